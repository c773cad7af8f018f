import { describe, expect, it } from 'vitest';
import { demoArticle } from '../../test/fixtures';
import { createCompanyMatcher } from '../core/companies';
import { dealsOfPage } from '../core/deals/page-deals';
import { findMentions } from '../core/find-mentions';
import type { DealRecord } from '../core/types';
import { companies } from '../data/companies';
import { createPageDealsReader, dealSliceParts, MAX_CAPTURES_PER_SITE_DAY, MAX_DEALS_PER_PAGE } from './page-deals-reader';
import { ticksDuring } from '../../test/event-loop-ticks';

const matcher = createCompanyMatcher(companies);
const source = { url: 'https://example.test/a', title: 'A', date: '2023-10-20' };
const slice = (text: string) => ({ text, ...findMentions(text, { context: { lang: 'en', date: '2023-10-20' }, companies: matcher }) });
const article = demoArticle().text;

describe('createPageDealsReader', () => {
  it('reads only after the page stops sending, captures each deal once, and answers with the run\'s deals', async () => {
    const captured: DealRecord[][] = [];
    const reader = createPageDealsReader({ capture: async (deals) => void captured.push(deals), delayMs: 20 });
    const half = Math.floor(article.length / 2);
    reader.add('run', slice(article.slice(0, half)), source);
    reader.add('run', slice(article.slice(half)), source);
    expect(captured).toEqual([]);
    const deals = await reader.dealsOf('run');
    expect(deals?.some((d) => d.target.id === 'zhipu-ai' && d.amount?.currency === 'CNY')).toBe(true);
    expect(captured.flat().map((d) => d.id)).toEqual(deals?.map((d) => d.id));
    // The same text again (a rescan, or a retry after a lost answer) captures nothing new.
    reader.add('run', slice(article.slice(0, half)), source);
    expect(await reader.dealsOf('run')).toEqual(deals);
    expect(captured.flat()).toHaveLength(deals!.length);
  });

  it("reads the demo article's deals inside the extension without keeping them: only web pages are captured", async () => {
    const captured: DealRecord[] = [];
    const reader = createPageDealsReader({ capture: async (deals) => void captured.push(...deals), delayMs: 0 });
    reader.add('demo', slice(article), { ...source, url: 'chrome-extension://abcdefgh/demo/zhipu-2023.html' });
    expect((await reader.dealsOf('demo'))?.some((d) => d.target.id === 'zhipu-ai')).toBe(true);
    expect(captured).toEqual([]);
    reader.add('web', slice(article), source);
    expect((await reader.dealsOf('web'))?.length).toBeGreaterThan(0);
    expect(captured.length).toBeGreaterThan(0);
  });

  it('knows a run that had nothing to read, forgets the oldest runs beyond its limit, and survives a failing store', async () => {
    const reader = createPageDealsReader({ capture: () => Promise.reject(new Error('store closed')), delayMs: 0, keep: 2 });
    reader.add('a', slice('Nothing here.'), source);
    expect(await reader.dealsOf('a')).toEqual([]);
    reader.add('b', slice(article), source);
    reader.add('c', slice('Still nothing.'), source);
    expect(await reader.dealsOf('a')).toBeNull();
    expect((await reader.dealsOf('b'))?.length).toBeGreaterThan(0);
  });
});

describe('createPageDealsReader caps', () => {
  const letters = (n: number) => Array.from({ length: 3 }, (_, k) => String.fromCharCode(97 + (Math.floor(n / 26 ** k) % 26))).join('');
  /** A page reporting `count` rounds of companies the data does not know, numbered from `from`. */
  const listPage = (from: number, count: number) =>
    Array.from({ length: count }, (_, i) => `Zor${letters(from + i)} Robotics Inc. raised $${i + 5} million in a Series A round led by Sequoia Capital.`).join(' ');

  it('keeps and captures at most MAX_DEALS_PER_PAGE deals of one page', async () => {
    const captured: DealRecord[] = [];
    const reader = createPageDealsReader({ capture: async (deals) => void captured.push(...deals), delayMs: 0 });
    reader.add('list', slice(listPage(0, 80)), { url: 'https://lists.example.com/a', title: 'A list', date: '2024-05-14' });
    const deals = await reader.dealsOf('list');
    // The page does report 80 deals: the engine reads them all, the reader keeps 50.
    expect(dealsOfPage([slice(listPage(0, 80))], { url: 'https://lists.example.com/a', title: 'A list', date: '2024-05-14' })).toHaveLength(80);
    expect(deals).toHaveLength(MAX_DEALS_PER_PAGE);
    expect(captured).toHaveLength(MAX_DEALS_PER_PAGE);
  });

  it('captures at most MAX_CAPTURES_PER_SITE_DAY deals from one site in a day, and again the next day', async () => {
    const captured: DealRecord[] = [];
    let day = '2024-05-14';
    const reader = createPageDealsReader({ capture: async (deals) => void captured.push(...deals), delayMs: 0, today: () => day });
    const page = (n: number) => reader.add(`p${n}`, slice(listPage(n * 50, 50)), { url: `https://lists.example.com/${n}`, title: `Page ${n}`, date: '2024-05-14' });
    for (let n = 0; n < 5; n++) page(n);
    expect(await reader.dealsOf('p4')).toHaveLength(50); // the page still shows its deals…
    expect(captured).toHaveLength(MAX_CAPTURES_PER_SITE_DAY); // …but the store took 200 of 250
    reader.add('other-site', slice(listPage(400, 3)), { url: 'https://other.example.org/x', title: 'Other', date: '2024-05-14' });
    await reader.dealsOf('other-site');
    expect(captured).toHaveLength(MAX_CAPTURES_PER_SITE_DAY + 3);
    day = '2024-05-15';
    page(6);
    await reader.dealsOf('p6');
    expect(captured).toHaveLength(MAX_CAPTURES_PER_SITE_DAY + 3 + 50);
  });
});

describe('createPageDealsReader: one page at a time', () => {
  it('lets other tasks run between two steps of a long page (here a slice each)', async () => {
    const reader = createPageDealsReader({ capture: async () => undefined, delayMs: 60_000, stepBudgetMs: 0 });
    const parts = 8;
    const step = Math.ceil(article.length / parts);
    for (let i = 0; i < parts; i++) reader.add('long-page', slice(article.slice(i * step, (i + 1) * step)), source);
    const { result: deals, ticks } = await ticksDuring(() => reader.dealsOf('long-page'));
    expect(deals?.length).toBeGreaterThan(0);
    expect(ticks).toBeGreaterThanOrEqual(3);
  });

  it('reads a slice longer than a step in parts, each with its own mentions, and finds the deals the whole slice has', async () => {
    // The demo article's paragraphs, repeated into one slice of 7,000 characters (an amount that restates another included).
    const long = slice(Array.from({ length: 5 }, () => article).join('\n'));
    const parts = dealSliceParts(long, 1_000);
    expect(parts.length).toBeGreaterThan(6);
    expect(parts.every((p) => p.text.length <= 1_000)).toBe(true);
    expect(parts.map((p) => p.text).join('')).toBe(long.text);
    expect(parts.reduce((n, p) => n + p.money.length, 0)).toBe(long.money.length);
    expect(parts.reduce((n, p) => n + p.companies.length, 0)).toBe(long.companies.length);
    for (const part of parts) {
      for (const m of [...part.money, ...part.companies]) expect(part.text.slice(m.start, m.end)).toBe(m.text);
      for (const m of part.money) if (m.equivalentOf !== undefined) expect(part.money[m.equivalentOf]!.start).toBeLessThan(m.start);
    }
    expect(parts.some((p) => p.money.some((m) => m.equivalentOf !== undefined))).toBe(true);
    const ids = (deals: DealRecord[] | null) => (deals ?? []).map((d) => d.id).sort();
    const reader = createPageDealsReader({ capture: async () => undefined, delayMs: 60_000 });
    reader.add('long', long, source);
    expect(ids(await reader.dealsOf('long'))).toEqual(ids(dealsOfPage([long], source)));
  });
});
