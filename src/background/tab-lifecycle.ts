/**
 * Forgets a tab's analysis when the tab closes or leaves its page, so the
 * popup never shows the previous article's quotes; and has the page drop the
 * previous article's highlights when a single-page app moves to another URL
 * (the document, and with it the content script, stays).
 */
import browser from 'webextension-polyfill';

export interface TabDepartures {
  forget: (tabId: number) => void;
  clearHighlights: (tabId: number) => void;
}

/** Must run synchronously at the worker's top level so these events wake a stopped worker. */
export function forgetTabsThatLeave({ forget, clearHighlights }: TabDepartures): void {
  browser.tabs.onRemoved.addListener((tabId) => forget(tabId));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    // `url` is reported only for tabs we may read; `status: 'loading'` for every navigation.
    if (change.url !== undefined || change.status === 'loading') forget(tabId);
    if (change.url !== undefined) clearHighlights(tabId);
  });
}
