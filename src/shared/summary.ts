/** "Copy summary" in the format the reader chose in the options. */
import { buildJsonSummary } from './json-summary';
import { buildMarkdownSummary } from './markdown-summary';
import { buildPlainTextSummary } from './plain-text-summary';
import type { SummaryFormat } from './settings';
import type { PopupResult } from './tab-analysis';

/** A summary lists what the popup lists: the article's identity and its view. */
export type SummarySource = Pick<PopupResult, 'article' | 'view'>;

export interface SummaryOptions {
  /** Whether the summary starts with the article's title, site and URL. */
  includeTitleAndUrl: boolean;
}

const BUILDERS: Record<SummaryFormat, (source: SummarySource, options: SummaryOptions) => string> = {
  markdown: buildMarkdownSummary,
  text: buildPlainTextSummary,
  json: buildJsonSummary,
};

export function buildSummary(source: SummarySource, format: SummaryFormat, options: SummaryOptions): string {
  return BUILDERS[format](source, options);
}
