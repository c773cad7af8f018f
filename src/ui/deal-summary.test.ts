import { describe, expect, it } from 'vitest';
import type { DealRecord } from '../core/types';
import { dealInvestors, dealKindLabel, dealTitle } from './deal-summary';

const deal: DealRecord = {
  id: 'zhipu-ai-2023-10-funding',
  type: 'funding',
  target: { id: 'zhipu-ai', name: 'Zhipu AI' },
  investors: [{ name: 'Alibaba Group', role: 'lead' }, { name: 'Tencent' }, { name: 'Ant Group' }, { name: 'Xiaomi' }, { name: 'Meituan' }],
  amount: { currency: 'CNY', amount: 2.5e9 },
  date: '2023-10',
  sources: [{ publisher: 'X', date: '2023-10-20', url: 'javascript:alert(1)' }, { publisher: 'Y', date: '2023-10-21', url: 'https://example.com/a' }],
  origin: 'bundled',
  confidence: 1,
};

describe('deal summary', () => {
  it('titles a deal with its amount and lists investors, leads marked', () => {
    expect(dealTitle(deal)).toBe('Zhipu AI · funding CN¥2.5B');
    expect(dealInvestors(deal, 'en')).toBe('Alibaba Group (lead), Tencent, Ant Group, Xiaomi, and 1 more');
  });

  it('names a listing by its round alone, other deals by kind and round', () => {
    expect(dealKindLabel({ type: 'ipo', round: 'ipo' })).not.toMatch(/IPO · IPO/);
    expect(dealKindLabel({ type: 'funding', round: 'Series C' })).toBe('funding · Series C');
    expect(dealKindLabel({ type: 'acquisition' })).toBe('acquisition');
  });
});
