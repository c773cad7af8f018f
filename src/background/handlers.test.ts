import { describe, expect, it } from 'vitest';
import { backgroundHandlers } from './handlers';

const sender = {};

describe('background handlers', () => {
  it('converts amounts at each asked day, resolving "today"', async () => {
    const rows = await backgroundHandlers.convert({ amounts: [{ amount: 2.5e9, currency: 'CNY' }], to: 'USD', days: ['2023-10-20', 'today'] }, sender);
    expect(rows).toHaveLength(1);
    const [article, today] = rows[0]!;
    expect(article!.conversion!.rateDate).toBe('2023-10-20');
    expect(Math.round(article!.conversion!.amount / 1e6)).toBe(342);
    expect(today!.askedDay).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(today!.conversion!.rateDate <= today!.askedDay).toBe(true);
  });

  it('says why an amount cannot be converted', async () => {
    const answer = (await backgroundHandlers.convert({ amounts: [{ amount: 1, currency: 'XAU' }], to: 'USD', days: ['2023-10-20'] }, sender))[0]![0]!;
    expect(answer.conversion).toBeNull();
    expect(answer.problem).toMatch(/No XAU→USD rate/);
  });

  it('looks companies up in the bundled data', async () => {
    const [hongshan, missing] = await backgroundHandlers.lookupCompanies({ ids: ['hongshan', 'no-such-company'] }, sender);
    expect(hongshan).toMatchObject({ id: 'hongshan', name: 'HongShan', deals: [] });
    expect(hongshan!.formerNames).toEqual(expect.arrayContaining(['Sequoia China']));
    expect(missing).toBeNull();
  });
});
