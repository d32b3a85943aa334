/**
 * The service worker may be stopped at any time (Chrome stops it after ~30 s
 * idle). Results live in storage.session: a popup opened after the worker was
 * stopped shows the result kept for its tab, twenty tabs keep twenty results,
 * and a tab that closes or navigates loses its own result only.
 */
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articlePage, extensionDir, newsParagraphs, servePages, type PageServer } from './generated-pages';
import { launchWithExtension, openTab, popupUrl, waitForPopupState, type ExtensionBrowser } from './harness';

const TABS = 20;
const SURNAMES = ['Marsh', 'Okafor', 'Lindqvist', 'Moreau', 'Tanaka', 'Kowalski', 'Haddad', 'Novak', 'Silva', 'Brennan',
  'Ivanova', 'Mensah', 'Duarte', 'Larsen', 'Petrov', 'Nakamura', 'Oyelaran', 'Schmidt', 'Costa', 'Fischer'];
const speakerOf = (n: number) => `Helen ${SURNAMES[n]}`;
const titleOf = (n: number) => `Story ${n + 1}: the ${SURNAMES[n]} plan for the tram line`;

let ext: ExtensionBrowser;
let site: PageServer;
let cdp: CDPSession;
/** One popup page, pointed at each tab in turn. */
let popup: Page;

interface SessionScope {
  chrome: { storage: { session: { get(keys: null): Promise<Record<string, { savedAt: number }>> } } };
}

/** storage.session as the worker sees it: tab key → when its result was saved. */
async function storedResults(): Promise<Record<string, number>> {
  const stored = await ext.serviceWorker.evaluate(async () => (globalThis as unknown as SessionScope).chrome.storage.session.get(null));
  return Object.fromEntries(Object.entries(stored).map(([key, value]) => [key, value.savedAt]));
}

/**
 * Stops the extension's service worker as Chrome does when idle, and waits until it has
 * stopped. A mark left in the running worker shows whether a later answer came from it.
 */
async function stopServiceWorker(): Promise<void> {
  await ext.serviceWorker.evaluate(() => void ((globalThis as { stoppedByTest?: boolean }).stoppedByTest = true));
  const stopped = new Promise<void>((done) => {
    const onUpdate = (event: { versions: Array<{ scriptURL: string; runningStatus: string }> }) => {
      if (event.versions.some((version) => version.scriptURL.startsWith('chrome-extension://') && version.runningStatus === 'stopped')) {
        cdp.off('ServiceWorker.workerVersionUpdated', onUpdate);
        done();
      }
    };
    cdp.on('ServiceWorker.workerVersionUpdated', onUpdate);
  });
  await cdp.send('ServiceWorker.stopAllWorkers');
  await stopped;
}

/** False once the worker that was stopped has been replaced by a fresh start (Playwright's handle follows it). */
async function sameWorkerAsBeforeStop(): Promise<boolean> {
  return ext.serviceWorker.evaluate(() => (globalThis as { stoppedByTest?: boolean }).stoppedByTest === true);
}

/** What the reader sees first: the popup's state, the article's title and the most quoted speaker. */
async function showPopupFor(tabId: number): Promise<{ state: string; title: string; topSpeaker: string }> {
  await popup.goto(popupUrl(ext, tabId));
  const state = await waitForPopupState(popup, 15_000);
  if (state !== 'ready') return { state, title: '', topSpeaker: '' };
  return { state, title: await popup.locator('h1').innerText(), topSpeaker: await popup.locator('.speaker-name').first().innerText() };
}

beforeAll(async () => {
  ext = await launchWithExtension({ extensionDir });
  site = await servePages();
  for (let n = 0; n < TABS; n++) {
    site.page(`/story/${n}`, articlePage({ title: titleOf(n), paragraphsHtml: newsParagraphs(speakerOf(n), 'transport minister', `the ${SURNAMES[n]} plan`) }));
  }
  site.page('/elsewhere', '<!doctype html><title>Elsewhere</title><p>Another page.</p>');
  popup = await ext.context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  cdp = await ext.context.newCDPSession(popup);
  await cdp.send('ServiceWorker.enable');
});

afterAll(async () => {
  await site?.close();
  await ext?.close();
});

describe('a result and the service worker being stopped', () => {
  it('the popup still shows the result kept before the worker stopped, without reading the page again', async () => {
    const { page: article, tabId } = await openTab(ext, site.url('/story/0'));
    const first = await showPopupFor(tabId);
    expect(first).toEqual({ state: 'ready', title: titleOf(0), topSpeaker: speakerOf(0) });
    const savedAt = (await storedResults())[`tab:${tabId}`];
    expect(savedAt).toBeGreaterThan(0);

    // Were the page read again, the popup would show this new title and speaker.
    await article.evaluate(() => {
      document.title = 'Rewritten';
      for (const node of document.querySelectorAll('h1, p')) node.textContent = (node.textContent ?? '').replaceAll('Marsh', 'Someone');
    });
    await popup.goto('about:blank');
    await stopServiceWorker();

    expect(await showPopupFor(tabId)).toEqual(first);
    expect(await sameWorkerAsBeforeStop()).toBe(false);
    expect((await storedResults())[`tab:${tabId}`]).toBe(savedAt);
  });
});

describe('twenty tabs', () => {
  const tabs: Array<{ page: Page; tabId: number }> = [];

  beforeAll(async () => {
    for (let n = 0; n < TABS; n++) {
      const tab = await openTab(ext, site.url(`/story/${n}?tab=${n}`));
      expect((await showPopupFor(tab.tabId)).state).toBe('ready');
      tabs.push(tab);
    }
  });

  it('keep twenty separate results, each popup showing its own article, even after the worker stopped', async () => {
    const stored = await storedResults();
    for (const { tabId } of tabs) expect(stored[`tab:${tabId}`], `tab ${tabId}`).toBeGreaterThan(0);

    await popup.goto('about:blank');
    await stopServiceWorker();
    for (const [n, { tabId }] of tabs.entries()) {
      expect(await showPopupFor(tabId), `tab ${n + 1}`).toEqual({ state: 'ready', title: titleOf(n), topSpeaker: speakerOf(n) });
    }
    expect(await sameWorkerAsBeforeStop()).toBe(false);
    // Shown from storage: none was analysed again.
    expect(await storedResults()).toEqual(stored);
  });

  it('closing a tab frees its result, and only its result', async () => {
    const [closing, ...others] = tabs;
    await closing.page.close();
    await expect.poll(async () => Object.keys(await storedResults())).not.toContain(`tab:${closing.tabId}`);
    const keys = Object.keys(await storedResults());
    for (const { tabId } of others) expect(keys).toContain(`tab:${tabId}`);
  });

  it('navigating a tab invalidates its result, and the popup then describes the new page', async () => {
    const navigating = tabs[1];
    await navigating.page.goto(site.url('/elsewhere'));
    await expect.poll(async () => Object.keys(await storedResults())).not.toContain(`tab:${navigating.tabId}`);
    expect(Object.keys(await storedResults())).toContain(`tab:${tabs[2].tabId}`);
    expect((await showPopupFor(navigating.tabId)).state).toBe('not-article');
  });
});
