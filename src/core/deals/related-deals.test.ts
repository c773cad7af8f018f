import { describe, expect, it } from 'vitest';
import { deals as bundled } from '../../data/deals';
import type { DealRecord } from '../types';
import { relatedDeals, sizeBand } from './related-deals';

let counter = 0;
function deal(overrides: Partial<DealRecord> & Pick<DealRecord, 'target' | 'date'>): DealRecord {
  counter++;
  return {
    id: `deal-${String(counter).padStart(3, '0')}`,
    type: 'funding',
    investors: [],
    sources: [{ publisher: 'Test', date: '2024-01-01' }],
    origin: 'captured',
    confidence: 0.7,
    ...overrides,
  };
}

const ACME = { id: 'acme', name: 'Acme' };
const fund = (n: number, role?: 'lead' | 'participant' | 'existing') =>
  role ? { id: `fund-${n}`, name: `Fund ${n}`, role } : { id: `fund-${n}`, name: `Fund ${n}` };

describe('relatedDeals on the bundled data', () => {
  const zhipu = relatedDeals('zhipu-ai', bundled);

  it('relates Baichuan AI’s $300 million round to Zhipu AI, naming the shared investors', () => {
    const baichuan = zhipu.similar.find((s) => s.deal.id === 'baichuan-ai-2023-10-funding');
    expect(baichuan).toBeDefined();
    expect(baichuan!.deal.amount).toEqual({ currency: 'USD', amount: 300_000_000 });
    for (const name of ['Alibaba Group', 'Tencent', 'Xiaomi']) expect(baichuan!.reason.shared).toContain(name);
    // Same sector and type within the year; yuan and dollars are not compared.
    expect(baichuan!.reason.peer).toEqual({ sector: 'ai', sizeBand: null });
    expect(zhipu.similar[0]!.deal.target.id).toBe('baichuan-ai');
  });

  it('gives Zhipu AI its own round as timeline, and its investors’ other bets', () => {
    expect(zhipu.timeline.map((d) => d.id)).toEqual(['zhipu-ai-2023-10-funding']);
    expect(zhipu.asInvestor).toEqual([]);
    const byInvestor = new Map(zhipu.investorDeals.map((g) => [g.investor.id, g.deals.map((d) => d.id)]));
    expect(byInvestor.get('alibaba-group')).toContain('baichuan-ai-2023-10-funding');
    expect(byInvestor.get('xiaomi')).toContain('baichuan-ai-2023-10-funding');
    for (const g of zhipu.investorDeals) {
      expect(g.deals.some((d) => d.target.id === 'zhipu-ai'), g.investor.name).toBe(false);
      expect(g.investor.role, 'the group names the investor, not a role').toBeUndefined();
    }
  });

  it('marks the deals a company invested in', () => {
    const tencent = relatedDeals('tencent', bundled);
    expect(tencent.asInvestor.length).toBeGreaterThan(0);
    expect(tencent.asInvestor).toContain('zhipu-ai-2023-10-funding');
    for (const d of tencent.timeline) {
      const asTarget = d.target.id === 'tencent';
      expect(tencent.asInvestor.includes(d.id), d.id).toBe(!asTarget);
    }
  });

  it('returns every list sorted and within the limit, for every company', () => {
    const ids = new Set(bundled.flatMap((d) => [d.target.id, ...d.investors.map((p) => p.id)]).filter((id) => id !== undefined));
    for (const id of ids) {
      const r = relatedDeals(id, bundled, { limit: 5 });
      expect(r.similar.length, id).toBeLessThanOrEqual(5);
      expect(isNewestFirst(r.timeline), id).toBe(true);
      for (const g of r.investorDeals) {
        expect(g.deals.length).toBeGreaterThan(0);
        expect(g.deals.length).toBeLessThanOrEqual(5);
        expect(isNewestFirst(g.deals), `${id} / ${g.investor.name}`).toBe(true);
      }
      for (const s of r.similar) {
        expect(r.timeline.includes(s.deal), `${id}: ${s.deal.id} is its own`).toBe(false);
        expect(s.reason.shared.length > 0 || s.reason.peer !== undefined, `${id}: ${s.deal.id} has a reason`).toBe(true);
      }
    }
  });
});

function isNewestFirst(list: DealRecord[]): boolean {
  return list.every((d, i) => i === 0 || list[i - 1]!.date.slice(0, 7) >= d.date.slice(0, 7));
}

describe('relatedDeals', () => {
  it('is empty for an unknown company', () => {
    expect(relatedDeals('nobody', bundled)).toEqual({ timeline: [], asInvestor: [], investorDeals: [], similar: [] });
  });

  it('orders the timeline newest first, month-only dates as the 15th, ties by id', () => {
    const a = deal({ id: 'a', target: ACME, date: '2024-03' });
    const b = deal({ id: 'b', target: ACME, date: '2024-03-20' });
    const c = deal({ id: 'c', target: ACME, date: '2024-03-10' });
    const d = deal({ id: 'd', target: { id: 'other', name: 'Other' }, investors: [ACME], date: '2024-03-15' });
    const r = relatedDeals('acme', [c, a, d, b]);
    expect(r.timeline.map((x) => x.id)).toEqual(['b', 'a', 'd', 'c']);
    expect(r.asInvestor).toEqual(['d']);
  });

  it('finds a company without an id by its name key or slug', () => {
    const x = deal({ target: { name: 'Acme Robotics' }, date: '2024-01-01' });
    expect(relatedDeals('acme-robotics', [x]).timeline).toEqual([x]);
    expect(relatedDeals('name:acme robotics', [x]).timeline).toEqual([x]);
  });

  it('lists each investor’s other deals, leads first, then the busiest', () => {
    const own = deal({ target: ACME, date: '2024-01-10', investors: [fund(1), fund(2, 'lead'), fund(3)] });
    const others = [
      deal({ target: { name: 'B' }, date: '2020-01-01', investors: [fund(1)] }),
      deal({ target: { name: 'C' }, date: '2021-01-01', investors: [fund(1), fund(2)] }),
      deal({ target: { name: 'D' }, date: '2022-01-01', investors: [{ name: 'Fund 1' }] }),
      deal({ target: ACME, date: '2019-01-01', investors: [fund(1)] }),
    ];
    const r = relatedDeals('acme', [own, ...others]);
    expect(r.investorDeals.map((g) => [g.investor.name, g.deals.map((d) => d.target.name)])).toEqual([
      ['Fund 2', ['C']],
      ['Fund 1', ['D', 'C', 'B']],
    ]);
    expect(r.investorDeals[0]!.investor).toEqual({ id: 'fund-2', name: 'Fund 2' });
  });

  it('merges the same investor across the company’s deals and lists each deal once', () => {
    const r = relatedDeals('acme', [
      deal({ target: ACME, date: '2023-01-01', investors: [fund(1)] }),
      deal({ target: ACME, date: '2024-01-01', investors: [{ name: 'Fund 1 LLC', role: 'lead' }] }),
      deal({ target: { name: 'B' }, date: '2020-01-01', investors: [fund(1), { name: 'Fund 1' }] }),
    ]);
    expect(r.investorDeals).toHaveLength(1);
    expect(r.investorDeals[0]!.deals).toHaveLength(1);
  });

  it('finds similar deals: same sector, type, round and size band within the window', () => {
    const own = deal({ target: ACME, date: '2024-06-01', sector: 'ai', round: 'Series B', amount: { currency: 'USD', amount: 2e8 } });
    const same = deal({ target: { name: 'Same' }, date: '2024-09-01', sector: 'ai', round: 'B轮', amount: { currency: 'USD', amount: 5e8 } });
    const otherBand = deal({ target: { name: 'Big' }, date: '2024-09-01', sector: 'ai', amount: { currency: 'USD', amount: 2e9 } });
    const otherRound = deal({ target: { name: 'C' }, date: '2024-09-01', sector: 'ai', round: 'Series C', amount: { currency: 'USD', amount: 2e8 } });
    const otherSector = deal({ target: { name: 'Ev' }, date: '2024-09-01', sector: 'ev', amount: { currency: 'USD', amount: 2e8 } });
    const otherType = deal({ target: { name: 'Debt' }, type: 'debt', date: '2024-09-01', sector: 'ai' });
    const tooLate = deal({ target: { name: 'Late' }, date: '2025-06-02', sector: 'ai' });
    const noRound = deal({ target: { name: 'Open' }, date: '2023-06-02', sector: 'ai' });
    const euro = deal({ target: { name: 'Euro' }, date: '2024-05-01', sector: 'ai', amount: { currency: 'EUR', amount: 2e9 } });
    const all = [own, same, otherBand, otherRound, otherSector, otherType, tooLate, noRound, euro];
    const r = relatedDeals('acme', all);
    expect(Object.fromEntries(r.similar.map((s) => [s.deal.target.name, s.reason]))).toEqual({
      Euro: { shared: [], peer: { sector: 'ai', sizeBand: null } },
      Same: { shared: [], peer: { sector: 'ai', round: 'B轮', sizeBand: { currency: 'USD', band: 8 } } },
      Open: { shared: [], peer: { sector: 'ai', sizeBand: null } },
    });
    // Nearest in time first.
    expect(r.similar.map((s) => s.deal.target.name)).toEqual(['Euro', 'Same', 'Open']);
    expect(relatedDeals('acme', all, { windowDays: 400 }).similar.map((s) => s.deal.target.name)).toContain('Late');
    expect(relatedDeals('acme', all, { windowDays: 31 }).similar.map((s) => s.reason)).toEqual([{ shared: [], peer: { sector: 'ai', sizeBand: null } }]);
  });

  it('takes a captured deal’s sector from its target’s other deals', () => {
    const own = deal({ target: ACME, date: '2024-06-01', sector: 'ai' });
    const known = deal({ target: { id: 'rival', name: 'Rival' }, date: '2019-01-01', sector: 'ai' });
    const captured = deal({ target: { id: 'rival', name: 'Rival' }, date: '2024-07-01' });
    const r = relatedDeals('acme', [own, known, captured]);
    expect(r.similar.map((s) => s.deal)).toEqual([captured]);
  });

  it('relates deals with two shared investors in any sector, and ranks them first', () => {
    const own = deal({ target: ACME, date: '2024-06-01', sector: 'ai', investors: [fund(1), fund(2), fund(3)] });
    const twoShared = deal({ target: { name: 'Two' }, date: '2024-02-01', sector: 'ev', investors: [fund(2), fund(1), fund(9)] });
    const oneShared = deal({ target: { name: 'One' }, date: '2024-02-01', sector: 'ev', investors: [fund(3)] });
    const oneSharedSameSector = deal({ target: { name: 'Peer' }, date: '2024-06-02', sector: 'ai', investors: [fund(3)] });
    const acquisition = deal({ target: { name: 'Buy' }, type: 'acquisition', date: '2024-06-02', sector: 'ai', investors: [fund(3)] });
    const r = relatedDeals('acme', [own, twoShared, oneShared, oneSharedSameSector, acquisition]);
    expect(r.similar.map((s) => [s.deal.target.name, s.reason])).toEqual([
      ['Two', { shared: ['Fund 2', 'Fund 1'] }],
      ['Peer', { shared: ['Fund 3'], peer: { sector: 'ai', sizeBand: null } }],
    ]);
    const own2 = deal({ target: ACME, type: 'acquisition', date: '2024-06-01', sector: 'ai', investors: [fund(3)] });
    expect(relatedDeals('acme', [own2, acquisition]).similar[0]!.reason).toEqual({ shared: ['Fund 3'], peer: { sector: 'ai', sizeBand: null } });
  });

  it('applies the limit to similar deals and to each investor’s deals, not to the timeline', () => {
    const own = Array.from({ length: 4 }, (_, i) => deal({ target: ACME, date: `2024-0${i + 1}-01`, sector: 'ai', investors: [fund(1)] }));
    const others = Array.from({ length: 6 }, (_, i) => deal({ target: { name: `T${i}` }, date: `2024-0${i + 1}-02`, sector: 'ai', investors: [fund(1)] }));
    const r = relatedDeals('acme', [...own, ...others], { limit: 2 });
    expect(r.timeline).toHaveLength(4);
    expect(r.similar).toHaveLength(2);
    expect(r.investorDeals[0]!.deals).toHaveLength(2);
    expect(relatedDeals('acme', [...own, ...others], { limit: 0 }).similar).toEqual([]);
    expect(relatedDeals('acme', [...own, ...others], { limit: Number.NaN, windowDays: -1 }).similar).toHaveLength(6);
    const unlimited = relatedDeals('acme', [...own, ...others], { limit: Infinity, windowDays: Infinity });
    expect(unlimited.similar).toHaveLength(6);
    expect(unlimited.similar[0]!.reason).toEqual({ shared: ['Fund 1'], peer: { sector: 'ai', sizeBand: null } });
  });

  it('skips deals with unparsable dates in similar, and sorts them last in the timeline', () => {
    const good = deal({ id: 'good', target: ACME, date: '2024-01-01', sector: 'ai' });
    const bad = deal({ id: 'bad', target: ACME, date: 'soon', sector: 'ai' });
    const other = deal({ target: { name: 'X' }, date: 'later', sector: 'ai' });
    const r = relatedDeals('acme', [bad, good, other]);
    expect(r.timeline.map((d) => d.id)).toEqual(['good', 'bad']);
    expect(r.similar).toEqual([]);
  });
});

describe('sizeBand', () => {
  it('is the order of magnitude, exact at powers of ten', () => {
    expect(sizeBand(3e8)).toBe(8);
    expect(sizeBand(1e9)).toBe(9);
    expect(sizeBand(999_999_999)).toBe(8);
    expect(sizeBand(1e15)).toBe(15);
    expect(sizeBand(5)).toBe(0);
  });
});
