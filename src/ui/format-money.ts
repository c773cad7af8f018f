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

/** Chinese names of currencies, as amounts are written in Chinese news ("3.42亿美元", "25亿元"). */
const ZH_CURRENCY: Record<string, string> = {
  USD: '美元', CNY: '元', HKD: '港元', EUR: '欧元', GBP: '英镑', JPY: '日元', KRW: '韩元', TWD: '新台币',
  SGD: '新加坡元', INR: '印度卢比', AUD: '澳元', CAD: '加元', CHF: '瑞士法郎',
};

/** 亿 (10⁸) and 万 (10⁴) scales with three significant digits: 342,137,676 USD → "3.42亿美元". */
function formatMoneyZh(amount: number, currency: string): string {
  const abs = Math.abs(amount);
  const [value, unit] = abs >= 1e8 ? [amount / 1e8, '亿'] : abs >= 1e4 ? [amount / 1e4, '万'] : [amount, ''];
  const digits = new Intl.NumberFormat('zh-CN', { maximumSignificantDigits: 3, useGrouping: false }).format(value);
  const name = ZH_CURRENCY[currency];
  return name ? `${digits}${unit}${name}` : `${digits}${unit} ${currency}`;
}

export function formatMoney(amount: number, currency: string, options: { locale?: string; compact?: boolean } = {}): string {
  const locale = options.locale ?? 'en';
  if (locale.toLowerCase().startsWith('zh') && options.compact !== false) return formatMoneyZh(amount, currency);
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
