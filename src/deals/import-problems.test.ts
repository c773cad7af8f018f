import { describe, expect, it } from 'vitest';
import { importDeals } from '../platform/deal-transfer';
import { importProblemKeys, importProblemText } from './import-problems';
import { templateCsv } from './import-template';

const good = { id: 'fine-2024-01-funding', type: 'funding', target: { name: 'Fine Co' }, investors: [], date: '2024-01-05', sources: [{ publisher: 'Test', date: '2024-01-05' }], origin: 'imported', confidence: 1 };

/** The problem kinds of each rejected row of a real import of `text`. */
const kinds = (text: string, format: 'json' | 'csv' = 'json') => importDeals(text, format, new Set()).rejected.map((r) => importProblemKeys(r.reason));
const json = (...rows: unknown[]) => JSON.stringify(rows);

describe('import problems in the reader\'s words', () => {
  it('names what is wrong with a whole file', () => {
    expect(kinds('{ not json')).toEqual([['importProblemNotJson']]);
    expect(kinds('{"id": 1}')).toEqual([['importProblemNotList']]);
    expect(kinds('', 'csv')).toEqual([['importProblemEmpty']]);
    expect(kinds('id;type;date\r\n', 'csv')).toEqual([['importProblemHeader']]);
  });

  it('names what is wrong with a row, each kind once', () => {
    expect(kinds(json({ ...good, sources: [{ publisher: 'T', date: '2024-01-05', url: 'javascript:alert(1)' }] }))).toEqual([['importProblemLink']]);
    expect(kinds(json({ ...good, date: '2024-13-01' }))).toEqual([['importProblemDate']]);
    expect(kinds(json({ ...good, amount: { currency: 'usd', amount: 5 } }))).toEqual([['importProblemCurrency']]);
    expect(kinds(json({ ...good, amount: { currency: 'USD', amount: -5 } }))).toEqual([['importProblemNumber']]);
    expect(kinds(json({ ...good, id: 'Not An Id' }))).toEqual([['importProblemId']]);
    expect(kinds(json({ ...good, type: 'loan' }))).toEqual([['importProblemType']]);
    expect(kinds(json({ ...good, investors: [{ name: 'A' }, { name: 'A' }] }))).toEqual([['importProblemInvestors']]);
    expect(kinds(json({ ...good, target: { name: '' } }))).toEqual([['importProblemMissing']]);
    expect(kinds(json(good, good))).toEqual([['importProblemDuplicate'], ['importProblemDuplicate']]);
    expect(kinds(json({ ...good, date: '2024-13-01', sources: [{ publisher: 'T', date: '2024-99-01' }] }))).toEqual([['importProblemDate']]);
    expect(kinds(json({ ...good, extra: 1 }))).toEqual([['importProblemOther']]);
  });

  it('names a broken CSV line and a row of the wrong width', () => {
    const [header, row] = templateCsv().split('\r\n');
    expect(kinds(`${header}\r\n${row},extra\r\n`, 'csv')).toEqual([['importProblemBrokenLine']]);
    expect(kinds(`${header}\r\n"open quote\r\n`, 'csv')).toEqual([['importProblemBrokenLine']]);
  });

  it('says it in a sentence, not in the file\'s terms', () => {
    expect(importProblemText('sources[0].url: must be an http or https URL')).toBe('A source link is not a web address: only http and https links are kept.');
  });
});

describe('template CSV', () => {
  it("has the exporter's header and an example row that imports as it is", () => {
    const csv = templateCsv();
    expect(csv.split('\r\n')[0]).toBe('id,type,date,target_id,target_name,investors,amount,currency,amount_max,approx,round,valuation,valuation_currency,valuation_basis,sector,sources,origin,confidence');
    const report = importDeals(csv, 'csv', new Set());
    expect(report.rejected).toEqual([]);
    expect(report.accepted.map((d) => d.target.name)).toEqual(['Example Robotics']);
  });
});
