import { afterEach, describe, expect, it, vi } from 'vitest';
import zh from '../../../public/_locales/zh_CN/messages.json';
import { deals } from '../../data/deals';
import type { DealRecord } from '../../core/types';
import { formatCsvRecord, parseCsv } from './csv-text';
import { DEAL_CSV_COLUMNS } from './deal-csv-columns';
import { exportDealsCsv, exportDealsJson } from './export-deals';
import { importDeals, importDealsInSteps, type ImportProgress } from './import-deals';
import { edgeCaseDeals } from './test-deals';
import { formatMessage } from '../i18n';

const none = new Set<string>();
const HEADER = DEAL_CSV_COLUMNS.join(',');

/** A CSV with the header and the given data lines (CRLF). */
const csv = (...lines: string[]) => [HEADER, ...lines].map((l) => `${l}\r\n`).join('');
const okRow = (id: string) => `${id},funding,2024-03-10,,Acme,[],5,USD,,,,,,,,[],captured,0.6`;

describe('export → import → export', () => {
  for (const [name, list] of [
    ['the bundled dataset', deals],
    ['edge cases: commas, quotes, line breaks, unicode', edgeCaseDeals],
    ['both', [...deals, ...edgeCaseDeals]],
  ] as const) {
    it(`is byte-identical in JSON for ${name}`, () => {
      const first = exportDealsJson(list);
      const report = importDeals(first, 'json', none);
      expect(report.rejected).toEqual([]);
      expect(report.accepted).toHaveLength(list.length);
      expect(exportDealsJson(report.accepted)).toBe(first);
    });

    it(`is byte-identical in CSV for ${name}`, () => {
      const first = exportDealsCsv(list);
      const report = importDeals(first, 'csv', none);
      expect(report.rejected).toEqual([]);
      expect(report.accepted).toHaveLength(list.length);
      expect(exportDealsCsv(report.accepted)).toBe(first);
    });
  }

  it('gives the same deals from JSON and from CSV', () => {
    const list = [...deals, ...edgeCaseDeals];
    const fromJson = importDeals(exportDealsJson(list), 'json', none).accepted;
    const fromCsv = importDeals(exportDealsCsv(list), 'csv', none).accepted;
    expect(fromCsv).toEqual(fromJson);
    expect(exportDealsCsv(fromJson)).toBe(exportDealsCsv(list));
    expect(exportDealsJson(fromCsv)).toBe(exportDealsJson(list));
  });
});

describe('importDeals', () => {
  it('returns deals whose ids exist as updates, not rejections', () => {
    const report = importDeals(exportDealsJson(deals), 'json', new Set(['zhipu-ai-2023-10-funding', 'not-in-file']));
    expect(report.updates.map((d) => d.id)).toEqual(['zhipu-ai-2023-10-funding']);
    expect(report.accepted).toHaveLength(deals.length - 1);
    expect(report.rejected).toEqual([]);
  });

  it('keeps origin and confidence as the file gives them', () => {
    const [deal] = importDeals(exportDealsJson(edgeCaseDeals), 'json', none).accepted.filter((d) => d.id === 'unicode-2023-10');
    expect(deal).toMatchObject({ origin: 'imported', confidence: 0 });
  });

  it('rejects every row of a repeated id, naming the other rows', () => {
    const report = importDeals(csv(okRow('a'), okRow('b'), okRow('a'), okRow('a')), 'csv', none);
    expect(report.accepted.map((d) => d.id)).toEqual(['b']);
    expect(report.rejected).toEqual([
      { row: 2, id: 'a', reason: 'duplicate id: also on row 4, 5' },
      { row: 4, id: 'a', reason: 'duplicate id: also on row 2, 5' },
      { row: 5, id: 'a', reason: 'duplicate id: also on row 2, 4' },
    ]);
  });

  it('counts duplicates in JSON by array position', () => {
    const d = edgeCaseDeals.find((x) => x.id === 'bare-2020-05-ipo')!;
    const report = importDeals(JSON.stringify([d, { ...d, id: 'other' }, d]), 'json', none);
    expect(report.rejected.map((r) => [r.row, r.id, r.reason])).toEqual([
      [1, 'bare-2020-05-ipo', 'duplicate id: also on row 3'],
      [3, 'bare-2020-05-ipo', 'duplicate id: also on row 1'],
    ]);
  });

  it('reports wrong types and values per row with the reason, and accepts the rest', () => {
    const report = importDeals(
      csv(
        okRow('good'),
        'bad-type,loan,2024-03-10,,Acme,[],5,USD,,,,,,,,[],captured,0.6',
        'bad-amount,funding,2024-03-10,,Acme,[],-5,USD,,,,,,,,[],captured,0.6',
        'nan-amount,funding,2024-03-10,,Acme,[],five,USD,,,,,,,,[],captured,0.6',
        'no-currency,funding,2024-03-10,,Acme,[],5,,,,,,,,,[],captured,0.6',
        'bad-currency,funding,2024-03-10,,Acme,[],5,DOLLARS,,,,,,,,[],captured,0.6',
        'bad-date,funding,2024-13-10,,Acme,[],5,USD,,,,,,,,[],captured,0.6',
        'Bad_Id,funding,2024-03-10,,Acme,[],5,USD,,,,,,,,[],captured,0.6',
        'bad-json,funding,2024-03-10,,Acme,[{,5,USD,,,,,,,,[],captured,0.6',
        'bad-role,funding,2024-03-10,,Acme,"[{""name"":""X"",""role"":""boss""}]",5,USD,,,,,,,,[],captured,0.6',
        'no-valuation,funding,2024-03-10,,Acme,[],5,USD,,,,,EUR,,,[],captured,0.6',
        ',funding,2024-03-10,,Acme,[],5,USD,,,,,,,,[],captured,0.6',
      ),
      'csv',
      none,
    );
    expect(report.accepted.map((d) => d.id)).toEqual(['good']);
    expect(report.rejected.map((r) => [r.row, r.id, r.reason])).toEqual([
      [3, 'bad-type', expect.stringContaining('type: must be funding')],
      [4, 'bad-amount', 'amount.amount: must be positive'],
      [5, 'nan-amount', 'amount: "five" is not a number'],
      [6, 'no-currency', 'currency: is missing (amount given)'],
      [7, 'bad-currency', 'amount.currency: must be an ISO 4217 currency code such as USD'],
      [8, 'bad-date', 'date: must be a real date YYYY-MM-DD or YYYY-MM'],
      [9, 'Bad_Id', expect.stringContaining('id: must be lowercase words')],
      [10, 'bad-json', 'investors: not a JSON array'],
      [11, 'bad-role', 'investors[0].role: must be lead, participant, or existing'],
      [12, 'no-valuation', 'valuation: is missing (valuation_currency or valuation_basis given)'],
      [13, undefined, expect.stringContaining('id: must be lowercase words')],
    ]);
    expect(report.rejected[10]).not.toHaveProperty('id');
  });

  it('rejects script and data URLs in sources, in JSON and CSV', () => {
    for (const url of ['javascript:alert(document.cookie)', 'data:text/html,<script>alert(1)</script>']) {
      const deal: DealRecord = { ...edgeCaseDeals[2]!, sources: [{ url, publisher: 'Evil', date: '2024-01-01' }] };
      for (const format of ['json', 'csv'] as const) {
        const text = format === 'json' ? exportDealsJson([deal]) : exportDealsCsv([deal]);
        const report = importDeals(text, format, none);
        expect(report.accepted).toEqual([]);
        expect(report.rejected).toEqual([{ row: format === 'json' ? 1 : 2, id: deal.id, reason: 'sources[0].url: must be an http or https URL' }]);
      }
    }
  });

  it('reports malformed CSV by row: wrong column count, stray quotes, an unclosed quote', () => {
    const report = importDeals(
      csv(okRow('one'), 'short,funding,2024-03-10', `${okRow('extra')},x`, `"stray"x,${okRow('s').slice(2)}`, okRow('two'), '"open,funding'),
      'csv',
      none,
    );
    expect(report.accepted.map((d) => d.id)).toEqual(['one', 'two']);
    expect(report.rejected).toEqual([
      { row: 3, id: 'short', reason: 'expected 18 columns, got 3 (line 3)' },
      { row: 4, id: 'extra', reason: 'expected 18 columns, got 19 (line 4)' },
      { row: 5, reason: 'malformed CSV on line 5: text after a closing quote in field 1' },
      { row: 7, reason: expect.stringMatching(/^malformed CSV on line 7: unclosed quote \(opened on line 7\)/) },
    ]);
  });

  it('rejects a CSV without the right header as row 1', () => {
    expect(importDeals('', 'csv', none)).toEqual({ accepted: [], updates: [], rejected: [{ row: 1, reason: 'empty file: expected a header row' }] });
    const wrong = importDeals('id,type,colour\r\nx,funding,red\r\n', 'csv', none);
    expect(wrong.rejected).toHaveLength(1);
    expect(wrong.rejected[0]!.row).toBe(1);
    expect(wrong.rejected[0]!.reason).toMatch(/^header: unknown column\(s\) "colour"; missing column\(s\) date, target_id/);
    expect(importDeals(`${HEADER},id\r\n`, 'csv', none).rejected[0]!.reason).toMatch(/repeated column\(s\) id/);
  });

  it('takes the CSV columns in any order, a BOM and LF line ends', () => {
    const columns = [...DEAL_CSV_COLUMNS].reverse();
    const order = columns.map((c) => DEAL_CSV_COLUMNS.indexOf(c));
    const records = parseCsv(exportDealsCsv(edgeCaseDeals));
    const text = '\ufeff' + records.map((r) => formatCsvRecord(order.map((i) => r.fields[i]!)).replace(/\r\n$/, '\n')).join('');
    const report = importDeals(text, 'csv', none);
    expect(report.rejected).toEqual([]);
    expect(exportDealsCsv(report.accepted)).toBe(exportDealsCsv(edgeCaseDeals));
  });

  it('never throws on junk', () => {
    const junk = ['', ' ', '{', 'null', '42', '{"id":"x"}', '[1, "two", null, []]', '"', '\u0000\u0001', 'a,b\r\n"', '\ufeff[', '[{"id":"x","type":"funding"}]'];
    for (const text of junk) {
      for (const format of ['json', 'csv'] as const) {
        const report = importDeals(text, format, none);
        expect(report.accepted, `${format}: ${JSON.stringify(text)}`).toEqual([]);
        expect(report.rejected.length + report.updates.length, `${format}: ${JSON.stringify(text)}`).toBeGreaterThan(0);
      }
    }
    expect(importDeals('{', 'json', none).rejected[0]).toMatchObject({ row: 0, reason: expect.stringMatching(/^not valid JSON/) });
    expect(importDeals('{"deals":[]}', 'json', none).rejected).toEqual([{ row: 0, reason: 'expected a JSON array of deals' }]);
    expect(importDeals('[1]', 'json', none).rejected).toEqual([{ row: 1, reason: 'must be an object' }]);
    expect(importDeals('[]', 'json', none)).toEqual({ accepted: [], updates: [], rejected: [] });
  });
});

describe('importDeals with one id repeated many times', () => {
  it('names a few of the other rows and counts the rest, in a report that stays small', () => {
    const rows = Array.from({ length: 16_000 }, () => okRow('same-2024-03-funding'));
    const report = importDeals(csv(...rows), 'csv', none);
    expect(report.accepted).toEqual([]);
    expect(report.rejected).toHaveLength(16_000);
    expect(report.rejected[0]!.reason).toBe('duplicate id: also on rows 3, 4, 5, 6, 7 and 15,994 more');
    expect(report.rejected[3]!.reason).toBe('duplicate id: also on rows 2, 3, 4, 6, 7 and 15,994 more');
    expect(report.rejected.reduce((n, r) => n + r.reason.length, 0)).toBeLessThan(16_000 * 80);
  });
});

describe('importDealsInSteps', () => {
  // The bundled deals and the edge cases, with rows that fail and ids that repeat across steps.
  const list = [...deals, ...edgeCaseDeals];
  const broken = (text: string) => text.replace(',captured,', ',stolen,').replace(/"origin": ?"captured"/, '"origin": "stolen"');
  for (const format of ['csv', 'json'] as const) {
    it(`gives the same ${format.toUpperCase()} report as importDeals, reading and checking in steps with progress`, async () => {
      const exported = format === 'csv' ? exportDealsCsv(list) : exportDealsJson(list);
      const withRepeat = format === 'csv' ? broken(exported) + exported.split('\r\n')[1] + '\r\n' : broken(exported);
      const existing = new Set([list[3]!.id]);
      const seen: ImportProgress[] = [];
      const stepped = await importDealsInSteps(withRepeat, format, existing, (p) => seen.push(p), 7);
      expect(stepped).toEqual(importDeals(withRepeat, format, existing));
      expect(stepped.rejected.length).toBeGreaterThan(0);
      const rows = format === 'csv' ? list.length + 1 : list.length;
      const checking = seen.filter((p) => p.stage === 'checking');
      expect(checking.at(-1)).toEqual({ stage: 'checking', rows, total: rows });
      expect(checking.length).toBe(Math.ceil(rows / 7) + 1);
      expect(checking.map((p) => p.rows)).toEqual([...checking.map((p) => p.rows)].sort((a, b) => a - b));
      if (format === 'csv') expect(seen.filter((p) => p.stage === 'reading').map((p) => p.rows)).toEqual(Array.from({ length: Math.floor(rows / 7) }, (_, i) => 7 * (i + 1)));
    });
  }

  it('lets other tasks run between steps', async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    await importDealsInSteps(exportDealsCsv(list), 'csv', none, () => undefined, 5);
    clearInterval(timer);
    expect(ticks).toBeGreaterThan(2);
  });
});


describe('importDeals in a Chinese interface', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('words every reason in Chinese, keeping the file’s own field names and values', () => {
    const messages = zh as Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
    vi.stubGlobal('chrome', { i18n: { getMessage: (key: string, subs?: string[]) => formatMessage(messages[key]!, subs ?? []), getUILanguage: () => 'zh-CN' } });
    const reasons = [
      importDeals('{', 'json', none),
      importDeals('{"deals":[]}', 'json', none),
      importDeals('[1, {"id": "x"}]', 'json', none),
      importDeals('', 'csv', none),
      importDeals('id,colour\r\n', 'csv', none),
      importDeals(csv('nan-amount,funding,2024-03-10,,Acme,[],five,USD,,,,,,,,[],captured,0.6', 'bad-role,funding,2024-03-10,,Acme,"[{""name"":""X"",""role"":""boss""}]",5,USD,,,,,,,,[],captured,0.6', 'short,1'), 'csv', none),
    ].flatMap((r) => r.rejected.map((x) => x.reason));
    expect(reasons).toEqual([
      '不是有效的 JSON',
      '应为由交易组成的 JSON 数组',
      '必须是对象',
      expect.stringMatching(/^type：缺失/),
      '文件为空：应有表头行',
      expect.stringMatching(/^表头：未知列 "colour"；?/),
      'amount：“five”不是数字',
      'investors[0].role：必须是 lead、participant或existing 之一',
      '应有 18 列，实有 2 列（第 4 行）',
    ]);
  });
});
