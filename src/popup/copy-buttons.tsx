/** "Copy summary" in the reader's format, and "Export JSON" with the full analysis. */
import { t, type MessageKey } from '../shared/i18n';
import { callBackground } from '../shared/messaging';
import type { Settings, SummaryFormat } from '../shared/settings';
import { buildSummary } from '../shared/summary';
import type { PopupResult } from '../shared/tab-analysis';
import { ClipboardButton } from './clipboard-button';

const COPIED_MESSAGE: Record<SummaryFormat, MessageKey> = {
  markdown: 'copiedMarkdown',
  text: 'copiedText',
  json: 'copiedJson',
};

/** The header's copy row. */
export function CopyButtons({ tabId, result, settings }: { tabId: number; result: PopupResult; settings: Settings }) {
  return (
    <div class="copy">
      <ClipboardButton
        testId="copy-summary"
        label={t('copySummary')}
        text={() => buildSummary(result, settings.summaryFormat, { includeTitleAndUrl: settings.includeTitleAndUrl })}
        copiedMessage={t(COPIED_MESSAGE[settings.summaryFormat])}
      />
      <ClipboardButton
        testId="export-json"
        class="secondary"
        label={t('exportJson')}
        title={t('exportJsonTitle')}
        text={() => analysisExport(tabId, result.article.url)}
        copiedMessage={t('exportedJson')}
      />
    </div>
  );
}

/** The worker keeps the full analysis (the article text is not sent to the popup): asked for only when exporting. */
async function analysisExport(tabId: number, url: string): Promise<string> {
  const exported = await callBackground('exportAnalysis', { tabId, url });
  if (exported === null) throw new Error('the tab no longer holds this analysis');
  return exported;
}
