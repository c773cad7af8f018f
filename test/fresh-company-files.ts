// Vitest global setup of the unit and slow projects: the background's tests read the generated
// company files (scripts/build-company-index.ts), so they are written again first when the company
// data changed since (a record added, as in CONTRIBUTING recipe 1). Costs ~0.1 s when fresh, ~1 s when not.
import { companyFilesAreFresh, writeCompanyFiles } from '../scripts/build-company-index';

export default function setup(): void {
  if (!companyFilesAreFresh()) writeCompanyFiles();
}
