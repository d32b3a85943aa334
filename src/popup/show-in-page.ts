/** Scrolls the analysed tab to a highlighted quote or claim. */
import { callTab } from '../shared/messaging';

export async function showInPage(tabId: number, itemId: string): Promise<boolean> {
  try {
    const { scrolled } = await callTab(tabId, 'scrollTo', { id: itemId });
    return scrolled;
  } catch (error) {
    // The page was reloaded or closed since the analysis: nothing to scroll.
    console.warn('Quotelens: could not scroll the page', error);
    return false;
  }
}
