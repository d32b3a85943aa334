/**
 * The text model the quote and speaker stages work on: paragraphs, tokens and sentences. The engine
 * reads the characters once, into the fine tokens (fine-tokens.ts) that quantities and claims read;
 * the tokens here are runs of them, grouped in one linear pass with no regular expression that can
 * backtrack, so that a 150,000-word page costs milliseconds. Each token knows the fine tokens it is
 * made of, and the one sentence splitter below cuts sentences for both levels (fine-sentences.ts).
 *
 * Spans are JavaScript string offsets into the article text, end exclusive.
 */
import type { Span } from '../types';
import { APOSTROPHES, HYPHENS, isApostropheCode } from './characters';
import { type FineToken, tokenizeFine } from './fine-tokens';
import { firstIndexWhere } from './search';
import { ABBREVIATIONS, CLOCK_ENDINGS, MONTH_NAMES, TIME_ZONE_WORDS, WEEKDAYS } from '../lexicon/word-lists';

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
  /**
   * The fine tokens it is made of: the first and one past the last. A fine token the word level cuts
   * (".5" in "U.S.5", see Pieces) is in the range of each token it is cut between.
   */
  firstFine: number;
  endFine: number;
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

/** Letters, digits and combining marks, one UTF-16 unit at a time; ASCII answered without the regex. */
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

/** Half of a character beyond the BMP. */
const SURROGATE = /[\uD800-\uDFFF]/;

/**
 * What tokens are grouped from: the fine tokens, each whole, except two kinds that are cut into
 * single UTF-16 units because the word level reads them unit by unit: a number that starts with its
 * point (".5"), whose point is a mark of its own there ("U.S.5", "wait..5", "a .45-caliber"), and a
 * token with a character beyond the BMP, neither of whose two units is a letter to isWordChar. So a
 * piece of more than one unit starts with a word character, no token ends inside one, and every
 * token is a run of whole pieces.
 */
class Pieces {
  readonly start: Int32Array;
  readonly end: Int32Array;
  /** The index of the fine token each piece is (part of). */
  readonly fine: Int32Array;

  /** `astral`: the text has a surrogate; otherwise no token needs looking for one. */
  constructor(fine: readonly FineToken[], astral: boolean) {
    const cut = (token: FineToken) => (token.kind === 'num' && token.text.charCodeAt(0) === 46) || (astral && SURROGATE.test(token.text));
    let count = 0;
    for (const token of fine) count += cut(token) ? token.text.length : 1;
    this.start = new Int32Array(count);
    this.end = new Int32Array(count);
    this.fine = new Int32Array(count);
    let p = 0;
    for (let f = 0; f < fine.length; f++) {
      const token = fine[f];
      if (cut(token)) {
        for (let i = token.start; i < token.end; i++, p++) this.set(p, i, i + 1, f);
      } else {
        this.set(p++, token.start, token.end, f);
      }
    }
  }

  get count(): number {
    return this.start.length;
  }

  private set(p: number, start: number, end: number, fine: number): void {
    this.start[p] = start;
    this.end[p] = end;
    this.fine[p] = fine;
  }
}

/**
 * The piece after the last one of a word that starts at piece `first`. Inner apostrophes ("don't"),
 * hyphens ("intra-Afghan"), number separators ("1,000.5") and dotted abbreviations ("U.S.") stay
 * inside the word; white space ends it.
 */
function wordEnd(text: string, pieces: Pieces, first: number, to: number): number {
  let p = first;
  let i = pieces.start[first];
  let dottedInitials = false;
  let segmentStart = i;
  for (; p < to && pieces.start[p] === i; p++) {
    const ch = text[i];
    if (isWordChar(ch)) {
      i = pieces.end[p];
      continue;
    }
    // A piece that does not start with a word character is a single character.
    const next = text[i + 1] ?? '';
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
    if (ch === '.' && dottedInitials) {
      // "the U.K.'s University of York": a possessive after the last dot stays with the word.
      const possessive = APOSTROPHES.has(next) && (text[i + 2] === 's' || text[i + 2] === 'S') && !isWordChar(text[i + 3] ?? ' ') && pieces.start[p + 2] === i + 2;
      return possessive ? p + 3 : p + 1;
    }
    break;
  }
  return p;
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

/** `lower` with its curly apostrophes made straight. */
function normalise(lower: string): string {
  return lower.includes('’') ? lower.split('’').join("'") : lower;
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

/** The token made of pieces `first` up to `end`: most are one whole fine token, whose text and lower case it shares. */
function makeToken(text: string, fine: readonly FineToken[], pieces: Pieces, first: number, end: number, kind: TokenKind, paragraph: number): Token {
  const start = pieces.start[first];
  const stop = pieces.end[end - 1];
  const firstFine = pieces.fine[first];
  const whole = fine[firstFine];
  const single = whole.start === start && whole.end === stop;
  const raw = single ? whole.text : text.slice(start, stop);
  const lower = normalise(single ? whole.lower : raw.toLowerCase());
  const code = raw.charCodeAt(0);
  const capitalised = code < 128 ? code >= 65 && code <= 90 : isUpper(raw[0]);
  return {
    start, end: stop, kind, lower, capitalised, allCaps: isAllCaps(raw, lower), paragraph, sentence: -1,
    firstFine, endFine: pieces.fine[end - 1] + 1,
  };
}

/** Groups a paragraph's pieces `from` up to `to` into tokens. */
function tokenizeParagraph(text: string, fine: readonly FineToken[], pieces: Pieces, from: number, to: number, paragraph: number, tokens: Token[]): void {
  const push = (first: number, end: number, kind: TokenKind) => tokens.push(makeToken(text, fine, pieces, first, end, kind, paragraph));
  let p = from;
  while (p < to) {
    const i = pieces.start[p];
    const ch = text[i];
    const next = text[i + 1];
    let end = p + 1;
    // An apostrophe before a decade or an elision ('90s, 'em) belongs to the word.
    if (isApostropheCode(text.charCodeAt(i)) && isDigit(next) && isDigit(text[i + 2]) && (p === from || !isWordChar(text[i - 1]))) {
      end = wordEnd(text, pieces, p + 1, to);
      push(p, end, 'word');
    } else if (isWordChar(ch)) {
      end = wordEnd(text, pieces, p, to);
      push(p, end, 'word');
    } else if (QUOTE_CHARS.has(ch)) {
      // Two apostrophes ('') stand for a double quotation mark in some newsroom text.
      if (APOSTROPHES.has(ch) && next === ch) end++;
      push(p, end, 'quote');
    } else {
      // "..." is one token, so that an ellipsis inside a quote reads as one mark.
      if (ch === '.') while (end < to && pieces.start[end] === pieces.end[end - 1] && text[pieces.start[end]] === '.') end++;
      push(p, end, 'punct');
    }
    p = end;
  }
}

const SENTENCE_END = new Set(['.', '!', '?', '…', '...']);
const CLOSERS = new Set([')', ']', '”', '’', '"', "'", '»', '›', '」', '』']);

/** Whether the token at `index` (a ".", "!", "?") ends its sentence. */
function endsSentence(tokens: Token[], index: number, paragraphEnd: number): boolean {
  const token = tokens[index];
  // "… until 6:30 a.m. Some 200 soldiers …": the dot of "a.m." ends the sentence too, before a capitalised word
  // that is no day, month or time zone ("6 a.m. Monday", "9 a.m. Eastern", "10 p.m. ET").
  if (token.kind === 'word' && CLOCK_ENDINGS.has(token.lower)) {
    const following = tokens[index + 1];
    return index + 1 < paragraphEnd && following.kind === 'word' && following.capitalised && !following.allCaps &&
      !WEEKDAYS.has(following.lower) && !MONTH_NAMES.has(following.lower) && !TIME_ZONE_WORDS.has(following.lower);
  }
  // Only punctuation ends a sentence: words and quotation marks (most tokens) need no look-up.
  if (token.kind !== 'punct' || !SENTENCE_END.has(token.lower)) return false;
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

/** Whether the token at `index` is the dot inside a web address that names a body ("Polygraph.info", "Amazon.com"). */
export function isDomainDot(tokens: Token[], index: number): boolean {
  const token = tokens[index];
  const previous = tokens[index - 1];
  const next = tokens[index + 1];
  if (!token || token.lower !== '.' || !previous || !next || previous.kind !== 'word' || next.kind !== 'word') return false;
  // A top-level domain is a short lower-case word glued to the dot on both sides.
  return previous.end === token.start && token.end === next.start && !next.capitalised && next.lower.length >= 2 && next.lower.length <= 6;
}

/** Whether a line feed in the white space before piece `p` starts a paragraph there. */
function startsParagraph(text: string, fine: readonly FineToken[], pieces: Pieces, p: number): boolean {
  // Only a fine token's first piece can follow white space, and the fine token says whether a line break is in it.
  if (pieces.fine[p] === pieces.fine[p - 1] || !fine[pieces.fine[p]].breakBefore) return false;
  for (let i = pieces.end[p - 1]; i < pieces.start[p]; i++) if (text[i] === '\n') return true;
  return false;
}

/** Cuts the paragraph's tokens from `firstToken` on into sentences. */
function splitSentences(tokens: Token[], firstToken: number, paragraph: number, sentences: Sentence[]): void {
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
}

/**
 * Builds paragraphs, tokens and sentences from the text's fine tokens (made here when not given).
 * Never throws; linear in the text's length.
 */
export function buildTextModel(text: string, fine: readonly FineToken[] = tokenizeFine(text)): TextModel {
  const pieces = new Pieces(fine, SURROGATE.test(text));
  const tokens: Token[] = [];
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  for (let from = 0; from < pieces.count; ) {
    let to = from + 1;
    while (to < pieces.count && !startsParagraph(text, fine, pieces, to)) to++;
    const paragraph = paragraphs.length;
    const firstToken = tokens.length;
    tokenizeParagraph(text, fine, pieces, from, to, paragraph, tokens);
    paragraphs.push({ start: pieces.start[from], end: pieces.end[to - 1], firstToken, endToken: tokens.length });
    splitSentences(tokens, firstToken, paragraph, sentences);
    from = to;
  }
  return { text, paragraphs, sentences, tokens };
}

/** Index of the token containing or following `offset` (tokens.length when none follows). */
export function tokenIndexAt(model: TextModel, offset: number): number {
  return firstIndexWhere(model.tokens.length, (index) => model.tokens[index].end > offset);
}
