import { describe, expect, it } from 'vitest';
import { demoArticle } from '../../test/fixtures';
import { createCompanyMatcher } from '../core/companies';
import { findMentions } from '../core/find-mentions';
import type { DealRecord } from '../core/types';
import { companies } from '../data/companies';
import { createPageDealsReader } from './page-deals-reader';

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
