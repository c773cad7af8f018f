// The valibot schema every imported deal passes: types, enums, real dates, positive amounts, ISO 4217
// currencies, ids of the shape DealLens writes and only http(s) URLs (javascript:, data: and the rest
// are rejected). Its limits are the ones capture clips to (core/deals/record-limits.ts), so every deal
// DealLens stores passes it.
import * as v from 'valibot';
import { isRecordId, MAX_ID_CHARS, MAX_NAME_CHARS, MAX_STORED_QUOTE_CHARS as MAX_QUOTE_CHARS } from '../../core/deals/record-limits';
import type { DealRecord } from '../../core/types';

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

const text = (max: number) =>
  v.pipe(v.string('must be text'), v.maxLength(max, `must be at most ${max} characters`));
const nonBlank = (max: number) => v.pipe(text(max), v.check((s) => s.trim().length > 0, 'must not be empty'));
const id = v.pipe(
  v.string('must be text'),
  v.maxLength(MAX_ID_CHARS, `must be at most ${MAX_ID_CHARS} characters`),
  v.check(isRecordId, 'must be lowercase words of letters or digits joined by single dashes, after an optional "unknown:" or "user:"'),
);
const currency = v.pipe(v.string('must be text'), v.check(isCurrency, 'must be an ISO 4217 currency code such as USD'));
const positive = v.pipe(v.number('must be a number'), v.finite('must be finite'), v.gtValue(0, 'must be positive'));

const party = v.strictObject({
  id: v.optional(id),
  name: nonBlank(MAX_NAME_CHARS),
  role: v.optional(v.picklist(['lead', 'participant', 'existing'], 'must be lead, participant or existing')),
});

/** A target has no role: it is the company the deal is about. */
const target = v.strictObject({ id: v.optional(id), name: nonBlank(MAX_NAME_CHARS) });

const amount = v.pipe(
  v.strictObject({
    currency,
    amount: positive,
    amountMax: v.optional(positive),
    approx: v.optional(
      v.picklist(['about', 'over', 'under', 'up-to', 'at-least', 'vague'], 'must be about, over, under, up-to, at-least or vague'),
    ),
  }),
  v.check((a) => a.amountMax === undefined || a.amountMax > a.amount, 'amountMax must be greater than amount'),
);

const valuation = v.strictObject({
  currency,
  amount: positive,
  basis: v.optional(v.picklist(['pre', 'post'], 'must be pre or post')),
});

const source = v.strictObject({
  url: v.optional(v.pipe(v.string('must be text'), v.check(isHttpUrl, 'must be an http or https URL'))),
  title: v.optional(text(MAX_NAME_CHARS)),
  publisher: nonBlank(MAX_NAME_CHARS),
  date: v.pipe(v.string('must be text'), v.check((s) => isCalendarDate(s, false), 'must be a real date YYYY-MM-DD')),
  quote: v.optional(text(MAX_QUOTE_CHARS)),
});

const partyKey = (p: { id?: string; name: string }): string => p.id ?? `name:${p.name.trim().toLowerCase()}`;

export const DealRecordSchema = v.pipe(
  v.strictObject({
    id,
    type: v.picklist(
      ['funding', 'acquisition', 'merger', 'ipo', 'stake-sale', 'debt'],
      'must be funding, acquisition, merger, ipo, stake-sale or debt',
    ),
    target,
    investors: v.pipe(v.array(party, 'must be a list'), v.maxLength(MAX_PARTIES, `must have at most ${MAX_PARTIES} entries`)),
    amount: v.optional(amount),
    round: v.optional(nonBlank(MAX_NAME_CHARS)),
    valuation: v.optional(valuation),
    date: v.pipe(v.string('must be text'), v.check((s) => isCalendarDate(s, true), 'must be a real date YYYY-MM-DD or YYYY-MM')),
    sector: v.optional(v.pipe(v.string('must be text'), v.regex(KEBAB_CASE, 'must be lowercase kebab-case'), v.maxLength(60, 'must be at most 60 characters'))),
    sources: v.pipe(v.array(source, 'must be a list'), v.maxLength(MAX_SOURCES, `must have at most ${MAX_SOURCES} entries`)),
    origin: v.picklist(['bundled', 'captured', 'imported', 'edited'], 'must be bundled, captured, imported or edited'),
    confidence: v.pipe(v.number('must be a number'), v.minValue(0, 'must be between 0 and 1'), v.maxValue(1, 'must be between 0 and 1')),
  }),
  v.check((d) => new Set(d.investors.map(partyKey)).size === d.investors.length, 'investors: the same investor is listed twice'),
  v.check((d) => !d.investors.some((p) => partyKey(p) === partyKey(d.target)), 'investors: the target cannot invest in its own deal'),
);

export type ValidatedDeal = { ok: true; deal: DealRecord } | { ok: false; reason: string };

/** The value as a deal, or every problem with it in one sentence ("amount.currency: must be …; date: …"). */
export function validateDeal(value: unknown): ValidatedDeal {
  // valibot takes an array for an object (and then reports every field missing).
  if (Array.isArray(value)) return { ok: false, reason: 'must be an object' };
  const result = v.safeParse(DealRecordSchema, value);
  if (result.success) return { ok: true, deal: result.output as DealRecord };
  return { ok: false, reason: result.issues.map(describeIssue).join('; ') };
}

function describeIssue(issue: v.BaseIssue<unknown>): string {
  const path = (issue.path ?? [])
    .map((item, i) => (typeof item.key === 'number' ? `[${item.key}]` : `${i === 0 ? '' : '.'}${String(item.key)}`))
    .join('');
  const at = path ? `${path}: ` : '';
  if (issue.type === 'strict_object' && issue.expected === 'never') return `${at}unknown field`;
  if (issue.received === 'undefined') return `${at}is missing`;
  if (issue.type === 'strict_object' && !path) return 'must be an object';
  return `${at}${issue.message}`;
}
