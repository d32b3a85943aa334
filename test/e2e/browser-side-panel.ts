/**
 * The browser's own side panel, for the E2E tests. Chromium shows it as a
 * target of type "page" that Playwright does not list among the context's
 * pages, so it is reached over CDP from another page's session: attached
 * (non-flat) and evaluated in with `Target.sendMessageToTarget`.
 */
import type { CDPSession, Page } from 'playwright-core';
import { PANEL_PATH, type ExtensionBrowser } from './harness';

export interface BrowserSidePanel {
  /** Evaluates `expression` in the side panel's page and returns its value (JSON-serialisable). */
  evaluate<T>(expression: string): Promise<T>;
  /** Resolves once `expression` is true in the side panel's page. */
  waitFor(expression: string): Promise<void>;
}

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

interface CdpReply {
  id: number;
  result?: { result: { value?: unknown }; exceptionDetails?: { text: string } };
  error?: { message: string };
}

const nextTurn = () => new Promise((resolve) => setTimeout(resolve, 100));

/** Waits for the extension's side panel to open (from any page's session: `via`) and attaches to it. */
export async function attachToSidePanel(ext: ExtensionBrowser, via: Page): Promise<BrowserSidePanel> {
  const cdp: CDPSession = await ext.context.newCDPSession(via);
  const panelUrl = `chrome-extension://${ext.extensionId}/${PANEL_PATH}`;
  let target: TargetInfo | undefined;
  while (!target) {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: TargetInfo[] };
    target = targetInfos.find((info) => info.type === 'page' && info.url === panelUrl);
    if (!target) await nextTurn();
  }
  const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false })) as { sessionId: string };

  let lastId = 0;
  const pending = new Map<number, (reply: CdpReply) => void>();
  cdp.on('Target.receivedMessageFromTarget', (event: { sessionId: string; message: string }) => {
    if (event.sessionId !== sessionId) return;
    const reply = JSON.parse(event.message) as CdpReply;
    pending.get(reply.id)?.(reply);
    pending.delete(reply.id);
  });

  const evaluate = async <T>(expression: string): Promise<T> => {
    const id = ++lastId;
    const replied = new Promise<CdpReply>((resolve) => pending.set(id, resolve));
    const message = { id, method: 'Runtime.evaluate', params: { expression, returnByValue: true } };
    await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify(message) });
    const reply = await replied;
    const failure = reply.error?.message ?? reply.result?.exceptionDetails?.text;
    if (failure) throw new Error(`In the side panel, ${expression}: ${failure}`);
    return reply.result!.result.value as T;
  };

  return {
    evaluate,
    waitFor: async (expression) => {
      while (!(await evaluate<boolean>(`Boolean(${expression})`))) await nextTurn();
    },
  };
}
