import { describe, expect, it } from 'vitest';
import { formatCsvField, formatCsvRecord, neutralizeFormula, parseCsv, restoreFormula } from './csv-text';

const fieldsOf = (text: string) => parseCsv(text).map((r) => r.fields);

describe('formatCsvField', () => {
  it('quotes only what needs it, doubling quotes', () => {
    expect(formatCsvField('plain')).toBe('plain');
    expect(formatCsvField('')).toBe('');
    expect(formatCsvField('a,b')).toBe('"a,b"');
    expect(formatCsvField('say "hi"')).toBe('"say ""hi"""');
    expect(formatCsvField('two\nlines')).toBe('"two\nlines"');
    expect(formatCsvField('cr\rhere')).toBe('"cr\rhere"');
    expect(formatCsvField(' edge ')).toBe('" edge "');
    expect(formatCsvField('智谱 AI')).toBe('智谱 AI');
  });

  it('ends every record with CRLF', () => {
    expect(formatCsvRecord(['a', 'b,c', ''])).toBe('a,"b,c",\r\n');
  });
});

describe('parseCsv', () => {
  it('reads what formatCsvRecord writes', () => {
    const rows = [
      ['id', 'name', 'note'],
      ['1', 'Acme, Inc.', 'said "yes"\r\nthen left'],
      ['2', '', ' spaced '],
      ['3', '😀 智谱', '"'],
    ];
    expect(fieldsOf(rows.map(formatCsvRecord).join(''))).toEqual(rows);
  });

  it('takes LF, CR or CRLF line ends, a BOM, and no final line end', () => {
    expect(fieldsOf('\ufeffa,b\nc,d\re,f\r\ng,h')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      ['e', 'f'],
      ['g', 'h'],
    ]);
  });

  it('keeps empty fields, including a trailing one', () => {
    expect(fieldsOf(',,\r\na,\r\n')).toEqual([
      ['', '', ''],
      ['a', ''],
    ]);
  });

  it('skips blank lines but counts them as rows, and gives each record its first line', () => {
    const records = parseCsv('h\r\n\r\n"multi\nline"\r\nlast\r\n\r\n');
    expect(records.map((r) => [r.row, r.line, r.fields])).toEqual([
      [1, 1, ['h']],
      [3, 3, ['multi\nline']],
      [4, 5, ['last']],
    ]);
  });

  it('reports an unclosed quote on the record that opened it, and stops', () => {
    const records = parseCsv('a,b\r\n1,"open\r\n2,x\r\n');
    expect(records).toHaveLength(2);
    expect(records[1]).toMatchObject({ row: 2, line: 2 });
    expect(records[1]!.error).toMatch(/unclosed quote \(opened on line 2\)/);
  });

  it('reports text after a closing quote and a quote inside an unquoted field, and goes on', () => {
    const records = parseCsv('"a"x,b\r\nc,d"e\r\nf,g\r\n');
    expect(records.map((r) => r.error)).toEqual([
      'text after a closing quote in field 1',
      'quote inside an unquoted field (field 2)',
      undefined,
    ]);
    expect(records.map((r) => r.fields)).toEqual([
      ['ax', 'b'],
      ['c', 'd"e'],
      ['f', 'g'],
    ]);
  });

  it('is empty for an empty text', () => {
    expect(parseCsv('')).toEqual([]);
    expect(parseCsv('\ufeff')).toEqual([]);
  });

  it('reads 100,000 records quickly', () => {
    const text = formatCsvRecord(['id', 'name', 'note']).concat(
      Array.from({ length: 100_000 }, (_, i) => formatCsvRecord([String(i), `Name, ${i}`, 'a "quoted"\nnote'])).join(''),
    );
    const started = performance.now();
    const records = parseCsv(text);
    expect(performance.now() - started).toBeLessThan(3000);
    expect(records).toHaveLength(100_001);
    expect(records[100_000]).toEqual({ row: 100_001, line: 200_000, fields: ['99999', 'Name, 99999', 'a "quoted"\nnote'] });
  });
});

describe('formula injection', () => {
  const dangerous = ['=HYPERLINK("http://x","y")', '+1+1', '-2+3', '@SUM(A1)', '\tTab', '\rCR', "'=already quoted", "''+twice"];

  it('writes a cell a spreadsheet would run behind an apostrophe', () => {
    expect(dangerous.map(neutralizeFormula)).toEqual(dangerous.map((v) => `'${v}`));
    for (const safe of ['Acme', '', "'plain apostrophe", '1-2', 'a=b', '[{"name":"=x"}]', '智谱']) expect(neutralizeFormula(safe)).toBe(safe);
  });

  it('reads back exactly what was written, whatever the value', () => {
    for (const value of [...dangerous, 'Acme', '', "'", "'plain apostrophe", "'''", '-']) {
      expect(restoreFormula(neutralizeFormula(value))).toBe(value);
    }
  });
});
