// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import type { Handlers } from '../../src/shared/messages';

const listen = vi.hoisted(() => vi.fn());
vi.mock('../../src/shared/messaging', () => ({ listen }));

describe('the injected content script', () => {
  it('registers its message listener once, however often it is injected', async () => {
    await import('../../src/content/content-script');
    vi.resetModules();
    await import('../../src/content/content-script');
    expect(listen).toHaveBeenCalledTimes(1);
    expect(listen.mock.calls[0][0]).toBe('content');
  });

  it('extracts the article of the page it runs in', async () => {
    const handlers = listen.mock.calls[0][1] as Handlers<'content'>;
    const paragraph = 'The council met on Tuesday to discuss the budget for next year and the new library. ';
    document.body.replaceChildren();
    const article = document.createElement('article');
    for (let i = 0; i < 6; i++) {
      const p = document.createElement('p');
      p.textContent = paragraph.repeat(2);
      article.append(p);
    }
    document.body.append(article);
    const extraction = await handlers.extract({}, {});
    expect(extraction.ok).toBe(true);
  });
});
