import { afterEach, describe, expect, it, vi } from 'vitest';
import zh from '../../public/_locales/zh_CN/messages.json';
import { extractMoney } from '../core/money/extract-money';
import { formatMessage } from '../platform/i18n';
import { currencyBasisText, currencyInferred, currencyName } from './currency-reason';

const basisOf = (text: string, context?: { lang?: string; domain?: string }) => extractMoney(text, context)[0]!.currencyBasis;

describe('currencyInferred', () => {
  it('is false when the text wrote the currency, true when DealLens inferred it', () => {
    for (const written of ['2.5 billion yuan', 'US$342 million', 'RMB1.5bn', '25亿元人民币', '$5 billion Hong Kong dollars']) expect(currencyInferred(basisOf(written)), written).toBe(false);
    for (const inferred of ['It raised $5 million.', '售价¥7,999。', 'HK$ rose; it paid $5 million.']) expect(currencyInferred(basisOf(inferred)), inferred).toBe(true);
    expect(currencyInferred(basisOf('It raised $5 million.', { domain: 'scmp.com.hk' }))).toBe(true);
  });
});

describe('currencyBasisText', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('says how DealLens read the currency, in a sentence', () => {
    expect(currencyBasisText(basisOf('2.5 billion yuan'), 'CNY', 'en')).toBeNull();
    expect(currencyBasisText({ by: 'default' }, 'USD', 'en')).toBe('Read as US Dollar: nothing on the page says otherwise');
    expect(currencyBasisText({ by: 'page-region', region: 'HK' }, 'HKD', 'en')).toBe('Read as Hong Kong Dollar: the page is from Hong Kong SAR China');
    expect(currencyBasisText({ by: 'nearby', word: 'HK$' }, 'HKD', 'en')).toBe('Read as Hong Kong Dollar, from “HK$” nearby');
  });

  it('says it in Chinese', () => {
    const messages = zh as Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
    vi.stubGlobal('chrome', { i18n: { getMessage: (key: string, subs?: string[]) => formatMessage(messages[key]!, subs ?? []), getUILanguage: () => 'zh-CN' } });
    expect(currencyBasisText({ by: 'default' }, 'USD', 'zh-CN')).toBe('按美元计：页面上没有其他说明');
    expect(currencyBasisText({ by: 'page-language', lang: 'zh' }, 'CNY', 'zh-CN')).toBe('按人民币计：页面语言为中文');
    expect(currencyBasisText({ by: 'text' }, 'CNY', 'zh-CN')).toBe('按人民币计：根据文章其余部分判断');
  });
});

describe('currencyName', () => {
  it("names the currency in the reader's language", () => {
    expect(currencyName('USD', 'en')).toBe('US Dollar');
    expect(currencyName('CNY', 'zh-CN')).toBe('人民币');
    expect(currencyName('XQQ', 'en')).toBe('XQQ');
  });
});
