/**
 * What the popup and the side panel show for a tab, and how they ask for it.
 * The root element carries `data-state` (a test hook the E2E tests and the
 * demo rely on): loading → ready | not-article | error, and, in the panel
 * only, not-analysed (a tab the reader has not asked about yet).
 */
import type { ComponentChildren } from 'preact';
import { t, type MessageKey } from '../shared/i18n';
import { callBackground } from '../shared/messaging';
import type { NotArticleReason, PopupResult, TabAnalysisReply } from '../shared/tab-analysis';
import { ArticlePanel } from './article-panel';

export type ViewState =
  | { state: 'loading' }
  | { state: 'ready'; tabId: number; result: PopupResult }
  | { state: 'not-article'; reason: NotArticleReason }
  | { state: 'error'; detail: string }
  | { state: 'not-analysed'; tabId: number };

export type NotArticleTexts = Record<NotArticleReason, MessageKey>;

export const POPUP_NOT_ARTICLE_TEXTS: NotArticleTexts = {
  'no-article': 'notArticleNoArticle',
  'too-short': 'notArticleTooShort',
  restricted: 'notArticleRestricted',
  loading: 'notArticleLoading',
};

/** Analyses tab `tabId` (or takes the result the worker keeps for it). */
export async function analysedState(tabId: number): Promise<ViewState> {
  const reply: TabAnalysisReply = await callBackground('analyseTab', { tabId });
  switch (reply.state) {
    case 'ready':
      return { state: 'ready', tabId, result: reply.result };
    case 'not-article':
      return { state: 'not-article', reason: reply.reason };
    case 'error':
      return { state: 'error', detail: reply.message };
  }
}

export function errorState(error: unknown): ViewState {
  return { state: 'error', detail: error instanceof Error ? error.message : String(error) };
}

interface Props {
  view: ViewState;
  notArticleTexts: NotArticleTexts;
  /** The panel's "Analyse this page" action, shown in the not-analysed state. */
  onAnalyse?: (tabId: number) => void;
  /** The footer, after whatever the state shows. */
  children: ComponentChildren;
}

export function StateView({ view, notArticleTexts, onAnalyse, children }: Props) {
  return (
    <main class="popup" data-state={view.state} aria-busy={view.state === 'loading'}>
      {view.state === 'loading' && <p class="notice">{t('analysing')}</p>}
      {/* Keyed by tab: another tab's article starts with no speaker filter. */}
      {view.state === 'ready' && <ArticlePanel key={view.tabId} tabId={view.tabId} result={view.result} />}
      {view.state === 'not-article' && (
        <p class="notice" data-reason={view.reason}>
          {t(notArticleTexts[view.reason])}
        </p>
      )}
      {view.state === 'error' && (
        <div class="notice" role="alert">
          <p>{t('errorGeneric')}</p>
          <p class="detail">{view.detail}</p>
        </div>
      )}
      {view.state === 'not-analysed' && onAnalyse && (
        <div class="notice">
          <p>{t('panelNotAnalysed')}</p>
          <button type="button" class="primary" data-testid="analyse-tab" onClick={() => onAnalyse(view.tabId)}>
            {t('panelAnalyse')}
          </button>
        </div>
      )}
      {children}
    </main>
  );
}
