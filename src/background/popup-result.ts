/**
 * The popup's part of a tab's analysis (see `PopupResult`), and Export JSON,
 * which is built here from the kept analysis so that the full article text
 * travels to the popup only when the reader asks for it.
 */
import { buildAnalysisExport } from '../shared/analysis-export';
import { buildArticleView } from '../shared/article-view';
import type { PopupResult, TabAnalysis, TabAnalysisReply } from '../shared/tab-analysis';

export function popupResultFrom({ article, analysis, highlights }: TabAnalysis): PopupResult {
  const { words, truncated } = analysis.stats;
  return { article, view: buildArticleView(analysis), analysed: { words, truncated }, highlights };
}

export function popupReplyFrom(reply: TabAnalysisReply<TabAnalysis>): TabAnalysisReply {
  return reply.state === 'ready' ? { state: 'ready', result: popupResultFrom(reply.result) } : reply;
}

/**
 * The export of the tab's analysis of `url`; null when the tab holds none (it
 * has since left that article: the popup would export another one than it shows).
 */
export function analysisExportFrom(reply: TabAnalysisReply<TabAnalysis>, url: string): string | null {
  return reply.state === 'ready' && reply.result.article.url === url ? buildAnalysisExport(reply.result) : null;
}
