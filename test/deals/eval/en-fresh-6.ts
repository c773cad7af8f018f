import type { GoldParagraph } from './gold';

// English paragraphs written for issue 17 (session dealsen17) before any rule was written for them,
// in batches: batch A (en6-a-…) was scored, then rules were written against its errors; batch B
// (en6-b-…) was written after those rules and scored before anything changed for it; batch C (en6-c-…) was written
// after the rules for B and the session's probe sentences, and scored before anything changed for it. The set leans
// on what generalised worst on the held-out part: IPO precision (plans, confidential filings, "could
// raise", "is said to be preparing", IPOs that open for subscription, share moves after an IPO, a
// debut of someone else named in a comparison, follow-on offerings, bonds listed after their sale),
// acquisitions in every shape ("snapped up", "will be folded into", "is being sold to", "completed its
// purchase", passive voice, the target first and the buyer in the next sentence, law-firm deal notes
// "advised X on its acquisition of Y"), mergers, and investors in every shape (lists of six to nine,
// "joined by", "with participation from", "alongside", "existing investors X and Y also took part",
// "backers include", in the next sentence or a later one), names the company data does not know, and
// hard negatives: rumours, talks, bids rejected, deals called off, revenue, market value, share moves,
// a fund closing a fund, buybacks, antitrust reviews of a deal already reported. Styles: wires,
// business dailies, tech press, trade press for mining, energy, pharma, banking, insurance, shipping
// and retail, UK, Indian, Australian, Canadian, Singapore and African business press, VC newsletters,
// press releases, local business journals, earnings-day stories, deal round-ups, law-firm notes.
// Written by the DealLens team in our own words after real reporting (no sentence copied); deals
// marked "public record" are as reported at the time, the rest are fictional-but-plausible.
export const PARAGRAPHS: readonly GoldParagraph[] = [
  // ---- batch A: acquisitions ----
  {
    id: 'en6-a-001', lang: 'en', style: 'wire', date: '2025-09-08',
    text: 'Sept 8 (Reuters) - Industrial software group Corvane Systems has agreed to buy asset-monitoring firm Telluric Analytics for about $2.4 billion, paying $31 a share in cash, to add sensor analytics to its plant-maintenance suite. Telluric shares jumped 24% before the bell.',
    deals: [{ type: 'acquisition', target: ['Telluric Analytics'], amount: { currency: 'USD', amount: 2_400_000_000 }, parties: [{ name: 'Corvane Systems', role: 'acquirer' }] }],
    note: 'fictional; the per-share price is not the amount',
  },
  {
    id: 'en6-a-002', lang: 'en', style: 'law-firm-note', date: '2025-06-12',
    text: 'Hartwell & Crane LLP advised Ostara Logistics on its $420 million acquisition of cold-chain warehouse operator Bluefin Cold Storage from Lakemont Capital. The Hartwell team was led by corporate partners Anna Reyes and David Kim.',
    deals: [{
      type: 'acquisition', target: ['Bluefin Cold Storage'], amount: { currency: 'USD', amount: 420_000_000 },
      parties: [{ name: 'Ostara Logistics', role: 'acquirer' }, { name: 'Lakemont Capital', role: 'seller' }],
    }],
    note: 'fictional; a law firm advising is no party; the seller after "from"',
  },
  {
    id: 'en6-a-003', lang: 'en', style: 'tech-press', date: '2025-04-08',
    text: 'Quillstack, the note-taking app with about three million users, is being sold to productivity suite maker Tandem Works for an undisclosed sum. Quillstack will be folded into Tandem’s workspace product over the next year, and its standalone app will be shut down.',
    deals: [{ type: 'acquisition', target: ['Quillstack'], parties: [{ name: 'Tandem Works', role: 'acquirer' }] }],
    note: 'fictional; "is being sold to", "will be folded into"',
  },
  {
    id: 'en6-a-004', lang: 'en', style: 'shipping-trade-press', date: '2025-09-16',
    text: 'Gulf Coast marine-fuel supplier Pelican Bunkering has a new owner. Danish shipping group Skovlund Maritime said on Tuesday it had completed its purchase of the Houston company for $185 million, adding 14 barges to its fleet.',
    deals: [{ type: 'acquisition', target: ['Pelican Bunkering'], amount: { currency: 'USD', amount: 185_000_000 }, parties: [{ name: 'Skovlund Maritime', role: 'acquirer' }] }],
    note: 'fictional; the target first, the buyer in the next sentence ("the Houston company")',
  },
  {
    id: 'en6-a-005', lang: 'en', style: 'insurance-trade-press', date: '2025-02-19',
    text: 'Cardiff-based insurtech Dragonfly Cover has been acquired by Lloyd’s broker Marsham Price in a deal worth £48m, the two companies said on Wednesday. Dragonfly’s pet and travel policies will be sold under the Marsham brand from the summer.',
    deals: [{ type: 'acquisition', target: ['Dragonfly Cover', 'Dragonfly'], amount: { currency: 'GBP', amount: 48_000_000 }, parties: [{ name: 'Marsham Price', role: 'acquirer' }] }],
    note: 'fictional; passive voice',
  },
  {
    id: 'en6-a-006', lang: 'en', style: 'retail-trade-press', date: '2025-03-03',
    text: 'Outdoor retailer Trailhead Supply has snapped up bankrupt camping-gear brand Emberlight for $27 million at a court-supervised auction, beating a rival bid from a liquidator. Trailhead plans to reopen 20 Emberlight stores by the autumn.',
    deals: [{ type: 'acquisition', target: ['Emberlight'], amount: { currency: 'USD', amount: 27_000_000 }, parties: [{ name: 'Trailhead Supply', role: 'acquirer' }] }],
    note: 'fictional; "snapped up" out of bankruptcy; the losing bidder is no party',
  },
  {
    id: 'en6-a-007', lang: 'en', style: 'tech-press', date: '2025-07-17',
    text: 'Chip-testing equipment maker Veritest said on Thursday it had completed its $1.9 billion acquisition of probe-card supplier Nanoprobe Technologies, after South Korea’s antitrust regulator cleared the deal. Veritest first agreed to the purchase in March.',
    deals: [{ type: 'acquisition', target: ['Nanoprobe Technologies'], amount: { currency: 'USD', amount: 1_900_000_000 }, parties: [{ name: 'Veritest', role: 'acquirer' }] }],
    note: 'fictional; the regulator is no party; the month of the agreement is no completion date',
  },
  {
    id: 'en6-a-008', lang: 'en', style: 'india-business-press', date: '2025-08-01',
    text: 'HYDERABAD: Sitara Agro has completed the acquisition of Kolkata-based tea packer Darjeeling Leaf Company for ₹640 crore, the company said in an exchange filing on Friday. The deal gives Sitara a foothold in the premium tea market in eastern India.',
    deals: [{ type: 'acquisition', target: ['Darjeeling Leaf Company', 'Darjeeling Leaf'], amount: { currency: 'INR', amount: 6_400_000_000 }, parties: [{ name: 'Sitara Agro', role: 'acquirer' }] }],
    note: 'fictional; "completed the acquisition of"',
  },
  {
    id: 'en6-a-009', lang: 'en', style: 'mining-trade-press', date: '2025-10-20',
    text: 'Perth gold miner Kalgoorlie Star Resources will be acquired by Canadian producer Ridgeback Gold in an all-scrip deal that values Kalgoorlie Star at A$1.1 billion. Kalgoorlie Star’s directors have unanimously recommended the offer.',
    deals: [{ type: 'acquisition', target: ['Kalgoorlie Star Resources', 'Kalgoorlie Star'], amount: { currency: 'AUD', amount: 1_100_000_000 }, parties: [{ name: 'Ridgeback Gold', role: 'acquirer' }] }],
    note: 'fictional; "will be acquired by"; a whole company’s value in a takeover is the price',
  },
  {
    id: 'en6-a-010', lang: 'en', style: 'wire', date: '2025-08-21',
    text: 'Private equity firm Thoma Bravo has agreed to take payroll software maker Dayforce private in a deal valued at about $12.3 billion, offering $70 a share in cash. Dayforce will become a privately held company once the transaction closes early next year.',
    deals: [{ type: 'acquisition', target: ['Dayforce'], amount: { currency: 'USD', amount: 12_300_000_000 }, parties: [{ name: 'Thoma Bravo', role: 'acquirer' }] }],
    note: 'public record; "take private"',
  },
  {
    id: 'en6-a-011', lang: 'en', style: 'canada-business-press', date: '2025-05-07',
    text: 'Brookhaven Infrastructure Partners has agreed to buy a 49% stake in Ontario wind-farm operator Northshore Renewables from Lakeshore Power Corp. for C$610 million. Lakeshore, which will keep the remaining 51%, said it would use the proceeds to pay down debt.',
    deals: [{
      type: 'stake-sale', target: ['Northshore Renewables'], amount: { currency: 'CAD', amount: 610_000_000 },
      parties: [{ name: 'Brookhaven Infrastructure Partners', role: 'acquirer' }, { name: 'Lakeshore Power Corp.', role: 'seller' }],
    }],
    note: 'fictional; a minority stake with a named seller',
  },
  // ---- batch A: mergers ----
  {
    id: 'en6-a-012', lang: 'en', style: 'local-business-journal', date: '2025-04-24',
    text: 'Two Ohio community lenders, Miami Valley Bancorp and Scioto Savings Bank, have agreed to combine in an all-stock merger valued at $142 million. Miami Valley will be the surviving holding company, and Scioto’s nine branches will take its name next spring.',
    deals: [{ type: 'merger', target: ['Scioto Savings Bank', 'Scioto'], amount: { currency: 'USD', amount: 142_000_000 }, parties: [{ name: 'Miami Valley Bancorp', role: 'acquirer' }] }],
    note: 'fictional; the survivor is stated in the next clause',
  },
  {
    id: 'en6-a-013', lang: 'en', style: 'pharma-trade-press', date: '2025-06-30',
    text: 'Veridon Bio and Calyx Therapeutics said on Monday they would merge in an all-stock deal, creating a company focused on rare kidney diseases with about $310 million in cash. Shareholders of each company will own about half of the combined business.',
    deals: [{ type: 'merger', target: ['Veridon Bio'], parties: [{ name: 'Calyx Therapeutics', role: 'participant' }] }],
    note: 'fictional; a merger with no survivor stated; the cash on hand is no amount',
  },
  {
    id: 'en6-a-014', lang: 'en', style: 'business-daily', date: '2025-08-04',
    text: 'Regional airlines Skylark Air and Coastal Wings completed their merger on Monday, ending two years of negotiations and a lengthy review by transport regulators. The combined carrier will take a new name next year.',
    deals: [{ type: 'merger', target: ['Skylark Air'], parties: [{ name: 'Coastal Wings', role: 'participant' }] }],
    note: 'fictional; a merger completed, no survivor stated',
  },
  // ---- batch A: funding with investors in every shape ----
  {
    id: 'en6-a-015', lang: 'en', style: 'vc-newsletter', date: '2025-05-14',
    text: 'Harbinger Robotics, which builds autonomous forklifts for distribution centers, raised $64 million in a Series B led by Eclipse. Also participating were Bessemer Venture Partners, Lux Capital, Toyota Ventures, the Amazon Industrial Innovation Fund, Schematic Ventures and Ironspring Ventures.',
    deals: [{
      type: 'funding', target: ['Harbinger Robotics'], amount: { currency: 'USD', amount: 64_000_000 }, round: 'Series B',
      parties: [
        { name: 'Eclipse', role: 'lead' }, { name: 'Bessemer Venture Partners', role: 'participant' }, { name: 'Lux Capital', role: 'participant' },
        { name: 'Toyota Ventures', role: 'participant' }, { name: 'Amazon Industrial Innovation Fund', role: 'participant' },
        { name: 'Schematic Ventures', role: 'participant' }, { name: 'Ironspring Ventures', role: 'participant' },
      ],
    }],
    note: 'fictional; "Also participating were" and a list of six',
  },
  {
    id: 'en6-a-016', lang: 'en', style: 'european-startup-press', date: '2025-09-09',
    text: 'French AI startup Mistral AI has raised €1.7 billion in a Series C round led by Dutch chip-equipment maker ASML, at a post-money valuation of €11.7 billion. Existing investors DST Global, Andreessen Horowitz, Bpifrance, General Catalyst, Index Ventures, Lightspeed and Nvidia also took part.',
    deals: [{
      type: 'funding', target: ['Mistral AI', 'Mistral'], amount: { currency: 'EUR', amount: 1_700_000_000 }, round: 'Series C',
      valuation: { currency: 'EUR', amount: 11_700_000_000, basis: 'post' },
      parties: [
        { name: 'ASML', role: 'lead' }, { name: 'DST Global', role: 'participant' }, { name: 'Andreessen Horowitz', role: 'participant' },
        { name: 'Bpifrance', role: 'participant' }, { name: 'General Catalyst', role: 'participant' }, { name: 'Index Ventures', role: 'participant' },
        { name: 'Lightspeed', role: 'participant' }, { name: 'Nvidia', role: 'participant' },
      ],
    }],
    note: 'public record; "Existing investors … also took part" with seven names',
  },
  {
    id: 'en6-a-017', lang: 'en', style: 'africa-tech-press', date: '2025-03-25',
    text: 'Lagos-based payments startup Kopanow has secured $8.5 million in seed funding led by Ventures Platform, with participation from Voltron Capital, Future Africa and Byld Ventures. The company lets small merchants accept card and transfer payments on a basic Android phone.',
    deals: [{
      type: 'funding', target: ['Kopanow'], amount: { currency: 'USD', amount: 8_500_000 }, round: 'seed',
      parties: [
        { name: 'Ventures Platform', role: 'lead' }, { name: 'Voltron Capital', role: 'participant' }, { name: 'Future Africa', role: 'participant' },
        { name: 'Byld Ventures', role: 'participant' },
      ],
    }],
    note: 'fictional; "with participation from"',
  },
  {
    id: 'en6-a-018', lang: 'en', style: 'press-release', date: '2025-03-04',
    text: 'BOSTON, March 4, 2025 /PRNewswire/ -- Cellarion Bio, a company developing cell therapies for autoimmune disease, today announced the close of an oversubscribed $92 million Series A financing. The round was co-led by Atlas Venture and OrbiMed, alongside new investors Samsara BioCapital and Logos Capital. Founding investor Polaris Partners also participated.',
    deals: [{
      type: 'funding', target: ['Cellarion Bio'], amount: { currency: 'USD', amount: 92_000_000 }, round: 'Series A',
      parties: [
        { name: 'Atlas Venture', role: 'lead' }, { name: 'OrbiMed', role: 'lead' }, { name: 'Samsara BioCapital', role: 'participant' },
        { name: 'Logos Capital', role: 'participant' }, { name: 'Polaris Partners', role: 'participant' },
      ],
    }],
    note: 'fictional; co-leads, "alongside new investors", a founding investor in a later sentence',
  },
  {
    id: 'en6-a-019', lang: 'en', style: 'australia-business-press', date: '2025-07-22',
    text: 'Melbourne climate-data startup Gridwise has closed an A$35 million Series B to expand into the United States. Backers include Blackbird Ventures, which led the round, Main Sequence and existing investor Square Peg.',
    deals: [{
      type: 'funding', target: ['Gridwise'], amount: { currency: 'AUD', amount: 35_000_000 }, round: 'Series B',
      parties: [{ name: 'Blackbird Ventures', role: 'lead' }, { name: 'Main Sequence', role: 'participant' }, { name: 'Square Peg', role: 'participant' }],
    }],
    note: 'fictional; "Backers include X, which led the round, …" in the next sentence',
  },
  {
    id: 'en6-a-020', lang: 'en', style: 'singapore-business-press', date: '2025-10-14',
    text: 'Singapore-based B2B marketplace Tradelink Asia has raised US$40 million in a Series C round led by Vertex Growth. The round also drew Openspace Ventures and EDBI, as well as existing backers Jungle Ventures and Alpha JWC Ventures.',
    deals: [{
      type: 'funding', target: ['Tradelink Asia'], amount: { currency: 'USD', amount: 40_000_000 }, round: 'Series C',
      parties: [
        { name: 'Vertex Growth', role: 'lead' }, { name: 'Openspace Ventures', role: 'participant' }, { name: 'EDBI', role: 'participant' },
        { name: 'Jungle Ventures', role: 'participant' }, { name: 'Alpha JWC Ventures', role: 'participant' },
      ],
    }],
    note: 'fictional; "The round also drew …, as well as existing backers …"',
  },
  {
    id: 'en6-a-021', lang: 'en', style: 'european-startup-press', date: '2025-11-05',
    text: 'Regensburg-based Hexwerk, which makes software for planning factory maintenance, has raised €18 million. Bayern Kapital led the round, with HV Capital and Vsquared Ventures joining. The startup will use the money to hire 60 engineers.',
    deals: [{
      type: 'funding', target: ['Hexwerk'], amount: { currency: 'EUR', amount: 18_000_000 },
      parties: [{ name: 'Bayern Kapital', role: 'lead' }, { name: 'HV Capital', role: 'participant' }, { name: 'Vsquared Ventures', role: 'participant' }],
    }],
    note: 'fictional; the lead and the others in the next sentence ("with X and Y joining")',
  },
  {
    id: 'en6-a-022', lang: 'en', style: 'tech-press', date: '2025-09-02',
    text: 'Vector-database startup Lanternfish has raised $110 million in a Series C round at a $1.6 billion post-money valuation. The round was led by Greenoaks, with Spark Capital and Redpoint Ventures co-leading.',
    deals: [{
      type: 'funding', target: ['Lanternfish'], amount: { currency: 'USD', amount: 110_000_000 }, round: 'Series C',
      valuation: { currency: 'USD', amount: 1_600_000_000, basis: 'post' },
      parties: [{ name: 'Greenoaks', role: 'lead' }, { name: 'Spark Capital', role: 'lead' }, { name: 'Redpoint Ventures', role: 'lead' }],
    }],
    note: 'fictional; co-leads after "with" in the next sentence',
  },
  // ---- batch A: IPOs ----
  {
    id: 'en6-a-023', lang: 'en', style: 'business-daily', date: '2025-07-31',
    text: 'Shares of Denver-based fertility clinic operator Nestwell Health jumped 31% in their Nasdaq debut on Thursday, after the company raised $276 million in an initial public offering priced at $18 a share, the top of its marketed range.',
    deals: [{ type: 'ipo', target: ['Nestwell Health'], amount: { currency: 'USD', amount: 276_000_000 }, parties: [] }],
    note: 'fictional',
  },
  {
    id: 'en6-a-024', lang: 'en', style: 'india-business-press', date: '2025-06-30',
    text: 'Shares of Pune-based auto-parts maker Sahyog Forgings listed at a 22% premium on the NSE Emerge platform on Monday, after its ₹96 crore IPO was subscribed 140 times. The company will use the proceeds to add a forging line.',
    deals: [{ type: 'ipo', target: ['Sahyog Forgings'], amount: { currency: 'INR', amount: 960_000_000 }, parties: [] }],
    note: 'fictional; an SME listing',
  },
  {
    id: 'en6-a-025', lang: 'en', style: 'uk-business-press', date: '2025-10-07',
    text: 'Cambridge chip designer Quantra Semiconductor raised £320m in its London flotation on Tuesday, pricing its shares at the bottom of the range in the largest main-market float of the year. The shares closed 4% above the offer price.',
    deals: [{ type: 'ipo', target: ['Quantra Semiconductor'], amount: { currency: 'GBP', amount: 320_000_000 }, parties: [] }],
    note: 'fictional; "flotation"',
  },
  {
    id: 'en6-a-026', lang: 'en', style: 'hk-business-press', date: '2025-05-20',
    text: 'Shares of Shenzhen robot-vacuum maker Dustora fell 7% on their first day of trading in Hong Kong on Tuesday, after the company raised HK$2.3 billion in its listing. Cornerstone investors took up about half of the offer.',
    deals: [{ type: 'ipo', target: ['Dustora'], amount: { currency: 'HKD', amount: 2_300_000_000 }, parties: [] }],
    note: 'fictional; cornerstone investors in an offer are no deal parties',
  },
  // ---- batch A: no deal — IPO plans, filings and moves ----
  {
    id: 'en6-a-027', lang: 'en', style: 'wire', date: '2025-04-16',
    text: 'Buy-now-pay-later firm Kestrel Pay has confidentially filed for a U.S. initial public offering that could raise as much as $500 million, according to people familiar with the matter. The listing could come as soon as the third quarter.',
    deals: [], negative: 'not-closed', note: 'fictional; a filing and a "could raise"',
  },
  {
    id: 'en6-a-028', lang: 'en', style: 'bloomberg-brief', date: '2025-09-23',
    text: 'Chinese bubble-tea chain Lushan Tea is said to be preparing a Hong Kong listing that could raise about $400 million as soon as early next year, people familiar with the plans said. Deliberations are at an early stage and details could change.',
    deals: [], negative: 'rumour', note: 'fictional; "is said to be preparing"',
  },
  {
    id: 'en6-a-029', lang: 'en', style: 'markets-brief', date: '2025-07-22',
    text: 'Shares of Circle Internet Group have risen more than fivefold since its June IPO, giving the stablecoin issuer a market value of about $40 billion. The stock fell 3% on Tuesday after a rival announced a new dollar token.',
    deals: [], negative: 'share-move', note: 'public record (approximate); share moves after an IPO reported earlier',
  },
  {
    id: 'en6-a-030', lang: 'en', style: 'india-business-press', date: '2025-11-10',
    text: 'The ₹1,250 crore IPO of Chennai-based Vayu Logistics will open for subscription on Wednesday at a price band of ₹312-328 a share. The company has raised ₹375 crore from anchor investors ahead of the offer.',
    deals: [], negative: 'not-closed', note: 'fictional; an IPO that has not yet opened; the anchor book is part of the offer, not a deal of its own',
  },
  {
    id: 'en6-a-031', lang: 'en', style: 'business-daily', date: '2025-06-04',
    text: 'Restaurant chain Saltbrook Grill sold 8 million shares in a follow-on offering priced at $41.50 each, raising about $332 million, two years after its initial public offering. The company said it would use the money to open 60 restaurants.',
    deals: [], negative: 'other', note: 'fictional; a follow-on offering is no IPO; the IPO two years ago is background',
  },
  {
    id: 'en6-a-032', lang: 'en', style: 'energy-trade-press', date: '2025-05-29',
    text: 'Solar developer Helion Renewables said its $500 million of green bonds, sold in March, began trading on the Luxembourg Stock Exchange’s green bond segment on Thursday. The notes carry a 6.1% coupon and mature in 2030.',
    deals: [], negative: 'other', note: 'fictional; a bond listed after its sale is no IPO',
  },
  {
    id: 'en6-a-033', lang: 'en', style: 'earnings-day-story', date: '2025-10-16',
    text: 'Nasdaq Inc. reported a 12% rise in third-quarter revenue to $1.3 billion, helped by a pickup in new listings that included the debuts of Figma and Chime. Chief executive Adena Friedman said the pipeline of companies preparing to go public was the strongest since 2021.',
    deals: [], negative: 'revenue', note: 'an exchange’s revenue; debuts named as examples are no deals of the story',
  },
  {
    id: 'en6-a-034', lang: 'en', style: 'tech-press', date: '2025-11-18',
    text: 'Swedish fintech Ostra Pay said it plans to list its shares on Nasdaq Stockholm in the first quarter, seeking to raise about SEK 1 billion in new money to fund its expansion into Germany. The company was valued at SEK 6 billion in a private round last year.',
    deals: [], negative: 'not-closed', note: 'fictional; an IPO plan; a past round named only by its valuation',
  },
  // ---- batch A: no deal — other ----
  {
    id: 'en6-a-035', lang: 'en', style: 'vc-trade-press', date: '2025-02-11',
    text: 'Lakeside Growth Partners has closed its fourth fund at $1.1 billion, its largest yet, and will back software companies with revenue of $10 million to $50 million. Limited partners include the California State Teachers’ Retirement System and the Yale endowment.',
    deals: [], negative: 'fund-raise', note: 'fictional; a VC firm closing a fund; its limited partners are no investors in a deal',
  },
  {
    id: 'en6-a-036', lang: 'en', style: 'uk-business-press', date: '2025-08-19',
    text: 'The board of Thameside Housing Group has rejected a £720m takeover approach from US private equity firm Crowfield Capital, saying the 265p-a-share proposal undervalued the company. Crowfield has until September 16 to make a firm offer.',
    deals: [], negative: 'other', note: 'fictional; a bid rejected',
  },
  {
    id: 'en6-a-037', lang: 'en', style: 'wire', date: '2025-12-03',
    text: 'Dec 3 (Reuters) - Britain’s competition regulator has opened an in-depth investigation into Ferrowell Group’s £1.4bn purchase of rival steel distributor Castleford Metals, saying the deal could raise prices for construction firms. Ferrowell said it would work with the regulator.',
    deals: [], negative: 'other', note: 'fictional; an antitrust review of a deal reported earlier',
  },
  {
    id: 'en6-a-038', lang: 'en', style: 'pharma-trade-press', date: '2025-09-29',
    text: 'Ostrander Pharma and Belcourt Biosciences have called off their planned $2.6 billion merger, citing a changed market for obesity drugs. Neither company will pay a termination fee.',
    deals: [], negative: 'called-off', note: 'fictional; a merger called off',
  },
  {
    id: 'en6-a-039', lang: 'en', style: 'retail-trade-press', date: '2025-08-26',
    text: 'Department-store chain Whitcombe’s is in talks to buy online fashion retailer Loomly for about $300 million, two people familiar with the discussions said. Talks could still collapse, they added.',
    deals: [], negative: 'talks', note: 'fictional; talks',
  },
  {
    id: 'en6-a-040', lang: 'en', style: 'banking-trade-press', date: '2025-07-15',
    text: 'Harbor State Bancorp’s board authorized a $750 million share repurchase program and raised the quarterly dividend to 48 cents a share, as second-quarter profit climbed 11% to $412 million.',
    deals: [], negative: 'buyback', note: 'fictional; buyback and dividend',
  },
  {
    id: 'en6-a-041', lang: 'en', style: 'mining-trade-press', date: '2025-06-18',
    text: 'Shares in Pilbara lithium producer Ironbark Minerals fell 9% after the company said production would fall short of guidance, cutting its market value to about A$2.1 billion. The miner raised A$150 million in a placement last year.',
    deals: [{ type: 'funding', target: ['Ironbark Minerals'], amount: { currency: 'AUD', amount: 150_000_000 }, parties: [] }],
    note: 'fictional; a share move; a past raise told with its amount is a deal (set convention, as en4-b-030; gold corrected after the first scoring)',
  },
  {
    id: 'en6-a-042', lang: 'en', style: 'deal-round-up', date: '2025-10-31',
    text: 'Deals this week: Coldharbour Systems bought Leeds-based payroll firm Brightpay Bureau for £22m; Tern Energy agreed to buy a 30% stake in solar developer Kilcarrow Renewables from Aurelia Power for €45m; and Ottawa’s Maplewire said it had dropped its C$300m bid for fibre provider Lakehead Networks.',
    deals: [
      { type: 'acquisition', target: ['Brightpay Bureau'], amount: { currency: 'GBP', amount: 22_000_000 }, parties: [{ name: 'Coldharbour Systems', role: 'acquirer' }] },
      {
        type: 'stake-sale', target: ['Kilcarrow Renewables'], amount: { currency: 'EUR', amount: 45_000_000 },
        parties: [{ name: 'Tern Energy', role: 'acquirer' }, { name: 'Aurelia Power', role: 'seller' }],
      },
    ],
    note: 'fictional; a round-up: an acquisition, a stake with a seller, and a bid dropped',
  },
  // ---- batch B: acquisitions (written after batch A's rules, scored before any rule for it) ----
  {
    id: 'en6-b-001', lang: 'en', style: 'wire', date: '2025-10-06',
    text: 'Oct 6 (Reuters) - Specialty insurer Halvard Re will be acquired by Bermuda-based Corsair Reinsurance for $1.75 billion in cash, the companies said on Monday, in a deal that expands Corsair’s property-catastrophe book.',
    deals: [{ type: 'acquisition', target: ['Halvard Re'], amount: { currency: 'USD', amount: 1_750_000_000 }, parties: [{ name: 'Corsair Reinsurance', role: 'acquirer' }] }],
    note: 'fictional; passive, the buyer after a place',
  },
  {
    id: 'en6-b-002', lang: 'en', style: 'local-business-journal', date: '2025-04-14',
    text: 'A Dayton family-owned heating contractor has changed hands. Miller-Bryce Mechanical, founded in 1962, was acquired by Cincinnati-based Tristate Comfort Services last week, according to a company announcement. Terms were not disclosed.',
    deals: [{ type: 'acquisition', target: ['Miller-Bryce Mechanical'], parties: [{ name: 'Tristate Comfort Services', role: 'acquirer' }] }],
    note: 'fictional; an aside on the founding between the target and its verb; no price',
  },
  {
    id: 'en6-b-003', lang: 'en', style: 'shipping-trade-press', date: '2025-06-23',
    text: 'Norwegian tanker owner Fjellstad Shipping has agreed to sell itself to Greek rival Kalamaris Tankers in a cash-and-share deal worth about $640 million, including debt. Fjellstad’s 11 product tankers will join Kalamaris’s fleet of 38 vessels.',
    deals: [{ type: 'acquisition', target: ['Fjellstad Shipping', 'Fjellstad'], amount: { currency: 'USD', amount: 640_000_000 }, parties: [{ name: 'Kalamaris Tankers', role: 'acquirer' }] }],
    note: 'fictional; "agreed to sell itself to"',
  },
  {
    id: 'en6-b-004', lang: 'en', style: 'pharma-trade-press', date: '2025-03-10',
    text: 'Brightwell Therapeutics is buying gene-editing biotech Corvex Bio for $12 a share, or about $480 million, plus a contingent value right worth up to $3 a share tied to a regulatory milestone. Corvex’s board backed the offer.',
    deals: [{ type: 'acquisition', target: ['Corvex Bio', 'Corvex'], amount: { currency: 'USD', amount: 480_000_000 }, parties: [{ name: 'Brightwell Therapeutics', role: 'acquirer' }] }],
    note: 'fictional; a per-share price and a CVR are not the amount',
  },
  {
    id: 'en6-b-005', lang: 'en', style: 'uk-retail-trade-press', date: '2025-01-29',
    text: 'Pet-supply chain Whiskers & Tails has been bought out of administration by Moorgate Retail Partners, saving 64 of its 90 shops and about 900 jobs, the administrators said.',
    deals: [{ type: 'acquisition', target: ['Whiskers & Tails'], parties: [{ name: 'Moorgate Retail Partners', role: 'acquirer' }] }],
    note: 'fictional; "bought out of administration by"',
  },
  {
    id: 'en6-b-006', lang: 'en', style: 'india-business-press', date: '2025-09-15',
    text: 'Bengaluru-based edtech firm Shikshaverse has acquired Pune coding-bootcamp operator CodeYatra in a cash-and-stock deal valued at ₹210 crore, the company said on Monday. CodeYatra’s founders will stay on to run the business.',
    deals: [{ type: 'acquisition', target: ['CodeYatra'], amount: { currency: 'INR', amount: 2_100_000_000 }, parties: [{ name: 'Shikshaverse', role: 'acquirer' }] }],
    note: 'fictional',
  },
  {
    id: 'en6-b-007', lang: 'en', style: 'canada-energy-press', date: '2025-11-03',
    text: 'Calgary’s Prairie Hearth Energy said it closed its purchase of natural-gas producer Muskeg Resources, paying C$14.50 a share in a deal valued at C$1.3 billion including debt.',
    deals: [{ type: 'acquisition', target: ['Muskeg Resources'], amount: { currency: 'CAD', amount: 1_300_000_000 }, parties: [{ name: 'Prairie Hearth Energy', role: 'acquirer' }] }],
    note: 'fictional; "said it closed its purchase of"',
  },
  {
    id: 'en6-b-008', lang: 'en', style: 'australia-business-press', date: '2025-08-11',
    text: 'ASX-listed software group Tessellate Holdings will take full ownership of Brisbane payroll start-up Rostery, buying the 72 per cent it does not already own for A$58 million.',
    deals: [{ type: 'stake-sale', target: ['Rostery'], amount: { currency: 'AUD', amount: 58_000_000 }, parties: [{ name: 'Tessellate Holdings', role: 'acquirer' }] }],
    note: 'fictional; the remaining stake bought',
  },
  {
    id: 'en6-b-009', lang: 'en', style: 'uk-business-press', date: '2025-05-08',
    text: 'Harrowgate Analytics, the Leeds data consultancy, has found a buyer. US-based Meridian Insight Group said on Thursday it had agreed to acquire the firm for £36m, adding 140 analysts to its European team.',
    deals: [{ type: 'acquisition', target: ['Harrowgate Analytics'], amount: { currency: 'GBP', amount: 36_000_000 }, parties: [{ name: 'Meridian Insight Group', role: 'acquirer' }] }],
    note: 'fictional; the target first, bought as "the firm" in the next sentence',
  },
  {
    id: 'en6-b-010', lang: 'en', style: 'banking-trade-press', date: '2025-10-27',
    text: 'Cascade Valley Bank completed its acquisition of Three Rivers Community Bank on Friday, creating a lender with $4.1 billion in assets and 52 branches across Oregon and Washington.',
    deals: [{ type: 'acquisition', target: ['Three Rivers Community Bank'], parties: [{ name: 'Cascade Valley Bank', role: 'acquirer' }] }],
    note: 'fictional; combined assets are no amount',
  },
  {
    id: 'en6-b-011', lang: 'en', style: 'tech-press', date: '2025-02-25',
    text: 'Security startup Glasswing has been acquired by Okapi Networks, which will fold Glasswing’s browser-isolation technology into its zero-trust platform. Okapi did not disclose the price.',
    deals: [{ type: 'acquisition', target: ['Glasswing'], parties: [{ name: 'Okapi Networks', role: 'acquirer' }] }],
    note: 'fictional; "fold … into" a product is no merger',
  },
  // ---- batch B: mergers ----
  {
    id: 'en6-b-012', lang: 'en', style: 'local-business-journal', date: '2025-07-01',
    text: 'Two Minnesota credit unions, North Star Members and Lakeland Community Credit Union, have completed their merger, creating a $2.3 billion-asset institution with 21 branches.',
    deals: [{ type: 'merger', target: ['North Star Members'], parties: [{ name: 'Lakeland Community Credit Union', role: 'participant' }] }],
    note: 'fictional; a size joined to a noun is no amount',
  },
  {
    id: 'en6-b-013', lang: 'en', style: 'mining-trade-press', date: '2025-09-22',
    text: 'Gold miners Auric Ridge and Tamarack Gold will merge in an all-share deal, with Auric Ridge shareholders owning 55% of the combined company, which will be renamed Tamarack Auric and keep its head office in Perth.',
    deals: [{ type: 'merger', target: ['Auric Ridge'], parties: [{ name: 'Tamarack Gold', role: 'participant' }] }],
    note: 'fictional; an ownership split states no buyer',
  },
  {
    id: 'en6-b-014', lang: 'en', style: 'uk-business-press', date: '2025-04-01',
    text: 'Hartley Building Society has merged into the larger Coventry-based Midshires Mutual, after members voted 94% in favour. Hartley’s 12 branches will keep their name for two years.',
    deals: [{ type: 'merger', target: ['Hartley Building Society', 'Hartley'], parties: [{ name: 'Midshires Mutual', role: 'acquirer' }] }],
    note: 'fictional; "merged into" states the survivor',
  },
  // ---- batch B: funding ----
  {
    id: 'en6-b-015', lang: 'en', style: 'vc-newsletter', date: '2025-06-17',
    text: 'Fieldnote, which makes AI note-takers for clinicians, raised a $45 million Series B led by Bain Capital Ventures. Kaiser Permanente Ventures, Define Ventures, Optum Ventures, SignalFire, Lux Capital, Box Group, Elad Gil and Neo also invested.',
    deals: [{
      type: 'funding', target: ['Fieldnote'], amount: { currency: 'USD', amount: 45_000_000 }, round: 'Series B',
      parties: [
        { name: 'Bain Capital Ventures', role: 'lead' }, { name: 'Kaiser Permanente Ventures', role: 'participant' }, { name: 'Define Ventures', role: 'participant' },
        { name: 'Optum Ventures', role: 'participant' }, { name: 'SignalFire', role: 'participant' }, { name: 'Lux Capital', role: 'participant' },
        { name: 'Box Group', role: 'participant' }, { name: 'Elad Gil', role: 'participant' }, { name: 'Neo', role: 'participant' },
      ],
    }],
    note: 'fictional; a list of eight in the next sentence, a person among them',
  },
  {
    id: 'en6-b-016', lang: 'en', style: 'africa-tech-press', date: '2025-03-31',
    text: 'Cairo-based logistics startup Shiplane has closed a $12 million pre-Series A round co-led by Algebra Ventures and Shorooq Partners. Flat6Labs, Outliers VC and a group of angel investors joined the round.',
    deals: [{
      type: 'funding', target: ['Shiplane'], amount: { currency: 'USD', amount: 12_000_000 }, round: 'pre-Series A',
      parties: [{ name: 'Algebra Ventures', role: 'lead' }, { name: 'Shorooq Partners', role: 'lead' }, { name: 'Flat6Labs', role: 'participant' }, { name: 'Outliers VC', role: 'participant' }],
    }],
    note: 'fictional; "joined the round" after a list with unnamed angels',
  },
  {
    id: 'en6-b-017', lang: 'en', style: 'press-release', date: '2025-06-10',
    text: 'SAN FRANCISCO, June 10, 2025 /PRNewswire/ -- Tidemark Labs, the developer of a carbon-accounting platform for manufacturers, today announced it has raised $30 million in Series B funding. The round was led by Energy Impact Partners with participation from new investor Evolution VC Partners and existing investors Congruent Ventures and Lowercarbon Capital.',
    deals: [{
      type: 'funding', target: ['Tidemark Labs'], amount: { currency: 'USD', amount: 30_000_000 }, round: 'Series B',
      parties: [
        { name: 'Energy Impact Partners', role: 'lead' }, { name: 'Evolution VC Partners', role: 'participant' }, { name: 'Congruent Ventures', role: 'participant' },
        { name: 'Lowercarbon Capital', role: 'participant' },
      ],
    }],
    note: 'fictional; new and existing investors after "with participation from"',
  },
  {
    id: 'en6-b-018', lang: 'en', style: 'sea-deal-press', date: '2025-08-19',
    text: 'Jakarta-based agritech Tanibara has raised US$18 million in a Series A round. East Ventures and Openspace Ventures led the round, and existing backer Alpha JWC Ventures also took part.',
    deals: [{
      type: 'funding', target: ['Tanibara'], amount: { currency: 'USD', amount: 18_000_000 }, round: 'Series A',
      parties: [{ name: 'East Ventures', role: 'lead' }, { name: 'Openspace Ventures', role: 'lead' }, { name: 'Alpha JWC Ventures', role: 'participant' }],
    }],
    note: 'fictional; two leads as the next sentence’s subject',
  },
  {
    id: 'en6-b-019', lang: 'en', style: 'european-startup-press', date: '2025-05-27',
    text: 'Paris-based Quantaflow, which builds software for trading power on European grids, has raised €25 million in a round led by Eurazeo, alongside Kima Ventures, Frst and Bpifrance.',
    deals: [{
      type: 'funding', target: ['Quantaflow'], amount: { currency: 'EUR', amount: 25_000_000 },
      parties: [{ name: 'Eurazeo', role: 'lead' }, { name: 'Kima Ventures', role: 'participant' }, { name: 'Frst', role: 'participant' }, { name: 'Bpifrance', role: 'participant' }],
    }],
    note: 'fictional; "alongside"',
  },
  {
    id: 'en6-b-020', lang: 'en', style: 'local-business-journal', date: '2025-02-18',
    text: 'Austin-based Loomwork makes scheduling software for hospital nurses. The company said on Tuesday it had raised $22 million in Series A funding from Health Velocity Capital and Mercury Fund.',
    deals: [{
      type: 'funding', target: ['Loomwork'], amount: { currency: 'USD', amount: 22_000_000 }, round: 'Series A',
      parties: [{ name: 'Health Velocity Capital', role: 'participant' }, { name: 'Mercury Fund', role: 'participant' }],
    }],
    note: 'fictional; "The company" is the previous sentence’s subject',
  },
  {
    id: 'en6-b-021', lang: 'en', style: 'nz-business-press', date: '2025-11-25',
    text: 'Kiwi fintech Haka Pay has raised NZ$15 million. The round was led by Blackbird, the Australian venture firm, with Icehouse Ventures and Movac also participating. Haka Pay’s app lets renters split bills with flatmates.',
    deals: [{
      type: 'funding', target: ['Haka Pay'], amount: { currency: 'NZD', amount: 15_000_000 },
      parties: [{ name: 'Blackbird', role: 'lead' }, { name: 'Icehouse Ventures', role: 'participant' }, { name: 'Movac', role: 'participant' }],
    }],
    note: 'fictional; an appositive on the lead',
  },
  {
    id: 'en6-b-022', lang: 'en', style: 'uk-tech-press', date: '2025-10-09',
    text: 'London insurtech Claimsure has landed £9m in a seed round from Seedcamp and LocalGlobe, with Anthemis also taking part. The start-up automates the handling of small motor claims.',
    deals: [{
      type: 'funding', target: ['Claimsure'], amount: { currency: 'GBP', amount: 9_000_000 }, round: 'seed',
      parties: [{ name: 'Seedcamp', role: 'participant' }, { name: 'LocalGlobe', role: 'participant' }, { name: 'Anthemis', role: 'participant' }],
    }],
    note: 'fictional; "from X and Y, with Z also taking part"',
  },
  // ---- batch B: IPOs ----
  {
    id: 'en6-b-023', lang: 'en', style: 'wire', date: '2025-06-26',
    text: 'Swiss medical-robotics maker Alpenmed Robotics raised 410 million Swiss francs in its initial public offering on the SIX exchange, pricing shares at 48 francs, the middle of the range. The stock closed 6% higher on its first day.',
    deals: [{ type: 'ipo', target: ['Alpenmed Robotics'], amount: { currency: 'CHF', amount: 410_000_000 }, parties: [] }],
    note: 'fictional',
  },
  {
    id: 'en6-b-024', lang: 'en', style: 'india-business-press', date: '2025-12-10',
    text: 'Shares of Jaipur-based jewellery retailer Ratnakar Jewels made a strong debut on Wednesday, listing at a 34% premium to the issue price after its ₹1,100 crore IPO drew bids worth 78 times the shares on offer.',
    deals: [{ type: 'ipo', target: ['Ratnakar Jewels'], amount: { currency: 'INR', amount: 11_000_000_000 }, parties: [] }],
    note: 'fictional',
  },
  {
    id: 'en6-b-025', lang: 'en', style: 'canada-business-press', date: '2025-03-17',
    text: 'Vancouver drone-delivery firm SkyRelay began trading on the TSX Venture Exchange on Monday after raising C$24 million in an initial public offering at C$0.80 a share.',
    deals: [{ type: 'ipo', target: ['SkyRelay'], amount: { currency: 'CAD', amount: 24_000_000 }, parties: [] }],
    note: 'fictional',
  },
  {
    id: 'en6-b-026', lang: 'en', style: 'energy-trade-press', date: '2025-04-24',
    text: 'Gulf Coast LNG developer Brackwater Energy raised $1.1 billion in its New York IPO after selling 55 million shares at $20 each, and its stock rose 9% in early trading. The offering was the largest by an energy company since 2019.',
    deals: [{ type: 'ipo', target: ['Brackwater Energy'], amount: { currency: 'USD', amount: 1_100_000_000 }, parties: [] }],
    note: 'fictional',
  },
  {
    id: 'en6-b-027', lang: 'en', style: 'australia-business-press', date: '2025-11-20',
    text: 'Melbourne childcare operator Little Acorns Group listed on the ASX on Thursday after a A$320 million float, with shares ending the day 3 per cent below the offer price.',
    deals: [{ type: 'ipo', target: ['Little Acorns Group'], amount: { currency: 'AUD', amount: 320_000_000 }, parties: [] }],
    note: 'fictional',
  },
  // ---- batch B: no deal ----
  {
    id: 'en6-b-028', lang: 'en', style: 'european-business-press', date: '2025-09-04',
    text: 'Dutch payments company Klerk has picked banks including ABN Amro and Goldman Sachs for an Amsterdam IPO that could value it at up to €3 billion, people with knowledge of the matter said.',
    deals: [], negative: 'rumour', note: 'fictional company; banks picked for a listing',
  },
  {
    id: 'en6-b-029', lang: 'en', style: 'tech-press', date: '2025-08-29',
    text: 'Robotics startup Gantry Labs filed publicly for a Nasdaq listing on Friday, disclosing revenue of $96 million for last year and a net loss of $41 million. It plans to trade under the ticker GNTR.',
    deals: [], negative: 'not-closed', note: 'fictional; a public filing',
  },
  {
    id: 'en6-b-030', lang: 'en', style: 'hk-business-press', date: '2025-10-16',
    text: 'Chinese electric-truck maker Heyun Motors has postponed its Hong Kong IPO, which was set to raise about HK$2 billion, citing volatile markets.',
    deals: [], negative: 'called-off', note: 'fictional; a listing postponed',
  },
  {
    id: 'en6-b-031', lang: 'en', style: 'australia-business-press', date: '2025-07-14',
    text: 'Sunmere Solar shares have fallen 38% since the rooftop installer went public in February at A$1.20, and the stock hit a record low on Monday after a profit warning.',
    deals: [], negative: 'share-move', note: 'fictional; a share move after a listing told before',
  },
  {
    id: 'en6-b-032', lang: 'en', style: 'india-business-press', date: '2025-12-11',
    text: 'Fund managers said the strong debut of Ratnakar Jewels would encourage other retailers to press ahead with listings, with at least four consumer companies waiting for approval from the market regulator.',
    deals: [], negative: 'other', note: 'fictional; a debut named as a reason for others’ plans',
  },
  {
    id: 'en6-b-033', lang: 'en', style: 'markets-brief', date: '2025-05-13',
    text: 'Pinewood Brands’ largest shareholder, Harbor Lake Partners, sold 5 million shares in a secondary offering priced at $98, raising about $490 million for the fund; Pinewood received none of the proceeds.',
    deals: [], negative: 'other', note: 'fictional; a secondary offering by a holder',
  },
  {
    id: 'en6-b-034', lang: 'en', style: 'singapore-business-press', date: '2025-03-11',
    text: 'India’s Vistaar Power listed its dollar bonds, sold last month, on the Singapore Exchange on Tuesday, giving Asian funds a way to trade the five-year notes.',
    deals: [], negative: 'other', note: 'fictional; bonds listed after their sale, no amount',
  },
  {
    id: 'en6-b-035', lang: 'en', style: 'africa-tech-press', date: '2025-06-03',
    text: 'Pan-African investor Baobab Ridge Capital has held a final close of its second fund at $85 million, with commitments from the IFC, British International Investment and Proparco.',
    deals: [], negative: 'fund-raise', note: 'fictional; a fund closed by a VC firm',
  },
  {
    id: 'en6-b-036', lang: 'en', style: 'mining-trade-press', date: '2025-08-20',
    text: 'Australian miner Coppergate said it would buy back up to A$400 million of its shares over the next year after a record half-year profit.',
    deals: [], negative: 'buyback', note: 'fictional',
  },
  {
    id: 'en6-b-037', lang: 'en', style: 'canada-business-press', date: '2025-02-03',
    text: 'Canadian grocer Maple Basket rejected a C$2.4 billion unsolicited offer from US private equity firm Ridgeline Capital, saying the C$31-a-share bid undervalued its real estate.',
    deals: [], negative: 'other', note: 'fictional; an offer rejected',
  },
  {
    id: 'en6-b-038', lang: 'en', style: 'shipping-trade-press', date: '2025-09-30',
    text: 'Shipping group Nordvik Lines is in exclusive talks to buy a 40% stake in container terminal operator Port Elara from Spanish infrastructure fund Castellan, according to two people briefed on the matter.',
    deals: [], negative: 'talks', note: 'fictional',
  },
  {
    id: 'en6-b-039', lang: 'en', style: 'canada-business-press', date: '2025-11-17',
    text: 'Fertiliser makers Verdant Nutrients and Prairie Potash have scrapped their planned C$3 billion merger after failing to agree on how to value Prairie’s undeveloped mine.',
    deals: [], negative: 'called-off', note: 'fictional',
  },
  {
    id: 'en6-b-040', lang: 'en', style: 'european-business-press', date: '2025-02-07',
    text: 'The European Commission will decide by March 14 whether to clear Voss Chemie’s €2.1 billion purchase of Dutch coatings maker Lindeboom, after the companies offered to sell two plants to address competition concerns.',
    deals: [], negative: 'other', note: 'fictional; a regulator’s review of a deal reported before',
  },
  {
    id: 'en6-b-041', lang: 'en', style: 'earnings-day-story', date: '2026-03-24',
    text: 'Quantra Semiconductor, which floated in London last year, said first-half revenue rose 41% to £212m, driven by demand for its data-centre chips.',
    deals: [], negative: 'revenue', note: 'fictional; a listing recalled in an aside',
  },
  {
    id: 'en6-b-042', lang: 'en', style: 'tech-press', date: '2025-12-02',
    text: 'Lanternfish, valued at $1.6 billion in its last funding round, has hired its first chief financial officer as it weighs a listing in 2027, the company said.',
    deals: [], negative: 'other', note: 'fictional; a past round named only by its valuation; a listing weighed',
  },
  {
    id: 'en6-b-043', lang: 'en', style: 'deal-round-up', date: '2025-10-24',
    text: 'In deals this week: Moorfield Brewing sold its cider brand Applecross to drinks group Hallworth for £18m; Leeds proptech Nestly raised £6m from Praetura Ventures; and Brightline Media said it was exploring a sale of its radio stations.',
    deals: [
      {
        type: 'acquisition', target: ['Applecross'], amount: { currency: 'GBP', amount: 18_000_000 },
        parties: [{ name: 'Hallworth', role: 'acquirer' }, { name: 'Moorfield Brewing', role: 'seller' }],
      },
      { type: 'funding', target: ['Nestly'], amount: { currency: 'GBP', amount: 6_000_000 }, parties: [{ name: 'Praetura Ventures', role: 'participant' }] },
    ],
    note: 'fictional; a round-up: a brand sold, a round, a sale explored',
  },
  {
    id: 'en6-b-044', lang: 'en', style: 'earnings-day-story', date: '2025-09-25',
    text: 'Harlow Foods posted a 7% rise in annual profit to £188m and said it had bought Scottish oatcake maker Glenbarr Bakery for £42m, its third acquisition this year. The shares rose 4%.',
    deals: [{ type: 'acquisition', target: ['Glenbarr Bakery'], amount: { currency: 'GBP', amount: 42_000_000 }, parties: [{ name: 'Harlow Foods', role: 'acquirer' }] }],
    note: 'fictional; profit is no amount',
  },
  {
    id: 'en6-b-045', lang: 'en', style: 'wire', date: '2025-04-30',
    text: 'Telecom group Orbis said it was not in talks to sell its towers unit, responding to a report that it had hired advisers for a sale that could fetch $3 billion.',
    deals: [], negative: 'denial', note: 'fictional',
  },
  {
    id: 'en6-b-046', lang: 'en', style: 'business-daily', date: '2025-07-08',
    text: 'Fintech Paywise is in talks to raise about $100 million in a round that would value it at $1 billion, according to people familiar with the matter.',
    deals: [], negative: 'rumour', note: 'fictional; a round in talks',
  },
  // ---- batch C: written after the rules for batches A and B and the session's probes, scored before any rule for it ----
  {
    id: 'en6-c-001', lang: 'en', style: 'wire', date: '2025-11-04',
    text: 'Nov 4 (Reuters) - Danish hearing-aid maker Sonavox will be bought by U.S. medical-device group Halbrook Medical for 9.2 billion Danish crowns ($1.4 billion), the companies said on Tuesday.',
    deals: [{ type: 'acquisition', target: ['Sonavox'], amount: { currency: 'DKK', amount: 9_200_000_000 }, parties: [{ name: 'Halbrook Medical', role: 'acquirer' }] }],
    note: 'fictional; passive, a restated amount in brackets',
  },
  {
    id: 'en6-c-002', lang: 'en', style: 'local-business-journal', date: '2025-11-06',
    text: 'Omaha-based grain-storage builder Prairie Bin Co. has been acquired by Kansas City private equity firm Westfield Harbor Partners. The deal closed Oct. 31; terms were not disclosed.',
    deals: [{ type: 'acquisition', target: ['Prairie Bin Co.', 'Prairie Bin'], parties: [{ name: 'Westfield Harbor Partners', role: 'acquirer' }] }],
    note: 'fictional',
  },
  {
    id: 'en6-c-003', lang: 'en', style: 'tech-press', date: '2025-09-18',
    text: 'Identity-security startup Veilpoint is being acquired by cloud-software company Stratus Grid for about $310 million in cash and stock, the companies said. Veilpoint’s 85 employees will join Stratus Grid’s security unit.',
    deals: [{ type: 'acquisition', target: ['Veilpoint'], amount: { currency: 'USD', amount: 310_000_000 }, parties: [{ name: 'Stratus Grid', role: 'acquirer' }] }],
    note: 'fictional; "is being acquired by"',
  },
  {
    id: 'en6-c-004', lang: 'en', style: 'law-firm-note', date: '2025-07-22',
    text: 'Morrow Pike LLP represented Tamsin Foods in its sale to Brightridge Brands, a portfolio company of Calder Equity Partners. The transaction closed on July 18.',
    deals: [{ type: 'acquisition', target: ['Tamsin Foods'], parties: [{ name: 'Brightridge Brands', role: 'acquirer' }], date: '2025-07-18' }],
    note: 'fictional; a law firm for the seller; the buyer’s owner is no party',
  },
  {
    id: 'en6-c-005', lang: 'en', style: 'india-business-press', date: '2025-10-10',
    text: 'Hyderabad-based drugmaker Sunvista Pharma will acquire a 65% stake in Vadodara’s Medilane Biotech for ₹480 crore, it said in a stock-exchange filing on Friday.',
    deals: [{ type: 'stake-sale', target: ['Medilane Biotech'], amount: { currency: 'INR', amount: 4_800_000_000 }, parties: [{ name: 'Sunvista Pharma', role: 'acquirer' }] }],
    note: 'fictional',
  },
  {
    id: 'en6-c-006', lang: 'en', style: 'canada-business-press', date: '2025-06-12',
    text: 'Two British Columbia credit unions, Fraserside Credit Union and Coastline Savings, have agreed to merge, creating a member-owned lender with C$6 billion in assets.',
    deals: [{ type: 'merger', target: ['Fraserside Credit Union'], parties: [{ name: 'Coastline Savings', role: 'participant' }] }],
    note: 'fictional; assets are no amount',
  },
  {
    id: 'en6-c-007', lang: 'en', style: 'vc-newsletter', date: '2025-04-29',
    text: 'Quarry, a New York startup building AI tools for construction estimators, has raised $27 million in a Series A. Greylock led the round, alongside Founder Collective and Box Group, with several angel investors also participating.',
    deals: [{
      type: 'funding', target: ['Quarry'], amount: { currency: 'USD', amount: 27_000_000 }, round: 'Series A',
      parties: [{ name: 'Greylock', role: 'lead' }, { name: 'Founder Collective', role: 'participant' }, { name: 'Box Group', role: 'participant' }],
    }],
    note: 'fictional company; "alongside" in the next sentence',
  },
  {
    id: 'en6-c-008', lang: 'en', style: 'africa-tech-press', date: '2025-08-05',
    text: 'Accra-based healthtech Medikit has secured $6.5 million in a seed round. The round was backed by Partech Africa, Ventures Platform and Launch Africa, with existing investor Musha Ventures returning.',
    deals: [{
      type: 'funding', target: ['Medikit'], amount: { currency: 'USD', amount: 6_500_000 }, round: 'seed',
      parties: [
        { name: 'Partech Africa', role: 'participant' }, { name: 'Ventures Platform', role: 'participant' }, { name: 'Launch Africa', role: 'participant' },
        { name: 'Musha Ventures', role: 'participant' },
      ],
    }],
    note: 'fictional; "with existing investor X returning"',
  },
  {
    id: 'en6-c-009', lang: 'en', style: 'press-release', date: '2025-03-26',
    text: 'STOCKHOLM, March 26, 2025 /PRNewswire/ -- Ferrolite Robotics, which makes welding robots for small factories, today announced a $55 million Series B financing led by Northzone. Other participants include Cherry Ventures, Creandum, Notion Capital, Seedcamp and Kima Ventures.',
    deals: [{
      type: 'funding', target: ['Ferrolite Robotics'], amount: { currency: 'USD', amount: 55_000_000 }, round: 'Series B',
      parties: [
        { name: 'Northzone', role: 'lead' }, { name: 'Cherry Ventures', role: 'participant' }, { name: 'Creandum', role: 'participant' },
        { name: 'Notion Capital', role: 'participant' }, { name: 'Seedcamp', role: 'participant' }, { name: 'Kima Ventures', role: 'participant' },
      ],
    }],
    note: 'fictional company; "Other participants include" a list of five',
  },
  {
    id: 'en6-c-010', lang: 'en', style: 'australia-business-press', date: '2025-12-04',
    text: 'Perth lithium refiner Wattle Chemicals raised A$150 million in its ASX float and closed its first day 12 per cent above the offer price of A$1.',
    deals: [{ type: 'ipo', target: ['Wattle Chemicals'], amount: { currency: 'AUD', amount: 150_000_000 }, parties: [] }],
    note: 'fictional',
  },
  {
    id: 'en6-c-011', lang: 'en', style: 'banking-trade-press', date: '2025-10-17',
    text: 'Shares of Ohio regional lender Buckeye Trust Bancorp rose 8% in their Nasdaq debut on Friday after the bank’s $95 million IPO priced at $16, the midpoint of its range.',
    deals: [{ type: 'ipo', target: ['Buckeye Trust Bancorp'], amount: { currency: 'USD', amount: 95_000_000 }, parties: [] }],
    note: 'fictional; "the bank’s IPO" is the company’s own',
  },
  {
    id: 'en6-c-012', lang: 'en', style: 'european-business-press', date: '2025-05-15',
    text: 'Irish packaging group Corrib Packaging has raised €400m from its Euronext Dublin and London listing, pricing its shares at €2.10.',
    deals: [{ type: 'ipo', target: ['Corrib Packaging'], amount: { currency: 'EUR', amount: 400_000_000 }, parties: [] }],
    note: 'fictional; a dual listing',
  },
  {
    id: 'en6-c-013', lang: 'en', style: 'earnings-day-story', date: '2025-10-23',
    text: 'Meridian Foods reported a 9% rise in third-quarter sales to $2.1 billion on Thursday and said it had completed its $620 million purchase of sauce maker Casa Rojo.',
    deals: [{ type: 'acquisition', target: ['Casa Rojo'], amount: { currency: 'USD', amount: 620_000_000 }, parties: [{ name: 'Meridian Foods', role: 'acquirer' }] }],
    note: 'fictional; sales are no amount',
  },
  {
    id: 'en6-c-014', lang: 'en', style: 'deal-round-up', date: '2025-06-27',
    text: 'Also this week, Lisbon-based Portolan raised €14m in a Series A led by Indico Capital, and Dutch logistics group Van Ommeren Transport bought Belgian courier Flashcourier for an undisclosed sum.',
    deals: [
      { type: 'funding', target: ['Portolan'], amount: { currency: 'EUR', amount: 14_000_000 }, round: 'Series A', parties: [{ name: 'Indico Capital', role: 'lead' }] },
      { type: 'acquisition', target: ['Flashcourier'], parties: [{ name: 'Van Ommeren Transport', role: 'acquirer' }] },
    ],
    note: 'fictional; a round and a purchase in one sentence',
  },
  // ---- batch C: no deal ----
  {
    id: 'en6-c-015', lang: 'en', style: 'india-business-press', date: '2025-09-02',
    text: 'Bengaluru-based fintech Kredpay has filed draft papers with SEBI for an IPO of up to ₹2,000 crore, comprising a fresh issue of ₹800 crore and an offer for sale by existing investors.',
    deals: [], negative: 'not-closed', note: 'fictional; draft papers filed',
  },
  {
    id: 'en6-c-016', lang: 'en', style: 'shipping-trade-press', date: '2025-08-14',
    text: 'Shipping line Atlantic Meridian is said to be weighing a bid for rival Baltic Star Lines, which could be valued at about $1.2 billion, according to people familiar with the matter.',
    deals: [], negative: 'rumour', note: 'fictional',
  },
  {
    id: 'en6-c-017', lang: 'en', style: 'australia-business-press', date: '2026-02-09',
    text: 'Two months after its stock market debut, Wattle Chemicals’ shares are trading 30 per cent below their offer price, and the company on Monday cut its production forecast.',
    deals: [], negative: 'share-move', note: 'fictional; a debut recalled',
  },
  {
    id: 'en6-c-018', lang: 'en', style: 'uk-business-press', date: '2025-03-19',
    text: 'The board of British engineer Pemberton Controls rejected a second, sweetened 540p-a-share proposal from US rival Calloway Industrial, but said it was open to further talks.',
    deals: [], negative: 'other', note: 'fictional; a proposal rejected',
  },
  {
    id: 'en6-c-019', lang: 'en', style: 'european-startup-press', date: '2025-11-12',
    text: 'Lisbon’s Atlantic Seed Partners has closed its debut fund at €60 million, with the European Investment Fund and Portugal’s development bank among its backers.',
    deals: [], negative: 'fund-raise', note: 'fictional',
  },
  {
    id: 'en6-c-020', lang: 'en', style: 'australia-business-press', date: '2025-07-30',
    text: 'Australia’s competition regulator said it would not oppose Harbourline Energy’s A$1.8 billion takeover of gas retailer Southern Cross Gas, removing the last hurdle to the deal announced in March.',
    deals: [], negative: 'other', note: 'fictional; a regulator’s word on a deal reported before',
  },
  {
    id: 'en6-c-021', lang: 'en', style: 'singapore-business-press', date: '2025-08-08',
    text: 'Singapore lender Straits Union Bank will pay a special dividend of 20 cents a share and buy back up to S$500 million of stock, after net profit rose 12% to S$1.6 billion.',
    deals: [], negative: 'buyback', note: 'fictional',
  },
  {
    id: 'en6-c-022', lang: 'en', style: 'japan-business-press', date: '2025-06-20',
    text: 'Japanese trading house Kanemoto Corp has abandoned its ¥150 billion tender offer for logistics firm Hoshida Unyu after failing to win enough shares.',
    deals: [], negative: 'called-off', note: 'fictional',
  },
  {
    id: 'en6-c-023', lang: 'en', style: 'pharma-trade-press', date: '2025-05-06',
    text: 'Lakeview Pharma denied a media report that it had agreed to sell its generics unit to Indian drugmaker Sunvista Pharma for $700 million.',
    deals: [], negative: 'denial', note: 'fictional',
  },
];
