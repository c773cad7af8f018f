import { describe, expect, it } from 'vitest';
import { defaults } from '../platform/settings';
import { createBackgroundHandlers } from './handlers';
import { readPackagedFile } from '../../test/fixtures';
import { createCompanyData } from './company-data';
import { createMentionFinder } from './mention-finder';
import { createPageDealsReader } from './page-deals-reader';
import type { DealRecord } from '../core/types';
import { createBundledRates } from './rates/bundled-rates';
import { createLiveRates } from './rates/live-rates';
import { memoryStore } from './rates/memory-store';

const companyData = createCompanyData(readPackagedFile);
const sender = {};
const captured: DealRecord[] = [];
const cssChanges: string[] = [];
const badges: string[] = [];
const handlers = createBackgroundHandlers({
  rates: createLiveRates(memoryStore(), createBundledRates(readPackagedFile)),
  settings: async () => ({ ...defaults, liveRates: false, captureDeals: false }),
  now: () => new Date('2026-11-29T12:00:00Z'),
  // The deal store is IndexedDB, tested in the real browsers (e2e); conversions need none.
  deals: () => Promise.reject(new Error('no IndexedDB in Node')),
  openPage: async () => undefined,
  addCompany: async () => undefined,
  pageCss: async (target, change, css) => void cssChanges.push(`${change} ${target.tabId}/${target.frameId}: ${css}`),
  badge: async (tabId, text) => void badges.push(`${tabId}: ${text}`),
  annotateTab: async () => ({ ok: true }),
  mentions: createMentionFinder(async () => [{ name: 'Quillfeather Labs', aliases: [] }], companyData.index),
  companyRecord: companyData.record,
  pageDeals: createPageDealsReader({ capture: async (deals) => void captured.push(...deals), delayMs: 0 }),
  captureFailure: async () => null,
});

describe('background handlers', () => {
  it('refuses to save an edited deal that an import would refuse, before the store is opened', async () => {
    const deal = { id: 'acme-2024-01-funding', type: 'funding', target: { name: 'Acme' }, investors: [], date: '2024-01-05', sources: [{ publisher: 'Test', date: '2024-01-05' }], origin: 'edited', confidence: 1 } as DealRecord;
    await expect(handlers.saveDeal({ deal: { ...deal, date: '2024-13-01' } }, sender)).rejects.toThrow('This deal is not valid: date: must be a real date YYYY-MM-DD or YYYY-MM');
    await expect(handlers.saveDeal({ deal: { ...deal, sources: [{ publisher: 'Test', date: '2024-01-05', url: 'javascript:alert(1)' }] } }, sender)).rejects.toThrow('This deal is not valid: sources[0].url: must be an http or https URL');
    // A valid one goes on to the store (none in Node).
    await expect(handlers.saveDeal({ deal }, sender)).rejects.toThrow('no IndexedDB in Node');
  });

  it('converts amounts at each asked day, resolving "today" with the clock passed in', async () => {
    const rows = await handlers.convert({ amounts: [{ amount: 2.5e9, currency: 'CNY' }], to: 'USD', days: ['2023-10-20', 'today'] }, sender);
    const [article, today] = rows[0]!;
    expect(article!.conversion!.rateDate).toBe('2023-10-20');
    expect(Math.round(article!.conversion!.amount / 1e6)).toBe(342);
    expect(today!.askedDay).toBe('2026-11-29');
    expect(today!.conversion!.rateDate < today!.askedDay).toBe(true);
  });

  it('converts each amount at its own day in one request, with only the rates already there', async () => {
    const answers = await handlers.convertEach({ items: [{ amount: { amount: 2.5e9, currency: 'CNY' }, day: '2023-10-20' }, { amount: { amount: 1e6, currency: 'USD' }, day: '2016-03-01' }, { amount: { amount: 5, currency: 'XYZ' }, day: '2020-01-02' }], to: 'USD' }, sender);
    expect(answers.map((a) => a.askedDay)).toEqual(['2023-10-20', '2016-03-01', '2020-01-02']);
    expect(Math.round(answers[0]!.conversion!.amount / 1e6)).toBe(342);
    expect(answers[1]!.conversion!.amount).toBe(1e6);
    expect(answers[2]).toMatchObject({ conversion: null, problem: expect.stringContaining('XYZ') });
  });

  it("gives company records with their Chinese names and aliases, without related deals, and the reader's own companies", async () => {
    const [zhipu, missing] = await handlers.companyRecords({ ids: ['zhipu-ai', 'no-such-company'] }, sender);
    expect(zhipu).toMatchObject({ id: 'zhipu-ai', name: 'Zhipu AI', zh: expect.arrayContaining(['智谱']) });
    expect(zhipu).not.toHaveProperty('related');
    expect(missing).toBeNull();
  });

  it('gives a page only the names of companies: the canonical one and the Chinese ones, nothing else', async () => {
    const [zhipu, missing] = await handlers.companyNames({ ids: ['zhipu-ai', 'no-such-company'] }, sender);
    expect(zhipu).toEqual({ name: 'Zhipu AI', zh: expect.arrayContaining(['智谱']) });
    expect(missing).toBeNull();
  });

  it("puts the reader's highlight style in the sending frame as an extension stylesheet, taking the previous one out", async () => {
    const page = { tab: { id: 7 } as never, frameId: 2 };
    await handlers.highlightCss({ css: 'a', previous: null }, page);
    await handlers.highlightCss({ css: 'b', previous: 'a' }, page);
    await handlers.highlightCss({ css: 'b', previous: 'b' }, page);
    await handlers.highlightCss({ css: null, previous: 'b' }, { tab: { id: 7 } as never });
    expect(cssChanges).toEqual(['insert 7/2: a', 'remove 7/2: a', 'insert 7/2: b', 'remove 7/0: b']);
    await expect(handlers.highlightCss({ css: 'a', previous: null }, {})).rejects.toThrow(/no tab/);
  });

  it("shows a page's highlight count on its tab's badge, from its top frame only", async () => {
    await handlers.showCount({ count: 31 }, { tab: { id: 7 } as never, frameId: 0 });
    await handlers.showCount({ count: 4 }, { tab: { id: 7 } as never, frameId: 3 }); // a frame inside the page
    await handlers.showCount({ count: 12_345 }, { tab: { id: 8 } as never });
    await handlers.showCount({ count: 0 }, { tab: { id: 7 } as never, frameId: 0 });
    await handlers.showCount({ count: Number.NaN }, { tab: { id: 9 } as never });
    await handlers.showCount({ count: 5 }, {}); // no tab: nothing to show it on
    expect(badges).toEqual(['7: 31', '8: 999+', '7: ', '9: ']);
  });

  it('says why an amount cannot be converted', async () => {
    const rows = await handlers.convert({ amounts: [{ amount: 1, currency: 'XAU' }, { amount: 1, currency: 'CNY' }], to: 'USD', days: ['2023-10-20', '1995-01-02'] }, sender);
    expect(rows[0]![0]!.problem).toMatch(/No XAU→USD rate on or before 2023-10-20/);
    expect(rows[1]![1]!.problem).toMatch(/No rates before 2000/);
  });

  it('converts a future day at the latest rate and says so', async () => {
    const answer = (await handlers.convert({ amounts: [{ amount: 1, currency: 'CNY' }], to: 'USD', days: ['2030-01-01'] }, sender))[0]![0]!;
    expect(answer.note).toMatch(/2030-01-01 is in the future: the latest rate \(2025-01-03\) is used/);
    expect(answer.conversion!.rateDate).toBe('2025-01-03');
  });

  it('finds amounts, bundled companies and the reader\'s own companies in page text, offsets into the text', async () => {
    const text = 'Zhipu raised 2.5 billion yuan from Tencent; Quillfeather Labs took part.';
    const source = { url: 'https://example.test/zhipu', title: 'Zhipu', date: '2023-10-20' };
    const found = await handlers.findMentions({ text, context: { lang: 'en', date: '2023-10-20' }, source, run: 'run-1' }, sender);
    expect(found.money.map((m) => [text.slice(m.start, m.end), m.currency, m.amount])).toEqual([['2.5 billion yuan', 'CNY', 2.5e9]]);
    expect(found.companies.map((c) => text.slice(c.start, c.end))).toEqual(['Zhipu', 'Tencent', 'Quillfeather Labs']);
    // The deal is read from the same text afterwards, with the page as its source, and captured.
    const deals = await handlers.pageDeals({ run: 'run-1' }, sender);
    expect(deals?.map((d) => [d.type, d.target.id, d.amount?.amount, d.sources[0]?.url])).toEqual([['funding', 'zhipu-ai', 2.5e9, 'https://example.test/zhipu']]);
    expect(captured.map((d) => d.id)).toEqual(deals?.map((d) => d.id));
    // A run this background never saw (it restarted since) is said to be unknown, not dealless.
    expect(await handlers.pageDeals({ run: 'run-2' }, sender)).toBeNull();
  });
});
