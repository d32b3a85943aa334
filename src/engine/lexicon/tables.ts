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
  [['in', 'excess', 'of'], '>'], [['no', 'fewer', 'than'], '>'], [['no', 'less', 'than'], '>'],
  [['no', 'more', 'than'], '<'], [['upwards', 'of'], '>'], [['upward', 'of'], '>'],
  [['more', 'than'], '>'], [['greater', 'than'], '>'], [['over', 'than'], '>'], [['at', 'least'], '>'],
  [['less', 'than'], '<'], [['fewer', 'than'], '<'], [['up', 'to'], '<'], [['at', 'most'], '<'],
  [['as', 'little', 'as'], '<'], [['close', 'to'], '~'], [['an', 'estimated'], '~'], [['in', 'the', 'region', 'of'], '~'],
  [['over'], '>'], [['above'], '>'], [['exceeding'], '>'], [['topping'], '>'], [['beyond'], '>'],
  [['under'], '<'], [['below'], '<'], [['nearly'], '~'], [['almost'], '~'], [['about'], '~'], [['around'], '~'],
  [['roughly'], '~'], [['approximately'], '~'], [['approx'], '~'], [['some'], '~'], [['circa'], '~'],
  [['estimated'], '~'], [['~'], '~'], [['≈'], '~'], [['sub'], '<'], [['averaged'], '~'], [['averaging'], '~'],
  [['averages'], '~'],
];
