/** Ranges ("10 to 12", "between 3 and 5 million", "2-3%") and ratios ("3 in 10", "one in five"). */
import { isDash } from '../text/fine-tokens';
import type { Change } from '../types';
import { readAmount } from './amounts';
import { TIME_SUFFIXES } from '../lexicon/word-lists';
import { isYearNumber, timeSuffix, timeSuffixEnd } from './dates';
import { type Amount, type Draft, QuantityScan, type UnitReading } from './quantity-scan';
import { readUnit } from './unit-readings';

/** "one in three", "9 out of 10 doctors", "two in every five", "3 out of every 4": a share. */
export function readRatio(s: QuantityScan, q: Amount, u: UnitReading): Omit<Draft, 'first' | 'change'> | null {
  if (u.unit || q.value === null || !Number.isInteger(q.value) || q.value <= 0) return null;
  let k = q.last + 1;
  if (s.tok(k)?.lower === 'out' && s.tok(k + 1)?.lower === 'of') k += 2;
  else if (s.tok(k)?.lower === 'in') k += 1;
  else return null;
  if (s.tok(k)?.lower === 'every') k++; // "two in every five", "3 out of every 4"
  const total = readAmount(s, k);
  if (!total || total.value === null || total.value <= q.value || total.currency || isYearNumber(s.tok(total.numberAt))) return null;
  const u2 = readUnit(s, total);
  return { last: u2.last, value: q.value / total.value, unit: null, of: u2.unit, type: 'count' };
}

/**
 * "1 to 1.5", "between 10 and 20", "252-287", "from $750,000 to $1 million",
 * "three or four years", "5 or 6 people". Null when the amount stands alone.
 */
export function readRange(s: QuantityScan, q1: Amount, u1: UnitReading, first: number, change: Change): Draft | 'score' | null {
  if (q1.value === null || u1.counted) return null;
  let k = u1.last + 1;
  const before = s.tok(first - 1);
  const afterFrom = before?.lower === 'from' || before?.lower === 'range' || before?.lower === 'ranging';
  const afterBetween = before?.lower === 'between';
  let connector = s.tok(k);
  if (!connector || connector.breakBefore) return null;
  // "from $36,040 at 10.45pm to $34,935": skip a short time or place phrase between the ends.
  if (afterFrom && connector.lower !== 'to' && !isDash(connector)) {
    for (let steps = 0; steps < 6; steps++) {
      const t = s.tok(k + steps);
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
  // "three or four years", "5 or 6 people": the unit, if any, comes once after both.
  if (w === 'or' && u1.unit) return null;
  // "252-287" glued, or "25 – 40" spaced on both sides; never "5 -3".
  if (dash && (q1.word || connector.gapBefore !== (s.tok(k + 1)?.gapBefore ?? false))) return null;
  if (w !== 'to' && w !== 'and' && w !== 'or' && !dash) return null;
  const q2 = readAmount(s, k + 1);
  if (!q2 || q2.value === null || q2.first !== k + 1) return null;
  if (w === 'or' && (q2.word !== q1.word || q2.value <= q1.value || q2.currency)) return null;
  // "from 7 to 9 p.m.", "three or four a.m.": a span of clock times, a date and no amount.
  if (TIME_SUFFIXES.has(timeSuffix(s, q2.last + 1))) {
    return { first, last: timeSuffixEnd(s, q2.last + 1), value: null, unit: null, of: null, type: 'date', change: '=' };
  }
  const u2 = readUnit(s, q2);
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
  // "voted 51 to 49", "a margin of 2 to 1": bare numbers running down are a tally or a ratio, not a range.
  if (w === 'to' && !afterFrom && low > high && !u1.unit && !u2.unit) return null;
  return {
    first, last: u2.last, value: null, low, high, unit: u2.unit ?? u1.unit,
    of: null, type: u2.unit ? u2.type : u1.type,
    // "jumped from 240 to 273" states both levels; the rise is in the words, not in either number.
    change: afterFrom && directional ? '=' : change,
  };
}
