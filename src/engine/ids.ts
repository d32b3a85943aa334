/**
 * Item ids: a prefix per kind of item and its 1-based position in its list, so that an id in the
 * exported JSON, a highlight or the popup names one item unambiguously ("q3" is a quote, "n3" a
 * number).
 */
export const ID_PREFIX = { speaker: 's', quote: 'q', quantity: 'n', claim: 'c' } as const;

/** The id of the item at `index` (0-based) of its kind's list. */
export function itemId(kind: keyof typeof ID_PREFIX, index: number): string {
  return `${ID_PREFIX[kind]}${index + 1}`;
}
