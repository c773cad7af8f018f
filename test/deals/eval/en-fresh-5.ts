import type { GoldParagraph } from './gold';

// English paragraphs written for issue 17 (session dealsen16) before any rule was written for them,
// in two batches: batch A (en5-a-…) was scored, then rules were written against its errors; batch B
// (en5-b-…) was written after those rules and scored before anything changed for it. The set leans
// on what generalised worst on the held-out part: acquisitions ("snapped up", "swallowed", tender
// offers, schemes of arrangement, carve-outs, stake sales with a seller, majority stakes), mergers
// (of equals, all-stock, "will combine", "to merge with", with and without a stated survivor), IPOs
// (priced, upsized, debut, direct and dual listings, SPACs), investors named after the deal sentence
// ("joined by", "with participation from", "alongside", "existing investors … also took part",
// "backers include"), a subject carried from the sentence before ("The company said it would …",
// "…, which bought …"), names the company data does not know, and hard negatives: rumours, talks,
// bids rejected, deals called off or blocked, revenue, market value, share moves, a fund raising a
// fund, buybacks, dividends, lawsuits, antitrust reviews of a deal reported earlier. Styles: wires,
// business dailies, tech press, mining / energy / pharma / banking / insurance trade press, UK, Indian,
// Australian, Canadian and Singapore business press, VC newsletters, press releases, local business
// journals, earnings-day stories, deal round-ups. Written by the DealLens team in our own words after
// real reporting (no sentence copied); deals marked "public record" are as reported at the time, the
// rest are fictional-but-plausible. A deal's date is a month or a day the text gives for it.
export const PARAGRAPHS: readonly GoldParagraph[] = [
  // ---- batch A: acquisitions ----
  {
    id: 'en5-a-001', lang: 'en', style: 'wire', date: '2024-08-14',
    text: 'Aug 14 (Reuters) - Mars has agreed to buy Pringles and Cheez-It maker Kellanova for $83.50 per share in cash, in a deal valued at $35.9 billion including debt, the biggest packaged-food takeover in years. The M&M’s maker said the purchase would double the size of its snacking business.',
    deals: [{ type: 'acquisition', target: ['Kellanova'], amount: { currency: 'USD', amount: 35_900_000_000 }, parties: [{ name: 'Mars', role: 'acquirer' }] }],
    note: 'public record; the per-share price is not the amount; brands are no companies',
  },
  {
    id: 'en5-a-002', lang: 'en', style: 'tech-press', date: '2025-04-03',
    text: 'Design software maker Fernhollow has snapped up Pixelgrain, a two-year-old startup whose tool turns rough sketches into editable vector art, for about $85 million in cash and stock. Pixelgrain’s 18 employees will join Fernhollow’s product team in Amsterdam.',
    deals: [{ type: 'acquisition', target: ['Pixelgrain'], amount: { currency: 'USD', amount: 85_000_000 }, parties: [{ name: 'Fernhollow', role: 'acquirer' }] }],
    note: 'fictional; "snapped up"; both names unknown to the company data',
  },
  {
    id: 'en5-a-003', lang: 'en', style: 'uk-business-press', date: '2025-03-18',
    text: 'Midlands housebuilder Ashcombe Homes is to be swallowed by larger rival Thornbury Group in a £410m all-share deal that will create the UK’s sixth-biggest builder by completions. Ashcombe shareholders will receive 1.32 new Thornbury shares for each share they hold.',
    deals: [{ type: 'acquisition', target: ['Ashcombe Homes', 'Ashcombe'], amount: { currency: 'GBP', amount: 410_000_000 }, parties: [{ name: 'Thornbury Group', role: 'acquirer' }] }],
    note: 'fictional; "to be swallowed by" (passive, the buyer after "by")',
  },
  {
    id: 'en5-a-004', lang: 'en', style: 'earnings-day-story', date: '2025-07-29',
    text: 'Shares of Norvale Foods rose 6% on Tuesday after the frozen-meals maker reported second-quarter sales of $1.4 billion, ahead of forecasts. The company also said it had agreed to buy Bramble Kitchen, a maker of plant-based soups, for $310 million in cash.',
    deals: [{ type: 'acquisition', target: ['Bramble Kitchen'], amount: { currency: 'USD', amount: 310_000_000 }, parties: [{ name: 'Norvale Foods', role: 'acquirer' }] }],
    note: 'fictional; "The company" is the previous sentence’s subject; sales are no amount',
  },
  {
    id: 'en5-a-005', lang: 'en', style: 'pharma-trade-press', date: '2025-04-02',
    text: 'Johnson & Johnson has completed its roughly $14.6 billion acquisition of Intra-Cellular Therapies, the maker of the schizophrenia and bipolar depression drug Caplyta. The deal, announced in January, was structured as a merger paying $132 a share in cash.',
    deals: [{ type: 'acquisition', target: ['Intra-Cellular Therapies'], amount: { currency: 'USD', amount: 14_600_000_000 }, parties: [{ name: 'Johnson & Johnson', role: 'acquirer' }] }],
    note: 'public record; "structured as a merger" does not make it a merger; the announcement month is no completion date',
  },
  {
    id: 'en5-a-006', lang: 'en', style: 'australia-business-press', date: '2025-05-21',
    text: 'Shareholders in Perth-based lithium explorer Redgum Minerals have approved a scheme of arrangement under which the company will be acquired by Canada’s Boreal Lithium for A$0.82 a share, or about A$260 million. The scheme still needs the approval of the Federal Court.',
    deals: [{ type: 'acquisition', target: ['Redgum Minerals'], amount: { currency: 'AUD', amount: 260_000_000 }, parties: [{ name: 'Boreal Lithium', role: 'acquirer' }] }],
    note: 'fictional; a scheme of arrangement; the court step still to come does not make it a rumour',
  },
  {
    id: 'en5-a-007', lang: 'en', style: 'chemicals-trade-press', date: '2025-02-10',
    text: 'Hallmark Chemicals will sell its coatings division, Lustra Coatings, to private equity firm Bridgewater Peak Partners for $1.15 billion, as the Ohio company narrows its focus to specialty adhesives. The carve-out is expected to close in the third quarter.',
    deals: [{
      type: 'acquisition', target: ['Lustra Coatings'], amount: { currency: 'USD', amount: 1_150_000_000 },
      parties: [{ name: 'Bridgewater Peak Partners', role: 'acquirer' }, { name: 'Hallmark Chemicals', role: 'seller' }],
    }],
    note: 'fictional; a carve-out with the seller as subject',
  },
  {
    id: 'en5-a-008', lang: 'en', style: 'singapore-business-press', date: '2025-06-05',
    text: 'Temasek has sold a 12% stake in Indian drugmaker Sarvam Pharma to Abu Dhabi’s Mubadala for about US$480 million, according to a filing on Thursday. The Singapore state investor still holds about 8% of the company.',
    deals: [{
      type: 'stake-sale', target: ['Sarvam Pharma'], amount: { currency: 'USD', amount: 480_000_000 },
      parties: [{ name: 'Mubadala', role: 'acquirer' }, { name: 'Temasek', role: 'seller' }],
    }],
    note: 'fictional; a stake sale with the seller as subject',
  },
  {
    id: 'en5-a-009', lang: 'en', style: 'nordic-business-press', date: '2025-01-22',
    text: 'Private equity firm Altor has bought a majority stake in Norwegian fish-feed maker Fjordline Nutrition from its founding family, in a deal that values the Bergen company at about NOK 3 billion. The family will keep a 30% holding.',
    deals: [{
      type: 'stake-sale', target: ['Fjordline Nutrition'], valuation: { currency: 'NOK', amount: 3_000_000_000 },
      parties: [{ name: 'Altor', role: 'acquirer' }],
    }],
    note: 'fictional; "bought a majority stake"; the company’s value is a valuation, not the price of the stake',
  },
  {
    id: 'en5-a-010', lang: 'en', style: 'india-business-press', date: '2025-08-12',
    text: 'MUMBAI: Vardhan Foods has completed its ₹2,300 crore takeover of packaged-snacks maker Kesar Bites, giving the Pune-based company a national distribution network. Vardhan had announced the deal in May.',
    deals: [{ type: 'acquisition', target: ['Kesar Bites'], amount: { currency: 'INR', amount: 23_000_000_000 }, parties: [{ name: 'Vardhan Foods', role: 'acquirer' }] }],
    note: 'fictional; "its ₹X takeover of Y"',
  },
  {
    id: 'en5-a-011', lang: 'en', style: 'insurance-trade-press', date: '2024-12-09',
    text: 'Insurance broker Arthur J. Gallagher & Co. has agreed to acquire AssuredPartners from private equity firm GTCR and other owners for $13.45 billion in cash, the largest deal in its history. Gallagher plans to fund the purchase with a mix of new shares and debt.',
    deals: [{
      type: 'acquisition', target: ['AssuredPartners'], amount: { currency: 'USD', amount: 13_450_000_000 },
      parties: [{ name: 'Arthur J. Gallagher & Co.', role: 'acquirer' }, { name: 'GTCR', role: 'seller' }],
    }],
    note: 'public record; the seller after "from" is no investor',
  },
  {
    id: 'en5-a-012', lang: 'en', style: 'singapore-business-press', date: '2025-03-27',
    text: 'SGX-listed Kepler Marine said on Thursday it will buy a 60% stake in Vietnamese shipyard Hai Long Shipbuilding from the yard’s founding family for S$95 million. The deal gives the offshore vessel builder its first yard outside Singapore.',
    deals: [{ type: 'stake-sale', target: ['Hai Long Shipbuilding'], amount: { currency: 'SGD', amount: 95_000_000 }, parties: [{ name: 'Kepler Marine', role: 'acquirer' }] }],
    note: 'fictional; a stake bought from a family (no company seller)',
  },
  {
    id: 'en5-a-013', lang: 'en', style: 'mining-trade-press', date: '2025-10-01',
    text: 'Copperline Resources has launched a C$5.10-a-share tender offer for all the shares of Yukon explorer Tagish Metals it does not already own, valuing the deal at about C$640 million. Tagish’s board, which agreed the terms last week, recommends that holders tender.',
    deals: [{ type: 'acquisition', target: ['Tagish Metals', 'Tagish'], amount: { currency: 'CAD', amount: 640_000_000 }, parties: [{ name: 'Copperline Resources', role: 'acquirer' }] }],
    note: 'fictional; an agreed tender offer',
  },
  // ---- batch A: mergers ----
  {
    id: 'en5-a-014', lang: 'en', style: 'business-daily', date: '2025-09-15',
    text: 'Regional grocers Harvest Lane Markets and FreshPoint Grocers announced a merger of equals on Monday, creating a chain of 410 stores across the Midwest. The combined company will be led by FreshPoint’s chief executive and have its headquarters in Indianapolis.',
    deals: [{ type: 'merger', target: ['Harvest Lane Markets'], parties: [{ name: 'FreshPoint Grocers', role: 'participant' }] }],
    note: 'fictional; a merger of equals, directionless',
  },
  {
    id: 'en5-a-015', lang: 'en', style: 'banking-trade-press', date: '2025-06-17',
    text: 'Kestrel Bancorp will merge with Old Mill Savings Bank in an all-stock deal valued at $96 million, with Kestrel as the surviving holding company. Old Mill’s six branches in western Pennsylvania will be rebranded next year.',
    deals: [{
      type: 'merger', target: ['Old Mill Savings Bank', 'Old Mill'], amount: { currency: 'USD', amount: 96_000_000 },
      parties: [{ name: 'Kestrel Bancorp', role: 'acquirer' }],
    }],
    note: 'fictional; the text states the survivor',
  },
  {
    id: 'en5-a-016', lang: 'en', style: 'canada-business-press', date: '2025-11-04',
    text: 'Silverbow Resources and Northfield Gold will combine in an all-share deal to create a mid-tier gold producer with a market value of about C$3 billion, the two Vancouver-based miners said on Tuesday. Silverbow shareholders will own 52% of the new company.',
    deals: [{ type: 'merger', target: ['Silverbow Resources'], parties: [{ name: 'Northfield Gold', role: 'participant' }] }],
    note: 'fictional; "will combine"; a market value is no deal amount; an ownership split states no buyer',
  },
  {
    id: 'en5-a-017', lang: 'en', style: 'tech-press', date: '2025-02-26',
    text: 'Electric air-taxi developer Skyreach Aero will go public through a merger with blank-check firm Meridian Horizon Acquisition Corp., in a deal that values the combined company at $1.2 billion. The transaction is expected to bring Skyreach about $230 million in cash.',
    deals: [{
      type: 'merger', target: ['Skyreach Aero', 'Skyreach'], amount: { currency: 'USD', amount: 230_000_000 }, valuation: { currency: 'USD', amount: 1_200_000_000 },
      parties: [{ name: 'Meridian Horizon Acquisition Corp.', role: 'participant' }],
    }],
    note: 'fictional; a SPAC merger agreed; the combined company’s value is a valuation',
  },
  {
    id: 'en5-a-018', lang: 'en', style: 'insurance-trade-press', date: '2025-01-06',
    text: 'Dutch insurers Zeeland Verzekeringen and Holland Mutual completed their merger on January 1, forming the country’s fourth-largest non-life insurer with about €3.2 billion in annual premiums. Neither name will survive: the group now trades as Lage Landen Verzekeringen.',
    deals: [{ type: 'merger', target: ['Zeeland Verzekeringen'], parties: [{ name: 'Holland Mutual', role: 'participant' }], date: '2025-01-01' }],
    note: 'fictional; a completed merger with no survivor, dated; premiums are no amount',
  },
  // ---- batch A: IPOs ----
  {
    id: 'en5-a-019', lang: 'en', style: 'wire', date: '2025-03-27',
    text: 'AI cloud provider CoreWeave raised $1.5 billion in its Nasdaq initial public offering after cutting the size of the deal and pricing its shares at $40 each, below the marketed range. It was the largest U.S. tech listing since 2021.',
    deals: [{ type: 'ipo', target: ['CoreWeave'], amount: { currency: 'USD', amount: 1_500_000_000 }, parties: [] }],
    note: 'public record; a downsized IPO',
  },
  {
    id: 'en5-a-020', lang: 'en', style: 'india-business-press', date: '2024-10-22',
    text: 'Hyundai Motor India made a muted stock market debut on Tuesday, listing about 1% below its issue price of ₹1,960. The ₹27,870 crore IPO, the largest in India’s history, was entirely an offer for sale by South Korean parent Hyundai Motor Company.',
    deals: [{
      type: 'ipo', target: ['Hyundai Motor India'], amount: { currency: 'INR', amount: 278_700_000_000 },
      parties: [{ name: 'Hyundai Motor Company', role: 'seller' }],
    }],
    note: 'public record; the selling parent is a seller',
  },
  {
    id: 'en5-a-021', lang: 'en', style: 'hk-business-press', date: '2024-09-17',
    text: 'Home appliance maker Midea Group raised about HK$31 billion from its Hong Kong listing, the city’s biggest in more than three years, adding to its existing listing in Shenzhen. Its shares rose 8% on their first day of trading.',
    deals: [{ type: 'ipo', target: ['Midea Group', 'Midea'], amount: { currency: 'HKD', amount: 31_000_000_000 }, parties: [] }],
    note: 'public record (approximate); a dual listing',
  },
  {
    id: 'en5-a-022', lang: 'en', style: 'australia-business-press', date: '2025-11-12',
    text: 'Shares in Sydney payroll software provider Tallowby jumped 18 per cent on debut on Wednesday after the company raised A$210 million in a float priced at A$3.40 a share. Fund managers Hyperion and Regal took large stakes in the offer.',
    deals: [{ type: 'ipo', target: ['Tallowby'], amount: { currency: 'AUD', amount: 210_000_000 }, parties: [] }],
    note: 'fictional; "float"; fund managers buying shares in the offer are no deal parties',
  },
  {
    id: 'en5-a-023', lang: 'en', style: 'spac-newsletter', date: '2025-07-09',
    text: 'Blank-check company Juniper Ridge Acquisition Corp. raised $175 million in its NYSE listing, selling 17.5 million units at $10 apiece. The SPAC, led by a former Duke Energy executive, will hunt for a power or grid-equipment target.',
    deals: [{ type: 'ipo', target: ['Juniper Ridge Acquisition Corp.', 'Juniper Ridge Acquisition'], amount: { currency: 'USD', amount: 175_000_000 }, parties: [] }],
    note: 'fictional; a SPAC’s own listing; a former employer is no party',
  },
  {
    id: 'en5-a-024', lang: 'en', style: 'business-daily', date: '2025-09-11',
    text: 'Klarna’s shares rose 15% in their New York Stock Exchange debut on Wednesday, a day after the Swedish buy-now-pay-later lender priced its IPO above the marketed range at $40 a share to raise $1.37 billion. Sequoia Capital and other early backers sold part of their holdings in the offering.',
    deals: [{ type: 'ipo', target: ['Klarna'], amount: { currency: 'USD', amount: 1_370_000_000 }, parties: [{ name: 'Sequoia Capital', role: 'seller' }] }],
    note: 'public record (figures as reported); selling shareholders are sellers, not investors',
  },
  // ---- batch A: funding with investors after the deal sentence ----
  {
    id: 'en5-a-025', lang: 'en', style: 'africa-tech-press', date: '2025-05-06',
    text: 'Nairobi-based freight marketplace Lorimo has raised $22 million in a Series A round led by Partech Africa. It was joined by Norrsken22 and TLcom Capital, and existing investors Launch Africa and Flat6Labs also took part.',
    deals: [{
      type: 'funding', target: ['Lorimo'], amount: { currency: 'USD', amount: 22_000_000 }, round: 'Series A',
      parties: [
        { name: 'Partech Africa', role: 'lead' }, { name: 'Norrsken22', role: 'participant' }, { name: 'TLcom Capital', role: 'participant' },
        { name: 'Launch Africa', role: 'participant' }, { name: 'Flat6Labs', role: 'participant' },
      ],
    }],
    note: 'fictional; "It was joined by", "existing investors X and Y also took part"',
  },
  {
    id: 'en5-a-026', lang: 'en', style: 'vc-newsletter', date: '2025-03-11',
    text: 'Quarrystone, which builds scheduling software for construction crews, closed a $9 million seed round. Greylock led the round with participation from Box Group, Liquid 2 Ventures and a group of angel investors.',
    deals: [{
      type: 'funding', target: ['Quarrystone'], amount: { currency: 'USD', amount: 9_000_000 }, round: 'seed',
      parties: [{ name: 'Greylock', role: 'lead' }, { name: 'Box Group', role: 'participant' }, { name: 'Liquid 2 Ventures', role: 'participant' }],
    }],
    note: 'fictional; the lead and participants in the sentence after the deal',
  },
  {
    id: 'en5-a-027', lang: 'en', style: 'press-release', date: '2025-10-14',
    text: 'BOSTON, Oct. 14, 2025 /PRNewswire/ -- Veridian Bio, a company developing oral peptide drugs for obesity, today announced a $140 million Series B financing co-led by Forbion and Cormorant Asset Management, alongside new investors Janus Henderson Investors and Invus. Existing investors Atlas Venture and F-Prime Capital also participated.',
    deals: [{
      type: 'funding', target: ['Veridian Bio'], amount: { currency: 'USD', amount: 140_000_000 }, round: 'Series B',
      parties: [
        { name: 'Forbion', role: 'lead' }, { name: 'Cormorant Asset Management', role: 'lead' }, { name: 'Janus Henderson Investors', role: 'participant' },
        { name: 'Invus', role: 'participant' }, { name: 'Atlas Venture', role: 'participant' }, { name: 'F-Prime Capital', role: 'participant' },
      ],
    }],
    note: 'fictional; co-leads, "alongside new investors", "Existing investors … also participated"',
  },
  {
    id: 'en5-a-028', lang: 'en', style: 'uk-tech-press', date: '2025-06-24',
    text: 'London-based pensions app Pensiva has raised £18m in a Series A round. Backers include Octopus Ventures, which led the round, as well as Seedcamp and Triple Point Ventures.',
    deals: [{
      type: 'funding', target: ['Pensiva'], amount: { currency: 'GBP', amount: 18_000_000 }, round: 'Series A',
      parties: [{ name: 'Octopus Ventures', role: 'lead' }, { name: 'Seedcamp', role: 'participant' }, { name: 'Triple Point Ventures', role: 'participant' }],
    }],
    note: 'fictional; "Backers include X, which led the round, as well as …"',
  },
  {
    id: 'en5-a-029', lang: 'en', style: 'india-tech-press', date: '2025-08-19',
    text: 'Bengaluru-based quick-commerce startup Dashkart has raised $45 million in a Series C round led by Lightspeed India, with participation from existing backers Elevation Capital and Blume Ventures. The company, which was valued at about $400 million in the round, plans to expand to 20 more cities.',
    deals: [{
      type: 'funding', target: ['Dashkart'], amount: { currency: 'USD', amount: 45_000_000 }, round: 'Series C', valuation: { currency: 'USD', amount: 400_000_000 },
      parties: [{ name: 'Lightspeed India', role: 'lead' }, { name: 'Elevation Capital', role: 'participant' }, { name: 'Blume Ventures', role: 'participant' }],
    }],
    note: 'fictional; "with participation from existing backers"; a valuation in the next sentence',
  },
  // ---- batch A: two deals ----
  {
    id: 'en5-a-030', lang: 'en', style: 'fintech-press', date: '2025-09-03',
    text: 'Payments startup Tillway has raised $60 million in a Series C round led by Ribbit Capital and used part of the money to buy Ledgerly, a Lisbon-based maker of accounting software for small businesses. Terms of the acquisition were not disclosed.',
    deals: [
      { type: 'funding', target: ['Tillway'], amount: { currency: 'USD', amount: 60_000_000 }, round: 'Series C', parties: [{ name: 'Ribbit Capital', role: 'lead' }] },
      { type: 'acquisition', target: ['Ledgerly'], parties: [{ name: 'Tillway', role: 'acquirer' }] },
    ],
    note: 'fictional; a round and an acquisition by the same company in one sentence',
  },
  {
    id: 'en5-a-031', lang: 'en', style: 'deal-roundup', date: '2025-05-30',
    text: 'In other deals this week, Crestline Software bought forms-automation startup Atlas Forms for $40 million, and cybersecurity firm Ironvale agreed to acquire Dutch email-security provider Mailgard for €120 million. Both deals are expected to close by the end of June.',
    deals: [
      { type: 'acquisition', target: ['Atlas Forms'], amount: { currency: 'USD', amount: 40_000_000 }, parties: [{ name: 'Crestline Software', role: 'acquirer' }] },
      { type: 'acquisition', target: ['Mailgard'], amount: { currency: 'EUR', amount: 120_000_000 }, parties: [{ name: 'Ironvale', role: 'acquirer' }] },
    ],
    note: 'fictional; a round-up with two acquisitions by different buyers',
  },
  // ---- batch A: no deal ----
  {
    id: 'en5-a-032', lang: 'en', style: 'wire', date: '2025-04-15',
    text: 'Private equity firm Harbor Lake Partners is exploring a sale of its stake in medical-device maker Solenta Health that could value the company at about $4 billion, people familiar with the matter said. No decision has been made, and Harbor Lake could still opt to keep the business.',
    deals: [], negative: 'rumour', note: 'fictional; a sale explored',
  },
  {
    id: 'en5-a-033', lang: 'en', style: 'business-daily', date: '2025-07-02',
    text: 'Grainfield Mills is in advanced talks to acquire organic flour maker Prairie Stone Milling for about $600 million, according to people familiar with the negotiations. An agreement could be announced as soon as next week if the talks do not fall apart.',
    deals: [], negative: 'talks', note: 'fictional; advanced talks',
  },
  {
    id: 'en5-a-034', lang: 'en', style: 'uk-business-press', date: '2025-02-04',
    text: 'The board of Wessex Water Holdings has rejected a £1.9bn approach from Australian infrastructure investor Kurrajong Capital, saying the 410p-a-share proposal significantly undervalued the utility. Kurrajong has until March 4 to make a firm offer or walk away under takeover rules.',
    deals: [], negative: 'other', note: 'fictional; an approach rejected',
  },
  {
    id: 'en5-a-035', lang: 'en', style: 'pharma-trade-press', date: '2025-08-27',
    text: 'Cardona Therapeutics and Elmstead Pharma have terminated their $2.2 billion merger agreement after Cardona’s shareholders voted against the deal. Elmstead will pay Cardona a $66 million break fee.',
    deals: [], negative: 'called-off', note: 'fictional; a merger terminated',
  },
  {
    id: 'en5-a-036', lang: 'en', style: 'wire', date: '2025-01-21',
    text: 'The U.S. Federal Trade Commission has opened an in-depth review of Ridgeway Health’s $5.3 billion purchase of clinic operator Bayfront Care, asking both companies for more documents. Ridgeway said it still expects the deal, announced in October, to close this year.',
    deals: [], negative: 'other', note: 'fictional; an antitrust review of a deal reported earlier',
  },
  {
    id: 'en5-a-037', lang: 'en', style: 'earnings-day-story', date: '2025-10-23',
    text: 'Tessera Networks shares slumped 11% on Thursday, wiping about $4 billion off the company’s market value, after the network-equipment maker cut its full-year revenue forecast to $8.1 billion. Third-quarter revenue fell 3% to $1.9 billion.',
    deals: [], negative: 'revenue', note: 'fictional',
  },
  {
    id: 'en5-a-038', lang: 'en', style: 'vc-trade-press', date: '2025-03-05',
    text: 'Singapore-based Jade Harbour Ventures has closed its third fund at US$420 million, above its target, and will invest in Series A and B startups in Southeast Asia and India. Investors in the fund include Temasek and the Asian Development Bank.',
    deals: [], negative: 'fund-raise', note: 'fictional; a VC firm raising a fund',
  },
  {
    id: 'en5-a-039', lang: 'en', style: 'banking-trade-press', date: '2025-07-18',
    text: 'First Lakes Bancorp raised its quarterly dividend by 5% to 42 cents a share and authorized a new $500 million share repurchase program, after second-quarter profit rose 9%. The lender bought back $120 million of its stock in the quarter.',
    deals: [], negative: 'buyback', note: 'fictional; dividend and buyback',
  },
  {
    id: 'en5-a-040', lang: 'en', style: 'canada-business-press', date: '2025-05-13',
    text: 'Former shareholders of Prairie Fibre Networks have sued Ottawa-based Maplewire, claiming it misled them about its finances when it bought the internet provider for C$380 million in 2022. Maplewire said the claims were without merit and it would defend itself.',
    deals: [], negative: 'settlement', note: 'fictional; a lawsuit about a past purchase named as background',
  },
  {
    id: 'en5-a-041', lang: 'en', style: 'tech-press', date: '2025-09-30',
    text: 'Design platform Pictora has confidentially filed for a U.S. initial public offering, the company said, and could list on the Nasdaq as soon as early next year. Pictora was valued at $6.2 billion in a private funding round last year.',
    deals: [], negative: 'not-closed', note: 'fictional; a filing, not a listing; a past round named only by its valuation',
  },
  {
    id: 'en5-a-042', lang: 'en', style: 'mining-trade-press', date: '2025-06-30',
    text: 'Goldridge Mining said on Monday that it had walked away from its proposed takeover of Western Australian producer Emu Creek Gold after failing to agree on price. Goldridge shares rose 3% on the news.',
    deals: [], negative: 'called-off', note: 'fictional; a proposed takeover abandoned',
  },
];
