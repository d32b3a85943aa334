/**
 * Forgets a tab's analysis when the tab closes or leaves its page, so the
 * popup never shows the previous article's quotes.
 */
import browser from 'webextension-polyfill';

/** Must run synchronously at the worker's top level so these events wake a stopped worker. */
export function forgetTabsThatLeave(forget: (tabId: number) => void): void {
  browser.tabs.onRemoved.addListener((tabId) => forget(tabId));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    // `url` is reported only for tabs we may read; `status: 'loading'` for every navigation.
    if (change.url !== undefined || change.status === 'loading') forget(tabId);
  });
}
