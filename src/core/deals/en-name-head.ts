// A bank's or a holding company's name whose head the company reader cut off: "Kestrel Bancorp" read as "Bancorp",
// "First Meridian Bancshares" as "Meridian Bancshares", "First Keystone Bank" as "Keystone Bank". The capitalised
// words right before a name that ends in such a corporate word belong to it; the deal's party is the whole name.
import { unknownId } from '../companies/unknown-companies';
import type { CompanyMention } from '../types';

/** The corporate word that ends the names this applies to. */
const CORPORATE_END = /\b(?:Bancorp|Bancshares|Bankshares|Financial|Bank|Holdings|Trust)$/;
/** Up to three capitalised words right before the name, each a plain word (no possessive, no digits). */
const HEAD_BEFORE = /(?:^|[\s(])((?:[A-Z][a-z&.-]*\s){1,3})$/;
/** Words that open a sentence or a clause, not a name ("Houston-based Gulfstream Financial": where it is, not its name). */
const NOT_A_HEAD = /^(?:The|A|An|In|On|At|By|For|From|With|And|Or|But|Its|Their|His|Her|This|That|Shares|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|U\.S\.|US|UK|[A-Z][\w.-]*-(?:based|listed|headquartered|owned|backed|registered|born))$/;

/**
 * What a company is, capitalised at a sentence's start and read into a name the data does not hold: "Biotech Auralis
 * Therapeutics said it had agreed to be bought …" names Auralis Therapeutics.
 */
const KIND_HEAD = /^(?:Biotech|Fintech|Insurtech|Proptech|Edtech|Healthtech|Medtech|Agritech|Startup|Start-up|Chipmaker|Drugmaker|Carmaker|Automaker|Miner|Retailer|Lender|Insurer|Brewer|Broker|Developer)\s+(?=[A-Z])/;

/** The mentions with the head the reader left off put back (mentions sorted by start), and a kind read into one taken off. */
export function withNameHeads(text: string, companies: readonly CompanyMention[]): CompanyMention[] {
  return companies.map((c, i) => {
    const kind = KIND_HEAD.exec(c.text);
    if (kind && c.id === unknownId(c.text)) {
      const name = c.text.slice(kind[0].length);
      return { start: c.start + kind[0].length, end: c.end, text: name, name, id: unknownId(name) };
    }
    if (!CORPORATE_END.test(c.text)) return c;
    const m = HEAD_BEFORE.exec(text.slice(Math.max(0, c.start - 40), c.start));
    if (!m) return c;
    const words = m[1]!.trim().split(/\s+/);
    // Keep only the words after the last one that cannot start a name ("The Kestrel Bancorp" keeps "Kestrel").
    let from = 0;
    words.forEach((w, k) => {
      if (NOT_A_HEAD.test(w)) from = k + 1;
    });
    const head = words.slice(from);
    const previous = companies[i - 1];
    if (head.length === 0) return c;
    const start = c.start - (head.join(' ').length + 1);
    if (previous && previous.end > start) return c;
    const name = `${head.join(' ')} ${c.text}`;
    return { start, end: c.end, text: text.slice(start, c.end), name, id: unknownId(name) };
  });
}
