// The shape and size of every background request's payload, checked where it arrives (handle.ts,
// with payload-check.ts) before any handler runs: a page's content script, or a page process taken
// over, can send anything, and a handler may trust only what passed here. One schema per request of
// the contract; tsc fails when a request has none, when a schema's output is not the request's type,
// or when their fields differ. The content script's own requests are in payload-check.ts, so its
// bundle carries none of these.
import * as v from 'valibot';
import { MAX_ID_CHARS, MAX_NAME_CHARS } from '../core/deals/record-limits';
import type { DealRecord } from '../core/types';
import { DealRecordSchema } from '../platform/deal-transfer/deal-schema';
import { MAX_DEALS_PAGE, type BackgroundContract, type ContentContract, type Name, type Request } from './contract';
import { CONTENT_SCHEMAS, count, noFields, type Schemas } from './payload-check';

/** Longest stretch of page text one findMentions request may carry (the content script sends 16 K slices). */
/** A page's slice of text: two slices at most (the mention finder's own limit, MAX_FIND_TEXT_CHARS). */
export const MAX_TEXT_CHARS = 32_000;
/** Most ids in one look-up or deletion. */
export const MAX_IDS = 1_000;
/** Most deals in one import or restore: a 20 MB file of the smallest deals DealLens writes holds fewer. */
export const MAX_TRANSFER_DEALS = 200_000;
/** Most amounts converted in one request (the popup converts every amount on a page at once). */
export const MAX_AMOUNTS = 10_000;
/** Most days one conversion asks for (a card asks for today and the article's date). */
export const MAX_DAYS = 10;
const MAX_URL_CHARS = 65_536;
const MAX_TITLE_CHARS = 10_000;
const MAX_LANG_CHARS = 100;
const MAX_HOST_CHARS = 253;
const MAX_RUN_CHARS = 100;
const MAX_CSS_CHARS = 20_000;
const MAX_ALIASES = 10;

const text = (max: number) => v.pipe(v.string(), v.maxLength(max, `must be at most ${max} characters`));
const nonBlank = (max: number) => v.pipe(text(max), v.check((s) => s.trim().length > 0, 'must not be empty'));
/** A list counted before its entries are read, so an overlong one costs nothing to refuse. */
const list = <T extends v.GenericSchema>(item: T, max: number) => v.pipe(v.array(v.unknown()), v.maxLength(max, `must have at most ${max} entries`), v.array(item));
const finite = v.pipe(v.number(), v.finite('must be finite'));
const currency = v.pipe(v.string(), v.regex(/^[A-Z]{3}$/, 'must be a currency code such as USD'));
const id = text(MAX_ID_CHARS);
/** A stored deal's id: a captured one may carry a "-2" past MAX_ID_CHARS. */
const dealId = text(MAX_NAME_CHARS);

/** A real calendar day, YYYY-MM-DD. */
function isCalendarDay(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const t = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return t.toISOString().slice(0, 10) === s;
}
const day = v.pipe(v.string(), v.check(isCalendarDay, 'must be a real date YYYY-MM-DD'));

/**
 * An amount to convert: cards and the popup send the page's mentions as they are, so fields beyond
 * the three a conversion needs are dropped, not refused.
 */
const amountQuery = v.object({ amount: finite, amountMax: v.optional(finite), currency });

/** The deals page sends a listed deal back with the date the store first saw it, which the store keeps itself. */
const editedDeal = v.pipe(
  v.looseObject({}),
  v.transform(({ firstSeen: _firstSeen, ...deal }) => deal),
  DealRecordSchema,
  v.transform((deal) => deal as DealRecord),
);
const deals = list(v.pipe(DealRecordSchema, v.transform((deal) => deal as DealRecord)), MAX_TRANSFER_DEALS);

export const BACKGROUND_SCHEMAS = {
  convert: v.strictObject({ amounts: list(amountQuery, MAX_AMOUNTS), to: currency, days: list(v.union([day, v.literal('today')]), MAX_DAYS) }),
  convertEach: v.strictObject({ items: list(v.strictObject({ amount: amountQuery, day }), MAX_AMOUNTS), to: currency }),
  lookupCompanies: v.strictObject({ ids: list(id, MAX_IDS) }),
  companyRecords: v.strictObject({ ids: list(id, MAX_IDS) }),
  companyNames: v.strictObject({ ids: list(id, MAX_IDS) }),
  getSettings: noFields,
  refreshRates: noFields,
  ratesStatus: noFields,
  findMentions: v.strictObject({
    text: text(MAX_TEXT_CHARS),
    context: v.strictObject({
      lang: v.optional(text(MAX_LANG_CHARS)),
      domain: v.optional(text(MAX_HOST_CHARS)),
      date: v.optional(day),
      siteName: v.optional(text(MAX_NAME_CHARS)),
    }),
    source: v.strictObject({ url: text(MAX_URL_CHARS), title: text(MAX_TITLE_CHARS), date: day }),
    run: nonBlank(MAX_RUN_CHARS),
    from: v.optional(count),
  }),
  prepare: noFields,
  pageDeals: v.strictObject({ run: nonBlank(MAX_RUN_CHARS) }),
  listDeals: v.strictObject({ limit: v.pipe(count, v.minValue(1, 'must be at least 1'), v.maxValue(MAX_DEALS_PAGE, `must be at most ${MAX_DEALS_PAGE}`)), after: v.optional(dealId) }),
  storeStatus: noFields,
  saveDeal: v.strictObject({ deal: editedDeal }),
  deleteDeals: v.strictObject({ ids: list(dealId, MAX_IDS) }),
  mergeDeals: v.strictObject({ keepId: dealId, dropId: dealId }),
  addCompany: v.strictObject({ name: nonBlank(MAX_NAME_CHARS), aliases: v.optional(list(text(MAX_NAME_CHARS), MAX_ALIASES)) }),
  openDealsPage: v.strictObject({ dealId: v.optional(dealId), company: v.optional(text(MAX_NAME_CHARS)) }),
  highlightCss: v.strictObject({ css: v.nullable(text(MAX_CSS_CHARS)), previous: v.nullable(text(MAX_CSS_CHARS)) }),
  showCount: v.strictObject({ count }),
  annotateTab: v.strictObject({ tabId: count }),
  importDeals: v.strictObject({ deals }),
  replaceDeals: v.strictObject({ deals }),
  restoreBundledDeals: noFields,
  resetData: noFields,
} satisfies Schemas<BackgroundContract>;

// The other way round: every field of a request has its schema (an optional field the schema left out would be refused).
type FieldsLeftOut<C, S extends Schemas<C>> = {
  [K in Name<C>]: string extends keyof Request<C, K> ? never : Exclude<keyof Request<C, K>, keyof v.InferOutput<S[K]>> extends never ? never : K;
}[Name<C>];
const everyFieldHasASchema: [FieldsLeftOut<BackgroundContract, typeof BACKGROUND_SCHEMAS> | FieldsLeftOut<ContentContract, typeof CONTENT_SCHEMAS>] extends [never] ? true : false = true;
void everyFieldHasASchema;

