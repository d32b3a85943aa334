import { afterEach, describe, expect, it, vi } from 'vitest';

const polyfill = vi.hoisted(() => ({ browser: {} as { sidebarAction?: { open: () => Promise<void> } } }));
vi.mock('webextension-polyfill', () => ({ default: polyfill.browser }));

const { sidePanelOpener } = await import('../../src/shared/side-panel');
const scope = globalThis as { chrome?: unknown };

afterEach(() => {
  delete scope.chrome;
  delete polyfill.browser.sidebarAction;
});

describe('sidePanelOpener', () => {
  it('opens Chrome’s side panel for the tab', async () => {
    const open = vi.fn().mockResolvedValue(undefined);
    scope.chrome = { sidePanel: { open } };
    await sidePanelOpener()!(7);
    expect(open).toHaveBeenCalledWith({ tabId: 7 });
  });

  it('opens Firefox’s sidebar where there is no side panel', async () => {
    const open = vi.fn().mockResolvedValue(undefined);
    scope.chrome = {};
    polyfill.browser.sidebarAction = { open };
    await sidePanelOpener()!(7);
    expect(open).toHaveBeenCalledWith();
  });

  it('is null where the browser has neither (the button is then not shown)', () => {
    scope.chrome = {};
    expect(sidePanelOpener()).toBeNull();
  });
});
