import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFreechange } from '../../../scripts/build-rates';
import { ecbFile } from '../../../test/fixtures';
import { convert } from '../fx/convert';
import { parseEcbXml } from '../fx/ecb-xml';
import { dayNumber, decodeRateHistory, type EncodedRateHistory } from '../fx/rate-codec';
import { createHistorySource } from '../fx/rate-source';
import type { PageContext } from '../types';
import { buildMarkers } from './currencies';
import { CURRENCIES, currencyRecord, markOptions, markText, UNREAD_WORDS, zhCurrencyName, type CurrencyRecord } from './currency-table';
import { extractMoney } from './extract-money';

/** The page a currency's shared markers are settled on: its own country. */
const home = (c: CurrencyRecord): PageContext | undefined => (c.regions?.[0] ? { lang: `en-${c.regions[0]}` } : undefined);

/** Reads `text` and expects exactly one amount of 5 billion (of the minor unit when `exp` is negative:
 * 5 billion cents are 50 million dollars), spanning `marker`, in `code`. */
function readsAs(text: string, code: string, marker: string, context?: PageContext, exp = 0): void {
  const got = extractMoney(text, context);
  const amount = exp < 0 ? 5e9 / 10 ** -exp : 5e9;
  expect(got.map((m) => [m.currency, m.amount]), `${JSON.stringify(text)} ${JSON.stringify(context ?? {})}`).toEqual([[code, amount]]);
  expect(got[0]!.text, text).toContain(marker);
}

describe('words of currencies DealLens does not read (UNREAD_WORDS)', () => {
  it('are each a word a read currency is written with, so that the places have something to leave unread', () => {
    const suffixWords = new Set(buildMarkers().suffixes.filter((t) => t.kind === 'word').map((t) => t.t));
    for (const u of UNREAD_WORDS) for (const w of u.words) expect(suffixWords.has(w), w).toBe(true);
  });

  it('leave the word unread where their place stands on the line and nothing names the read currency', () => {
    expect(extractMoney('Sri Lanka raised 40 billion rupees from the sale.')).toEqual([]);
    expect(extractMoney("Morocco's budget of 500 billion dirhams passed.")).toEqual([]);
    expect(extractMoney("Lebanon's central bank printed 50 trillion pounds.")).toEqual([]);
    expect(extractMoney('Oman raised 2 billion riyals.')).toEqual([]);
    // Named on the line, the read currency stands.
    expect(extractMoney('Sri Lankan tea sold well in Delhi, which raised 40 billion rupees.').map((m) => m.currency)).toEqual(['INR']);
    expect(extractMoney('A visitor from Sri Lanka paid 40 billion Indian rupees.').map((m) => m.currency)).toEqual(['INR']);
  });
});

describe('the currency table', () => {
  it('has one record per ISO code, with plain facts', () => {
    const codes = CURRENCIES.map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const c of CURRENCIES) {
      expect(c.code).toMatch(/^[A-Z]{3}$/);
      expect(c.en[0].length, c.code).toBeGreaterThan(2);
      expect(c.zhName, c.code).toMatch(/^[\u4e00-\u9fff]+$/);
      for (const r of c.regions ?? []) expect(r, c.code).toMatch(/^[A-Z]{2}$/);
      // A home or extra currency converts every day: a daily bundled history, or live ECB rates over a weekly one.
      if (c.offer) expect(c.history === 'daily' || (c.history === 'weekly' && c.ecb), `${c.code} is offered`).toBe(true);
      expect(currencyRecord(c.code)).toBe(c);
      expect(zhCurrencyName(c.code)).toBe(c.zhName);
    }
  });

  it('gives every marker to one currency, unless the currencies sharing it all say so', () => {
    expect(buildMarkers().conflicts).toEqual([]);
    const shared = new Map<string, { opts: string; defaults: string[]; codes: string[] }>();
    for (const c of CURRENCIES) {
      for (const s of c.shared ?? []) {
        const { default: isDefault, ...rest } = s;
        const opts = JSON.stringify(rest);
        const had = shared.get(s.t) ?? { opts, defaults: [], codes: [] };
        expect(opts, `${s.t} is written the same way by every currency sharing it (${c.code})`).toBe(had.opts);
        had.codes.push(c.code);
        if (isDefault) had.defaults.push(c.code);
        shared.set(s.t, had);
      }
    }
    for (const [t, s] of shared) {
      expect(s.defaults.length, `${t}: at most one default`).toBeLessThanOrEqual(1);
      expect(s.codes.length, `${t} is shared by at least two currencies`).toBeGreaterThanOrEqual(2);
    }
  });

  it('catches a marker two currencies claim', () => {
    const twice = [...CURRENCIES, { ...CURRENCIES.find((c) => c.code === 'EUR')!, code: 'XEU', zhName: '测试元' }];
    expect(buildMarkers(twice).conflicts).toContain('€ (before): EUR and XEU');
  });

  it('reads back every name, symbol and code of every currency as that currency', () => {
    for (const c of CURRENCIES) {
      const careful = (opts: { care?: string }) => (opts.care?.includes('cue') ? home(c) : undefined);
      for (const name of [c.en[0], c.en[1], ...(c.words ?? []).map(markText)]) {
        const opts = markOptions((c.words ?? []).find((w) => markText(w) === name) ?? name);
        // A measure word too ("三块砖"): read only with the jiao after it ("5块5" is 5.5).
        if (opts.change === 'must') {
          expect(extractMoney(`共计5${name}5。`).map((m) => [m.currency, m.amount])).toEqual([[c.code, 5.5]]);
          continue;
        }
        readsAs(`It cost 5 billion ${name}.`, c.code, name, careful(opts), opts.exp);
      }
      for (const name of [c.zhName, ...(c.zh ?? [])]) {
        if ((c.shared ?? []).some((s) => s.t === name)) continue;
        readsAs(`共计50亿${name}。`, c.code, name);
      }
      for (const name of (c.zhBefore ?? []).map(markText)) readsAs(`共计${name}50亿。`, c.code, name);
      for (const mark of [...(c.symbols ?? []), ...(c.before ?? [])]) {
        readsAs(`It cost ${markText(mark)}5 billion.`, c.code, markText(mark), careful(markOptions(mark)));
      }
      for (const mark of [...(c.symbols ?? []), ...(c.after ?? [])]) {
        // A one-letter marker is read only attached to the number ("289.4p").
        const t = markText(mark);
        const text = /^[A-Za-z]$/.test(t) ? `It cost 5000000000.0${t} in all.` : `It cost 5 billion ${t} in all.`;
        readsAs(text, c.code, t, careful(markOptions(mark)), markOptions(mark).exp);
      }
      for (const mark of [{ t: c.code, ...c.iso }, ...(c.codes ?? [])]) {
        const t = markText(mark);
        const scaled = markOptions(mark).exp ? `${t} 5000` : `${t} 5 billion`;
        readsAs(`It cost ${scaled} in all.`, c.code, t);
        readsAs(`It cost ${markOptions(mark).exp ? `5000 ${t}` : `5 billion ${t}`} in all.`, c.code, t);
      }
    }
  });

  it('reads a shared marker as each of its currencies on that currency’s pages, and as its default elsewhere', () => {
    for (const c of CURRENCIES) {
      for (const s of c.shared ?? []) {
        const yen = s.t === '¥' || s.t === '￥';
        const context = yen ? { lang: c.code === 'CNY' ? 'zh-CN' : 'ja' } : home(c);
        const text = s.kind === 'symbol' && s.at !== 'after' ? `It cost ${s.t}5 billion.` : s.t === '元' ? '共计50亿元。' : `It cost 5 billion ${s.t}.`;
        readsAs(text, c.code, s.t, context, s.exp);
        if (s.default) readsAs(text, c.code, s.t, undefined, s.exp);
      }
    }
  });

  it('holds only currencies the bundled history covers, daily or monthly as it says', () => {
    const history = readFreechange();
    for (const c of CURRENCIES) {
      if (c.code === 'USD') continue;
      const values = history.series[c.code];
      expect(values, `${c.code} in the bundled history`).toBeDefined();
      const perYear = (year: string) => history.days.filter((d, k) => d.startsWith(year) && values![k] !== null).length;
      const [y2022, y2023] = [perYear('2022'), perYear('2023')];
      expect(Math.min(y2022, y2023), `${c.code} has at least a monthly rate in 2022 and 2023`).toBeGreaterThanOrEqual(9);
      const source = Math.min(y2022, y2023) >= 150 ? 'daily' : 'monthly';
      expect(c.history === 'monthly' ? 'monthly' : 'daily', `${c.code}: ${y2022} and ${y2023} rates in 2022 and 2023`).toBe(source);
    }
  });

  it('converts every currency to any other from the bundled tables, with a rate as recent as its history says', () => {
    const sources = ['usd-daily', 'usd-weekly'].map((name) => createHistorySource(decodeRateHistory(JSON.parse(
      fs.readFileSync(path.resolve(import.meta.dirname, `../../data/rates/${name}.generated.json`), 'utf8')) as EncodedRateHistory)));
    const maxAge = { daily: 4, weekly: 9, monthly: 40 };
    for (const day of ['2014-03-14', '2023-10-20']) {
      for (const c of CURRENCIES) {
        for (const to of ['USD', 'EUR', 'CNY', 'TRY']) {
          if (to === c.code) continue;
          const r = convert({ amount: 1, currency: c.code }, to, day, sources);
          expect(r, `${c.code} → ${to} on ${day}`).not.toBeNull();
          const slowest = [c.history, currencyRecord(to)!.history].includes('monthly') ? 'monthly' : c.history === 'daily' && to !== 'TRY' ? 'daily' : 'weekly';
          expect(dayNumber(day) - dayNumber(r!.rateDate), `${c.code} → ${to} on ${day}: rate of ${r!.rateDate}`).toBeLessThanOrEqual(maxAge[slowest]);
        }
      }
    }
  });

  it('says which currencies the ECB publishes, and bounds their rates around a real ECB day', () => {
    const ecb = parseEcbXml(ecbFile('eurofxref-daily-2022-07-08.xml'));
    for (const c of CURRENCIES) {
      if (c.code === 'EUR') continue;
      // RUB was last published in March 2022.
      expect(c.ecb, c.code).toBe(ecb.series[c.code] !== undefined);
      const rate = ecb.series[c.code]?.[0];
      if (rate && c.perEuro) {
        expect(rate, c.code).toBeGreaterThan(c.perEuro[0]);
        expect(rate, c.code).toBeLessThan(c.perEuro[1]);
      }
    }
  });
});
