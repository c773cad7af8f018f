import { CURRENCIES } from '../core/money/currency-table';
import { uiLocale } from '../platform/i18n';

/** Home and extra currencies: those the currency table offers (each with a daily bundled history). */
export const CURRENCY_CHOICES: readonly string[] = CURRENCIES.filter((c) => c.offer).map((c) => c.code);

/** Currencies whose amounts a reader may hide: every currency DealLens reads. */
export const IGNORABLE_CURRENCIES: readonly string[] = CURRENCIES.map((c) => c.code);

const namesByLocale = new Map<string, Intl.DisplayNames>();

/** "USD — US Dollar" in English, "USD — 美元" in Chinese: the name follows the UI language. */
export function currencyLabel(code: string, locale = uiLocale()): string {
  let names = namesByLocale.get(locale);
  if (!names) {
    try {
      names = new Intl.DisplayNames([locale, 'en'], { type: 'currency' });
    } catch {
      names = new Intl.DisplayNames(['en'], { type: 'currency' });
    }
    namesByLocale.set(locale, names);
  }
  return `${code} — ${names.of(code) ?? code}`;
}
