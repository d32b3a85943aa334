/**
 * Who makes a claim, read from the quote stage's attributions (one attribution engine, no second scan):
 * the speaker of the listed quote that holds it, else of an "according to X" in its sentence, else nobody:
 * the article itself.
 */
import { FOREIGN_ACCORDING } from '../lexicon/word-lists';
import type { FineToken } from '../text/fine-tokens';
import { firstStartingAtOrAfter } from '../text/search';
import { LOW_CONFIDENCE, type Quote, type Span, type TextSpan } from '../types';
import type { Clause } from './clauses';

/** How many earlier-starting quotes to look back over for one overlapping a span: quotes seldom nest deeper. */
const QUOTE_LOOKBACK = 16;

export interface Claimant {
  /** The listed quote the claim sits in, if any. */
  quote: Quote | null;
  claimantId: string | null;
  claimantMention: TextSpan | null;
}

export class ClaimantFinder {
  /** The attributed quotes in text order, so that each look-up is a binary search, not a scan. */
  private readonly quotes: Quote[];

  constructor(
    private readonly tokens: FineToken[],
    /** The first token of each sentence. */
    private readonly sentenceStarts: readonly number[],
    quotes: readonly Quote[],
  ) {
    // The listed quotes, and the attributions kept unlisted (a headline's report): each says whose words these are.
    this.quotes = quotes.filter((q) => q.confidence >= LOW_CONFIDENCE || (q.cue !== null && q.speakerId !== null)).sort((a, b) => a.start - b.start);
  }

  /** The claimant of the claim `span` made in `clause`. */
  claimantOf(span: Span, clause: Clause): Claimant {
    const quote = this.quoteAround(span);
    if (quote) return { quote, claimantId: quote.speakerId, claimantMention: quote.speakerMention };
    const attribution = this.sentenceAttribution(clause);
    return { quote: null, claimantId: attribution?.speakerId ?? null, claimantMention: attribution?.speakerMention ?? null };
  }

  /**
   * "A man of 43 fell ill after switching to feather bedding, according to a case report": an "according to"
   * attribution vouches for its whole sentence, beyond the clause the quote stage gave it.
   */
  private sentenceAttribution(clause: Clause): Quote | null {
    const { tokens } = this;
    const sentenceFirst = this.sentenceStarts[clause.sentence];
    const sentenceEnd = this.sentenceStarts[clause.sentence + 1] ?? tokens.length;
    for (const quote of this.quotesOverlapping(tokens[sentenceFirst].start, tokens[sentenceEnd - 1].end)) {
      if (quote.cue && quote.speakerId && holdsForSentence(quote.cue.text)) return quote;
    }
    return null;
  }

  /** The listed quotes overlapping `start`..`end`. */
  private quotesOverlapping(start: number, end: number): Quote[] {
    const found: Quote[] = [];
    const after = firstStartingAtOrAfter(this.quotes, end);
    for (let i = after - 1; i >= 0 && i >= after - QUOTE_LOOKBACK; i--) {
      if (this.quotes[i].end > start) found.push(this.quotes[i]);
    }
    return found;
  }

  /** The listed quote that holds most of the claim, if one holds at least half of it. */
  private quoteAround(d: Span): Quote | null {
    let best: Quote | null = null;
    let bestOverlap = 0;
    for (const q of this.quotesOverlapping(d.start, d.end)) {
      const pieces = q.fragments && q.fragments.length ? q.fragments : [q];
      let overlap = 0;
      for (const p of pieces) overlap += Math.max(0, Math.min(p.end, d.end) - Math.max(p.start, d.start));
      if (overlap > bestOverlap) {
        best = q;
        bestOverlap = overlap;
      }
    }
    return best && bestOverlap * 2 >= d.end - d.start ? best : null;
  }
}

/** "according to" and its French, Spanish and German forms: cues whose attribution holds for their whole sentence. */
function holdsForSentence(cue: string): boolean {
  const first = cue.toLowerCase().split(/\s/u)[0];
  return first === 'according' || FOREIGN_ACCORDING.has(first);
}
