/**
 * Text-quote matching in the manner of Hypothesis (exact text, disambiguated by
 * prefix and suffix, with an approximate fallback), on whitespace-free text.
 * Pure string work: the DOM side is text-index.ts.
 *
 * Cost stays linear-ish on big pages: the exact pass is `indexOf` plus at most
 * `MAX_EXACT_CANDIDATES` context comparisons of a few dozen characters; the
 * fallback looks up a handful of short probes from the quote (each capped in
 * hits) and chains them, instead of an edit-distance search over the page.
 */
import { compactWhitespace } from './text-index';

export interface TextQuote {
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextMatch {
  /** Offsets into the searched text, end exclusive. */
  start: number;
  end: number;
  /** False when found by the approximate fallback: the page's text differs somewhere inside. */
  exact: boolean;
}

/** Occurrences of the exact text considered at most; past that, context cannot tell them apart anyway. */
const MAX_EXACT_CANDIDATES = 1000;
/** Below this many (non-space) characters an approximate match would hit unrelated text. */
const MIN_FUZZY_LENGTH = 16;
const MAX_PROBES = 8;
const MAX_PROBE_LENGTH = 24;
const MIN_PROBE_LENGTH = 8;
/** A probe found more often than this is not distinctive and is left out. */
const MAX_PROBE_HITS = 32;

/** How many characters of `context` end exactly where `text` reaches `position`. */
function matchingPrefixLength(text: string, position: number, context: string): number {
  let n = 0;
  while (n < context.length && position - n - 1 >= 0 && text[position - n - 1] === context[context.length - n - 1]) n++;
  return n;
}

/** How many characters of `context` start exactly at `position` in `text`. */
function matchingSuffixLength(text: string, position: number, context: string): number {
  let n = 0;
  while (n < context.length && position + n < text.length && text[position + n] === context[n]) n++;
  return n;
}

function contextScore(text: string, start: number, end: number, prefix: string, suffix: string): number {
  return matchingPrefixLength(text, start, prefix) + matchingSuffixLength(text, end, suffix);
}

function matchExact(text: string, exact: string, prefix: string, suffix: string): TextMatch | null {
  const perfect = prefix.length + suffix.length;
  let best: TextMatch | null = null;
  let bestScore = -1;
  let candidates = 0;
  for (let at = text.indexOf(exact); at !== -1 && candidates < MAX_EXACT_CANDIDATES; at = text.indexOf(exact, at + 1)) {
    candidates++;
    const score = contextScore(text, at, at + exact.length, prefix, suffix);
    if (score > bestScore) {
      best = { start: at, end: at + exact.length, exact: true };
      bestScore = score;
      if (score === perfect) break;
    }
  }
  return best;
}

interface ProbeHit {
  probe: number;
  /** Where the probe starts in the quote. */
  offset: number;
  /** Where it was found in the text. */
  at: number;
}

/**
 * Approximate match: short probes spread over the quote are looked up exactly,
 * and the longest chain of hits that keeps the quote's order and roughly its
 * spacing wins. Text inserted into the quote (an inline ad, a footnote mark) or
 * missing from it (a hidden span) breaks at most the probes that overlap it.
 */
function matchApproximate(text: string, exact: string, prefix: string, suffix: string): TextMatch | null {
  const length = exact.length;
  if (length < MIN_FUZZY_LENGTH) return null;
  const probeLength = Math.min(MAX_PROBE_LENGTH, Math.max(MIN_PROBE_LENGTH, Math.floor(length / 4)));
  const probeCount = Math.max(2, Math.min(MAX_PROBES, Math.floor(length / probeLength)));
  const hits: ProbeHit[] = [];
  for (let probe = 0; probe < probeCount; probe++) {
    const offset = Math.round((probe * (length - probeLength)) / (probeCount - 1));
    const needle = exact.slice(offset, offset + probeLength);
    const found: number[] = [];
    for (let at = text.indexOf(needle); at !== -1 && found.length <= MAX_PROBE_HITS; at = text.indexOf(needle, at + 1)) {
      found.push(at);
    }
    if (found.length > MAX_PROBE_HITS) continue;
    for (const at of found) hits.push({ probe, offset, at });
  }
  if (hits.length === 0) return null;

  // Longest chain over hits in probe order (at most MAX_PROBES × MAX_PROBE_HITS of them, so the
  // quadratic step is bounded by a constant). Consecutive hits must keep the quote's spacing within
  // `slack`, which admits an insertion or deletion of up to half the quote.
  const slack = Math.max(MIN_FUZZY_LENGTH, Math.floor(length / 2));
  const chainLength = new Array<number>(hits.length).fill(1);
  const previous = new Array<number>(hits.length).fill(-1);
  for (let h = 0; h < hits.length; h++) {
    for (let g = 0; g < h; g++) {
      if (hits[g].probe >= hits[h].probe) continue;
      const drift = hits[h].at - hits[g].at - (hits[h].offset - hits[g].offset);
      if (Math.abs(drift) > slack || hits[h].at <= hits[g].at) continue;
      if (chainLength[g] + 1 > chainLength[h]) {
        chainLength[h] = chainLength[g] + 1;
        previous[h] = g;
      }
    }
  }
  const longest = Math.max(...chainLength);
  // Most of the quote must be there, and never a lone probe: one short hit proves nothing.
  if (longest < Math.max(2, Math.ceil(probeCount / 2))) return null;

  let best: TextMatch | null = null;
  let bestScore = -1;
  for (let last = 0; last < hits.length; last++) {
    if (chainLength[last] !== longest) continue;
    let first = last;
    while (previous[first] !== -1) first = previous[first];
    const start = refinedStart(text, exact, hits[first], slack);
    const end = refinedEnd(text, exact, hits[last], probeLength, slack);
    const score = contextScore(text, start, end, prefix, suffix);
    if (score > bestScore) {
      best = { start, end, exact: false };
      bestScore = score;
    }
  }
  return best;
}

/**
 * Where the quote starts, given its first matched probe: the match is extended
 * back while page and quote agree; where they part, text was inserted (an
 * "Advertisement" label between two paragraphs, say) or the head differs. The
 * rest of the head is then looked for just before; if it is not there, the
 * range starts where the agreement does, rather than take in unrelated text.
 */
function refinedStart(text: string, exact: string, hit: ProbeHit, slack: number): number {
  let quoteAt = hit.offset;
  let textAt = hit.at;
  while (quoteAt > 0 && textAt > 0 && text[textAt - 1] === exact[quoteAt - 1]) {
    quoteAt--;
    textAt--;
  }
  if (quoteAt === 0) return textAt;
  const head = exact.slice(0, quoteAt);
  const windowStart = Math.max(0, textAt - head.length - slack);
  const at = text.slice(windowStart, textAt).lastIndexOf(head);
  return at === -1 ? textAt : windowStart + at;
}

/** Where the quote ends, given its last matched probe: the mirror image of `refinedStart`. */
function refinedEnd(text: string, exact: string, hit: ProbeHit, probeLength: number, slack: number): number {
  let quoteAt = hit.offset + probeLength;
  let textAt = hit.at + probeLength;
  while (quoteAt < exact.length && textAt < text.length && text[textAt] === exact[quoteAt]) {
    quoteAt++;
    textAt++;
  }
  if (quoteAt === exact.length) return textAt;
  const tail = exact.slice(quoteAt);
  const window = text.slice(textAt, textAt + tail.length + slack);
  const at = window.indexOf(tail);
  return at === -1 ? textAt : textAt + at + tail.length;
}

/**
 * Finds `quote` in `text`, which must already be whitespace-free (a `TextIndex`'s
 * text). Returns null when the quote is not there, or only too vaguely to say where.
 */
export function matchTextQuote(text: string, quote: TextQuote): TextMatch | null {
  const exact = compactWhitespace(quote.exact);
  if (!exact) return null;
  const prefix = compactWhitespace(quote.prefix);
  const suffix = compactWhitespace(quote.suffix);
  return matchExact(text, exact, prefix, suffix) ?? matchApproximate(text, exact, prefix, suffix);
}
