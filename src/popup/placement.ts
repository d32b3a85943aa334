/**
 * Whether the page highlighter found an item on the page: true / false, or
 * undefined when nothing was painted (no highlighter, or a low-confidence quote
 * that is not painted), in which case the popup says nothing about it.
 */
import type { PaintReply } from '../shared/highlights/types';

export type Placement = (itemId: string) => boolean | undefined;

export function placementFrom(highlights: PaintReply | null): Placement {
  if (!highlights) return () => undefined;
  return (itemId) => highlights.placed[itemId];
}
