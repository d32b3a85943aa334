/**
 * A name and a colon opening a sentence, the words after it: a headline or a lead-in.
 *   "Senator Smith: Taxes will rise next year"
 * A name before a colon that is no person's ("Analysis: …", "Hollywood Nation: …", "Lire : …") is mostly
 * a section's or a show's label: the frame is marked `label`, and counts only if it names a speaker
 * already seen. A person's name is one with a given name or a title ("Senator Smith: …").
 */
import { isGivenName } from '../../lexicon/first-names';
import * as LEXICON from '../../lexicon/word-lists';
import type { Token } from '../../text/text-model';
import * as WORD_CLASSES from '../../text/word-classes';
import * as PHRASES from '../phrases';
import { CUE_WINDOW, type CueFrame } from './cue-frame';

// Bound once per module: under Vitest's module runner each use of an imported name is a getter call,
// which doubled this stage's time in the timing tests (bundled and Node builds bind them directly).
const { phraseStartingAt } = PHRASES;
const { countWordTokens, isNameWord, isPunct } = WORD_CLASSES;
const { HONORIFICS, TITLES } = LEXICON;

/** How many tokens into its sentence a label's colon may stand. */
const MAX_LABEL_TOKENS = 10;
/** How many words must follow the colon (within the next few tokens) for it to introduce words said. */
const MIN_WORDS_AFTER_LABEL = 3;

export function headlineLabel(tokens: Token[], first: number, end: number): CueFrame | null {
  const ceiling = Math.min(end, first + MAX_LABEL_TOKENS);
  // The colon follows the phrase, which ends before the ceiling: most sentences have none there, and then
  // need no phrase read (this runs for every sentence).
  if (!colonWithin(tokens, first + 1, ceiling)) return null;
  const speaker = phraseStartingAt(tokens, first, ceiling);
  const colon = speaker ? speaker.last + 1 : -1;
  if (!speaker || !isPunct(tokens[colon], ':') || !isNameWord(tokens[speaker.last])) return null;
  // "SEE MORE:", "READ MORE:", "WATCH:": a page's label in capitals, not a name (a single acronym may be one: "NATO:").
  if (speaker.last > speaker.first && allInCapitals(tokens, speaker.first, speaker.last)) return null;
  if (countWordTokens(tokens, colon + 1, Math.min(end - 1, colon + 4)) < MIN_WORDS_AFTER_LABEL) return null;
  return { cueFirst: colon, cueLast: colon, mention: speaker, appositive: null, direction: 'after', contentFirst: colon + 1, contentLast: -1, floor: first, ceiling: Math.min(end, colon + CUE_WINDOW), label: !namesPerson(tokens, speaker.first, speaker.last) };
}

/** Whether tokens `first`..`last` name a person: two name words, one of them a title or a given name. */
function namesPerson(tokens: Token[], first: number, last: number): boolean {
  let nameWords = 0;
  let personal = false;
  for (let t = first; t <= last; t++) {
    if (!isNameWord(tokens[t])) continue;
    nameWords++;
    personal ||= TITLES.has(tokens[t].lower) || HONORIFICS.has(tokens[t].lower) || isGivenName(tokens[t].lower);
  }
  return nameWords >= 2 && personal;
}

/** Whether one of tokens `from`..`to` (inclusive) is a colon. */
function colonWithin(tokens: Token[], from: number, to: number): boolean {
  for (let t = from; t <= to && t < tokens.length; t++) if (isPunct(tokens[t], ':')) return true;
  return false;
}

function allInCapitals(tokens: Token[], first: number, last: number): boolean {
  for (let t = first; t <= last; t++) if (tokens[t].kind === 'word' && !tokens[t].allCaps) return false;
  return true;
}
