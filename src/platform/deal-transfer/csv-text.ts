// RFC 4180 CSV: fields quoted when they hold a comma, quote, line break or edge space; quotes doubled;
// CRLF between records. The parser also takes LF or CR line ends and a leading BOM (spreadsheets write
// both), reports malformed records by record number instead of throwing, and skips blank lines.

import { t } from '../i18n';

export const CSV_LINE_END = '\r\n';

/** One parsed record. `row` counts records from 1 (the header is row 1, as in a spreadsheet). */
export interface CsvRecord {
  row: number;
  /** The file line the record starts on (a quoted field may span lines). */
  line: number;
  fields: string[];
  /** Why the record is malformed; its fields are then a best effort. */
  error?: string;
}

const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

export function formatCsvField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * Formula injection (OWASP): a spreadsheet runs a cell that starts with = + - @, a tab or a carriage
 * return. Such a cell is written behind an apostrophe, the spreadsheets' "this is text" mark; so is one
 * that already starts with apostrophes before such a character, so that reading back is exact.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;

/** The cell as written to a file: behind an apostrophe when a spreadsheet would run it. */
export function neutralizeFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** The cell as it was before neutralizeFormula: its one added apostrophe taken off. */
export function restoreFormula(cell: string): string {
  return cell.charCodeAt(0) === 0x27 && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}

export function formatCsvRecord(fields: readonly string[]): string {
  return fields.map(formatCsvField).join(',') + CSV_LINE_END;
}

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

/** Every record of the text. An unclosed quote ends the parse with an error on the record it opened in. */
export function parseCsv(input: string): CsvRecord[] {
  return [...csvRecords(input)];
}

/** parseCsv one record at a time, for a reader that yields to the page between records. */
export function* csvRecords(input: string): Generator<CsvRecord, void, undefined> {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const n = text.length;
  let i = 0;
  let line = 1;
  let row = 0;
  while (i < n) {
    row++;
    const record: CsvRecord = { row, line, fields: [] };
    for (;;) {
      let field: string;
      if (text.charCodeAt(i) === QUOTE) {
        const opened = line;
        let value = '';
        let from = i + 1;
        for (;;) {
          const close = text.indexOf('"', from);
          if (close === -1) {
            record.fields.push(value + text.slice(from));
            record.error = t('importUnclosedQuote', opened);
            yield record;
            return;
          }
          value += text.slice(from, close);
          if (text.charCodeAt(close + 1) === QUOTE) {
            value += '"';
            from = close + 2;
          } else {
            i = close + 1;
            break;
          }
        }
        line += countLineBreaks(value);
        field = value;
        const next = text.charCodeAt(i);
        if (i < n && next !== COMMA && next !== LF && next !== CR) {
          record.error ??= t('importTextAfterQuote', record.fields.length + 1);
          // Read on to the field's end as if unquoted, so the other fields stay in their columns.
          const end = nextFieldEnd(text, i);
          field += text.slice(i, end);
          i = end;
        }
      } else {
        const end = nextFieldEnd(text, i);
        field = text.slice(i, end);
        if (field.includes('"')) record.error ??= t('importQuoteInField', record.fields.length + 1);
        i = end;
      }
      record.fields.push(field);
      const c = text.charCodeAt(i);
      if (c === COMMA) {
        i++;
        continue;
      }
      if (c === CR) i += text.charCodeAt(i + 1) === LF ? 2 : 1;
      else if (c === LF) i++;
      line++;
      break;
    }
    // A blank line is no record (spreadsheets and editors leave them at the end).
    if (record.fields.length === 1 && record.fields[0] === '' && !record.error) continue;
    yield record;
  }
}

function nextFieldEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === COMMA || c === LF || c === CR) return i;
  }
  return text.length;
}

function countLineBreaks(s: string): number {
  let count = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === LF || (c === CR && s.charCodeAt(i + 1) !== LF)) count++;
  }
  return count;
}
