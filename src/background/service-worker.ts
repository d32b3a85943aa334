/**
 * The extension's service worker. Chrome stops it when idle, so it holds no
 * state that matters in memory: results live in storage.session, and every
 * listener is registered synchronously here so that its event restarts it.
 */
import { callTab, listen } from '../shared/messaging';
import { analyseTab, forgetTab } from './analyse-tab';
import { handleCommands } from './commands';
import { analysisExportFrom, popupReplyFrom, popupResultFrom } from './popup-result';
import { forgetTabsThatLeave } from './tab-lifecycle';
import { loadTabResult, updateTabPlacement } from './tab-results';

listen('background', {
  analyseTab: async ({ tabId }) => popupReplyFrom(await analyseTab(tabId)),
  keptResult: async ({ tabId }) => {
    const kept = await loadTabResult(tabId);
    return kept && popupResultFrom(kept);
  },
  exportAnalysis: async ({ tabId, url }) => analysisExportFrom(await analyseTab(tabId), url),
  placementChanged: async ({ url, placed }, { tabId }) => ({
    kept: tabId !== undefined && (await updateTabPlacement(tabId, url, placed).catch(() => false)),
  }),
});

forgetTabsThatLeave({
  forget: (tabId) => void forgetTab(tabId),
  // Rejects where no content script listens (a tab never analysed, or a new document): nothing to clear there.
  clearHighlights: (tabId) => void callTab(tabId, 'clearHighlights', {}).catch(() => undefined),
});

handleCommands();
