/**
 * Article text that looks like markup or code — `<script>`, `<img onerror>`,
 * `javascript:` links, bidi controls, 10,000 quotation marks — is shown in
 * the popup as the very characters the page printed, and nothing in it runs:
 * not in the popup, not in the page, not in the copied summary.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articlePage, escapeHtml, extensionDir, servePages, type PageServer } from './generated-pages';
import { allowClipboard, launchWithExtension, openPopup, openTab, type ExtensionBrowser, watchErrors } from './harness';

const SCRIPT_TEXT = `<script>window.quotelensPwned = 'script'</script>`;
const IMG_TEXT = '<img src=x onerror=window.quotelensPwned=1;alert(1)>';
const JS_LINK_TEXT = `javascript:window.quotelensPwned='link'`;
const BIDI_TEXT = 'invoice\u202Egpj.exe\u202C';

const paragraphs = [
  `The security team published its yearly report on Tuesday, listing the attacks it had seen against the council's websites and the steps it had taken since the spring to stop them.`,
  `“We found ${SCRIPT_TEXT} in the comment form of the planning portal,” said Rosa Diaz, the council's head of security.`,
  `“The string ${IMG_TEXT} turned up in 40 percent of the uploaded files,” Diaz said.`,
  `“Never follow a ${JS_LINK_TEXT} address, whoever sends it,” Diaz added, speaking to reporters after the meeting.`,
  `“A file called ${BIDI_TEXT} is not a picture,” said Tom Berg, a researcher at the city university.`,
  `The report said 1,200 phishing emails reached staff in March alone, and that more than 300 people had clicked at least one link before the filters were changed.`,
  `Councillors asked for a second report by the end of the year on how much the new filters cost and whether they had slowed down the council's email.`,
];

const html = articlePage({
  title: 'Council reports <b>attacks</b> on its websites',
  paragraphsHtml: [
    ...paragraphs.map((text) => `<p>${escapeHtml(text)}</p>`),
    // A real link whose address is javascript:, and a paragraph of 10,000 quotation marks.
    `<p>${escapeHtml('Readers can see the full list of incidents')} <a href="${escapeHtml(JS_LINK_TEXT)}">${escapeHtml('in the annex')}</a>${escapeHtml(', the report said, which runs to 80 pages.')}</p>`,
    `<p>${'“”"«»'.repeat(2_000)}</p>`,
  ],
});

let ext: ExtensionBrowser;
let site: PageServer;
let errors: string[] = [];
const dialogs: string[] = [];
let article: Page;
let popup: Page;
let articleMarkupBefore = '';

/** The article's markup, read without the extension's help (test code, not extension code). */
const markupOf = (page: Page) => page.evaluate(() => document.body['inner' + 'HTML' as 'innerHTML']);
const pwned = (page: Page) => page.evaluate(() => (window as { quotelensPwned?: string }).quotelensPwned ?? null);

beforeAll(async () => {
  ext = await launchWithExtension({ extensionDir });
  errors = watchErrors(ext);
  ext.context.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  site = await servePages();
  site.page('/hostile', html);
  let tabId: number;
  ({ page: article, tabId } = await openTab(ext, site.url('/hostile')));
  articleMarkupBefore = await markupOf(article);
  const opened = await openPopup(ext, tabId, { timeoutMs: 300_000 });
  expect(opened.state).toBe('ready');
  popup = opened.page;
});

afterAll(async () => {
  await site?.close();
  await ext?.close();
});

describe('hostile article text', () => {
  it('is listed in the popup as the characters the page printed', async () => {
    const quotes = await popup.getByTestId('quote').allTextContents();
    expect(quotes.some((text) => text.includes(SCRIPT_TEXT)), 'the <script> quote').toBe(true);
    expect(quotes.some((text) => text.includes(IMG_TEXT)), 'the <img onerror> quote').toBe(true);
    expect(quotes.some((text) => text.includes(JS_LINK_TEXT)), 'the javascript: quote').toBe(true);
    expect(quotes.some((text) => text.includes(BIDI_TEXT)), 'the bidi quote, controls kept as characters').toBe(true);
    await expect(popup.locator('h1').innerText()).resolves.toBe('Council reports <b>attacks</b> on its websites');
  });

  it('creates no element in the popup: no image, script, link or bold', async () => {
    await expect(popup.locator('main img, main script, main iframe, main a, main b').count()).resolves.toBe(0);
    await expect(popup.locator('[onerror], [href^="javascript:"]').count()).resolves.toBe(0);
  });

  it('runs nowhere: no script, no onerror, no dialog, even after highlighting and a click', async () => {
    await popup.getByTestId('quote').filter({ hasText: '<img' }).locator('.item-text').click();
    await expect.poll(() => article.evaluate(() => CSS.highlights.has('quotelens-flash'))).toBe(true);
    expect(await pwned(popup)).toBeNull();
    expect(await pwned(article)).toBeNull();
    expect(dialogs).toEqual([]);
  });

  it('leaves the page’s own markup exactly as it was', async () => {
    expect(await markupOf(article)).toBe(articleMarkupBefore);
  });

  it('is escaped in the copied Markdown summary', async () => {
    await allowClipboard(ext);
    await popup.bringToFront();
    await popup.getByTestId('copy-summary').click();
    await popup.getByRole('status').filter({ hasText: /copied/i }).waitFor({ timeout: 60_000 });
    const summary = await popup.evaluate(() => navigator.clipboard.readText());
    expect(summary).toContain('\\<img src=x onerror=');
    expect(summary).toContain('\\<script\\>');
    expect(summary).not.toMatch(/(?<!\\)<(?:img|script|b)\b/);
  });

  it('with 10,000 quotation marks in a row still reaches ready, listing the real quotes', async () => {
    await expect(popup.getByTestId('speaker').filter({ hasText: 'Rosa Diaz' }).count()).resolves.toBe(1);
    await expect(popup.getByTestId('claim').filter({ hasText: '1,200' }).count()).resolves.toBeGreaterThan(0);
  });
});

describe('errors', () => {
  it('none from the extension or the page', () => {
    expect(errors).toEqual([]);
  });
});
