/** What the service worker keeps for a tab, and the smaller part of it the popup is sent. */
import type { Analysis } from '../engine/types';
import type { ArticleInfo } from './article-info';
import type { ArticleView } from './article-view';
import type { PaintReply } from './highlights/types';

/** What the worker keeps for a tab (in storage.session): everything Export JSON needs, the article text included. */
export interface TabAnalysis {
  article: ArticleInfo;
  analysis: Analysis;
  /** What the page highlighter managed to place; null when painting was unavailable or failed. */
  highlights: PaintReply | null;
}

/**
 * What the popup is sent for a ready tab: what it lists and copies, already
 * resolved. Neither the article text nor the engine's raw spans: for a long
 * article they are megabytes the popup would have to receive and parse for
 * nothing (Export JSON asks the worker for them when clicked).
 */
export interface PopupResult {
  article: ArticleInfo;
  view: ArticleView;
  /** How much of the article the engine read. */
  analysed: Pick<Analysis['stats'], 'words' | 'truncated'>;
  highlights: PaintReply | null;
}

/**
 * Why there is nothing to show:
 * - `no-article` / `too-short`: the page was read, but it is not an article
 *   (a home page, a search page, a teaser);
 * - `restricted`: the browser does not let extensions read this page
 *   (browser pages, the web store, the PDF viewer, a page without the reader's click);
 * - `loading`: the page's HTML is still arriving, so it cannot be read yet.
 */
export type NotArticleReason = 'no-article' | 'too-short' | 'restricted' | 'loading';

/** The answer about a tab: the popup gets a `PopupResult`, the worker works with the full `TabAnalysis`. */
export type TabAnalysisReply<Result = PopupResult> =
  | { state: 'ready'; result: Result }
  | { state: 'not-article'; reason: NotArticleReason }
  | { state: 'error'; message: string };
