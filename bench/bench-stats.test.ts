import { describe, expect, it } from 'vitest';
import { formatStat, median, quantile, stat } from './bench-stats';

describe('bench statistics', () => {
  it('median, quantiles', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(quantile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9)).toBe(9);
    expect(quantile([5], 0.5)).toBe(5);
  });

  it('summarises the runs that have the number', () => {
    expect(stat([3, null, 1, undefined, NaN, 2])).toEqual({ median: 2, min: 1, max: 3, n: 3 });
    expect(stat([null, undefined])).toBeNull();
  });

  it('prints median (min–max), says when runs lack it, and why it is missing', () => {
    expect(formatStat({ median: 12.34, min: 10, max: 15, n: 5 }, 5)).toBe('12.3 ms (10.0–15.0)');
    expect(formatStat({ median: 2, min: 1, max: 3, n: 4 }, 5, 'MB', 2)).toBe('2.00 MB (1.00–3.00) [4 of 5 runs]');
    expect(formatStat(null, 5, 'ms', 1, 'CDP heap read failed')).toBe('not measured (CDP heap read failed)');
  });
});
