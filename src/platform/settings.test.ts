import { describe, expect, it } from 'vitest';
import { defaults, migrateSettings, SETTINGS_VERSION } from './settings';

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
