/**
 * Per corpus page: its words, the Readability extraction time (jsdom, the same
 * `extractArticle` the content script runs) and the engine time.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractArticle } from '../src/content/article-text';
import type { ExtractedArticle } from '../src/shared/extracted-article';
import { analyze } from '../src/engine/index';
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
  /** `engine.warmup` counts passes over all the texts before any is timed. */
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

interface Extracted {
  page: BenchPage;
  article: ExtractedArticle;
  extractMs: number;
}

/** Readability on a jsdom document of the page, timed like the content script's call. */
function extract(page: BenchPage, counts: RunCounts): Extracted | UnreadablePage {
  const url = pathToFileURL(page.file).href;
  // A silent console: jsdom's complaints about the pages' CSS are not the benchmark's business.
  const dom = new JSDOM(readFileSync(page.file, 'utf8'), { url, virtualConsole: new VirtualConsole() });
  try {
    const extraction = timeMedian(() => extractArticle(dom.window.document, url), counts);
    if (!extraction.result.ok) return { page: page.name, source: page.source, notArticle: extraction.result.reason };
    return { page, article: extraction.result.article, extractMs: extraction.ms };
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
  const extracted = pages.map((page) => extract(page, counts.extraction));
  const articles = extracted.filter((result): result is Extracted => 'article' in result);
  // Warm up on every text before timing any: otherwise the first page pays for compiling the engine.
  for (let pass = 0; pass < counts.engine.warmup; pass++) for (const { article } of articles) analyze(article);
  const measuredRuns: RunCounts = { warmup: 0, runs: counts.engine.runs };
  const texts: TimedText[] = [];
  const results = extracted.map((result): MeasuredPage | UnreadablePage => {
    if (!('article' in result)) return result;
    const { page, article } = result;
    const engineMs = timeMedian(() => analyze(article), measuredRuns).ms;
    texts.push({ label: page.name, text: article.text, words: article.words, engineMs });
    return {
      page: page.name,
      source: page.source,
      words: article.words,
      extractMs: result.extractMs,
      engineMs,
      engineMsPer1kWords: (engineMs / result.article.words) * 1000,
    };
  });
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
