/** How the text presents a claim: denied, expected, claimed (by someone) or asserted (by the article). */
import { DENIAL_VERBS, EXPECTATION_WORDS, NEGATIONS } from '../lexicon/word-lists';
import type { FineToken } from '../text/fine-tokens';
import type { ClaimStatus, Quote } from '../types';
import type { Clause } from './clauses';

/** The words that deny or expect, in one set, for the scan of every word of a claim's clause (but the "n't" endings). */
const STATUS_WORDS: ReadonlySet<string> = new Set([...NEGATIONS, ...DENIAL_VERBS, ...EXPECTATION_WORDS]);

export function claimStatus(tokens: FineToken[], clause: Clause, attributed: boolean, quote: Quote | null): ClaimStatus {
  let negated = false;
  let expected = false;
  for (let i = clause.first; i <= clause.last; i++) {
    const w = tokens[i].lower;
    if (!STATUS_WORDS.has(w) && !w.endsWith('t')) continue;
    if (NEGATIONS.has(w) || w.endsWith("n't") || w.endsWith('n’t') || DENIAL_VERBS.has(w)) negated = true;
    if (EXPECTATION_WORDS.has(w)) expected = true;
  }
  if (quote?.cue && DENIAL_VERBS.has(quote.cue.text.toLowerCase())) negated = true;
  if (negated) return 'denied';
  if (expected) return 'expected';
  return attributed ? 'claimed' : 'asserted';
}
