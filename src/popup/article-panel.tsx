/** The ready popup: the article's identity, then speakers, voices, quotes, claims and the figures several sources give. */
import { useMemo, useState } from 'preact/hooks';
import { articleSite } from '../shared/article-view';
import { t } from '../shared/i18n';
import type { PopupResult } from '../shared/tab-analysis';
import { useSettings } from '../shared/use-settings';
import { isEnglish } from './article-language';
import { ClaimList } from './claim-list';
import { ContestedList } from './contested-list';
import { CopyButtons } from './copy-buttons';
import { HighlightToggles } from './highlight-toggles';
import { placementFrom } from './placement';
import { QuoteList } from './quote-list';
import { ListSection } from './list-section';
import { showInPage } from './show-in-page';
import { SpeakerList } from './speaker-list';
import { VoicesChart } from './voices-chart';

interface Props {
  tabId: number;
  result: PopupResult;
}

export function ArticlePanel({ tabId, result }: Props) {
  const { view } = result;
  const placement = useMemo(() => placementFrom(result.highlights), [result]);
  const { settings, update } = useSettings();
  const [speakerId, setSpeakerId] = useState<string | null>(null);
  const [showLowConfidence, setShowLowConfidence] = useState(false);

  // Kept between renders: a new array would render every quote shown again.
  const quotes = useMemo(() => {
    const listed = showLowConfidence
      ? [...view.quotes, ...view.lowConfidenceQuotes].sort((a, b) => a.start - b.start)
      : view.quotes;
    return speakerId === null ? listed : listed.filter((quote) => quote.speakerIds.includes(speakerId));
  }, [view, showLowConfidence, speakerId]);
  const selectedSpeaker = view.speakers.find((speaker) => speaker.id === speakerId);
  const show = (itemId: string) => void showInPage(tabId, itemId);
  const lowConfidenceCount = view.lowConfidenceQuotes.length;

  return (
    <>
      <header class="article">
        <h1 class="title">{result.article.title}</h1>
        <p class="site">{articleSite(result.article)}</p>
        <CopyButtons tabId={tabId} result={result} settings={settings} />
        {result.highlights?.painted && (
          <HighlightToggles tabId={tabId} kinds={settings.highlightKinds} onChange={(highlightKinds) => void update({ highlightKinds })} />
        )}
      </header>

      {result.analysed.truncated && (
        <p class="note" data-testid="truncated-note">
          {t('truncatedNote', result.analysed.words.toLocaleString('en'), result.article.words.toLocaleString('en'))}
        </p>
      )}

      {!isEnglish(result.article.lang) && (
        <p class="note" data-testid="english-only-note">
          {t('englishOnlyNote')}
        </p>
      )}

      <ListSection id="speakers" heading={t('speakersHeading')} count={view.speakers.length}>
        <SpeakerList speakers={view.speakers} selectedId={speakerId} onSelect={setSpeakerId} />
      </ListSection>

      <ListSection id="voices" heading={t('voicesHeading')} count={view.voices.groups.reduce((sources, group) => sources + group.voices.length, 0)}>
        <VoicesChart voices={view.voices} />
      </ListSection>

      <ListSection
        id="quotes"
        heading={t('quotesHeading')}
        count={view.quotes.length}
        intro={
          selectedSpeaker && (
            <p class="filter" data-testid="quote-filter">
              {t('filterOnly', selectedSpeaker.name)}{' '}
              <button type="button" class="link" onClick={() => setSpeakerId(null)}>
                {t('showAll')}
              </button>
            </p>
          )
        }
        outro={
          lowConfidenceCount > 0 && (
            <button type="button" class="link toggle" aria-pressed={showLowConfidence} onClick={() => setShowLowConfidence(!showLowConfidence)}>
              {showLowConfidence
                ? t('hideLowConfidence')
                : lowConfidenceCount === 1
                  ? t('showLowConfidenceOne')
                  : t('showLowConfidenceMany', lowConfidenceCount)}
            </button>
          )
        }
      >
        {/* Keyed by the filter: another filter starts again from the first batch of its quotes. */}
        <QuoteList
          key={`${speakerId}|${showLowConfidence}`}
          quotes={quotes} speakers={view.speakers} article={result.article} placement={placement} onShow={show} />
      </ListSection>

      <ListSection id="claims" heading={t('claimsHeading')} count={view.claims.length}>
        <ClaimList claims={view.claims} placement={placement} onShow={show} />
      </ListSection>

      {view.contested.length > 0 && (
        <ListSection id="contested" heading={t('contestedHeading')} count={view.contested.length}>
          <ContestedList groups={view.contested} onShow={show} />
        </ListSection>
      )}
    </>
  );
}
