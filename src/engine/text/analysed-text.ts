/**
 * The part of an article the engine analyses: all of it, unless it is so long (or so dense in
 * punctuation) that the time budget would not hold; then it is cut, at a paragraph break where one is
 * near. Counted by one cheap pass over the characters, before any tokenizing.
 */
import { isRoughWordCode, isSpaceCode } from './characters';

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

/** Where the analysed part of `text` ends: at the character cap or where the token budget runs out. */
function analysisEnd(text: string): number {
  const limit = Math.min(text.length, MAX_ANALYSED_CHARS);
  // A token takes at least one character, so a text this short cannot run out of tokens: no need to count them.
  if (limit <= MAX_ANALYSED_TOKENS) return limit;
  let tokens = 0;
  let inWord = false;
  for (let i = 0; i < limit; i++) {
    const code = text.charCodeAt(i);
    if (isSpaceCode(code)) {
      inWord = false;
      continue;
    }
    const wordCode = isRoughWordCode(code);
    if (!wordCode || !inWord) {
      tokens++;
      if (tokens > MAX_ANALYSED_TOKENS) return i;
    }
    inWord = wordCode;
  }
  return limit;
}

export function analysedText(text: string): { text: string; truncated: boolean } {
  const end = analysisEnd(text);
  if (end >= text.length) return { text, truncated: false };
  const paragraphBreak = text.lastIndexOf('\n\n', end);
  let cut = paragraphBreak > end * 0.9 ? paragraphBreak : end;
  // Never split a surrogate pair.
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut--;
  return { text: text.slice(0, cut), truncated: true };
}
