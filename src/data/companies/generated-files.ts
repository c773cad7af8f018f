// The company files generated from this folder's data (scripts/build-company-index.ts writes them
// here; the build copies them into the extension's data/ folder, which the background reads).
// Not committed: written on install (npm run data), by every build and before the unit tests.

/** The name index compiled at build time (compactIndexText, with a hash of the data it was built from). */
export const COMPANY_INDEX_FILE = 'company-index.generated.txt';
/** Every record as one JSON line, in the index's entity order: read when a card asks for one. */
export const COMPANY_RECORDS_FILE = 'company-records.generated.jsonl';
/** Where the extension has them (dist/<target>/data/…). */
export const PACKAGED_DATA_DIR = 'data';
