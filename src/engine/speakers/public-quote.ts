/**
 * The public Quote, built in one place from a quote candidate and the speaker resolved for it.
 */
import { LOW_CONFIDENCE, type Quote, type Span, type TextSpan } from '../types';
import { UNRESOLVED_SPEAKER_CONFIDENCE } from '../quotes/confidence';
import type { QuoteCandidate } from '../quotes/find-quotes';

/** The quote `id` of the article `text`, from its candidate and its speakers' ids (none when unresolved; several for "Egypt and Jordan said"). */
export function publicQuote(id: string, candidate: QuoteCandidate, speakerIds: string[], text: string): Quote {
  const speakerId = speakerIds.length > 0 ? speakerIds[0] : null;
  const listed = candidate.confidence >= LOW_CONFIDENCE;
  // One literal, fragments set after (no conditional spread): pages of bare quotation marks make many quotes.
  const quote: Quote = {
    id,
    start: candidate.start,
    end: candidate.end,
    text: text.slice(candidate.start, candidate.end),
    kind: candidate.kind,
    cue: candidate.cue ? withText(text, candidate.cue) : null,
    speakerMention: candidate.mention ? withText(text, candidate.mention) : null,
    speakerId,
    confidence: speakerId !== null || !listed ? candidate.confidence : Math.min(candidate.confidence, UNRESOLVED_SPEAKER_CONFIDENCE),
  };
  if (candidate.fragments) quote.fragments = candidate.fragments;
  if (speakerIds.length > 1) quote.coSpeakerIds = speakerIds.slice(1);
  return quote;
}

function withText(text: string, span: Span): TextSpan {
  return { start: span.start, end: span.end, text: text.slice(span.start, span.end) };
}
