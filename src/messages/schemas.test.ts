import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DealRecord } from '../core/types';
import { checkPayload, CONTENT_SCHEMAS } from './payload-check';
import { BACKGROUND_SCHEMAS, MAX_IDS, MAX_TEXT_CHARS, MAX_TRANSFER_DEALS } from './schemas';

const deal: DealRecord = {
  id: 'zhipu-ai-2023-10-funding',
  type: 'funding',
  target: { id: 'zhipu-ai', name: 'Zhipu AI' },
  investors: [{ id: 'alibaba', name: 'Alibaba', role: 'participant' }],
  amount: { currency: 'CNY', amount: 2.5e9 },
  date: '2023-10',
  sources: [{ url: 'https://news.example.com/zhipu', publisher: 'Example News', date: '2023-10-20' }],
  origin: 'captured',
  confidence: 0.8,
};

const check = (name: string, payload: unknown) => checkPayload({ ...BACKGROUND_SCHEMAS, ...CONTENT_SCHEMAS }, name, payload);

/** One payload each request's sender really sends. */
const VALID: Record<string, unknown> = {
  convert: { amounts: [{ amount: 2.5e9, currency: 'CNY' }], to: 'USD', days: ['today', '2023-10-20'] },
  convertEach: { items: [{ amount: { amount: 2.5e9, currency: 'CNY' }, day: '2023-10-20' }], to: 'EUR' },
  lookupCompanies: { ids: ['zhipu-ai', 'user:brightwater-loom'] },
  companyRecords: { ids: ['zhipu-ai', 'alibaba-group'] },
  companyNames: { ids: ['zhipu-ai'] },
  getSettings: {},
  refreshRates: {},
  ratesStatus: {},
  findMentions: {
    text: 'Zhipu AI raised 2.5 billion yuan.',
    context: { lang: 'en', domain: 'news.example.com', date: '2023-10-20', siteName: 'Example News' },
    source: { url: 'https://news.example.com/zhipu', title: 'Zhipu raises', date: '2023-10-20' },
    run: 'lq3x-4k2j',
  },
  pageDeals: { run: 'lq3x-4k2j' },
  prepare: {},
  listDeals: { limit: 500, after: 'zhipu-ai-2023-10-funding' },
  storeStatus: {},
  saveDeal: { deal },
  deleteDeals: { ids: [deal.id] },
  mergeDeals: { keepId: deal.id, dropId: 'zhipu-ai-2023-10-funding-2' },
  addCompany: { name: 'Brightwater Loom', aliases: ['Brightwater'] },
  openDealsPage: { dealId: deal.id },
  highlightCss: { css: '::highlight(deallens-money) { background: #fde68a; }', previous: null },
  showCount: { count: 12 },
  annotateTab: { tabId: 41 },
  importDeals: { deals: [deal] },
  replaceDeals: { deals: [] },
  restoreBundledDeals: {},
  resetData: {},
  getInventory: {},
  reveal: { kind: 'money', index: 3 },
  focusNext: { direction: -1 },
};

/** The request names of an interface of contract.ts, read from its source (members are `  name: { request…`). */
function requestNames(source: string, contract: string): string[] {
  const body = new RegExp(`export interface ${contract} \\{\\n([\\s\\S]*?)\\n\\}`).exec(source)?.[1] ?? '';
  return [...body.matchAll(/^ {2}([a-zA-Z]+): \{/gm)].map((m) => m[1]!);
}

describe('request schemas', () => {
  const contract = readFileSync(new URL('./contract.ts', import.meta.url), 'utf8');

  it('has a schema for every request of the contract, and none for a request that is not there', () => {
    const background = requestNames(contract, 'BackgroundContract');
    const content = requestNames(contract, 'ContentContract');
    expect(background.length).toBeGreaterThan(15);
    expect(content).toEqual(expect.arrayContaining(['getInventory', 'reveal', 'focusNext']));
    expect(Object.keys(BACKGROUND_SCHEMAS).sort()).toEqual([...background].sort());
    expect(Object.keys(CONTENT_SCHEMAS).sort()).toEqual([...content].sort());
  });

  it("accepts every request's real payload, and each has one here", () => {
    expect(Object.keys(VALID).sort()).toEqual([...Object.keys(BACKGROUND_SCHEMAS), ...Object.keys(CONTENT_SCHEMAS)].sort());
    for (const [name, payload] of Object.entries(VALID)) expect(check(name, payload), name).toEqual({ ok: true, payload });
  });

  it('refuses a request it has no schema for', () => {
    expect(check('dropDatabase', {})).toEqual({ ok: false, problem: 'dropDatabase has no payload schema' });
    expect(check('toString', {})).toMatchObject({ ok: false });
  });

  const refused = (name: string, payload: unknown, problem: RegExp) => {
    const checked = check(name, payload);
    expect(checked.ok, `${name} ${JSON.stringify(payload)?.slice(0, 80)}`).toBe(false);
    if (!checked.ok) expect(checked.problem).toMatch(problem);
  };

  it('refuses what is not an object, a missing field, a field of the wrong type and a field no request has', () => {
    refused('getSettings', null, /^getSettings: /);
    refused('storeStatus', { all: true }, /^storeStatus: all: /);
    refused('listDeals', { limit: 2_001 }, /^listDeals: limit: /);
    refused('pageDeals', {}, /^pageDeals: run: /);
    refused('pageDeals', { run: 7 }, /^pageDeals: run: /);
    refused('pageDeals', { run: '  ' }, /run: must not be empty/);
    refused('mergeDeals', { keepId: 'a' }, /dropId/);
    refused('highlightCss', { css: 'x' }, /previous/);
    refused('findMentions', { ...(VALID.findMentions as object), context: { lang: 'en', script: 'alert(1)' } }, /context\.script/);
    refused('focusNext', { direction: 2 }, /direction/);
    refused('reveal', { kind: 'deal', index: 0 }, /kind/);
    refused('openDealsPage', { dealId: ['a'] }, /dealId/);
  });

  it('bounds sizes: page text, ids, names, css', () => {
    const find = VALID.findMentions as Record<string, unknown>;
    expect(check('findMentions', { ...find, text: 'x'.repeat(MAX_TEXT_CHARS) }).ok).toBe(true);
    refused('findMentions', { ...find, text: 'x'.repeat(MAX_TEXT_CHARS + 1) }, /text: must be at most 32000 characters/);
    refused('findMentions', { ...find, source: { ...(find.source as object), title: 't'.repeat(10_001) } }, /source\.title/);
    refused('lookupCompanies', { ids: Array.from({ length: MAX_IDS + 1 }, (_, i) => `c-${i}`) }, /ids: must have at most 1000 entries/);
    expect(check('deleteDeals', { ids: Array.from({ length: MAX_IDS }, (_, i) => `d-${i}`) }).ok).toBe(true);
    refused('deleteDeals', { ids: Array.from({ length: MAX_IDS + 1 }, (_, i) => `d-${i}`) }, /ids: must have at most 1000 entries/);
    refused('lookupCompanies', { ids: ['x'.repeat(201)] }, /ids\.0: must be at most 200 characters/);
    expect(check('deleteDeals', { ids: [`${'x'.repeat(200)}-2`] }).ok).toBe(true); // a captured deal's id may pass 200 with its "-2"
    refused('deleteDeals', { ids: ['x'.repeat(501)] }, /ids\.0: must be at most 500 characters/);
    refused('addCompany', { name: 'n'.repeat(501) }, /name/);
    refused('addCompany', { name: 'Brightwater', aliases: Array.from({ length: 11 }, (_, i) => `a${i}`) }, /aliases/);
    refused('highlightCss', { css: 'a'.repeat(20_001), previous: null }, /css/);
    refused('convert', { amounts: [], to: 'USD', days: Array.from({ length: 11 }, () => 'today') }, /days/);
  });

  it('takes only safe whole numbers for tab ids, counts and indexes', () => {
    for (const tabId of [1.5, -1, 2 ** 53, Number.NaN, Infinity, '41', null]) refused('annotateTab', { tabId }, /tabId/);
    refused('showCount', { count: -3 }, /count/);
    refused('reveal', { kind: 'money', index: 0.5 }, /index/);
  });

  it('takes only real days and currency codes in conversions, and drops the fields of a page mention it does not need', () => {
    refused('convert', { amounts: [{ amount: 1, currency: 'usd' }], to: 'USD', days: ['today'] }, /amounts\.0\.currency/);
    refused('convert', { amounts: [{ amount: Infinity, currency: 'USD' }], to: 'EUR', days: ['today'] }, /amounts\.0\.amount/);
    refused('convert', { amounts: [], to: 'USD', days: ['2023-02-30'] }, /days\.0/);
    refused('convert', { amounts: [], to: 'USD', days: ['yesterday'] }, /days\.0/);
    const mention = { amount: 6.8e6, currency: 'CNY', text: '6.8 million yuan', index: 0, currencyReason: 'yuan', approx: 'about' };
    expect(check('convert', { amounts: [mention], to: 'USD', days: ['today'] })).toEqual({
      ok: true,
      payload: { amounts: [{ amount: 6.8e6, currency: 'CNY' }], to: 'USD', days: ['today'] },
    });
  });

  it('checks imported, restored and edited deals with the deal schema, and counts them first', () => {
    refused('importDeals', { deals: [{ ...deal, sources: [{ ...deal.sources[0], url: 'javascript:alert(1)' }] }] }, /deals\.0\.sources\.0\.url: must be an http or https URL/);
    refused('replaceDeals', { deals: [{ ...deal, origin: 'server' }] }, /deals\.0\.origin/);
    refused('replaceDeals', { deals: deal }, /deals/);
    const tooMany = new Array<null>(MAX_TRANSFER_DEALS + 1).fill(null);
    refused('importDeals', { deals: tooMany }, /deals: must have at most 200000 entries/);
    refused('saveDeal', { deal: { ...deal, confidence: 3 } }, /deal\.confidence/);
    refused('saveDeal', { deal: { ...deal, admin: true } }, /deal\.admin/);
    // The deals page sends a listed deal back with the store's firstSeen: dropped, not refused.
    expect(check('saveDeal', { deal: { ...deal, firstSeen: '2023-10-21T08:00:00.000Z' } })).toEqual({ ok: true, payload: { deal } });
  });
});
