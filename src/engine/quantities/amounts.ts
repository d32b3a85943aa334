/** The amount itself: digits or number words, with a sign, a currency and a scale ("US$1.2 billion", "-3", "two-thirds"). */
import { HYPHEN_PREFIXES } from '../lexicon/word-lists';
import { SCALES } from '../lexicon/number-words';
import { isHyphen, MAX_NUMBER_DIGITS, numberValue } from '../text/fine-tokens';
import { readWordNumber } from './number-words';
import { ACRONYM, type Amount, QuantityScan } from './quantity-scan';
import { readCurrencyPrefix, suffixScale } from './units';

const ALL_UPPER = /^\p{Lu}+$/u;

/**
 * Reads an amount at `i`: a currency, a sign, a number in digits or words,
 * a scale. Returns null when no amount starts here, or when the number is
 * part of an identifier ("COVID-19", "XC40", "#3").
 */
export function readAmount(s: QuantityScan, i: number): Amount | null {
  const { tokens } = s;
  let j = i;
  let currency: string | null = null;
  const prefix = readCurrencyPrefix(tokens, j);
  if (prefix) {
    currency = prefix.currency;
    j = prefix.numberAt;
  }
  let negative = false;
  let plusSign = false;
  const t0 = s.tok(j);
  if (!t0) return null;
  if (t0.lower === 'minus' && s.tok(j + 1)) {
    negative = true;
    j += isHyphen(s.tok(j + 1)) ? 2 : 1;
  } else if ((t0.text === '-' || t0.text === '−') && s.tok(j + 1)?.kind === 'num' && !s.tok(j + 1)!.gapBefore &&
    (currency !== null || t0.gapBefore || j === 0 || s.tok(j - 1)?.text === '(')) {
    // A minus sign, not a hyphen: nothing is written against it on the left ("COVID -19" stays a name).
    const before = s.tok(j - 1);
    if (currency === null && before && before.kind === 'word' && ALL_UPPER.test(before.text)) return null;
    negative = true;
    j++;
  } else if (t0.text === '+' && s.tok(j + 1)?.kind === 'num' && !s.tok(j + 1)!.gapBefore) {
    plusSign = true;
    j++;
  }
  const t = s.tok(j);
  if (!t) return null;
  const sign = negative ? -1 : 1;

  if (t.kind === 'num') {
    if (t.digits > MAX_NUMBER_DIGITS) return null;
    if (!currency && !negative && isIdentifierNumber(s, j)) return null;
    const base = numberValue(t);
    if (base === null) return null;
    const amount: Amount = {
      first: i, last: j, value: sign * base, currency, base, scaled: false, separators: t.text.includes(','),
      fraction: false, word: false, plusSign, numberAt: j,
    };
    // Fractions: "1/16 of", "1⁄32".
    const slash = s.tok(j + 1);
    const denominator = s.tok(j + 2);
    if (slash && (slash.text === '/' || slash.text === '⁄') && !slash.gapBefore && denominator?.kind === 'num' && !denominator.gapBefore) {
      const d = numberValue(denominator);
      const isFraction = slash.text === '⁄' || s.tok(j + 3)?.lower === 'of';
      if (!isFraction || d === null || d === 0) return null; // "24/7", "9/11", "3/4/2020": not amounts
      amount.value = sign * (base / d);
      amount.base = amount.value;
      amount.fraction = true;
      amount.last = j + 2;
      return amount;
    }
    readScale(s, amount);
    // "$76 US", "$75 U.S." after a dollar amount.
    if (currency === 'dollar') amount.last = skipUsAfterDollars(s, amount.last);
    return amount;
  }
  if (t.kind === 'word') {
    const w = readWordNumber(tokens, j);
    if (!w) return null;
    const amount: Amount = {
      first: i, last: w.last, value: w.value === null ? null : sign * w.value, currency, base: w.value,
      scaled: w.scaled, separators: false, fraction: w.fraction, word: true, plusSign, numberAt: j,
    };
    if (w.low !== undefined && w.high !== undefined) {
      amount.low = w.low;
      amount.high = w.high;
    }
    if (!w.scaled && !w.fraction && w.value !== null) readScale(s, amount);
    return amount;
  }
  return null;
}

/** "$76 US", "$75 U.S.": the country written after a dollar amount belongs to its currency. */
export function skipUsAfterDollars(s: QuantityScan, last: number): number {
  const after = s.tok(last + 1);
  if (!after || !after.gapBefore) return last;
  if (after.text === 'US') return last + 1;
  const spelled = ['U', '.', 'S', '.'];
  for (let n = 0; n < 4; n++) if (s.tok(last + 1 + n)?.text !== spelled[n]) return n === 3 ? last + 3 : last;
  return last + 4;
}

/** Applies "million", "bn", "m" after the number ("1.2 million", "$5bn", "four hundred million"). */
export function readScale(s: QuantityScan, amount: Amount): void {
  if (amount.value === null) return;
  let k = amount.last + 1;
  let value = amount.value;
  const first = s.tok(k);
  if (first && !first.gapBefore && first.kind === 'word') {
    const scale = suffixScale(first, amount.currency !== null);
    if (scale !== null) {
      amount.value = value * scale;
      amount.scaled = true;
      amount.last = k;
      return;
    }
  }
  // Scale words, possibly stacked ("4 hundred million"); never across a line.
  for (let steps = 0; steps < 3; steps++, k++) {
    const t = s.tok(k);
    if (!t || t.kind !== 'word' || t.breakBefore || !SCALES.has(t.lower)) break;
    value *= SCALES.get(t.lower)!;
    amount.last = k;
    amount.scaled = true;
  }
  amount.value = value;
}

/** A number that names rather than counts: glued to letters ("XC40", "9AB8", "COVID-19") or after "#". */
export function isIdentifierNumber(s: QuantityScan, j: number): boolean {
  const prev = s.tok(j - 1);
  const t = s.tokens[j];
  if (prev && !t.gapBefore) {
    if (prev.kind === 'word') return true;
    if (prev.text === '#' || prev.text === '№') return true;
    if (isHyphen(prev) && !prev.gapBefore) {
      const word = s.tok(j - 2);
      if (word && word.kind === 'word' && !HYPHEN_PREFIXES.has(word.lower)) return true;
      if (word && word.kind === 'num') return false; // the second end of "252-287"
    }
    if (prev.text === '.' && s.tok(j - 2)?.kind === 'num' && !prev.gapBefore) return true; // "192.168.1"
    // "COVID -19", "F -35": a hyphen glued to the number after a name in capitals.
    if (isHyphen(prev) && ACRONYM.test(s.tok(j - 2)?.text ?? '')) return true;
  }
  return false;
}
