/**
 * Places and the language of territorial control: which words assert that
 * someone controls, takes, loses or advances on a place, and which words name
 * a place ("Kabul", "regional capitals", "163 districts", "the country").
 */
import { startsLower, startsUpper, type FineToken } from '../text/fine-tokens';

/** Words naming a kind of place. */
const PLACE_NOUNS = new Set([
  'territory', 'territories', 'district', 'districts', 'province', 'provinces', 'region', 'regions', 'capital', 'capitals',
  'city', 'cities', 'town', 'towns', 'village', 'villages', 'area', 'areas', 'country', 'countries', 'border', 'borders',
  'base', 'bases', 'airport', 'airports', 'port', 'ports', 'island', 'islands', 'county', 'counties', 'land', 'lands',
  'oblast', 'governorate', 'governorates', 'enclave', 'peninsula', 'valley', 'settlement', 'settlements', 'neighbourhood',
  'neighbourhoods', 'neighborhood', 'neighborhoods', 'frontline', 'front', 'positions', 'outpost', 'outposts', 'checkpoint',
  'checkpoints', 'crossing', 'crossings', 'center', 'centre', 'municipality', 'municipalities', 'zone', 'zones', 'strip',
  'stronghold', 'strongholds', 'countryside', 'mountains', 'coast', 'coastline', 'airfield', 'highway', 'state', 'states',
]);
/** Adjectives kept with a place noun: "regional capitals", "rural areas", "surrounding areas". */
const PLACE_ADJECTIVES = new Set([
  'regional', 'rural', 'provincial', 'northern', 'southern', 'eastern', 'western', 'central', 'border', 'key',
  'strategic', 'surrounding', 'occupied', 'disputed', 'remote', 'urban', 'coastal', 'other', 'neighbouring', 'neighboring',
]);
/** Prepositions after which a capitalised name is a place: "in Afghanistan", "near Kabul". */
const PLACE_PREPOSITIONS = new Set([
  'in', 'of', 'near', 'into', 'from', 'across', 'towards', 'toward', 'around', 'outside', 'inside', 'over', 'to', 'at',
  'on', 'throughout', 'within', 'through',
]);
const NOT_PLACE_NAMES = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'the', 'i', 'a', 'an',
]);

/**
 * Control cues. `object` cues ("take", "lost") assert control only over a place
 * named right after them; `anywhere` cues ("control", "advancing") over a place
 * anywhere in the clause ("the surrounding areas are in our control").
 */
const ANYWHERE_CUES = new Set([
  'control', 'controls', 'controlled', 'controlling', 'seize', 'seized', 'seizes', 'seizing', 'seizure', 'capture',
  'captured', 'captures', 'capturing', 'hold', 'holds', 'held', 'holding', 'retake', 'retook', 'retaken', 'retaking',
  'recapture', 'recaptured', 'overrun', 'overran', 'occupy', 'occupied', 'occupies', 'occupying', 'occupation', 'annex',
  'annexed', 'annexes', 'annexation', 'liberate', 'liberated', 'liberates', 'liberation', 'advance', 'advanced',
  'advancing', 'advances', 'overtake', 'overtook', 'overtaken', 'invade', 'invaded', 'invades', 'invasion', 'conquer',
  'conquered', 'conquest', 'surround', 'surrounded', 'besiege', 'besieged', 'encircle', 'encircled', 'stormed',
  'reclaim', 'reclaimed', 'ceded', 'cede', 'takeover',
]);
const OBJECT_CUES = new Set([
  'take', 'takes', 'took', 'taken', 'taking', 'lose', 'loses', 'lost', 'losing', 'rule', 'ruled', 'rules', 'ruling',
  'gain', 'gained', 'gains', 'enter', 'entered', 'withdraw', 'withdrew', 'withdrawn', 'withdrawal', 'fall', 'fell',
  'falls', 'push', 'pushed', 'retreat', 'retreated',
]);
/** Words allowed between an object cue and its place: "took over the", "withdraw from", "fall of". */
const OBJECT_LINKS = new Set(['over', 'the', 'control', 'of', 'from', 'to', 'into', 'on', 'more', 'a', 'an', 'back', 'all', 'most', 'parts', 'part', 'full']);

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
    // A capitalised name after a place preposition: "in Afghanistan", "near the capital, Kabul".
    const prev = tokens[i - 1];
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

/** Whether tokens `from`..`to` assert control over one of `places`: the territorial cue, or -1. */
export function findControlCue(tokens: FineToken[], from: number, to: number, places: PlaceMention[]): number {
  if (places.length === 0) return -1;
  for (let i = from; i <= to; i++) {
    const w = tokens[i].lower;
    if (ANYWHERE_CUES.has(w)) return i;
    if (OBJECT_CUES.has(w)) {
      // The place must follow within a few linking words: "took over the city", "fall of Kabul".
      let k = i + 1;
      while (k <= to && k < i + 5 && OBJECT_LINKS.has(tokens[k].lower) && !places.some((p) => p.first === k)) k++;
      if (places.some((p) => p.first === k || (p.first < k && p.last >= k))) return i;
    }
  }
  return -1;
}
