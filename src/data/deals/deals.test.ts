import { describe, expect, it } from 'vitest';
import type { DealParty, DealRecord } from '../../core/types';
import { companies } from '../companies';
import { dealFiles, deals } from './index';

// Schema and consistency checks for the bundled deal dataset. A failing record is named in the
// message, so a data edit that breaks a rule says which record to fix.

const ID_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SECTOR_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DEAL_DATE_RE = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;
const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TYPES = new Set(['funding', 'acquisition', 'merger', 'ipo', 'stake-sale', 'debt']);
const ROLES = new Set(['lead', 'participant', 'existing']);
const APPROX = new Set(['about', 'over', 'under', 'up-to', 'at-least', 'vague']);
const BASES = new Set(['pre', 'post']);
const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));
const COMPANY_IDS = new Set(companies.map((c) => c.id));
const FIRST_YEAR = 2015;
const LAST_YEAR = 2025;

const RECORD_KEYS = new Set(['id', 'type', 'target', 'investors', 'amount', 'round', 'valuation', 'date', 'sector', 'sources', 'origin', 'confidence']);
const PARTY_KEYS = new Set(['id', 'name', 'role']);
const AMOUNT_KEYS = new Set(['currency', 'amount', 'amountMax', 'approx']);
const VALUATION_KEYS = new Set(['currency', 'amount', 'basis']);
const SOURCE_KEYS = new Set(['url', 'title', 'publisher', 'date', 'quote']);

/** A real calendar day or month ("2023-02-30" and "2023-13" are rejected). */
function isCalendarDate(s: string, re: RegExp): boolean {
  const m = re.exec(s);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = m[3] === undefined ? 1 : Number(m[3]);
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

function year(s: string): number {
  return Number(s.slice(0, 4));
}

function expectKnownKeys(obj: object, allowed: Set<string>, what: string): void {
  for (const key of Object.keys(obj)) expect(allowed.has(key), `unknown field ${key} in ${what}`).toBe(true);
}

function partyKey(p: DealParty): string {
  return p.id ?? p.name.trim().toLowerCase();
}

function expectParty(p: DealParty, what: string): void {
  expectKnownKeys(p, PARTY_KEYS, what);
  expect(typeof p.name, `${what} name`).toBe('string');
  expect(p.name.trim(), `${what} name is trimmed`).toBe(p.name);
  expect(p.name.length, `${what} name`).toBeGreaterThan(0);
  if (p.id !== undefined) {
    expect(p.id, `${what} id`).toMatch(ID_RE);
    expect(COMPANY_IDS.has(p.id), `${what} id ${p.id} is in the company data`).toBe(true);
  }
  if (p.role !== undefined) expect(ROLES.has(p.role), `${what} role ${p.role}`).toBe(true);
}

describe('deal data files', () => {
  it('are non-empty arrays and make up the exported list', () => {
    for (const [file, list] of Object.entries(dealFiles)) {
      expect(Array.isArray(list), file).toBe(true);
      expect(list.length, file).toBeGreaterThan(0);
    }
    expect(deals.length).toBe(Object.values(dealFiles).reduce((n, list) => n + list.length, 0));
  });

  it('hold at least 100 deals', () => {
    expect(deals.length).toBeGreaterThanOrEqual(100);
  });

  it('have unique ids', () => {
    const seen = new Set<string>();
    for (const d of deals) {
      expect(seen.has(d.id), `duplicate id ${d.id}`).toBe(false);
      seen.add(d.id);
    }
  });

  it('hold no deal twice (same target, type and date)', () => {
    const seen = new Map<string, string>();
    for (const d of deals) {
      const key = `${partyKey(d.target)}|${d.type}|${d.date}`;
      expect(seen.get(key), `${d.id} repeats ${seen.get(key) ?? ''}`).toBeUndefined();
      seen.set(key, d.id);
    }
  });

  it('keep each file to its year range', () => {
    for (const [file, list] of Object.entries(dealFiles)) {
      const [from, to] = file.split('-').map(Number) as [number, number];
      for (const d of list as DealRecord[]) {
        expect(year(d.date), `${d.id} in ${file}`).toBeGreaterThanOrEqual(from);
        expect(year(d.date), `${d.id} in ${file}`).toBeLessThanOrEqual(to);
      }
    }
  });
});

describe.each(deals.map((d) => [d.id, d] as const))('deal %s', (_id, d) => {
  it('has only known fields, a kebab-case id, a type, bundled origin and full confidence', () => {
    expectKnownKeys(d, RECORD_KEYS, 'record');
    expect(d.id).toMatch(ID_RE);
    expect(TYPES.has(d.type), `type ${d.type}`).toBe(true);
    expect(d.origin).toBe('bundled');
    expect(d.confidence).toBe(1);
    if (d.round !== undefined) {
      expect(d.round.trim()).toBe(d.round);
      expect(d.round.length).toBeGreaterThan(0);
    }
    if (d.sector !== undefined) expect(d.sector).toMatch(SECTOR_RE);
  });

  it('has a valid date within 2015–2025', () => {
    expect(isCalendarDate(d.date, DEAL_DATE_RE), `date ${d.date}`).toBe(true);
    expect(year(d.date)).toBeGreaterThanOrEqual(FIRST_YEAR);
    expect(year(d.date)).toBeLessThanOrEqual(LAST_YEAR);
  });

  it('names its target and investors with valid roles and known company ids', () => {
    expectParty(d.target, 'target');
    expect(d.target.role, 'a target has no role').toBeUndefined();
    expect(Array.isArray(d.investors)).toBe(true);
    const keys = new Set<string>();
    d.investors.forEach((p, i) => {
      expectParty(p, `investor ${i}`);
      const key = partyKey(p);
      expect(keys.has(key), `investor ${p.name} listed twice`).toBe(false);
      expect(key, `${p.name} is both target and investor`).not.toBe(partyKey(d.target));
      keys.add(key);
    });
  });

  it('states amounts as positive finite numbers in ISO currencies', () => {
    if (d.amount !== undefined) {
      expectKnownKeys(d.amount, AMOUNT_KEYS, 'amount');
      expect(CURRENCIES.has(d.amount.currency), `currency ${d.amount.currency}`).toBe(true);
      expect(Number.isFinite(d.amount.amount)).toBe(true);
      expect(d.amount.amount).toBeGreaterThan(0);
      if (d.amount.amountMax !== undefined) {
        expect(Number.isFinite(d.amount.amountMax)).toBe(true);
        expect(d.amount.amountMax).toBeGreaterThan(d.amount.amount);
      }
      if (d.amount.approx !== undefined) expect(APPROX.has(d.amount.approx), `approx ${d.amount.approx}`).toBe(true);
    }
    if (d.valuation !== undefined) {
      expectKnownKeys(d.valuation, VALUATION_KEYS, 'valuation');
      expect(CURRENCIES.has(d.valuation.currency), `currency ${d.valuation.currency}`).toBe(true);
      expect(Number.isFinite(d.valuation.amount)).toBe(true);
      expect(d.valuation.amount).toBeGreaterThan(0);
      if (d.valuation.basis !== undefined) expect(BASES.has(d.valuation.basis), `basis ${d.valuation.basis}`).toBe(true);
    }
  });

  it('has at least one source with a publisher, a valid date and only an http(s) url', () => {
    expect(d.sources.length).toBeGreaterThan(0);
    const dealStart = `${d.date.slice(0, 7)}-01`;
    for (const s of d.sources) {
      expectKnownKeys(s, SOURCE_KEYS, 'source');
      expect(typeof s.publisher).toBe('string');
      expect(s.publisher.trim()).toBe(s.publisher);
      expect(s.publisher.length).toBeGreaterThan(0);
      expect(isCalendarDate(s.date, DAY_RE), `source date ${s.date}`).toBe(true);
      expect(year(s.date)).toBeGreaterThanOrEqual(FIRST_YEAR);
      expect(year(s.date)).toBeLessThanOrEqual(LAST_YEAR);
      // A report of a deal is not dated before the deal's month.
      expect(s.date >= dealStart, `source date ${s.date} before the deal`).toBe(true);
      if (s.url !== undefined) {
        const url = new URL(s.url);
        expect(['http:', 'https:'], `url scheme of ${s.url}`).toContain(url.protocol);
        expect(url.hostname.length).toBeGreaterThan(0);
      }
    }
  });
});

describe('reference deals', () => {
  const find = (target: string, date: string): DealRecord | undefined =>
    deals.find((d) => d.target.id === target && d.type === 'funding' && d.date.startsWith(date));

  it('include Zhipu AI’s 2.5 billion yuan round of October 2023 and its six investors', () => {
    const d = find('zhipu-ai', '2023-10');
    expect(d).toBeDefined();
    expect(d?.amount).toEqual({ currency: 'CNY', amount: 2_500_000_000 });
    expect(d?.investors.map((p) => p.id).sort()).toEqual(
      ['alibaba-group', 'ant-group', 'hongshan', 'meituan', 'tencent', 'xiaomi'].sort(),
    );
  });

  it('include Baichuan AI’s $300 million round of October 2023 with Alibaba, Tencent and Xiaomi', () => {
    const d = find('baichuan-ai', '2023-10');
    expect(d).toBeDefined();
    expect(d?.amount).toEqual({ currency: 'USD', amount: 300_000_000 });
    const ids = d?.investors.map((p) => p.id) ?? [];
    for (const id of ['alibaba-group', 'tencent', 'xiaomi']) expect(ids).toContain(id);
  });
});
