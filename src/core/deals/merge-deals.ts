// One deal, many reports: decide whether two records are the same deal, merge them keeping every source,
// and turn a deal a page reports (a DealMention) into a captured record for the deal store.
import type { DealMention, DealParty, DealRecord, DealSource, MoneyMention } from '../types';
import { canonicalRound, dealDay, sameParty, slugify, strongerRole } from './merge-deals-identity';
import { clipId, clipText, isRecordId, MAX_NAME_CHARS } from './record-limits';

/** Two reports of one deal are at most this far apart (announcement vs. a later article)… */
export const SAME_DEAL_WINDOW_DAYS = 60;
/** Amounts of one deal differ by at most this fraction of the larger (rounding, "about", restated figures). */
export const SAME_DEAL_AMOUNT_TOLERANCE = 0.1;
/**
 * …unless both state the same amount (within this fraction of the larger) and the later is dated only by
 * its report: the same target, type and round with the same amount is one deal whatever the report
 * date, so a round reported again months later without a date of its own merges with the first report
 * (issue 17, item 5). Two deals with dates of their own stay apart (Amazon put $4 billion into
 * Anthropic in September 2023 and $4 billion again in November 2024).
 */
export const SAME_AMOUNT_ANY_DATE_TOLERANCE = 0.01;
/** A captured quote is the sentence, cut to this many UTF-16 units with an ellipsis. */
export const MAX_QUOTE_CHARS = 300;

/**
 * Whether two records report the same deal: same target, same type, the same round when both state one,
 * amounts in the same currency within 10% when both state one (different currencies: not the same deal,
 * since the core holds no rates), and dates within 60 days ("YYYY-MM" counts as the month's 15th) — or,
 * when both state the same amount (within 1%) and one is dated only by its report (datedByReport) on or
 * after the other's date, any dates: a round reported again months later is the same round.
 */
export function sameDeal(a: DealRecord, b: DealRecord): boolean {
  if (a.type !== b.type || !sameParty(a.target, b.target)) return false;
  if (a.round !== undefined && b.round !== undefined && canonicalRound(a.round) !== canonicalRound(b.round)) return false;
  if (a.amount !== undefined && b.amount !== undefined && !amountsAgree(a.amount, b.amount)) return false;
  const dayA = dealDay(a.date);
  const dayB = dealDay(b.date);
  if (dayA === undefined || dayB === undefined) return false;
  if (Math.abs(dayA - dayB) <= SAME_DEAL_WINDOW_DAYS) return true;
  if (a.amount === undefined || b.amount === undefined || !sameAmount(a.amount, b.amount)) return false;
  // A report cannot come before its deal: only the later of the two may be dated by its report.
  return (datedByReport(a) && dayA >= dayB) || (datedByReport(b) && dayB >= dayA);
}

/**
 * A captured (or imported) record dated by one of its reports: the text gave the deal no date of its own
 * ("Moonshot, which raised $1 billion …" in a July article), so its date says when it was reported, not
 * when it happened. Bundled and edited dates are on record.
 */
export function datedByReport(deal: DealRecord): boolean {
  return (deal.origin === 'captured' || deal.origin === 'imported') && deal.sources.some((s) => s.date === deal.date);
}

type Amount = NonNullable<DealRecord['amount']>;

/** Same currency, and the two amounts (or ranges) at most 10% of the larger apart. */
function amountsAgree(a: Amount, b: Amount): boolean {
  if (a.currency !== b.currency) return false;
  const aHigh = a.amountMax ?? a.amount;
  const bHigh = b.amountMax ?? b.amount;
  const gap = Math.max(0, Math.max(a.amount, b.amount) - Math.min(aHigh, bHigh));
  return gap <= SAME_DEAL_AMOUNT_TOLERANCE * Math.max(aHigh, bHigh);
}

/** The same stated amount: same currency, both ends within 1% of the larger (not merely overlapping ranges). */
function sameAmount(a: Amount, b: Amount): boolean {
  const close = (x: number, y: number) => Math.abs(x - y) <= SAME_AMOUNT_ANY_DATE_TOLERANCE * Math.max(x, y);
  return a.currency === b.currency && close(a.amount, b.amount) && close(a.amountMax ?? a.amount, b.amountMax ?? b.amount);
}

/**
 * `existing` with what `incoming` adds: every source (one per URL, or per publisher and date when a
 * source has no URL; a repeated source gains the URL, title or quote it lacked), the union of investors
 * (the strongest role of each: lead > participant > existing > none), fields `existing` lacks (amount,
 * round, valuation, sector, target id) and the higher confidence. Id, type, target name, date and origin
 * stay `existing`'s, so a bundled deal stays bundled and an edited one stays edited. Inputs are not changed.
 */
export function mergeDeal(existing: DealRecord, incoming: DealRecord): DealRecord {
  const target: DealParty = { ...existing.target };
  if (target.id === undefined && incoming.target.id !== undefined && sameParty(target, incoming.target)) {
    target.id = incoming.target.id;
  }
  return withoutUndefined({
    id: existing.id,
    type: existing.type,
    target,
    investors: mergeInvestors(target, existing.investors, incoming.investors),
    amount: existing.amount ?? incoming.amount,
    round: existing.round ?? incoming.round,
    valuation: existing.valuation ?? incoming.valuation,
    date: existing.date,
    sector: existing.sector ?? incoming.sector,
    sources: mergeSources(existing.sources, incoming.sources),
    origin: existing.origin,
    confidence: Math.max(existing.confidence, incoming.confidence),
  });
}

function mergeInvestors(target: DealParty, ...lists: DealParty[][]): DealParty[] {
  const merged: DealParty[] = [];
  for (const party of lists.flat()) {
    if (sameParty(party, target)) continue;
    const index = merged.findIndex((p) => sameParty(p, party));
    if (index === -1) {
      merged.push({ ...party });
      continue;
    }
    const kept = merged[index]!;
    const role = strongerRole(kept.role, party.role);
    merged[index] = withoutUndefined({ id: kept.id ?? party.id, name: kept.name, role });
  }
  return merged.map((p) => withoutUndefined({ id: p.id, name: p.name, role: p.role }));
}

function mergeSources(existing: DealSource[], incoming: DealSource[]): DealSource[] {
  const merged = existing.map((s) => ({ ...s }));
  for (const source of incoming) {
    const index = merged.findIndex((s) => sameSource(s, source));
    if (index === -1) {
      merged.push({ ...source });
      continue;
    }
    const kept = merged[index]!;
    merged[index] = withoutUndefined({
      url: kept.url ?? source.url,
      title: kept.title ?? source.title,
      publisher: kept.publisher,
      date: kept.date,
      quote: kept.quote ?? source.quote,
    });
  }
  return merged;
}

/** One article: the same URL, or (when either has no URL) the same publisher on the same day. */
function sameSource(a: DealSource, b: DealSource): boolean {
  if (a.url !== undefined && b.url !== undefined) return normalizeUrl(a.url) === normalizeUrl(b.url);
  return a.date === b.date && a.publisher.trim().toLowerCase() === b.publisher.trim().toLowerCase();
}

const HTTP_URL = /^(https?):\/\/(?:[^@/?#\s]*@)?([^/?#:\s]+)(:\d+)?([^#\s]*)(?:#\S*)?$/i;
const TRACKING_PARAM = /^(?:utm_[a-z]+|fbclid|gclid)=/i;

/**
 * An http(s) URL without its fragment and tracking parameters, host lowercased; undefined for any other
 * scheme (javascript:, data:, file:, …) or a string that is not a URL. The core has no URL class, hence
 * the pattern.
 */
export function normalizeUrl(url: string): string | undefined {
  const m = HTTP_URL.exec(url.trim());
  if (!m) return undefined;
  const [, scheme, host, port = '', rest = ''] = m;
  const queryAt = rest.indexOf('?');
  const path = queryAt === -1 ? rest : rest.slice(0, queryAt);
  const params = queryAt === -1 ? [] : rest.slice(queryAt + 1).split('&').filter((p) => p && !TRACKING_PARAM.test(p));
  const query = params.length > 0 ? `?${params.join('&')}` : '';
  return `${scheme!.toLowerCase()}://${host!.toLowerCase()}${port}${path || '/'}${query}`;
}

/** The host of an http(s) URL without "www.", e.g. "www.scmp.com" → "scmp.com". */
function hostOf(url: string): string | undefined {
  const m = HTTP_URL.exec(url.trim());
  return m ? m[2]!.toLowerCase().replace(/^www\./, '') : undefined;
}

/** The page a deal was read on; `date` is its publication date (YYYY-MM-DD). */
export interface CapturePage {
  url: string;
  title?: string;
  publisher?: string;
  date: string;
}

/** A captured deal before it has an id. */
export type DealDraftRecord = Omit<DealRecord, 'id'>;

/**
 * The default id of a captured deal: `<target-slug>-<yyyy-mm>-<type>`, plus the round's slug when a round
 * is known ("zhipu-ai-2023-10-funding", "acme-2024-03-funding-series-b"). The bundled data uses the same
 * form, so a colliding id is usually the same deal; the store decides (and passes its own `idFor`).
 */
export function dealIdFor(deal: DealDraftRecord): string {
  const target = deal.target.id ?? slugify(deal.target.name);
  const base = `${target}-${deal.date.slice(0, 7)}-${deal.type}`;
  return deal.round === undefined ? base : `${base}-${slugify(deal.round)}`;
}

/** Base confidence of a captured deal, and what each piece of completeness adds (max 0.8). */
const CAPTURE_CONFIDENCE_BASE = 0.6;
const CAPTURE_CONFIDENCE_STEPS = { amount: 0.1, investors: 0.05, knownTarget: 0.05 };

/**
 * A captured DealRecord from a deal that extractDeals found on a page; `money` is the same list the
 * mention's `money` index points into. Its date is the deal's own (the mention's `date`: "in February"
 * in a July article) when it is a real month or day not after the page's, else the page date.
 * Confidence is 0.6, +0.1 with an amount, +0.05 with investors, +0.05 when the target is a known
 * company. The source keeps the page URL only when it is http(s), the publisher (else the page's host),
 * the page date (the report date) and the sentence (≤ 300 chars). Null when the mention has no target
 * name or the page date is not a real YYYY-MM-DD day.
 */
export function dealFromMention(
  mention: DealMention,
  money: MoneyMention[],
  page: CapturePage,
  idFor: (deal: DealDraftRecord) => string = dealIdFor,
): DealRecord | null {
  const targetName = clipText(mention.target.name.trim(), MAX_NAME_CHARS);
  if (!targetName || !/^\d{4}-\d{2}-\d{2}$/.test(page.date) || dealDay(page.date) === undefined) return null;
  // Every string within the limits the import schema holds files to: what is captured can be restored.
  const target: DealParty = withoutUndefined({ id: partyId(mention.target.id), name: targetName });
  const investors = mergeInvestors(
    target,
    mention.investors
      .filter((p) => p.name.trim().length > 0)
      .map((p) => withoutUndefined({ id: partyId(p.id), name: clipText(p.name.trim(), MAX_NAME_CHARS), role: p.role })),
  );
  const amount = amountOf(mention.money, money);
  const valuation = valuationOf(mention.valuation, money);
  const round = mention.round?.trim() ? clipText(mention.round.trim(), MAX_NAME_CHARS) : undefined;
  const steps = CAPTURE_CONFIDENCE_STEPS;
  const confidence =
    Math.round(
      (CAPTURE_CONFIDENCE_BASE +
        (amount ? steps.amount : 0) +
        (investors.length > 0 ? steps.investors : 0) +
        (target.id !== undefined ? steps.knownTarget : 0)) *
        100,
    ) / 100;
  const draft: DealDraftRecord = withoutUndefined({
    type: mention.type,
    target,
    investors,
    amount,
    round,
    valuation,
    date: dealDateOf(mention, page.date),
    sources: [sourceOf(mention, page)],
    origin: 'captured' as const,
    confidence,
  });
  return { id: clipId(idFor(draft)), ...draft };
}

/** The mention's own date when it is a real YYYY-MM or YYYY-MM-DD not after the page date, else the page date. */
function dealDateOf(mention: DealMention, pageDate: string): string {
  const own = mention.date;
  if (own === undefined || !/^\d{4}-\d{2}(?:-\d{2})?$/.test(own) || dealDay(own) === undefined) return pageDate;
  return own <= pageDate.slice(0, own.length) ? own : pageDate;
}

/** A company's id as a deal stores it: clipped to the id length, dropped when no id could hold it. */
function partyId(id: string | undefined): string | undefined {
  if (id === undefined) return undefined;
  const clipped = clipId(id);
  return isRecordId(clipped) ? clipped : undefined;
}

/** The amount at `index`, or the amount it restates ("(equivalent to $342 million)" → the yuan figure). */
function amountOf(index: number | undefined, money: MoneyMention[]): DealRecord['amount'] {
  let mention = index === undefined ? undefined : money[index];
  if (mention?.equivalentOf !== undefined && money[mention.equivalentOf]) mention = money[mention.equivalentOf];
  if (!mention || !(Number.isFinite(mention.amount) && mention.amount > 0) || !/^[A-Z]{3}$/.test(mention.currency)) {
    return undefined;
  }
  const amountMax =
    mention.amountMax !== undefined && Number.isFinite(mention.amountMax) && mention.amountMax > mention.amount
      ? mention.amountMax
      : undefined;
  return withoutUndefined({ currency: mention.currency, amount: mention.amount, amountMax, approx: mention.approx });
}

/**
 * The stated valuation as the store keeps it: currency, amount (the restated figure's original, like the
 * amount) and basis. A range ("valued at $2-3 billion") is left out: the record has no room for it, and
 * half a range would be a guess. A qualifier ("about") is dropped: valuations are rounded figures anyway.
 */
function valuationOf(valuation: DealMention['valuation'], money: MoneyMention[]): DealRecord['valuation'] {
  if (!valuation) return undefined;
  const figure = amountOf(valuation.money, money);
  if (!figure || figure.amountMax !== undefined) return undefined;
  return withoutUndefined({ currency: figure.currency, amount: figure.amount, basis: valuation.basis });
}

function sourceOf(mention: DealMention, page: CapturePage): DealSource {
  // Stored without fragment and tracking parameters: they identify the reader's visit, not the article.
  const url = normalizeUrl(page.url);
  const publisher = clipText(page.publisher?.replace(/\s+/g, ' ').trim() || (url && hostOf(url)) || 'unknown', MAX_NAME_CHARS);
  const title = page.title?.replace(/\s+/g, ' ').trim();
  return withoutUndefined({
    url,
    title: title ? clipText(title, MAX_NAME_CHARS) : undefined,
    publisher,
    date: page.date,
    quote: quoteOf(mention.text),
  });
}

/** The sentence with whitespace collapsed, cut at MAX_QUOTE_CHARS with "…" (never inside a surrogate pair). */
function quoteOf(text: string): string | undefined {
  const quote = text.replace(/\s+/g, ' ').trim();
  return quote ? clipText(quote, MAX_QUOTE_CHARS) : undefined;
}

/** The object without its undefined fields, so records compare and serialize the same however built. */
function withoutUndefined<T extends object>(value: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) if (v !== undefined) out[key] = v;
  return out as T;
}
