// Every message between DealLens contexts, declared once. A handler map must cover every name
// (see handle.ts) and payloads are checked by tsc at both ends. Page text crosses only to the
// background, to find its mentions and deals (findMentions), and nothing leaves the browser.

import type { ApproxKind, CompanyMention, CompanyRecord, Conversion, CurrencyBasis, CurrencyCode, DealParty, DealRecord, IsoDate, MoneyMention, PageContext } from '../core/types';
import type { SimilarReason } from '../core/deals/related-deals';
import type { Settings } from '../platform/settings';

/** An amount to convert, as extracted by the core. */
export interface AmountQuery {
  amount: number;
  amountMax?: number;
  currency: CurrencyCode;
}

/** "today" is resolved by the background, which owns the clock. */
export type DayQuery = IsoDate | 'today';

export interface ConversionAnswer {
  day: DayQuery;
  /** The calendar day asked for ("today" resolved). */
  askedDay: IsoDate;
  conversion: Conversion | null;
  /** Why there is no conversion, when there is none. */
  problem?: string;
  /** Something the reader should know about the conversion (a future day, an old rate). */
  note?: string;
}

export interface CompanyInfo extends CompanyRecord {
  /** The company's deals in the store and the deals related to them, each with why. */
  related: RelatedDeals;
}

export interface RelatedDeals {
  /** Deals where the company is the target or an investor, newest first. */
  timeline: DealRecord[];
  /** For each investor in the company's deals, their other deals. */
  investorDeals: { investor: DealParty; deals: DealRecord[] }[];
  /** Deals of other companies like the company's own, with why (the interface words it: ui/related-reason.ts). */
  similar: { deal: DealRecord; reason: SimilarReason }[];
}

export interface FoundMentions {
  money: MoneyMention[];
  companies: CompanyMention[];
  /**
   * Mentions in the page's earlier slices under forms this slice defined ("Halvardsen" in a headline
   * read before the slice that names "Halvardsen Mining Corp"), at offsets into the page's text: only
   * for a request that said where its slice starts (`from`).
   */
  earlier?: CompanyMention[];
}

/** Where a page's deals were read, for their sources. */
export interface PageSource {
  url: string;
  title: string;
  date: IsoDate;
}

/** Requests the background answers. */
export interface BackgroundContract {
  convert: {
    request: { amounts: AmountQuery[]; to: CurrencyCode; days: DayQuery[] };
    /** One row per amount, one answer per asked day. */
    response: ConversionAnswer[][];
  };
  /**
   * Each amount at its own day, one answer each (the deals page sorts by every deal's amount in the
   * home currency at the deal's date). Only the rates DealLens already has (bundled, downloaded): a
   * list of thousands of days must not send a download per day to the fallback provider.
   */
  convertEach: { request: { items: { amount: AmountQuery; day: IsoDate }[]; to: CurrencyCode }; response: ConversionAnswer[] };
  lookupCompanies: { request: { ids: string[] }; response: (CompanyInfo | null)[] };
  /** The records alone (names, aliases, Chinese names), without lookupCompanies's related deals: for a page that names many companies (the deals page). */
  companyRecords: { request: { ids: string[] }; response: (CompanyRecord | null)[] };
  /** Only the names (canonical and Chinese) of these companies: a card names a deal's parties in the reader's language. */
  companyNames: { request: { ids: string[] }; response: (Pick<CompanyRecord, 'name' | 'zh'> | null)[] };
  getSettings: { request: Record<string, never>; response: Settings };
  /** Downloads live rates now (the options page's "Refresh now"). */
  refreshRates: { request: Record<string, never>; response: RatesStatus };
  ratesStatus: { request: Record<string, never>; response: RatesStatus };
  /**
   * The amounts and companies in a stretch of a page's text (offsets into `text`). The engine runs in
   * the background, off the page's main thread, with its company matcher built once. The background
   * then reads the stretch for deals, once the page has stopped asking (see page-deals-reader.ts), and
   * keeps them when capture is on, with `source` as where they were read. `run` names the page's run
   * for pageDeals. `from`: where the text starts in the page's text (a slice of the page's first read),
   * for the mentions the slice links in the slices before it (FoundMentions.earlier). The text crosses
   * inside the browser and is not kept beyond each captured deal's sentence, nor beyond the page's run
   * for the first slices of a page (mention-finder.ts, MAX_EARLIER_CHARS).
   */
  findMentions: { request: { text: string; context: PageContext; source: PageSource; run: string; from?: number }; response: FoundMentions };
  /**
   * A page is about to be read: the background loads its company matcher and runs the engine once on
   * a sample of its own (warm-up-text.ts), while the page renders its first frame, so the page's first
   * slice is not the one that pays for a cold start (see mention-finder.ts). No page text is sent.
   */
  prepare: { request: Record<string, never>; response: true };
  /** The deals read so far from a run's text; null when the background has restarted since (it forgot the run). */
  pageDeals: { request: { run: string }; response: DealRecord[] | null };
  /**
   * One page of the deal store, in id order: at most `limit` deals (≤ MAX_DEALS_PAGE) after the id
   * `after`, and `next`, the id to ask after for the following page (null at the end). The deals page
   * and the backup collect the pages (messages/all-deals.ts), so no message carries the whole store.
   */
  listDeals: { request: { limit: number; after?: string }; response: { deals: (DealRecord & { firstSeen: string })[]; next: string | null } };
  /** How full the deal store is, what was removed to keep it under its limits, and the last capture's failure (the options page, the popup). */
  storeStatus: { request: Record<string, never>; response: StoreStatus };
  saveDeal: { request: { deal: DealRecord }; response: true };
  deleteDeals: { request: { ids: string[] }; response: true };
  mergeDeals: { request: { keepId: string; dropId: string }; response: DealRecord };
  /** Adds a company the reader names (card button, context menu); matched on pages loaded from then on. */
  addCompany: { request: { name: string; aliases?: string[] }; response: true };
  /** Opens the deals page at a deal (or filtered on a company) in a new tab. */
  openDealsPage: { request: { dealId?: string; company?: string }; response: true };
  /**
   * The reader's own highlight style for the sending page (frame): `css` goes in and `previous` comes
   * out, as extension stylesheets (scripting.insertCSS). Those leave the page with the extension when
   * it is disabled or removed, even where its content script gets no word of it (Firefox); a sheet the
   * script made itself would stay, highlights and all. null: nothing to add, or nothing to take out.
   */
  highlightCss: { request: { css: string | null; previous: string | null }; response: true };
  /** The number of highlights on the sender's page (its top frame), for the toolbar badge; 0 clears it. */
  showCount: { request: { count: number }; response: true };
  /** Runs DealLens in a tab now (the popup's "Annotate this page"; needs activeTab or a granted host). */
  annotateTab: { request: { tabId: number }; response: { ok: true } | { ok: false; reason: string } };
  /** Imports validated deals in one transaction (all or nothing). */
  importDeals: { request: { deals: DealRecord[] }; response: { imported: number } };
  /** Restoring a backup: the deal store becomes exactly these deals, in one transaction (all or nothing). */
  replaceDeals: { request: { deals: DealRecord[] }; response: { deals: number } };
  /** The bundled deals the store lacks (by id) put back, nothing else changed (the deals page's empty state). */
  restoreBundledDeals: { request: Record<string, never>; response: { deals: number } };
  /** "Clear all data": the deal store back to the bundled deals, cached live rates dropped (settings are the options page's). */
  resetData: { request: Record<string, never>; response: { deals: number } };
}

/** Most deals one listDeals answer carries. */
export const MAX_DEALS_PAGE = 2_000;

/** The deal store's fill and its limits, as the options page shows them. */
export interface StoreStatus {
  deals: number;
  /** The deals' length as JSON. */
  bytes: number;
  maxDeals: number;
  maxBytes: number;
  /** Captured deals removed so far to stay under the limits, and when last (ISO time). */
  evicted: { count: number; at: string } | null;
  /** The last capture, when it failed: when (ISO time), why, and the page. */
  captureFailure: { at: string; reason: string; url?: string } | null;
}

/** State of the live rates, as the options page shows it. */
export interface RatesStatus {
  fetchedAt: string | null;
  lastDay: IsoDate | null;
  lastAttemptAt: string | null;
  /** The last download that failed (cleared by the next good one of the ECB files). */
  error: RatesProblem | null;
  /** Rates saved earlier were damaged and dropped, on that day. */
  discarded: { on: IsoDate } | null;
}

/** A failed rate download as codes and days, for the options page and the card to say in the reader's language. */
export interface RatesProblem {
  /** The ECB files ("refresh"), or the fallback provider asked for one day's rates ("fallback"). */
  source: 'refresh' | 'fallback';
  /**
   * "unreachable": no answer, or an error status. "untrusted": the server sent data DealLens refused
   * (damaged, implausible rates, too large, redirected to another host).
   */
  kind: 'unreachable' | 'untrusted';
  /** The day it happened (UTC). */
  on: IsoDate;
  /** The day asked of the fallback provider. */
  day?: IsoDate;
  /** The last day of the downloaded rates still in use, or null when only the bundled history is. */
  kept: IsoDate | null;
}

export interface InventoryCompany {
  id: string;
  name: string;
  count: number;
  /** Index of the first mention, for reveal. */
  first: number;
}

export interface InventoryMoney {
  index: number;
  text: string;
  amount: number;
  amountMax?: number;
  currency: CurrencyCode;
  currencyReason: string;
  /** How the currency was settled, for the popup to say when DealLens inferred it. */
  currencyBasis: CurrencyBasis;
  /** "about", "at least"…: carried into every converted figure. */
  approx?: ApproxKind;
  equivalentOf?: number;
}

export interface PageInventory {
  url: string;
  /** The page's run: a new id each time DealLens starts on the page (a reload, a re-injection). */
  run: string;
  articleDate: { day: IsoDate; source: string } | null;
  companies: InventoryCompany[];
  money: InventoryMoney[];
  /** Deals the page reports (read on idle after highlighting). */
  deals: DealRecord[];
  /** False until the page's deals have been read. */
  dealsComplete: boolean;
  /** False while the page is still being read (first read, or read again after a burst of changes). */
  complete: boolean;
}

export type MentionRef = { kind: 'money' | 'company'; index: number };

/** Requests a content script answers (sent to a tab). */
export interface ContentContract {
  getInventory: { request: Record<string, never>; response: PageInventory };
  reveal: { request: MentionRef; response: boolean };
  focusNext: { request: { direction: 1 | -1 }; response: boolean };
}

export type Contract = BackgroundContract | ContentContract;
export type Name<C> = keyof C & string;
export type Request<C, K extends keyof C> = C[K] extends { request: infer R } ? R : never;
export type Response<C, K extends keyof C> = C[K] extends { response: infer R } ? R : never;

/** What actually travels through runtime messaging. */
export interface Envelope {
  deallens: 1;
  name: string;
  payload: unknown;
}

export type Reply<T> = { ok: true; value: T } | { ok: false; error: { name: string; message: string } };

/**
 * The content script's requests to the background over one long-lived port (see port-requests.ts):
 * a page sends dozens of slices, and a port spares each of them the opening and closing of a channel.
 */
export const REQUEST_PORT = 'deallens-requests';

/**
 * What a content script may ask: reading its page, its cards, its highlight style, adding a company
 * from a selection and opening the deals page. Everything else — the deal store, imports and resets,
 * rate status, other tabs — is answered only for DealLens's own pages (popup, options, deals page),
 * so a compromised page process cannot read or wipe the reader's data.
 */
export const PAGE_REQUESTS: ReadonlySet<Name<BackgroundContract>> = new Set<Name<BackgroundContract>>([
  'findMentions', 'prepare', 'pageDeals', 'convert', 'lookupCompanies', 'companyNames', 'refreshRates', 'highlightCss', 'showCount', 'addCompany', 'openDealsPage',
]);
export interface PortRequest extends Envelope {
  id: number;
}
export interface PortReply {
  deallens: 1;
  id: number;
  reply: Reply<unknown>;
}
