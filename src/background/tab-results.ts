/**
 * Each tab's analysis, kept in `storage.session`: it survives the service
 * worker being stopped (which Chrome does after ~30 s idle) and is gone when
 * the browser closes. One key per tab, so twenty tabs keep twenty results.
 */
import browser from 'webextension-polyfill';
import type { TabAnalysis } from '../shared/tab-analysis';

const KEY_PREFIX = 'tab:';

interface StoredResult {
  /** When the page was analysed (not when the entry was last written): the oldest analyses make room first. */
  savedAt: number;
  result: TabAnalysis;
}

/** The storage.session key of a tab's result (the side panel watches it change). */
export const tabResultKey = (tabId: number) => `${KEY_PREFIX}${tabId}`;

async function loadStored(tabId: number): Promise<StoredResult | null> {
  const key = tabResultKey(tabId);
  return ((await browser.storage.session.get(key))[key] as StoredResult | undefined) ?? null;
}

export async function loadTabResult(tabId: number): Promise<TabAnalysis | null> {
  return (await loadStored(tabId))?.result ?? null;
}

/**
 * Keeps `result` for `tabId`. When the session area is full (10 MB in Chrome),
 * the oldest other tabs' results make room: they are re-analysed on demand.
 * A result too large to keep at all is simply not kept.
 */
export async function saveTabResult(tabId: number, result: TabAnalysis, savedAt = Date.now()): Promise<boolean> {
  const entry: StoredResult = { savedAt, result };
  for (;;) {
    try {
      await browser.storage.session.set({ [tabResultKey(tabId)]: entry });
      return true;
    } catch (error) {
      if (!isQuotaError(error) || !(await evictOldest(tabId))) return false;
    }
  }
}

/**
 * Records where the page's highlights are now (the page changed and its content
 * script placed them again), so a popup opened later says which items are on
 * the page. Only for the kept analysis of `url`: the tab may have moved on.
 */
export async function updateTabPlacement(tabId: number, url: string, placed: Record<string, boolean>): Promise<boolean> {
  const stored = await loadStored(tabId);
  const result = stored?.result;
  if (!stored || !result?.highlights || result.article.url !== url) return false;
  // Still the same analysis: it keeps its age.
  return saveTabResult(tabId, { ...result, highlights: { ...result.highlights, placed } }, stored.savedAt);
}

export async function forgetTabResult(tabId: number): Promise<void> {
  await browser.storage.session.remove(tabResultKey(tabId));
}

function isQuotaError(error: unknown): boolean {
  return error instanceof Error && /quota/i.test(error.message);
}

/** Removes the oldest result other than `keepTabId`'s; false when there is none. */
async function evictOldest(keepTabId: number): Promise<boolean> {
  const all = (await browser.storage.session.get(null)) as Record<string, StoredResult | undefined>;
  const oldest = Object.entries(all)
    .filter(([key, value]) => key.startsWith(KEY_PREFIX) && key !== tabResultKey(keepTabId) && value)
    .sort(([, a], [, b]) => a!.savedAt - b!.savedAt)[0];
  if (!oldest) return false;
  await browser.storage.session.remove(oldest[0]);
  return true;
}
