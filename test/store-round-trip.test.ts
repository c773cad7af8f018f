// Issue 19, item 1: a backup restores what it saved. Any store the product can produce — deals captured
// by the real engine from generated pages (companies outside the data, companies the reader added,
// names in many scripts, hostile titles and URLs), merged as the background merges them, then edited —
// goes through the JSON backup, the JSON deal export and the CSV deal export and comes back exactly.
import { describe, expect, it } from 'vitest';
import { annotate } from '../src/core/annotate';
import { createCompanyMatcher } from '../src/core/companies';
import { dealFromMention, mergeDeal } from '../src/core/deals/merge-deals';
import type { CompanyRecord, DealRecord } from '../src/core/types';
import { companies } from '../src/data/companies';
import { exportBackup, parseBackup } from '../src/platform/backup';
import { exportDealsCsv, exportDealsJson } from '../src/platform/deal-transfer/export-deals';
import { importDeals } from '../src/platform/deal-transfer/import-deals';
import { migrateSettings, userCompanyId } from '../src/platform/settings';
import { seededRandom } from './seeded-random';

const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8];
const PAGES_PER_SEED = 40;

type Random = () => number;
const pick = <T,>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

const SYLLABLES = ['zor', 'blax', 'ka', 'tel', 'ven', 'quo', 'ra', 'mi', 'ün', 'şa', 'ğı', 'İs', 'é', 'ø', 'ß', 'ñ', 'ło', 'ž', 'Ω', 'ж', 'ä'];
const LEGAL = ['Inc.', 'Ltd.', 'Technologies', 'Holdings', 'Group', 'Capital', 'GmbH', 'S.p.A.', 'A.Ş.', 'AG', 'Co., Ltd.', 'Ventures', 'Robotics Inc.'];
const USER_NAMES = ['Brightwater Loom', 'Ωmega Labs', 'Ünal Ağ Teknoloji', 'Société Ω', 'Łódź Motors', 'テスト株式会社', 'Zeta—Dash Co', 'ĲSSEL Works'];
const ZH_NAMES = ['智谱', '百川智能', '月之暗面', '阿里巴巴', '腾讯'];
const INVESTORS = ['Sequoia Capital', 'Tencent', 'HongShan', 'SoftBank', 'Benchmark', 'Index Ventures'];

function word(random: Random): string {
  let w = '';
  for (let i = 0, n = 1 + Math.floor(random() * 3); i < n; i++) w += pick(random, SYLLABLES);
  return w[0]!.toUpperCase() + w.slice(1);
}

/** A company name the bundled data does not have, in one of many scripts and legal forms. */
function unknownCompany(random: Random): string {
  const words = Array.from({ length: 1 + Math.floor(random() * 3) }, () => word(random));
  return `${words.join(' ')} ${pick(random, LEGAL)}`;
}

function amount(random: Random): string {
  return pick(random, [`$${1 + Math.floor(random() * 900)} million`, `${(random() * 20).toFixed(1)} billion yuan`, `€${Math.floor(random() * 99) + 1}m`, `HK$${Math.floor(random() * 9) + 1}.5 billion`]);
}

function longText(random: Random): string {
  const size = pick(random, [0, 12, 480, 520, 5_000, 60_000]);
  const parts = ['Breaking: ', 'ünïcödé ', '😀 ', 'line\nbreak ', 'tab\there ', '"quoted", ', '=SUM(A1) ', '<b>tags</b> '];
  let text = '';
  while (text.length < size) text += pick(random, parts);
  return text;
}

function url(random: Random): string {
  return pick(random, [
    `https://news.example.com/${word(random)}?utm_source=x&id=${Math.floor(random() * 1e6)}#top`,
    `http://example.org/${encodeURIComponent(word(random))}/${'a'.repeat(Math.floor(random() * 3000))}`,
    'https://example.com/a b',
    'about:blank',
    `https://user:secret@example.net/${word(random)}`,
  ]);
}

/** One page's deal sentences, written as news writes them, about the given companies. */
function pageText(random: Random, names: string[]): string {
  const sentences = names.map((name) =>
    pick(random, [
      `${name} raised ${amount(random)} in a Series ${pick(random, ['A', 'B', 'C+', 'Pre-A'])} round led by ${pick(random, INVESTORS)}, the company said.`,
      `${pick(random, INVESTORS)} agreed to buy ${name} for ${amount(random)} in cash.`,
      `${name} has raised ${amount(random)} from investors including ${pick(random, INVESTORS)} and ${pick(random, INVESTORS)}.`,
      `${name}完成${Math.floor(random() * 50) + 1}亿元B轮融资，由${pick(random, ZH_NAMES)}领投。`,
    ]),
  );
  return sentences.join(pick(random, [' ', '\n', '\n\n']));
}

/** The store after reading `PAGES_PER_SEED` generated pages with capture on, then a few edits. */
function storeFromPages(seed: number): DealRecord[] {
  const random = seededRandom(seed);
  const userCompanies = USER_NAMES.filter(() => random() < 0.6).map((name) => ({ name, aliases: [] }));
  const mine = userCompanies.map((c): CompanyRecord => ({ id: userCompanyId(c.name), name: c.name, aliases: c.aliases, kind: 'company' }));
  const matcher = createCompanyMatcher([...companies, ...mine]);
  const store = new Map<string, DealRecord>();
  for (let p = 0; p < PAGES_PER_SEED; p++) {
    const names = Array.from({ length: 1 + Math.floor(random() * 3) }, () =>
      random() < 0.3 && userCompanies.length ? pick(random, userCompanies).name : random() < 0.2 ? pick(random, ZH_NAMES) : unknownCompany(random),
    );
    const text = pageText(random, names);
    const date = `20${10 + Math.floor(random() * 16)}-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)}`;
    const found = annotate(text, { context: { lang: 'en', date }, companies: matcher });
    const page = { url: url(random), title: longText(random), date, ...(random() < 0.3 && { publisher: longText(random) }) };
    for (const mention of found.deals) {
      const deal = dealFromMention(mention, found.money, page);
      if (!deal) continue;
      const before = store.get(deal.id);
      store.set(deal.id, before ? mergeDeal(before, deal) : deal);
    }
  }
  // The reader's edits on the deals page: a new round name, another investor, a corrected amount.
  for (const deal of [...store.values()].filter(() => random() < 0.2)) {
    store.set(deal.id, {
      ...deal,
      round: `Series ${word(random)} “extension”`,
      investors: [...deal.investors, { name: `${word(random)} Partners` }],
      amount: { currency: 'USD', amount: 1 + Math.floor(random() * 1e9) },
      origin: 'edited',
    });
  }
  return [...store.values()];
}

describe('any store the product can produce round-trips', () => {
  it.each(SEEDS)('seed %i: through the backup, the JSON export and the CSV export, exactly', (seed) => {
    const deals = storeFromPages(seed);
    expect(deals.length).toBeGreaterThan(10);
    // The generated pages do reach the awkward cases: deals about unknown and user-added companies.
    const ids = deals.flatMap((d) => [d.id, d.target.id ?? '', ...d.investors.map((i) => i.id ?? '')]);
    expect(ids.some((id) => id.startsWith('unknown:'))).toBe(true);
    expect(ids.some((id) => id.startsWith('user:'))).toBe(true);
    expect(ids.some((id) => /[^\x00-\x7f]/.test(id))).toBe(true);
    expect(deals.some((d) => d.sources.some((s) => (s.title?.length ?? 0) === 500))).toBe(true); // a clipped title

    const settings = migrateSettings({ userCompanies: USER_NAMES.slice(0, 3).map((name) => ({ name, aliases: [] })) });
    const backup = exportBackup(settings, deals, '2026-12-06T12:00:00.000Z');
    const restored = parseBackup(backup);
    expect(restored.ok ? [] : restored.problems).toEqual([]);
    if (restored.ok) expect(exportBackup(restored.settings, restored.deals, '2026-12-06T12:00:00.000Z')).toBe(backup);

    for (const [format, write] of [['json', exportDealsJson], ['csv', exportDealsCsv]] as const) {
      const file = write(deals);
      const report = importDeals(file, format, new Set());
      expect(report.rejected.slice(0, 3), format).toEqual([]);
      expect(report.accepted).toHaveLength(deals.length);
      expect(write(report.accepted), format).toBe(file);
    }
  });
});
