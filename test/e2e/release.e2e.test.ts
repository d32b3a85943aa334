/**
 * The release features in the built extension (dist-e2e) in real Chromium:
 * options page → highlight colours and summary format; copying one quote and
 * exporting the full analysis; keyboard use of the popup; the shortcuts
 * footer; the popup's kind switches; dark mode; an article not in English.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  allowClipboard,
  launchWithExtension,
  openPopup,
  openTab,
  REPO_ROOT,
  serveDirectory,
  type ExtensionBrowser,
  type StaticServer,
  watchErrors,
} from './harness';

const FIXTURES = resolve(REPO_ROOT, 'test/fixtures');
const OPTIONS_PATH = 'src/options/options.html';

let ext: ExtensionBrowser;
let site: StaticServer;
let errors: string[] = [];

beforeAll(async () => {
  ext = await launchWithExtension();
  site = await serveDirectory(FIXTURES);
  errors = watchErrors(ext);
  await allowClipboard(ext);
});

afterAll(async () => {
  await site?.close();
  await ext?.close();
});

async function openSeed(): Promise<{ article: Page; tabId: number; popup: Page }> {
  const { page: article, tabId } = await openTab(ext, site.url('seed/article.html'));
  const { page: popup, state } = await openPopup(ext, tabId);
  expect(state).toBe('ready');
  return { article, tabId, popup };
}

async function clipboardAfterClicking(popup: Page, testId: string, nth = 0): Promise<string> {
  await popup.bringToFront();
  // A marker first, so the read below cannot return an earlier copy.
  await popup.evaluate(() => navigator.clipboard.writeText('(nothing copied)'));
  await popup.getByTestId(testId).nth(nth).click();
  await expect.poll(() => popup.evaluate(() => navigator.clipboard.readText())).not.toBe('(nothing copied)');
  return popup.evaluate(() => navigator.clipboard.readText());
}

async function openOptions(): Promise<Page> {
  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/${OPTIONS_PATH}`);
  await options.locator('[data-state="ready"]').waitFor();
  return options;
}

describe('copying from the popup', () => {
  let popup: Page;

  beforeAll(async () => {
    ({ popup } = await openSeed());
  });

  it('copies one quote with its speaker, role, site and URL', async () => {
    const blinkenQuote = popup.getByTestId('quote').filter({ hasText: 'Actions that try to take the country by force' });
    await blinkenQuote.getByTestId('copy-quote').click();
    await popup.bringToFront();
    const copied = await popup.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^“Actions that try to take the country by force.*” — Antony Blinken, US Secretary of State[^—]*, via Press TV, /);
    expect(copied.endsWith(`, ${site.url('seed/article.html')}`)).toBe(true);
    await expect(blinkenQuote.getByRole('status').innerText()).resolves.toContain('Quote copied');
  });

  it('exports the full analysis as JSON', async () => {
    const exported = JSON.parse(await clipboardAfterClicking(popup, 'export-json'));
    expect(exported.format).toBe('quotelens-analysis');
    expect(exported.article.title).toContain('Blinken');
    expect(exported.analysis.quotes.length).toBeGreaterThanOrEqual(15);
    expect(exported.analysis.text.slice(exported.analysis.quotes[0].start, exported.analysis.quotes[0].end)).toBe(
      exported.analysis.quotes[0].text,
    );
  });
});

describe('the keyboard', () => {
  it('reaches a speaker and a quote with Tab; Enter filters and scrolls the page', async () => {
    const { article, popup } = await openSeed();
    await article.setViewportSize({ width: 1000, height: 300 });
    await article.emulateMedia({ reducedMotion: 'reduce' });
    await article.evaluate(() => window.scrollTo(0, 0));
    await popup.bringToFront();

    /** What has the keyboard focus: the speaker entry or the quote text button it sits in. */
    const focused = () =>
      popup.evaluate(() => {
        const element = document.activeElement;
        return {
          speaker: element?.closest('[data-testid="speaker"]')?.textContent ?? null,
          quoteText: element?.classList.contains('item-text') && element.closest('[data-testid="quote"]') ? element.textContent : null,
        };
      });
    const tabUntil = async (reached: (focus: Awaited<ReturnType<typeof focused>>) => boolean, description: string) => {
      for (let presses = 0; presses < 300; presses++) {
        await popup.keyboard.press('Tab');
        if (reached(await focused())) return;
      }
      throw new Error(`Tab never reached ${description}`);
    };

    await tabUntil((focus) => focus.speaker?.includes('Andrew Watkins') ?? false, 'Andrew Watkins');
    await popup.keyboard.press('Enter');
    await expect.poll(async () => (await popup.getByTestId('quote').allInnerTexts()).every((text) => text.includes('Andrew Watkins'))).toBe(true);
    await tabUntil((focus) => focus.quoteText?.includes('The Taliban is not an unstoppable') ?? false, 'the Watkins quote');
    await popup.keyboard.press('Enter');
    await expect.poll(() => article.evaluate(() => window.scrollY)).toBeGreaterThan(300);
  });
});

describe('the popup footer and switches', () => {
  it('shows the keyboard shortcuts the browser has for the extension', async () => {
    const { popup } = await openSeed();
    const shortcuts = await popup.getByTestId('shortcuts').innerText();
    expect(shortcuts).toMatch(/Alt\+Shift\+Q open Quotelens/);
    expect(shortcuts).toMatch(/Alt\+Shift\+H show or hide highlights/);
    expect(shortcuts).toMatch(/Alt\+Shift\+S open the side panel/);
  });

  it('turns a kind of highlight off in the page and remembers it; the shortcut’s message hides and shows all', async () => {
    const { article, tabId, popup } = await openSeed();
    const has = (name: string) => article.evaluate((highlight) => CSS.highlights.has(highlight), name);
    await expect(has('quotelens-quote')).resolves.toBe(true);

    await popup.getByTestId('highlight-quote').uncheck();
    await expect.poll(() => has('quotelens-quote')).toBe(false);
    await expect(has('quotelens-numeric')).resolves.toBe(true);

    // The next article starts with quotes off too.
    const next = await openSeed();
    await expect(next.popup.getByTestId('highlight-quote').isChecked()).resolves.toBe(false);
    await expect(next.article.evaluate(() => CSS.highlights.has('quotelens-quote'))).resolves.toBe(false);

    // What the toggle-highlights shortcut sends (the browser's key handling cannot be driven headless).
    const toggle = () =>
      popup.evaluate(
        (id) =>
          (globalThis as unknown as { chrome: { tabs: { sendMessage(id: number, message: object): Promise<{ visible: boolean }> } } }).chrome.tabs.sendMessage(
            id,
            { to: 'content', call: 'toggleHighlights' },
          ),
        tabId,
      );
    await expect(toggle()).resolves.toEqual({ visible: false });
    await expect(has('quotelens-numeric')).resolves.toBe(false);
    await expect(toggle()).resolves.toEqual({ visible: true });
    await expect(has('quotelens-numeric')).resolves.toBe(true);
    await expect(has('quotelens-quote')).resolves.toBe(false);

    await popup.getByTestId('highlight-quote').check();
    await expect.poll(() => has('quotelens-quote')).toBe(true);
  });
});

describe('the options page', () => {
  it('changes the highlight colour and the summary’s format and header', async () => {
    const options = await openOptions();
    await options.getByTestId('colour-quote').fill('#00ff00');
    await options.getByTestId('format-text').check();
    await options.getByTestId('include-title-url').uncheck();
    await expect.poll(() => options.getByTestId('save-status').getAttribute('data-save-state')).toBe('saved');

    const { article, popup } = await openSeed();
    const quoteColour = await article.evaluate(() =>
      getComputedStyle(document.documentElement).getPropertyValue('--quotelens-quote-background').trim(),
    );
    expect(quoteColour).toBe('rgba(0, 255, 0, 0.3)');
    const summary = await clipboardAfterClicking(popup, 'copy-summary');
    expect(summary.startsWith('SPEAKERS\n- Antony Blinken')).toBe(true);
    expect(summary).not.toContain('Press TV');
    await expect(popup.getByRole('status').filter({ hasText: 'Summary copied as plain text.' }).count()).resolves.toBe(1);

    await options.getByTestId('format-json').check();
    await options.getByTestId('include-title-url').check();
    await expect.poll(() => options.getByTestId('include-title-url').isChecked()).toBe(true);
    const json = JSON.parse(await clipboardAfterClicking(popup, 'copy-summary'));
    expect(json.site).toBe('Press TV');
    expect(json.speakers[0].name).toBe('Antony Blinken');

    await options.getByTestId('restore-defaults').click();
    await expect.poll(() => options.getByTestId('format-markdown').isChecked()).toBe(true);
    expect((await clipboardAfterClicking(popup, 'copy-summary')).startsWith('# ')).toBe(true);
    // The browser focuses an open options page rather than opening another: close it for the next test.
    await options.close();
  });

  it('is reached from the popup', async () => {
    const { popup } = await openSeed();
    const opened = ext.context.waitForEvent('page', { predicate: (page) => page.url().includes(OPTIONS_PATH) });
    await popup.getByTestId('open-options').click();
    await (await opened).locator('[data-state="ready"]').waitFor();
  });
});

describe('dark mode', () => {
  it('follows the system’s colour scheme', async () => {
    const { popup } = await openSeed();
    const background = () => popup.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await popup.emulateMedia({ colorScheme: 'light' });
    const light = await background();
    await popup.emulateMedia({ colorScheme: 'dark' });
    const dark = await background();
    expect(light).toBe('rgb(255, 255, 255)');
    expect(dark).toBe('rgb(22, 24, 29)');
  });
});

describe('an article not in English', () => {
  it('lists the quotes in «» and says that attribution is English-only', async () => {
    const { tabId } = await openTab(ext, site.url('release/french-article.html'));
    const { page: popup, state } = await openPopup(ext, tabId);
    expect(state).toBe('ready');
    await expect(popup.getByTestId('english-only-note').innerText()).resolves.toContain('English only');
    const lowConfidenceSwitch = popup.getByRole('button', { name: /low-confidence/ });
    if (await lowConfidenceSwitch.count()) await lowConfidenceSwitch.click();
    const quotes = await popup.getByTestId('quote').allInnerTexts();
    for (const opening of ['«Nous ne céderons pas', '«la ville manque', '«Ce plan est une promesse']) {
      expect(quotes.some((text) => text.includes(opening)), opening).toBe(true);
    }
  });

  it('an English article has no such note', async () => {
    const { popup } = await openSeed();
    await expect(popup.getByTestId('english-only-note').count()).resolves.toBe(0);
  });
});

describe('errors', () => {
  it('none from the extension or the pages', () => {
    expect(errors).toEqual([]);
  });
});
