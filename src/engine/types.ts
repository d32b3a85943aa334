/**
 * The engine's public data model. Every span is a pair of offsets into the
 * article text (JavaScript string indices, end exclusive), so that the popup,
 * the highlighter and the scorer all agree on what an item covers.
 *
 * Ids have one prefix per kind of item (see ids.ts): speakers s1, s2…, quotes q1…, quantities n1…,
 * claims c1….
 */

export interface Span {
  start: number;
  end: number;
}

/** A span together with the text it covers: `text === article.text.slice(start, end)`. */
export interface TextSpan extends Span {
  text: string;
}

/** What the content script (or the CLI) hands the engine. */
export interface ArticleInput {
  /** Paragraphs separated by a blank line ("\n\n"). */
  text: string;
  title?: string | null;
  byline?: string | null;
  siteName?: string | null;
  lang?: string | null;
  publishedTime?: string | null;
  url?: string | null;
}

export type QuoteKind = 'direct' | 'indirect' | 'mixed';

export interface Quote extends TextSpan {
  id: string;
  kind: QuoteKind;
  /** For a quote interrupted by its attribution, the pieces; otherwise absent. */
  fragments?: Span[];
  /** The verb or phrase of saying ("said", "told", "according to"). */
  cue: TextSpan | null;
  /** Where this quote's speaker is mentioned for this quote ("he", "Blinken", "the spokesman"). */
  speakerMention: TextSpan | null;
  /** The resolved speaker, an id into `Analysis.speakers`. */
  speakerId: string | null;
  /** The others who say it with the speaker, when the subject joins several ("Egypt and Jordan criticised …"); otherwise absent. */
  coSpeakerIds?: string[];
  /** 0..1; items below `LOW_CONFIDENCE` are kept but not listed by default. */
  confidence: number;
}

export type SpeakerKind = 'person' | 'organisation' | 'group' | 'anonymous';

export interface Speaker {
  id: string;
  /** The fullest form of the name the article uses ("Antony Blinken"). */
  name: string;
  aliases: string[];
  role: string | null;
  organisation: string | null;
  kind: SpeakerKind;
  mentions: TextSpan[];
  quoteIds: string[];
}

/** `=` exact, `~` approximate, `>` / `<` bounds, `up` / `down` rises and falls. */
export type Change = '=' | '~' | '>' | '<' | 'up' | 'down';

export type QuantityType = 'count' | 'percent' | 'money' | 'measure' | 'date' | 'year' | 'duration' | 'ordinal';

export interface Quantity extends TextSpan {
  id: string;
  /** A single value; null for a range (see low/high) or an unresolvable amount. */
  value: number | null;
  low?: number;
  high?: number;
  /** The unit or counted noun ("troops", "percent", "USD"). */
  unit: string | null;
  /** What a percentage or amount is of ("of the country"), when the text says. */
  of?: string | null;
  type: QuantityType;
  change: Change;
}

export type ClaimKind = 'numeric' | 'territorial';
export type ClaimStatus = 'asserted' | 'claimed' | 'expected' | 'denied';

export interface Claim extends TextSpan {
  id: string;
  kinds: ClaimKind[];
  quantityIds: string[];
  places: TextSpan[];
  /** The speaker who makes the claim; null when the article makes it in its own voice. */
  claimantId: string | null;
  /**
   * Where the claimant is named for this claim ("Afghan media reports" in "according to Afghan
   * media reports"), also when no speaker resolves it; absent for the article's own voice.
   */
  claimantMention?: TextSpan | null;
  /** The quote or reported clause the claim sits in, if any. */
  quoteId: string | null;
  status: ClaimStatus;
}

export interface Analysis {
  /** The text every span points into. */
  text: string;
  speakers: Speaker[];
  quotes: Quote[];
  quantities: Quantity[];
  claims: Claim[];
  stats: { words: number; ms: number; truncated: boolean };
}

/** Quotes under this confidence are scare quotes, titles and the like: kept, not listed by default. */
export const LOW_CONFIDENCE = 0.5;
