import { describe, expect, it } from 'vitest';
import { annotate, createCompanyMatcher } from '../index';
import { companies } from '../../data/companies';

const matcher = createCompanyMatcher(companies);
const read = (text: string) =>
  annotate(text, { companies: matcher, context: { lang: 'en' } }).deals.map((d) => `${d.type} ${d.target.name} <- ${d.investors.map((i) => i.name).join('+')}`);

describe('a merger’s direction, only where the text states it', () => {
  it('makes the company that merges into the survivor the target (the statement in the next sentence)', () => {
    const text = 'Pinecrest Bancshares and Lakeshore Financial Corp. have signed a definitive merger agreement in a stock deal valued at about $180 million. Lakeshore will merge into Pinecrest, which will be the surviving company.';
    expect(read(text)).toEqual(['merger Lakeshore Financial Corp. <- Pinecrest Bancshares']);
  });

  it('reads "with X as the surviving bank"', () => {
    const text = 'Pinecrest Bancshares and Lakeshore Financial Corp. agreed to merge, with Lakeshore as the surviving bank.';
    expect(read(text)).toEqual(['merger Pinecrest Bancshares <- Lakeshore Financial Corp.']);
  });

  it('reads "continuing as the listed parent company" and "the surviving credit union" (session dealsen18)', () => {
    expect(read('Doha Marine Services will merge with Kuwaiti peer Gulf Offshore Support in a share swap, with Doha Marine continuing as the listed parent company.')).toEqual(['merger Gulf Offshore Support <- Doha Marine Services']);
    expect(read('Pinecrest Bancshares and Lakeshore Financial Corp. will merge. Lakeshore will be the surviving credit union.')).toEqual(['merger Pinecrest Bancshares <- Lakeshore Financial Corp.']);
  });

  it('turns a merger of two names the company data does not hold', () => {
    const text = 'Mutual insurers Harrow Mutual and Lincolnshire Farmers have agreed to combine. Harrow Mutual will be the surviving entity.';
    expect(read(text)).toEqual(['merger Lincolnshire Farmers <- Harrow Mutual']);
  });

  it('leaves a merger of equals, and one whose survivor is not among its parties, as written', () => {
    expect(read('Anglo American and Teck Resources have agreed to combine in an all-share merger of equals.')).toEqual(['merger Anglo American <- Teck Resources']);
    const text = 'Pinecrest Bancshares and Lakeshore Financial Corp. agreed to merge. The combined group will be called Harbor One.';
    expect(read(text)).toEqual(['merger Pinecrest Bancshares <- Lakeshore Financial Corp.']);
  });
});
