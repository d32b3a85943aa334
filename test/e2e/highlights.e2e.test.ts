/**
 * The in-page highlighter on real pages in the system's Chromium: the seed
 * article and real news pages are extracted, analysed and painted as the
 * extension does (the code evaluated in the page, no extension needed), then
 * hovered, scrolled to, mutated and cleared.
 */
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bundleProbe, launchChromium, openPage, PROBE_GLOBAL, servePages, type HighlightProbe, type OpenedPage, type PageServer,
  type ProbeBundle,
} from '../../scripts/highlight-harness';
import { REPO_ROOT } from '../../scripts/shared-corpus';
import { tooltipText } from './tooltip-text';

const PAGES = [
  'seed/article.html',
  'pages/bbc-1.html',
  'pages/wapo-1.html',
  'pages/herald-sun-1.html',
  'pages/nytimes-3.html',
  'pages/lemonde-1.html',
  'pages/foxnews_com-eb62ac84.html',
];

let probeBundle: ProbeBundle;
let server: PageServer;
let browser: Browser;

beforeAll(async () => {
  probeBundle = await bundleProbe();
  server = await servePages(new Map(PAGES.map((name) => [name, resolve(REPO_ROOT, 'test/fixtures', name)])));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Runs `step` in the page with the probe and a JSON argument: `step` must not close over anything. */
function inPage<A, R>(page: Page, step: (probe: HighlightProbe, arg: A) => R, arg?: A): Promise<R> {
  return page.evaluate(`(${step.toString()})(window[${JSON.stringify(PROBE_GLOBAL)}], ${JSON.stringify(arg ?? null)})`);
}

function bodyMarkup(page: Page): Promise<string> {
  return page.evaluate(() => document.body.innerHTML);
}

/** Resolves once a (smooth) scroll has come to rest: the position unchanged over a few frames. */
function scrollSettled(page: Page): Promise<void> {
  return page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        let last = -1;
        let still = 0;
        const check = () => {
          still = scrollY === last ? still + 1 : 0;
          last = scrollY;
          if (still >= 5) resolve();
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      }),
  );
}

function quotelensHighlights(page: Page): Promise<string[]> {
  return page.evaluate(() => [...CSS.highlights.keys()].filter((name) => name.startsWith('quotelens-')));
}

/** Share of the words of `text` that occur in `other`. */
function wordsFoundIn(text: string, other: string): number {
  const words = text.toLowerCase().split(/\W+/).filter(Boolean);
  const otherWords = new Set(other.toLowerCase().split(/\W+/));
  return words.length ? words.filter((word) => otherWords.has(word)).length / words.length : 1;
}

/**
 * Placed ranges read as their item's text. Where the page's text differs from the
 * article's (an ad label inside a quote, an aside Readability moved) the item is placed
 * approximately: those must be rare and still mostly the same words, both ways.
 */
function expectAtTheirText(mismatches: Array<{ id: string; exact: string; placedText: string }>, placed: number): void {
  expect(mismatches.length).toBeLessThanOrEqual(Math.max(1, Math.floor(placed * 0.05)));
  for (const { exact, placedText } of mismatches) {
    expect(wordsFoundIn(placedText, exact), placedText).toBeGreaterThanOrEqual(0.6);
    expect(wordsFoundIn(exact, placedText), exact).toBeGreaterThanOrEqual(0.6);
  }
}

describe.each(PAGES)('highlights on %s', (name) => {
  let opened: OpenedPage;
  let page: Page;

  beforeAll(async () => {
    opened = await openPage(browser, server.urlFor(name), probeBundle);
    page = opened.page;
    await opened.installProbe();
  });

  afterAll(async () => {
    await page?.close();
  });

  it('paints without touching the page body, placing at least 98% of the items at their text', async () => {
    const before = await bodyMarkup(page);
    const measured = await inPage(page, (probe) => probe.measure('both'));
    expect(measured.extracted).toBe(true);
    expect(measured.supported).toBe(true);
    expect(measured.items).toBeGreaterThan(0);
    expect(measured.bodyUnchanged).toBe(true);
    expect(await bodyMarkup(page)).toBe(before);
    expect(measured.placed / measured.items).toBeGreaterThanOrEqual(0.98);
    expect(measured.painted).toBe(measured.placed);
    expectAtTheirText(await inPage(page, (probe) => probe.mismatches()), measured.placed);
    expect((await quotelensHighlights(page)).length).toBeGreaterThan(0);
  });

  it('shows the item’s tooltip on hover, adding only the tooltip host to <html>', async () => {
    const before = await bodyMarkup(page);
    const target = await inPage(page, (probe) => {
      for (const item of probe.items) {
        const point = probe.pointAt(item.id);
        if (point && point.y > 0 && point.y < innerHeight) return { point, tooltip: item.tooltip };
      }
      return null;
    });
    if (!target) {
      // Nothing on the first screen: scroll the first item into view and point at it then.
      await inPage(page, (probe) => probe.highlighter!.scrollTo(probe.items[0].id));
      await scrollSettled(page);
    }
    const { point, tooltip } = target ?? (await inPage(page, (probe) => ({ point: probe.pointAt(probe.items[0].id)!, tooltip: probe.items[0].tooltip })));
    await page.mouse.move(point.x, point.y);
    await page.waitForFunction(() => document.documentElement.querySelector(':scope > quotelens-tooltip') !== null);
    await expect.poll(() => tooltipText(page)).toContain(tooltip);
    expect(await bodyMarkup(page)).toBe(before);
    await page.mouse.move(1, 1);
  });

  it('scrolls to an item and flashes it', async () => {
    const lastPlaced = await inPage(page, (probe) => {
      const placed = probe.items.filter((item) => probe.pointAt(item.id));
      return placed[placed.length - 1].id;
    });
    await page.evaluate(() => scrollTo(0, 0));
    expect(await inPage(page, (probe, id) => probe.highlighter!.scrollTo(id), lastPlaced)).toBe(true);
    expect(await inPage(page, (probe) => probe.hasFlash())).toBe(true);
    await scrollSettled(page);
    expect(await inPage(page, (probe, id) => probe.inViewport(id), lastPlaced)).toBe(true);
    expect(await inPage(page, (probe) => probe.highlighter!.scrollTo('no-such-item'))).toBe(false);
    await expect.poll(() => inPage(page, (probe) => probe.hasFlash()), { timeout: 60_000 }).toBe(false);
  });

  it('turns a kind off and on again', async () => {
    await inPage(page, (probe) => probe.highlighter!.setKindEnabled('quote', false));
    expect(await quotelensHighlights(page)).not.toContain('quotelens-quote');
    await inPage(page, (probe) => probe.highlighter!.setKindEnabled('quote', true));
    expect(await quotelensHighlights(page)).toContain('quotelens-quote');
  });

  it('places the items again after the page replaces the elements they were in', async () => {
    const placedBefore = await inPage(page, (probe) => probe.items.filter((item) => probe.pointAt(item.id)).length);
    await inPage(page, (probe) => {
      probe.reanchors.length = 0;
      // Re-render every paragraph as a fresh copy, as a framework hydrating the page would; and add a banner.
      for (const paragraph of document.body.querySelectorAll('p')) paragraph.replaceWith(paragraph.cloneNode(true));
      const banner = document.createElement('div');
      banner.textContent = 'Breaking: a banner the page added later.';
      document.body.prepend(banner);
    });
    await expect.poll(() => inPage(page, (probe) => probe.reanchors.length), { timeout: 60_000 }).toBeGreaterThan(0);
    const reanchored = await inPage(page, (probe) => ({
      placed: Object.values(probe.reanchors[probe.reanchors.length - 1].placed).filter(Boolean).length,
      cause: probe.reanchors[0].cause,
      painted: probe.registeredRanges(),
      mismatches: probe.mismatches(),
    }));
    expect(reanchored.cause).toBe('mutation');
    expect(reanchored.placed).toBe(placedBefore);
    expect(reanchored.painted).toBe(placedBefore);
    expectAtTheirText(reanchored.mismatches, reanchored.placed);
  });

  it('removes every highlight, the tooltip host and its style sheet on clear()', async () => {
    const sheetsBefore = await page.evaluate(() => document.adoptedStyleSheets.length);
    await inPage(page, (probe) => probe.highlighter!.clear());
    expect(await quotelensHighlights(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.querySelector(':scope > quotelens-tooltip'))).toBeNull();
    expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(sheetsBefore - 1);
    expect(await inPage(page, (probe) => probe.highlighter!.scrollTo(probe.items[0].id))).toBe(false);
  });

  it('caused no page errors', () => {
    expect(opened.errors.filter((error) => error.afterProbe)).toEqual([]);
  });
});
