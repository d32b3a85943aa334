/**
 * What a reader would see for each bundled real page — the article's title and
 * length, the speakers with their roles and quote counts, the opening of every
 * listed quote and claim with who it is given to — in the way mozilla/readability
 * keeps an expected output beside each test page. A change to the engine that
 * changes what readers see shows up as a diff of these files, to be reviewed and
 * regenerated with `npm run fixtures:update`.
 */
import { readdirSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadArticle } from '../cli/load-article';
import { analyze, LOW_CONFIDENCE } from '../src/engine/index';

const FIXTURES = resolve(fileURLToPath(new URL('.', import.meta.url)), 'fixtures');
export const EXPECTED_DIR = resolve(FIXTURES, 'expected');

/** The bundled pages: the seed and the real pages copied with their licences (see fixtures/pages/SOURCES.md). */
export function fixturePages(): Array<{ name: string; file: string }> {
  const pages = readdirSync(resolve(FIXTURES, 'pages'))
    .filter((file) => file.endsWith('.html'))
    .map((file) => ({ name: basename(file, '.html'), file: resolve(FIXTURES, 'pages', file) }));
  return [{ name: 'seed', file: resolve(FIXTURES, 'seed/article.html') }, ...pages];
}

const opening = (text: string) => text.replace(/\s+/g, ' ').trim().slice(0, 70);

export async function pageExpectation(file: string): Promise<unknown> {
  const extraction = await loadArticle(file);
  if (!extraction.ok) return { article: false, reason: extraction.reason };
  const { article } = extraction;
  const analysis = analyze(article);
  const nameOf = new Map(analysis.speakers.map((speaker) => [speaker.id, speaker.name]));
  return {
    title: article.title,
    words: article.words,
    speakers: analysis.speakers
      .filter((speaker) => speaker.quoteIds.length > 0)
      .map((speaker) => ({ name: speaker.name, role: speaker.role, organisation: speaker.organisation, kind: speaker.kind, quotes: speaker.quoteIds.length })),
    quotes: analysis.quotes
      .filter((quote) => quote.confidence >= LOW_CONFIDENCE)
      .map((quote) => ({ speaker: quote.speakerId ? nameOf.get(quote.speakerId) : null, kind: quote.kind, opening: opening(quote.text) })),
    claims: analysis.claims.map((claim) => ({
      claimant: claim.claimantId ? nameOf.get(claim.claimantId) : null,
      kinds: claim.kinds,
      opening: opening(claim.text),
    })),
  };
}
