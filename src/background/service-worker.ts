/**
 * The extension's service worker. Chrome stops it when idle, so it holds no
 * state that matters in memory: results live in storage.session, and every
 * listener is registered synchronously here so that its event restarts it.
 */
import { listen } from '../shared/messaging';
import { analyseTab, forgetTab } from './analyse-tab';
import { handleCommands } from './commands';
import { analysisExportFrom, popupReplyFrom } from './popup-result';
import { forgetTabsThatLeave } from './tab-lifecycle';

listen('background', {
  analyseTab: async ({ tabId }) => popupReplyFrom(await analyseTab(tabId)),
  exportAnalysis: async ({ tabId, url }) => analysisExportFrom(await analyseTab(tabId), url),
});

forgetTabsThatLeave((tabId) => void forgetTab(tabId));

handleCommands();
