/**
 * The seed article repeated ×1 … ×256 (~150k words): engine time per 1,000
 * words must stay flat, i.e. the fitted exponent of time against words ~1.0.
 */
import { analyze } from '../src/engine/index';
import type { TimedText } from './engine';
import { timeMedian, type RunCounts } from './measure';
import type { Figure, SectionResult } from './report';
import { fitExponent } from './stats';

export const SCALING_FACTORS = [1, 4, 16, 64, 256] as const;
export const LARGEST_FACTOR_MS_BUDGET = 500;
export const EXPONENT_BUDGET = 1.1;

export interface ScalingPoint {
  factor: number;
  words: number;
  /** The median of `runsMs`. */
  ms: number;
  /** Every measured run: their spread shows how much other work on the machine disturbed this point. */
  runsMs: number[];
  msPer1kWords: number;
  /** The engine cut the text at its size limit: the point would understate the work. */
  truncated: boolean;
}

export interface ScalingDetails {
  points: ScalingPoint[];
  exponent: number;
  counts: RunCounts;
}

const SECTION = 'scaling (seed repeated)';

/** Repeats paragraphs, not characters: the copies are separate paragraphs as on a long page. */
export const repeatedText = (text: string, factor: number) => Array.from({ length: factor }, () => text).join('\n\n');

/** `repeatedTexts` leaves out ×1: that is the seed page itself, which the corpus section already timed. */
export function benchScaling(
  seedText: string,
  counts: RunCounts,
): SectionResult<ScalingDetails> & { repeatedTexts: TimedText[] } {
  const points: ScalingPoint[] = [];
  const repeatedTexts: TimedText[] = [];
  for (const factor of SCALING_FACTORS) {
    const text = repeatedText(seedText, factor);
    const { ms, times, result } = timeMedian(() => analyze({ text }), counts);
    const { words, truncated } = result.stats;
    points.push({ factor, words, ms, runsMs: times, msPer1kWords: (ms / words) * 1000, truncated });
    if (factor > 1) repeatedTexts.push({ label: `seed ×${factor}`, text, words, engineMs: ms });
  }
  const exponent = fitExponent(points.map((point) => ({ size: point.words, time: point.ms })));
  const largest = points[points.length - 1];
  const figures: Figure[] = [
    ...points.map(
      (point): Figure => ({
        section: SECTION,
        label: `×${point.factor} (${point.words.toLocaleString('en-US')} words), per 1,000 words`,
        value: point.msPer1kWords,
        unit: 'ms',
        note: point.truncated ? 'the engine truncated this text' : undefined,
      }),
    ),
    {
      section: SECTION,
      label: `×${largest.factor} total`,
      value: largest.ms,
      unit: 'ms',
      budget: { comparison: '<', limit: LARGEST_FACTOR_MS_BUDGET },
    },
    {
      section: SECTION,
      label: 'fitted exponent (time ∝ words^k)',
      value: exponent,
      unit: '',
      budget: { comparison: '<=', limit: EXPONENT_BUDGET },
      note: 'least squares of log(time) on log(words); linear is ~1.0',
    },
  ];
  return { figures, details: { points, exponent, counts }, repeatedTexts };
}
