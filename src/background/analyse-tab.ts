/**
 * The popup's one request: the analysis of a tab. Injects the content script,
 * has it read the article, runs the engine here in the worker, highlights the
 * page, and keeps the result for the tab.
 */
import type { ExtractedArticle } from '../shared/extracted-article';
import { analyze } from '../engine';
import { sameArticleAddress } from '../shared/article-address';
import type { ArticleInfo } from '../shared/article-info';
import type { TabAnalysis, TabAnalysisReply } from '../shared/tab-analysis';
import { callTab } from '../shared/messaging';
import { injectContentScript } from './inject';
import { paintHighlights } from './paint-highlights';
import { currentTabUrl } from './tab-address';
import { forgetTabResult, loadTabResult, saveTabResult } from './tab-results';

/**
 * How long to wait for the page to be ready for the content script. Chrome runs
 * it once the document has been parsed; a page whose HTML is still arriving
 * gets a clear "still loading" answer instead of an endless "Analysing…".
 */
export const PAGE_LOADING_TIMEOUT_MS = 5_000;

/** One analysis per tab at a time: a popup opened twice in quick succession waits for the first. */
const inFlight = new Map<number, Promise<TabAnalysisReply<TabAnalysis>>>();

/**
 * Bumped whenever a tab leaves its page, so an analysis that finishes after the
 * navigation is not kept for the new page.
 */
const generations = new Map<number, number>();

export function analyseTab(tabId: number): Promise<TabAnalysisReply<TabAnalysis>> {
  let pending = inFlight.get(tabId);
  if (!pending) {
    pending = analyseTabOnce(tabId).finally(() => inFlight.delete(tabId));
    inFlight.set(tabId, pending);
  }
  return pending;
}

export async function forgetTab(tabId: number): Promise<void> {
  generations.set(tabId, (generations.get(tabId) ?? 0) + 1);
  await forgetTabResult(tabId).catch((error) => console.warn('Quotelens: could not forget tab', tabId, error));
}

async function analyseTabOnce(tabId: number): Promise<TabAnalysisReply<TabAnalysis>> {
  const kept = await keptResultFor(tabId);
  if (kept) return { state: 'ready', result: kept };

  const generation = generations.get(tabId) ?? 0;
  try {
    if (!(await settlesWithin(injectContentScript(tabId), PAGE_LOADING_TIMEOUT_MS))) {
      return { state: 'not-article', reason: 'loading' };
    }
  } catch {
    return { state: 'not-article', reason: 'restricted' };
  }

  let result: TabAnalysis;
  try {
    const extraction = await callTab(tabId, 'extract', {});
    if (!extraction.ok) return { state: 'not-article', reason: extraction.reason };
    const analysis = analyze(extraction.article);
    result = {
      article: articleInfo(extraction.article),
      analysis,
      highlights: await paintHighlights(tabId, analysis),
    };
  } catch (error) {
    console.error('Quotelens: analysis failed', error);
    return { state: 'error', message: error instanceof Error ? error.message : String(error) };
  }

  if ((generations.get(tabId) ?? 0) === generation) await saveTabResult(tabId, result).catch(() => false);
  return { state: 'ready', result };
}

/**
 * The result kept for the tab, when it is of the page the tab shows now. A
 * worker that was stopped and restarted reads it from storage, whatever events
 * it missed meanwhile; the address check guards against a navigation whose
 * event was lost with the worker (the page is then read again).
 */
async function keptResultFor(tabId: number): Promise<TabAnalysis | null> {
  const [kept, url] = await Promise.all([loadTabResult(tabId).catch(() => null), currentTabUrl(tabId)]);
  if (!kept) return null;
  return url === undefined || sameArticleAddress(url, kept.article.url) ? kept : null;
}

/** True when `promise` resolves within `ms`, false when it is still pending then; rejects as it does. */
function settlesWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  return Promise.race([promise.then(() => true), timeout]).finally(() => clearTimeout(timer));
}

function articleInfo(article: ExtractedArticle): ArticleInfo {
  return {
    title: article.title,
    siteName: article.siteName ?? null,
    byline: article.byline ?? null,
    url: article.url,
    words: article.words,
    lang: article.lang ?? null,
  };
}
