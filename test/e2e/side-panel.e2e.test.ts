/**
 * The side panel's page (panel.html) in real Chromium: the popup's view kept
 * open beside the page. Opened for the seed article's tab (`?tabId=N`, as the
 * popup tests do: the E2E tests cannot click the browser's own UI), it shows
 * the seed's results and stays correct while the reader clicks in the page,
 * switches to another tab and back, and the page moves to another address in
 * place (`history.pushState`). And the browser's own side panel, opened with
 * the popup's "Open in side panel", finds the active tab by itself and follows it.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  allowClipboard,
  launchWithExtension,
  openPopup,
  openTab,
  PANEL_PATH,
  REPO_ROOT,
  serveDirectory,
  waitForPopupState,
  watchErrors,
  type ExtensionBrowser,
  type StaticServer,
} from './harness';
import { attachToSidePanel, type BrowserSidePanel } from './browser-side-panel';
import { SEED_SPEAKERS, SEED_TITLE } from './seed-expectations';

const SEED_NAMES = SEED_SPEAKERS.map((speaker) => speaker.name);
/** Playwright's "no timeout": waits on state however long a loaded machine takes (the test's own timeout is the limit). */
const UNTIL_SETTLED = 0;

let ext: ExtensionBrowser;
let site: StaticServer;
let errors: string[] = [];
let article: Page;
let articleTabId: number;
let panel: Page;

beforeAll(async () => {
  ext = await launchWithExtension();
  site = await serveDirectory(resolve(REPO_ROOT, 'test/fixtures'));
  errors = watchErrors(ext);
  await allowClipboard(ext);
  ({ page: article, tabId: articleTabId } = await openTab(ext, site.url('seed/article.html')));
  // The reader analysed the article in the popup, then opened the panel.
  const { page: popup, state } = await openPopup(ext, articleTabId);
  expect(state).toBe('ready');
  await popup.close();
  ({ page: panel } = await openPopup(ext, articleTabId, { path: PANEL_PATH, width: 360 }));
});

afterAll(async () => {
  await site?.close();
  await ext?.close();
});

/** The panel shows the seed's results: title, the five named speakers, and quotes placed in the page. */
async function expectSeedResults(): Promise<void> {
  await panel.locator('[data-state="ready"]').waitFor({ timeout: UNTIL_SETTLED });
  await expect(panel.locator('h1').innerText()).resolves.toBe(SEED_TITLE);
  const speakers = await panel.getByTestId('speaker').allTextContents();
  for (const name of SEED_NAMES) expect(speakers.some((text) => text.includes(name)), `${name} is listed`).toBe(true);
  await expect(panel.locator('[data-testid="quote"][data-placed="true"]').count()).resolves.toBeGreaterThanOrEqual(15);
}

describe('the side panel', () => {
  it('shows the result kept for the article’s tab, and copies its summary', async () => {
    await expectSeedResults();
    await panel.getByTestId('copy-summary').click();
    await panel.getByRole('status').filter({ hasText: 'Summary copied' }).waitFor({ timeout: UNTIL_SETTLED });
    const summary = await panel.evaluate(() => navigator.clipboard.readText());
    expect(summary.startsWith(`# ${SEED_TITLE}\n`)).toBe(true);
    for (const name of SEED_NAMES) expect(summary).toContain(`### ${name}\n`);
    expect(summary).toMatch(/\n\| Antony Blinken \| named person \| 6 \| \d+% \|\n/);
  });

  it('stays correct after a click in the page', async () => {
    await article.bringToFront();
    await article.locator('article p').first().click();
    await expectSeedResults();
    await expect(article.evaluate(() => CSS.highlights.has('quotelens-quote'))).resolves.toBe(true);
  });

  it('follows the reader to another tab, offers to analyse it, and comes back to the article', async () => {
    const { page: other } = await openTab(ext, site.url('seed/article.html?copy=2'));
    await other.bringToFront();
    await panel.locator('[data-state="not-analysed"]').waitFor({ timeout: UNTIL_SETTLED });
    await expect(panel.getByTestId('analyse-tab').innerText()).resolves.toBe('Analyse this page');

    await article.bringToFront();
    await expectSeedResults();
    await other.close();
  });

  it('on a tab the reader has not clicked the icon on, says how to let it read the page', async () => {
    // A data: page: neither the E2E build's host permissions nor activeTab (no click) reach it.
    const { page: unreadable } = await openTab(ext, 'data:text/html,<title>Elsewhere</title><p>Not clicked on.</p>');
    await unreadable.bringToFront();
    await panel.locator('[data-state="not-analysed"]').waitFor({ timeout: UNTIL_SETTLED });
    await panel.getByTestId('analyse-tab').click();
    expect(await waitForPopupState(panel, UNTIL_SETTLED)).toBe('not-article');
    await expect(panel.locator('[data-reason="restricted"]').innerText()).resolves.toContain('Click the Quotelens icon on this page');

    await article.bringToFront();
    await expectSeedResults();
    await unreadable.close();
  });

  it('after an in-page navigation, offers to analyse the new address, and analyses it on request', async () => {
    await article.evaluate(() => history.pushState({}, '', '?section=world'));
    // The worker forgets the tab's result when its address changes; the panel hears of it.
    await panel.locator('[data-state="not-analysed"]').waitFor({ timeout: UNTIL_SETTLED });
    await article.waitForFunction(() => !CSS.highlights.has('quotelens-quote'), null, { timeout: UNTIL_SETTLED });

    await panel.getByTestId('analyse-tab').click();
    expect(await waitForPopupState(panel, UNTIL_SETTLED)).toBe('ready');
    await expectSeedResults();
    await expect(article.evaluate(() => CSS.highlights.has('quotelens-quote'))).resolves.toBe(true);
  });

  it('raised no error anywhere', () => {
    expect(errors).toEqual([]);
  });
});

describe('the browser’s side panel, opened from the popup', () => {
  const stateIs = (state: string) => `document.querySelector('main')?.dataset.state === '${state}'`;
  let sidePanel: BrowserSidePanel;

  beforeAll(async () => {
    await article.bringToFront();
    const { page: popup } = await openPopup(ext, articleTabId);
    await expect(popup.getByTestId('open-side-panel').innerText()).resolves.toBe('Open in side panel');
    // A real click: Chrome opens the side panel only during a user gesture. The popup then closes itself.
    await popup.getByTestId('open-side-panel').click();
    sidePanel = await attachToSidePanel(ext, article);
    // The popup was a tab of its own here: the reader is back on the article.
    await article.bringToFront();
  });

  it('shows the article’s results, finding the active tab by itself', async () => {
    await sidePanel.waitFor(stateIs('ready'));
    await expect(sidePanel.evaluate('document.querySelector("h1").textContent')).resolves.toBe(SEED_TITLE);
    const speakers = await sidePanel.evaluate<string[]>('[...document.querySelectorAll("[data-testid=speaker]")].map((item) => item.textContent)');
    for (const name of SEED_NAMES) expect(speakers.some((text) => text.includes(name)), `${name} is listed`).toBe(true);
  });

  it('follows the reader to another tab and back', async () => {
    const { page: other } = await openTab(ext, site.url('seed/article.html?copy=3'));
    await other.bringToFront();
    await sidePanel.waitFor(stateIs('not-analysed'));
    await article.bringToFront();
    await sidePanel.waitFor(stateIs('ready'));
    await expect(sidePanel.evaluate('document.querySelector("h1").textContent')).resolves.toBe(SEED_TITLE);
    await other.close();
  });

  it('raised no error anywhere, the side panel open', () => {
    expect(errors).toEqual([]);
  });
});
