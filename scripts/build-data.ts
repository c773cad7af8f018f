// Generated data the extension, the CLI and the tests read: the rate table and the compiled company index.
import { writeCompanyFiles } from './build-company-index';
import { writeRateTable } from './build-rates';

export function writeGeneratedData(): void {
  writeRateTable();
  writeCompanyFiles();
}

if (import.meta.url === `file://${process.argv[1]}`) writeGeneratedData();
