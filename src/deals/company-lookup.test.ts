import { describe, expect, it } from 'vitest';
import type { CompanyRecord, DealRecord } from '../core/types';
import { MAX_IDS } from '../messages/schemas';
import { IDS_PER_REQUEST, withPartyRecords } from './company-lookup';

const deal = (target: string, investors: string[]): DealRecord => ({
  id: `${target}-deal`, type: 'funding', target: { id: target, name: target }, investors: investors.map((id) => ({ id, name: id })), date: '2024-01', sources: [], origin: 'bundled', confidence: 1,
});

describe('withPartyRecords', () => {
  it('asks once for each party id it does not know, in requests the background accepts', async () => {
    const asked: string[][] = [];
    const ask = async ({ ids }: { ids: string[] }) => (asked.push(ids), ids.map((id) => (id === 'gone' ? null : ({ id, name: id.toUpperCase(), kind: 'company' } as CompanyRecord))));
    const known = new Map([['alibaba', { id: 'alibaba', name: 'Alibaba', zh: ['阿里巴巴'], kind: 'both' } as CompanyRecord]]);
    const result = await withPartyRecords([deal('zhipu-ai', ['alibaba', 'tencent']), deal('baichuan-ai', ['tencent', 'gone'])], known, ask);
    expect(asked).toEqual([['zhipu-ai', 'tencent', 'baichuan-ai', 'gone']]);
    expect([...result.keys()].sort()).toEqual(['alibaba', 'baichuan-ai', 'tencent', 'zhipu-ai']);
    expect(known.size).toBe(1);

    asked.length = 0;
    const many = Array.from({ length: IDS_PER_REQUEST + 1 }, (_, i) => deal(`co-${i}`, []));
    await withPartyRecords(many, new Map(), ask);
    expect(asked.map((ids) => ids.length)).toEqual([IDS_PER_REQUEST, 1]);
    expect(IDS_PER_REQUEST).toBeLessThanOrEqual(MAX_IDS);
  });
});
