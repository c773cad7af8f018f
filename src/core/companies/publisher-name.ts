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

/** Lowercase letters and digits only, without a leading "The" or a trailing ".com" ("Reuters.com" → "reuters"). */
function fold(name: string): string {
  return name
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
  const host = (context?.domain && hostSiteName(context.domain)) || '';
  if (site.length < 3 && host.length < 3) return null;
  return (m) => {
    const name = fold(m.text);
    return (site.length >= 3 && name.includes(site)) || (host.length >= 3 && name === host);
  };
}

/** The mentions that do not name the page's publisher. */
export function dropPublisher(mentions: CompanyMention[], context: PageContext | undefined): CompanyMention[] {
  const isPublisher = publisherTest(context);
  return isPublisher ? mentions.filter((m) => !isPublisher(m)) : mentions;
}
