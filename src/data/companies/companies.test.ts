import { describe, expect, it } from 'vitest';
import { compileAllNames, createCompanyMatcher } from '../../core/companies';
import type { CompanyRecord } from '../../core/types';
import ai from './ai.json';
import aiRobotics from './ai-robotics.json';
import autosEnergy from './autos-energy.json';
import banksInsurers from './banks-insurers.json';
import chineseTech from './chinese-tech.json';
import consumerInternet from './consumer-internet.json';
import europeResourcesTransport from './europe-resources-transport.json';
import finance from './finance.json';
import fintech from './fintech.json';
import globalTech from './global-tech.json';
import historical from './historical.json';
import healthcare from './healthcare.json';
import investors from './investors.json';
import marketsAssetManagers from './markets-asset-managers.json';
import semiconductors from './semiconductors.json';
import softwareHardwareTelecom from './software-hardware-telecom.json';
import stateFunds from './state-funds.json';
import vcPe from './vc-pe.json';
import worldCompanies from './world-companies.json';
import wireCompanies from './wire-companies.json';
import pagesCompanies from './pages-companies.json';
import { baseCompanies } from './base';
import { companies } from './index';

// Schema and consistency checks for the bundled company data. A failing record is named in the
// message, so a data edit that breaks a rule says which record to fix.

const FILES: Record<string, unknown[]> = {
  chineseTech,
  globalTech,
  ai,
  investors,
  finance,
  semiconductors,
  autosEnergy,
  aiRobotics,
  consumerInternet,
  europeResourcesTransport,
  softwareHardwareTelecom,
  fintech,
  healthcare,
  vcPe,
  stateFunds,
  banksInsurers,
  marketsAssetManagers,
  historical,
  worldCompanies,
  wireCompanies,
  pagesCompanies,
};
const ALLOWED_KEYS = new Set(['id', 'name', 'legalNames', 'shortNames', 'aliases', 'formerNames', 'zh', 'tickers', 'kind', 'country', 'domain', 'description', 'sector', 'match']);
const NAME_LISTS = ['legalNames', 'shortNames', 'aliases', 'formerNames', 'zh'] as const;
const ID_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const COUNTRY_RE = /^[A-Z]{2}$/;
const DOMAIN_RE = /^(?!-)[a-z0-9-]+(?:\.[a-z0-9-]+)+$/;
const TICKER_RE = /^[A-Z]+:[A-Z0-9]+(?:\.[A-Z])?$/;
const HAN_RE = /\p{Script=Han}/u;

/** Same normalisation the clash check uses: case-insensitive, typographic apostrophes, whitespace runs. */
function normalise(name: string): string {
  return name.trim().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').toLowerCase();
}

function allNames(r: CompanyRecord): string[] {
  return [r.name, ...NAME_LISTS.flatMap((k) => r[k] ?? []), ...(r.tickers ?? [])];
}

describe('company data files', () => {
  it('are non-empty arrays and make up the exported list', () => {
    for (const [file, list] of Object.entries(FILES)) expect(list.length, file).toBeGreaterThan(0);
    expect(companies.length).toBe(Object.values(FILES).reduce((n, list) => n + list.length, 0) + baseCompanies.length);
  });

  it('hold at least 10,000 entities, 1,000 of them investors and 2,000 with Chinese names', () => {
    expect(companies.length).toBeGreaterThanOrEqual(10_000);
    expect(companies.filter((c) => c.kind !== 'company').length).toBeGreaterThanOrEqual(1000);
    expect(companies.filter((c) => c.zh !== undefined).length).toBeGreaterThanOrEqual(2000);
  });
});

/** What is wrong with one record, each problem naming it; empty when it is well formed. */
function recordProblems(r: CompanyRecord): string[] {
  const problems: string[] = [];
  const check = (ok: boolean, what: string) => {
    if (!ok) problems.push(`${r.id}: ${what}`);
  };
  for (const key of Object.keys(r)) check(ALLOWED_KEYS.has(key), `unknown field ${key}`);
  check(ID_RE.test(r.id), 'id is not kebab-case');
  check(r.name.trim() === r.name && r.name.length > 1, 'name is untrimmed or too short');
  check(['company', 'investor', 'both'].includes(r.kind), `kind ${r.kind}`);
  check(r.match === undefined || ['case-sensitive', 'corporate-word', 'after-full-name'].includes(r.match), `match ${r.match}`);
  check(r.country === undefined || COUNTRY_RE.test(r.country), `country ${r.country}`);
  // A bare host: no scheme, no path, no "www.", lowercase.
  check(r.domain === undefined || (DOMAIN_RE.test(r.domain) && !r.domain.startsWith('www.')), `domain ${r.domain}`);
  for (const t of r.tickers ?? []) check(TICKER_RE.test(t), `ticker ${t}`);
  check(r.description === undefined || (r.description.length > 10 && r.description.length <= 160 && !r.description.includes('\n')), 'description length or line break');
  for (const key of NAME_LISTS) {
    const list = r[key];
    if (list === undefined) continue;
    check(Array.isArray(list) && list.length > 0, `${key} is empty: leave it out`);
    for (const name of list) check(name.trim() === name && name.length > 1 && !/[\n\r]/.test(name), `${key} name "${name}"`);
  }
  for (const zh of r.zh ?? []) check(HAN_RE.test(zh), `zh name without Han characters: ${zh}`);
  // Exact repeats only: spellings that differ in case ("HKEX", "HKEx") carry different match rules.
  const names = allNames(r).map((n) => n.replace(/\s+/g, ' '));
  check(new Set(names).size === names.length, 'a name is repeated');
  return problems;
}

describe('every record', () => {
  it('has known, well-formed fields and distinct names (each problem names its record)', () => {
    expect(companies.flatMap(recordProblems)).toEqual([]);
  });

  it('finds problems when there are some', () => {
    const bad = { id: 'Bad Id', name: ' x', kind: 'thing', zh: ['abc'], tickers: ['nyse:x'] } as unknown as CompanyRecord;
    expect(recordProblems(bad).length).toBeGreaterThanOrEqual(5);
  });
});

describe('across records', () => {
  it('has unique ids', () => {
    const seen = new Set<string>();
    const duplicates = companies.map((r) => r.id).filter((id) => (seen.has(id) ? true : (seen.add(id), false)));
    expect(duplicates).toEqual([]);
  });

  it('never gives one name to two entities (case-insensitive for Latin names)', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const r of companies) {
      for (const name of new Set(allNames(r).map(normalise))) {
        const other = owner.get(name);
        if (other !== undefined && other !== r.id) clashes.push(`"${name}": ${other} and ${r.id}`);
        else owner.set(name, r.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('compiles without clashes in the matcher either (that includes forms derived from legal names)', () => {
    expect(compileAllNames(createCompanyMatcher(companies)).conflicts).toEqual([]);
  });

  it('contains no products, only companies', () => {
    const names = new Set(companies.flatMap(allNames).map(normalise));
    for (const product of ['ChatGPT', 'Ernie', 'GPT-4', 'Qingyan', 'WeChat', 'Alipay', 'TikTok', 'Douyin', 'Doubao', 'Kimi', 'Qwen', 'Claude', 'Gemini', 'Grok', 'Llama', 'Cursor']) {
      expect(names.has(normalise(product)), product).toBe(false);
    }
  });
});

describe('entities of the reference article', () => {
  const byId = new Map(companies.map((r) => [r.id, r]));
  it.each([
    ['alibaba-group', 'Alibaba Group', { legalNames: expect.arrayContaining(['Alibaba Group Holding Ltd.']), zh: expect.arrayContaining(['阿里巴巴']) }],
    ['tencent', 'Tencent', { legalNames: expect.arrayContaining(['Tencent Holdings Ltd.']), zh: expect.arrayContaining(['腾讯']) }],
    ['zhipu-ai', 'Zhipu AI', { legalNames: ['Beijing Zhipu Huazhang Technology Co., Ltd.'], shortNames: ['Zhipu'], zh: expect.arrayContaining(['智谱']) }],
    ['ant-group', 'Ant Group', { legalNames: ['Ant Group Co., Ltd.'], formerNames: expect.arrayContaining(['Ant Financial']), zh: expect.arrayContaining(['蚂蚁集团']) }],
    ['xiaomi', 'Xiaomi', { zh: expect.arrayContaining(['小米']) }],
    ['hongshan', 'HongShan', { formerNames: ['Sequoia China', 'Sequoia Capital China'], zh: ['红杉中国'] }],
    ['meituan', 'Meituan', { zh: ['美团'] }],
    ['baichuan-ai', 'Baichuan AI', { zh: ['百川智能'] }],
    ['openai', 'OpenAI', {}],
    ['microsoft', 'Microsoft', { legalNames: ['Microsoft Corporation'] }],
    ['google', 'Google', {}],
    ['baidu', 'Baidu', { zh: ['百度'] }],
    ['nvidia', 'Nvidia', {}],
  ])('%s is there as %s', (id, name, fields) => {
    expect(byId.get(id)).toMatchObject({ name, ...fields });
  });
});
