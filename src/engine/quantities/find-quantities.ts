/**
 * The quantities stage: every number a news text uses, with its value (or
 * range), unit or counted noun, and how the text qualifies it (about, more than,
 * up, down). Dates, years and times are kept but typed as such, with no value:
 * they are points in time, not amounts, so neither claims nor readers (nor a
 * scorer) take "2019" for a count; their text says which date it is.
 *
 * One pass of a token scanner with bounded look-ahead and look-behind at each
 * token: linear in the text's length, no backtracking regular expressions.
 */
import type { Change, Quantity, QuantityType } from '../types';
import { isDash, isHyphen, MAX_NUMBER_DIGITS, numberValue, startsLower, startsUpper, tokenizeFine, type FineToken } from '../text/fine-tokens';
import { isNumberWord, isVaguePlural, readWordNumber } from './number-words';
import { SCALES } from '../lexicon/number-words';
import { readCurrencyPrefix, readCurrencySuffix, readMeasureUnit, suffixScale } from './units';
import { AFTER_PRONOUN_ONE, AMBIGUOUS_MONTHS, BEFORE_BARE_MONTH, BEFORE_PRONOUN_ONE, BEFORE_YEAR, CHANGE_FILLERS, FALL_WORDS, HALF_FOLLOWERS, HYPHEN_PREFIXES, IRREGULAR_PLURALS, LABEL_WORDS, NOUN_PHRASE_STOPS, ORDINAL_SUFFIXES, PHRASAL_VERBS, QUANTITY_START_WORDS, RATE_NOUNS, RISE_WORDS, STREET_WORDS, TIME_SUFFIXES } from '../lexicon/word-lists';
import { MODIFIERS, MONTHS } from '../lexicon/tables';
import { itemId } from '../ids';

const SENTENCE_END = new Set(['.', '!', '?', '…']);

/** Hoisted: a regular expression literal inside a function builds a RegExp object each time it is evaluated. */
const HAS_UPPER = /\p{Lu}/u;
const ALL_UPPER = /^\p{Lu}+$/u;
const ACRONYM = /^\p{Lu}{2,}$/u;
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}/u;
const DECIMAL_CLOCK = /^\d{1,2}\.\d\d$/;
const WHITESPACE = /\s+/;

const isCapitalised = (t: FineToken | undefined) => t !== undefined && t.kind === 'word' && HAS_UPPER.test(t.text);
const isPlural = (lower: string) =>
  IRREGULAR_PLURALS.has(lower) ||
  (lower.length > 3 && lower.endsWith('s') && !lower.endsWith('ss') && !lower.endsWith('us') && !lower.endsWith('is'));

interface Amount {
  first: number;
  last: number;
  value: number | null;
  low?: number;
  high?: number;
  currency: string | null;
  /** The number before any scale word, for sharing a scale across a range ("1 to 2 million"). */
  base: number | null;
  scaled: boolean;
  separators: boolean;
  fraction: boolean;
  word: boolean;
  plusSign: boolean;
  /** FineToken index of the number itself (after any currency or sign). */
  numberAt: number;
}

interface UnitReading {
  unit: string | null;
  type: QuantityType;
  last: number;
  /** The unit is a counted noun phrase ("troops") rather than a unit of measure. */
  counted: boolean;
}

interface Draft {
  first: number;
  last: number;
  value: number | null;
  low?: number;
  high?: number;
  unit: string | null;
  of: string | null;
  type: QuantityType;
  change: Change;
}

/**
 * Finds every quantity in `text`, in text order, with spans into `text`. Never throws.
 * `tokens`, when given, must be `tokenizeFine(text)`: the pipeline tokenizes once for this stage and claims.
 */
export function findQuantities(text: string, tokens?: FineToken[]): Quantity[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  tokens ??= tokenizeFine(text);
  const drafts = new QuantityScanner(tokens).scan();
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

/** A date: a point in time, so no value or unit. At module level: a closure in `readDate` would be built per token read. */
function dateDraft(first: number, last: number): Draft {
  return { first, last, value: null, unit: null, of: null, type: 'date', change: '=' };
}

class QuantityScanner {
  /** A typed array: one number per token, whose store the garbage collector neither scans nor copies. */
  private readonly sentenceOf: Int32Array;
  /** The last rise or fall read, for elliptical lists ("down 2.3%, Burlington by 2.6%"). */
  private lastDirection: { change: Change; sentence: number } | null = null;
  /** The quantity read last, for conversions in brackets after it. */
  private previous: Draft | null = null;

  constructor(private readonly tokens: FineToken[]) {
    this.sentenceOf = new Int32Array(tokens.length);
    let sentence = 0;
    for (let i = 0; i < tokens.length; i++) {
      if (i > 0 && (tokens[i].breakBefore || (SENTENCE_END.has(tokens[i - 1].text) && tokens[i].gapBefore))) sentence++;
      this.sentenceOf[i] = sentence;
    }
  }

  scan(): Draft[] {
    const drafts: Draft[] = [];
    const { tokens } = this;
    let i = 0;
    while (i < tokens.length) {
      if (!this.mayStart(i)) {
        i++;
        continue;
      }
      let draft: Draft | null = null;
      let skipTo = i;
      try {
        const date = this.readDate(i);
        if (date) draft = date;
        else {
          const result = this.readQuantity(i);
          if (result && 'skipTo' in result) skipTo = result.skipTo;
          else draft = result;
        }
      } catch {
        // A scanner bug must never take the page's analysis down: drop this token and go on.
        draft = null;
      }
      if (draft) {
        drafts.push(draft);
        i = draft.last + 1;
      } else i = Math.max(i + 1, skipTo + 1);
    }
    return drafts;
  }

  /** A cheap first test, so that the readers run only where a quantity or date can begin. */
  private mayStart(i: number): boolean {
    const t = this.tokens[i];
    if (t.kind === 'num') return true;
    if (t.kind === 'sym') {
      // A symbol starts an amount only as a currency or sign right before its number ("$5", "US $ 5", "-3"):
      // checking that first keeps a page of punctuation from running every reader on every mark.
      const next = this.tok(i + 1);
      const afterNext = this.tok(i + 2);
      return next?.kind === 'num' || afterNext?.kind === 'num' || (next !== undefined && isNumberWord(next.lower));
    }
    const w = t.lower;
    return isNumberWord(w) || isVaguePlural(w) || MONTHS.has(w) || QUANTITY_START_WORDS.has(w) ||
      (t.text.length <= 3 && startsUpper(t.text)); // currency codes: "US $5", "HK$", "RM23", "USD"
  }

  private tok(i: number): FineToken | undefined {
    return i >= 0 && i < this.tokens.length ? this.tokens[i] : undefined;
  }

  private sentenceStartsAt(i: number): boolean {
    const prev = this.tok(i - 1);
    return prev === undefined || this.tokens[i].breakBefore || SENTENCE_END.has(prev.text) || prev.text === ':' ||
      prev.text === '"' || prev.text === '“' || prev.text === '(';
  }

  // ---------------------------------------------------------------- dates

  private monthAt(i: number): number | null {
    const t = this.tok(i);
    if (!t || t.kind !== 'word' || !startsUpper(t.text)) return null;
    return MONTHS.get(t.lower) ?? null;
  }

  /** "September 8", "8 July 2021", "Feb. 21", "November 2019", "until September", "10:27 PM", "5am". */
  private readDate(i: number): Draft | null {
    const t = this.tokens[i];
    if (this.monthAt(i) !== null) {
      let j = i + 1;
      // "Feb. 21": the dot of an abbreviated month.
      const abbreviated = t.text.length <= 4 && t.lower !== 'june' && t.lower !== 'july' && t.lower !== 'may';
      if (abbreviated && this.tok(j)?.text === '.' && !this.tok(j)!.gapBefore) j++;
      const day = this.tok(j);
      const dayValue = day && day.kind === 'num' && day.digits <= 2 ? numberValue(day) : null;
      if (dayValue !== null && Number.isInteger(dayValue) && dayValue >= 1 && dayValue <= 31) {
        let last = j;
        if (ORDINAL_SUFFIXES.has(this.tok(j + 1)?.lower ?? '') && !this.tok(j + 1)!.gapBefore) last = j + 1;
        const comma = this.tok(last + 1)?.text === ',' ? 1 : 0;
        if (this.isYearNumber(this.tok(last + 1 + comma))) last = last + 1 + comma;
        return dateDraft(i, last);
      }
      if (this.isYearNumber(day)) return dateDraft(i, j);
      const prev = this.tok(i - 1);
      // "until March" is a date, "to march" a verb: ambiguous names need a preposition only dates take.
      const dateOnly = prev !== undefined && BEFORE_BARE_MONTH.has(prev.lower) && !['to', 'and', 'of'].includes(prev.lower);
      if (prev && BEFORE_BARE_MONTH.has(prev.lower) && (!AMBIGUOUS_MONTHS.has(t.lower) || dateOnly)) return dateDraft(i, j - 1);
      return null;
    }
    if (t.kind === 'num' && t.digits <= 4) {
      const next = this.tok(i + 1);
      // "8 July 2021", "21st of March"
      let m = i + 1;
      if (next && ORDINAL_SUFFIXES.has(next.lower) && !next.gapBefore) m++;
      if (this.tok(m)?.lower === 'of') m++;
      const v = numberValue(t);
      if (v !== null && t.digits <= 2 && Number.isInteger(v) && v >= 1 && v <= 31 && this.monthAt(m) !== null) {
        const last = this.isYearNumber(this.tok(m + 1)) ? m + 1 : m;
        return dateDraft(i, last);
      }
      // Clock times: "10:27", "4:39 PM", "5am", "10.45pm".
      if (t.digits <= 2 && next?.text === ':' && !next.gapBefore && this.tok(i + 2)?.kind === 'num' && !this.tok(i + 2)!.gapBefore && this.tok(i + 2)!.digits === 2) {
        let last = i + 2;
        if (TIME_SUFFIXES.has(this.timeSuffix(last + 1))) last = this.timeSuffixEnd(last + 1);
        return dateDraft(i, last);
      }
      // "10.45pm": hours, a point, two digits of minutes.
      const clock = Number.isInteger(v) ? t.digits <= 2 : DECIMAL_CLOCK.test(t.text);
      if (clock && TIME_SUFFIXES.has(this.timeSuffix(i + 1)) && (v ?? 99) < 13) return dateDraft(i, this.timeSuffixEnd(i + 1));
    }
    return null;
  }

  /** "pm", "p.m." or "PM" written after a time, lower-cased without its last dot; '' if none. */
  private timeSuffix(i: number): string {
    const t = this.tok(i);
    if (!t || t.kind !== 'word') return '';
    if ((t.lower === 'a' || t.lower === 'p') && this.tok(i + 1)?.text === '.' && this.tok(i + 2)?.lower === 'm') return `${t.lower}.m`;
    return t.lower;
  }

  private timeSuffixEnd(i: number): number {
    const t = this.tokens[i];
    if ((t.lower === 'a' || t.lower === 'p') && this.tok(i + 1)?.text === '.') return this.tok(i + 3)?.text === '.' ? i + 3 : i + 2;
    return i;
  }

  private isYearNumber(t: FineToken | undefined): boolean {
    if (!t || t.kind !== 'num' || t.digits !== 4 || t.text.length !== 4) return false;
    const v = Number(t.text);
    return v >= 1000 && v < 2200;
  }

  // ---------------------------------------------------------------- amounts

  /**
   * Reads an amount at `i`: a currency, a sign, a number in digits or words,
   * a scale. Returns null when no amount starts here, or when the number is
   * part of an identifier ("COVID-19", "XC40", "#3").
   */
  private readAmount(i: number): Amount | null {
    const { tokens } = this;
    let j = i;
    let currency: string | null = null;
    const prefix = readCurrencyPrefix(tokens, j);
    if (prefix) {
      currency = prefix.currency;
      j = prefix.numberAt;
    }
    let negative = false;
    let plusSign = false;
    const t0 = this.tok(j);
    if (!t0) return null;
    if (t0.lower === 'minus' && this.tok(j + 1)) {
      negative = true;
      j += isHyphen(this.tok(j + 1)) ? 2 : 1;
    } else if ((t0.text === '-' || t0.text === '−') && this.tok(j + 1)?.kind === 'num' && !this.tok(j + 1)!.gapBefore &&
      (currency !== null || t0.gapBefore || j === 0 || this.tok(j - 1)?.text === '(')) {
      // A minus sign, not a hyphen: nothing is written against it on the left ("COVID -19" stays a name).
      const before = this.tok(j - 1);
      if (currency === null && before && before.kind === 'word' && ALL_UPPER.test(before.text)) return null;
      negative = true;
      j++;
    } else if (t0.text === '+' && this.tok(j + 1)?.kind === 'num' && !this.tok(j + 1)!.gapBefore) {
      plusSign = true;
      j++;
    }
    const t = this.tok(j);
    if (!t) return null;
    const sign = negative ? -1 : 1;

    if (t.kind === 'num') {
      if (t.digits > MAX_NUMBER_DIGITS) return null;
      if (!currency && !negative && this.isIdentifierNumber(j)) return null;
      const base = numberValue(t);
      if (base === null) return null;
      const amount: Amount = {
        first: i, last: j, value: sign * base, currency, base, scaled: false, separators: t.text.includes(','),
        fraction: false, word: false, plusSign, numberAt: j,
      };
      // Fractions: "1/16 of", "1⁄32".
      const slash = this.tok(j + 1);
      const denominator = this.tok(j + 2);
      if (slash && (slash.text === '/' || slash.text === '⁄') && !slash.gapBefore && denominator?.kind === 'num' && !denominator.gapBefore) {
        const d = numberValue(denominator);
        const isFraction = slash.text === '⁄' || this.tok(j + 3)?.lower === 'of';
        if (!isFraction || d === null || d === 0) return null; // "24/7", "9/11", "3/4/2020": not amounts
        amount.value = sign * (base / d);
        amount.base = amount.value;
        amount.fraction = true;
        amount.last = j + 2;
        return amount;
      }
      this.readScale(amount);
      // "$76 US", "$75 U.S." after a dollar amount.
      if (currency === 'dollar') amount.last = this.skipUsAfterDollars(amount.last);
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
      if (!w.scaled && !w.fraction && w.value !== null) this.readScale(amount);
      return amount;
    }
    return null;
  }

  /** "$76 US", "$75 U.S.": the country written after a dollar amount belongs to its currency. */
  private skipUsAfterDollars(last: number): number {
    const after = this.tok(last + 1);
    if (!after || !after.gapBefore) return last;
    if (after.text === 'US') return last + 1;
    const spelled = ['U', '.', 'S', '.'];
    for (let n = 0; n < 4; n++) if (this.tok(last + 1 + n)?.text !== spelled[n]) return n === 3 ? last + 3 : last;
    return last + 4;
  }

  /** Applies "million", "bn", "m" after the number ("1.2 million", "$5bn", "four hundred million"). */
  private readScale(amount: Amount): void {
    if (amount.value === null) return;
    let k = amount.last + 1;
    let value = amount.value;
    const first = this.tok(k);
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
      const t = this.tok(k);
      if (!t || t.kind !== 'word' || t.breakBefore || !SCALES.has(t.lower)) break;
      value *= SCALES.get(t.lower)!;
      amount.last = k;
      amount.scaled = true;
    }
    amount.value = value;
  }

  /** A number that names rather than counts: glued to letters ("XC40", "9AB8", "COVID-19") or after "#". */
  private isIdentifierNumber(j: number): boolean {
    const prev = this.tok(j - 1);
    const t = this.tokens[j];
    if (prev && !t.gapBefore) {
      if (prev.kind === 'word') return true;
      if (prev.text === '#' || prev.text === '№') return true;
      if (isHyphen(prev) && !prev.gapBefore) {
        const word = this.tok(j - 2);
        if (word && word.kind === 'word' && !HYPHEN_PREFIXES.has(word.lower)) return true;
        if (word && word.kind === 'num') return false; // the second end of "252-287"
      }
      if (prev.text === '.' && this.tok(j - 2)?.kind === 'num' && !prev.gapBefore) return true; // "192.168.1"
      // "COVID -19", "F -35": a hyphen glued to the number after a name in capitals.
      if (isHyphen(prev) && ACRONYM.test(this.tok(j - 2)?.text ?? '')) return true;
    }
    return false;
  }

  // ---------------------------------------------------------------- units

  private readUnit(amount: Amount): UnitReading {
    const none: UnitReading = { unit: null, type: 'count', last: amount.last, counted: false };
    let k = amount.last + 1;
    let t = this.tok(k);
    if (!t || t.breakBefore) return this.moneyOrNone(amount, none);
    // "millions of Americans", "tens of millions of dollars", "hundreds of miles".
    if (amount.value === null && t.lower === 'of' && !amount.currency) {
      const inner = this.readUnit({ ...amount, last: k });
      return inner.unit ? inner : none;
    }
    // "1/16 of a US pint", "half a mile": a share of a unit is an amount in that unit.
    if (amount.fraction && !amount.currency) {
      let m = t.lower === 'of' ? k + 1 : k;
      if (this.tok(m)?.lower === 'a' || this.tok(m)?.lower === 'an') m++;
      for (let extra = 0; extra < 2; extra++) {
        const measure = readMeasureUnit(this.tokens, m + extra);
        if (measure) return { unit: measure.unit, type: measure.type, last: measure.last, counted: false };
      }
      return none;
    }
    // "6.1-inch", "5-mpg", "billion-mile": a hyphen glued between the number and its unit.
    const hyphenated = isHyphen(t) && !t.gapBefore && this.tok(k + 1) !== undefined && !this.tok(k + 1)!.gapBefore;
    if (hyphenated) {
      k++;
      t = this.tokens[k];
    }
    // Percentages.
    if (!amount.currency && !hyphenated) {
      if (t.text === '%' || t.lower === 'percent' || t.lower === 'pct' || (t.lower === 'pc' && (!t.gapBefore || amount.value !== null))) {
        return this.withRate({ unit: 'percent', type: 'percent', last: k, counted: false });
      }
      if (t.lower === 'per' && this.tok(k + 1)?.lower === 'cent') return { unit: 'percent', type: 'percent', last: k + 1, counted: false };
    }
    const suffix = amount.currency ? null : readCurrencySuffix(this.tokens, k);
    if (suffix && !(t.kind === 'word' && t.text.length < 3 && t.gapBefore && suffix.last === k && t.lower !== 'kn')) {
      amount.currency = suffix.currency;
      return this.withRate({ unit: suffix.currency, type: 'money', last: suffix.last, counted: false });
    }
    if (amount.currency) return this.withRate({ unit: amount.currency, type: 'money', last: amount.last, counted: false });
    const measure = readMeasureUnit(this.tokens, k);
    if (measure && this.acceptsUnit(k, measure.last)) {
      // "five-year plan": a written number glued to a time unit is an adjective, not an amount.
      if (hyphenated && amount.word && measure.type === 'duration') return { ...none, type: 'ordinal' };
      return this.withRate({ unit: measure.unit, type: measure.type, last: measure.last, counted: false });
    }
    // "three-point range", "a 12-man squad": the word after the hyphen is what is counted.
    if (hyphenated) return t.kind === 'word' ? { unit: t.text, type: 'count', last: k, counted: true } : none;
    const noun = this.readCountedNoun(amount, k);
    if (noun) return this.withRate({ unit: noun.text, type: 'count', last: noun.last, counted: true });
    return none;
  }

  private moneyOrNone(amount: Amount, none: UnitReading): UnitReading {
    return amount.currency ? { unit: amount.currency, type: 'money', last: amount.last, counted: false } : none;
  }

  /** Single-letter units ("C", "W", "m") only when nothing else follows that makes them a word or initial. */
  private acceptsUnit(first: number, last: number): boolean {
    const t = this.tokens[first];
    if (first === last && t.text.length === 1 && t.kind === 'word') {
      const next = this.tok(last + 1);
      if (next && !next.gapBefore && (next.kind === 'word' || next.text === '.')) return false;
    }
    return true;
  }

  /** "per barrel", "a month", "an ounce", "/cm2", "-a-day" after a unit. */
  private withRate(reading: UnitReading): UnitReading {
    const k = reading.last + 1;
    const t = this.tok(k);
    if (!t || t.breakBefore || reading.unit === null) return reading;
    const next = this.tok(k + 1);
    if (!next || next.breakBefore) return reading;
    if (t.lower === 'per' && next.kind === 'word' && next.lower !== 'cent') {
      const measure = readMeasureUnit(this.tokens, k + 1);
      if (measure) return { ...reading, unit: `${reading.unit} per ${measure.unit}`, last: measure.last };
      const lastWord = next.kind === 'word' && this.tok(k + 2)?.kind === 'word' && !NOUN_PHRASE_STOPS.has(this.tok(k + 2)!.lower) &&
        !NOUN_PHRASE_STOPS.has(next.lower) && !isPlural(next.lower) ? k + 2 : k + 1;
      if (NOUN_PHRASE_STOPS.has(next.lower)) return reading;
      const words = this.tokens.slice(k + 1, lastWord + 1).map((x) => x.text).join(' ');
      return { ...reading, unit: `${reading.unit} per ${words}`, last: lastWord };
    }
    if ((t.lower === 'a' || t.lower === 'an') && RATE_NOUNS.has(next.lower)) {
      return { ...reading, unit: `${reading.unit} per ${next.lower}`, last: k + 1 };
    }
    if ((t.text === '/' && !t.gapBefore && !next.gapBefore && next.kind === 'word')) {
      const measure = readMeasureUnit(this.tokens, k + 1);
      return { ...reading, unit: `${reading.unit} per ${measure ? measure.unit : next.text}`, last: measure ? measure.last : k + 1 };
    }
    if (isHyphen(t) && !t.gapBefore && next.lower === 'a' && isHyphen(this.tok(k + 2)) && RATE_NOUNS.has(this.tok(k + 3)?.lower ?? '')) {
      return { ...reading, unit: `${reading.unit} per ${this.tokens[k + 3].lower}`, last: k + 3 };
    }
    return reading;
  }

  /**
   * The noun an amount counts: "650 US troops", "13 people", "517 rushing yards",
   * "one solution", "one of the best wireless speakers". Null when no noun follows.
   */
  private readCountedNoun(amount: Amount, k: number): { text: string; last: number } | null {
    let start = k;
    let single = amount.value === 1;
    // "one of the best wireless speakers": what the one is one of, a plural.
    if (single && this.tok(k)?.lower === 'of' && this.tok(k + 1)?.lower === 'the') {
      start = k + (this.tok(k + 2)?.lower === 'most' ? 3 : 2);
      single = false;
    }
    const firstToken = this.tok(start);
    // The noun is its own word: "9AB8" and "5G data" are names.
    if (!firstToken || !firstToken.gapBefore || firstToken.breakBefore) return null;
    let last = -1;
    let sawPlural = false;
    let startsWithVerbForm = false;
    for (let j = start, words = 0; j < this.tokens.length && words < 4; j++) {
      const t = this.tokens[j];
      if (j > start && t.breakBefore) break;
      if (t.kind !== 'word') {
        // Hyphenated compounds stay one word ("first-team players").
        if (isHyphen(t) && !t.gapBefore && words > 0 && this.tok(j + 1)?.kind === 'word' && !this.tok(j + 1)!.gapBefore) continue;
        break;
      }
      if (j > start && !t.gapBefore && !isHyphen(this.tok(j - 1))) break;
      const w = t.lower;
      const acronym = ACRONYM.test(t.text); // "US troops": not the pronoun "us"
      if ((NOUN_PHRASE_STOPS.has(w) && !acronym) || (MONTHS.has(w) && startsUpper(t.text)) || isNumberWord(w) || isVaguePlural(w)) break;
      if (w.endsWith('ly')) break;
      // "517 rushing yards", "300 recorded songs", but not "73, raising…": a verb form must lead to a plural noun.
      if (words === 0 && (w.endsWith('ing') || w.endsWith('ed'))) startsWithVerbForm = true;
      words++;
      last = j;
      if (single) {
        // Superlatives come before the noun ("proudest moment").
        if (!w.endsWith('est')) break;
        continue;
      }
      if (isPlural(w)) {
        sawPlural = true;
        break;
      }
    }
    if (last < 0) return null;
    if (startsWithVerbForm && (!sawPlural || last === start)) return null;
    if (!single && !sawPlural) last = start;
    return { text: this.joinTokens(start, last), last };
  }

  /** The text of tokens `from`..`to`, one space wherever the text has any. */
  private joinTokens(from: number, to: number): string {
    let out = '';
    for (let n = from; n <= to; n++) out += (n > from && this.tokens[n].gapBefore ? ' ' : '') + this.tokens[n].text;
    return out;
  }

  // ---------------------------------------------------------------- change

  /** The qualifier written before token `i`: its change and the first token of the phrase. */
  private readModifier(i: number): { change: Change; first: number } | null {
    for (const [phrase, change] of MODIFIERS) {
      const first = i - phrase.length;
      if (first < 0) continue;
      let ok = true;
      for (let n = 0; n < phrase.length && ok; n++) ok = this.tokens[first + n].lower === phrase[n];
      // "sub-7": the hyphen sits between the prefix and the number.
      if (!ok && phrase[0] === 'sub' && isHyphen(this.tok(i - 1)) && this.tok(i - 2)?.lower === 'sub') return { change, first: i - 2 };
      if (ok) return { change, first };
    }
    return null;
  }

  /** A rise or fall verb before token `i` ("rose 5%", "fell by about 2%", "down 9.2%"). */
  private readDirection(i: number): Change | null {
    let k = i - 1;
    for (let steps = 0; steps < 3 && k >= 0 && CHANGE_FILLERS.has(this.tokens[k].lower); steps++) k--;
    const t = this.tok(k);
    if (!t || t.kind !== 'word') return null;
    const particle = (t.lower === 'up' || t.lower === 'down') && PHRASAL_VERBS.has(this.tok(k - 1)?.lower ?? '');
    if (RISE_WORDS.has(t.lower) && !particle) return 'up';
    if (FALL_WORDS.has(t.lower) && !particle) return 'down';
    // Elliptical lists: "down 2.3%, Burlington by 2.6%" — the verb is the one before.
    if (this.tok(i - 1)?.lower === 'by' && this.lastDirection && this.lastDirection.sentence === this.sentenceOf[i]) {
      return this.lastDirection.change;
    }
    return null;
  }

  // ---------------------------------------------------------------- assembly

  private readQuantity(i: number): Draft | { skipTo: number } | null {
    const q1 = this.readAmount(i);
    if (!q1) return null;
    const u1 = this.readUnit(q1);
    if (u1.type === 'ordinal') return { skipTo: u1.last };
    const nextAfterNumber = this.tok(q1.numberAt + 1);
    // Ordinals ("96th", "21st") and decades ("1990s") are not amounts.
    if (nextAfterNumber && !nextAfterNumber.gapBefore && !q1.word) {
      if (ORDINAL_SUFFIXES.has(nextAfterNumber.lower)) return { skipTo: q1.numberAt + 1 };
      if (nextAfterNumber.lower === 's' || (nextAfterNumber.text === '\'' || nextAfterNumber.text === '’') && this.tok(q1.numberAt + 2)?.lower === 's') {
        if (q1.base !== null && q1.base % 10 === 0 && !q1.currency) {
          const last = nextAfterNumber.lower === 's' ? q1.numberAt + 1 : q1.numberAt + 2;
          return { first: q1.first, last, value: null, unit: null, of: null, type: 'date', change: '=' };
        }
        return { skipTo: q1.numberAt + 1 };
      }
      // Letters glued to the number that are no unit or scale: an identifier ("3D", "5G", "9AB8").
      if (nextAfterNumber.kind === 'word' && q1.last === q1.numberAt && u1.last === q1.last && !u1.unit) return { skipTo: q1.numberAt + 1 };
    }
    if (this.isLabelOrName(q1, u1)) return { skipTo: q1.last };

    const modifier = this.readModifier(q1.first);
    const first = modifier ? modifier.first : q1.first;
    let change: Change = modifier ? modifier.change : '=';
    const direction = this.readDirection(first);
    if (direction) change = direction;
    else if (q1.plusSign) change = 'up';

    // Years: a four-digit number in a year's place.
    if (this.isYear(q1, u1, first)) {
      return { first: q1.first, last: this.yearRangeEnd(q1), value: null, unit: null, of: null, type: 'year', change: '=' };
    }

    const ratio = this.readRatio(q1, u1);
    if (ratio) return { ...ratio, first, change };

    const range = this.readRange(q1, u1, first, change);
    if (range === 'score') return { skipTo: u1.last + 2 };
    const draft: Draft = range ?? {
      first, last: u1.last, value: q1.value, low: q1.low, high: q1.high, unit: u1.unit, of: null,
      type: q1.fraction && !u1.unit ? 'count' : u1.type, change,
    };
    if ((!draft.unit || draft.type === 'count') && this.followedByStreetName(draft.last)) return { skipTo: draft.last };
    if (q1.fraction || draft.type === 'percent' || q1.value === null) draft.of = this.readOfPhrase(draft.last + 1);
    // A conversion in brackets shares its original's qualifier: "just under 296 hp (224 kW / 300 PS)".
    const opener = this.tok(first - 1);
    if (draft.change === '=' && this.previous && (opener?.text === '(' || opener?.text === '/') && this.previous.last === first - 2) {
      draft.change = this.previous.change;
    }
    if (draft.change === 'up' || draft.change === 'down') this.lastDirection = { change: draft.change, sentence: this.sentenceOf[q1.first] };
    this.previous = draft;
    return draft;
  }

  /** "category 4", "iPhone 11 Pro", "Game 7", "BBC One", "Senard, 65,": labels and names, not amounts. */
  private isLabelOrName(q: Amount, u: UnitReading): boolean {
    if (q.currency || (u.unit && !u.counted) || q.scaled) return false;
    const prev = this.tok(q.first - 1);
    const next = this.tok(u.last + 1);
    const t = this.tokens[q.numberAt];
    if (q.word) {
      // "one" as a pronoun: "each one", "the same one", "one another".
      if (t.lower === 'one') {
        if (prev && BEFORE_PRONOUN_ONE.has(prev.lower)) return true;
        if (next && AFTER_PRONOUN_ONE.has(next.lower)) return true;
        if (!u.unit && !['of', 'out', 'in'].includes(next?.lower ?? '')) return true;
      }
      if (t.lower === 'half' && !(next && HALF_FOLLOWERS.has(next.lower))) return true;
      if (q.fraction && (t.lower === 'a' || t.lower === 'an' || t.lower === 'one') && next?.lower !== 'of') return true;
      // "the bottom three", "the top two": a rank.
      if (!u.unit && prev && ['the', 'top', 'bottom'].includes(prev.lower)) return true;
    }
    // A singular capitalised word after digits names a model ("11 Pro", "20 Ultra").
    const counted = u.counted && u.unit !== null ? u.unit : '';
    const namedModel = !q.word && CAPITALISED_WORD.test(counted) && !isPlural(counted.split(WHITESPACE).pop()!.toLowerCase());
    if (prev && prev.kind === 'word') {
      if (LABEL_WORDS.has(prev.lower)) return true;
      // A capitalised word before the number names a thing ("FTSE 100", "BBC One") unless it starts the sentence.
      if (isCapitalised(prev) && !this.sentenceStartsAt(q.first - 1) && this.monthAt(q.first - 1) === null && (!u.counted || namedModel)) return true;
    }
    if (namedModel) return true;
    // "Senard, 65, now faces": an age in apposition.
    return prev?.text === ',' && isCapitalised(this.tok(q.first - 2)) && next?.text === ',' && !u.unit;
  }

  /** "575 Wilbraham Road", "16-18 Industrial Avenue", "9 E 71st St": an address follows token `last`. */
  private followedByStreetName(last: number): boolean {
    for (let k = last + 1; k <= last + 4; k++) {
      const t = this.tok(k);
      if (!t || t.breakBefore || t.kind === 'sym') return false;
      if (t.kind === 'num' || (ORDINAL_SUFFIXES.has(t.lower) && !t.gapBefore)) continue;
      if (!startsUpper(t.text)) return false;
      if (STREET_WORDS.has(t.lower)) return true;
    }
    return false;
  }

  private isYear(q: Amount, u: UnitReading, first: number): boolean {
    const t = this.tokens[q.numberAt];
    if (q.currency || q.word || q.scaled || q.value === null || q.last !== q.numberAt || !this.isYearNumber(t)) return false;
    if (u.unit && !u.counted) return false;
    const prev = this.tok(first - 1);
    const afterPreposition = prev !== undefined && BEFORE_YEAR.has(prev.lower);
    const countedPlural = u.counted && u.unit !== null && startsLower(u.unit) && isPlural(u.unit.split(WHITESPACE).pop()!.toLowerCase());
    if (countedPlural && !afterPreposition) return false;
    return q.value >= 1800 || afterPreposition;
  }

  /** The last token of a span of years ("between 2014 and 2017", "2019-2020"), or of the one year. */
  private yearRangeEnd(q: Amount): number {
    const connector = this.tok(q.last + 1);
    const joins = connector !== undefined && (connector.lower === 'to' || connector.lower === 'and' || isDash(connector));
    return joins && this.isYearNumber(this.tok(q.last + 2)) ? q.last + 2 : q.last;
  }

  /** "one in three", "9 out of 10 doctors": a share. */
  private readRatio(q: Amount, u: UnitReading): Omit<Draft, 'first' | 'change'> | null {
    if (u.unit || q.value === null || !Number.isInteger(q.value) || q.value <= 0) return null;
    let k = q.last + 1;
    if (this.tok(k)?.lower === 'out' && this.tok(k + 1)?.lower === 'of') k += 2;
    else if (this.tok(k)?.lower === 'in') k += 1;
    else return null;
    const total = this.readAmount(k);
    if (!total || total.value === null || total.value <= q.value || total.currency || this.isYearNumber(this.tok(total.numberAt))) return null;
    const u2 = this.readUnit(total);
    return { last: u2.last, value: q.value / total.value, unit: null, of: u2.unit, type: 'count' };
  }

  /**
   * "1 to 1.5", "between 10 and 20", "252-287", "from $750,000 to $1 million",
   * "three or four years". Null when the amount stands alone.
   */
  private readRange(q1: Amount, u1: UnitReading, first: number, change: Change): Draft | 'score' | null {
    if (q1.value === null || u1.counted) return null;
    let k = u1.last + 1;
    const before = this.tok(first - 1);
    const afterFrom = before?.lower === 'from' || before?.lower === 'range' || before?.lower === 'ranging';
    const afterBetween = before?.lower === 'between';
    let connector = this.tok(k);
    if (!connector || connector.breakBefore) return null;
    // "from $36,040 at 10.45pm to $34,935": skip a short time or place phrase between the ends.
    if (afterFrom && connector.lower !== 'to' && !isDash(connector)) {
      for (let steps = 0; steps < 6; steps++) {
        const t = this.tok(k + steps);
        if (!t || t.breakBefore || (t.kind === 'sym' && t.text !== ':' && t.text !== '.')) break;
        if (t.lower === 'to') {
          k += steps;
          connector = t;
          break;
        }
      }
    }
    const w = connector.lower;
    const dash = isDash(connector);
    if (w === 'and' && !afterBetween) return null;
    if (w === 'or' && !(q1.word && !u1.unit)) return null;
    // "252-287" glued, or "25 – 40" spaced on both sides; never "5 -3".
    if (dash && (q1.word || connector.gapBefore !== (this.tok(k + 1)?.gapBefore ?? false))) return null;
    if (w !== 'to' && w !== 'and' && w !== 'or' && !dash) return null;
    const q2 = this.readAmount(k + 1);
    if (!q2 || q2.value === null || q2.first !== k + 1) return null;
    if (w === 'or' && (!q2.word || q2.value <= q1.value)) return null;
    const u2 = this.readUnit(q2);
    // After a rise or fall, "to" gives the new level ("rose 8% to $84"), unless the unit comes once
    // for both ends ("dropped by 1 to 1.5 degrees").
    const directional = change === 'up' || change === 'down';
    if (w === 'to' && directional && !afterFrom && !afterBetween && (u1.unit !== null || u2.unit === null)) return null;
    if (u1.unit && u2.unit && !u2.unit.startsWith(u1.unit) && !u1.unit.startsWith(u2.unit)) return null;
    if (q1.currency && q2.currency && q1.currency !== q2.currency) return null;
    let low = q1.value;
    const high = q2.value;
    // "1 to 2 million", "33-35 billion": the scale written once serves both ends.
    if (!q1.scaled && q2.scaled && !q1.separators && q2.base !== null && q2.base > 0 && q1.value < q2.base) {
      low = q1.value * (q2.value / q2.base);
    }
    if (dash && low >= high) return 'score'; // "2-0", "89-89"
    return {
      first, last: u2.last, value: null, low, high, unit: u2.unit ?? u1.unit,
      of: null, type: u2.unit ? u2.type : u1.type,
      // "jumped from 240 to 273" states both levels; the rise is in the words, not in either number.
      change: afterFrom && directional ? '=' : change,
    };
  }

  /** What a share is of: "80 percent of the country" → "the country". */
  private readOfPhrase(k: number): string | null {
    if (this.tok(k)?.lower !== 'of') return null;
    let last = -1;
    for (let j = k + 1; j < this.tokens.length && j <= k + 6; j++) {
      const t = this.tokens[j];
      if (t.breakBefore || t.kind !== 'word') break;
      if (j > k + 1 && NOUN_PHRASE_STOPS.has(t.lower) && !['the', 'its', 'their', 'his', 'her', 'our', 'all'].includes(t.lower)) break;
      last = j;
      if (isPlural(t.lower)) break; // the head noun ends the phrase: "of the voters" stayed home
    }
    if (last < 0) return null;
    return this.joinTokens(k + 1, last);
  }
}
