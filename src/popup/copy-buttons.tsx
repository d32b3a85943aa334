/** "Copy summary" in the reader's format, and "Export JSON" with the full analysis. */
import { buildAnalysisExport } from '../shared/analysis-export';
import { t, type MessageKey } from '../shared/i18n';
import type { Settings, SummaryFormat } from '../shared/settings';
import { buildSummary } from '../shared/summary';
import type { TabAnalysis } from '../shared/tab-analysis';
import { ClipboardButton } from './clipboard-button';

const COPIED_MESSAGE: Record<SummaryFormat, MessageKey> = {
  markdown: 'copiedMarkdown',
  text: 'copiedText',
  json: 'copiedJson',
};

/** The header's copy row. */
export function CopyButtons({ result, settings }: { result: TabAnalysis; settings: Settings }) {
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
        text={() => buildAnalysisExport(result)}
        copiedMessage={t('exportedJson')}
      />
    </div>
  );
}
