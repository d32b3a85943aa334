/**
 * Numeric claims: a clause that asserts a measured quantity ("the Taliban control 80 percent of the
 * country", "prices rose 5%"), compares with an earlier time ("elevated attacks compared to a year
 * ago"), or sets a deadline date beside another claim ("until September").
 */
import { ASSERTING_WORDS, COMPARISON_CHANGE_WORDS, DEADLINE_WORDS, REPORTING_VERBS } from '../../lexicon/word-lists';
import { isMeasuredQuantity } from '../../quantities/find-quantities';
import type { FineToken } from '../../text/fine-tokens';
import { firstIndexWhere, firstStartingAtOrAfter } from '../../text/search';
import type { Quantity } from '../../types';

export interface NumericReading {
  /** Every quantity in the clause. */
  all: readonly Quantity[];
  /** Those the clause can assert: measured, with a value, not incidental. */
  measured: readonly Quantity[];
  /** Dates after "until", "by", …: a deadline the clause sets. */
  deadlines: readonly Quantity[];
  /** The clause asserts one of `measured` (it has a verb, or states a change). */
  asserting: boolean;
  /** The clause compares with an earlier time. */
  comparison: boolean;
}

const NO_QUANTITIES: readonly Quantity[] = [];

/** What the clause `first`..`last` (covering `start`..`end`) says in numbers; `quantities` sorted by start. */
export function readNumeric(tokens: FineToken[], quantities: readonly Quantity[], first: number, last: number, start: number, end: number): NumericReading {
  const found = quantitiesIn(tokens, quantities, start, end);
  const measured = found?.measured ?? NO_QUANTITIES;
  return {
    all: found?.all ?? NO_QUANTITIES,
    measured,
    deadlines: found?.deadlines ?? NO_QUANTITIES,
    comparison: isComparison(tokens, first, last),
    asserting: measured.length > 0 && asserts(tokens, first, last, measured),
  };
}

/**
 * The quantities in `start`..`end`, those it can assert and the dates it can set a deadline by; null for
 * none, as in most clauses, which then build no lists. One loop, not a filter per list and clause.
 */
function quantitiesIn(tokens: FineToken[], quantities: readonly Quantity[], start: number, end: number): { all: Quantity[]; measured: Quantity[]; deadlines: Quantity[] } | null {
  let i = firstStartingAtOrAfter(quantities, start);
  if (i >= quantities.length || quantities[i].start >= end) return null;
  const found = { all: [] as Quantity[], measured: [] as Quantity[], deadlines: [] as Quantity[] };
  for (; i < quantities.length && quantities[i].start < end; i++) {
    const q = quantities[i];
    found.all.push(q);
    if (isMeasuredQuantity(q)) {
      if ((q.value !== null || q.low !== undefined) && !isIncidental(q)) found.measured.push(q);
    } else if (DEADLINE_WORDS.has(wordBefore(tokens, q.start))) found.deadlines.push(q);
  }
  return found;
}

/** "one of them", "a 12-man team": quantities too slight to be what a clause asserts. */
function isIncidental(q: Quantity): boolean {
  return q.type === 'count' && q.value === 1 && q.change === '=';
}

/** A clause asserts when it has a verb, or states a change ("up 5%"). */
function asserts(tokens: FineToken[], first: number, last: number, measured: readonly Quantity[]): boolean {
  if (measured.some((q) => q.change === 'up' || q.change === 'down')) return true;
  let words = 0;
  let verb = false;
  for (let i = first; i <= last; i++) {
    const t = tokens[i];
    if (t.kind !== 'word') continue;
    words++;
    if (ASSERTING_WORDS.has(t.lower) || REPORTING_VERBS.has(t.lower) || (t.lower.length > 4 && t.lower.endsWith('ed'))) verb = true;
  }
  return verb && words >= 3;
}

/** "… compared to a year ago", "higher than last year": a change word and a comparison with an earlier time. */
function isComparison(tokens: FineToken[], first: number, last: number): boolean {
  let compared = false;
  let changeWord = false;
  for (let i = first; i <= last; i++) {
    const w = tokens[i].lower;
    if ((w === 'compared' && ['to', 'with'].includes(tokens[i + 1]?.lower ?? '')) ||
      (w === 'than' && tokens[i + 2]?.lower === 'year') || w === 'year-on-year') compared = true;
    if (COMPARISON_CHANGE_WORDS.has(w)) changeWord = true;
  }
  return compared && changeWord;
}

/** The word before the token at `offset`, lower case ('' at the start). */
function wordBefore(tokens: FineToken[], offset: number): string {
  // The token starting at or containing `offset`.
  const i = Math.max(0, firstIndexWhere(tokens.length, (index) => tokens[index].start > offset) - 1);
  return i > 0 ? tokens[i - 1].lower : '';
}
