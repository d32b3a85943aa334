/**
 * Turns a page into the article the engine reads. Runs in the content script
 * (on the live document) and in the CLI (on a jsdom document); both get the
 * same text, so offsets measured in Node hold in the browser.
 */
import { Readability } from '@mozilla/readability';
import { countWords } from '../engine/text/count-words';
import type { ExtractionResult } from '../shared/extracted-article';
import { MIN_ARTICLE_WORDS, proseVerdict, sentenceWordsIn } from './running-prose';


/** Elements whose content is one paragraph of the article text (the innermost one wins). */
const PARAGRAPH_TAGS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'FIGCAPTION', 'TD', 'TH', 'DD', 'DT']);

/** Elements that separate paragraphs without being one themselves. */
const BOUNDARY_TAGS = new Set([
  'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'ASIDE', 'NAV', 'UL', 'OL', 'DL', 'TABLE', 'THEAD',
  'TBODY', 'TFOOT', 'TR', 'FIGURE', 'HR', 'DETAILS', 'SUMMARY', 'ADDRESS', 'FORM', 'FIELDSET', 'HGROUP', 'CAPTION',
]);

/** Never part of the readable text. */
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'IFRAME', 'OBJECT', 'BUTTON', 'SELECT', 'TEXTAREA']);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Folds every run of whitespace (including no-break spaces and line breaks) to one space. */
export function foldWhitespace(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

/**
 * The text of a content tree with its paragraph breaks: each block is one
 * paragraph, whitespace folded, paragraphs joined by a blank line. (`textContent`
 * runs paragraphs together, which breaks quote and sentence detection.)
 */
export function articleTextFrom(root: Node): string {
  const paragraphs: string[] = [];
  let buffer = '';
  const flush = () => {
    const paragraph = foldWhitespace(buffer);
    if (paragraph) paragraphs.push(paragraph);
    buffer = '';
  };
  // An explicit stack instead of recursion: deeply nested markup must not overflow the call stack.
  const stack: Array<{ node: Node; exit: boolean }> = [{ node: root, exit: false }];
  while (stack.length > 0) {
    const { node, exit } = stack.pop()!;
    if (node.nodeType === TEXT_NODE) {
      buffer += node.nodeValue ?? '';
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const tag = (node as Element).tagName.toUpperCase();
    if (SKIPPED_TAGS.has(tag)) continue;
    if (tag === 'BR') {
      buffer += ' ';
      continue;
    }
    const isBlock = PARAGRAPH_TAGS.has(tag) || BOUNDARY_TAGS.has(tag);
    if (isBlock) flush();
    if (exit) continue;
    if (isBlock) stack.push({ node, exit: true });
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i], exit: false });
  }
  flush();
  return paragraphs.join('\n\n');
}

/** Words inside the links of `root`: a page of links is an index, not an article. */
function linkWordsIn(root: Element): number {
  let words = 0;
  for (const link of root.querySelectorAll('a')) {
    // A link inside a link is counted with its outer one.
    if (!link.parentElement?.closest('a')) words += countWords(link.textContent ?? '');
  }
  return words;
}

function metaContent(doc: Document, selectors: string[]): string | null {
  for (const selector of selectors) {
    const value = doc.querySelector(selector)?.getAttribute('content');
    if (value && value.trim()) return value.trim();
  }
  return null;
}

/**
 * Extracts the article of `doc`. Readability works on a copy, so the page the
 * reader sees is never altered. What it extracts is an article when it is
 * running prose: a home page of headlines or a list of search results is not.
 */
export function extractArticle(doc: Document, url: string): ExtractionResult {
  const steps = extractionSteps(doc, url);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * `extractArticle` as separate tasks: `pause` runs between its steps (the
 * copy of the document, Readability's parse, the text),
 * so the page's own work is not held up by the whole of it at once.
 */
export async function extractArticleInSteps(doc: Document, url: string, pause: () => Promise<void>): Promise<ExtractionResult> {
  const steps = extractionSteps(doc, url);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await pause();
  }
}

/**
 * A copy of `doc` for Readability to take apart, its style elements copied empty. A full copy
 * parses every style sheet again, which is most of its cost on a page with a megabyte of CSS
 * (CNN's: 55-80 ms in one task, against 8-17 ms without it); Readability removes style elements
 * before it reads anything and reads only inline styles, and an empty one keeps its place among
 * its siblings, so it finds the same article. The copy is made by the copy document, which has
 * no custom element definitions: no page code runs for it.
 */
function copyWithEmptyStyles(doc: Document): Document {
  const copy = doc.cloneNode(false) as Document;
  // Elements with a style element inside are copied one level at a time; every other subtree at once.
  const holdsStyle = new Set<Node>();
  for (const style of doc.querySelectorAll('style')) {
    for (let node = style.parentNode; node && !holdsStyle.has(node); node = node.parentNode) holdsStyle.add(node);
  }
  // An explicit stack instead of recursion: deeply nested markup must not overflow the call stack.
  const stack: Array<{ from: Node; into: Node }> = [{ from: doc, into: copy }];
  while (stack.length > 0) {
    const { from, into } = stack.pop()!;
    for (const child of from.childNodes) {
      const isStyle = child.nodeType === ELEMENT_NODE && (child as Element).localName === 'style';
      const copied = into.appendChild(copy.importNode(child, !isStyle && !holdsStyle.has(child)));
      if (holdsStyle.has(child)) stack.push({ from: child, into: copied });
    }
  }
  return copy;
}

/** The extraction, yielding between the steps that take a while on a large page. */
function* extractionSteps(doc: Document, url: string): Generator<void, ExtractionResult, void> {
  const clone = copyWithEmptyStyles(doc);
  yield;
  let parsed: ReturnType<Readability<Element>['parse']> = null;
  try {
    // The serializer hands back the content element itself: no HTML string to re-parse.
    parsed = new Readability<Element>(clone, { serializer: (element) => element as Element }).parse();
  } catch {
    parsed = null;
  }
  if (!parsed || !parsed.content) {
    // Nothing Readability could call content: a page of images, frames or scripts, or an empty one.
    const words = countWords(doc.body?.textContent ?? '');
    return { ok: false, reason: words < MIN_ARTICLE_WORDS ? 'too-short' : 'no-article', words };
  }
  yield;
  const text = articleTextFrom(parsed.content);
  const words = countWords(text);
  const verdict = proseVerdict({ words, sentenceWords: sentenceWordsIn(text), linkWords: linkWordsIn(parsed.content) });
  if (!verdict.ok) return { ok: false, reason: verdict.reason, words };
  return {
    ok: true,
    article: {
      text,
      words,
      url,
      title: foldWhitespace(parsed.title ?? '') || foldWhitespace(doc.title ?? '') || url,
      byline: parsed.byline ? foldWhitespace(parsed.byline) : null,
      siteName: parsed.siteName ? foldWhitespace(parsed.siteName) : null,
      lang: parsed.lang || doc.documentElement?.getAttribute('lang') || null,
      publishedTime:
        parsed.publishedTime ?? metaContent(doc, ['meta[property="article:published_time"]', 'meta[name="date"]']),
    },
  };
}
