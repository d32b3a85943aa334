/**
 * The analysis pipeline: text → quotes → speakers → quantities → claims.
 * Pure and DOM-free, so it runs unchanged in the service worker, in Node tests,
 * in the CLI and in the benchmark.
 */
import { buildTextModel } from './text';
import { findQuotes } from './quotes';
import { resolveSpeakers } from './speakers';
import { findQuantities } from './quantities';
import { findClaims } from './claims';
import type { Analysis, ArticleInput } from './types';
import { countWords } from './words';

export type * from './types';
export { LOW_CONFIDENCE } from './types';

/**
 * Longer texts are cut here (at a paragraph break where one is near) so that a
 * 5 MB page still gets an answer within the engine's time budget.
 */
export const MAX_ANALYSED_CHARS = 1_500_000;

function analysedText(text: string): { text: string; truncated: boolean } {
  if (text.length <= MAX_ANALYSED_CHARS) return { text, truncated: false };
  const paragraphBreak = text.lastIndexOf('\n\n', MAX_ANALYSED_CHARS);
  const cut = paragraphBreak > MAX_ANALYSED_CHARS * 0.9 ? paragraphBreak : MAX_ANALYSED_CHARS;
  return { text: text.slice(0, cut), truncated: true };
}

export function analyze(article: ArticleInput): Analysis {
  const started = performance.now();
  const { text, truncated } = analysedText(article.text ?? '');
  const model = buildTextModel(text);
  const { quotes, speakers } = resolveSpeakers(model, findQuotes(model));
  const quantities = findQuantities(text);
  const claims = findClaims(text, { quotes, speakers, quantities });
  return {
    text,
    speakers,
    quotes,
    quantities,
    claims,
    stats: { words: countWords(text), ms: performance.now() - started, truncated },
  };
}
