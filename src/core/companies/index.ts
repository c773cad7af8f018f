// Public entry of the company matcher (re-exported by src/core/index.ts).
export { addCompanyRecords, compileAllNames, createCompanyMatcher, type CompanyEntity, type CompanyMatcher } from './create-company-matcher';
export { compactIndexHeader, compactIndexOf, compactIndexText, matcherFromCompactIndex, readCompactIndexText, type CompactCompanyIndex } from './compact-index';
export { createPageMemory, findCompanies, findEarlierConfirmed, findEarlierForms, formsAddedSince, type PageMemory } from './find-companies';
