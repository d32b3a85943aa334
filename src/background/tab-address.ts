/**
 * Where a tab is now, as the browser tells the worker. Known for a tab the
 * reader invoked quotelens on (activeTab) or, in the E2E build, any local page;
 * undefined where the browser hides it.
 */
import browser from 'webextension-polyfill';

export async function currentTabUrl(tabId: number): Promise<string | undefined> {
  try {
    return (await browser.tabs.get(tabId)).url;
  } catch {
    return undefined;
  }
}
