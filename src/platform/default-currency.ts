// The home currency a new reader starts with, from the browser's languages (issue #18 item 3):
// the country a language tag names, or the one its language is most likely spoken in (CLDR's
// likely subtags, through Intl.Locale.maximize: "ja" → JP, "de" → DE, "zh-Hant" → TW), gives the
// currency; a country whose currency DealLens does not offer, or no country at all ("es-419"),
// gives US dollars. Pure: the caller reads the languages (settings.ts).

/** Countries and territories paying in euros: the euro area (Bulgaria since 2026-01-01) and the states that use it by agreement. */
const EURO = 'AT BE BG CY DE EE ES FI FR GR HR IE IT LT LU LV MT NL PT SI SK AD MC SM VA ME XK';

/** Country (ISO 3166 alpha-2) → currency, for every currency the currency table offers as a home currency. */
const COUNTRY_CURRENCY = new Map<string, string>([
  ...EURO.split(' ').map((country): [string, string] => [country, 'EUR']),
  ...Object.entries({
    US: 'USD', CN: 'CNY', TW: 'TWD', HK: 'HKD', JP: 'JPY', GB: 'GBP', SG: 'SGD', KR: 'KRW', IN: 'INR',
    AU: 'AUD', CA: 'CAD', CH: 'CHF', LI: 'CHF', NZ: 'NZD', MX: 'MXN', BR: 'BRL', ZA: 'ZAR', IL: 'ILS',
    TH: 'THB', MY: 'MYR', PH: 'PHP', PL: 'PLN', CZ: 'CZK', SE: 'SEK', NO: 'NOK', DK: 'DKK',
  }),
]);

/** Every currency this can give (the tests check each is offered). */
export const DEFAULT_CURRENCIES: readonly string[] = [...new Set(['USD', ...COUNTRY_CURRENCY.values()])];

/**
 * The home currency for a reader whose languages are `languages`, most preferred first
 * ("zh-CN" → CNY, "zh-TW" → TWD, "ja" → JPY, "en-GB" → GBP, "de" → EUR, "en-US" → USD). The
 * first tag that is a valid language tag decides ("zh_CN" is read as "zh-CN"); none, USD.
 */
export function defaultHomeCurrency(languages: readonly string[]): string {
  for (const tag of languages) {
    let country: string | undefined;
    try {
      country = new Intl.Locale(tag.trim().replace(/_/g, '-')).maximize().region;
    } catch {
      continue;
    }
    return (country && COUNTRY_CURRENCY.get(country)) ?? 'USD';
  }
  return 'USD';
}
