import { describe, expect, it } from 'vitest';
import { companyTitle, isChineseLocale, joinNames } from './company-name';

describe('companyTitle', () => {
  const zhipu = { name: 'Zhipu AI', zh: ['智谱', '北京智谱华章科技有限公司'] };
  it('puts the Chinese name first in a Chinese interface, the English one as subtitle', () => {
    expect(companyTitle(zhipu, 'zh-CN')).toEqual({ title: '智谱', subtitle: 'Zhipu AI' });
    expect(companyTitle(zhipu, 'zh')).toEqual({ title: '智谱', subtitle: 'Zhipu AI' });
  });
  it('keeps the canonical name elsewhere and when the data has no Chinese name', () => {
    expect(companyTitle(zhipu, 'en-US')).toEqual({ title: 'Zhipu AI' });
    expect(companyTitle({ name: 'Nvidia' }, 'zh-CN')).toEqual({ title: 'Nvidia' });
  });
  it('tells a Chinese locale from others', () => {
    expect(isChineseLocale('zh-TW')).toBe(true);
    expect(isChineseLocale('en')).toBe(false);
    expect(isChineseLocale('zu')).toBe(false);
  });
});

describe('joinNames', () => {
  it('joins with the language\'s list punctuation', () => {
    expect(joinNames(['A', 'B', 'C'], 'en')).toBe('A, B, and C');
    expect(joinNames(['腾讯', '阿里巴巴', '小米'], 'zh-CN')).toBe('腾讯、阿里巴巴和小米');
  });
});
