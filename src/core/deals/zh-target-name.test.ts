import { describe, expect, it } from 'vitest';
import type { CompanyMention } from '../types';
import { zhTrimTarget } from './zh-target-name';

const mention = (text: string, start = 10): CompanyMention => ({ start, end: start + text.length, text, name: text, id: `unknown:${text}` });

describe('a Chinese target the reader ran into the words around it', () => {
  it('cuts a listing label before the name ("北交所新股日知科技")', () => {
    expect(zhTrimTarget(mention('北交所新股日知科技'))).toMatchObject({ text: '日知科技', start: 15, end: 19 });
    expect(zhTrimTarget(mention('新股日知科技')).text).toBe('日知科技');
  });

  it('cuts the shares after the name ("喜马拉雅全部股份", "华辰电子的股权")', () => {
    expect(zhTrimTarget(mention('喜马拉雅全部股份')).text).toBe('喜马拉雅');
    expect(zhTrimTarget(mention('华辰电子的股权')).text).toBe('华辰电子');
  });

  it('keeps a name that ends in 股份 and one with nothing to cut', () => {
    const own = mention('沐曦股份');
    expect(zhTrimTarget(own)).toBe(own);
    const plain = mention('宁德时代');
    expect(zhTrimTarget(plain)).toBe(plain);
  });
});
