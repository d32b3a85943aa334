/**
 * Numeric claims: a clause that asserts a measured quantity ("the Taliban control 80 percent of the
 * country", "prices rose 5%"), compares with an earlier time ("elevated attacks compared to a year
 * ago"), or sets a deadline date beside another claim ("until September").
 */
import { COMPARISON_CHANGE_WORDS, CLAUSE_OPENERS, DEADLINE_WORDS, DETERMINERS, DURATION_PREPOSITIONS, FINITE_VERB_WORDS, INDEFINITE_ARTICLES, INTRODUCTORY_WORDS, LABEL_DETERMINERS, LEADING_CONNECTIVES, MULTIPLE_ADVERBS, MULTIPLYING_WORDS, ORDINAL_SUFFIXES, ORDINAL_WORDS, PREPOSITIONS, RELATIVE_TIME_WORDS, SET_DETERMINERS, SPEECH_VERBS, STATED_ONE_WORDS, TIME_UNITS_OF_ONE, TIMESTAMP_WORDS, TITLE_CASE_SMALL_WORDS, TOLL_WORDS } from '../../lexicon/word-lists';
import { isMeasuredQuantity } from '../../quantities/find-quantities';
import { isNumberWord } from '../../quantities/number-words';
import { DASHES } from '../../text/characters';
import { startsLower, startsUpper, type FineToken } from '../../text/fine-tokens';
import { firstIndexWhere, firstStartingAtOrAfter } from '../../text/search';
import type { Quantity } from '../../types';
import { hasVerb } from '../verbs';

export interface NumericReading {
  /** Every quantity in the clause. */
  all: readonly Quantity[];
  /** Those the clause can assert: measured, with a value, not incidental. */
  measured: readonly Quantity[];
  /** Dates after "until", "by", …: a deadline the clause sets. */
  deadlines: readonly Quantity[];
  /** Dates and years that date an event the clause asserts ("was released on September 25, 2019", "in 2014"). */
  dated: readonly Quantity[];
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
    dated: found?.dated ?? NO_QUANTITIES,
    comparison: isComparison(tokens, first, last),
    asserting: measured.length > 0 && asserts(tokens, first, last, measured),
  };
}

/**
 * The quantities in `start`..`end`, those it can assert and the dates it can set a deadline by; null for
 * none, as in most clauses, which then build no lists. One loop, not a filter per list and clause.
 */
function quantitiesIn(tokens: FineToken[], quantities: readonly Quantity[], start: number, end: number): { all: Quantity[]; measured: Quantity[]; deadlines: Quantity[]; dated: Quantity[] } | null {
  let i = firstStartingAtOrAfter(quantities, start);
  if (i >= quantities.length || quantities[i].start >= end) return null;
  const found = { all: [] as Quantity[], measured: [] as Quantity[], deadlines: [] as Quantity[], dated: [] as Quantity[] };
  for (; i < quantities.length && quantities[i].start < end; i++) {
    const q = quantities[i];
    found.all.push(q);
    if (isMeasuredQuantity(q)) {
      if ((q.value !== null || q.low !== undefined) && !isIncidental(q) && !pointsBack(tokens, q)) found.measured.push(q);
    } else if (DEADLINE_WORDS.has(wordBefore(tokens, q.start))) found.deadlines.push(q);
    else if (datesEvent(tokens, q)) found.dated.push(q);
  }
  return found;
}

/**
 * A date or year that dates an event: it names a day or a year ("Aug. 10", "in 2014"; not "in April"),
 * and is neither a label ("a 2018 survey", "the July 25 call") nor the date of a speech act ("told
 * investors on Oct. 31"), which the guidelines leave out.
 */
function datesEvent(tokens: FineToken[], q: Quantity): boolean {
  if (q.type !== 'year' && !(q.type === 'date' && /\d/.test(q.text))) return false;
  const at = tokenIndexAt(tokens, q.start);
  const before = tokens[at - 1]?.lower ?? '';
  if (DETERMINERS.has(before) || LABEL_DETERMINERS.has(before)) return false;
  // "a crewed 2024 moon mission", "Mr. Trump's Oct. 11 announcement": a date before a noun labels it.
  const after = tokens[tokenIndexAt(tokens, q.end - 1) + 1];
  if (after?.kind === 'word' && startsLower(after.text) && !LINKING_WORDS.has(after.lower) && !/ed$|s$/.test(after.lower)) return false;
  for (let k = Math.max(0, at - 4); k < at; k++) if (SPEECH_VERBS.has(tokens[k].lower)) return false;
  // A timestamp's word may stand before a time as well: "Published 7:07 PM EST Nov 19, 2019".
  for (let k = Math.max(0, at - TIMESTAMP_REACH); k < at; k++) if (TIMESTAMP_WORDS.has(tokens[k].lower) && !inProse(tokens, k)) return false;
  return true;
}

/** How many tokens before a date a timestamp's word ("Published", "Updated") may stand. */
const TIMESTAMP_REACH = 9;

/** "The findings were published today": a timestamp's word after an auxiliary is a verb in a sentence, not a page's timestamp. */
function inProse(tokens: FineToken[], k: number): boolean {
  const before = tokens[k - 1]?.lower ?? '';
  return FINITE_VERB_WORDS.has(before) || before === 'been' || before === 'be';
}

/**
 * "the two sides", "all three candidates", "a two-state solution": a small number that names a set
 * the text already has, or qualifies a compound, states no figure.
 */
function pointsBack(tokens: FineToken[], q: Quantity): boolean {
  if (q.type !== 'count' || q.value === null || q.value > SMALL_SET || q.change !== '=') return false;
  const at = tokenIndexAt(tokens, q.start);
  if (SET_DETERMINERS.has(tokens[at - 1]?.lower ?? '') || (tokens[at - 1]?.lower === 'of' && tokens[at - 2]?.lower === 'the')) return true;
  const after = tokens[tokenIndexAt(tokens, q.end - 1) + 1];
  return after !== undefined && after.kind === 'sym' && after.start === q.end && (after.text === '-' || after.text === '‐');
}

/** The largest number that "the … sides", "all … candidates" use for a set rather than a count. */
const SMALL_SET = 3;

/** "one of them", "a 12-man team": quantities too slight to be what a clause asserts. */
function isIncidental(q: Quantity): boolean {
  return q.type === 'count' && q.value === 1 && q.change === '=';
}

/**
 * A clause asserts its quantity when it is a predicate of at least three words: a finite verb ("the
 * chain cut more than 45 jobs"), a copula, or a verbless statement a news text makes all the same
 * ("a network of 12 hospitals", a headline), or when it states a change ("up 5%"). Not a listicle's
 * title ("7 Strange Signs You Are Allergic"): a promo, not a statement.
 */
function asserts(tokens: FineToken[], first: number, last: number, measured: readonly Quantity[]): boolean {
  if (measured.some((q) => q.change === 'up' || q.change === 'down')) return true;
  let words = 0;
  let smallWords = 0;
  let capitalised = 0;
  for (let i = first; i <= last; i++) {
    const t = tokens[i];
    if (t.kind !== 'word') continue;
    words++;
    // Title case leaves its small words ("of", "an", "to") in lower case.
    if (TITLE_CASE_SMALL_WORDS.has(t.text)) smallWords++;
    else if (startsUpper(t.text)) capitalised++;
  }
  const opening = measured[0];
  const numberAt = tokens[first].lower === 'the' ? first + 1 : first;
  const numberFirst = tokens[numberAt].kind === 'num' || (opening !== undefined && opening.start === tokens[numberAt].start);
  // Title case capitalises its verbs too ("The 11 Biggest Unanswered Questions", "27 Oddest Case Reports",
  // "Five Things to Know"): only a verb in lower case makes the title a statement, or a participle right
  // after the count, as a headline reports a toll ("10 Killed in Bus Crash", "3 Soldiers Wounded").
  const listicleTitle = numberFirst && capitalised >= (words - smallWords) * TITLE_CASE_SHARE && !hasVerb(tokens, first, last, true) &&
    !reportsToll(tokens, numberAt, last);
  return words >= 3 && !listicleTitle;
}

/**
 * "10 Killed in …", "3 Soldiers Wounded", "Two Dead After …": a participle or "dead" right after the number at
 * `at` or after its noun, ending the phrase (a preposition or the end follows); not an adjective before a noun
 * ("The 11 Biggest Unanswered Questions").
 */
function reportsToll(tokens: FineToken[], at: number, last: number): boolean {
  for (let i = at + 1; i <= last && i <= at + 2; i++) {
    const w = tokens[i].lower;
    const endsPhrase = i === last || tokens[i + 1].kind === 'sym' || PREPOSITIONS.has(tokens[i + 1].lower);
    if (endsPhrase && (TOLL_WORDS.has(w) || (w.length > 4 && w.endsWith('ed') && tokens[i].kind === 'word'))) return true;
  }
  return false;
}

/** Words that may follow an event's date: a preposition, a determiner, a conjunction ("in 2011 when …", "since 2014 and …"), a verb. */
const LINKING_WORDS: ReadonlySet<string> = new Set([...PREPOSITIONS, ...DETERMINERS, ...CLAUSE_OPENERS, ...INTRODUCTORY_WORDS, ...LEADING_CONNECTIVES, ...FINITE_VERB_WORDS]);

/** A clause this share of whose words are capitalised is written in title case. */
const TITLE_CASE_SHARE = 0.6;

/** "… compared to a year ago", "higher than last year": a change word and a comparison with an earlier time. */
function isComparison(tokens: FineToken[], first: number, last: number): boolean {
  // Most clauses compare with nothing: the change words are looked up only in one that does.
  let compared = false;
  for (let i = first; i <= last && !compared; i++) {
    const w = tokens[i].lower;
    compared = (w === 'compared' && ['to', 'with'].includes(tokens[i + 1]?.lower ?? '')) || (w === 'than' && tokens[i + 2]?.lower === 'year') || w === 'year-on-year';
  }
  if (!compared) return false;
  for (let i = first; i <= last; i++) if (COMPARISON_CHANGE_WORDS.has(tokens[i].lower)) return true;
  return false;
}

/** The word before the token at `offset`, lower case ('' at the start). */
function wordBefore(tokens: FineToken[], offset: number): string {
  const i = tokenIndexAt(tokens, offset);
  return i > 0 ? tokens[i - 1].lower : '';
}

/** The index of the token starting at or containing `offset`. */
function tokenIndexAt(tokens: FineToken[], offset: number): number {
  return Math.max(0, firstIndexWhere(tokens.length, (index) => tokens[index].start > offset) - 1);
}

/**
 * The token of an ordinal that states a count (claims GUIDELINES.md) in tokens `first`..`last`, or -1: in
 * lower case, after a determiner or a possessive and before a word ("its third public hearing", "the 99th
 * account", "the country's second governor"); not an ordinal in a name ("the First Amendment").
 */
export function countingOrdinalAt(tokens: FineToken[], first: number, last: number): number {
  for (let i = first; i < last; i++) {
    const t = tokens[i];
    const ordinal = (t.kind === 'word' && ORDINAL_WORDS.has(t.text)) || (t.kind === 'num' && ORDINAL_SUFFIXES.has(tokens[i + 1]?.lower ?? '') && tokens[i + 1].start === t.end);
    if (!ordinal) continue;
    const before = tokens[i - 1];
    const determined = before?.kind === 'word' && (DETERMINERS.has(before.lower) || LABEL_DETERMINERS.has(before.lower) || /['’]s$/u.test(before.lower));
    let next = tokens[t.kind === 'num' ? i + 2 : i + 1];
    // "their first TV debate", "the first Southern primary": a name may qualify the noun counted.
    if (next?.kind === 'word' && startsUpper(next.text) && tokens[i + 2]?.kind === 'word') next = tokens[t.kind === 'num' ? i + 3 : i + 2];
    if (determined && next?.kind === 'word' && startsLower(next.text)) return i;
  }
  return -1;
}

/**
 * The token of an amount in tokens `first`..`last` that the quantity stage leaves alone, or -1: one that
 * an article writes with "a" ("within a month", "for over a decade", "a year later"; not a rate, "$5 a
 * day": "a" + unit must follow a preposition of duration or precede a word that dates from another time),
 * a multiple or count in an adverb ("twice as fast"; not a frequency, "twice a month"), a "-long" span of
 * time ("an hourlong encounter", "a week-long trial"), a span of time in words ("a three-day journey"), a
 * count of one that a focus word insists on ("only one title"), or a multiple a verb states ("more than
 * triple that figure").
 */
export function unquantifiedAmountAt(tokens: FineToken[], first: number, last: number): number {
  for (let i = first; i <= last; i++) {
    const t = tokens[i];
    if (t.kind !== 'word' || !(AMOUNT_OPENING_WORDS.has(t.lower) || t.lower.endsWith('long') || isNumberWord(t.text))) continue;
    const next = tokens[i + 1];
    if (INDEFINITE_ARTICLES.has(t.lower) && i < last && TIME_UNITS_OF_ONE.has(next.lower)) {
      if ((i > first && DURATION_PREPOSITIONS.has(tokens[i - 1].lower)) || (i + 1 < last && RELATIVE_TIME_WORDS.has(tokens[i + 2].lower))) return i;
    }
    if (t.lower.endsWith('long') && TIME_UNITS_OF_ONE.has(t.lower.slice(0, -'long'.length))) return i;
    // "a three-day journey", "a two-year sentence": a span of time in words, which the quantity stage reads as an
    // adjective; capitalised, a name ("the Six-Day War").
    if (isNumberWord(t.text) && i + 2 <= last && next.text === '-' && next.start === t.end && TIME_UNITS_OF_ONE.has(tokens[i + 2].lower)) return i;
    if (t.lower === 'long' && i - 2 >= first && tokens[i - 1].text === '-' && TIME_UNITS_OF_ONE.has(tokens[i - 2].lower)) return i;
    if (STATED_ONE_WORDS.has(t.lower) && i + 1 < last && next.lower === 'one' && tokens[i + 2].kind === 'word' && startsLower(tokens[i + 2].text)) return i;
    if (MULTIPLYING_WORDS.has(t.text) && statesMultiple(tokens, i, last)) return i;
    // "twice as fast", "scored twice", "twice the rate"; not a frequency ("meet twice a month").
    if (MULTIPLE_ADVERBS.has(t.lower) && !(i + 2 <= last && (INDEFINITE_ARTICLES.has(next.lower) || next.lower === 'per') && TIME_UNITS_OF_ONE.has(tokens[i + 2].lower))) return i;
  }
  return -1;
}

/** The most digits either side of a tally ("won 3-1", "passed 220-207"); longer runs are codes or numbers. */
const TALLY_DIGITS = 3;

/**
 * The token of a tally in tokens `first`..`last`, or -1: two whole numbers joined by a dash, as a score or a
 * vote is written ("won 3-1", "The vote was 7-2"), which the quantity stage leaves alone (no range runs down,
 * and "2-2" is no range); not a part of a name or code ("COVID-19", "F-16").
 */
export function tallyAt(tokens: FineToken[], first: number, last: number): number {
  for (let i = first; i + 2 <= last; i++) {
    const t = tokens[i];
    const dash = tokens[i + 1];
    const second = tokens[i + 2];
    if (t.kind !== 'num' || t.digits > TALLY_DIGITS || t.text.length !== t.digits || !DASHES.has(dash.text) || dash.start !== t.end ||
      second.kind !== 'num' || second.start !== dash.end || second.digits > TALLY_DIGITS || second.text.length !== second.digits) continue;
    const before = tokens[i - 1];
    const after = tokens[i + 3];
    // Glued to anything but a bracket, or to more numbers, it is part of a code ("F-16", "978-3-319", "555-1234-99").
    if ((before && before.end === t.start && before.text !== '(') || (after && after.start === second.end && (after.kind === 'num' || DASHES.has(after.text)))) continue;
    return i;
  }
  return -1;
}

/**
 * The words that an amount unquantifiedAmountAt reads can start with (besides those ending in "long" and
 * number words), in one set: it is asked of every word of a clause, and most words are none of them.
 */
const AMOUNT_OPENING_WORDS: ReadonlySet<string> = new Set([...INDEFINITE_ARTICLES, ...STATED_ONE_WORDS, ...MULTIPLYING_WORDS, ...MULTIPLE_ADVERBS]);

/** "prices doubled", "halving its staff", "to more than triple that figure": a verb of multiplying, not "a double standard". */
function statesMultiple(tokens: FineToken[], at: number, last: number): boolean {
  const word = tokens[at].lower;
  if (word.endsWith('ed') || word.endsWith('ing')) return true;
  return at < last && (DETERMINERS.has(tokens[at + 1].lower) || LABEL_DETERMINERS.has(tokens[at + 1].lower));
}
