/** Currencies DealLens converts to: those with a daily history bundled and in the ECB's files. */
export const CURRENCY_CHOICES = ['USD', 'CNY', 'EUR', 'GBP', 'JPY', 'HKD', 'TWD', 'SGD', 'KRW', 'INR', 'AUD', 'CAD', 'CHF'] as const;

const names = new Intl.DisplayNames(['en'], { type: 'currency' });

export function currencyLabel(code: string): string {
  return `${code} — ${names.of(code) ?? code}`;
}
