/**
 * The analysis pipeline: text → quotes → speakers → quantities → claims.
 * Pure and DOM-free, so it runs unchanged in the service worker, in Node tests,
 * in the CLI and in the benchmark.
 */
import { buildTextModel } from './text/text-model';
import { findQuotes } from './quotes/find-quotes';
import { resolveSpeakers } from './speakers/resolve-speakers';
import { findQuantities } from './quantities/find-quantities';
import { findClaims } from './claims/find-claims';
import { countFineWords, type FineToken, tokenizeFine } from './text/fine-tokens';
import { sentenceOfFineTokens } from './text/fine-sentences';
import type { Analysis, ArticleInput } from './types';
import { analysedText } from './text/analysed-text';

/**
 * Quotes and speakers from the text model grouped from the fine tokens, and the sentence of each fine
 * token. A function of its own so that the model (its tokens above all) is garbage once this returns,
 * not held by a local of `analyze` while quantities and claims run.
 */
function quotesAndSpeakers(text: string, fine: FineToken[]): Pick<Analysis, 'quotes' | 'speakers'> & { sentenceOf: Int32Array } {
  const model = buildTextModel(text, fine);
  return { ...resolveSpeakers(model, findQuotes(model)), sentenceOf: sentenceOfFineTokens(text, fine, model) };
}

/** Analyses an article's text: its speakers, quotes, quantities and claims. Never throws. */
export function analyze(article: ArticleInput): Analysis {
  const started = performance.now();
  const { text, truncated } = analysedText(article.text ?? '');
  // The engine's one character scan: every stage reads these tokens or the text model grouped from them.
  const fine = tokenizeFine(text);
  const { quotes, speakers, sentenceOf } = quotesAndSpeakers(text, fine);
  const quantities = findQuantities(text, fine, sentenceOf);
  const claims = findClaims(text, { quotes, speakers, quantities }, fine, sentenceOf);
  return {
    text,
    speakers,
    quotes,
    quantities,
    claims,
    stats: { words: countFineWords(fine), ms: performance.now() - started, truncated },
  };
}
