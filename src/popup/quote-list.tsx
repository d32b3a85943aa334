import { useState } from 'preact/hooks';
import { QUOTE_KIND_LABEL, type QuoteEntry } from '../shared/article-view';
import type { Placement } from './placement';

/** Longer quotes are cut here in the list; "more" shows the rest. */
export const QUOTE_PREVIEW_CHARS = 240;

interface Props {
  quotes: QuoteEntry[];
  placement: Placement;
  onShow: (quoteId: string) => void;
}

export function QuoteList({ quotes, placement, onShow }: Props) {
  if (quotes.length === 0) return <p class="empty">No quotes found.</p>;
  return (
    <ul class="list">
      {quotes.map((quote) => (
        <QuoteItem key={quote.id} quote={quote} placed={placement(quote.id)} onShow={onShow} />
      ))}
    </ul>
  );
}

/** Cuts at a word boundary near `limit`. */
export function preview(text: string, limit = QUOTE_PREVIEW_CHARS): string {
  if (text.length <= limit) return text;
  const cut = text.lastIndexOf(' ', limit);
  return `${text.slice(0, cut > limit * 0.7 ? cut : limit).trimEnd()}…`;
}

function QuoteItem({ quote, placed, onShow }: { quote: QuoteEntry; placed: boolean | undefined; onShow: (id: string) => void }) {
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
      <button type="button" class="item-text" title={placed === false ? undefined : 'Show in page'} onClick={() => onShow(quote.id)}>
        {/* Direct quotes carry the article's own quotation marks. */}
        {expanded ? quote.text : short}
      </button>
      <p class="meta">
        <span class={quote.speakerName ? 'who' : 'who unknown'}>{quote.speakerName ?? 'Speaker not identified'}</span>
        <span class={`badge kind-${quote.kind}`}>{QUOTE_KIND_LABEL[quote.kind]}</span>
        {cut && (
          <button type="button" class="link" aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
            {expanded ? 'less' : 'more'}
          </button>
        )}
        {placed === false && <span class="not-found">not found on page</span>}
      </p>
    </li>
  );
}
