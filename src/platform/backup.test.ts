import { describe, expect, it } from 'vitest';
import { edgeCaseDeals } from './deal-transfer/test-deals';
import { BACKUP_FORMAT, exportBackup, parseBackup } from './backup';
import { defaults, migrateSettings } from './settings';

const settings = migrateSettings({
  homeCurrency: 'EUR',
  userCompanies: [{ name: 'Brightwater Loom', aliases: ['Loom'] }],
  highlightStyle: { money: { colour: 'green', fill: false } },
  moneyNotation: 'full',
  ignoredCurrencies: ['JPY'],
});
const text = exportBackup(settings, [...edgeCaseDeals].reverse(), '2026-11-29T12:00:00.000Z');
interface EditableBackup {
  version: unknown;
  settings: Record<string, unknown> | null;
  deals?: Record<string, unknown>[];
}
const edit = (change: (file: EditableBackup) => void): string => {
  const file = JSON.parse(text) as EditableBackup;
  change(file);
  return JSON.stringify(file);
};
const problems = (input: string): string[] => {
  const result = parseBackup(input);
  return result.ok ? [] : result.problems;
};

describe('backup', () => {
  it('round-trips settings and deals; the same data gives the same bytes', () => {
    const parsed = parseBackup(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.settings).toEqual(settings);
    expect(parsed.deals.map((d) => d.id)).toEqual([...edgeCaseDeals.map((d) => d.id)].sort());
    expect(exportBackup(parsed.settings, parsed.deals, '2026-11-29T12:00:00.000Z')).toBe(text);
    expect(JSON.parse(text).format).toBe(BACKUP_FORMAT);
  });

  it('refuses what is not a backup, saying what it is', () => {
    expect(problems('{oops')[0]).toMatch(/^not valid JSON/);
    expect(problems('[]')).toEqual(['expected a DealLens backup (a JSON object)']);
    expect(problems(JSON.stringify([...edgeCaseDeals]))).toEqual(['expected a DealLens backup (a JSON object)']);
    expect(problems('{"format":"other"}')[0]).toMatch(/not a DealLens backup \(format is "other"/);
    expect(problems(edit((f) => (f.version = 2)))[0]).toMatch(/backup version 2 is not one this version of DealLens reads/);
  });

  it('names every damaged setting and deal instead of repairing them', () => {
    const found = problems(
      edit((f) => {
        f.settings!.homeCurrency = 'dollars';
        (f.settings!.highlightStyle as { money: { colour: string } }).money.colour = 'red; x';
        f.deals![0]!.confidence = 2;
        f.deals![1]!.id = f.deals![2]!.id;
      }),
    );
    expect(found).toContain('settings.homeCurrency: "dollars" is not valid');
    expect(found).toContain('settings.highlightStyle.money.colour: "red; x" is not valid');
    expect(found.some((p) => /^deals\[1\] \(.+\): confidence: must be between 0 and 1/.test(p))).toBe(true);
    expect(found.some((p) => /^deals\[3\] \(.+\): the same id is listed twice/.test(p))).toBe(true);
    expect(problems(edit((f) => (f.settings = null)))).toEqual(['settings: must be an object']);
    expect(problems(edit((f) => delete f.deals))).toEqual(['deals: must be a list']);
  });

  it('lists at most eight problems and counts the rest', () => {
    const found = problems(edit((f) => (f.deals = Array.from({ length: 12 }, () => ({ id: 'x' })))));
    expect(found).toHaveLength(9);
    expect(found.at(-1)).toBe('and 4 more');
  });

  it('takes defaults for settings a backup does not have and ignores settings it does not know', () => {
    const parsed = parseBackup(edit((f) => (f.settings = { homeCurrency: 'GBP', fromTheFuture: true })));
    expect(parsed.ok && parsed.settings).toEqual({ ...defaults, homeCurrency: 'GBP' });
  });
});
