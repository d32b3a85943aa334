import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSpaceCode } from './characters';
import { sentenceOfFineTokens } from './fine-sentences';
import { countWords } from './count-words';
import { countFineWords, tokenizeFine } from './fine-tokens';
import { buildTextModel } from './text-model';

/** Pieces of text where the two levels part: dots, numbers, apostrophes, hyphens, characters beyond the BMP, line breaks. */
const PIECES = ['U', 'S', 'a', 'é', 'Σ', '\u0301', '1', '45', '²', '.', ',', "'", '’', '-', '‑', '“', '”', '?', ' ', '\n', '\r', '\u2028', '😀', '𐐀', '\ud800'];

describe('text model', () => {
  it('keeps apostrophes, abbreviations and numbers inside words', () => {
    const model = buildTextModel("Mr. O'Neil's U.S. team won 1,000.5 points in the '90s.");
    expect(model.tokens.filter((token) => token.kind === 'word').map((token) => token.lower)).toEqual([
      'mr', "o'neil's", 'u.s.', 'team', 'won', '1,000.5', 'points', 'in', 'the', "'90s",
    ]);
  });

  it('splits sentences but not after titles or initials', () => {
    const text = 'Dr. Ruth J. Bader spoke. “Is it over?” she asked. It was.\n\nA new paragraph.';
    const model = buildTextModel(text);
    expect(model.sentences.map((sentence) => text.slice(sentence.start, sentence.end))).toEqual([
      'Dr. Ruth J. Bader spoke.',
      '“Is it over?” she asked.',
      'It was.',
      'A new paragraph.',
    ]);
    expect(model.paragraphs).toHaveLength(2);
  });

  it('ends a sentence at a clock time\'s "a.m." before a capitalised word, not before a day or a time zone', () => {
    const text = 'No checks were made until 6:30 a.m. Some guards slept. They left at 6 a.m. Monday. It began at 9 a.m. Eastern.';
    const model = buildTextModel(text);
    expect(model.sentences.map((sentence) => text.slice(sentence.start, sentence.end))).toEqual([
      'No checks were made until 6:30 a.m.',
      'Some guards slept.',
      'They left at 6 a.m. Monday.',
      'It began at 9 a.m. Eastern.',
    ]);
  });

  it.each([
    ['a .45-caliber gun', [['a', ['a']], ['.', ['.45']], ['45-caliber', ['.45', '-', 'caliber']], ['gun', ['gun']]]],
    ['the U.S.5 plan', [['the', ['the']], ['U.S.', ['U', '.', 'S', '.5']], ['5', ['.5']], ['plan', ['plan']]]],
    ["in the '90s", [['in', ['in']], ['the', ['the']], ["'90s", ["'", '90', 's']]]],
  ])('groups the fine tokens of %j, a point before digits standing alone', (text, expected) => {
    const fine = tokenizeFine(text);
    const model = buildTextModel(text, fine);
    expect(model.tokens.map((token) => [text.slice(token.start, token.end), fine.slice(token.firstFine, token.endFine).map((f) => f.text)])).toEqual(expected);
  });

  it('makes its tokens of runs of fine tokens, over every character but white space, and gives each fine token the sentence its start is in', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((pieces) => pieces.join('')), (text) => {
        const fine = tokenizeFine(text);
        const model = buildTextModel(text, fine);
        const isSpace = (ch: string) => isSpaceCode(ch.charCodeAt(0));
        let covered = 0;
        for (const token of model.tokens) {
          expect([...text.slice(covered, token.start)].every(isSpace)).toBe(true);
          expect(token.end).toBeGreaterThan(token.start);
          expect(fine[token.firstFine].start).toBeLessThanOrEqual(token.start);
          expect(fine[token.firstFine].end).toBeGreaterThan(token.start);
          expect(fine[token.endFine - 1].start).toBeLessThan(token.end);
          expect(fine[token.endFine - 1].end).toBeGreaterThanOrEqual(token.end);
          covered = token.end;
        }
        expect([...text.slice(covered)].every(isSpace)).toBe(true);
        const sentenceOf = sentenceOfFineTokens(text, fine);
        fine.forEach((f, i) => expect(sentenceOf[i]).toBe(model.sentences.findIndex((s) => s.start <= f.start && f.start < s.end)));
      }),
      { numRuns: 2000 },
    );
  });

  it('counts the same words from the fine tokens as from the text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((pieces) => pieces.join('')), (text) => {
        expect(countFineWords(tokenizeFine(text))).toBe(countWords(text));
      }),
      { numRuns: 2000 },
    );
  });
});
