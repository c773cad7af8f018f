import { describe, expect, it } from 'vitest';
import { defaults, migrateSettings, SETTINGS_VERSION, userCompanyId, withUserCompany } from './settings';

describe('migrateSettings', () => {
  it('gives the defaults for nothing stored or damaged data', () => {
    expect(migrateSettings(undefined)).toEqual(defaults);
    expect(migrateSettings('garbage')).toEqual(defaults);
    expect(migrateSettings({ homeCurrency: 5, extraCurrencies: 'EUR', rateSources: null, liveRates: 'yes' })).toEqual(defaults);
  });

  it('keeps valid values and drops invalid ones', () => {
    const s = migrateSettings({ homeCurrency: 'EUR', extraCurrencies: ['CNY', 'bad', 'CNY', 'HKD'], rateSources: { ecbDaily: 'http://127.0.0.1:8/daily.xml', fallback: 'javascript:alert(1)' }, unknown: 1 });
    expect(s.homeCurrency).toBe('EUR');
    expect(s.extraCurrencies).toEqual(['CNY', 'HKD']);
    expect(s.rateSources.ecbDaily).toBe('http://127.0.0.1:8/daily.xml');
    expect(s.rateSources.fallback).toBe(defaults.rateSources.fallback);
    expect(s).not.toHaveProperty('unknown');
    expect(s.settingsVersion).toBe(SETTINGS_VERSION);
  });

  it('migrates the v0 key for the home currency', () => {
    expect(migrateSettings({ currency: 'GBP' }).homeCurrency).toBe('GBP');
  });
});

describe('user companies', () => {
  it('adds a trimmed, deduplicated company and rejects blank or overlong names', () => {
    let list = withUserCompany([], '  Brightwater   Loom ');
    expect(list).toEqual([{ name: 'Brightwater Loom', aliases: [] }]);
    list = withUserCompany(list, 'brightwater loom');
    expect(list).toHaveLength(1);
    expect(withUserCompany(list, ' ')).toHaveLength(1);
    expect(withUserCompany(list, 'x'.repeat(81))).toHaveLength(1);
    expect(withUserCompany(list, 'Loom Labs', ['Loom', 'Loom Labs', 5 as unknown as string])[1]).toEqual({ name: 'Loom Labs', aliases: ['Loom'] });
  });

  it('gives stable ids', () => {
    expect(userCompanyId('Brightwater Loom')).toBe('user:brightwater-loom');
    expect(userCompanyId('智谱 AI')).toBe('user:智谱-ai');
  });

  it('survives damaged stored lists', () => {
    expect(migrateSettings({ userCompanies: 'x' }).userCompanies).toEqual([]);
    expect(migrateSettings({ userCompanies: [null, { name: 7 }, { name: 'Ok Co', aliases: null }] }).userCompanies).toEqual([{ name: 'Ok Co', aliases: [] }]);
  });
});

describe('display settings', () => {
  it('defaults to filled blue companies and amber money, compact amounts at 3 digits, nothing ignored', () => {
    const s = migrateSettings({});
    expect(s.highlightStyle).toEqual({ company: { colour: 'blue', fill: true }, money: { colour: 'amber', fill: true } });
    expect(s.moneyNotation).toBe('compact');
    expect(s.moneyDigits).toBe(3);
    expect(s.ignoredCurrencies).toEqual([]);
  });

  it('keeps valid choices', () => {
    const s = migrateSettings({
      highlightStyle: { company: { colour: 'green', fill: false }, money: { colour: 'purple', fill: true } },
      moneyNotation: 'full',
      moneyDigits: 5,
      ignoredCurrencies: ['JPY', 'KRW'],
    });
    expect(s.highlightStyle).toEqual({ company: { colour: 'green', fill: false }, money: { colour: 'purple', fill: true } });
    expect(s.moneyNotation).toBe('full');
    expect(s.moneyDigits).toBe(5);
    expect(s.ignoredCurrencies).toEqual(['JPY', 'KRW']);
  });

  it('replaces each damaged value by its default, keeping the valid ones beside it', () => {
    const s = migrateSettings({
      highlightStyle: { company: { colour: 'red; background: url(x)', fill: 'no' }, money: { colour: 'pink' } },
      moneyNotation: 'scientific',
      moneyDigits: 2.5,
      ignoredCurrencies: ['jpy', 'JPY', 7, 'JPY', 'EURO', 'GBP'],
    });
    expect(s.highlightStyle).toEqual({ company: { colour: 'blue', fill: true }, money: { colour: 'pink', fill: true } });
    expect(s.moneyNotation).toBe('compact');
    expect(s.moneyDigits).toBe(3);
    expect(s.ignoredCurrencies).toEqual(['JPY', 'GBP']);
    expect(migrateSettings({ highlightStyle: ['x'], moneyDigits: 99, ignoredCurrencies: 'JPY' })).toEqual(defaults);
    expect(migrateSettings({ highlightStyle: null, moneyDigits: 1, moneyNotation: null })).toEqual(defaults);
  });
});

describe('site settings', () => {
  it('defaults to automatic annotation with nothing denied', () => {
    expect(migrateSettings({})).toMatchObject({ siteMode: 'automatic', deniedSites: [] });
  });
  it('keeps on-demand mode and cleans denied sites to host names', () => {
    const s = migrateSettings({ siteMode: 'on-demand', deniedSites: ['https://Example.com/news', 'example.com', 'chrome://x', 42, 'caixin.com'] });
    expect(s.siteMode).toBe('on-demand');
    expect(s.deniedSites).toEqual(['example.com', 'caixin.com']);
  });
  it('replaces a damaged mode or list', () => {
    expect(migrateSettings({ siteMode: 'always', deniedSites: 'example.com' })).toMatchObject({ siteMode: 'automatic', deniedSites: [] });
  });
});
