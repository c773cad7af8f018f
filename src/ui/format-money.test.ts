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
  it('falls back for codes Intl does not know', () => {
    expect(formatMoney(5, 'XYZ1')).toContain('XYZ1');
  });
});
