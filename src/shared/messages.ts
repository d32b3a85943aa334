/**
 * Every message the extension sends, defined once per direction:
 *
 * - `BackgroundCalls`: popup → service worker (`runtime.sendMessage`).
 * - `ContentCalls`: service worker or popup → the content script in one tab
 *   (`tabs.sendMessage`).
 *
 * Each call names its request and its reply, so a sender and its handler
 * cannot drift apart. Messages carry a `to` field because `runtime.onMessage`
 * also fires in other extension pages: a listener answers only what is
 * addressed to it and stays silent otherwise (another listener may reply).
 */
import type { ExtractionResult } from './extracted-article';
import type { HighlightItem, HighlightKind, HighlightLook, PaintReply } from './highlights/types';
import type { PopupResult, TabAnalysisReply } from './tab-analysis';

export interface BackgroundCalls {
  /** Analyse the article in tab `tabId` (or return the result kept for it). */
  analyseTab: { request: { tabId: number }; reply: TabAnalysisReply };
  /** The result kept for tab `tabId`, without analysing anything (the side panel following the active tab); null when there is none. */
  keptResult: { request: { tabId: number }; reply: PopupResult | null };
  /** Export JSON of tab `tabId`'s analysis of `url` (see analysis-export.ts); null when the tab holds no analysis of it. */
  exportAnalysis: { request: { tabId: number; url: string }; reply: string | null };
  /** From a tab's content script: its highlights of the article at `url` were placed again after the page changed. */
  placementChanged: { request: { url: string; placed: Record<string, boolean> }; reply: { kept: boolean } };
}

export interface ContentCalls {
  /** Read the page's article with Readability. */
  extract: { request: Record<string, never>; reply: ExtractionResult };
  /** Paint these items into the page, in the reader's colours and kinds; `placed` says which ones were found. */
  paint: { request: { items: HighlightItem[]; look: HighlightLook }; reply: PaintReply };
  /** Paint only these kinds (the popup's toggles). */
  setHighlightKinds: { request: { kinds: Record<HighlightKind, boolean> }; reply: { ok: true } };
  /** Hide every highlight, or show the chosen kinds again (the keyboard shortcut). */
  toggleHighlights: { request: Record<string, never>; reply: { visible: boolean } };
  /** Scroll the page to a painted item and flash it. */
  scrollTo: { request: { id: string }; reply: { scrolled: boolean } };
  /** Remove every highlight: the tab has left the article they belong to. */
  clearHighlights: { request: Record<string, never>; reply: { cleared: true } };
}

export type Destination = 'background' | 'content';

type CallsFor<D extends Destination> = D extends 'background' ? BackgroundCalls : ContentCalls;

/** The message for call `K` to destination `D`, as it travels. */
export type Message<D extends Destination, K extends keyof CallsFor<D> = keyof CallsFor<D>> = K extends keyof CallsFor<D>
  ? { to: D; call: K } & RequestOf<CallsFor<D>[K]>
  : never;

export type RequestOf<T> = T extends { request: infer R } ? R : never;
export type ReplyOf<T> = T extends { reply: infer R } ? R : never;

export type Handlers<D extends Destination> = {
  [K in keyof CallsFor<D>]: (
    request: RequestOf<CallsFor<D>[K]>,
    sender: { tabId?: number },
  ) => Promise<ReplyOf<CallsFor<D>[K]>> | ReplyOf<CallsFor<D>[K]>;
};

export function isMessageFor<D extends Destination>(destination: D, value: unknown): value is Message<D> {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { to?: unknown }).to === destination &&
    typeof (value as { call?: unknown }).call === 'string'
  );
}
