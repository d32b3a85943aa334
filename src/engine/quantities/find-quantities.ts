/**
 * The quantities stage: every number a news text uses, with its value (or
 * range), unit or counted noun, and how the text qualifies it (about, more than,
 * up, down). Dates, years and times are kept but typed as such, with no value:
 * they are points in time, not amounts, so neither claims nor readers (nor a
 * scorer) take "2019" for a count; their text says which date it is.
 *
 * One pass of a token scanner with bounded look-ahead and look-behind at each
 * token: linear in the text's length, no backtracking regular expressions. The readers:
 * dates.ts, amounts.ts (numbers, signs, currencies, scales), unit-readings.ts (units and
 * counted nouns), changes.ts (bounds, rises and falls), ranges.ts, labels.ts (numbers that are
 * names or labels), read-quantity.ts putting one quantity together.
 */
import { QUANTITY_START_WORDS } from '../lexicon/word-lists';
import { itemId } from '../ids';
import { MONTHS } from '../lexicon/tables';
import { ONES, SCALES, TENS, VAGUE_PLURALS, VULGAR_FRACTIONS } from '../lexicon/number-words';
import { type FineToken, startsUpper, tokenizeFine } from '../text/fine-tokens';
import type { Quantity } from '../types';
import { readDate } from './dates';
import { isNumberWord, multipleOf } from './number-words';
import { type Draft, QuantityScan } from './quantity-scan';
import { sentenceOfFineTokens } from '../text/fine-sentences';
import { readQuantity } from './read-quantity';

/**
 * Finds every quantity in `text`, in text order, with spans into `text`. Never throws.
 * `tokens`, when given, must be `tokenizeFine(text)`, and `sentenceOf` their sentences (sentenceOfFineTokens):
 * the pipeline makes them once for this stage and claims.
 */
export function findQuantities(text: string, tokens?: FineToken[], sentenceOf?: Int32Array): Quantity[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  tokens ??= tokenizeFine(text);
  const drafts = scanDrafts(new QuantityScan(tokens, sentenceOf ?? sentenceOfFineTokens(text, tokens)));
  return drafts.map((d, n) => {
    const start = tokens[d.first].start;
    const end = tokens[d.last].end;
    const quantity: Quantity = {
      id: itemId('quantity', n), start, end, text: text.slice(start, end), value: d.value, unit: d.unit, type: d.type, change: d.change,
    };
    if (d.low !== undefined && d.high !== undefined) {
      quantity.low = d.low;
      quantity.high = d.high;
    }
    if (d.of) quantity.of = d.of;
    return quantity;
  });
}

/** True for quantities that count or measure something, false for dates, years and times. */
export function isMeasuredQuantity(q: Quantity): boolean {
  return q.type !== 'date' && q.type !== 'year' && q.type !== 'ordinal';
}

/** The drafts of every quantity and date, in text order. */
function scanDrafts(s: QuantityScan): Draft[] {
  const drafts: Draft[] = [];
  const { tokens } = s;
  let i = 0;
  while (i < tokens.length) {
    if (!mayStart(s, i)) {
      i++;
      continue;
    }
    let draft: Draft | null = null;
    let skipTo = i;
    try {
      const date = readDate(s, i);
      if (date) draft = date;
      else {
        const result = readQuantity(s, i);
        if (result && 'skipTo' in result) skipTo = result.skipTo;
        else draft = result;
      }
    } catch {
      // A scanner bug must never take the page's analysis down: drop this token and go on.
      draft = null;
    }
    if (draft) {
      // Words read before the number (a bound, a unit such as "Mach") may already belong to the quantity before.
      const previous = drafts[drafts.length - 1];
      if (previous && draft.first <= previous.last) draft.first = previous.last + 1;
      drafts.push(draft);
      i = draft.last + 1;
    } else i = Math.max(i + 1, skipTo + 1);
  }
  return drafts;
}

/** A cheap first test, so that the readers run only where a quantity or date can begin. */
function mayStart(s: QuantityScan, i: number): boolean {
  const t = s.tokens[i];
  if (t.kind === 'num') return true;
  if (t.kind === 'sym') {
    if (VULGAR_FRACTIONS.has(t.text)) return true;
    // A symbol starts an amount only as a currency or sign right before its number ("$5", "US $ 5", "-3"):
    // checking that first keeps a page of punctuation from running every reader on every mark.
    const next = s.tok(i + 1);
    const afterNext = s.tok(i + 2);
    return next?.kind === 'num' || afterNext?.kind === 'num' || (next !== undefined && isNumberWord(next.lower));
  }
  const w = t.lower;
  return QUANTITY_FIRST_WORDS.has(w) || multipleOf(w) !== null ||
    (t.text.length <= 3 && startsUpper(t.text)); // currency codes: "US $5", "HK$", "RM23", "USD"
}

/**
 * The words mayStart lets through: number words (isNumberWord, but for the "-fold" ones), vague
 * plurals, months and the lexicon's other quantity openers, in one set, since mayStart asks it of every word.
 */
const QUANTITY_FIRST_WORDS: ReadonlySet<string> = new Set([
  ...ONES.keys(), ...TENS.keys(), ...SCALES.keys(), ...VAGUE_PLURALS.keys(), ...MONTHS.keys(), ...QUANTITY_START_WORDS,
]);
