// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { articleTextFrom, foldWhitespace } from '../article-text';
import { anchorAll } from './anchor';
import { textQuoteAt } from '../../shared/highlights/selectors';
import type { HighlightItem } from '../../shared/highlights/types';

const PAGE = `
  <nav><a href="/">Home</a> <a href="/world">World</a></nav>
  <article>
    <h1>Talks stall over the border</h1>
    <p>The delegations met on Monday.   "We will not give up <em>an inch</em>,"
       said the minister, adding that 3,000 troops remain.</p>
    <div class="ad">Advertisement</div>
    <p>The minister said 3,000 troops remain. Observers said 3,000 troops remain too.</p>
    <p>Nothing else happened<br>that day.</p>
  </article>
  <script>document.title = "not article text";</script>
  <footer>© News Corp</footer>`;

function load(markup: string): HTMLElement {
  const parsed = new DOMParser().parseFromString(`<!doctype html><html><body>${markup}</body></html>`, 'text/html');
  document.replaceChild(document.adoptNode(parsed.documentElement), document.documentElement);
  return document.body;
}

/** Items the way the engine's spans would produce them: from the article text, not the DOM. */
function itemsFor(articleText: string, texts: Array<{ id: string; text: string; occurrence?: number }>): HighlightItem[] {
  return texts.map(({ id, text, occurrence = 0 }) => {
    let start = -1;
    for (let n = 0; n <= occurrence; n++) start = articleText.indexOf(text, start + 1);
    if (start < 0) throw new Error(`not in the article: ${text}`);
    return { id, kind: 'quote', tooltip: '', ...textQuoteAt(articleText, { start, end: start + text.length }) };
  });
}

describe('anchorAll', () => {
  it('places items from the article text in the live page, across inline and block boundaries', () => {
    const root = load(PAGE);
    const article = articleTextFrom(root.querySelector('article')!);
    const items = itemsFor(article, [
      { id: 'quote', text: '"We will not give up an inch," said the minister' },
      { id: 'across-break', text: 'Nothing else happened that day.' },
      { id: 'across-paragraphs', text: 'over the border\n\nThe delegations met' },
    ]);
    const ranges = anchorAll(root, items);
    expect(ranges.get('quote')!.toString()).toBe('"We will not give up an inch,"\n       said the minister');
    expect(ranges.get('across-break')!.toString()).toBe('Nothing else happenedthat day.');
    for (const item of items) {
      const copy = document.createElement('div');
      copy.append(ranges.get(item.id)!.cloneContents());
      expect(foldWhitespace(articleTextFrom(copy))).toBe(foldWhitespace(item.exact));
    }
  });

  it('puts repeated text where its context says', () => {
    const root = load(PAGE);
    const article = articleTextFrom(root.querySelector('article')!);
    const items = itemsFor(article, [
      { id: 'first', text: '3,000 troops remain', occurrence: 0 },
      { id: 'second', text: '3,000 troops remain', occurrence: 1 },
      { id: 'third', text: '3,000 troops remain', occurrence: 2 },
    ]);
    const ranges = anchorAll(root, items);
    const paragraphs = root.querySelectorAll('p');
    expect(paragraphs[0].contains(ranges.get('first')!.startContainer)).toBe(true);
    expect(ranges.get('second')!.startContainer.textContent).toMatch(/^The minister said/);
    expect(ranges.get('third')!.startContainer.textContent).toMatch(/Observers said 3,000 troops remain too/);
    expect(ranges.get('third')!.startOffset).toBeGreaterThan(ranges.get('second')!.startOffset);
  });

  it('finds an item approximately when the page has text inside it that the article lost', () => {
    const root = load('<p>"The ceasefire will hold as long as both sides <span class="ad">Sponsored</span> respect the lines," he said.</p>');
    const item: HighlightItem = {
      id: 'q', kind: 'quote', tooltip: '', prefix: '', suffix: ' he said.',
      exact: '"The ceasefire will hold as long as both sides respect the lines,"',
    };
    const range = anchorAll(root, [item]).get('q');
    expect(range?.toString()).toBe('"The ceasefire will hold as long as both sides Sponsored respect the lines,"');
  });

  it('reports items the page does not contain, and text only a script or hidden element has', () => {
    const root = load(PAGE + '<div hidden>"A hidden quote that nobody can see on the page."</div>');
    const items: HighlightItem[] = [
      { id: 'absent', kind: 'numeric', tooltip: '', prefix: '', suffix: '', exact: 'The army took 40 percent of the province.' },
      { id: 'script', kind: 'quote', tooltip: '', prefix: '', suffix: '', exact: 'document.title = "not article text";' },
      { id: 'hidden', kind: 'quote', tooltip: '', prefix: '', suffix: '', exact: '"A hidden quote that nobody can see on the page."' },
    ];
    const ranges = anchorAll(root, items);
    expect([...ranges.keys()]).toEqual(['absent', 'script', 'hidden']);
    expect([...ranges.values()]).toEqual([null, null, null]);
  });
});
