import { describe, expect, it } from 'vitest';
import type { DealRecord } from '../core/types';
import type { BackgroundContract } from '../messages/contract';
import { MAX_AMOUNTS } from '../messages/schemas';
import { AMOUNTS_PER_REQUEST, conversionDay, homeAmounts } from './home-amounts';

type Request = BackgroundContract['convertEach']['request'];

const deal = (id: string, date: string, amount?: number, currency = 'CNY'): DealRecord => ({
  id, type: 'funding', target: { name: id }, investors: [], ...(amount && { amount: { amount, currency } }), date, sources: [], origin: 'bundled', confidence: 1,
});

/** A background answering with a fixed rate per day, keeping every request. */
function fakeBackground(rate: (day: string) => number | null) {
  const requests: Request[] = [];
  const ask = async (request: Request) => {
    requests.push(request);
    return request.items.map(({ amount, day }) => {
      const r = rate(day);
      return { day, askedDay: day, conversion: r === null ? null : { amount: amount.amount * r, currency: request.to, rate: r, rateDate: day, source: 'test' } };
    });
  };
  return { ask, requests };
}

describe('homeAmounts', () => {
  it("converts every deal's amount at its own date in one request, the same amount and day once", async () => {
    const { ask, requests } = fakeBackground((day) => (day.startsWith('2023') ? 0.14 : 0.15));
    const deals = [deal('a', '2023-10-20', 2.5e9), deal('b', '2023-10', 1e9), deal('c', '2016-01-05', 1e9), deal('a2', '2023-10-20', 2.5e9), deal('none', '2023-10-20')];
    const result = await homeAmounts(deals, 'USD', ask);
    expect(requests).toHaveLength(1);
    expect(requests[0]).toEqual({
      to: 'USD',
      items: [
        { amount: { amount: 2.5e9, currency: 'CNY' }, day: '2023-10-20' },
        { amount: { amount: 1e9, currency: 'CNY' }, day: '2023-10-15' },
        { amount: { amount: 1e9, currency: 'CNY' }, day: '2016-01-05' },
      ],
    });
    expect(Object.fromEntries([...result].map(([id, c]) => [id, Math.round(c.amount / 1e6)]))).toEqual({ a: 350, b: 140, c: 150, a2: 350 });
  });

  it('leaves out deals whose amount has no rate, and asks in requests the background accepts', async () => {
    const { ask, requests } = fakeBackground((day) => (day < '2000-01-01' ? null : 1));
    const many = Array.from({ length: AMOUNTS_PER_REQUEST + 5 }, (_, i) => deal(`d${i}`, '2020-01-02', i + 1));
    const result = await homeAmounts([...many, deal('old', '1990-01-02', 5)], 'EUR', ask);
    expect(requests.map((r) => r.items.length)).toEqual([AMOUNTS_PER_REQUEST, 6]);
    expect(AMOUNTS_PER_REQUEST).toBeLessThanOrEqual(MAX_AMOUNTS);
    expect(result.size).toBe(many.length);
    expect(result.has('old')).toBe(false);
  });

  it('converts a month-only date at the 15th and skips a date that is not one', () => {
    expect(conversionDay('2023-10')).toBe('2023-10-15');
    expect(conversionDay('2023-10-02')).toBe('2023-10-02');
    expect(conversionDay('soon')).toBeUndefined();
  });
});
