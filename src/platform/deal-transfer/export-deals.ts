// Deals out of the store, as JSON or CSV. Both sort by id and fix every key's place, so the same deals
// always give the same bytes (and export → import → export is byte-identical).
import type { DealRecord } from '../../core/types';
import { canonicalDeal, sortById } from './canonical-deal';
import { formatCsvRecord, neutralizeFormula } from './csv-text';
import { DEAL_CSV_COLUMNS, dealToCsvFields } from './deal-csv-columns';

/** A JSON array of the deals, sorted by id, keys in a fixed order, 2-space indent, trailing newline. */
export function exportDealsJson(deals: readonly DealRecord[]): string {
  return `${JSON.stringify(sortById(deals).map(canonicalDeal), null, 2)}\n`;
}

/**
 * RFC 4180 CSV (CRLF line ends), a header row then one row per deal sorted by id. Columns as in
 * DEAL_CSV_COLUMNS; `investors` and `sources` hold a JSON array each. A cell a spreadsheet would run
 * as a formula ("=HYPERLINK(…)", "+1", "@SUM") is written behind an apostrophe, taken off on import.
 */
export function exportDealsCsv(deals: readonly DealRecord[]): string {
  let out = formatCsvRecord(DEAL_CSV_COLUMNS);
  for (const deal of sortById(deals)) out += formatCsvRecord(dealToCsvFields(deal).map(neutralizeFormula));
  return out;
}
