// Deals in and out of the store as JSON or CSV files, validated on the way in.
export { exportDealsCsv, exportDealsJson } from './export-deals';
export { importDeals, importDealsInSteps, type DealFileFormat, type ImportProgress, type ImportRejection, type ImportReport } from './import-deals';
export { importFileTooLarge, MAX_IMPORT_BYTES } from './import-file-size';
export { checkEditedDeal, InvalidDealError } from './edited-deal';
export { DEAL_CSV_COLUMNS } from './deal-csv-columns';
