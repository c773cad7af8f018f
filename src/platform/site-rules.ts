// Where DealLens annotates by itself: the sites the reader granted (optional host permissions),
// less the sites they switched off, and nowhere when they chose "only when I ask". Pure: the
// background turns the answer into one dynamically registered content script.

/** The optional host permissions that mean "on all sites". */
export const ALL_SITES = ['http://*/*', 'https://*/*'];

export type SiteMode = 'automatic' | 'on-demand';

export interface Registration {
  matches: string[];
  excludeMatches: string[];
}

const HOST = /^(?:\*\.)?(?:[a-z0-9-]+\.)*[a-z0-9-]+$|^\[[0-9a-f:]+\]$/i;

/**
 * A site as the reader types it ("www.example.com", "https://example.com/news", "127.0.0.1:8080")
 * → its host name in lower case, or null when it is not a web site.
 */
export function siteHost(input: string): string | null {
  const text = input.trim().toLowerCase();
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//.exec(text)?.[1];
  if (!text || (scheme && scheme !== 'http' && scheme !== 'https')) return null;
  try {
    const host = new URL(scheme ? text : `http://${text}`).hostname;
    return HOST.test(host) ? host : null;
  } catch {
    return null;
  }
}

/** The origin patterns that grant a site (both schemes, any port; Firefox takes no "*://" subset of http/https patterns). */
export function sitePatterns(host: string): string[] {
  return [`http://${host}/*`, `https://${host}/*`];
}

/** Host of an origin pattern ("*://example.com/*" → "example.com"), or null for all-sites patterns. */
export function patternHost(pattern: string): string | null {
  const m = /^(?:\*|https?):\/\/([^/]+)\/\*?$/.exec(pattern);
  if (!m || m[1] === '*') return null;
  return m[1]!;
}

/** Origin patterns granted for pages: the manifest's host access for rate downloads left out. */
export function pageOrigins(granted: readonly string[]): string[] {
  return granted.filter((o) => !/^https:\/\/(www\.ecb\.europa\.eu|api\.frankfurter\.dev)\//.test(o));
}

export function grantsAllSites(granted: readonly string[]): boolean {
  const pages = pageOrigins(granted);
  return pages.includes('<all_urls>') || pages.includes('*://*/*') || ALL_SITES.every((p) => pages.includes(p));
}

/** The sites the reader allowed one by one (host names, sorted). */
export function allowedSites(granted: readonly string[]): string[] {
  return [...new Set(pageOrigins(granted).map(patternHost).filter((h): h is string => !!h))].sort();
}

/** Patterns that keep DealLens off a denied site and its subdomains. */
function deniedPatterns(host: string): string[] {
  return host.startsWith('*.') ? [`*://${host}/*`, `*://${host.slice(2)}/*`] : [`*://${host}/*`, `*://*.${host}/*`];
}

/** The first-run page's three choices: by itself on all sites, by itself on the sites the reader allows one by one, only when asked. */
export type SiteChoice = 'all-sites' | 'chosen-sites' | 'on-demand';

/** Which of the three choices the grants and the mode amount to (with no site allowed yet, "chosen sites": none chosen). */
export function siteChoice(granted: readonly string[], settings: { siteMode: SiteMode }): SiteChoice {
  if (settings.siteMode === 'on-demand') return 'on-demand';
  return grantsAllSites(granted) ? 'all-sites' : 'chosen-sites';
}

/** What to register for automatic annotation, or null when nothing should run by itself. */
export function registrationFor(granted: readonly string[], settings: { siteMode: SiteMode; deniedSites: readonly string[] }): Registration | null {
  if (settings.siteMode !== 'automatic') return null;
  const matches = pageOrigins(granted).filter((o) => o === '<all_urls>' || /^(\*|https?):\/\//.test(o));
  if (!matches.length) return null;
  return { matches: matches.map((m) => (m === '<all_urls>' ? '*://*/*' : m)), excludeMatches: settings.deniedSites.flatMap(deniedPatterns) };
}

/** Whether DealLens runs by itself on a page URL under the given grants and settings. */
export function annotatesAutomatically(url: string, granted: readonly string[], settings: { siteMode: SiteMode; deniedSites: readonly string[] }): boolean {
  const host = siteHost(url);
  if (!host || !/^https?:/.test(url)) return false;
  if (!registrationFor(granted, settings)) return false;
  if (isDenied(host, settings.deniedSites)) return false;
  return grantsAllSites(granted) || allowedSites(granted).includes(host);
}

export function isDenied(host: string, denied: readonly string[]): boolean {
  return denied.some((d) => {
    const base = d.startsWith('*.') ? d.slice(2) : d;
    return host === base || host.endsWith(`.${base}`);
  });
}

export type PageKind = 'web' | 'browser' | 'store' | 'pdf' | 'file' | 'unknown';

const STORE_HOSTS = ['chromewebstore.google.com', 'chrome.google.com', 'addons.mozilla.org', 'microsoftedge.microsoft.com'];

/** Why a page can or cannot be annotated by any extension, from its URL (undefined when hidden). */
export function pageKind(url: string | undefined): PageKind {
  if (!url) return 'unknown';
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return 'unknown';
  }
  if (u.protocol === 'file:') return 'file';
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return 'browser';
  if (STORE_HOSTS.includes(u.hostname) && (u.hostname !== 'chrome.google.com' || u.pathname.startsWith('/webstore'))) return 'store';
  if (/\.pdf$/i.test(u.pathname)) return 'pdf';
  return 'web';
}
