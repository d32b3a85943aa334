// @vitest-environment jsdom
// jsdom has no CSS Custom Highlight API: this covers the unsupported path and the
// page watching; painting itself is tested in Chromium (test/e2e/highlights.e2e.test.ts).
import { describe, expect, it } from 'vitest';
import { createHighlighter, type ReanchorCause } from './painter';
import type { HighlightItem } from '../../shared/highlights/types';

function load(markup: string): void {
  const parsed = new DOMParser().parseFromString(`<!doctype html><html><body>${markup}</body></html>`, 'text/html');
  document.replaceChild(document.adoptNode(parsed.documentElement), document.documentElement);
}

const item = (id: string, exact: string): HighlightItem => ({ id, kind: 'quote', exact, prefix: '', suffix: '', tooltip: 'Jane Doe, minister' });

const bodyMarkup = () => new XMLSerializer().serializeToString(document.body);

describe('createHighlighter without the Highlight API', () => {
  it('says so, still places items, and leaves the page alone', async () => {
    load('<p>"We will not give up," said Jane Doe.</p>');
    const before = bodyMarkup();
    const highlighter = createHighlighter(document);
    expect(highlighter.supported).toBe(false);
    expect(await highlighter.paint([item('q1', '"We will not give up,"'), item('q2', 'Nowhere on the page')])).toEqual({ q1: true, q2: false });
    expect(bodyMarkup()).toBe(before);
    expect(document.adoptedStyleSheets ?? []).toHaveLength(0);
    expect(highlighter.scrollTo('q2')).toBe(false);
    highlighter.clear();
    expect(highlighter.scrollTo('q1')).toBe(false);
  });

  it('re-anchors once the page has been quiet for a moment after a change', async () => {
    load('<p>"We will not give up," said Jane Doe.</p>');
    const reanchors: Array<{ placed: Record<string, boolean>; cause: ReanchorCause }> = [];
    const highlighter = createHighlighter(document, { onReanchor: (placed, cause) => reanchors.push({ placed, cause }) });
    expect(await highlighter.paint([item('q1', '"We will not give up,"'), item('q2', '"Not yet," she added.')])).toEqual({ q1: true, q2: false });
    const added = document.createElement('p');
    added.textContent = '"Not yet," she added.';
    document.body.append(added);
    document.body.append(document.createElement('hr'));
    await new Promise((resolve) => setTimeout(resolve, 450));
    expect(reanchors).toEqual([{ placed: { q1: true, q2: true }, cause: 'mutation' }]);
    highlighter.clear();
    document.body.append(document.createElement('hr'));
    await new Promise((resolve) => setTimeout(resolve, 450));
    expect(reanchors).toHaveLength(1);
  });
});
