/** One quantity read from a token: its bound or change, amount, unit, range or ratio, and what it is of. */
import { NOUN_PHRASE_STOPS, ORDINAL_SUFFIXES, RELATIVE_TIME_WORDS, TIME_SUFFIXES } from '../lexicon/word-lists';
import type { Change } from '../types';
import { readAmount, readCountWithPointGroup } from './amounts';
import { readDirection, readModifier, readSuffixBound, readTrailingBound } from './changes';
import { isYear, timeSuffix, timeSuffixEnd, yearRangeEnd } from './dates';
import { followedByStreetName, isLabelOrName, isPartOfNotation } from './labels';
import { type Draft, QuantityScan } from './quantity-scan';
import { readRange, readRatio } from './ranges';
import { readOfPhrase, readUnit, readUnitBefore } from './unit-readings';
import { readMeasureUnit } from './units';

export function readQuantity(s: QuantityScan, i: number): Draft | { skipTo: number } | null {
  const q1 = readAmount(s, i);
  if (!q1) return null;
  if (isPartOfNotation(s, q1.numberAt)) return { skipTo: q1.numberAt };
  // "40-odd years", "100+ flights": the unit comes after the bound.
  const suffixBound = readSuffixBound(s, q1.last);
  const u1 = readUnit(s, suffixBound ? { ...q1, last: suffixBound.last } : q1);
  if (u1.type === 'ordinal') return { skipTo: u1.last };
  if (u1.counted && u1.unit) readCountWithPointGroup(s, q1, u1.unit.toLowerCase());
  const nextAfterNumber = s.tok(q1.numberAt + 1);
  // Ordinals ("96th", "21st") and decades ("1990s") are not amounts.
  if (nextAfterNumber && !nextAfterNumber.gapBefore && !q1.word) {
    if (ORDINAL_SUFFIXES.has(nextAfterNumber.lower)) return { skipTo: q1.numberAt + 1 };
    if (nextAfterNumber.lower === 's' || (nextAfterNumber.text === '\'' || nextAfterNumber.text === '’') && s.tok(q1.numberAt + 2)?.lower === 's') {
      if (q1.base !== null && q1.base % 10 === 0 && !q1.currency) {
        const last = nextAfterNumber.lower === 's' ? q1.numberAt + 1 : q1.numberAt + 2;
        return { first: q1.first, last, value: null, unit: null, of: null, type: 'date', change: '=' };
      }
      return { skipTo: q1.numberAt + 1 };
    }
    // Letters glued to the number that are no unit or scale: an identifier ("3D", "5G", "9AB8").
    if (nextAfterNumber.kind === 'word' && q1.last === q1.numberAt && u1.last === q1.last && !u1.unit) return { skipTo: q1.numberAt + 1 };
  }
  // "Mach 2", "a magnitude 6.4 quake": the unit comes first, and the noun after is what it measures.
  const unitBefore = q1.currency ? null : readUnitBefore(s, q1.first);
  if (unitBefore && (!u1.unit || u1.counted)) {
    return { first: unitBefore.first, last: q1.last, value: q1.value, unit: unitBefore.unit, of: null, type: 'measure', change: '=' };
  }
  if (isLabelOrName(s, q1, u1)) return { skipTo: q1.last };

  const modifier = readModifier(s, q1.first);
  const first = modifier ? modifier.first : q1.first;
  let change: Change = modifier ? modifier.change : '=';
  // A bound or approximation written before the amount keeps a distant verb from making it a change.
  // "crashed 10 minutes after takeoff", "fell two years ago": a span of time before "after" or "ago" dates an
  // event, and the verb before it is no rise or fall of that span.
  const datesAnEvent = u1.type === 'duration' && RELATIVE_TIME_WORDS.has(s.tok(u1.last + 1)?.lower ?? '');
  const direction = datesAnEvent ? null : readDirection(s, first, !modifier);
  if (direction) change = direction;
  else if (q1.plusSign) change = 'up';
  else if (suffixBound) change = suffixBound.change;

  // "at three a.m.": an hour in words (dates.ts reads clock times in digits).
  if (q1.word && !q1.scaled && q1.value !== null && q1.value <= 12 && TIME_SUFFIXES.has(timeSuffix(s, q1.last + 1))) {
    return { first: q1.first, last: timeSuffixEnd(s, q1.last + 1), value: null, unit: null, of: null, type: 'date', change: '=' };
  }
  // Years: a four-digit number in a year's place.
  if (isYear(s, q1, u1, first)) {
    return { first: q1.first, last: yearRangeEnd(s, q1), value: null, unit: null, of: null, type: 'year', change: '=' };
  }

  const ratio = readRatio(s, q1, u1);
  if (ratio) return { ...ratio, first, change };

  const range = readRange(s, q1, u1, first, change);
  if (range === 'score') return { skipTo: u1.last + 2 };
  const draft: Draft = range ?? {
    first, last: u1.last, value: q1.value, low: q1.low, high: q1.high, unit: u1.unit, of: null,
    type: q1.fraction && !u1.unit ? 'count' : u1.type, change,
  };
  // "a week or two", "another striker or two": the noun before "or" is what the number counts.
  if (!draft.unit && q1.word) Object.assign(draft, nounBeforeOr(s, q1.first));
  if ((!draft.unit || draft.type === 'count') && followedByStreetName(s, draft.last)) return { skipTo: draft.last };
  // "$50,000 or more", "30 minutes or less", and "200 or so people", whose unit comes after the bound.
  const trailing = readTrailingBound(s, draft.last);
  if (trailing) {
    if (draft.change === '=') draft.change = trailing.change;
    draft.last = trailing.last;
    const after = draft.unit ? null : readUnit(s, { ...q1, last: trailing.last });
    if (after?.unit) Object.assign(draft, { unit: after.unit, type: after.type, last: after.last });
  }
  if (q1.fraction || draft.type === 'percent' || q1.value === null) draft.of = readOfPhrase(s, draft.last + 1);
  // A conversion in brackets shares its original's qualifier: "just under 296 hp (224 kW / 300 PS)".
  const opener = s.tok(first - 1);
  if (draft.change === '=' && s.previous && (opener?.text === '(' || opener?.text === '/') && s.previous.last === first - 2) {
    draft.change = s.previous.change;
  }
  // "fell 45 points, or 0.6%,": the same rise or fall restated in another unit.
  const restated = opener?.lower === 'or' && s.tok(first - 2)?.text === ',' && s.previous?.last === first - 3;
  if (draft.change === '=' && restated && (s.previous!.change === 'up' || s.previous!.change === 'down')) draft.change = s.previous!.change;
  if (draft.change === 'up' || draft.change === 'down') s.lastDirection = { change: draft.change, sentence: s.sentenceOf[q1.first] };
  s.previous = draft;
  return draft;
}

/** "a week or two": the unit of the noun between "a" (or "another") and "or" before token `first`, if any. */
function nounBeforeOr(s: QuantityScan, first: number): Pick<Draft, 'unit' | 'type'> | null {
  const noun = s.tok(first - 2);
  const article = s.tok(first - 3)?.lower;
  if (s.tok(first - 1)?.lower !== 'or' || !noun || noun.kind !== 'word' || (article !== 'a' && article !== 'an' && article !== 'another')) return null;
  const measure = readMeasureUnit(s.tokens, first - 2);
  if (measure?.last === first - 2) return { unit: measure.unit, type: measure.type };
  return NOUN_PHRASE_STOPS.has(noun.lower) ? null : { unit: noun.text, type: 'count' };
}
