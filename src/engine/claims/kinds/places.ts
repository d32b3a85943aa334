/**
 * Places and the language of territorial control: which words assert that
 * someone controls, takes, loses or advances on a place, and which words name
 * a place ("Kabul", "regional capitals", "163 districts", "the country").
 */
import { isNumberWord } from '../../quantities/number-words';
import { startsLower, startsUpper, type FineToken } from '../../text/fine-tokens';
import { ANYWHERE_CUES, CLAIM_CUES, DETERMINERS, EXPULSION_CUES, FALL_TO_CUES, FORCE_NOUNS, HOLD_CUES, INSTITUTION_NOUNS, LOCATIVE_LINKS, MILITARY_PLACES, MOVEMENT_CUES, NOT_PLACE_NAMES, OBJECT_CUES, OBJECT_LINKS, PLACE_ADJECTIVES, PLACE_NOUNS, PLACE_PREPOSITIONS, POSSESSIVES, PRESENCE_PREPOSITIONS, TAKE_CUES, TERRITORIAL_NOUNS } from '../../lexicon/word-lists';

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
    if (PLACE_NOUNS.has(t.lower) && startsLower(t.text) && !INSTITUTION_NOUNS.has(tokens[i + 1]?.lower ?? '')) {
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
    // A capitalised name after a place preposition: "in Afghanistan", "near the capital, Kabul", "inside both Iraq
    // and Syria", "into northern Syria".
    const skipped = i - 1 > from && (tokens[i - 1].lower === 'both' || PLACE_ADJECTIVES.has(tokens[i - 1].lower)) ? 1 : 0;
    const prev = tokens[i - 1 - skipped];
    // Not a possessive ("Mario's movement", "Yahoo's patents"), an institution ("the House") or what is claimed
    // about ("claimed Trump relied …").
    const possessive = t.lower.endsWith("'s") || t.lower.endsWith('’s');
    if (i > from && startsUpper(t.text) && !NOT_PLACE_NAMES.has(t.lower) && !possessive && !INSTITUTION_NOUNS.has(t.lower) && prev &&
      (PLACE_PREPOSITIONS.has(prev.lower) || (prev.text === ',' && places.length > 0 && places[places.length - 1].last === i - 2) ||
        ANYWHERE_CUES.has(prev.lower) || (OBJECT_CUES.has(prev.lower) && !CLAIM_CUES.has(prev.lower)))) {
      let last = i;
      while (last < to && last < i + 3 && startsUpper(tokens[last + 1].text) && tokens[last + 1].kind === 'word') last++;
      places.push({ first: i, last });
      i = last;
    }
  }
  return places;
}

/**
 * The words findControlCue can answer with, in one set (most words of a clause are none of them): the control
 * cues, the movements of forces and the forces themselves ("900 troops in Syria").
 */
const CONTROL_WORDS: ReadonlySet<string> = new Set([...ANYWHERE_CUES, ...FALL_TO_CUES, ...OBJECT_CUES, ...EXPULSION_CUES, ...TERRITORIAL_NOUNS, ...MOVEMENT_CUES, ...FORCE_NOUNS]);

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
  // "has about 900 troops in Syria", "U.S. forces in southern Syria": forces placed in a place are a presence there.
  for (let i = from; forces && i < to; i++) {
    if (FORCE_NOUNS.has(tokens[i].lower) && PRESENCE_PREPOSITIONS.has(tokens[i + 1].lower) && placeAfter(tokens, i + 1, to, places)) return i;
  }
  for (let i = from; i <= to; i++) {
    const w = tokens[i].lower;
    if (!CONTROL_WORDS.has(w)) continue;
    // "seized the town", "the town was seized", "rebels seized buildings in Goma": the place is what is
    // taken, or the clause is about armed forces; not "holds a degree from Harvard", "captured the title in Madrid".
    if (TERRITORIAL_NOUNS.has(w)) return i;
    const anywhere = ANYWHERE_CUES.has(w);
    const object = OBJECT_CUES.has(w) || (EXPULSION_CUES.has(w) && tokens[i + 1]?.lower === 'out');
    if ((anywhere || object) && !isControlVerbHere(tokens, i, forces)) continue;
    if (anywhere && (forces || places.some((p) => p.last < i) || placeAfter(tokens, i, to, places, HOLD_CUES.has(w)))) return i;
    if (FALL_TO_CUES.has(w) && fallsToForce(tokens, i, to)) return i;
    if (object && placeAfter(tokens, i, to, places)) return i;
    // "pressing the US to leave the base": a base or a garrison is a military presence whoever leaves it.
    if (MOVEMENT_CUES.has(w) && MILITARY_PLACES.has(tokens[placeAfter(tokens, i, to, places)?.last ?? i].lower)) return i;
  }
  return -1;
}

/**
 * Whether the word at `i`, if a control cue, is one here: not "a hold of" or "his hold on" (a noun), "take on"
 * a rival, or someone "taken to hospital" (outside a clause about armed forces).
 */
function isControlVerbHere(tokens: FineToken[], i: number, forces: boolean): boolean {
  const w = tokens[i].lower;
  const next = tokens[i + 1]?.lower;
  const before = tokens[i - 1]?.lower ?? '';
  if (HOLD_CUES.has(w)) return !DETERMINERS.has(before) && !POSSESSIVES.has(before);
  if (TAKE_CUES.has(w)) return next !== 'on' && (next !== 'to' || forces);
  return true;
}

/**
 * The place that follows the cue at `at` within a few linking words or names, if any (with `objectOnly`, not
 * past a preposition of place: "held in Doha" is no place held): "took over the city", "fall of Kabul",
 * "in control of 163 districts", "seized large parts of Iraqi and Syrian territory".
 */
function placeAfter(tokens: FineToken[], at: number, to: number, places: PlaceMention[], objectOnly = false): PlaceMention | undefined {
  let k = at + 1;
  while (k <= to && k < at + OBJECT_REACH && isObjectLink(tokens[k]) && !(objectOnly && LOCATIVE_LINKS.has(tokens[k].lower)) && !places.some((p) => p.first === k)) k++;
  // After "the", one word of its own may qualify the place ("took over the presidential palace"); elsewhere a
  // word names another thing before it ("holds a degree from Harvard", "ruled that EU countries …").
  const qualified = tokens[k - 1]?.lower === 'the' && tokens[k]?.kind === 'word' && startsLower(tokens[k].text);
  return places.find((p) => p.first === k || (qualified && p.first === k + 1) || (p.first < k && p.last >= k));
}

/**
 * A word that may stand between a control cue and its place: a linking word, a name, an adjective of place
 * ("into northern Velna"), a possessive ("took to the city's streets"), a number ("controls about 70 districts").
 */
function isObjectLink(t: FineToken): boolean {
  // An institution ends the search: "the Labour-controlled House of Commons" controls no place.
  if (INSTITUTION_NOUNS.has(t.lower)) return false;
  return OBJECT_LINKS.has(t.lower) || PLACE_ADJECTIVES.has(t.lower) || t.kind === 'num' || isNumberWord(t.lower) || startsUpper(t.text) || t.lower.endsWith("'s") || t.lower.endsWith('’s');
}

/** How many tokens after a control cue its place may start. */
const OBJECT_REACH = 8;

/** "fell to the Taliban", "fell to Russian forces": after "fall … to", a force or a name takes the place; not a value ("fell to 5%"). */
function fallsToForce(tokens: FineToken[], at: number, to: number): boolean {
  // "fell into the hands of the militia"
  if (tokens[at + 1]?.lower === 'into' && tokens[at + 2]?.lower === 'the' && tokens[at + 3]?.lower === 'hands') return true;
  if (tokens[at + 1]?.lower !== 'to') return false;
  let k = at + 2;
  if (k <= to && tokens[k].lower === 'the') k++;
  const taker = tokens[k];
  return k <= to && taker.kind === 'word' && (startsUpper(taker.text) || FORCE_NOUNS.has(taker.lower));
}
