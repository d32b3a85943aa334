/** Reads the highlighter's hover tooltip, which page scripts cannot: it lives in a closed shadow root. */
import type { Page } from 'playwright-core';

/** The text inside the tooltip's closed shadow root, read through the DevTools protocol (which pierces it). */
export async function tooltipText(page: Page): Promise<string | null> {
  interface DomNode { nodeName: string; nodeType: number; nodeValue: string; children?: DomNode[]; shadowRoots?: DomNode[] }
  const cdp = await page.context().newCDPSession(page);
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  await cdp.detach();
  const find = (node: DomNode): DomNode | null =>
    node.nodeName === 'QUOTELENS-TOOLTIP' ? node : (node.children ?? []).map(find).find(Boolean) ?? null;
  const host = find(root);
  if (!host) return null;
  const texts: string[] = [];
  const collect = (node: DomNode) => {
    if (node.nodeType === 3 && node.nodeName === '#text') texts.push(node.nodeValue);
    for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) collect(child);
  };
  (host.shadowRoots ?? []).forEach(collect);
  return texts.filter((text) => !text.includes('{')).join(' | ');
}
