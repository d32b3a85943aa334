/**
 * "According to" and its French, Spanish and German forms, the source after it, the words on the
 * other side of a comma:
 *   "According to Afghan officials, 30 districts were retaken."
 *   "Prices will rise, according to a study last year by economists at the Fed."
 *   "Selon le ministre Jean Dupont, la situation est sous contrôle."
 */
import * as LEXICON from '../../lexicon/word-lists';
import * as WORD_CLASSES from '../../text/word-classes';
import * as CLAUSE_BOUNDS from '../clause-bounds';
import * as PHRASES from '../phrases';
import type { CueForm } from './cue-frame';

// Bound once per module: under Vitest's module runner each use of an imported name is a getter call,
// which doubled this stage's time in the timing tests (bundled and Node builds bind them directly).
const { clauseOpening } = CLAUSE_BOUNDS;
const { foreignPhraseAt, phraseStartingAt, sourceUpToBreak, throughRoleToName, withSourceQualifier } = PHRASES;
const { isPunct } = WORD_CLASSES;
const { FOREIGN_ACCORDING } = LEXICON;

export const accordingTo: CueForm = (tokens, c, cueLast, first, end) => {
  const foreign = FOREIGN_ACCORDING.has(tokens[c].lower);
  if (tokens[c].lower !== 'according' && !foreign) return undefined;
  // Sources after "according to" are often long ("a study last year by economists at …"): take them up to the comma.
  const phrase = (foreign ? foreignPhraseAt(tokens, cueLast + 1, end) : phraseStartingAt(tokens, cueLast + 1, end)) ?? sourceUpToBreak(tokens, cueLast + 1, end);
  if (!phrase) return null;
  // "according to whale rescue group Project Jonah": the name after the role is the source.
  const named = foreign ? phrase : throughRoleToName(tokens, phrase, end);
  const source = withSourceQualifier(tokens, named, end);
  const afterSource = source.last + 1;
  const opening = clauseOpening(tokens, first, end);
  if (c <= opening && isPunct(tokens[afterSource], ',:')) {
    return { cueFirst: c, cueLast, mention: source, appositive: null, direction: 'after', contentFirst: afterSource + 1, contentLast: -1, floor: first, ceiling: end };
  }
  if (c > opening && (isPunct(tokens[c - 1], ',') || tokens[c - 1].kind === 'quote')) {
    return { cueFirst: c, cueLast, mention: source, appositive: null, direction: 'before', contentFirst: opening, contentLast: c - 1, floor: first, ceiling: end };
  }
  return null;
};
