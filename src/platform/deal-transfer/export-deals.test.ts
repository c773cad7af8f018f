import { describe, expect, it } from 'vitest';
import { deals } from '../../data/deals';
import type { DealRecord } from '../../core/types';
import { exportDealsCsv, exportDealsJson } from './export-deals';
import { parseCsv } from './csv-text';
import { importDeals } from './import-deals';
import { edgeCaseDeals } from './test-deals';

describe('exportDealsJson', () => {
  it('writes a sorted, 2-space indented array with a trailing newline', () => {
    const json = exportDealsJson(deals);
    expect(json.endsWith(']\n')).toBe(true);
    expect(json.startsWith('[\n  {\n    "id": ')).toBe(true);
    const ids = (JSON.parse(json) as DealRecord[]).map((d) => d.id);
    expect(ids).toEqual([...ids].sort());
    expect(ids).toHaveLength(deals.length);
  });

  it('is the same whatever the input order or key order', () => {
    const shuffled = [...deals].reverse().map((d) => Object.fromEntries(Object.entries(d).reverse()) as unknown as DealRecord);
    expect(exportDealsJson(shuffled)).toBe(exportDealsJson(deals));
  });

  it('writes an empty list as []', () => {
    expect(exportDealsJson([])).toBe('[]\n');
  });
});

describe('exportDealsCsv', () => {
  it('writes the header, then one CRLF-ended row per deal, sorted by id', () => {
    const csv = exportDealsCsv(edgeCaseDeals);
    expect(csv.startsWith(
      'id,type,date,target_id,target_name,investors,amount,currency,amount_max,approx,round,valuation,valuation_currency,valuation_basis,sector,sources,origin,confidence\r\n',
    )).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')[1]).toBe(
      'bare-2020-05-ipo,ipo,2020-05-05,,Bare,[],,,,,,,,,,[],edited,1',
    );
  });

  it('puts lists in JSON cells and quotes RFC 4180 style', () => {
    const [deal] = edgeCaseDeals;
    const row = exportDealsCsv([deal!]).split('\r\n')[1]!;
    expect(row).toContain(',"Acme, ""The Best"", Inc.",');
    expect(row).toContain('"[{""id"":""fund-a"",""name"":""Fund A | B; C"",""role"":""lead""}');
    expect(row).toContain(',123456789.5,USD,2e+21,about,');
  });

  it('writes only the header for no deals', () => {
    expect(exportDealsCsv([]).split('\r\n')).toHaveLength(2);
  });
});

describe('exportDealsCsv and formula injection', () => {
  it('writes no cell a spreadsheet would run, and an import gives the values back', () => {
    const deal = edgeCaseDeals.find((d) => d.id === 'formula-2021-06-acquisition')!;
    const csv = exportDealsCsv([deal]);
    const row = parseCsv(csv)[1]!.fields;
    for (const cell of row) expect(cell, cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(row).toContain(`'=HYPERLINK("http://example.com/x","Click")`);
    expect(row).toContain("'+1 extension");
    const back = importDeals(csv, 'csv', new Set()).accepted[0]!;
    expect(back.target.name).toBe('=HYPERLINK("http://example.com/x","Click")');
    expect(back.round).toBe('+1 extension');
  });
});
