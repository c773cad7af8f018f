// Deals in and out of the store as JSON or CSV files, validated on the way in.
export { exportDealsCsv, exportDealsJson } from './export-deals';
export { importDeals, type DealFileFormat, type ImportRejection, type ImportReport } from './import-deals';
export { DEAL_CSV_COLUMNS } from './deal-csv-columns';
