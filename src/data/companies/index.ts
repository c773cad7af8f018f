// The bundled company data: readable JSON split by sector, concatenated here.
// Every record is checked by companies.test.ts (fields, ids, codes, clashing names).
import type { CompanyRecord } from '../../core/types';
import ai from './ai.json';
import chineseTech from './chinese-tech.json';
import finance from './finance.json';
import globalTech from './global-tech.json';
import investors from './investors.json';

// JSON imports are typed with `kind: string`; the schema test guarantees the narrower union.
export const companies: CompanyRecord[] = [
  ...chineseTech,
  ...globalTech,
  ...ai,
  ...investors,
  ...finance,
] as CompanyRecord[];
