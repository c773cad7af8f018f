// Money formatting through Intl, compact ("US$342M", "CN¥2.5B") or full ("US$342,000,000"), at the
// reader's number of significant digits. US$ is spelled out because a bare "$" is exactly the
// ambiguity DealLens exists to remove.
import { zhCurrencyName } from '../core/money/currency-display';
import type { MoneyNotation, Settings } from '../platform/settings';

/** How the reader wants amounts written (options page, "Number format"). */
export interface MoneyFormat {
  notation: MoneyNotation;
  digits: number;
}

export const DEFAULT_MONEY_FORMAT: MoneyFormat = { notation: 'compact', digits: 3 };

export function moneyFormatOf(settings: Pick<Settings, 'moneyNotation' | 'moneyDigits'>): MoneyFormat {
  return { notation: settings.moneyNotation, digits: settings.moneyDigits };
}

const formatters = new Map<string, Intl.NumberFormat>();

/** `digits` undefined: the full amount with at most 2 decimals (amounts as written, not converted). */
function formatter(locale: string, currency: string, compact: boolean, digits: number | undefined): Intl.NumberFormat {
  const key = `${locale}|${currency}|${compact}|${digits}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      currencyDisplay: 'symbol',
      ...(compact ? { notation: 'compact', maximumSignificantDigits: digits ?? 3 } : digits ? { maximumSignificantDigits: digits } : { maximumFractionDigits: 2 }),
    });
    formatters.set(key, f);
  }
  return f;
}


/** 亿 (10⁸) and 万 (10⁴) scales, by default with three significant digits: 342,137,676 USD → "3.42亿美元". */
function formatMoneyZh(amount: number, currency: string, significant = 3): string {
  const abs = Math.abs(amount);
  const [value, unit] = abs >= 1e8 ? [amount / 1e8, '亿'] : abs >= 1e4 ? [amount / 1e4, '万'] : [amount, ''];
  const digits = new Intl.NumberFormat('zh-CN', { maximumSignificantDigits: significant, useGrouping: false }).format(value);
  // Chinese names as amounts are written in Chinese news ("3.42亿美元", "25亿元"): the currency table's.
  const name = zhCurrencyName(currency);
  return name ? `${digits}${unit}${name}` : `${digits}${unit} ${currency}`;
}

/**
 * `format` (the reader's choice, for converted amounts) wins over `compact`; without either, amounts
 * are compact at 3 significant digits. Compact in the Chinese UI uses 亿 and 万.
 */
export function formatMoney(amount: number, currency: string, options: { locale?: string; compact?: boolean; format?: MoneyFormat } = {}): string {
  const locale = options.locale ?? 'en';
  const compact = options.format ? options.format.notation === 'compact' : options.compact !== false;
  const digits = options.format?.digits;
  if (locale.toLowerCase().startsWith('zh') && compact) return formatMoneyZh(amount, currency, digits);
  let text: string;
  try {
    text = formatter(locale, currency, compact, digits).format(amount);
  } catch {
    text = `${currency} ${amount.toLocaleString(locale)}`;
  }
  return currency === 'USD' && locale.startsWith('en') ? text.replace(/^\$/, 'US$').replace(/^-\$/, '-US$') : text;
}

export function formatRange(amount: number, amountMax: number | undefined, currency: string, locale?: string, format?: MoneyFormat): string {
  const options = { ...(locale && { locale }), ...(format && { format }) };
  const low = formatMoney(amount, currency, options);
  return amountMax === undefined ? low : `${low}–${formatMoney(amountMax, currency, options)}`;
}

/** A rate with enough digits to be checked: 1 CNY = 0.136855 USD. */
export function formatRate(rate: number): string {
  return rate >= 100 ? rate.toFixed(2) : rate.toPrecision(6);
}
