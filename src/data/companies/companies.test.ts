import { describe, expect, it } from 'vitest';
import { compileAllNames, createCompanyMatcher } from '../../core/companies';
import type { CompanyRecord } from '../../core/types';
import ai from './ai.json';
import aiRobotics from './ai-robotics.json';
import autosEnergy from './autos-energy.json';
import banksInsurers from './banks-insurers.json';
import chineseTech from './chinese-tech.json';
import consumerInternet from './consumer-internet.json';
import finance from './finance.json';
import fintech from './fintech.json';
import globalTech from './global-tech.json';
import healthcare from './healthcare.json';
import investors from './investors.json';
import marketsAssetManagers from './markets-asset-managers.json';
import semiconductors from './semiconductors.json';
import softwareHardwareTelecom from './software-hardware-telecom.json';
import stateFunds from './state-funds.json';
import vcPe from './vc-pe.json';
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
  softwareHardwareTelecom,
  fintech,
  healthcare,
  vcPe,
  stateFunds,
  banksInsurers,
  marketsAssetManagers,
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
    expect(companies.length).toBe(Object.values(FILES).reduce((n, list) => n + list.length, 0));
  });

  it('hold at least 1,000 entities', () => {
    expect(companies.length).toBeGreaterThanOrEqual(1000);
  });
});

describe.each(companies.map((r) => [r.id, r] as const))('record %s', (_id, r) => {
  it('has only known fields, a kebab-case id, a name and a kind', () => {
    for (const key of Object.keys(r)) expect(ALLOWED_KEYS.has(key), `unknown field ${key}`).toBe(true);
    expect(r.id).toMatch(ID_RE);
    expect(r.name.trim()).toBe(r.name);
    expect(r.name.length).toBeGreaterThan(1);
    expect(['company', 'investor', 'both']).toContain(r.kind);
  });

  it('has well-formed optional fields', () => {
    if (r.country !== undefined) expect(r.country).toMatch(COUNTRY_RE);
    if (r.domain !== undefined) {
      expect(r.domain).not.toMatch(/^[a-z]+:/); // no scheme
      expect(r.domain).toMatch(DOMAIN_RE); // no path, no "www.", lowercase
      expect(r.domain.startsWith('www.')).toBe(false);
    }
    for (const t of r.tickers ?? []) expect(t).toMatch(TICKER_RE);
    if (r.description !== undefined) {
      expect(r.description.length).toBeGreaterThan(10);
      expect(r.description.length).toBeLessThanOrEqual(160);
      expect(r.description).not.toMatch(/\n/);
    }
  });

  it('has non-empty, trimmed, distinct names; Chinese names contain Han characters', () => {
    for (const key of NAME_LISTS) {
      const list = r[key];
      if (list === undefined) continue;
      expect(Array.isArray(list), key).toBe(true);
      expect(list.length, `${key} is empty: leave it out`).toBeGreaterThan(0);
      for (const name of list) {
        expect(name.trim(), key).toBe(name);
        expect(name.length, key).toBeGreaterThan(1);
        expect(name).not.toMatch(/[\n\r]/);
      }
    }
    for (const zh of r.zh ?? []) expect(zh).toMatch(HAN_RE);
    // Exact repeats only: spellings that differ in case ("HKEX", "HKEx") carry different match rules.
    const names = allNames(r).map((n) => n.replace(/\s+/g, ' '));
    expect(new Set(names).size, `repeated name in ${r.id}`).toBe(names.length);
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
