/** Wall-clock timing of synchronous work: warm-up runs first, then the median of the measured runs. */
import { median } from './stats';

export interface RunCounts {
  /** Unmeasured runs that let the JIT compile the hot paths first. */
  warmup: number;
  runs: number;
}

/** Median milliseconds of `work` over `counts.runs` runs, every run's time, and what the last run returned. */
export function timeMedian<T>(work: () => T, counts: RunCounts): { ms: number; times: number[]; result: T } {
  if (counts.runs < 1) throw new RangeError('timing needs at least one measured run');
  for (let i = 0; i < counts.warmup; i++) work();
  const times: number[] = [];
  let result = undefined as T;
  for (let i = 0; i < counts.runs; i++) {
    const started = performance.now();
    result = work();
    times.push(performance.now() - started);
  }
  return { ms: median(times), times, result };
}
