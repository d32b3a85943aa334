/** Counts whitespace-separated words without allocating: used on texts of any size. */
export function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const space = code <= 32 || code === 0xa0 || code === 0x2028 || code === 0x2029;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}
