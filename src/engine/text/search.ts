import type { Span } from '../types';

/**
 * The one binary search of the engine: every stage keeps its items (tokens, sentences, quotes,
 * mentions) sorted by position and looks them up by offset.
 */

/**
 * The first index in [0, length) at which `reached` holds, given that it is false before some index
 * and true from there on (a sorted list); `length` when it never holds.
 */
export function firstIndexWhere(length: number, reached: (index: number) => boolean): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (reached(mid)) high = mid;
    else low = mid + 1;
  }
  return low;
}

/** Index of the first item starting at or after `offset` in a list of spans sorted by start. */
export function firstStartingAtOrAfter(items: readonly Span[], offset: number): number {
  return firstIndexWhere(items.length, (index) => items[index].start >= offset);
}
