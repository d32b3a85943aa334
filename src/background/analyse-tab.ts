/**
 * The popup's one request: the analysis of a tab. Injects the content script,
 * has it read the article, runs the engine here in the worker, highlights the
 * page, and keeps the result for the tab.
 */
import type { ExtractedArticle } from '../content/article-text';
import { analyze } from '../engine';
import type { ArticleInfo, TabAnalysis, TabAnalysisReply } from '../shared/tab-analysis';
import { callTab } from '../shared/messaging';
import { injectContentScript } from './inject';
import { paintHighlights } from './paint-highlights';
import { forgetTabResult, loadTabResult, saveTabResult } from './tab-results';

/** One analysis per tab at a time: a popup opened twice in quick succession waits for the first. */
const inFlight = new Map<number, Promise<TabAnalysisReply>>();

/**
 * Bumped whenever a tab leaves its page, so an analysis that finishes after the
 * navigation is not kept for the new page.
 */
const generations = new Map<number, number>();

export function analyseTab(tabId: number): Promise<TabAnalysisReply> {
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

async function analyseTabOnce(tabId: number): Promise<TabAnalysisReply> {
  const kept = await loadTabResult(tabId).catch(() => null);
  if (kept) return { state: 'ready', result: kept };

  const generation = generations.get(tabId) ?? 0;
  try {
    await injectContentScript(tabId);
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

function articleInfo(article: ExtractedArticle): ArticleInfo {
  return {
    title: article.title,
    siteName: article.siteName ?? null,
    byline: article.byline ?? null,
    url: article.url,
    words: article.words,
  };
}
