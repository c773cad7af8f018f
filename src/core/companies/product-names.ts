// A name the page uses as a product's, read as a company by a cue (issue 16, item 5). On a real page about
// a browser maker, "merged into Gecko, and Firefox" read "Firefox" as a company, and the page's links then
// highlighted it 50 times, though the page says "Firefox 3.5", "the Firefox web browser", "Firefox OS" again
// and again. A name the data does not hold whose mentions stand before a version or a product's noun often
// enough is a product on that page: none of its mentions is highlighted from then on (the page's memory
// keeps the count across its slices).
import type { CompanyMention } from '../types';
import { UNKNOWN_ID_PREFIX } from './unknown-companies';

/**
 * After a product's name: a version ("Firefox 3.5", not "Acme 2024" nor "Acme 10 percent"), what it is ("web browser",
 * "OS"; a work's "movies", "sets", "series"), its edition ("Mobile", "Pro") or a work's subtitle ("Star Wars: The
 * Mandalorian").
 */
const PRODUCT_AFTER = /^(?: (?:\d{1,2}(?:\.\d+)*(?![\d.,]*\s*(?:%|percent|per cent|million|billion|bn|m)\b)(?![\d,])|(?:web )?browser|OS|app|apps|engine|phone|console|games?|devices?|software|extension|add-on|plug-?in|codec|library|movies?|films?|shows?|series|franchise|saga|sets|episodes?|trilogy|sequel|toys|Mobile|Pro|Mini|Lite|Beta)\b|: The [A-Z])/;

/** How many of a name's mentions must read as a product's, and what share of them. */
const MIN_PRODUCT_USES = 3;
const MIN_PRODUCT_SHARE = 1 / 3;

/** Per name the data does not hold: its mentions on the page so far, and how many read as a product's. */
export type ProductEvidence = Map<string, { mentions: number; productUses: number }>;

/** The mentions without the names the page (so far) uses as a product's; counts this text's uses into `evidence`. */
export function dropProductNames(text: string, mentions: CompanyMention[], evidence: ProductEvidence): CompanyMention[] {
  let any = false;
  for (const m of mentions) {
    if (!m.id.startsWith(UNKNOWN_ID_PREFIX)) continue;
    any = true;
    const e = evidence.get(m.id) ?? { mentions: 0, productUses: 0 };
    e.mentions++;
    if (PRODUCT_AFTER.test(text.slice(m.end, m.end + 40))) e.productUses++;
    evidence.set(m.id, e);
  }
  if (!any) return mentions;
  const isProduct = (id: string) => {
    const e = evidence.get(id);
    return e !== undefined && e.productUses >= MIN_PRODUCT_USES && e.productUses >= MIN_PRODUCT_SHARE * e.mentions;
  };
  return mentions.filter((m) => !m.id.startsWith(UNKNOWN_ID_PREFIX) || !isProduct(m.id));
}
