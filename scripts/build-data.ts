// Generated data the extension, the CLI and the tests read: the rate table and the company match index.
import { writeRateTable } from './build-rates';
import { writeCompanyIndex } from './build-company-index';

export function writeGeneratedData(): void {
  writeRateTable();
  writeCompanyIndex();
}

if (import.meta.url === `file://${process.argv[1]}`) writeGeneratedData();
