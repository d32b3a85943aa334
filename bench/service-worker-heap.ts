/**
 * The service worker's JavaScript heap, read over the Chrome DevTools Protocol.
 * Playwright opens CDP sessions on pages only, so this attaches to the worker
 * target from the browser session and relays messages to it
 * (`Target.sendMessageToTarget`), the non-flattened mode CDP still supports.
 */
import type { BrowserContext, CDPSession } from 'playwright-core';

export interface HeapUsage {
  usedBytes: number;
  totalBytes: number;
}

export interface ServiceWorkerHeap {
  /** Collects garbage first, so the figure is what the worker really keeps. */
  measure(): Promise<HeapUsage>;
  /** True once the worker was stopped or replaced: heap figures before and after no longer compare. */
  restarted(): boolean;
  detach(): Promise<void>;
}

interface RelayedReply {
  id: number;
  result?: unknown;
  error?: { message: string };
}

export async function attachToServiceWorker(context: BrowserContext, extensionId: string): Promise<ServiceWorkerHeap> {
  const browser = context.browser();
  if (!browser) throw new Error('the browser context has no browser to open a CDP session on');
  const session: CDPSession = await browser.newBrowserCDPSession();
  const { targetInfos } = await session.send('Target.getTargets');
  const worker = targetInfos.find(
    (target) => target.type === 'service_worker' && target.url.startsWith(`chrome-extension://${extensionId}/`),
  );
  if (!worker) throw new Error(`no service worker is running for extension ${extensionId}`);
  const { sessionId } = await session.send('Target.attachToTarget', { targetId: worker.targetId, flatten: false });

  let detached = false;
  let lastId = 0;
  const waiting = new Map<number, { resolve: (reply: RelayedReply) => void; reject: (error: Error) => void }>();
  session.on('Target.receivedMessageFromTarget', (event) => {
    if (event.sessionId !== sessionId) return;
    const reply = JSON.parse(event.message) as RelayedReply;
    waiting.get(reply.id)?.resolve(reply);
    waiting.delete(reply.id);
  });
  session.on('Target.detachedFromTarget', (event) => {
    if (event.sessionId !== sessionId) return;
    detached = true;
    // A stopped worker never answers: fail the calls in flight instead of hanging the benchmark.
    for (const pending of waiting.values()) pending.reject(new Error('the service worker stopped'));
    waiting.clear();
  });

  const call = async <Result>(method: string, params: object = {}): Promise<Result> => {
    const id = ++lastId;
    const reply = new Promise<RelayedReply>((resolve, reject) => waiting.set(id, { resolve, reject }));
    await session.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
    const { result, error } = await reply;
    if (error) throw new Error(`${method}: ${error.message}`);
    return result as Result;
  };

  return {
    async measure() {
      await call('HeapProfiler.collectGarbage');
      const { usedSize, totalSize } = await call<{ usedSize: number; totalSize: number }>('Runtime.getHeapUsage');
      return { usedBytes: usedSize, totalBytes: totalSize };
    },
    restarted: () => detached,
    async detach() {
      if (!detached) await session.send('Target.detachFromTarget', { sessionId });
      await session.detach();
    },
  };
}
