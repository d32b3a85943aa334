/**
 * Turns an analysis into text-quote selectors for the live page. Pure and
 * DOM-free: the engine's spans point into the article text, and the page is
 * only reached later, by matching each selector's text (see anchor.ts).
 */
import { LOW_CONFIDENCE, type Analysis, type Claim, type Quote, type Span, type Speaker } from '../../engine/types';
import type { HighlightItem } from './types';
import { joinNames } from '../article-view';

/** Characters of context kept on each side: enough to tell repeated text apart, short enough to survive layout noise. */
export const CONTEXT_CHARS = 32;

/** The text of `span` in `text` with its surrounding context. */
export function textQuoteAt(text: string, span: Span): Pick<HighlightItem, 'exact' | 'prefix' | 'suffix'> {
  return {
    exact: text.slice(span.start, span.end),
    prefix: text.slice(Math.max(0, span.start - CONTEXT_CHARS), span.start),
    suffix: text.slice(span.end, span.end + CONTEXT_CHARS),
  };
}

function quoteTooltip(quote: Quote, speakers: Map<string, Speaker>): string {
  const speaker = quote.speakerId ? speakers.get(quote.speakerId) : undefined;
  if (!speaker) return 'Speaker not identified';
  if (quote.coSpeakerIds) return joinNames([speaker.name, ...quote.coSpeakerIds.map((id) => speakers.get(id)?.name ?? '')]);
  const role = speaker.role ?? speaker.organisation;
  return role ? `${speaker.name}, ${role}` : speaker.name;
}

function claimTooltip(claim: Claim, speakers: Map<string, Speaker>): string {
  if (!claim.claimantId) return "The article's own claim";
  const claimant = speakers.get(claim.claimantId);
  return claimant ? `Claimed by ${claimant.name}` : 'Claimed by an unidentified speaker';
}

/**
 * One item per quote the popup lists (confidence at least `LOW_CONFIDENCE`) and
 * per claim, in article order so that overlapping items paint predictably.
 */
export function selectorsFor(analysis: Analysis): HighlightItem[] {
  const speakers = new Map(analysis.speakers.map((speaker) => [speaker.id, speaker]));
  const located: Array<{ start: number; item: HighlightItem }> = [];
  for (const quote of analysis.quotes) {
    if (quote.confidence < LOW_CONFIDENCE) continue;
    located.push({
      start: quote.start,
      item: { id: quote.id, kind: 'quote', ...textQuoteAt(analysis.text, quote), tooltip: quoteTooltip(quote, speakers) },
    });
  }
  for (const claim of analysis.claims) {
    located.push({
      start: claim.start,
      item: {
        id: claim.id,
        kind: claim.kinds.includes('territorial') ? 'territorial' : 'numeric',
        ...textQuoteAt(analysis.text, claim),
        tooltip: claimTooltip(claim, speakers),
      },
    });
  }
  return located.sort((a, b) => a.start - b.start).map(({ item }) => item);
}
