/** "Copy summary" in the format the reader chose in the options. */
import { buildJsonSummary } from './json-summary';
import { buildMarkdownSummary } from './markdown-summary';
import { buildPlainTextSummary } from './plain-text-summary';
import type { SummaryFormat } from './settings';
import type { TabAnalysis } from './tab-analysis';

export interface SummaryOptions {
  /** Whether the summary starts with the article's title, site and URL. */
  includeTitleAndUrl: boolean;
}

const BUILDERS: Record<SummaryFormat, (result: TabAnalysis, options: SummaryOptions) => string> = {
  markdown: buildMarkdownSummary,
  text: buildPlainTextSummary,
  json: buildJsonSummary,
};

export function buildSummary(result: TabAnalysis, format: SummaryFormat, options: SummaryOptions): string {
  return BUILDERS[format](result, options);
}
