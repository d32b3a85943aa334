/**
 * The subject of a verb of saying, to its left: a phrase, a pronoun, a phrase with an appositive,
 * a relative clause, a subject no lexicon knows, or the subject of a verb joined by "and".
 */
import * as LEXICON from '../lexicon/word-lists';
import type { Token } from '../text/text-model';
import * as WORD_CLASSES from '../text/word-classes';
import * as CLAUSE_BOUNDS from './clause-bounds';
import * as PHRASES from './phrases';
import type { Phrase } from './phrases';

// Bound once per module: under Vitest's module runner each use of an imported name is a getter call,
// which doubled this stage's time in the timing tests (bundled and Node builds bind them directly).
const { clauseOpening, skipLeftModifiers } = CLAUSE_BOUNDS;
const { determinedPhraseEndingAt, phraseEndingAt, phraseStartingAt } = PHRASES;
const { isNameWord, isPossessiveMark, isPunct, isRoleWord, isWord } = WORD_CLASSES;
const { ANONYMOUS_HEADS, CLAUSE_START_BLOCKERS, DETERMINERS, INDEFINITE_ARTICLES, PHRASE_PREPOSITIONS, PREPOSITIONS, RELATIVE_WORDS, SENTENCE_CONNECTORS, SOURCE_QUALIFIERS, SPEECH_VERBS } = LEXICON;

/** How many commas back an appositive before a cue may reach. */
const MAX_APPOSITIVE_COMMAS = 4;

/** How many tokens back an appositive may reach ("NAME, a fellow at the Max Planck Institute for Astrophysics in Munich, Germany, and co-author of the study, said"). */
const MAX_APPOSITIVE_TOKENS = 45;

/**
 * The subject of a cue, to its left: a phrase, a pronoun, a phrase with an
 * appositive ("Deborah Lyons, the head of …, told") or a relative clause
 * ("Smith, who …, said").
 */
export function subjectBefore(tokens: Token[], cue: number, floor: number): { mention: Phrase | null; appositive: Phrase | null; relative?: Phrase } {
  const i = skipLeftModifiers(tokens, cue - 1, floor);
  if (i < floor) return { mention: null, appositive: null };
  const token = tokens[i];
  if (isWord(token) && token.lower === 'who' && i - 1 >= floor) {
    // "Smith, who …, said" and "the people who said": the speaker is the phrase before "who".
    const antecedentEnd = isPunct(tokens[i - 1], ',') ? i - 2 : i - 1;
    const antecedent = antecedentEnd >= floor ? phraseEndingAt(tokens, antecedentEnd, floor) : null;
    return antecedent ? { mention: antecedent, appositive: null, relative: { first: i, last: i } } : { mention: null, appositive: null };
  }
  const aside = asideOpening(tokens, i, floor);
  if (aside >= 0) {
    // "Israeli settlers, who form part of his base, said": the phrase before the relative clause speaks.
    const antecedent = phraseEndingAt(tokens, aside - 1, floor) ?? determinedPhraseEndingAt(tokens, aside - 1, floor) ?? looseSubjectBefore(tokens, aside, floor);
    if (antecedent) return { mention: antecedent, appositive: null, relative: { first: aside + 1, last: aside + 1 } };
  }
  if (isPunct(token, ',') && i - 1 > floor) {
    // An appositive between commas: "NAME, the ROLE …, said" or "the ROLE …, NAME, said". The appositive
    // may hold commas of its own ("NAME, 67, a nurse in Dayton, Ohio, said"): a few commas back are tried.
    const limit = Math.max(floor, i - MAX_APPOSITIVE_TOKENS);
    let open = i - 1;
    for (let commas = 0; commas < MAX_APPOSITIVE_COMMAS; commas++, open--) {
      while (open >= limit && !isPunct(tokens[open], ',') && tokens[open].kind !== 'quote') open--;
      if (open < limit || !isPunct(tokens[open], ',')) break;
      const inner = commas === 0 ? phraseStartingAt(tokens, open + 1, i) : null;
      if (inner && inner.last === i - 1 && tokens[open + 1].capitalised && !DETERMINERS.has(tokens[open + 1].lower) && isNameWord(tokens[inner.last])) {
        let roleFirst = open - 1;
        while (roleFirst > floor && open - roleFirst < 20 && !isPunct(tokens[roleFirst - 1], ',;:') && tokens[roleFirst - 1].kind !== 'quote') roleFirst--;
        const roleOpening = clauseOpening(tokens, roleFirst, open - 1);
        // "the head of …, NAME," or "Carter’s press secretary, NAME,"; a role after another comma is itself an
        // appositive ("NAME, 67, a teacher in Dayton, Ohio, said").
        const roleStartsClause = !isPunct(tokens[roleFirst - 1], ',');
        if (roleStartsClause && isWord(tokens[roleOpening]) && (DETERMINERS.has(tokens[roleOpening].lower) || isRoleWord(tokens[open - 1]))) {
          return { mention: inner, appositive: { first: roleOpening, last: open - 1 } };
        }
      }
      const outer = phraseEndingAt(tokens, open - 1, floor);
      const opening = tokens[open + 1];
      if (!outer || !isWord(opening) || !isNameWord(tokens[outer.last])) continue;
      // "…, a fellow at the Institute in Munich, Germany, and co-author of the study, said": a part that opens
      // with "and" joins the appositive before it, and a phrase that opens with "a" after a comma is itself
      // an appositive ("NAME, a senior analyst at Stratfor, the Texas-based firm, told"): the name is further left.
      if (opening.lower === 'and' || opening.lower === 'or') continue;
      // Likewise a lower-case role after a comma ("NAME, president of Chapter & Verse, a Spokane agency, said").
      if (isPunct(tokens[outer.first - 1], ',') && (INDEFINITE_ARTICLES.has(tokens[outer.first].lower) || !tokens[outer.first].capitalised)) continue;
      // The appositive describes: "the head of …", "a Democratic pollster", "45", "deputy adviser", "Sanders’ campaign manager",
      // "CEO of Take-Two".
      // Of several appositives in a row the first is the role ("NAME, president of X, a Spokane agency, said").
      let appositiveLast = open + 1;
      while (appositiveLast < i - 1 && !isPunct(tokens[appositiveLast + 1], ',')) appositiveLast++;
      // The role word ends this appositive, not a later one ("…, Munich, Germany, and co-author of the study, said").
      const describes = DETERMINERS.has(opening.lower) || opening.lower === 'who' || /^\d/.test(opening.lower) || !opening.capitalised || isRoleWord(tokens[appositiveLast]) || isRoleWord(opening);
      if (!describes) continue;
      return { mention: outer, appositive: { first: open + 1, last: appositiveLast } };
    }
    return { mention: null, appositive: null };
  }
  const relative = relativeClauseBefore(tokens, i, floor);
  if (relative) return relative;
  const phrase = phraseEndingAt(tokens, i, floor) ?? determinedPhraseEndingAt(tokens, i, floor) ?? qualifiedSourceBefore(tokens, i, floor) ?? roleBeforePlace(tokens, i, floor);
  const preposition = phrase ? prepositionGoverning(tokens, phrase.first, floor) : -1;
  if (preposition >= 0) {
    // "The authors of the study published in the journal Science argued", "prosecutors in San Francisco and
    // Los Angeles say": the name is inside the subject; the subject's head opens the clause.
    const opening = clauseOpening(tokens, floor, i);
    const head = phraseEndingAt(tokens, preposition - 1, floor) ?? (opening < preposition ? phraseStartingAt(tokens, opening, preposition) : null);
    return { mention: head, appositive: null };
  }
  return { mention: phrase, appositive: null };
}

/**
 * The preposition whose object the phrase at `first` is, inside a longer subject: after a participle
 * ("published in the journal X") or as the second of two names joined by "and" ("in San Francisco and
 * Los Angeles"). -1 when the phrase is no such object.
 */
function prepositionGoverning(tokens: Token[], first: number, floor: number): number {
  let k = first - 1;
  if (isWord(tokens[k]) && (tokens[k].lower === 'and' || tokens[k].lower === 'or')) {
    k--;
    if (!isNameWord(tokens[k])) return -1;
    while (k > floor && isNameWord(tokens[k - 1])) k--;
    k--;
    return k > floor && isWord(tokens[k]) && PREPOSITIONS.has(tokens[k].lower) ? k : -1;
  }
  const participle = tokens[k - 1];
  const reduced = k - 1 > floor && isWord(tokens[k]) && PREPOSITIONS.has(tokens[k].lower) && isWord(participle) &&
    !participle.capitalised && participle.lower.endsWith('ed') && !SPEECH_VERBS.has(participle.lower);
  return reduced ? k : -1;
}

/** How many tokens a place phrase after a role may hold ("officials at the border crossing"). */
const MAX_PLACE_TOKENS = 5;

/**
 * "Sources in the camp told …", "officials at the ministry said": a role, then a prepositional phrase of
 * common nouns that ends at `last`, right before the verb. The role speaks; the place only says where.
 */
function roleBeforePlace(tokens: Token[], last: number, floor: number): Phrase | null {
  for (let k = last - 1; k > Math.max(floor, last - MAX_PLACE_TOKENS); k--) {
    const token = tokens[k];
    if (!isWord(token) || SPEECH_VERBS.has(token.lower) || RELATIVE_WORDS.has(token.lower)) return null;
    if (!PREPOSITIONS.has(token.lower)) continue;
    return isRoleWord(tokens[k - 1]) ? phraseEndingAt(tokens, k - 1, floor) : null;
  }
  return null;
}

/** How many tokens a relative clause inside a subject may hold ("analysts who have done the calculations say"). */
const MAX_RELATIVE_TOKENS = 10;

/**
 * "Analysts who have done the calculations say …", "Officials who toured the site said …": a subject with a
 * relative clause (no commas) that ends at `last`, right before the verb of saying. The speaker is the
 * phrase before "who", not the clause's last noun.
 */
function relativeClauseBefore(tokens: Token[], last: number, floor: number): { mention: Phrase; appositive: null; relative: Phrase } | null {
  for (let k = last; k > Math.max(floor, last - MAX_RELATIVE_TOKENS); k--) {
    const token = tokens[k];
    if (!isWord(token) || SPEECH_VERBS.has(token.lower)) return null;
    if (token.lower !== 'who') continue;
    if (k === last) return null;
    const antecedent = phraseEndingAt(tokens, k - 1, floor) ?? determinedPhraseEndingAt(tokens, k - 1, floor);
    return antecedent ? { mention: antecedent, appositive: null, relative: { first: k, last: k } } : null;
  }
  return null;
}

/** How many tokens a relative clause set off by commas or dashes may hold. */
const MAX_ASIDE_TOKENS = 30;

/**
 * Where a relative clause set off by commas or dashes that closes at token `close` opens ("…, which
 * regulates campaigns,", "— who backs him —"): the index of its opening comma or dash, or -1.
 */
export function asideOpening(tokens: Token[], close: number, floor: number): number {
  const closing = tokens[close];
  if (close <= floor || !isPunct(closing, ',—–-')) return -1;
  for (let k = close - 1; k > Math.max(floor, close - MAX_ASIDE_TOKENS); k--) {
    const token = tokens[k];
    if (token.kind === 'quote' || isPunct(token, ';:')) return -1;
    if (!isPunct(token, closing.lower === ',' ? ',' : '—–-')) continue;
    const relative = tokens[k + 1];
    return isWord(relative) && (relative.lower === 'who' || relative.lower === 'which') ? k : -1;
  }
  return -1;
}

/** How many words a qualified source's phrase may hold after its head ("familiar with Chinese trade policy"). */
const MAX_QUALIFIER_WORDS = 8;

/**
 * "people familiar with Chinese trade policy said", "sources close to the minister said": an anonymous
 * source with its qualifier, ending at `last`.
 */
function qualifiedSourceBefore(tokens: Token[], last: number, floor: number): Phrase | null {
  for (let k = last; k > Math.max(floor, last - MAX_QUALIFIER_WORDS); k--) {
    const word = tokens[k];
    if (!isWord(word)) return null;
    if (!SOURCE_QUALIFIERS.has(word.lower) || !isWord(tokens[k - 1]) || !ANONYMOUS_HEADS.has(tokens[k - 1].lower)) continue;
    const head = phraseEndingAt(tokens, k - 1, floor);
    return head ? { first: head.first, last } : null;
  }
  return null;
}

/**
 * A subject no lexicon knows ("About 4 in 10", "progressive organizations that have endorsed him"):
 * the words back to the clause's start, at most a few, when a clause follows the cue.
 */
export function looseSubjectBefore(tokens: Token[], cue: number, floor: number): Phrase | null {
  let last = skipLeftModifiers(tokens, cue - 1, floor);
  // "the share who said": the speaker is the phrase the relative pronoun stands for.
  if (last > floor && isWord(tokens[last]) && RELATIVE_WORDS.has(tokens[last].lower)) last--;
  if (last < floor || !isWord(tokens[last]) || SPEECH_VERBS.has(tokens[last].lower) || CLAUSE_START_BLOCKERS.has(tokens[last].lower)) return null;
  let first = last;
  while (first - 1 >= floor && last - first < 11 && (isWord(tokens[first - 1]) || isPossessiveMark(tokens, first - 1))) {
    const word = tokens[first - 1].lower;
    if (SPEECH_VERBS.has(word) || CLAUSE_START_BLOCKERS.has(word) && !PHRASE_PREPOSITIONS.has(word)) break;
    first--;
  }
  const lead = tokens[first - 1];
  if (first - 1 >= floor && !isPunct(lead, ',;:') && lead.kind !== 'quote' && !SENTENCE_CONNECTORS.has(lead.lower)) return null;
  return { first, last };
}

/**
 * "The mayor toured the site and said …": the speaker of a verb joined by "and" is the subject
 * that opens the sentence.
 */
export function coordinatedSubject(tokens: Token[], cue: number, floor: number, end: number): Phrase | null {
  const and = skipLeftModifiers(tokens, cue - 1, floor);
  if (and <= floor || !isWord(tokens[and]) || tokens[and].lower !== 'and') return null;
  const subject = phraseStartingAt(tokens, clauseOpening(tokens, floor, end), and);
  return subject && subject.last < and - 1 ? subject : null;
}
