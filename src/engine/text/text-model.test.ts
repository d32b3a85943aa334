import { describe, expect, it } from 'vitest';
import { buildTextModel } from './text-model';

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
});
