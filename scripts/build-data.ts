// Generated data the extension, the CLI and the tests read: the rate table.
import { writeRateTable } from './build-rates';

export function writeGeneratedData(): void {
  writeRateTable();
}

if (import.meta.url === `file://${process.argv[1]}`) writeGeneratedData();
