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
import { tokenizeFine } from './text/fine-tokens';
import { sentenceOfFineTokens } from './text/fine-sentences';
import type { Analysis, ArticleInput } from './types';
import { countWords } from './text/count-words';
import { analysedText } from './text/analysed-text';

/**
 * Quotes and speakers from their own text model, and where its sentences start. A function of its own
 * so that the model (its tokens above all) is garbage once this returns, not held by a local of
 * `analyze` while the fine tokens are made.
 */
function quotesAndSpeakers(text: string): Pick<Analysis, 'quotes' | 'speakers'> & { sentenceStarts: Int32Array } {
  const model = buildTextModel(text);
  const sentenceStarts = Int32Array.from(model.sentences, (sentence) => sentence.start);
  return { ...resolveSpeakers(model, findQuotes(model)), sentenceStarts };
}

/** Quantities and claims read the same fine tokens and sentences: made once, they halve what this half allocates. */
function quantitiesAndClaims(text: string, context: Pick<Analysis, 'quotes' | 'speakers'>, sentenceStarts: Int32Array): Pick<Analysis, 'quantities' | 'claims'> {
  const tokens = tokenizeFine(text);
  const sentenceOf = sentenceOfFineTokens(text, tokens, sentenceStarts);
  const quantities = findQuantities(text, tokens, sentenceOf);
  return { quantities, claims: findClaims(text, { ...context, quantities }, tokens, sentenceOf) };
}

/** Analyses an article's text: its speakers, quotes, quantities and claims. Never throws. */
export function analyze(article: ArticleInput): Analysis {
  const started = performance.now();
  const { text, truncated } = analysedText(article.text ?? '');
  const { quotes, speakers, sentenceStarts } = quotesAndSpeakers(text);
  const { quantities, claims } = quantitiesAndClaims(text, { quotes, speakers }, sentenceStarts);
  return {
    text,
    speakers,
    quotes,
    quantities,
    claims,
    stats: { words: countWords(text), ms: performance.now() - started, truncated },
  };
}
