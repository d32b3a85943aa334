/**
 * Numbers written as words: "five", "twenty-one", "three thousand", "a dozen",
 * "two-thirds", "half", and the vague plurals news uses for orders of magnitude
 * ("dozens", "tens of thousands", "several hundred").
 */
import { isHyphen, type FineToken } from '../text/fine-tokens';
import { isPlural } from './quantity-scan';
import { NOUN_PHRASE_STOPS } from '../lexicon/word-lists';
import { FRACTIONS, ONES, SCALES, TENS, VAGUE_MULTIPLIERS, VAGUE_PLURALS } from '../lexicon/number-words';

export interface WordNumber {
  /** Index of the first and last token read. */
  first: number;
  last: number;
  value: number | null;
  low?: number;
  high?: number;
  /** A fraction ("two-thirds", "half"): a share of something, not a count. */
  fraction: boolean;
  /** The last word was a scale ("three thousand"), so digits cannot follow as part of it. */
  scaled: boolean;
}

export function isNumberWord(lower: string): boolean {
  return ONES.has(lower) || TENS.has(lower) || SCALES.has(lower) || multipleOf(lower) !== null;
}

/** "threefold", "tenfold", "twofold": the number a "-fold" word multiplies by, or null. */
export function multipleOf(lower: string): number | null {
  if (!lower.endsWith('fold')) return null;
  const stem = lower.slice(0, -4);
  return ONES.get(stem) ?? TENS.get(stem) ?? SCALES.get(stem) ?? null;
}

export function isVaguePlural(lower: string): boolean {
  return VAGUE_PLURALS.has(lower);
}

const attached = (t: FineToken | undefined) => t !== undefined && !t.gapBefore;

/**
 * Reads a cardinal like "three hundred and twenty-five thousand" from `i`; null if none starts there.
 * `implicitOne` reads "a million" / "a hundred" as if the "a" were "one".
 */
function readCardinal(tokens: FineToken[], i: number, implicitOne = false): { value: number; last: number; scaled: boolean } | null {
  let total = 0;
  let current = implicitOne ? 1 : 0;
  let seen = implicitOne;
  let last = -1;
  let scaled = false;
  let j = i;
  // Bounded: a written-out number never needs more than a dozen words.
  for (let steps = 0; j < tokens.length && steps < 14; steps++) {
    const t = tokens[j];
    if (t.kind !== 'word' || (j > i && t.breakBefore)) break;
    const w = t.lower;
    if (ONES.has(w)) {
      const unit = ONES.get(w)!;
      const afterTens = current % 100 >= 20 && current % 10 === 0 && unit > 0 && unit < 10;
      if (seen && !(scaled && current % 100 === 0) && !afterTens) break;
      current += unit;
      scaled = false;
    } else if (TENS.has(w)) {
      if (seen && !(scaled && current % 100 === 0)) break;
      current += TENS.get(w)!;
      scaled = false;
      // "twenty-five"
      const digit = tokens[j + 2];
      if (isHyphen(tokens[j + 1]) && attached(tokens[j + 1]) && attached(digit) && ONES.has(digit.lower) &&
        ONES.get(digit.lower)! > 0 && ONES.get(digit.lower)! < 10) {
        current += ONES.get(digit.lower)!;
        j += 2;
      }
    } else if (w === 'hundred') {
      if (!seen || current === 0 || current >= 100) break;
      current *= 100;
      scaled = true;
    } else if (SCALES.has(w)) {
      if (!seen || (current === 0 && total === 0)) break;
      if (current === 0) total *= SCALES.get(w)!;
      else total += current * SCALES.get(w)!;
      current = 0;
      scaled = true;
    } else if (w === 'and' && seen && scaled && (ONES.has(tokens[j + 1]?.lower ?? '') || TENS.has(tokens[j + 1]?.lower ?? ''))) {
      j++;
      continue;
    } else break;
    seen = true;
    last = j;
    j++;
  }
  if (last < 0) return null;
  return { value: total + current, last, scaled };
}

/**
 * A fraction of a scale word is that many: "half a million", "a quarter of a billion", "a half-dozen",
 * "a half million", "three-quarters of a million". Returns the fraction itself when no scale follows.
 */
function ofScale(tokens: FineToken[], fraction: WordNumber): WordNumber {
  let k = fraction.last + 1;
  if (isHyphen(tokens[k]) && attached(tokens[k])) {
    if (!attached(tokens[k + 1])) return fraction;
    k++;
  } else if (!SCALES.has(tokens[k]?.lower ?? '')) { // "a half million", "half dozen"
    if (tokens[k]?.lower === 'of') k++;
    if (tokens[k]?.lower !== 'a' && tokens[k]?.lower !== 'an') return fraction;
    k++;
  }
  const scale = tokens[k];
  if (!scale || !SCALES.has(scale.lower) || fraction.value === null) return fraction;
  return { first: fraction.first, last: k, value: fraction.value * SCALES.get(scale.lower)!, fraction: false, scaled: true };
}

/**
 * "a third term", "a fifth straight month": a denominator that is also an ordinal ("third", not "half" or
 * "quarter", which name a share before a noun: "a quarter mile") right before the noun it ranks; not before
 * a word that ends the phrase ("grew by a third last year", "a third of").
 */
function isOrdinalBeforeNoun(tokens: FineToken[], at: number): boolean {
  const denominator = tokens[at].lower;
  const after = tokens[at + 1];
  if (denominator === 'half' || denominator === 'quarter' || !after || !after.gapBefore || after.kind !== 'word') return false;
  return !NOUN_PHRASE_STOPS.has(after.lower) && !SCALES.has(after.lower);
}

/**
 * Reads a number written in words starting at token `i`, or returns null.
 * Handles cardinals, "a/an" + scale ("a million", "a dozen"), fractions
 * ("two-thirds", "a third", "half", "one and a half") and vague amounts.
 */
export function readWordNumber(tokens: FineToken[], i: number): WordNumber | null {
  const t = tokens[i];
  if (!t || t.kind !== 'word') return null;
  const w = t.lower;
  const next = tokens[i + 1];

  // Vague amounts: "tens of thousands", "hundreds", "dozens of", "several hundred", "a few thousand".
  if (VAGUE_PLURALS.has(w)) {
    const base = VAGUE_PLURALS.get(w)!;
    if (next?.lower === 'of' && VAGUE_PLURALS.has(tokens[i + 2]?.lower ?? '') && VAGUE_PLURALS.get(tokens[i + 2].lower)! > base &&
      w !== 'dozens') {
      const scale = VAGUE_PLURALS.get(tokens[i + 2].lower)! * base;
      return { first: i, last: i + 2, value: null, low: scale, high: scale * 10, fraction: false, scaled: true };
    }
    if (w === 'tens') return null; // "tens" alone is not an amount
    return { first: i, last: i, value: null, low: base, high: base * 10, fraction: false, scaled: true };
  }
  const vagueFirst = w === 'a' && next?.lower === 'few' ? i + 1 : i;
  const vagueWord = tokens[vagueFirst]?.lower;
  if (vagueWord !== undefined && VAGUE_MULTIPLIERS.has(vagueWord)) {
    const scaleToken = tokens[vagueFirst + 1];
    if (scaleToken && SCALES.has(scaleToken.lower)) {
      const [lo, hi] = VAGUE_MULTIPLIERS.get(vagueWord)!;
      const scale = SCALES.get(scaleToken.lower)!;
      return { first: i, last: vagueFirst + 1, value: null, low: lo * scale, high: hi * scale, fraction: false, scaled: true };
    }
    return null;
  }

  // "a million", "a dozen", "a third", "a half", "half a dozen".
  if (w === 'a' || w === 'an') {
    if (!next || next.kind !== 'word') return null;
    if (SCALES.has(next.lower)) {
      const cardinal = readCardinal(tokens, i + 1, true);
      return cardinal && { first: i, last: cardinal.last, value: cardinal.value, fraction: false, scaled: cardinal.scaled };
    }
    if (FRACTIONS.has(next.lower) && next.lower !== 'halves' && !next.lower.endsWith('s')) {
      if (isOrdinalBeforeNoun(tokens, i + 1)) return null;
      return ofScale(tokens, { first: i, last: i + 1, value: 1 / FRACTIONS.get(next.lower)!, fraction: true, scaled: false });
    }
    return null;
  }
  if (w === 'half') return ofScale(tokens, { first: i, last: i, value: 0.5, fraction: true, scaled: false });
  // "the first dozen games": a dozen with no number or article of its own.
  if (w === 'dozen') return next && next.gapBefore && next.kind === 'word' && isPlural(next.lower) ? { first: i, last: i, value: 12, fraction: false, scaled: true } : null;
  const multiple = multipleOf(w);
  if (multiple !== null) return { first: i, last: i, value: multiple, fraction: false, scaled: false };

  const cardinal = readCardinal(tokens, i);
  if (!cardinal) return null;
  let { value, last } = cardinal;
  // "two-thirds", "two thirds", "three quarters".
  const sep = isHyphen(tokens[last + 1]) && attached(tokens[last + 1]) ? 1 : 0;
  const denominator = tokens[last + 1 + sep];
  if (denominator && denominator.kind === 'word' && FRACTIONS.has(denominator.lower) && value > 0 && value < 20 &&
    (value === 1) === !denominator.lower.endsWith('s') && denominator.lower !== 'half') {
    return ofScale(tokens, { first: i, last: last + 1 + sep, value: value / FRACTIONS.get(denominator.lower)!, fraction: true, scaled: false });
  }
  // "one and a half" (million).
  if (tokens[last + 1]?.lower === 'and' && tokens[last + 2]?.lower === 'a' && tokens[last + 3]?.lower === 'half') {
    value += 0.5;
    last += 3;
    const scale = tokens[last + 1];
    if (scale && SCALES.has(scale.lower) && scale.lower !== 'hundred') {
      value *= SCALES.get(scale.lower)!;
      last++;
      return { first: i, last, value, fraction: false, scaled: true };
    }
  }
  return { first: i, last, value, fraction: false, scaled: cardinal.scaled };
}
