/**
 * Puts the content script into a tab, on demand only: the manifest declares no
 * content scripts and no host permissions, so this works on the tab the reader
 * clicked the toolbar icon on (activeTab) and nowhere else.
 */
/// <reference types="@crxjs/vite-plugin/client" />
import browser from 'webextension-polyfill';
// crxjs builds this entry as one self-contained IIFE file and hands us its path.
import contentScriptFile from '../content/content-script.ts?script&iife';

/**
 * Injects the content script (it guards itself against running twice). Rejects
 * when the browser does not let extensions into this page: browser pages, the
 * web store, or a tab the reader has not clicked the icon on.
 */
export async function injectContentScript(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, files: [contentScriptFile] });
}
