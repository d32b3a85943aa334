/**
 * Paints items into the live page with the CSS Custom Highlight API: ranges
 * registered under `quotelens-*` names and styled by `::highlight()` rules in a
 * constructed style sheet, so the page's DOM is never modified. The only node
 * added is the tooltip's host, on `<html>`, once a tooltip first shows.
 */
import { highlightStyleSheetText } from '../../shared/highlights/styles';
import { HIGHLIGHT_KINDS, highlightName, type HighlightItem, type HighlightKind, type KindColours } from '../../shared/highlights/types';
import { anchorItem } from './anchor';
import { buildTextIndex } from './text-index';
import { createTooltip, type TooltipLine } from './tooltip';

export type ReanchorCause = 'mutation' | 'navigation';

export interface HighlighterOptions {
  /** Called after the page changed and the items were placed again. */
  onReanchor?: (placed: Record<string, boolean>, cause: ReanchorCause) => void;
  /**
   * Awaited between slices of the work of placing items, so that on a large
   * page it is several short tasks rather than one long one (the content script
   * yields to the page here). By default the work runs on without a break.
   */
  pause?: () => Promise<void>;
}

export interface Highlighter {
  /** Places and paints `items` (replacing what was painted before); id → placed. */
  paint(items: HighlightItem[]): Promise<Record<string, boolean>>;
  setKindEnabled(kind: HighlightKind, on: boolean): void;
  /** Paints each kind in the reader's colours (kinds left out keep the default). */
  setColours(colours: Partial<Record<HighlightKind, KindColours>>): void;
  /** Scrolls the item into view and flashes it; false when it is not placed. */
  scrollTo(id: string): boolean;
  /** Removes every highlight, the tooltip and the style sheet, and stops watching the page. */
  clear(): void;
  /** False where the page has no CSS Custom Highlight API: items are still placed, not painted. */
  readonly supported: boolean;
}

/** Quiet time after the last page change before re-anchoring. */
const REANCHOR_DEBOUNCE_MS = 300;
/** A page that never stops changing (a ticker, a clock) is still re-anchored this often. */
const REANCHOR_MAX_WAIT_MS = 1500;
const FLASH_MS = 1600;
/** Placing items pauses (see `pause`) once it has run this long. */
const SLICE_MS = 10;
/** Claims sit inside quotes: painted over them. The flash goes over everything. */
const PRIORITY: Record<HighlightKind | 'flash', number> = { quote: 0, numeric: 1, territorial: 1, flash: 2 };

export function createHighlighter(doc: Document, options: HighlighterOptions = {}): Highlighter {
  const view = doc.defaultView;
  const registry = view?.CSS?.highlights ?? null;
  const HighlightClass = view?.Highlight ?? null;
  const supported = registry !== null && typeof HighlightClass === 'function';

  const enabled: Record<HighlightKind, boolean> = { quote: true, numeric: true, territorial: true };
  let items: HighlightItem[] = [];
  let ranges = new Map<string, Range | null>();
  const painted = new Map<HighlightKind, Highlight>();
  const tooltip = createTooltip(doc);
  let styleSheet: CSSStyleSheet | null = null;
  let colours: Partial<Record<HighlightKind, KindColours>> = {};

  let observer: MutationObserver | null = null;
  let watchedUrl = '';
  let reanchorTimer: ReturnType<typeof setTimeout> | undefined;
  let firstPendingChange = 0;
  let pendingCause: ReanchorCause = 'mutation';
  let flashTimer: ReturnType<typeof setTimeout> | undefined;
  let hoverFrame = 0;
  let pointer = { x: 0, y: 0 };
  /** Bumped by every placing and by clear(): a placing that finds it changed was overtaken and stops. */
  let placing = 0;
  const pause = options.pause ?? (() => Promise.resolve());

  function placedRecord(): Record<string, boolean> {
    const placed: Record<string, boolean> = {};
    for (const item of items) placed[item.id] = Boolean(ranges.get(item.id));
    return placed;
  }

  /** Re-adds the sheet if the page replaced `adoptedStyleSheets` since. */
  function adoptStyleSheet(): void {
    if (!view) return;
    if (!styleSheet) {
      // Constructed by the page's own window: a sheet is only adoptable by the document it was made for.
      styleSheet = new view.CSSStyleSheet();
      styleSheet.replaceSync(highlightStyleSheetText(colours));
    }
    if (!doc.adoptedStyleSheets.includes(styleSheet)) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, styleSheet];
  }

  function dropStyleSheet(): void {
    if (styleSheet && doc.adoptedStyleSheets.includes(styleSheet)) {
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((sheet) => sheet !== styleSheet);
    }
  }

  function unregister(kind: HighlightKind | 'flash'): void {
    registry?.delete(highlightName(kind));
  }

  /** Finds every item in the page, then paints them; false when a later placing or clear() overtook this one. */
  async function place(): Promise<boolean> {
    const run = ++placing;
    let sliceStarted = performance.now();
    /** Pauses once the current slice has run long enough; true when this placing may go on. */
    const mayGoOn = async () => {
      if (performance.now() - sliceStarted >= SLICE_MS) {
        await pause();
        sliceStarted = performance.now();
      }
      return run === placing;
    };
    const placed = new Map<string, Range | null>(items.map((item) => [item.id, null]));
    const body = doc.body;
    if (body) {
      const index = buildTextIndex(body);
      if (supported) {
        // Adding the sheet restyles the whole page (12-52 ms on one with a megabyte of CSS), and it shows
        // nothing until highlights are registered: adopted now (after the index, whose computed styles
        // would otherwise pay for it), that restyling is a frame of its own, not one with their painting.
        adoptStyleSheet();
        await pause();
        sliceStarted = performance.now();
      }
      for (const item of items) {
        // The page may change during a pause: anchorItem leaves out a match whose nodes have left it.
        if (!(await mayGoOn())) return false;
        placed.set(item.id, anchorItem(index, body, item));
      }
    }
    if (!(await mayGoOn())) return false;
    ranges = placed;
    if (!supported || !registry || !HighlightClass) return true;
    adoptStyleSheet();
    for (const kind of HIGHLIGHT_KINDS) {
      const highlight = new HighlightClass();
      highlight.priority = PRIORITY[kind];
      for (const item of items) {
        const range = ranges.get(item.id);
        if (item.kind === kind && range) highlight.add(range);
      }
      painted.set(kind, highlight);
      if (enabled[kind]) registry.set(highlightName(kind), highlight);
    }
    return true;
  }

  async function reanchor(cause: ReanchorCause): Promise<void> {
    reanchorTimer = undefined;
    firstPendingChange = 0;
    if (await place()) options.onReanchor?.(placedRecord(), cause);
  }

  function scheduleReanchor(cause: ReanchorCause): void {
    if (cause === 'navigation') pendingCause = cause;
    const now = Date.now();
    if (!firstPendingChange) firstPendingChange = now;
    clearTimeout(reanchorTimer);
    const wait = Math.min(REANCHOR_DEBOUNCE_MS, Math.max(0, firstPendingChange + REANCHOR_MAX_WAIT_MS - now));
    reanchorTimer = setTimeout(() => {
      const scheduled = pendingCause;
      pendingCause = 'mutation';
      void reanchor(scheduled);
    }, wait);
  }

  function isOwnMutation(record: MutationRecord): boolean {
    const host = tooltip.host;
    if (!host) return false;
    if (record.target === host || host.contains(record.target)) return true;
    const changed = [...record.addedNodes, ...record.removedNodes];
    return changed.length > 0 && changed.every((node) => node === host);
  }

  function onMutations(records: MutationRecord[]): void {
    const head = doc.head;
    // A class or style change can reveal hidden text, which matters only while some item is unplaced;
    // otherwise pages that animate styles all the time would be re-anchored for nothing.
    const revealMatters = items.some((item) => !ranges.get(item.id));
    const relevant = records.some(
      (record) =>
        (record.type !== 'attributes' || revealMatters) && !isOwnMutation(record) && !(head && head.contains(record.target)),
    );
    if (!relevant) return;
    // Single-page apps change the URL with pushState, which fires no event: notice it with the content change.
    scheduleReanchor(noteUrlChange() ? 'navigation' : 'mutation');
  }

  function noteUrlChange(): boolean {
    const url = doc.location?.href ?? '';
    if (url === watchedUrl) return false;
    watchedUrl = url;
    return true;
  }

  function onPopState(): void {
    noteUrlChange();
    scheduleReanchor('navigation');
  }

  function hitTest(): void {
    hoverFrame = 0;
    const { x, y } = pointer;
    const caret = caretAt(doc, x, y);
    const lines: TooltipLine[] = [];
    if (caret) {
      for (const item of items) {
        const range = ranges.get(item.id);
        if (!range || !enabled[item.kind] || !range.isPointInRange(caret.node, caret.offset)) continue;
        // The caret snaps to the nearest text even beside a line's end: require the pointer over the text itself.
        if (!rectsContain(range.getClientRects(), x, y)) continue;
        lines.push({ kind: item.kind, text: item.tooltip });
      }
    }
    if (lines.length > 0) tooltip.show(lines, x, y);
    else tooltip.hide();
  }

  function onPointerMove(event: PointerEvent): void {
    pointer = { x: event.clientX, y: event.clientY };
    if (!hoverFrame) hoverFrame = view?.requestAnimationFrame(hitTest) ?? 0;
  }

  /** The text moves under a still pointer: the tooltip would point at the wrong thing. */
  function onScroll(): void {
    tooltip.hide();
  }

  function onPointerLeave(): void {
    if (hoverFrame) view?.cancelAnimationFrame(hoverFrame);
    hoverFrame = 0;
    tooltip.hide();
  }

  function startWatching(): void {
    if (observer || !view) return;
    watchedUrl = doc.location?.href ?? '';
    observer = new view.MutationObserver(onMutations);
    observer.observe(doc.documentElement, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['class', 'style', 'hidden', 'open'],
    });
    view.addEventListener('popstate', onPopState);
    if (supported) {
      // Capture and passive: the page can neither hide the pointer from us nor be slowed by us.
      doc.addEventListener('pointermove', onPointerMove, { capture: true, passive: true });
      doc.addEventListener('scroll', onScroll, { capture: true, passive: true });
      doc.documentElement.addEventListener('pointerleave', onPointerLeave);
    }
  }

  function stopWatching(): void {
    observer?.disconnect();
    observer = null;
    view?.removeEventListener('popstate', onPopState);
    doc.removeEventListener('pointermove', onPointerMove, { capture: true });
    doc.removeEventListener('scroll', onScroll, { capture: true });
    doc.documentElement.removeEventListener('pointerleave', onPointerLeave);
    clearTimeout(reanchorTimer);
    reanchorTimer = undefined;
    firstPendingChange = 0;
    if (hoverFrame) view?.cancelAnimationFrame(hoverFrame);
    hoverFrame = 0;
  }

  function flash(range: Range): void {
    if (!registry || !HighlightClass) return;
    clearTimeout(flashTimer);
    const highlight = new HighlightClass(range.cloneRange());
    highlight.priority = PRIORITY.flash;
    registry.set(highlightName('flash'), highlight);
    flashTimer = setTimeout(() => unregister('flash'), FLASH_MS);
  }

  return {
    supported,
    async paint(newItems) {
      items = [...newItems];
      startWatching();
      await place();
      return placedRecord();
    },
    setKindEnabled(kind, on) {
      enabled[kind] = on;
      const highlight = painted.get(kind);
      if (!highlight || !registry) return;
      if (on) registry.set(highlightName(kind), highlight);
      else unregister(kind);
    },
    setColours(newColours) {
      colours = { ...newColours };
      styleSheet?.replaceSync(highlightStyleSheetText(colours));
    },
    scrollTo(id) {
      const range = ranges.get(id);
      if (!range || range.collapsed) return false;
      scrollRangeIntoView(doc, range);
      flash(range);
      return true;
    },
    clear() {
      placing++;
      stopWatching();
      clearTimeout(flashTimer);
      for (const kind of HIGHLIGHT_KINDS) unregister(kind);
      unregister('flash');
      painted.clear();
      items = [];
      ranges = new Map();
      tooltip.remove();
      dropStyleSheet();
    },
  };
}

function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const position = doc.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  // Chromium before 128 and Safari only have the older, non-standard form.
  const range = typeof doc.caretRangeFromPoint === 'function' ? doc.caretRangeFromPoint(x, y) : null;
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

function rectsContain(rects: DOMRectList, x: number, y: number): boolean {
  for (const rect of rects) {
    if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return true;
  }
  return false;
}

function scrollRangeIntoView(doc: Document, range: Range): void {
  const view = doc.defaultView;
  const reducedMotion = view?.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  const behavior: ScrollBehavior = reducedMotion ? 'auto' : 'smooth';
  const container = range.startContainer;
  const element = container instanceof Element ? container : container.parentElement;
  if (!element || !view) return;
  // Centring the element also scrolls any scrollable container it sits in; but a block taller
  // than the screen (a whole article in one element) would leave the item out of view, so there
  // the window is scrolled to the item itself.
  if (element.getBoundingClientRect().height < view.innerHeight * 0.8) {
    element.scrollIntoView({ block: 'center', inline: 'nearest', behavior });
    return;
  }
  const rect = range.getBoundingClientRect();
  view.scrollBy({ top: rect.top + rect.height / 2 - view.innerHeight / 2, behavior });
}
