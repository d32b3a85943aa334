/**
 * The Firefox build for real: dist-firefox-e2e in Debian's Firefox ESR, over
 * WebDriver BiDi (see firefox-harness.ts). The seed article, served on
 * 127.0.0.1 as in the Chromium tests, analysed in the popup page: the five
 * named speakers with their roles, the highlights painted in the page, the
 * copied summary; and the sidebar's page, open beforehand, following the
 * reader back to the analysed article.
 */
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensionTabIds, launchFirefoxWithExtension, openExtensionPage, type FirefoxWithExtension } from './firefox-harness';
import { PANEL_PATH, POPUP_PATH, REPO_ROOT, serveDirectory, type StaticServer } from './harness';
import { SEED_SPEAKERS, SEED_TITLE } from './seed-expectations';

/** Puppeteer's "no timeout": waits on state however long a loaded machine takes (the test's own timeout is the limit). */
const UNTIL_SETTLED = 0;

let firefox: FirefoxWithExtension;
let site: StaticServer;
let article: Page;
let articleTabId: number;
let popup: Page;
/** The sidebar's page, opened before the article is analysed. */
let panel: Page;
let panelStateBeforeAnalysis: string | null;

beforeAll(async () => {
  firefox = await launchFirefoxWithExtension();
  site = await serveDirectory(resolve(REPO_ROOT, 'test/fixtures'));
  // The article tab's id, as the extension sees it: the one tab that appears when it opens.
  const options = await openExtensionPage(firefox, 'src/options/options.html');
  const before = new Set(await extensionTabIds(options));
  article = await firefox.browser.newPage();
  await article.goto(site.url('seed/article.html'), { waitUntil: 'load', timeout: UNTIL_SETTLED });
  const created = (await extensionTabIds(options)).filter((id) => !before.has(id));
  expect(created, 'one new tab for the article').toHaveLength(1);
  articleTabId = created[0];
  await options.close();

  panel = await openExtensionPage(firefox, `${PANEL_PATH}?tabId=${articleTabId}`);
  await panel.waitForSelector('[data-state]:not([data-state="loading"])', { timeout: UNTIL_SETTLED });
  panelStateBeforeAnalysis = await popupState(panel);
  popup = await openExtensionPage(firefox, `${POPUP_PATH}?tabId=${articleTabId}`);
  await popup.waitForSelector('[data-state]:not([data-state="loading"])', { timeout: UNTIL_SETTLED });
}, 300_000);

afterAll(async () => {
  await site?.close();
  await firefox?.close();
});

function popupState(page: Page): Promise<string | null> {
  return page.$eval('main', (main) => main.getAttribute('data-state'));
}

describe('the seed article in Firefox ESR', () => {
  it('has the sidebar’s page offer to analyse the page before it is analysed', () => {
    expect(panelStateBeforeAnalysis).toBe('not-analysed');
  });

  it('is analysed in the popup: the title and the five named speakers with their roles', async () => {
    expect(await popupState(popup)).toBe('ready');
    expect(await popup.$eval('h1', (title) => title.textContent)).toBe(SEED_TITLE);
    const speakers = await popup.$$eval('[data-testid="speaker"]', (items) => items.map((item) => item.textContent ?? ''));
    for (const { name, role } of SEED_SPEAKERS) {
      const entry = speakers.find((text) => text.includes(name));
      expect(entry, `${name} is listed`).toBeDefined();
      expect(entry).toContain(role);
      expect(entry, `${name} has quotes`).toMatch(/[^\d][1-9]\d* quotes?$/);
    }
  });

  it('paints quotes, numbers and territory in the page', async () => {
    // The page's highlight registry is one per document: the page's own world sees what the content script painted.
    const painted = await article.evaluate(() =>
      Object.fromEntries([...CSS.highlights].map(([name, highlight]) => [name, highlight.size])),
    );
    expect(Object.keys(painted).sort()).toEqual(['quotelens-numeric', 'quotelens-quote', 'quotelens-territorial']);
    expect(painted['quotelens-quote']).toBeGreaterThanOrEqual(15);
    const placed = await popup.$$eval('[data-testid="quote"]', (items) => items.map((item) => item.getAttribute('data-placed')));
    expect(placed.filter((value) => value === 'true').length / placed.length).toBeGreaterThan(0.9);
  });

  it('copies the summary', async () => {
    // What the popup hands the clipboard, recorded on the way (reading Firefox's clipboard back needs a paste prompt).
    await popup.evaluate(() => {
      const clipboard = navigator.clipboard;
      const write = clipboard.writeText.bind(clipboard);
      clipboard.writeText = (text: string) => {
        (window as unknown as { copied: string }).copied = text;
        return write(text);
      };
    });
    await popup.click('[data-testid="copy-summary"]');
    await popup.waitForSelector('[data-copy-status="copied"]', { timeout: UNTIL_SETTLED });
    const summary = await popup.evaluate(() => (window as unknown as { copied: string }).copied);
    expect(summary.startsWith(`# ${SEED_TITLE}\n`)).toBe(true);
    expect(summary).toMatch(/## Speakers\n\n- \*\*Antony Blinken\*\*, US Secretary of State/);
    for (const { name } of SEED_SPEAKERS) expect(summary).toContain(`### ${name}\n`);
    expect(summary).toContain('“The fall of Kabul is not imminent.” (direct)');
    expect(summary).toMatch(/\n\| Antony Blinken \| named person \| 6 \| \d+% \|\n/);
  });

  it('offers the sidebar, whose page, open before the analysis, follows the reader back to the analysed article', async () => {
    expect(await popup.$eval('[data-testid="open-side-panel"]', (button) => button.textContent)).toBe('Open in side panel');
    // The panel follows the active tab, and the popup's page was one: back to the article, whose result
    // the popup kept in storage.session meanwhile.
    await article.bringToFront();
    await panel.waitForSelector('[data-state="ready"]', { timeout: UNTIL_SETTLED });
    expect(await panel.$eval('h1', (title) => title.textContent)).toBe(SEED_TITLE);
  });

  it('logged no error or warning from the extension', () => {
    // An extension page's console.error('…') reaches stdout as `console.error: "…"`, and quotelens's own
    // warnings start with "Quotelens:"; Firefox's remote agent logs errors of its own (error objects, handler
    // exceptions) that say nothing about the extension.
    const fromExtension = firefox.consoleLines.filter((line) => /^console\.error: "/.test(line) || line.includes('Quotelens:'));
    expect(fromExtension).toEqual([]);
  });
});
