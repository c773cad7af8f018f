import { describe, expect, it } from 'vitest';
import { edgeCaseDeals } from './deal-transfer/test-deals';
import { BACKUP_FORMAT, backupRateSources, exportBackup, parseBackup, parseBackupInSteps, type BackupProgress } from './backup';
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

  it('reads settings whose keys are in another order (a file from storage or by hand)', () => {
    const reordered = edit((f) => {
      f.settings = Object.fromEntries(Object.entries(f.settings!).reverse());
      f.settings.userCompanies = [{ aliases: ['Loom'], name: 'Brightwater Loom' }];
      f.settings.rateSources = { fallback: settings.rateSources.fallback, ecbDaily: settings.rateSources.ecbDaily, ecb90Days: settings.rateSources.ecb90Days };
    });
    const parsed = parseBackup(reordered);
    expect(parsed.ok ? [] : parsed.problems).toEqual([]);
    expect(parsed.ok && parsed.settings).toEqual(settings);
  });

  it('takes defaults for settings a backup does not have and ignores settings it does not know', () => {
    const parsed = parseBackup(edit((f) => (f.settings = { homeCurrency: 'GBP', fromTheFuture: true })));
    expect(parsed.ok && parsed.settings).toEqual({ ...defaults, homeCurrency: 'GBP' });
  });
});

describe("a backup's rate sources", () => {
  const current = defaults.rateSources;
  it('offers only the https sources that differ from the reader\'s, and refuses the others', () => {
    const fromBackup = { ecbDaily: 'https://rates.example.org/daily.xml', ecb90Days: 'http://rates.example.org/90d.xml', fallback: current.fallback };
    expect(backupRateSources(current, fromBackup)).toEqual({ offered: { ecbDaily: 'https://rates.example.org/daily.xml' }, refused: { ecb90Days: 'http://rates.example.org/90d.xml' } });
  });
  it('offers nothing when they are the reader\'s own', () => {
    expect(backupRateSources(current, { ...current })).toEqual({ offered: {}, refused: {} });
  });
});

describe('parseBackupInSteps', () => {
  it('gives the same result as parseBackup, checking the deals in steps with progress', async () => {
    const damaged = edit((f) => {
      f.deals![0]!.confidence = 2;
      f.deals![1]!.id = f.deals![2]!.id;
    });
    for (const input of [text, damaged, '{oops', edit((f) => delete f.deals)]) {
      const seen: BackupProgress[] = [];
      expect(await parseBackupInSteps(input, (p) => seen.push(p), 2)).toEqual(parseBackup(input));
      if (input === text) {
        const total = edgeCaseDeals.length;
        expect(seen).toEqual([...Array.from({ length: Math.ceil(total / 2) }, (_, i) => ({ checked: 2 * i, total })), { checked: total, total }]);
      }
    }
  });
});

