import { describe, expect, it } from 'vitest';
import { formatMoney, formatRange, formatRate } from './format-money';

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
