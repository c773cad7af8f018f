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
  // ---- batch B: acquisitions (written after batch A's rules, scored before any rule for it) ----
  {
    id: 'en5-b-001', lang: 'en', style: 'tech-press', date: '2025-03-18',
    text: 'Google has agreed to acquire cloud security startup Wiz for $32 billion in cash, its largest acquisition ever, less than a year after Wiz walked away from a $23 billion offer from the search giant. Wiz will join Google Cloud once the deal closes.',
    deals: [{ type: 'acquisition', target: ['Wiz'], amount: { currency: 'USD', amount: 32_000_000_000 }, parties: [{ name: 'Google', role: 'acquirer' }] }],
    note: 'public record; the earlier offer walked away from is no deal',
  },
  {
    id: 'en5-b-002', lang: 'en', style: 'banking-trade-press', date: '2025-05-19',
    text: 'Capital One Financial completed its all-stock acquisition of Discover Financial Services on Sunday, a deal valued at $35.3 billion when it was announced, creating the largest U.S. credit card issuer by balances. Discover shareholders received 1.0192 Capital One shares for each share.',
    deals: [{ type: 'acquisition', target: ['Discover Financial Services', 'Discover'], amount: { currency: 'USD', amount: 35_300_000_000 }, parties: [{ name: 'Capital One Financial', role: 'acquirer' }] }],
    note: 'public record; an exchange ratio is no amount',
  },
  {
    id: 'en5-b-003', lang: 'en', style: 'energy-trade-press', date: '2025-07-18',
    text: 'Chevron closed its $53 billion all-stock takeover of Hess on Friday, hours after an arbitration panel rejected Exxon Mobil’s claim to a right of first refusal over Hess’s stake in a prized oil block off Guyana. The deal had been held up for more than a year by the dispute.',
    deals: [{ type: 'acquisition', target: ['Hess'], amount: { currency: 'USD', amount: 53_000_000_000 }, parties: [{ name: 'Chevron', role: 'acquirer' }] }],
    note: 'public record; the rival’s claim is no party',
  },
  {
    id: 'en5-b-004', lang: 'en', style: 'uk-business-press', date: '2025-08-20',
    text: 'Cotswold Leisure, the owner of 38 countryside hotels, has been snapped up by US investment firm Larchmont Hospitality in a £275m deal. The sale ends a two-year search for a buyer by the group’s founding Pryce family.',
    deals: [{ type: 'acquisition', target: ['Cotswold Leisure'], amount: { currency: 'GBP', amount: 275_000_000 }, parties: [{ name: 'Larchmont Hospitality', role: 'acquirer' }] }],
    note: 'fictional; passive "snapped up by"; the family sellers are people, not a company',
  },
  {
    id: 'en5-b-005', lang: 'en', style: 'pharma-trade-press', date: '2025-06-09',
    text: 'Osterfeld Therapeutics agreed to be acquired by Danish drugmaker Nordvik Pharma for $48 a share in cash, or about $2.7 billion, the companies said on Monday. Nordvik will start a tender offer for all outstanding Osterfeld shares by the end of June.',
    deals: [{ type: 'acquisition', target: ['Osterfeld Therapeutics', 'Osterfeld'], amount: { currency: 'USD', amount: 2_700_000_000 }, parties: [{ name: 'Nordvik Pharma', role: 'acquirer' }] }],
    note: 'fictional; "agreed to be acquired by"; the tender offer to come is the same deal',
  },
  {
    id: 'en5-b-006', lang: 'en', style: 'australia-business-press', date: '2025-09-02',
    text: 'ASX-listed aged-care operator Banksia Living has entered into a scheme implementation deed with private equity firm Kookaburra Partners, which will acquire all of its shares for A$1.45 each, valuing the business at A$520 million. The Banksia board has unanimously recommended the scheme.',
    deals: [{ type: 'acquisition', target: ['Banksia Living'], amount: { currency: 'AUD', amount: 520_000_000 }, parties: [{ name: 'Kookaburra Partners', role: 'acquirer' }] }],
    note: 'fictional; a scheme implementation deed; "which will acquire all of its shares"',
  },
  {
    id: 'en5-b-007', lang: 'en', style: 'mining-trade-press', date: '2025-04-22',
    text: 'Brazilian miner Serra Verde Mineração will sell its nickel division, Niquel do Norte, to Indonesia’s Halmera Resources for $780 million in cash and shares. The carve-out leaves Serra Verde focused on iron ore.',
    deals: [{
      type: 'acquisition', target: ['Niquel do Norte'], amount: { currency: 'USD', amount: 780_000_000 },
      parties: [{ name: 'Halmera Resources', role: 'acquirer' }, { name: 'Serra Verde Mineração', role: 'seller' }],
    }],
    note: 'fictional; a carve-out with the seller as subject',
  },
  {
    id: 'en5-b-008', lang: 'en', style: 'india-business-press', date: '2025-02-26',
    text: 'NEW DELHI: Private equity firm Warburg Pincus has sold its entire 18% stake in Pune-based auto parts maker Sahyadri Forge to Japan’s Kanto Seiki for ₹1,150 crore, according to stock exchange filings. Kanto Seiki now becomes the company’s largest shareholder after the promoters.',
    deals: [{
      type: 'stake-sale', target: ['Sahyadri Forge'], amount: { currency: 'INR', amount: 11_500_000_000 },
      parties: [{ name: 'Kanto Seiki', role: 'acquirer' }, { name: 'Warburg Pincus', role: 'seller' }],
    }],
    note: 'fictional; a stake sale, seller as subject',
  },
  {
    id: 'en5-b-009', lang: 'en', style: 'canada-business-press', date: '2025-10-07',
    text: 'Saskatoon-based Plainsview Agri has bought a majority stake in Manitoba seed processor Red River Seed Co. from its founders for an undisclosed amount. Plainsview said the purchase gives it a second processing plant and access to 1,200 more growers.',
    deals: [{ type: 'stake-sale', target: ['Red River Seed Co.', 'Red River Seed'], parties: [{ name: 'Plainsview Agri', role: 'acquirer' }] }],
    note: 'fictional; "bought a majority stake"; undisclosed amount',
  },
  {
    id: 'en5-b-010', lang: 'en', style: 'local-business-journal', date: '2025-05-28',
    text: 'Tampa accounting firm Gulfline CPAs has been swallowed up by national advisory group Meridian Ledger Partners, adding about 90 staff to Meridian’s Florida practice. The deal closed May 1; terms were not disclosed.',
    deals: [{ type: 'acquisition', target: ['Gulfline CPAs'], parties: [{ name: 'Meridian Ledger Partners', role: 'acquirer' }], date: '2025-05-01' }],
    note: 'fictional; "swallowed up by"; a closing date in the next sentence',
  },
  {
    id: 'en5-b-011', lang: 'en', style: 'earnings-day-story', date: '2025-11-05',
    text: 'Brightwater Instruments reported third-quarter revenue of $612 million, up 9% from a year earlier, and raised its full-year outlook. It also said it had acquired German laser-optics maker Feinoptik for €210 million, funded from cash on hand.',
    deals: [{ type: 'acquisition', target: ['Feinoptik'], amount: { currency: 'EUR', amount: 210_000_000 }, parties: [{ name: 'Brightwater Instruments', role: 'acquirer' }] }],
    note: 'fictional; "It also said it had acquired" — the subject of the sentence before; revenue is no amount',
  },
  {
    id: 'en5-b-012', lang: 'en', style: 'singapore-business-press', date: '2025-07-15',
    text: 'Mainboard-listed logistics group Straits Haulage said its offer for all the shares of freight forwarder PortLink Asia has turned unconditional after it secured 91% acceptances, and it will compulsorily acquire the rest. The offer values PortLink at S$312 million.',
    deals: [{ type: 'acquisition', target: ['PortLink Asia', 'PortLink'], amount: { currency: 'SGD', amount: 312_000_000 }, parties: [{ name: 'Straits Haulage', role: 'acquirer' }] }],
    note: 'fictional; an offer turned unconditional is a purchase done',
  },
  // ---- batch B: mergers ----
  {
    id: 'en5-b-013', lang: 'en', style: 'wire', date: '2025-08-12',
    text: 'Aug 12 (Reuters) - U.S. regional lenders Cascade Valley Bancorp and Summit Ridge Financial agreed to merge in an all-stock deal valued at $1.1 billion, the banks said on Tuesday. The combined bank will have about $14 billion in assets and keep the Cascade Valley name.',
    deals: [{
      type: 'merger', target: ['Cascade Valley Bancorp'], amount: { currency: 'USD', amount: 1_100_000_000 },
      parties: [{ name: 'Summit Ridge Financial', role: 'participant' }],
    }],
    note: 'fictional; all-stock merger, directionless (keeping a name states no buyer)',
  },
  {
    id: 'en5-b-014', lang: 'en', style: 'insurance-trade-press', date: '2025-03-03',
    text: 'Mutual insurers Harrow Mutual and Lincolnshire Farmers have agreed to combine, forming a group with more than 600,000 policyholders. Harrow Mutual will be the surviving entity, and Lincolnshire Farmers policies will move to it next year.',
    deals: [{ type: 'merger', target: ['Lincolnshire Farmers'], parties: [{ name: 'Harrow Mutual', role: 'acquirer' }] }],
    note: 'fictional; "agreed to combine"; the survivor stated in the next sentence',
  },
  {
    id: 'en5-b-015', lang: 'en', style: 'tech-press', date: '2025-10-21',
    text: 'Data-labeling startups Annotara and Glimmer Labs are merging, the two companies said on Tuesday, in a bid to compete with larger rivals for contracts from AI model developers. The combined company will be run by Annotara’s chief executive; terms were not disclosed.',
    deals: [{ type: 'merger', target: ['Annotara'], parties: [{ name: 'Glimmer Labs', role: 'participant' }] }],
    note: 'fictional; "are merging"; directionless',
  },
  {
    id: 'en5-b-016', lang: 'en', style: 'spac-newsletter', date: '2025-06-26',
    text: 'Fusion startup Heliox Power completed its merger with blank-check company Polaris Peak Acquisition Corp. on Wednesday and will begin trading on the Nasdaq on Thursday. The transaction delivered about $190 million in gross proceeds to Heliox.',
    deals: [{
      type: 'merger', target: ['Heliox Power', 'Heliox'], amount: { currency: 'USD', amount: 190_000_000 },
      parties: [{ name: 'Polaris Peak Acquisition Corp.', role: 'participant' }],
    }],
    note: 'fictional; a SPAC merger completed; proceeds in the next sentence',
  },
  {
    id: 'en5-b-017', lang: 'en', style: 'banking-trade-press', date: '2025-09-23',
    text: 'Heartland Savings will merge into Prairie State Bank under a definitive agreement announced on Monday, with Prairie State paying about $64 million in stock. The deal is expected to close in the first quarter of 2026.',
    deals: [{
      type: 'merger', target: ['Heartland Savings'], amount: { currency: 'USD', amount: 64_000_000 },
      parties: [{ name: 'Prairie State Bank', role: 'acquirer' }],
    }],
    note: 'fictional; "will merge into" states the survivor',
  },
  {
    id: 'en5-b-018', lang: 'en', style: 'europe-business-press', date: '2025-11-18',
    text: 'Belgian logistics groups Vandekerckhove Transport and Lys Cargo have completed their merger, creating a company with 4,200 trucks and annual revenue of about €1.1 billion. The new group operates as VLC Logistics.',
    deals: [{ type: 'merger', target: ['Vandekerckhove Transport'], parties: [{ name: 'Lys Cargo', role: 'participant' }] }],
    note: 'fictional; completed merger, no survivor; revenue is no amount',
  },
  // ---- batch B: IPOs ----
  {
    id: 'en5-b-019', lang: 'en', style: 'wire', date: '2023-09-14',
    text: 'Arm Holdings priced its initial public offering at $51 per share, the top of its range, raising $4.87 billion for SoftBank Group, which sold about 10% of the chip designer. The shares begin trading on the Nasdaq on Thursday.',
    deals: [{ type: 'ipo', target: ['Arm Holdings', 'Arm'], amount: { currency: 'USD', amount: 4_870_000_000 }, parties: [{ name: 'SoftBank Group', role: 'seller' }] }],
    note: 'public record; the selling parent is a seller',
  },
  {
    id: 'en5-b-020', lang: 'en', style: 'business-daily', date: '2024-03-21',
    text: 'Reddit shares jumped 48% in their New York Stock Exchange debut on Thursday after the social media company and some of its shareholders raised $748 million in an IPO priced at $34 a share, the top of the marketed range.',
    deals: [{ type: 'ipo', target: ['Reddit'], amount: { currency: 'USD', amount: 748_000_000 }, parties: [] }],
    note: 'public record',
  },
  {
    id: 'en5-b-021', lang: 'en', style: 'tech-press', date: '2018-04-03',
    text: 'Spotify began trading on the New York Stock Exchange on Tuesday through a direct listing, opening at $165.90 a share against a reference price of $132. The music streaming company sold no new shares and raised no money in the listing.',
    deals: [{ type: 'ipo', target: ['Spotify'], parties: [] }],
    note: 'public record; a direct listing, no amount',
  },
  {
    id: 'en5-b-022', lang: 'en', style: 'india-business-press', date: '2024-11-13',
    text: 'Food delivery company Swiggy listed at a premium of about 8% on the NSE on Wednesday, after its ₹11,327 crore IPO was subscribed 3.6 times. The offer included a fresh issue of ₹4,499 crore and an offer for sale by existing investors including Prosus.',
    deals: [{ type: 'ipo', target: ['Swiggy'], amount: { currency: 'INR', amount: 113_270_000_000 }, parties: [{ name: 'Prosus', role: 'seller' }] }],
    note: 'public record (approximate); the fresh issue is a part; sellers in the offer for sale',
  },
  {
    id: 'en5-b-023', lang: 'en', style: 'canada-business-press', date: '2025-06-12',
    text: 'Vancouver battery-materials producer Coastline Lithium raised C$240 million in an upsized initial public offering on the Toronto Stock Exchange, selling 16 million shares at C$15 each. Its shares closed 6% higher on their first day.',
    deals: [{ type: 'ipo', target: ['Coastline Lithium'], amount: { currency: 'CAD', amount: 240_000_000 }, parties: [] }],
    note: 'fictional; upsized IPO',
  },
  {
    id: 'en5-b-024', lang: 'en', style: 'uk-business-press', date: '2025-10-30',
    text: 'Kenyan fintech Mwangaza Pay made its London debut on Thursday through a secondary listing that raised £85m, adding to its existing listing on the Nairobi Securities Exchange. The shares ended the day flat.',
    deals: [{ type: 'ipo', target: ['Mwangaza Pay'], amount: { currency: 'GBP', amount: 85_000_000 }, parties: [] }],
    note: 'fictional; a dual listing',
  },
  {
    id: 'en5-b-025', lang: 'en', style: 'spac-newsletter', date: '2025-02-13',
    text: 'Lodestar Horizon Acquisition Corp., a SPAC sponsored by two former energy traders, raised $230 million in an upsized IPO on the Nasdaq, selling 23 million units at $10 apiece. It had originally planned to raise $200 million.',
    deals: [{ type: 'ipo', target: ['Lodestar Horizon Acquisition Corp.', 'Lodestar Horizon Acquisition'], amount: { currency: 'USD', amount: 230_000_000 }, parties: [] }],
    note: 'fictional; the first plan is no amount',
  },
  // ---- batch B: funding with investors after the deal sentence ----
  {
    id: 'en5-b-026', lang: 'en', style: 'vc-newsletter', date: '2025-04-29',
    text: 'Tessellate, a Berlin startup building energy-management software for factories, has raised €32 million in Series B funding. The round was led by Lowercarbon Capital. Existing investors Cherry Ventures and Point Nine also took part, alongside new backer Extantia.',
    deals: [{
      type: 'funding', target: ['Tessellate'], amount: { currency: 'EUR', amount: 32_000_000 }, round: 'Series B',
      parties: [{ name: 'Lowercarbon Capital', role: 'lead' }, { name: 'Cherry Ventures', role: 'participant' }, { name: 'Point Nine', role: 'participant' }, { name: 'Extantia', role: 'participant' }],
    }],
    note: 'fictional; the lead and the participants in two sentences after the deal',
  },
  {
    id: 'en5-b-027', lang: 'en', style: 'press-release', date: '2025-09-16',
    text: 'AUSTIN, Texas, Sept. 16, 2025 /PRNewswire/ -- Fieldwise, the operating system for home-services contractors, today announced it has closed a $55 million Series C. The round was led by Bessemer Venture Partners with participation from Insight Partners, Base10 Partners and existing investor Craft Ventures.',
    deals: [{
      type: 'funding', target: ['Fieldwise'], amount: { currency: 'USD', amount: 55_000_000 }, round: 'Series C',
      parties: [{ name: 'Bessemer Venture Partners', role: 'lead' }, { name: 'Insight Partners', role: 'participant' }, { name: 'Base10 Partners', role: 'participant' }, { name: 'Craft Ventures', role: 'participant' }],
    }],
    note: 'fictional; press-release dateline; "with participation from … and existing investor …"',
  },
  {
    id: 'en5-b-028', lang: 'en', style: 'singapore-business-press', date: '2025-08-05',
    text: 'Singapore-based agritech startup Padi Labs has secured US$14 million in a pre-Series A round. The company’s backers include Openspace Ventures, which led the round, and East Ventures, while Temasek-backed Pavilion Capital joined as a new investor.',
    deals: [{
      type: 'funding', target: ['Padi Labs'], amount: { currency: 'USD', amount: 14_000_000 }, round: 'pre-Series A',
      parties: [{ name: 'Openspace Ventures', role: 'lead' }, { name: 'East Ventures', role: 'participant' }, { name: 'Pavilion Capital', role: 'participant' }],
    }],
    note: 'fictional; "backers include X, which led the round, and Y"; a modifier company (Temasek) is no investor',
  },
  {
    id: 'en5-b-029', lang: 'en', style: 'australia-tech-press', date: '2025-03-25',
    text: 'Melbourne-based construction software startup Scaffy has raised A$27 million in a Series A round led by Blackbird Ventures. It was joined by Square Peg Capital and AirTree Ventures, the company said on Tuesday.',
    deals: [{
      type: 'funding', target: ['Scaffy'], amount: { currency: 'AUD', amount: 27_000_000 }, round: 'Series A',
      parties: [{ name: 'Blackbird Ventures', role: 'lead' }, { name: 'Square Peg Capital', role: 'participant' }, { name: 'AirTree Ventures', role: 'participant' }],
    }],
    note: 'fictional; "It was joined by"',
  },
  {
    id: 'en5-b-030', lang: 'en', style: 'deal-roundup', date: '2025-07-11',
    text: 'Elsewhere in funding: Lagos-based payments startup Kora Pay raised $18 million in a round led by QED Investors, and Egypt’s health-records platform Shifaa closed a $6 million seed round backed by Algebra Ventures and Flat6Labs.',
    deals: [
      { type: 'funding', target: ['Kora Pay'], amount: { currency: 'USD', amount: 18_000_000 }, parties: [{ name: 'QED Investors', role: 'lead' }] },
      { type: 'funding', target: ['Shifaa'], amount: { currency: 'USD', amount: 6_000_000 }, round: 'seed', parties: [{ name: 'Algebra Ventures', role: 'participant' }, { name: 'Flat6Labs', role: 'participant' }] },
    ],
    note: 'fictional; a round-up with two rounds',
  },
  // ---- batch B: two deals ----
  {
    id: 'en5-b-031', lang: 'en', style: 'business-daily', date: '2025-10-02',
    text: 'Harlow Brands agreed to buy skincare label Dewfall for $1.1 billion and said it would sell its hair-care unit, Strandline, to private equity firm Oakmere Capital for $430 million, as the consumer goods maker reshapes its portfolio.',
    deals: [
      { type: 'acquisition', target: ['Dewfall'], amount: { currency: 'USD', amount: 1_100_000_000 }, parties: [{ name: 'Harlow Brands', role: 'acquirer' }] },
      { type: 'acquisition', target: ['Strandline'], amount: { currency: 'USD', amount: 430_000_000 }, parties: [{ name: 'Oakmere Capital', role: 'acquirer' }, { name: 'Harlow Brands', role: 'seller' }] },
    ],
    note: 'fictional; a purchase and a sale by the same company in one sentence',
  },
  {
    id: 'en5-b-032', lang: 'en', style: 'tech-press', date: '2025-12-02',
    text: 'Observability company Tracemark has acquired Loglite, an open-source logging startup, weeks after raising $90 million in a Series D round led by Coatue. Tracemark did not disclose what it paid for Loglite.',
    deals: [
      { type: 'acquisition', target: ['Loglite'], parties: [{ name: 'Tracemark', role: 'acquirer' }] },
      { type: 'funding', target: ['Tracemark'], amount: { currency: 'USD', amount: 90_000_000 }, round: 'Series D', parties: [{ name: 'Coatue', role: 'lead' }] },
    ],
    note: 'fictional; an acquisition and an earlier round in one sentence ("weeks after" dates no month)',
  },
  // ---- batch B: no deal ----
  {
    id: 'en5-b-033', lang: 'en', style: 'wire', date: '2025-07-17',
    text: 'Alimentation Couche-Tard has withdrawn its $47 billion proposal to buy Seven & i Holdings, the owner of 7-Eleven, saying the Japanese retailer had failed to engage constructively. Seven & i shares fell sharply in Tokyo.',
    deals: [], negative: 'called-off', note: 'public record (as reported); a proposal withdrawn',
  },
  {
    id: 'en5-b-034', lang: 'en', style: 'tech-press', date: '2023-12-18',
    text: 'Adobe and Figma have agreed to abandon their $20 billion merger, citing no clear path to regulatory approval in Europe and the UK. Adobe will pay Figma a $1 billion termination fee.',
    deals: [], negative: 'called-off', note: 'public record',
  },
  {
    id: 'en5-b-035', lang: 'en', style: 'business-daily', date: '2025-09-09',
    text: 'Kingsbridge Foods is weighing a bid for frozen-dessert maker Polar Spoon and has held preliminary discussions with its owners, people familiar with the matter said. Any offer could value Polar Spoon at more than $2 billion including debt.',
    deals: [], negative: 'rumour', note: 'fictional',
  },
  {
    id: 'en5-b-036', lang: 'en', style: 'uk-business-press', date: '2025-04-08',
    text: 'Shares in Thamesmead Utilities rose 9% after the water company confirmed it had received a takeover approach from a Canadian pension fund. Talks are at an early stage and there is no certainty an offer will be made, the board said.',
    deals: [], negative: 'talks', note: 'fictional; UK "possible offer" language',
  },
  {
    id: 'en5-b-037', lang: 'en', style: 'vc-newsletter', date: '2025-06-03',
    text: 'Boston-based Granite Peak Ventures has raised $310 million for its fifth fund, bringing its assets under management to $1.4 billion. The firm will write first checks of up to $5 million into climate and industrial startups.',
    deals: [], negative: 'fund-raise', note: 'fictional',
  },
  {
    id: 'en5-b-038', lang: 'en', style: 'earnings-day-story', date: '2025-10-29',
    text: 'Ridgeline Semiconductor said quarterly revenue climbed 22% to $3.4 billion and announced a $10 billion share buyback, sending its stock up 8% in after-hours trading. The company’s market value topped $150 billion for the first time.',
    deals: [], negative: 'buyback', note: 'fictional',
  },
  {
    id: 'en5-b-039', lang: 'en', style: 'india-business-press', date: '2025-05-20',
    text: 'Shares of Deccan Cements slumped 12% on Tuesday after the Competition Commission of India ordered a detailed investigation into its ₹3,800 crore acquisition of rival Godavari Cement, announced in February.',
    deals: [], negative: 'other', note: 'fictional; an antitrust investigation of a deal reported earlier',
  },
  {
    id: 'en5-b-040', lang: 'en', style: 'tech-press', date: '2025-08-26',
    text: 'Fintech company Ledgerwise has hired Goldman Sachs and Morgan Stanley to prepare for an initial public offering that could come as early as next spring, according to people familiar with the plans. The company was last valued at $9 billion.',
    deals: [], negative: 'not-closed', note: 'fictional; banks hired for a listing',
  },
  {
    id: 'en5-b-041', lang: 'en', style: 'canada-business-press', date: '2025-03-12',
    text: 'Northern Rail Holdings raised its quarterly dividend by 7% to C$0.92 a share and said it would buy back up to 5% of its shares over the next year. Fourth-quarter profit rose 11% to C$1.2 billion.',
    deals: [], negative: 'dividend', note: 'fictional',
  },
  {
    id: 'en5-b-042', lang: 'en', style: 'mining-trade-press', date: '2025-09-30',
    text: 'Kalgoorlie Consolidated said its shareholders had voted down the proposed A$1.6 billion merger with fellow gold miner Coolgardie Resources, ending a deal the two boards agreed in June. Coolgardie said it would now pursue its own growth plans.',
    deals: [], negative: 'called-off', note: 'fictional; a merger voted down',
  },
  {
    id: 'en5-b-043', lang: 'en', style: 'pharma-trade-press', date: '2025-11-11',
    text: 'A group of former Verity Biosciences shareholders has filed a lawsuit against Ostara Pharma, alleging the drugmaker underpaid when it took over the company for $1.2 billion in 2023. Ostara called the suit baseless.',
    deals: [], negative: 'settlement', note: 'fictional; a lawsuit about a past takeover named as background',
  },
  // ---- batch C: written after batch B's rules, scored before any rule for it ----
  {
    id: 'en5-c-001', lang: 'en', style: 'wire', date: '2025-01-13',
    text: 'LONDON, Jan 13 - Brewer Calder & Finch struck a deal to buy Irish cider maker Orchard Hill for €640 million, the companies said on Monday, expanding the group’s range beyond beer. Orchard Hill’s founders will stay on to run the business.',
    deals: [{ type: 'acquisition', target: ['Orchard Hill'], amount: { currency: 'EUR', amount: 640_000_000 }, parties: [{ name: 'Calder & Finch', role: 'acquirer' }] }],
    note: 'fictional; "struck a deal to buy"; a dateline; what the buyer is before its name',
  },
  {
    id: 'en5-c-002', lang: 'en', style: 'tech-press', date: '2025-05-20',
    text: 'Enterprise software giant Veltrix has acquired Promptly, a startup that helps companies test large language model applications, in a deal worth about $400 million, according to a person familiar with the matter. Veltrix confirmed the acquisition but did not disclose terms.',
    deals: [{ type: 'acquisition', target: ['Promptly'], amount: { currency: 'USD', amount: 400_000_000 }, parties: [{ name: 'Veltrix', role: 'acquirer' }] }],
    note: 'fictional; the price from a person familiar, the deal itself confirmed',
  },
  {
    id: 'en5-c-003', lang: 'en', style: 'india-business-press', date: '2025-03-04',
    text: 'Reliance Consumer Products has taken a 51% stake in Chennai-based beverage company Sunfresh Drinks for an undisclosed sum, making it the latest regional brand to join the conglomerate’s consumer portfolio. The founders will hold the remaining 49%.',
    deals: [{ type: 'stake-sale', target: ['Sunfresh Drinks'], parties: [{ name: 'Reliance Consumer Products', role: 'acquirer' }] }],
    note: 'fictional; "has taken a 51% stake in"',
  },
  {
    id: 'en5-c-004', lang: 'en', style: 'energy-trade-press', date: '2025-08-01',
    text: 'Houston-based Ridgecrest Midstream completed the purchase of a natural gas gathering system in West Texas from Pecos Basin Partners for $1.05 billion on Thursday. The assets include 1,100 miles of pipeline and three processing plants.',
    deals: [{
      type: 'acquisition', target: ['natural gas gathering system'], amount: { currency: 'USD', amount: 1_050_000_000 },
      parties: [{ name: 'Ridgecrest Midstream', role: 'acquirer' }, { name: 'Pecos Basin Partners', role: 'seller' }],
    }],
    note: 'fictional; assets bought from a seller',
  },
  {
    id: 'en5-c-005', lang: 'en', style: 'australia-business-press', date: '2025-12-09',
    text: 'Perpetua Wealth has agreed to a A$1.2 billion takeover by US private equity group Stonebridge Capital, which will pay A$6.80 cash for each share. The Sydney fund manager’s board said it intends to recommend the offer in the absence of a superior proposal.',
    deals: [{ type: 'acquisition', target: ['Perpetua Wealth'], amount: { currency: 'AUD', amount: 1_200_000_000 }, parties: [{ name: 'Stonebridge Capital', role: 'acquirer' }] }],
    note: 'fictional; "agreed to a takeover by"; the board’s intent is no doubt about the deal',
  },
  {
    id: 'en5-c-006', lang: 'en', style: 'banking-trade-press', date: '2025-04-16',
    text: 'Community lender First Keystone Bank is buying Susquehanna Trust Co. in a cash-and-stock deal worth roughly $140 million, the banks said Wednesday. The combined bank will have $3.9 billion in assets.',
    deals: [{ type: 'acquisition', target: ['Susquehanna Trust Co.', 'Susquehanna Trust'], amount: { currency: 'USD', amount: 140_000_000 }, parties: [{ name: 'First Keystone Bank', role: 'acquirer' }] }],
    note: 'fictional; "is buying"; assets are no amount',
  },
  {
    id: 'en5-c-007', lang: 'en', style: 'uk-business-press', date: '2025-07-08',
    text: 'Shareholders in Aldwych Engineering have backed a £760m recommended cash offer from American rival Tennant Precision, clearing the way for the takeover to complete next month. Aldwych’s shares will be delisted from the London Stock Exchange.',
    deals: [{ type: 'acquisition', target: ['Aldwych Engineering'], amount: { currency: 'GBP', amount: 760_000_000 }, parties: [{ name: 'Tennant Precision', role: 'acquirer' }] }],
    note: 'fictional; a recommended offer approved by shareholders',
  },
  {
    id: 'en5-c-008', lang: 'en', style: 'pharma-trade-press', date: '2025-10-06',
    text: 'Swiss drugmaker Helvion said it will acquire Boston biotech Quarry Bio for up to $1.9 billion, including $1.3 billion upfront and milestone payments of up to $600 million. Quarry’s lead drug is in mid-stage trials for a rare liver disease.',
    deals: [{ type: 'acquisition', target: ['Quarry Bio'], amount: { currency: 'USD', amount: 1_900_000_000 }, parties: [{ name: 'Helvion', role: 'acquirer' }] }],
    note: 'fictional; "for up to $X including … upfront": the headline total',
  },
  {
    id: 'en5-c-009', lang: 'en', style: 'wire', date: '2025-09-17',
    text: 'Japanese trading house Marukawa Corp will merge with smaller rival Sanei Shoji through a share swap, the companies said on Wednesday, creating Japan’s sixth-largest trading firm. Marukawa will be the surviving company and Sanei shares will be delisted in March.',
    deals: [{ type: 'merger', target: ['Sanei Shoji'], parties: [{ name: 'Marukawa Corp', role: 'acquirer' }] }],
    note: 'fictional; "will merge with" and a stated survivor',
  },
  {
    id: 'en5-c-010', lang: 'en', style: 'local-business-journal', date: '2025-02-19',
    text: 'Two Charlotte-area law firms, Whitfield Brandt and Corley & Nash, will merge on April 1 to form a 140-lawyer firm called Whitfield Corley. The combined firm will be led by Whitfield Brandt managing partner Dana Ruiz.',
    deals: [{ type: 'merger', target: ['Whitfield Brandt'], parties: [{ name: 'Corley & Nash', role: 'participant' }] }],
    note: 'fictional; a merger agreed, directionless; the future date is the plan’s, no deal date',
  },
  {
    id: 'en5-c-011', lang: 'en', style: 'canada-business-press', date: '2025-06-23',
    text: 'Canadian cannabis producers Northleaf Growers and Maple Crest Cannabis have combined in an all-share deal, the companies said Monday, with Northleaf shareholders owning 55% of the merged company. The new company will trade on the TSX as Northcrest.',
    deals: [{ type: 'merger', target: ['Northleaf Growers'], parties: [{ name: 'Maple Crest Cannabis', role: 'participant' }] }],
    note: 'fictional; "have combined in an all-share deal"',
  },
  {
    id: 'en5-c-012', lang: 'en', style: 'hk-business-press', date: '2025-05-20',
    text: 'Contemporary Amperex Technology raised HK$35.7 billion in its Hong Kong share sale, the largest listing in the city in four years, after pricing the shares at HK$263 each. The battery giant’s stock, already listed in Shenzhen, rose 16% in its Hong Kong debut.',
    deals: [{ type: 'ipo', target: ['Contemporary Amperex Technology'], amount: { currency: 'HKD', amount: 35_700_000_000 }, parties: [] }],
    note: 'public record (approximate); a dual listing',
  },
  {
    id: 'en5-c-013', lang: 'en', style: 'business-daily', date: '2025-06-05',
    text: 'Circle Internet Group shares more than doubled in their New York Stock Exchange debut on Thursday after the stablecoin issuer raised $1.05 billion in an upsized IPO priced above its range at $31 a share.',
    deals: [{ type: 'ipo', target: ['Circle Internet Group', 'Circle'], amount: { currency: 'USD', amount: 1_050_000_000 }, parties: [] }],
    note: 'public record (approximate)',
  },
  {
    id: 'en5-c-014', lang: 'en', style: 'india-business-press', date: '2025-12-03',
    text: 'Shares of Tirupati Agro Foods closed 21% above their issue price on debut on Wednesday. The company’s ₹840 crore initial public offering drew bids 48 times the shares on offer.',
    deals: [{ type: 'ipo', target: ['Tirupati Agro Foods'], amount: { currency: 'INR', amount: 8_400_000_000 }, parties: [] }],
    note: 'fictional; the size in the next sentence, named by its noun',
  },
  {
    id: 'en5-c-015', lang: 'en', style: 'spac-newsletter', date: '2025-11-20',
    text: 'Drone maker Skyward Dynamics has completed its business combination with Atlas Peak Acquisition Corp. II and its shares begin trading on the NYSE American on Friday under the ticker SKYD.',
    deals: [{ type: 'merger', target: ['Skyward Dynamics'], parties: [{ name: 'Atlas Peak Acquisition Corp. II', role: 'participant' }] }],
    note: 'fictional; "business combination with" a SPAC',
  },
  {
    id: 'en5-c-016', lang: 'en', style: 'vc-newsletter', date: '2025-09-09',
    text: 'Brickline, which sells insurance to small landlords, raised $30 million in a Series B. Thrive Capital and Ribbit Capital co-led the round, and Y Combinator and SV Angel also invested.',
    deals: [{
      type: 'funding', target: ['Brickline'], amount: { currency: 'USD', amount: 30_000_000 }, round: 'Series B',
      parties: [{ name: 'Thrive Capital', role: 'lead' }, { name: 'Ribbit Capital', role: 'lead' }, { name: 'Y Combinator', role: 'participant' }, { name: 'SV Angel', role: 'participant' }],
    }],
    note: 'fictional; co-leads and participants in the sentence after the deal',
  },
  {
    id: 'en5-c-017', lang: 'en', style: 'press-release', date: '2025-04-08',
    text: 'TORONTO, April 8, 2025 /CNW/ - Maplewave Health, a provider of virtual mental-health care, today announced the close of a C$22 million Series A financing. Participation came from Inovia Capital, which led the round, BDC Capital and Export Development Canada.',
    deals: [{
      type: 'funding', target: ['Maplewave Health'], amount: { currency: 'CAD', amount: 22_000_000 }, round: 'Series A',
      parties: [{ name: 'Inovia Capital', role: 'lead' }, { name: 'BDC Capital', role: 'participant' }, { name: 'Export Development Canada', role: 'participant' }],
    }],
    note: 'fictional; "Participation came from X, which led the round, Y and Z"',
  },
  {
    id: 'en5-c-018', lang: 'en', style: 'tech-press', date: '2025-07-29',
    text: 'AI coding startup Forgeline has raised $150 million at a $2.5 billion valuation. The round was led by Andreessen Horowitz, with Lightspeed Venture Partners and General Catalyst also participating. The company raised a $40 million Series A in February.',
    deals: [
      {
        type: 'funding', target: ['Forgeline'], amount: { currency: 'USD', amount: 150_000_000 }, valuation: { currency: 'USD', amount: 2_500_000_000 },
        parties: [{ name: 'Andreessen Horowitz', role: 'lead' }, { name: 'Lightspeed Venture Partners', role: 'participant' }, { name: 'General Catalyst', role: 'participant' }],
      },
      { type: 'funding', target: ['Forgeline'], amount: { currency: 'USD', amount: 40_000_000 }, round: 'Series A', date: '2025-02', parties: [] },
    ],
    note: 'fictional; a round and an earlier dated round of the same company',
  },
  {
    id: 'en5-c-019', lang: 'en', style: 'deal-roundup', date: '2025-10-17',
    text: 'Deals of the week: French grocer Maison Verte bought online wine seller Cavista for €95 million; and Danish shipping group Nordlinje sold its tanker arm, Nordlinje Tankers, to Greek owner Aegean Star for $410 million.',
    deals: [
      { type: 'acquisition', target: ['Cavista'], amount: { currency: 'EUR', amount: 95_000_000 }, parties: [{ name: 'Maison Verte', role: 'acquirer' }] },
      { type: 'acquisition', target: ['Nordlinje Tankers'], amount: { currency: 'USD', amount: 410_000_000 }, parties: [{ name: 'Aegean Star', role: 'acquirer' }, { name: 'Nordlinje', role: 'seller' }] },
    ],
    note: 'fictional; a round-up with a purchase and a carve-out sale',
  },
  {
    id: 'en5-c-020', lang: 'en', style: 'earnings-day-story', date: '2025-08-06',
    text: 'Crestmoor Hotels posted second-quarter revenue of $1.1 billion, in line with estimates. The company also completed its $275 million purchase of boutique chain Linden House during the quarter, adding 14 properties.',
    deals: [{ type: 'acquisition', target: ['Linden House'], amount: { currency: 'USD', amount: 275_000_000 }, parties: [{ name: 'Crestmoor Hotels', role: 'acquirer' }] }],
    note: 'fictional; "The company" is the previous sentence’s subject; revenue is no amount',
  },
  // ---- batch C: no deal ----
  {
    id: 'en5-c-021', lang: 'en', style: 'wire', date: '2025-03-31',
    text: 'Trident Chemicals sweetened its hostile offer for Belgian rival Solvance to €6.2 billion on Monday, the third raise in two months, after Solvance’s board rejected the previous bid as opportunistic.',
    deals: [], negative: 'other', note: 'fictional; a hostile offer raised, not accepted',
  },
  {
    id: 'en5-c-022', lang: 'en', style: 'tech-press', date: '2025-10-10',
    text: 'Streaming startup Reelhouse has postponed its planned Nasdaq IPO, citing market volatility, weeks after it filed publicly to raise as much as $300 million. The company said it still intends to go public.',
    deals: [], negative: 'not-closed', note: 'fictional; an IPO postponed',
  },
  {
    id: 'en5-c-023', lang: 'en', style: 'business-daily', date: '2025-11-24',
    text: 'Parkline Retail is said to be nearing a deal to sell its loss-making furniture chain to a turnaround investor for less than $100 million, according to people with knowledge of the talks.',
    deals: [], negative: 'rumour', note: 'fictional; nearing a deal',
  },
  {
    id: 'en5-c-024', lang: 'en', style: 'uk-business-press', date: '2025-05-15',
    text: 'The founder of fashion retailer Quill & Co has sold £85m of shares in the company in a placing with institutional investors, cutting his stake to 22%. The shares fell 4% on the news.',
    deals: [], negative: 'share-move', note: 'fictional; a founder selling shares in a placing is no deal of the company',
  },
  {
    id: 'en5-c-025', lang: 'en', style: 'energy-trade-press', date: '2025-02-27',
    text: 'Westmark Energy said it will spin off its renewables business into a separately listed company by the end of next year, and that it has no plans to sell the unit. The spin-off will be tax-free for shareholders.',
    deals: [], negative: 'other', note: 'fictional; a spin-off planned',
  },
  {
    id: 'en5-c-026', lang: 'en', style: 'vc-trade-press', date: '2025-08-21',
    text: 'Tiger Global has marked down the value of its stake in payments company Zestly by 40%, implying a valuation of about $2.4 billion, according to a letter to investors. Zestly was valued at $4 billion in its last funding round in 2022.',
    deals: [], negative: 'market-value', note: 'fictional; a markdown and a past valuation',
  },
  {
    id: 'en5-c-027', lang: 'en', style: 'australia-business-press', date: '2025-09-25',
    text: 'The Australian Competition and Consumer Commission has raised concerns about Harbourline Ports’ proposed A$2.1 billion acquisition of rival operator Coral Sea Terminals, saying the deal could reduce competition on the east coast.',
    deals: [], negative: 'other', note: 'fictional; a regulator’s concerns about a proposed deal',
  },
  {
    id: 'en5-c-028', lang: 'en', style: 'singapore-business-press', date: '2025-04-30',
    text: 'Lion City Properties said first-quarter profit fell 8% to S$64 million and declared an interim dividend of 3 Singapore cents a share. It also said it would not pursue a sale of its hotel portfolio after failing to receive acceptable bids.',
    deals: [], negative: 'dividend', note: 'fictional; a sale not pursued',
  },
  {
    id: 'en5-c-029', lang: 'en', style: 'mining-trade-press', date: '2025-07-02',
    text: 'Pilbara Iron said the government of Western Australia had approved its plans to expand the Yandi North mine, a project expected to cost about A$3.4 billion. First ore is expected in 2028.',
    deals: [], negative: 'other', note: 'fictional; a project’s cost is no deal',
  },
  {
    id: 'en5-c-030', lang: 'en', style: 'insurance-trade-press', date: '2025-03-20',
    text: 'Lloyd’s insurer Beacon Marine settled a $45 million lawsuit brought by former shareholders of Anchorage Re, which it bought in 2021, without admitting liability.',
    deals: [], negative: 'settlement', note: 'fictional; a past purchase named as background',
  },
  // ---- batch D: written after batch C's rules, scored before any rule for it ----
  {
    id: 'en5-d-001', lang: 'en', style: 'wire', date: '2025-02-24',
    text: 'Feb 24 (Reuters) - Dutch payments firm Kassa Group said on Monday it had bought Polish rival Platnik for 410 million zlotys, its third acquisition in central Europe in a year. The purchase was funded from existing cash.',
    deals: [{ type: 'acquisition', target: ['Platnik'], amount: { currency: 'PLN', amount: 410_000_000 }, parties: [{ name: 'Kassa Group', role: 'acquirer' }] }],
    note: 'fictional; zlotys',
  },
  {
    id: 'en5-d-002', lang: 'en', style: 'tech-press', date: '2025-06-17',
    text: 'Cybersecurity company Sentrix is buying identity startup Keyward in a cash-and-stock deal valued at $1.3 billion, the companies announced Tuesday. Keyward, founded in 2019, had raised about $180 million from investors including Accel and Index Ventures.',
    deals: [{ type: 'acquisition', target: ['Keyward'], amount: { currency: 'USD', amount: 1_300_000_000 }, parties: [{ name: 'Sentrix', role: 'acquirer' }] }],
    note: 'fictional; the target’s past backers are no parties of the purchase',
  },
  {
    id: 'en5-d-003', lang: 'en', style: 'mining-trade-press', date: '2025-03-11',
    text: 'Gold producer Meridian Ridge Mining has completed its acquisition of Tanami Star Resources by way of a court-approved scheme, paying A$0.94 a share in cash. The deal valued Tanami Star at about A$480 million.',
    deals: [{ type: 'acquisition', target: ['Tanami Star Resources', 'Tanami Star'], amount: { currency: 'AUD', amount: 480_000_000 }, parties: [{ name: 'Meridian Ridge Mining', role: 'acquirer' }] }],
    note: 'fictional; a scheme completed; the deal’s value in the next sentence',
  },
  {
    id: 'en5-d-004', lang: 'en', style: 'uk-business-press', date: '2025-09-29',
    text: 'Pub group Greene & Hollis has snapped up 62 sites from struggling rival Alder Taverns for £48m, taking its estate to more than 900 pubs. Alder said the sale would help it cut debt.',
    deals: [{
      type: 'acquisition', target: ['62 sites'], amount: { currency: 'GBP', amount: 48_000_000 },
      parties: [{ name: 'Greene & Hollis', role: 'acquirer' }, { name: 'Alder Taverns', role: 'seller' }],
    }],
    note: 'fictional; assets bought from a seller (the sites have no name)',
  },
  {
    id: 'en5-d-005', lang: 'en', style: 'india-business-press', date: '2025-07-22',
    text: 'Mumbai-based Aarav Hospitals on Tuesday completed the acquisition of a 74% stake in Lucknow’s Shanti Medicare for ₹620 crore, giving the hospital chain its first facility in Uttar Pradesh.',
    deals: [{ type: 'stake-sale', target: ['Shanti Medicare'], amount: { currency: 'INR', amount: 6_200_000_000 }, parties: [{ name: 'Aarav Hospitals', role: 'acquirer' }] }],
    note: 'fictional; "completed the acquisition of a 74% stake in"',
  },
  {
    id: 'en5-d-006', lang: 'en', style: 'insurance-trade-press', date: '2025-11-03',
    text: 'Specialty insurer Halvard Re has agreed to buy the U.S. crop insurance business of Great Plains Mutual for $525 million, the companies said. The unit wrote about $900 million in premiums last year.',
    deals: [{
      type: 'acquisition', target: ['crop insurance business'], amount: { currency: 'USD', amount: 525_000_000 },
      parties: [{ name: 'Halvard Re', role: 'acquirer' }, { name: 'Great Plains Mutual', role: 'seller' }],
    }],
    note: 'fictional; "the business of X": a unit bought from its owner; premiums are no amount',
  },
  {
    id: 'en5-d-007', lang: 'en', style: 'canada-business-press', date: '2025-05-06',
    text: 'Toronto-based asset manager Harbourfront Capital has acquired a controlling interest in Calgary wealth firm Bow River Advisors, which oversees about C$6 billion for clients. Terms were not disclosed.',
    deals: [{ type: 'stake-sale', target: ['Bow River Advisors'], parties: [{ name: 'Harbourfront Capital', role: 'acquirer' }] }],
    note: 'fictional; a controlling interest; assets under management are no amount',
  },
  {
    id: 'en5-d-008', lang: 'en', style: 'pharma-trade-press', date: '2025-02-03',
    text: 'Rhenus Bio, a Munich cell-therapy developer, has been acquired by Japan’s Sakura Pharmaceutical in a deal worth up to €1.4 billion including milestones. Sakura paid €800 million upfront.',
    deals: [{ type: 'acquisition', target: ['Rhenus Bio'], amount: { currency: 'EUR', amount: 1_400_000_000 }, parties: [{ name: 'Sakura Pharmaceutical', role: 'acquirer' }] }],
    note: 'fictional; passive with an appositive; the headline total including milestones',
  },
  {
    id: 'en5-d-009', lang: 'en', style: 'local-business-journal', date: '2025-08-14',
    text: 'Denver’s Summit Grounds Coffee, a chain of 22 cafes, has been purchased by Seattle roaster Cascade Bean Co., which plans to keep the Summit Grounds brand. The sale price was not disclosed.',
    deals: [{ type: 'acquisition', target: ['Summit Grounds Coffee'], parties: [{ name: 'Cascade Bean Co.', role: 'acquirer' }] }],
    note: 'fictional; "has been purchased by" what the buyer is and its name',
  },
  // ---- batch D: mergers ----
  {
    id: 'en5-d-010', lang: 'en', style: 'business-daily', date: '2025-04-28',
    text: 'Packaging makers Corrugo and Boxwell Industries said on Monday they would combine in an all-stock merger of equals valued at about $9 billion, creating a North American leader in paper-based packaging. The companies expect the deal to close early next year.',
    deals: [{ type: 'merger', target: ['Corrugo'], amount: { currency: 'USD', amount: 9_000_000_000 }, parties: [{ name: 'Boxwell Industries', role: 'participant' }] }],
    note: 'fictional; "said they would combine"; a merger of equals valued at',
  },
  {
    id: 'en5-d-011', lang: 'en', style: 'banking-trade-press', date: '2025-10-20',
    text: 'Riverbend Financial is set to merge with Lakeland Community Bancorp after shareholders of both companies approved the deal last week. Lakeland will be merged into Riverbend, and the combined company will have about $7.8 billion in assets.',
    deals: [{ type: 'merger', target: ['Lakeland Community Bancorp', 'Lakeland'], parties: [{ name: 'Riverbend Financial', role: 'acquirer' }] }],
    note: 'fictional; an approved merger with a stated survivor in the next sentence',
  },
  {
    id: 'en5-d-012', lang: 'en', style: 'wire', date: '2025-12-15',
    text: 'Dec 15 - Norwegian salmon farmers Fjordlaks and Havbruk Nord said they had agreed to a merger that will create the country’s third-largest producer, with Fjordlaks shareholders owning 60% of the combined company.',
    deals: [{ type: 'merger', target: ['Fjordlaks'], parties: [{ name: 'Havbruk Nord', role: 'participant' }] }],
    note: 'fictional; "agreed to a merger"; an ownership split states no buyer',
  },
  {
    id: 'en5-d-013', lang: 'en', style: 'spac-newsletter', date: '2025-03-19',
    text: 'Quantum sensing company Qubitron will become public through a combination with Horizon Space Acquisition Corp., valuing the combined business at about $850 million. The deal includes a $75 million private placement from investors led by Crescent Cove.',
    deals: [{
      type: 'merger', target: ['Qubitron'], valuation: { currency: 'USD', amount: 850_000_000 },
      parties: [{ name: 'Horizon Space Acquisition Corp.', role: 'participant' }],
    }],
    note: 'fictional; a SPAC combination; the PIPE is part of it, not a separate deal here',
  },
  // ---- batch D: IPOs ----
  {
    id: 'en5-d-014', lang: 'en', style: 'wire', date: '2025-10-16',
    text: 'Mexican lender Banco Altiplano raised 8.2 billion pesos in an initial public offering on the Mexican stock exchange, the first listing there in seven years. The shares were priced at 41 pesos each.',
    deals: [{ type: 'ipo', target: ['Banco Altiplano'], amount: { currency: 'MXN', amount: 8_200_000_000 }, parties: [] }],
    note: 'fictional; pesos',
  },
  {
    id: 'en5-d-015', lang: 'en', style: 'australia-business-press', date: '2025-04-10',
    text: 'Brisbane solar installer Sunvolt floated on the ASX on Thursday after raising A$95 million at A$1.25 a share, and its shares closed 9 per cent above the offer price.',
    deals: [{ type: 'ipo', target: ['Sunvolt'], amount: { currency: 'AUD', amount: 95_000_000 }, parties: [] }],
    note: 'fictional; "floated"',
  },
  {
    id: 'en5-d-016', lang: 'en', style: 'tech-press', date: '2025-09-24',
    text: 'Netherlands-based chip-equipment maker Lithex went public on Euronext Amsterdam on Wednesday, raising €1.1 billion in the biggest European tech IPO of the year. Cornerstone investors including Norges Bank took about a third of the shares.',
    deals: [{ type: 'ipo', target: ['Lithex'], amount: { currency: 'EUR', amount: 1_100_000_000 }, parties: [{ name: 'Norges Bank', role: 'participant' }] }],
    note: 'fictional; "went public … raising"; cornerstone investors are participants, as elsewhere in the set (en-corp: Meituan, Porsche, CATL)',
  },
  {
    id: 'en5-d-017', lang: 'en', style: 'india-business-press', date: '2025-06-30',
    text: 'Jaipur-based jewellery retailer Kundan Gold Ltd’s ₹1,500 crore IPO was subscribed 62 times on its final day on Friday. The shares will list on the BSE and NSE on July 3.',
    deals: [], negative: 'not-closed', note: 'fictional; an offer subscribed, not yet listed (in this set a listing is a deal once it lists or prices)',
  },
  // ---- batch D: funding ----
  {
    id: 'en5-d-018', lang: 'en', style: 'vc-newsletter', date: '2025-02-11',
    text: 'Stockholm-based Veloxa, which makes battery-swap stations for e-scooters, has landed €12 million in seed funding. Backers include EQT Ventures and Creandum, and angel investors from Spotify and Klarna also put money in.',
    deals: [{
      type: 'funding', target: ['Veloxa'], amount: { currency: 'EUR', amount: 12_000_000 }, round: 'seed',
      parties: [{ name: 'EQT Ventures', role: 'participant' }, { name: 'Creandum', role: 'participant' }],
    }],
    note: 'fictional; "Backers include"; angels from companies are not the companies',
  },
  {
    id: 'en5-d-019', lang: 'en', style: 'india-tech-press', date: '2025-11-18',
    text: 'Gurugram-based fintech Paysutra has secured $35 million in a Series B funding round led by Peak XV Partners. Existing investors Matrix Partners India and Omidyar Network India also participated in the round, which values the startup at about $210 million.',
    deals: [{
      type: 'funding', target: ['Paysutra'], amount: { currency: 'USD', amount: 35_000_000 }, round: 'Series B', valuation: { currency: 'USD', amount: 210_000_000 },
      parties: [{ name: 'Peak XV Partners', role: 'lead' }, { name: 'Matrix Partners India', role: 'participant' }, { name: 'Omidyar Network India', role: 'participant' }],
    }],
    note: 'fictional; existing investors in the next sentence with the valuation',
  },
  {
    id: 'en5-d-020', lang: 'en', style: 'press-release', date: '2025-05-13',
    text: 'SAN FRANCISCO, May 13, 2025 (BUSINESS WIRE) -- Orbital Grid, developer of software for utility-scale batteries, today announced $48 million in Series B funding led by Energy Impact Partners, with additional participation from Breakthrough Energy Ventures, Congruent Ventures and Schneider Electric Ventures.',
    deals: [{
      type: 'funding', target: ['Orbital Grid'], amount: { currency: 'USD', amount: 48_000_000 }, round: 'Series B',
      parties: [{ name: 'Energy Impact Partners', role: 'lead' }, { name: 'Breakthrough Energy Ventures', role: 'participant' }, { name: 'Congruent Ventures', role: 'participant' }, { name: 'Schneider Electric Ventures', role: 'participant' }],
    }],
    note: 'fictional; a BUSINESS WIRE dateline; "with additional participation from"',
  },
  {
    id: 'en5-d-021', lang: 'en', style: 'deal-roundup', date: '2025-08-29',
    text: 'Also this week: Austin’s Haulwise, which matches truckers with loads, raised $20 million led by Bain Capital Ventures; and Miami’s Tabula Health picked up $8 million in seed money from General Catalyst.',
    deals: [
      { type: 'funding', target: ['Haulwise'], amount: { currency: 'USD', amount: 20_000_000 }, parties: [{ name: 'Bain Capital Ventures', role: 'lead' }] },
      { type: 'funding', target: ['Tabula Health'], amount: { currency: 'USD', amount: 8_000_000 }, round: 'seed', parties: [{ name: 'General Catalyst', role: 'participant' }] },
    ],
    note: 'fictional; a round-up with two rounds',
  },
  // ---- batch D: no deal ----
  {
    id: 'en5-d-022', lang: 'en', style: 'business-daily', date: '2025-06-24',
    text: 'Talks between Ardent Foods and private equity firm Baycourt Partners over a possible $3 billion buyout have stalled over price, according to people familiar with the matter. Ardent shares fell 6%.',
    deals: [], negative: 'talks', note: 'fictional; talks stalled',
  },
  {
    id: 'en5-d-023', lang: 'en', style: 'uk-business-press', date: '2025-01-30',
    text: 'Mercia Water rejected a third takeover proposal from infrastructure investor Ferrovial Capital, which valued the company at £2.4bn, saying it still undervalued the group. Ferrovial Capital has until February 27 to make a firm offer.',
    deals: [], negative: 'other', note: 'fictional; a proposal rejected',
  },
  {
    id: 'en5-d-024', lang: 'en', style: 'wire', date: '2025-05-02',
    text: 'A U.S. judge blocked Tristate Grocers’ $4.6 billion acquisition of rival Freshway Markets on Friday, siding with antitrust enforcers who argued the deal would raise food prices. Tristate said it would appeal.',
    deals: [], negative: 'called-off', note: 'fictional; a deal blocked by a court',
  },
  {
    id: 'en5-d-025', lang: 'en', style: 'tech-press', date: '2025-03-06',
    text: 'Cloud startup Nimbly, which bought analytics firm Chartwise for $60 million in 2023, laid off 15% of its staff on Thursday as growth slowed. Nimbly last raised money at a $1.1 billion valuation.',
    deals: [{ type: 'acquisition', target: ['Chartwise'], amount: { currency: 'USD', amount: 60_000_000 }, parties: [{ name: 'Nimbly', role: 'acquirer' }] }],
    note: 'fictional; a past purchase told with its price in a relative clause is a deal the paragraph reports, as en-corp-069 (Geely, "which bought the Swedish carmaker from Ford for $1.8bn") counts it; dated by a year only',
  },
  {
    id: 'en5-d-026', lang: 'en', style: 'earnings-day-story', date: '2025-04-24',
    text: 'Hollis Industrial shares rose 5% after first-quarter earnings topped forecasts. The company said it had completed a $200 million accelerated share repurchase and kept its full-year guidance for revenue of $6.1 billion.',
    deals: [], negative: 'buyback', note: 'fictional; a buyback completed',
  },
  {
    id: 'en5-d-027', lang: 'en', style: 'vc-trade-press', date: '2025-10-01',
    text: 'Lightspeed Venture Partners has raised $9 billion across several new funds, one of the largest hauls for a venture firm since 2021, and plans to invest in AI companies at every stage.',
    deals: [], negative: 'fund-raise', note: 'fictional (size approximate)',
  },
  {
    id: 'en5-d-028', lang: 'en', style: 'canada-business-press', date: '2025-08-07',
    text: 'The Competition Bureau is reviewing Prairie Rail’s proposed takeover of short-line operator Nor’West Rail, and could seek to block the C$900 million deal, according to a filing. Prairie Rail announced the agreement in June.',
    deals: [], negative: 'other', note: 'fictional; an antitrust review of a deal reported earlier',
  },
  {
    id: 'en5-d-029', lang: 'en', style: 'pharma-trade-press', date: '2025-12-01',
    text: 'Kellerman Bio’s stock has more than tripled since its $140 million IPO in March, giving the gene-editing company a market value of about $2.3 billion. The company reported positive mid-stage trial results on Monday.',
    deals: [], negative: 'share-move', note: 'fictional; a listing recalled to measure from',
  },
  {
    id: 'en5-d-030', lang: 'en', style: 'singapore-business-press', date: '2025-09-18',
    text: 'Temasek-backed logistics startup Ninja Freight is seeking to raise as much as US$150 million in a new funding round and has held talks with sovereign funds, people familiar said. The firm was valued at US$1 billion last year.',
    deals: [], negative: 'rumour', note: 'fictional; a round sought',
  },
  // ---- batch E: written after batch D's rules, scored before any rule for it ----
  {
    id: 'en5-e-001', lang: 'en', style: 'vc-newsletter', date: '2025-03-18',
    text: 'Lisbon-based Marvelo, which builds AI agents for hotel front desks, raised €15 million in a Series A. Atomico led the round. Indico Capital Partners and Seedcamp, which backed the company’s seed round, are also investing.',
    deals: [{
      type: 'funding', target: ['Marvelo'], amount: { currency: 'EUR', amount: 15_000_000 }, round: 'Series A',
      parties: [{ name: 'Atomico', role: 'lead' }, { name: 'Indico Capital Partners', role: 'participant' }, { name: 'Seedcamp', role: 'participant' }],
    }],
    note: 'fictional; the lead and the others in two later sentences; "are also investing"',
  },
  {
    id: 'en5-e-002', lang: 'en', style: 'tech-press', date: '2025-07-15',
    text: 'Robotics startup Gripforce has closed a $70 million Series B. The financing was co-led by Eclipse and Lux Capital, and the company’s existing backers, including Khosla Ventures, returned for the round.',
    deals: [{
      type: 'funding', target: ['Gripforce'], amount: { currency: 'USD', amount: 70_000_000 }, round: 'Series B',
      parties: [{ name: 'Eclipse', role: 'lead' }, { name: 'Lux Capital', role: 'lead' }, { name: 'Khosla Ventures', role: 'participant' }],
    }],
    note: 'fictional; "The financing was co-led by", "existing backers, including X, returned"',
  },
  {
    id: 'en5-e-003', lang: 'en', style: 'africa-tech-press', date: '2025-09-23',
    text: 'Accra-based agri-lending platform Farmfront has raised $9.5 million in pre-Series A funding. The round was led by Partech Africa and Norfund, with Ventures Platform and Launch Africa Ventures also taking part.',
    deals: [{
      type: 'funding', target: ['Farmfront'], amount: { currency: 'USD', amount: 9_500_000 }, round: 'pre-Series A',
      parties: [{ name: 'Partech Africa', role: 'lead' }, { name: 'Norfund', role: 'lead' }, { name: 'Ventures Platform', role: 'participant' }, { name: 'Launch Africa Ventures', role: 'participant' }],
    }],
    note: 'fictional; two leads, "also taking part"',
  },
  {
    id: 'en5-e-004', lang: 'en', style: 'press-release', date: '2025-06-02',
    text: 'LONDON, June 2, 2025 /PRNewswire/ -- Clearpath Dx, a diagnostics company developing rapid sepsis tests, announced today that it has raised £26 million in a Series A financing round. The round was led by Syncona, with participation from British Patient Capital and existing investors Oxford Science Enterprises and Parkwalk Advisors.',
    deals: [{
      type: 'funding', target: ['Clearpath Dx'], amount: { currency: 'GBP', amount: 26_000_000 }, round: 'Series A',
      parties: [{ name: 'Syncona', role: 'lead' }, { name: 'British Patient Capital', role: 'participant' }, { name: 'Oxford Science Enterprises', role: 'participant' }, { name: 'Parkwalk Advisors', role: 'participant' }],
    }],
    note: 'fictional; "announced today that it has raised"',
  },
  {
    id: 'en5-e-005', lang: 'en', style: 'india-tech-press', date: '2025-10-07',
    text: 'Edtech startup Shikshalaya has raised ₹120 crore in a round led by Accel, with participation from existing investors Elevation Capital and 3one4 Capital. The Bengaluru company will use the money to expand into Tamil and Telugu.',
    deals: [{
      type: 'funding', target: ['Shikshalaya'], amount: { currency: 'INR', amount: 1_200_000_000 },
      parties: [{ name: 'Accel', role: 'lead' }, { name: 'Elevation Capital', role: 'participant' }, { name: '3one4 Capital', role: 'participant' }],
    }],
    note: 'fictional; a name that opens with a digit',
  },
  {
    id: 'en5-e-006', lang: 'en', style: 'australia-business-press', date: '2025-02-19',
    text: 'Listed miner Goldfields Pacific has sold its 50 per cent stake in the Mount Kestrel copper project to joint venture partner Ironbark Metals for A$215 million, giving Ironbark full ownership of the project.',
    deals: [{
      type: 'stake-sale', target: ['Mount Kestrel copper project'], amount: { currency: 'AUD', amount: 215_000_000 },
      parties: [{ name: 'Ironbark Metals', role: 'acquirer' }, { name: 'Goldfields Pacific', role: 'seller' }],
    }],
    note: 'fictional; a stake in a project sold to a partner',
  },
  {
    id: 'en5-e-007', lang: 'en', style: 'business-daily', date: '2025-08-25',
    text: 'Keurig Dr Pepper agreed to buy JDE Peet’s for about $18 billion and plans to split the combined company into two, a beverage business and a coffee business, after the deal closes.',
    deals: [{ type: 'acquisition', target: ['JDE Peet’s'], amount: { currency: 'USD', amount: 18_000_000_000 }, parties: [{ name: 'Keurig Dr Pepper', role: 'acquirer' }] }],
    note: 'public record (approximate); a plan after the deal is no doubt about the deal',
  },
  {
    id: 'en5-e-008', lang: 'en', style: 'energy-trade-press', date: '2025-04-14',
    text: 'Private equity firm Blue Mesa Partners has acquired a 49% interest in Texas solar developer Sunrise Prairie Renewables from its owner, Canadian utility Laurentian Power, for $640 million.',
    deals: [{
      type: 'stake-sale', target: ['Sunrise Prairie Renewables'], amount: { currency: 'USD', amount: 640_000_000 },
      parties: [{ name: 'Blue Mesa Partners', role: 'acquirer' }, { name: 'Laurentian Power', role: 'seller' }],
    }],
    note: 'fictional; "from its owner, Canadian utility X": the seller is no investor',
  },
  {
    id: 'en5-e-009', lang: 'en', style: 'uk-business-press', date: '2025-11-26',
    text: 'Manchester-based software group Brightmoor has been bought by US private equity firm Harlan Street Capital for £310m, ending its eight-year run on AIM. Brightmoor’s founders sold their remaining shares as part of the deal.',
    deals: [{ type: 'acquisition', target: ['Brightmoor'], amount: { currency: 'GBP', amount: 310_000_000 }, parties: [{ name: 'Harlan Street Capital', role: 'acquirer' }] }],
    note: 'fictional; passive; founders selling are people',
  },
  {
    id: 'en5-e-010', lang: 'en', style: 'singapore-business-press', date: '2025-01-08',
    text: 'Grab has acquired Indonesian food-delivery rival Makanan Cepat for an undisclosed sum, the ride-hailing company said on Wednesday. The purchase follows Grab’s takeover of a Malaysian payments firm last year.',
    deals: [{ type: 'acquisition', target: ['Makanan Cepat'], parties: [{ name: 'Grab', role: 'acquirer' }] }],
    note: 'fictional; an earlier unnamed takeover is no deal',
  },
  {
    id: 'en5-e-011', lang: 'en', style: 'wire', date: '2025-10-29',
    text: 'Oct 29 (Reuters) - Skydance Media and Paramount Global completed their merger on Thursday, ending the Redstone family’s control of the Hollywood studio. The combined company, Paramount Skydance, is led by Skydance founder David Ellison.',
    deals: [{ type: 'merger', target: ['Skydance Media', 'Skydance'], parties: [{ name: 'Paramount Global', role: 'participant' }] }],
    note: 'loosely after public record (date changed); "completed their merger", directionless',
  },
  {
    id: 'en5-e-012', lang: 'en', style: 'local-business-journal', date: '2025-04-02',
    text: 'Milwaukee credit unions Lakefront CU and Badger State CU have merged, with Lakefront as the surviving institution. The combined credit union has about 96,000 members and $1.4 billion in assets.',
    deals: [{ type: 'merger', target: ['Badger State CU'], parties: [{ name: 'Lakefront CU', role: 'acquirer' }] }],
    note: 'fictional; "have merged, with X as the surviving institution"',
  },
  {
    id: 'en5-e-013', lang: 'en', style: 'pharma-trade-press', date: '2025-07-01',
    text: 'Biotechs Arcturus Neuro and Pelion Therapeutics have agreed to an all-stock merger, with Pelion shareholders set to own about 40% of the combined company. The merged firm will keep the Arcturus name and focus on ALS.',
    deals: [{ type: 'merger', target: ['Arcturus Neuro'], parties: [{ name: 'Pelion Therapeutics', role: 'participant' }] }],
    note: 'fictional; "agreed to an all-stock merger"; keeping a name states no buyer',
  },
  {
    id: 'en5-e-014', lang: 'en', style: 'spac-newsletter', date: '2025-08-08',
    text: 'Blank-check firm Granite Shore Acquisition Corp. priced its $150 million IPO on Thursday, offering 15 million units at $10 each, and will begin trading on the Nasdaq on Friday.',
    deals: [{ type: 'ipo', target: ['Granite Shore Acquisition Corp.', 'Granite Shore Acquisition'], amount: { currency: 'USD', amount: 150_000_000 }, parties: [] }],
    note: 'fictional; "priced its $X IPO"',
  },
  {
    id: 'en5-e-015', lang: 'en', style: 'canada-business-press', date: '2025-11-13',
    text: 'Shares of Halifax seafood exporter Atlantic Catch Ltd. rose 11% in their TSX debut on Thursday after the company’s C$180 million initial public offering priced at C$14 a share.',
    deals: [{ type: 'ipo', target: ['Atlantic Catch Ltd.', 'Atlantic Catch'], amount: { currency: 'CAD', amount: 180_000_000 }, parties: [] }],
    note: 'fictional; "Shares of X … debut"; the offering named by the company',
  },
  {
    id: 'en5-e-016', lang: 'en', style: 'business-daily', date: '2025-09-12',
    text: 'Figure Technology Solutions raised $787.5 million in its Nasdaq IPO after pricing shares above the marketed range, the latest in a string of fintech listings this month. The blockchain lender’s shares jumped 24% on their first day of trading.',
    deals: [{ type: 'ipo', target: ['Figure Technology Solutions'], amount: { currency: 'USD', amount: 787_500_000 }, parties: [] }],
    note: 'public record (approximate)',
  },
  // ---- batch E: two deals ----
  {
    id: 'en5-e-017', lang: 'en', style: 'deal-roundup', date: '2025-12-05',
    text: 'In M&A this week, Vantage Freight agreed to acquire regional trucker Hollow Creek Transport for $220 million, while Portside Holdings sold its cold-storage unit, FrostLine, to Arctic Chain Partners for $95 million.',
    deals: [
      { type: 'acquisition', target: ['Hollow Creek Transport'], amount: { currency: 'USD', amount: 220_000_000 }, parties: [{ name: 'Vantage Freight', role: 'acquirer' }] },
      { type: 'acquisition', target: ['FrostLine'], amount: { currency: 'USD', amount: 95_000_000 }, parties: [{ name: 'Arctic Chain Partners', role: 'acquirer' }, { name: 'Portside Holdings', role: 'seller' }] },
    ],
    note: 'fictional; a round-up with a purchase and a sale',
  },
  {
    id: 'en5-e-018', lang: 'en', style: 'tech-press', date: '2025-05-27',
    text: 'Design startup Moodboard raised $25 million in a Series B led by Index Ventures, and a day later agreed to buy Swatchly, a color-palette app, for $12 million. Moodboard said Swatchly’s four employees would join its product team.',
    deals: [
      { type: 'funding', target: ['Moodboard'], amount: { currency: 'USD', amount: 25_000_000 }, round: 'Series B', parties: [{ name: 'Index Ventures', role: 'lead' }] },
      { type: 'acquisition', target: ['Swatchly'], amount: { currency: 'USD', amount: 12_000_000 }, parties: [{ name: 'Moodboard', role: 'acquirer' }] },
    ],
    note: 'fictional; a round and an acquisition by the same company',
  },
  // ---- batch E: no deal ----
  {
    id: 'en5-e-019', lang: 'en', style: 'wire', date: '2025-06-11',
    text: 'Brookfield is in exclusive talks to buy a stake in Spanish toll-road operator Autovía Norte worth about €1 billion, two sources said, adding that a deal could be signed within weeks.',
    deals: [], negative: 'talks', note: 'fictional; exclusive talks',
  },
  {
    id: 'en5-e-020', lang: 'en', style: 'tech-press', date: '2025-07-30',
    text: 'Chipmaker Voltara said it had ended its agreement to acquire Lumenchip after failing to secure Chinese regulatory approval within the deadline, and will pay Lumenchip a $150 million break fee.',
    deals: [], negative: 'called-off', note: 'fictional; an agreement ended',
  },
  {
    id: 'en5-e-021', lang: 'en', style: 'business-daily', date: '2025-03-26',
    text: 'Ferndale Apparel’s board said it would review strategic alternatives, including a possible sale of the company, after activist investor Cobalt Ridge built a 9% stake. The shares jumped 14%.',
    deals: [], negative: 'other', note: 'fictional; a review of alternatives; an activist’s stake built in the market',
  },
  {
    id: 'en5-e-022', lang: 'en', style: 'india-business-press', date: '2025-08-19',
    text: 'SEBI has approved the IPO plans of Hyderabad drugmaker Deccan Lifesciences, which is looking to raise up to ₹2,000 crore through a fresh issue and an offer for sale by its private equity backers.',
    deals: [], negative: 'not-closed', note: 'fictional; an IPO approved, not launched',
  },
  {
    id: 'en5-e-023', lang: 'en', style: 'earnings-day-story', date: '2025-11-06',
    text: 'Orion Logistics shares fell 9% after the company reported third-quarter revenue of $4.2 billion, missing estimates, and said integration of its $1.6 billion acquisition of Pacific Freightways, completed in May, was taking longer than planned.',
    deals: [], negative: 'other', note: 'fictional; an earlier purchase recalled in an earnings story',
  },
  {
    id: 'en5-e-024', lang: 'en', style: 'banking-trade-press', date: '2025-02-13',
    text: 'Union Harbor Bank raised $750 million by selling senior notes due 2030, and said it would use the proceeds for general corporate purposes, including a possible buyback of preferred shares.',
    deals: [{ type: 'debt', target: ['Union Harbor Bank'], amount: { currency: 'USD', amount: 750_000_000 }, parties: [] }],
    note: 'fictional; a bond sale is a debt deal, not a round',
  },
  {
    id: 'en5-e-025', lang: 'en', style: 'vc-trade-press', date: '2025-04-22',
    text: 'Andreessen Horowitz is raising a new $20 billion fund to invest in late-stage AI companies, according to people familiar with the matter. The firm declined to comment.',
    deals: [], negative: 'fund-raise', note: 'fictional (size approximate); a fund being raised',
  },
  // ---- batch F: written after batch E's rules, scored before any rule for it ----
  {
    id: 'en5-f-001', lang: 'en', style: 'uk-business-press', date: '2025-06-18',
    text: 'Builders’ merchants Hartwell Supplies and Pennine Timber are to merge in an all-share tie-up that will create a group with 310 branches across northern England. Hartwell shareholders will own 58% of the enlarged company.',
    deals: [{ type: 'merger', target: ['Hartwell Supplies'], parties: [{ name: 'Pennine Timber', role: 'participant' }] }],
    note: 'fictional; "are to merge", "tie-up"; directionless',
  },
  {
    id: 'en5-f-002', lang: 'en', style: 'banking-trade-press', date: '2025-03-07',
    text: 'Ozark Valley Bancshares has agreed to merge with Cumberland Trust Holdings in a stock transaction valued at $212 million. Cumberland will merge into Ozark Valley, which will be the surviving company.',
    deals: [{
      type: 'merger', target: ['Cumberland Trust Holdings', 'Cumberland'], amount: { currency: 'USD', amount: 212_000_000 },
      parties: [{ name: 'Ozark Valley Bancshares', role: 'acquirer' }],
    }],
    note: 'fictional; "has agreed to merge with"; the survivor stated',
  },
  {
    id: 'en5-f-003', lang: 'en', style: 'tech-press', date: '2025-10-14',
    text: 'Two open-source database companies, Pebblebase and Driftwood Data, are joining forces in a merger that brings together about 120 engineers. The combined company will take the Pebblebase name; financial terms were not disclosed.',
    deals: [{ type: 'merger', target: ['Pebblebase'], parties: [{ name: 'Driftwood Data', role: 'participant' }] }],
    note: 'fictional; "joining forces in a merger"',
  },
  {
    id: 'en5-f-004', lang: 'en', style: 'wire', date: '2025-07-24',
    text: 'July 24 (Reuters) - Swedish truckmaker Nordvagn said on Thursday it would acquire Finnish electric-bus maker Voltbus for 2.1 billion Swedish crowns in cash, as it seeks to speed up its shift away from diesel.',
    deals: [{ type: 'acquisition', target: ['Voltbus'], amount: { currency: 'SEK', amount: 2_100_000_000 }, parties: [{ name: 'Nordvagn', role: 'acquirer' }] }],
    note: 'fictional; crowns; "said it would acquire"',
  },
  {
    id: 'en5-f-005', lang: 'en', style: 'pharma-trade-press', date: '2025-01-27',
    text: 'GSK has agreed to buy IDRx, a Boston-based biotech developing treatments for gastrointestinal stromal tumours, for up to $1.15 billion, including $1 billion upfront.',
    deals: [{ type: 'acquisition', target: ['IDRx'], amount: { currency: 'USD', amount: 1_150_000_000 }, parties: [{ name: 'GSK', role: 'acquirer' }] }],
    note: 'public record (approximate); an appositive after the target',
  },
  {
    id: 'en5-f-006', lang: 'en', style: 'india-business-press', date: '2025-09-04',
    text: 'Private equity firm ChrysCapital has acquired a majority stake in Pune-based contract drug manufacturer Navjeevan Labs from its promoters in a deal valuing the company at about ₹3,000 crore, according to people aware of the matter.',
    deals: [{ type: 'stake-sale', target: ['Navjeevan Labs'], valuation: { currency: 'INR', amount: 30_000_000_000 }, parties: [{ name: 'ChrysCapital', role: 'acquirer' }] }],
    note: 'fictional; a majority stake; the company’s value is a valuation',
  },
  {
    id: 'en5-f-007', lang: 'en', style: 'australia-business-press', date: '2025-08-27',
    text: 'Woolgrowers co-operative Merino Plains has been taken over by agribusiness giant Southern Cross Agri in a A$340 million deal, after 88 per cent of members voted in favour of the scheme on Tuesday.',
    deals: [{ type: 'acquisition', target: ['Merino Plains'], amount: { currency: 'AUD', amount: 340_000_000 }, parties: [{ name: 'Southern Cross Agri', role: 'acquirer' }] }],
    note: 'fictional; "has been taken over by"',
  },
  {
    id: 'en5-f-008', lang: 'en', style: 'canada-business-press', date: '2025-12-10',
    text: 'Montreal aerospace supplier Aérotech Laval has been acquired by U.S. defence contractor Ridgeline Systems for US$1.05 billion, the latest in a series of foreign takeovers of Quebec manufacturers.',
    deals: [{ type: 'acquisition', target: ['Aérotech Laval'], amount: { currency: 'USD', amount: 1_050_000_000 }, parties: [{ name: 'Ridgeline Systems', role: 'acquirer' }] }],
    note: 'fictional; an accented name',
  },
  {
    id: 'en5-f-009', lang: 'en', style: 'insurance-trade-press', date: '2025-05-21',
    text: 'Broker Pemberton Risk has bought Scottish commercial insurance broker Glenmoray Partners, its 14th acquisition this year. Pemberton is backed by private equity firm Cinven.',
    deals: [{ type: 'acquisition', target: ['Glenmoray Partners'], parties: [{ name: 'Pemberton Risk', role: 'acquirer' }] }],
    note: 'fictional; the buyer’s own backer is no party',
  },
  {
    id: 'en5-f-010', lang: 'en', style: 'energy-trade-press', date: '2025-02-05',
    text: 'Oil major Shellmont has sold its 30% stake in the Bonga North field in Nigeria to local producer Oando Deepwater for $1.3 billion, the companies said on Wednesday.',
    deals: [{
      type: 'stake-sale', target: ['Bonga North field'], amount: { currency: 'USD', amount: 1_300_000_000 },
      parties: [{ name: 'Oando Deepwater', role: 'acquirer' }, { name: 'Shellmont', role: 'seller' }],
    }],
    note: 'fictional; a stake in a field sold',
  },
  // ---- batch F: IPOs ----
  {
    id: 'en5-f-011', lang: 'en', style: 'wire', date: '2025-04-03',
    text: 'Saudi Arabia’s Nahdi Logistics made its debut on the Riyadh exchange on Thursday after raising 1.9 billion riyals in its initial public offering, which was priced at the top of the range.',
    deals: [{ type: 'ipo', target: ['Nahdi Logistics'], amount: { currency: 'SAR', amount: 1_900_000_000 }, parties: [] }],
    note: 'fictional; riyals',
  },
  {
    id: 'en5-f-012', lang: 'en', style: 'business-daily', date: '2025-06-26',
    text: 'Online lender Quickfund priced its IPO at $18 a share on Wednesday, the midpoint of its range, raising $270 million and valuing the company at about $2.4 billion. The stock begins trading on the NYSE on Thursday.',
    deals: [{ type: 'ipo', target: ['Quickfund'], amount: { currency: 'USD', amount: 270_000_000 }, valuation: { currency: 'USD', amount: 2_400_000_000 }, parties: [] }],
    note: 'fictional; proceeds and valuation in one clause',
  },
  {
    id: 'en5-f-013', lang: 'en', style: 'singapore-business-press', date: '2025-11-27',
    text: 'Shares of Malaysian palm-oil refiner Sawit Emas opened 7% above their offer price in their Bursa Malaysia debut on Thursday, after an IPO that raised RM1.2 billion, the country’s biggest listing this year.',
    deals: [{ type: 'ipo', target: ['Sawit Emas'], amount: { currency: 'MYR', amount: 1_200_000_000 }, parties: [] }],
    note: 'fictional; ringgit; "an IPO that raised"',
  },
  {
    id: 'en5-f-014', lang: 'en', style: 'uk-business-press', date: '2025-10-09',
    text: 'Cyber-security group Ravencroft listed on the London Stock Exchange on Thursday after a £420m float that valued the business at £1.6bn. Chief executive Mira Osei said the listing would raise the company’s profile with US customers.',
    deals: [{ type: 'ipo', target: ['Ravencroft'], amount: { currency: 'GBP', amount: 420_000_000 }, valuation: { currency: 'GBP', amount: 1_600_000_000 }, parties: [] }],
    note: 'fictional; "listed … after a £X float that valued"',
  },
  // ---- batch F: funding ----
  {
    id: 'en5-f-015', lang: 'en', style: 'vc-newsletter', date: '2025-07-01',
    text: 'Nashville healthtech Carebridge has raised $31 million in a Series B. General Catalyst led the round, and Martin Ventures, Frist Cressey Ventures and Oak HC/FT also joined.',
    deals: [{
      type: 'funding', target: ['Carebridge'], amount: { currency: 'USD', amount: 31_000_000 }, round: 'Series B',
      parties: [{ name: 'General Catalyst', role: 'lead' }, { name: 'Martin Ventures', role: 'participant' }, { name: 'Frist Cressey Ventures', role: 'participant' }, { name: 'Oak HC/FT', role: 'participant' }],
    }],
    note: 'fictional; "X led the round, and A, B and C also joined"',
  },
  {
    id: 'en5-f-016', lang: 'en', style: 'tech-press', date: '2025-04-15',
    text: 'French startup Orbitale, which makes software for satellite operators, has closed a €40 million Series B round with backing from the European Innovation Council Fund, Bpifrance and Eurazeo. The round was led by Eurazeo.',
    deals: [{
      type: 'funding', target: ['Orbitale'], amount: { currency: 'EUR', amount: 40_000_000 }, round: 'Series B',
      parties: [{ name: 'Eurazeo', role: 'lead' }, { name: 'European Innovation Council Fund', role: 'participant' }, { name: 'Bpifrance', role: 'participant' }],
    }],
    note: 'fictional; "with backing from"; the lead named in the next sentence',
  },
  {
    id: 'en5-f-017', lang: 'en', style: 'singapore-business-press', date: '2025-03-13',
    text: 'Jakarta-based logistics app Kirimin has bagged US$28 million in Series B funding. The round was led by Alpha JWC Ventures; other participants included Openspace Ventures, Intudo Ventures and MDI Ventures.',
    deals: [{
      type: 'funding', target: ['Kirimin'], amount: { currency: 'USD', amount: 28_000_000 }, round: 'Series B',
      parties: [{ name: 'Alpha JWC Ventures', role: 'lead' }, { name: 'Openspace Ventures', role: 'participant' }, { name: 'Intudo Ventures', role: 'participant' }, { name: 'MDI Ventures', role: 'participant' }],
    }],
    note: 'fictional; "other participants included"',
  },
  {
    id: 'en5-f-018', lang: 'en', style: 'deal-roundup', date: '2025-09-26',
    text: 'In other deals this week, Kestrel Foods is in talks to buy snack maker Crunchwell, according to people familiar with the matter, and Harrow Capital has raised a $600 million buyout fund.',
    deals: [], negative: 'talks', note: 'fictional; a round-up of talks and a fund raised',
  },
  {
    id: 'en5-f-019', lang: 'en', style: 'tech-press', date: '2025-08-12',
    text: 'Keyline Security said on Tuesday it had agreed to be acquired by Thoma Bravo for $2.1 billion. The company, which went public in 2021, had raised a $60 million Series C led by Insight Partners in January 2020.',
    deals: [
      { type: 'acquisition', target: ['Keyline Security'], amount: { currency: 'USD', amount: 2_100_000_000 }, parties: [{ name: 'Thoma Bravo', role: 'acquirer' }] },
      { type: 'funding', target: ['Keyline Security'], amount: { currency: 'USD', amount: 60_000_000 }, round: 'Series C', date: '2020-01', parties: [{ name: 'Insight Partners', role: 'lead' }] },
    ],
    note: 'fictional; a take-private and a dated earlier round named with its lead',
  },
  // ---- batch F: no deal ----
  {
    id: 'en5-f-020', lang: 'en', style: 'wire', date: '2025-11-04',
    text: 'Regulators in Brussels have opened an in-depth probe into the planned merger of Dutch telecom groups KPN Mobile and VodaNed, saying the deal could raise prices for consumers.',
    deals: [], negative: 'other', note: 'fictional; a probe into a planned merger',
  },
  {
    id: 'en5-f-021', lang: 'en', style: 'business-daily', date: '2025-05-08',
    text: 'Mapleton Brands said it is exploring options for its frozen-foods division, including a sale or spin-off, and has hired Lazard to advise it. The unit had sales of about $1.8 billion last year.',
    deals: [], negative: 'rumour', note: 'fictional; options explored',
  },
  {
    id: 'en5-f-022', lang: 'en', style: 'earnings-day-story', date: '2025-02-27',
    text: 'Sunridge Retail’s shares sank 18% after the department-store chain posted a surprise quarterly loss and suspended its dividend. Sales fell 6% to $3.2 billion.',
    deals: [], negative: 'revenue', note: 'fictional',
  },
  {
    id: 'en5-f-023', lang: 'en', style: 'mining-trade-press', date: '2025-06-02',
    text: 'Shareholders of Tasman Nickel rejected a A$0.40-a-share offer from Indonesian smelter operator Halmahera Metals at a meeting on Monday, and the bid lapsed.',
    deals: [], negative: 'other', note: 'fictional; an offer rejected, lapsed',
  },
  {
    id: 'en5-f-024', lang: 'en', style: 'uk-business-press', date: '2025-12-02',
    text: 'Private equity firm Castlegate has walked away from a possible £900m bid for outsourcer Meridian Services, saying it could not agree terms with the board. Under UK takeover rules Castlegate cannot return for six months.',
    deals: [], negative: 'called-off', note: 'fictional; a possible bid abandoned',
  },
  {
    id: 'en5-f-025', lang: 'en', style: 'vc-trade-press', date: '2025-10-22',
    text: 'Sequoia Capital led an $80 million Series B in fintech Paylane last year, according to PitchBook, and the company has since grown revenue fivefold. Paylane now says it has no plans to raise again in 2025.',
    deals: [], negative: 'other', note: 'fictional; a round of last year recalled with its source; a plan not to raise',
  },
  // ---- batch G: written after batch F's rules, scored before any rule for it ----
  {
    id: 'en5-g-001', lang: 'en', style: 'wire', date: '2025-09-08',
    text: 'FRANKFURT, Sept 8 (Reuters) - German engineering group Steinhoff Werke has agreed to sell its hydraulics business to U.S. buyout firm Crestview Industrial for €1.9 billion including debt, the company said on Monday.',
    deals: [{
      type: 'acquisition', target: ['hydraulics business'], amount: { currency: 'EUR', amount: 1_900_000_000 },
      parties: [{ name: 'Crestview Industrial', role: 'acquirer' }, { name: 'Steinhoff Werke', role: 'seller' }],
    }],
    note: 'fictional; an unnamed unit sold; dateline with a city and a date',
  },
  {
    id: 'en5-g-002', lang: 'en', style: 'tech-press', date: '2025-02-20',
    text: 'Notion has acquired Pebble Mail, a small startup behind a privacy-focused email app, the productivity company confirmed on Thursday. It is Notion’s second acquisition this year; terms were not disclosed.',
    deals: [{ type: 'acquisition', target: ['Pebble Mail'], parties: [{ name: 'Notion', role: 'acquirer' }] }],
    note: 'fictional deal; an appositive after the target',
  },
  {
    id: 'en5-g-003', lang: 'en', style: 'uk-business-press', date: '2025-07-29',
    text: 'Yorkshire bakery chain Oakroyd’s has been sold to Irish food group Glanbrook in a deal worth about £120m, ending three generations of family ownership.',
    deals: [{ type: 'acquisition', target: ['Oakroyd’s'], amount: { currency: 'GBP', amount: 120_000_000 }, parties: [{ name: 'Glanbrook', role: 'acquirer' }] }],
    note: 'fictional; "has been sold to"; a name ending in an apostrophe s',
  },
  {
    id: 'en5-g-004', lang: 'en', style: 'banking-trade-press', date: '2025-10-27',
    text: 'Texas lender Frontier Plains Bancorp will acquire Red Mesa Bank in an all-stock deal valued at $310 million, the companies said on Monday. Red Mesa shareholders will receive 0.84 Frontier Plains shares for each share held.',
    deals: [{ type: 'acquisition', target: ['Red Mesa Bank'], amount: { currency: 'USD', amount: 310_000_000 }, parties: [{ name: 'Frontier Plains Bancorp', role: 'acquirer' }] }],
    note: 'fictional; a bancorp buyer',
  },
  {
    id: 'en5-g-005', lang: 'en', style: 'india-business-press', date: '2025-04-09',
    text: 'Adani Ports has completed its acquisition of a 95% stake in Odisha’s Gopalpur Port from the Shapoorji Pallonji group and Orissa Stevedores for an enterprise value of ₹3,080 crore.',
    deals: [{
      type: 'stake-sale', target: ['Gopalpur Port'], amount: { currency: 'INR', amount: 30_800_000_000 },
      parties: [{ name: 'Adani Ports', role: 'acquirer' }, { name: 'Shapoorji Pallonji group', role: 'seller' }, { name: 'Orissa Stevedores', role: 'seller' }],
    }],
    note: 'public record (as reported); two sellers; enterprise value as the price',
  },
  {
    id: 'en5-g-006', lang: 'en', style: 'canada-business-press', date: '2025-03-24',
    text: 'Calgary oil producer Foothills Crude has agreed to be bought by larger rival Athabasca Summit Energy in a cash-and-share deal worth C$2.4 billion including debt, creating the third-largest heavy-oil producer in the country.',
    deals: [{ type: 'acquisition', target: ['Foothills Crude'], amount: { currency: 'CAD', amount: 2_400_000_000 }, parties: [{ name: 'Athabasca Summit Energy', role: 'acquirer' }] }],
    note: 'fictional; "agreed to be bought by larger rival"',
  },
  {
    id: 'en5-g-007', lang: 'en', style: 'pharma-trade-press', date: '2025-09-15',
    text: 'Novartis will pay $12 billion for Avidity Biosciences, a developer of RNA therapies for rare muscle diseases, in its largest deal in years, the Swiss drugmaker said.',
    deals: [{ type: 'acquisition', target: ['Avidity Biosciences'], amount: { currency: 'USD', amount: 12_000_000_000 }, parties: [{ name: 'Novartis', role: 'acquirer' }] }],
    note: 'loosely after public record (date and size approximate); "will pay $X for"',
  },
  {
    id: 'en5-g-008', lang: 'en', style: 'local-business-journal', date: '2025-06-10',
    text: 'Portland brewery Stumptown Ales has a new owner: Pacific Crest Beverage, a regional distributor, bought the 40-employee brewery last month for an undisclosed price.',
    deals: [{ type: 'acquisition', target: ['Stumptown Ales'], parties: [{ name: 'Pacific Crest Beverage', role: 'acquirer' }], date: '2025-05' }],
    note: 'fictional; the target named first, the buyer after a colon, the object a description; dated "last month"',
  },
  // ---- batch G: mergers and IPOs ----
  {
    id: 'en5-g-009', lang: 'en', style: 'business-daily', date: '2025-11-17',
    text: 'Regional airlines Sky Harbor Air and Coastal Wings announced on Monday that they will merge, forming the fifth-largest U.S. carrier by passengers. Coastal Wings chief executive Tom Alvarez will lead the combined airline.',
    deals: [{ type: 'merger', target: ['Sky Harbor Air'], parties: [{ name: 'Coastal Wings', role: 'participant' }] }],
    note: 'fictional; "announced … that they will merge"',
  },
  {
    id: 'en5-g-010', lang: 'en', style: 'mining-trade-press', date: '2025-05-12',
    text: 'Gold miners Bendigo Reef and Ballarat Deep will merge under a scheme in which Ballarat Deep shareholders receive 1.6 Bendigo Reef shares for each share, with Bendigo Reef as the surviving company.',
    deals: [{ type: 'merger', target: ['Ballarat Deep'], parties: [{ name: 'Bendigo Reef', role: 'acquirer' }] }],
    note: 'fictional; a survivor stated in the same sentence',
  },
  {
    id: 'en5-g-011', lang: 'en', style: 'tech-press', date: '2025-08-20',
    text: 'Chinese EV maker Leapmotor began trading in Hong Kong on Wednesday after raising HK$6.2 billion in a share sale priced at the bottom of its range.',
    deals: [{ type: 'ipo', target: ['Leapmotor'], amount: { currency: 'HKD', amount: 6_200_000_000 }, parties: [] }],
    note: 'fictional figures; "began trading … after raising … in a share sale"',
  },
  {
    id: 'en5-g-012', lang: 'en', style: 'australia-business-press', date: '2025-12-11',
    text: 'Perth-based lithium refiner Kwinana Chemicals raised A$400 million in an initial public offering that valued it at A$1.9 billion, and its shares rose 4 per cent on their first day on the ASX.',
    deals: [{ type: 'ipo', target: ['Kwinana Chemicals'], amount: { currency: 'AUD', amount: 400_000_000 }, valuation: { currency: 'AUD', amount: 1_900_000_000 }, parties: [] }],
    note: 'fictional; "an initial public offering that valued it at"',
  },
  {
    id: 'en5-g-013', lang: 'en', style: 'india-business-press', date: '2025-10-15',
    text: 'LG Electronics India’s ₹11,607 crore IPO listed at a 50% premium on Tuesday, making it one of the strongest debuts by a large Indian issue this year. The offer was entirely a sale of shares by the South Korean parent, LG Electronics.',
    deals: [{ type: 'ipo', target: ['LG Electronics India'], amount: { currency: 'INR', amount: 116_070_000_000 }, parties: [{ name: 'LG Electronics', role: 'seller' }] }],
    note: 'loosely after public record (figures approximate); the selling parent',
  },
  // ---- batch G: funding ----
  {
    id: 'en5-g-014', lang: 'en', style: 'vc-newsletter', date: '2025-05-06',
    text: 'Climate software startup Carbonledger raised a $22 million Series A led by Energize Ventures. Other investors in the round include Salesforce Ventures, Microsoft’s Climate Innovation Fund and Congruent Ventures.',
    deals: [{
      type: 'funding', target: ['Carbonledger'], amount: { currency: 'USD', amount: 22_000_000 }, round: 'Series A',
      parties: [{ name: 'Energize Ventures', role: 'lead' }, { name: 'Salesforce Ventures', role: 'participant' }, { name: 'Climate Innovation Fund', role: 'participant' }, { name: 'Congruent Ventures', role: 'participant' }],
    }],
    note: 'fictional; "Other investors in the round include"; an owner before its fund',
  },
  {
    id: 'en5-g-015', lang: 'en', style: 'tech-press', date: '2025-11-03',
    text: 'Legal AI startup Briefwise is raising $50 million at a $700 million valuation in a round led by Kleiner Perkins, according to two people with knowledge of the deal. Briefwise declined to comment.',
    deals: [], negative: 'rumour', note: 'fictional; a round being raised, reported by sources',
  },
  {
    id: 'en5-g-016', lang: 'en', style: 'africa-tech-press', date: '2025-06-30',
    text: 'Cairo-based proptech Nawy has secured $52 million in a round that included equity from Partech Africa and Endure Capital and debt from Egyptian banks. Existing backer Global Ventures also took part.',
    deals: [{
      type: 'funding', target: ['Nawy'], amount: { currency: 'USD', amount: 52_000_000 },
      parties: [{ name: 'Partech Africa', role: 'participant' }, { name: 'Endure Capital', role: 'participant' }, { name: 'Global Ventures', role: 'participant' }],
    }],
    note: 'fictional figures; "a round that included equity from"; "Existing backer X also took part"',
  },
  {
    id: 'en5-g-017', lang: 'en', style: 'press-release', date: '2025-01-21',
    text: 'CHICAGO, Jan. 21, 2025 /PRNewswire/ -- Tillable Health, a care-coordination platform for rural hospitals, today announced it has secured $18 million in Series A funding co-led by Hyde Park Venture Partners and 7wireVentures. Existing investor Math Venture Partners also participated.',
    deals: [{
      type: 'funding', target: ['Tillable Health'], amount: { currency: 'USD', amount: 18_000_000 }, round: 'Series A',
      parties: [{ name: 'Hyde Park Venture Partners', role: 'lead' }, { name: '7wireVentures', role: 'lead' }, { name: 'Math Venture Partners', role: 'participant' }],
    }],
    note: 'fictional; co-led; a name opening with a digit',
  },
  // ---- batch G: no deal ----
  {
    id: 'en5-g-018', lang: 'en', style: 'wire', date: '2025-07-07',
    text: 'July 7 (Reuters) - Bidding for Italian lingerie maker Intimissa has drawn interest from at least three private equity firms, including Permira and CVC, with offers due by the end of the month, sources said.',
    deals: [], negative: 'rumour', note: 'fictional; an auction under way',
  },
  {
    id: 'en5-g-019', lang: 'en', style: 'uk-business-press', date: '2025-03-14',
    text: 'Shares in Kingsway Homes fell 6% after the housebuilder said its £250m takeover of rival Larchfield had been delayed by a review from the Competition and Markets Authority.',
    deals: [], negative: 'not-closed', note: 'fictional; a takeover delayed, reported earlier',
  },
  {
    id: 'en5-g-020', lang: 'en', style: 'earnings-day-story', date: '2025-08-05',
    text: 'Palantir raised its annual revenue forecast for the third time this year, to about $4.15 billion, sending its shares up 7% in extended trading. The company’s market value has surpassed $400 billion.',
    deals: [], negative: 'revenue', note: 'loosely after public record (figures approximate); "raised its forecast"',
  },
  {
    id: 'en5-g-021', lang: 'en', style: 'canada-business-press', date: '2025-09-30',
    text: 'Lumen Pacific Mining said it had no knowledge of any reason for the 30% jump in its share price on Monday, after media reports that a Chinese group was weighing an offer for the company.',
    deals: [], negative: 'denial', note: 'fictional; a share move and a rumour',
  },
  {
    id: 'en5-g-022', lang: 'en', style: 'singapore-business-press', date: '2025-04-17',
    text: 'DBS Group will buy back up to S$3 billion of its shares over three years and pay a special dividend, the bank said, after first-quarter profit rose 2% to S$2.9 billion.',
    deals: [], negative: 'buyback', note: 'fictional figures; a buyback and a dividend',
  },
  {
    id: 'en5-g-023', lang: 'en', style: 'vc-trade-press', date: '2025-12-16',
    text: 'Early-stage investor Hollowpine Capital closed its debut fund at $85 million, backed by limited partners including the Kauffman Foundation and several university endowments.',
    deals: [], negative: 'fund-raise', note: 'fictional; a debut fund closed',
  },
  {
    id: 'en5-g-024', lang: 'en', style: 'pharma-trade-press', date: '2025-10-02',
    text: 'Takeda has licensed rights to an experimental psoriasis pill from Chinese biotech Ascletis for $180 million upfront and up to $1.2 billion in milestones. Takeda will handle development outside China.',
    deals: [], negative: 'other', note: 'fictional; a licensing deal is no purchase, round, merger or listing',
  },
  // ---- batch H: written after batch G's rules, scored before any rule for it (half of it no deal) ----
  {
    id: 'en5-h-001', lang: 'en', style: 'wire', date: '2025-03-03',
    text: 'March 3 (Reuters) - Italian insurer Generalia said on Monday it was not in talks to buy a stake in Banca Lombarda, denying a newspaper report that it had approached the lender’s main shareholders.',
    deals: [], negative: 'denial', note: 'fictional; a denial',
  },
  {
    id: 'en5-h-002', lang: 'en', style: 'uk-business-press', date: '2025-05-27',
    text: 'In other deals this week, the takeover of Wessex Rail by Dutch operator Lowlands Transit was blocked by the Competition and Markets Authority, and shareholders of Avonmore Foods rejected a £300m offer from Kerrigan Group.',
    deals: [], negative: 'called-off', note: 'fictional; a round-up of a deal blocked and an offer rejected',
  },
  {
    id: 'en5-h-003', lang: 'en', style: 'tech-press', date: '2025-08-04',
    text: 'Shares of Fluxon Robotics, which listed on the Nasdaq in March, have fallen 40% from their peak as investors question the company’s growth. Fluxon raised $320 million in that IPO.',
    deals: [], negative: 'share-move', note: 'fictional; an IPO of March recalled in a share-move story ("in that IPO")',
  },
  {
    id: 'en5-h-004', lang: 'en', style: 'business-daily', date: '2025-10-20',
    text: 'Activist investor Elmhurst Capital has taken a 6% stake in consumer-goods maker Pallister Brands and is pushing the company to sell its beauty division, according to a letter seen by the newspaper.',
    deals: [], negative: 'other', note: 'fictional; an activist’s market stake is no acquisition of the company (stake bought in the market, no seller)',
  },
  {
    id: 'en5-h-005', lang: 'en', style: 'canada-business-press', date: '2025-07-16',
    text: 'Maple Leaf Forestry’s board has set up a special committee to evaluate an unsolicited C$1.1 billion proposal from U.S. timber group Cascadia Woodlands and has not yet decided whether to engage.',
    deals: [], negative: 'other', note: 'fictional; an unsolicited proposal under evaluation',
  },
  {
    id: 'en5-h-006', lang: 'en', style: 'india-business-press', date: '2025-01-14',
    text: 'Vedanta’s demerger into five separately listed companies has received approval from the National Company Law Tribunal, the company said, and the new entities are expected to list within months.',
    deals: [], negative: 'other', note: 'loosely after public record; a demerger is no merger, purchase or listing done',
  },
  {
    id: 'en5-h-007', lang: 'en', style: 'vc-newsletter', date: '2025-04-01',
    text: 'Seed-stage firm Fogline Ventures has closed Fund III at $140 million. Past investments include Brickline and Tessellate, both of which raised Series A rounds last year.',
    deals: [], negative: 'fund-raise', note: 'fictional; a fund closed; portfolio companies’ past rounds without amounts',
  },
  {
    id: 'en5-h-008', lang: 'en', style: 'pharma-trade-press', date: '2025-06-16',
    text: 'Shares of Corvina Therapeutics jumped 60% after the biotech said its experimental obesity drug met its main goal in a mid-stage trial, adding about $900 million to its market value.',
    deals: [], negative: 'share-move', note: 'fictional',
  },
  {
    id: 'en5-h-009', lang: 'en', style: 'energy-trade-press', date: '2025-09-09',
    text: 'Oil producer Permian Crest said it would look at acquisitions in the Delaware Basin after selling bonds worth $1 billion, but had no deal in hand. Chief executive Ray Dunn said prices for assets remained too high.',
    deals: [{ type: 'debt', target: ['Permian Crest'], amount: { currency: 'USD', amount: 1_000_000_000 }, parties: [] }],
    note: 'fictional; acquisitions looked at are none; the bond sale is a debt deal',
  },
  {
    id: 'en5-h-010', lang: 'en', style: 'australia-business-press', date: '2025-11-19',
    text: 'Shareholders in Kimberley Pearl voted against a A$640 million scheme of arrangement with private equity firm Coral Bay Capital on Wednesday, sinking the deal.',
    deals: [], negative: 'called-off', note: 'fictional; a scheme voted down',
  },
  {
    id: 'en5-h-011', lang: 'en', style: 'singapore-business-press', date: '2025-02-25',
    text: 'Grab and GoTo have resumed discussions about a possible merger, according to people familiar with the matter, though no agreement is imminent and the talks could still collapse.',
    deals: [], negative: 'talks', note: 'loosely after public reporting; merger talks',
  },
  {
    id: 'en5-h-012', lang: 'en', style: 'banking-trade-press', date: '2025-08-28',
    text: 'Federal regulators approved Harbor National’s acquisition of Keystone Savings, clearing the last hurdle for the $420 million deal announced in March. The transaction is expected to close on September 30.',
    deals: [], negative: 'not-closed', note: 'fictional; an approval of a deal announced in March; closing still to come',
  },
  // ---- batch H: deals ----
  {
    id: 'en5-h-013', lang: 'en', style: 'wire', date: '2025-06-09',
    text: 'June 9 (Reuters) - Cloud software firm Altura Systems has agreed to buy data-security startup Vaultline for about $780 million, it said on Monday. Vaultline’s investors include Sequoia Capital and Greylock Partners.',
    deals: [{ type: 'acquisition', target: ['Vaultline'], amount: { currency: 'USD', amount: 780_000_000 }, parties: [{ name: 'Altura Systems', role: 'acquirer' }] }],
    note: 'fictional; the target’s investors are no parties of its purchase',
  },
  {
    id: 'en5-h-014', lang: 'en', style: 'tech-press', date: '2025-03-27',
    text: 'Payroll startup Wagecraft has raised $38 million in a Series B. The round was led by Bain Capital Ventures, which was joined by Menlo Ventures and existing investors Craft Ventures and Box Group.',
    deals: [{
      type: 'funding', target: ['Wagecraft'], amount: { currency: 'USD', amount: 38_000_000 }, round: 'Series B',
      parties: [{ name: 'Bain Capital Ventures', role: 'lead' }, { name: 'Menlo Ventures', role: 'participant' }, { name: 'Craft Ventures', role: 'participant' }, { name: 'Box Group', role: 'participant' }],
    }],
    note: 'fictional; "which was joined by"',
  },
  {
    id: 'en5-h-015', lang: 'en', style: 'business-daily', date: '2025-12-08',
    text: 'Sports-drink maker Boltwater is being acquired by PepsiCo for $1.95 billion, the companies said on Monday, giving the snacks-and-beverages giant a foothold in the fast-growing electrolyte category.',
    deals: [{ type: 'acquisition', target: ['Boltwater'], amount: { currency: 'USD', amount: 1_950_000_000 }, parties: [{ name: 'PepsiCo', role: 'acquirer' }] }],
    note: 'fictional deal; "is being acquired by"',
  },
  {
    id: 'en5-h-016', lang: 'en', style: 'india-business-press', date: '2025-05-15',
    text: 'Zepto has raised $450 million in a round led by California’s public pension fund CalPERS, valuing the quick-commerce company at $7 billion, people familiar with the deal said. Existing investors Motilal Oswal and Nexus Venture Partners also invested.',
    deals: [{
      type: 'funding', target: ['Zepto'], amount: { currency: 'USD', amount: 450_000_000 }, valuation: { currency: 'USD', amount: 7_000_000_000 },
      parties: [{ name: 'CalPERS', role: 'lead' }, { name: 'Motilal Oswal', role: 'participant' }, { name: 'Nexus Venture Partners', role: 'participant' }],
    }],
    note: 'loosely after public reporting (figures approximate); the round itself reported by sources but told as done',
  },
  {
    id: 'en5-h-017', lang: 'en', style: 'mining-trade-press', date: '2025-10-30',
    text: 'Canadian gold miner Northern Lode has completed its C$720 million merger with Yukon Crest Mining, with Northern Lode continuing as the parent company and Yukon Crest becoming a wholly owned subsidiary.',
    deals: [{
      type: 'merger', target: ['Yukon Crest Mining', 'Yukon Crest'], amount: { currency: 'CAD', amount: 720_000_000 },
      parties: [{ name: 'Northern Lode', role: 'acquirer' }],
    }],
    note: 'fictional; the survivor stated ("continuing as the parent", "becoming a wholly owned subsidiary")',
  },
  {
    id: 'en5-h-018', lang: 'en', style: 'spac-newsletter', date: '2025-07-23',
    text: 'Blank-check company Copperhead Acquisition Corp. II raised $115 million in its IPO on the Nasdaq after selling 11.5 million units, including the full exercise of the underwriters’ over-allotment option.',
    deals: [{ type: 'ipo', target: ['Copperhead Acquisition Corp. II', 'Copperhead Acquisition'], amount: { currency: 'USD', amount: 115_000_000 }, parties: [] }],
    note: 'fictional; a series numeral in a SPAC’s name',
  },
  // ---- batch I: written after batch H's rules, scored before any rule for it ----
  {
    id: 'en5-i-001', lang: 'en', style: 'wire', date: '2025-04-07',
    text: 'April 7 (Reuters) - Japan’s Mizuho Financial Group will buy a 15% stake in Indian non-bank lender Avanse Capital for about $570 million from existing shareholders, the bank said on Monday, deepening its push into India.',
    deals: [{ type: 'stake-sale', target: ['Avanse Capital'], amount: { currency: 'USD', amount: 570_000_000 }, parties: [{ name: 'Mizuho Financial Group', role: 'acquirer' }] }],
    note: 'fictional deal; a stake bought from unnamed holders',
  },
  {
    id: 'en5-i-002', lang: 'en', style: 'tech-press', date: '2025-09-02',
    text: 'OpenAI has acquired Statsig, a product-testing startup, in an all-stock deal valued at about $1.1 billion, and named Statsig’s founder its chief technology officer for applications.',
    deals: [{ type: 'acquisition', target: ['Statsig'], amount: { currency: 'USD', amount: 1_100_000_000 }, parties: [{ name: 'OpenAI', role: 'acquirer' }] }],
    note: 'public record (as reported)',
  },
  {
    id: 'en5-i-003', lang: 'en', style: 'uk-business-press', date: '2025-08-19',
    text: 'Engineering consultancy Hallam Partners has snapped up Bristol rival Severn Design in a deal that values the smaller firm at £64m, taking its headcount past 2,000.',
    deals: [{ type: 'acquisition', target: ['Severn Design'], amount: { currency: 'GBP', amount: 64_000_000 }, parties: [{ name: 'Hallam Partners', role: 'acquirer' }] }],
    note: 'fictional; "snapped up"; "in a deal that values the smaller firm at" is the price',
  },
  {
    id: 'en5-i-004', lang: 'en', style: 'insurance-trade-press', date: '2025-06-25',
    text: 'Bermuda reinsurer Coralstone Re has agreed to be acquired by Japanese insurer Yamato Kasai for $3.5 billion in cash. Yamato will pay $42 a share, a 27% premium to Coralstone’s last close.',
    deals: [{ type: 'acquisition', target: ['Coralstone Re'], amount: { currency: 'USD', amount: 3_500_000_000 }, parties: [{ name: 'Yamato Kasai', role: 'acquirer' }] }],
    note: 'fictional; the per-share price and premium are not the amount',
  },
  {
    id: 'en5-i-005', lang: 'en', style: 'local-business-journal', date: '2025-10-08',
    text: 'Cleveland’s Lakeview Dental Partners, which runs 31 clinics in northeast Ohio, has been acquired by Heartland Smiles, a Chicago dental group backed by private equity firm Linden Capital. The deal closed on Oct. 1.',
    deals: [{ type: 'acquisition', target: ['Lakeview Dental Partners'], parties: [{ name: 'Heartland Smiles', role: 'acquirer' }], date: '2025-10-01' }],
    note: 'fictional; the buyer’s backer is no party; a closing day',
  },
  {
    id: 'en5-i-006', lang: 'en', style: 'banking-trade-press', date: '2025-02-18',
    text: 'Prairie Heritage Bancorp and First Meridian Bancshares have agreed to combine in a merger of equals, creating a $9 billion-asset lender based in Omaha. The combined holding company will be named Heritage Meridian Financial.',
    deals: [{ type: 'merger', target: ['Prairie Heritage Bancorp'], parties: [{ name: 'First Meridian Bancshares', role: 'participant' }] }],
    note: 'fictional; a merger of equals of two bancorps; assets are no amount',
  },
  {
    id: 'en5-i-007', lang: 'en', style: 'tech-press', date: '2025-12-03',
    text: 'Two European drone makers, Skyvane and Aerolynx, will merge to form a company with about 600 employees and annual sales of €240 million, the companies said. Skyvane’s chief executive will run the combined business.',
    deals: [{ type: 'merger', target: ['Skyvane'], parties: [{ name: 'Aerolynx', role: 'participant' }] }],
    note: 'fictional; two lone names after what they are; sales are no amount',
  },
  {
    id: 'en5-i-008', lang: 'en', style: 'india-business-press', date: '2025-11-10',
    text: 'Groww made a strong stock market debut on Monday, with shares jumping 14% above the IPO price. The ₹6,632 crore offer, which included a fresh issue of ₹1,060 crore, was subscribed nearly 18 times.',
    deals: [{ type: 'ipo', target: ['Groww'], amount: { currency: 'INR', amount: 66_320_000_000 }, parties: [] }],
    note: 'loosely after public record (figures approximate); the size in the next sentence, named "offer"',
  },
  {
    id: 'en5-i-009', lang: 'en', style: 'australia-business-press', date: '2025-07-03',
    text: 'Virgin Australia returned to the ASX on Wednesday after a A$685 million float, five years after the airline collapsed into administration. Its shares ended the first day 11 per cent above the issue price.',
    deals: [{ type: 'ipo', target: ['Virgin Australia'], amount: { currency: 'AUD', amount: 685_000_000 }, parties: [] }],
    note: 'loosely after public record (figures approximate); "returned to the ASX after a float"',
  },
  {
    id: 'en5-i-010', lang: 'en', style: 'vc-newsletter', date: '2025-08-12',
    text: 'Berlin’s Fernlicht, which builds heat pumps for apartment blocks, raised €60 million in Series B funding. The round was co-led by Piton Capital and Planet A Ventures; HV Capital, an existing investor, also took part.',
    deals: [{
      type: 'funding', target: ['Fernlicht'], amount: { currency: 'EUR', amount: 60_000_000 }, round: 'Series B',
      parties: [{ name: 'Piton Capital', role: 'lead' }, { name: 'Planet A Ventures', role: 'lead' }, { name: 'HV Capital', role: 'participant' }],
    }],
    note: 'fictional; co-leads; "X, an existing investor, also took part"',
  },
  {
    id: 'en5-i-011', lang: 'en', style: 'singapore-business-press', date: '2025-01-29',
    text: 'Vietnamese e-wallet Ví Nhanh has raised US$45 million in a Series C round from investors led by Singapore’s GIC, with participation from returning backers Jungle Ventures and Beenext.',
    deals: [{
      type: 'funding', target: ['Ví Nhanh'], amount: { currency: 'USD', amount: 45_000_000 }, round: 'Series C',
      parties: [{ name: 'GIC', role: 'lead' }, { name: 'Jungle Ventures', role: 'participant' }, { name: 'Beenext', role: 'participant' }],
    }],
    note: 'fictional; an accented name; "from investors led by"; "returning backers"',
  },
  // ---- batch I: no deal ----
  {
    id: 'en5-i-012', lang: 'en', style: 'business-daily', date: '2025-03-19',
    text: 'Harcourt Brands said it expects to complete its previously announced $2.3 billion purchase of frozen-food maker Icefield by the end of the year, after extending the deadline for regulatory approvals.',
    deals: [], negative: 'not-closed', note: 'fictional; a deal announced before, still to close',
  },
  {
    id: 'en5-i-013', lang: 'en', style: 'tech-press', date: '2025-05-29',
    text: 'Chip startup Photonyx is in discussions to raise about $200 million in a round that would value it at $1.5 billion, people familiar with the talks said, with Fidelity among the firms considering an investment.',
    deals: [], negative: 'rumour', note: 'fictional',
  },
  {
    id: 'en5-i-014', lang: 'en', style: 'wire', date: '2025-10-13',
    text: 'Oct 13 (Reuters) - Shares of Baltic Freight rose 12% on Monday after Danish shipping group Skagen Line disclosed a 10% holding in the company, fuelling speculation of a takeover.',
    deals: [], negative: 'share-move', note: 'fictional; a holding disclosed, takeover speculation',
  },
  {
    id: 'en5-i-015', lang: 'en', style: 'canada-business-press', date: '2025-09-16',
    text: 'Ontario’s securities regulator has ordered a hearing into whether Brampton Steel misled investors about its C$450 million purchase of Hamilton Alloys, which closed in 2023.',
    deals: [], negative: 'other', note: 'fictional; a hearing about a past purchase',
  },
  {
    id: 'en5-i-016', lang: 'en', style: 'earnings-day-story', date: '2025-07-31',
    text: 'Ridgeway Health raised its full-year profit forecast on Thursday and said the integration of Bayfront Care, which it bought for $5.3 billion last year, was ahead of schedule. Its shares rose 4%.',
    deals: [{ type: 'acquisition', target: ['Bayfront Care'], amount: { currency: 'USD', amount: 5_300_000_000 }, parties: [{ name: 'Ridgeway Health', role: 'acquirer' }] }],
    note: 'fictional; a past purchase told with its price in a relative clause is a deal (as en-corp-069 and en5-d-025); dated by a year only',
  },
  // ---- batch J: written after batch I's rules, scored before any rule for it ----
  {
    id: 'en5-j-001', lang: 'en', style: 'wire', date: '2025-11-24',
    text: 'Nov 24 (Reuters) - Brazilian meatpacker Frigosul has agreed to acquire a 70% stake in Uruguayan beef processor Carnes del Plata from the Ferreira family for $310 million, the company said in a securities filing on Monday.',
    deals: [{ type: 'stake-sale', target: ['Carnes del Plata'], amount: { currency: 'USD', amount: 310_000_000 }, parties: [{ name: 'Frigosul', role: 'acquirer' }] }],
    note: 'fictional; a stake bought from a family; a name with a lower-case word inside',
  },
  {
    id: 'en5-j-002', lang: 'en', style: 'tech-press', date: '2025-06-05',
    text: 'Developer-tools company Gitwise said Thursday it has acquired Lintly, whose code-review bot is used by 40,000 teams, for $65 million in cash and stock. Lintly had raised $8 million from Y Combinator and Initialized Capital.',
    deals: [{ type: 'acquisition', target: ['Lintly'], amount: { currency: 'USD', amount: 65_000_000 }, parties: [{ name: 'Gitwise', role: 'acquirer' }] }],
    note: 'fictional; a relative clause on the target; the target’s past raise is a total',
  },
  {
    id: 'en5-j-003', lang: 'en', style: 'uk-business-press', date: '2025-03-31',
    text: 'Veterinary group Pennant Vets has completed its £95m purchase of 28 practices from rival Cotswold Animal Care, taking its network to more than 200 clinics across southern England.',
    deals: [{
      type: 'acquisition', target: ['28 practices'], amount: { currency: 'GBP', amount: 95_000_000 },
      parties: [{ name: 'Pennant Vets', role: 'acquirer' }, { name: 'Cotswold Animal Care', role: 'seller' }],
    }],
    note: 'fictional; unnamed assets bought from a seller',
  },
  {
    id: 'en5-j-004', lang: 'en', style: 'banking-trade-press', date: '2025-09-10',
    text: 'Pacific Northwest lenders Cascade Pines Bank and Olympic Savings have completed their merger of equals, forming a $6 billion-asset bank that operates as Cascade Olympic Bank.',
    deals: [{ type: 'merger', target: ['Cascade Pines Bank'], parties: [{ name: 'Olympic Savings', role: 'participant' }] }],
    note: 'fictional; a merger of equals completed; assets are no amount',
  },
  {
    id: 'en5-j-005', lang: 'en', style: 'pharma-trade-press', date: '2025-04-29',
    text: 'Merck KGaA has closed its $3.9 billion acquisition of SpringWorks Therapeutics, the German group said on Tuesday, adding two approved rare-disease drugs to its portfolio.',
    deals: [{ type: 'acquisition', target: ['SpringWorks Therapeutics'], amount: { currency: 'USD', amount: 3_900_000_000 }, parties: [{ name: 'Merck KGaA', role: 'acquirer' }] }],
    note: 'loosely after public record (date changed)',
  },
  {
    id: 'en5-j-006', lang: 'en', style: 'canada-business-press', date: '2025-08-06',
    text: 'Alberta’s Rocky Ridge Energy has sold its Montney assets to Japanese trading house Itoshima Corp for C$1.25 billion, and will use the money to pay down debt, the company said on Wednesday.',
    deals: [{
      type: 'acquisition', target: ['Montney assets'], amount: { currency: 'CAD', amount: 1_250_000_000 },
      parties: [{ name: 'Itoshima Corp', role: 'acquirer' }, { name: 'Rocky Ridge Energy', role: 'seller' }],
    }],
    note: 'fictional; assets sold; a possessive place before the seller',
  },
  {
    id: 'en5-j-007', lang: 'en', style: 'india-business-press', date: '2025-12-17',
    text: 'ICICI Prudential Asset Management shares jumped 20% on their stock market debut on Wednesday, after the ₹10,600 crore IPO, made up entirely of shares sold by Prudential plc, drew bids worth 39 times the shares on offer.',
    deals: [{ type: 'ipo', target: ['ICICI Prudential Asset Management'], amount: { currency: 'INR', amount: 106_000_000_000 }, parties: [{ name: 'Prudential plc', role: 'seller' }] }],
    note: 'loosely after public reporting (figures approximate); a selling parent',
  },
  {
    id: 'en5-j-008', lang: 'en', style: 'business-daily', date: '2025-05-22',
    text: 'Shares of Hydrofarm Nordic began trading on Nasdaq Stockholm on Thursday after the vertical-farming company raised SEK 1.4 billion in its IPO, including new shares sold to cornerstone investors Alecta and AP4.',
    deals: [{
      type: 'ipo', target: ['Hydrofarm Nordic'], amount: { currency: 'SEK', amount: 1_400_000_000 },
      parties: [{ name: 'Alecta', role: 'participant' }, { name: 'AP4', role: 'participant' }],
    }],
    note: 'fictional; cornerstone investors as participants',
  },
  {
    id: 'en5-j-009', lang: 'en', style: 'vc-newsletter', date: '2025-10-28',
    text: 'Tallyho, a bookkeeping app for restaurants, raised a $12 million seed round led by Index Ventures, alongside existing investors Hustle Fund and South Park Commons. The company plans to double its 25-person team.',
    deals: [{
      type: 'funding', target: ['Tallyho'], amount: { currency: 'USD', amount: 12_000_000 }, round: 'seed',
      parties: [{ name: 'Index Ventures', role: 'lead' }, { name: 'Hustle Fund', role: 'participant' }, { name: 'South Park Commons', role: 'participant' }],
    }],
    note: 'fictional; "alongside existing investors"',
  },
  {
    id: 'en5-j-010', lang: 'en', style: 'press-release', date: '2025-02-04',
    text: 'DUBLIN, Feb. 4, 2025 /PRNewswire/ -- Kinetiq Health, a Dublin-based developer of remote cardiac monitoring, has closed a €30 million Series B financing led by Seroba Life Sciences, with participation from Enterprise Ireland, ACT Venture Capital and existing shareholders.',
    deals: [{
      type: 'funding', target: ['Kinetiq Health'], amount: { currency: 'EUR', amount: 30_000_000 }, round: 'Series B',
      parties: [{ name: 'Seroba Life Sciences', role: 'lead' }, { name: 'Enterprise Ireland', role: 'participant' }, { name: 'ACT Venture Capital', role: 'participant' }],
    }],
    note: 'fictional; a press release with an appositive',
  },
  {
    id: 'en5-j-011', lang: 'en', style: 'deal-roundup', date: '2025-06-20',
    text: 'Deals of the week: Madrid’s Rutas Verdes, a bus operator, was bought by Germany’s FernBus for €210 million; and Dutch fintech Munt raised €25 million led by Peak Capital.',
    deals: [
      { type: 'acquisition', target: ['Rutas Verdes'], amount: { currency: 'EUR', amount: 210_000_000 }, parties: [{ name: 'FernBus', role: 'acquirer' }] },
      { type: 'funding', target: ['Munt'], amount: { currency: 'EUR', amount: 25_000_000 }, parties: [{ name: 'Peak Capital', role: 'lead' }] },
    ],
    note: 'fictional; a round-up with a purchase and a round; possessive places before names',
  },
  // ---- batch J: no deal ----
  {
    id: 'en5-j-012', lang: 'en', style: 'wire', date: '2025-09-19',
    text: 'Sept 19 (Reuters) - Norway’s sovereign wealth fund raised its stake in Swiss food group Alpenfood to 5.1%, a filing showed on Friday, making it one of the company’s largest shareholders.',
    deals: [], negative: 'other', note: 'fictional; a portfolio stake raised in the market',
  },
  {
    id: 'en5-j-013', lang: 'en', style: 'tech-press', date: '2025-07-08',
    text: 'Streaming service Vidora said it would not pursue a sale after a six-month review, and instead announced a $500 million share buyback. Vidora had drawn interest from at least two media groups.',
    deals: [], negative: 'buyback', note: 'fictional; a sale not pursued; a buyback',
  },
  {
    id: 'en5-j-014', lang: 'en', style: 'australia-business-press', date: '2025-10-15',
    text: 'The Takeovers Panel has declined to intervene in Southern Stevedores’ bid for Port Pirie Logistics, rejecting a complaint from a rival bidder. The A$480 million offer remains open until November 14.',
    deals: [], negative: 'not-closed', note: 'fictional; an offer open, not accepted',
  },
  {
    id: 'en5-j-015', lang: 'en', style: 'earnings-day-story', date: '2025-02-12',
    text: 'Kestrel Logistics shares rose 9% after the company said fourth-quarter revenue grew 14% to $2.2 billion and announced plans to spin off its freight-brokerage unit into a separately traded company next year.',
    deals: [], negative: 'revenue', note: 'fictional; revenue and a planned spin-off',
  },
  {
    id: 'en5-j-016', lang: 'en', style: 'vc-trade-press', date: '2025-11-05',
    text: 'Secondary-market buyer Lexwood Partners has closed a $2.5 billion fund to buy stakes in venture-backed startups from early employees and investors.',
    deals: [], negative: 'fund-raise', note: 'fictional; a fund closed',
  },
  // ---- batch K: written after batch J's rules, scored before any rule for it ----
  {
    id: 'en5-k-001', lang: 'en', style: 'wire', date: '2025-02-10',
    text: 'Feb 10 (Reuters) - French utility Énergie Bleue will buy Spanish wind developer Ventos Ibéricos for €1.6 billion including debt, the companies said, as it expands in southern Europe.',
    deals: [{ type: 'acquisition', target: ['Ventos Ibéricos'], amount: { currency: 'EUR', amount: 1_600_000_000 }, parties: [{ name: 'Énergie Bleue', role: 'acquirer' }] }],
    note: 'fictional; accented names on both sides',
  },
  {
    id: 'en5-k-002', lang: 'en', style: 'tech-press', date: '2025-09-30',
    text: 'Salesforce completed its $8 billion acquisition of data-management company Informatica, the software maker said on Tuesday, months after agreeing the deal in May.',
    deals: [{ type: 'acquisition', target: ['Informatica'], amount: { currency: 'USD', amount: 8_000_000_000 }, parties: [{ name: 'Salesforce', role: 'acquirer' }] }],
    note: 'loosely after public record (date approximate); a completion, not dated by the agreement',
  },
  {
    id: 'en5-k-003', lang: 'en', style: 'uk-business-press', date: '2025-06-04',
    text: 'Recruitment firm Holborn Talent has agreed a £230m sale to US staffing group Keystone Workforce, the company said on Wednesday. Holborn’s board will recommend the cash offer to shareholders.',
    deals: [{ type: 'acquisition', target: ['Holborn Talent'], amount: { currency: 'GBP', amount: 230_000_000 }, parties: [{ name: 'Keystone Workforce', role: 'acquirer' }] }],
    note: 'fictional; "has agreed a £X sale to"',
  },
  {
    id: 'en5-k-004', lang: 'en', style: 'india-business-press', date: '2025-03-12',
    text: 'Tata Motors has completed the sale of a 26% stake in its electric-vehicle unit, Tata Passenger Electric Mobility, to private equity firm Sattva Capital for ₹7,500 crore.',
    deals: [{
      type: 'stake-sale', target: ['Tata Passenger Electric Mobility'], amount: { currency: 'INR', amount: 75_000_000_000 },
      parties: [{ name: 'Sattva Capital', role: 'acquirer' }, { name: 'Tata Motors', role: 'seller' }],
    }],
    note: 'fictional deal; a stake in a named unit sold',
  },
  {
    id: 'en5-k-005', lang: 'en', style: 'banking-trade-press', date: '2025-07-21',
    text: 'Great Lakes Mutual and Superior Savings Bank will merge, the two Michigan thrifts announced on Monday, creating a $2.8 billion-asset institution. Great Lakes Mutual will be the surviving bank.',
    deals: [{ type: 'merger', target: ['Superior Savings Bank'], parties: [{ name: 'Great Lakes Mutual', role: 'acquirer' }] }],
    note: 'fictional; "will merge"; the survivor in the next sentence',
  },
  {
    id: 'en5-k-006', lang: 'en', style: 'spac-newsletter', date: '2025-04-24',
    text: 'Battery recycler Cyclonix agreed to go public by merging with Eastgate Acquisition Corp. in a deal that values the combined company at $1.4 billion and is expected to raise $280 million in gross proceeds.',
    deals: [{
      type: 'merger', target: ['Cyclonix'], amount: { currency: 'USD', amount: 280_000_000 }, valuation: { currency: 'USD', amount: 1_400_000_000 },
      parties: [{ name: 'Eastgate Acquisition Corp.', role: 'participant' }],
    }],
    note: 'fictional; "go public by merging with"',
  },
  {
    id: 'en5-k-007', lang: 'en', style: 'australia-business-press', date: '2025-09-04',
    text: 'Shares in Sydney software company Loopline surged 40 per cent on their ASX debut on Thursday after it raised A$120 million in an oversubscribed float.',
    deals: [{ type: 'ipo', target: ['Loopline'], amount: { currency: 'AUD', amount: 120_000_000 }, parties: [] }],
    note: 'fictional; "an oversubscribed float"',
  },
  {
    id: 'en5-k-008', lang: 'en', style: 'business-daily', date: '2025-10-23',
    text: 'Medical-device maker Veridex priced its initial public offering at $24 a share, above the expected range, raising $504 million. Existing shareholder Warburg Pincus sold part of its stake in the offering.',
    deals: [{ type: 'ipo', target: ['Veridex'], amount: { currency: 'USD', amount: 504_000_000 }, parties: [{ name: 'Warburg Pincus', role: 'seller' }] }],
    note: 'fictional; an existing shareholder selling is a seller',
  },
  {
    id: 'en5-k-009', lang: 'en', style: 'vc-newsletter', date: '2025-05-13',
    text: 'Fleetbase, which sells software to school-bus operators, has raised $16 million. The Series A was led by Kindred Ventures, with Susa Ventures and Rogue Capital also investing.',
    deals: [{
      type: 'funding', target: ['Fleetbase'], amount: { currency: 'USD', amount: 16_000_000 }, round: 'Series A',
      parties: [{ name: 'Kindred Ventures', role: 'lead' }, { name: 'Susa Ventures', role: 'participant' }, { name: 'Rogue Capital', role: 'participant' }],
    }],
    note: 'fictional; the round named in the second sentence',
  },
  {
    id: 'en5-k-010', lang: 'en', style: 'africa-tech-press', date: '2025-02-26',
    text: 'Kenyan solar-lending startup Jua Credit has raised $11 million in debt and equity. The equity portion was led by Acumen, and debt came from Sunfunder and Norfund.',
    deals: [{
      type: 'funding', target: ['Jua Credit'], amount: { currency: 'USD', amount: 11_000_000 },
      parties: [{ name: 'Acumen', role: 'lead' }, { name: 'Sunfunder', role: 'participant' }, { name: 'Norfund', role: 'participant' }],
    }],
    note: 'fictional; a mixed raise read as one funding deal with its lenders as participants',
  },
  // ---- batch K: no deal ----
  {
    id: 'en5-k-011', lang: 'en', style: 'wire', date: '2025-08-14',
    text: 'Aug 14 (Reuters) - Private equity firm Silverline is preparing a bid for British retailer Harcastle that could value it at about £1.5 billion, according to three people familiar with the plans.',
    deals: [], negative: 'rumour', note: 'fictional',
  },
  {
    id: 'en5-k-012', lang: 'en', style: 'tech-press', date: '2025-12-09',
    text: 'Datawell’s merger with rival Streamcore fell apart on Tuesday after the two companies failed to agree on who would run the combined business, ending talks that began in the summer.',
    deals: [], negative: 'called-off', note: 'fictional; a merger fallen apart',
  },
  {
    id: 'en5-k-013', lang: 'en', style: 'canada-business-press', date: '2025-05-07',
    text: 'Shares of Northgate Minerals hit a record on Wednesday, valuing the gold miner at more than C$12 billion, after it reported higher first-quarter production.',
    deals: [], negative: 'market-value', note: 'fictional',
  },
  {
    id: 'en5-k-014', lang: 'en', style: 'singapore-business-press', date: '2025-10-02',
    text: 'Sembawang Offshore’s proposed acquisition of Keppel Marine Services is on hold while Singapore’s competition regulator examines the deal, the company said in a bourse filing.',
    deals: [], negative: 'not-closed', note: 'fictional; a proposed deal on hold',
  },
  // ---- batch L: written after every rule of the session and scored with no rule written for it (the last honest estimate) ----
  {
    id: 'en5-l-001', lang: 'en', style: 'wire', date: '2025-03-25',
    text: 'March 25 (Reuters) - Danish drugmaker Lundholm Pharma will acquire U.S. biotech Crescent Bio for $2.6 billion in cash, the companies said on Tuesday, gaining an experimental treatment for kidney disease.',
    deals: [{ type: 'acquisition', target: ['Crescent Bio'], amount: { currency: 'USD', amount: 2_600_000_000 }, parties: [{ name: 'Lundholm Pharma', role: 'acquirer' }] }],
    note: 'fictional',
  },
  {
    id: 'en5-l-002', lang: 'en', style: 'tech-press', date: '2025-07-17',
    text: 'Browser startup Arcadia Labs has been acquired by Atlassian for $610 million in cash, the companies said, a year after Arcadia raised a $50 million Series B led by Benchmark.',
    deals: [
      { type: 'acquisition', target: ['Arcadia Labs'], amount: { currency: 'USD', amount: 610_000_000 }, parties: [{ name: 'Atlassian', role: 'acquirer' }] },
      { type: 'funding', target: ['Arcadia Labs', 'Arcadia'], amount: { currency: 'USD', amount: 50_000_000 }, round: 'Series B', parties: [{ name: 'Benchmark', role: 'lead' }], date: '2024-07' },
    ],
    note: 'fictional; a purchase and the target’s earlier round, dated "a year after" by the month as deal-dates.ts reads "a year ago"',
  },
  {
    id: 'en5-l-003', lang: 'en', style: 'uk-business-press', date: '2025-11-11',
    text: 'Scottish salmon farmer Loch Duart Seafoods has been bought by Norway’s Fjordgaard for £180m, the latest foreign takeover in the sector. Fjordgaard said it would keep the brand.',
    deals: [{ type: 'acquisition', target: ['Loch Duart Seafoods'], amount: { currency: 'GBP', amount: 180_000_000 }, parties: [{ name: 'Fjordgaard', role: 'acquirer' }] }],
    note: 'fictional',
  },
  {
    id: 'en5-l-004', lang: 'en', style: 'banking-trade-press', date: '2025-06-30',
    text: 'Riverside Community Bancorp and Valley Forge Financial have agreed to merge in an all-stock deal valued at $145 million. Riverside will be the surviving company and Valley Forge Bank will be folded into Riverside Bank.',
    deals: [{ type: 'merger', target: ['Valley Forge Financial'], amount: { currency: 'USD', amount: 145_000_000 }, parties: [{ name: 'Riverside Community Bancorp', role: 'acquirer' }] }],
    note: 'fictional; the survivor in the next sentence',
  },
  {
    id: 'en5-l-005', lang: 'en', style: 'india-business-press', date: '2025-08-27',
    text: 'Shares of Vikram Solar listed at a 12% premium on the NSE on Wednesday after its ₹2,079 crore IPO, which included an offer for sale by promoters, was subscribed 54 times.',
    deals: [{ type: 'ipo', target: ['Vikram Solar'], amount: { currency: 'INR', amount: 20_790_000_000 }, parties: [] }],
    note: 'loosely after public reporting (figures approximate); unnamed promoters',
  },
  {
    id: 'en5-l-006', lang: 'en', style: 'vc-newsletter', date: '2025-02-04',
    text: 'Pocketgrid, a Lagos startup that sells solar-powered batteries on credit, raised $14 million in a Series A round co-led by Energy Access Ventures and Shell Foundation. Existing investors Ventures Platform and Acumen also participated.',
    deals: [{
      type: 'funding', target: ['Pocketgrid'], amount: { currency: 'USD', amount: 14_000_000 }, round: 'Series A',
      parties: [{ name: 'Energy Access Ventures', role: 'lead' }, { name: 'Shell Foundation', role: 'lead' }, { name: 'Ventures Platform', role: 'participant' }, { name: 'Acumen', role: 'participant' }],
    }],
    note: 'fictional',
  },
  {
    id: 'en5-l-007', lang: 'en', style: 'canada-business-press', date: '2025-10-01',
    text: 'Winnipeg-based insurer Red River Mutual and Saskatchewan’s Prairie Shield Insurance will combine, the companies said Tuesday, forming a mutual with about C$900 million in annual premiums.',
    deals: [{ type: 'merger', target: ['Red River Mutual'], parties: [{ name: 'Prairie Shield Insurance', role: 'participant' }] }],
    note: 'fictional; directionless; premiums are no amount',
  },
  {
    id: 'en5-l-008', lang: 'en', style: 'australia-business-press', date: '2025-04-16',
    text: 'Mineral sands miner Tiwest Resources has sold its 40 per cent interest in the Cooljarloo North project to Japanese partner Sojitz Minerals for A$160 million.',
    deals: [{
      type: 'stake-sale', target: ['Cooljarloo North project'], amount: { currency: 'AUD', amount: 160_000_000 },
      parties: [{ name: 'Sojitz Minerals', role: 'acquirer' }, { name: 'Tiwest Resources', role: 'seller' }],
    }],
    note: 'fictional; an interest in a project sold',
  },
  {
    id: 'en5-l-009', lang: 'en', style: 'press-release', date: '2025-09-09',
    text: 'NEW YORK, Sept. 9, 2025 /PRNewswire/ -- Ledgerline, the accounts-payable platform for mid-sized companies, today announced a $75 million Series C led by Tiger Global, with participation from existing investors Bessemer Venture Partners and Emergence Capital.',
    deals: [{
      type: 'funding', target: ['Ledgerline'], amount: { currency: 'USD', amount: 75_000_000 }, round: 'Series C',
      parties: [{ name: 'Tiger Global', role: 'lead' }, { name: 'Bessemer Venture Partners', role: 'participant' }, { name: 'Emergence Capital', role: 'participant' }],
    }],
    note: 'fictional',
  },
  // ---- batch L: no deal ----
  {
    id: 'en5-l-010', lang: 'en', style: 'business-daily', date: '2025-05-19',
    text: 'Cedar Point Foods has hired advisers to explore a sale of its pet-food business, which could fetch about $1 billion, according to people familiar with the matter.',
    deals: [], negative: 'rumour', note: 'fictional',
  },
  {
    id: 'en5-l-011', lang: 'en', style: 'wire', date: '2025-12-12',
    text: 'Dec 12 (Reuters) - A U.S. appeals court upheld a ruling that blocked Amberline Health’s $3.1 billion acquisition of hospital operator Westmoor Care, ending the deal.',
    deals: [], negative: 'called-off', note: 'fictional; a deal blocked',
  },
  {
    id: 'en5-l-012', lang: 'en', style: 'earnings-day-story', date: '2025-08-07',
    text: 'Brightline Media’s second-quarter revenue rose 6% to $2.4 billion, and the company said it had repurchased $300 million of its shares during the period.',
    deals: [], negative: 'buyback', note: 'fictional',
  },
  {
    id: 'en5-l-013', lang: 'en', style: 'vc-trade-press', date: '2025-03-04',
    text: 'Climate investor Pale Blue Dot has closed its second fund at €180 million, backed by the European Investment Fund and family offices.',
    deals: [], negative: 'fund-raise', note: 'fictional',
  },
];
