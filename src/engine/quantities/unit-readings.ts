/** What an amount counts or measures: a unit, a currency, a counted noun ("650 US troops"), a rate ("a barrel"), "of" what. */
import { COMPARING_WORDS, FALL_WORDS, MONEY_NOUNS, PARTITIVE_DETERMINERS, NOUN_PHRASE_STOPS, RATE_NOUNS, RELATIVE_TIME_WORDS, RISE_WORDS, UNITS_BEFORE_NUMBER, VIDEO_LINES, WEIGHT_VERBS } from '../lexicon/word-lists';
import { MONTHS } from '../lexicon/tables';
import { SCALES } from '../lexicon/number-words';
import { isHyphen, startsUpper } from '../text/fine-tokens';
import { readAmount } from './amounts';
import { isNumberWord, isVaguePlural, multipleOf } from './number-words';
import { ACRONYM, type Amount, isPlural, QuantityScan, type UnitReading } from './quantity-scan';
import { readCurrencySuffix, readMeasureUnit } from './units';

export function readUnit(s: QuantityScan, amount: Amount): UnitReading {
  const none: UnitReading = { unit: null, type: 'count', last: amount.last, counted: false };
  let k = amount.last + 1;
  let t = s.tok(k);
  // Multiples: "threefold", "10x" (not "2 x 3", a size).
  if (amount.word && multipleOf(s.tokens[amount.numberAt].lower) !== null) return { ...none, unit: 'fold' };
  if (t?.lower === 'x' && !t.gapBefore && !amount.word && s.tok(k + 1)?.kind !== 'num') return { ...none, unit: 'times', last: k };
  if (!t || t.breakBefore) return moneyOrNone(amount, none);
  // "millions of Americans", "tens of millions of dollars", "hundreds of miles".
  if (amount.value === null && t.lower === 'of' && !amount.currency) {
    const inner = readUnit(s, { ...amount, last: k });
    return inner.unit ? inner : none;
  }
  // "1/16 of a US pint", "half a mile": a share of a unit is an amount in that unit.
  if (amount.fraction && !amount.currency) {
    // "a quarter-point cut": a share of a point of a rate (and "a half-hour", "a quarter-mile" below).
    if (isHyphen(t) && !t.gapBefore && s.tok(k + 1)?.lower === 'point' && !s.tok(k + 1)!.gapBefore) {
      return { unit: 'point', type: 'count', last: k + 1, counted: true };
    }
    if (t.lower === 'point' && amount.word) return { unit: 'point', type: 'count', last: k, counted: true }; // "by a quarter point"
    let m = t.lower === 'of' || (isHyphen(t) && !t.gapBefore) ? k + 1 : k;
    if (s.tok(m)?.lower === 'a' || s.tok(m)?.lower === 'an') m++;
    for (let extra = 0; extra < 2; extra++) {
      // A word may qualify the unit ("a US pint"), but a function word ends the phrase ("by a third last year").
      if (extra > 0 && NOUN_PHRASE_STOPS.has(s.tok(m)?.lower ?? '') && !ACRONYM.test(s.tok(m)!.text)) break;
      const measure = readMeasureUnit(s.tokens, m + extra);
      if (measure) return { unit: measure.unit, type: measure.type, last: measure.last, counted: false };
    }
    return none;
  }
  // "6.1-inch", "5-mpg", "billion-mile": a hyphen glued between the number and its unit.
  const hyphenated = isHyphen(t) && !t.gapBefore && s.tok(k + 1) !== undefined && !s.tok(k + 1)!.gapBefore && s.tok(k + 1)!.kind !== 'sym';
  if (hyphenated) {
    k++;
    t = s.tokens[k];
  } else if (isHyphen(t) && !t.gapBefore) {
    // "two-, three- or four-door models", "8- to 12-year-olds": a hanging hyphen takes the unit of the last number.
    const last = hangingHyphenEnd(s, k + 1);
    const reading = last < 0 ? none : readUnit(s, { ...amount, last });
    return reading.unit || reading.type === 'ordinal' ? { ...reading, last: k } : none;
  }
  // Percentages ("a 10-percent tariff" too, but not "5-%").
  if (!amount.currency && (!hyphenated || t.kind === 'word')) {
    if (t.text === '%' || t.lower === 'percent' || t.lower === 'pct' || (t.lower === 'pc' && (!t.gapBefore || amount.value !== null))) {
      return withRate(s, { unit: 'percent', type: 'percent', last: k, counted: false });
    }
    if (t.lower === 'per' && s.tok(k + 1)?.lower === 'cent') return { unit: 'percent', type: 'percent', last: k + 1, counted: false };
  }
  // "1080p", "720p": a video's lines, not pence.
  if (t.text === 'p' && !t.gapBefore && !amount.currency && VIDEO_LINES.has(s.tokens[amount.numberAt].text)) {
    return { unit: 'p', type: 'measure', last: k, counted: false };
  }
  const suffix = amount.currency ? null : readCurrencySuffix(s.tokens, k);
  if (suffix && suffix.currency === 'pound' && isPoundOfWeight(s, amount, suffix.last)) {
    const weight = readMeasureUnit(s.tokens, k);
    return withRate(s, { unit: weight && weight.last > k ? weight.unit : 'pound', type: 'measure', last: weight ? weight.last : suffix.last, counted: false });
  }
  if (suffix && !(t.kind === 'word' && t.text.length < 3 && t.gapBefore && suffix.last === k && t.lower !== 'kn')) {
    amount.currency = suffix.currency;
    return withRate(s, { unit: suffix.currency, type: 'money', last: suffix.last, counted: false });
  }
  if (amount.currency) return withRate(s, { unit: amount.currency, type: 'money', last: amount.last, counted: false });
  // "6ft 2in", "a 55in screen": "in" glued to the number is an inch, never the preposition.
  if (t.lower === 'in' && !t.gapBefore && !hyphenated) return withRate(s, { unit: 'inch', type: 'measure', last: k, counted: false });
  const measure = readMeasureUnit(s.tokens, k);
  // "four century-old schooners": a unit glued to "-old" describes the noun the number counts.
  const ageAdjective = measure !== null && !hyphenated && isHyphen(s.tok(measure.last + 1)) && s.tok(measure.last + 2)?.lower === 'old';
  if (measure && acceptsUnit(s, k, measure.last) && !ageAdjective) {
    // "five-year plan": a written number glued to a time unit is an adjective, not an amount.
    if (hyphenated && amount.word && measure.type === 'duration') return { ...none, type: 'ordinal' };
    return withRate(s, { unit: measure.unit, type: measure.type, last: measure.last, counted: false });
  }
  // "three-point range", "a 12-man squad": the word after the hyphen is what is counted (not "3-for-4").
  if (hyphenated) return t.kind === 'word' && !NOUN_PHRASE_STOPS.has(t.lower) ? { unit: t.text, type: 'count', last: k, counted: true } : none;
  // "2 US cups", "5 imperial gallons": a word that qualifies the unit after it.
  const qualifier = t.kind === 'word' && (ACRONYM.test(t.text) || (!NOUN_PHRASE_STOPS.has(t.lower) && !isPlural(t.lower)));
  const qualified = qualifier ? readMeasureUnit(s.tokens, k + 1) : null;
  if (qualified && s.tokens[k + 1].text.length > 1) {
    return withRate(s, { unit: qualified.unit, type: qualified.type, last: qualified.last, counted: false });
  }
  const noun = readCountedNoun(s, amount, k);
  if (noun) return withRate(s, { unit: noun.text, type: 'count', last: noun.last, counted: true });
  return withRate(s, none);
}

/**
 * "362 pound-feet of torque", "7.5 million pounds of thrust", "weighs 200 pounds", "can tow 11,000 pounds": a
 * pound written out that weighs rather than pays — joined to a unit, of a thing that is no money, or after a
 * verb of weight. The pound ending at token `last` follows `amount`.
 */
function isPoundOfWeight(s: QuantityScan, amount: Amount, last: number): boolean {
  const word = s.tokens[last];
  if (word.kind !== 'word' || !word.lower.startsWith('pound')) return false; // "£" is always money
  if (isHyphen(s.tok(last + 1)) && s.tok(last + 2)?.lower.startsWith('f')) return true; // pound-feet, pound-foot
  const of = s.tok(last + 1)?.lower === 'of' ? s.tok(last + 2) : undefined;
  if (of && of.kind === 'word' && !MONEY_NOUNS.has(of.lower) && !of.lower.endsWith('\'s') && !of.lower.endsWith('’s')) return true;
  // The verb may stand before a bound: "can tow up to 11,000 pounds".
  for (let k = amount.first - 1; k >= 0 && k >= amount.first - 3; k--) if (WEIGHT_VERBS.has(s.tokens[k].lower)) return true;
  return false;
}

/**
 * In a list of numbers with hanging hyphens from `k` on (", three- or four-door"), the last
 * number's token, the one glued to the unit; -1 when the list ends otherwise.
 */
function hangingHyphenEnd(s: QuantityScan, k: number): number {
  for (let n = k; n < k + 12; n++) {
    const t = s.tok(n);
    if (!t || t.breakBefore) return -1;
    if (t.text === ',' || t.lower === 'and' || t.lower === 'or' || t.lower === 'to' || isHyphen(t)) continue;
    if (t.kind !== 'num' && !isNumberWord(t.lower)) return -1;
    const hyphen = s.tok(n + 1);
    if (isHyphen(hyphen) && !hyphen!.gapBefore && s.tok(n + 2) !== undefined && !s.tok(n + 2)!.gapBefore) return n;
  }
  return -1;
}

function moneyOrNone(amount: Amount, none: UnitReading): UnitReading {
  return amount.currency ? { unit: amount.currency, type: 'money', last: amount.last, counted: false } : none;
}

/**
 * A unit written before the number at `first`: "Mach 2", "a magnitude 6.4 quake", "a magnitude-7.1
 * quake", "a magnitude of 7.1". Returns the unit's word and its token.
 */
export function readUnitBefore(s: QuantityScan, first: number): { unit: string; first: number } | null {
  let k = first - 1;
  const between = s.tok(k);
  if (between && (between.lower === 'of' || (isHyphen(between) && !between.gapBefore && !s.tokens[first].gapBefore))) k--;
  const t = s.tok(k);
  if (!t || !UNITS_BEFORE_NUMBER.has(t.lower)) return null;
  return { unit: t.lower === 'mach' ? 'Mach' : t.lower, first: k };
}

/**
 * Units not glued to a number after them ("PS5", "F-16"); single-letter ones ("C", "W", "m") only when
 * nothing else follows that makes them a word or initial, and a point after one glued to its
 * number ends a sentence ("fell to 15C.").
 */
export function acceptsUnit(s: QuantityScan, first: number, last: number): boolean {
  const t = s.tokens[first];
  // "5 million PS5 consoles": letters glued to a number after them are a name, not a unit.
  const after = s.tok(last + 1);
  if (after?.kind === 'num' && !after.gapBefore) return false;
  if (first === last && t.text.length === 1 && t.kind === 'word') {
    const next = s.tok(last + 1);
    if (next && !next.gapBefore && (next.kind === 'word' || (next.text === '.' && t.gapBefore))) return false;
    if (isHyphen(next) && !next!.gapBefore && s.tok(last + 2)?.kind === 'num') return false; // "24 F-16 jets"
  }
  return true;
}

/** "per barrel", "a month", "an ounce", "/cm2", "-a-day" after a unit (not "a year ago"), "per 1,000" after any amount. */
export function withRate(s: QuantityScan, reading: UnitReading): UnitReading {
  const k = reading.last + 1;
  const t = s.tok(k);
  if (!t || t.breakBefore) return reading;
  const next = s.tok(k + 1);
  if (!next || next.breakBefore) return reading;
  // "3 per 1,000 births", "12 deaths per 100,000 people": a rate per a number of something.
  const base = t.lower === 'per' && next.kind === 'num' ? readAmount(s, k + 1) : null;
  if (base && base.value !== null && !base.currency) {
    const of = readUnit(s, base);
    const per = `per ${s.joinTokens(k + 1, of.last)}`;
    return { ...reading, unit: reading.unit ? `${reading.unit} ${per}` : per, last: of.last };
  }
  if (reading.unit === null) return reading;
  if (t.lower === 'per' && next.kind === 'word' && next.lower !== 'cent') {
    // "$2.65 per million British thermal units", "per thousand barrels": a scale before the unit.
    const scaled = SCALES.has(next.lower) ? readMeasureUnit(s.tokens, k + 2) : null;
    if (scaled) return { ...reading, unit: `${reading.unit} per ${next.lower} ${scaled.unit}`, last: scaled.last };
    const measure = readMeasureUnit(s.tokens, k + 1);
    if (measure) return { ...reading, unit: `${reading.unit} per ${measure.unit}`, last: measure.last };
    const lastWord = next.kind === 'word' && s.tok(k + 2)?.kind === 'word' && !NOUN_PHRASE_STOPS.has(s.tok(k + 2)!.lower) &&
      !NOUN_PHRASE_STOPS.has(next.lower) && !isPlural(next.lower) ? k + 2 : k + 1;
    if (NOUN_PHRASE_STOPS.has(next.lower)) return reading;
    const words = s.tokens.slice(k + 1, lastWord + 1).map((x) => x.text).join(' ');
    return { ...reading, unit: `${reading.unit} per ${words}`, last: lastWord };
  }
  if ((t.lower === 'a' || t.lower === 'an') && RATE_NOUNS.has(next.lower) && !RELATIVE_TIME_WORDS.has(s.tok(k + 2)?.lower ?? '')) {
    return { ...reading, unit: `${reading.unit} per ${next.lower}`, last: k + 1 };
  }
  if ((t.text === '/' && !t.gapBefore && !next.gapBefore && next.kind === 'word')) {
    const measure = readMeasureUnit(s.tokens, k + 1);
    return { ...reading, unit: `${reading.unit} per ${measure ? measure.unit : next.text}`, last: measure ? measure.last : k + 1 };
  }
  if (isHyphen(t) && !t.gapBefore && next.lower === 'a' && isHyphen(s.tok(k + 2)) && RATE_NOUNS.has(s.tok(k + 3)?.lower ?? '')) {
    return { ...reading, unit: `${reading.unit} per ${s.tokens[k + 3].lower}`, last: k + 3 };
  }
  return reading;
}

/** How many words a counted noun phrase may hold ("seven other active-duty military officers"). */
const MAX_NOUN_WORDS = 5;

/**
 * The noun an amount counts: "650 US troops", "13 people", "517 rushing yards",
 * "one solution", "one of the best wireless speakers". Null when no noun follows.
 */
export function readCountedNoun(s: QuantityScan, amount: Amount, k: number): { text: string; last: number } | null {
  let start = k;
  let single = amount.value === 1;
  // "one of the best wireless speakers", "one of my strengths", "four of the five participants", "one of two
  // ways": what the amount is part of, a plural, past its determiner (and a number of its own).
  const partOf = s.tok(k)?.lower === 'of' ? afterPartitive(s, k + 1) : -1;
  if (partOf > 0) {
    start = partOf;
    single = false;
  }
  const firstToken = s.tok(start);
  // The noun is its own word: "9AB8" and "5G data" are names.
  if (!firstToken || !firstToken.gapBefore || firstToken.breakBefore) return null;
  let last = -1;
  let firstEnd = -1;
  let sawPlural = false;
  let startsWithVerbForm = false;
  for (let j = start, words = 0; j < s.tokens.length && words < MAX_NOUN_WORDS; j++) {
    const t = s.tokens[j];
    if (j > start && t.breakBefore) break;
    if (t.kind !== 'word') {
      // Hyphenated compounds stay one word ("first-team players").
      if (isHyphen(t) && !t.gapBefore && words > 0 && s.tok(j + 1)?.kind === 'word' && !s.tok(j + 1)!.gapBefore) continue;
      break;
    }
    if (j > start && !t.gapBefore && !isHyphen(s.tok(j - 1))) break;
    // "200 U.S. troops", "24 F-16 jets", "5 million PS5 consoles": initials and names with a number are one word.
    const compound = compoundWordEnd(s, j);
    if (compound > j) {
      words++;
      last = compound;
      if (firstEnd < 0) firstEnd = compound;
      j = compound;
      continue;
    }
    const w = t.lower;
    // "13,000 false or misleading claims", "12 Kia and Hyundai cars": joined modifiers before the plural noun.
    if ((w === 'and' || w === 'or') && words > 0 && !single && s.tok(j + 1)?.kind === 'word') continue;
    const acronym = ACRONYM.test(t.text); // "US troops": not the pronoun "us"
    // "1,000 more staff", "20 other victims", "300 such promotions", "two earlier pieces": a word of comparison
    // right after the number, before its noun.
    const comparing = j === start && COMPARING_WORDS.has(w) && s.tok(j + 1)?.kind === 'word' && !NOUN_PHRASE_STOPS.has(s.tok(j + 1)!.lower);
    if ((NOUN_PHRASE_STOPS.has(w) && !acronym && !comparing) || (MONTHS.has(w) && startsUpper(t.text)) || isNumberWord(w) || isVaguePlural(w)) break;
    // "-ly" adverbs, and the times sign of a size ("2,400 x 1,080 pixels"); not a word in -ly before a plural
    // noun ("three family members", "800 likely voters").
    const beforePlural = s.tok(j + 1)?.kind === 'word' && isPlural(s.tok(j + 1)!.lower);
    if ((w.endsWith('ly') && !beforePlural) || w === 'x') break;
    // "517 rushing yards", "300 recorded songs", but not "73, raising…" or "500 rose": a verb form must lead to a plural noun.
    if (words === 0 && (w.endsWith('ing') || w.endsWith('ed') || ((RISE_WORDS.has(w) || FALL_WORDS.has(w)) && !isPlural(w)))) {
      startsWithVerbForm = true;
    }
    words++;
    last = j;
    if (firstEnd < 0 && !comparing) firstEnd = j;
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
  // A word of comparison alone ("2 more", "5 more one") counts no noun.
  if (last < 0 || firstEnd < 0) return null;
  if (startsWithVerbForm && (!sawPlural || last === start)) return null;
  if (!single && !sawPlural) last = firstEnd;
  // A partitive's phrase is read, not taken: its own number is a quantity too ("four of the five participants").
  return { text: s.joinTokens(start, last), last: partOf > 0 ? amount.last : last };
}

/**
 * Where the plural noun phrase of a partitive begins, at token `k` right after "of": past "the", a
 * possessive ("my", "the world's"), a demonstrative, "most" and a number ("of the five", "of two"); -1 when
 * what follows is no such phrase ("of them", "of voters").
 */
function afterPartitive(s: QuantityScan, k: number): number {
  let j = k;
  const word = (at: number) => (s.tok(at)?.kind === 'word' ? s.tok(at)!.lower : '');
  if (PARTITIVE_DETERMINERS.has(word(j))) j++;
  else if (s.tok(j)?.kind === 'word' && /['’]s$/u.test(s.tok(j)!.lower) && startsUpper(s.tok(j)!.text)) j++;
  else if (!(s.tok(j)?.kind === 'num' || isNumberWord(word(j)))) return -1;
  if (/['’]s$/u.test(word(j))) j++; // "the world's"
  if (word(j) === 'most' || word(j) === 'few') j++;
  if (s.tok(j)?.kind === 'num' || isNumberWord(word(j))) j++;
  return j > k && s.tok(j)?.kind === 'word' ? j : -1;
}

/**
 * The last token of a capitalised word written in several tokens at `j`: initials with points
 * ("U.S.", "U.N.") or a name with a number glued to it ("PS5", "F-16", "A380"); -1 for none.
 */
function compoundWordEnd(s: QuantityScan, j: number): number {
  const glued = (k: number) => s.tok(k) !== undefined && !s.tok(k)!.gapBefore;
  const letter = (k: number) => s.tok(k)?.kind === 'word' && s.tok(k)!.text.length === 1 && startsUpper(s.tok(k)!.text);
  if (s.tokens[j].kind !== 'word' || !startsUpper(s.tokens[j].text)) return -1;
  if (s.tok(j + 1)?.kind === 'num' && glued(j + 1)) return j + 1;
  if (isHyphen(s.tok(j + 1)) && glued(j + 1) && s.tok(j + 2)?.kind === 'num' && glued(j + 2)) return j + 2;
  if (!letter(j) || s.tok(j + 1)?.text !== '.' || !glued(j + 1) || !glued(j + 2) || !letter(j + 2)) return -1;
  return s.tok(j + 3)?.text === '.' && glued(j + 3) ? j + 3 : j + 2;
}

/** What a share is of: "80 percent of the country" → "the country". */
export function readOfPhrase(s: QuantityScan, k: number): string | null {
  if (s.tok(k)?.lower !== 'of') return null;
  let last = -1;
  for (let j = k + 1; j < s.tokens.length && j <= k + 6; j++) {
    const t = s.tokens[j];
    if (t.breakBefore || t.kind !== 'word') break;
    if (j > k + 1 && NOUN_PHRASE_STOPS.has(t.lower) && !['the', 'its', 'their', 'his', 'her', 'our', 'all'].includes(t.lower)) break;
    last = j;
    if (isPlural(t.lower)) break; // the head noun ends the phrase: "of the voters" stayed home
  }
  if (last < 0) return null;
  return s.joinTokens(k + 1, last);
}
