import { describe, expect, it } from 'vitest';
import { bundledTables, readFreechange } from '../../../scripts/build-rates';
import { dayFromNumber, dayNumber, decodeRateHistory, encodeRateHistory, type RateHistory } from './rate-codec';

describe('rate codec', () => {
  it('refuses a value it cannot hold instead of looping for ever', () => {
    // The scale for the smallest numbers overflows (10 ** 328): the integer was Infinity, and writing it never ended.
    const history: RateHistory = { base: 'EUR', source: 'hostile', days: ['2024-01-02', '2024-01-03'], series: { CNY: [5e-324, 1e-320] } };
    expect(() => encodeRateHistory(history)).toThrow(/CNY 5e-324 is out of range/);
  });

  it('round-trips a small history, gaps included', () => {
    const history: RateHistory = {
      base: 'USD',
      source: 'test',
      days: ['2023-10-19', '2023-10-20', '2023-10-23'],
      series: { CNY: [7.31665, null, 7.3158], JPY: [149.83, 149.91, 149.7] },
    };
    const decoded = decodeRateHistory(JSON.parse(JSON.stringify(encodeRateHistory(history))));
    expect(decoded.days).toEqual(history.days);
    expect(decoded.series.CNY).toEqual([7.31665, null, 7.3158]);
    expect(decoded.series.JPY).toEqual([149.83, 149.91, 149.7]);
  });

  it('keeps six significant digits of the real bundled source', () => {
    const source = readFreechange();
    const decoded = decodeRateHistory(encodeRateHistory(source));
    expect(decoded.days).toEqual(source.days);
    // One expectation over all values (an expect per value made this test take seconds).
    const off: string[] = [];
    for (const [currency, values] of Object.entries(source.series)) {
      values.forEach((v, i) => {
        const d = decoded.series[currency]![i];
        if (v === null ? d !== null : d === null || d === undefined || Math.abs(d / v - 1) >= 1e-5) off.push(`${currency} ${source.days[i]}: ${v} → ${d}`);
      });
    }
    expect(off.slice(0, 5)).toEqual([]);
  });

  it('keeps the bundled tables small (goal ≤ 300 KB for the daily and the weekly one together)', () => {
    const { daily, weekly } = bundledTables();
    const size = JSON.stringify(encodeRateHistory(daily)).length + JSON.stringify(encodeRateHistory(weekly)).length;
    console.log(`bundled rate tables: ${(size / 1024).toFixed(0)} KB`);
    expect(size).toBeLessThanOrEqual(300 * 1024);
  });

  it('rejects corrupt tables with a clear error', () => {
    const good = encodeRateHistory({ base: 'USD', source: 't', days: ['2024-01-02', '2024-01-03'], series: { CNY: [7.1, 7.2] } });
    expect(() => decodeRateHistory({ ...good, format: 'other' as 'deallens-rates/1' })).toThrow(/unknown format/);
    expect(() => decodeRateHistory({ ...good, series: { CNY: { exp: 5, values: good.series.CNY!.values + '!' } } })).toThrow(/bad character/);
    expect(() => decodeRateHistory({ ...good, series: { CNY: { exp: 5, values: good.series.CNY!.values.slice(0, 1) } } })).toThrow(/values for 2 days|truncated/);
  });

  it('counts days across leap years', () => {
    expect(dayFromNumber(dayNumber('2024-02-28') + 1)).toBe('2024-02-29');
    expect(dayFromNumber(dayNumber('2023-12-31') + 1)).toBe('2024-01-01');
  });
});
