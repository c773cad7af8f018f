import { describe, expect, it } from 'vitest';
import { investorLines, readInvestorLines } from './investor-lines';

const zh = { lead: '领投', participant: '跟投', existing: '老股东' };
const en = { lead: 'lead', participant: 'participant', existing: 'existing' };

describe('investor lines', () => {
  const investors = [{ id: 'sequoia', name: 'Sequoia', role: 'lead' as const }, { name: 'HongShan' }, { name: 'Tencent', role: 'existing' as const }];

  it('writes roles in the reader\'s words and reads them back to the same investors', () => {
    expect(investorLines(investors, zh)).toBe('Sequoia | 领投\nHongShan\nTencent | 老股东');
    expect(readInvestorLines(investorLines(investors, zh), investors, zh)).toEqual(investors);
    expect(readInvestorLines(investorLines(investors, en), investors, en)).toEqual(investors);
  });

  it('takes the export format\'s codes in any interface, and a bar that is not before a role as part of the name', () => {
    expect(readInvestorLines('Sequoia | LEAD\n  \nA|B Capital', investors, zh)).toEqual([{ id: 'sequoia', name: 'Sequoia', role: 'lead' }, { name: 'A|B Capital' }]);
  });
});
