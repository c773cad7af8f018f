import { describe, expect, it } from 'vitest';
import type { CompanyRecord } from '../types';
import { createCompanyMatcher } from './create-company-matcher';
import { findCompanies } from './find-companies';
import { pageLanguage } from './page-language';

const records: CompanyRecord[] = [
  { id: 'arm', name: 'Arm', legalNames: ['Arm Holdings plc'], kind: 'company' },
  { id: 'mobil', name: 'Mobil', kind: 'company' },
  { id: 'nrw', name: 'NRW', legalNames: ['NRW Holdings Limited'], kind: 'company' },
  { id: 'avant', name: 'Avant', kind: 'company' },
  { id: 'henkel', name: 'Henkel', kind: 'company' },
];
const matcher = createCompanyMatcher(records);
const ids = (text: string) => findCompanies(text, matcher).map((m) => m.id);

const GERMAN =
  'Die Verbraucherzentrale NRW hat die Preise geprüft, und die Ergebnisse sind nicht gut. Der Test ist mit Sorgfalt gemacht, ' +
  'und die Händler sind nicht zufrieden. Die Kunden klemmen die Zeitung unter den Arm und gehen mit der Familie nach Hause. ' +
  'Der Konzern Henkel ist mit dem Ergebnis zufrieden, und die Aktie ist gestiegen. Die Preise sind nicht gleich. ';
const FRENCH =
  'Avant de revenir sur cet aspect, notons que les conseils et les comités des entreprises sont dans une situation difficile. ' +
  'Les administrateurs et les actionnaires des sociétés est une question qui revient dans les débats et dans une partie des travaux. ';
const ENGLISH =
  'NRW won a mining contract in Western Australia and the shares of the contractor rose. Arm is the designer of the chips, and ' +
  'the company is listed in New York with a market value of the kind investors like, and the results were strong. ';

describe('page language', () => {
  it('tells German, French and English prose apart', () => {
    expect(pageLanguage(GERMAN)).toBe('de');
    expect(pageLanguage(FRENCH)).toBe('fr');
    expect(pageLanguage(ENGLISH)).toBeUndefined();
  });

  it("drops a company's name that is the page language's word or place", () => {
    // "Verbraucherzentrale NRW", "unter den Arm": a German page's place and noun; Henkel, a German company, stays.
    expect(ids(GERMAN)).toEqual(['henkel']);
    // "Avant de revenir": French for "before".
    expect(ids(FRENCH)).toEqual([]);
  });

  it('keeps the same names on an English page', () => {
    expect(ids(ENGLISH)).toEqual(['nrw', 'arm']);
  });
});

describe("a German company's name that is a German noun", () => {
  const m = createCompanyMatcher([{ id: 'allianz', name: 'Allianz', kind: 'company' }, { id: 'henkel', name: 'Henkel', kind: 'company' }]);
  const ids = (text: string) => findCompanies(GERMAN + text, m).map((c) => c.id);
  it('is the noun after an indefinite article or an adjective', () => {
    expect(ids('Eine Allianz erfahrener Expertinnen berät. Die Tasche hat so kurze Henkel, dass sie nicht passt.')).toEqual(['henkel']);
  });
  it('is the company after a definite article or a preposition', () => {
    expect(ids('Die Allianz hat den Gewinn gesteigert, und bei Henkel ist er gefallen.')).toEqual(['henkel', 'allianz', 'henkel']);
  });
});
