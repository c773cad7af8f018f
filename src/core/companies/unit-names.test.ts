import { describe, expect, it } from 'vitest';
import type { CompanyRecord } from '../types';
import { createCompanyMatcher } from './create-company-matcher';
import { findCompanies } from './find-companies';
import { findUnitNames } from './unit-names';

const records: CompanyRecord[] = [
  { id: 'tata-motors', name: 'Tata Motors', kind: 'company' },
  { id: 'gm', name: 'General Motors', shortNames: ['GM'], kind: 'company' },
];
const matcher = createCompanyMatcher(records);
const found = (text: string) => findCompanies(text, matcher).map((m) => `${m.text}=${m.id}`);
const units = (text: string) => findUnitNames(text).map((m) => m.text);

describe('a company named as another company’s unit', () => {
  it('reads the name before or after "unit", "arm", "subsidiary"', () => {
    expect(found('Tata Motors said its Jaguar Land Rover unit would cut costs.')).toEqual(['Tata Motors=tata-motors', 'Jaguar Land Rover=unknown:jaguar-land-rover']);
    expect(found("GM's Cruise unit was shut.")).toEqual(['GM=gm', 'Cruise=unknown:cruise']);
    expect(units('The bank owns its brokerage arm Nesbitt Burns, which advised.')).toEqual(['Nesbitt Burns']);
    expect(units('It bid through its unit Tecnost. Telecom Italia said no.')).toEqual(['Tecnost']);
  });

  it('drops a leading nationality, and reads no place, generic words or a person', () => {
    expect(units('its British unit and its China unit')).toEqual([]);
    expect(units('its German Kessler unit')).toEqual(['Kessler']);
    expect(units("Sony's Cloud unit")).toEqual([]);
    expect(units('its unit chief Tim Cook said')).toEqual([]);
  });
});
