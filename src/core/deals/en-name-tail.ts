// An investor's name whose tail the company reader cut off: "Vertex Growth" read as "Vertex" (a listed software
// company of that name), "led by Harbor Lake Capital" read as "Harbor Lake". The capitalised investor words right
// after a name belong to it; the deal's party is the whole name, a company the data does not hold.
import { unknownId } from '../companies/unknown-companies';
import type { CompanyMention } from '../types';

/** Up to three investor words right after the name (a fund's number too), then no other capitalised word ("Vertex Growth Fund"). */
const TAIL_AFTER = /^ ((?:Growth|Ventures|Capital|Partners|Investments|Equity|Fund)(?: (?:Growth|Ventures|Capital|Partners|Investments|Equity|Fund|I{1,3}|IV|V)){0,2})(?![\w’'&-]| [A-Z])/;

/** The mentions with the investor words the reader left off put back (mentions sorted by start). */
export function withNameTails(text: string, companies: readonly CompanyMention[]): CompanyMention[] {
  return companies.map((c, i) => {
    // Only a name the reader closed on a plain word: a name that already ends in such a word is whole.
    if (/(?:Growth|Ventures|Capital|Partners|Investments|Equity|Fund)$/.test(c.text)) return c;
    const m = TAIL_AFTER.exec(text.slice(c.end, c.end + 40));
    if (!m) return c;
    const next = companies[i + 1];
    const end = c.end + m[0].length;
    if (next && next.start < end) return c;
    const written = text.slice(c.start, end);
    return { start: c.start, end, text: written, name: written, id: unknownId(written) };
  });
}
