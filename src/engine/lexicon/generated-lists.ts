/**
 * The generated lexicons (WordNet's nouns and places, the first-name lists) are arrays of lower-case
 * words in their files, one per line for reviewable diffs. The store build writes each list as one
 * front-coded string (vite.config.ts): a word that begins like the one before it is written as the
 * length of the shared beginning, a capital letter (A = 1 … Z = 26), and the rest ("abandon|Gment" for
 * "abandon", "abandonment"), entries joined by "|". That is about 10 KB of gzip less in the background.
 * The engine reads either form through listOf, in one pass.
 */
const SEPARATOR = '|';

/** A-Z: the length of the beginning shared with the previous word. */
const FIRST_LENGTH_CODE = 'A'.charCodeAt(0);
const MAX_SHARED = 26;

/** The list as one front-coded string (for the build). */
export function frontCoded(words: readonly string[]): string {
  let previous = '';
  const entries = words.map((word) => {
    let shared = 0;
    while (shared < MAX_SHARED && shared < word.length && shared < previous.length && word[shared] === previous[shared]) shared++;
    previous = word;
    return shared > 0 ? String.fromCharCode(FIRST_LENGTH_CODE + shared - 1) + word.slice(shared) : word;
  });
  return entries.join(SEPARATOR);
}

/** The words of a generated list, as its file has them or front-coded by the build. */
export function listOf(value: string | readonly string[]): readonly string[] {
  if (typeof value !== 'string') return value;
  const words: string[] = [];
  let previous = '';
  for (const entry of value.split(SEPARATOR)) {
    const code = entry.charCodeAt(0) - FIRST_LENGTH_CODE;
    previous = code >= 0 && code < MAX_SHARED ? previous.slice(0, code + 1) + entry.slice(1) : entry;
    words.push(previous);
  }
  return words;
}
