/**
 * The typed transport for `messages.ts`. All extension APIs go through
 * webextension-polyfill, so Firefox later runs the same code paths.
 */
import browser from 'webextension-polyfill';
import type { BackgroundCalls, ContentCalls, Destination, Handlers, Message, ReplyOf, RequestOf } from './messages';
import { isMessageFor } from './messages';

/** Popup → service worker. */
export function callBackground<K extends keyof BackgroundCalls>(
  call: K,
  request: RequestOf<BackgroundCalls[K]>,
): Promise<ReplyOf<BackgroundCalls[K]>> {
  return browser.runtime.sendMessage({ to: 'background', call, ...request });
}

/** Service worker or popup → the content script of one tab. Rejects when no content script is listening there. */
export function callTab<K extends keyof ContentCalls>(
  tabId: number,
  call: K,
  request: RequestOf<ContentCalls[K]>,
): Promise<ReplyOf<ContentCalls[K]>> {
  return browser.tabs.sendMessage(tabId, { to: 'content', call, ...request });
}

/**
 * Answers the messages addressed to `destination` with `handlers`. Anything
 * else gets no reply from this listener (returning undefined lets another
 * listener answer it).
 */
export function listen<D extends Destination>(destination: D, handlers: Handlers<D>): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
    if (!isMessageFor(destination, message)) return undefined;
    const { call, ...request } = message as Message<D> & { call: keyof Handlers<D> };
    const handler = handlers[call] as ((req: unknown, from: { tabId?: number }) => unknown) | undefined;
    if (!handler) return undefined;
    return Promise.resolve().then(() => handler(request, { tabId: sender.tab?.id }));
  });
}
