// The valibot schema every imported deal passes: types, enums, real dates, positive amounts, ISO 4217
// currencies, ids of the shape DealLens writes and only http(s) URLs (javascript:, data: and the rest
// are rejected). Its limits are the ones capture clips to (core/deals/record-limits.ts), so every deal
// DealLens stores passes it.
import * as v from 'valibot';
import { isRecordId, MAX_ID_CHARS, MAX_NAME_CHARS, MAX_STORED_QUOTE_CHARS as MAX_QUOTE_CHARS } from '../../core/deals/record-limits';
import type { DealRecord } from '../../core/types';
import { t, uiLocale } from '../i18n';

const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_PARTIES = 1000;
const MAX_SOURCES = 1000;

const CURRENCIES: ReadonlySet<string> = new Set(currencyCodes());

function currencyCodes(): string[] {
  try {
    return Intl.supportedValuesOf('currency');
  } catch {
    // Older engines: the pattern below is then the only check.
    return [];
  }
}

function isCurrency(code: string): boolean {
  return /^[A-Z]{3}$/.test(code) && (CURRENCIES.size === 0 || CURRENCIES.has(code));
}

/** A real calendar day ("YYYY-MM-DD") or, when `monthOnly` is allowed, month ("YYYY-MM"). */
function isCalendarDate(s: string, monthOnly: boolean): boolean {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(s);
  if (!m || (m[3] === undefined && !monthOnly)) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = m[3] === undefined ? 1 : Number(m[3]);
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/** Only http(s) URLs with a host and no user name or password, written without spaces or control characters. */
function isHttpUrl(s: string): boolean {
  if (/[\s\u0000-\u001f\u007f]/.test(s)) return false;
  try {
    const url = new URL(s);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0 && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}

// Messages are functions: worded in the reader's language when a problem is found, not when this module loads.
const mustBeText = () => t('importMustBeText');
const atMostChars = (max: number) => () => t('importAtMostChars', max);
const mustBeNumber = () => t('importMustBeNumber');
const mustBeList = () => t('importMustBeList');
/** "must be lead, participant, or existing": the values a field takes, as the file writes them. */
const oneOf = (values: readonly string[]) => () => {
  let list: string;
  try {
    list = new Intl.ListFormat([uiLocale()], { type: 'disjunction' }).format(values);
  } catch {
    list = values.join(', ');
  }
  return t('importOneOf', list);
};
const picklist = <const T extends readonly string[]>(values: T) => v.picklist(values, oneOf(values));

const text = (max: number) =>
  v.pipe(v.string(mustBeText), v.maxLength(max, atMostChars(max)));
const nonBlank = (max: number) => v.pipe(text(max), v.check((s) => s.trim().length > 0, () => t('importNotEmpty')));
const id = v.pipe(
  v.string(mustBeText),
  v.maxLength(MAX_ID_CHARS, atMostChars(MAX_ID_CHARS)),
  v.check(isRecordId, () => t('importIdShape')),
);
const currency = v.pipe(v.string(mustBeText), v.check(isCurrency, () => t('importCurrencyCode')));
const positive = v.pipe(v.number(mustBeNumber), v.finite(() => t('importMustBeFinite')), v.gtValue(0, () => t('importMustBePositive')));

const party = v.strictObject({
  id: v.optional(id),
  name: nonBlank(MAX_NAME_CHARS),
  role: v.optional(picklist(['lead', 'participant', 'existing'])),
});

/** A target has no role: it is the company the deal is about. */
const target = v.strictObject({ id: v.optional(id), name: nonBlank(MAX_NAME_CHARS) });

const amount = v.pipe(
  v.strictObject({
    currency,
    amount: positive,
    amountMax: v.optional(positive),
    approx: v.optional(picklist(['about', 'over', 'under', 'up-to', 'at-least', 'vague'])),
  }),
  v.check((a) => a.amountMax === undefined || a.amountMax > a.amount, () => t('importAmountMaxGreater')),
);

const valuation = v.strictObject({
  currency,
  amount: positive,
  basis: v.optional(picklist(['pre', 'post'])),
});

const source = v.strictObject({
  url: v.optional(v.pipe(v.string(mustBeText), v.check(isHttpUrl, () => t('importHttpUrl')))),
  title: v.optional(text(MAX_NAME_CHARS)),
  publisher: nonBlank(MAX_NAME_CHARS),
  date: v.pipe(v.string(mustBeText), v.check((s) => isCalendarDate(s, false), () => t('importRealDay'))),
  quote: v.optional(text(MAX_QUOTE_CHARS)),
});

const partyKey = (p: { id?: string; name: string }): string => p.id ?? `name:${p.name.trim().toLowerCase()}`;

export const DealRecordSchema = v.pipe(
  v.strictObject({
    id,
    type: picklist(['funding', 'acquisition', 'merger', 'ipo', 'stake-sale', 'debt']),
    target,
    investors: v.pipe(v.array(party, mustBeList), v.maxLength(MAX_PARTIES, () => t('importAtMostEntries', MAX_PARTIES))),
    amount: v.optional(amount),
    round: v.optional(nonBlank(MAX_NAME_CHARS)),
    valuation: v.optional(valuation),
    date: v.pipe(v.string(mustBeText), v.check((s) => isCalendarDate(s, true), () => t('importRealDayOrMonth'))),
    sector: v.optional(v.pipe(v.string(mustBeText), v.regex(KEBAB_CASE, () => t('importKebabCase')), v.maxLength(60, atMostChars(60)))),
    sources: v.pipe(v.array(source, mustBeList), v.maxLength(MAX_SOURCES, () => t('importAtMostEntries', MAX_SOURCES))),
    origin: picklist(['bundled', 'captured', 'imported', 'edited']),
    confidence: v.pipe(v.number(mustBeNumber), v.minValue(0, () => t('importBetween0And1')), v.maxValue(1, () => t('importBetween0And1'))),
  }),
  v.check((d) => new Set(d.investors.map(partyKey)).size === d.investors.length, () => t('importAt', 'investors', t('importInvestorTwice'))),
  v.check((d) => !d.investors.some((p) => partyKey(p) === partyKey(d.target)), () => t('importAt', 'investors', t('importTargetInvests'))),
);

export type ValidatedDeal = { ok: true; deal: DealRecord } | { ok: false; reason: string };

/** The value as a deal, or every problem with it in one sentence ("amount.currency: must be …; date: …"). */
export function validateDeal(value: unknown): ValidatedDeal {
  // valibot takes an array for an object (and then reports every field missing).
  if (Array.isArray(value)) return { ok: false, reason: t('importMustBeObject') };
  const result = v.safeParse(DealRecordSchema, value);
  if (result.success) return { ok: true, deal: result.output as DealRecord };
  return { ok: false, reason: result.issues.map(describeIssue).join('; ') };
}

function describeIssue(issue: v.BaseIssue<unknown>): string {
  const path = (issue.path ?? [])
    .map((item, i) => (typeof item.key === 'number' ? `[${item.key}]` : `${i === 0 ? '' : '.'}${String(item.key)}`))
    .join('');
  const at = (problem: string) => (path ? t('importAt', path, problem) : problem);
  if (issue.type === 'strict_object' && issue.expected === 'never') return at(t('importUnknownField'));
  if (issue.received === 'undefined') return at(t('importMissing'));
  if (issue.type === 'strict_object' && !path) return t('importMustBeObject');
  return at(issue.message);
}
