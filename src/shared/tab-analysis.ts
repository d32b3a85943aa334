/** What the service worker keeps for a tab and hands the popup. */
import type { Analysis } from '../engine/types';
import type { PaintReply } from './messages';

/** The article's identity, as the popup header and the Markdown summary show it. */
export interface ArticleInfo {
  title: string;
  siteName: string | null;
  byline: string | null;
  url: string;
  words: number;
  /** The page's declared language (`<html lang>` or Readability's guess); absent in results kept by older versions. */
  lang?: string | null;
}

export interface TabAnalysis {
  article: ArticleInfo;
  analysis: Analysis;
  /** What the page highlighter managed to place; null when painting was unavailable or failed. */
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

export type TabAnalysisReply =
  | { state: 'ready'; result: TabAnalysis }
  | { state: 'not-article'; reason: NotArticleReason }
  | { state: 'error'; message: string };
