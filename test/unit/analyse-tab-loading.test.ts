/**
 * A page whose HTML is still arriving: Chrome holds the content script until
 * the document is parsed, which may be never. The popup gets a clear
 * "still loading" answer within the budget instead of waiting forever.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const fakes = vi.hoisted(() => ({
  inject: vi.fn<(tabId: number) => Promise<void>>(),
  extract: vi.fn(),
}));

vi.mock('../../src/background/inject', () => ({ injectContentScript: fakes.inject }));
vi.mock('../../src/background/paint-highlights', () => ({ paintHighlights: async () => null }));
vi.mock('../../src/background/tab-address', () => ({ currentTabUrl: async () => undefined }));
vi.mock('../../src/shared/messaging', () => ({ callTab: () => fakes.extract() }));
vi.mock('../../src/background/tab-results', () => ({
  loadTabResult: async () => null,
  saveTabResult: async () => true,
  forgetTabResult: async () => undefined,
}));

const { analyseTab, PAGE_LOADING_TIMEOUT_MS } = await import('../../src/background/analyse-tab');

beforeEach(() => {
  vi.useFakeTimers();
  fakes.inject.mockReset();
  fakes.extract.mockReset().mockResolvedValue({ ok: false, reason: 'no-article', words: 0 });
});

afterEach(() => vi.useRealTimers());

describe('analyseTab on a page that is still loading', () => {
  it('says the page is still loading when the content script cannot run within the budget', async () => {
    fakes.inject.mockReturnValue(new Promise<void>(() => {}));
    const reply = analyseTab(7);
    await vi.advanceTimersByTimeAsync(PAGE_LOADING_TIMEOUT_MS);
    await expect(reply).resolves.toEqual({ state: 'not-article', reason: 'loading' });
    expect(fakes.extract).not.toHaveBeenCalled();
  });

  it('reads the page as usual when the content script runs just before the budget is spent', async () => {
    fakes.inject.mockReturnValue(new Promise<void>((resolve) => setTimeout(resolve, PAGE_LOADING_TIMEOUT_MS - 100)));
    const reply = analyseTab(8);
    await vi.advanceTimersByTimeAsync(PAGE_LOADING_TIMEOUT_MS);
    await expect(reply).resolves.toEqual({ state: 'not-article', reason: 'no-article' });
    expect(fakes.extract).toHaveBeenCalledOnce();
  });

  it('still reports a page the browser keeps extensions out of as restricted', async () => {
    fakes.inject.mockRejectedValue(new Error('Cannot access contents of the page'));
    await expect(analyseTab(9)).resolves.toEqual({ state: 'not-article', reason: 'restricted' });
  });
});
