/**
 * Contested figures: claims about the same measure of the same thing made by
 * different named claimants, set side by side, and marked contested where they
 * disagree — the heart of conflict reporting ("the Taliban: 80 percent of the
 * country; Kabul: 65 percent"). Pure: built from the engine's analysis.
 *
 * What counts as the same measure:
 * - a share of something: the same "of" subject ("80 percent of Afghanistan",
 *   "more than 80 percent of the territory" in an article about Afghanistan);
 * - a count, an amount or a measure: the same unit and words of the claim in
 *   common besides ("40 people were killed in the shelling" / "12 people were
 *   killed in the shelling");
 * - control of a place without a figure: the same named place.
 * Generic place nouns ("the country", "the territory") stand for the place the
 * article's claims name most often.
 */
import type { Analysis, Claim, ClaimStatus, Quantity } from '../engine/types';

export interface FigureClaim {
  claimId: string;
  /** Who makes the claim; null for the article's own voice. */
  claimantName: string | null;
  /** The figure as the text gives it ("more than 80 percent"), or the claim's status for a place. */
  value: string;
  status: ClaimStatus;
}

export interface FigureGroup {
  /** What is measured: "Share of Afghanistan held", "Number of people killed", "Control of Kabul". */
  label: string;
  /** True when the claimants' figures cannot all be true at once, or one denies what another asserts. */
  contested: boolean;
  /** One entry per claim, in article order. */
  claims: FigureClaim[];
}

/** Quantity types that measure something; dates, years and ordinals place a claim, they are not its figure. */
const MEASURE_TYPES = new Set<Quantity['type']>(['count', 'percent', 'money', 'measure']);

/** Nouns that stand for the article's main place when written with "the". */
const GENERIC_PLACES = new Set(['country', 'territory', 'nation', 'land', 'state', 'region', 'province', 'city']);

/** Words too common to tie two claims to one event (the unit and the figure aside). */
const COMMON_WORDS = new Set([
  'about', 'above', 'after', 'again', 'against', 'also', 'among', 'around', 'because', 'been', 'before', 'being', 'below',
  'between', 'both', 'could', 'during', 'each', 'from', 'have', 'having', 'into', 'least', 'less', 'like', 'many', 'more',
  'most', 'much', 'nearly', 'only', 'other', 'over', 'said', 'says', 'some', 'such', 'than', 'that', 'their', 'them', 'there',
  'these', 'they', 'this', 'those', 'through', 'told', 'under', 'until', 'were', 'what', 'when', 'where', 'which', 'while',
  'will', 'with', 'would', 'according', 'percent', 'per', 'cent', 'million', 'billion', 'thousand', 'hundred', 'year', 'years',
]);

/** The first word of an "of" phrase right after a figure: what it is a number of. */
const OF_WHAT = /^\s*of\s+(?:the\s+)?(\p{L}+)/u;

/** Figures within this share of each other agree (rounding); "about" figures get twice as much room. */
const EXACT_TOLERANCE = 0.02;
const APPROXIMATE_TOLERANCE = 0.1;

interface Interval {
  low: number;
  high: number;
}

interface Candidate {
  claim: Claim;
  key: string;
  label: string;
  quantity: Quantity | null;
  /** For counts: the words tying it to an event. */
  words: string[];
}

export function contestedFigures(analysis: Pick<Analysis, 'claims' | 'quantities' | 'speakers'>): FigureGroup[] {
  const quantities = new Map(analysis.quantities.map((quantity) => [quantity.id, quantity]));
  const names = new Map(analysis.speakers.map((speaker) => [speaker.id, speaker.name]));
  const mainPlace = mostNamedPlace(analysis.claims);
  const candidates = analysis.claims.flatMap((claim) => candidatesOf(claim, quantities, mainPlace));

  const groups = new Map<string, Candidate[]>();
  for (const candidate of candidates) {
    const bucket = groups.get(candidate.key) ?? [];
    bucket.push(candidate);
    groups.set(candidate.key, bucket);
  }
  const result: FigureGroup[] = [];
  for (const bucket of groups.values()) {
    for (const members of splitByEvent(bucket)) {
      // Different named claimants: the article's own voice states facts, it is not a side.
      const claimants = new Set(members.map((member) => member.claim.claimantId).filter((id) => id !== null));
      if (claimants.size < 2) continue;
      members.sort((a, b) => a.claim.start - b.claim.start);
      result.push({
        label: members[0].label,
        contested: disagree(members),
        claims: members.map(({ claim, quantity }) => ({
          claimId: claim.id,
          claimantName: claim.claimantId ? (names.get(claim.claimantId) ?? null) : null,
          value: quantity ? quantity.text : claim.status,
          status: claim.status,
        })),
      });
    }
  }
  // Contested measures first, then in the order the article first gives them.
  const starts = new Map(analysis.claims.map((claim) => [claim.id, claim.start]));
  const firstStart = (group: FigureGroup) => starts.get(group.claims[0].claimId) ?? 0;
  return result.sort((a, b) => Number(b.contested) - Number(a.contested) || firstStart(a) - firstStart(b));
}

/** The measures a claim states, each with the key of what it measures. */
function candidatesOf(claim: Claim, quantities: Map<string, Quantity>, mainPlace: string | null): Candidate[] {
  const territorial = claim.kinds.includes('territorial');
  const measured = claim.quantityIds
    .map((id) => quantities.get(id))
    .filter((quantity): quantity is Quantity => quantity !== undefined && MEASURE_TYPES.has(quantity.type));
  if (measured.length > 0) {
    return measured.flatMap((quantity) => {
      if (quantity.type === 'percent') {
        const subject = quantity.of ? placeName(quantity.of.replace(/^of\s+/iu, ''), mainPlace) : null;
        if (!subject) return [];
        return [{ claim, quantity, key: `share|${subject.toLowerCase()}`, label: `Share of ${subject}${territorial ? ' held' : ''}`, words: [] }];
      }
      const unit = (quantity.unit ?? '').toLowerCase();
      if (!unit) return [];
      // "7,500 miles of sewer lines" and "1,600 miles of gas lines" measure different things.
      const what = OF_WHAT.exec(claim.text.slice(quantity.end - claim.start))?.[1]?.toLowerCase() ?? '';
      return [{ claim, quantity, key: `${quantity.type}|${unit}|${what}`, label: measureLabel(quantity), words: eventWords(claim, quantity) }];
    });
  }
  if (!territorial) return [];
  return claim.places.flatMap((place) => {
    const name = placeName(place.text, mainPlace);
    return name && /^\p{Lu}/u.test(name) ? [{ claim, quantity: null, key: `place|${name.toLowerCase()}`, label: `Control of ${name}`, words: [] }] : [];
  });
}

function measureLabel(quantity: Quantity): string {
  if (quantity.type === 'money') return `Amount in ${quantity.unit}`;
  return `Number of ${quantity.unit}`;
}

/** A place as written, with "the country" and the like read as the article's main place. */
function placeName(text: string, mainPlace: string | null): string | null {
  const bare = text.trim().replace(/^the\s+/iu, '');
  if (GENERIC_PLACES.has(bare.toLowerCase())) return mainPlace;
  return bare || null;
}

/** The capitalised place the article's claims name most often (first named on a tie). */
function mostNamedPlace(claims: Claim[]): string | null {
  const counts = new Map<string, number>();
  for (const claim of claims) {
    for (const place of claim.places) {
      const name = place.text.trim().replace(/^the\s+/iu, '');
      if (/^\p{Lu}/u.test(name)) counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  }
  let best: string | null = null;
  for (const [name, count] of counts) if (best === null || count > counts.get(best)!) best = name;
  return best;
}

/** The claim's own words outside its figure: what ties "40 people were killed" to "12 people killed". */
function eventWords(claim: Claim, quantity: Quantity): string[] {
  const outside = `${claim.text.slice(0, quantity.start - claim.start)} ${claim.text.slice(quantity.end - claim.start)}`;
  const words = outside.toLowerCase().match(/\p{L}{4,}/gu) ?? [];
  return [...new Set(words.filter((word) => !COMMON_WORDS.has(word)))];
}

/** Shared words that make two counts of one unit the same measure ("people were killed in the shelling"). */
const SHARED_EVENT_WORDS = 2;

/** A word this many claims of one unit share is too common to tie two of them to one event. */
const MAX_CLAIMS_PER_EVENT_WORD = 20;

/**
 * Counts of one unit are the same measure only when their claims share event
 * words: "300 people attended" and "40 people were killed" are not set side by
 * side. Each group gathers the claims that share enough words with its first
 * claim (not with each other in a chain, which would join a whole article's sums).
 * The shared words are counted through an index of which claims hold each word,
 * so a long page's hundreds of counts are not compared pair by pair.
 */
function splitByEvent(bucket: Candidate[]): Candidate[][] {
  if (bucket.every((candidate) => candidate.words.length === 0)) return [bucket];
  const holders = new Map<string, number[]>();
  bucket.forEach((candidate, index) => {
    for (const word of candidate.words) {
      const list = holders.get(word);
      if (list) list.push(index);
      else holders.set(word, [index]);
    }
  });
  const groups: Candidate[][] = [];
  const placed = new Uint8Array(bucket.length);
  for (let first = 0; first < bucket.length; first++) {
    if (placed[first]) continue;
    placed[first] = 1;
    const shared = new Map<number, number>();
    for (const word of bucket[first].words) {
      const list = holders.get(word)!;
      if (list.length > MAX_CLAIMS_PER_EVENT_WORD) continue;
      for (const other of list) if (!placed[other]) shared.set(other, (shared.get(other) ?? 0) + 1);
    }
    const members = [...shared].filter(([, count]) => count >= SHARED_EVENT_WORDS).map(([other]) => other).sort((a, b) => a - b);
    for (const other of members) placed[other] = 1;
    groups.push([bucket[first], ...members.map((other) => bucket[other])]);
  }
  return groups;
}

/** Whether the claims cannot all hold: one denies what another asserts, or their figures do not overlap. */
function disagree(members: Candidate[]): boolean {
  const denied = members.some((member) => member.claim.status === 'denied');
  if (denied && members.some((member) => member.claim.status !== 'denied')) return true;
  const intervals = members.map((member) => member.quantity && intervalOf(member.quantity)).filter((interval): interval is Interval => interval !== null);
  if (intervals.length < 2) return false;
  // The figures agree when some value lies within all of them.
  const low = Math.max(...intervals.map((interval) => interval.low));
  const high = Math.min(...intervals.map((interval) => interval.high));
  return low > high;
}

/** The values a figure allows: "80 percent" about 78–82, "more than 80" above 80, "300 to 900" that range. */
function intervalOf(quantity: Quantity): Interval | null {
  const value = quantity.value;
  if (value === null) {
    if (quantity.low === undefined || quantity.high === undefined) return null;
    return { low: quantity.low, high: quantity.high };
  }
  const room = Math.abs(value) * (quantity.change === '~' ? APPROXIMATE_TOLERANCE : EXACT_TOLERANCE);
  switch (quantity.change) {
    case '>':
      return { low: value, high: Infinity };
    case '<':
      return { low: -Infinity, high: value };
    default:
      return { low: value - room, high: value + room };
  }
}

/** The group on one line: "Share of Afghanistan held — Taliban: 80%; Suhail Shaheen: more than 80 percent (contested)". */
export function figureGroupLine(group: FigureGroup): string {
  const figures = group.claims.map((claim) => `${claim.claimantName ?? 'the article'}: ${claim.value}`).join('; ');
  return `${group.label} — ${figures} (${group.contested ? 'contested' : 'consistent'})`;
}
