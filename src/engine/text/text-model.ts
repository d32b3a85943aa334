/**
 * The text model every later stage works on: paragraphs, tokens and sentences,
 * built in one linear pass with hand-written scanners (no backtracking regular
 * expressions), so that a 150,000-word page costs milliseconds.
 *
 * Spans are JavaScript string offsets into the article text, end exclusive.
 */
import type { Span } from '../types';
import { APOSTROPHES, HYPHENS, isSpace } from './characters';
import { firstIndexWhere } from './search';
import { ABBREVIATIONS } from '../lexicon/word-lists';

/**
 * `word` covers words and numbers (with their inner apostrophes, hyphens and
 * abbreviation dots: "don't", "Taliban’s", "'90s", "U.S.", "1,000"); `quote` is a
 * quotation mark that may open or close a quote; everything else is `punct`.
 */
export type TokenKind = 'word' | 'quote' | 'punct';

export interface Token {
  start: number;
  end: number;
  kind: TokenKind;
  /** The token's text in lower case with curly apostrophes made straight: what lexicons are matched against. */
  lower: string;
  /** Starts with an upper-case letter. */
  capitalised: boolean;
  /** Has letters, all upper case ("WASHINGTON", "AP"). */
  allCaps: boolean;
  paragraph: number;
  sentence: number;
}

export interface Sentence extends Span {
  /** Index of the first token and one past the last. */
  firstToken: number;
  endToken: number;
  paragraph: number;
}

export interface Paragraph extends Span {
  firstToken: number;
  endToken: number;
}

export interface TextModel {
  text: string;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  tokens: Token[];
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;

/** Letters, digits and combining marks; ASCII answered without the regex. */
function isWordChar(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code < 128) {
    return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  }
  return LETTER_OR_DIGIT.test(ch);
}

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** Characters that can be quotation marks. Apostrophe-like marks are sorted out by context. */
const QUOTE_CHARS = new Set(['"', "'", '“', '”', '‘', '’', '„', '‚', '«', '»', '‹', '›', '‟', '‛', '＂', '「', '」', '『', '』']);

/**
 * Where a word that started at `start` ends. Inner apostrophes ("don't"),
 * hyphens ("intra-Afghan"), number separators ("1,000.5") and dotted
 * abbreviations ("U.S.") stay inside the word.
 */
function scanWord(text: string, start: number): number {
  let i = start;
  const n = text.length;
  let dottedInitials = false;
  let segmentStart = start;
  while (i < n) {
    const ch = text[i];
    if (isWordChar(ch)) {
      i++;
      continue;
    }
    const next = i + 1 < n ? text[i + 1] : '';
    const prev = text[i - 1];
    if (APOSTROPHES.has(ch) && next && isWordChar(next) && isWordChar(prev)) {
      i++;
      continue;
    }
    if (HYPHENS.has(ch) && next && isWordChar(next)) {
      i++;
      continue;
    }
    if ((ch === ',' || ch === '.') && isDigit(prev) && isDigit(next)) {
      i++;
      continue;
    }
    // "U.S." and "a.m.": single letters joined by dots stay one word.
    if (ch === '.' && i - segmentStart === 1 && next && !isDigit(next) && isWordChar(next) && text[i + 2] === '.') {
      dottedInitials = true;
      i++;
      segmentStart = i;
      continue;
    }
    if (ch === '.' && dottedInitials) return i + 1;
    break;
  }
  return i;
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

function normalise(raw: string): string {
  let lower = raw.toLowerCase();
  if (lower.includes('’')) lower = lower.split('’').join("'");
  return lower;
}

/** `raw` has letters, all upper case; ASCII is answered from char codes, without allocating an upper-cased copy. */
function isAllCaps(raw: string, lower: string): boolean {
  if (raw === lower) return false;
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    if (code >= 128) return raw === raw.toUpperCase();
    if (code >= 97 && code <= 122) return false;
  }
  return true;
}

function makeToken(text: string, start: number, end: number, kind: TokenKind, paragraph: number): Token {
  const raw = text.slice(start, end);
  const lower = normalise(raw);
  const first = raw.charCodeAt(0);
  const capitalised = first < 128 ? first >= 65 && first <= 90 : isUpper(raw[0]);
  return { start, end, kind, lower, capitalised, allCaps: isAllCaps(raw, lower), paragraph, sentence: -1 };
}

/** Splits a paragraph's text into tokens. */
function tokenizeParagraph(text: string, from: number, to: number, paragraph: number, tokens: Token[]): void {
  let i = from;
  while (i < to) {
    const ch = text[i];
    if (isSpace(ch)) {
      i++;
      continue;
    }
    const next = i + 1 < to ? text[i + 1] : '';
    // An apostrophe before a decade or an elision ('90s, 'em) belongs to the word.
    if (APOSTROPHES.has(ch) && isDigit(next) && isDigit(text[i + 2]) && (i === from || !isWordChar(text[i - 1]))) {
      const end = Math.min(scanWord(text, i + 1), to);
      tokens.push(makeToken(text, i, end, 'word', paragraph));
      i = end;
      continue;
    }
    if (isWordChar(ch)) {
      const end = Math.min(scanWord(text, i), to);
      tokens.push(makeToken(text, i, end, 'word', paragraph));
      i = end;
      continue;
    }
    if (QUOTE_CHARS.has(ch)) {
      // Two apostrophes ('') stand for a double quotation mark in some newsroom text.
      const width = APOSTROPHES.has(ch) && next === ch ? 2 : 1;
      tokens.push(makeToken(text, i, i + width, 'quote', paragraph));
      i += width;
      continue;
    }
    // "..." is one token, so that an ellipsis inside a quote reads as one mark.
    if (ch === '.' && next === '.') {
      let end = i;
      while (end < to && text[end] === '.') end++;
      tokens.push(makeToken(text, i, end, 'punct', paragraph));
      i = end;
      continue;
    }
    tokens.push(makeToken(text, i, i + 1, 'punct', paragraph));
    i++;
  }
}

const SENTENCE_END = new Set(['.', '!', '?', '…', '...']);
const CLOSERS = new Set([')', ']', '”', '’', '"', "'", '»', '›', '」', '』']);

/** Whether the token at `index` (a ".", "!", "?") ends its sentence. */
function endsSentence(tokens: Token[], index: number, paragraphEnd: number): boolean {
  const token = tokens[index];
  if (!SENTENCE_END.has(token.lower)) return false;
  let next = index + 1;
  while (next < paragraphEnd && tokens[next].kind !== 'word' && CLOSERS.has(tokens[next].lower)) next++;
  if (next >= paragraphEnd) return true;
  const following = tokens[next];
  // "Mr. Smith", "J. Smith": a title or an initial before a dot is not an ending.
  if (isAbbreviationDot(tokens, index)) return false;
  // ".45-caliber", ".001 per cent": a dot glued to a number is its decimal point.
  if (token.end === following.start && isDigit(following.lower[0])) return false;
  // An opening bracket after an ending opens a sentence: "… to Statista. (Statista estimates …)".
  if (following.kind === 'quote' || following.capitalised || isDigit(following.lower[0]) || following.lower === '(') return true;
  // Lower-case after "?" or "!" inside a quote ("Why?" he asked) continues the sentence.
  return false;
}

/** Whether the token at `index` is the dot of a title or an initial ("Mr.", "Sen.", "J."). */
export function isAbbreviationDot(tokens: Token[], index: number): boolean {
  const token = tokens[index];
  const previous = tokens[index - 1];
  if (!token || token.lower !== '.' || !previous || previous.kind !== 'word' || previous.end !== token.start) return false;
  return ABBREVIATIONS.has(previous.lower) || (previous.lower.length === 1 && previous.capitalised);
}

/** Builds paragraphs, tokens and sentences. Never throws; linear in the text's length. */
export function buildTextModel(text: string): TextModel {
  const tokens: Token[] = [];
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    while (i < n && (text[i] === '\n' || text[i] === '\r' || isSpace(text[i]))) i++;
    if (i >= n) break;
    let end = text.indexOf('\n', i);
    if (end < 0) end = n;
    let trimmedEnd = end;
    while (trimmedEnd > i && isSpace(text[trimmedEnd - 1])) trimmedEnd--;
    const paragraph = paragraphs.length;
    const firstToken = tokens.length;
    tokenizeParagraph(text, i, trimmedEnd, paragraph, tokens);
    paragraphs.push({ start: i, end: trimmedEnd, firstToken, endToken: tokens.length });
    let sentenceStart = firstToken;
    for (let t = firstToken; t < tokens.length; t++) {
      let close = -1;
      if (endsSentence(tokens, t, tokens.length)) {
        close = t + 1;
        while (close < tokens.length && tokens[close].kind !== 'word' && CLOSERS.has(tokens[close].lower)) close++;
      } else if (t === tokens.length - 1) {
        close = tokens.length;
      }
      if (close < 0) continue;
      const index = sentences.length;
      for (let k = sentenceStart; k < close; k++) tokens[k].sentence = index;
      sentences.push({ start: tokens[sentenceStart].start, end: tokens[close - 1].end, firstToken: sentenceStart, endToken: close, paragraph });
      sentenceStart = close;
      t = close - 1;
    }
    i = end;
  }
  return { text, paragraphs, sentences, tokens };
}

/** Index of the token containing or following `offset` (tokens.length when none follows). */
export function tokenIndexAt(model: TextModel, offset: number): number {
  return firstIndexWhere(model.tokens.length, (index) => model.tokens[index].end > offset);
}
