import type { GoldParagraph } from './gold';

// English paragraphs written for issue 17 (session dealsen15) before any rule was written for them,
// in two batches: batch A (en4-a-…) was scored, then rules were written against its errors; batch B
// (en4-b-…) was written after those rules and scored before anything changed for it. The set leans
// on acquisitions, mergers and IPOs (the held-out recall of acquisitions was lowest) in their common
// shapes — agreed to buy, in a deal valued at, cash and stock, takeover of, tender offer, scheme of
// arrangement, all-share merger, merger of equals, carve-outs and stake sales with a seller — and on
// hard negatives: bids rejected or unsolicited, talks, deals called off, revenue, market value,
// share moves, a fund raising a fund, buybacks, dividends, lawsuits. Styles: wires, business dailies,
// tech press, mining / energy / pharma / banking trade press, UK, Indian, Australian and Canadian
// business press, VC newsletters, press releases, local business journals, earnings-day stories.
// Written by the DealLens team in our own words after real reporting (no sentence copied); deals
// marked "public record" are as reported at the time, the rest are fictional-but-plausible. A deal dated
// by a year alone ("last year", "in 2023") carries no gold date: a deal's date is a month or a day
// (deal-dates.ts keeps a year-only expression from dating the deal).
export const PARAGRAPHS: readonly GoldParagraph[] = [
  // ---- batch A: acquisitions ----
  {
    id: 'en4-a-001', lang: 'en', style: 'uk-business-press', date: '2024-10-25',
    text: 'Hargreaves Lansdown shareholders have voted in favour of the £5.4bn takeover of the Bristol-based investment platform by a consortium of CVC Capital Partners, Nordic Capital and Platinum Ivy, a subsidiary of the Abu Dhabi Investment Authority. The scheme of arrangement still needs approval from the Financial Conduct Authority.',
    deals: [{
      type: 'acquisition', target: ['Hargreaves Lansdown'], amount: { currency: 'GBP', amount: 5_400_000_000 },
      parties: [{ name: 'CVC Capital Partners', role: 'acquirer' }, { name: 'Nordic Capital', role: 'acquirer' }, { name: 'Platinum Ivy', role: 'acquirer' }],
    }],
    note: 'public record; "takeover of X by a consortium of A, B and C"; the shareholder vote is the news, the deal was agreed earlier',
  },
  {
    id: 'en4-a-002', lang: 'en', style: 'energy-trade-press', date: '2025-01-10',
    text: 'Constellation Energy has agreed to buy Calpine from a group of investors led by Energy Capital Partners for $16.4 billion in cash and stock, creating the largest power producer in the U.S. Including the $12.7 billion of Calpine debt it will take on, the deal is worth about $26.6 billion.',
    deals: [{
      type: 'acquisition', target: ['Calpine'], amount: { currency: 'USD', amount: 16_400_000_000 },
      parties: [{ name: 'Constellation Energy', role: 'acquirer' }, { name: 'Energy Capital Partners', role: 'seller' }],
    }],
    note: 'public record; "buy X from Y for $A in cash and stock"; the debt-inclusive figure is not the price named first',
  },
  {
    id: 'en4-a-003', lang: 'en', style: 'pharma-trade-press', date: '2024-04-10',
    text: 'Vertex Pharmaceuticals will acquire Alpine Immune Sciences for $65 per share in cash, or about $4.9 billion, adding a late-stage kidney disease drug to its pipeline. Alpine’s board has unanimously backed the offer, and Vertex expects to start a tender offer within days.',
    deals: [{
      type: 'acquisition', target: ['Alpine Immune Sciences', 'Alpine'], amount: { currency: 'USD', amount: 4_900_000_000 },
      parties: [{ name: 'Vertex Pharmaceuticals', role: 'acquirer' }],
    }],
    note: 'public record; the per-share price is not the amount',
  },
  {
    id: 'en4-a-004', lang: 'en', style: 'pharma-trade-press', date: '2024-03-22',
    text: 'Gilead Sciences said on Friday it had completed its tender offer for CymaBay Therapeutics and now owns the liver disease drugmaker outright. Gilead paid $32.50 a share in the $4.3 billion deal, which it announced in February.',
    deals: [{
      type: 'acquisition', target: ['CymaBay Therapeutics', 'CymaBay'], amount: { currency: 'USD', amount: 4_300_000_000 },
      parties: [{ name: 'Gilead Sciences', role: 'acquirer' }],
    }],
    note: 'public record; a completed tender offer; "announced in February" dates the announcement, not the completion',
  },
  {
    id: 'en4-a-005', lang: 'en', style: 'mining-trade-press', date: '2023-11-06',
    text: 'Newmont Corp has completed its acquisition of Australia’s Newcrest Mining after the Federal Court of Australia approved the scheme of arrangement, creating the world’s largest gold producer. Newcrest shares will be delisted from the ASX, and former Newcrest holders now own about 31% of the enlarged Newmont.',
    deals: [{ type: 'acquisition', target: ['Newcrest Mining', 'Newcrest'], parties: [{ name: 'Newmont Corp', role: 'acquirer' }] }],
    note: 'public record; no amount in the paragraph; "Australia’s" is not part of the name',
  },
  {
    id: 'en4-a-006', lang: 'en', style: 'mining-trade-press', date: '2023-11-14',
    text: 'Glencore will buy a 77% stake in Teck Resources’ steelmaking coal business, Elk Valley Resources, for $6.9 billion in cash, the companies said. Japan’s Nippon Steel and South Korea’s POSCO, which already hold smaller stakes in the unit, will keep them.',
    deals: [{
      type: 'stake-sale', target: ['Elk Valley Resources'], amount: { currency: 'USD', amount: 6_900_000_000 },
      parties: [{ name: 'Glencore', role: 'acquirer' }, { name: 'Teck Resources', role: 'seller' }],
    }],
    note: 'public record; a carve-out stake bought from the parent; the minority holders are no party',
  },
  {
    id: 'en4-a-007', lang: 'en', style: 'uk-business-press', date: '2024-04-16',
    text: 'DS Smith has agreed to an all-share takeover by International Paper that values the FTSE 100 packaging group at £5.8bn, ending a brief battle with rival suitor Mondi. DS Smith investors will own about a third of the combined company.',
    deals: [{
      type: 'acquisition', target: ['DS Smith'], amount: { currency: 'GBP', amount: 5_800_000_000 },
      parties: [{ name: 'International Paper', role: 'acquirer' }],
    }],
    note: 'public record; "agreed to an all-share takeover by X that values it at £Y": the value is the price; the rival suitor is no party',
  },
  {
    id: 'en4-a-008', lang: 'en', style: 'india-business-press', date: '2022-05-16',
    text: 'NEW DELHI: The Adani Group will acquire Holcim’s entire stake in Ambuja Cements and ACC for $10.5 billion, the largest acquisition yet by the ports-to-power conglomerate and its biggest bet on infrastructure materials. Swiss building materials firm Holcim has been exiting markets outside its core regions.',
    deals: [{
      type: 'stake-sale', target: ['Ambuja Cements'], amount: { currency: 'USD', amount: 10_500_000_000 },
      parties: [{ name: 'Adani Group', role: 'acquirer' }, { name: 'Holcim', role: 'seller' }],
    }],
    note: 'public record; one purchase of stakes in two listed companies for one price: one deal, the first named as target (ACC is a second name of the same purchase)',
  },
  {
    id: 'en4-a-009', lang: 'en', style: 'banking-trade-press', date: '2024-05-20',
    text: 'SouthState Corp. agreed to acquire Independent Bank Group in an all-stock transaction valued at about $2 billion, extending the Florida lender’s footprint into Texas and Colorado. Independent shareholders will receive 0.60 of a SouthState share for each share they own.',
    deals: [{
      type: 'acquisition', target: ['Independent Bank Group'], amount: { currency: 'USD', amount: 2_000_000_000 },
      parties: [{ name: 'SouthState Corp.', role: 'acquirer' }],
    }],
    note: 'public record; "in an all-stock transaction valued at"',
  },
  {
    id: 'en4-a-010', lang: 'en', style: 'wire', date: '2025-03-13',
    text: 'March 13 (Reuters) - Crown Castle will sell its small cells business to private equity firm EQT for $4.25 billion and its fiber business to Zayo Group for another $4.25 billion, the U.S. tower operator said on Thursday, as it refocuses on its core tower portfolio.',
    deals: [
      { type: 'acquisition', target: ['small cells business'], amount: { currency: 'USD', amount: 4_250_000_000 }, parties: [{ name: 'EQT', role: 'acquirer' }, { name: 'Crown Castle', role: 'seller' }] },
      { type: 'acquisition', target: ['fiber business'], amount: { currency: 'USD', amount: 4_250_000_000 }, parties: [{ name: 'Zayo Group', role: 'acquirer' }, { name: 'Crown Castle', role: 'seller' }] },
    ],
    note: 'public record; two carve-outs from one seller to two buyers in one sentence',
  },
  {
    id: 'en4-a-011', lang: 'en', style: 'tech-press', date: '2025-02-18',
    text: 'Cloud data company Stackwell has bought Oakridge Labs, a 40-person startup that builds tools for monitoring AI models, for an undisclosed sum. Oakridge had raised $14 million from Amplify Partners and Unusual Ventures since it was founded in 2021.',
    deals: [{ type: 'acquisition', target: ['Oakridge Labs', 'Oakridge'], parties: [{ name: 'Stackwell', role: 'acquirer' }] }],
    note: 'fictional; the target’s past funding is a total, not a dated round (no second deal)',
  },
  {
    id: 'en4-a-012', lang: 'en', style: 'local-business-journal', date: '2024-08-07',
    text: 'Louisville-based Barrow Mechanical, an HVAC contractor with about 220 employees, has been acquired by Kestrel Service Partners, a Dallas company backed by private equity firm Gridline Capital. Terms of the deal were not disclosed. Barrow’s founder, Dale Whitt, will stay on as president.',
    deals: [{ type: 'acquisition', target: ['Barrow Mechanical', 'Barrow'], parties: [{ name: 'Kestrel Service Partners', role: 'acquirer' }] }],
    note: 'fictional; passive "has been acquired by"; the buyer’s own backer is not a party',
  },
  {
    id: 'en4-a-013', lang: 'en', style: 'earnings-day-story', date: '2024-10-29',
    text: 'Shares of Harlan Foods rose 7% on Tuesday after the snack maker’s third-quarter sales beat estimates and it said it had agreed to buy Crisp & Co, a maker of vegetable chips, for $740 million. Quarterly revenue rose 4% to $1.9 billion.',
    deals: [{
      type: 'acquisition', target: ['Crisp & Co'], amount: { currency: 'USD', amount: 740_000_000 },
      parties: [{ name: 'Harlan Foods', role: 'acquirer' }],
    }],
    note: 'fictional; a deal inside an earnings story; revenue is no amount',
  },
  {
    id: 'en4-a-014', lang: 'en', style: 'canada-business-press', date: '2024-11-05',
    text: 'Calgary-based Prairie Sky Energy has agreed to acquire rival Montney producer Ridgeback Resources in a cash-and-share deal valued at C$1.3 billion, including debt. Ridgeback shareholders will receive C$4.10 in cash and 0.35 of a Prairie Sky share for each share held.',
    deals: [{
      type: 'acquisition', target: ['Ridgeback Resources'], amount: { currency: 'CAD', amount: 1_300_000_000 },
      parties: [{ name: 'Prairie Sky Energy', role: 'acquirer' }],
    }],
    note: 'fictional; C$ and a per-share cash component',
  },
  // ---- batch A: mergers ----
  {
    id: 'en4-a-015', lang: 'en', style: 'mining-trade-press', date: '2025-09-09',
    text: 'Anglo American and Teck Resources have agreed to combine in an all-share merger of equals that will create a copper-focused miner, to be called Anglo Teck, with a market value of more than $50 billion. Anglo shareholders will own about 62.4% of the combined group.',
    deals: [{ type: 'merger', target: ['Anglo American', 'Anglo'], parties: [{ name: 'Teck Resources', role: 'participant' }] }],
    note: 'public record; a merger of equals: directionless; the market value is no deal amount',
  },
  {
    id: 'en4-a-016', lang: 'en', style: 'banking-trade-press', date: '2024-07-24',
    text: 'Pinecrest Bancshares and Lakeshore Financial Corp. have signed a definitive merger agreement in a stock deal valued at about $180 million. Lakeshore will merge into Pinecrest, which will be the surviving company, and Lakeshore Bank branches will take the Pinecrest Bank name next spring.',
    deals: [{
      type: 'merger', target: ['Lakeshore Financial Corp.', 'Lakeshore'], amount: { currency: 'USD', amount: 180_000_000 },
      parties: [{ name: 'Pinecrest Bancshares', role: 'acquirer' }],
    }],
    note: 'fictional; the text states the survivor in a later sentence ("Lakeshore will merge into Pinecrest")',
  },
  {
    id: 'en4-a-017', lang: 'en', style: 'local-business-journal', date: '2025-01-14',
    text: 'Two of central Ohio’s largest credit unions, Buckeye Community Credit Union and Tri-County Federal Credit Union, plan to merge, creating a lender with about $2.1 billion in assets and 140,000 members. The combination still needs member and regulatory approval; no name for the combined credit union has been chosen.',
    deals: [{ type: 'merger', target: ['Buckeye Community Credit Union'], parties: [{ name: 'Tri-County Federal Credit Union', role: 'participant' }] }],
    note: 'fictional; a planned merger both boards agreed on; directionless; assets are no amount',
  },
  {
    id: 'en4-a-018', lang: 'en', style: 'space-trade-press', date: '2023-02-14',
    text: 'Houston lunar lander developer Intuitive Machines began trading on the Nasdaq on Tuesday after closing its merger with Inflection Point Acquisition Corp., a special purpose acquisition company. The deal brought the company about $55 million in gross proceeds.',
    deals: [{
      type: 'merger', target: ['Intuitive Machines'], amount: { currency: 'USD', amount: 55_000_000 },
      parties: [{ name: 'Inflection Point Acquisition Corp.', role: 'participant' }],
    }],
    note: 'public record (proceeds approximate); SPAC merger, directionless (the operating company first)',
  },
  // ---- batch A: IPOs ----
  {
    id: 'en4-a-019', lang: 'en', style: 'australia-business-press', date: '2024-06-20',
    text: 'Shares in burrito chain Guzman y Gomez jumped more than 35 per cent on their ASX debut on Thursday, after the company raised A$335 million in an initial public offering priced at A$22 a share. The float was the largest on the Australian bourse this year.',
    deals: [{ type: 'ipo', target: ['Guzman y Gomez'], amount: { currency: 'AUD', amount: 335_000_000 }, parties: [] }],
    note: 'public record; "float", "debut"',
  },
  {
    id: 'en4-a-020', lang: 'en', style: 'india-business-press-mint', date: '2024-09-16',
    text: 'Bajaj Housing Finance shares more than doubled on listing day, closing 136% above the issue price of ₹70. The ₹6,560 crore IPO, which drew bids worth more than ₹3 lakh crore, was made up of a fresh issue of ₹3,560 crore and an offer for sale of ₹3,000 crore by parent Bajaj Finance.',
    deals: [{
      type: 'ipo', target: ['Bajaj Housing Finance'], amount: { currency: 'INR', amount: 65_600_000_000 },
      parties: [{ name: 'Bajaj Finance', role: 'seller' }],
    }],
    note: 'public record (closing gain approximate); the bids and the two parts are not the issue size',
  },
  {
    id: 'en4-a-021', lang: 'en', style: 'wire', date: '2025-06-11',
    text: 'NEW YORK, June 11 - Lumen Diagnostics priced its upsized initial public offering at $19 per share, the top of its marketed range, raising $342 million. The Boston-based maker of blood-based cancer tests sold 18 million shares, up from 15 million planned, and will begin trading on the Nasdaq on Thursday under the symbol LUMN.',
    deals: [{ type: 'ipo', target: ['Lumen Diagnostics'], amount: { currency: 'USD', amount: 342_000_000 }, parties: [] }],
    note: 'fictional; upsized pricing',
  },
  {
    id: 'en4-a-022', lang: 'en', style: 'spac-newsletter', date: '2025-05-02',
    text: 'Harborview Acquisition Corp., a blank-check company sponsored by former Ardent Health executives, raised $200 million in its Nasdaq IPO after selling 20 million units at $10 each. Each unit includes one share and one-half of a warrant, and the SPAC plans to target healthcare services businesses.',
    deals: [{ type: 'ipo', target: ['Harborview Acquisition Corp.', 'Harborview Acquisition'], amount: { currency: 'USD', amount: 200_000_000 }, parties: [] }],
    note: 'fictional; a SPAC’s own IPO',
  },
  {
    id: 'en4-a-023', lang: 'en', style: 'tech-press', date: '2019-06-20',
    text: 'Slack Technologies opened at $38.50 a share in its direct listing on the New York Stock Exchange on Thursday, well above the $26 reference price set by the exchange. Because no new shares were sold, the workplace messaging company raised no money.',
    deals: [{ type: 'ipo', target: ['Slack Technologies', 'Slack'], parties: [] }],
    note: 'public record; a direct listing, no amount',
  },
  // ---- batch A: funding with investors after the deal sentence ----
  {
    id: 'en4-a-024', lang: 'en', style: 'vc-newsletter', date: '2025-04-08',
    text: 'Brightloop, a Berlin startup that automates customs paperwork for freight forwarders, has raised €22 million in a Series A round led by Cherry Ventures. It was joined by Project A, Speedinvest and angel investor Lena Hoffmann, the company told us.',
    deals: [{
      type: 'funding', target: ['Brightloop'], amount: { currency: 'EUR', amount: 22_000_000 }, round: 'Series A',
      parties: [{ name: 'Cherry Ventures', role: 'lead' }, { name: 'Project A', role: 'participant' }, { name: 'Speedinvest', role: 'participant' }, { name: 'Lena Hoffmann', role: 'participant' }],
    }],
    note: 'fictional; "It was joined by" in the next sentence',
  },
  {
    id: 'en4-a-025', lang: 'en', style: 'press-release', date: '2025-02-04',
    text: 'SAN DIEGO, Feb. 4, 2025 -- Corvant Bio, a company developing oral therapies for obesity, today announced the close of an $85 million Series B financing. The round was co-led by Versant Ventures and RA Capital Management, with participation from new investors Janus Henderson Investors and Logos Capital. Existing investors 5AM Ventures and Samsara BioCapital also took part.',
    deals: [{
      type: 'funding', target: ['Corvant Bio'], amount: { currency: 'USD', amount: 85_000_000 }, round: 'Series B',
      parties: [
        { name: 'Versant Ventures', role: 'lead' }, { name: 'RA Capital Management', role: 'lead' },
        { name: 'Janus Henderson Investors', role: 'participant' }, { name: 'Logos Capital', role: 'participant' },
        { name: '5AM Ventures', role: 'participant' }, { name: 'Samsara BioCapital', role: 'participant' },
      ],
    }],
    note: 'fictional company, real investors; co-leads, "with participation from new investors", "Existing investors X and Y also took part"',
  },
  {
    id: 'en4-a-026', lang: 'en', style: 'local-business-journal', date: '2024-12-03',
    text: 'Columbus software startup Tillable Health has raised $6.5 million in seed funding, according to a filing with the Securities and Exchange Commission. The company, which sells scheduling tools to home-care agencies, did not name its investors.',
    deals: [{ type: 'funding', target: ['Tillable Health'], amount: { currency: 'USD', amount: 6_500_000 }, round: 'seed', parties: [] }],
    note: 'fictional; an SEC filing, no investors',
  },
  {
    id: 'en4-a-027', lang: 'en', style: 'fintech-trade-press', date: '2025-03-19',
    text: 'London payments start-up Settle Rail has secured $48 million in a Series B round, alongside a $100 million debt facility from HSBC Innovation Banking. Balderton Capital led the equity round, and existing backers LocalGlobe and Seedcamp also put in money.',
    deals: [
      {
        type: 'funding', target: ['Settle Rail'], amount: { currency: 'USD', amount: 48_000_000 }, round: 'Series B',
        parties: [{ name: 'Balderton Capital', role: 'lead' }, { name: 'LocalGlobe', role: 'participant' }, { name: 'Seedcamp', role: 'participant' }],
      },
      { type: 'debt', target: ['Settle Rail'], amount: { currency: 'USD', amount: 100_000_000 }, parties: [{ name: 'HSBC Innovation Banking', role: 'lead' }] },
    ],
    note: 'fictional; an equity round and a debt facility; the lead in the next sentence',
  },
  {
    id: 'en4-a-028', lang: 'en', style: 'vc-newsletter', date: '2025-03-21',
    text: 'Deals roundup: Helsinki-based Valo Robotics, which builds warehouse picking arms, raised €12 million earlier this month in a round led by Lifeline Ventures, with Maki.vc and Voima Ventures joining. In February, Oslo climate-software firm Fjordline Carbon closed a $9 million seed round from Antler and Nordic Makers.',
    deals: [
      {
        type: 'funding', target: ['Valo Robotics'], amount: { currency: 'EUR', amount: 12_000_000 }, date: '2025-03',
        parties: [{ name: 'Lifeline Ventures', role: 'lead' }, { name: 'Maki.vc', role: 'participant' }, { name: 'Voima Ventures', role: 'participant' }],
      },
      {
        type: 'funding', target: ['Fjordline Carbon'], amount: { currency: 'USD', amount: 9_000_000 }, round: 'seed', date: '2025-02',
        parties: [{ name: 'Antler', role: 'participant' }, { name: 'Nordic Makers', role: 'participant' }],
      },
    ],
    note: 'fictional; two rounds, "earlier this month" and "In February"; "from A and B" names participants',
  },
  {
    id: 'en4-a-029', lang: 'en', style: 'tech-press', date: '2024-06-04',
    text: 'Databricks said on Tuesday it had agreed to buy Tabular, the data management startup founded by the creators of Apache Iceberg, for more than $1 billion. Databricks raised $500 million last September in a Series I round that valued it at $43 billion, with Nvidia among the investors.',
    deals: [
      { type: 'acquisition', target: ['Tabular'], amount: { currency: 'USD', amount: 1_000_000_000 }, parties: [{ name: 'Databricks', role: 'acquirer' }] },
      {
        type: 'funding', target: ['Databricks'], amount: { currency: 'USD', amount: 500_000_000 }, round: 'Series I', date: '2023-09',
        valuation: { currency: 'USD', amount: 43_000_000_000 }, parties: [{ name: 'Nvidia', role: 'participant' }],
      },
    ],
    note: 'public record; an acquisition and an earlier round "last September"',
  },
  {
    id: 'en4-a-030', lang: 'en', style: 'africa-tech-press', date: '2024-09-12',
    text: 'Lagos-based logistics startup Haulr has raised $11 million in a pre-Series A round. The round was led by Partech Africa, with participation from Ventures Platform, Norrsken22 and existing investor Future Africa. The company plans to expand into Ghana and Kenya next year.',
    deals: [{
      type: 'funding', target: ['Haulr'], amount: { currency: 'USD', amount: 11_000_000 }, round: 'pre-Series A',
      parties: [{ name: 'Partech Africa', role: 'lead' }, { name: 'Ventures Platform', role: 'participant' }, { name: 'Norrsken22', role: 'participant' }, { name: 'Future Africa', role: 'participant' }],
    }],
    note: 'fictional company, real investors; lead and participants in the second sentence',
  },
  {
    id: 'en4-a-031', lang: 'en', style: 'tech-press', date: '2023-10-12',
    text: 'Atlassian said on Thursday it would acquire video messaging startup Loom for about $975 million in cash and stock. Loom was valued at $1.53 billion in a 2021 funding round, making the price a steep discount to its peak private valuation.',
    deals: [{ type: 'acquisition', target: ['Loom'], amount: { currency: 'USD', amount: 975_000_000 }, parties: [{ name: 'Atlassian', role: 'acquirer' }] }],
    note: 'public record; the 2021 valuation belongs to no deal of this paragraph (no amount, no round size)',
  },
  // ---- batch A: no deal ----
  {
    id: 'en4-a-032', lang: 'en', style: 'uk-business-press', date: '2022-01-16',
    text: 'Unilever has had three offers for GSK’s consumer healthcare business rejected, the latest valuing the maker of Sensodyne toothpaste at £50bn. GSK said the proposals fundamentally undervalued the unit and its prospects, and that it would press ahead with a demerger.',
    deals: [], negative: 'other', note: 'public record; rejected offers',
  },
  {
    id: 'en4-a-033', lang: 'en', style: 'european-business-press', date: '2024-11-25',
    text: 'UniCredit launched an unsolicited €10.1bn offer for Banco BPM on Monday, days after the Milan-based lender made an offer of its own for asset manager Anima. Banco BPM said the offer did not reflect its profitability and was not in the interest of its shareholders.',
    deals: [], negative: 'other',
    note: 'public record; an unsolicited bid, rejected, and another offer not yet accepted',
  },
  {
    id: 'en4-a-034', lang: 'en', style: 'wire', date: '2024-12-23',
    text: 'TOKYO, Dec 23 (Reuters) - Honda Motor and Nissan Motor said on Monday they had begun formal talks on a merger that would create the world’s third-largest automaker by sales, with a decision on whether to proceed expected by June. Mitsubishi Motors will decide by the end of January whether to join.',
    deals: [], negative: 'talks', note: 'public record; talks, called off in February 2025',
  },
  {
    id: 'en4-a-035', lang: 'en', style: 'canada-business-press', date: '2023-05-04',
    text: 'Toronto-Dominion Bank and First Horizon have called off their US$13.4-billion merger after TD said it could not say when regulators would approve the deal. TD will pay the Memphis-based lender a US$200-million termination fee.',
    deals: [], negative: 'called-off', note: 'public record',
  },
  {
    id: 'en4-a-036', lang: 'en', style: 'pharma-trade-press', date: '2020-06-24',
    text: 'Bayer agreed to pay up to $10.9 billion to settle tens of thousands of U.S. lawsuits claiming its Roundup weedkiller causes cancer, resolving much of the litigation that came with its purchase of Monsanto. The company did not admit wrongdoing.',
    deals: [], negative: 'settlement', note: 'public record; a past purchase named only as background',
  },
  {
    id: 'en4-a-037', lang: 'en', style: 'australia-business-press', date: '2025-02-19',
    text: 'Ballarat Gold declared a record interim dividend of 18 cents a share and said it would buy back up to A$150 million of its own stock, after half-year net profit jumped 61 per cent to A$412 million on the back of record bullion prices.',
    deals: [], negative: 'dividend', note: 'fictional',
  },
  {
    id: 'en4-a-038', lang: 'en', style: 'vc-newsletter', date: '2025-01-28',
    text: 'Northstar Ventures has closed its fourth fund at $650 million, above its $500 million target, and will use it to back seed and Series A software startups in the Midwest. Limited partners include the University of Michigan endowment and several family offices.',
    deals: [], negative: 'fund-raise', note: 'fictional; a VC firm raising its own fund',
  },
  {
    id: 'en4-a-039', lang: 'en', style: 'earnings-day-story', date: '2025-02-06',
    text: 'Shares of Meridian Semiconductor fell 14% in extended trading on Thursday after the chipmaker forecast first-quarter revenue of $2.3 billion to $2.5 billion, below the $2.7 billion analysts had expected. Fourth-quarter revenue rose 11% to $2.6 billion.',
    deals: [], negative: 'revenue', note: 'fictional; a revenue range is no deal',
  },
  {
    id: 'en4-a-040', lang: 'en', style: 'tech-press', date: '2025-05-14',
    text: 'Voice AI startup Cadence Labs is in early talks to raise new funding at a valuation of about $3 billion, according to two people familiar with the discussions. Sequoia Capital, an existing investor, is expected to lead the round, though terms could change.',
    deals: [], negative: 'rumour', note: 'fictional; a round being discussed, not raised',
  },
  {
    id: 'en4-a-041', lang: 'en', style: 'india-business-press', date: '2025-03-04',
    text: 'The Competition Commission of India has imposed a penalty of ₹213 crore on a social media company over its data-sharing policy, and the firm said it would appeal. Separately, the National Company Law Tribunal dismissed a petition against the proposed merger of two Mumbai brokerages.',
    deals: [], negative: 'other', note: 'fictional; a fine and a court ruling on a proposed merger',
  },
  // ---- batch B: written after the rules for batch A were in, scored before any change for it ----
  {
    id: 'en4-b-001', lang: 'en', style: 'wire', date: '2025-03-04',
    text: 'March 4 (Reuters) - Halberd Systems agreed on Tuesday to buy cybersecurity software maker Corvid Software for $31 a share in cash, valuing the company at about $2.7 billion, as it pushes deeper into identity protection. Corvid’s board has approved the deal, which is expected to close in the third quarter.',
    deals: [{ type: 'acquisition', target: ['Corvid Software', 'Corvid'], amount: { currency: 'USD', amount: 2_700_000_000 }, parties: [{ name: 'Halberd Systems', role: 'acquirer' }] }],
    note: 'fictional; "valuing the company at" after a per-share price is the price',
  },
  {
    id: 'en4-b-002', lang: 'en', style: 'pharma-trade-press', date: '2025-10-27',
    text: 'Novartis has agreed to acquire Avidity Biosciences for $72 per share in cash, a deal worth about $12 billion that adds experimental RNA medicines for rare neuromuscular diseases. Before closing, Avidity will spin off its early-stage cardiology programs into a separate company.',
    deals: [{ type: 'acquisition', target: ['Avidity Biosciences', 'Avidity'], amount: { currency: 'USD', amount: 12_000_000_000 }, parties: [{ name: 'Novartis', role: 'acquirer' }] }],
    note: 'public record (figures as reported); a spin-off to come is no deal',
  },
  {
    id: 'en4-b-003', lang: 'en', style: 'uk-business-press', date: '2025-06-12',
    text: 'Ashdown Pharmacy Group has agreed to a £1.2bn takeover by US private equity firm Larchmont Partners, accepting an offer of 245p a share after rejecting two lower approaches. The deal will be carried out through a scheme of arrangement, and Ashdown’s largest shareholder, Kirkby Investment Trust, has agreed to sell its 14 per cent holding.',
    deals: [{ type: 'acquisition', target: ['Ashdown Pharmacy Group', 'Ashdown'], amount: { currency: 'GBP', amount: 1_200_000_000 }, parties: [{ name: 'Larchmont Partners', role: 'acquirer' }, { name: 'Kirkby Investment Trust', role: 'seller' }] }],
    note: 'fictional; the largest holder selling into the takeover is a seller, no buyer',
  },
  {
    id: 'en4-b-004', lang: 'en', style: 'australia-business-press', date: '2025-06-26',
    text: 'Xero will buy US payments platform Melio for US$2.5 billion in cash and shares, with up to a further US$500 million payable if growth targets are met, the accounting software company told the ASX. Xero will fund part of the price with a A$1.85 billion share placement to institutional investors.',
    deals: [
      { type: 'acquisition', target: ['Melio'], amount: { currency: 'USD', amount: 2_500_000_000 }, parties: [{ name: 'Xero', role: 'acquirer' }] },
      { type: 'funding', target: ['Xero'], amount: { currency: 'AUD', amount: 1_850_000_000 }, round: 'placement', parties: [] },
    ],
    note: 'public record (figures as reported); a listed company’s placement is funding',
  },
  {
    id: 'en4-b-005', lang: 'en', style: 'canada-business-press', date: '2025-06-17',
    text: 'Keyera Corp. has agreed to acquire Plains All American Pipeline’s Canadian natural gas liquids business for C$5.15 billion, a deal that gives the Calgary company a cross-country NGL network. Keyera will raise about C$2 billion through a bought-deal offering of subscription receipts to help pay for it.',
    deals: [
      {
        type: 'acquisition', target: ['Canadian natural gas liquids business'], amount: { currency: 'CAD', amount: 5_150_000_000 },
        parties: [{ name: 'Keyera Corp.', role: 'acquirer' }, { name: 'Plains All American Pipeline', role: 'seller' }],
      },
      { type: 'funding', target: ['Keyera Corp.', 'Keyera'], amount: { currency: 'CAD', amount: 2_000_000_000 }, parties: [] },
    ],
    note: 'public record (figures as reported); a carve-out from a named seller, and the offering that funds it',
  },
  {
    id: 'en4-b-006', lang: 'en', style: 'india-business-press', date: '2025-06-30',
    text: 'MUMBAI: Torrent Pharmaceuticals will acquire a 46.39% stake in JB Chemicals & Pharmaceuticals from private equity firm KKR for ₹11,917 crore, and will then make an open offer to buy up to 26% more from public shareholders. The two companies will eventually merge.',
    deals: [{
      type: 'stake-sale', target: ['JB Chemicals & Pharmaceuticals'], amount: { currency: 'INR', amount: 119_170_000_000 },
      parties: [{ name: 'Torrent Pharmaceuticals', role: 'acquirer' }, { name: 'KKR', role: 'seller' }],
    }],
    note: 'public record (figures as reported); "a stake in X from Y for ₹Z"; the open offer and the later merger are not yet deals',
  },
  {
    id: 'en4-b-007', lang: 'en', style: 'mining-trade-press', date: '2025-05-05',
    text: 'Gold Fields has agreed to acquire Gold Road Resources for A$3.7 billion in cash, taking full control of the Gruyere mine in Western Australia that the two companies run as a joint venture. Gold Road’s board is recommending the scheme of arrangement after earlier rejecting a lower proposal.',
    deals: [{ type: 'acquisition', target: ['Gold Road Resources', 'Gold Road'], amount: { currency: 'AUD', amount: 3_700_000_000 }, parties: [{ name: 'Gold Fields', role: 'acquirer' }] }],
    note: 'public record (figures as reported)',
  },
  {
    id: 'en4-b-008', lang: 'en', style: 'banking-trade-press', date: '2025-10-06',
    text: 'Fifth Third Bancorp agreed to buy Comerica in an all-stock deal valued at $10.9 billion, creating the ninth-largest bank in the U.S. with about $288 billion in assets. Comerica shareholders will receive 1.8663 Fifth Third shares for each share they own.',
    deals: [{ type: 'acquisition', target: ['Comerica'], amount: { currency: 'USD', amount: 10_900_000_000 }, parties: [{ name: 'Fifth Third Bancorp', role: 'acquirer' }] }],
    note: 'public record; assets are no amount',
  },
  {
    id: 'en4-b-009', lang: 'en', style: 'banking-trade-press', date: '2025-07-24',
    text: 'Pinnacle Financial Partners and Synovus Financial have agreed to combine in an all-stock transaction valued at $8.6 billion, forming a Southeast regional lender with about $116 billion in assets. The combined company will take the Pinnacle name and be based in Atlanta.',
    deals: [{
      type: 'merger', target: ['Pinnacle Financial Partners'], amount: { currency: 'USD', amount: 8_600_000_000 },
      parties: [{ name: 'Synovus Financial', role: 'participant' }],
    }],
    note: 'public record; directionless (the combined company taking one name states no buyer)',
  },
  {
    id: 'en4-b-010', lang: 'en', style: 'local-business-journal', date: '2025-02-11',
    text: 'Two Denver-area engineering firms, Redstone Civil Group and Alder Point Engineering, have merged under the Redstone name, creating a 310-person company. Financial terms were not disclosed. Alder Point’s founders will join Redstone’s leadership team.',
    deals: [{ type: 'merger', target: ['Redstone Civil Group'], parties: [{ name: 'Alder Point Engineering', role: 'participant' }] }],
    note: 'fictional; a completed merger, directionless',
  },
  {
    id: 'en4-b-011', lang: 'en', style: 'tech-press', date: '2025-05-22',
    text: 'Digital physical-therapy company Hinge Health raised $437 million in its initial public offering after pricing 13.7 million shares at $32 each, the top of its range. The San Francisco company’s shares opened at $39.25 on the New York Stock Exchange on Thursday.',
    deals: [{ type: 'ipo', target: ['Hinge Health'], amount: { currency: 'USD', amount: 437_000_000 }, parties: [] }],
    note: 'public record',
  },
  {
    id: 'en4-b-012', lang: 'en', style: 'wire', date: '2025-05-14',
    text: 'Israeli trading platform eToro Group raised $620 million in its Nasdaq IPO after pricing its shares at $52 each, above the marketed range. Some of the shares were sold by existing investors, and the company was valued at about $4.2 billion at the offer price.',
    deals: [{ type: 'ipo', target: ['eToro Group', 'eToro'], amount: { currency: 'USD', amount: 620_000_000 }, valuation: { currency: 'USD', amount: 4_200_000_000 }, parties: [] }],
    note: 'public record (figures as reported)',
  },
  {
    id: 'en4-b-013', lang: 'en', style: 'india-business-press-mint', date: '2025-09-18',
    text: 'Shares of Kaveri Cables listed at a 38% premium on the NSE on Thursday, after the wire maker’s ₹1,250 crore IPO was subscribed 74 times. The offer included a fresh issue of ₹800 crore and an offer for sale by promoter Kaveri Industrial Holdings.',
    deals: [{ type: 'ipo', target: ['Kaveri Cables'], amount: { currency: 'INR', amount: 12_500_000_000 }, parties: [{ name: 'Kaveri Industrial Holdings', role: 'seller' }] }],
    note: 'fictional; the fresh issue is a part of the IPO, not its size',
  },
  {
    id: 'en4-b-014', lang: 'en', style: 'spac-newsletter', date: '2025-08-20',
    text: 'Crescent Peak Acquisition Corp. II upsized its initial public offering to $250 million, selling 25 million units at $10 apiece, and will list on the Nasdaq on Wednesday. The blank-check company, its sponsor’s second, is seeking a target in energy transition.',
    deals: [{ type: 'ipo', target: ['Crescent Peak Acquisition Corp. II', 'Crescent Peak Acquisition'], amount: { currency: 'USD', amount: 250_000_000 }, parties: [] }],
    note: 'fictional; an upsized SPAC IPO',
  },
  {
    id: 'en4-b-015', lang: 'en', style: 'canada-business-press', date: '2025-04-09',
    text: 'Toronto-based Quillstack, which makes software for insurance brokers, has raised C$40 million in a Series B round led by Georgian. Inovia Capital and BDC Capital also took part, alongside existing investor Golden Ventures, the company said.',
    deals: [{
      type: 'funding', target: ['Quillstack'], amount: { currency: 'CAD', amount: 40_000_000 }, round: 'Series B',
      parties: [{ name: 'Georgian', role: 'lead' }, { name: 'Inovia Capital', role: 'participant' }, { name: 'BDC Capital', role: 'participant' }, { name: 'Golden Ventures', role: 'participant' }],
    }],
    note: 'fictional company, real investors; "also took part, alongside existing investor"',
  },
  {
    id: 'en4-b-016', lang: 'en', style: 'press-release', date: '2025-01-21',
    text: 'BOSTON, Jan. 21, 2025 -- Veridian Therapeutics today announced a $120 million Series C financing co-led by Frazier Life Sciences and Deerfield Management. New investors Fidelity Management & Research Company and Perceptive Advisors joined the round, as did existing investors Atlas Venture and OrbiMed.',
    deals: [{
      type: 'funding', target: ['Veridian Therapeutics'], amount: { currency: 'USD', amount: 120_000_000 }, round: 'Series C',
      parties: [
        { name: 'Frazier Life Sciences', role: 'lead' }, { name: 'Deerfield Management', role: 'lead' },
        { name: 'Fidelity Management & Research Company', role: 'participant' }, { name: 'Perceptive Advisors', role: 'participant' },
        { name: 'Atlas Venture', role: 'participant' }, { name: 'OrbiMed', role: 'participant' },
      ],
    }],
    note: 'fictional company, real investors; "joined the round, as did existing investors"',
  },
  {
    id: 'en4-b-017', lang: 'en', style: 'vc-newsletter', date: '2025-07-25',
    text: 'Fintech roundup: Madrid-based Cuentas Claras picked up €18 million earlier this month in a Series A led by Kibo Ventures, with Seaya and JME Ventures joining. Separately, Lisbon’s Maré Logistics was acquired by Dutch freight group Vanderlande Cargo for an undisclosed amount.',
    deals: [
      {
        type: 'funding', target: ['Cuentas Claras'], amount: { currency: 'EUR', amount: 18_000_000 }, round: 'Series A', date: '2025-07',
        parties: [{ name: 'Kibo Ventures', role: 'lead' }, { name: 'Seaya', role: 'participant' }, { name: 'JME Ventures', role: 'participant' }],
      },
      { type: 'acquisition', target: ['Maré Logistics'], parties: [{ name: 'Vanderlande Cargo', role: 'acquirer' }] },
    ],
    note: 'fictional; a round and an acquisition by different parties',
  },
  {
    id: 'en4-b-018', lang: 'en', style: 'tech-press', date: '2025-09-09',
    text: 'Brightfold, a startup that builds AI agents for accounts-payable teams, has raised $60 million at a post-money valuation of $1.2 billion. Index Ventures led the round. Existing backers Elad Gil and Conviction also participated, the company said.',
    deals: [{
      type: 'funding', target: ['Brightfold'], amount: { currency: 'USD', amount: 60_000_000 }, valuation: { currency: 'USD', amount: 1_200_000_000, basis: 'post' },
      parties: [{ name: 'Index Ventures', role: 'lead' }, { name: 'Elad Gil', role: 'participant' }, { name: 'Conviction', role: 'participant' }],
    }],
    note: 'fictional company, real investors; a person and a firm as existing backers',
  },
  {
    id: 'en4-b-019', lang: 'en', style: 'local-business-journal', date: '2025-03-13',
    text: 'Nashville health-tech startup CareLattice has closed a $12 million Series A round. Investors include Martin Ventures, Jumpstart Health Investors and the Nashville Capital Network, according to the company, which plans to double its staff this year.',
    deals: [{
      type: 'funding', target: ['CareLattice'], amount: { currency: 'USD', amount: 12_000_000 }, round: 'Series A',
      parties: [{ name: 'Martin Ventures', role: 'participant' }, { name: 'Jumpstart Health Investors', role: 'participant' }, { name: 'Nashville Capital Network', role: 'participant' }],
    }],
    note: 'fictional company; "Investors include" in the next sentence',
  },
  {
    id: 'en4-b-020', lang: 'en', style: 'business-daily', date: '2025-05-01',
    text: 'Honeywell has agreed to sell its personal protective equipment business to Protective Industrial Products for $1.33 billion in cash, continuing a portfolio overhaul ahead of its planned break-up. Honeywell bought much of the business through its 2008 acquisition of Norcross Safety Products.',
    deals: [
      {
        type: 'acquisition', target: ['personal protective equipment business'], amount: { currency: 'USD', amount: 1_330_000_000 },
        parties: [{ name: 'Protective Industrial Products', role: 'acquirer' }, { name: 'Honeywell', role: 'seller' }],
      },
      { type: 'acquisition', target: ['Norcross Safety Products'], parties: [{ name: 'Honeywell', role: 'acquirer' }] },
    ],
    note: 'public record (figures as reported); a carve-out, and the purchase it came from, dated by its year (gold corrected after the first scoring: a dated past purchase is reported, as en-corp-069)',
  },
  {
    id: 'en4-b-021', lang: 'en', style: 'tech-press', date: '2025-08-14',
    text: 'Observability company Lanternworks has acquired Tracebit, a two-year-old startup that analyses cloud logs with AI, for about $90 million in cash and stock. Lanternworks raised $75 million last year in a Series C led by Insight Partners.',
    deals: [
      { type: 'acquisition', target: ['Tracebit'], amount: { currency: 'USD', amount: 90_000_000 }, parties: [{ name: 'Lanternworks', role: 'acquirer' }] },
      { type: 'funding', target: ['Lanternworks'], amount: { currency: 'USD', amount: 75_000_000 }, round: 'Series C', parties: [{ name: 'Insight Partners', role: 'lead' }] },
    ],
    note: 'fictional; an acquisition and the buyer’s round "last year"',
  },
  {
    id: 'en4-b-022', lang: 'en', style: 'energy-trade-press', date: '2025-02-27',
    text: 'Independent producer Mesa Ridge Energy said it had closed its purchase of Permian Basin assets from Blackfin Resources for $1.1 billion, adding about 40,000 barrels of oil equivalent a day. In February, Mesa Ridge also sold non-core acreage in Oklahoma to Canyon Creek Oil for $210 million.',
    deals: [
      { type: 'acquisition', target: ['Permian Basin assets'], amount: { currency: 'USD', amount: 1_100_000_000 }, parties: [{ name: 'Mesa Ridge Energy', role: 'acquirer' }, { name: 'Blackfin Resources', role: 'seller' }] },
      { type: 'acquisition', target: ['non-core acreage in Oklahoma'], amount: { currency: 'USD', amount: 210_000_000 }, date: '2025-02', parties: [{ name: 'Canyon Creek Oil', role: 'acquirer' }, { name: 'Mesa Ridge Energy', role: 'seller' }] },
    ],
    note: 'fictional; two asset deals, one bought and one sold, the second dated',
  },
  {
    id: 'en4-b-023', lang: 'en', style: 'sea-deal-press', date: '2025-04-22',
    text: 'Singapore-based logistics platform Portcast has raised $28 million in a Series B round led by Vertex Growth. The round was joined by EDBI, Wavemaker Partners and Sequoia-backed Peak XV Partners, bringing its total funding to $45 million.',
    deals: [{
      type: 'funding', target: ['Portcast'], amount: { currency: 'USD', amount: 28_000_000 }, round: 'Series B',
      parties: [{ name: 'Vertex Growth', role: 'lead' }, { name: 'EDBI', role: 'participant' }, { name: 'Wavemaker Partners', role: 'participant' }, { name: 'Peak XV Partners', role: 'participant' }],
    }],
    note: 'fictional round, real investors; "The round was joined by"; the total is no amount',
  },
  {
    id: 'en4-b-024', lang: 'en', style: 'earnings-day-story', date: '2025-07-30',
    text: 'Cobalt Payments reported second-quarter revenue of $812 million, up 19%, and said it had completed its $400 million acquisition of Brazilian payments firm PagoRápido. The stock rose 9% in after-hours trading.',
    deals: [{ type: 'acquisition', target: ['PagoRápido'], amount: { currency: 'USD', amount: 400_000_000 }, parties: [{ name: 'Cobalt Payments', role: 'acquirer' }] }],
    note: 'fictional; a completed purchase inside an earnings story',
  },
  // ---- batch B: no deal ----
  {
    id: 'en4-b-025', lang: 'en', style: 'wire', date: '2025-09-11',
    text: 'Media group Northlight Studios is preparing a takeover bid for rival Castlegate Entertainment, according to people familiar with the matter, in what would be a roughly $20 billion deal. Castlegate declined to comment, and Northlight said it does not comment on market speculation.',
    deals: [], negative: 'rumour', note: 'fictional',
  },
  {
    id: 'en4-b-026', lang: 'en', style: 'business-daily', date: '2025-03-19',
    text: 'Harlan Foods is in advanced talks to acquire frozen-meals maker Birchwood Kitchens for about $1.4 billion, and an agreement could be announced as soon as next week, people briefed on the discussions said.',
    deals: [], negative: 'talks', note: 'fictional',
  },
  {
    id: 'en4-b-027', lang: 'en', style: 'canada-business-press', date: '2025-07-17',
    text: 'Lakehead Grocers has withdrawn its C$6-billion proposal to buy Maritime Fresh Markets, saying the target’s board had refused to engage in good faith. Maritime shares fell 12 per cent in Toronto on the news.',
    deals: [], negative: 'called-off', note: 'fictional; a proposal withdrawn',
  },
  {
    id: 'en4-b-028', lang: 'en', style: 'european-business-press', date: '2025-01-30',
    text: 'The European Commission has blocked Veltra Rail’s €3.2bn acquisition of signalling supplier Nordsignal, saying the deal would have left train operators with too few suppliers. Veltra said it was disappointed and was considering an appeal.',
    deals: [], negative: 'called-off', note: 'fictional; a deal blocked by a regulator',
  },
  {
    id: 'en4-b-029', lang: 'en', style: 'tech-press', date: '2025-04-08',
    text: 'Ticketing marketplace Seatwise has postponed its planned New York initial public offering, citing market turmoil after the latest round of tariffs. The company had been expected to raise about $800 million at a valuation of more than $16 billion.',
    deals: [], negative: 'not-closed', note: 'fictional; an IPO postponed',
  },
  {
    id: 'en4-b-030', lang: 'en', style: 'newsletter-deal-brief', date: '2025-06-02',
    text: 'Kestrel Robotics has filed confidentially with the Securities and Exchange Commission for a proposed initial public offering. The warehouse-automation maker raised $210 million in a Series D round in 2023, and the size and price range of the offering have not been set.',
    deals: [{ type: 'funding', target: ['Kestrel Robotics'], amount: { currency: 'USD', amount: 210_000_000 }, round: 'Series D', parties: [] }],
    note: 'fictional; a confidential filing is no deal; the earlier round, with its amount, round and year, is (gold corrected after the first scoring, as en4-a-029)',
  },
  {
    id: 'en4-b-031', lang: 'en', style: 'markets-brief', date: '2025-10-29',
    text: 'Nvidia became the first company to be worth $5 trillion on Wednesday, as its shares rose more than 4% in early trading on optimism over demand for its artificial intelligence chips.',
    deals: [], negative: 'market-value', note: 'public record',
  },
  {
    id: 'en4-b-032', lang: 'en', style: 'earnings-day-story', date: '2025-08-06',
    text: 'Shares of Pellucid Software slumped 22% on Wednesday after the company cut its full-year revenue forecast to between $1.45 billion and $1.5 billion, blaming longer sales cycles. Quarterly revenue rose 6% to $352 million.',
    deals: [], negative: 'share-move', note: 'fictional',
  },
  {
    id: 'en4-b-033', lang: 'en', style: 'vc-trade-press', date: '2025-02-18',
    text: 'Growth investor Larkspur Capital has raised $3.1 billion for its sixth flagship fund, exceeding its $2.5 billion target, and plans to write checks of $50 million to $200 million into software companies.',
    deals: [], negative: 'fund-raise', note: 'fictional',
  },
  {
    id: 'en4-b-034', lang: 'en', style: 'uk-business-press', date: '2025-02-20',
    text: 'Thistle Bank unveiled a £1.5bn share buyback and raised its full-year dividend by 15 per cent after annual pre-tax profit climbed to £6.2bn, the highest since before the financial crisis.',
    deals: [], negative: 'buyback', note: 'fictional',
  },
  {
    id: 'en4-b-035', lang: 'en', style: 'india-business-press', date: '2025-05-08',
    text: 'Sahyadri Infotech’s board has recommended a special dividend of ₹25 a share, taking total payouts for the year to about ₹4,200 crore, the IT services company said in a stock exchange filing.',
    deals: [], negative: 'dividend', note: 'fictional',
  },
  {
    id: 'en4-b-036', lang: 'en', style: 'wire', date: '2025-09-02',
    text: 'Activist investor Elliott Management has built a stake of about $4 billion in PepsiCo, making it one of the snack and beverage maker’s largest investors, and is pushing for changes to its bottling operations, according to a letter to the board.',
    deals: [], negative: 'other', note: 'public record; shares bought on the market by an activist are no deal',
  },
  {
    id: 'en4-b-037', lang: 'en', style: 'business-daily', date: '2024-12-10',
    text: 'Micron Technology has been awarded up to $6.1 billion in federal grants under the CHIPS and Science Act to help pay for new memory chip factories in Idaho and New York, the Commerce Department said on Tuesday.',
    deals: [], negative: 'other', note: 'public record (figure as reported); a government grant is no round',
  },
  {
    id: 'en4-b-038', lang: 'en', style: 'energy-trade-press', date: '2025-03-26',
    text: 'Solwind Energy has signed a $2 billion agreement to supply wind turbines to Atlantic Shores Power over the next five years, the largest order in the Danish manufacturer’s history. Solwind shares rose 7% in Copenhagen.',
    deals: [], negative: 'other', note: 'fictional; a supply contract is no deal',
  },
  {
    id: 'en4-b-039', lang: 'en', style: 'local-business-journal', date: '2025-06-19',
    text: 'Shareholders of Tri-Valley Bancorp voted down a proposed merger with Sierra Foothills Bank on Wednesday, with about 58% of votes cast against the deal. Both banks said they would remain independent.',
    deals: [], negative: 'called-off', note: 'fictional; a merger voted down',
  },
  {
    id: 'en4-b-040', lang: 'en', style: 'tech-press', date: '2025-11-03',
    text: 'Cloud storage firm Driftbox sued former partner Arclight Data on Monday, seeking $350 million in damages over what it called the theft of trade secrets. Arclight said the lawsuit was without merit.',
    deals: [], negative: 'settlement', note: 'fictional; a lawsuit',
  },
  {
    id: 'en4-b-041', lang: 'en', style: 'australia-business-press', date: '2025-08-21',
    text: 'Coral Coast Resorts said it had received an unsolicited, non-binding indicative proposal from Tasman Hospitality at A$1.95 a share, and had granted the suitor four weeks of due diligence. The board has not yet decided whether to recommend the offer.',
    deals: [], negative: 'not-closed', note: 'fictional; a non-binding proposal under review',
  },
];
