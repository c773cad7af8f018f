// Deals into the store from a JSON or CSV export (ours or hand-made), every row checked by the schema.
// Nothing here writes: the store takes `accepted` and `updates` in one transaction, or nothing.
import type { DealRecord } from '../../core/types';
import { t } from '../i18n';
import { canonicalDeal } from './canonical-deal';
import { csvRecords, restoreFormula, type CsvRecord } from './csv-text';
import { csvCellsToObject, DEAL_CSV_COLUMNS, type DealCsvColumn } from './deal-csv-columns';
import { validateDeal } from './deal-schema';

export type DealFileFormat = 'json' | 'csv';

/**
 * Which row a problem is on: in JSON the deal's 1-based place in the array; in CSV the record number
 * with the header as row 1 (a spreadsheet's row number). Row 0 is the file as a whole.
 */
export interface ImportRejection {
  row: number;
  id?: string;
  reason: string;
}

export interface ImportReport {
  /** Valid deals with ids the store does not have. */
  accepted: DealRecord[];
  /** Valid deals whose ids are in `existingIds`: not rejected; the store decides to update or skip them. */
  updates: DealRecord[];
  /** Every row that is not imported, in row order. Ids repeated within the file reject every such row. */
  rejected: ImportRejection[];
}

/**
 * Reads and validates a deal file. Never throws: a file that is not JSON, not an array, or CSV without
 * the header gives one rejection at row 0 (JSON) or 1 (CSV header). Records come back in the file's
 * order with keys in canonical order; origin and confidence are kept as the file states them.
 */
export function importDeals(text: string, format: DealFileFormat, existingIds: ReadonlySet<string>): ImportReport {
  const rows = format === 'json' ? jsonRows(text) : csvRows(text);
  const judge = judgeRows(rows, existingIds);
  judge.rows(0, rows.length);
  return judge.report;
}

/** How far a long import has got: rows read from the text so far, then rows checked of all rows. */
export type ImportProgress = { stage: 'reading'; rows: number } | { stage: 'checking'; rows: number; total: number };

/** Rows checked between two yields to the page: a few milliseconds of work each. */
const ROWS_PER_STEP = 2_000;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * importDeals for a page: the same report, but the rows are read and then checked in steps of
 * `rowsPerStep`, each followed by a call of `onProgress` and a yield to the event loop (a macrotask,
 * so the page paints and takes input). A JSON file's text is parsed in one step (JSON.parse).
 */
export async function importDealsInSteps(
  text: string,
  format: DealFileFormat,
  existingIds: ReadonlySet<string>,
  onProgress: (progress: ImportProgress) => void = () => undefined,
  rowsPerStep = ROWS_PER_STEP,
): Promise<ImportReport> {
  const rows: RawRow[] = [];
  for (const row of format === 'json' ? jsonRows(text) : csvRowsOneByOne(text)) {
    if (rows.push(row) % rowsPerStep === 0) {
      onProgress({ stage: 'reading', rows: rows.length });
      await nextTask();
    }
  }
  const judge = judgeRows(rows, existingIds);
  for (let from = 0; from < rows.length; from += rowsPerStep) {
    onProgress({ stage: 'checking', rows: from, total: rows.length });
    await nextTask();
    judge.rows(from, Math.min(rows.length, from + rowsPerStep));
  }
  onProgress({ stage: 'checking', rows: rows.length, total: rows.length });
  return judge.report;
}

/** A row before judging: its value for the schema, or why it could not even be read. */
interface RawRow {
  row: number;
  id?: string;
  value?: unknown;
  problem?: string;
}

function jsonRows(text: string): RawRow[] {
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return [{ row: 0, problem: t('importNotJson') }];
  }
  if (!Array.isArray(data)) return [{ row: 0, problem: t('importNotArray') }];
  return data.map((value: unknown, i) => ({ row: i + 1, id: idOf(value), value }));
}

function idOf(value: unknown): string | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const id = (value as { id?: unknown }).id;
  return typeof id === 'string' && id !== '' ? id : undefined;
}

function csvRows(text: string): RawRow[] {
  return [...csvRowsOneByOne(text)];
}

function* csvRowsOneByOne(text: string): Generator<RawRow, void, undefined> {
  const records = csvRecords(text);
  const first = records.next();
  if (first.done) {
    yield { row: 1, problem: t('importEmptyCsv') };
    return;
  }
  const header = first.value;
  const headerProblem = checkHeader(header.fields);
  if (header.error || headerProblem) {
    yield { row: 1, problem: t('importHeader', header.error ?? headerProblem!) };
    return;
  }
  const index = new Map(header.fields.map((name, i) => [name.trim() as DealCsvColumn, i]));
  for (const record of records) yield csvRow(record, header.fields.length, index);
}

function csvRow(record: CsvRecord, columns: number, index: ReadonlyMap<DealCsvColumn, number>): RawRow {
  // A malformed record's fields are a best effort: it claims no id (and so no duplicate either).
  if (record.error) return { row: record.row, problem: t('importMalformedCsv', record.line, record.error) };
  const id = restoreFormula(record.fields[index.get('id')!] ?? '') || undefined;
  const at = { row: record.row, ...(id === undefined ? {} : { id }) };
  if (record.fields.length !== columns) {
    return { ...at, problem: t('importColumnCount', columns, record.fields.length, record.line) };
  }
  const read = csvCellsToObject((column) => restoreFormula(record.fields[index.get(column)!]!));
  return read.ok ? { ...at, value: read.value } : { ...at, problem: read.reason };
}

/** Every column once, in any order, and no others. */
function checkHeader(fields: string[]): string | undefined {
  const names = fields.map((f) => f.trim());
  const known = new Set<string>(DEAL_CSV_COLUMNS);
  const unknown = names.filter((n) => !known.has(n));
  const missing = DEAL_CSV_COLUMNS.filter((c) => !names.includes(c));
  const repeated = names.filter((n, i) => names.indexOf(n) !== i);
  const problems = [
    unknown.length ? t('importUnknownColumns', unknown.map((n) => `"${n}"`).join(', ')) : '',
    missing.length ? t('importMissingColumns', missing.join(', ')) : '',
    repeated.length ? t('importRepeatedColumns', repeated.join(', ')) : '',
  ].filter(Boolean);
  return problems.length ? t('importExpectedColumns', problems.join('; '), DEAL_CSV_COLUMNS.join(',')) : undefined;
}

/** Other rows of a repeated id named in a reason: a few, then a count (16,000 rows of one id gave a 1.6 G-character report). */
const MAX_ROWS_NAMED = 5;

/** "duplicate id: also on row 3, 9", or "… on rows 1, 2, 3, 4, 5 and 15,995 more" for a long list. Linear in the rows named. */
function duplicateReason(rows: readonly number[], row: number): string {
  const named: number[] = [];
  for (const n of rows) {
    if (n === row) continue;
    if (named.length === MAX_ROWS_NAMED) break;
    named.push(n);
  }
  const others = rows.length - 1;
  return others > named.length ? t('importDuplicateRows', named.join(', '), (others - named.length).toLocaleString('en')) : t('importDuplicateRow', named.join(', '));
}

/** The report of `rows`, filled in by `rows(from, to)` calls in order (ids are counted over all rows first). */
function judgeRows(all: readonly RawRow[], existingIds: ReadonlySet<string>): { report: ImportReport; rows(from: number, to: number): void } {
  const rowsById = new Map<string, number[]>();
  for (const r of all) {
    if (r.id === undefined) continue;
    const list = rowsById.get(r.id);
    if (list) list.push(r.row);
    else rowsById.set(r.id, [r.row]);
  }

  const report: ImportReport = { accepted: [], updates: [], rejected: [] };
  return { report, rows: (from, to) => judgeRange(all.slice(from, to), rowsById, existingIds, report) };
}

function judgeRange(rows: readonly RawRow[], rowsById: ReadonlyMap<string, number[]>, existingIds: ReadonlySet<string>, report: ImportReport): void {
  for (const r of rows) {
    const reasons: string[] = [];
    let deal: DealRecord | undefined;
    if (r.problem !== undefined) reasons.push(r.problem);
    else {
      const checked = validateDeal(r.value);
      if (checked.ok) deal = checked.deal;
      else reasons.push(checked.reason);
    }
    const sameId = r.id === undefined ? [] : rowsById.get(r.id)!;
    if (sameId.length > 1) reasons.push(duplicateReason(sameId, r.row));
    if (reasons.length > 0 || !deal) {
      report.rejected.push({ row: r.row, ...(r.id === undefined ? {} : { id: r.id }), reason: reasons.join('; ') });
    } else (existingIds.has(deal.id) ? report.updates : report.accepted).push(canonicalDeal(deal));
  }
}
