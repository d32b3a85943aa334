/** The reader's words for each kind of highlight (popup switches, options page). */
import type { HighlightKind } from './highlights/types';
import type { MessageKey } from './i18n';

export const HIGHLIGHT_KIND_LABEL: Record<HighlightKind, MessageKey> = {
  quote: 'highlightKindQuote',
  numeric: 'highlightKindNumeric',
  territorial: 'highlightKindTerritorial',
};
