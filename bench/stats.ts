/** The few statistics the benchmark reports; pure, so they have a unit test. */

/** The middle value (the mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/**
 * The `p`th percentile (0–100), interpolating linearly between the two
 * nearest ranks, as spreadsheets and numpy do by default.
 */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new RangeError('percentile of no values');
  if (p < 0 || p > 100) throw new RangeError(`percentile ${p} is outside 0..100`);
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const below = Math.floor(rank);
  const above = Math.ceil(rank);
  return sorted[below] + (sorted[above] - sorted[below]) * (rank - below);
}

export interface ScalingPoint {
  size: number;
  time: number;
}

/**
 * The exponent k of time ≈ c·size^k: the least-squares slope of log(time)
 * against log(size). Linear work gives ~1.0, quadratic ~2.0.
 */
export function fitExponent(points: readonly ScalingPoint[]): number {
  if (points.length < 2) throw new RangeError('an exponent needs at least two points');
  if (points.some((point) => point.size <= 0 || point.time <= 0)) {
    throw new RangeError('sizes and times must be positive to take their logarithm');
  }
  const xs = points.map((point) => Math.log(point.size));
  const ys = points.map((point) => Math.log(point.time));
  const meanX = xs.reduce((sum, x) => sum + x, 0) / xs.length;
  const meanY = ys.reduce((sum, y) => sum + y, 0) / ys.length;
  let covariance = 0;
  let varianceX = 0;
  for (let i = 0; i < xs.length; i++) {
    covariance += (xs[i] - meanX) * (ys[i] - meanY);
    varianceX += (xs[i] - meanX) ** 2;
  }
  if (varianceX === 0) throw new RangeError('an exponent needs at least two different sizes');
  return covariance / varianceX;
}
