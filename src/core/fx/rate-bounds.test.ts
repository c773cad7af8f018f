import { describe, expect, it } from 'vitest';
import { implausibleRate } from './rate-bounds';
import type { RateHistory } from './rate-codec';

const history = (days: string[], series: RateHistory['series']): RateHistory => ({ base: 'EUR', source: 'test', days, series });

describe('implausibleRate', () => {
  it('passes real moves: a week of the dollar, the lira across five years', () => {
    expect(implausibleRate(history(['2022-07-04', '2022-07-05', '2022-07-08'], { USD: [1.0455, 1.0316, 1.0163] }))).toBeNull();
    expect(implausibleRate(history(['2017-03-03', '2022-07-08'], { TRY: [3.9, 17.5] }))).toBeNull();
  });

  it('names a rate outside its currency’s range, or any currency’s', () => {
    expect(implausibleRate(history(['2024-01-02'], { USD: [1000] }))).toBe('USD = 1000 per EUR on 2024-01-02 is not a plausible rate');
    expect(implausibleRate(history(['2024-01-02'], { XYZ: [1e-303] }))).toMatch(/XYZ = 1e-303/);
    expect(implausibleRate(history(['2024-01-02'], { CNY: [Number.POSITIVE_INFINITY] }))).toMatch(/CNY = Infinity/);
  });

  it('names a jump of more than half between days a week apart or less', () => {
    expect(implausibleRate(history(['2024-01-02', '2024-01-05'], { CNY: [7.8, 12] }))).toBe('CNY moves from 7.8 to 12 per EUR by 2024-01-05: not a plausible change');
    expect(implausibleRate(history(['2024-01-02', '2024-01-03'], { CNY: [7.8, null], JPY: [160, 90] }))).toMatch(/JPY moves from 160 to 90/);
  });
});
