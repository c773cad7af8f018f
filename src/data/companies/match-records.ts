// The company names the content script matches, decoded from the compact index that
// scripts/build-company-index.ts generates (see match-index.ts for the format).
import { decodeMatchIndex } from './match-index';
import index from './match-index.generated.txt?raw';

export const matchRecords = decodeMatchIndex(index);
