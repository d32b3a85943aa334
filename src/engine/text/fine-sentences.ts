/**
 * The sentence of each fine token, read from the text model's sentences: the engine has one sentence
 * splitter (text-model.ts), so "Mr. Smith" ends a sentence for no stage, and quantities and claims cut
 * sentences where quotes and speakers do.
 */
import type { FineToken } from './fine-tokens';
import { buildTextModel } from './text-model';

/**
 * For each fine token of `text`, the index of its sentence. `sentenceStarts` are the offsets where the
 * text model's sentences start (the pipeline has them); without them the text model is built here.
 */
export function sentenceOfFineTokens(text: string, tokens: FineToken[], sentenceStarts?: ArrayLike<number>): Int32Array {
  const starts = sentenceStarts ?? buildTextModel(text).sentences.map((sentence) => sentence.start);
  // A typed array: one number per token, whose store the garbage collector neither scans nor copies.
  const sentenceOf = new Int32Array(tokens.length);
  let sentence = 0;
  for (let i = 0; i < tokens.length; i++) {
    while (sentence + 1 < starts.length && starts[sentence + 1] <= tokens[i].start) sentence++;
    sentenceOf[i] = sentence;
  }
  return sentenceOf;
}
