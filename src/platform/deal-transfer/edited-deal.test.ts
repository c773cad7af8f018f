import { describe, expect, it } from 'vitest';
import { checkEditedDeal } from './edited-deal';
import { importDeals } from './import-deals';
import { edgeCaseDeals } from './test-deals';

const deal = edgeCaseDeals[0]!;

describe('checkEditedDeal', () => {
  it('takes what an import takes', () => {
    for (const d of edgeCaseDeals) expect(checkEditedDeal(JSON.parse(JSON.stringify(d)))).toEqual(importDeals(JSON.stringify([d]), 'json', new Set()).accepted[0]);
  });

  it('refuses what an import refuses, with the same reason', () => {
    const bad = [
      { ...deal, amount: { currency: 'DOLLARS', amount: 5 } },
      { ...deal, date: '2024-02-30' },
      { ...deal, sources: [{ publisher: 'X', date: '2024-01-01', url: 'javascript:alert(1)' }] },
      { ...deal, sources: [{ publisher: 'X', date: '2024-01-01', url: 'https://user:secret@example.com/a' }] },
      { ...deal, investors: [{ name: ' ' }] },
      { ...deal, firstSeen: '2024-01-01T00:00:00Z' },
    ];
    for (const value of bad) {
      const [rejected] = importDeals(JSON.stringify([value]), 'json', new Set()).rejected;
      expect(rejected, JSON.stringify(value)).toBeDefined();
      expect(() => checkEditedDeal(value)).toThrow(`This deal is not valid: ${rejected!.reason}`);
    }
  });
});
