/** Numbers written as words, with their values. */

export const ONES = new Map<string, number>(Object.entries({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
}));

export const TENS = new Map<string, number>(Object.entries({
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
}));

/** Scale words, also used after digits ("1.2 million"). */
export const SCALES = new Map<string, number>(Object.entries({
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
}));

/** Denominators: "a third", "two-thirds", "three quarters". */
export const FRACTIONS = new Map<string, number>(Object.entries({
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fifth: 5, fifths: 5, sixth: 6, sixths: 6,
  eighth: 8, eighths: 8, tenth: 10, tenths: 10,
}));

/** Plural scale words as vague amounts: "dozens" is 12 to 120, "thousands" 1,000 to 10,000. */
export const VAGUE_PLURALS = new Map<string, number>(Object.entries({
  dozens: 12, tens: 10, hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9, trillions: 1e12,
}));

/** "several hundred" is three to nine hundred; "a few thousand" two to five thousand. */
export const VAGUE_MULTIPLIERS = new Map<string, [number, number]>(Object.entries({ several: [3, 9], few: [2, 5] }));
