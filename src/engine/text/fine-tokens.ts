/**
 * The engine's one character scan: numbers, words and single symbols, each with its offsets. The
 * quantities and claims stages read these fine tokens; the text model's tokens (text-model.ts) are
 * runs of them that keep "intra-Afghan", "U.S." and "1,000.5" whole, where here hyphens and dots are
 * tokens of their own and a number is never glued to the letters after it ("5km"). Scanning by hand
 * (no regular expression over the whole text) keeps it linear on any input, including a run of
 * 10,000 digits or a page of punctuation.
 */
import { DASHES, HYPHENS, isApostropheCode, isDigitCode, isLineBreakCode, isSpaceCode } from './characters';

export type FineTokenKind = 'num' | 'word' | 'sym';

/** Numbers longer than this are identifiers or noise, not amounts a reader is told. */
export const MAX_NUMBER_DIGITS = 21;

const KINDS: readonly FineTokenKind[] = ['num', 'word', 'sym'];
/** A token's kind as stored in its bits: its index in KINDS. */
const NUM = 0;
const WORD = 1;
const SYM = 2;
/** The layout of a token's bits: the kind in the low two, a flag each for the breaks, the digit count above. */
const BITS = { kind: 3, gapBefore: 4, breakBefore: 8, digitsShift: 4 } as const;

/**
 * A long page has a token per five characters, all alive until claims are found, so a token holds
 * four fields: `end` follows from `text`, and kind, breaks and digit count share one small integer.
 */
export class FineToken {
  constructor(
    readonly start: number,
    readonly text: string,
    /** `text` lower-cased, for lexicon look-ups. */
    readonly lower: string,
    private readonly bits: number,
  ) {}

  get kind(): FineTokenKind {
    return KINDS[this.bits & BITS.kind];
  }

  get end(): number {
    return this.start + this.text.length;
  }

  /** Whitespace separates this token from the one before it. */
  get gapBefore(): boolean {
    return (this.bits & BITS.gapBefore) !== 0;
  }

  /** A paragraph break ("\n\n") or line break separates this token from the one before it. */
  get breakBefore(): boolean {
    return (this.bits & BITS.breakBefore) !== 0;
  }

  /**
   * For `num`: the digit count, up to MAX_NUMBER_DIGITS + 1 (so that it fits the small integer);
   * longer runs are kept as tokens but never read as values.
   */
  get digits(): number {
    return this.bits >> BITS.digitsShift;
  }
}

const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
const UPPER_FIRST = /^\p{Lu}/u;
const LOWER_FIRST = /^\p{Ll}/u;

// The stages test the case of most words they look at. A regular expression literal inside a
// function builds a RegExp object each time it is evaluated, and ASCII needs no regular expression.

/** Whether `s` starts with an upper-case letter (`/^\p{Lu}/u`). */
export function startsUpper(s: string): boolean {
  const code = s.charCodeAt(0);
  return code < 128 ? code >= 65 && code <= 90 : UPPER_FIRST.test(s);
}

/** Whether `s` starts with a lower-case letter (`/^\p{Ll}/u`). */
export function startsLower(s: string): boolean {
  const code = s.charCodeAt(0);
  return code < 128 ? code >= 97 && code <= 122 : LOWER_FIRST.test(s);
}

function isLetterAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return LETTER_OR_MARK.test(String.fromCodePoint(text.codePointAt(i) ?? code));
}

/** Width in UTF-16 units of the character at `i` (2 for an astral character). */
function charWidth(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
    const next = text.charCodeAt(i + 1);
    if (next >= 0xdc00 && next <= 0xdfff) return 2;
  }
  return 1;
}

/** An ASCII capital, or any non-ASCII character (whose case mapping is left to toLowerCase). */
function mayChangeCase(code: number): boolean {
  return (code >= 65 && code <= 90) || code >= 128;
}

export function tokenizeFine(text: string): FineToken[] {
  const tokens: FineToken[] = [];
  let i = 0;
  let gap = false;
  let lineBreak = false;
  // One string per distinct non-ASCII symbol: a page's punctuation is a few marks repeated (“ ” ’ —),
  // and each slice of one would be a new string.
  const symbols = new Map<number, { text: string; lower: string }>();
  // toLowerCase copies even a string it leaves unchanged, so `lower` is the token's own text unless it
  // has a character that can change: most words are lower-case ASCII, and digits never change.
  const push = (kind: number, start: number, digits: number, tokenText: string, lower: string) => {
    const bits = kind | (gap ? BITS.gapBefore : 0) | (lineBreak ? BITS.breakBefore : 0) |
      (Math.min(digits, MAX_NUMBER_DIGITS + 1) << BITS.digitsShift);
    tokens.push(new FineToken(start, tokenText, lower, bits));
    gap = false;
    lineBreak = false;
  };
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (isSpaceCode(code)) {
      gap = true;
      if (isLineBreakCode(code)) lineBreak = true;
      i++;
      continue;
    }
    const leadingPoint = code === 46 && i + 1 < text.length && isDigitCode(text.charCodeAt(i + 1)) &&
      (i === 0 || !isDigitCode(text.charCodeAt(i - 1)));
    if (isDigitCode(code) || leadingPoint) {
      const start = i;
      let digits = 0;
      if (!leadingPoint) {
        while (i < text.length && isDigitCode(text.charCodeAt(i))) { i++; digits++; }
        // Thousands separators: a comma followed by exactly three digits.
        while (text.charCodeAt(i) === 44 && isDigitCode(text.charCodeAt(i + 1)) && isDigitCode(text.charCodeAt(i + 2)) &&
          isDigitCode(text.charCodeAt(i + 3)) && !isDigitCode(text.charCodeAt(i + 4))) {
          i += 4;
          digits += 3;
        }
      }
      if (text.charCodeAt(i) === 46 && isDigitCode(text.charCodeAt(i + 1))) {
        i++;
        while (i < text.length && isDigitCode(text.charCodeAt(i))) { i++; digits++; }
      }
      const number = text.slice(start, i);
      push(NUM, start, digits, number, number);
      continue;
    }
    if (isLetterAt(text, i)) {
      const start = i;
      let cased = mayChangeCase(code);
      i += charWidth(text, i);
      while (i < text.length) {
        if (isLetterAt(text, i)) {
          cased ||= mayChangeCase(text.charCodeAt(i));
          i += charWidth(text, i);
          continue;
        }
        if (isApostropheCode(text.charCodeAt(i)) && i + 1 < text.length && isLetterAt(text, i + 1)) { i++; continue; }
        break;
      }
      const word = text.slice(start, i);
      push(WORD, start, 0, word, cased ? word.toLowerCase() : word);
      continue;
    }
    if (code < 128) {
      // V8 keeps one string per ASCII character, and ASCII symbols have no case.
      const symbol = text[i];
      push(SYM, i, 0, symbol, symbol);
      i++;
      continue;
    }
    const width = charWidth(text, i);
    const codePoint = text.codePointAt(i) ?? code;
    let symbol = symbols.get(codePoint);
    if (symbol === undefined) {
      const slice = text.slice(i, i + width);
      symbol = { text: slice, lower: slice.toLowerCase() };
      symbols.set(codePoint, symbol);
    }
    push(SYM, i, 0, symbol.text, symbol.lower);
    i += width;
  }
  return tokens;
}

/**
 * The white-space-separated words of the text `tokens` were made of, as countWords counts them, without
 * reading the text again: each word starts with the first token or one after white space.
 */
export function countFineWords(tokens: readonly FineToken[]): number {
  let words = 0;
  for (let t = 0; t < tokens.length; t++) if (t === 0 || tokens[t].gapBefore) words++;
  return words;
}

/** A hyphen symbol ("twenty-five", "5-km"). */
export function isHyphen(token: FineToken | undefined): boolean {
  return token !== undefined && token.kind === 'sym' && HYPHENS.has(token.text);
}

/** A dash or a hyphen symbol ("10–12", "2019-2020"). */
export function isDash(token: FineToken | undefined): boolean {
  return token !== undefined && token.kind === 'sym' && DASHES.has(token.text);
}

/** The numeric value of a `num` token ("6,650" → 6650), or null when it is too long to be an amount. */
export function numberValue(token: FineToken): number | null {
  if (token.kind !== 'num' || token.digits > MAX_NUMBER_DIGITS) return null;
  const value = Number(token.text.replaceAll(',', ''));
  return Number.isFinite(value) ? value : null;
}
