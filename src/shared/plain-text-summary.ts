/**
 * The summary as plain text: for e-mail, chat and notes that show Markdown
 * syntax literally. Same content and order as the Markdown summary.
 */
import { articleSite, groupQuotesBySpeaker, QUOTE_KIND_LABEL, speakerDescription } from './article-view';
import { plural } from './markdown-summary';
import type { SummaryOptions, SummarySource } from './summary-source';
import { figureGroupLine } from './contested-figures';
import { percent } from './voices';
import { voiceKindLabel, voicesReading } from './voices-reading';

/** Page text on one line. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

export function buildPlainTextSummary({ article, view }: SummarySource, options: SummaryOptions = { includeTitleAndUrl: true }): string {
  const lines: string[] = [];
  if (options.includeTitleAndUrl) {
    lines.push(oneLine(article.title), `Site: ${oneLine(articleSite(article))}`);
    if (article.byline) lines.push(`By: ${oneLine(article.byline)}`);
    lines.push(`URL: ${article.url}`, '');
  }

  lines.push('SPEAKERS');
  if (view.speakers.length === 0) lines.push('No speakers identified.');
  for (const speaker of view.speakers) {
    const description = speakerDescription(speaker);
    lines.push(`- ${oneLine(speaker.name)}${description ? `, ${oneLine(description)}` : ''} (${plural(speaker.quoteCount, 'quote', 'quotes')})`);
  }

  lines.push('', 'VOICES');
  if (view.voices.groups.length === 0) lines.push('No quoted sources found.');
  for (const group of view.voices.groups) {
    lines.push(voicesReading(group, view.voices.quotes));
    for (const voice of group.voices) {
      lines.push(`- ${oneLine(voice.name)}, ${voiceKindLabel(group.kind)}: ${plural(voice.quotes, 'quote', 'quotes')}, ${percent(voice.wordShare)}% of quoted words`);
    }
  }

  lines.push('', 'QUOTES');
  if (view.quotes.length === 0) lines.push('No quotes found.');
  for (const [speakerName, quotes] of groupQuotesBySpeaker(view.quotes)) {
    lines.push(`${speakerName === null ? 'Speaker not identified' : oneLine(speakerName)}:`);
    for (const quote of quotes) lines.push(`- ${oneLine(quote.text)} (${QUOTE_KIND_LABEL[quote.kind]})`);
  }

  lines.push('', 'CLAIMS');
  if (view.claims.length === 0) lines.push('No numeric or territorial claims found.');
  for (const claim of view.claims) {
    lines.push(`- ${oneLine(claim.text)} — ${claim.claimantName === null ? 'the article' : oneLine(claim.claimantName)} (${[claim.status, ...claim.kinds].join(', ')})`);
  }
  if (view.contested.length > 0) {
    lines.push('', 'FIGURES GIVEN BY MORE THAN ONE SOURCE');
    for (const group of view.contested) lines.push(`- ${oneLine(figureGroupLine(group))}`);
  }
  return `${lines.join('\n')}\n`;
}
