import { convert } from '../core/fx/convert';
import type { RateSource } from '../core/fx/rate-source';
import type { AmountQuery, BackgroundContract, CompanyInfo, ConversionAnswer, DayQuery } from '../messages/contract';
import type { Handlers } from '../messages/handle';
import { userCompanyId, type Settings } from '../platform/settings';
import type { CompanyRecord } from '../core/types';
import { t } from '../platform/i18n';
import { checkEditedDeal } from '../platform/deal-transfer/edited-deal';
import type { DealDb } from './deal-store/deal-db';
import { deleteDeals, importAtomically, listDealsPage, mergeInto, relatedFor, replaceAll, resetToBundled, restoreBundled, saveEdited, STORE_LIMITS, storeUsage } from './deal-store/deal-store';
import type { CaptureFailures } from './deal-store/capture-failures';
import { BUNDLED_VERSION, bundledDeals } from './deal-store/open-seeded';
import type { LiveRates } from './rates/live-rates';
import type { CompanyData } from './company-data';
import type { MentionFinder } from './mention-finder';
import type { PageDealsReader } from './page-deals-reader';
import { today } from './today';

/** One amount at one day: the conversion, with a note for a future day or the reason there is none. */
function conversionAnswer(amount: AmountQuery, to: string, day: DayQuery, askedDay: string, todayDay: string, sources: readonly RateSource[]): ConversionAnswer {
  const conversion = convert(amount, to, askedDay, sources);
  if (conversion && askedDay > todayDay) return { day, askedDay, conversion, note: t('rateInFuture', askedDay, conversion.rateDate) };
  if (conversion) return { day, askedDay, conversion };
  const problem = askedDay < '2000-01-01' ? t('rateBefore2000', askedDay) : t('rateMissing', amount.currency, to, askedDay);
  return { day, askedDay, conversion: null, problem };
}

export interface BackgroundDeps {
  rates: LiveRates;
  settings: () => Promise<Settings>;
  /** The clock, passed in so tests can fix it. */
  now: () => Date;
  /** The deal store (IndexedDB), opened and seeded on first use. */
  deals: () => Promise<DealDb>;
  /** Opens an extension page (path and hash) in a new tab. */
  openPage: (pathAndHash: string) => Promise<void>;
  /** Keeps a company the reader added in the synced settings. */
  addCompany: (name: string, aliases: string[]) => Promise<void>;
  /** Adds or takes out an extension stylesheet in one frame of a tab (scripting.insertCSS / removeCSS). */
  pageCss: (target: { tabId: number; frameId: number }, change: 'insert' | 'remove', css: string) => Promise<void>;
  /** Sets the toolbar badge's text on one tab ('' clears it). */
  badge: (tabId: number, text: string) => Promise<void>;
  /** Runs the content script in a tab at the reader's request. */
  annotateTab: (tabId: number) => Promise<BackgroundContract['annotateTab']['response']>;
  /** The engine over page text (see mention-finder.ts). */
  mentions: MentionFinder;
  /** A bundled company's record, for cards (company-data.ts). */
  companyRecord: CompanyData['record'];
  /** Deals read from the same text once the page is highlighted (see page-deals-reader.ts). */
  pageDeals: PageDealsReader;
  /** The last capture's failure, for storeStatus (deal-store/capture-failures.ts). */
  captureFailure: CaptureFailures['last'];
}

export function createBackgroundHandlers({ rates, settings, now, deals, openPage, addCompany, pageCss, badge, annotateTab, mentions, companyRecord, pageDeals, captureFailure }: BackgroundDeps): Handlers<BackgroundContract> {
  /** The reader's own company, or the bundled record, for each id. */
  async function companyRecords(ids: readonly string[]): Promise<(CompanyRecord | undefined)[]> {
    const mine = new Map((await settings()).userCompanies.map((c) => [userCompanyId(c.name), c]));
    return Promise.all(
      ids.map((id) => {
        const user = mine.get(id);
        return user ? { id, name: user.name, aliases: user.aliases, kind: 'company' as const, description: t('userCompanyDescription') } : companyRecord(id);
      }),
    );
  }

  return {
    async convert({ amounts, to, days }) {
      const current = await settings();
      const todayDay = today(now());
      const askedDays = days.map((day) => (day === 'today' ? todayDay : day));
      const pairs = [...new Set(amounts.map((a) => a.currency))].map((c): [string, string] => [c, to]);
      await Promise.all([...new Set(askedDays)].map((day) => rates.ensureRatesFor(day, pairs, current, todayDay)));
      const sources = await rates.sources();
      return amounts.map((amount) => days.map((day, i) => conversionAnswer(amount, to, day, askedDays[i]!, todayDay, sources)));
    },
    async convertEach({ items, to }) {
      const [sources, todayDay] = [await rates.sources(), today(now())];
      return items.map(({ amount, day }) => conversionAnswer(amount, to, day, day, todayDay, sources));
    },
    async lookupCompanies({ ids }) {
      const db = await deals();
      const records = await companyRecords(ids);
      return Promise.all(records.map(async (record, i): Promise<CompanyInfo | null> => (record ? { ...record, related: await relatedFor(db, ids[i]!) } : null)));
    },
    async companyRecords({ ids }) {
      return (await companyRecords(ids)).map((record) => record ?? null);
    },
    async companyNames({ ids }) {
      return (await companyRecords(ids)).map((record) => (record ? { name: record.name, ...(record.zh ? { zh: record.zh } : {}) } : null));
    },
    async findMentions({ text, context, source, run, from }) {
      // (The runs take turns and an over-long text is refused: see mention-finder.ts.)
      const found = await mentions.find(text, context, run, from);
      pageDeals.add(run, { text, money: found.money, companies: found.companies }, source);
      return found;
    },
    async prepare() {
      await mentions.prepare();
      return true as const;
    },
    pageDeals: ({ run }) => pageDeals.dealsOf(run),
    async highlightCss({ css, previous }, sender) {
      const tabId = sender.tab?.id;
      if (tabId === undefined) throw new Error('highlightCss is for pages: the sender has no tab');
      const target = { tabId, frameId: sender.frameId ?? 0 };
      if (previous !== null && previous !== css) await pageCss(target, 'remove', previous);
      if (css !== null && css !== previous) await pageCss(target, 'insert', css);
      return true as const;
    },
    async showCount({ count }, sender) {
      // The page's own count: a frame inside it counts for itself, not for the tab.
      const tabId = sender.tab?.id;
      if (tabId === undefined || (sender.frameId ?? 0) !== 0) return true as const;
      const n = Number.isFinite(count) ? Math.max(0, Math.floor(count)) : 0;
      await badge(tabId, n === 0 ? '' : n > 999 ? '999+' : String(n));
      return true as const;
    },
    async listDeals({ limit, after }) {
      return listDealsPage(await deals(), limit, after);
    },
    async storeStatus() {
      const [{ usage, evicted }, failure] = await Promise.all([deals().then(storeUsage), captureFailure()]);
      return { deals: usage.count, bytes: usage.bytes, maxDeals: STORE_LIMITS.maxDeals, maxBytes: STORE_LIMITS.maxBytes, evicted, captureFailure: failure };
    },
    async saveDeal({ deal }) {
      // Held to the import schema: an edit cannot store what an import would refuse.
      const checked = checkEditedDeal(deal);
      await saveEdited(await deals(), checked, now().toISOString());
      return true as const;
    },
    async deleteDeals({ ids }) {
      await deleteDeals(await deals(), ids);
      return true as const;
    },
    async mergeDeals({ keepId, dropId }) {
      return mergeInto(await deals(), keepId, dropId, now().toISOString());
    },
    async addCompany({ name, aliases }) {
      await addCompany(name, aliases ?? []);
      return true as const;
    },
    annotateTab: ({ tabId }) => annotateTab(tabId),
    async openDealsPage({ dealId, company }) {
      const hash = dealId ? `#deal=${encodeURIComponent(dealId)}` : company ? `#company=${encodeURIComponent(company)}` : '';
      await openPage(`src/deals/deals.html${hash}`);
      return true as const;
    },
    async importDeals({ deals: incoming }) {
      return { imported: await importAtomically(await deals(), incoming, now().toISOString()) };
    },
    async replaceDeals({ deals: incoming }) {
      return { deals: await replaceAll(await deals(), incoming, now().toISOString()) };
    },
    async restoreBundledDeals() {
      return { deals: await restoreBundled(await deals(), bundledDeals, now().toISOString()) };
    },
    async resetData() {
      const count = await resetToBundled(await deals(), bundledDeals, BUNDLED_VERSION, now().toISOString());
      await rates.clear();
      return { deals: count };
    },
    getSettings: () => settings(),
    async refreshRates() {
      return rates.refresh(await settings(), now());
    },
    ratesStatus: () => rates.status(),
  };
}
