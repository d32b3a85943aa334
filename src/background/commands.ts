/**
 * The keyboard shortcuts the manifest declares. `_execute_action` (open the
 * popup) is handled by the browser itself; `toggle-highlights` hides or shows
 * the highlights in the active tab; `open-side-panel` opens quotelens beside
 * the page (Chrome's side panel, Firefox's sidebar). Pressing a shortcut grants activeTab like
 * a click, but only a tab analysed before has a content script to tell: other
 * tabs are left alone rather than analysed behind the reader's back.
 */
import browser from 'webextension-polyfill';
import { callTab } from '../shared/messaging';
import { sidePanelOpener } from '../shared/side-panel';

export const TOGGLE_HIGHLIGHTS_COMMAND = 'toggle-highlights';
export const OPEN_SIDE_PANEL_COMMAND = 'open-side-panel';

/** Must run synchronously at the worker's top level so a shortcut wakes a stopped worker. */
export function handleCommands(): void {
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === TOGGLE_HIGHLIGHTS_COMMAND) void toggleHighlightsIn(tab?.id);
    if (command === OPEN_SIDE_PANEL_COMMAND) openSidePanelFor(tab?.id);
  });
}

/**
 * Opens the panel at once, inside the shortcut's own event: the browser allows
 * it only as the answer to the reader's gesture, so nothing is awaited first.
 */
function openSidePanelFor(tabId: number | undefined): void {
  const open = sidePanelOpener();
  if (!open || tabId === undefined) return;
  open(tabId).catch((error: unknown) => console.warn('Quotelens: could not open the side panel', error));
}

async function toggleHighlightsIn(tabId: number | undefined): Promise<void> {
  const target = tabId ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (target === undefined) return;
  // Rejects where no content script listens (a tab never analysed): nothing to toggle there.
  await callTab(target, 'toggleHighlights', {}).catch(() => undefined);
}
