import { describe, expect, it } from 'vitest';
import { ZHIPU_WIRE_STORY } from '../../../test/fixtures';
import { companies } from '../../data/companies';
import { deals as bundled } from '../../data/deals';
import { createCompanyMatcher, findCompanies } from '../companies';
import { extractMoney } from '../money/extract-money';
import type { DealMention, DealRecord, MoneyMention } from '../types';
import { extractDeals } from './extract-deals';
import { datedByReport, dealFromMention, dealIdFor, mergeDeal, normalizeUrl, sameDeal, type DealDraftRecord } from './merge-deals';

function deal(overrides: Partial<DealRecord> = {}): DealRecord {
  return {
    id: 'acme-2024-03-funding',
    type: 'funding',
    target: { id: 'acme', name: 'Acme' },
    investors: [{ id: 'big-fund', name: 'Big Fund', role: 'lead' }],
    amount: { currency: 'USD', amount: 100_000_000 },
    date: '2024-03-10',
    sources: [{ publisher: 'Reuters', date: '2024-03-10' }],
    origin: 'captured',
    confidence: 0.7,
    ...overrides,
  };
}

describe('sameDeal', () => {
  it('is true for the same target, type, amount and date', () => {
    expect(sameDeal(deal(), deal({ id: 'other-id' }))).toBe(true);
  });

  it('compares targets by id when both have ids, else by normalized name', () => {
    expect(sameDeal(deal(), deal({ target: { id: 'acme', name: 'Acme Corp' } }))).toBe(true);
    expect(sameDeal(deal(), deal({ target: { id: 'acme-robotics', name: 'Acme' } }))).toBe(false);
    expect(sameDeal(deal(), deal({ target: { name: 'ACME Inc.' } }))).toBe(true);
    expect(sameDeal(deal({ target: { name: 'Acme' } }), deal({ target: { name: 'Acme Robotics' } }))).toBe(false);
  });

  it('needs the same type', () => {
    expect(sameDeal(deal(), deal({ type: 'debt' }))).toBe(false);
  });

  it('needs the same round only when both state one', () => {
    expect(sameDeal(deal({ round: 'Series B' }), deal({ round: 'B轮' }))).toBe(true);
    expect(sameDeal(deal({ round: 'Series B' }), deal({ round: 'Series C' }))).toBe(false);
    expect(sameDeal(deal({ round: 'Series B' }), deal())).toBe(true);
  });

  it('accepts amounts within 10% in the same currency, or a missing amount', () => {
    expect(sameDeal(deal(), deal({ amount: { currency: 'USD', amount: 110_000_000 } }))).toBe(true);
    expect(sameDeal(deal(), deal({ amount: { currency: 'USD', amount: 92_000_000 } }))).toBe(true);
    expect(sameDeal(deal(), deal({ amount: { currency: 'USD', amount: 112_000_000 } }))).toBe(false);
    expect(sameDeal(deal(), deal({ amount: { currency: 'USD', amount: 85_000_000 } }))).toBe(false);
    expect(sameDeal(deal(), deal({ amount: undefined }))).toBe(true);
    expect(sameDeal(deal({ amount: undefined }), deal())).toBe(true);
  });

  it('never compares amounts across currencies', () => {
    expect(sameDeal(deal(), deal({ amount: { currency: 'HKD', amount: 100_000_000 } }))).toBe(false);
  });

  it('treats a range as overlapping the amounts inside it', () => {
    const range = deal({ amount: { currency: 'USD', amount: 80_000_000, amountMax: 120_000_000 } });
    expect(sameDeal(range, deal())).toBe(true);
    expect(sameDeal(deal(), range)).toBe(true);
    expect(sameDeal(range, deal({ amount: { currency: 'USD', amount: 140_000_000 } }))).toBe(false);
  });

  it('accepts dates up to 60 days apart, a month-only date counting as the 15th', () => {
    expect(sameDeal(deal({ date: '2024-03-10' }), deal({ date: '2024-05-09' }))).toBe(true);
    expect(sameDeal(deal({ date: '2024-03-10' }), deal({ date: '2024-05-10' }))).toBe(false);
    expect(sameDeal(deal({ date: '2024-03' }), deal({ date: '2024-05-14' }))).toBe(true);
    expect(sameDeal(deal({ date: '2024-03' }), deal({ date: '2024-01-14' }))).toBe(false);
    expect(sameDeal(deal({ date: '2024-03' }), deal({ date: '2024-01-15' }))).toBe(true);
  });

  it('merges the same target, type and round with the same amount whatever the report date, when the later report gives no date of its own (issue 17, item 5)', () => {
    const first = deal({ date: '2024-02-20', sources: [{ publisher: 'Example', date: '2024-02-20' }] });
    // A July article that says only "Acme, which raised $100 million …": dated by its report.
    const again = deal({ date: '2024-07-15', sources: [{ publisher: 'Other', date: '2024-07-15' }] });
    expect(sameDeal(first, again)).toBe(true);
    expect(sameDeal(again, first)).toBe(true);
    expect(sameDeal(first, { ...again, round: 'Series B' })).toBe(true);
    expect(sameDeal({ ...first, round: 'Series A' }, { ...again, round: 'Series B' })).toBe(false);
    // "The same amount" is within 1%, not the 10% that reports within 60 days may differ by.
    expect(sameDeal(first, { ...again, amount: { currency: 'USD', amount: 100_900_000 } })).toBe(true);
    expect(sameDeal(first, { ...again, amount: { currency: 'USD', amount: 105_000_000 } })).toBe(false);
    expect(sameDeal(first, { ...again, amount: undefined })).toBe(false);
    expect(sameDeal({ ...first, amount: { currency: 'USD', amount: 90_000_000, amountMax: 110_000_000 } }, again)).toBe(false);
  });

  it('keeps two deals with dates of their own apart, and a report never comes before its deal', () => {
    // Amazon's $4 billion into Anthropic in September 2023, and $4 billion again in November 2024.
    const sept = deal({ date: '2023-09-25', origin: 'bundled', sources: [{ publisher: 'Amazon', date: '2023-09-25' }] });
    const nov = deal({ date: '2024-11-22', origin: 'bundled', sources: [{ publisher: 'Anthropic', date: '2024-11-22' }] });
    expect(sameDeal(sept, nov)).toBe(false);
    // Captured with the month the text gave ("in November 2024" in a 2025 article): its own date.
    const stated = deal({ date: '2024-11', sources: [{ publisher: 'Example', date: '2025-03-01' }] });
    expect(sameDeal(sept, stated)).toBe(false);
    // Dated by its report, but before the other deal: a different deal.
    const earlyReport = deal({ date: '2023-01-10', sources: [{ publisher: 'Example', date: '2023-01-10' }] });
    expect(sameDeal(earlyReport, nov)).toBe(false);
    expect(sameDeal(nov, earlyReport)).toBe(false);
  });

  it('is false when a date is not a real date', () => {
    expect(sameDeal(deal({ date: '2024-02-30' }), deal())).toBe(false);
  });

  it('is symmetric on the bundled data, and no two bundled deals are the same deal', () => {
    const wrong: string[] = [];
    for (const a of bundled) {
      expect(sameDeal(a, a), a.id).toBe(true);
      for (const b of bundled) if (a !== b && (sameDeal(a, b) || sameDeal(b, a))) wrong.push(`${a.id} ~ ${b.id}`);
    }
    expect(wrong).toEqual([]);
  });
});

describe('datedByReport', () => {
  it('is true for a captured or imported record dated by one of its sources, never a bundled or edited one', () => {
    expect(datedByReport(deal())).toBe(true);
    expect(datedByReport(deal({ origin: 'imported' }))).toBe(true);
    expect(datedByReport(deal({ date: '2024-02' }))).toBe(false);
    expect(datedByReport(deal({ origin: 'bundled' }))).toBe(false);
    expect(datedByReport(deal({ origin: 'edited' }))).toBe(false);
  });
});

describe('mergeDeal', () => {
  const bundledZhipu = bundled.find((d) => d.id === 'zhipu-ai-2023-10-funding')!;

  it('keeps every source, one per URL or per publisher and date', () => {
    const existing = deal({
      sources: [
        { url: 'https://example.com/a', publisher: 'Example', date: '2024-03-10' },
        { publisher: 'Reuters', date: '2024-03-10' },
      ],
    });
    const incoming = deal({
      sources: [
        { url: 'https://EXAMPLE.com/a#comments', publisher: 'Example News', date: '2024-03-11' },
        { url: 'https://example.com/b', publisher: 'Example', date: '2024-03-10' },
        { url: 'https://reuters.com/x', title: 'Acme raises', publisher: 'reuters', date: '2024-03-10', quote: 'Acme raised.' },
        { publisher: 'Bloomberg', date: '2024-03-12' },
      ],
    });
    expect(mergeDeal(existing, incoming).sources).toEqual([
      { url: 'https://example.com/a', publisher: 'Example', date: '2024-03-10' },
      // The URL-less Reuters source gains what the repeat of it adds.
      { url: 'https://reuters.com/x', title: 'Acme raises', publisher: 'Reuters', date: '2024-03-10', quote: 'Acme raised.' },
      { url: 'https://example.com/b', publisher: 'Example', date: '2024-03-10' },
      { publisher: 'Bloomberg', date: '2024-03-12' },
    ]);
  });

  it('unions investors and keeps the strongest role of each', () => {
    const existing = deal({
      investors: [
        { id: 'big-fund', name: 'Big Fund', role: 'participant' },
        { name: 'Small Capital' },
        { id: 'old-vc', name: 'Old VC', role: 'lead' },
      ],
    });
    const incoming = deal({
      investors: [
        { id: 'big-fund', name: 'Big Fund Partners', role: 'lead' },
        { id: 'small-capital', name: 'Small Capital LLC', role: 'existing' },
        { id: 'old-vc', name: 'Old VC', role: 'participant' },
        { name: 'New Angel' },
        { id: 'acme', name: 'Acme' },
      ],
    });
    expect(mergeDeal(existing, incoming).investors).toEqual([
      { id: 'big-fund', name: 'Big Fund', role: 'lead' },
      { id: 'small-capital', name: 'Small Capital', role: 'existing' },
      { id: 'old-vc', name: 'Old VC', role: 'lead' },
      { name: 'New Angel' },
    ]);
  });

  it('keeps the existing amount, filling only what is missing', () => {
    const other = { currency: 'USD', amount: 105_000_000 };
    expect(mergeDeal(deal(), deal({ amount: other })).amount).toEqual({ currency: 'USD', amount: 100_000_000 });
    expect(mergeDeal(deal({ amount: undefined }), deal({ amount: other })).amount).toEqual(other);
    const merged = mergeDeal(
      deal({ target: { name: 'Acme' } }),
      deal({ round: 'Series B', sector: 'ai', valuation: { currency: 'USD', amount: 1e9, basis: 'post' } }),
    );
    expect(merged.round).toBe('Series B');
    expect(merged.sector).toBe('ai');
    expect(merged.valuation).toEqual({ currency: 'USD', amount: 1e9, basis: 'post' });
    expect(merged.target).toEqual({ id: 'acme', name: 'Acme' });
    expect(mergeDeal(deal({ round: 'Series B' }), deal({ round: 'B轮' })).round).toBe('Series B');
  });

  it('takes the higher confidence and keeps the existing id, date and origin', () => {
    const merged = mergeDeal(deal({ confidence: 0.6, origin: 'edited' }), deal({ id: 'x', confidence: 0.8, date: '2024-03-20', origin: 'captured' }));
    expect(merged).toMatchObject({ id: 'acme-2024-03-funding', confidence: 0.8, date: '2024-03-10', origin: 'edited' });
    expect(mergeDeal(bundledZhipu, deal({ origin: 'captured', confidence: 0.8 }))).toMatchObject({ origin: 'bundled', confidence: 1 });
    expect(mergeDeal(deal({ origin: 'imported' }), deal({ origin: 'bundled', confidence: 1 })).origin).toBe('imported');
  });

  it('changes neither input and leaves no undefined fields', () => {
    const existing = deal({ amount: undefined, round: undefined });
    const incoming = deal({ investors: [{ name: 'New Angel' }] });
    const before = JSON.stringify([existing, incoming]);
    const merged = mergeDeal(existing, incoming);
    expect(JSON.stringify([existing, incoming])).toBe(before);
    expect(Object.values(merged).includes(undefined)).toBe(false);
    expect(merged.investors).not.toBe(existing.investors);
    expect(merged.sources).not.toBe(existing.sources);
  });

  it('is idempotent', () => {
    const once = mergeDeal(bundledZhipu, deal());
    expect(mergeDeal(once, deal())).toEqual(once);
    expect(mergeDeal(bundledZhipu, bundledZhipu)).toEqual(bundledZhipu);
  });
});

describe('normalizeUrl', () => {
  it('keeps http(s) URLs without fragment and tracking parameters', () => {
    expect(normalizeUrl('https://WWW.Example.com/news/1?id=3&utm_source=x#top')).toBe('https://www.example.com/news/1?id=3');
    expect(normalizeUrl('HTTP://example.com')).toBe('http://example.com/');
    expect(normalizeUrl('https://example.com:8443/a?utm_medium=y')).toBe('https://example.com:8443/a');
  });

  it('rejects other schemes and non-URLs', () => {
    for (const bad of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'file:///etc/passwd', 'ftp://x.org/', '/relative', 'https://', 'https://a b.com/']) {
      expect(normalizeUrl(bad), bad).toBeUndefined();
    }
  });
});

describe('dealIdFor', () => {
  it('is <target>-<yyyy-mm>-<type>, plus the round when known', () => {
    const draft: DealDraftRecord = deal();
    expect(dealIdFor(draft)).toBe('acme-2024-03-funding');
    expect(dealIdFor({ ...draft, round: 'Series A+' })).toBe('acme-2024-03-funding-series-a-plus');
    expect(dealIdFor({ ...draft, target: { name: 'Neue Fabrik GmbH' } })).toBe('neue-fabrik-gmbh-2024-03-funding');
    expect(dealIdFor({ ...draft, target: { name: '智谱' } })).toMatch(/^x[a-z0-9]+-2024-03-funding$/);
  });
});

describe('dealFromMention', () => {
  const money: MoneyMention[] = [
    { start: 30, end: 46, text: '2.5 billion yuan', currency: 'CNY', currencyReason: 'word yuan', currencyBasis: { by: 'written' }, amount: 2.5e9 },
    { start: 62, end: 74, text: '$342 million', currency: 'USD', currencyReason: 'symbol $', currencyBasis: { by: 'written' }, amount: 3.42e8, equivalentOf: 0 },
  ];
  const mention: DealMention = {
    start: 0,
    end: 90,
    text: '  Alibaba and Tencent put\n 2.5 billion yuan into Zhipu.  ',
    type: 'funding',
    target: { id: 'zhipu-ai', name: 'Zhipu AI' },
    investors: [
      { id: 'alibaba-group', name: 'Alibaba Group', role: 'lead' },
      { id: 'tencent', name: 'Tencent' },
    ],
    money: 0,
  };
  const page = { url: 'https://www.example.com/zhipu?utm_source=feed#x', title: ' Zhipu raises ', date: '2023-10-20' };

  it('makes a captured record with the page as its source', () => {
    expect(dealFromMention(mention, money, page)).toEqual({
      id: 'zhipu-ai-2023-10-funding',
      type: 'funding',
      target: { id: 'zhipu-ai', name: 'Zhipu AI' },
      investors: [
        { id: 'alibaba-group', name: 'Alibaba Group', role: 'lead' },
        { id: 'tencent', name: 'Tencent' },
      ],
      amount: { currency: 'CNY', amount: 2.5e9 },
      date: '2023-10-20',
      sources: [
        {
          url: 'https://www.example.com/zhipu',
          title: 'Zhipu raises',
          publisher: 'example.com',
          date: '2023-10-20',
          quote: 'Alibaba and Tencent put 2.5 billion yuan into Zhipu.',
        },
      ],
      origin: 'captured',
      confidence: 0.8,
    });
  });

  it('takes the amount an equivalent restates, and keeps range and qualifier', () => {
    expect(dealFromMention({ ...mention, money: 1 }, money, page)?.amount).toEqual({ currency: 'CNY', amount: 2.5e9 });
    const range: MoneyMention = { ...money[0]!, amount: 2e9, amountMax: 3e9, approx: 'about' };
    expect(dealFromMention(mention, [range], page)?.amount).toEqual({ currency: 'CNY', amount: 2e9, amountMax: 3e9, approx: 'about' });
  });

  it('carries a stated valuation with its basis, restated figures resolved, ranges left out', () => {
    const valued: MoneyMention = { start: 100, end: 111, text: '$20 billion', currency: 'USD', currencyReason: 'symbol $', currencyBasis: { by: 'written' }, amount: 2e10, approx: 'about' };
    const list = [...money, valued];
    expect(dealFromMention({ ...mention, valuation: { money: 2, basis: 'post' } }, list, page)?.valuation).toEqual({ currency: 'USD', amount: 2e10, basis: 'post' });
    expect(dealFromMention({ ...mention, valuation: { money: 1 } }, list, page)?.valuation).toEqual({ currency: 'CNY', amount: 2.5e9 });
    const range: MoneyMention = { ...valued, amount: 2e10, amountMax: 3e10 };
    expect(dealFromMention({ ...mention, valuation: { money: 2 } }, [...money, range], page)?.valuation).toBeUndefined();
    expect(dealFromMention({ ...mention, valuation: { money: 9 } }, list, page)?.valuation).toBeUndefined();
    // The valuation adds no confidence: it says nothing about whether the deal happened.
    expect(dealFromMention({ ...mention, valuation: { money: 2 } }, list, page)?.confidence).toBe(0.8);
  });

  it('takes the deal’s own date when the text gives one, the page date staying the report date', () => {
    const july = { ...page, date: '2024-07-15' };
    const feb = dealFromMention({ ...mention, date: '2024-02' }, money, july)!;
    expect(feb.date).toBe('2024-02');
    expect(feb.id).toBe('zhipu-ai-2024-02-funding');
    expect(feb.sources[0]!.date).toBe('2024-07-15');
    expect(dealFromMention({ ...mention, date: '2024-03-05' }, money, july)!.date).toBe('2024-03-05');
    // No date of its own, a date after the page's, or not a real date: the page date.
    expect(dealFromMention(mention, money, july)!.date).toBe('2024-07-15');
    expect(dealFromMention({ ...mention, date: '2024-08' }, money, july)!.date).toBe('2024-07-15');
    expect(dealFromMention({ ...mention, date: '2024-02-30' }, money, july)!.date).toBe('2024-07-15');
    expect(dealFromMention({ ...mention, date: '2023' }, money, july)!.date).toBe('2024-07-15');
  });

  it('scores confidence 0.6–0.8 by completeness', () => {
    const bare = { ...mention, target: { name: 'Zhipu' }, investors: [], money: undefined };
    expect(dealFromMention(bare, money, page)?.confidence).toBe(0.6);
    expect(dealFromMention({ ...bare, money: 0 }, money, page)?.confidence).toBe(0.7);
    expect(dealFromMention({ ...bare, money: 0, investors: mention.investors }, money, page)?.confidence).toBe(0.75);
    expect(dealFromMention(mention, money, page)?.confidence).toBe(0.8);
  });

  it('ignores an amount index out of range or an unusable amount', () => {
    expect(dealFromMention({ ...mention, money: 7 }, money, page)?.amount).toBeUndefined();
    const zero: MoneyMention = { ...money[0]!, amount: 0 };
    expect(dealFromMention(mention, [zero], page)?.amount).toBeUndefined();
  });

  it('keeps only http(s) URLs; the publisher falls back to the host, then to "unknown"', () => {
    const js = dealFromMention(mention, money, { url: 'javascript:alert(1)', date: '2023-10-20' })!;
    expect(js.sources[0]!.url).toBeUndefined();
    expect(js.sources[0]!.publisher).toBe('unknown');
    const data = dealFromMention(mention, money, { url: 'data:text/html,hi', publisher: 'Caixin', date: '2023-10-20' })!;
    expect(data.sources[0]).toMatchObject({ publisher: 'Caixin' });
    expect(data.sources[0]!.url).toBeUndefined();
    expect(dealFromMention(mention, money, { url: 'http://news.example.org/a', date: '2023-10-20' })!.sources[0]!.publisher).toBe(
      'news.example.org',
    );
  });

  it('cuts the quote to 300 characters, never inside a surrogate pair', () => {
    const long = `${'x'.repeat(298)}😀 and more`;
    const quote = dealFromMention({ ...mention, text: long }, money, page)!.sources[0]!.quote!;
    expect(quote.length).toBeLessThanOrEqual(300);
    expect(quote.endsWith('…')).toBe(true);
    expect(quote).not.toMatch(/[\ud800-\udbff]…$/);
    expect(dealFromMention({ ...mention, text: 'y'.repeat(300) }, money, page)!.sources[0]!.quote).toBe('y'.repeat(300));
  });

  it('trims names, drops empty and duplicate investors and the target itself', () => {
    const messy: DealMention = {
      ...mention,
      target: { name: ' Acme ' },
      investors: [
        { name: ' Big Fund ', role: 'participant' },
        { name: 'Big Fund', role: 'lead' },
        { name: '  ' },
        { name: 'ACME Inc.' },
      ],
    };
    const d = dealFromMention(messy, money, page)!;
    expect(d.target).toEqual({ name: 'Acme' });
    expect(d.investors).toEqual([{ name: 'Big Fund', role: 'lead' }]);
  });

  it('adds the round to the id and the record', () => {
    const d = dealFromMention({ ...mention, round: 'Series B' }, money, page)!;
    expect(d.round).toBe('Series B');
    expect(d.id).toBe('zhipu-ai-2023-10-funding-series-b');
  });

  it('asks idFor for the id', () => {
    const seen: unknown[] = [];
    const d = dealFromMention(mention, money, page, (draft) => {
      seen.push(draft);
      return 'custom-id';
    });
    expect(d?.id).toBe('custom-id');
    expect(seen).toHaveLength(1);
    expect(seen[0]).not.toHaveProperty('id');
  });

  it('is null without a target name or a real page date', () => {
    expect(dealFromMention({ ...mention, target: { name: '  ' } }, money, page)).toBeNull();
    expect(dealFromMention(mention, money, { ...page, date: '2023-02-30' })).toBeNull();
    expect(dealFromMention(mention, money, { ...page, date: '2023-10' })).toBeNull();
    expect(dealFromMention(mention, money, { ...page, date: 'yesterday' })).toBeNull();
  });

  it('captures the Zhipu story’s deals, and they merge into the bundled ones', () => {
    const text = ZHIPU_WIRE_STORY;
    const found = extractMoney(text, { lang: 'en', date: '2023-10-20' });
    const mentions = extractDeals(text, found, findCompanies(text, createCompanyMatcher(companies)));
    const page = { url: 'https://news.example.com/zhipu', publisher: 'Example News', date: '2023-10-20' };
    const captured = mentions.map((m) => dealFromMention(m, found, page)!);
    expect(captured.map((d) => d.id)).toEqual(['zhipu-ai-2023-10-funding', 'baichuan-ai-2023-10-funding']);
    for (const d of captured) {
      const match = bundled.filter((b) => sameDeal(b, d));
      expect(match.map((b) => b.id)).toEqual([d.id]);
      const merged = mergeDeal(match[0]!, d);
      expect(merged.origin).toBe('bundled');
      expect(merged.sources.at(-1)).toMatchObject({ url: 'https://news.example.com/zhipu', publisher: 'Example News' });
      expect(merged.sources.length).toBe(match[0]!.sources.length + 1);
    }
  });
});
