/**
 * Opening quotelens beside the page: Chrome's side panel (`chrome.sidePanel`,
 * Chrome 114+) or Firefox's sidebar (`browser.sidebarAction`). Both must be
 * opened in the reader's click handler itself (a user gesture), so the opener
 * is looked up beforehand and called synchronously.
 */
import browser from 'webextension-polyfill';

/** The one call of Chrome's sidePanel API used here (webextension-polyfill has no types for it). */
interface ChromeSidePanel {
  open(options: { tabId: number }): Promise<void>;
}

export type SidePanelOpener = (tabId: number) => Promise<void>;

/** How this browser opens the panel; null where it has neither API. */
export function sidePanelOpener(): SidePanelOpener | null {
  const sidePanel = (globalThis as { chrome?: { sidePanel?: ChromeSidePanel } }).chrome?.sidePanel;
  if (sidePanel?.open) return (tabId) => sidePanel.open({ tabId });
  // The polyfill hands through whatever the browser has: undefined in Chrome.
  const sidebar = (browser as { sidebarAction?: { open?: () => Promise<void> } }).sidebarAction;
  if (sidebar?.open) return () => sidebar.open!();
  return null;
}
