/** The CLI's human-readable report of one analysis. */
import { LOW_CONFIDENCE, type Analysis } from '../src/engine/index';
import { joinNames, speakerDescription } from '../src/shared/article-view';

const MAX_QUOTE_CHARS = 160;

function clip(text: string, max = MAX_QUOTE_CHARS): string {
  const folded = text.replace(/\s+/g, ' ').trim();
  return folded.length > max ? `${folded.slice(0, max - 1)}…` : folded;
}

export function formatAnalysis(label: string, analysis: Analysis, title?: string | null): string {
  const speakerById = new Map(analysis.speakers.map((speaker) => [speaker.id, speaker]));
  const nameOf = (speakerId: string | null) => (speakerId ? speakerById.get(speakerId)?.name ?? 'unknown' : 'unattributed');
  const quotes = analysis.quotes.filter((quote) => quote.confidence >= LOW_CONFIDENCE);
  const lines: string[] = [];
  lines.push(`== ${label}${title ? ` — ${title}` : ''}`);
  lines.push(
    `${analysis.stats.words} words, analysed in ${analysis.stats.ms.toFixed(1)} ms${analysis.stats.truncated ? ' (text truncated to the analysis limit)' : ''}`,
  );
  lines.push('', `Speakers (${analysis.speakers.length})`);
  for (const speaker of analysis.speakers) {
    const details = speakerDescription(speaker);
    lines.push(`  • ${speaker.name}${details ? ` — ${details}` : ''} [${speaker.kind}, ${speaker.quoteIds.length} quote(s)]`);
  }
  lines.push('', `Quotes (${quotes.length})`);
  for (const quote of quotes) {
    const mention = quote.speakerMention ? ` via “${quote.speakerMention.text}”` : '';
    // Direct quotes carry their own quotation marks; reported speech is shown as written.
    const speakers = joinNames([quote.speakerId, ...(quote.coSpeakerIds ?? [])].map(nameOf));
    lines.push(`  • [${quote.kind}] ${speakers}${mention}: ${clip(quote.text)}`);
  }
  lines.push('', `Claims (${analysis.claims.length})`);
  for (const claim of analysis.claims) {
    const claimant = claim.claimantId ? nameOf(claim.claimantId) : 'the article';
    lines.push(`  • [${claim.kinds.join('+')}, ${claim.status}] ${claimant}: ${clip(claim.text)}`);
  }
  lines.push('', `Quantities (${analysis.quantities.length})`);
  for (const quantity of analysis.quantities) {
    const value = quantity.value ?? (quantity.low !== undefined ? `${quantity.low}–${quantity.high}` : '?');
    lines.push(`  • ${clip(quantity.text, 60)} = ${quantity.change} ${value}${quantity.unit ? ` ${quantity.unit}` : ''} (${quantity.type})`);
  }
  return lines.join('\n');
}
