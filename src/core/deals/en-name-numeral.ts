// A company's name that ends in a series numeral the company reader stops short of: "Atlas Peak Acquisition Corp. II"
// (a sponsor's second blank-check company), "Churchill Capital Corp IV", "SoftBank Vision Fund 2". The numeral names
// another company than the one without it, so the deal's party is the whole name.
import { unknownId } from '../companies/unknown-companies';
import type { CompanyMention } from '../types';

/** Right after a name: a Roman numeral, or a number after "Fund"; nothing word-like after it ("II-VI", "Vs"). */
const NUMERAL_AFTER = /^\s(?:II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)(?![\w’'-])/;
const FUND_NUMBER_AFTER = /^\s\d{1,2}(?![\d%-]|[.,]\d)(?!\s+(?:billion|million|bn|m|percent|per|[a-z]))/;

/** The mentions, each whole with the numeral after it (mentions sorted by start). */
export function withSeriesNumerals(text: string, companies: readonly CompanyMention[]): CompanyMention[] {
  return companies.map((c, i) => {
    const after = text.slice(c.end, c.end + 8);
    const m = NUMERAL_AFTER.exec(after) ?? (/\bFund$/.test(c.text) ? FUND_NUMBER_AFTER.exec(after) : null);
    const next = companies[i + 1];
    if (!m || (next && next.start < c.end + m[0].length)) return c;
    const name = `${c.name}${m[0]}`;
    return { ...c, end: c.end + m[0].length, text: text.slice(c.start, c.end + m[0].length), name, id: c.id.startsWith('unknown:') ? unknownId(name) : c.id };
  });
}
