// Public entry of the company matcher (re-exported by src/core/index.ts).
export { compileAllNames, createCompanyMatcher, type CompanyEntity, type CompanyMatcher } from './create-company-matcher';
export { findCompanies } from './find-companies';
export { NAME_RULES, type NameRule } from './name-rules';
