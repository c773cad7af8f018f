import { describe, expect, it } from 'vitest';
import { currencyInferred, currencyName } from './currency-reason';

describe('currencyInferred', () => {
  it('is false when the text wrote the currency, true when DealLens inferred it', () => {
    for (const written of ['word yuan', 'symbol US$', 'code RMB', 'word 元人民币']) expect(currencyInferred(written), written).toBe(false);
    for (const inferred of ['bare $ defaults to USD', '¥ read as yuan: Chinese context (Chinese text)', '$ on a hong kong page read as HKD', 'word 元'.replace('word', 'Chinese context')]) {
      expect(currencyInferred(inferred), inferred).toBe(true);
    }
  });
});

describe('currencyName', () => {
  it("names the currency in the reader's language", () => {
    expect(currencyName('USD', 'en')).toBe('US Dollar');
    expect(currencyName('CNY', 'zh-CN')).toBe('人民币');
    expect(currencyName('XQQ', 'en')).toBe('XQQ');
  });
});
