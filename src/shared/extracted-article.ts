/**
 * What the content script reads from a page (see content/article-text.ts) and
 * hands to the worker: the article text with its identity, or why there is none.
 */
import type { ArticleInput } from '../engine/types';

export interface ExtractedArticle extends ArticleInput {
  title: string;
  url: string;
  words: number;
}

export type ExtractionResult =
  | { ok: true; article: ExtractedArticle }
  | { ok: false; reason: 'no-article' | 'too-short'; words: number };
