/** The amount itself: digits or number words, with a sign, a currency and a scale ("US$1.2 billion", "-3", "two-thirds"). */
import { HYPHEN_PREFIXES, NOUN_PHRASE_STOPS } from '../lexicon/word-lists';
import { SCALE_ABBREVIATIONS, SCALES, VULGAR_FRACTIONS } from '../lexicon/number-words';
import { type FineToken, isHyphen, MAX_NUMBER_DIGITS, numberValue } from '../text/fine-tokens';
import { readWordNumber } from './number-words';
import { ACRONYM, type Amount, isPlural, QuantityScan } from './quantity-scan';
import { readCurrencyPrefix, readMeasureUnit, suffixScale } from './units';

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
  // "plus or minus 3 points" is a margin (a bound before the amount), not a negative amount.
  const margin = s.tok(j - 1)?.lower === 'or' && s.tok(j - 2)?.lower === 'plus';
  if (t0.lower === 'minus' && s.tok(j + 1) && !margin) {
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
    const grouped = readSpaceGroups(s, j) ?? readPointGroups(s, j) ?? readDecimalComma(s, j, currency !== null);
    const base = grouped ? grouped.value : numberValue(t);
    if (base === null) return null;
    const amount: Amount = {
      first: i, last: grouped ? grouped.last : j, value: sign * base, currency, base, scaled: false,
      separators: grouped !== null || t.text.includes(','), fraction: false, word: false, plusSign, numberAt: j,
    };
    // Fractions: "1/16 of", "1⁄32", "3/4 inch".
    const fraction = readSlashFraction(s, j);
    if (fraction === 'none') return null; // "24/7", "9/11", "3/4/2020": not amounts
    if (fraction) {
      amount.value = sign * fraction.value;
      amount.base = amount.value;
      amount.fraction = true;
      amount.last = fraction.last;
      return amount;
    }
    // "2½", "2 ½", "2 1/2": a whole number and a fraction.
    const part = Number.isInteger(base) && !grouped ? readFractionPart(s, j + 1) : null;
    if (part) {
      amount.value = sign * (base + part.value);
      amount.base = base + part.value;
      amount.last = part.last;
    }
    readScale(s, amount);
    // "$76 US", "$75 U.S." after a dollar amount.
    if (currency === 'dollar') amount.last = skipUsAfterDollars(s, amount.last);
    return amount;
  }
  // "½ cup", "¾ of": a fraction written as one character.
  const vulgar = t.kind === 'sym' ? VULGAR_FRACTIONS.get(t.text) : undefined;
  if (vulgar !== undefined) {
    return {
      first: i, last: j, value: sign * vulgar, currency, base: vulgar, scaled: false, separators: false,
      fraction: true, word: false, plusSign, numberAt: j,
    };
  }
  if (t.kind === 'word') {
    // "Take-Two", "a one-two punch": a number word glued by a hyphen to the word before is part of a name.
    const hyphen = s.tok(j - 1);
    if (isHyphen(hyphen) && !hyphen!.gapBefore && !t.gapBefore && s.tok(j - 2)?.kind === 'word' && !HYPHEN_PREFIXES.has(s.tok(j - 2)!.lower)) return null;
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

/**
 * "60 000", "1 200 000": thousands set off by one space (or a thin or non-breaking one), as much of
 * Europe writes them. Null unless a group of exactly three digits follows the number at `j`.
 */
function readSpaceGroups(s: QuantityScan, j: number): { value: number; last: number } | null {
  const t = s.tokens[j];
  if (t.text.length > 3 || t.digits !== t.text.length) return null;
  let value = Number(t.text);
  let last = j;
  let digits = t.digits;
  for (let next = s.tok(last + 1); next && isSpacedGroup(s.tokens[last], next); next = s.tok(last + 1)) {
    digits += 3;
    if (digits > MAX_NUMBER_DIGITS) return null; // a run of digit groups is a code or a table, not an amount
    value = value * 1000 + Number(next.text);
    last++;
  }
  return last === j ? null : { value, last };
}

/**
 * "1.200.000 people", "3.500.000 euros": thousands set off by points, as much of Europe writes them; two
 * points at least, since "1.200" alone is also a decimal. Null unless such groups start at `j`.
 */
function readPointGroups(s: QuantityScan, j: number): { value: number; last: number } | null {
  const t = s.tokens[j];
  if (!POINT_GROUP.test(t.text)) return null;
  let value = Number(t.text.replace('.', ''));
  let last = j;
  while (s.tok(last + 1)?.text === '.' && !s.tok(last + 1)!.gapBefore && isGlued3Digits(s.tok(last + 2))) {
    value = value * 1000 + Number(s.tokens[last + 2].text);
    last += 2;
  }
  return last === j ? null : { value, last };
}

/** A number of one to three digits, a point and three more: the first groups of "1.200.000". */
const POINT_GROUP = /^\d{1,3}\.\d{3}$/u;

/**
 * "60.000 fans": a count of things is a whole number, so when `amount` counts a noun, one point before three
 * digits groups thousands rather than marking decimals. Multiplies the amount in place when it does.
 */
export function readCountWithPointGroup(s: QuantityScan, amount: Amount, noun: string): void {
  const t = s.tokens[amount.numberAt];
  if (amount.last !== amount.numberAt || amount.currency || amount.value === null || !POINT_GROUP.test(t.text) || t.text.startsWith('0')) return;
  // Points are a measure, in eighths as in whole numbers ("the bond rose 1.125 points").
  if (noun.endsWith('point') || noun.endsWith('points')) return;
  amount.value *= 1000;
  amount.base = amount.value;
}

const isGlued3Digits = (t: FineToken | undefined) => t !== undefined && t.kind === 'num' && !t.gapBefore && t.text.length === 3 && t.digits === 3;

/**
 * "2,5 million euros", "0,8 percent", "€2,50": a decimal comma, as much of Europe writes it. Only before a
 * scale word or a percent, or with a currency and two decimals, where a list of numbers ("1,2 and 3") never
 * stands; a comma before three digits is the tokenizer's thousands separator, never this.
 */
function readDecimalComma(s: QuantityScan, j: number, isMoney: boolean): { value: number; last: number } | null {
  const t = s.tokens[j];
  const comma = s.tok(j + 1);
  const decimals = s.tok(j + 2);
  if (t.digits > 3 || t.text.length !== t.digits || comma?.text !== ',' || comma.gapBefore || decimals?.kind !== 'num' ||
    decimals.gapBefore || decimals.digits > 2 || decimals.text.length !== decimals.digits) return null;
  const after = s.tok(j + 3);
  const scaleOrPercent = after !== undefined && !after.breakBefore &&
    (after.text === '%' || after.lower === 'percent' || after.lower === 'per' || SCALES.has(after.lower) || SCALE_ABBREVIATIONS.has(after.lower));
  if (!scaleOrPercent && !(isMoney && decimals.digits === 2)) return null;
  return { value: Number(`${t.text}.${decimals.text}`), last: j + 2 };
}

const isSpacedGroup = (prev: FineToken, t: FineToken) =>
  t.kind === 'num' && t.text.length === 3 && t.digits === 3 && !t.breakBefore && t.start === prev.end + 1;

/**
 * A fraction written with a slash at `j` ("1/16 of", "1⁄32", "3/4 inch"): its value and last token;
 * 'none' for a slash that joins numbers into something else ("24/7", "9/11"); null when no slash follows.
 */
function readSlashFraction(s: QuantityScan, j: number): { value: number; last: number } | 'none' | null {
  const slash = s.tok(j + 1);
  const denominator = s.tok(j + 2);
  if (!slash || (slash.text !== '/' && slash.text !== '⁄') || slash.gapBefore || denominator?.kind !== 'num' || denominator.gapBefore) return null;
  const n = numberValue(s.tokens[j]);
  const d = numberValue(denominator);
  if (n === null || d === null || d === 0) return 'none';
  // A unit after it makes a share of that unit: "3/4 inch", "1/2-mile"; a bare "3/4" may be a date.
  const unitAt = isHyphen(s.tok(j + 3)) && !s.tok(j + 3)!.gapBefore ? j + 4 : j + 3;
  const ofUnit = n < d && s.tok(unitAt)?.kind === 'word' && readMeasureUnit(s.tokens, unitAt) !== null;
  return slash.text === '⁄' || s.tok(j + 3)?.lower === 'of' || ofUnit ? { value: n / d, last: j + 2 } : 'none';
}

/** The fraction after a whole number at `k`: "½" (glued or not) or " 1/2"; null if none. */
function readFractionPart(s: QuantityScan, k: number): { value: number; last: number } | null {
  const t = s.tok(k);
  if (!t || t.breakBefore) return null;
  const vulgar = VULGAR_FRACTIONS.get(t.text);
  if (vulgar !== undefined) return { value: vulgar, last: k };
  const slash = s.tok(k + 1);
  const denominator = s.tok(k + 2);
  if (t.kind !== 'num' || !t.gapBefore || slash?.text !== '/' || slash.gapBefore || denominator?.kind !== 'num' || denominator.gapBefore) return null;
  const n = numberValue(t);
  const d = numberValue(denominator);
  // A proper fraction with a small denominator: "2 1/2", "5 3/8", never "3 9/11".
  return n !== null && d !== null && n > 0 && n < d && d <= 16 && t.digits === 1 ? { value: n / d, last: k + 2 } : null;
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
  if (first && !first.gapBefore && first.kind === 'word' && !isResolution(s, amount, k)) {
    const scale = suffixScale(first, amount.currency !== null) ?? millionsOfThings(s, amount, k);
    if (scale !== null) {
      amount.value = scaleBy(value, scale);
      amount.scaled = true;
      amount.last = k;
      return;
    }
  }
  // "$300 mn", "1.2 bln dollars": an abbreviation set apart from its number.
  const abbreviation = first && first.gapBefore && !first.breakBefore && !amount.word ? SCALE_ABBREVIATIONS.get(first.lower) : undefined;
  if (abbreviation !== undefined) {
    amount.value = scaleBy(value, abbreviation);
    amount.scaled = true;
    amount.last = k;
    return;
  }
  // "$5-million", "a 1.2-billion-euro deal": a scale word hyphened to its number.
  const hyphened = isHyphen(first) && !first!.gapBefore && s.tok(k + 1)?.gapBefore === false && SCALES.has(s.tok(k + 1)!.lower);
  if (hyphened) k++;
  // Scale words, possibly stacked ("4 hundred million"); never across a line.
  for (let steps = 0; steps < 3; steps++, k++) {
    const t = s.tok(k);
    if (!t || t.kind !== 'word' || t.breakBefore || !SCALES.has(t.lower)) break;
    value = scaleBy(value, SCALES.get(t.lower)!);
    amount.last = k;
    amount.scaled = true;
  }
  amount.value = value;
}

/**
 * `value` times `scale`, to the precision a reader is told: binary fractions make 4.1 × 1e9
 * 4099999999.9999995, which the popup would show.
 */
function scaleBy(value: number, scale: number): number {
  return Number((value * scale).toPrecision(15));
}

/** "4K video", "an 8K display": a K glued to a small number before a singular noun names a resolution, not thousands. */
function isResolution(s: QuantityScan, amount: Amount, k: number): boolean {
  const noun = s.tok(k + 1);
  return s.tokens[k].text === 'K' && amount.currency === null && amount.value !== null && amount.value < 10 &&
    noun !== undefined && noun.kind === 'word' && noun.gapBefore && !isPlural(noun.lower) && !NOUN_PHRASE_STOPS.has(noun.lower);
}

/**
 * "2.3m shares", "1.5m people": a decimal glued to "m" before a plural noun counts millions of it; whole
 * numbers keep "m" a metre ("400m hurdles", "5m waves"). Before a unit of measure, any "m" is a million:
 * a metre of barrels or tonnes is no quantity ("1.2m barrels per day", "3m tonnes").
 */
function millionsOfThings(s: QuantityScan, amount: Amount, k: number): number | null {
  const noun = s.tok(k + 1);
  if (s.tokens[k].text !== 'm' || !noun || noun.kind !== 'word' || !noun.gapBefore) return null;
  if (readMeasureUnit(s.tokens, k + 1) !== null) return 1e6;
  return !Number.isInteger(amount.value) && isPlural(noun.lower) && !NOUN_PHRASE_STOPS.has(noun.lower) ? 1e6 : null;
}

/** A number that names rather than counts: glued to letters ("XC40", "9AB8", "COVID-19"), after "#", or before a bracketed letter ("401(k)"). */
export function isIdentifierNumber(s: QuantityScan, j: number): boolean {
  const prev = s.tok(j - 1);
  const t = s.tokens[j];
  const bracket = s.tok(j + 1);
  if (bracket?.text === '(' && !bracket.gapBefore && s.tok(j + 2)?.kind === 'word' && s.tok(j + 3)?.text === ')') return true;
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
