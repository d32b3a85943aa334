/**
 * How the whole text writes each word and name, for telling a common noun capitalised by its place
 * ("Officials said") from a name, and a place ("China said") from a person.
 */
import { isPlaceName } from '../lexicon/place-names';
import * as LEXICON from '../lexicon/word-lists';
import { isPluralNoun } from '../lexicon/thing-nouns';
import type { TextModel, Token } from '../text/text-model';
import { isNameWord } from '../text/word-classes';
import type { Description } from './describe-phrase';

// Bound once per module: under Vitest's module runner each use of an imported name is a getter call,
// which doubled this stage's time in the timing tests (bundled and Node builds bind them directly).
const { ANONYMOUS_HEADS, OBJECT_MARKS, ROLE_NOUNS } = LEXICON;

const USED_LOWER = 1;

const USED_AS_NAME = 2;

/**
 * How each word is written across the text: in lower case somewhere, and capitalised where no sentence
 * starts (a name's mark). Headlines in capitals are no evidence either way.
 */
export function wordUse(model: TextModel): Map<string, number> {
  const use = new Map<string, number>();
  let sentence = -1;
  for (const token of model.tokens) {
    if (token.kind !== 'word') continue;
    const opens = token.sentence !== sentence;
    sentence = token.sentence;
    const mark = !token.capitalised ? USED_LOWER : !opens && !token.allCaps ? USED_AS_NAME : 0;
    if (!mark) continue;
    // Most words recur with the mark they already have: a look-up then, not a write.
    const marks = use.get(token.lower) ?? 0;
    if ((marks | mark) !== marks) use.set(token.lower, marks | mark);
  }
  return use;
}

/**
 * "Officials said", "Inequality has called …", "SEE MORE": a "name" every word of which the text
 * otherwise writes in lower case is a common noun capitalised by its position. A plural is a group
 * ("Analysts"); anything else names no speaker.
 */
export function commonNounName(description: Description, phrase: Token[], use: Map<string, number>): Description | null | undefined {
  if (description.head !== null || description.role !== null || description.nameWords.length === 0) return undefined;
  // "US", "AP": an acronym is a name however the text writes the word.
  const last = description.nameWords[description.nameWords.length - 1];
  if (description.nameWords.length === 1 && phrase.some((token) => token.allCaps && token.lower === last)) return undefined;
  // "Analysts said", "People who live nearby said": a role noun or a source's head is one even where the text
  // never writes it in lower case.
  const roleNoun = description.nameWords.length === 1 && (ROLE_NOUNS.has(last) || ANONYMOUS_HEADS.has(last)) && !((use.get(last) ?? 0) & USED_AS_NAME);
  if (!roleNoun && !description.nameWords.every((word) => use.get(word) === USED_LOWER)) return undefined;
  if (description.nameWords.length === 1 && last.length > 3 && isPluralNoun(last)) {
    return { ...description, kind: 'group', human: false, head: last };
  }
  return null;
}

/** How the text writes its capitalised names, for telling places from people (see placeLike). */
export interface NameUse {
  /** Names (lower case, words joined by spaces) written whole right after "in" or "in the" ("in Lagos", "in the Netherlands"), and how often. */
  afterIn: Map<string, number>;
  /** How often each name of at most PLACE_WORDS words is written whole. */
  written: Map<string, number>;
  /** Words that end a name of two or more words ("Ana Ruiz"): a surname's mark. */
  ending: Set<string>;
  /** Words written alone as a name ("Ruiz said"): how a surname is used. */
  alone: Set<string>;
  /** Single-word names the text treats as a thing, not a person: "Zapply, which …", "Zapply said its drivers …". */
  thing: Set<string>;
  /** The runs of two or more name words, in text order, by their last word: where "Warren" may have been named in full. */
  fullNames: Map<string, Array<{ first: number; last: number }>>;
  /** The same runs, in text order (speaker-registry.ts indexes them by their other words when it needs to). */
  runs: Array<{ first: number; last: number }>;
}

/** Names past this many words are not looked up (and are not places of the kind placeLike tells). */
const PLACE_WORDS = 3;

/** A place's name is written after "in" at least once in this many times it is written. */
const PLACE_RATIO = 4;

export function nameUse(model: TextModel): NameUse {
  const { tokens } = model;
  const use: NameUse = { afterIn: new Map(), written: new Map(), ending: new Set(), alone: new Set(), thing: new Set(), fullNames: new Map(), runs: [] };
  let i = 0;
  while (i < tokens.length) {
    if (!isNameWord(tokens[i])) {
      i++;
      continue;
    }
    const first = i;
    while (i < tokens.length && isNameWord(tokens[i])) i++;
    const last = i - 1;
    if (last > first) {
      use.ending.add(tokens[last].lower);
      addRun(use.fullNames, tokens[last].lower, first, last);
      use.runs.push({ first, last });
    }
    else {
      use.alone.add(tokens[first].lower);
      const object = first > 0 && OBJECT_MARKS.has(tokens[first - 1].lower);
      if (!object && refersAsThing(tokens, first + 1)) use.thing.add(tokens[first].lower);
    }
    if (last - first >= PLACE_WORDS) continue;
    let name = tokens[first].lower;
    for (let k = first + 1; k <= last; k++) name += ` ${tokens[k].lower}`;
    use.written.set(name, (use.written.get(name) ?? 0) + 1);
    let before = first - 1;
    if (before >= 0 && tokens[before].lower === 'the') before--;
    if (before >= 0 && tokens[before].kind === 'word' && tokens[before].lower === 'in' && !tokens[last].lower.endsWith("'s")) {
      use.afterIn.set(name, (use.afterIn.get(name) ?? 0) + 1);
    }
  }
  return use;
}

export function addRun(runs: Map<string, Array<{ first: number; last: number }>>, word: string, first: number, last: number): void {
  const list = runs.get(word);
  if (list) list.push({ first, last });
  else runs.set(word, [{ first, last }]);
}

/**
 * Whether the tokens from `at` (right after a one-word name that is no preposition's object) treat it as a
 * thing: ", which" or "VERB (that) its".
 */
function refersAsThing(tokens: Token[], at: number): boolean {
  const next = tokens[at];
  if (!next) return false;
  if (next.kind !== 'word') return next.lower === ',' && tokens[at + 1]?.lower === 'which';
  if (next.capitalised || OBJECT_MARKS.has(next.lower)) return false;
  let i = at + 1;
  if (tokens[i]?.lower === 'that') i++;
  return tokens[i]?.lower === 'its';
}

/**
 * "China said", "South Africa has argued": a name the text often writes whole after "in", with no sign of a
 * person's name (one word never written after a given name; several words whose last is never written alone,
 * as surnames are), is a place's, and what it says is a government's or a body's.
 */
export function placeLike(description: Description, use: NameUse): boolean {
  const words = description.nameWords;
  if (description.kind !== 'person' || description.role !== null || description.head !== null) return false;
  if (words.length === 0 || words.length > PLACE_WORDS) return false;
  const name = words.join(' ');
  // A place is written after "in" often; a person now and then ("faith in Ruiz").
  const inside = use.afterIn.get(name) ?? 0;
  // "Zapply said its drivers …": a one-word name with no given name, written of as a thing, is a company's or a body's.
  if (words.length === 1 && use.thing.has(name) && !use.ending.has(name)) return true;
  // "Jordan said", unless the text names someone Jordan: a country, a state or a capital speaks for its government.
  if (isPlaceName(words) && !use.ending.has(words[words.length - 1])) return true;
  if (inside === 0 || inside * PLACE_RATIO < (use.written.get(name) ?? 0)) return false;
  const last = words[words.length - 1];
  return words.length === 1 ? !use.ending.has(last) : !use.alone.has(last);
}
