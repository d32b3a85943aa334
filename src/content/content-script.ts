/**
 * Injected into the reader's tab when the popup asks for an analysis (never
 * declared in the manifest). Reads the article and paints highlights; the
 * engine itself runs in the service worker.
 *
 * Every popup opening injects this file again, so it installs its listener
 * only once per page: a second listener would answer every message twice.
 */
import { sameArticleAddress } from '../shared/article-address';
import { callBackground, listen } from '../shared/messaging';
import { extractArticleInSteps } from './article-text';
import { createHighlighter, type Highlighter } from './highlights/painter';
import { HIGHLIGHT_KINDS, type HighlightKind } from '../shared/highlights/types';
import { yieldToPage } from './yield-to-page';

const INSTALLED = '__quotelensContentScriptInstalled';

function install(): void {
  let highlighter: Highlighter | null = null;
  /** The address of the article the highlights belong to. */
  let paintedUrl = '';
  // Created on first use: extraction alone must not touch the page's highlight registry.
  const pageHighlighter = () => (highlighter ??= createHighlighter(document, { pause: yieldToPage, onReanchor }));

  /**
   * The page changed and the highlights were placed again. A single-page app that
   * moved to another address shows another article: its old highlights go. Otherwise
   * the worker records the new placement for the next popup.
   */
  function onReanchor(placed: Record<string, boolean>): void {
    if (!sameArticleAddress(location.href, paintedUrl)) {
      highlighter?.clear();
      return;
    }
    // Rejects when the extension was reloaded or updated since: no worker keeps this tab's result then.
    Promise.resolve()
      .then(() => callBackground('placementChanged', { url: paintedUrl, placed }))
      .catch(() => undefined);
  }

  // The kinds the reader chose, and whether the shortcut has hidden them all for now.
  let kinds: Record<HighlightKind, boolean> = { quote: true, numeric: true, territorial: true };
  let visible = true;
  const showChosenKinds = (painter: Highlighter) => {
    for (const kind of HIGHLIGHT_KINDS) painter.setKindEnabled(kind, visible && kinds[kind]);
  };

  listen('content', {
    extract: () => extractArticleInSteps(document, location.href, yieldToPage),
    paint: async ({ items, look }) => {
      const painter = pageHighlighter();
      paintedUrl = location.href;
      kinds = { ...look.kinds };
      painter.setColours(look.colours);
      showChosenKinds(painter);
      return { placed: await painter.paint(items), painted: painter.supported };
    },
    setHighlightKinds: (request) => {
      kinds = { ...request.kinds };
      visible = true;
      showChosenKinds(pageHighlighter());
      return { ok: true } as const;
    },
    toggleHighlights: () => {
      visible = !visible;
      showChosenKinds(pageHighlighter());
      return { visible };
    },
    scrollTo: ({ id }) => ({ scrolled: pageHighlighter().scrollTo(id) }),
    clearHighlights: () => {
      highlighter?.clear();
      return { cleared: true } as const;
    },
  });
}

const scope = globalThis as typeof globalThis & { [INSTALLED]?: boolean };
if (!scope[INSTALLED]) {
  scope[INSTALLED] = true;
  install();
}
