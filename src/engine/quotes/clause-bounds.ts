/**
 * Where the words said begin and end around a cue: a sentence's own opening (past connectives and
 * datelines), the start of the reported clause after a cue (past a hearer or a time phrase), and its
 * end (a semicolon, the next attribution, the writer's own aside).
 */
import * as LEXICON from '../lexicon/word-lists';
import type { Token } from '../text/text-model';
import * as WORD_CLASSES from '../text/word-classes';
import * as PHRASES from './phrases';

// Bound once per module: under Vitest's module runner each use of an imported name is a getter call,
// which doubled this stage's time in the timing tests (bundled and Node builds bind them directly).
const { phraseStartingAt, throughRoleToName } = PHRASES;
const { isNameWord, isPunct, isSentenceEndPunct, isWord } = WORD_CLASSES;
const { ADJUNCT_OPENERS, AUXILIARIES_AND_ADVERBS, PLURAL_AUXILIARIES, SINGULAR_AUXILIARIES, TOPIC_PREPOSITIONS, BE_FORMS, CIRCUMSTANCE_CONJUNCTIONS, CLAUSE_START_BLOCKERS, DETERMINERS, DURATION_NOUNS, FINITE_VERB_WORDS, INFINITIVE_CUES, NOUN_LIKE_CUES, PARTICIPLE_CUES, PREPOSITIONS, PRONOUNS, RELATIVE_WORDS, SENTENCE_CONNECTORS, SPEECH_VERBS, SUBJECT_PRONOUNS, TIME_LEADS, TIME_WORDS, WEEKDAYS, DAY_WORDS } = LEXICON;

/** The first token of a sentence's own words, past "But", "And", "Meanwhile," and the like. */
export function clauseOpening(tokens: Token[], first: number, last: number): number {
  let i = first;
  // A dateline: "WASHINGTON (AP) — …".
  for (let j = first; j < Math.min(last, first + 8); j++) {
    const token = tokens[j];
    if (isPunct(token, '—–-')) {
      if (j > first) i = j + 1;
      break;
    }
    if (isWord(token) ? !token.allCaps : !isPunct(token, '(),')) break;
  }
  while (i < last && isWord(tokens[i]) && SENTENCE_CONNECTORS.has(tokens[i].lower)) {
    i++;
    if (isPunct(tokens[i], ',')) i++;
  }
  return i;
}

/** How many tokens an opening phrase set off by a comma may take ("In 2016,", "Earlier on Saturday,"). */
const MAX_OPENING_PHRASE_TOKENS = 6;

/**
 * The subject phrase that opens the clause at `opening`, past an opening time or place phrase set off by a
 * comma ("Earlier Saturday, Yoon apologized", "In 2016, the site surveyed"), through a role to the name it
 * leads to ("Snopes fact checker and staff writer David Emery"), before `ceiling`.
 */
export function openingSubject(tokens: Token[], opening: number, ceiling: number): PHRASES.Phrase | null {
  let first = opening;
  if (isWord(tokens[opening]) && ADJUNCT_OPENERS.has(tokens[opening].lower)) {
    for (let comma = opening + 1; comma < Math.min(ceiling, opening + MAX_OPENING_PHRASE_TOKENS); comma++) {
      if (isPunct(tokens[comma], ',')) first = comma + 1;
      if (!isWord(tokens[comma])) break;
    }
  }
  const subject = phraseStartingAt(tokens, first, ceiling);
  return subject && throughRoleToName(tokens, subject, ceiling);
}

/** Skips auxiliaries and adverbs leftwards ("has also said", "later told"). */
export function skipLeftModifiers(tokens: Token[], index: number, floor: number): number {
  let i = index;
  let skipped = 0;
  while (i >= floor && skipped < 4 && isWord(tokens[i])) {
    const word = tokens[i].lower;
    if (!tokens[i].capitalised && (AUXILIARIES_AND_ADVERBS.has(word) || (word.endsWith('ly') && word.length > 4))) {
      i--;
    } else if (TIME_WORDS.has(word) && i - 1 >= floor && isWord(tokens[i - 1]) && TIME_LEADS.has(tokens[i - 1].lower)) {
      // "Clinton on Tuesday said", "the senator last week told".
      i -= 2;
    } else break;
    skipped++;
  }
  return i;
}

export function skipRightModifiers(tokens: Token[], index: number, ceiling: number): number {
  let i = index;
  let skipped = 0;
  while (i < ceiling && skipped < 3 && isWord(tokens[i]) && !tokens[i].capitalised && (AUXILIARIES_AND_ADVERBS.has(tokens[i].lower) || tokens[i].lower.endsWith('ly'))) {
    i++;
    skipped++;
  }
  return i;
}

/** Where the reported clause starts after a cue, skipping a hearer and time or place phrases. */
export function contentStartAfter(tokens: Token[], cueLast: number, ceiling: number, takesHearer: boolean): number {
  let i = cueLast + 1;
  const hearerAt = i;
  // "told reporters that …" has a hearer; "warned they will …" a subject pronoun: the clause starts there.
  if (takesHearer && i < ceiling && !(isWord(tokens[i]) && SUBJECT_PRONOUNS.has(tokens[i].lower))) {
    const hearer = phraseStartingAt(tokens, i, ceiling);
    if (hearer) i = pastRelativeAside(tokens, hearer.last + 1, ceiling);
    else if (isWord(tokens[i]) && !tokens[i].capitalised && !CLAUSE_START_BLOCKERS.has(tokens[i].lower) && tokens[i].lower !== 'that') i++;
  }
  // "vowed to cut taxes", "urged the council not to wait": what was promised or asked for; the hearer belongs to it.
  if (INFINITIVE_CUES.has(tokens[cueLast].lower) && i + 1 < ceiling) {
    const to = isWord(tokens[i]) && tokens[i].lower === 'not' ? i + 1 : i;
    const verb = tokens[to + 1];
    if (isWord(tokens[to]) && tokens[to].lower === 'to' && isWord(verb) && !verb.capitalised && !DETERMINERS.has(verb.lower) && !PRONOUNS.has(verb.lower)) return hearerAt;
  }
  // "warned of “grave consequences”", "complained about the delays": the topic is what was said.
  if (i + 1 < ceiling && isWord(tokens[i]) && TOPIC_PREPOSITIONS.has(tokens[i].lower) && (tokens[i + 1].kind === 'quote' || isWord(tokens[i + 1]))) return i + 1;
  // "said Tuesday it would …", "said last week the road …": a time phrase before the clause.
  i = pastTimePhrase(tokens, i, ceiling);
  // "have warned for years that": a span of time before the clause.
  if (isWord(tokens[i]) && tokens[i].lower === 'for' && isWord(tokens[i + 1]) && DURATION_NOUNS.has(tokens[i + 1].lower) && isWord(tokens[i + 2]) && tokens[i + 2].lower === 'that') return i + 3;
  // "said on Friday that", "said in a statement that": look a short way for "that" or a colon.
  if (i < ceiling && isWord(tokens[i]) && ADJUNCT_OPENERS.has(tokens[i].lower)) {
    const limit = Math.min(ceiling, i + 14);
    for (let j = i; j < limit; j++) {
      const token = tokens[j];
      if (isWord(token) && token.lower === 'that') return j + 1;
      if (isPunct(token, ':')) return j + 1;
      if (isPunct(token, ',') && tokens[j + 1]?.kind === 'quote') return j + 1;
      // Another verb of saying ends the search, but not a noun ("wrote in a Facebook post that …").
      const noun = isWord(tokens[j - 1]) && (DETERMINERS.has(tokens[j - 1].lower) || (tokens[j - 1].capitalised && isWord(tokens[j - 2]) && DETERMINERS.has(tokens[j - 2].lower)));
      if (token.kind === 'quote' || isPunct(token, ';') || (SPEECH_VERBS.has(token.lower) && !noun)) break;
    }
    return -1;
  }
  // "said, however, that …": a word set off by commas before the clause.
  if (isPunct(tokens[i], ',') && isWord(tokens[i + 1]) && isPunct(tokens[i + 2], ',') && i + 3 < ceiling) i += 3;
  if (i >= ceiling) return -1;
  const token = tokens[i];
  if (isWord(token) && token.lower === 'that') return i + 1;
  if (isPunct(token, ':')) return i + 1;
  if (isPunct(token, ',') && tokens[i + 1]?.kind === 'quote') return i + 1;
  if (token.kind === 'quote') return i;
  if (isWord(token) && (!CLAUSE_START_BLOCKERS.has(token.lower) || verbWithElidedSubject(tokens, i - 1))) return i;
  return -1;
}

/**
 * "Prime, which Jeff Bezos said last year had passed 100 million members": after a relative word and its
 * subject, the reported clause's own subject is the relative word, left out, and the clause starts with its
 * verb. Where that verb is after the cue (and a time phrase), or -1.
 */
export function gappedClauseStart(tokens: Token[], cueLast: number, ceiling: number): number {
  const i = pastTimePhrase(tokens, cueLast + 1, ceiling);
  return i < ceiling && isWord(tokens[i]) && FINITE_VERB_WORDS.has(tokens[i].lower) ? i : -1;
}

/** How many tokens a relative clause set off by commas after a hearer may take ("…, who held power from 2011 to 2013, of …"). */
const MAX_RELATIVE_ASIDE_TOKENS = 25;

/**
 * Past a relative clause set off by commas at `i` ("accuse the Islamists, who held power from 2011 to 2013, of
 * being slow"): the token after its closing comma, or `i` when none is there.
 */
function pastRelativeAside(tokens: Token[], i: number, ceiling: number): number {
  if (!isPunct(tokens[i], ',') || !isWord(tokens[i + 1]) || !RELATIVE_WORDS.has(tokens[i + 1].lower)) return i;
  for (let k = i + 2; k < Math.min(ceiling, i + MAX_RELATIVE_ASIDE_TOKENS); k++) {
    if (isPunct(tokens[k], ',')) return k + 1;
    if (tokens[k].kind === 'quote' || isPunct(tokens[k], ';:')) return i;
  }
  return i;
}

/** Past a time phrase at `i` ("Tuesday", "on Tuesday night", "last week", "earlier this month", "yesterday"): where it ends, or `i`. */
function pastTimePhrase(tokens: Token[], i: number, ceiling: number): number {
  const isTime = (k: number) => k < ceiling && isWord(tokens[k]) && (WEEKDAYS.has(tokens[k].lower) || TIME_WORDS.has(tokens[k].lower));
  let k = i;
  // "later that day": "that" only after another lead ("said that Monday was …" opens a clause).
  while (k < ceiling && isWord(tokens[k]) && (TIME_LEADS.has(tokens[k].lower) || tokens[k].lower === 'on' || (k > i && tokens[k].lower === 'that')) && k - i < 2) k++;
  if (k < ceiling && isWord(tokens[k]) && DAY_WORDS.has(tokens[k].lower)) return k === i ? k + 1 : i;
  if (!isTime(k)) return i;
  k++;
  // "Tuesday night"
  if (isTime(k)) k++;
  return k;
}

/**
 * "Taliban claim are in control of …" (a headline): a word that is a noun or a verb of saying, followed by a
 * form of "be" or "have" that cannot agree with it as a noun ("claim are", "claims is"), is the verb, and
 * the clause after it has lost its subject, as headlines drop it.
 */
export function verbWithElidedSubject(tokens: Token[], cue: number): boolean {
  const verb = tokens[cue];
  const next = tokens[cue + 1];
  if (!isWord(verb) || !isWord(next)) return false;
  const plural = verb.lower.endsWith('s');
  return plural ? SINGULAR_AUXILIARIES.has(next.lower) : PLURAL_AUXILIARIES.has(next.lower);
}

export function opensReport(tokens: Token[], contentFirst: number): boolean {
  const previous = tokens[contentFirst - 1];
  const first = tokens[contentFirst];
  return (isWord(previous) && previous.lower === 'that') || isPunct(previous, ':,') || first?.kind === 'quote';
}

/** How many words the subject of a reported clause without "that" may hold before its verb ("the establishment of settlements was"). */
const MAX_SUBJECT_WORDS = 9;

/**
 * Whether reported words start at `at` without "that": a clause with a verb of its own ("admitted he had
 * erred", "wrote the bill would fail"), a gerund ("admitted using the loophole") or, a few words on, "that" or
 * a quotation ("echoed claims by the mayor that …"). A clause's verb is an auxiliary, or a past tense after its
 * subject's words; a plain object ("admitted 1,000 refugees", "maintains an office in Doha") reaches a break
 * with none of these.
 */
export function opensClause(tokens: Token[], at: number, ceiling: number): boolean {
  const start = tokens[at];
  if (!isWord(start)) return false;
  if (SUBJECT_PRONOUNS.has(start.lower) || (!start.capitalised && start.lower.endsWith('ing'))) return true;
  for (let j = at + 1; j < ceiling && j <= at + MAX_SUBJECT_WORDS; j++) {
    const token = tokens[j];
    if (token.kind === 'quote') return true;
    if (!isWord(token)) return false;
    if (token.capitalised) continue;
    const word = token.lower;
    if (word === 'that' || SUBJECT_PRONOUNS.has(word) || FINITE_VERB_WORDS.has(word) || word.endsWith("n't")) return true;
    const previous = tokens[j - 1].lower;
    if (word.endsWith('ed') && word.length > 4 && !DETERMINERS.has(previous) && !PREPOSITIONS.has(previous)) return true;
  }
  return false;
}

/** A word that reads as a finite verb: an auxiliary, or a lower-case word in -s or -ed ("intensifies", "rejected"). */
function looksFinite(token: Token | undefined): boolean {
  if (!isWord(token) || token.capitalised) return false;
  if (FINITE_VERB_WORDS.has(token.lower)) return true;
  const w = token.lower;
  return w.length > 3 && ((w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) || w.endsWith('ed'));
}

/**
 * Whether the tokens from `at` (just after a comma) open a new clause of the writer's: "as" or
 * "even as", then a subject of its own (a pronoun, a determined phrase or a name) and a finite verb.
 */
function opensOwnClause(tokens: Token[], at: number, ceiling: number): boolean {
  let i = at;
  if (isWord(tokens[i]) && tokens[i].lower === 'even') i++;
  if (!isWord(tokens[i]) || !CIRCUMSTANCE_CONJUNCTIONS.has(tokens[i].lower)) return false;
  i++;
  const start = tokens[i];
  if (!isWord(start)) return false;
  if (PRONOUNS.has(start.lower) && start.lower !== 'who' && start.lower !== 'it') {
    return looksFinite(tokens[skipRightModifiers(tokens, i + 1, ceiling)]);
  }
  if (!DETERMINERS.has(start.lower) && !isNameWord(start)) return false;
  // The subject's words, then the verb: at most five words in all, none of them a function word.
  for (let j = i + 1; j < ceiling && j <= i + 5; j++) {
    const token = tokens[j];
    if (!isWord(token)) return false;
    if (looksFinite(token)) {
      // "as the economy is shrinking" mostly gives the speaker's own reason; the writer's aside is in the simple tense.
      const next = tokens[j + 1];
      if (BE_FORMS.has(token.lower) && isWord(next) && next.lower.endsWith('ing')) return false;
      return j > i + (DETERMINERS.has(start.lower) ? 1 : 0);
    }
    if (PREPOSITIONS.has(token.lower) || CLAUSE_START_BLOCKERS.has(token.lower) || RELATIVE_WORDS.has(token.lower)) return false;
  }
  return false;
}

/** The last token of the reported clause that starts at `first`: its sentence's end, or an earlier clause break. */
export function contentEnd(tokens: Token[], first: number, ceiling: number): number {
  let last = ceiling - 1;
  for (let i = first + 1; i < ceiling; i++) {
    const token = tokens[i];
    if (isPunct(token, ';')) {
      last = i - 1;
      break;
    }
    // "… and said that …" starts a second report, with its own frame.
    if (isWord(token) && token.lower === 'and') {
      const verb = tokens[skipRightModifiers(tokens, i + 1, ceiling)];
      if (isWord(verb) && SPEECH_VERBS.has(verb.lower) && !PARTICIPLE_CUES.has(verb.lower) && !NOUN_LIKE_CUES.has(verb.lower)) {
        last = i - 1;
        break;
      }
    }
    if (isPunct(token, ',')) {
      const next = tokens[i + 1];
      // ", according to X", ", X said" and ", said X" end the reported clause.
      if (isWord(next) && next.lower === 'according') {
        last = i - 1;
        break;
      }
      if (isWord(next) && SPEECH_VERBS.has(next.lower) && !PARTICIPLE_CUES.has(next.lower)) {
        last = i - 1;
        break;
      }
      if (opensOwnClause(tokens, i + 1, ceiling)) {
        last = i - 1;
        break;
      }
      const phrase = isWord(next) ? phraseStartingAt(tokens, i + 1, ceiling) : null;
      if (phrase) {
        const after = skipRightModifiers(tokens, phrase.last + 1, ceiling);
        if (after < ceiling && isWord(tokens[after]) && SPEECH_VERBS.has(tokens[after].lower) && !NOUN_LIKE_CUES.has(tokens[after].lower)) {
          last = i - 1;
          break;
        }
      }
    }
  }
  while (last > first && (isSentenceEndPunct(tokens[last]) || isPunct(tokens[last], ',:'))) last--;
  return last;
}
