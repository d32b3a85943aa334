/** The lexicon's value tables: words that carry a value (a month's number, a pronoun's gender, a bound). */
import type { Change } from '../types';
import { MONTH_ABBREVIATIONS, MONTH_NAMES } from './word-lists';

/** Each month's number, by its name or its abbreviation. */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ...[...MONTH_NAMES].map((name, index): [string, number] => [name, index + 1]),
  ...[...MONTH_ABBREVIATIONS].map((abbreviation): [string, number] => [
    abbreviation,
    [...MONTH_NAMES].findIndex((name) => name.startsWith(abbreviation)) + 1,
  ]),
]);

export type Gender = 'male' | 'female' | null;

/** The pronouns that refer to one person, and the gender each gives that person. */
export const PERSON_PRONOUNS: ReadonlyMap<string, Gender> = new Map([
  ['he', 'male'],
  ['she', 'female'],
]);

/** Bounds and approximations written before an amount, longest first. */
export const MODIFIERS: ReadonlyArray<[string[], Change]> = [
  [['plus', 'or', 'minus'], '~'], [['in', 'the', 'neighbourhood', 'of'], '~'], [['in', 'the', 'neighborhood', 'of'], '~'], [['on', 'the', 'order', 'of'], '~'],
  [['in', 'excess', 'of'], '>'], [['no', 'fewer', 'than'], '>'], [['no', 'less', 'than'], '>'], [['not', 'less', 'than'], '>'],
  [['no', 'more', 'than'], '<'], [['not', 'more', 'than'], '<'], [['a', 'maximum', 'of'], '<'], [['a', 'minimum', 'of'], '>'],
  [['more', 'or', 'less'], '~'], [['give', 'or', 'take'], '~'], [['upwards', 'of'], '>'], [['upward', 'of'], '>'],
  [['north', 'of'], '>'], [['south', 'of'], '<'], [['shy', 'of'], '<'], [['short', 'of'], '<'], [['approx', '.'], '~'],
  [['more', 'than'], '>'], [['greater', 'than'], '>'], [['over', 'than'], '>'], [['at', 'least'], '>'],
  [['less', 'than'], '<'], [['fewer', 'than'], '<'], [['up', 'to'], '<'], [['at', 'most'], '<'],
  [['as', 'little', 'as'], '<'], [['close', 'to'], '~'], [['an', 'estimated'], '~'], [['in', 'the', 'region', 'of'], '~'],
  [['over'], '>'], [['above'], '>'], [['exceeding'], '>'], [['topping'], '>'], [['beyond'], '>'],
  [['under'], '<'], [['below'], '<'], [['nearly'], '~'], [['almost'], '~'], [['about'], '~'], [['around'], '~'],
  [['roughly'], '~'], [['approximately'], '~'], [['approx'], '~'], [['some'], '~'], [['circa'], '~'],
  [['estimated'], '~'], [['~'], '~'], [['≈'], '~'], [['±'], '~'], [['sub'], '<'], [['averaged'], '~'], [['averaging'], '~'],
  [['averages'], '~'], [['up', 'until'], '<'], [['near'], '~'], [['surpassed'], '>'], [['surpassing'], '>'], [['exceeded'], '>'], [['topped'], '>'],
];

/** Bounds written after an amount ("$50,000 or more", "200 or so people"), longest first. */
export const TRAILING_BOUNDS: ReadonlyArray<[string[], Change]> = [
  [['or', 'more'], '>'], [['or', 'above'], '>'], [['or', 'higher'], '>'], [['or', 'older'], '>'], [['or', 'over'], '>'],
  [['and', 'up'], '>'], [['and', 'above'], '>'], [['and', 'over'], '>'], [['or', 'so'], '~'],
  [['or', 'less'], '<'], [['or', 'fewer'], '<'], [['or', 'lower'], '<'], [['or', 'younger'], '<'], [['or', 'under'], '<'],
];

/** Bounds glued to the number by a hyphen ("40-odd years", "50-plus candidates"), or a plus sign ("100+ flights"). */
export const SUFFIX_BOUNDS: ReadonlyMap<string, Change> = new Map<string, Change>([['odd', '~'], ['plus', '>'], ['+', '>']]);

/**
 * Titles written abbreviated before a name, and the words prose uses for the holder afterwards: "Sen.
 * Ana Ruiz … the senator said", "Rep. Tom Reyes … the congressman".
 */
export const TITLE_ABBREVIATIONS: ReadonlyMap<string, readonly string[]> = new Map([
  ['sen', ['senator']], ['rep', ['representative', 'congressman', 'congresswoman', 'lawmaker']], ['gov', ['governor']],
  ['pres', ['president']], ['gen', ['general']], ['lt', ['lieutenant']], ['col', ['colonel']], ['capt', ['captain']],
  ['sgt', ['sergeant']], ['adm', ['admiral']], ['cmdr', ['commander']], ['maj', ['major']], ['brig', ['brigadier']],
  ['supt', ['superintendent']], ['insp', ['inspector']], ['det', ['detective']], ['cst', ['constable']], ['const', ['constable']],
  ['cpl', ['corporal']], ['prof', ['professor']], ['dr', ['doctor']],
]);
