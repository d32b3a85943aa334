/**
 * Pages the robustness E2E tests serve, generated in the test rather than kept
 * as fixtures: news articles with chosen speakers and sizes, pages that are not
 * articles, hostile text. And a tiny server for them on 127.0.0.1 whose routes
 * may hold a response open (a page still loading) or send any content type.
 */
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './harness';

/** Escapes page text for HTML, so the browser shows it as the very characters written here. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

export interface ArticleOptions {
  title: string;
  site?: string;
  /** Already-escaped HTML paragraphs (the article body). */
  paragraphsHtml: string[];
  /** Extra HTML after the article (scripts, frames…). */
  tailHtml?: string;
}

/** A news article page Readability recognises: title, byline, an <article> of paragraphs. */
export function articlePage({ title, site = 'Generated News', paragraphsHtml, tailHtml = '' }: ArticleOptions): string {
  return [
    '<!doctype html><html lang="en"><head><meta charset="utf-8">',
    `<title>${escapeHtml(title)}</title>`,
    `<meta property="og:site_name" content="${escapeHtml(site)}">`,
    '</head><body>',
    `<header><a href="/">${escapeHtml(site)}</a> <nav><a href="/world">World</a> <a href="/business">Business</a></nav></header>`,
    `<main><article><h1>${escapeHtml(title)}</h1><p class="byline">By A. Reporter</p>`,
    ...paragraphsHtml,
    '</article></main>',
    `<footer>© ${escapeHtml(site)}</footer>`,
    tailHtml,
    '</body></html>',
  ].join('\n');
}

/**
 * Ordinary news paragraphs: `speaker` gives two direct quotes and one numeric
 * claim, with enough plain reporting around them to count as an article.
 */
export function newsParagraphs(speaker: string, role: string, topic: string): string[] {
  const surname = speaker.split(' ').at(-1);
  return [
    `<p>${escapeHtml(`The regional council met on Tuesday to discuss ${topic}, after weeks of debate among residents, business owners and local officials about the cost of the plan and how long it would take to deliver.`)}</p>`,
    `<p>${escapeHtml(`“We have waited long enough for ${topic},” said ${speaker}, the ${role}. “Families in this city deserve an answer this year, not another study.”`)}</p>`,
    `<p>${escapeHtml(`${surname} said the council would spend about 40 million euros on the first phase, and that more than 1,200 households had already asked to take part.`)}</p>`,
    `<p>${escapeHtml(`Critics argue that the budget is too small and that the timetable is unrealistic, pointing to earlier projects in the region that ran years late and far over their original estimates.`)}</p>`,
    `<p>${escapeHtml(`“Nobody should pretend this will be easy,” ${surname} added. “But the people who elected us expect us to try, and we will report on our progress every month.”`)}</p>`,
    `<p>${escapeHtml(`The council is expected to vote on the proposal next month. Opposition members have said they will ask for an independent review of the figures before any money is committed.`)}</p>`,
  ];
}

/** One paragraph of the long article: about 50 words, a quote and a number, different every time. */
export function longArticleParagraph(n: number): string {
  return `<p>${escapeHtml(
    `In district ${n}, officials counted ${(n * 37) % 9000} new homes this year. “Paragraph ${n} is on schedule and on budget,” said Maria Lopez, the housing minister, speaking to reporters outside the regional parliament on a cold and windy morning while protesters gathered nearby with banners and drums.`,
  )}</p>`;
}

// ---- The server ------------------------------------------------------------------------------

export type Route = (response: ServerResponse) => void;

export interface PageServer {
  origin: string;
  url(path: string): string;
  /** Serves `body` at `path` with `contentType` (HTML by default). */
  page(path: string, body: string | Buffer, contentType?: string): void;
  /** Serves `path` with a handler of its own (e.g. one that never ends the response). */
  route(path: string, handler: Route): void;
  close(): Promise<void>;
}

export async function servePages(): Promise<PageServer> {
  const routes = new Map<string, Route>();
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    if (path === '/favicon.ico') return void response.writeHead(204).end();
    const route = routes.get(path);
    if (route) route(response);
    else response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path) => new URL(path, origin).href,
    page: (path, body, contentType = 'text/html; charset=utf-8') =>
      routes.set(path, (response) => response.writeHead(200, { 'content-type': contentType }).end(body)),
    route: (path, handler) => routes.set(path, handler),
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

// ---- Tabs ------------------------------------------------------------------------------------

interface TabsScope {
  chrome: { tabs: { query(query: object): Promise<Array<{ id?: number; url?: string }>> } };
}

/**
 * Opens `url` in a new tab without waiting for it to load (for pages that never
 * finish) and returns the page and its tab id, found by URL (the test build
 * may read 127.0.0.1 tabs' URLs).
 */
export async function openLoadingTab(ext: ExtensionBrowser, url: string): Promise<{ page: Page; tabId: number }> {
  const page = await ext.context.newPage();
  await page.goto(url, { waitUntil: 'commit' });
  // The tabs API learns the committed URL a moment after the page does: ask until it knows (5 s at most).
  for (let attempt = 0; attempt < 50; attempt++) {
    const tabId = await ext.serviceWorker.evaluate(async (wanted) => {
      const tabs = await (globalThis as unknown as TabsScope).chrome.tabs.query({});
      return tabs.find((tab) => tab.url === wanted)?.id ?? null;
    }, url);
    if (tabId !== null) return { page, tabId };
    await page.waitForTimeout(100);
  }
  throw new Error(`No tab shows ${url}`);
}

/** The extension build the tests load: `QUOTELENS_EXTENSION_DIR` overrides dist-e2e (a build of another checkout). */
export const extensionDir = process.env.QUOTELENS_EXTENSION_DIR || undefined;
