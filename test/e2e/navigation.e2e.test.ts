/**
 * A page that changes after it was analysed: highlights placed again after the
 * page re-renders are what a popup opened later reports, and a single-page app
 * that moves to another article drops the previous article's highlights (the
 * content script runs in an isolated world, but the page's `CSS.highlights`
 * registry is one per document: the page's own main world sees them come and go).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articlePage, extensionDir, newsParagraphs, servePages, type PageServer } from './generated-pages';
import { launchWithExtension, openPopup, openTab, watchErrors, type ExtensionBrowser } from './harness';

let ext: ExtensionBrowser;
let site: PageServer;
let errors: string[] = [];

const FIRST_TITLE = 'Tram line approved after years of delay';
const SECOND_TITLE = 'Harbour bridge repairs to start in spring';
const MOVED_QUOTE = 'We have waited long enough';

beforeAll(async () => {
  ext = await launchWithExtension({ extensionDir });
  errors = watchErrors(ext);
  site = await servePages();
  site.page('/first', articlePage({ title: FIRST_TITLE, paragraphsHtml: newsParagraphs('Helen Marsh', 'transport minister', 'the new tram line') }));
});

afterAll(async () => {
  await site?.close();
  await ext?.close();
});

/** The highlights the page's own (main) world sees under the extension's names. */
function quotelensHighlights(page: Page): Promise<string[]> {
  return page.evaluate(() => [...CSS.highlights.keys()].filter((name) => name.startsWith('quotelens-')));
}

/** What a popup opened now says about the quote containing `text`: its `data-placed`. */
async function placementInNewPopup(tabId: number, text: string): Promise<string | null> {
  const { page: popup } = await openPopup(ext, tabId);
  const placed = await popup.getByTestId('quote').filter({ hasText: text }).getAttribute('data-placed');
  await popup.close();
  return placed;
}

describe('after the page re-renders', () => {
  it('a popup opened later shows where the highlights are now', async () => {
    const { page, tabId } = await openTab(ext, site.url('/first'));
    expect(await placementInNewPopup(tabId, MOVED_QUOTE)).toBe('true');

    // The page drops the quote's paragraph (a live blog trimming an entry): re-anchored, it is no longer found.
    await page.evaluate((text) => {
      [...document.querySelectorAll('article p')].find((paragraph) => paragraph.textContent?.includes(text))?.remove();
    }, MOVED_QUOTE);
    await expect.poll(() => placementInNewPopup(tabId, MOVED_QUOTE), { timeout: 60_000 }).toBe('false');
    await page.close();
  });
});

describe('a single-page app moving to another article', () => {
  let page: Page;
  let tabId: number;

  beforeAll(async () => {
    ({ page, tabId } = await openTab(ext, site.url('/first')));
    const { page: popup, state } = await openPopup(ext, tabId);
    expect(state).toBe('ready');
    await popup.close();
  });

  it('drops the previous article’s highlights once the address and the content change', async () => {
    expect((await quotelensHighlights(page)).length).toBeGreaterThan(0);
    await page.evaluate(
      ({ title, html }) => {
        history.pushState({}, '', '/second');
        document.title = title;
        const next = new DOMParser().parseFromString(html, 'text/html').querySelector('article')!;
        document.querySelector('article')!.replaceWith(document.adoptNode(next));
      },
      { title: SECOND_TITLE, html: articlePage({ title: SECOND_TITLE, paragraphsHtml: newsParagraphs('Tomas Okafor', 'harbour master', 'the bridge repairs') }) },
    );
    await expect.poll(() => quotelensHighlights(page), { timeout: 60_000 }).toEqual([]);
  });

  it('and a popup opened then analyses the new article afresh', async () => {
    const { page: popup, state } = await openPopup(ext, tabId);
    expect(state).toBe('ready');
    await expect(popup.locator('.title').innerText()).resolves.toBe(SECOND_TITLE);
    await expect(popup.getByTestId('speaker').first().innerText()).resolves.toContain('Tomas Okafor');
    await expect(popup.getByTestId('quote').filter({ hasText: 'the bridge repairs' }).count()).resolves.toBe(1);
    await expect(popup.getByTestId('quote').filter({ hasText: 'the new tram line' }).count()).resolves.toBe(0);
    await popup.close();
    expect((await quotelensHighlights(page)).length).toBeGreaterThan(0);
  });

  it('drops them too when only the address changes (the worker tells the page)', async () => {
    await page.evaluate(() => history.pushState({}, '', '/third'));
    await expect.poll(() => quotelensHighlights(page), { timeout: 60_000 }).toEqual([]);
  });
});

describe('errors', () => {
  it('none from the extension or the pages', () => {
    expect(errors).toEqual([]);
  });
});
