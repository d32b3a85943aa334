import { describe, expect, it } from 'vitest';
import type { Analysis, Claim, Quote, Speaker } from '../../engine/types';
import { CONTEXT_CHARS, selectorsFor, textQuoteAt } from './selectors';

const TEXT =
  'The minister spoke on Monday.\n\n"We will send 3,000 troops," said Jane Doe, the defence minister. ' +
  'Rebels control 40 percent of the north, the report says. "Maybe," someone said. It was a "so-called" truce.';

function span(text: string): { start: number; end: number; text: string } {
  const start = TEXT.indexOf(text);
  if (start < 0) throw new Error(`not in the fixture: ${text}`);
  return { start, end: start + text.length, text };
}

function quote(id: string, text: string, speakerId: string | null, confidence = 0.9): Quote {
  return { id, ...span(text), kind: 'direct', cue: null, speakerMention: null, speakerId, confidence };
}

function claim(id: string, text: string, kinds: Claim['kinds'], claimantId: string | null): Claim {
  return { id, ...span(text), kinds, quantityIds: [], places: [], claimantId, quoteId: null, status: 'asserted' };
}

const jane: Speaker = {
  id: 's1', name: 'Jane Doe', aliases: [], role: 'defence minister', organisation: null, kind: 'person', mentions: [], quoteIds: ['q1'],
};
const agency: Speaker = {
  id: 's2', name: 'Reuters', aliases: [], role: null, organisation: null, kind: 'organisation', mentions: [], quoteIds: [],
};

function analysis(quotes: Quote[], claims: Claim[]): Analysis {
  return { text: TEXT, speakers: [jane, agency], quotes, quantities: [], claims, stats: { words: 0, ms: 0, truncated: false } };
}

describe('textQuoteAt', () => {
  it('keeps the exact text and up to CONTEXT_CHARS of context on each side', () => {
    const { start, end } = span('Rebels control 40 percent');
    const selector = textQuoteAt(TEXT, { start, end });
    expect(selector.exact).toBe('Rebels control 40 percent');
    expect(selector.prefix).toBe(TEXT.slice(start - CONTEXT_CHARS, start));
    expect(selector.suffix).toBe(TEXT.slice(end, end + CONTEXT_CHARS));
  });

  it('stops the context at the ends of the text', () => {
    const selector = textQuoteAt(TEXT, { start: 0, end: 3 });
    expect(selector.prefix).toBe('');
    expect(textQuoteAt(TEXT, { start: TEXT.length - 6, end: TEXT.length }).suffix).toBe('');
  });
});

describe('selectorsFor', () => {
  it('lists quotes and claims in article order with their tooltips', () => {
    const items = selectorsFor(
      analysis(
        [quote('q1', '"We will send 3,000 troops,"', 's1'), quote('q2', '"Maybe,"', null)],
        [
          claim('c2', 'Rebels control 40 percent of the north', ['numeric', 'territorial'], 's2'),
          claim('c1', 'We will send 3,000 troops', ['numeric'], 's1'),
          claim('c3', 'the report says', ['numeric'], null),
        ],
      ),
    );
    expect(items.map(({ id, kind, tooltip }) => ({ id, kind, tooltip }))).toEqual([
      { id: 'q1', kind: 'quote', tooltip: 'Jane Doe, defence minister' },
      { id: 'c1', kind: 'numeric', tooltip: 'Claimed by Jane Doe' },
      { id: 'c2', kind: 'territorial', tooltip: 'Claimed by Reuters' },
      { id: 'c3', kind: 'numeric', tooltip: "The article's own claim" },
      { id: 'q2', kind: 'quote', tooltip: 'Speaker not identified' },
    ]);
    for (const item of items) expect(TEXT).toContain(item.prefix + item.exact + item.suffix);
  });

  it('leaves out quotes under LOW_CONFIDENCE, as the popup does', () => {
    const items = selectorsFor(analysis([quote('q3', '"so-called"', null, 0.2), quote('q1', '"We will send 3,000 troops,"', 's1')], []));
    expect(items.map((item) => item.id)).toEqual(['q1']);
  });

  it('names a speaker without a role by name alone, and one known by organisation with it', () => {
    const items = selectorsFor({
      ...analysis([quote('q1', '"We will send 3,000 troops,"', 's1')], []),
      speakers: [{ ...jane, role: null, organisation: 'the army' }],
    });
    expect(items[0].tooltip).toBe('Jane Doe, the army');
    expect(selectorsFor({ ...analysis([quote('q1', '"Maybe,"', 's2')], []) })[0].tooltip).toBe('Reuters');
  });
});
