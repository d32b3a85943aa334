/**
 * The "Copy summary" text: a clean Markdown digest of the article's speakers,
 * voices, quotes and claims. Page text is escaped so it reads as text in any Markdown
 * renderer; no HTML is produced.
 */
import {
  articleSite,
  groupQuotesBySpeaker,
  QUOTE_KIND_LABEL,
  speakerDescription,
  type ClaimEntry,
  type QuoteEntry,
} from './article-view';
import type { SummaryOptions, SummarySource } from './summary-source';
import { figureGroupLine } from './contested-figures';
import { percent, type Voices } from './voices';
import { voiceKindLabel, voicesReading } from './voices-reading';

/** Characters that start Markdown syntax anywhere in a line (the rest only matter at a line's start, which page text never is). */
const INLINE_SYNTAX = /[\\`*_[\]<>|~#]/g;

/** Page text as one line of literal Markdown text. */
export function escapeMarkdown(text: string): string {
  return escapeInline(text).trim();
}

/** Like escapeMarkdown, but keeps a leading or trailing space (for text pieced together from segments). */
function escapeInline(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(INLINE_SYNTAX, (char) => `\\${char}`)
    .replace(/&(?=#?\w+;)/g, '\\&');
}

export const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

export function buildMarkdownSummary({ article, view }: SummarySource, options: SummaryOptions = { includeTitleAndUrl: true }): string {
  const lines: string[] = [];
  if (options.includeTitleAndUrl) {
    lines.push(`# ${escapeMarkdown(article.title)}`, '');
    lines.push(`- Site: ${escapeMarkdown(articleSite(article))}`);
    if (article.byline) lines.push(`- By: ${escapeMarkdown(article.byline)}`);
    lines.push(`- URL: <${article.url.replace(/[<>\s]/g, encodeURIComponent)}>`, '');
  }

  lines.push('## Speakers', '');
  if (view.speakers.length === 0) lines.push('No speakers identified.');
  for (const speaker of view.speakers) {
    const description = speakerDescription(speaker);
    lines.push(
      `- **${escapeMarkdown(speaker.name)}**${description ? `, ${escapeMarkdown(description)}` : ''} (${plural(speaker.quoteCount, 'quote', 'quotes')})`,
    );
  }

  lines.push('', ...voicesLines(view.voices));

  lines.push('', '## Quotes');
  if (view.quotes.length === 0) lines.push('', 'No quotes found.');
  for (const [speakerName, quotes] of groupQuotesBySpeaker(view.quotes)) {
    lines.push('', `### ${speakerName === null ? 'Speaker not identified' : escapeMarkdown(speakerName)}`, '');
    for (const quote of quotes) lines.push(`- ${quoteLine(quote)}`);
  }

  lines.push('', '## Claims', '');
  if (view.claims.length === 0) lines.push('No numeric or territorial claims found.');
  for (const claim of view.claims) lines.push(`- ${claimLine(claim)}`);

  if (view.contested.length > 0) {
    lines.push('', '## Figures given by more than one source', '');
    for (const group of view.contested) lines.push(`- ${escapeMarkdown(figureGroupLine(group))}`);
  }

  return `${lines.join('\n')}\n`;
}

/** The quote as the article prints it (direct quotes keep their own quotation marks), then its kind. */
function quoteLine(quote: QuoteEntry): string {
  return `${escapeMarkdown(quote.text)} (${QUOTE_KIND_LABEL[quote.kind]})`;
}

function claimLine(claim: ClaimEntry): string {
  const text = claim.segments
    .map((segment) => (segment.quantity && segment.text.trim() ? `**${escapeMarkdown(segment.text)}**` : escapeInline(segment.text)))
    .join('')
    .trim();
  const claimant = claim.claimantName === null ? 'the article' : escapeMarkdown(claim.claimantName);
  return `${text} — ${claimant} (${[claim.status, ...claim.kinds].join(', ')})`;
}

/** Who gets the voice: a line per kind of source, then a small table with a row per source. */
function voicesLines(voices: Voices): string[] {
  const lines = ['## Voices', ''];
  if (voices.groups.length === 0) return [...lines, 'No quoted sources found.'];
  for (const group of voices.groups) lines.push(`- ${escapeMarkdown(voicesReading(group, voices.quotes))}`);
  lines.push('', '| Source | Kind | Quotes | Share of quoted words |', '| --- | --- | ---: | ---: |');
  for (const group of voices.groups) {
    for (const voice of group.voices) {
      lines.push(`| ${escapeMarkdown(voice.name)} | ${escapeMarkdown(voiceKindLabel(group.kind))} | ${voice.quotes} | ${percent(voice.wordShare)}% |`);
    }
  }
  return lines;
}
