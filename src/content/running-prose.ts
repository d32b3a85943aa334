/**
 * Whether what Readability extracted is an article: running prose, not a list
 * of headlines or search results. Readability always picks *something*; its own
 * `isProbablyReaderable` is a heuristic for offering a reader-view button and
 * turns away real articles written in short paragraphs. Here the reader has
 * already asked, so the test is on the extracted text itself.
 */
import { isSpaceCode } from '../engine/text/characters';

/** Below this many words Readability's pick is a teaser or a list, not an article. */
export const MIN_ARTICLE_WORDS = 80;

/** A sentence needs this many words to count as prose ("Read more." and "Sign up." do not). */
const MIN_SENTENCE_WORDS = 4;

/** More of the text than this inside links makes it a page of links (a home page, an index). */
const MAX_LINK_SHARE = 0.5;

/** Ends a sentence when followed by a space, a closing mark or the end: . ! ? and the CJK full stops. */
const SENTENCE_ENDS = new Set(['.', '!', '?', '。', '！', '？']);

/** May follow a sentence's end before the space: closing quotes and brackets. */
const CLOSERS = new Set(['"', '\'', '”', '’', '»', ')', ']']);

export type ProseVerdict = { ok: true } | { ok: false; reason: 'too-short' | 'no-article' };

export interface ProseMeasure {
  /** Words in the text. */
  words: number;
  /** Words in the text's complete sentences (ended by . ! ?, of at least four words). */
  sentenceWords: number;
  /** Words inside links. */
  linkWords: number;
}

/**
 * The verdict on an extracted text. Too short: fewer than `MIN_ARTICLE_WORDS`
 * words at all. Not an article: mostly links, or too few words in complete
 * sentences (headlines and "…"-cut snippets are not sentences).
 */
export function proseVerdict({ words, sentenceWords, linkWords }: ProseMeasure): ProseVerdict {
  if (words < MIN_ARTICLE_WORDS) return { ok: false, reason: 'too-short' };
  if (linkWords > words * MAX_LINK_SHARE || sentenceWords < MIN_ARTICLE_WORDS) return { ok: false, reason: 'no-article' };
  return { ok: true };
}

/** Words of `text` that stand in complete sentences; one pass, no allocation per word. */
export function sentenceWordsIn(text: string): number {
  let counted = 0;
  let inSentence = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const space = isSpaceCode(code);
    if (!space && !inWord) inSentence++;
    inWord = !space;
    if (!SENTENCE_ENDS.has(text[i])) continue;
    let next = i + 1;
    while (next < text.length && CLOSERS.has(text[next])) next++;
    // "3.5", "U.S.A" and "example.com" do not end a sentence: a space or the end must follow.
    if (next < text.length && !isSpaceCode(text.charCodeAt(next)) && !isCjkStop(text[i])) continue;
    if (inSentence >= MIN_SENTENCE_WORDS) counted += inSentence;
    inSentence = 0;
    inWord = false;
    i = next - 1;
  }
  return counted;
}

/** CJK full stops end a sentence without a following space. */
function isCjkStop(char: string): boolean {
  return char === '。' || char === '！' || char === '？';
}
