import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { articleTextFrom, extractArticle } from '../../src/content/article-text';
import { MIN_ARTICLE_WORDS } from '../../src/content/running-prose';

const sentence = (n: number) => `Sentence number ${n} of the report says something about the town council and its budget.`;

function pageWith(body: string, head = '<title>Council budget row deepens</title>'): Document {
  return new JSDOM(`<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`, {
    url: 'https://news.example/story',
  }).window.document;
}

const articleBody = (paragraphs: string[]) =>
  `<nav><a href="/">Home</a> <a href="/world">World</a></nav>
   <article><h1>Council budget row deepens</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article>
   <footer>© News Example</footer>`;

describe('articleTextFrom', () => {
  it('keeps one paragraph per block, separated by a blank line', () => {
    const doc = pageWith('<div><p>First   line\n of text.</p><p>Second <b>bold</b> text.</p><h2>Heading</h2></div>');
    expect(articleTextFrom(doc.body)).toBe('First line of text.\n\nSecond bold text.\n\nHeading');
  });

  it('lets the innermost block win in nested lists and quotes', () => {
    const doc = pageWith('<ul><li><p>Item one</p></li><li>Item two</li></ul><blockquote><p>Quoted</p><p>Again</p></blockquote>');
    expect(articleTextFrom(doc.body).split('\n\n')).toEqual(['Item one', 'Item two', 'Quoted', 'Again']);
  });

  it('folds no-break spaces and drops scripts and styles', () => {
    const doc = pageWith('<p>Ten\u00a0thousand <script>alert(1)</script>people<style>p{}</style> came.</p>');
    expect(articleTextFrom(doc.body)).toBe('Ten thousand people came.');
  });

  it('survives markup nested far deeper than a recursive walk could', () => {
    // Built bottom-up: each wrap is O(1) for jsdom, unlike appending under a deep parent.
    const doc = pageWith('');
    let node: Node = doc.createTextNode('deep text');
    for (let i = 0; i < 20000; i++) {
      const wrapper = doc.createElement('span');
      wrapper.appendChild(node);
      node = wrapper;
    }
    expect(articleTextFrom(node)).toBe('deep text');
  });
});

describe('extractArticle', () => {
  it('returns the article with its metadata and never alters the page', () => {
    const doc = pageWith(
      articleBody(Array.from({ length: 8 }, (_, i) => `${sentence(i)} ${sentence(i + 100)}`)),
      '<title>Council budget row deepens</title><meta property="og:site_name" content="News Example">',
    );
    const before = doc.documentElement.outerHTML;
    const result = extractArticle(doc, 'https://news.example/story');
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.title).toBe('Council budget row deepens');
    expect(result.article.siteName).toBe('News Example');
    expect(result.article.lang).toBe('en');
    expect(result.article.url).toBe('https://news.example/story');
    expect(result.article.text).toContain(`${sentence(0)} ${sentence(100)}\n\n${sentence(1)}`);
    expect(result.article.text).not.toContain('Home');
    expect(result.article.words).toBeGreaterThan(MIN_ARTICLE_WORDS);
  });

  it('says "too short" for a page with under 80 words of text', () => {
    const result = extractArticle(pageWith(articleBody([sentence(1), sentence(2)])), 'https://news.example/');
    expect(result).toMatchObject({ ok: false, reason: 'too-short' });
  });

  it('says "no article" for an empty document', () => {
    const result = extractArticle(pageWith(''), 'https://news.example/');
    expect(result.ok).toBe(false);
  });
});
