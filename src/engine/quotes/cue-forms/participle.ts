/**
 * A participle of saying after a comma: the speaker is the subject of the sentence's main verb (or of
 * the cue read before it in the sentence):
 *   "The ministry issued a warning on Monday, saying that fighting would go on."
 *   "The leader of the party, Ana Ruiz, condemned the vote, adding that it was rigged."
 */
import { PARTICIPLE_CUES, TAKES_HEARER } from '../../lexicon/word-lists';
import { isNameWord, isPunct } from '../../text/word-classes';
import { clauseOpening, contentStartAfter } from '../clause-bounds';
import { phraseStartingAt } from '../phrases';
import type { CueForm } from './cue-frame';

export const participle: CueForm = (tokens, c, cueLast, first, end, earlier) => {
  const cue = tokens[c];
  if (!PARTICIPLE_CUES.has(cue.lower) || !isPunct(tokens[c - 1], ',')) return undefined;
  const start = contentStartAfter(tokens, cueLast, end, TAKES_HEARER.has(cue.lower));
  if (start < 0) return null;
  const main = earlier.length > 0 ? earlier[earlier.length - 1].mention : phraseStartingAt(tokens, clauseOpening(tokens, first, end), end);
  // "The leader of X, Ana Ruiz, condemned …, saying …": the name between commas is the speaker, the phrase her role.
  const named = main && earlier.length === 0 && isPunct(tokens[main.last + 1], ',') ? phraseStartingAt(tokens, main.last + 2, c) : null;
  if (named && isNameWord(tokens[named.first]) && isNameWord(tokens[named.last]) && isPunct(tokens[named.last + 1], ',')) {
    return { cueFirst: c, cueLast, mention: named, appositive: main, direction: 'after', contentFirst: start, contentLast: -1, floor: first, ceiling: end };
  }
  return { cueFirst: c, cueLast, mention: main, appositive: null, direction: 'after', contentFirst: start, contentLast: -1, floor: first, ceiling: end };
};
