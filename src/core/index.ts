// The core API: pure functions, text in, data out. The only entry other layers import.
export { annotate, type AnnotateOptions } from './annotate';
export { findMentions, type MentionOptions } from './find-mentions';
export { extractMoney } from './money/extract-money';
export { compactIndexOf, createCompanyMatcher, createPageMemory, findCompanies, matcherFromCompactIndex, readCompactIndexText, type CompactCompanyIndex, type CompanyMatcher, type PageMemory } from './companies';
export { extractDeals } from './deals/extract-deals';
export { convert } from './fx/convert';
export { createHistorySource, type RateSource } from './fx/rate-source';
export { decodeRateHistory, encodeRateHistory, type EncodedRateHistory, type RateHistory } from './fx/rate-codec';
export type * from './types';
