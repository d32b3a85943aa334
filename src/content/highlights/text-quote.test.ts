import { describe, expect, it } from 'vitest';
import { growthRatio, LINEAR_FOR_TENFOLD } from '../../../test/support/growth';
import { compactWhitespace } from './text-index';
import { matchTextQuote, type TextQuote } from './text-quote';

const quote = (exact: string, prefix = '', suffix = ''): TextQuote => ({ exact, prefix, suffix });
const compact = compactWhitespace;

function found(text: string, selector: TextQuote): string | null {
  const match = matchTextQuote(text, selector);
  return match ? text.slice(match.start, match.end) : null;
}

describe('matchTextQuote', () => {
  const page = compact('Menu Home World. The talks failed. "We will not give up," she said. Footer.');

  it('finds the exact text', () => {
    const match = matchTextQuote(page, quote('"We will not give up,"'));
    expect(match).toMatchObject({ exact: true });
    expect(found(page, quote('"We will not give up,"'))).toBe(compact('"We will not give up,"'));
  });

  it('ignores whitespace differences, including paragraph breaks the DOM does not have', () => {
    expect(found(page, quote('talks\u00a0failed.\n\n"We  will'))).toBe(compact('talks failed. "We will'));
  });

  it('tells repeated text apart by its prefix and suffix', () => {
    const text = compact('Officials said 12 were hurt. Later, police said 12 were hurt in total. A nurse said 12 were hurt.');
    const second = matchTextQuote(text, quote('said 12 were hurt', 'Later, police ', ' in total. A nurse'));
    expect(second).not.toBeNull();
    expect(second!.start).toBe(text.indexOf(compact('said 12 were hurt in total')));
    const third = matchTextQuote(text, quote('said 12 were hurt', 'in total. A nurse ', '.'));
    expect(third!.start).toBe(text.lastIndexOf(compact('said 12 were hurt')));
  });

  it('takes the first occurrence when the context cannot decide', () => {
    const text = compact('yes yes yes');
    expect(matchTextQuote(text, quote('yes'))).toEqual({ start: 0, end: 3, exact: true });
  });

  it('falls back to an approximate match when the page has extra text inside the item', () => {
    const article = '"The ceasefire will hold as long as both sides respect the agreed lines of control," he told reporters.';
    const live = compact(
      'Top stories. "The ceasefire will hold as long as both sides ADVERTISEMENT Subscribe now respect the agreed lines of control," he told reporters. More.',
    );
    const match = matchTextQuote(live, quote(article, 'stories. ', ' More.'));
    expect(match).toMatchObject({ exact: false });
    expect(live.slice(match!.start, match!.end)).toBe(
      compact('"The ceasefire will hold as long as both sides ADVERTISEMENT Subscribe now respect the agreed lines of control," he told reporters.'),
    );
  });

  it('keeps the head of an item that the page separates from the rest with inserted text', () => {
    const article = '[Photo] The scientists within the ship began to harness the intense radiation around them.';
    const live = compact('It was a desperate mission. [Photo] Advertisement The scientists within the ship began to harness the intense radiation around them. Next.');
    expect(found(live, quote(article))).toBe(
      compact('[Photo] Advertisement The scientists within the ship began to harness the intense radiation around them.'),
    );
  });

  it('falls back to an approximate match when part of the item is missing from the page', () => {
    const article = 'Prices rose by 7 percent in March [1], the statistics office reported on Tuesday morning.';
    const live = compact('News. Prices rose by 7 percent in March, the statistics office reported on Tuesday morning. End.');
    const text = found(live, quote(article));
    expect(text).toBe(compact('Prices rose by 7 percent in March, the statistics office reported on Tuesday morning.'));
  });

  it('returns null for text that is not on the page', () => {
    expect(matchTextQuote(page, quote('An entirely different sentence that appears nowhere at all.'))).toBeNull();
    expect(matchTextQuote(page, quote('   '))).toBeNull();
  });

  it('does not guess for short text that is not there verbatim', () => {
    expect(matchTextQuote(page, quote('talks falied'))).toBeNull();
  });

  it('does not accept a lone matching fragment as an approximate match', () => {
    const article = 'The talks failed because neither delegation would move on the question of prisoners.';
    expect(matchTextQuote(page, quote(article))).toBeNull();
  });

  it('does work linear in the page on a big page full of near-misses', () => {
    const paragraph = 'the army said the army said the army said that the situation was calm and under control. ';
    const searchAll = (page: string) => {
      for (let i = 0; i < 5; i++) {
        expect(matchTextQuote(page, quote(`the army said that the situation was calm and entirely different ${i} words here`))).toBeNull();
      }
    };
    // ~140 KB and ~1.4 MB without spaces: ten times the page, about ten times the work.
    expect(growthRatio(searchAll, compact(paragraph.repeat(2_000)), compact(paragraph.repeat(20_000)))).toBeLessThan(LINEAR_FOR_TENFOLD);
  });
});
