import { describe, expect, it } from 'vitest';
import type { CompanyRecord } from '../types';
import { createCompanyMatcher } from './create-company-matcher';
import { findCompanies } from './find-companies';

const records: CompanyRecord[] = [
  { id: 'chubb', name: 'Chubb', legalNames: ['Chubb Ltd'], kind: 'company', match: 'after-full-name' },
  { id: 'target', name: 'Target', legalNames: ['Target Corp'], kind: 'company', match: 'after-full-name' },
  { id: 'ford', name: 'Ford', legalNames: ['Ford Motor Co'], kind: 'company', match: 'after-full-name' },
  { id: 'hang-seng-bank', name: 'Hang Seng Bank', legalNames: ['Hang Seng Bank Ltd'], kind: 'company' },
  { id: 'delta-corp', name: 'Delta', legalNames: ['Delta Corp Limited'], kind: 'company', match: 'after-full-name' },
  { id: 'delta-air-lines', name: 'Delta Air Lines', kind: 'company' },
];
const matcher = createCompanyMatcher(records);
const found = (text: string) => findCompanies(text, matcher).map((m) => m.text);

describe('a short name that needs the full name counts when the sentence makes it a company', () => {
  it('as the subject of a deal, of results or of a share move', () => {
    expect(found('Chubb agreed to buy an Asian insurer.')).toEqual(['Chubb']);
    expect(found('Target cut its outlook for the year.')).toEqual(['Target']);
    expect(found("Ford's shares fell 3%.")).toEqual(['Ford']);
  });

  it('takes the company on the page that opens with the short name, not the data’s other one', () => {
    expect(findCompanies('Delta Air Lines said bookings were strong; Delta raised its dividend.', matcher).map((m) => `${m.text}=${m.id}`)).toEqual(['Delta Air Lines=delta-air-lines', 'Delta=delta-air-lines']);
  });

  it('not after "said" or as a word or a person', () => {
    expect(found('Ford said he would retire.')).toEqual([]);
    expect(found('The target is growth; Harrison Ford starred.')).toEqual([]);
    expect(found('Chubb met investors.')).toEqual([]);
  });
});

describe('a name the data does not hold, as the subject of what only a company does', () => {
  const withIds = (text: string) => findCompanies(text, matcher).map((m) => `${m.text}=${m.id}`);
  it('reads it as a company', () => {
    expect(withIds('Harmony Gold agreed to buy a copper miner.')).toEqual(['Harmony Gold=unknown:harmony-gold']);
    expect(withIds('Kolberg Mining agreed on Tuesday to buy a copper miner. Bergesen d.y. ASA said on Tuesday its profit fell.')).toEqual(['Kolberg Mining=unknown:kolberg-mining']);
    expect(withIds('Sibanye-Stillwater reported a loss for the year, and Old Mutual shares rose.')).toEqual(['Sibanye-Stillwater=unknown:sibanye-stillwater', 'Old Mutual=unknown:old-mutual']);
    expect(withIds('On Monday, Vistara raised its forecast.')).toEqual(['Vistara=unknown:vistara']);
    // A share price in pence or cents, not a price per litre.
    expect(withIds('Among brewers Brakspear added 4p. Petrol rose 3p a litre.')).toEqual(['Brakspear=unknown:brakspear']);
    // A share price in any currency of a market report: yen, marks, francs, rand, dollars.
    expect(withIds('Kolberg added 1.10 marks, Okubo rose 20 yen and Transvaal Tin gained 2.50 rand. Hartwell jumped $4.25.')).toEqual(['Kolberg=unknown:kolberg', 'Okubo=unknown:okubo', 'Transvaal Tin=unknown:transvaal-tin', 'Hartwell=unknown:hartwell']);
  });

  it('takes the data company the page named in full', () => {
    expect(withIds('HSBC offered to buy Hang Seng Bank Ltd. Hang Seng shares rose 25%.')).toEqual(['Hang Seng Bank Ltd=hang-seng-bank', 'Hang Seng=hang-seng-bank']);
  });

  it('reads a subject that says its profit or whose shares and profit are its own', () => {
    expect(withIds('Kolberg said on Tuesday its first-half net profit rose. Hartwell\'s shares fell.')).toEqual(['Kolberg=unknown:kolberg', 'Hartwell=unknown:hartwell']);
    expect(withIds('Britain said on Tuesday its exports rose. Chelsea\'s chairman said so.')).toEqual([]);
  });

  it('reads a name whose price the report gives with the verb left out, after "and", a comma or "while"', () => {
    expect(withIds('Okubo rose 20 yen and Kaneda 40 yen, while Hartwell 5p lower.')).toEqual(['Okubo=unknown:okubo', 'Kaneda=unknown:kaneda', 'Hartwell=unknown:hartwell']);
    expect(withIds('It cost 5 francs and Paris 3 francs. Kaneda 40 yen.')).toEqual([]);
    expect(withIds('Barlow eased 25 cents and Rembrandt was steady, while the market was flat and London was steady.')).toEqual(['Barlow=unknown:barlow', 'Rembrandt=unknown:rembrandt']);
  });

  it('reads the employer named before its chief executive or managing director', () => {
    expect(withIds('Kolberg chief executive John Smith said so; Hartwell managing director Anne Lee agreed.')).toEqual(['Kolberg=unknown:kolberg', 'Hartwell=unknown:hartwell']);
    expect(withIds('Finance Ministry chief executive John Doe spoke. The company chief executive Tom Smith left.')).toEqual([]);
  });

  it('reads an employer of two words or more before its chairman, not a club; stocks that led the index; not the tail of a longer name', () => {
    expect(withIds('Virgin Atlantic chairman Richard Branson objected. Real Madrid chairman Lorenzo Sanz and Chelsea chairman Ken Bates did not.')).toEqual(['Virgin Atlantic=unknown:virgin-atlantic']);
    expect(withIds('Malayan Banking and Tenaga Nasional led the index, while Britain and France led the rally.')).toEqual(['Malayan Banking=unknown:malayan-banking', 'Tenaga Nasional=unknown:tenaga-nasional']);
    expect(withIds('Kolberg SA de CV said on Thursday its profit rose.')).toEqual(['Kolberg SA=unknown:kolberg']);
  });

  it('not a commodity, a currency or a price per unit', () => {
    expect(withIds('Gold rose $2.10 to $384. Sterling fell 2 pfennigs. Copper fell $20 a tonne, and Kolberg rose 2 marks a share.')).toEqual([]);
  });

  it('not a person, a government or a place', () => {
    expect(withIds('John Smith agreed to buy a house. The Government agreed to buy vaccines. Britain reported a trade deficit.')).toEqual([]);
  });
});
