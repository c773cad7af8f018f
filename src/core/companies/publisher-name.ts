// The site's own name (its masthead, og:site_name, byline, "told Reuters", copyright line) is the
// publisher of the page, not a company of its story (issue 18, item 7): on reuters.com "Reuters" and
// "Thomson Reuters" are not highlighted, listed or read into deals; the same words on any other site are.
//
// Dropped wherever the page names it, body included: the body names its publisher too ("told
// Reuters", "a Reuters analysis"), and the core sees text, not where a block sits on the page. The
// price is a story about the publisher's own company read on its own site ("Bloomberg LP agreed to
// buy …" on bloomberg.com, a press release on news.microsoft.com): that company is not highlighted
// there, nor a party to the deal read from it. The same story on any other site is read in full.

import type { CompanyMention, PageContext } from '../types';
import { toSimplified } from './traditional-chars';

/**
 * Lowercase letters and digits only, without a leading "The" or a trailing ".com" ("Reuters.com" → "reuters"),
 * Chinese in simplified characters (a traditional page's mentions are read folded: traditional-chars.ts).
 */
function fold(name: string): string {
  return toSimplified(name)
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/\.(?:com|net|org|co|cn|hk|uk|jp|de|fr|io|news)$/, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Second-level labels that are not the site's name ("bbc.co.uk", "sina.com.cn"). */
const GENERIC_SECOND_LEVEL = new Set(['co', 'com', 'net', 'org', 'gov', 'edu', 'ac', 'or', 'ne', 'go']);

/** The name a host gives its site: "www.reuters.com" → "reuters", "news.bbc.co.uk" → "bbc"; none for an IP address. */
export function hostSiteName(host: string): string | undefined {
  const labels = host.toLowerCase().replace(/\.$/, '').split('.');
  if (labels.length < 2 || labels.every((l) => /^\d+$/.test(l)) || host.includes(':')) return undefined;
  labels.pop();
  if (labels.length > 1 && GENERIC_SECOND_LEVEL.has(labels.at(-1)!)) labels.pop();
  return labels.at(-1);
}

/**
 * Whether a mention names the page's publisher: its text holds the site's name ("Thomson Reuters",
 * "The Ledger Daily Media Inc." under og:site_name "Reuters", "The Ledger Daily"), or is the name
 * the page's host gives ("Yahoo" on finance.yahoo.com, "SCMP" on www.scmp.com): a whole name only,
 * since a host's label is short. Null when the page names no publisher.
 */
export function publisherTest(context: PageContext | undefined): ((m: CompanyMention) => boolean) | null {
  const site = context?.siteName ? fold(context.siteName) : '';
  // "BBC News" → "bbc": the site's name without the word that says it is news ("BBC" on BBC News is the publisher).
  const siteHead = context?.siteName ? fold(context.siteName.replace(SITE_KIND_TAIL, '')) : '';
  const host = (context?.domain && hostSiteName(context.domain)) || '';
  if (site.length < 3 && host.length < 3) return null;
  // "BT" on "BASIC thinking", "FT" on "Financial Times": the site's initials, written in capitals.
  const siteWords = context?.siteName ? foldedWords(context.siteName) : [];
  const initials = siteWords.length >= 2 && siteWords.length <= 4 ? siteWords.map((w) => w[0]).join('') : '';
  return (m) => {
    const name = fold(m.text);
    return (
      (initials !== '' && name === initials && /^[A-Z]{2,4}$/.test(m.text)) ||
      (site.length >= 3 && name.includes(site)) ||
      (siteHead.length >= 3 && siteHead !== site && name === siteHead) ||
      (host.length >= 3 && (name === host || hostAbbreviates(host, m.text) || opensWithWord(m.text, host) || closesWithWord(m.text, host) || hostNamesIt(host, name)))
    );
  };
}

/** A word a host adds to the publisher's name to say what the site is: "blisterreview", "arstechnica", "theguardian". */
const HOST_KIND = /^(?:the)?(.{3,}?)(?:review|reviews|news|online|magazine|mag|technica|wire|daily|weekly|times|post|journal|herald|tribune|gazette|report|digest|blog)?$/;

/** "Guardian" on theguardian.com, "Blister" on blisterreview.com, "Ars" on arstechnica.com (not "Apple" on appleinsider.com). */
function hostNamesIt(host: string, name: string): boolean {
  if (name.length < 3 || !host.includes(name)) return false;
  const m = HOST_KIND.exec(host);
  return m !== null && m[1] === name;
}

/** A word after a publisher's name that says what the site is: "BBC News", "Aktuálně Online" (not "Daily": "The Nasdaq Daily" is another paper). */
const SITE_KIND_TAIL = /\s+(?:news|online|magazine|digital|tv|radio)\s*$/i;

/** The words of a name without a leading "The", folded ("The New York Times" → ["new", "york", "times"]). */
function foldedWords(name: string): string[] {
  return name.replace(/^the\s+/i, '').split(/[\s-]+/).map(fold).filter((w) => w.length > 0);
}

/**
 * Whether the host writes the name as the initials of its first words and the rest in full: "nytimes" for "The
 * New York Times", "wsj" for "Wall Street Journal", "scmp" for "South China Morning Post".
 */
function hostAbbreviates(host: string, name: string): boolean {
  const words = foldedWords(name);
  if (words.length < 2) return false;
  for (let k = 2; k <= words.length; k++) {
    if (words.slice(0, k).map((w) => w[0]).join('') + words.slice(k).join('') === host) return true;
  }
  return false;
}

/**
 * "BBC Capital", "BBC Autos" on bbc.com: a name whose first word is the host's name is one of the publisher's own
 * sections. (Its legal name, "Bloomberg L.P." on bloomberg.com, names the company: the host alone does not say it is
 * the publisher's.)
 */
function opensWithWord(name: string, host: string): boolean {
  const words = foldedWords(name);
  return words.length > 1 && words[0] === host && !LEGAL_TAIL.test(words.slice(1).join(''));
}
const LEGAL_TAIL = /^(?:inc|ltd|llc|lp|llp|plc|corp|corporation|co|company|group|holdings?|sa|ag|nv|gmbh|limited)$/;

/**
 * "Thomson Reuters" on reuters.com (whose og:site_name may be a section's, "U.S."): a name of two words whose last is
 * the host's name, five letters or more, is the publisher's owner.
 */
function closesWithWord(name: string, host: string): boolean {
  const words = foldedWords(name);
  return words.length === 2 && host.length >= 5 && words[1] === host;
}

/**
 * "Wearside Echo is part of Northern Titles Media Ltd.", "Boxship Review is published by Quayside Media
 * Ltd", "© 2024 Newsdesk Wire, a Harbor Distribution company": the company the page says owns or
 * publishes the site, on a line after the site's name, is the publisher too.
 */
// ("Pitchside Business is a trading name of Touchline Media Group Ltd.")
const OWNER_BEFORE = /(?:\b(?:part of|published by|owned by|operated by|produced by|(?:a )?trading name of|(?:a|an) (?:division|unit|brand|publication|title|member|subsidiary|business) of)(?: the)?|, (?:a|an))\s+$/i;
const OWNER_COMPANY_AFTER = /^\s+(?:company|group|brand|publication|business)\b/i;

/** "江南财经网由浙江江南传媒有限公司主办", "港經財訊由港經傳媒有限公司出版": a Chinese site's owner, between 由 and the verb. */
const OWNER_VERB_AFTER = /^\s*(?:主办|主辦|出版|主管|运营|運營|经营|經營|所有|拥有|擁有)/;

function namesOwner(text: string, m: CompanyMention, site: string): boolean {
  const before = text.slice(Math.max(0, m.start - 120), m.start);
  if (before.endsWith('由') && OWNER_VERB_AFTER.test(text.slice(m.end, m.end + 4))) return fold(before.slice(before.lastIndexOf('\n') + 1, -1)).includes(site);
  const owner = OWNER_BEFORE.exec(before);
  if (!owner || (owner[0].startsWith(',') && !OWNER_COMPANY_AFTER.test(text.slice(m.end, m.end + 16)))) return false;
  const line = before.slice(before.lastIndexOf('\n') + 1, owner.index);
  return fold(line).includes(site);
}

/** Before a copyright holder's name: "© 2019 ", "Copyright The ", "(c) 2004-2019 ". */
const COPYRIGHT_BEFORE = /(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?(?:the\s+)?$/i;
/**
 * After the holder: its legal form and the notice ("Copyright The Channel Company, All rights reserved", "© 2016 Vox
 * Media, Inc. All Rights Reserved"); a data provider's line goes on otherwise ("© S&P Dow Jones Indices LLC, its affiliates …").
 */
const RESERVED_AFTER = /^(?:,? (?:Inc|LLC|Ltd|Limited|plc|Corp|Co)\.?)?[.,]? *all rights reserved/i;
/** Names looked up per page, and occurrences read per name: a list page of thousands of names stops there. */
const MAX_HOLDER_LOOKUPS = 32;
const MAX_OCCURRENCES = 64;

/**
 * "Meet the Editors The Channel Company Contact Us" … "Copyright The Channel Company, All rights reserved": a company the
 * data does not hold that the page's copyright line names is the publisher wherever the page names it (the line itself
 * is dropped by not-companies.ts; its menu and masthead mentions were not).
 */
function copyrightHolders(text: string, mentions: readonly CompanyMention[]): Set<string> {
  const holders = new Set<string>();
  // Cheap gate: a copyright sign or word somewhere on the page.
  if (!text.includes('©') && !text.includes('opyright') && !text.includes('OPYRIGHT') && !text.includes('(c)')) return holders;
  const names = new Map<string, string>();
  for (const m of mentions) if (m.id.startsWith('unknown:') && names.size < MAX_HOLDER_LOOKUPS) names.set(m.text, m.id);
  for (const [name, id] of names) {
    let k = 0;
    for (let at = text.indexOf(name); at !== -1 && k < MAX_OCCURRENCES; at = text.indexOf(name, at + 1), k++) {
      if (COPYRIGHT_BEFORE.test(text.slice(Math.max(0, at - 32), at)) && RESERVED_AFTER.test(text.slice(at + name.length, at + name.length + 40))) {
        holders.add(id);
        break;
      }
    }
  }
  return holders;
}

/** The mentions that do not name the page's publisher (nor, given the text, the company that owns it). */
export function dropPublisher(mentions: CompanyMention[], context: PageContext | undefined, text?: string): CompanyMention[] {
  const holders = text !== undefined && mentions.some((m) => m.id.startsWith('unknown:')) ? copyrightHolders(text, mentions) : new Set<string>();
  if (holders.size > 0) mentions = mentions.filter((m) => !holders.has(m.id));
  const isPublisher = publisherTest(context);
  if (!isPublisher) return mentions;
  const site = context?.siteName ? fold(context.siteName) : '';
  const siteLength = context?.siteName?.length ?? 0;
  // "新浪财经讯" on 新浪财经, "Yahoo Finance" on Yahoo Finance: a data name read inside the site's name as the page writes it.
  const opensSiteName = (m: CompanyMention) => text !== undefined && site.length >= 2 && fold(text.slice(m.start, m.start + siteLength + 4)).startsWith(site);
  const dropped = (m: CompanyMention) => isPublisher(m) || (text !== undefined && site.length >= 3 && namesOwner(text, m, site)) || opensSiteName(m);
  // "港經財訊由港經傳媒有限公司出版" … "本港經濟": a short form the page linked to the owner's name is the owner's too.
  const owners = new Set(mentions.filter((m) => m.id.startsWith('unknown:') && dropped(m)).map((m) => m.id));
  return mentions.filter((m) => !dropped(m) && !owners.has(m.id));
}
