/**
 * Asks the tab's content script to highlight the analysis in the page. Only a
 * nicety: any failure here leaves the popup's lists intact, with no placement
 * information (null).
 */
import { selectorsFor } from '../content/highlights/selectors';
import type { Analysis } from '../engine/types';
import type { PaintReply } from '../shared/messages';
import { callTab } from '../shared/messaging';

export async function paintHighlights(tabId: number, analysis: Analysis): Promise<PaintReply | null> {
  try {
    return await callTab(tabId, 'paint', { items: selectorsFor(analysis) });
  } catch (error) {
    console.warn('Quotelens: could not highlight the page', error);
    return null;
  }
}
