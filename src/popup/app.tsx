/** The popup: analyses the tab it was opened for as soon as it opens. */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { PopupFooter } from './popup-footer';
import { analysedState, errorState, POPUP_NOT_ARTICLE_TEXTS, StateView, type ViewState } from './state-view';
import { targetTabId } from './target-tab';

export function App() {
  const [view, setView] = useState<ViewState>({ state: 'loading' });
  const [tabId, setTabId] = useState<number | null>(null);

  useEffect(() => {
    targetTabId()
      .then((target): ViewState | Promise<ViewState> => {
        setTabId(target);
        return target === null ? { state: 'error', detail: t('errorNoTab') } : analysedState(target);
      })
      .then(setView, (error: unknown) => setView(errorState(error)));
  }, []);

  return (
    <StateView view={view} notArticleTexts={POPUP_NOT_ARTICLE_TEXTS}>
      <PopupFooter sidePanelTabId={tabId} />
    </StateView>
  );
}
