/**
 * "Asked whether …" opening a sentence: the question is reported; the one who answers is named after
 * the comma, the asker rarely at all:
 *   "Asked whether he would run again, Smith said he had not decided."
 */
import * as LEXICON from '../../lexicon/word-lists';
import * as WORD_CLASSES from '../../text/word-classes';
import * as CLAUSE_BOUNDS from '../clause-bounds';
import * as PHRASES from '../phrases';
import type { CueForm } from './cue-frame';

// Bound once per module: under Vitest's module runner each use of an imported name is a getter call,
// which doubled this stage's time in the timing tests (bundled and Node builds bind them directly).
const { clauseOpening } = CLAUSE_BOUNDS;
const { phraseStartingAt } = PHRASES;
const { isPunct, isWord } = WORD_CLASSES;
const { QUESTION_OPENERS } = LEXICON;

export const askedQuestion: CueForm = (tokens, c, cueLast, first, end) => {
  // "Asked about the plan, …" gives a topic, not a question's words.
  const next = tokens[cueLast + 1];
  if (tokens[c].lower !== 'asked' || !isWord(next) || !QUESTION_OPENERS.has(next.lower) || next.lower === 'about') return undefined;
  const opening = clauseOpening(tokens, first, end);
  if (c !== opening && !(c === opening + 1 && tokens[opening].lower === 'when')) return undefined;
  let comma = cueLast + 2;
  while (comma < end && !isPunct(tokens[comma], ',')) comma++;
  const answerer = comma < end ? phraseStartingAt(tokens, comma + 1, end) : null;
  return { cueFirst: c, cueLast, mention: answerer, appositive: null, direction: 'after', contentFirst: cueLast + 1, contentLast: -1, floor: first, ceiling: end };
};
