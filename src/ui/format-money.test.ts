import { describe, expect, it } from 'vitest';
import { DEFAULT_MONEY_FORMAT, formatMoney, formatRange, formatRate, moneyFormatOf } from './format-money';

describe('formatMoney', () => {
  it('writes US dollars as US$ in compact form', () => {
    expect(formatMoney(342_137_676, 'USD')).toBe('US$342M');
  });
  it('keeps other symbols from Intl', () => {
    expect(formatMoney(2.5e9, 'CNY')).toBe('CN¥2.5B');
    expect(formatMoney(3.5e9, 'HKD')).toBe('HK$3.5B');
  });
  it('formats ranges and rates', () => {
    expect(formatRange(2e9, 3e9, 'USD')).toBe('US$2B–US$3B');
    expect(formatRate(0.136855070480)).toBe('0.136855');
    expect(formatRate(1321.61)).toBe('1321.61');
  });
  it('writes Chinese amounts with 亿 and 万 in the Chinese UI', () => {
    expect(formatMoney(342_137_676, 'USD', { locale: 'zh-CN' })).toBe('3.42亿美元');
    expect(formatMoney(2.5e9, 'CNY', { locale: 'zh-CN' })).toBe('25亿元');
    expect(formatMoney(25_400_000, 'USD', { locale: 'zh' })).toBe('2540万美元');
    expect(formatMoney(3.5e9, 'HKD', { locale: 'zh-TW' })).toBe('35亿港元');
    expect(formatMoney(950, 'EUR', { locale: 'zh-CN' })).toBe('950欧元');
    expect(formatMoney(1e8, 'XAU', { locale: 'zh-CN' })).toBe('1亿 XAU');
  });

  it('falls back for codes Intl does not know', () => {
    expect(formatMoney(5, 'XYZ1')).toContain('XYZ1');
  });
});

describe('the reader\'s number format', () => {
  const full = { notation: 'full' as const, digits: 3 };
  it('writes full amounts rounded to the significant digits', () => {
    expect(formatMoney(342_137_676, 'USD', { format: full })).toBe('US$342,000,000');
    expect(formatMoney(342_137_676, 'USD', { format: { notation: 'full', digits: 6 } })).toBe('US$342,138,000');
    expect(formatMoney(2.5e9, 'CNY', { format: full })).toBe('CN¥2,500,000,000');
  });
  it('writes compact amounts with more or fewer digits', () => {
    expect(formatMoney(342_137_676, 'USD', { format: { notation: 'compact', digits: 5 } })).toBe('US$342.14M');
    expect(formatMoney(342_137_676, 'USD', { format: { notation: 'compact', digits: 2 } })).toBe('US$340M');
    expect(formatMoney(342_137_676, 'USD', { format: DEFAULT_MONEY_FORMAT })).toBe(formatMoney(342_137_676, 'USD'));
  });
  it('keeps 亿 and 万 for compact Chinese, with the chosen digits, and full Chinese amounts through Intl', () => {
    expect(formatMoney(342_137_676, 'USD', { locale: 'zh-CN', format: { notation: 'compact', digits: 4 } })).toBe('3.421亿美元');
    expect(formatMoney(25_412_345, 'USD', { locale: 'zh-CN', format: { notation: 'compact', digits: 2 } })).toBe('2500万美元');
    expect(formatMoney(342_137_676, 'USD', { locale: 'zh-CN', format: full })).toBe('US$342,000,000');
  });
  it('formats ranges in the same format and reads it from the settings', () => {
    expect(formatRange(2e9, 3e9, 'USD', 'en', full)).toBe('US$2,000,000,000–US$3,000,000,000');
    expect(moneyFormatOf({ moneyNotation: 'full', moneyDigits: 4 })).toEqual({ notation: 'full', digits: 4 });
  });
});
