// Imports at the size of a large store: 100,000 rows in each format, within a generous bound, and bad
// rows named by number. A timing-style test: the slow project (npm run test:slow).
import { describe, expect, it } from 'vitest';
import type { DealRecord } from '../../core/types';
import { exportDealsCsv, exportDealsJson } from './export-deals';
import { importDeals } from './import-deals';

const none = new Set<string>();

describe('importDeals at scale', () => {
  const many: DealRecord[] = Array.from({ length: 100_000 }, (_, i) => ({
    id: `company-${i}-2024-${String(1 + (i % 12)).padStart(2, '0')}-funding`,
    type: 'funding',
    target: { id: `company-${i}`, name: `Company ${i}, "Ltd."` },
    investors: [
      { id: `fund-${i % 97}`, name: `Fund ${i % 97}`, role: 'lead' },
      { name: `Angel ${i % 13}\nSecond line`, role: 'participant' },
    ],
    amount: { currency: i % 2 ? 'USD' : 'CNY', amount: 1e6 + i },
    round: 'Series A',
    date: `2024-${String(1 + (i % 12)).padStart(2, '0')}-15`,
    sector: 'ai',
    sources: [{ url: `https://example.com/news/${i}`, publisher: 'Example', date: '2024-12-31', quote: `Company ${i} raised money.` }],
    origin: 'imported',
    confidence: 0.9,
  }));

  for (const format of ['csv', 'json'] as const) {
    it(`imports 100,000 ${format.toUpperCase()} rows in reasonable time`, { timeout: 60_000 }, () => {
      const text = format === 'csv' ? exportDealsCsv(many) : exportDealsJson(many);
      const started = performance.now();
      const report = importDeals(text, format, new Set(['company-7-2024-08-funding']));
      const ms = performance.now() - started;
      expect(report.rejected).toEqual([]);
      expect(report.accepted.length + report.updates.length).toBe(100_000);
      expect(report.updates).toHaveLength(1);
      expect(ms).toBeLessThan(10_000);
    });
  }

  it('reports bad rows among 100,000 by their row number', { timeout: 60_000 }, () => {
    const lines = exportDealsCsv(many).split('\r\n');
    // Row n of the file is lines[n - 1]; break rows 50,001 and 99,999.
    lines[50_000] = lines[50_000]!.replace(',imported,', ',stolen,');
    lines[99_998] = lines[99_998]!.replace('https://example.com', 'javascript:alert(1)//');
    const report = importDeals(lines.join('\r\n'), 'csv', none);
    expect(report.accepted).toHaveLength(99_998);
    expect(report.rejected.map((r) => [r.row, r.reason])).toEqual([
      [50_001, 'origin: must be bundled, captured, imported, or edited'],
      [99_999, 'sources[0].url: must be an http or https URL'],
    ]);
  });
});
