// Public entry of the company matcher (re-exported by src/core/index.ts).
export { compileAllNames, createCompanyMatcher, type CompanyEntity, type CompanyMatcher } from './create-company-matcher';
export { createPageMemory, findCompanies, type PageMemory } from './find-companies';
