// The popup's total per currency: the page's amounts summed in their own currency, stated
// equivalents left out (they restate another amount), with today's value in the home currency.
import type { ConversionAnswer, InventoryMoney } from '../messages/contract';

export interface CurrencyTotal {
  currency: string;
  amount: number;
  amountMax?: number;
  count: number;
  /** Sum of today's conversions of the same amounts, when every one of them converted. */
  converted?: { amount: number; amountMax?: number; currency: string };
}

export function totalsByCurrency(money: readonly InventoryMoney[], home?: { to: string; rows: ConversionAnswer[][] }): CurrencyTotal[] {
  const restated = new Set(money.flatMap((m) => (m.equivalentOf !== undefined ? [m.index] : [])));
  const groups = new Map<string, { total: CurrencyTotal; converted: { amount: number; amountMax: number; complete: boolean } }>();
  money.forEach((m, i) => {
    if (restated.has(m.index)) return;
    const g = groups.get(m.currency) ?? { total: { currency: m.currency, amount: 0, count: 0 }, converted: { amount: 0, amountMax: 0, complete: true } };
    g.total.amount += m.amount;
    g.total.amountMax = (g.total.amountMax ?? g.total.amount - m.amount) + (m.amountMax ?? m.amount);
    g.total.count++;
    const today = home?.rows[i]?.find((a) => a.day === 'today')?.conversion;
    if (today) {
      g.converted.amount += today.amount;
      g.converted.amountMax += today.amountMax ?? today.amount;
    } else g.converted.complete = false;
    groups.set(m.currency, g);
  });
  return [...groups.values()].map(({ total, converted }) => {
    const out: CurrencyTotal = { ...total };
    if (out.amountMax === out.amount) delete out.amountMax;
    if (home && converted.complete) out.converted = { amount: converted.amount, currency: home.to, ...(converted.amountMax !== converted.amount && { amountMax: converted.amountMax }) };
    return out;
  });
}
