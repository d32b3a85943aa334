import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { TabAnalysis } from '../../src/shared/tab-analysis';
import { tabAnalysis } from './analysis-fixture';

/** storage.session with a quota counted in stored JSON characters. */
const session = vi.hoisted(() => {
  const items = new Map<string, unknown>();
  let quota = Infinity;
  const size = () => [...items.values()].reduce((sum: number, value) => sum + JSON.stringify(value).length, 0);
  return {
    items,
    setQuota: (chars: number) => (quota = chars),
    area: {
      get: async (key: string | null) =>
        key === null ? Object.fromEntries(items) : items.has(key) ? { [key]: items.get(key) } : {},
      set: async (entries: Record<string, unknown>) => {
        const before = new Map(items);
        for (const [key, value] of Object.entries(entries)) items.set(key, structuredClone(value));
        if (size() > quota) {
          items.clear();
          for (const [key, value] of before) items.set(key, value);
          throw new Error('Session storage quota bytes exceeded.');
        }
      },
      remove: async (key: string) => void items.delete(key),
    },
  };
});

vi.mock('webextension-polyfill', () => ({ default: { storage: { session: session.area } } }));

const { forgetTabResult, loadTabResult, saveTabResult, updateTabPlacement } = await import('../../src/background/tab-results');

const resultFor = (title: string): TabAnalysis => ({ ...tabAnalysis, article: { ...tabAnalysis.article, title } });

beforeEach(() => {
  session.items.clear();
  session.setQuota(Infinity);
});

describe('tab results', () => {
  it('keeps one result per tab', async () => {
    for (let tabId = 1; tabId <= 20; tabId++) await saveTabResult(tabId, resultFor(`Article ${tabId}`));
    for (let tabId = 1; tabId <= 20; tabId++) expect((await loadTabResult(tabId))?.article.title).toBe(`Article ${tabId}`);
    await forgetTabResult(7);
    expect(await loadTabResult(7)).toBeNull();
    expect(await loadTabResult(8)).not.toBeNull();
  });

  it('makes room by dropping the oldest other tabs when storage is full', async () => {
    const one = JSON.stringify({ savedAt: Date.now(), result: resultFor('Article 1') }).length;
    session.setQuota(one * 2.5);
    vi.useFakeTimers();
    for (let tabId = 1; tabId <= 3; tabId++) {
      vi.setSystemTime(tabId * 1000);
      expect(await saveTabResult(tabId, resultFor(`Article ${tabId}`))).toBe(true);
    }
    vi.useRealTimers();
    expect(await loadTabResult(1)).toBeNull();
    expect((await loadTabResult(2))?.article.title).toBe('Article 2');
    expect((await loadTabResult(3))?.article.title).toBe('Article 3');
  });

  it('does not keep a result that can never fit, and says so', async () => {
    session.setQuota(10);
    expect(await saveTabResult(1, resultFor('Huge'))).toBe(false);
    expect(await loadTabResult(1)).toBeNull();
  });

  it('records where the highlights were placed again, for the kept analysis of that address only', async () => {
    await saveTabResult(1, { ...tabAnalysis, highlights: { placed: { q1: true, q2: true }, painted: true } });
    expect(await updateTabPlacement(1, 'https://news.example/another-story', { q1: false, q2: false })).toBe(false);
    expect(await updateTabPlacement(2, tabAnalysis.article.url, { q1: false, q2: false })).toBe(false);
    expect(await updateTabPlacement(1, tabAnalysis.article.url, { q1: false, q2: true })).toBe(true);
    expect((await loadTabResult(1))?.highlights).toEqual({ placed: { q1: false, q2: true }, painted: true });
  });

  it('keeps the analysis’s age when it records a new placement', async () => {
    vi.useFakeTimers();
    vi.setSystemTime(1000);
    await saveTabResult(1, { ...tabAnalysis, highlights: { placed: { q1: true }, painted: true } });
    vi.setSystemTime(5000);
    expect(await updateTabPlacement(1, tabAnalysis.article.url, { q1: false })).toBe(true);
    vi.useRealTimers();
    expect(session.items.get('tab:1')).toMatchObject({ savedAt: 1000 });
  });
});
