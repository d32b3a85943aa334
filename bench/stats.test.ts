import { describe, expect, it } from 'vitest';
import { fitExponent, median, percentile } from './stats';

describe('median', () => {
  it('takes the middle value of an odd count, in any order', () => {
    expect(median([5, 1, 3])).toBe(3);
  });

  it('averages the two middle values of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('refuses an empty list', () => {
    expect(() => median([])).toThrow(RangeError);
  });
});

describe('percentile', () => {
  const oneToEleven = Array.from({ length: 11 }, (_, i) => i + 1);

  it('gives the extremes at 0 and 100', () => {
    expect(percentile(oneToEleven, 0)).toBe(1);
    expect(percentile(oneToEleven, 100)).toBe(11);
  });

  it('interpolates between ranks', () => {
    expect(percentile(oneToEleven, 90)).toBe(10);
    expect(percentile([10, 20], 90)).toBeCloseTo(19);
  });

  it('does not reorder its input', () => {
    const values = [3, 1, 2];
    percentile(values, 50);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe('fitExponent', () => {
  const sizes = [1, 4, 16, 64, 256];

  it('is 1 for linear time and 2 for quadratic time', () => {
    expect(fitExponent(sizes.map((size) => ({ size, time: 3 * size })))).toBeCloseTo(1, 10);
    expect(fitExponent(sizes.map((size) => ({ size, time: 0.5 * size ** 2 })))).toBeCloseTo(2, 10);
  });

  it('is 0 when time does not depend on size', () => {
    expect(fitExponent(sizes.map((size) => ({ size, time: 7 })))).toBeCloseTo(0, 10);
  });

  it('fits the trend through noise', () => {
    const noisy = sizes.map((size, i) => ({ size, time: size * (i % 2 === 0 ? 1.1 : 0.9) }));
    expect(fitExponent(noisy)).toBeGreaterThan(0.95);
    expect(fitExponent(noisy)).toBeLessThan(1.05);
  });

  it('refuses inputs it cannot fit', () => {
    expect(() => fitExponent([{ size: 1, time: 1 }])).toThrow(RangeError);
    expect(() => fitExponent([{ size: 2, time: 1 }, { size: 2, time: 3 }])).toThrow(RangeError);
    expect(() => fitExponent([{ size: 1, time: 0 }, { size: 2, time: 1 }])).toThrow(RangeError);
  });
});
