import { beforeEach, describe, expect, it, vi } from 'vitest';

const fakes = vi.hoisted(() => ({
  listeners: [] as Array<(command: string, tab?: { id?: number }) => void>,
  callTab: vi.fn(),
  activeTabs: [{ id: 7 }] as Array<{ id?: number }>,
  openSidePanel: vi.fn<(tabId: number) => Promise<void>>(),
}));

vi.mock('webextension-polyfill', () => ({
  default: {
    commands: { onCommand: { addListener: (listener: (typeof fakes.listeners)[number]) => fakes.listeners.push(listener) } },
    tabs: { query: async () => fakes.activeTabs },
  },
}));
vi.mock('../../src/shared/messaging', () => ({ callTab: fakes.callTab }));
vi.mock('../../src/shared/side-panel', () => ({ sidePanelOpener: () => fakes.openSidePanel }));

const { handleCommands } = await import('../../src/background/commands');
handleCommands();
const press = (command: string, tab?: { id?: number }) => fakes.listeners.forEach((listener) => listener(command, tab));

beforeEach(() => {
  fakes.callTab.mockReset().mockResolvedValue({ visible: false });
  fakes.openSidePanel.mockReset().mockResolvedValue();
});

describe('keyboard commands', () => {
  it('toggle-highlights tells the tab’s content script', async () => {
    press('toggle-highlights', { id: 3 });
    await vi.waitFor(() => expect(fakes.callTab).toHaveBeenCalledWith(3, 'toggleHighlights', {}));
  });

  it('falls back to the active tab when the browser names none', async () => {
    press('toggle-highlights');
    await vi.waitFor(() => expect(fakes.callTab).toHaveBeenCalledWith(7, 'toggleHighlights', {}));
  });

  it('leaves a tab without a content script alone, quietly', async () => {
    fakes.callTab.mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    press('toggle-highlights', { id: 4 });
    await vi.waitFor(() => expect(fakes.callTab).toHaveBeenCalledTimes(1));
  });

  it('open-side-panel opens the panel for the tab, within the shortcut’s own event', () => {
    press('open-side-panel', { id: 5 });
    // Called synchronously: the browser allows it only as the answer to the reader's gesture.
    expect(fakes.openSidePanel).toHaveBeenCalledWith(5);
    expect(fakes.callTab).not.toHaveBeenCalled();
  });

  it('ignores other commands (the browser opens the popup itself)', async () => {
    press('_execute_action', { id: 3 });
    await new Promise((done) => setTimeout(done, 10));
    expect(fakes.callTab).not.toHaveBeenCalled();
  });
});
