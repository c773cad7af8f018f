import { describe, expect, it } from 'vitest';
import { CURRENCIES } from '../core/money/currency-table';
import { DEFAULT_CURRENCIES, defaultHomeCurrency } from './default-currency';

describe('defaultHomeCurrency', () => {
  it.each([
    // The languages issue #18 names.
    [['zh-CN'], 'CNY'],
    [['zh-TW'], 'TWD'],
    [['ja'], 'JPY'],
    [['en-GB'], 'GBP'],
    [['de'], 'EUR'],
    [['fr'], 'EUR'],
    [['it'], 'EUR'],
    [['nl'], 'EUR'],
    [['es'], 'EUR'],
    [['fi'], 'EUR'],
    [['el'], 'EUR'],
    [['en-US'], 'USD'],
    [['en'], 'USD'],
  ])('%j → %s', (languages, currency) => expect(defaultHomeCurrency(languages)).toBe(currency));

  it.each([
    // Region variants: the country named wins over the language's most likely one.
    [['zh'], 'CNY'],
    [['zh-Hans-CN'], 'CNY'],
    [['zh-Hant'], 'TWD'],
    [['zh-Hant-TW'], 'TWD'],
    [['zh-HK'], 'HKD'],
    [['zh-SG'], 'SGD'],
    [['ja-JP'], 'JPY'],
    [['de-DE'], 'EUR'],
    [['de-AT'], 'EUR'],
    [['de-CH'], 'CHF'],
    [['fr-CA'], 'CAD'],
    [['fr-BE'], 'EUR'],
    [['en-IE'], 'EUR'],
    [['en-AU'], 'AUD'],
    [['en-IN'], 'INR'],
    [['pt-PT'], 'EUR'],
    [['pt-BR'], 'BRL'],
    [['es-MX'], 'MXN'],
    [['ko'], 'KRW'],
    [['zh_CN'], 'CNY'],
    [['EN-gb'], 'GBP'],
  ])('%j → %s', (languages, currency) => expect(defaultHomeCurrency(languages)).toBe(currency));

  it('takes the first valid tag, most preferred first', () => {
    expect(defaultHomeCurrency(['en-GB', 'zh-CN'])).toBe('GBP');
    expect(defaultHomeCurrency(['zh-CN', 'en-GB'])).toBe('CNY');
    expect(defaultHomeCurrency(['', 'not a tag!', 'ja'])).toBe('JPY');
  });

  it('falls back to US dollars: no languages, no valid tag, no country, or a currency DealLens does not offer', () => {
    expect(defaultHomeCurrency([])).toBe('USD');
    expect(defaultHomeCurrency(['', '!!'])).toBe('USD');
    expect(defaultHomeCurrency(['es-419'])).toBe('USD');
    expect(defaultHomeCurrency(['en-NG'])).toBe('USD');
    expect(defaultHomeCurrency(['ru'])).toBe('USD');
  });

  it('gives only currencies offered as a home currency', () => {
    const offered = CURRENCIES.filter((c) => c.offer).map((c) => c.code);
    expect(DEFAULT_CURRENCIES.filter((c) => !offered.includes(c))).toEqual([]);
  });
});
