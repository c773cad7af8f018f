// One cold background as it started before the compiled index (the baseline): the module parses
// every company record, and the first request builds the matcher from them (createCompanyMatcher,
// its buckets compiled as the text needs them) and answers. Run by bench/cold-start.ts.
import { createCompanyMatcher, findMentions, type CompanyMatcher } from '../../src/core';
import { companies } from '../../src/data/companies';
import { answerOnce } from './answer-once';

// What handlers.ts did at start-up: every record by its id, for the cards (kept, as the background kept it).
(globalThis as { recordsById?: unknown }).recordsById = new Map(companies.map((c) => [c.id, c]));
let matcher: CompanyMatcher | undefined;
await answerOnce(async (text, context) => {
  if (!matcher) {
    const started = performance.now();
    matcher = createCompanyMatcher(companies);
    performance.measure('deallens:matcher', { start: started, end: performance.now() });
  }
  return findMentions(text, { context, companies: matcher });
});
