/** "Copy summary" in the format the reader chose in the options. */
import { buildJsonSummary } from './json-summary';
import { buildMarkdownSummary } from './markdown-summary';
import { buildPlainTextSummary } from './plain-text-summary';
import type { SummaryFormat } from './settings';
import type { SummaryOptions, SummarySource } from './summary-source';

const BUILDERS: Record<SummaryFormat, (source: SummarySource, options: SummaryOptions) => string> = {
  markdown: buildMarkdownSummary,
  text: buildPlainTextSummary,
  json: buildJsonSummary,
};

export function buildSummary(source: SummarySource, format: SummaryFormat, options: SummaryOptions): string {
  return BUILDERS[format](source, options);
}
