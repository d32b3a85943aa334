/**
 * The tab the side panel shows: the active tab of the panel's window, followed
 * as the reader switches tabs. `?tabId=N` sets the first one (the E2E tests
 * open the panel page in a tab of their own, as they do the popup); a tab
 * that is the panel page itself is never followed.
 */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { tabIdFromQuery } from './target-tab';

/** The followed tab's id; undefined until it is known, null when the window has no tab to show. */
export function useFollowedTab(): number | null | undefined {
  const [tabId, setTabId] = useState<number | null | undefined>(() => tabIdFromQuery(location.search) ?? undefined);

  useEffect(() => {
    let windowId: number | undefined;
    let ownTabId: number | undefined;
    const follow = (activated: browser.Tabs.OnActivatedActiveInfoType) => {
      if (activated.windowId === windowId && activated.tabId !== ownTabId) setTabId(activated.tabId);
    };
    browser.tabs.onActivated.addListener(follow);
    void (async () => {
      // A side panel is in no tab (getCurrent gives undefined); a panel page opened as a tab is in one.
      const [panelWindow, own] = await Promise.all([browser.windows.getCurrent(), browser.tabs.getCurrent()]);
      windowId = panelWindow.id;
      ownTabId = own?.id;
      if (tabIdFromQuery(location.search) !== null) return;
      const [active] = await browser.tabs.query({ active: true, windowId });
      const found = active?.id !== undefined && active.id !== ownTabId ? active.id : null;
      // A tab the reader switched to meanwhile wins.
      setTabId((current) => current ?? found);
    })().catch((error: unknown) => {
      console.warn('Quotelens: could not find the active tab', error);
      setTabId((current) => current ?? null);
    });
    return () => browser.tabs.onActivated.removeListener(follow);
  }, []);

  return tabId;
}
