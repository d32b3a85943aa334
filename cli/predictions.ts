/**
 * The engine's analysis in the shared scorer's prediction format
 * (../shared/corpus/README.md, "Predictions").
 */
import { LOW_CONFIDENCE, type Analysis } from '../src/engine/index';

export interface Prediction {
  id: string;
  quotes: Array<{ start: number; end: number; speaker: string | null; speakerMention: { start: number; end: number } | null }>;
  quantities: Array<{ start: number; end: number; value: number | null; low?: number; high?: number; unit: string | null; change: string }>;
  claims: Array<{ start: number; end: number; claimant: string | null }>;
}

export function toPrediction(id: string, analysis: Analysis): Prediction {
  const speakerName = new Map(analysis.speakers.map((speaker) => [speaker.id, speaker.name]));
  const nameOf = (speakerId: string | null) => (speakerId ? speakerName.get(speakerId) ?? null : null);
  return {
    id,
    // The scorer sees what the popup lists: low-confidence quotes stay out of both. The format gives a quote one
    // speaker: a quote several say together ("Egypt and Jordan criticised …") is written once for each.
    quotes: analysis.quotes
      .filter((quote) => quote.confidence >= LOW_CONFIDENCE)
      .flatMap((quote) =>
        [quote.speakerId, ...(quote.coSpeakerIds ?? [])].map((speakerId) => ({
          start: quote.start,
          end: quote.end,
          speaker: nameOf(speakerId),
          speakerMention: quote.speakerMention ? { start: quote.speakerMention.start, end: quote.speakerMention.end } : null,
        })),
      ),
    quantities: analysis.quantities.map((quantity) => ({
      start: quantity.start,
      end: quantity.end,
      value: quantity.value,
      ...(quantity.low !== undefined ? { low: quantity.low } : {}),
      ...(quantity.high !== undefined ? { high: quantity.high } : {}),
      unit: quantity.unit,
      change: quantity.change,
    })),
    claims: analysis.claims.map((claim) => ({ start: claim.start, end: claim.end, claimant: nameOf(claim.claimantId) })),
  };
}
