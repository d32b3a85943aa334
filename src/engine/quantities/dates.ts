/** Dates, times and years: "5 May 2021", "May 5", "10 a.m.", "in 2019", "2019-20". */
import { AMBIGUOUS_MONTHS, BEFORE_BARE_MONTH, BEFORE_YEAR, NOUN_PHRASE_STOPS, ORDINAL_SUFFIXES, POSSESSIVES, TIME_SUFFIXES, TIME_ZONES } from '../lexicon/word-lists';
import { MONTHS } from '../lexicon/tables';
import { type FineToken, isDash, numberValue, startsLower, startsUpper } from '../text/fine-tokens';
import { type Amount, type Draft, isPlural, QuantityScan, type UnitReading, WHITESPACE } from './quantity-scan';

const DECIMAL_CLOCK = /^\d{1,2}\.\d\d$/;

/** A date: a point in time, so no value or unit. At module level: a closure in `readDate` would be built per token read. */
function dateDraft(first: number, last: number): Draft {
  return { first, last, value: null, unit: null, of: null, type: 'date', change: '=' };
}

export function monthAt(s: QuantityScan, i: number): number | null {
  const t = s.tok(i);
  if (!t || t.kind !== 'word' || !startsUpper(t.text)) return null;
  return MONTHS.get(t.lower) ?? null;
}

/** "September 8", "8 July 2021", "Feb. 21", "4/5/1990", "November 2019", "until September", "10:27 PM", "5am". */
export function readDate(s: QuantityScan, i: number): Draft | null {
  const t = s.tokens[i];
  if (monthAt(s, i) !== null) {
    let j = i + 1;
    // "Feb. 21": the dot of an abbreviated month.
    const abbreviated = t.text.length <= 4 && t.lower !== 'june' && t.lower !== 'july' && t.lower !== 'may';
    if (abbreviated && s.tok(j)?.text === '.' && !s.tok(j)!.gapBefore) j++;
    const day = s.tok(j);
    const dayValue = day && day.kind === 'num' && day.digits <= 2 ? numberValue(day) : null;
    if (dayValue !== null && Number.isInteger(dayValue) && dayValue >= 1 && dayValue <= 31) {
      let last = j;
      if (ORDINAL_SUFFIXES.has(s.tok(j + 1)?.lower ?? '') && !s.tok(j + 1)!.gapBefore) last = j + 1;
      last = dayRangeEnd(s, last);
      const comma = s.tok(last + 1)?.text === ',' ? 1 : 0;
      if (isYearNumber(s.tok(last + 1 + comma))) last = last + 1 + comma;
      return dateDraft(i, last);
    }
    if (isYearNumber(day)) return dateDraft(i, j);
    const prev = s.tok(i - 1);
    // "until March" is a date, "to march" a verb: ambiguous names need a preposition only dates take.
    const dateOnly = prev !== undefined && BEFORE_BARE_MONTH.has(prev.lower) && !['to', 'and', 'of'].includes(prev.lower);
    if (prev && BEFORE_BARE_MONTH.has(prev.lower) && (!AMBIGUOUS_MONTHS.has(t.lower) || dateOnly)) return dateDraft(i, j - 1);
    return null;
  }
  if (t.kind === 'num' && t.digits <= 4) {
    const next = s.tok(i + 1);
    // "4/5/1990", "12/31/19": day, month and year written with slashes.
    if (t.digits <= 2 && isSlashPart(s, i + 1, 2) && isSlashPart(s, i + 3, 4) && s.tok(i + 4)!.digits !== 3) return dateDraft(i, i + 4);
    // "8 July 2021", "21st of March"
    let m = i + 1;
    if (next && ORDINAL_SUFFIXES.has(next.lower) && !next.gapBefore) m++;
    if (s.tok(m)?.lower === 'of') m++;
    const v = numberValue(t);
    if (v !== null && t.digits <= 2 && Number.isInteger(v) && v >= 1 && v <= 31 && monthAt(s, m) !== null) {
      const last = isYearNumber(s.tok(m + 1)) ? m + 1 : m;
      return dateDraft(i, last);
    }
    // Clock times: "10:27", "4:39 PM", "5am", "10.45pm", and with seconds, "2:14:04".
    if (t.digits <= 2 && isClockPart(s, i + 1)) {
      let last = i + 2;
      if (isClockPart(s, last + 1)) last += 2;
      if (TIME_SUFFIXES.has(timeSuffix(s, last + 1))) last = timeSuffixEnd(s, last + 1);
      return dateDraft(i, last);
    }
    if (isFourDigitTime(s, i)) return dateDraft(i, s.tok(i + 1)?.lower === 'local' ? i + 2 : i + 1);
    // "10.45pm": hours, a point, two digits of minutes.
    const clock = Number.isInteger(v) ? t.digits <= 2 : DECIMAL_CLOCK.test(t.text);
    if (clock && TIME_SUFFIXES.has(timeSuffix(s, i + 1)) && (v ?? 99) < 13) return dateDraft(i, timeSuffixEnd(s, i + 1));
  }
  return null;
}

/**
 * "0800 GMT", "1300 local time", "at 0600 hours": four digits that read as hours and minutes, before a time
 * zone, "local time", or "hours" where a leading zero or "at" makes it a time of day rather than a duration.
 */
function isFourDigitTime(s: QuantityScan, i: number): boolean {
  const t = s.tokens[i];
  const next = s.tok(i + 1);
  if (t.text.length !== 4 || t.digits !== 4 || !next || next.breakBefore || Number(t.text.slice(0, 2)) > 23 || Number(t.text.slice(2)) > 59) return false;
  if (TIME_ZONES.has(next.lower) || (next.lower === 'local' && s.tok(i + 2)?.lower === 'time')) return true;
  return (next.lower === 'hours' || next.lower === 'hrs') && (t.text.startsWith('0') || s.tok(i - 1)?.lower === 'at');
}

/** "June 5 to 7", "Sept. 12-14": the last day of a span of days after the day at `last`, or `last` itself. */
function dayRangeEnd(s: QuantityScan, last: number): number {
  const joiner = s.tok(last + 1);
  const day = s.tok(last + 2);
  if (!joiner || !(joiner.lower === 'to' || isDash(joiner)) || day?.kind !== 'num' || day.digits > 2 || day.text.length !== day.digits) return last;
  const value = Number(day.text);
  const after = s.tok(last + 3);
  // "on June 5 to 7 people" counts people: the span ends before a word of its own.
  const ends = !after || after.kind !== 'word' || NOUN_PHRASE_STOPS.has(after.lower);
  return value >= 1 && value <= 31 && ends ? last + 2 : last;
}

/** A slash and a number of at most `digits` digits glued at `i`, as in a date "4/5/1990". */
function isSlashPart(s: QuantityScan, i: number, digits: number): boolean {
  const slash = s.tok(i);
  const number = s.tok(i + 1);
  return slash?.text === '/' && !slash.gapBefore && number?.kind === 'num' && !number.gapBefore && number.digits <= digits &&
    number.text.length === number.digits;
}

/** A colon and two digits glued at `i`: the minutes or seconds of a clock time. */
function isClockPart(s: QuantityScan, i: number): boolean {
  const colon = s.tok(i);
  const digits = s.tok(i + 1);
  return colon?.text === ':' && !colon.gapBefore && digits?.kind === 'num' && !digits.gapBefore && digits.text.length === 2;
}

/** "pm", "p.m." or "PM" written after a time, lower-cased without its last dot; '' if none. */
export function timeSuffix(s: QuantityScan, i: number): string {
  const t = s.tok(i);
  if (!t || t.kind !== 'word') return '';
  if ((t.lower === 'a' || t.lower === 'p') && s.tok(i + 1)?.text === '.' && s.tok(i + 2)?.lower === 'm') return `${t.lower}.m`;
  return t.lower;
}

export function timeSuffixEnd(s: QuantityScan, i: number): number {
  const t = s.tokens[i];
  if ((t.lower === 'a' || t.lower === 'p') && s.tok(i + 1)?.text === '.') return s.tok(i + 3)?.text === '.' ? i + 3 : i + 2;
  return i;
}

export function isYearNumber(t: FineToken | undefined): boolean {
  if (!t || t.kind !== 'num' || t.digits !== 4 || t.text.length !== 4) return false;
  const v = Number(t.text);
  return v >= 1000 && v < 2200;
}

export function isYear(s: QuantityScan, q: Amount, u: UnitReading, first: number): boolean {
  const t = s.tokens[q.numberAt];
  if (q.currency || q.word || q.scaled || q.value === null || q.last !== q.numberAt) return false;
  // "in ’91", "the class of '08": a year with its century cut off.
  const apostrophe = s.tok(first - 1);
  if ((apostrophe?.text === '’' || apostrophe?.text === "'") && !t.gapBefore && t.text.length === 2) return true;
  if (!isYearNumber(t)) return false;
  if (u.unit && !u.counted) return false;
  const prev = s.tok(first - 1);
  const afterPreposition = prev !== undefined && BEFORE_YEAR.has(prev.lower);
  const countedPlural = u.counted && u.unit !== null && startsLower(u.unit) && isPlural(u.unit.split(WHITESPACE).pop()!.toLowerCase());
  // "its 2018 sales", "the company's 2019 results": after a possessive, a year names which ones.
  const afterPossessive = prev !== undefined && (POSSESSIVES.has(prev.lower) || prev.lower.endsWith('\'s') || prev.lower.endsWith('’s'));
  if (countedPlural && !afterPreposition && !afterPossessive) return false;
  return q.value >= 1800 || afterPreposition;
}

/** The last token of a span of years ("between 2014 and 2017", "2019-2020", "2008-09"), or of the one year. */
export function yearRangeEnd(s: QuantityScan, q: Amount): number {
  const connector = s.tok(q.last + 1);
  const joins = connector !== undefined && (connector.lower === 'to' || connector.lower === 'and' || isDash(connector));
  if (!joins) return q.last;
  const end = s.tok(q.last + 2);
  if (isYearNumber(end)) return q.last + 2;
  // "2008-09", "2019-20": a season or fiscal year, its second year cut to its last digits.
  const cut = isDash(connector) && !connector.gapBefore && end?.kind === 'num' && !end.gapBefore && end.digits <= 2 && end.text.length <= 2;
  return cut ? q.last + 2 : q.last;
}
