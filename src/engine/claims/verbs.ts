/**
 * Finite verbs as the claim stage reads them on the fine tokens: a form the lexicon knows, or a past tense
 * in -ed. Clauses, numeric claims and claimants ask it.
 */
import { ASSERTING_WORDS, IRREGULAR_PAST_VERBS, REPORTING_VERBS } from '../lexicon/word-lists';
import { startsLower, type FineToken } from '../text/fine-tokens';

/** Whether tokens `first`..`last` hold a finite verb (in lower case only, when `lowerCaseOnly`): a form the lexicon knows, or a past tense in -ed. */
export function hasVerb(tokens: FineToken[], first: number, last: number, lowerCaseOnly = false): boolean {
  for (let i = first; i <= last; i++) {
    const t = tokens[i];
    if (lowerCaseOnly && !startsLower(t.text)) continue;
    if (isVerb(t)) return true;
  }
  return false;
}

/** Whether `t` is a finite verb: a form the lexicon knows, or a past tense in -ed. */
export function isVerb(t: FineToken): boolean {
  return t.kind === 'word' && (ASSERTING_WORDS.has(t.lower) || REPORTING_VERBS.has(t.lower) || IRREGULAR_PAST_VERBS.has(t.lower) || (t.lower.length > 4 && t.lower.endsWith('ed')));
}
