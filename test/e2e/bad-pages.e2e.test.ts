/**
 * Pages that are not a plain, finished news article: each gets a clear popup
 * sentence (never an endless "Analysing…", never an exception); an article in
 * one-sentence paragraphs is analysed; a huge article is analysed in full with
 * the popup listing it a batch at a time. (How fast is `npm run bench`'s
 * business: no test here holds a time limit, so a busy machine cannot fail it.)
 *
 * Decisions these tests pin:
 * - an article inside frames (frameset or iframes) is not read: the top
 *   document is what the reader clicked on, and it is not an article;
 * - an article inside a shadow root is not read either (Readability works on
 *   a clone of the document, which has no shadow roots): "not an article";
 * - a page whose HTML is still arriving gets "still loading" after
 *   PAGE_LOADING_TIMEOUT_MS, and is analysed once it has arrived.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { ServerResponse } from 'node:http';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_ANALYSED_CHARS } from '../../src/engine/index';
import {
  articlePage,
  escapeHtml,
  extensionDir,
  longArticleParagraph,
  newsParagraphs,
  openLoadingTab,
  servePages,
  type PageServer,
} from './generated-pages';
import { launchWithExtension, openPopup, openTab, REPO_ROOT, watchErrors, type ExtensionBrowser } from './harness';

/** src/background/analyse-tab.ts's PAGE_LOADING_TIMEOUT_MS (that module only loads inside the extension). */
const PAGE_LOADING_TIMEOUT_MS = 5_000;

let ext: ExtensionBrowser;
let site: PageServer;
let errors: string[] = [];
/** Responses held open by the "still loading" routes, ended in afterAll. */
const heldOpen: ServerResponse[] = [];

const ARTICLE = newsParagraphs('Helen Marsh', 'transport minister', 'the new tram line');

/** What the reader sees: the popup's state, the reason it gives and its sentence. */
async function popupFor(tabId: number, timeoutMs?: number): Promise<{ state: string; reason: string | null; text: string; popup: Page }> {
  const { page: popup, state } = await openPopup(ext, tabId, { timeoutMs });
  const notice = popup.locator('.notice').first();
  const text = state === 'ready' ? '' : await notice.innerText();
  const reason = state === 'not-article' ? await notice.getAttribute('data-reason') : null;
  return { state, reason, text, popup };
}

function pdfDocument(): string {
  // A one-page PDF with the words of a news sentence on it (byte offsets need not be exact for Chromium's viewer).
  const stream = 'BT /F1 12 Tf 20 100 Td (The minister said the tram line would open in 2026.) Tj ET';
  return [
    '%PDF-1.4',
    '1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj',
    '2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj',
    '3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 400 200] /Contents 4 0 R /Resources <</Font <</F1 5 0 R>>>>>> endobj',
    `4 0 obj <</Length ${stream.length}>> stream\n${stream}\nendstream endobj`,
    '5 0 obj <</Type /Font /Subtype /Type1 /BaseFont /Helvetica>> endobj',
    'trailer <</Root 1 0 R>>',
    '%%EOF',
  ].join('\n');
}

beforeAll(async () => {
  ext = await launchWithExtension({ extensionDir });
  errors = watchErrors(ext);
  site = await servePages();

  site.page('/home', [
    '<!doctype html><html lang="en"><head><title>Daily Example — Home</title></head><body>',
    '<header><a href="/">Daily Example</a> <nav><a href="/world">World</a> <a href="/sport">Sport</a></nav></header>',
    '<main><h2>Top stories</h2><ul>',
    ...Array.from({ length: 30 }, (_, n) => `<li><a href="/story/${n}">Headline number ${n} about the council budget</a></li>`),
    '</ul></main><footer>© Daily Example</footer></body></html>',
  ].join('\n'));
  site.page('/search', [
    '<!doctype html><html lang="en"><head><title>Search: tram line — Daily Example</title></head><body>',
    '<form role="search"><input name="q" value="tram line"><button>Search</button></form>',
    '<p>About 1,240 results</p><ol class="results">',
    ...Array.from(
      { length: 10 },
      (_, n) =>
        `<li><a href="/story/${n}"><h3>Tram line result ${n}</h3></a><span class="url">example.com/story/${n}</span><p class="snippet">The council said on Tuesday that the tram…</p></li>`,
    ),
    '</ol><nav><a href="?page=2">Next</a></nav></body></html>',
  ].join('\n'));
  site.page('/photo.png', await readFile(resolve(REPO_ROOT, 'icons/icon-128.png')), 'image/png');
  site.page('/image-only', '<!doctype html><title>Photo</title><body><img src="/photo.png" alt=""></body>');
  site.page('/report.pdf', pdfDocument(), 'application/pdf');
  site.page('/empty', '', 'text/html; charset=utf-8');
  site.page('/empty-body', '<!doctype html><html><head><title></title></head><body></body></html>');

  site.page('/article', articlePage({ title: 'Tram line approved after years of delay', paragraphsHtml: ARTICLE }));
  site.page('/nav-frame', '<!doctype html><body><a href="/">Home</a> <a href="/world">World</a></body>');
  site.page('/frameset', [
    '<!doctype html><html><head><title>Daily Example (frames)</title></head>',
    '<frameset cols="20%,80%"><frame src="/nav-frame"><frame src="/article"></frameset></html>',
  ].join('\n'));
  site.page('/iframes', [
    '<!doctype html><html lang="en"><head><title>Daily Example — portal</title></head><body>',
    '<header><a href="/">Daily Example</a></header>',
    ...['/nav-frame', '/article', '/nav-frame', '/home'].map((src) => `<iframe src="${src}" width="600" height="400"></iframe>`),
    '</body></html>',
  ].join('\n'));
  site.page('/shadow', [
    '<!doctype html><html lang="en"><head><title>Tram line approved (web component)</title></head><body>',
    '<header><a href="/">Daily Example</a></header>',
    `<news-story><template shadowrootmode="open"><article><h1>Tram line approved</h1>${ARTICLE.join('')}</article></template></news-story>`,
    '</body></html>',
  ].join('\n'));

  // The HTML arrives in part, then nothing more until the test ends it.
  site.route('/still-loading', (response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.write(articlePage({ title: 'Tram line approved after years of delay', paragraphsHtml: ARTICLE }).replace('</body></html>', ''));
    heldOpen.push(response);
    stillLoadingResponse = response;
  });
  // The HTML is complete, but an image never finishes: the load event never fires.
  site.route('/never.png', (response) => void heldOpen.push(response.writeHead(200, { 'content-type': 'image/png' })));
  site.page('/image-never-loads', articlePage({ title: 'Tram line approved after years of delay', paragraphsHtml: ARTICLE, tailHtml: '<img src="/never.png" alt="">' }));
});

let stillLoadingResponse: ServerResponse | null = null;

afterAll(async () => {
  for (const response of heldOpen) response.destroy();
  await site?.close();
  await ext?.close();
});

describe('pages with no article get a clear sentence', () => {
  const NOT_AN_ARTICLE = /doesn’t look like a news article|too little text to be an article/;
  const cases: Array<[string, string]> = [
    ['a home page of links', '/home'],
    ['a search results page', '/search'],
    ['a page with only an image', '/image-only'],
    ['a bare image', '/photo.png'],
    ['a PDF', '/report.pdf'],
    ['an empty document (no bytes)', '/empty'],
    ['a document with an empty body', '/empty-body'],
    ['a frameset whose article is in a frame (the top document is read, and it is not an article)', '/frameset'],
    ['an iframe-heavy page whose article is in an iframe (the top document is read)', '/iframes'],
    ['an article inside an open shadow root (not read: Readability sees no shadow roots)', '/shadow'],
  ];
  for (const [what, path] of cases) {
    it(what, async () => {
      const { tabId } = await openTab(ext, site.url(path));
      const { state, text, popup } = await popupFor(tabId);
      expect(state).toBe('not-article');
      expect(text).toMatch(NOT_AN_ARTICLE);
      await popup.close();
    });
  }
});

describe('an article the reader-view check would turn away', () => {
  it('one-sentence paragraphs, each too short for isProbablyReaderable, are analysed', async () => {
    site.page('/short-paragraphs', await readFile(resolve(REPO_ROOT, 'test/fixtures/short-paragraphs/article.html'), 'utf8'));
    const { tabId } = await openTab(ext, site.url('/short-paragraphs'));
    const { state, popup } = await popupFor(tabId);
    expect(state).toBe('ready');
    const speakers = await popup.locator('.speaker-name').allInnerTexts();
    expect(speakers).toEqual(expect.arrayContaining(['Nadia Osei', 'Priya Shah']));
    await popup.close();
  });
});

describe('pages extensions may not run in get a clear sentence', () => {
  const CANNOT_READ = /can’t read this page/;

  it('about:blank', async () => {
    const { tabId } = await openTab(ext, 'about:blank');
    const { state, reason, text } = await popupFor(tabId);
    expect([state, reason]).toEqual(['not-article', 'restricted']);
    expect(text).toMatch(CANNOT_READ);
  });

  it('a chrome:// settings page', async () => {
    const { tabId } = await openTab(ext, 'chrome://settings');
    const { state, reason, text } = await popupFor(tabId);
    expect([state, reason]).toEqual(['not-article', 'restricted']);
    expect(text).toMatch(CANNOT_READ);
  });

  it('the extension store', async () => {
    // Offline here, the tab shows the browser's error page at the store's address; online, the
    // store itself. Extensions may run in neither.
    const tabId = await ext.serviceWorker.evaluate(async (url) => {
      const { chrome } = globalThis as unknown as { chrome: { tabs: { create(props: object): Promise<{ id?: number }> } } };
      return (await chrome.tabs.create({ url, active: false })).id!;
    }, 'https://chromewebstore.google.com/detail/quotelens/abcdefghijklmnopabcdefghijklmnop');
    const { state, reason, text } = await popupFor(tabId);
    expect([state, reason]).toEqual(['not-article', 'restricted']);
    expect(text).toMatch(CANNOT_READ);
  });
});

describe('a page still loading', () => {
  it('whose HTML is still arriving says so, then is analysed once it has arrived', async () => {
    const { page, tabId } = await openLoadingTab(ext, site.url('/still-loading'));
    await page.locator('article h1').waitFor();
    const { state, reason, text, popup } = await popupFor(tabId, PAGE_LOADING_TIMEOUT_MS + 60_000);
    expect([state, reason]).toEqual(['not-article', 'loading']);
    expect(text).toContain('still loading');
    await popup.close();

    stillLoadingResponse!.end('</body></html>');
    await page.waitForLoadState('load');
    const again = await popupFor(tabId);
    expect(again.state).toBe('ready');
    await expect(again.popup.getByTestId('speaker').first().innerText()).resolves.toContain('Helen Marsh');
  });

  it('whose HTML has arrived but whose images never finish is analysed, not called loading', async () => {
    const { page, tabId } = await openLoadingTab(ext, site.url('/image-never-loads'));
    await page.waitForLoadState('domcontentloaded');
    const { state, popup } = await popupFor(tabId, PAGE_LOADING_TIMEOUT_MS + 60_000);
    expect(state).toBe('ready');
    await expect(popup.getByTestId('speaker').first().innerText()).resolves.toContain('Helen Marsh');
  });
});

describe('a huge article', () => {
  /** Heavy markup around every paragraph, as news sites have: analytics attributes, wrappers, links. */
  const wrap = (paragraph: string, n: number) =>
    `<div class="story-body__block ssrcss-1q0x1qg-Paragraph" data-component="text-block" data-analytics='${escapeHtml(
      JSON.stringify({ block: n, section: 'world', tracking: 'x'.repeat(760) }),
    )}'>${paragraph.replace('In district', `In <a href="/district/${n}" class="topic-link">district</a>`)}</div>`;

  /** Opens the popup on `tabId` and waits, however long the analysis takes, until it is ready. */
  async function readyPopup(tabId: number): Promise<Page> {
    const { page: popup, state } = await openPopup(ext, tabId, { timeoutMs: 600_000 });
    expect(state).toBe('ready');
    return popup;
  }

  /** Only the first quotes are listed at first: asks for all of them and waits until the list holds as many as its heading says. */
  async function showAllQuotes(popup: Page): Promise<number> {
    const total = Number((await popup.locator('#quotes-heading .total').innerText()).replace(/\D/g, ''));
    expect(await popup.getByTestId('quote').count()).toBeLessThan(total);
    await popup.getByTestId('show-all-quotes').click();
    await expect.poll(() => popup.getByTestId('quote').count(), { timeout: 300_000 }).toBe(total);
    return total;
  }

  it('of 200,000 words in 5 MB of HTML is analysed in full, its lists shown a batch at a time', async () => {
    const paragraphs = Array.from({ length: 4000 }, (_, n) => wrap(longArticleParagraph(n + 1), n + 1));
    const html = articlePage({ title: 'The longest report ever filed', paragraphsHtml: paragraphs });
    expect(html.length).toBeGreaterThan(5_000_000);
    site.page('/huge', html);
    const { tabId } = await openTab(ext, site.url('/huge'));

    const popup = await readyPopup(tabId);
    await expect(popup.getByTestId('truncated-note').count()).resolves.toBe(0);
    // The last paragraph's quote was analysed too: listed once the reader asks for every quote, with
    // the popup still responsive while they are added.
    expect(await showAllQuotes(popup)).toBeGreaterThanOrEqual(4000);
    await expect(popup.getByTestId('quote').filter({ hasText: 'Paragraph 4000 is on schedule' }).count()).resolves.toBe(1);

    // The reader can still use the lists: filtering to the speaker works on the whole list.
    await popup.getByTestId('speaker').filter({ hasText: 'Maria Lopez' }).getByRole('button').click();
    await popup.getByTestId('quote-filter').waitFor();
    await popup.close();
  });

  it('longer than the engine reads says how many words were analysed', async () => {
    const paragraphs = Array.from({ length: Math.ceil((MAX_ANALYSED_CHARS * 1.1) / 290) }, (_, n) => longArticleParagraph(n + 1));
    site.page('/too-long', articlePage({ title: 'An even longer report', paragraphsHtml: paragraphs }));
    const { tabId } = await openTab(ext, site.url('/too-long'));

    const popup = await readyPopup(tabId);
    const note = await popup.getByTestId('truncated-note').innerText();
    const [analysed, total] = [...note.matchAll(/\d[\d,]*/g)].map((match) => Number(match[0].replace(/,/g, '')));
    expect(note).toMatch(/only its first [\d,]+ of [\d,]+ words were analysed/);
    expect(analysed).toBeGreaterThan(200_000);
    expect(total).toBeGreaterThan(analysed);
    // Quotes from the analysed part are listed; the last paragraph's is not.
    await expect(popup.getByTestId('quote').filter({ hasText: 'Paragraph 1 is on schedule' }).count()).resolves.toBe(1);
    await showAllQuotes(popup);
    await expect(popup.getByTestId('quote').filter({ hasText: `Paragraph ${paragraphs.length} is` }).count()).resolves.toBe(0);
    await popup.close();
  });
});

describe('errors', () => {
  it('none from the extension or the pages', () => {
    expect(errors).toEqual([]);
  });
});
