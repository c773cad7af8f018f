// One shape for every deal that leaves or enters the store: fixed key order, no undefined fields, no
// bookkeeping fields (a stored deal's firstSeen etc.). Export and import both go through it, which is what
// makes export → import → export byte-identical.
import type { DealParty, DealRecord, DealSource } from '../../core/types';

/** The record's fields in the order the types declare them, anything else dropped. */
export function canonicalDeal(d: DealRecord): DealRecord {
  return defined({
    id: d.id,
    type: d.type,
    target: canonicalParty(d.target),
    investors: d.investors.map(canonicalParty),
    amount: d.amount && defined({ currency: d.amount.currency, amount: d.amount.amount, amountMax: d.amount.amountMax, approx: d.amount.approx }),
    round: d.round,
    valuation: d.valuation && defined({ currency: d.valuation.currency, amount: d.valuation.amount, basis: d.valuation.basis }),
    date: d.date,
    sector: d.sector,
    sources: d.sources.map(canonicalSource),
    origin: d.origin,
    confidence: d.confidence,
  });
}

export function canonicalParty(p: DealParty): DealParty {
  return defined({ id: p.id, name: p.name, role: p.role });
}

export function canonicalSource(s: DealSource): DealSource {
  return defined({ url: s.url, title: s.title, publisher: s.publisher, date: s.date, quote: s.quote });
}

/** Deals in id order (UTF-16 code units, the same in every locale). */
export function sortById(deals: readonly DealRecord[]): DealRecord[] {
  return [...deals].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function defined<T extends object>(value: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) if (v !== undefined) out[key] = v;
  return out as T;
}
