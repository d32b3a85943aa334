/**
 * The side panel (Chrome) or sidebar (Firefox): the popup's view, kept open
 * beside the page. It follows the active tab and shows the result kept for it
 * without analysing anything by itself: a tab not analysed yet gets an
 * "Analyse this page" button. It reads a page only with the access the reader
 * gave (activeTab, by clicking the icon on that page), so where that is
 * missing it says how to give it.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { callBackground } from '../shared/messaging';
import { useFollowedTab } from './followed-tab';
import { PopupFooter } from './popup-footer';
import { analysedState, errorState, POPUP_NOT_ARTICLE_TEXTS, StateView, type NotArticleTexts, type ViewState } from './state-view';
import { onTabResultChange } from './tab-result-changes';

/** In the panel "restricted" also means "not clicked on": the panel itself grants no access to a page. */
const PANEL_NOT_ARTICLE_TEXTS: NotArticleTexts = { ...POPUP_NOT_ARTICLE_TEXTS, restricted: 'panelNoAccess' };

async function keptState(tabId: number): Promise<ViewState> {
  const result = await callBackground('keptResult', { tabId });
  return result ? { state: 'ready', tabId, result } : { state: 'not-analysed', tabId };
}

export function PanelApp() {
  const tabId = useFollowedTab();
  const [view, setView] = useState<ViewState>({ state: 'loading' });
  // Answers can arrive out of order (the reader switching tabs quickly): only the latest request's is shown.
  const latestRequest = useRef(0);

  const show = (request: Promise<ViewState>) => {
    const id = ++latestRequest.current;
    request.then(
      (next) => id === latestRequest.current && setView(next),
      (error: unknown) => id === latestRequest.current && setView(errorState(error)),
    );
  };

  useEffect(() => {
    if (tabId === undefined) return; // still looking for the active tab: "loading"
    if (tabId === null) {
      latestRequest.current++;
      setView({ state: 'error', detail: t('errorNoTab') });
      return;
    }
    setView({ state: 'loading' });
    show(keptState(tabId));
    return onTabResultChange(tabId, () => show(keptState(tabId)));
  }, [tabId]);

  const analyse = (target: number) => {
    setView({ state: 'loading' });
    show(analysedState(target));
  };

  return (
    <StateView view={view} notArticleTexts={PANEL_NOT_ARTICLE_TEXTS} onAnalyse={analyse}>
      <PopupFooter />
    </StateView>
  );
}
