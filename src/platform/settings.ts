// User settings: `defaults` is the schema (type Settings = typeof defaults), stored in
// storage.sync so they follow the user (laid out in items by settings-sync-items.ts);
// `migrateSettings` upgrades anything older or damaged.

import { defaultHomeCurrency } from './default-currency';
import { uiLocale } from './i18n';
import { siteHost, type SiteMode } from './site-rules';

export const SETTINGS_VERSION = 1;

/**
 * The reader's languages, most preferred first: the browser's language list (navigator.languages,
 * which names a country more often: an en-US browser read in en-GB), then its UI language. Read
 * here, never in src/core; Node without a navigator (tests, scripts) gives "en".
 */
function readerLanguages(): string[] {
  const nav = (globalThis as { navigator?: { languages?: readonly string[] } }).navigator;
  return [...(nav?.languages ?? []), uiLocale()];
}

let defaultHome: string | undefined;

export const defaults = {
  settingsVersion: SETTINGS_VERSION,
  /**
   * Currency every amount is converted to; a new reader's follows their browser's language
   * (default-currency.ts). Worked out when first asked: the platform's locale data cost a page's
   * content script and a cold background ~4 ms when the module loaded.
   */
  get homeCurrency(): string {
    return (defaultHome ??= defaultHomeCurrency(readerLanguages()));
  },
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
  /** Companies the reader added ("Add to DealLens as a company"), matched on every page from then on. */
  userCompanies: [] as UserCompany[],
  /** Annotate granted sites by themselves ("automatic"), or only when asked ("on-demand"). */
  siteMode: 'automatic' as SiteMode,
  /** Sites (host names) DealLens stays off even where it has access; subdomains included. */
  deniedSites: [] as string[],
  // Display settings (options page, "Display"): highlight style, number format, ignored currencies.
  /** How each kind of mention is painted: a named colour, filled or underlined only. */
  highlightStyle: {
    company: { colour: 'blue' as HighlightColour, fill: true },
    money: { colour: 'amber' as HighlightColour, fill: true },
  },
  /** Converted amounts: compact ("US$342M", "3.42亿美元") or full ("US$342,000,000"). */
  moneyNotation: 'compact' as MoneyNotation,
  /** Significant digits of converted amounts (342,137,676 at 3 → 342M or 342,000,000). */
  moneyDigits: 3,
  /** Money in these currencies is not highlighted on pages nor listed in the popup. */
  ignoredCurrencies: [] as string[],
};

/** Named highlight colours, each a fill and an underline readable over light and dark text (see ui/highlight-style.ts). */
export const HIGHLIGHT_COLOURS = ['blue', 'amber', 'green', 'purple', 'pink', 'grey'] as const;
export type HighlightColour = (typeof HIGHLIGHT_COLOURS)[number];
export type MoneyNotation = 'compact' | 'full';
export const MONEY_DIGITS = { min: 2, max: 6 } as const;

export interface UserCompany {
  name: string;
  aliases: string[];
}

const MAX_NAME_CHARS = 80;
const cleanName = (value: unknown): string | null => {
  if (typeof value !== 'string') return null;
  const name = value.replace(/\s+/g, ' ').trim();
  return name.length >= 2 && name.length <= MAX_NAME_CHARS ? name : null;
};

/** The most entries each list keeps; a save past them is refused (settings-storage.ts), never cut short silently. */
export const SETTINGS_LIMITS = { userCompanies: 200, deniedSites: 500 } as const;
export type SettingsList = keyof typeof SETTINGS_LIMITS;

/** The reader's companies cleaned (trimmed, deduplicated), not yet cut to the limit. */
function cleanUserCompanies(value: unknown): UserCompany[] {
  if (!Array.isArray(value)) return [];
  const seen = new Set<string>();
  const out: UserCompany[] = [];
  for (const item of value) {
    const name = cleanName((item as UserCompany)?.name);
    if (!name || seen.has(name.toLowerCase())) continue;
    seen.add(name.toLowerCase());
    const aliases = Array.isArray((item as UserCompany).aliases) ? (item as UserCompany).aliases.map(cleanName).filter((a): a is string => !!a && a !== name) : [];
    out.push({ name, aliases: [...new Set(aliases)].slice(0, 10) });
  }
  return out;
}

/** Switched-off sites cleaned to host names, deduplicated, not yet cut to the limit. */
function cleanDeniedSites(value: unknown): string[] {
  return Array.isArray(value) ? [...new Set(value.map((d) => (typeof d === 'string' ? siteHost(d) : null)).filter((d): d is string => !!d))] : [];
}

/** The first list of `stored` with more entries than the settings keep, or null. */
export function listOverLimit(stored: Record<string, unknown>): SettingsList | null {
  if (cleanUserCompanies(stored.userCompanies).length > SETTINGS_LIMITS.userCompanies) return 'userCompanies';
  if (cleanDeniedSites(stored.deniedSites).length > SETTINGS_LIMITS.deniedSites) return 'deniedSites';
  return null;
}

/** Adds a company the reader named (a selection), keeping the list clean; unchanged when invalid or known. Past the limit the list is longer than the settings keep, so saving it is refused. */
export function withUserCompany(list: UserCompany[], name: string, aliases: string[] = []): UserCompany[] {
  return cleanUserCompanies([...list, { name, aliases }]);
}

/** Stable id of a company the reader added. */
export function userCompanyId(name: string): string {
  return `user:${name.toLowerCase().normalize('NFKC').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '')}`;
}

export type Settings = typeof defaults;

const CURRENCY = /^[A-Z]{3}$/;
/** Rate sources: http(s) and at most 2,000 characters, so the settings item stays far below the sync quota per item. */
const isHttpUrl = (value: unknown): value is string => typeof value === 'string' && value.length <= 2_000 && /^https?:\/\/[^\s]+$/i.test(value);

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
    userCompanies: cleanUserCompanies(s.userCompanies).slice(0, SETTINGS_LIMITS.userCompanies),
    siteMode: s.siteMode === 'on-demand' ? 'on-demand' : 'automatic',
    deniedSites: cleanDeniedSites(s.deniedSites).slice(0, SETTINGS_LIMITS.deniedSites),
    ...migrateDisplay(s),
  };
}

const isRecord = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object' && !Array.isArray(value);

function migrateKindStyle(value: unknown, fallback: { colour: HighlightColour; fill: boolean }): { colour: HighlightColour; fill: boolean } {
  const v = isRecord(value) ? value : {};
  return {
    colour: (HIGHLIGHT_COLOURS as readonly unknown[]).includes(v.colour) ? (v.colour as HighlightColour) : fallback.colour,
    fill: typeof v.fill === 'boolean' ? v.fill : fallback.fill,
  };
}

/** The display settings (highlight style, number format, ignored currencies), each checked on its own. */
function migrateDisplay(s: Record<string, unknown>): Pick<Settings, 'highlightStyle' | 'moneyNotation' | 'moneyDigits' | 'ignoredCurrencies'> {
  const style = isRecord(s.highlightStyle) ? s.highlightStyle : {};
  const digits = s.moneyDigits;
  return {
    highlightStyle: {
      company: migrateKindStyle(style.company, defaults.highlightStyle.company),
      money: migrateKindStyle(style.money, defaults.highlightStyle.money),
    },
    moneyNotation: s.moneyNotation === 'full' || s.moneyNotation === 'compact' ? s.moneyNotation : defaults.moneyNotation,
    moneyDigits:
      typeof digits === 'number' && Number.isInteger(digits) && digits >= MONEY_DIGITS.min && digits <= MONEY_DIGITS.max ? digits : defaults.moneyDigits,
    ignoredCurrencies: Array.isArray(s.ignoredCurrencies)
      ? [...new Set(s.ignoredCurrencies.filter((c): c is string => typeof c === 'string' && CURRENCY.test(c)))].slice(0, 100)
      : [...defaults.ignoredCurrencies],
  };
}
