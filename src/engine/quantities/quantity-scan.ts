/**
 * The state of one scan over the fine tokens: the tokens, the sentence of each, and what the last
 * quantity read leaves for the next (a rise or fall, a conversion in brackets); with the drafts the
 * readers pass each other.
 */
import { IRREGULAR_PLURALS } from '../lexicon/word-lists';
import type { FineToken } from '../text/fine-tokens';
import type { Change, QuantityType } from '../types';

/** A plural noun: "troops", "people" (not "boss", "bus", "analysis"). */
export const isPlural = (lower: string) =>
  IRREGULAR_PLURALS.has(lower) ||
  (lower.length > 3 && lower.endsWith('s') && !lower.endsWith('ss') && !lower.endsWith('us') && !lower.endsWith('is'));

/** Hoisted: a regular expression literal inside a function builds a RegExp object each time it is evaluated. */
export const WHITESPACE = /\s+/;
export const ACRONYM = /^\p{Lu}{2,}$/u;

export interface Draft {
  first: number;
  last: number;
  value: number | null;
  low?: number;
  high?: number;
  unit: string | null;
  of: string | null;
  type: QuantityType;
  change: Change;
}

export interface UnitReading {
  unit: string | null;
  type: QuantityType;
  last: number;
  /** The unit is a counted noun phrase ("troops") rather than a unit of measure. */
  counted: boolean;
}

export interface Amount {
  first: number;
  last: number;
  value: number | null;
  low?: number;
  high?: number;
  currency: string | null;
  /** The number before any scale word, for sharing a scale across a range ("1 to 2 million"). */
  base: number | null;
  scaled: boolean;
  separators: boolean;
  fraction: boolean;
  word: boolean;
  plusSign: boolean;
  /** FineToken index of the number itself (after any currency or sign). */
  numberAt: number;
}

/** The marks that may end a sentence. */
const SENTENCE_END = new Set(['.', '!', '?', '…']);

/** One scan's tokens and state, read and updated by the readers (dates.ts, amounts.ts, …). */
export class QuantityScan {
  /** The last rise or fall read, for elliptical lists ("down 2.3%, Burlington by 2.6%"). */
  lastDirection: { change: Change; sentence: number } | null = null;
  /** The quantity read last, for conversions in brackets after it. */
  previous: Draft | null = null;

  constructor(
    readonly tokens: FineToken[],
    /** The sentence of each token (see text/fine-sentences.ts). */
    readonly sentenceOf: Int32Array,
  ) {}

  tok(i: number): FineToken | undefined {
    return i >= 0 && i < this.tokens.length ? this.tokens[i] : undefined;
  }

  /** Token `i` follows a sentence's end, a colon, an opening quote or bracket: a capital there is no name's mark. */
  sentenceStartsAt(i: number): boolean {
    const prev = this.tok(i - 1);
    return prev === undefined || this.tokens[i].breakBefore || SENTENCE_END.has(prev.text) || prev.text === ':' ||
      prev.text === '"' || prev.text === '“' || prev.text === '(';
  }

  /** The text of tokens `from`..`to`, one space wherever the text has any. */
  joinTokens(from: number, to: number): string {
    let out = '';
    for (let n = from; n <= to; n++) out += (n > from && this.tokens[n].gapBefore ? ' ' : '') + this.tokens[n].text;
    return out;
  }
}
