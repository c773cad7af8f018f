import { describe, expect, it } from 'vitest';
import { annotate, createCompanyMatcher } from '../index';
import { companies } from '../../data/companies';

const matcher = createCompanyMatcher(companies);
const read = (text: string) => {
  const a = annotate(text, { companies: matcher, context: { lang: 'en' } });
  return a.deals.map((d) => {
    const m = d.money === undefined ? undefined : a.money[d.money];
    return `${d.type} ${d.target.name}${m ? ` ${text.slice(m.start, m.end)}` : ''} <- ${d.investors.map((i) => `${i.name}${i.role === 'lead' ? '/lead' : ''}`).join('+')}`;
  });
};

describe('frames: purchases (session dealsen15)', () => {
  it('reads who buys a holder’s stake: the list before the verb, not the holder', () => {
    expect(read('The Adani Group will acquire Holcim’s entire stake in Ambuja Cements for $10.5 billion.')).toEqual(['stake-sale Ambuja Cements $10.5 billion <- Adani Group']);
  });

  it('reads a stake in a unit named in apposition after a bare possessive ("Resources’")', () => {
    const text = 'Glencore will buy a 77% stake in Teck Resources’ steelmaking coal business, Elk Valley Resources, for $6.9 billion in cash.';
    expect(read(text)).toEqual(['stake-sale Elk Valley Resources $6.9 billion <- Glencore']);
  });

  it('reads the buyer past an aside on it (", backed by X,", ", the X portfolio company,")', () => {
    expect(read('Kestrel Holdings, backed by Brightwater Capital, agreed to buy Marlow Foods for $1.2 billion.')).toEqual(['acquisition Marlow Foods $1.2 billion <- Kestrel Holdings']);
    expect(read('Kestrel Holdings, the Brightwater Capital portfolio company, agreed to buy Marlow Foods for $1.2 billion.')).toEqual(['acquisition Marlow Foods $1.2 billion <- Kestrel Holdings']);
  });

  it('reads the members a buying consortium is "of"', () => {
    expect(read('Deliveroo was bought by a consortium of CVC Capital Partners and Nordic Capital for £2.9bn.')).toEqual(['acquisition Deliveroo £2.9bn <- CVC Capital Partners+Nordic Capital']);
  });

  it('reads "the takeover of X by Y" and a stake offloaded to a buyer', () => {
    expect(read('The takeover of Marlow Foods by a consortium led by Kestrel Holdings was completed on Friday for $3 billion.')).toEqual(['acquisition Marlow Foods $3 billion <- Kestrel Holdings']);
    expect(read('Kestrel Holdings has offloaded its 30% stake in Marlow Foods to Brightwater Capital for $200 million.')).toEqual(['stake-sale Marlow Foods $200 million <- Brightwater Capital']);
  });

  it('reads a price "that values the FTSE 100 packaging group at"', () => {
    expect(read('DS Smith has agreed to an all-share takeover by International Paper that values the FTSE 100 packaging group at £5.8bn.')).toEqual(['acquisition DS Smith £5.8bn <- International Paper']);
  });

  it('reads no deal in a purchase named only as background (no buyer, no price, nothing done)', () => {
    expect(read('Bayer agreed to pay up to $10.9 billion to settle lawsuits, resolving much of the litigation that came with its purchase of Monsanto.')).toEqual([]);
  });
});

describe('frames: mergers and listings (session dealsen15)', () => {
  it('reads a company that lists by merging with a blank-check company as the merger, not an offering', () => {
    const text = 'Intuitive Machines began trading on the Nasdaq on Tuesday after closing its merger with Inflection Point Acquisition Corp., a special purpose acquisition company.';
    expect(read(text)).toEqual(['merger Intuitive Machines <- Inflection Point Acquisition Corp.']);
  });

  it('reads a listing by a company the reader left out that "went public"', () => {
    expect(read('Marlow Foods went public on Thursday, raising $400 million.')).toEqual(['ipo Marlow Foods $400 million <- ']);
    expect(read('Officials went public with their concerns about $400 million.')).toEqual([]);
  });

  it('reads buyers of a listing’s shares in the next sentence as its participants, not buyers of anything else', () => {
    expect(read('Arm raised $4.87 billion in its IPO. Apple, Nvidia and Alphabet agreed to buy up to $735 million of shares in the offering.')).toEqual(['ipo Arm $4.87 billion <- Apple+Nvidia+Alphabet']);
    expect(read('Arm raised $4.87 billion in its IPO. Apple and Nvidia bought $735 million of chips from TSMC.')).toEqual(['ipo Arm $4.87 billion <- ']);
  });

  it('reads "The IPO of X raised …" as X’s listing, not a round', () => {
    expect(read('The IPO of Reddit raised $748 million.')).toEqual(['ipo Reddit $748 million <- ']);
  });

  it('calls a purchase a merger only where the merger word names this deal', () => {
    expect(read('Kestrel Holdings will acquire Marlow Foods in an all-stock merger valued at $1.2 billion.')).toEqual(['merger Marlow Foods $1.2 billion <- Kestrel Holdings']);
    expect(read('Kestrel Holdings agreed to buy Marlow Foods for $1.2 billion after a failed merger with Ardent Foods last year.')).toEqual(['acquisition Marlow Foods $1.2 billion <- Kestrel Holdings']);
    expect(read('Kestrel Holdings agreed to buy Marlow Foods for $1.2 billion, the latest merger in the snack industry.')).toEqual(['acquisition Marlow Foods $1.2 billion <- Kestrel Holdings']);
  });

  it('takes no value of the company a merger creates as its amount', () => {
    expect(read('Kestrel Holdings is merging with Marlow Foods in a deal that creates a $5 billion company.')).toEqual(['merger Kestrel Holdings <- Marlow Foods']);
  });

  it('reads no sale the same sentence says collapsed', () => {
    expect(read('Kestrel Holdings agreed to sell Marlow Foods to Brightwater Capital for $1 billion, but the deal collapsed in March.')).toEqual([]);
  });

  it('reads no one-sided merger whose other side, named first, the reader left out', () => {
    expect(read('Fiat Chrysler Automobiles and Peugeot maker PSA Group have signed a binding agreement for a 50-50 merger.')).toEqual([]);
  });
});

describe('frames: rounds (session dealsen15)', () => {
  it('reads no round in money raised "since it was founded"', () => {
    const text = 'Stackwell has bought Oakridge Labs for an undisclosed sum. Oakridge had raised $14 million from Amplify Partners and Unusual Ventures since it was founded in 2021.';
    expect(read(text)).toEqual(['acquisition Oakridge Labs <- Stackwell']);
  });

  it('gives no lender the backers of the equity round reported beside a debt facility', () => {
    const text = 'London payments start-up Settle Rail has secured $48 million in a Series B round, alongside a $100 million debt facility from HSBC. Balderton Capital led the equity round, and existing backers LocalGlobe and Seedcamp also put in money.';
    expect(read(text).find((d) => d.startsWith('debt'))).toBe('debt Settle Rail $100 million <- HSBC');
  });

  it('reads money raised "by selling bonds" as debt', () => {
    expect(read('Marlow Foods raised $500 million by selling bonds due 2030.')).toEqual(['debt Marlow Foods $500 million <- ']);
  });

  it('reads a lead from the table of lead words after its name ("headed the round", "was the lead investor", "as lead investor")', () => {
    expect(read('Parsec Labs raised $30 million. Index Ventures headed the round, with Seedcamp participating.')[0]).toMatch(/Index Ventures\/lead/);
    expect(read('Parsec Labs raised $30 million; Index Ventures was the lead investor.')[0]).toMatch(/Index Ventures\/lead/);
    expect(read('Parsec Labs raised $30 million in a Series B from Index Ventures as lead investor, plus Seedcamp.')[0]).toMatch(/Index Ventures\/lead/);
  });

  it('reads "with X leading the round" as the lead', () => {
    const text = 'Parsec Labs said on Tuesday it had raised $30 million, with Index Ventures leading the round and Seedcamp and Point Nine joining.';
    expect(read(text)[0]).toMatch(/Index Ventures\/lead/);
  });
});

describe('frames: buyers and backers the reader half-read (session dealsen15, batch B)', () => {
  it('reads a buyer after "to" that the company reader left out', () => {
    const text = 'Honeywell has agreed to sell its personal protective equipment business to Protective Industrial Products for $1.33 billion in cash.';
    expect(read(text)).toEqual(['acquisition personal protective equipment business $1.33 billion <- Protective Industrial Products']);
  });

  it('takes no company named as a modifier ("Sequoia-backed") as a backer: the company it modifies is', () => {
    const text = 'Singapore-based logistics platform Portcast has raised $28 million in a Series B round led by Vertex Growth. The round was joined by EDBI, Wavemaker Partners and Sequoia-backed Peak XV Partners.';
    const [deal] = read(text);
    expect(deal).toContain('Peak XV Partners');
    expect(deal).not.toContain('Sequoia');
  });

  it('reads "has been sold to", and no sale to no one named', () => {
    expect(read('Marlow Foods has been sold to Kestrel Holdings for $1.2 billion.')).toEqual(['acquisition Marlow Foods $1.2 billion <- Kestrel Holdings']);
    expect(read('Shares of Marlow Foods were sold to investors at $20 each.')).toEqual([]);
  });

  it('reads no merger agreement that was later undone', () => {
    expect(read('Kestrel Holdings and Marlow Foods signed a merger agreement in 2019 that regulators later blocked.')).toEqual([]);
  });
});

describe('valuations read with their deal (session dealsen15)', () => {
  const valued = (text: string) => {
    const a = annotate(text, { companies: matcher, context: { lang: 'en' } });
    return a.deals.map((d) => (d.valuation ? `${d.type} ${d.target.name} valued ${text.slice(a.money[d.valuation.money]!.start, a.money[d.valuation.money]!.end)}` : `${d.type} ${d.target.name}`));
  };

  it('reads a valuation "when it raised" the round dated in that clause as the round’s', () => {
    expect(valued('Wiz was valued at $12bn when it raised $1bn last May in a round led by Thrive Capital.')).toEqual(['funding Wiz valued $12bn']);
    // (A worth in the past with no round of its own stays unread.)
    expect(valued('Wiz raised $1bn in a round led by Thrive Capital. It was valued at $10bn last year.')).toEqual(['funding Wiz']);
  });

  it('reads a valuation two sentences on that names the round’s company', () => {
    const text = 'Swedish fintech Northpay has raised €45 million in a round led by EQT Ventures. Existing backers Creandum and Northzone also participated. Northpay, which was valued at €400 million in the round, plans to expand into Germany.';
    expect(valued(text)).toEqual(['funding Northpay valued €400 million']);
  });

  it('reads what a blank-check merger values the company at as its valuation', () => {
    const text = 'Grab Holdings will go public through a merger with Altimeter Growth Corp., a deal that values the company at about $39.6 billion.';
    expect(valued(text)).toEqual(['merger Grab Holdings valued $39.6 billion']);
  });
});

describe('frames: two acts of one subject (session dealsen15)', () => {
  it('reads "X raised … in a round led by A and bought T": X buys T, and T backs nothing', () => {
    const text = 'Parsec Labs raised $30 million in a round led by Index Ventures and bought Tracebit for $12 million.';
    expect(read(text)).toEqual(['funding Parsec Labs $30 million <- Index Ventures/lead', 'acquisition Tracebit $12 million <- Parsec Labs']);
  });

  it('reads no purchase in what a raise will pay for ("will use the money to buy …")', () => {
    const text = 'Parsec Labs raised $30 million in a Series B led by Index Ventures. The company will use the money to buy Tracebit for $12 million.';
    expect(read(text)).toEqual(['funding Parsec Labs $30 million <- Index Ventures/lead']);
  });
});

describe('frames: stakes and units sold (session dealsen15)', () => {
  it('reads a sold company the reader left out, before an aside and its buyer', () => {
    expect(read('Kestrel Holdings will sell Marlow Foods, its snacks unit, to Brightwater Capital for $600 million.')).toEqual(['acquisition Marlow Foods $600 million <- Brightwater Capital']);
    expect(read('Kestrel Holdings sold 30% of Marlow Foods to Brightwater Capital for $600 million.')).toEqual(['stake-sale Marlow Foods $600 million <- Brightwater Capital']);
  });

  it('reads "a stake in its X unit" and "a stake in X held by Y" (the holder sells)', () => {
    expect(read('Kestrel Holdings has sold a majority stake in its Marlow Foods unit to Brightwater Capital.')).toEqual(['stake-sale Marlow Foods <- Brightwater Capital']);
    expect(read('Brightwater Capital will pay $600 million for a 49% stake in Marlow Foods held by Kestrel Holdings.')).toEqual(['stake-sale Marlow Foods $600 million <- Brightwater Capital']);
  });
});

describe('frames: a scheme of arrangement, Australian style (session dealsen15)', () => {
  it('reads "under which X will acquire all Y shares for A$1.10 each, valuing the miner at …": the value is the price, not the price each', () => {
    const text = 'Marlow Mining has entered into a scheme implementation deed with Kestrel Resources, under which Kestrel will acquire all Marlow shares for A$1.10 each, valuing the miner at A$480 million.';
    expect(read(text)).toEqual(['acquisition Marlow Mining A$480 million <- Kestrel Resources']);
  });
});
