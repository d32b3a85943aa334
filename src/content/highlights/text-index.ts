/**
 * A searchable view of the text a reader sees in the live page, with a map back
 * to DOM positions. Whitespace is removed altogether rather than folded: the
 * article text separates paragraphs with blank lines, while in the DOM two
 * adjacent blocks (`<p>a</p><p>b</p>`) often have no whitespace between them at
 * all, so only a whitespace-free comparison treats both the same.
 */
import { TOOLTIP_HOST_TAG } from '../../shared/highlights/types';

/**
 * Never visible as text. The same tags the article text skips (article-text.ts),
 * so that an item's context reads the same in both.
 */
const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'IFRAME', 'OBJECT', 'BUTTON', 'SELECT', 'TEXTAREA',
  TOOLTIP_HOST_TAG.toUpperCase(),
]);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

export interface TextIndex {
  /** The visible text under the root, in document order, with every whitespace character removed. */
  readonly text: string;
  /** The text nodes the characters come from. */
  readonly nodes: readonly Text[];
  /** For each character of `text`, its node (an index into `nodes`). */
  readonly nodeOf: Uint32Array;
  /** For each character of `text`, its offset inside that node. */
  readonly offsetInNode: Uint32Array;
}

/** Exactly the characters `\s` matches, so that `compactWhitespace` and the index agree. */
function isWhitespace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/** `value` with every whitespace character removed: the form selectors are matched in. */
export function compactWhitespace(value: string): string {
  return value.replace(/\s+/g, '');
}

function isHidden(element: Element, view: Window | null): boolean {
  if (element.hasAttribute('hidden')) return true;
  // Only `display: none` hides a whole subtree; a `visibility: hidden` parent can have visible children.
  return view !== null && view.getComputedStyle(element).display === 'none';
}

/** Indexes the visible text under `root` (usually `document.body`). */
export function buildTextIndex(root: Node): TextIndex {
  const view = root.ownerDocument?.defaultView ?? null;
  const nodes: Text[] = [];
  const chunks: string[] = [];
  const nodeOf: number[] = [];
  const offsetInNode: number[] = [];
  // An explicit stack instead of recursion: deeply nested markup must not overflow the call stack.
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.nodeType === TEXT_NODE) {
      const data = (node as Text).data;
      const nodeNumber = nodes.length;
      const kept = compactWhitespace(data);
      for (let i = 0; i < data.length; i++) {
        if (isWhitespace(data.charCodeAt(i))) continue;
        nodeOf.push(nodeNumber);
        offsetInNode.push(i);
      }
      if (kept) {
        nodes.push(node as Text);
        chunks.push(kept);
      }
      continue;
    }
    if (node.nodeType === ELEMENT_NODE) {
      const element = node as Element;
      if (SKIPPED_TAGS.has(element.tagName.toUpperCase()) || isHidden(element, view)) continue;
    } else if (node !== root) {
      continue;
    }
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  return {
    text: chunks.join(''),
    nodes,
    nodeOf: Uint32Array.from(nodeOf),
    offsetInNode: Uint32Array.from(offsetInNode),
  };
}

/** The DOM range covering `index.text.slice(start, end)` (`end > start`). */
export function rangeFor(index: TextIndex, start: number, end: number): Range {
  const first = index.nodes[index.nodeOf[start]];
  const last = index.nodes[index.nodeOf[end - 1]];
  const range = first.ownerDocument.createRange();
  range.setStart(first, index.offsetInNode[start]);
  range.setEnd(last, index.offsetInNode[end - 1] + 1);
  return range;
}
