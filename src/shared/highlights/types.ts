/**
 * What the highlighter paints: one text-quote selector per listed quote and
 * claim. A selector carries the text itself plus a little context on each side
 * rather than article offsets, because the article text (Readability's view of
 * the page) and the live DOM do not share offsets.
 */

export type HighlightKind = 'quote' | 'numeric' | 'territorial';

export const HIGHLIGHT_KINDS: readonly HighlightKind[] = ['quote', 'numeric', 'territorial'];

export interface HighlightItem {
  /** The engine's id of the quote or claim, so the popup can call `scrollTo` with it. */
  id: string;
  kind: HighlightKind;
  /** The article text the item covers. */
  exact: string;
  /** Up to ~32 characters of article text just before `exact`: tells repeated text apart. */
  prefix: string;
  /** Up to ~32 characters of article text just after `exact`. */
  suffix: string;
  /** One line shown on hover: the speaker and role, or who makes the claim. */
  tooltip: string;
}

/** Every name the extension puts into the page's highlight registry starts with this. */
export const HIGHLIGHT_NAME_PREFIX = 'quotelens';

export function highlightName(kind: HighlightKind | 'flash'): string {
  return `${HIGHLIGHT_NAME_PREFIX}-${kind}`;
}

/** The tag of the one element the highlighter adds to a page: the tooltip's shadow host. */
export const TOOLTIP_HOST_TAG = 'quotelens-tooltip';

/** One kind's colours: a translucent tint and an underline (see styles.ts). */
export interface KindColours {
  background: string;
  underline: string;
}

/** How the page highlights look, from the reader's settings. */
export interface HighlightLook {
  colours: Record<HighlightKind, KindColours>;
  kinds: Record<HighlightKind, boolean>;
}

export interface PaintReply {
  /** id → whether the item was found on the page. */
  placed: Record<string, boolean>;
  /** False where the browser has no CSS Custom Highlight API: items are found (and scrolled to) but not coloured. */
  painted: boolean;
}
