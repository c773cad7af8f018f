// An import's rejections in the reader's words. The import (platform/deal-transfer) says exactly what
// is wrong in the terms of the file ("sources[0].url: must be an http or https URL"): the page shows a
// short sentence for each kind of problem and keeps the exact text under "Technical detail".
// import-problems.test.ts runs real bad files through the import, so a reworded reason fails there.
import { t, type MessageKey } from '../platform/i18n';

/** Matched against each "; "-separated part of a reason, first match wins. */
const PROBLEMS: readonly [RegExp, MessageKey][] = [
  [/^not valid JSON/, 'importProblemNotJson'],
  [/^expected a JSON array/, 'importProblemNotList'],
  [/^empty file/, 'importProblemEmpty'],
  [/^header:/, 'importProblemHeader'],
  [/^malformed CSV|^expected \d+ columns/, 'importProblemBrokenLine'],
  [/^duplicate id/, 'importProblemDuplicate'],
  [/url: must be an http or https URL/, 'importProblemLink'],
  [/must be a real date/, 'importProblemDate'],
  [/currency: (is missing|must be an ISO 4217)/, 'importProblemCurrency'],
  [/^(amount|amount_max|valuation|confidence)\b.*(number|positive|finite|between)|amountMax/, 'importProblemNumber'],
  [/^id: must be lowercase/, 'importProblemId'],
  [/^type: must be/, 'importProblemType'],
  [/^investors/, 'importProblemInvestors'],
  [/is missing|must not be empty/, 'importProblemMissing'],
];

/** The kinds of problem in one rejection's reason, each once, in the order found. */
export function importProblemKeys(reason: string): MessageKey[] {
  // A header's reason lists its columns with "; " of its own: it is one problem.
  const parts = reason.startsWith('header:') ? [reason] : reason.split('; ');
  const keys = parts.map((part) => PROBLEMS.find(([pattern]) => pattern.test(part))?.[1] ?? 'importProblemOther');
  return [...new Set(keys)];
}

/** One rejection's reason as short sentences for the reader. */
export function importProblemText(reason: string): string {
  return importProblemKeys(reason).map((key) => t(key)).join(' ');
}
