// The cues that make a listing or a raise read in an English sentence no deal of the story (en-not-listing.ts),
// each with the sentence it was written for, and the listings they leave alone.
import { describe, expect, it } from 'vitest';
import { annotate, createCompanyMatcher } from '../index';
import { companies } from '../../data/companies';

const matcher = createCompanyMatcher(companies);
const read = (text: string) => {
  const a = annotate(text, { companies: matcher, context: { lang: 'en', date: '2025-06-01' } });
  return a.deals.map((d) => `${d.type} ${d.target.name}${d.money === undefined ? '' : ` ${a.money[d.money]!.text}`}`);
};

describe('a listing that is no deal of the story', () => {
  it('reads none in a listing recalled to measure from', () => {
    expect(read('Kestrel Pay’s shares have doubled since it went public in March.')).toEqual([]);
    expect(read('Shares of Kestrel Pay rose 12% on Tuesday, a month after its $500 million IPO.')).toEqual([]);
  });
  it('reads none in a listing recalled with its size in rupees (session dealsen18)', () => {
    expect(read('Shares of Pune-based Sahyadri Small Finance Bank have doubled since its ₹1,020 crore IPO in December.')).toEqual([]);
  });
  it('reads none for a bank that worked on a listing', () => {
    expect(read('Goldman Sachs, which led Kestrel Pay’s IPO, reported higher underwriting fees.')).toEqual([]);
  });
  it('reads none in a listing told with a modal', () => {
    expect(read('Kestrel Pay’s IPO could value it at $5 billion.')).toEqual([]);
  });
  it('reads none in an offer opened, a listing aimed at or moved', () => {
    expect(read('Kestrel Pay launched its IPO on Monday, aiming to raise $500 million at $20 to $22 a share.')).toEqual([]);
    expect(read('Kestrel Pay is targeting a valuation of up to $5 billion in its US IPO.')).toEqual([]);
    expect(read('Kestrel Pay will transfer its listing to the New York Stock Exchange from Nasdaq.')).toEqual([]);
  });
  it('reads none in an offer still open, expected to price, or a share sale after the listing', () => {
    expect(read('Kestrel Pay’s $500 million IPO was subscribed 40 times on the final day of bidding.')).toEqual([]);
    expect(read('Kestrel Pay’s $500 million IPO is expected to price on Thursday.')).toEqual([]);
    expect(read('Kestrel Pay sold 10 million new shares at $25 each, raising $250 million, eight months after its Nasdaq listing.')).toEqual([]);
  });
  it('reads none in banks picked for a listing', () => {
    expect(read('Corvane Systems has picked Morgan Stanley and JPMorgan to lead its IPO.')).toEqual([]);
  });
  it('reads none in bonds that list or trade', () => {
    expect(read('Solar developer Helion Renewables said its $500 million of green bonds, sold in March, began trading on the Luxembourg Stock Exchange’s green bond segment on Thursday.')).toEqual([]);
  });
  it('reads none in a follow-on offering or a secondary one', () => {
    expect(read('Restaurant chain Saltbrook Grill sold 8 million shares in a follow-on offering priced at $41.50 each, raising about $332 million, two years after its initial public offering.')).toEqual([]);
    expect(read('Kestrel Pay raised $500 million in a secondary offering, a year after its IPO.')).toEqual([]);
  });
  it('reads no round in an offer’s anchor book', () => {
    expect(read('Kestrel Pay has raised ₹375 crore from anchor investors ahead of its IPO.')).toEqual([]);
  });
  it('reads none in the record a listing is measured against, and gives the listing none of its money', () => {
    expect(read('Kestrel Pay’s listing is the biggest since Arm raised $4.87 billion in its IPO in 2023.')).toEqual(['ipo Kestrel Pay']);
    expect(read('Kestrel Pay’s debut comes a week after Nestwell Health raised $276 million in its IPO.')).toEqual(['ipo Kestrel Pay']);
  });
});

describe('listings the cues leave alone', () => {
  it('reads a listing whose company raised in the same sentence', () => {
    expect(read('Figma shares more than tripled in their New York Stock Exchange debut on Thursday, after the design software company raised about $1.2 billion in an initial public offering priced at $33 a share.')).toEqual(['ipo Figma $1.2 billion']);
    expect(read('Lodestar Horizon Acquisition Corp., a SPAC sponsored by two former energy traders, raised $230 million in an upsized IPO on the Nasdaq.')).toEqual(['ipo Lodestar Horizon Acquisition Corp. $230 million']);
  });
  it('reads a debut whose shares opened at a price', () => {
    expect(read('Airbnb opened at $146 a share in its Nasdaq debut on Thursday, more than double the $68 IPO price, after the home-rental company raised $3.5 billion in one of the year’s biggest listings.')).toEqual(['ipo Airbnb $3.5 billion']);
  });
  it('reads a listing after its book closed, and a listing named by its company’s possessive or "the IPO of"', () => {
    expect(read('Sahyog Forgings listed at a 22% premium on the NSE Emerge platform on Monday, after its ₹96 crore IPO was subscribed 140 times.')).toEqual(['ipo Sahyog Forgings ₹96 crore']);
    expect(read('Nestwell Health’s $276 million IPO priced at the top of its range on Wednesday.')).toEqual(['ipo Nestwell Health $276 million']);
    expect(read('Nestwell Health’s Hong Kong listing raised HK$2.3 billion.')).toEqual(['ipo Nestwell Health HK$2.3 billion']);
    expect(read('The IPO of Nestwell Health raised $276 million.')).toEqual(['ipo Nestwell Health $276 million']);
  });
  it('reads a pre-IPO round', () => {
    expect(read('Kestrel Pay raised $200 million in a pre-IPO round led by Temasek.')).toEqual(['funding Kestrel Pay $200 million']);
  });
});
