/** What every summary format is built from, and the reader's options for it. */
import type { PopupResult } from './tab-analysis';

/** A summary lists what the popup lists: the article's identity and its view. */
export type SummarySource = Pick<PopupResult, 'article' | 'view'>;

export interface SummaryOptions {
  /** Whether the summary starts with the article's title, site and URL. */
  includeTitleAndUrl: boolean;
}
