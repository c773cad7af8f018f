// Golden pages (CONTRIBUTING.md, recipe 4): each folder of test/pages holds a trimmed news page and what the
// engine must read from it, run the way the CLI runs a saved page (htmlToText, then annotate).
// An expectation the engine does not meet yet carries "knownGap": it is printed, not asserted, and the
// test fails once the gap closes so the flag is removed rather than left to rot. See test/pages/README.md.
import fs from 'node:fs';
import path from 'node:path';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { htmlToText, pageContextOf } from '../src/cli/html-to-text';
import { annotate, createCompanyMatcher, type Annotation, type DealMention } from '../src/core';
import { companies } from '../src/data/companies';

const PAGES_DIR = path.join(import.meta.dirname, 'pages');
const PAGE_FOLDER = /^[a-z0-9]+(?:-[a-z0-9]+)*-(?:19|20)\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DEAL_TYPES = ['funding', 'acquisition', 'merger', 'ipo', 'stake-sale', 'debt'] as const;

const KnownGap = v.optional(v.pipe(v.string(), v.minLength(10)));
const Amount = v.pipe(v.number(), v.finite(), v.minValue(0));
const ExpectedSchema = v.strictObject({
  date: v.nullable(v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/))),
  money: v.array(
    v.strictObject({ text: v.pipe(v.string(), v.minLength(1)), currency: v.pipe(v.string(), v.regex(/^[A-Z]{3}$/)), amount: Amount, amountMax: v.optional(Amount), knownGap: KnownGap }),
  ),
  // An unknown Chinese company keeps its Chinese id ("unknown:宏远置业").
  companies: v.array(v.strictObject({ text: v.pipe(v.string(), v.minLength(1)), id: v.pipe(v.string(), v.regex(/^(?:[a-z0-9]+(?:-[a-z0-9]+)*|unknown:(?:[a-z0-9]+(?:-[a-z0-9]+)*|[\p{Script=Han}A-Za-z0-9]+))$/u)), knownGap: KnownGap })),
  deals: v.array(
    v.strictObject({
      type: v.picklist(DEAL_TYPES),
      target: v.pipe(v.string(), v.minLength(1)),
      /** Names or ids, each optionally with ":lead", ":participant" or ":existing". */
      investors: v.array(v.pipe(v.string(), v.minLength(1))),
      amount: v.optional(Amount),
      currency: v.optional(v.pipe(v.string(), v.regex(/^[A-Z]{3}$/))),
      round: v.optional(v.string()),
      valuation: v.optional(Amount),
      valuationBasis: v.optional(v.picklist(['pre', 'post'])),
      knownGap: KnownGap,
    }),
  ),
  /** Deals the engine reports though the page does not (or reports twice); each must say why. */
  extraDeals: v.optional(v.array(v.strictObject({ type: v.picklist(DEAL_TYPES), target: v.string(), knownGap: v.pipe(v.string(), v.minLength(10)) }))),
  /** Amounts the engine reads though the page states none there (an exchange rate, a count); each must say why. */
  extraMoney: v.optional(v.array(v.strictObject({ text: v.pipe(v.string(), v.minLength(1)), knownGap: v.pipe(v.string(), v.minLength(10)) }))),
  /** Strings no highlight may overlap; one the engine still highlights is an object with its knownGap. */
  notEntities: v.array(v.union([v.pipe(v.string(), v.minLength(1)), v.strictObject({ text: v.pipe(v.string(), v.minLength(1)), knownGap: v.pipe(v.string(), v.minLength(10)) })])),
});
type Expected = v.InferOutput<typeof ExpectedSchema>;
type ExpectedDeal = Expected['deals'][number];

const folders = fs
  .readdirSync(PAGES_DIR, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();
const matcher = createCompanyMatcher(companies);

describe('golden pages: conventions', () => {
  it('has at least 48 pages, each a <site>-<yyyy>-<slug> folder with source.html and a valid expected.json', () => {
    expect(folders.length).toBeGreaterThanOrEqual(48);
    for (const folder of folders) {
      expect(folder, 'folder name').toMatch(PAGE_FOLDER);
      expect(fs.existsSync(path.join(PAGES_DIR, folder, 'source.html')), `${folder}/source.html`).toBe(true);
      const file = path.join(PAGES_DIR, folder, 'expected.json');
      expect(fs.existsSync(file), `${folder}/expected.json`).toBe(true);
      const parsed = v.safeParse(ExpectedSchema, JSON.parse(fs.readFileSync(file, 'utf8')));
      expect(parsed.issues?.map((i) => `${v.getDotPath(i) ?? ''}: ${i.message}`) ?? [], folder).toEqual([]);
    }
  });

  it('names only company ids the data holds (or unknown: ones)', () => {
    const ids = new Set(companies.map((c) => c.id));
    for (const folder of folders) {
      const expected = readExpected(folder);
      for (const c of expected.companies) if (!c.id.startsWith('unknown:')) expect(ids.has(c.id), `${folder}: ${c.id}`).toBe(true);
    }
  });
});

for (const folder of folders) {
  describe(`golden page ${folder}`, () => {
    const expected = readExpected(folder);
    const page = htmlToText(fs.readFileSync(path.join(PAGES_DIR, folder, 'source.html'), 'utf8'));
    const context = pageContextOf(page);
    const found = annotate(page.text, { context, companies: matcher });

    it('reads the publication date', () => {
      expect(page.date ?? null).toBe(expected.date);
    });

    it('finds every amount, with currency and value, and no other', () => {
      const unused = found.money.map((m, index) => ({ m, index }));
      const take = (e: Expected['money'][number]) => {
        const at = unused.findIndex(
          ({ m }) => m.text === e.text && m.currency === e.currency && m.amount === e.amount && (e.amountMax === undefined || m.amountMax === e.amountMax),
        );
        return at === -1 ? undefined : unused.splice(at, 1)[0];
      };
      const missing = expected.money.filter((e) => !e.knownGap && !take(e)).map((e) => `${e.text} ${e.currency} ${e.amount}`);
      checkGaps(folder, 'money', expected.money, (e) => take(e) !== undefined, (e) => `${e.text} ${e.currency} ${e.amount}`);
      const gapTexts = new Set(expected.money.filter((e) => e.knownGap).map((e) => e.text));
      const extraExcused = [...(expected.extraMoney ?? [])];
      const extra = unused
        .filter(({ m }) => {
          if (gapTexts.has(m.text)) return false;
          const at = extraExcused.findIndex((e) => e.text === m.text);
          if (at !== -1) extraExcused.splice(at, 1);
          return at === -1;
        })
        .map(({ m }) => `${m.text} ${m.currency} ${m.amount}`);
      // An excused extra amount the engine no longer reads must leave the list.
      for (const e of extraExcused) expect(false, `${folder}: extra amount "${e.text}" is no longer read — remove it from extraMoney`).toBe(true);
      for (const e of expected.extraMoney ?? []) if (!extraExcused.includes(e)) report(folder, 'extraMoney', e.text, e.knownGap);
      expect({ missing, extra }).toEqual({ missing: [], extra: [] });
    });

    it('finds every company mention with its id, and highlights none of the non-entities', () => {
      const unused = found.companies.map((c) => `${c.text}\u0000${c.id}`);
      const take = (e: Expected['companies'][number]) => {
        const at = unused.indexOf(`${e.text}\u0000${e.id}`);
        if (at !== -1) unused.splice(at, 1);
        return at !== -1;
      };
      const missing = expected.companies.filter((e) => !e.knownGap && !take(e)).map((e) => `${e.text} → ${e.id}`);
      checkGaps(folder, 'companies', expected.companies, take, (e) => `${e.text} → ${e.id}`);
      expect(missing).toEqual([]);
      const negatives: { text: string; knownGap?: string }[] = expected.notEntities.map((n) => (typeof n === 'string' ? { text: n } : n));
      expect(highlightedNonEntities(page.text, found, negatives.filter((n) => !n.knownGap).map((n) => n.text))).toEqual([]);
      // A negative still highlighted is printed; once no highlight overlaps it, its knownGap must go.
      checkGaps(folder, 'notEntities', negatives, (n) => highlightedNonEntities(page.text, found, [n.text]).length === 0, (n) => n.text);
    });

    it('finds every deal, and no other', () => {
      const unused = [...found.deals];
      const take = (e: ExpectedDeal) => {
        const at = unused.findIndex((d) => dealMatches(d, e, found));
        return at === -1 ? undefined : unused.splice(at, 1)[0];
      };
      const missing = expected.deals.filter((e) => !e.knownGap && !take(e)).map((e) => describeExpected(e));
      checkGaps(folder, 'deals', expected.deals, (e) => take(e) !== undefined, describeExpected);
      // A deal the page does report, but not (yet) as expected, is excused by its knownGap expectation.
      const excused = [...expected.deals.filter((e) => e.knownGap), ...(expected.extraDeals ?? [])];
      const extra: string[] = [];
      for (const d of unused) {
        const at = excused.findIndex((e) => e.type === d.type && isParty(d.target, e.target));
        if (at === -1) extra.push(describeFound(d, found));
        else excused.splice(at, 1);
      }
      for (const e of expected.extraDeals ?? []) {
        const notSeen = excused.includes(e);
        if (!notSeen) report(folder, 'extraDeals', `${e.type} ${e.target}`, e.knownGap);
        expect(notSeen, `${folder}: extra deal ${e.type} ${e.target} is no longer reported — remove it from extraDeals`).toBe(false);
      }
      expect({ missing, extra, found: found.deals.map((d) => describeFound(d, found)) }).toMatchObject({ missing: [], extra: [] });
    });
  });
}

// Company highlights on all pages, as `npm run eval -- pages` counts them: a highlight is right when the page
// lists its text with its id (each listed mention used once, knownGap ones included). Floors: the scores reached
// (issue 16: real pages company precision ≥ 95%). The English recall floor is a little lower since session 16's
// pages joined: a regulator's release whose sidebar names four case parties without a cue, a travel page's mobile
// brand (known gaps); on the pages before them recall is unchanged. Precision floors raised in session 18 (all 98.8, en 98.5).
const PAGE_FLOORS = { all: { precision: 0.985, recall: 0.965 }, en: { precision: 0.982, recall: 0.965 }, zh: { precision: 0.99, recall: 0.97 } };

describe('golden pages: company precision and recall', () => {
  it('hold their floors, overall and by language', () => {
    const tally: Record<string, { found: number; right: number; gold: number; recalled: number }> = {};
    for (const folder of folders) {
      const expected = readExpected(folder);
      const page = htmlToText(fs.readFileSync(path.join(PAGES_DIR, folder, 'source.html'), 'utf8'));
      const context = pageContextOf(page);
      const found = annotate(page.text, { context, companies: matcher }).companies;
      const listed = expected.companies.map((c) => `${c.text}\u0000${c.id}`);
      let right = 0;
      for (const c of found) {
        const at = listed.indexOf(`${c.text}\u0000${c.id}`);
        if (at !== -1) {
          listed.splice(at, 1);
          right++;
        }
      }
      for (const key of ['all', /^zh/.test(page.lang ?? '') ? 'zh' : 'en']) {
        const t = (tally[key] ??= { found: 0, right: 0, gold: 0, recalled: 0 });
        t.found += found.length;
        t.right += right;
        t.gold += expected.companies.length;
        t.recalled += right;
      }
    }
    for (const [key, floor] of Object.entries(PAGE_FLOORS)) {
      const t = tally[key]!;
      const precision = t.right / t.found;
      const recall = t.recalled / t.gold;
      console.info(`[golden pages] companies ${key}: P ${(100 * precision).toFixed(1)} R ${(100 * recall).toFixed(1)} (${t.right} of ${t.found} highlights right, ${t.gold} listed)`);
      expect(precision, `${key} precision`).toBeGreaterThanOrEqual(floor.precision);
      expect(recall, `${key} recall`).toBeGreaterThanOrEqual(floor.recall);
    }
  });
});

function readExpected(folder: string): Expected {
  return v.parse(ExpectedSchema, JSON.parse(fs.readFileSync(path.join(PAGES_DIR, folder, 'expected.json'), 'utf8')));
}

/**
 * Prints each knownGap expectation, and fails when one is met: a closed gap must lose its flag, so the
 * page asserts it from then on.
 */
function checkGaps<T extends { knownGap?: string | undefined }>(folder: string, field: string, list: T[], met: (e: T) => boolean, describe: (e: T) => string): void {
  for (const e of list) {
    if (!e.knownGap) continue;
    const closed = met(e);
    if (!closed) report(folder, field, describe(e), e.knownGap);
    expect(closed, `${folder}: ${field} "${describe(e)}" is now met — remove its knownGap`).toBe(false);
  }
}

function report(folder: string, field: string, what: string, why: string): void {
  console.info(`[golden pages] known gap in ${folder} ${field}: ${what} — ${why}`);
}

/** A mention (company or money) overlapping any occurrence of a string that must not be highlighted. */
function highlightedNonEntities(text: string, found: Annotation, notEntities: string[]): string[] {
  const spans = [...found.companies, ...found.money];
  const hits: string[] = [];
  for (const word of notEntities) {
    for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
      const end = at + word.length;
      for (const s of spans) if (s.start < end && at < s.end) hits.push(`${word} ⊂ "${s.text}"`);
    }
  }
  return hits;
}

/** An expected party ("Alibaba Group", "zhipu-ai", "unknown:splunk") names a found one by name or id. */
function isParty(party: { id?: string | undefined; name: string }, named: string): boolean {
  return party.name === named || party.id === named;
}

function dealMatches(d: DealMention, e: ExpectedDeal, found: Annotation): boolean {
  if (d.type !== e.type || !isParty(d.target, e.target)) return false;
  if (d.investors.length !== e.investors.length) return false;
  for (const spec of e.investors) {
    const [named, role] = splitRole(spec);
    if (!d.investors.some((i) => isParty(i, named) && (role === undefined || i.role === role))) return false;
  }
  const amount = d.money === undefined ? undefined : found.money[d.money];
  if (e.amount !== undefined && amount?.amount !== e.amount) return false;
  if (e.currency !== undefined && amount?.currency !== e.currency) return false;
  if (e.round !== undefined && d.round !== e.round) return false;
  const valuation = d.valuation === undefined ? undefined : found.money[d.valuation.money];
  if (e.valuation !== undefined && valuation?.amount !== e.valuation) return false;
  if (e.valuationBasis !== undefined && d.valuation?.basis !== e.valuationBasis) return false;
  return true;
}

function splitRole(spec: string): [string, string | undefined] {
  const m = /^(.*):(lead|participant|existing)$/.exec(spec);
  return m ? [m[1]!, m[2]] : [spec, undefined];
}

function describeExpected(e: ExpectedDeal): string {
  return `${e.type} ${e.target} ← [${e.investors.join(', ')}]${e.amount !== undefined ? ` ${e.amount} ${e.currency ?? ''}` : ''}${e.round ? ` ${e.round}` : ''}${e.valuation !== undefined ? ` valued ${e.valuation}${e.valuationBasis ? ` (${e.valuationBasis})` : ''}` : ''}`;
}

function describeFound(d: DealMention, found: Annotation): string {
  const amount = d.money === undefined ? undefined : found.money[d.money];
  const valuation = d.valuation === undefined ? undefined : found.money[d.valuation.money];
  const investors = d.investors.map((i) => (i.role ? `${i.name}:${i.role}` : i.name)).join(', ');
  return `${d.type} ${d.target.id ?? d.target.name} ← [${investors}]${amount ? ` ${amount.amount} ${amount.currency}` : ''}${d.round ? ` ${d.round}` : ''}${valuation ? ` valued ${valuation.amount}${d.valuation?.basis ? ` (${d.valuation.basis})` : ''}` : ''}`;
}
