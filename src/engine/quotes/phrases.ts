/**
 * Noun phrases naming speakers: names, titles, role nouns and the organisations joined to them
 * ("US Secretary of State Antony Blinken", "Andrew Watkins of the International Crisis Group"),
 * read leftwards from a cue or rightwards after one.
 */
import * as LEXICON from '../lexicon/word-lists';
import { isAbbreviationDot, isDomainDot, type Token } from '../text/text-model';
import * as WORD_CLASSES from '../text/word-classes';
import type { Span } from '../types';

// Bound once per module: under Vitest's module runner each use of an imported name is a getter call,
// which doubled this stage's time in the timing tests (bundled and Node builds bind them directly).
const { isCoreRoleWord, isFunctionWord, isHeadWord, isNameWord, isPossessiveMark, isPunct, isRoleWord, isWord } = WORD_CLASSES;
const { AMBIGUOUS_MONTHS, ANONYMOUS_HEADS, AUXILIARIES_AND_ADVERBS, CLAUSE_START_BLOCKERS, DEPARTMENT_WORDS, DETERMINERS, MONTH_NAMES, WEEKDAYS, FOREIGN_DETERMINERS, MENTION_RESTARTS, NAME_SUFFIXES, IRREGULAR_PAST_VERBS, ORGANISATION_WORDS, PHRASE_BREAKS, PHRASE_PREPOSITIONS, PREPOSITIONS, PRONOUNS, RELATIVE_WORDS, SOURCE_QUALIFIERS, SPEECH_VERBS } = LEXICON;

export interface Phrase {
  first: number;
  last: number;
}

/**
 * The speaker phrase ending at token `last` (scanning left, not before `floor`):
 * names, titles, role nouns, determiners, a few modifiers and the prepositions
 * that join an organisation ("of the International Crisis Group").
 */
export function phraseEndingAt(tokens: Token[], last: number, floor: number): Phrase | null {
  const end = tokens[last];
  if (isPunct(end, ')')) {
    // "Sen. Ana Ruiz (D-Ore.) said": a short parenthesis closes the name.
    let open = last - 1;
    while (open > last - 7 && open > floor && !isPunct(tokens[open], '(')) open--;
    const named = isPunct(tokens[open], '(') && isNameWord(tokens[open - 1]) ? phraseEndingAt(tokens, open - 1, floor) : null;
    return named ? { first: named.first, last } : null;
  }
  // "Martin Luther King Jr. said": the suffix's dot closes the name.
  if (isAbbreviationDot(tokens, last) && last - 1 > floor && NAME_SUFFIXES.has(tokens[last - 1].lower)) {
    const named = phraseEndingAt(tokens, last - 1, floor);
    return named ? { first: named.first, last } : null;
  }
  if (!isWord(end)) return null;
  if (PRONOUNS.has(end.lower) && end.lower !== 'who') return { first: last, last };
  // "Polygraph.info said": a body named by its web address; "the secretary of state said": a title with its department.
  const address = isDomainDot(tokens, last - 1) && last - 2 >= floor && isNameWord(tokens[last - 2]);
  const office = DEPARTMENT_WORDS.has(end.lower) && last - 3 >= floor && tokens[last - 1].lower === 'of' && isRoleWord(tokens[last - 2]) && DETERMINERS.has(tokens[last - 3].lower);
  // "a poll released Wednesday found": a day or a month is no one ("May" may be a name).
  if ((!address && !office && !isHeadWord(end)) || WEEKDAYS.has(end.lower) || (MONTH_NAMES.has(end.lower) && !AMBIGUOUS_MONTHS.has(end.lower))) return null;
  let first = address || office ? last - 2 : last;
  let i = first - 1;
  let modifiers = 0;
  while (i >= floor) {
    const token = tokens[i];
    // "He Jianxiong", "Vice Premier He Lifeng": a capitalised "He" right before a name is a surname, not a pronoun.
    if (isHeadWord(token) || (token.capitalised && token.lower === 'he' && isNameWord(tokens[i + 1]))) {
      first = i;
      i--;
      continue;
    }
    if (isPunct(token, ')')) {
      // "Rep. Earl Blumenauer (D-Ore.)": a short parenthesis stays with the name.
      let open = i - 1;
      while (open > i - 7 && open >= floor && !isPunct(tokens[open], '(')) open--;
      if (open < floor || !isPunct(tokens[open], '(') || !isHeadWord(tokens[open - 1])) break;
      first = open;
      i = open - 1;
      continue;
    }
    // "PG&E officials", "AT&T", "Chapter & Verse": an ampersand between capitalised words joins one name.
    if (isPunct(token, '&') && i - 1 >= floor && isNameWord(tokens[i - 1]) && isNameWord(tokens[i + 1])) {
      first = i - 1;
      i -= 2;
      continue;
    }
    if ((isPossessiveMark(tokens, i) || isAbbreviationDot(tokens, i)) && isHeadWord(tokens[i - 1])) {
      first = i - 1;
      i -= 2;
      continue;
    }
    if (isWord(token) && DETERMINERS.has(token.lower)) {
      first = i;
      // "Andrew Watkins of the International Crisis Group": the determiner sits after a joining preposition.
      const preposition = tokens[i - 1];
      if (i - 2 >= floor && isWord(preposition) && PHRASE_PREPOSITIONS.has(preposition.lower) && isHeadWord(tokens[i - 2])) {
        first = i - 2;
        i -= 3;
        continue;
      }
      break;
    }
    // "the Senate Committee on Foreign Relations": a body's name may hold "on" between its capitalised words.
    const bodyOn = isWord(token) && token.lower === 'on' && isNameWord(tokens[i + 1]) && isNameWord(tokens[i - 1]) && ORGANISATION_WORDS.has(tokens[i - 1].lower);
    if (bodyOn || (isWord(token) && PHRASE_PREPOSITIONS.has(token.lower) && (isHeadWord(tokens[i - 1]) || isPunct(tokens[i - 1], ')')) && i - 1 >= floor)) {
      first = i - 1;
      i -= 2;
      continue;
    }
    // Modifiers before a role noun: "senior administration officials", "Afghan media reports".
    if (isWord(token) && !token.capitalised && modifiers < 3 && !SPEECH_VERBS.has(token.lower) && !AUXILIARIES_AND_ADVERBS.has(token.lower) && !PRONOUNS.has(token.lower) && !CLAUSE_START_BLOCKERS.has(token.lower) && !RELATIVE_WORDS.has(token.lower) && token.lower !== 'and') {
      const left = tokens[i - 1];
      // At the clause's edge ("“…,” former aide Jo Li said") the modifier opens the phrase.
      const opensPhrase = i - 1 < floor || left.kind === 'quote' || isPunct(left, ',;:(—–');
      if (opensPhrase || isWord(left) && (DETERMINERS.has(left.lower) || isNameWord(left)) || (isWord(left) && !left.capitalised && modifiers < 2)) {
        modifiers++;
        first = i;
        i--;
        continue;
      }
    }
    break;
  }
  return { first, last };
}

/** The speaker phrase starting at token `first` (scanning right, before `ceiling`). */
export function phraseStartingAt(tokens: Token[], first: number, ceiling: number): Phrase | null {
  const start = tokens[first];
  if (!isWord(start)) return null;
  if (PRONOUNS.has(start.lower) && start.lower !== 'who') return { first, last: first };
  let i = first;
  if (DETERMINERS.has(start.lower)) i++;
  let modifiers = 0;
  // Modifiers before the head ("senior", "former"); a preposition opens a phrase of its own ("testified before the committee").
  while (i < ceiling && isWord(tokens[i]) && !isHeadWord(tokens[i]) && modifiers < 3 && !tokens[i].capitalised && !SPEECH_VERBS.has(tokens[i].lower) && !CLAUSE_START_BLOCKERS.has(tokens[i].lower) && !PREPOSITIONS.has(tokens[i].lower) && tokens[i].lower !== 'that') {
    modifiers++;
    i++;
  }
  if (i >= ceiling || !isHeadWord(tokens[i])) return null;
  let last = i;
  i++;
  let prepositions = 0;
  while (i < ceiling) {
    const token = tokens[i];
    if (isHeadWord(token)) {
      last = i;
      i++;
      continue;
    }
    if (isPunct(token, '(')) {
      let close = i + 1;
      while (close < i + 7 && close < ceiling && !isPunct(tokens[close], ')')) close++;
      if (close >= ceiling || !isPunct(tokens[close], ')')) break;
      last = close;
      i = close + 1;
      continue;
    }
    if (isPossessiveMark(tokens, i) || (isAbbreviationDot(tokens, i) && isHeadWord(tokens[i + 1]))) {
      last = i;
      i++;
      continue;
    }
    if (isDomainDot(tokens, i) && isNameWord(tokens[i - 1])) {
      last = i + 1;
      i += 2;
      continue;
    }
    // "the World Travel and Tourism Council", "the Bill & Melinda Gates Foundation": a name after "the" is an organisation's, "and" and all.
    if ((isWord(token) && token.lower === 'and' || isPunct(token, '&')) && start.lower === 'the' && isNameWord(tokens[i - 1]) && i + 1 < ceiling && isNameWord(tokens[i + 1])) {
      last = i + 1;
      i += 2;
      continue;
    }
    // "Russia's foreign ministry": after a possessive name, lower-case modifiers up to the role or body it owns.
    const possessed = tokens[last].lower.endsWith("'s") ? ownedRoleAfter(tokens, i, ceiling) : -1;
    if (possessed >= 0) {
      last = possessed;
      i = possessed + 1;
      continue;
    }
    if (isWord(token) && PHRASE_PREPOSITIONS.has(token.lower) && prepositions < 2) {
      let j = i + 1;
      if (isWord(tokens[j]) && DETERMINERS.has(tokens[j].lower)) j++;
      if (j < ceiling && isHeadWord(tokens[j])) {
        prepositions++;
        last = j;
        i = j + 1;
        continue;
      }
    }
    break;
  }
  return { first, last };
}

/** The role noun within a few lower-case words from `first` ("foreign ministry", "chief spokesman"), or -1. */
function ownedRoleAfter(tokens: Token[], first: number, ceiling: number): number {
  for (let j = first; j < ceiling && j < first + MAX_OWNED_MODIFIERS + 1; j++) {
    const token = tokens[j];
    if (!isWord(token) || token.capitalised || isFunctionWord(token)) return -1;
    if (isRoleWord(token)) return j;
  }
  return -1;
}

/** How many lower-case words may stand between a possessive name and the role it owns. */
const MAX_OWNED_MODIFIERS = 2;

/**
 * A noun phrase no lexicon knows, held together by its determiner: "the airline", "many economists",
 * "his online campaign". Up to three words after the determiner, none of them a function word.
 */
export function determinedPhraseEndingAt(tokens: Token[], last: number, floor: number): Phrase | null {
  const end = tokens[last];
  if (!isWord(end) || end.capitalised || isFunctionWord(end)) return null;
  for (let i = last - 1; i >= floor && i >= last - 4; i--) {
    const token = tokens[i];
    if (!isWord(token)) return null;
    if (DETERMINERS.has(token.lower)) {
      // "growers near the river said": a phrase after a preposition is inside a longer subject.
      const lead = tokens[i - 1];
      if (i - 1 >= floor && isWord(lead) && PREPOSITIONS.has(lead.lower)) return null;
      // "The company flat-out denied": words after the phrase's head noun are adverbs before the verb.
      let head = last;
      while (head > i + 1 && !isRoleWord(tokens[head]) && isCoreRoleWord(tokens[head - 1])) head--;
      return { first: i, last: isRoleWord(tokens[head]) ? head : last };
    }
    if (isFunctionWord(token)) return null;
  }
  return null;
}

/**
 * "people familiar with their thinking", "a source close to the minister": an anonymous source's phrase
 * with the qualifier after it, up to the next break; `phrase` itself otherwise.
 */
export function withSourceQualifier(tokens: Token[], phrase: Phrase, end: number): Phrase {
  const head = tokens[phrase.last];
  const next = tokens[phrase.last + 1];
  if (!isWord(head) || !ANONYMOUS_HEADS.has(head.lower) || !isWord(next) || !SOURCE_QUALIFIERS.has(next.lower)) return phrase;
  return { first: phrase.first, last: sourceUpToBreak(tokens, phrase.last + 1, end)?.last ?? phrase.last };
}

/**
 * A source phrase with no recognisable head: everything up to the next comma, colon, quote or relative
 * clause ("the hotel bosses that responded to …" is "the hotel bosses"), bounded.
 */
export function sourceUpToBreak(tokens: Token[], first: number, end: number): Phrase | null {
  let last = first - 1;
  for (let i = first; i < end && i < first + 20; i++) {
    if ((tokens[i].kind !== 'word' && !isPunct(tokens[i], "-'()&")) || (i > first && RELATIVE_WORDS.has(tokens[i].lower))) break;
    last = i;
  }
  return last >= first ? { first, last } : null;
}

/** Up to eight words from `first`, stopping before punctuation or a relative clause: "one of two witnesses". */
export function wordsUpToBreak(tokens: Token[], first: number, end: number): Phrase | null {
  const start = tokens[first];
  if (!isWord(start) || CLAUSE_START_BLOCKERS.has(start.lower) || PHRASE_BREAKS.has(start.lower)) return null;
  let last = first;
  while (last + 1 < end && last - first < 7 && isWord(tokens[last + 1]) && !PHRASE_BREAKS.has(tokens[last + 1].lower)) last++;
  return { first, last };
}

/** A speaker phrase after a French, Spanish or German cue, past its article: "le ministre Jean Dupont" → "ministre Jean Dupont". */
export function foreignPhraseAt(tokens: Token[], first: number, end: number): Phrase | null {
  const start = isWord(tokens[first]) && !tokens[first].capitalised && FOREIGN_DETERMINERS.has(tokens[first].lower) ? first + 1 : first;
  return start < end ? phraseStartingAt(tokens, start, end) : null;
}

export function spanOfPhrase(tokens: Token[], phrase: Phrase | null): Span | null {
  return phrase ? { start: tokens[phrase.first].start, end: tokens[phrase.last].end } : null;
}

/**
 * The speaker phrase without a clause or adverbial opening that the scan swept in: the speaker of
 * "as Reuters reported" is "Reuters", of "Despite parliamentary reports, officials said" not "Despite".
 */
export function speakerPhrase(tokens: Token[], phrase: Phrase | null): Span | null {
  if (!phrase) return null;
  let first = phrase.first;
  for (let i = phrase.first; i < phrase.last; i++) if (isWord(tokens[i]) && MENTION_RESTARTS.has(tokens[i].lower)) first = i + 1;
  return spanOfPhrase(tokens, { first, last: phrase.last });
}

/** How many lower-case words may stand between a body's name and the name of a person it describes ("fact checker and staff writer"). */
const MAX_ROLE_WORDS = 5;

/**
 * "White House press secretary Josh Earnest", "whale rescue group Project Jonah", "Snopes fact checker and
 * staff writer David Emery": a phrase read up to a name or a noun continues through nouns (and "and") to a
 * role or body and the name after it, which is who it names. A verb or a preposition ("met with aide NAME") ends it.
 */
export function throughRoleToName(tokens: Token[], phrase: Phrase, ceiling: number): Phrase {
  for (let k = phrase.last + 1; k < Math.min(ceiling, phrase.last + 1 + MAX_ROLE_WORDS); k++) {
    if (!isWord(tokens[k]) || tokens[k].capitalised) return phrase;
    const word = tokens[k].lower;
    // A function word, a preposition or a verb's past ends the phrase; nouns and "and" go on.
    if (word !== 'and' && (isFunctionWord(tokens[k]) || PREPOSITIONS.has(word) || word.endsWith('ed') || IRREGULAR_PAST_VERBS.has(word))) return phrase;
    if (!isRoleWord(tokens[k]) || !isNameWord(tokens[k + 1])) continue;
    let last = k + 1;
    while (last + 1 < ceiling && isNameWord(tokens[last + 1])) last++;
    return { first: phrase.first, last };
  }
  return phrase;
}
