import { uiLocale } from '../platform/i18n';

/** Currencies DealLens converts to: those with a daily history bundled and in the ECB's files. */
export const CURRENCY_CHOICES = ['USD', 'CNY', 'EUR', 'GBP', 'JPY', 'HKD', 'TWD', 'SGD', 'KRW', 'INR', 'AUD', 'CAD', 'CHF'] as const;

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
