// Public types of the pure core. Offsets are UTF-16 indices into the text passed in.

/** ISO 4217 code, e.g. "CNY", "USD", "HKD". */
export type CurrencyCode = string;

/** A calendar day as "YYYY-MM-DD" (the core never reads the clock; callers pass dates in). */
export type IsoDate = string;

/** What the caller knows about the page; every field is optional evidence. */
export interface PageContext {
  /** BCP 47 language of the page, e.g. "en", "zh-CN". */
  lang?: string;
  /** Host name of the page, e.g. "www.scmp.com". */
  domain?: string;
  /** Publication date of the article, if known. */
  date?: IsoDate;
  /** The site's own name (og:site_name, the masthead): a publisher, never a company in the story. */
  siteName?: string;
}

/** How sure the amount is: a qualifier in the text, or a vague amount turned into an honest range. */
export type ApproxKind = 'about' | 'over' | 'under' | 'up-to' | 'at-least' | 'vague';

export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface MoneyMention extends Span {
  currency: CurrencyCode;
  /** Why the currency was chosen ("symbol US$", "word yuan", "bare $ defaults to USD"): for the CLI and debugging. */
  currencyReason: string;
  /** How the currency was settled, as a code the interface words (only what the text did not say is worth saying). */
  currencyBasis: CurrencyBasis;
  /** Major units with the scale applied: "2.5 billion yuan" → 2_500_000_000. */
  amount: number;
  /** Upper end of a range ("$2-3 billion" → 3e9), absent for single amounts. */
  amountMax?: number;
  approx?: ApproxKind;
  /** Index (in the same money list) of the amount this one restates, e.g. "(equivalent to $342 million)". */
  equivalentOf?: number;
}

export type CompanyKind = 'company' | 'investor' | 'both';

/** One entity of the bundled company data (src/data/companies). */
export interface CompanyRecord {
  /** Stable id, lowercase kebab-case, e.g. "alibaba-group". */
  id: string;
  /** Canonical display name. */
  name: string;
  legalNames?: string[];
  shortNames?: string[];
  aliases?: string[];
  formerNames?: string[];
  /** Chinese name in common use. */
  zh?: string[];
  tickers?: string[];
  kind: CompanyKind;
  /** ISO 3166-1 alpha-2. */
  country?: string;
  domain?: string;
  description?: string;
  /** Short sector tag when sure: "bank", "insurance", "mining", "semiconductors", "ai", … */
  sector?: string;
  /**
   * How strictly the short forms (name, shortNames, aliases, zh short forms) must match; legal names
   * always match. Absent: the default (case-insensitive, never all-lowercase text for a capitalised name).
   *   case-sensitive   exactly this capitalisation ("Apple" yes, "apple" no)
   *   corporate-word   only with a legal or group word after it ("Block Inc.", "Ant Group")
   *   after-full-name  only on a page that names the company in full first (a short form that is an
   *                    ordinary word, a person's or a place's name: "Target", "Ford", "Vale")
   */
  match?: 'case-sensitive' | 'corporate-word' | 'after-full-name';
}

export interface CompanyMention extends Span {
  /** Entity id from the company data. */
  id: string;
  /** Canonical name of the entity. */
  name: string;
}

export type DealType = 'funding' | 'acquisition' | 'merger' | 'ipo' | 'stake-sale' | 'debt';

export interface DealMention extends Span {
  type: DealType;
  /** Company id (or name, for unknown companies) of the target. */
  target: { id?: string; name: string };
  investors: { id?: string; name: string; role?: 'lead' | 'participant' | 'existing' }[];
  /** Index into the money list of the amount, if stated. */
  money?: number;
  round?: string;
  /** Valuation if stated ("valued at $1 billion", "post-money valuation of …"): index into the money list. */
  valuation?: { money: number; basis?: 'pre' | 'post' };
  /**
   * The deal's own date when its sentence states a month or a day for it ("in February", "last month",
   * "on March 5", "2023年3月", "上月"): YYYY-MM or YYYY-MM-DD, resolved against the article date (a month
   * later than the article's, with no year, is last year's). Absent when the text gives none, only a
   * year ("last year", "in 2019") or the article's own days ("on Tuesday", "今日"): the article date is
   * then the deal's date, as the report date.
   */
  date?: string;
}

export interface Annotation {
  money: MoneyMention[];
  companies: CompanyMention[];
  deals: DealMention[];
}

/** One exchange rate: units of `quote` per 1 `base`, valid on `date`. */
export interface RateQuote {
  base: CurrencyCode;
  quote: CurrencyCode;
  rate: number;
  /** The business day the rate is from (on or before the asked date). */
  date: IsoDate;
  source: string;
}

export interface Conversion {
  amount: number;
  amountMax?: number;
  currency: CurrencyCode;
  rate: number;
  rateDate: IsoDate;
  source: string;
}

/** Where a stored deal comes from. */
export type DealOrigin = 'bundled' | 'captured' | 'imported' | 'edited';

/** A report of a deal: the article (or filing) it was read in. */
export interface DealSource {
  /** Only http(s) URLs, and only when certain; otherwise publisher and date identify the source. */
  url?: string;
  title?: string;
  publisher: string;
  /** Publication date, YYYY-MM-DD. */
  date: IsoDate;
  /** The sentence that states the deal, when it was captured from a page. */
  quote?: string;
}

/** A party of a stored deal: a company id from the company data when known, always a name. */
export interface DealParty {
  id?: string;
  name: string;
  role?: 'lead' | 'participant' | 'existing';
}

/** A deal as the deal store keeps it (bundled data, captured from pages, imported or edited). */
export interface DealRecord {
  /** Stable id, lowercase kebab-case, e.g. "zhipu-ai-2023-10-funding". */
  id: string;
  type: DealType;
  target: DealParty;
  investors: DealParty[];
  amount?: { currency: CurrencyCode; amount: number; amountMax?: number; approx?: ApproxKind };
  round?: string;
  valuation?: { currency: CurrencyCode; amount: number; basis?: 'pre' | 'post' };
  /** Announcement date: YYYY-MM-DD, or YYYY-MM when only the month is on record. */
  date: string;
  /** Short sector tag, e.g. "ai", "ev", "fintech", "e-commerce", "semiconductors". */
  sector?: string;
  sources: DealSource[];
  origin: DealOrigin;
  /** 0–1; bundled deals are 1. */
  confidence: number;
}

/**
 * How an amount's currency was settled: written in the text ("yuan", "US$", "RMB"), or read from a
 * clue when the text used a shared marker (a bare "$", "¥", "kr"): a word or symbol nearby ("HK$",
 * "Danish"), the page's country or declared language, the rest of the text (it names yuan, or is in
 * Chinese), or, with nothing to go on, the marker's usual currency.
 */
export type CurrencyBasis =
  | { by: 'written' }
  | { by: 'nearby'; word: string }
  | { by: 'page-region'; region: string }
  | { by: 'page-language'; lang: string }
  | { by: 'text' }
  | { by: 'default' };
