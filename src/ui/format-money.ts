// Compact money formatting through Intl ("US$342M", "CN¥2.5B"). US$ is spelled out because a bare
// "$" is exactly the ambiguity DealLens exists to remove.

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(locale: string, currency: string, compact: boolean): Intl.NumberFormat {
  const key = `${locale}|${currency}|${compact}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      currencyDisplay: 'symbol',
      ...(compact ? { notation: 'compact', maximumSignificantDigits: 3 } : { maximumFractionDigits: 2 }),
    });
    formatters.set(key, f);
  }
  return f;
}

export function formatMoney(amount: number, currency: string, options: { locale?: string; compact?: boolean } = {}): string {
  const locale = options.locale ?? 'en';
  let text: string;
  try {
    text = formatter(locale, currency, options.compact ?? true).format(amount);
  } catch {
    text = `${currency} ${amount.toLocaleString(locale)}`;
  }
  return currency === 'USD' && locale.startsWith('en') ? text.replace(/^\$/, 'US$').replace(/^-\$/, '-US$') : text;
}

export function formatRange(amount: number, amountMax: number | undefined, currency: string, locale?: string): string {
  const low = formatMoney(amount, currency, locale ? { locale } : {});
  return amountMax === undefined ? low : `${low}–${formatMoney(amountMax, currency, locale ? { locale } : {})}`;
}

/** A rate with enough digits to be checked: 1 CNY = 0.136855 USD. */
export function formatRate(rate: number): string {
  return rate >= 100 ? rate.toFixed(2) : rate.toPrecision(6);
}
