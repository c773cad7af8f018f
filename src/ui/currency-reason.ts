// Why an amount was read in its currency is worth a reader's attention only when the text did not
// say it: "2.5 billion yuan", "US$342 million" and "RMB1.5bn" name their currency; a bare "$" or "¥",
// or a "$" on a Hong Kong page, is DealLens's reading, and the card says so in a sentence built from
// the core's code (MoneyMention.currencyBasis), in the reader's language.
import type { CurrencyBasis } from '../core/types';
import { t } from '../platform/i18n';
import { displayName } from './display-names';

/** Whether the amount's currency was inferred (a bare symbol, the page's country, a currency named nearby) rather than written. */
export function currencyInferred(basis: CurrencyBasis): boolean {
  return basis.by !== 'written';
}

/** The currency's name in the reader's language ("US dollars", "美元"), or its code when Intl has none. */
export function currencyName(code: string, locale: string): string {
  return displayName('currency', code, locale);
}

/** "Read as Hong Kong dollars: the page is from Hong Kong", or null when the text wrote the currency. */
export function currencyBasisText(basis: CurrencyBasis, code: string, locale: string): string | null {
  const name = currencyName(code, locale);
  switch (basis.by) {
    case 'written':
      return null;
    case 'nearby':
      return t('currencyByNearby', name, basis.word);
    case 'page-region':
      return t('currencyByPageRegion', name, displayName('region', basis.region, locale));
    case 'page-language':
      return t('currencyByPageLanguage', name, displayName('language', basis.lang, locale));
    case 'text':
      return t('currencyByText', name);
    case 'default':
      return t('currencyByDefault', name);
  }
}
