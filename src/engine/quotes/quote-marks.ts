/**
 * Direct quotes: quotation marks paired paragraph by paragraph, whatever the typography (curly,
 * straight, guillemets, German and Japanese marks), with quotes that run over paragraphs joined.
 */
import type { TextModel, Token } from '../text/text-model';
import type { Span } from '../types';

type MarkRole = 'open' | 'close' | 'either' | 'none';

export interface DirectQuote {
  /** Token index of the opening mark, and of the closing mark (-1 when the quote runs to the paragraph's end). */
  open: number;
  close: number;
  start: number;
  end: number;
  /** Pieces when the quote runs over several paragraphs. */
  pieces: Span[];
  double: boolean;
}

function isDoubleMark(ch: string): boolean {
  return ch === '"' || ch === '“' || ch === '”' || ch === '„' || ch === '«' || ch === '»' || ch === '‟' || ch === '＂' || ch === '「' || ch === '」';
}

/**
 * Marks that, unlike English ones, are hardly ever scare quotes in the text they appear in and open quotes in
 * languages our cue lexicons barely cover (Japanese has no spaces to count words by): a quote in them is listed
 * even without a cue.
 */
export const SPEECH_OPENERS = new Set(['«', '„', '「', '『']);

/** The mark a quote token stands for: two apostrophes ('') read as a straight double quote. */
function markOf(text: string, token: Token): string {
  return token.end - token.start === 2 ? '"' : text[token.start];
}

/** Whether the mark opens or closes, judged by the characters around it. */
function markRole(text: string, token: Token, paragraphStart: number, paragraphEnd: number): MarkRole {
  const ch = markOf(text, token);
  // Corner brackets have one direction each, whatever surrounds them (Japanese puts no spaces around words).
  if (ch === '「' || ch === '『') return 'open';
  if (ch === '」' || ch === '』') return 'close';
  const before = token.start > paragraphStart ? text[token.start - 1] : ' ';
  const after = token.end < paragraphEnd ? text[token.end] : ' ';
  const spaceBefore = /[\s([{\u2014\u2013/-]/u.test(before) || QUOTE_OPENERS.has(before);
  const spaceAfter = /[\s)\]}.,;:!?\u2014\u2013/-]/u.test(after) || QUOTE_CLOSERS.has(after);
  if (ch === '“' || ch === '„' || ch === '«' || ch === '‹' || ch === '‟' || ch === '‚') {
    // “ also closes German „…“ and sloppy typing: judged again when pairing.
    return spaceAfter && !spaceBefore ? 'either' : 'open';
  }
  if (ch === '”' || ch === '»' || ch === '›') return spaceBefore && !spaceAfter ? 'either' : 'close';
  if (ch === '‘') return spaceAfter ? 'none' : 'open';
  if (spaceBefore && !spaceAfter) return 'open';
  if (!spaceBefore && spaceAfter) return 'close';
  return ch === "'" || ch === '’' ? 'none' : 'either';
}

const QUOTE_OPENERS = new Set(['“', '„', '«', '‘', '"', "'"]);

const QUOTE_CLOSERS = new Set(['”', '»', '’', '"', "'"]);

/** Straight single quotes longer than this are taken for apostrophes gone astray. */
const MAX_SINGLE_QUOTE_CHARS = 600;

/**
 * Pairs quotation marks paragraph by paragraph. Only top-level quotes are
 * returned (a ‘nested’ quote is part of the quote around it). A double quote
 * left open at a paragraph's end continues when the next paragraph opens with
 * a quotation mark, the convention for quotes running over paragraphs.
 */
export function pairQuoteMarks(model: TextModel): DirectQuote[] {
  const { text, tokens, paragraphs } = model;
  const quotes: DirectQuote[] = [];
  let carried: DirectQuote | null = null;
  for (const paragraph of paragraphs) {
    const stack: Array<{ index: number; double: boolean }> = [];
    let continued = null as DirectQuote | null;
    if (carried) {
      const first = tokens[paragraph.firstToken];
      if (first && first.kind === 'quote' && isDoubleMark(markOf(text, first))) continued = carried;
      else quotes.push(carried);
      carried = null;
    }
    for (let t = paragraph.firstToken; t < paragraph.endToken; t++) {
      const token = tokens[t];
      if (token.kind !== 'quote') continue;
      const double = isDoubleMark(markOf(text, token));
      let role = markRole(text, token, paragraph.start, paragraph.end);
      if (continued && t === paragraph.firstToken) {
        stack.push({ index: t, double: true });
        continue;
      }
      if (role === 'either') role = stack.some((open) => open.double === double) ? 'close' : 'open';
      if (role === 'none') {
        // A word-final ’ closes a pending single quote ("the ‘Afghans’ view"), else it is an apostrophe.
        if (!double && stack.length > 0 && !stack[stack.length - 1].double && token.start > 0 && !/\s/u.test(text[token.start - 1])) {
          role = 'close';
        } else continue;
      }
      if (role === 'open') {
        if (stack.length < 8) stack.push({ index: t, double });
        continue;
      }
      // A closing mark: find the opener of its kind, dropping unclosed marks above it.
      let depth = stack.length - 1;
      while (depth >= 0 && stack[depth].double !== double) depth--;
      if (depth < 0) continue;
      const opener = stack[depth];
      stack.length = depth;
      if (depth > 0) continue;
      if (!double && token.end - tokens[opener.index].start > MAX_SINGLE_QUOTE_CHARS) continue;
      if (continued && opener.index === paragraph.firstToken) {
        continued.pieces.push({ start: tokens[opener.index].start, end: token.end });
        continued.end = token.end;
        continued.close = t;
        quotes.push(continued);
        continued = null;
      } else {
        const start = tokens[opener.index].start;
        quotes.push({ open: opener.index, close: t, start, end: token.end, pieces: [{ start, end: token.end }], double });
      }
    }
    // A double quote still open at the paragraph's end may go on in the next one.
    const pending = stack.length > 0 && stack[0].double ? stack[0] : null;
    if (continued) {
      continued.pieces.push({ start: tokens[paragraph.firstToken].start, end: paragraph.end });
      continued.end = paragraph.end;
      carried = continued;
    } else if (pending) {
      const start = tokens[pending.index].start;
      carried = { open: pending.index, close: -1, start, end: paragraph.end, pieces: [{ start, end: paragraph.end }], double: true };
    }
  }
  if (carried) quotes.push(carried);
  return quotes;
}
