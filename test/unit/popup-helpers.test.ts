import { describe, expect, it, vi } from 'vitest';
import { preview, QUOTE_PREVIEW_CHARS } from '../../src/popup/quote-list';
import { tabIdFromQuery } from '../../src/popup/target-tab';

// The polyfill refuses to load outside an extension; these helpers never call it.
vi.mock('webextension-polyfill', () => ({ default: {} }));

describe('tabIdFromQuery', () => {
  it('reads ?tabId=N', () => {
    expect(tabIdFromQuery('?tabId=1287578515')).toBe(1287578515);
  });

  it('ignores a missing or malformed id (the popup then uses the active tab)', () => {
    expect(tabIdFromQuery('')).toBeNull();
    expect(tabIdFromQuery('?tabId=')).toBeNull();
    expect(tabIdFromQuery('?tabId=12abc')).toBeNull();
    expect(tabIdFromQuery('?tabId=-1')).toBeNull();
  });
});

describe('preview', () => {
  it('keeps short quotes whole', () => {
    expect(preview('Short quote.')).toBe('Short quote.');
  });

  it('cuts long quotes at a word boundary with an ellipsis', () => {
    const long = 'word '.repeat(100).trim();
    const cut = preview(long);
    expect(cut.length).toBeLessThanOrEqual(QUOTE_PREVIEW_CHARS + 1);
    expect(cut.endsWith('word…')).toBe(true);
  });
});
