import { describe, expect, it } from 'vitest';
import type { CompanyRecord } from '../types';
import { createCompanyMatcher } from './create-company-matcher';
import { findCompanies } from './find-companies';

const records: CompanyRecord[] = [
  { id: 'vision-fund', name: 'SoftBank Vision Fund', kind: 'investor' },
  { id: 'churchill', name: 'Churchill Capital Corp', kind: 'investor' },
];
const matcher = createCompanyMatcher(records);
const found = (text: string) => findCompanies(text, matcher).map((m) => `${m.text}=${m.id}`);

describe('numbered funds', () => {
  it('reads a fund number as part of the name, with an id of its own', () => {
    expect(found('Existing investors SoftBank Vision Fund 2 and Facebook also took part.')).toEqual(['SoftBank Vision Fund 2=unknown:softbank-vision-fund-2']);
    expect(found('It merged with Churchill Capital Corp IV in July.')).toEqual(['Churchill Capital Corp IV=unknown:churchill-capital-corp-iv']);
  });

  it('leaves a figure or a plain mention alone', () => {
    expect(found('SoftBank Vision Fund 2 billion dollars later.')).toEqual(['SoftBank Vision Fund=vision-fund']);
    expect(found('SoftBank Vision Fund 2023 returns were weak.')).toEqual(['SoftBank Vision Fund=vision-fund']);
    expect(found('SoftBank Vision Fund invested.')).toEqual(['SoftBank Vision Fund=vision-fund']);
  });
});
