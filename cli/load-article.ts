/** Reads an article from disk the way the extension reads it from a tab. */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ExtractionResult } from '../src/shared/extracted-article';
import { countWords } from '../src/engine/text/count-words';

/**
 * `.html` goes through jsdom + Readability (scripts never run); anything else is plain text.
 * jsdom and Readability are loaded only for a page: they take most of a second to load,
 * which a plain text (or `--jsonl`) run should not wait for.
 */
export async function loadArticle(file: string): Promise<ExtractionResult> {
  const content = await readFile(file, 'utf8');
  const url = pathToFileURL(file).href;
  if (/\.x?html?$/i.test(file)) {
    const [{ JSDOM, VirtualConsole }, { extractArticle }] = await Promise.all([import('jsdom'), import('../src/content/article-text')]);
    // The page's own console stays quiet, and so do jsdom's complaints about its CSS: they say nothing about the article.
    const dom = new JSDOM(content, { url, virtualConsole: new VirtualConsole() });
    try {
      return extractArticle(dom.window.document, url);
    } finally {
      dom.window.close();
    }
  }
  const text = content.replace(/\r\n?/g, '\n');
  return { ok: true, article: { text, title: basename(file), url, words: countWords(text) } };
}
