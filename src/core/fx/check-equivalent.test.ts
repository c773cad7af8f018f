import { describe, expect, it } from 'vitest';
import type { Conversion, MoneyMention } from '../types';
import { checkEquivalent, EQUIVALENT_TOLERANCE } from './check-equivalent';

const money = (amount: number, currency: string): MoneyMention => ({ start: 0, end: 1, text: 'x', amount, currency, currencyReason: 'test', currencyBasis: { by: 'written' } });
const at = (amount: number, rate: number): Conversion => ({ amount, currency: 'USD', rate, rateDate: '2023-10-20', source: 'test' });

describe('checkEquivalent', () => {
  it('finds the reference article consistent: 2.5 billion yuan ≈ $342 million at 0.136651', () => {
    const r = checkEquivalent(money(2.5e9, 'CNY'), money(342e6, 'USD'), at(2.5e9 * 0.136651, 0.136651))!;
    expect(r.consistent).toBe(true);
    expect(r.difference).toBeCloseTo(0.0011, 3);
    expect(r.impliedRate).toBeCloseTo(0.1368, 6);
    expect(r.tolerance).toBe(EQUIVALENT_TOLERANCE);
  });

  it('flags a conversion off by more than the tolerance', () => {
    expect(checkEquivalent(money(2.5e9, 'CNY'), money(380e6, 'USD'), at(341.6e6, 0.136651))!.consistent).toBe(false);
    expect(checkEquivalent(money(2.5e9, 'CNY'), money(330e6, 'USD'), at(341.6e6, 0.136651))!.consistent).toBe(false);
  });

  it('does not compare different currencies or empty amounts', () => {
    expect(checkEquivalent(money(2.5e9, 'CNY'), money(300e6, 'EUR'), at(341.6e6, 0.136651))).toBeNull();
    expect(checkEquivalent(money(0, 'CNY'), money(300e6, 'USD'), at(0, 0.136651))).toBeNull();
  });
});
