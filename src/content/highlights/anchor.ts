/**
 * Places items in the live page. The engine's offsets point into Readability's
 * article text, which the page does not share, so each item is found again by
 * its text (see text-quote.ts) in one index of the page's visible text. The
 * painter places items one at a time (pausing between them on a big page);
 * `anchorAll` is the same placing at once, for tests and the highlight probe.
 */
import type { HighlightItem } from '../../shared/highlights/types';
import { buildTextIndex, rangeFor, type TextIndex } from './text-index';
import { matchTextQuote } from './text-quote';

/**
 * The range of `item` in the page `index` was built from, or null when the page
 * does not contain it (reported, never dropped). The page may have changed since
 * the index was built: a match whose nodes have left `root` is not placed.
 */
export function anchorItem(index: TextIndex, root: Node, item: HighlightItem): Range | null {
  const match = matchTextQuote(index.text, item);
  const range = match ? rangeFor(index, match.start, match.end) : null;
  return range && root.contains(range.commonAncestorContainer) ? range : null;
}

/** Every item's range under `root`, or null for an item the page does not contain. */
export function anchorAll(root: Node, items: readonly HighlightItem[]): Map<string, Range | null> {
  const index = buildTextIndex(root);
  return new Map(items.map((item) => [item.id, anchorItem(index, root, item)]));
}
