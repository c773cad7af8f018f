import { describe, expect, it } from 'vitest';
import { annotate, createCompanyMatcher } from '../index';
import { companies } from '../../data/companies';
import { advisedClient } from './en-adviser';

const matcher = createCompanyMatcher(companies);
const read = (text: string) => {
  const a = annotate(text, { companies: matcher, context: { lang: 'en', date: '2025-06-01' } });
  return a.deals.map((d) => `${d.type} ${d.target.name} <- ${d.investors.map((i) => i.name).join('+')}`);
};

describe('advisedClient', () => {
  it('finds the client after the adviser’s verb, and whether its deal is a purchase', () => {
    const text = 'Hartwell & Crane LLP advised Ostara Logistics on its $420 million acquisition of cold-chain warehouse operator Bluefin Cold Storage.';
    const found = advisedClient(text, 0, text.length, []);
    expect(found?.client.name).toBe('Ostara Logistics');
    expect(found?.buys).toBe(true);
    const sale = 'The firm advised Altamira on the sale of its portfolio company Brightwater Foods Group to Cordell Brands plc.';
    expect(advisedClient(sale, 0, sale.length, [])).toBeUndefined();
  });
});

describe('a law firm’s deal note', () => {
  it('reads the client as the buyer and the adviser as no party', () => {
    expect(read('Hartwell & Crane LLP advised Ostara Logistics on its $420 million acquisition of cold-chain warehouse operator Bluefin Cold Storage from Lakemont Capital.')).toEqual(['acquisition Bluefin Cold Storage <- Ostara Logistics']);
    expect(read('Kirkland & Ellis represented Kestrel Partners in its $1.2 billion purchase of Marlow Foods from Harbor Lake Capital.')).toEqual(['acquisition Marlow Foods <- Kestrel Partners']);
  });
  it('reads the client sold in its own sale', () => {
    expect(read('Morrow Pike LLP represented Tamsin Foods in its sale to Brightridge Brands, a portfolio company of Calder Equity Partners.')).toEqual(['acquisition Tamsin Foods <- Brightridge Brands']);
  });
  it('reads a client with an appositive on what it is (session dealsen18)', () => {
    expect(read('Barrow Quill advised Tidewater Aquaculture, a Tasmanian salmon farmer, on its A$260 million sale to Norwegian seafood group Havbruk Nord.')).toEqual(['acquisition Tidewater Aquaculture <- Havbruk Nord']);
  });
  it('leaves a sale the client made to the buyer after "to"', () => {
    expect(read('The firm advised Altamira on the sale of its portfolio company Brightwater Foods Group to Cordell Brands plc.')).toEqual(['acquisition Brightwater Foods Group <- Cordell Brands plc']);
  });
});
