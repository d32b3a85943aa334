/**
 * Browser side of the highlight benchmark and end-to-end test: bundled into an
 * IIFE by highlight-harness.ts and evaluated in a real page, where it extracts,
 * analyses and paints exactly as the extension does, and measures the result.
 */
import { articleTextFrom, extractArticle, foldWhitespace } from '../src/content/article-text';
import { anchorAll } from '../src/content/highlights/anchor';
import { createHighlighter, type Highlighter, type ReanchorCause } from '../src/content/highlights/painter';
import { selectorsFor, textQuoteAt } from '../src/shared/highlights/selectors';
import { HIGHLIGHT_KINDS, HIGHLIGHT_NAME_PREFIX, type HighlightItem } from '../src/shared/highlights/types';
import type { Analysis, ArticleInput } from '../src/engine/types';

/**
 * Where the items come from: the engine's analysis; every third sentence of the
 * text (to measure anchoring on its own, or while the engine does not build);
 * or both, so that a page where the engine finds little still gets painted.
 */
export type ItemSource = 'analysis' | 'sentences' | 'both';

export interface PageMeasurement {
  extracted: boolean;
  words: number;
  itemSource: ItemSource;
  items: number;
  placed: number;
  /** Placed items whose range reads exactly the item's text (whitespace-folded); the rest were placed approximately. */
  placedVerbatim: number;
  unplaced: Array<{ id: string; kind: string; exact: string }>;
  /** Ranges registered in the page's highlight registry under the extension's names. */
  painted: number;
  supported: boolean;
  bodyUnchanged: boolean;
  extractMs: number;
  analyseMs: number;
  paintMs: number;
}

export interface HighlightProbe {
  measure(itemSource: ItemSource): Promise<PageMeasurement>;
  /** The highlighter `measure` painted with, and its items: later steps of a test drive it. */
  highlighter: Highlighter | null;
  items: HighlightItem[];
  reanchors: Array<{ cause: ReanchorCause; placed: Record<string, boolean> }>;
  /** Placed items whose range does not read as the item's text (whitespace-folded), anchoring afresh now. */
  mismatches(): Array<{ id: string; exact: string; placedText: string }>;
  /** Ranges currently registered under the extension's names (the flash included). */
  registeredRanges(): number;
  /** The centre of an item's first line box, to point at it. */
  pointAt(id: string): { x: number; y: number } | null;
  /** Whether the item's range is on screen now. */
  inViewport(id: string): boolean;
  hasFlash(): boolean;
}

export const PROBE_GLOBAL = '__quotelensHighlightProbe';

/** Sentence ends: . ! ? (with closing quotes or brackets) followed by a space. */
const SENTENCE = /[^.!?]+[.!?]+["'”’)\]]*(?=\s|$)/g;

function sentenceItems(text: string): HighlightItem[] {
  const items: HighlightItem[] = [];
  let sentenceNumber = 0;
  for (const match of text.matchAll(SENTENCE)) {
    if (sentenceNumber++ % 3 !== 0) continue;
    const leading = match[0].length - match[0].trimStart().length;
    const start = match.index + leading;
    const end = match.index + match[0].length;
    if (end - start < 3) continue;
    items.push({
      id: `sentence-${sentenceNumber}`,
      kind: HIGHLIGHT_KINDS[items.length % HIGHLIGHT_KINDS.length],
      ...textQuoteAt(text, { start, end }),
      tooltip: `Sentence ${sentenceNumber}`,
    });
  }
  return items;
}

function rangeText(range: Range): string {
  const copy = document.createElement('div');
  copy.append(range.cloneContents());
  return foldWhitespace(articleTextFrom(copy));
}

function registryEntries(): Array<[string, Highlight]> {
  return [...CSS.highlights.entries()].filter(([name]) => name.startsWith(`${HIGHLIGHT_NAME_PREFIX}-`));
}

export function installProbe(analyze: ((article: ArticleInput) => Analysis) | null): void {
  const probe: HighlightProbe = {
    highlighter: null,
    items: [],
    reanchors: [],

    async measure(itemSource) {
      const source: ItemSource = analyze ? itemSource : 'sentences';
      const bodyBefore = document.body.innerHTML;
      const extractStarted = performance.now();
      const extraction = extractArticle(document, location.href);
      const analyseStarted = performance.now();
      const empty = { extracted: false, words: 0, itemSource: source, items: 0, placed: 0, placedVerbatim: 0, unplaced: [], painted: 0 };
      if (!extraction.ok) {
        return { ...empty, supported: true, bodyUnchanged: true, extractMs: analyseStarted - extractStarted, analyseMs: 0, paintMs: 0 };
      }
      const { article } = extraction;
      const items = [
        ...(source !== 'sentences' && analyze ? selectorsFor(analyze(article)) : []),
        ...(source !== 'analysis' ? sentenceItems(article.text) : []),
      ];
      const paintStarted = performance.now();
      const highlighter = createHighlighter(document, {
        onReanchor: (placed, cause) => probe.reanchors.push({ cause, placed }),
      });
      // No pause between slices (the default): paintMs is the work itself, not time spent yielding.
      const placed = await highlighter.paint(items);
      const paintEnded = performance.now();
      const bodyUnchanged = document.body.innerHTML === bodyBefore;
      probe.highlighter = highlighter;
      probe.items = items;
      return {
        extracted: true,
        words: article.words,
        itemSource: source,
        items: items.length,
        placed: items.filter((item) => placed[item.id]).length,
        placedVerbatim: items.filter((item) => placed[item.id]).length - probe.mismatches().length,
        unplaced: items
          .filter((item) => !placed[item.id])
          .map(({ id, kind, exact }) => ({ id, kind, exact: exact.length > 120 ? `${exact.slice(0, 117)}...` : exact })),
        painted: probe.registeredRanges(),
        supported: highlighter.supported,
        bodyUnchanged,
        extractMs: analyseStarted - extractStarted,
        analyseMs: paintStarted - analyseStarted,
        paintMs: paintEnded - paintStarted,
      };
    },

    mismatches() {
      const ranges = anchorAll(document.body, probe.items);
      return probe.items.flatMap((item) => {
        const range = ranges.get(item.id);
        const placedText = range ? rangeText(range) : null;
        const exact = foldWhitespace(item.exact);
        return placedText === null || placedText === exact ? [] : [{ id: item.id, exact, placedText }];
      });
    },

    registeredRanges() {
      return registryEntries().reduce((total, [, highlight]) => total + highlight.size, 0);
    },

    pointAt(id) {
      const item = probe.items.find((candidate) => candidate.id === id);
      const range = item && anchorAll(document.body, [item]).get(id);
      const box = range ? [...range.getClientRects()].find((rect) => rect.width > 2 && rect.height > 2) : undefined;
      return box ? { x: box.left + Math.min(box.width / 2, 20), y: box.top + box.height / 2 } : null;
    },

    inViewport(id) {
      const item = probe.items.find((candidate) => candidate.id === id);
      const range = item && anchorAll(document.body, [item]).get(id);
      if (!range) return false;
      const box = range.getBoundingClientRect();
      return box.bottom > 0 && box.top < innerHeight;
    },

    hasFlash() {
      return registryEntries().some(([name]) => name === `${HIGHLIGHT_NAME_PREFIX}-flash`);
    },
  };
  Object.assign(window, { [PROBE_GLOBAL]: probe });
}
