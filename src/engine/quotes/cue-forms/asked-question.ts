/**
 * "Asked whether …" opening a sentence: the question is reported; the one who answers is named after
 * the comma, the asker rarely at all:
 *   "Asked whether he would run again, Smith said he had not decided."
 */
import { QUESTION_OPENERS } from '../../lexicon/word-lists';
import { isPunct, isWord } from '../../text/word-classes';
import { clauseOpening } from '../clause-bounds';
import { phraseStartingAt } from '../phrases';
import type { CueForm } from './cue-frame';

export const askedQuestion: CueForm = (tokens, c, cueLast, first, end) => {
  if (tokens[c].lower !== 'asked' || !isWord(tokens[cueLast + 1]) || !QUESTION_OPENERS.has(tokens[cueLast + 1].lower)) return undefined;
  const opening = clauseOpening(tokens, first, end);
  if (c !== opening && !(c === opening + 1 && tokens[opening].lower === 'when')) return undefined;
  let comma = cueLast + 2;
  while (comma < end && !isPunct(tokens[comma], ',')) comma++;
  const answerer = comma < end ? phraseStartingAt(tokens, comma + 1, end) : null;
  return { cueFirst: c, cueLast, mention: answerer, appositive: null, direction: 'after', contentFirst: cueLast + 1, contentLast: -1, floor: first, ceiling: end };
};
