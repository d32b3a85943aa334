/**
 * "Export JSON": everything quotelens knows about the article — its identity,
 * the engine's full output (every span with offsets into the article text,
 * low-confidence quotes included), the figures several sources give, and what
 * was found on the page.
 */
import { contestedFigures } from './contested-figures';
import type { TabAnalysis } from './tab-analysis';

/** Bumped when the shape of the export changes, so scripts reading it can tell (2: contested figures). */
export const ANALYSIS_EXPORT_VERSION = 2;

export function buildAnalysisExport(result: TabAnalysis): string {
  const exported = {
    format: 'quotelens-analysis',
    version: ANALYSIS_EXPORT_VERSION,
    article: result.article,
    analysis: result.analysis,
    contestedFigures: contestedFigures(result.analysis),
    placedOnPage: result.highlights?.placed ?? null,
  };
  return `${JSON.stringify(exported, null, 2)}\n`;
}
