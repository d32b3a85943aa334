/**
 * Pages with plenty of text but no article — a home page of headlines, a list
 * of search results, a page of teasers — are turned away however Readability
 * reads them; real articles get through, also those laid out in one-sentence
 * paragraphs that Readability's reader-view check (`isProbablyReaderable`) rejects.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { isProbablyReaderable } from '@mozilla/readability';
import { extractArticle } from '../../src/content/article-text';

const page = (html: string) => new JSDOM(html, { url: 'https://news.example/' }).window.document;

const HOME_PAGE = [
  '<!doctype html><html lang="en"><head><title>Daily Example — Home</title></head><body>',
  '<header><a href="/">Daily Example</a> <nav><a href="/world">World</a> <a href="/sport">Sport</a></nav></header>',
  '<main><h2>Top stories</h2><ul>',
  ...Array.from({ length: 30 }, (_, n) => `<li><a href="/story/${n}">Headline number ${n} about the council budget and the mayor's plans</a></li>`),
  '</ul></main><footer>© Daily Example</footer></body></html>',
].join('\n');

const SEARCH_RESULTS = [
  '<!doctype html><html lang="en"><head><title>Search: tram line</title></head><body>',
  '<form role="search"><input name="q" value="tram line"><button>Search</button></form><p>About 1,240 results</p><ol>',
  ...Array.from(
    { length: 10 },
    (_, n) => `<li><a href="/story/${n}"><h3>Tram line result ${n}</h3></a><p>The council said on Tuesday that the tram…</p></li>`,
  ),
  '</ol></body></html>',
].join('\n');

/** Every teaser a whole sentence, but each inside its link: an index of articles, not one. */
const TEASERS = [
  '<!doctype html><html lang="en"><head><title>Latest news</title></head><body><main><h1>Latest news</h1>',
  ...Array.from(
    { length: 12 },
    (_, n) => `<div class="teaser"><a href="/story/${n}"><h3>Story ${n}</h3><p>The council said on Tuesday that plan number ${n} for the tram line would go ahead next spring.</p></a></div>`,
  ),
  '</main></body></html>',
].join('\n');

const fixture = (file: string) => readFileSync(resolve(import.meta.dirname, '../fixtures', file), 'utf8');

describe('extractArticle on pages that are not articles', () => {
  it('turns away a home page of 30 headlines', () => {
    expect(extractArticle(page(HOME_PAGE), 'https://news.example/')).toMatchObject({ ok: false, reason: 'no-article' });
  });

  it('turns away a page of search results', () => {
    expect(extractArticle(page(SEARCH_RESULTS), 'https://news.example/search')).toMatchObject({ ok: false, reason: 'no-article' });
  });

  it('turns away a page of teasers whose sentences are all links', () => {
    expect(extractArticle(page(TEASERS), 'https://news.example/latest')).toMatchObject({ ok: false, reason: 'no-article' });
  });

  it('says a page of four headlines is too short rather than not an article', () => {
    expect(extractArticle(page(fixture('not-article/index.html')), 'https://news.example/')).toMatchObject({ ok: false, reason: 'too-short' });
  });

  it('says an empty page is too short', () => {
    expect(extractArticle(page('<!doctype html><title>Nothing</title>'), 'https://news.example/')).toMatchObject({ ok: false, reason: 'too-short', words: 0 });
  });
});

describe('extractArticle on articles', () => {
  it('still reads the project’s real news pages', () => {
    const pages = ['seed/article.html', 'pages/bbc-1.html', 'pages/lemonde-1.html', 'pages/nytimes-3.html', 'pages/wapo-1.html'];
    for (const file of pages) expect(extractArticle(page(fixture(file)), 'https://news.example/').ok, file).toBe(true);
  });

  it('reads an article of one-sentence paragraphs that the reader-view check rejects', () => {
    const doc = page(fixture('short-paragraphs/article.html'));
    expect(isProbablyReaderable(doc)).toBe(false);
    const result = extractArticle(doc, 'https://news.example/bridge');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.title).toBe('Harbour bridge to close for six weeks of repairs');
    expect(result.article.text).toContain('“Half of my trade comes over that bridge,” said Priya Shah');
    expect(result.article.text).toContain('The work is due to be finished by mid-April, weather permitting.');
    expect(result.article.text).not.toContain('About Coast News');
  });
});
