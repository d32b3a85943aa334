/**
 * Which tab the popup analyses: `?tabId=N` when given (the E2E tests and the
 * demo open the popup page in a tab of its own), otherwise the active tab of
 * the window the toolbar icon was clicked in.
 */
import browser from 'webextension-polyfill';

export function tabIdFromQuery(search: string): number | null {
  const value = new URLSearchParams(search).get('tabId');
  if (value === null || !/^\d+$/.test(value)) return null;
  return Number(value);
}

export async function targetTabId(): Promise<number | null> {
  const fromQuery = tabIdFromQuery(location.search);
  if (fromQuery !== null) return fromQuery;
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id ?? null;
}
