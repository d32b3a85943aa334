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
import { isSpaceCode } from './text/characters';

/**
 * Longer texts are cut here (at a paragraph break where one is near) so that a
 * 5 MB page still gets an answer within the engine's time budget.
 */
export const MAX_ANALYSED_CHARS = 1_500_000;

/**
 * Every stage walks tokens, and prose has about one per five characters, so
 * only punctuation-dense noise (a megabyte of quotation marks) reaches this cap
 * before the character cap: it keeps such input within the same time budget.
 */
const MAX_ANALYSED_TOKENS = 300_000;

function isWordCode(code: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  // Letters of every script, without the punctuation blocks (quotation marks, dashes, CJK brackets).
  return code >= 0xc0 && !(code >= 0x2000 && code <= 0x2bff) && !(code >= 0x3000 && code <= 0x303f) && !(code >= 0xff00 && code <= 0xff0f);
}

/** Where the analysed part of `text` ends: at the character cap or where the token budget runs out. */
function analysisEnd(text: string): number {
  const limit = Math.min(text.length, MAX_ANALYSED_CHARS);
  let tokens = 0;
  let inWord = false;
  for (let i = 0; i < limit; i++) {
    const code = text.charCodeAt(i);
    if (isSpaceCode(code)) {
      inWord = false;
      continue;
    }
    const wordCode = isWordCode(code);
    if (!wordCode || !inWord) {
      tokens++;
      if (tokens > MAX_ANALYSED_TOKENS) return i;
    }
    inWord = wordCode;
  }
  return limit;
}

function analysedText(text: string): { text: string; truncated: boolean } {
  const end = analysisEnd(text);
  if (end >= text.length) return { text, truncated: false };
  const paragraphBreak = text.lastIndexOf('\n\n', end);
  let cut = paragraphBreak > end * 0.9 ? paragraphBreak : end;
  // Never split a surrogate pair.
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut--;
  return { text: text.slice(0, cut), truncated: true };
}

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
