/**
 * The hover tooltip: the one element the highlighter adds to a page. Its host
 * hangs off `<html>`, not `<body>`, so the page's body is left exactly as it
 * was, and is only attached the first time a tooltip shows. Everything visible
 * lives in a closed shadow root, so page CSS cannot restyle or hide it and page
 * scripts cannot read it.
 */
import { colourProperty, DEFAULT_COLOURS } from '../../shared/highlights/styles';
import { TOOLTIP_HOST_TAG, type HighlightKind } from '../../shared/highlights/types';

export interface TooltipLine {
  kind: HighlightKind;
  text: string;
}

export interface Tooltip {
  show(lines: readonly TooltipLine[], clientX: number, clientY: number): void;
  hide(): void;
  /** Takes the host out of the page. */
  remove(): void;
  /** The host element once created: mutations to it are the highlighter's own. */
  readonly host: Element | null;
}

/** Distance from the pointer, so the tooltip never sits under it. */
const POINTER_GAP = 14;
const VIEWPORT_MARGIN = 8;

// `!important` inside the shadow root outranks even `!important` page rules aimed at the host.
const SHADOW_CSS = `
:host {
  all: initial !important;
  display: block !important;
  position: fixed !important;
  top: 0 !important;
  left: 0 !important;
  width: 0 !important;
  height: 0 !important;
  overflow: visible !important;
  z-index: 2147483647 !important;
  pointer-events: none !important;
}
.tip {
  position: fixed;
  box-sizing: border-box;
  max-width: min(360px, calc(100vw - ${2 * VIEWPORT_MARGIN}px));
  padding: 6px 9px;
  border-radius: 6px;
  background: rgba(24, 24, 27, 0.94);
  color: #f4f4f5;
  box-shadow: 0 2px 10px rgba(0, 0, 0, 0.35);
  font: 13px/1.35 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  white-space: normal;
  overflow-wrap: anywhere;
}
.tip[hidden] { display: none; }
.line { display: flex; align-items: baseline; gap: 6px; }
.swatch { flex: none; width: 9px; height: 9px; border-radius: 2px; }
`;

export function createTooltip(doc: Document): Tooltip {
  let host: Element | null = null;
  let box: HTMLElement | null = null;

  function ensureAttached(): HTMLElement {
    if (!host || !box) {
      host = doc.createElement(TOOLTIP_HOST_TAG);
      const shadow = host.attachShadow({ mode: 'closed' });
      const style = doc.createElement('style');
      style.textContent = SHADOW_CSS;
      box = doc.createElement('div');
      box.className = 'tip';
      box.setAttribute('role', 'tooltip');
      shadow.append(style, box);
    }
    if (!host.isConnected) doc.documentElement.append(host);
    return box;
  }

  return {
    get host() {
      return host;
    },
    show(lines, clientX, clientY) {
      const tip = ensureAttached();
      tip.replaceChildren(
        ...lines.map(({ kind, text }) => {
          const line = doc.createElement('div');
          line.className = 'line';
          const swatch = doc.createElement('span');
          swatch.className = 'swatch';
          swatch.style.background = `var(${colourProperty(kind, 'underline')}, ${DEFAULT_COLOURS[kind].underline})`;
          const label = doc.createElement('span');
          label.textContent = text;
          line.append(swatch, label);
          return line;
        }),
      );
      tip.hidden = false;
      // Below-right of the pointer, flipped to the other side where it would leave the viewport.
      const view = doc.defaultView;
      const width = view?.innerWidth ?? 0;
      const height = view?.innerHeight ?? 0;
      const { width: tipWidth, height: tipHeight } = tip.getBoundingClientRect();
      let left = clientX + POINTER_GAP;
      let top = clientY + POINTER_GAP;
      if (left + tipWidth > width - VIEWPORT_MARGIN) left = Math.max(VIEWPORT_MARGIN, clientX - POINTER_GAP - tipWidth);
      if (top + tipHeight > height - VIEWPORT_MARGIN) top = Math.max(VIEWPORT_MARGIN, clientY - POINTER_GAP - tipHeight);
      tip.style.left = `${left}px`;
      tip.style.top = `${top}px`;
    },
    hide() {
      if (box) box.hidden = true;
    },
    remove() {
      host?.remove();
      host = null;
      box = null;
    },
  };
}
