// Law firms' and banks' deal notes name the deal through their client: "Hartwell & Crane LLP advised Ostara
// Logistics on its $420 million acquisition of Bluefin Cold Storage", "Kirkland represented Kestrel Partners in its
// purchase of …", "Evercore acted as financial adviser to Lanternfish on its Series C". The adviser is never a party;
// the client named after the verb is the buyer of a purchase it made ("on its acquisition of"), and the company sold
// in its own sale ("Morrow Pike LLP represented Tamsin Foods in its sale to Brightridge Brands").
import { unknownId } from '../companies/unknown-companies';
import type { CompanyMention } from '../types';

/** The adviser's verb, then the client, then "on|in" and the client's deal. */
const ADVISED = /\b(?:advised|advises|advising|represented|represents|representing|counselled|counseled|acted for|acts for|acting for|(?:acted|acts|served|serves) as (?:(?:lead|sole|exclusive|joint)\s+)?(?:financial |legal )?(?:advis[eo]r|counsel) to|(?:is|was) (?:(?:lead|sole|exclusive)\s+)?(?:financial |legal )?(?:advis[eo]r|counsel) to)\s+/g;
/** The client: a capitalised run, then "on" or "in" and its (their) deal. */
// ("advised Tidewater Aquaculture, a Tasmanian salmon farmer, on its A$260 million sale to …": what the client is may stand between.)
const CLIENT = /^((?:[A-Z][\w&.’'-]*\s+){0,4}?[A-Z][\w&.’'-]*)(?:,\s+(?:a|an|the)\s+[^,;.]{1,60},)?\s+(?:on|in|with)\s+(?:its|their)\s+/;
/** A purchase the client made: its noun after the possessive (an amount and a few words may stand between). */
const PURCHASE_AFTER = /^(?:[\w$€£¥₹.,%-]+\s+){0,4}?(?:acquisition|purchase|takeover|buyout)\s+of\b/i;

/** The client's sale of itself: "represented Tamsin Foods in its sale to Brightridge Brands". */
const SALE_TO_AFTER = /^(?:[\w$€£¥₹.,%-]+\s+){0,3}?sale\s+to\s+/i;

export interface Advised {
  /** Where the adviser's clause ends: the companies named before it advised. */
  verbStart: number;
  /** The client (a company read, or a name the reader left out). */
  client: CompanyMention;
  /** Whether the client's deal is a purchase it made. */
  buys: boolean;
  /** Where the buyer's name starts when the client's deal is its own sale ("in its sale to "). */
  soldTo?: number;
}

/** The first adviser's clause in [start, end) of the text, if any. */
export function advisedClient(text: string, start: number, end: number, companies: readonly CompanyMention[]): Advised | undefined {
  ADVISED.lastIndex = 0;
  const sentence = text.slice(start, end);
  const m = ADVISED.exec(sentence);
  if (!m) return undefined;
  const from = start + m.index + m[0].length;
  const c = CLIENT.exec(text.slice(from, Math.min(end, from + 100)));
  if (!c) return undefined;
  const nameEnd = from + c[1]!.length;
  const read = companies.find((x) => x.start >= from && x.end <= nameEnd);
  const client = read ?? { start: from, end: nameEnd, text: c[1]!, name: c[1]!, id: unknownId(c[1]!) };
  const deal = from + c[0].length;
  const sale = SALE_TO_AFTER.exec(text.slice(deal, Math.min(end, deal + 60)));
  return { verbStart: start + m.index, client, buys: PURCHASE_AFTER.test(text.slice(deal, Math.min(end, deal + 80))), ...(sale ? { soldTo: deal + sale[0].length } : {}) };
}
