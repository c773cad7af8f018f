// The bundled company data: readable JSON split by sector, concatenated here.
// Every record is checked by companies.test.ts (fields, ids, codes, clashing names).
import type { CompanyRecord } from '../../core/types';
import ai from './ai.json';
import aiRobotics from './ai-robotics.json';
import autosEnergy from './autos-energy.json';
import banksInsurers from './banks-insurers.json';
import chineseTech from './chinese-tech.json';
import consumerInternet from './consumer-internet.json';
import europeResourcesTransport from './europe-resources-transport.json';
import finance from './finance.json';
import fintech from './fintech.json';
import globalTech from './global-tech.json';
import historical from './historical.json';
import healthcare from './healthcare.json';
import investors from './investors.json';
import marketsAssetManagers from './markets-asset-managers.json';
import semiconductors from './semiconductors.json';
import softwareHardwareTelecom from './software-hardware-telecom.json';
import stateFunds from './state-funds.json';
import vcPe from './vc-pe.json';
import worldCompanies from './world-companies.json';
import wireCompanies from './wire-companies.json';
import pagesCompanies from './pages-companies.json';
import { baseCompanies } from './base';
import usualNames from './base/usual-names.json';
import { withUsualNames, type UsualNamesTable } from './usual-names';

// JSON imports are typed with `kind: string`; the schema test guarantees the narrower union.
// The usual short names of base/usual-names.json are merged into the hand-written records here, into
// the base records in ./base.
const handWritten = [
  ...chineseTech,
  ...globalTech,
  ...ai,
  ...investors,
  ...finance,
  ...semiconductors,
  ...autosEnergy,
  ...aiRobotics,
  ...consumerInternet,
  ...europeResourcesTransport,
  ...softwareHardwareTelecom,
  ...fintech,
  ...healthcare,
  ...vcPe,
  ...stateFunds,
  ...banksInsurers,
  ...marketsAssetManagers,
  ...historical,
  ...worldCompanies,
  ...wireCompanies,
  ...pagesCompanies,
] as CompanyRecord[];

export const companies: CompanyRecord[] = [
  ...withUsualNames(handWritten, usualNames as UsualNamesTable),
  // Last: a hand-written record wins a name both hold.
  ...baseCompanies,
];
