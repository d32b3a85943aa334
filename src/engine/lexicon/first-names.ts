/**
 * A named person's gender as their given name tells it, from stdlib's English first-name lists (see
 * scripts/build-lexicons.ts): "Elizabeth Warren" is "she" before the text has said so.
 */
import firstNames from './generated/first-names.json';
import type { Gender } from './tables';
import { listOf } from './generated-lists';

const GIVEN_NAME_GENDER: ReadonlyMap<string, Gender> = new Map<string, Gender>([
  ...listOf(firstNames.female).map((name): [string, Gender] => [name, 'female']),
  ...listOf(firstNames.male).map((name): [string, Gender] => [name, 'male']),
]);

/**
 * The gender of a full name's first word (lower case) when the lists give it one only; null for a name in
 * both lists ("Jordan"), in neither, or for a one-word name (a surname tells nothing).
 */
export function genderOfName(nameWords: readonly string[]): Gender {
  return nameWords.length >= 2 ? GIVEN_NAME_GENDER.get(nameWords[0]) ?? null : null;
}

const EITHER_GENDER_NAMES: ReadonlySet<string> = new Set(listOf(firstNames.either));

/** Whether `word` (lower case) is a given name of the lists: a person's name starts here ("Ana" in "Commissioner Ana Ruiz"). */
export function isGivenName(word: string): boolean {
  return GIVEN_NAME_GENDER.has(word) || EITHER_GENDER_NAMES.has(word);
}
