/**
 * A French, Spanish or German verb of saying after a quotation, the speaker after it:
 *   "«Nous ne céderons pas», a déclaré le ministre Jean Dupont."
 *   "“No vamos a ceder”, dijo el presidente Pedro Sánchez."
 *   "„Wir schaffen das“, sagte Kanzlerin Angela Merkel."
 */
import * as LEXICON from '../../lexicon/word-lists';
import * as WORD_CLASSES from '../../text/word-classes';
import * as PHRASES from '../phrases';
import type { CueForm } from './cue-frame';

// Bound once per module: under Vitest's module runner each use of an imported name is a getter call,
// which doubled this stage's time in the timing tests (bundled and Node builds bind them directly).
const { foreignPhraseAt } = PHRASES;
const { isPunct } = WORD_CLASSES;
const { FOREIGN_ACCORDING, FOREIGN_SPEECH_VERBS } = LEXICON;

export const foreignSpeechVerb: CueForm = (tokens, c, cueLast, first, end) => {
  if (!FOREIGN_SPEECH_VERBS.has(tokens[cueLast].lower) || FOREIGN_ACCORDING.has(tokens[c].lower)) return undefined;
  // Only the order these languages use after a quotation ("«…», a déclaré le ministre X"): alone, the
  // words are too rare, or too like English ones ("dice"), to read a frame around them.
  const previous = tokens[c - 1];
  const afterQuote = previous?.kind === 'quote' || (isPunct(previous, ',') && tokens[c - 2]?.kind === 'quote');
  const speaker = afterQuote && c > first ? foreignPhraseAt(tokens, cueLast + 1, end) : null;
  return speaker ? { cueFirst: c, cueLast, mention: speaker, appositive: null, direction: 'before', contentFirst: first, contentLast: c - 1, floor: first, ceiling: end } : null;
};
