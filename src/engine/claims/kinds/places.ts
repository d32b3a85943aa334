/**
 * Places and the language of territorial control: which words assert that
 * someone controls, takes, loses or advances on a place, and which words name
 * a place ("Kabul", "regional capitals", "163 districts", "the country").
 */
import { startsLower, startsUpper, type FineToken } from '../../text/fine-tokens';
import { ANYWHERE_CUES, EXPULSION_CUES, FALL_TO_CUES, FORCE_NOUNS, MOVEMENT_CUES, NOT_PLACE_NAMES, OBJECT_CUES, OBJECT_LINKS, PLACE_ADJECTIVES, PLACE_NOUNS, PLACE_PREPOSITIONS } from '../../lexicon/word-lists';

export interface PlaceMention {
  /** FineToken indices of the first and last token naming the place. */
  first: number;
  last: number;
}

/** The places named in tokens `from`..`to` (inclusive). */
export function findPlaces(tokens: FineToken[], from: number, to: number): PlaceMention[] {
  const places: PlaceMention[] = [];
  for (let i = from; i <= to; i++) {
    const t = tokens[i];
    if (t.kind !== 'word') continue;
    if (PLACE_NOUNS.has(t.lower) && startsLower(t.text)) {
      let first = i;
      while (first > from && first > i - 2) {
        const before = tokens[first - 1];
        if (before.kind !== 'word' || !(PLACE_ADJECTIVES.has(before.lower) || startsUpper(before.text))) break;
        first--;
      }
      // "port city", "border crossing": nouns of place in a row are one place.
      const previous = places[places.length - 1];
      if (previous && previous.last >= first - 1 && previous.last < i) {
        previous.last = i;
        continue;
      }
      places.push({ first, last: i });
      continue;
    }
    // A capitalised name after a place preposition: "in Afghanistan", "near the capital, Kabul", "inside both Iraq and Syria".
    const prev = tokens[i - 1]?.lower === 'both' && i - 1 > from ? tokens[i - 2] : tokens[i - 1];
    if (i > from && startsUpper(t.text) && !NOT_PLACE_NAMES.has(t.lower) && prev &&
      (PLACE_PREPOSITIONS.has(prev.lower) || (prev.text === ',' && places.length > 0 && places[places.length - 1].last === i - 2) ||
        ANYWHERE_CUES.has(prev.lower) || OBJECT_CUES.has(prev.lower))) {
      let last = i;
      while (last < to && last < i + 3 && startsUpper(tokens[last + 1].text) && tokens[last + 1].kind === 'word') last++;
      places.push({ first: i, last });
      i = last;
    }
  }
  return places;
}

/** The words a control cue opens with, in one set: most words of a clause with a place are none of them. */
const CONTROL_CUES: ReadonlySet<string> = new Set([...ANYWHERE_CUES, ...FALL_TO_CUES, ...OBJECT_CUES, ...EXPULSION_CUES]);

/** Those and the movements of forces: the words findControlCue can answer with. */
const CONTROL_WORDS: ReadonlySet<string> = new Set([...CONTROL_CUES, ...MOVEMENT_CUES]);

/**
 * Whether tokens `from`..`to` hold a word findControlCue can answer with: without one they claim control
 * over no place, whatever places they name (and most clauses have none, so their places need not be found).
 */
export function mayClaimControl(tokens: FineToken[], from: number, to: number): boolean {
  for (let i = from; i <= to; i++) if (CONTROL_WORDS.has(tokens[i].lower)) return true;
  return false;
}

/** Whether tokens `from`..`to` assert control over, or a military movement to or from, one of `places`: the territorial cue, or -1. */
export function findControlCue(tokens: FineToken[], from: number, to: number, places: PlaceMention[]): number {
  if (places.length === 0) return -1;
  // Armed forces moving into, out of or staying in a place: "sent troops to Hong Kong", "troops remain at the base".
  let forces = false;
  let movement = -1;
  for (let i = from; i <= to; i++) {
    const w = tokens[i].lower;
    if (FORCE_NOUNS.has(w)) forces = true;
    if (movement < 0 && MOVEMENT_CUES.has(w)) movement = i;
  }
  if (forces && movement >= 0) return movement;
  for (let i = from; i <= to; i++) {
    const w = tokens[i].lower;
    if (!CONTROL_CUES.has(w)) continue;
    if (ANYWHERE_CUES.has(w)) return i;
    if (FALL_TO_CUES.has(w) && fallsToForce(tokens, i, to)) return i;
    if (OBJECT_CUES.has(w) || (EXPULSION_CUES.has(w) && tokens[i + 1]?.lower === 'out')) {
      // The place must follow within a few linking words: "took over the city", "fall of Kabul".
      let k = i + 1;
      while (k <= to && k < i + 5 && OBJECT_LINKS.has(tokens[k].lower) && !places.some((p) => p.first === k)) k++;
      if (places.some((p) => p.first === k || (p.first < k && p.last >= k))) return i;
    }
  }
  return -1;
}

/** "fell to the Taliban", "fell to Russian forces": after "fall … to", a force or a name takes the place; not a value ("fell to 5%"). */
function fallsToForce(tokens: FineToken[], at: number, to: number): boolean {
  if (tokens[at + 1]?.lower !== 'to') return false;
  let k = at + 2;
  if (k <= to && tokens[k].lower === 'the') k++;
  const taker = tokens[k];
  return k <= to && taker.kind === 'word' && (startsUpper(taker.text) || FORCE_NOUNS.has(taker.lower));
}
