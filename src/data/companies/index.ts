// The bundled company data: readable JSON split by sector, concatenated here.
// Every record is checked by companies.test.ts (fields, ids, codes, clashing names).
import type { CompanyRecord } from '../../core/types';
import ai from './ai.json';
import aiRobotics from './ai-robotics.json';
import autosEnergy from './autos-energy.json';
import banksInsurers from './banks-insurers.json';
import chineseTech from './chinese-tech.json';
import consumerInternet from './consumer-internet.json';
import finance from './finance.json';
import fintech from './fintech.json';
import globalTech from './global-tech.json';
import healthcare from './healthcare.json';
import investors from './investors.json';
import marketsAssetManagers from './markets-asset-managers.json';
import semiconductors from './semiconductors.json';
import softwareHardwareTelecom from './software-hardware-telecom.json';
import stateFunds from './state-funds.json';
import vcPe from './vc-pe.json';
import { baseCompanies } from './base';

// JSON imports are typed with `kind: string`; the schema test guarantees the narrower union.
export const companies: CompanyRecord[] = [
  ...chineseTech,
  ...globalTech,
  ...ai,
  ...investors,
  ...finance,
  ...semiconductors,
  ...autosEnergy,
  ...aiRobotics,
  ...consumerInternet,
  ...softwareHardwareTelecom,
  ...fintech,
  ...healthcare,
  ...vcPe,
  ...stateFunds,
  ...banksInsurers,
  ...marketsAssetManagers,
  // Last: a hand-written record wins a name both hold.
  ...baseCompanies,
] as CompanyRecord[];
