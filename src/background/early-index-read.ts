// The company index is read the moment the background starts, before the rest of its script runs:
// a page's first request reaches a cold background about when that script ends (~80 ms in
// Chromium) and used to start the read only then, so reading and inflating the file (~35 ms) came
// on top. index.ts imports this right after the browser API, so the read goes on while every other
// module is evaluated. A background woken for something else (a popup, an alarm) reads it too: the
// first page it serves is the common case.
import { COMPANY_INDEX_FILE, PACKAGED_DATA_DIR } from '../data/companies/generated-files';
import { withEarlyRead } from './early-read';
import { readPackagedFile } from './packaged-file';

const INDEX_FILE = `${PACKAGED_DATA_DIR}/${COMPANY_INDEX_FILE}`;

/** readPackagedFile, with the index's first read already started. */
export const readWithEarlyIndex = withEarlyRead(readPackagedFile, INDEX_FILE, readPackagedFile(INDEX_FILE));
