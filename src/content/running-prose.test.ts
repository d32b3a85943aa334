import { describe, expect, it } from 'vitest';
import { MIN_ARTICLE_WORDS, proseVerdict, sentenceWordsIn } from './running-prose';

describe('sentenceWordsIn', () => {
  it('counts the words of complete sentences only', () => {
    expect(sentenceWordsIn('The council met on Tuesday. Read more')).toBe(5);
    expect(sentenceWordsIn('“We will build it,” she said. Next?')).toBe(6);
  });

  it('does not end a sentence inside a number, an abbreviation or an address', () => {
    expect(sentenceWordsIn('Prices rose 3.5 percent in the U.S.A last year.')).toBe(9);
    expect(sentenceWordsIn('See example.com for the full text of the report.')).toBe(9);
  });

  it('ends a sentence after closing quotes and brackets', () => {
    expect(sentenceWordsIn('He said “it is over.” Then he left the room quietly.')).toBe(11);
  });

  it('leaves out headlines and snippets cut with an ellipsis', () => {
    expect(sentenceWordsIn('Council approves new budget\n\nThe council said on Tuesday that the tram…')).toBe(0);
  });
});

describe('proseVerdict', () => {
  const words = MIN_ARTICLE_WORDS * 3;
  it('takes running prose', () => {
    expect(proseVerdict({ words, sentenceWords: words, linkWords: 10 })).toEqual({ ok: true });
  });
  it('calls a short text too short', () => {
    expect(proseVerdict({ words: MIN_ARTICLE_WORDS - 1, sentenceWords: MIN_ARTICLE_WORDS - 1, linkWords: 0 })).toEqual({ ok: false, reason: 'too-short' });
  });
  it('calls a text of links or of headlines no article', () => {
    expect(proseVerdict({ words, sentenceWords: words, linkWords: words * 0.6 })).toEqual({ ok: false, reason: 'no-article' });
    expect(proseVerdict({ words, sentenceWords: MIN_ARTICLE_WORDS - 1, linkWords: 0 })).toEqual({ ok: false, reason: 'no-article' });
  });
});
