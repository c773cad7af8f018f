import { describe, expect, it } from 'vitest';
import { listParts } from './list-parts';

describe('listParts', () => {
  const names = [{ n: '腾讯' }, { n: '阿里巴巴' }, { n: '小米' }];
  it("keeps each item between the language's separators", () => {
    const parts = listParts(names, (x) => x.n, 'zh-CN');
    expect(parts.map((p) => (typeof p === 'string' ? p : `[${p.n}]`)).join('')).toBe('[腾讯]、[阿里巴巴]和[小米]');
    expect(parts.filter((p) => typeof p !== 'string')).toEqual(names);
    expect(listParts(names, (x) => x.n, 'en').map((p) => (typeof p === 'string' ? p : p.n)).join('')).toBe('腾讯, 阿里巴巴, and 小米');
  });
  it('gives a lone item alone, and nothing for no items', () => {
    expect(listParts(['A'], (x) => x, 'en')).toEqual(['A']);
    expect(listParts([], (x: string) => x, 'en')).toEqual([]);
  });
});
