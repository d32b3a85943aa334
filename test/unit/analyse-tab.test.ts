import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ExtractionResult } from '../../src/shared/extracted-article';
import type { TabAnalysis } from '../../src/shared/tab-analysis';
import { analysis } from './analysis-fixture';

const fakes = vi.hoisted(() => ({
  stored: new Map<number, unknown>(),
  inject: vi.fn<(tabId: number) => Promise<void>>(),
  extract: vi.fn<() => Promise<ExtractionResult>>(),
  analyze: vi.fn(),
  paint: vi.fn(),
  tabUrl: vi.fn<(tabId: number) => Promise<string | undefined>>(),
}));

vi.mock('../../src/background/inject', () => ({ injectContentScript: fakes.inject }));
vi.mock('../../src/background/paint-highlights', () => ({ paintHighlights: fakes.paint }));
vi.mock('../../src/engine', () => ({ analyze: fakes.analyze }));
vi.mock('../../src/background/tab-address', () => ({ currentTabUrl: fakes.tabUrl }));
vi.mock('../../src/shared/messaging', () => ({ callTab: () => fakes.extract() }));
vi.mock('../../src/background/tab-results', () => ({
  loadTabResult: async (tabId: number) => fakes.stored.get(tabId) ?? null,
  saveTabResult: async (tabId: number, result: unknown) => fakes.stored.set(tabId, result),
  forgetTabResult: async (tabId: number) => void fakes.stored.delete(tabId),
}));

const { analyseTab, forgetTab } = await import('../../src/background/analyse-tab');

const article = {
  text: analysis.text,
  title: 'Housing',
  url: 'https://news.example/housing',
  words: 300,
  siteName: 'Example News',
  byline: 'A. Reporter',
  lang: 'en',
  publishedTime: null,
};

beforeEach(() => {
  fakes.stored.clear();
  fakes.inject.mockReset().mockResolvedValue();
  fakes.extract.mockReset().mockResolvedValue({ ok: true, article });
  fakes.analyze.mockReset().mockReturnValue(analysis);
  fakes.paint.mockReset().mockResolvedValue({ placed: { q1: true }, painted: true });
  fakes.tabUrl.mockReset().mockResolvedValue(article.url);
});

describe('analyseTab', () => {
  it('reads the article, analyses it, highlights it and keeps the result for the tab', async () => {
    const reply = await analyseTab(1);
    expect(reply.state).toBe('ready');
    const result = (reply as { result: TabAnalysis }).result;
    expect(result.article).toEqual({
      title: 'Housing',
      siteName: 'Example News',
      byline: 'A. Reporter',
      url: 'https://news.example/housing',
      words: 300,
      lang: 'en',
    });
    expect(result.highlights).toEqual({ placed: { q1: true }, painted: true });
    expect(fakes.stored.get(1)).toEqual(result);
  });

  it('answers from the kept result without touching the page again', async () => {
    await analyseTab(1);
    await analyseTab(1);
    expect(fakes.inject).toHaveBeenCalledTimes(1);
  });

  it('answers from the kept result when the tab is at the article’s address, also with another #fragment', async () => {
    await analyseTab(1);
    fakes.tabUrl.mockResolvedValue(`${article.url}#comments`);
    expect((await analyseTab(1)).state).toBe('ready');
    fakes.tabUrl.mockResolvedValue(undefined);
    expect((await analyseTab(1)).state).toBe('ready');
    expect(fakes.inject).toHaveBeenCalledTimes(1);
  });

  it('reads the page again when the tab has moved to another address since the result was kept', async () => {
    await analyseTab(1);
    fakes.tabUrl.mockResolvedValue('https://news.example/another-story');
    await analyseTab(1);
    expect(fakes.inject).toHaveBeenCalledTimes(2);
  });

  it('runs one analysis for a tab asked twice at once', async () => {
    const [first, second] = await Promise.all([analyseTab(2), analyseTab(2)]);
    expect(first).toBe(second);
    expect(fakes.analyze).toHaveBeenCalledTimes(1);
  });

  it('says the page is off-limits when the browser refuses the injection', async () => {
    fakes.inject.mockRejectedValue(new Error('Cannot access a chrome:// URL'));
    expect(await analyseTab(3)).toEqual({ state: 'not-article', reason: 'restricted' });
  });

  it('passes on why a page is not an article', async () => {
    fakes.extract.mockResolvedValue({ ok: false, reason: 'too-short', words: 12 });
    expect(await analyseTab(4)).toEqual({ state: 'not-article', reason: 'too-short' });
    expect(fakes.stored.has(4)).toBe(false);
  });

  it('reports an engine failure as an error, not a crash', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    fakes.analyze.mockImplementation(() => {
      throw new Error('stage failed');
    });
    expect(await analyseTab(5)).toEqual({ state: 'error', message: 'stage failed' });
  });

  it('does not keep a result for a page the tab has already left', async () => {
    let finishExtraction!: (value: ExtractionResult) => void;
    fakes.extract.mockReturnValue(new Promise((resolve) => (finishExtraction = resolve)));
    const pending = analyseTab(6);
    await vi.waitFor(() => expect(fakes.extract).toHaveBeenCalled());
    await forgetTab(6);
    finishExtraction({ ok: true, article });
    expect((await pending).state).toBe('ready');
    expect(fakes.stored.has(6)).toBe(false);
  });
});
