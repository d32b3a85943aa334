/**
 * How a piece of work grows with its input, measured in the same process so
 * that the machine's speed and load cancel out: a test asserts the ratio, never
 * a time. Linear work on 10× the input costs about 10× (a little more for
 * garbage collection); quadratic work costs 100×.
 */

/** CPU milliseconds of one call: wall time would also count other processes' turns. */
function cpuMs(work: () => void): number {
  const started = process.cpuUsage();
  work();
  const spent = process.cpuUsage(started);
  return (spent.user + spent.system) / 1000;
}

/**
 * The cost of `work(large)` over the cost of `work(small)`, each the fastest of
 * `runs` calls after one warm-up call (the fastest run is the one least
 * disturbed by other work and by the collector).
 */
export function growthRatio<Input>(work: (input: Input) => unknown, small: Input, large: Input, runs = 3): number {
  const fastest = (input: Input) => {
    work(input);
    let best = Infinity;
    for (let run = 0; run < runs; run++) best = Math.min(best, cpuMs(() => work(input)));
    // A timer tick is about 1 ms of CPU time: below it a ratio means nothing.
    return Math.max(best, 1);
  };
  return fastest(large) / fastest(small);
}

/**
 * The ratio above which 10× the input is not linear work: between linear (10)
 * and quadratic (100). Linear work measures 12–20 here, and up to 30 when other
 * processes crowd the machine (the collector's threads count in the process's
 * CPU time); quadratic work measures 100 or more.
 */
export const LINEAR_FOR_TENFOLD = 50;
