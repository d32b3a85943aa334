/**
 * Tells the side panel when the result kept for a tab changes: saved (the tab
 * was analysed, in the popup or the panel), updated (its highlights were
 * placed again) or removed (the tab navigated, even in-page, or closed).
 */
import browser from 'webextension-polyfill';
import { tabResultKey } from '../background/tab-results';

/** Calls `listener` on each change of tab `tabId`'s result; returns the unsubscribe. */
export function onTabResultChange(tabId: number, listener: () => void): () => void {
  const key = tabResultKey(tabId);
  const onChanged = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
    if (area === 'session' && key in changes) listener();
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
