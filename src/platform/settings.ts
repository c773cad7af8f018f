// User settings: `defaults` is the schema (type Settings = typeof defaults), stored in
// storage.sync so they follow the user; `migrateSettings` upgrades anything older or damaged.

export const SETTINGS_VERSION = 1;

export const defaults = {
  settingsVersion: SETTINGS_VERSION,
  /** Currency every amount is converted to. */
  homeCurrency: 'USD',
  /** More currencies shown beside the home currency in cards and the popup. */
  extraCurrencies: [] as string[],
  /** Where live rates come from; settings so tests (and cautious users) can point them elsewhere. */
  rateSources: {
    ecbDaily: 'https://www.ecb.europa.eu/stats/eurofxref/eurofxref-daily.xml',
    ecb90Days: 'https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist-90d.xml',
    /** ECB rates for any past period, for days the ECB files above do not cover; {from} and {to} are YYYY-MM-DD. */
    fallback: 'https://api.frankfurter.dev/v1/{from}..{to}',
  },
  /** Download live rates at all (off: bundled history only, no network traffic). */
  liveRates: true,
  /** Keep the deals pages report in the local deal store. */
  captureDeals: true,
};

export type Settings = typeof defaults;

const CURRENCY = /^[A-Z]{3}$/;
const isHttpUrl = (value: unknown): value is string => typeof value === 'string' && /^https?:\/\/[^\s]+$/i.test(value);

/** Any stored object → valid settings: unknown keys dropped, bad values replaced by defaults. */
export function migrateSettings(stored: unknown): Settings {
  const s = (stored && typeof stored === 'object' ? stored : {}) as Record<string, unknown>;
  // v0 (before settingsVersion) kept the home currency as `currency`.
  const home = s.homeCurrency ?? s.currency;
  const sources = (s.rateSources && typeof s.rateSources === 'object' ? s.rateSources : {}) as Record<string, unknown>;
  return {
    settingsVersion: SETTINGS_VERSION,
    homeCurrency: typeof home === 'string' && CURRENCY.test(home) ? home : defaults.homeCurrency,
    extraCurrencies: Array.isArray(s.extraCurrencies)
      ? [...new Set(s.extraCurrencies.filter((c): c is string => typeof c === 'string' && CURRENCY.test(c)))].slice(0, 5)
      : [...defaults.extraCurrencies],
    rateSources: {
      ecbDaily: isHttpUrl(sources.ecbDaily) ? sources.ecbDaily : defaults.rateSources.ecbDaily,
      ecb90Days: isHttpUrl(sources.ecb90Days) ? sources.ecb90Days : defaults.rateSources.ecb90Days,
      fallback: isHttpUrl(sources.fallback) ? sources.fallback : defaults.rateSources.fallback,
    },
    liveRates: typeof s.liveRates === 'boolean' ? s.liveRates : defaults.liveRates,
    captureDeals: typeof s.captureDeals === 'boolean' ? s.captureDeals : defaults.captureDeals,
  };
}
