/**
 * Character classes every scanner of the engine shares, answered from char codes (ASCII without a
 * regular expression), so that the text model, the fine tokens and the word counter agree on what
 * a space, an apostrophe or a hyphen is.
 */

/** White space of any script, zero-width and byte-order marks included: it separates words. */
export function isSpaceCode(code: number): boolean {
  return code <= 32 || code === 0xa0 || code === 0x2028 || code === 0x2029 || code === 0x202f ||
    (code >= 0x2000 && code <= 0x200b) || code === 0x3000 || code === 0xfeff;
}

/** A line or paragraph separator: the fine tokens' `breakBefore`, where the text model looks for a paragraph break. */
export function isLineBreakCode(code: number): boolean {
  return code === 10 || code === 13 || code === 0x2028 || code === 0x2029;
}

/**
 * A letter or digit of any script, told roughly from its code alone (no regular expression): what the
 * token budget counts words by. Punctuation blocks (quotation marks, dashes, CJK brackets) are not.
 */
export function isRoughWordCode(code: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return code >= 0xc0 && !(code >= 0x2000 && code <= 0x2bff) && !(code >= 0x3000 && code <= 0x303f) && !(code >= 0xff00 && code <= 0xff0f);
}

export function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Marks that stand for an apostrophe inside a word ("don't", "Taliban’s", "Côte d‛Ivoire", "5′"). */
export const APOSTROPHES: ReadonlySet<string> = new Set(["'", '’', '‛', '′']);

const APOSTROPHE_CODES: readonly number[] = [...APOSTROPHES].map((mark) => mark.charCodeAt(0));

/** Whether `code` is one of APOSTROPHES: the tokenizers ask it at every word's end, where a look-up in the set would need a string. */
export function isApostropheCode(code: number): boolean {
  // Most words end at a space or ASCII punctuation: only the ASCII apostrophe is there.
  return code === 39 || (code > 127 && APOSTROPHE_CODES.includes(code));
}

/** Hyphens that join the parts of a word ("intra-Afghan", "twenty‑five"): not dashes. */
export const HYPHENS: ReadonlySet<string> = new Set(['-', '‐', '‑']);

/** Dashes that set off a phrase or join a range ("10–12"), hyphens included. */
export const DASHES: ReadonlySet<string> = new Set(['–', '—', ...HYPHENS]);
