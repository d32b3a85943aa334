/**
 * Pages with plenty of text but no article — a home page of headlines, a list
 * of search results — are turned away before Readability can pick a list of
 * links as "the article"; real articles still get through.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
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

describe('extractArticle on pages that are not articles', () => {
  it('turns away a home page of 30 headlines', () => {
    expect(extractArticle(page(HOME_PAGE), 'https://news.example/')).toMatchObject({ ok: false, reason: 'no-article' });
  });

  it('turns away a page of search results', () => {
    expect(extractArticle(page(SEARCH_RESULTS), 'https://news.example/search')).toMatchObject({ ok: false, reason: 'no-article' });
  });

  it('still reads the project’s real news pages', () => {
    const pages = ['seed/article.html', 'pages/bbc-1.html', 'pages/lemonde-1.html', 'pages/nytimes-3.html', 'pages/wapo-1.html'];
    for (const file of pages) {
      const html = readFileSync(resolve(import.meta.dirname, '../fixtures', file), 'utf8');
      expect(extractArticle(page(html), 'https://news.example/').ok, file).toBe(true);
    }
  });
});
