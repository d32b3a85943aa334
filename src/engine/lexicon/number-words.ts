/** Numbers written as words, with their values. */

export const ONES = new Map<string, number>(Object.entries({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
}));

export const TENS = new Map<string, number>(Object.entries({
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
}));

/** Scale words, also used after digits ("1.2 million", "two dozen"); lakh and crore are South Asia's 100,000 and 10 million
 * ("Rs 5 crore", also "5 crores"). */
export const SCALES = new Map<string, number>(Object.entries({
  dozen: 12, hundred: 100, thousand: 1e3, lakh: 1e5, lakhs: 1e5, million: 1e6, crore: 1e7, crores: 1e7, billion: 1e9,
  trillion: 1e12,
}));

/**
 * Scale abbreviations that news writes apart from the number as well as against it ("$300 mn", "1.2 bln
 * dollars", "$5 tn"): unlike "m" or "k", none of them is a unit or a word of its own.
 */
export const SCALE_ABBREVIATIONS = new Map<string, number>(Object.entries({
  bn: 1e9, bln: 1e9, mn: 1e6, mln: 1e6, tn: 1e12, trn: 1e12, trln: 1e12,
}));

/** Denominators: "a third", "two-thirds", "three quarters", "three-fourths". */
export const FRACTIONS = new Map<string, number>(Object.entries({
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4, fifth: 5, fifths: 5,
  sixth: 6, sixths: 6, seventh: 7, sevenths: 7, eighth: 8, eighths: 8, ninth: 9, ninths: 9, tenth: 10, tenths: 10,
  hundredth: 100, hundredths: 100, thousandth: 1000, thousandths: 1000,
}));

/** Fractions written as one character ("2½ cups", "¾ of"). */
export const VULGAR_FRACTIONS = new Map<string, number>(Object.entries({
  '½': 1 / 2, '⅓': 1 / 3, '⅔': 2 / 3, '¼': 1 / 4, '¾': 3 / 4, '⅕': 1 / 5, '⅖': 2 / 5, '⅗': 3 / 5, '⅘': 4 / 5,
  '⅙': 1 / 6, '⅚': 5 / 6, '⅐': 1 / 7, '⅛': 1 / 8, '⅜': 3 / 8, '⅝': 5 / 8, '⅞': 7 / 8, '⅑': 1 / 9, '⅒': 1 / 10,
}));

/** Plural scale words as vague amounts: "dozens" is 12 to 120, "thousands" 1,000 to 10,000. */
export const VAGUE_PLURALS = new Map<string, number>(Object.entries({
  dozens: 12, tens: 10, hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9, trillions: 1e12,
}));

/** "several hundred" is three to nine hundred; "a few thousand" two to five thousand. */
export const VAGUE_MULTIPLIERS = new Map<string, [number, number]>(Object.entries({ several: [3, 9], few: [2, 5] }));
