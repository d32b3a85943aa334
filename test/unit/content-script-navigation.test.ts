// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import type { HighlighterOptions } from '../../src/content/highlights/painter';
import type { HighlightLook } from '../../src/shared/highlights/types';
import type { Handlers } from '../../src/shared/messages';

const fakes = vi.hoisted(() => ({
  listen: vi.fn(),
  callBackground: vi.fn(async () => ({ kept: true })),
  highlighter: {
    supported: true,
    paint: vi.fn(async () => ({ q1: true })),
    clear: vi.fn(),
    setColours: vi.fn(),
    setKindEnabled: vi.fn(),
    scrollTo: vi.fn(),
  },
  createHighlighter: vi.fn(),
}));
vi.mock('../../src/shared/messaging', () => ({ listen: fakes.listen, callBackground: fakes.callBackground }));
vi.mock('../../src/content/highlights/painter', () => ({ createHighlighter: fakes.createHighlighter }));
fakes.createHighlighter.mockReturnValue(fakes.highlighter);

await import('../../src/content/content-script');
const handlers = fakes.listen.mock.calls[0][1] as Handlers<'content'>;
const look = { colours: {}, kinds: { quote: true, numeric: true, territorial: true } } as unknown as HighlightLook;

describe('the content script after the page changes', () => {
  it('tells the worker where the highlights are now; clears them once the page shows another address', async () => {
    history.replaceState({}, '', '/story');
    const paintedUrl = location.href;
    await handlers.paint({ items: [], look }, {});
    const { onReanchor } = fakes.createHighlighter.mock.calls[0][1] as HighlighterOptions;

    onReanchor!({ q1: false }, 'mutation');
    await vi.waitFor(() => expect(fakes.callBackground).toHaveBeenCalledWith('placementChanged', { url: paintedUrl, placed: { q1: false } }));

    // An in-page link changes only the #fragment: the same article.
    history.pushState({}, '', '/story#comments');
    onReanchor!({ q1: true }, 'navigation');
    await vi.waitFor(() => expect(fakes.callBackground).toHaveBeenCalledTimes(2));
    expect(fakes.highlighter.clear).not.toHaveBeenCalled();

    history.pushState({}, '', '/another-story');
    onReanchor!({ q1: false }, 'navigation');
    expect(fakes.highlighter.clear).toHaveBeenCalledTimes(1);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(fakes.callBackground).toHaveBeenCalledTimes(2);
  });

  it('clears the highlights when the worker says the tab left the article', async () => {
    fakes.highlighter.clear.mockClear();
    expect(await handlers.clearHighlights({}, {})).toEqual({ cleared: true });
    expect(fakes.highlighter.clear).toHaveBeenCalledTimes(1);
  });
});
