// A numbered fund or vehicle is its own investor (issue 17): "SoftBank Vision Fund 2" is not the
// first Vision Fund, "Churchill Capital Corp IV" not Churchill Capital Corp. A data name that ends in
// a fund or vehicle word and is followed by a fund number (2, II, IV) is replaced by the longer name,
// with an unknown id of its own.
import type { CompanyMention } from '../types';
import { unknownId, type FoundCompany } from './unknown-companies';

const VEHICLE_END = /\b(?:Fund|Funds|Corp|Corporation|Partners|Capital|Ventures|Opportunities|Growth|Acquisition)$/;
const FUND_NUMBER = /^ (?:[2-9]|1[0-9]|I{2,3}|IV|V|VI{1,3}|IX|X{1,2})(?![\w.,]?\d)(?!\w)/;

/** The numbered funds of the text that `known` (data mentions, sorted) names without their number. */
export function findNumberedFunds(text: string, known: readonly CompanyMention[]): FoundCompany[] {
  const found: FoundCompany[] = [];
  for (const m of known) {
    if (!VEHICLE_END.test(m.text)) continue;
    const number = FUND_NUMBER.exec(text.slice(m.end, m.end + 6));
    // "Fund 2 billion": a figure, not a fund's number.
    if (!number || /^\s*(?:%|percent|per cent|million|billion|bn|m\b|years?|months?)/i.test(text.slice(m.end + number[0].length, m.end + number[0].length + 10))) continue;
    const name = text.slice(m.start, m.end + number[0].length);
    found.push({ start: m.start, end: m.end + number[0].length, text: name, name, id: unknownId(name), replaces: m });
  }
  return found;
}
