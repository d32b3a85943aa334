/**
 * In headless Chromium with the built extension (dist-e2e/, driven by the E2E
 * harness):
 * - click-to-results: from asking for the analysis of a loaded tab (opening
 *   the popup for it) to the popup's `data-state="ready"`;
 * - the longest main-thread task on the page from then until highlighting is
 *   done (Readability runs in the page, in the content script), from a trace;
 * - the service worker's heap before and after many analyse-then-close-tab cycles.
 */
import { basename, dirname } from 'node:path';
import type { Page } from 'playwright-core';
import {
  launchWithExtension,
  openTab,
  popupUrl,
  serveDirectory,
  waitForPopupState,
  type ExtensionBrowser,
  type PopupState,
  type StaticServer,
} from '../test/e2e/harness';
import type { BenchPage } from './pages';
import type { Figure, SectionResult } from './report';
import { attachToServiceWorker, type HeapUsage } from './service-worker-heap';
import { median, percentile } from './stats';
import { longestPageTask, type LongestTask } from './trace';

export const CLICK_TO_RESULTS_MS_BUDGET = 300;
export const LONG_TASK_MS_BUDGET = 50;
/** A seed result is ~19 KB as JSON and more as objects: a hundred leaked ones would show as megabytes. The rest is room for GC noise. */
export const HEAP_GROWTH_KB_BUDGET = 512;

/** Highlights are painted after the popup shows results; this is how long the page gets to finish them. */
const HIGHLIGHT_SETTLE_MS = 500;
/** Time for `tabs.onRemoved` to reach the worker and the worker to drop the closed tabs' results. */
const CLOSE_SETTLE_MS = 500;

export interface BrowserOptions {
  extensionDir: string;
  seedPage: BenchPage;
  largestPage: BenchPage;
  clicks: number;
  /** Clicks with the page traced for long tasks. */
  tracedClicks: number;
  analyseCycles: number;
}

export interface ClickTimings {
  page: string;
  /** The first click, unmeasured in the median: it includes compiling the extension's code. */
  coldMs: number;
  ms: number[];
  medianMs: number;
  p90Ms: number;
  /** The longest main-thread task on the page during the traced clicks, from the click to the end of highlighting. */
  longestTask: LongestTask;
}

export interface MemoryDetails {
  cycles: number;
  before: HeapUsage;
  after: HeapUsage;
  growthBytes: number;
  /** Bytes the extension still keeps in `storage.session` once every analysed tab is closed. */
  sessionStorageBytesAfter: number;
}

export type BrowserDetails =
  | { chromium: string; clicks: ClickTimings[]; memory: MemoryDetails }
  | { skipped: string };

const SECTION = 'browser (headless Chromium)';

/** The trace categories that hold each main-thread task and what started it. */
const TASK_TRACE_CATEGORIES = ['disabled-by-default-devtools.timeline', 'toplevel'];

interface OpenedClick {
  article: { page: Page; tabId: number };
  popup: Page;
}

/** A freshly loaded tab and a blank page to become its popup: a tab keeps its result, so a second click would only read it back. */
async function prepareClick(ext: ExtensionBrowser, url: string): Promise<OpenedClick> {
  const article = await openTab(ext, url);
  const popup = await ext.context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  return { article, popup };
}

/** Opens the popup for the tab and returns the milliseconds until it shows results. */
async function askForResults(ext: ExtensionBrowser, { article, popup }: OpenedClick, url: string): Promise<number> {
  const started = performance.now();
  await popup.goto(popupUrl(ext, article.tabId));
  const state: PopupState = await waitForPopupState(popup);
  const ms = performance.now() - started;
  if (state !== 'ready') throw new Error(`the popup for ${url} settled in state "${state}", not "ready"`);
  return ms;
}

async function closeClick({ article, popup }: OpenedClick): Promise<void> {
  await popup.close();
  await article.page.close();
}

async function timedClick(ext: ExtensionBrowser, url: string): Promise<number> {
  const click = await prepareClick(ext, url);
  try {
    return await askForResults(ext, click, url);
  } finally {
    await closeClick(click);
  }
}

/**
 * One click with the page's renderer traced, through highlighting. Kept apart
 * from the timed clicks: tracing slows what it watches.
 */
async function tracedClick(ext: ExtensionBrowser, url: string): Promise<LongestTask> {
  const browser = ext.context.browser();
  if (!browser) throw new Error('no browser to trace');
  const click = await prepareClick(ext, url);
  try {
    await browser.startTracing(click.article.page, { categories: TASK_TRACE_CATEGORIES });
    await askForResults(ext, click, url);
    await click.article.page.waitForTimeout(HIGHLIGHT_SETTLE_MS);
    const longest = longestPageTask((await browser.stopTracing()).toString('utf8'), url);
    if (!longest) throw new Error(`the trace does not show the page ${url}`);
    return longest;
  } finally {
    await closeClick(click);
  }
}

async function clickTimings(
  ext: ExtensionBrowser,
  page: BenchPage,
  url: string,
  counts: { clicks: number; tracedClicks: number },
): Promise<ClickTimings> {
  const coldMs = await timedClick(ext, url);
  const ms: number[] = [];
  for (let i = 0; i < counts.clicks; i++) ms.push(await timedClick(ext, url));
  const traced: LongestTask[] = [];
  for (let i = 0; i < counts.tracedClicks; i++) traced.push(await tracedClick(ext, url));
  return {
    page: page.name,
    coldMs,
    ms,
    medianMs: median(ms),
    p90Ms: percentile(ms, 90),
    longestTask: traced.reduce((a, b) => (b.ms > a.ms ? b : a)),
  };
}

interface StorageScope {
  chrome: { storage: { session: { getBytesInUse(keys: null): Promise<number> } } };
}

async function memoryAfterCycles(ext: ExtensionBrowser, url: string, cycles: number): Promise<MemoryDetails> {
  const heap = await attachToServiceWorker(ext.context, ext.extensionId);
  try {
    const before = await heap.measure();
    for (let i = 0; i < cycles; i++) await timedClick(ext, url);
    await new Promise((done) => setTimeout(done, CLOSE_SETTLE_MS));
    if (heap.restarted()) throw new Error('the service worker restarted during the cycles: its heap figures do not compare');
    const after = await heap.measure();
    const sessionStorageBytesAfter = await ext.serviceWorker.evaluate(() =>
      (globalThis as unknown as StorageScope).chrome.storage.session.getBytesInUse(null),
    );
    return { cycles, before, after, growthBytes: after.usedBytes - before.usedBytes, sessionStorageBytesAfter };
  } finally {
    await heap.detach();
  }
}

/** Every page is served from its own folder, so pages from the corpus and from the repo work alike. */
async function serve(pages: BenchPage[]): Promise<{ urls: Map<BenchPage, string>; servers: StaticServer[] }> {
  const servers = new Map<string, StaticServer>();
  const urls = new Map<BenchPage, string>();
  for (const page of pages) {
    const folder = dirname(page.file);
    if (!servers.has(folder)) servers.set(folder, await serveDirectory(folder));
    urls.set(page, servers.get(folder)!.url(basename(page.file)));
  }
  return { urls, servers: [...servers.values()] };
}

function unmeasured(reason: string): SectionResult<BrowserDetails> {
  const figure = (label: string, unit: string, limit: number, comparison: '<=' | '<' = '<='): Figure => ({
    section: SECTION,
    label,
    value: null,
    unit,
    budget: { comparison, limit },
    note: reason,
  });
  return {
    figures: [
      figure('click-to-results, seed page, median', 'ms', CLICK_TO_RESULTS_MS_BUDGET),
      figure('longest main-thread task on the page', 'ms', LONG_TASK_MS_BUDGET),
      figure('service worker heap growth', 'KB', HEAP_GROWTH_KB_BUDGET),
    ],
    details: { skipped: reason },
  };
}

export async function benchBrowser(options: BrowserOptions): Promise<SectionResult<BrowserDetails>> {
  let ext: ExtensionBrowser;
  try {
    ext = await launchWithExtension({ extensionDir: options.extensionDir });
  } catch (error) {
    return unmeasured(error instanceof Error ? error.message : String(error));
  }
  const pages = options.largestPage === options.seedPage ? [options.seedPage] : [options.seedPage, options.largestPage];
  const { urls, servers } = await serve(pages);
  try {
    const clicks: ClickTimings[] = [];
    for (const page of pages) clicks.push(await clickTimings(ext, page, urls.get(page)!, options));
    const memory = await memoryAfterCycles(ext, urls.get(options.seedPage)!, options.analyseCycles);
    const chromium = ext.context.browser()?.version() ?? 'unknown';
    const [seed, largest] = clicks;
    const figures: Figure[] = [
      {
        section: SECTION,
        label: `click-to-results, seed page, median of ${seed.ms.length}`,
        value: seed.medianMs,
        unit: 'ms',
        budget: { comparison: '<=', limit: CLICK_TO_RESULTS_MS_BUDGET },
        note: `p90 ${seed.p90Ms.toFixed(0)} ms; first (cold) click ${seed.coldMs.toFixed(0)} ms`,
      },
      ...(largest
        ? [
            {
              section: SECTION,
              label: `click-to-results, largest page (${largest.page}), median of ${largest.ms.length}`,
              value: largest.medianMs,
              unit: 'ms',
              note: `p90 ${largest.p90Ms.toFixed(0)} ms; first (cold) click ${largest.coldMs.toFixed(0)} ms`,
            },
          ]
        : []),
      ...clicks.map(
        (timings): Figure => ({
          section: SECTION,
          label: `longest main-thread task on the page, ${timings.page}`,
          value: timings.longestTask.ms,
          unit: 'ms',
          budget: { comparison: '<=', limit: LONG_TASK_MS_BUDGET },
          note: `started by ${timings.longestTask.cause}; worst of the traced clicks, from the click until highlighting is done`,
        }),
      ),
      {
        section: SECTION,
        label: `service worker heap growth after ${memory.cycles} analyse-and-close cycles`,
        value: memory.growthBytes / 1024,
        unit: 'KB',
        budget: { comparison: '<=', limit: HEAP_GROWTH_KB_BUDGET },
        note: `${(memory.before.usedBytes / 1024).toFixed(0)} KB → ${(memory.after.usedBytes / 1024).toFixed(0)} KB after GC`,
      },
      {
        section: SECTION,
        label: 'storage.session kept after every analysed tab closed',
        value: memory.sessionStorageBytesAfter / 1024,
        unit: 'KB',
      },
    ];
    return { figures, details: { chromium, clicks, memory } };
  } finally {
    await ext.close();
    await Promise.all(servers.map((server) => server.close()));
  }
}
