/**
 * Finite verbs as the claim stage reads them on the fine tokens: a form the lexicon knows, or a past tense
 * in -ed. Clauses, numeric claims and claimants ask it.
 */
import { ASSERTING_WORDS, IRREGULAR_PAST_VERBS, REPORTING_VERBS } from '../lexicon/word-lists';
import { startsLower, type FineToken } from '../text/fine-tokens';

/** The verb forms the lexicon knows, in one set: isVerb is asked of nearly every word of every clause. */
const KNOWN_VERB_FORMS: ReadonlySet<string> = new Set([...ASSERTING_WORDS, ...REPORTING_VERBS, ...IRREGULAR_PAST_VERBS]);

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
  return t.kind === 'word' && (KNOWN_VERB_FORMS.has(t.lower) || (t.lower.length > 4 && t.lower.endsWith('ed')));
}
