/**
 * The reader's path through the built extension (dist-e2e) in real Chromium:
 * open a news page, open the popup for its tab, read speakers, quotes and
 * claims, filter by speaker, copy the summary, jump to a quote in the page;
 * and the pages that are not articles.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  allowClipboard,
  E2E_EXTENSION_DIR,
  launchWithExtension,
  openPopup,
  openTab,
  REPO_ROOT,
  serveDirectory,
  type ExtensionBrowser,
  type StaticServer,
  watchErrors,
} from './harness';
import { SEED_SPEAKERS, SEED_TITLE } from './seed-expectations';
import { tooltipText } from './tooltip-text';

const FIXTURES = resolve(REPO_ROOT, 'test/fixtures');

let ext: ExtensionBrowser;
let site: StaticServer;
let errors: string[] = [];

beforeAll(async () => {
  ext = await launchWithExtension();
  site = await serveDirectory(FIXTURES);
  errors = watchErrors(ext);
});

afterAll(async () => {
  await site?.close();
  await ext?.close();
});

async function storedTabKeys(): Promise<string[]> {
  return ext.serviceWorker.evaluate(async () => {
    const scope = globalThis as unknown as { chrome: { storage: { session: { get(keys: null): Promise<object> } } } };
    return Object.keys(await scope.chrome.storage.session.get(null));
  });
}

async function openSeed(): Promise<{ article: Page; tabId: number; popup: Page }> {
  const { page: article, tabId } = await openTab(ext, site.url('seed/article.html'));
  const { page: popup, state } = await openPopup(ext, tabId);
  expect(state).toBe('ready');
  return { article, tabId, popup };
}

describe('the built extension', () => {
  it('asks only for activeTab, scripting, sidePanel and storage, with no always-on content script', async () => {
    const manifest = JSON.parse(await readFile(resolve(E2E_EXTENSION_DIR, 'manifest.json'), 'utf8'));
    expect(manifest.manifest_version).toBe(3);
    expect([...manifest.permissions].sort()).toEqual(['activeTab', 'scripting', 'sidePanel', 'storage']);
    expect(manifest.content_scripts ?? []).toEqual([]);
    expect(manifest.web_accessible_resources).toBeUndefined();
    // Only the E2E build reaches local test servers without a click.
    expect(manifest.host_permissions).toEqual(['http://127.0.0.1/*', 'http://localhost/*']);
    // The service worker started (launchWithExtension waits for it).
    expect(ext.serviceWorker.url()).toMatch(/^chrome-extension:\/\/[a-p]{32}\//);
  });
});

describe('a news article', () => {
  let popup: Page;
  let article: Page;
  let tabId: number;

  beforeAll(async () => {
    ({ popup, article, tabId } = await openSeed());
  });

  it('shows the title and the site', async () => {
    await expect(popup.locator('h1').innerText()).resolves.toBe(SEED_TITLE);
    await expect(popup.locator('.site').innerText()).resolves.toBe('Press TV');
  });

  it('lists the speakers with their roles and quote counts', async () => {
    const speakers = popup.getByTestId('speaker');
    // textContent includes the count's screen-reader words ("6 quotes").
    const listed = await speakers.allTextContents();
    for (const { name, role } of SEED_SPEAKERS) {
      const entry = listed.find((text) => text.includes(name));
      expect(entry, `${name} is listed`).toBeDefined();
      expect(entry).toContain(role);
      expect(entry, `${name} has quotes`).toMatch(/[^\d][1-9]\d* quotes?$/);
    }
  });

  it('shows who gets the voice: Antony Blinken first, the officials quoted on the condition of anonymity as anonymous', async () => {
    const groups = popup.getByTestId('voice-group');
    await expect(groups.first().getAttribute('data-kind')).resolves.toBe('person');
    await expect(popup.getByTestId('voice').first().innerText()).resolves.toMatch(/^Antony Blinken\s+6 quotes, \d+% of quoted words$/);
    const anonymous = popup.locator('[data-testid="voice-group"][data-kind="anonymous"]');
    await expect(anonymous.locator('h3').innerText()).resolves.toMatch(/^Anonymous sources: 2 of \d+ quotes \(\d+%\)$/);
    await expect(anonymous.getByTestId('voice').allInnerTexts()).resolves.toEqual([expect.stringMatching(/^US officials\s/)]);
  });

  it('sets the Taliban’s and Suhail Shaheen’s shares of Afghanistan side by side, each a way to the claim in the page', async () => {
    const share = popup.getByTestId('figure-group').filter({ hasText: 'Share of Afghanistan held' });
    const figures = await share.getByTestId('figure').allInnerTexts();
    expect(figures).toEqual(expect.arrayContaining([expect.stringMatching(/^Taliban: 80/), 'Suhail Shaheen: more than 80 percent']));
    // 80 percent and more than 80 percent can both hold.
    await expect(share.getAttribute('data-contested')).resolves.toBe('false');
  });

  it('lists each speaker’s quotes, direct or reported, and filters by speaker on click', async () => {
    const quotes = popup.getByTestId('quote');
    expect(await quotes.count()).toBeGreaterThanOrEqual(15);
    for (const { name, quote } of SEED_SPEAKERS) {
      await popup.getByTestId('speaker').filter({ hasText: name }).getByRole('button').click();
      const shown = await quotes.allInnerTexts();
      expect(shown.length, `${name}'s quotes`).toBeGreaterThan(0);
      for (const text of shown) expect(text).toContain(name);
      expect(shown.some((text) => text.includes(quote)), `${name}: “${quote}”`).toBe(true);
      // Pressing the same speaker again shows everyone's quotes.
      await popup.getByTestId('speaker').filter({ hasText: name }).getByRole('button').click();
    }
    expect(await quotes.count()).toBeGreaterThanOrEqual(15);
    const kinds = await quotes.evaluateAll((items) => items.map((item) => item.getAttribute('data-kind')));
    expect(kinds).toContain('direct');
    expect(kinds).toContain('indirect');
    await expect(popup.locator('[data-kind="indirect"]').first().innerText()).resolves.toContain('reported');
  });

  it('lists numeric and territorial claims with who makes them, numbers emphasised', async () => {
    const claims = popup.getByTestId('claim');
    expect(await claims.count()).toBeGreaterThanOrEqual(5);
    const texts = await claims.allInnerTexts();
    expect(texts.some((text) => text.includes('80 percent') && text.includes('Suhail Shaheen'))).toBe(true);
    expect(texts.some((text) => text.includes('650') && text.includes('US officials'))).toBe(true);
    await expect(claims.filter({ hasText: '650' }).locator('strong').first().innerText()).resolves.toContain('650');
  });

  it('marks where each listed item was found on the page', async () => {
    const placed = await popup
      .locator('[data-testid="quote"], [data-testid="claim"]')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-placed')));
    expect(placed.length).toBeGreaterThan(0);
    expect(placed.filter((value) => value === 'true').length / placed.length).toBeGreaterThan(0.9);
    await expect(article.evaluate(() => CSS.highlights.has('quotelens-quote'))).resolves.toBe(true);
  });

  it('shows who said a highlighted quote when the reader points at it in the page', async () => {
    // Hovering is hit-tested in an animation frame, which only a visible tab runs.
    await article.bringToFront();
    const { name, quote } = SEED_SPEAKERS[0];
    const point = await article.evaluate((text) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) {
        const node = walker.currentNode as Text;
        const start = node.data.indexOf(text);
        if (start < 0) continue;
        node.parentElement!.scrollIntoView({ block: 'center' });
        const range = document.createRange();
        range.setStart(node, start);
        range.setEnd(node, start + text.length);
        const rect = range.getClientRects()[0];
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
      return null;
    }, quote);
    expect(point, `“${quote}” is on the page`).not.toBeNull();
    await article.mouse.move(point!.x, point!.y);
    await expect.poll(() => tooltipText(article)).toContain(name);
    await article.mouse.move(1, 1);
    await popup.bringToFront();
  });

  it('scrolls the page to a quote when the reader clicks it', async () => {
    // A short window, so the article's last quotes start out of view. The article sits in a
    // background tab here (the popup has a tab of its own), where smooth scrolling never
    // animates: reduced motion makes the painter scroll instantly.
    await article.setViewportSize({ width: 1000, height: 300 });
    await article.emulateMedia({ reducedMotion: 'reduce' });
    await article.evaluate(() => window.scrollTo(0, 0));
    await popup.getByTestId('quote').filter({ hasText: 'The Taliban is not an unstoppable' }).locator('.item-text').click();
    await expect.poll(() => article.evaluate(() => window.scrollY)).toBeGreaterThan(300);
    await expect(article.evaluate(() => CSS.highlights.has('quotelens-flash'))).resolves.toBe(true);
  });

  it('copies a Markdown summary and says so', async () => {
    await allowClipboard(ext);
    await popup.bringToFront();
    await popup.getByTestId('copy-summary').click();
    await popup.getByRole('status').filter({ hasText: 'Summary copied' }).waitFor({ timeout: 60_000 });
    const summary = await popup.evaluate(() => navigator.clipboard.readText());
    expect(summary.startsWith(`# ${SEED_TITLE}\n`)).toBe(true);
    expect(summary).toContain('- Site: Press TV');
    expect(summary).toContain(`<${site.url('seed/article.html')}>`);
    expect(summary).toMatch(/## Speakers\n\n- \*\*Antony Blinken\*\*, US Secretary of State/);
    for (const { name } of SEED_SPEAKERS) expect(summary).toContain(`### ${name}\n`);
    expect(summary).toContain('“The fall of Kabul is not imminent.” (direct)');
    const claims = summary.slice(summary.indexOf('\n## Claims\n'));
    expect(claims).toMatch(/^- .*\*\*[^*]*80 percent[^*]*\*\*.* — Suhail Shaheen \(/m);
    expect(claims).toMatch(/^- .* — the article \(/m);
    expect(summary).toMatch(/## Figures given by more than one source\n\n- Share of Afghanistan held — Taliban: 80.*; Suhail Shaheen: more than 80 percent \(consistent\)/);
    expect(summary).not.toMatch(/<(?!http)[a-z]/i);
  });

  it('analyses again when the kept result is gone, injecting into the same page a second time', async () => {
    const quoteCount = await popup.getByTestId('quote').count();
    await ext.serviceWorker.evaluate(async (key) => {
      const scope = globalThis as unknown as { chrome: { storage: { session: { remove(key: string): Promise<void> } } } };
      await scope.chrome.storage.session.remove(key);
    }, `tab:${tabId}`);
    const again = await openPopup(ext, tabId);
    expect(again.state).toBe('ready');
    expect(await again.page.getByTestId('quote').count()).toBe(quoteCount);
    await again.page.close();
  });

  it('keeps the result for the tab and forgets it when the tab navigates away', async () => {
    expect(await storedTabKeys()).toContain(`tab:${tabId}`);
    await article.goto(site.url('not-article/'));
    await expect.poll(storedTabKeys).not.toContain(`tab:${tabId}`);
  });
});

describe('several tabs', () => {
  it('keep separate results, and a closed tab is forgotten', async () => {
    const tabs = [];
    for (let n = 1; n <= 3; n++) {
      const { page, tabId } = await openTab(ext, site.url(`seed/article.html?copy=${n}`));
      const { page: popup, state } = await openPopup(ext, tabId);
      expect(state).toBe('ready');
      await expect(popup.getByRole('heading', { level: 1 }).innerText()).resolves.toBe(SEED_TITLE);
      await popup.close();
      tabs.push({ page, tabId });
    }
    const keys = await storedTabKeys();
    for (const { tabId } of tabs) expect(keys).toContain(`tab:${tabId}`);
    await tabs[0].page.close();
    await expect.poll(storedTabKeys).not.toContain(`tab:${tabs[0].tabId}`);
    expect(await storedTabKeys()).toContain(`tab:${tabs[1].tabId}`);
  });
});

describe('pages that are not articles', () => {
  it('a home page gets a clear sentence', async () => {
    const { tabId } = await openTab(ext, site.url('not-article/'));
    const { page: popup, state } = await openPopup(ext, tabId);
    expect(state).toBe('not-article');
    await expect(popup.locator('.notice').innerText()).resolves.toMatch(/doesn’t look like a news article|too little text to be an article/);
  });

  it('a browser page gets a clear sentence, not a crash', async () => {
    const { tabId } = await openTab(ext, 'chrome://version');
    const { page: popup, state } = await openPopup(ext, tabId);
    expect(state).toBe('not-article');
    await expect(popup.locator('.notice').innerText()).resolves.toContain('can’t read this page');
  });
});

describe('errors', () => {
  it('none from the extension or the pages', () => {
    expect(errors).toEqual([]);
  });
});
