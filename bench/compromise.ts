/**
 * The same texts through compromise, the library a developer would otherwise
 * reach for: `nlp(text)` then `.quotations()`, `.people()`, `.numbers()`.
 * Compared against the engine times measured earlier in the same run.
 */
import nlp from 'compromise';
import type { TimedText } from './engine';
import { timeMedian, type RunCounts } from './measure';
import type { Figure, SectionResult } from './report';
import { median } from './stats';

export const SPEEDUP_BUDGET = 10;

export interface ComparedText {
  label: string;
  words: number;
  engineMs: number;
  compromiseMs: number;
  /** How many times faster the engine is on this text. */
  speedup: number;
}

export interface CompromiseDetails {
  texts: ComparedText[];
  totalEngineMs: number;
  totalCompromiseMs: number;
  counts: RunCounts;
}

const SECTION = 'vs compromise';

/**
 * `nlp()` tags the whole text; each call then matches against those tags.
 * `.out('array')` is the cheapest way to turn a match into strings a popup
 * could show, so compromise is charged no more than a usable answer costs.
 */
function compromisePass(text: string): number {
  const doc = nlp(text);
  return doc.quotations().out('array').length + doc.people().out('array').length + doc.numbers().out('array').length;
}

/** Three passes over one ordinary article compile compromise's hot paths once for all the texts. */
const SHARED_WARMUP: RunCounts = { warmup: 3, runs: 1 };

export function benchCompromise(
  texts: readonly TimedText[],
  warmupText: string,
  counts: RunCounts,
): SectionResult<CompromiseDetails> {
  timeMedian(() => compromisePass(warmupText), SHARED_WARMUP);
  const compared = texts.map((timed): ComparedText => {
    const compromiseMs = timeMedian(() => compromisePass(timed.text), counts).ms;
    return { label: timed.label, words: timed.words, engineMs: timed.engineMs, compromiseMs, speedup: compromiseMs / timed.engineMs };
  });
  const totalEngineMs = compared.reduce((sum, text) => sum + text.engineMs, 0);
  const totalCompromiseMs = compared.reduce((sum, text) => sum + text.compromiseMs, 0);
  const slowest = compared.reduce((worst, text) => (text.speedup < worst.speedup ? text : worst));
  const figures: Figure[] = [
    {
      section: SECTION,
      label: `speedup over all ${compared.length} texts (total compromise time / total engine time)`,
      value: totalCompromiseMs / totalEngineMs,
      unit: '×',
      budget: { comparison: '>=', limit: SPEEDUP_BUDGET },
    },
    { section: SECTION, label: 'speedup per text, median', value: median(compared.map((text) => text.speedup)), unit: '×' },
    { section: SECTION, label: 'speedup per text, lowest', value: slowest.speedup, unit: '×', note: slowest.label },
  ];
  return { figures, details: { texts: compared, totalEngineMs, totalCompromiseMs, counts } };
}
