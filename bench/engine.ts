/**
 * Per corpus page: its words, the Readability extraction time (jsdom, the same
 * `extractArticle` the content script runs) and the engine time.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractArticle } from '../src/content/article-text';
import { analyze } from '../src/engine/index';
import type { ArticleInput } from '../src/engine/types';
import { timeMedian, type RunCounts } from './measure';
import type { BenchPage, PageSource } from './pages';
import type { Figure, SectionResult } from './report';
import { median, percentile } from './stats';

export interface MeasuredPage {
  page: string;
  source: PageSource;
  words: number;
  extractMs: number;
  engineMs: number;
  engineMsPer1kWords: number;
}

export interface UnreadablePage {
  page: string;
  source: PageSource;
  /** Why Readability found no article: such pages have no text to analyse. */
  notArticle: 'no-article' | 'too-short';
}

export interface EngineDetails {
  pages: Array<MeasuredPage | UnreadablePage>;
  counts: { extraction: RunCounts; engine: RunCounts };
}

/** An extracted article with its engine time, for the comparison with compromise. */
export interface TimedText {
  label: string;
  text: string;
  words: number;
  engineMs: number;
}

export const ENGINE_MS_PER_1K_WORDS_BUDGET = 2;

const SECTION = 'corpus pages';

function measurePage(
  page: BenchPage,
  counts: EngineDetails['counts'],
): { measured: MeasuredPage; article: ArticleInput } | UnreadablePage {
  const url = pathToFileURL(page.file).href;
  // A silent console: jsdom's complaints about the pages' CSS are not the benchmark's business.
  const dom = new JSDOM(readFileSync(page.file, 'utf8'), { url, virtualConsole: new VirtualConsole() });
  try {
    const extraction = timeMedian(() => extractArticle(dom.window.document, url), counts.extraction);
    if (!extraction.result.ok) return { page: page.name, source: page.source, notArticle: extraction.result.reason };
    const article = extraction.result.article;
    const engine = timeMedian(() => analyze(article), counts.engine);
    return {
      article,
      measured: {
        page: page.name,
        source: page.source,
        words: article.words,
        extractMs: extraction.ms,
        engineMs: engine.ms,
        engineMsPer1kWords: (engine.ms / article.words) * 1000,
      },
    };
  } finally {
    dom.window.close();
  }
}

function spreadFigures(label: string, values: number[], unit: string): Figure[] {
  return [
    { section: SECTION, label: `${label}, median`, value: median(values), unit },
    { section: SECTION, label: `${label}, p90`, value: percentile(values, 90), unit },
  ];
}

export function benchEngine(
  pages: readonly BenchPage[],
  counts: EngineDetails['counts'],
): SectionResult<EngineDetails> & { texts: TimedText[] } {
  const results: EngineDetails['pages'] = [];
  const texts: TimedText[] = [];
  for (const page of pages) {
    const outcome = measurePage(page, counts);
    if ('notArticle' in outcome) {
      results.push(outcome);
      continue;
    }
    results.push(outcome.measured);
    texts.push({ label: page.name, text: outcome.article.text, words: outcome.measured.words, engineMs: outcome.measured.engineMs });
  }
  const measured = results.filter((result): result is MeasuredPage => 'engineMs' in result);
  const unreadable = results.length - measured.length;
  const figures: Figure[] = [
    {
      section: SECTION,
      label: 'pages measured',
      value: measured.length,
      unit: '',
      note: unreadable > 0 ? `${unreadable} more where Readability finds no article` : undefined,
    },
    ...spreadFigures('words', measured.map((page) => page.words), 'words'),
    ...spreadFigures('Readability extraction (jsdom)', measured.map((page) => page.extractMs), 'ms'),
    ...spreadFigures('engine', measured.map((page) => page.engineMs), 'ms'),
    {
      section: SECTION,
      label: 'engine per 1,000 words, median',
      value: median(measured.map((page) => page.engineMsPer1kWords)),
      unit: 'ms',
      budget: { comparison: '<=', limit: ENGINE_MS_PER_1K_WORDS_BUDGET },
    },
    {
      section: SECTION,
      label: 'engine per 1,000 words, p90',
      value: percentile(measured.map((page) => page.engineMsPer1kWords), 90),
      unit: 'ms',
    },
  ];
  return { figures, details: { pages: results, counts }, texts };
}
