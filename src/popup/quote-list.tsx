import { useState } from 'preact/hooks';
import type { QuoteEntry, SpeakerEntry } from '../shared/article-view';
import type { QuoteKind } from '../engine/types';
import { t, type MessageKey } from '../shared/i18n';
import { quoteCitation } from '../shared/quote-citation';
import type { ArticleInfo } from '../shared/article-info';
import { BatchedList } from './batched-list';
import { ClipboardButton } from './clipboard-button';
import type { Placement } from './placement';

const KIND_LABEL: Record<QuoteKind, MessageKey> = { direct: 'quoteKindDirect', indirect: 'quoteKindIndirect', mixed: 'quoteKindMixed' };

/** Longer quotes are cut here in the list; "more" shows the rest. */
export const QUOTE_PREVIEW_CHARS = 240;

interface Props {
  quotes: QuoteEntry[];
  /** For each quote's attribution when it is copied. */
  speakers: SpeakerEntry[];
  article: ArticleInfo;
  placement: Placement;
  onShow: (quoteId: string) => void;
}

export function QuoteList({ quotes, speakers, article, placement, onShow }: Props) {
  if (quotes.length === 0) return <p class="empty">{t('noQuotes')}</p>;
  // Several who say it together are cited by their names alone ("Egypt and Jordan").
  const speakerOf = (quote: QuoteEntry) =>
    quote.speakerIds.length > 1 && quote.speakerName ? { name: quote.speakerName, role: null, organisation: null } : (speakers.find((speaker) => speaker.id === quote.speakerId) ?? null);
  return (
    <BatchedList
      items={quotes}
      class="list"
      testId="quotes"
      renderItem={(quote) => (
        <QuoteItem
          key={quote.id}
          quote={quote}
          placed={placement(quote.id)}
          onShow={onShow}
          citation={() => quoteCitation(quote, speakerOf(quote), article)}
        />
      )}
    />
  );
}

/** Cuts at a word boundary near `limit`. */
export function preview(text: string, limit = QUOTE_PREVIEW_CHARS): string {
  if (text.length <= limit) return text;
  const cut = text.lastIndexOf(' ', limit);
  return `${text.slice(0, cut > limit * 0.7 ? cut : limit).trimEnd()}…`;
}

interface ItemProps {
  quote: QuoteEntry;
  placed: boolean | undefined;
  onShow: (id: string) => void;
  citation: () => string;
}

function QuoteItem({ quote, placed, onShow, citation }: ItemProps) {
  const [expanded, setExpanded] = useState(false);
  const short = preview(quote.text);
  const cut = short !== quote.text;
  return (
    <li
      class={`item${quote.lowConfidence ? ' low-confidence' : ''}`}
      data-testid="quote"
      data-kind={quote.kind}
      data-speaker-id={quote.speakerId ?? undefined}
      data-placed={placed === undefined ? undefined : String(placed)}
    >
      <button type="button" class="item-text" title={placed === false ? undefined : t('showInPage')} onClick={() => onShow(quote.id)}>
        {/* Direct quotes carry the article's own quotation marks. */}
        {expanded ? quote.text : short}
      </button>
      <p class="meta">
        <span class={quote.speakerName ? 'who' : 'who unknown'}>{quote.speakerName ?? t('speakerNotIdentified')}</span>
        <span class={`badge kind-${quote.kind}`}>{t(KIND_LABEL[quote.kind])}</span>
        {cut && (
          <button type="button" class="link" aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
            {expanded ? t('less') : t('more')}
          </button>
        )}
        {placed === false && <span class="not-found">{t('notFoundOnPage')}</span>}
        <ClipboardButton
          testId="copy-quote"
          class="link copy-quote"
          label={t('copyQuote')}
          accessibleName={t('copyQuoteLabel')}
          text={citation}
          copiedMessage={t('quoteCopied')}
        />
      </p>
    </li>
  );
}
