/**
 * Places items in the live page. The engine's offsets point into Readability's
 * article text, which the page does not share, so each item is found again by
 * its text (see text-quote.ts) in one index of the page's visible text.
 */
import { buildTextIndex, rangeFor } from './text-index';
import { matchTextQuote } from './text-quote';
import type { HighlightItem } from './types';

/** Every item's range under `root`, or null for an item the page does not contain (reported, never dropped). */
export function anchorAll(root: Node, items: readonly HighlightItem[]): Map<string, Range | null> {
  const index = buildTextIndex(root);
  const ranges = new Map<string, Range | null>();
  for (const item of items) {
    const match = matchTextQuote(index.text, item);
    ranges.set(item.id, match ? rangeFor(index, match.start, match.end) : null);
  }
  return ranges;
}
