// Public entry of the company matcher (re-exported by src/core/index.ts).
export { addCompanyRecords, compileAllNames, createCompanyMatcher, type CompanyEntity, type CompanyMatcher } from './create-company-matcher';
export { compactIndexHeader, compactIndexOf, compactIndexText, matcherFromCompactIndex, readCompactIndexText, type CompactCompanyIndex } from './compact-index';
export { addedSince, createPageMemory, findCompanies, findEarlierConfirmed, findEarlierForms, markOf, type MemoryMark, type PageMemory } from './find-companies';
