/**
 * One quote, ready to paste with its attribution:
 *   “We will not give up.” — Antony Blinken, US Secretary of State, via Press TV, https://…
 */
import { articleSite, speakerDescription, type QuoteEntry, type SpeakerEntry } from './article-view';
import type { ArticleInfo } from './article-info';

const OPENING_MARKS = /^["“„«‹「『‘'‚]/;

export function quoteCitation(
  quote: Pick<QuoteEntry, 'text' | 'kind'>,
  speaker: Pick<SpeakerEntry, 'name' | 'role' | 'organisation'> | null,
  article: Pick<ArticleInfo, 'siteName' | 'url'>,
): string {
  const text = quote.text.replace(/\s+/g, ' ').trim();
  // A direct quote keeps the article's own marks (or gets “…” if it has none). Reported speech is
  // the journalist's paraphrase: putting it in quotation marks would present it as verbatim.
  const quoted = quote.kind === 'direct' && !OPENING_MARKS.test(text) ? `“${text}”` : text;
  const who = speaker ? [speaker.name, speakerDescription(speaker)].filter(Boolean).join(', ') : 'speaker not identified';
  return `${quoted} — ${who}, via ${articleSite(article)}, ${article.url}`;
}
