/**
 * A participle of saying after a comma: the speaker is the subject of the sentence's main verb (or of
 * the cue read before it in the sentence):
 *   "The ministry issued a warning on Monday, saying that fighting would go on."
 *   "The leader of the party, Ana Ruiz, condemned the vote, adding that it was rigged."
 * or, after "with", the phrase between them: "…, with Foreign Minister Ana Ruiz warning of “grave consequences”."
 */
import * as LEXICON from '../../lexicon/word-lists';
import * as WORD_CLASSES from '../../text/word-classes';
import * as CLAUSE_BOUNDS from '../clause-bounds';
import * as PHRASES from '../phrases';
import type { Token } from '../../text/text-model';
import type { Phrase } from '../phrases';
import type { CueForm } from './cue-frame';

// Bound once per module: under Vitest's module runner each use of an imported name is a getter call,
// which doubled this stage's time in the timing tests (bundled and Node builds bind them directly).
const { clauseOpening, contentStartAfter } = CLAUSE_BOUNDS;
const { phraseEndingAt, phraseStartingAt } = PHRASES;
const { isNameWord, isPunct, isWord } = WORD_CLASSES;
const { PARTICIPLE_CUES, TAKES_HEARER } = LEXICON;

export const participle: CueForm = (tokens, c, cueLast, first, end, earlier) => {
  const cue = tokens[c];
  if (!PARTICIPLE_CUES.has(cue.lower)) return undefined;
  const absolute = isPunct(tokens[c - 1], ',') ? null : withSubject(tokens, c, first);
  if (!absolute && !isPunct(tokens[c - 1], ',')) return undefined;
  const start = contentStartAfter(tokens, cueLast, end, TAKES_HEARER.has(cue.lower));
  if (start < 0) return null;
  if (absolute) return { cueFirst: c, cueLast, mention: absolute, appositive: null, direction: 'after', contentFirst: start, contentLast: -1, floor: first, ceiling: end };
  const main = earlier.length > 0 ? earlier[earlier.length - 1].mention : phraseStartingAt(tokens, clauseOpening(tokens, first, end), end);
  // "The leader of X, Ana Ruiz, condemned …, saying …": the name between commas is the speaker, the phrase her role.
  const named = main && earlier.length === 0 && isPunct(tokens[main.last + 1], ',') ? phraseStartingAt(tokens, main.last + 2, c) : null;
  if (named && isNameWord(tokens[named.first]) && isNameWord(tokens[named.last]) && isPunct(tokens[named.last + 1], ',')) {
    return { cueFirst: c, cueLast, mention: named, appositive: main, direction: 'after', contentFirst: start, contentLast: -1, floor: first, ceiling: end };
  }
  return { cueFirst: c, cueLast, mention: main, appositive: null, direction: 'after', contentFirst: start, contentLast: -1, floor: first, ceiling: end };
};

/** "with Foreign Minister Ana Ruiz warning …": the speaker phrase between "with" and the participle at `c`. */
function withSubject(tokens: Token[], c: number, first: number): Phrase | null {
  const subject = phraseEndingAt(tokens, c - 1, first);
  const lead = subject ? tokens[subject.first - 1] : undefined;
  return subject && isWord(lead) && lead.lower === 'with' ? subject : null;
}
