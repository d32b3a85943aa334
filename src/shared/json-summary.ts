/**
 * The summary as JSON: what the popup lists (speakers, voices, quotes, claims, contested figures), with
 * names resolved, for scripts and spreadsheets. The full engine output is the
 * separate "Export JSON" (analysis-export.ts).
 */
import { articleSite, QUOTE_KIND_LABEL, speakerDescription } from './article-view';
import type { SummaryOptions, SummarySource } from './summary-source';

export function buildJsonSummary({ article, view }: SummarySource, options: SummaryOptions = { includeTitleAndUrl: true }): string {
  const summary = {
    ...(options.includeTitleAndUrl
      ? { title: article.title, site: articleSite(article), byline: article.byline, url: article.url }
      : {}),
    speakers: view.speakers.map((speaker) => ({
      name: speaker.name,
      description: speakerDescription(speaker) || null,
      quotes: speaker.quoteCount,
    })),
    voices: view.voices.groups.flatMap((group) =>
      group.voices.map((voice) => ({ name: voice.name, kind: group.kind, quotes: voice.quotes, shareOfQuotedWords: voice.wordShare })),
    ),
    quotes: view.quotes.map((quote) => ({ text: quote.text, kind: QUOTE_KIND_LABEL[quote.kind], speaker: quote.speakerName })),
    claims: view.claims.map((claim) => ({
      text: claim.text,
      numbers: claim.segments.filter((segment) => segment.quantity).map((segment) => segment.text.trim()),
      kinds: claim.kinds,
      status: claim.status,
      claimant: claim.claimantName,
    })),
    contestedFigures: view.contested.map((group) => ({
      measure: group.label,
      contested: group.contested,
      figures: group.claims.map((claim) => ({ claimant: claim.claimantName, value: claim.value, status: claim.status })),
    })),
  };
  return `${JSON.stringify(summary, null, 2)}\n`;
}
