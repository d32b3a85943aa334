/**
 * The popup's states: loading → ready | not-article | error. The root element
 * carries `data-state` (a test hook the E2E tests and the demo rely on).
 */
import { useEffect, useState } from 'preact/hooks';
import { t, type MessageKey } from '../shared/i18n';
import { callBackground } from '../shared/messaging';
import type { NotArticleReason, PopupResult, TabAnalysisReply } from '../shared/tab-analysis';
import { ArticlePanel } from './article-panel';
import { PopupFooter } from './popup-footer';
import { targetTabId } from './target-tab';

type PopupState =
  | { state: 'loading' }
  | { state: 'ready'; tabId: number; result: PopupResult }
  | { state: 'not-article'; reason: NotArticleReason }
  | { state: 'error'; detail: string };

const NOT_ARTICLE_TEXT: Record<NotArticleReason, MessageKey> = {
  'no-article': 'notArticleNoArticle',
  'too-short': 'notArticleTooShort',
  restricted: 'notArticleRestricted',
  loading: 'notArticleLoading',
};

async function loadState(): Promise<PopupState> {
  const tabId = await targetTabId();
  if (tabId === null) return { state: 'error', detail: t('errorNoTab') };
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

export function App() {
  const [popup, setPopup] = useState<PopupState>({ state: 'loading' });

  useEffect(() => {
    loadState().then(setPopup, (error: unknown) =>
      setPopup({ state: 'error', detail: error instanceof Error ? error.message : String(error) }),
    );
  }, []);

  return (
    <main class="popup" data-state={popup.state} aria-busy={popup.state === 'loading'}>
      {popup.state === 'loading' && <p class="notice">{t('analysing')}</p>}
      {popup.state === 'ready' && <ArticlePanel tabId={popup.tabId} result={popup.result} />}
      {popup.state === 'not-article' && (
        <p class="notice" data-reason={popup.reason}>
          {t(NOT_ARTICLE_TEXT[popup.reason])}
        </p>
      )}
      {popup.state === 'error' && (
        <div class="notice" role="alert">
          <p>{t('errorGeneric')}</p>
          <p class="detail">{popup.detail}</p>
        </div>
      )}
      <PopupFooter />
    </main>
  );
}
