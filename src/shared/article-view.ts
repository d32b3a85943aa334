/**
 * The reader's view of an analysis: speakers with their listed quotes, quotes
 * with resolved speaker names, claims with their numbers marked. Pure, shared
 * by the popup and the Markdown summary so both always list the same things.
 */
import type { ArticleInfo } from './article-info';
import { contestedFigures, type FigureGroup } from './contested-figures';
import { buildVoices, type Voices } from './voices';
import {
  LOW_CONFIDENCE,
  type Analysis,
  type Claim,
  type ClaimKind,
  type ClaimStatus,
  type QuoteKind,
  type Speaker,
} from '../engine/types';

export interface SpeakerEntry {
  id: string;
  name: string;
  role: string | null;
  organisation: string | null;
  /** Listed (not low-confidence) quotes. */
  quoteCount: number;
}

export interface QuoteEntry {
  id: string;
  /** Where the quote starts in the article text: lists stay in article order. */
  start: number;
  text: string;
  kind: QuoteKind;
  speakerId: string | null;
  /** Everyone who says it, in the article's order: the speaker, then any who say it with them ("Egypt and Jordan said"). */
  speakerIds: string[];
  /** The resolved speakers' names ("Egypt and Jordan"), or null when the engine could not tell who spoke. */
  speakerName: string | null;
  lowConfidence: boolean;
}

/** A piece of a claim's text; `quantity` pieces are the numbers the claim is about. */
export interface ClaimSegment {
  text: string;
  quantity: boolean;
}

export interface ClaimEntry {
  id: string;
  text: string;
  segments: ClaimSegment[];
  kinds: ClaimKind[];
  status: ClaimStatus;
  /** null when the article makes the claim in its own voice. */
  claimantName: string | null;
}

export interface ArticleView {
  speakers: SpeakerEntry[];
  /** Quotes a reader should see, in article order. */
  quotes: QuoteEntry[];
  /** Scare quotes, titles and the like: kept out of the list unless asked for. */
  lowConfidenceQuotes: QuoteEntry[];
  claims: ClaimEntry[];
  /** Who gets the voice: each source's share of the listed quotes (voices.ts). */
  voices: Voices;
  /** The same measure given by different claimants, side by side (contested-figures.ts). */
  contested: FigureGroup[];
}

/** "indirect" is the engine's word; readers know it as reported speech. */
export const QUOTE_KIND_LABEL: Record<QuoteKind, string> = { direct: 'direct', indirect: 'reported', mixed: 'mixed' };

export function buildArticleView(analysis: Analysis): ArticleView {
  const speakersById = new Map(analysis.speakers.map((speaker) => [speaker.id, speaker]));
  const nameOf = (id: string | null) => (id ? (speakersById.get(id)?.name ?? null) : null);

  const allQuotes: QuoteEntry[] = [...analysis.quotes]
    .sort((a, b) => a.start - b.start)
    .map((quote) => {
      const speakerIds = quote.speakerId ? [quote.speakerId, ...(quote.coSpeakerIds ?? [])] : [];
      return {
        id: quote.id,
        start: quote.start,
        text: quote.text.trim(),
        kind: quote.kind,
        speakerId: quote.speakerId,
        speakerIds,
        speakerName: speakerIds.length > 0 ? joinNames(speakerIds.map((id) => nameOf(id) ?? '')) : null,
        lowConfidence: quote.confidence < LOW_CONFIDENCE,
      };
    });
  const quotes = allQuotes.filter((quote) => !quote.lowConfidence);

  const claims = [...analysis.claims]
    .sort((a, b) => a.start - b.start)
    .map((claim) => claimEntry(claim, analysis, nameOf(claim.claimantId)));

  return {
    speakers: speakerEntries(analysis.speakers, quotes, analysis.claims),
    quotes,
    lowConfidenceQuotes: allQuotes.filter((quote) => quote.lowConfidence),
    claims,
    voices: buildVoices(analysis, quotes),
    contested: contestedFigures(analysis),
  };
}

/**
 * Speakers who say something a reader sees: a listed quote or a claim. Most
 * quoted first; ties in the order the article first mentions them.
 */
function speakerEntries(speakers: Speaker[], quotes: QuoteEntry[], claims: Claim[]): SpeakerEntry[] {
  const quoteCounts = new Map<string, number>();
  for (const quote of quotes) {
    for (const id of quote.speakerIds) quoteCounts.set(id, (quoteCounts.get(id) ?? 0) + 1);
  }
  const claimants = new Set(claims.map((claim) => claim.claimantId));
  const firstMention = (speaker: Speaker) => Math.min(...speaker.mentions.map((mention) => mention.start), Infinity);
  return speakers
    .filter((speaker) => quoteCounts.has(speaker.id) || claimants.has(speaker.id))
    .sort((a, b) => (quoteCounts.get(b.id) ?? 0) - (quoteCounts.get(a.id) ?? 0) || firstMention(a) - firstMention(b))
    .map((speaker) => ({
      id: speaker.id,
      name: speaker.name,
      role: speaker.role,
      organisation: speaker.organisation,
      quoteCount: quoteCounts.get(speaker.id) ?? 0,
    }));
}

function claimEntry(claim: Claim, analysis: Analysis, claimantName: string | null): ClaimEntry {
  return {
    id: claim.id,
    text: claim.text,
    segments: claimSegments(claim, analysis),
    kinds: claim.kinds,
    status: claim.status,
    claimantName,
  };
}

/** Splits a claim's text around the quantities it mentions (those that lie inside it, without overlaps). */
export function claimSegments(claim: Claim, analysis: Pick<Analysis, 'quantities'>): ClaimSegment[] {
  const wanted = new Set(claim.quantityIds);
  const inside = analysis.quantities
    .filter((quantity) => wanted.has(quantity.id) && quantity.start >= claim.start && quantity.end <= claim.end)
    .sort((a, b) => a.start - b.start);
  const segments: ClaimSegment[] = [];
  let cursor = claim.start;
  for (const quantity of inside) {
    if (quantity.start < cursor || quantity.end <= quantity.start) continue;
    if (quantity.start > cursor) segments.push({ text: claim.text.slice(cursor - claim.start, quantity.start - claim.start), quantity: false });
    segments.push({ text: claim.text.slice(quantity.start - claim.start, quantity.end - claim.start), quantity: true });
    cursor = quantity.end;
  }
  if (cursor < claim.end) segments.push({ text: claim.text.slice(cursor - claim.start), quantity: false });
  return segments;
}

/**
 * "US Secretary of State, US State Department": role and organisation, each
 * left out when it only repeats the name ("US officials") or the organisation
 * is already in the role ("Taliban spokesman", "Taliban").
 */
export function speakerDescription(speaker: Pick<SpeakerEntry, 'name' | 'role' | 'organisation'>): string {
  const same = (a: string, b: string) => comparable(a) === comparable(b);
  const role = speaker.role && !same(speaker.role, speaker.name) ? speaker.role : null;
  // "people familiar with Chinese trade policy" already names what "Chinese trade policy" would add.
  const organisation = speaker.organisation && !comparable(speaker.name).includes(comparable(speaker.organisation)) ? speaker.organisation : null;
  // "head of the United Nations (UN) Assistance Mission in Afghanistan" already names the mission: once is enough.
  if (role && organisation && !comparable(role).includes(comparable(organisation))) return `${role}, ${organisation}`;
  return role ?? organisation ?? '';
}

/** A name as compared: without parenthesised acronyms, spaces folded, lower case. */
function comparable(text: string): string {
  return text.replace(/\([^()]*\)/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Groups quotes in the order each speaker is first quoted; unattributed quotes last (key null). */
export function groupQuotesBySpeaker(quotes: QuoteEntry[]): Map<string | null, QuoteEntry[]> {
  const groups = new Map<string | null, QuoteEntry[]>();
  for (const quote of [...quotes.filter((q) => q.speakerName !== null), ...quotes.filter((q) => q.speakerName === null)]) {
    const group = groups.get(quote.speakerName) ?? [];
    group.push(quote);
    groups.set(quote.speakerName, group);
  }
  return groups;
}

/** "Egypt", "Egypt and Jordan", "the US, Britain and France": names as a sentence lists them. */
export function joinNames(names: string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** The site's own name, or the URL's host when the page does not give one. */
export function articleSite(article: Pick<ArticleInfo, 'siteName' | 'url'>): string {
  if (article.siteName) return article.siteName;
  try {
    return new URL(article.url).hostname;
  } catch {
    return article.url;
  }
}
