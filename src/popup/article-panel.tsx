/** The ready popup: the article's identity, then speakers, quotes and claims. */
import { useMemo, useState } from 'preact/hooks';
import { buildArticleView } from '../shared/article-view';
import type { TabAnalysis } from '../shared/tab-analysis';
import { ClaimList } from './claim-list';
import { CopySummaryButton } from './copy-buttons';
import { placementFrom } from './placement';
import { QuoteList } from './quote-list';
import { SectionBoundary } from './section-boundary';
import { showInPage } from './show-in-page';
import { SpeakerList } from './speaker-list';

interface Props {
  tabId: number;
  result: TabAnalysis;
}

function siteOf(result: TabAnalysis): string {
  if (result.article.siteName) return result.article.siteName;
  try {
    return new URL(result.article.url).hostname;
  } catch {
    return result.article.url;
  }
}

export function ArticlePanel({ tabId, result }: Props) {
  const view = useMemo(() => buildArticleView(result.analysis), [result]);
  const placement = useMemo(() => placementFrom(result.highlights), [result]);
  const [speakerId, setSpeakerId] = useState<string | null>(null);
  const [showLowConfidence, setShowLowConfidence] = useState(false);

  const listed = showLowConfidence
    ? [...view.quotes, ...view.lowConfidenceQuotes].sort((a, b) => a.start - b.start)
    : view.quotes;
  const quotes = speakerId === null ? listed : listed.filter((quote) => quote.speakerId === speakerId);
  const selectedSpeaker = view.speakers.find((speaker) => speaker.id === speakerId);
  const show = (itemId: string) => void showInPage(tabId, itemId);

  return (
    <>
      <header class="article">
        <h1 class="title">{result.article.title}</h1>
        <p class="site">{siteOf(result)}</p>
        <CopySummaryButton result={result} />
      </header>

      {result.analysis.stats.truncated && (
        <p class="note" data-testid="truncated-note">
          This article is very long: only its first {result.analysis.stats.words.toLocaleString('en')} of{' '}
          {result.article.words.toLocaleString('en')} words were analysed.
        </p>
      )}

      <section aria-labelledby="speakers-heading">
        <h2 id="speakers-heading">
          Speakers <span class="total">{view.speakers.length}</span>
        </h2>
        <SectionBoundary title="speakers">
          <SpeakerList speakers={view.speakers} selectedId={speakerId} onSelect={setSpeakerId} />
        </SectionBoundary>
      </section>

      <section aria-labelledby="quotes-heading">
        <h2 id="quotes-heading">
          Quotes <span class="total">{view.quotes.length}</span>
        </h2>
        {selectedSpeaker && (
          <p class="filter" data-testid="quote-filter">
            Only {selectedSpeaker.name}.{' '}
            <button type="button" class="link" onClick={() => setSpeakerId(null)}>
              Show all
            </button>
          </p>
        )}
        <SectionBoundary title="quotes">
          <QuoteList quotes={quotes} placement={placement} onShow={show} />
        </SectionBoundary>
        {view.lowConfidenceQuotes.length > 0 && (
          <button type="button" class="link toggle" aria-pressed={showLowConfidence} onClick={() => setShowLowConfidence(!showLowConfidence)}>
            {showLowConfidence
              ? 'Hide low-confidence quotes'
              : `Show ${view.lowConfidenceQuotes.length} low-confidence ${view.lowConfidenceQuotes.length === 1 ? 'quote' : 'quotes'}`}
          </button>
        )}
      </section>

      <section aria-labelledby="claims-heading">
        <h2 id="claims-heading">
          Claims <span class="total">{view.claims.length}</span>
        </h2>
        <SectionBoundary title="claims">
          <ClaimList claims={view.claims} placement={placement} onShow={show} />
        </SectionBoundary>
      </section>
    </>
  );
}
