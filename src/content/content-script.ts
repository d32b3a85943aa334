/**
 * Injected into the reader's tab when the popup asks for an analysis (never
 * declared in the manifest). Reads the article and paints highlights; the
 * engine itself runs in the service worker.
 *
 * Every popup opening injects this file again, so it installs its listener
 * only once per page: a second listener would answer every message twice.
 */
import { listen } from '../shared/messaging';
import { extractArticle } from './article-text';
import { createHighlighter, type Highlighter } from './highlights/painter';

const INSTALLED = '__quotelensContentScriptInstalled';

function install(): void {
  let highlighter: Highlighter | null = null;
  // Created on first use: extraction alone must not touch the page's highlight registry.
  const pageHighlighter = () => (highlighter ??= createHighlighter(document));

  listen('content', {
    extract: () => extractArticle(document, location.href),
    paint: ({ items }) => {
      const painter = pageHighlighter();
      return { placed: painter.paint(items), painted: painter.supported };
    },
    scrollTo: ({ id }) => ({ scrolled: pageHighlighter().scrollTo(id) }),
  });
}

const scope = globalThis as typeof globalThis & { [INSTALLED]?: boolean };
if (!scope[INSTALLED]) {
  scope[INSTALLED] = true;
  install();
}
