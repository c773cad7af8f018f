// A deal as one CSV row. Flat fields get a column each; the lists (investors, sources) are one cell each
// holding a JSON array, so names with commas, pipes, quotes or line breaks need no escaping of our own
// and a list reads back exactly as it was written.
import type { DealRecord } from '../../core/types';
import { t } from '../i18n';
import { canonicalParty, canonicalSource } from './canonical-deal';

export const DEAL_CSV_COLUMNS = [
  'id',
  'type',
  'date',
  'target_id',
  'target_name',
  'investors',
  'amount',
  'currency',
  'amount_max',
  'approx',
  'round',
  'valuation',
  'valuation_currency',
  'valuation_basis',
  'sector',
  'sources',
  'origin',
  'confidence',
] as const;

export type DealCsvColumn = (typeof DEAL_CSV_COLUMNS)[number];

/** The row's cells in DEAL_CSV_COLUMNS order. Numbers as JavaScript prints them (shortest round-trip form). */
export function dealToCsvFields(d: DealRecord): string[] {
  const cells: Record<DealCsvColumn, string> = {
    id: d.id,
    type: d.type,
    date: d.date,
    target_id: d.target.id ?? '',
    target_name: d.target.name,
    investors: JSON.stringify(d.investors.map(canonicalParty)),
    amount: numberCell(d.amount?.amount),
    currency: d.amount?.currency ?? '',
    amount_max: numberCell(d.amount?.amountMax),
    approx: d.amount?.approx ?? '',
    round: d.round ?? '',
    valuation: numberCell(d.valuation?.amount),
    valuation_currency: d.valuation?.currency ?? '',
    valuation_basis: d.valuation?.basis ?? '',
    sector: d.sector ?? '',
    sources: JSON.stringify(d.sources.map(canonicalSource)),
    origin: d.origin,
    confidence: numberCell(d.confidence),
  };
  return DEAL_CSV_COLUMNS.map((c) => cells[c]);
}

function numberCell(n: number | undefined): string {
  return n === undefined ? '' : String(n);
}

export type CsvDealObject = { ok: true; value: Record<string, unknown> } | { ok: false; reason: string };

const NUMBER = /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * A row's cells (by column name) as a plain object for the schema to judge. An empty cell is an absent
 * field; an empty investors or sources cell is an empty list. Only what the schema cannot see is checked
 * here: numbers that are not numbers, lists that are not JSON, half-given amounts.
 */
export function csvCellsToObject(cell: (column: DealCsvColumn) => string): CsvDealObject {
  const problems: string[] = [];
  /** Columns already said to be wrong: one problem each. */
  const wrong = new Set<DealCsvColumn>();
  const problem = (column: DealCsvColumn, text: string) => {
    wrong.add(column);
    problems.push(t('importAt', column, text));
  };
  const num = (column: DealCsvColumn): number | undefined => {
    const s = cell(column).trim();
    if (s === '') return undefined;
    if (!NUMBER.test(s)) {
      problem(column, t('importNotANumber', clip(s)));
      return undefined;
    }
    return Number(s);
  };
  const list = (column: DealCsvColumn): unknown => {
    const s = cell(column);
    if (s.trim() === '') return [];
    try {
      return JSON.parse(s);
    } catch {
      problem(column, t('importNotJsonArray'));
      return [];
    }
  };
  const opt = (column: DealCsvColumn): string | undefined => (cell(column) === '' ? undefined : cell(column));

  const amount = num('amount');
  const currency = opt('currency');
  const amountMax = num('amount_max');
  const approx = opt('approx');
  if (amount === undefined && (currency !== undefined || amountMax !== undefined || approx !== undefined)) {
    if (!wrong.has('amount')) problem('amount', t('importAmountMissing', 'currency, amount_max or approx'));
  } else if (amount !== undefined && currency === undefined) problem('currency', t('importAmountMissing', 'amount'));

  const valuation = num('valuation');
  const valuationCurrency = opt('valuation_currency');
  const valuationBasis = opt('valuation_basis');
  if (valuation === undefined && (valuationCurrency !== undefined || valuationBasis !== undefined)) {
    if (!wrong.has('valuation')) problem('valuation', t('importAmountMissing', 'valuation_currency or valuation_basis'));
  } else if (valuation !== undefined && valuationCurrency === undefined) problem('valuation_currency', t('importAmountMissing', 'valuation'));

  const value = withoutUndefined({
    id: cell('id'),
    type: cell('type'),
    target: withoutUndefined({ id: opt('target_id'), name: cell('target_name') }),
    investors: list('investors'),
    amount: amount === undefined ? undefined : withoutUndefined({ currency, amount, amountMax, approx }),
    round: opt('round'),
    valuation: valuation === undefined ? undefined : withoutUndefined({ currency: valuationCurrency, amount: valuation, basis: valuationBasis }),
    date: cell('date'),
    sector: opt('sector'),
    sources: list('sources'),
    origin: cell('origin'),
    confidence: num('confidence'),
  });
  return problems.length > 0 ? { ok: false, reason: problems.join('; ') } : { ok: true, value };
}

function clip(s: string): string {
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}

function withoutUndefined(value: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) if (v !== undefined) out[key] = v;
  return out;
}
