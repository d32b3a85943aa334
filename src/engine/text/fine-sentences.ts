/**
 * The sentence of each fine token, read from the text model built from them: the engine has one
 * sentence splitter (text-model.ts), so "Mr. Smith" ends a sentence for no stage, and quantities and
 * claims cut sentences where quotes and speakers do.
 */
import type { FineToken } from './fine-tokens';
import { buildTextModel, type TextModel } from './text-model';

/**
 * For each of `tokens` (the fine tokens of `text`), the index of its sentence. `model` is the text model
 * built from them (the pipeline has it); without it, it is built here.
 */
export function sentenceOfFineTokens(text: string, tokens: readonly FineToken[], model: TextModel = buildTextModel(text, tokens)): Int32Array {
  // A typed array: one number per token, whose store the garbage collector neither scans nor copies.
  const sentenceOf = new Int32Array(tokens.length);
  // From the last token back, so that a fine token two tokens share takes the first one's sentence: the one its start is in.
  for (let t = model.tokens.length - 1; t >= 0; t--) {
    const token = model.tokens[t];
    // A loop, not `fill`: most tokens are one fine token, and a call per token costs more than the store.
    for (let f = token.firstFine; f < token.endFine; f++) sentenceOf[f] = token.sentence;
  }
  return sentenceOf;
}
