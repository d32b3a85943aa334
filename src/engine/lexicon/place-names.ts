/**
 * Countries, states, provinces and national capitals, from WordNet (see scripts/build-lexicons.ts):
 * "Egypt said" is a government speaking, not a person.
 */
import placeNames from './generated/place-names.json';
import { listOf } from './generated-lists';

const PLACE_NAMES: ReadonlySet<string> = new Set(listOf(placeNames.names));

/** Whether the lower-case words `words` ("saudi", "arabia") name a country, a state, a province or a capital. */
export function isPlaceName(words: readonly string[]): boolean {
  return PLACE_NAMES.has(words.join(' '));
}
