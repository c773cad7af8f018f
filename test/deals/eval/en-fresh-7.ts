import type { GoldParagraph } from './gold';

// English paragraphs written for issue 17 (session dealsen18) before any rule was written for them, in
// two batches: batch A (en7-a-…) was scored, then rules were written against its errors; batch B
// (en7-b-…) was written after those rules and scored before anything changed for it. The set leans on
// what generalised worst on the held-out part: acquisitions in every shape ("snapped up", "will be
// folded into", "is being sold to", "completed its purchase", "takes control of", "bought out", "agreed
// to acquire a 60% stake", passive voice, the target first and the buyer in the next sentence, a buyer
// named only as "the Tokyo-based group"), mergers ("will combine", "merger of equals", "all-stock
// merger", "to merge with", "tie-up"), investors in every shape (lists of six to nine, "joined by",
// "with participation from", "alongside", "existing investors … also took part", "backers include",
// "The round was co-led by", in the next sentence or a later one; names the company data does not
// know), and hard negatives (IPO plans and filings, rumours, talks, bids rejected, deals called off,
// antitrust reviews, revenue, market value, share moves, a fund closing a fund, buybacks, bond
// offerings not yet priced, a company "valued at" by the market). Styles: wires, business dailies, tech
// press, trade press for mining, energy, pharma, banking, insurance, shipping, retail, food and media,
// UK, Indian, Australian, Canadian, Singapore, African and Gulf business press, VC newsletters, press
// releases, local business journals, deal round-ups, law-firm notes, Japanese, Korean and European
// companies in English press. Written by the DealLens team in our own words; every company and deal
// here is fictional-but-plausible unless the note says "public record".
export const PARAGRAPHS: readonly GoldParagraph[] = [
  // ---- batch A: acquisitions ----
  {
    id: 'en7-a-001', lang: 'en', style: 'wire', date: '2026-11-02',
    text: 'Nov 2 (Reuters) - Japan’s Kurosawa Heavy Industries has agreed to acquire a 60% stake in Czech turbine-parts maker Brnoflex for about €240 million, the Tokyo-based group said on Monday, as it builds out its gas-turbine service business in Europe. The remaining 40% will stay with Brnoflex’s founding family.',
    deals: [{ type: 'stake-sale', target: ['Brnoflex'], amount: { currency: 'EUR', amount: 240_000_000 }, parties: [{ name: 'Kurosawa Heavy Industries', role: 'acquirer' }] }],
    note: 'fictional; "agreed to acquire a 60% stake"; the buyer named again as "the Tokyo-based group"',
  },
  {
    id: 'en7-a-002', lang: 'en', style: 'business-daily', date: '2026-10-15',
    text: 'Dutch flower-auction software provider Bloemsoft is changing hands. Hanamori Holdings, the Tokyo-based group best known for its garden centres, said on Thursday it would buy the Aalsmeer company for €95 million in cash, its first deal outside Asia.',
    deals: [{ type: 'acquisition', target: ['Bloemsoft'], amount: { currency: 'EUR', amount: 95_000_000 }, parties: [{ name: 'Hanamori Holdings', role: 'acquirer' }] }],
    note: 'fictional; the target first, the buyer in the next sentence ("the Aalsmeer company")',
  },
  {
    id: 'en7-a-003', lang: 'en', style: 'tech-press', date: '2026-09-22',
    text: 'Cloud security firm Palisade Networks has snapped up Tel Aviv startup Driftguard, which spots misconfigured storage buckets, for a reported $210 million. Driftguard’s 60 staff will join Palisade’s research centre in Herzliya.',
    deals: [{ type: 'acquisition', target: ['Driftguard'], amount: { currency: 'USD', amount: 210_000_000 }, parties: [{ name: 'Palisade Networks', role: 'acquirer' }] }],
    note: 'fictional; "snapped up"',
  },
  {
    id: 'en7-a-004', lang: 'en', style: 'mining-trade-press', date: '2026-08-11',
    text: 'Chilean copper producer Andina Cobre has taken control of Cordillera Metals, buying 68% of the Vancouver-listed explorer’s shares in a tender offer worth US$150 million. Andina plans to delist Cordillera and fold its Los Pumas project into its northern operations.',
    deals: [{ type: 'acquisition', target: ['Cordillera Metals', 'Cordillera'], amount: { currency: 'USD', amount: 150_000_000 }, parties: [{ name: 'Andina Cobre', role: 'acquirer' }] }],
    note: 'fictional; "taken control of"',
  },
  {
    id: 'en7-a-005', lang: 'en', style: 'food-trade-press', date: '2026-06-03',
    text: 'Snack maker Crunchwell Foods has bought Vermont granola brand Maple Ridge Oats for an undisclosed sum. Maple Ridge will be folded into Crunchwell’s better-for-you division, and its founders will stay on to run the brand.',
    deals: [{ type: 'acquisition', target: ['Maple Ridge Oats', 'Maple Ridge'], parties: [{ name: 'Crunchwell Foods', role: 'acquirer' }] }],
    note: 'fictional; "will be folded into"',
  },
  {
    id: 'en7-a-006', lang: 'en', style: 'uk-business-press', date: '2026-03-17',
    text: 'Pennine Cheese Company, a Lancashire creamery founded in 1921, is being sold to French dairy cooperative Laiterie Val d’Or for £62m, ending four generations of family ownership. The deal is expected to complete in the spring.',
    deals: [{ type: 'acquisition', target: ['Pennine Cheese Company'], amount: { currency: 'GBP', amount: 62_000_000 }, parties: [{ name: 'Laiterie Val d’Or', role: 'acquirer' }] }],
    note: 'fictional; "is being sold to"',
  },
  {
    id: 'en7-a-007', lang: 'en', style: 'law-firm-note', date: '2026-05-20',
    text: 'Mortimer Vance LLP has advised Norrland Timber AB on its purchase of Estonian sawmill operator Kuressaare Saeveski from the company’s founders. The transaction completed on 18 May. Financial terms were not disclosed.',
    deals: [{ type: 'acquisition', target: ['Kuressaare Saeveski'], parties: [{ name: 'Norrland Timber AB', role: 'acquirer' }] }],
    note: 'fictional; a law firm advising is no party',
  },
  {
    id: 'en7-a-008', lang: 'en', style: 'korea-english-press', date: '2026-04-09',
    text: 'Hanbit Chemical has bought out its Japanese partner’s stake in their electrolyte joint venture, Hanbit Sakura Materials, for 180 billion won, the company said in a regulatory filing on Thursday, giving it full ownership of the Ulsan plant.',
    deals: [{ type: 'stake-sale', target: ['Hanbit Sakura Materials'], amount: { currency: 'KRW', amount: 180_000_000_000 }, parties: [{ name: 'Hanbit Chemical', role: 'acquirer' }] }],
    note: 'fictional; "bought out" a partner’s stake',
  },
  {
    id: 'en7-a-009', lang: 'en', style: 'banking-trade-press', date: '2026-07-06',
    text: 'Texas lender Prairie State Bancshares was acquired by Houston-based Gulfstream Financial in a cash-and-stock transaction valued at $310 million that closed on Friday, the companies said. Prairie State’s 22 branches will be rebranded by the end of the quarter.',
    deals: [{ type: 'acquisition', target: ['Prairie State Bancshares', 'Prairie State'], amount: { currency: 'USD', amount: 310_000_000 }, parties: [{ name: 'Gulfstream Financial', role: 'acquirer' }] }],
    note: 'fictional; passive voice',
  },
  {
    id: 'en7-a-010', lang: 'en', style: 'australia-business-press', date: '2026-02-24',
    text: 'ASX-listed childcare operator Little Wattle Learning has agreed to be acquired by Singapore’s Kinderworld Group for A$1.45 a share, a deal that values the company at A$388 million. The board has unanimously recommended the scheme.',
    deals: [{ type: 'acquisition', target: ['Little Wattle Learning'], amount: { currency: 'AUD', amount: 388_000_000 }, parties: [{ name: 'Kinderworld Group', role: 'acquirer' }] }],
    note: 'fictional; "agreed to be acquired by"; the per-share price is not the amount',
  },
  {
    id: 'en7-a-011', lang: 'en', style: 'energy-trade-press', date: '2026-09-30',
    text: 'Oklahoma oil producer Redbud Energy has completed its purchase of privately held Caddo Basin Resources for $1.1 billion in cash and stock, adding about 40,000 barrels a day of output. Redbud first announced the deal in June.',
    deals: [{ type: 'acquisition', target: ['Caddo Basin Resources'], amount: { currency: 'USD', amount: 1_100_000_000 }, parties: [{ name: 'Redbud Energy', role: 'acquirer' }] }],
    note: 'fictional; "completed its purchase of"',
  },
  {
    id: 'en7-a-012', lang: 'en', style: 'pharma-trade-press', date: '2026-01-12',
    text: 'Swiss drugmaker Helvetia Pharma has agreed to acquire Boston biotech Quillon Therapeutics for $1.2 billion in cash, gaining an experimental drug for a rare kidney disease that is in late-stage trials. Quillon’s shares more than doubled in premarket trading.',
    deals: [{ type: 'acquisition', target: ['Quillon Therapeutics', 'Quillon'], amount: { currency: 'USD', amount: 1_200_000_000 }, parties: [{ name: 'Helvetia Pharma', role: 'acquirer' }] }],
    note: 'fictional',
  },
  {
    id: 'en7-a-013', lang: 'en', style: 'singapore-business-press', date: '2026-08-27',
    text: 'Abu Dhabi’s Sahra Ports Group has taken control of Singapore-listed marine logistics firm Straits Tugs after its offer of S$0.92 a share lifted its holding to 71%, according to a stock exchange filing on Thursday.',
    deals: [{ type: 'acquisition', target: ['Straits Tugs'], parties: [{ name: 'Sahra Ports Group', role: 'acquirer' }] }],
    note: 'fictional; "taken control of"; the per-share offer is no amount',
  },
  // ---- batch A: mergers ----
  {
    id: 'en7-a-014', lang: 'en', style: 'wire', date: '2026-05-05',
    text: 'US regional railroads Plainsline Rail and Allegheny Southern agreed to a merger of equals on Tuesday in an all-stock deal that creates a carrier with about $9 billion in annual revenue. The combined company will be based in Pittsburgh.',
    deals: [{ type: 'merger', target: ['Plainsline Rail'], parties: [{ name: 'Allegheny Southern', role: 'participant' }] }],
    note: 'fictional; a merger of equals, directionless; revenue is no amount',
  },
  {
    id: 'en7-a-015', lang: 'en', style: 'gulf-business-press', date: '2026-03-01',
    text: 'Two Gulf insurers, Dubai’s Falcon Mutual and Bahrain-based Pearl Takaful, will combine their businesses in a tie-up announced on Sunday, creating the region’s third-largest sharia-compliant insurer. Falcon Mutual shareholders will own 60% of the merged group.',
    deals: [{ type: 'merger', target: ['Falcon Mutual'], parties: [{ name: 'Pearl Takaful', role: 'participant' }] }],
    note: 'fictional; "will combine", "tie-up"; no survivor stated',
  },
  {
    id: 'en7-a-016', lang: 'en', style: 'tech-press', date: '2026-10-08',
    text: 'Satellite-imaging startup Orbitlens is to merge with rival SkyTally, the companies said on Wednesday. The combined company will keep the Orbitlens name, and SkyTally’s chief executive will become chair.',
    deals: [{ type: 'merger', target: ['Orbitlens'], parties: [{ name: 'SkyTally', role: 'participant' }] }],
    note: 'fictional; "is to merge with"; keeping a name states no buyer (the set’s convention: gold first written with Orbitlens as the buyer, corrected after scoring)',
  },
  {
    id: 'en7-a-017', lang: 'en', style: 'european-business-press', date: '2026-06-24',
    text: 'German e-bike makers Radwerk and Velotec will combine in an all-stock merger valued at €540 million, they said on Wednesday, betting that scale will help them weather a slump in demand after the pandemic boom.',
    deals: [{ type: 'merger', target: ['Radwerk'], amount: { currency: 'EUR', amount: 540_000_000 }, parties: [{ name: 'Velotec', role: 'participant' }] }],
    note: 'fictional; "will combine in an all-stock merger"',
  },
  // ---- batch A: funding with investors in every shape ----
  {
    id: 'en7-a-018', lang: 'en', style: 'vc-newsletter', date: '2026-04-14',
    text: 'Nairobi-based Tandaa, which lends working capital to small grocers, raised $22 million in a Series A co-led by Quona Capital and Lightrock. Also joining the round were Kinnevik, Norrsken22, Partech Africa, Enza Capital, Launch Africa Ventures and Mercy Corps Ventures.',
    deals: [{
      type: 'funding', target: ['Tandaa'], amount: { currency: 'USD', amount: 22_000_000 }, round: 'Series A',
      parties: [
        { name: 'Quona Capital', role: 'lead' }, { name: 'Lightrock', role: 'lead' }, { name: 'Kinnevik', role: 'participant' },
        { name: 'Norrsken22', role: 'participant' }, { name: 'Partech Africa', role: 'participant' }, { name: 'Enza Capital', role: 'participant' },
        { name: 'Launch Africa Ventures', role: 'participant' }, { name: 'Mercy Corps Ventures', role: 'participant' },
      ],
    }],
    note: 'fictional; "Also joining the round were" and a list of six',
  },
  {
    id: 'en7-a-019', lang: 'en', style: 'press-release', date: '2026-02-10',
    text: 'SAN FRANCISCO--(BUSINESS WIRE)--Ledgerlight, the reconciliation platform for mid-market finance teams, today announced a $41 million Series B led by Insight Partners, with participation from existing investors Accel, Better Tomorrow Ventures and Y Combinator. The company will use the funds to expand into Europe.',
    deals: [{
      type: 'funding', target: ['Ledgerlight'], amount: { currency: 'USD', amount: 41_000_000 }, round: 'Series B',
      parties: [{ name: 'Insight Partners', role: 'lead' }, { name: 'Accel', role: 'participant' }, { name: 'Better Tomorrow Ventures', role: 'participant' }, { name: 'Y Combinator', role: 'participant' }],
    }],
    note: 'fictional; "with participation from existing investors"',
  },
  {
    id: 'en7-a-020', lang: 'en', style: 'india-tech-press', date: '2026-07-21',
    text: 'Quick-commerce logistics startup Dashkart has raised $35 million in fresh funding. The round was co-led by Elevation Capital and Stellaris Venture Partners, with Blume Ventures and Chiratae Ventures also taking part, the Gurugram-based company said.',
    deals: [{
      type: 'funding', target: ['Dashkart'], amount: { currency: 'USD', amount: 35_000_000 },
      parties: [{ name: 'Elevation Capital', role: 'lead' }, { name: 'Stellaris Venture Partners', role: 'lead' }, { name: 'Blume Ventures', role: 'participant' }, { name: 'Chiratae Ventures', role: 'participant' }],
    }],
    note: 'fictional; "The round was co-led by" in the next sentence',
  },
  {
    id: 'en7-a-021', lang: 'en', style: 'european-startup-press', date: '2026-09-03',
    text: 'Berlin-based Heatloop, which rents out heat pumps on a monthly subscription, has closed a €60 million Series B led by Lightspeed Venture Partners. Lightspeed was joined by Norrsken VC, Extantia Capital and the EIC Fund, as well as existing backers Project A and Speedinvest.',
    deals: [{
      type: 'funding', target: ['Heatloop'], amount: { currency: 'EUR', amount: 60_000_000 }, round: 'Series B',
      parties: [
        { name: 'Lightspeed Venture Partners', role: 'lead' }, { name: 'Norrsken VC', role: 'participant' }, { name: 'Extantia Capital', role: 'participant' },
        { name: 'EIC Fund', role: 'participant' }, { name: 'Project A', role: 'participant' }, { name: 'Speedinvest', role: 'participant' },
      ],
    }],
    note: 'fictional; "was joined by" in the next sentence',
  },
  {
    id: 'en7-a-022', lang: 'en', style: 'australia-tech-press', date: '2026-05-28',
    text: 'Melbourne agritech Soilsense has raised A$18 million in a Series A round to take its soil-carbon measurement service to the US. Backers include Main Sequence Ventures, which led the round, Tenacious Ventures, Artesian and the Rabobank Food & Agri Innovation Fund.',
    deals: [{
      type: 'funding', target: ['Soilsense'], amount: { currency: 'AUD', amount: 18_000_000 }, round: 'Series A',
      parties: [{ name: 'Main Sequence Ventures', role: 'lead' }, { name: 'Tenacious Ventures', role: 'participant' }, { name: 'Artesian', role: 'participant' }, { name: 'Rabobank Food & Agri Innovation Fund', role: 'participant' }],
    }],
    note: 'fictional; "Backers include … which led the round"',
  },
  {
    id: 'en7-a-023', lang: 'en', style: 'asia-tech-press', date: '2026-03-10',
    text: 'Jakarta-based fish-farming startup Laut Biru has raised $12 million in a pre-Series A round led by Openspace Ventures alongside East Ventures and AC Ventures, it said on Tuesday. The money will pay for automated feeders at 3,000 ponds.',
    deals: [{
      type: 'funding', target: ['Laut Biru'], amount: { currency: 'USD', amount: 12_000_000 }, round: 'pre-Series A',
      parties: [{ name: 'Openspace Ventures', role: 'lead' }, { name: 'East Ventures', role: 'participant' }, { name: 'AC Ventures', role: 'participant' }],
    }],
    note: 'fictional; "led by X alongside Y and Z"',
  },
  {
    id: 'en7-a-024', lang: 'en', style: 'korea-english-press', date: '2026-06-15',
    text: 'Battery-recycling startup Redcell said on Monday it had raised 45 billion won in a Series C led by Samsung Venture Investment and KB Investment. Existing investors Korea Investment Partners and Stic Investments also took part.',
    deals: [{
      type: 'funding', target: ['Redcell'], amount: { currency: 'KRW', amount: 45_000_000_000 }, round: 'Series C',
      parties: [{ name: 'Samsung Venture Investment', role: 'lead' }, { name: 'KB Investment', role: 'lead' }, { name: 'Korea Investment Partners', role: 'participant' }, { name: 'Stic Investments', role: 'participant' }],
    }],
    note: 'fictional; "Existing investors X and Y also took part"',
  },
  {
    id: 'en7-a-025', lang: 'en', style: 'japan-english-press', date: '2026-11-19',
    text: 'Osaka robotics startup Kizuna Robotics has raised ¥5 billion from a group of investors led by SBI Investment, with Mitsubishi UFJ Capital, Mizuho Capital, JAFCO Group, Daiwa House Industry and Sumitomo Mitsui Trust Investment also investing, the company said on Wednesday.',
    deals: [{
      type: 'funding', target: ['Kizuna Robotics'], amount: { currency: 'JPY', amount: 5_000_000_000 },
      parties: [
        { name: 'SBI Investment', role: 'lead' }, { name: 'Mitsubishi UFJ Capital', role: 'participant' }, { name: 'Mizuho Capital', role: 'participant' },
        { name: 'JAFCO Group', role: 'participant' }, { name: 'Daiwa House Industry', role: 'participant' }, { name: 'Sumitomo Mitsui Trust Investment', role: 'participant' },
      ],
    }],
    note: 'fictional; "with X, Y … also investing"',
  },
  {
    id: 'en7-a-026', lang: 'en', style: 'fintech-newsletter', date: '2026-01-27',
    text: 'Paystride, which builds payroll cards for gig workers, has raised $28 million in Series A funding, with participation from Ribbit Capital, QED Investors, Kinnevik, Global Founders Capital, Soma Capital, Clocktower Technology Ventures, Mantis VC, Liquid 2 Ventures and Pioneer Fund.',
    deals: [{
      type: 'funding', target: ['Paystride'], amount: { currency: 'USD', amount: 28_000_000 }, round: 'Series A',
      parties: [
        { name: 'Ribbit Capital', role: 'participant' }, { name: 'QED Investors', role: 'participant' }, { name: 'Kinnevik', role: 'participant' },
        { name: 'Global Founders Capital', role: 'participant' }, { name: 'Soma Capital', role: 'participant' }, { name: 'Clocktower Technology Ventures', role: 'participant' },
        { name: 'Mantis VC', role: 'participant' }, { name: 'Liquid 2 Ventures', role: 'participant' }, { name: 'Pioneer Fund', role: 'participant' },
      ],
    }],
    note: 'fictional; a list of nine, no lead',
  },
  {
    id: 'en7-a-027', lang: 'en', style: 'india-business-press', date: '2026-12-01',
    text: 'Pune-based Sahyadri Small Finance Bank raised ₹1,020 crore in its initial public offering, which was subscribed 38 times, and its shares rose 14% on their debut on the National Stock Exchange on Monday.',
    deals: [{ type: 'ipo', target: ['Sahyadri Small Finance Bank'], amount: { currency: 'INR', amount: 10_200_000_000 }, parties: [] }],
    note: 'fictional',
  },
  // ---- batch A: no deal ----
  {
    id: 'en7-a-028', lang: 'en', style: 'wire', date: '2026-10-06',
    text: 'Stockholm payments firm Fjällpay has hired banks including Goldman Sachs and SEB for a planned listing in Stockholm that could raise about $500 million as soon as the first half of next year, people familiar with the matter said.',
    deals: [], negative: 'rumour', note: 'fictional; an IPO plan',
  },
  {
    id: 'en7-a-029', lang: 'en', style: 'uk-business-press', date: '2026-11-13',
    text: 'The board of housebuilder Thornbury Homes rejected a £1.1bn takeover approach from rival Oakhurst Developments on Friday, saying the 410p-a-share proposal undervalued the company. Oakhurst has until 11 December to make a firm offer or walk away.',
    deals: [], negative: 'talks', note: 'fictional; a bid rejected',
  },
  {
    id: 'en7-a-030', lang: 'en', style: 'mining-trade-press', date: '2026-04-28',
    text: 'Tasman Nickel and Canadian rival Boreal Metals have called off their planned C$2.3 billion merger after failing to agree on how to value a Quebec project. Boreal will pay a C$60 million break fee.',
    deals: [], negative: 'called-off', note: 'fictional',
  },
  {
    id: 'en7-a-031', lang: 'en', style: 'uk-business-press', date: '2026-07-14',
    text: 'Britain’s Competition and Markets Authority said on Tuesday it would refer Gulfstar Cinemas’ £310m takeover of rival chain Picturehall to an in-depth probe unless the companies offer remedies within five working days.',
    deals: [], negative: 'not-closed', note: 'fictional; an antitrust review of a deal reported earlier',
  },
  {
    id: 'en7-a-032', lang: 'en', style: 'nordic-business-press', date: '2026-10-23',
    text: 'Meal-kit company Kokkaboks reported third-quarter revenue of NOK 1.9 billion, up 12% from a year earlier, and said it expects to break even next year after cutting its marketing budget.',
    deals: [], negative: 'revenue', note: 'fictional',
  },
  {
    id: 'en7-a-033', lang: 'en', style: 'india-business-press', date: '2026-09-08',
    text: 'Shares of defence electronics maker Bharat Avionics have doubled this year, lifting its market value above ₹90,000 crore for the first time, as orders from the armed forces swelled its backlog.',
    deals: [], negative: 'market-value', note: 'fictional',
  },
  {
    id: 'en7-a-034', lang: 'en', style: 'africa-business-press', date: '2026-05-12',
    text: 'Lagos-based venture firm Sahel Capital has closed its second fund at $140 million, above its $100 million target, with commitments from the IFC, British International Investment and Proparco. The fund will back 25 to 30 seed and Series A startups in West Africa.',
    deals: [], negative: 'fund-raise', note: 'fictional; a fund closing a fund',
  },
  {
    id: 'en7-a-035', lang: 'en', style: 'shipping-trade-press', date: '2026-08-06',
    text: 'Tanker owner Nordwave Shipping announced a $250 million share buyback on Thursday after posting record quarterly profit on the back of higher charter rates.',
    deals: [], negative: 'buyback', note: 'fictional',
  },
  {
    id: 'en7-a-036', lang: 'en', style: 'gulf-business-press', date: '2026-02-03',
    text: 'Saudi utility Najd Power has mandated banks to arrange a dollar-denominated green bond of up to $2 billion, which could be launched as early as next week subject to market conditions, according to a document seen by this newspaper.',
    deals: [], negative: 'not-closed', note: 'fictional; a bond offering not yet launched',
  },
  {
    id: 'en7-a-037', lang: 'en', style: 'wire', date: '2026-06-09',
    text: 'Chipmaker Arcturus Semi is now valued at $48 billion by the market after its shares rose 9% on Tuesday, overtaking its former parent for the first time.',
    deals: [], negative: 'market-value', note: 'fictional; "valued at" by the market',
  },
  {
    id: 'en7-a-038', lang: 'en', style: 'european-business-press', date: '2026-03-25',
    text: 'German software firm Lindqvist AG is in talks to buy Dutch rival Tulpdata for about €400 million, according to people familiar with the matter, who said an agreement could come within weeks.',
    deals: [], negative: 'talks', note: 'fictional',
  },
  {
    id: 'en7-a-039', lang: 'en', style: 'tech-press', date: '2026-09-18',
    text: 'Grocery-delivery company Basketly filed publicly for a US initial public offering on Friday, revealing revenue of $1.3 billion last year. The company did not say how many shares it would sell or at what price.',
    deals: [], negative: 'not-closed', note: 'fictional; an IPO filing',
  },
  {
    id: 'en7-a-040', lang: 'en', style: 'africa-business-press', date: '2026-04-02',
    text: 'Shares in Cape Town retailer Protea Stores jumped 11% on a report that it was a takeover target, but the company said it had not received any approach.',
    deals: [], negative: 'denial', note: 'fictional',
  },
  {
    id: 'en7-a-041', lang: 'en', style: 'korea-english-press', date: '2026-01-20',
    text: 'Hyundai Motor Group plans to invest 24 trillion won in its domestic electric-vehicle supply chain through 2030, the group said on Tuesday, including a new battery-module plant near Ulsan.',
    deals: [], negative: 'other', note: 'fictional figures; capital spending is no deal',
  },
  {
    id: 'en7-a-042', lang: 'en', style: 'energy-trade-press', date: '2026-11-24',
    text: 'Analysts at Bernstein value Greenshift Energy’s hydrogen unit at up to $6 billion and say a spin-off could unlock value for shareholders, though the company has said it has no plans for one.',
    deals: [], negative: 'other', note: 'fictional; an analyst’s valuation',
  },
  // ---- batch B: acquisitions (written after batch A's rules, scored before any rule for it) ----
  {
    id: 'en7-b-001', lang: 'en', style: 'korea-english-press', date: '2026-03-05',
    text: 'Seoul-based Daewon Foods said on Thursday it had agreed to acquire a 60% stake in Vietnamese instant-noodle maker Hai Chau Foods for $96 million. The Korean snack group will take two of the five board seats, and the founders will keep the rest of the shares.',
    deals: [{ type: 'stake-sale', target: ['Hai Chau Foods'], amount: { currency: 'USD', amount: 96_000_000 }, parties: [{ name: 'Daewon Foods', role: 'acquirer' }] }],
    note: 'fictional; "agreed to acquire a 60% stake"',
  },
  {
    id: 'en7-b-002', lang: 'en', style: 'uk-business-press', date: '2026-05-11',
    text: 'Yorkshire bus operator Ridings Coaches has been snapped up by transport group Westway Holdings in a deal worth £38m. It is Westway’s third acquisition in the north of England this year.',
    deals: [{ type: 'acquisition', target: ['Ridings Coaches'], amount: { currency: 'GBP', amount: 38_000_000 }, parties: [{ name: 'Westway Holdings', role: 'acquirer' }] }],
    note: 'fictional; passive "has been snapped up by"',
  },
  {
    id: 'en7-b-003', lang: 'en', style: 'media-trade-press', date: '2026-06-18',
    text: 'Podcast network Loudhouse Audio has a new owner. Sirocco Media, the Los Angeles-based company behind a string of true-crime shows, bought the network for $58 million, according to a person with knowledge of the deal.',
    deals: [{ type: 'acquisition', target: ['Loudhouse Audio'], amount: { currency: 'USD', amount: 58_000_000 }, parties: [{ name: 'Sirocco Media', role: 'acquirer' }] }],
    note: 'fictional; the target first, the buyer in the next sentence ("the network")',
  },
  {
    id: 'en7-b-004', lang: 'en', style: 'japan-english-press', date: '2026-07-29',
    text: 'Nagoya auto-parts supplier Tokai Seiko will be acquired by Germany’s Brenner Automotive for ¥180 billion, the companies said on Wednesday. The German group will pay ¥2,400 a share in a tender offer starting next month.',
    deals: [{ type: 'acquisition', target: ['Tokai Seiko'], amount: { currency: 'JPY', amount: 180_000_000_000 }, parties: [{ name: 'Brenner Automotive', role: 'acquirer' }] }],
    note: 'fictional; "will be acquired by"; the per-share price is not the amount',
  },
  {
    id: 'en7-b-005', lang: 'en', style: 'energy-trade-press', date: '2026-02-12',
    text: 'Canadian pipeline operator Northern Arc Midstream takes control of Alberta gas processor Foothills Gas Services after completing its C$820 million purchase of the company on Tuesday. Northern Arc first agreed to the deal in October.',
    deals: [{ type: 'acquisition', target: ['Foothills Gas Services'], amount: { currency: 'CAD', amount: 820_000_000 }, parties: [{ name: 'Northern Arc Midstream', role: 'acquirer' }] }],
    note: 'fictional; "takes control of", "completing its purchase of the company"',
  },
  {
    id: 'en7-b-006', lang: 'en', style: 'local-business-journal', date: '2026-04-21',
    text: 'The founders of Milwaukee HVAC contractor Badger Climate Services have been bought out by private equity firm Lakefront Capital Partners, which plans to use the company as a platform for acquisitions across the Midwest. Terms were not disclosed.',
    deals: [{ type: 'acquisition', target: ['Badger Climate Services'], parties: [{ name: 'Lakefront Capital Partners', role: 'acquirer' }] }],
    note: 'fictional; the founders "bought out"',
  },
  {
    id: 'en7-b-007', lang: 'en', style: 'pharma-trade-press', date: '2026-09-14',
    text: 'Danish drugmaker Nordhavn Pharma has completed its purchase of San Diego-based Cellvera Bio, which it agreed to buy in July for $2.1 billion. Cellvera’s lead cell therapy for lupus is in mid-stage trials.',
    deals: [{ type: 'acquisition', target: ['Cellvera Bio', 'Cellvera'], amount: { currency: 'USD', amount: 2_100_000_000 }, parties: [{ name: 'Nordhavn Pharma', role: 'acquirer' }] }],
    note: 'fictional; "completed its purchase of"; the price in a relative clause',
  },
  {
    id: 'en7-b-008', lang: 'en', style: 'singapore-business-press', date: '2026-10-02',
    text: 'Singapore-listed property developer Merlion Land is being sold to a consortium led by Hong Kong’s Kowloon Bay Capital for S$1.3 billion, ending a year-long search for a buyer. Minority shareholders will receive S$1.05 a share.',
    deals: [{ type: 'acquisition', target: ['Merlion Land'], amount: { currency: 'SGD', amount: 1_300_000_000 }, parties: [{ name: 'Kowloon Bay Capital', role: 'acquirer' }] }],
    note: 'fictional; "is being sold to a consortium led by"',
  },
  {
    id: 'en7-b-009', lang: 'en', style: 'africa-business-press', date: '2026-08-19',
    text: 'Kenyan insurer Jubilant Assurance has acquired a majority stake in Ugandan microinsurer Kinga Cover for an undisclosed amount, the Nairobi-based group said, as it expands in East Africa.',
    deals: [{ type: 'stake-sale', target: ['Kinga Cover'], parties: [{ name: 'Jubilant Assurance', role: 'acquirer' }] }],
    note: 'fictional; a majority stake; the buyer named again as "the Nairobi-based group"',
  },
  {
    id: 'en7-b-010', lang: 'en', style: 'gulf-business-press', date: '2026-01-28',
    text: 'Dubai logistics company Khaleej Freight has bought Omani trucking firm Batinah Haulage for 42 million rials. The acquisition, which was completed last week, gives Khaleej a fleet of 600 trucks across the Gulf.',
    deals: [{ type: 'acquisition', target: ['Batinah Haulage'], amount: { currency: 'OMR', amount: 42_000_000 }, parties: [{ name: 'Khaleej Freight', role: 'acquirer' }] }],
    note: 'fictional; the currency as a bare "rials"',
  },
  {
    id: 'en7-b-011', lang: 'en', style: 'retail-trade-press', date: '2026-11-09',
    text: 'Beauty chain Glowbar will be folded into Meridian Retail Group after the department-store owner agreed to buy it for $145 million, the companies said on Monday. Glowbar’s 80 stores will keep their name.',
    deals: [{ type: 'acquisition', target: ['Glowbar'], amount: { currency: 'USD', amount: 145_000_000 }, parties: [{ name: 'Meridian Retail Group', role: 'acquirer' }] }],
    note: 'fictional; "will be folded into" and "agreed to buy it"',
  },
  {
    id: 'en7-b-012', lang: 'en', style: 'law-firm-note', date: '2026-03-30',
    text: 'Barrow Quill advised Tidewater Aquaculture, a Tasmanian salmon farmer, on its A$260 million sale to Norwegian seafood group Havbruk Nord, which completed on 27 March.',
    deals: [{ type: 'acquisition', target: ['Tidewater Aquaculture'], amount: { currency: 'AUD', amount: 260_000_000 }, parties: [{ name: 'Havbruk Nord', role: 'acquirer' }] }],
    note: 'fictional; a law firm advising the company sold',
  },
  // ---- batch B: mergers ----
  {
    id: 'en7-b-013', lang: 'en', style: 'banking-trade-press', date: '2026-02-17',
    text: 'Credit unions Blue Ridge Federal and Shenandoah Community Credit Union will merge, creating a member-owned lender with $3.4 billion in assets. Blue Ridge will be the surviving credit union.',
    deals: [{ type: 'merger', target: ['Shenandoah Community Credit Union'], parties: [{ name: 'Blue Ridge Federal', role: 'acquirer' }] }],
    note: 'fictional; the survivor stated in the next sentence; assets are no amount',
  },
  {
    id: 'en7-b-014', lang: 'en', style: 'tech-press', date: '2026-04-07',
    text: 'Observability startups Tracewell and Logspring have agreed to an all-stock merger, betting that one platform for logs and traces will win over customers tired of juggling vendors. The combined company will be run by Tracewell’s chief executive.',
    deals: [{ type: 'merger', target: ['Tracewell'], parties: [{ name: 'Logspring', role: 'participant' }] }],
    note: 'fictional; "all-stock merger", directionless',
  },
  {
    id: 'en7-b-015', lang: 'en', style: 'european-business-press', date: '2026-06-02',
    text: 'Italian shipbuilder Cantieri Adriatici is to merge with Croatian rival Brodogradiliste Split in a tie-up that will create Europe’s fourth-largest builder of ferries, the companies said.',
    deals: [{ type: 'merger', target: ['Cantieri Adriatici'], parties: [{ name: 'Brodogradiliste Split', role: 'participant' }] }],
    note: 'fictional; "is to merge with"',
  },
  {
    id: 'en7-b-016', lang: 'en', style: 'australia-business-press', date: '2026-09-23',
    text: 'ASX-listed lithium explorers Pilbara Blue and Kimberley Lithium have agreed to a merger of equals that will create a company with a market value of about A$900 million. Pilbara Blue shareholders will own 52% of the merged group.',
    deals: [{ type: 'merger', target: ['Pilbara Blue'], parties: [{ name: 'Kimberley Lithium', role: 'participant' }] }],
    note: 'fictional; merger of equals; the market value is no amount',
  },
  // ---- batch B: funding with investors in every shape ----
  {
    id: 'en7-b-017', lang: 'en', style: 'vc-newsletter', date: '2026-02-24',
    text: 'Cairo-based Fatoora, which automates invoicing for pharmacies, has raised $15 million in a Series A. The round was co-led by Lightrock and Quona Capital. Kinnevik, Algebra Ventures and Nclude also participated.',
    deals: [{
      type: 'funding', target: ['Fatoora'], amount: { currency: 'USD', amount: 15_000_000 }, round: 'Series A',
      parties: [{ name: 'Lightrock', role: 'lead' }, { name: 'Quona Capital', role: 'lead' }, { name: 'Kinnevik', role: 'participant' }, { name: 'Algebra Ventures', role: 'participant' }, { name: 'Nclude', role: 'participant' }],
    }],
    note: 'fictional; co-leads and participants each in a later sentence',
  },
  {
    id: 'en7-b-018', lang: 'en', style: 'tech-press', date: '2026-05-06',
    text: 'Voice-AI startup Parlance has raised $90 million in a Series B led by Index Ventures, alongside existing investors Balderton Capital, Creandum and Seedcamp. The London company has now raised $130 million in total.',
    deals: [{
      type: 'funding', target: ['Parlance'], amount: { currency: 'USD', amount: 90_000_000 }, round: 'Series B',
      parties: [{ name: 'Index Ventures', role: 'lead' }, { name: 'Balderton Capital', role: 'participant' }, { name: 'Creandum', role: 'participant' }, { name: 'Seedcamp', role: 'participant' }],
    }],
    note: 'fictional; "alongside existing investors"; the total raised is no amount',
  },
  {
    id: 'en7-b-019', lang: 'en', style: 'india-tech-press', date: '2026-08-04',
    text: 'Bengaluru-based spacetech startup Kaksha Aerospace has raised $42 million in a round led by Peak XV Partners. Others in the round included Lightspeed India, Stride Ventures, Speciale Invest, Blume Ventures, Riverwalk Holdings and 3one4 Capital.',
    deals: [{
      type: 'funding', target: ['Kaksha Aerospace'], amount: { currency: 'USD', amount: 42_000_000 },
      parties: [
        { name: 'Peak XV Partners', role: 'lead' }, { name: 'Lightspeed India', role: 'participant' }, { name: 'Stride Ventures', role: 'participant' },
        { name: 'Speciale Invest', role: 'participant' }, { name: 'Blume Ventures', role: 'participant' }, { name: 'Riverwalk Holdings', role: 'participant' },
        { name: '3one4 Capital', role: 'participant' },
      ],
    }],
    note: 'fictional; "Others in the round included" and a list of six',
  },
  {
    id: 'en7-b-020', lang: 'en', style: 'press-release', date: '2026-03-17',
    text: 'BOSTON, March 17, 2026 /PRNewswire/ -- Helixa Diagnostics, a developer of blood tests for early cancer detection, today announced the close of a $75 million Series C financing. The round was led by Casdin Capital and joined by new investors Deerfield Management and Alexandria Venture Investments, as well as existing investors F-Prime Capital and Polaris Partners.',
    deals: [{
      type: 'funding', target: ['Helixa Diagnostics'], amount: { currency: 'USD', amount: 75_000_000 }, round: 'Series C',
      parties: [
        { name: 'Casdin Capital', role: 'lead' }, { name: 'Deerfield Management', role: 'participant' }, { name: 'Alexandria Venture Investments', role: 'participant' },
        { name: 'F-Prime Capital', role: 'participant' }, { name: 'Polaris Partners', role: 'participant' },
      ],
    }],
    note: 'fictional; "joined by new investors … as well as existing investors"',
  },
  {
    id: 'en7-b-021', lang: 'en', style: 'european-startup-press', date: '2026-10-20',
    text: 'Stockholm grocery-delivery startup Hämta has secured €32 million in new funding. Backers include Kinnevik, Northzone, EQT Ventures and Inventure, with Kinnevik leading the round.',
    deals: [{
      type: 'funding', target: ['Hämta'], amount: { currency: 'EUR', amount: 32_000_000 },
      parties: [{ name: 'Kinnevik', role: 'lead' }, { name: 'Northzone', role: 'participant' }, { name: 'EQT Ventures', role: 'participant' }, { name: 'Inventure', role: 'participant' }],
    }],
    note: 'fictional; "Backers include …, with X leading the round"',
  },
  {
    id: 'en7-b-022', lang: 'en', style: 'africa-tech-press', date: '2026-07-08',
    text: 'Kigali-based solar-lending startup Izuba Credit has closed a $9 million seed round. Quona Capital and Novastar Ventures joined as co-leads, and Acumen, Kepple Africa Ventures and the Shell Foundation also put money in.',
    deals: [{
      type: 'funding', target: ['Izuba Credit'], amount: { currency: 'USD', amount: 9_000_000 }, round: 'seed',
      parties: [
        { name: 'Quona Capital', role: 'lead' }, { name: 'Novastar Ventures', role: 'lead' }, { name: 'Acumen', role: 'participant' },
        { name: 'Kepple Africa Ventures', role: 'participant' }, { name: 'Shell Foundation', role: 'participant' },
      ],
    }],
    note: 'fictional; "joined as co-leads", "also put money in"',
  },
  {
    id: 'en7-b-023', lang: 'en', style: 'australia-tech-press', date: '2026-11-03',
    text: 'Sydney legal-tech company Clausehound has raised A$25 million in a Series B round from Airtree Ventures, Blackbird Ventures, Square Peg Capital, Salesforce Ventures, OIF Ventures, Skip Capital, Rampersand and Giant Leap Fund.',
    deals: [{
      type: 'funding', target: ['Clausehound'], amount: { currency: 'AUD', amount: 25_000_000 }, round: 'Series B',
      parties: [
        { name: 'Airtree Ventures', role: 'participant' }, { name: 'Blackbird Ventures', role: 'participant' }, { name: 'Square Peg Capital', role: 'participant' },
        { name: 'Salesforce Ventures', role: 'participant' }, { name: 'OIF Ventures', role: 'participant' }, { name: 'Skip Capital', role: 'participant' },
        { name: 'Rampersand', role: 'participant' }, { name: 'Giant Leap Fund', role: 'participant' },
      ],
    }],
    note: 'fictional; a list of eight after "from"',
  },
  {
    id: 'en7-b-024', lang: 'en', style: 'asia-tech-press', date: '2026-04-15',
    text: 'Manila-based remittance app Padala Now said on Wednesday it had raised $20 million. The Series A was led by Monk’s Hill Ventures, with participation from Openspace Ventures, Kickstart Ventures and Foxmont Capital Partners.',
    deals: [{
      type: 'funding', target: ['Padala Now'], amount: { currency: 'USD', amount: 20_000_000 }, round: 'Series A',
      parties: [{ name: 'Monk’s Hill Ventures', role: 'lead' }, { name: 'Openspace Ventures', role: 'participant' }, { name: 'Kickstart Ventures', role: 'participant' }, { name: 'Foxmont Capital Partners', role: 'participant' }],
    }],
    note: 'fictional; the round named in the next sentence with its lead and participants',
  },
  {
    id: 'en7-b-025', lang: 'en', style: 'wire', date: '2026-06-25',
    text: 'June 25 (Reuters) - Fusion-energy developer Helion Forge has raised $425 million from investors including SoftBank Vision Fund 2, Temasek and Mitsubishi Corp, it said on Thursday, in one of the largest private rounds for the industry this year.',
    deals: [{
      type: 'funding', target: ['Helion Forge'], amount: { currency: 'USD', amount: 425_000_000 },
      parties: [{ name: 'SoftBank Vision Fund 2', role: 'participant' }, { name: 'Temasek', role: 'participant' }, { name: 'Mitsubishi Corp', role: 'participant' }],
    }],
    note: 'fictional; "from investors including"',
  },
  // ---- batch B: IPO and two deals ----
  {
    id: 'en7-b-026', lang: 'en', style: 'canada-business-press', date: '2026-05-27',
    text: 'Calgary-based oilfield services firm Prairie Torque raised C$310 million in its initial public offering on the Toronto Stock Exchange, pricing its shares at C$18 each, the top of the marketed range. The stock closed 6% higher on its first day.',
    deals: [{ type: 'ipo', target: ['Prairie Torque'], amount: { currency: 'CAD', amount: 310_000_000 }, parties: [] }],
    note: 'fictional',
  },
  {
    id: 'en7-b-027', lang: 'en', style: 'deal-roundup', date: '2026-09-11',
    text: 'Deals of the week: Manchester fintech Ledgerbird raised £18m in a Series A led by Octopus Ventures, and packaging group Fenmore bought Dutch rival Kartonwerk for €75m. Elsewhere, Bristol robotics firm Armature completed a £6m seed round backed by Amadeus Capital Partners.',
    deals: [
      { type: 'funding', target: ['Ledgerbird'], amount: { currency: 'GBP', amount: 18_000_000 }, round: 'Series A', parties: [{ name: 'Octopus Ventures', role: 'lead' }] },
      { type: 'acquisition', target: ['Kartonwerk'], amount: { currency: 'EUR', amount: 75_000_000 }, parties: [{ name: 'Fenmore', role: 'acquirer' }] },
      { type: 'funding', target: ['Armature'], amount: { currency: 'GBP', amount: 6_000_000 }, round: 'seed', parties: [{ name: 'Amadeus Capital Partners', role: 'participant' }] },
    ],
    note: 'fictional; three deals in a round-up',
  },
  // ---- batch B: no deal ----
  {
    id: 'en7-b-028', lang: 'en', style: 'wire', date: '2026-07-15',
    text: 'Japanese trading house Marubeni Shoji is exploring a sale of its stake in Chilean copper mine Los Andes, which could fetch as much as $1.5 billion, according to people familiar with the matter. No final decision has been made.',
    deals: [], negative: 'rumour', note: 'fictional',
  },
  {
    id: 'en7-b-029', lang: 'en', style: 'uk-business-press', date: '2026-08-25',
    text: 'Shareholders in Gloucester engineer Severn Valves voted down the £240m takeover offer from US group Ironbridge Industrial on Tuesday, leaving the company independent.',
    deals: [], negative: 'called-off', note: 'fictional; a bid voted down',
  },
  {
    id: 'en7-b-030', lang: 'en', style: 'banking-trade-press', date: '2026-10-13',
    text: 'Federal regulators have approved the merger of Harbor Point Bancorp and Tidewater Savings, announced in April, the banks said. The deal is expected to close at the end of the month.',
    deals: [], negative: 'not-closed', note: 'fictional; an approval of a merger reported earlier, not yet closed',
  },
  {
    id: 'en7-b-031', lang: 'en', style: 'india-business-press', date: '2026-02-09',
    text: 'Mumbai-based lender Konkan Finance has filed draft papers with the Securities and Exchange Board of India for an IPO of up to ₹2,000 crore, comprising a fresh issue and an offer for sale by existing shareholders.',
    deals: [], negative: 'not-closed', note: 'fictional; an IPO filing',
  },
  {
    id: 'en7-b-032', lang: 'en', style: 'tech-press', date: '2026-03-19',
    text: 'Design software maker Canvasly is valued at about $14 billion after employees sold shares to investors in a secondary sale, a person familiar with the matter said. The company is not raising new money.',
    deals: [], negative: 'market-value', note: 'fictional; a valuation in a secondary sale with no round',
  },
  {
    id: 'en7-b-033', lang: 'en', style: 'mining-trade-press', date: '2026-06-30',
    text: 'Gold producer Sovereign Reef Mining posted record second-quarter revenue of A$612 million and said it would buy back up to A$150 million of its shares over the next year.',
    deals: [], negative: 'buyback', note: 'fictional',
  },
  {
    id: 'en7-b-034', lang: 'en', style: 'vc-newsletter', date: '2026-09-29',
    text: 'Berlin venture firm Cherry Lane Ventures has closed its fourth fund at €300 million. Limited partners include the European Investment Fund, KfW Capital and several family offices, and the fund will back about 30 seed-stage companies.',
    deals: [], negative: 'fund-raise', note: 'fictional; a fund closing a fund',
  },
  {
    id: 'en7-b-035', lang: 'en', style: 'wire', date: '2026-01-15',
    text: 'Shares of Korean battery maker Hanul Energy Solution fell 7% on Thursday after the company said talks to buy a stake in a Chinese cathode supplier had ended without an agreement.',
    deals: [], negative: 'called-off', note: 'fictional; talks ended',
  },
  {
    id: 'en7-b-036', lang: 'en', style: 'insurance-trade-press', date: '2026-05-19',
    text: 'Bermuda reinsurer Coral Re priced $500 million of senior notes due 2036 in an offering it plans to use to refinance debt, the company said. The sale is expected to settle on May 22.',
    deals: [{ type: 'debt', target: ['Coral Re'], amount: { currency: 'USD', amount: 500_000_000 }, parties: [] }],
    note: 'fictional; a bond sale priced is a debt deal in this set (en5-e-024)',
  },
  {
    id: 'en7-b-037', lang: 'en', style: 'food-trade-press', date: '2026-04-28',
    text: 'Dairy cooperative Arla Nord said it was weighing a bid for British cheesemaker Wensleydale Creamery but had not made an approach, after a newspaper reported it had hired advisers.',
    deals: [], negative: 'talks', note: 'fictional; a bid weighed',
  },
  {
    id: 'en7-b-038', lang: 'en', style: 'gulf-business-press', date: '2026-11-16',
    text: 'Abu Dhabi sovereign fund Al Noor Investment Authority said it had committed $5 billion to a new artificial-intelligence infrastructure fund it will run with US asset manager Pinewood Capital, which will buy data centres in Europe and Asia.',
    deals: [], negative: 'fund-raise', note: 'fictional; money committed to a fund, no company funded',
  },
  {
    id: 'en7-b-039', lang: 'en', style: 'european-business-press', date: '2026-07-02',
    text: 'The European Commission has opened an in-depth probe into Dutch payments group Kassa’s proposed €4.2 billion purchase of Belgian rival Paylink, saying the deal could raise fees for merchants in the Benelux.',
    deals: [], negative: 'not-closed', note: 'fictional; an antitrust review of a deal reported earlier',
  },
  {
    id: 'en7-b-040', lang: 'en', style: 'canada-business-press', date: '2026-12-04',
    text: 'Toronto-based grocer Maple Basket’s market capitalization topped C$20 billion for the first time on Friday after its shares rose 5% on stronger-than-expected quarterly sales.',
    deals: [], negative: 'market-value', note: 'fictional',
  },
  {
    id: 'en7-b-041', lang: 'en', style: 'tech-press', date: '2026-10-27',
    text: 'Chinese electric-vehicle maker Zhiyuan Auto denied a report that it was in talks to be acquired by a state-owned carmaker, saying it was focused on its own growth.',
    deals: [], negative: 'denial', note: 'fictional',
  },
  {
    id: 'en7-b-042', lang: 'en', style: 'shipping-trade-press', date: '2026-03-03',
    text: 'Greek shipowner Aegean Bulk has agreed to buy four Capesize bulk carriers from Japanese owner Sanko Kisen for a combined $210 million, broker reports said, adding to its fleet of 28 vessels.',
    deals: [], negative: 'other', note: 'fictional; ships bought are assets, not a company',
  },
  {
    id: 'en7-b-043', lang: 'en', style: 'singapore-business-press', date: '2026-02-26',
    text: 'Singapore lender Straits Union Bank will pay a special dividend of 25 Singapore cents a share, returning about S$800 million to shareholders, after full-year profit rose 11% to S$3.1 billion.',
    deals: [], negative: 'dividend', note: 'fictional',
  },
  // ---- batch C: written after batch B's rules, scored before any rule for it ----
  {
    id: 'en7-c-001', lang: 'en', style: 'wire', date: '2026-03-12',
    text: 'March 12 (Reuters) - U.S. medical-device maker Caldera Surgical agreed on Thursday to buy Irish heart-valve developer Liffey Cardio for $1.35 billion in cash and stock, betting on a device that can be implanted without open-heart surgery.',
    deals: [{ type: 'acquisition', target: ['Liffey Cardio'], amount: { currency: 'USD', amount: 1_350_000_000 }, parties: [{ name: 'Caldera Surgical', role: 'acquirer' }] }],
    note: 'fictional; a day between "agreed" and "to buy"',
  },
  {
    id: 'en7-c-002', lang: 'en', style: 'business-daily', date: '2026-05-04',
    text: 'Family-owned Dutch bakery chain Bakkerij Vos is set to change hands. Belgian food group Delvaux Foods has reached an agreement to acquire the 140-store chain for an undisclosed price, the companies said on Monday.',
    deals: [{ type: 'acquisition', target: ['Bakkerij Vos'], parties: [{ name: 'Delvaux Foods', role: 'acquirer' }] }],
    note: 'fictional; "reached an agreement to acquire the … chain": the target in the sentence before',
  },
  {
    id: 'en7-c-003', lang: 'en', style: 'tech-press', date: '2026-06-09',
    text: 'Browser-testing startup Pixelcheck has been acquired. Its buyer is developer-tools company Stackbridge, which said on Tuesday the deal was worth about $90 million and that Pixelcheck’s 35 employees would join its quality team.',
    deals: [{ type: 'acquisition', target: ['Pixelcheck'], amount: { currency: 'USD', amount: 90_000_000 }, parties: [{ name: 'Stackbridge', role: 'acquirer' }] }],
    note: 'fictional; the buyer named in the next sentence as "Its buyer"',
  },
  {
    id: 'en7-c-004', lang: 'en', style: 'mining-trade-press', date: '2026-07-21',
    text: 'Perth-based Goldfields Ridge Mining has acquired the remaining 55% of the Mount Garnet copper project it did not already own from joint-venture partner Tasman Copper for A$118 million.',
    deals: [{ type: 'stake-sale', target: ['Mount Garnet copper project'], amount: { currency: 'AUD', amount: 118_000_000 }, parties: [{ name: 'Goldfields Ridge Mining', role: 'acquirer' }, { name: 'Tasman Copper', role: 'seller' }] }],
    note: 'fictional; a stake in a project, with its seller',
  },
  {
    id: 'en7-c-005', lang: 'en', style: 'india-business-press', date: '2026-08-17',
    text: 'NEW DELHI: FMCG major Sunbeam Consumer will acquire a 51% stake in Jaipur-based organic snacks brand Desi Crunch for ₹310 crore, the company informed the exchanges on Monday. It will buy the remaining stake over three years.',
    deals: [{ type: 'stake-sale', target: ['Desi Crunch'], amount: { currency: 'INR', amount: 3_100_000_000 }, parties: [{ name: 'Sunbeam Consumer', role: 'acquirer' }] }],
    note: 'fictional; "FMCG major" before the buyer',
  },
  {
    id: 'en7-c-006', lang: 'en', style: 'banking-trade-press', date: '2026-10-05',
    text: 'Pacific Northwest lender Cascade Harbor Bank has completed its acquisition of Yakima Valley Savings, adding 11 branches and about $900 million in deposits. The all-stock deal was valued at $128 million when it was announced in May.',
    deals: [{ type: 'acquisition', target: ['Yakima Valley Savings'], amount: { currency: 'USD', amount: 128_000_000 }, parties: [{ name: 'Cascade Harbor Bank', role: 'acquirer' }] }],
    note: 'fictional; deposits are no amount; the price in the next sentence',
  },
  {
    id: 'en7-c-007', lang: 'en', style: 'uk-business-press', date: '2026-01-22',
    text: 'Private equity group Harwood Capital has bought a majority stake in Leeds-based payroll software provider Paycraft in a deal that values the business at about £120m. Paycraft’s founders will retain a minority holding.',
    deals: [{ type: 'stake-sale', target: ['Paycraft'], valuation: { currency: 'GBP', amount: 120_000_000 }, parties: [{ name: 'Harwood Capital', role: 'acquirer' }] }],
    note: 'fictional; the value of the whole business is a valuation, not the price of the stake (gold first written without it, corrected to the set’s convention after scoring: en5-f-006)',
  },
  {
    id: 'en7-c-008', lang: 'en', style: 'shipping-trade-press', date: '2026-04-14',
    text: 'Container line Meridian Shipping is to take over Baltic feeder operator Nordfeeder after agreeing a €210 million deal with its owners, the Danish group said in a statement on Tuesday.',
    deals: [{ type: 'acquisition', target: ['Nordfeeder'], amount: { currency: 'EUR', amount: 210_000_000 }, parties: [{ name: 'Meridian Shipping', role: 'acquirer' }] }],
    note: 'fictional; "is to take over"',
  },
  {
    id: 'en7-c-009', lang: 'en', style: 'japan-english-press', date: '2026-09-03',
    text: 'Kansai Electric Railway has made regional bus operator Hokusetsu Bus a wholly owned subsidiary, buying all of its shares from Osaka-based holding company Naniwa Holdings for ¥14 billion.',
    deals: [{ type: 'acquisition', target: ['Hokusetsu Bus'], amount: { currency: 'JPY', amount: 14_000_000_000 }, parties: [{ name: 'Kansai Electric Railway', role: 'acquirer' }, { name: 'Naniwa Holdings', role: 'seller' }] }],
    note: 'fictional; "made … a wholly owned subsidiary"',
  },
  {
    id: 'en7-c-010', lang: 'en', style: 'africa-business-press', date: '2026-11-11',
    text: 'South African retailer Karoo Stores has sold its Namibian business to Windhoek-based Oshana Trading for N$450 million, completing its exit from the country.',
    deals: [{ type: 'acquisition', target: ['Namibian business'], amount: { currency: 'NAD', amount: 450_000_000 }, parties: [{ name: 'Oshana Trading', role: 'acquirer' }, { name: 'Karoo Stores', role: 'seller' }] }],
    note: 'fictional; a unit sold, its buyer after "to"',
  },
  // ---- batch C: mergers ----
  {
    id: 'en7-c-011', lang: 'en', style: 'pharma-trade-press', date: '2026-02-02',
    text: 'Contract research organisations Clinova and TrialPath are combining in an all-share merger that will create a company with 9,000 staff. Clinova investors will own 55% of the combined group, which will be led by TrialPath’s chief executive.',
    deals: [{ type: 'merger', target: ['Clinova'], parties: [{ name: 'TrialPath', role: 'participant' }] }],
    note: 'fictional; "are combining in an all-share merger"',
  },
  {
    id: 'en7-c-012', lang: 'en', style: 'local-business-journal', date: '2026-07-02',
    text: 'Two Sacramento accounting firms, Delgado & Price and Whitcombe CPAs, have merged to form Delgado Whitcombe, with 140 staff across four offices. The deal took effect on July 1.',
    deals: [{ type: 'merger', target: ['Delgado & Price'], parties: [{ name: 'Whitcombe CPAs', role: 'participant' }], date: '2026-07-01' }],
    note: 'fictional; "have merged to form" (the article date first written as the day before the merger it reports as done; corrected after scoring)',
  },
  {
    id: 'en7-c-013', lang: 'en', style: 'gulf-business-press', date: '2026-08-09',
    text: 'Qatar’s Doha Marine Services will merge with Kuwaiti peer Gulf Offshore Support in a share swap, the companies said in bourse filings, with Doha Marine continuing as the listed parent company.',
    deals: [{ type: 'merger', target: ['Gulf Offshore Support'], parties: [{ name: 'Doha Marine Services', role: 'acquirer' }] }],
    note: 'fictional; the survivor stated ("continuing as the listed parent company")',
  },
  // ---- batch C: funding ----
  {
    id: 'en7-c-014', lang: 'en', style: 'vc-newsletter', date: '2026-03-03',
    text: 'Climate fintech Carbonledger raised a $26 million Series A. Lowercarbon Capital led, and Energize Capital, Congruent Ventures, Hanwha Next, MCJ Collective, Overture and Clean Energy Ventures joined. The company sells software that audits carbon credits.',
    deals: [{
      type: 'funding', target: ['Carbonledger'], amount: { currency: 'USD', amount: 26_000_000 }, round: 'Series A',
      parties: [
        { name: 'Lowercarbon Capital', role: 'lead' }, { name: 'Energize Capital', role: 'participant' }, { name: 'Congruent Ventures', role: 'participant' },
        { name: 'Hanwha Next', role: 'participant' }, { name: 'MCJ Collective', role: 'participant' }, { name: 'Overture', role: 'participant' },
        { name: 'Clean Energy Ventures', role: 'participant' },
      ],
    }],
    note: 'fictional; "X led, and … joined" with six names',
  },
  {
    id: 'en7-c-015', lang: 'en', style: 'european-startup-press', date: '2026-05-19',
    text: 'Warsaw-based logistics marketplace Ładunek has raised €22 million in a Series B round. The investment was co-led by Inovo Venture Partners and Earlybird, while existing investors Point Nine and Market One Capital also took part.',
    deals: [{
      type: 'funding', target: ['Ładunek'], amount: { currency: 'EUR', amount: 22_000_000 }, round: 'Series B',
      parties: [{ name: 'Inovo Venture Partners', role: 'lead' }, { name: 'Earlybird', role: 'lead' }, { name: 'Point Nine', role: 'participant' }, { name: 'Market One Capital', role: 'participant' }],
    }],
    note: 'fictional; "The investment was co-led by …, while existing investors … also took part"',
  },
  {
    id: 'en7-c-016', lang: 'en', style: 'africa-tech-press', date: '2026-07-14',
    text: 'Egyptian B2B e-commerce startup Souqly has raised $30 million in Series B funding led by Lorax Capital Partners. Other investors in the round include Sawari Ventures, Beltone Venture Capital, Outlierz Ventures and Flat6Labs.',
    deals: [{
      type: 'funding', target: ['Souqly'], amount: { currency: 'USD', amount: 30_000_000 }, round: 'Series B',
      parties: [
        { name: 'Lorax Capital Partners', role: 'lead' }, { name: 'Sawari Ventures', role: 'participant' }, { name: 'Beltone Venture Capital', role: 'participant' },
        { name: 'Outlierz Ventures', role: 'participant' }, { name: 'Flat6Labs', role: 'participant' },
      ],
    }],
    note: 'fictional; "Other investors in the round include"',
  },
  {
    id: 'en7-c-017', lang: 'en', style: 'india-tech-press', date: '2026-09-22',
    text: 'Agritech platform Kisanmitra has raised ₹180 crore in a Series C round. The round saw participation from Omnivore, Accion Venture Lab, Rabo Frontier Ventures and Nabventures, the company said.',
    deals: [{
      type: 'funding', target: ['Kisanmitra'], amount: { currency: 'INR', amount: 1_800_000_000 }, round: 'Series C',
      parties: [{ name: 'Omnivore', role: 'participant' }, { name: 'Accion Venture Lab', role: 'participant' }, { name: 'Rabo Frontier Ventures', role: 'participant' }, { name: 'Nabventures', role: 'participant' }],
    }],
    note: 'fictional; "The round saw participation from"',
  },
  {
    id: 'en7-c-018', lang: 'en', style: 'tech-press', date: '2026-10-28',
    text: 'Robotics startup Graspwise is raising no more: it closed a $55 million Series B on Tuesday. Backing the round were Khosla Ventures, which led it, plus Eclipse, Prosperity7 Ventures and Amazon’s Industrial Innovation Fund.',
    deals: [{
      type: 'funding', target: ['Graspwise'], amount: { currency: 'USD', amount: 55_000_000 }, round: 'Series B',
      parties: [{ name: 'Khosla Ventures', role: 'lead' }, { name: 'Eclipse', role: 'participant' }, { name: 'Prosperity7 Ventures', role: 'participant' }, { name: 'Industrial Innovation Fund', role: 'participant' }],
    }],
    note: 'fictional; "Backing the round were …, which led it, plus …"',
  },
  {
    id: 'en7-c-019', lang: 'en', style: 'singapore-business-press', date: '2026-04-23',
    text: 'Singapore healthtech Medilink Asia said it has raised US$40 million in a round anchored by Temasek-backed Vertex Growth, with EDBI, B Capital and Heritas Capital also investing. The company plans to expand into Indonesia and Vietnam.',
    deals: [{
      type: 'funding', target: ['Medilink Asia'], amount: { currency: 'USD', amount: 40_000_000 },
      parties: [{ name: 'Vertex Growth', role: 'lead' }, { name: 'EDBI', role: 'participant' }, { name: 'B Capital', role: 'participant' }, { name: 'Heritas Capital', role: 'participant' }],
    }],
    note: 'fictional; "anchored by", "with … also investing"',
  },
  {
    id: 'en7-c-020', lang: 'en', style: 'australia-tech-press', date: '2026-12-02',
    text: 'Brisbane drone-inspection company Skyward Survey has closed a A$14 million round. Investors were led by Tidal Ventures and include Investible, Artesian, Significant Capital Ventures and the Queensland Investment Corporation.',
    deals: [{
      type: 'funding', target: ['Skyward Survey'], amount: { currency: 'AUD', amount: 14_000_000 },
      parties: [
        { name: 'Tidal Ventures', role: 'lead' }, { name: 'Investible', role: 'participant' }, { name: 'Artesian', role: 'participant' },
        { name: 'Significant Capital Ventures', role: 'participant' }, { name: 'Queensland Investment Corporation', role: 'participant' },
      ],
    }],
    note: 'fictional; "Investors were led by … and include"',
  },
  {
    id: 'en7-c-021', lang: 'en', style: 'press-release', date: '2026-08-25',
    text: 'LONDON, 25 August 2026 – Veridian Health, the platform that connects NHS trusts with locum doctors, today announced it has secured £30 million in Series B funding. The round was led by Highland Europe, with participation from Molten Ventures, Kindred Capital and Triple Point Ventures.',
    deals: [{
      type: 'funding', target: ['Veridian Health'], amount: { currency: 'GBP', amount: 30_000_000 }, round: 'Series B',
      parties: [{ name: 'Highland Europe', role: 'lead' }, { name: 'Molten Ventures', role: 'participant' }, { name: 'Kindred Capital', role: 'participant' }, { name: 'Triple Point Ventures', role: 'participant' }],
    }],
    note: 'fictional',
  },
  {
    id: 'en7-c-022', lang: 'en', style: 'korea-english-press', date: '2026-05-27',
    text: 'Naver and Kakao Investment have invested 30 billion won in Seoul-based AI chip designer Rebelgen, the startup said on Wednesday. Mirae Asset Venture Investment and IMM Investment also joined the round, which brings Rebelgen’s total funding to 150 billion won.',
    deals: [{
      type: 'funding', target: ['Rebelgen'], amount: { currency: 'KRW', amount: 30_000_000_000 },
      parties: [{ name: 'Naver', role: 'participant' }, { name: 'Kakao Investment', role: 'participant' }, { name: 'Mirae Asset Venture Investment', role: 'participant' }, { name: 'IMM Investment', role: 'participant' }],
    }],
    note: 'fictional; investors as subjects, more in the next sentence; the total is no amount',
  },
  // ---- batch C: IPO and two deals ----
  {
    id: 'en7-c-023', lang: 'en', style: 'wire', date: '2026-06-18',
    text: 'HONG KONG, June 18 (Reuters) - Chinese battery-swapping firm Huandian Energy raised HK$3.9 billion in its Hong Kong initial public offering after pricing shares at the top of the indicated range, according to a term sheet.',
    deals: [{ type: 'ipo', target: ['Huandian Energy'], amount: { currency: 'HKD', amount: 3_900_000_000 }, parties: [] }],
    note: 'fictional',
  },
  {
    id: 'en7-c-024', lang: 'en', style: 'deal-roundup', date: '2026-10-16',
    text: 'In other deals: Toronto-based Northwind Robotics picked up C$12 million in seed funding from Inovia Capital and BDC Capital, while Montreal software firm Lumenal was acquired by US peer Datalark for an undisclosed sum.',
    deals: [
      { type: 'funding', target: ['Northwind Robotics'], amount: { currency: 'CAD', amount: 12_000_000 }, round: 'seed', parties: [{ name: 'Inovia Capital', role: 'participant' }, { name: 'BDC Capital', role: 'participant' }] },
      { type: 'acquisition', target: ['Lumenal'], parties: [{ name: 'Datalark', role: 'acquirer' }] },
    ],
    note: 'fictional; two deals joined by "while"',
  },
  // ---- batch C: no deal ----
  {
    id: 'en7-c-025', lang: 'en', style: 'tech-press', date: '2026-03-26',
    text: 'Fintech startup Lumina Pay counts Visa, Mastercard, Stripe and Adyen among its partners, and its customers include Revolut, Wise and Monzo, chief executive Dana Ortiz said in an interview.',
    deals: [], negative: 'other', note: 'fictional; lists of partners and customers, no backers',
  },
  {
    id: 'en7-c-026', lang: 'en', style: 'vc-newsletter', date: '2026-07-07',
    text: 'Lisbon venture firm Faber Atlântico has closed its third fund at €120 million, backed by the European Investment Fund, Banco Português de Fomento and a group of family offices. The fund will invest in about 25 seed-stage startups.',
    deals: [], negative: 'fund-raise', note: 'fictional; a fund closing a fund with backers named',
  },
  {
    id: 'en7-c-027', lang: 'en', style: 'wire', date: '2026-09-30',
    text: 'Swiss chemicals group Rheinsalz said it was in advanced talks to buy Austrian specialty coatings maker Donaulack for about 1.1 billion Swiss francs, confirming a newspaper report. There is no certainty a deal will be reached, it said.',
    deals: [], negative: 'talks', note: 'fictional',
  },
  {
    id: 'en7-c-028', lang: 'en', style: 'uk-business-press', date: '2026-02-19',
    text: 'Shares in Midlands engineer Castleton Drives jumped 31% after US rival Ohio Gearworks said it was considering a possible offer for the company. Ohio Gearworks has until 19 March to announce a firm intention to make an offer.',
    deals: [], negative: 'talks', note: 'fictional; a possible offer under the UK takeover code',
  },
  {
    id: 'en7-c-029', lang: 'en', style: 'india-business-press', date: '2026-11-24',
    text: 'Shares of Bengaluru-based Kaveri Fintech fell 6% on Monday after promoter entity Kaveri Family Trust sold a 3% stake through block deals worth ₹740 crore on the exchanges.',
    deals: [], negative: 'share-move', note: 'fictional; a block sale of listed shares by the promoter, no buyer named',
  },
  {
    id: 'en7-c-030', lang: 'en', style: 'australia-business-press', date: '2026-04-08',
    text: 'Fund manager Coastline Partners has dropped its A$1.9 billion bid for Sydney aged-care operator Harbourview Living after the company’s board refused to open its books. Harbourview shares fell 14%.',
    deals: [], negative: 'called-off', note: 'fictional; a bid dropped',
  },
  {
    id: 'en7-c-031', lang: 'en', style: 'energy-trade-press', date: '2026-08-12',
    text: 'Texas power producer Lonestar Generation reported second-quarter profit of $412 million on revenue of $2.3 billion and raised its full-year forecast, citing demand from data centres.',
    deals: [], negative: 'revenue', note: 'fictional',
  },
  {
    id: 'en7-c-032', lang: 'en', style: 'tech-press', date: '2026-05-13',
    text: 'Payments company Stripeline is in early discussions with investors about a new funding round that could value it at more than $20 billion, two people familiar with the matter said. Talks are ongoing and terms could change.',
    deals: [], negative: 'rumour', note: 'fictional',
  },
  {
    id: 'en7-c-033', lang: 'en', style: 'european-business-press', date: '2026-10-21',
    text: 'Germany’s antitrust regulator has cleared the takeover of Hamburg shipping software firm Elbnav by Norwegian group Fjordsoft, which was announced in June and is expected to close next month.',
    deals: [], negative: 'not-closed', note: 'fictional; an approval of a deal reported earlier, not closed',
  },
  {
    id: 'en7-c-034', lang: 'en', style: 'gulf-business-press', date: '2026-12-08',
    text: 'Saudi Arabia’s Tihama Petrochemicals has picked HSBC, Citi and Saudi National Bank to arrange its planned initial public offering on the Saudi Exchange, which could raise as much as $1 billion next year, sources said.',
    deals: [], negative: 'rumour', note: 'fictional; banks hired for an IPO',
  },
  {
    id: 'en7-c-035', lang: 'en', style: 'canada-business-press', date: '2026-01-29',
    text: 'Vancouver-based lumber producer Coastal Timberlands announced a normal course issuer bid to buy back up to 5% of its shares over the next 12 months, worth about C$180 million at current prices.',
    deals: [], negative: 'buyback', note: 'fictional',
  },
  {
    id: 'en7-c-036', lang: 'en', style: 'korea-english-press', date: '2026-07-30',
    text: 'Samjin Heavy Industries denied a local media report that it had agreed to sell its shipbuilding unit to a consortium including Hanyang Capital, saying in a filing that nothing had been decided.',
    deals: [], negative: 'denial', note: 'fictional',
  },
  {
    id: 'en7-c-037', lang: 'en', style: 'media-trade-press', date: '2026-03-31',
    text: 'Streaming service Northlight TV is worth about $3 billion, according to analysts at MoffettNathanson, who said its parent, broadcaster Atlantic Media Group, could sell it or spin it off next year.',
    deals: [], negative: 'other', note: 'fictional; an analyst’s value and a possible sale',
  },
  // ---- batch D: written after batch C's rules, scored before any rule for it (half hard negatives) ----
  {
    id: 'en7-d-001', lang: 'en', style: 'press-release', date: '2026-02-05',
    text: 'AUSTIN, Texas, Feb. 5, 2026 /PRNewswire/ -- Fieldmark Software, a provider of inspection software for utilities, today announced that it has entered into a definitive agreement to acquire GridSight Analytics for $64 million in cash. The transaction is expected to close in the second quarter.',
    deals: [{ type: 'acquisition', target: ['GridSight Analytics'], amount: { currency: 'USD', amount: 64_000_000 }, parties: [{ name: 'Fieldmark Software', role: 'acquirer' }] }],
    note: 'fictional; "entered into a definitive agreement to acquire"',
  },
  {
    id: 'en7-d-002', lang: 'en', style: 'uk-business-press', date: '2026-06-22',
    text: 'Cotswold brewer Hatherley Ales has agreed terms to be acquired by Dutch drinks group Brouwerij Zeeland in a deal worth £44m, the companies said on Monday. Hatherley will become part of Zeeland’s craft beer division.',
    deals: [{ type: 'acquisition', target: ['Hatherley Ales', 'Hatherley'], amount: { currency: 'GBP', amount: 44_000_000 }, parties: [{ name: 'Brouwerij Zeeland', role: 'acquirer' }] }],
    note: 'fictional; "agreed terms to be acquired by"',
  },
  {
    id: 'en7-d-003', lang: 'en', style: 'tech-press', date: '2026-09-09',
    text: 'Identity-verification startup Passgate is now owned by cybersecurity company Sentinel Arc, which bought it for about $150 million, the companies confirmed on Wednesday.',
    deals: [{ type: 'acquisition', target: ['Passgate'], amount: { currency: 'USD', amount: 150_000_000 }, parties: [{ name: 'Sentinel Arc', role: 'acquirer' }] }],
    note: 'fictional; "is now owned by … which bought it"',
  },
  {
    id: 'en7-d-004', lang: 'en', style: 'mining-trade-press', date: '2026-03-18',
    text: 'Canadian gold miner Yukon Ridge Gold has bought a controlling interest in Mexican explorer Minera Sierra Alta for C$95 million, giving it control of the Santa Rosa project in Sonora.',
    deals: [{ type: 'stake-sale', target: ['Minera Sierra Alta'], amount: { currency: 'CAD', amount: 95_000_000 }, parties: [{ name: 'Yukon Ridge Gold', role: 'acquirer' }] }],
    note: 'fictional; "a controlling interest in"',
  },
  {
    id: 'en7-d-005', lang: 'en', style: 'banking-trade-press', date: '2026-11-02',
    text: 'Regional lender Heartland Trust Bank has completed the acquisition of Prairie Wind Financial from private equity firm Oakline Partners, the bank said on Monday, without disclosing the price.',
    deals: [{ type: 'acquisition', target: ['Prairie Wind Financial'], parties: [{ name: 'Heartland Trust Bank', role: 'acquirer' }, { name: 'Oakline Partners', role: 'seller' }] }],
    note: 'fictional; "completed the acquisition of … from"',
  },
  {
    id: 'en7-d-006', lang: 'en', style: 'energy-trade-press', date: '2026-07-08',
    text: 'Spanish utility Iberluz announced the acquisition of Portuguese solar developer SolAtlântico on Wednesday, paying €380 million for the company and taking on €120 million of its debt.',
    deals: [{ type: 'acquisition', target: ['SolAtlântico'], amount: { currency: 'EUR', amount: 380_000_000 }, parties: [{ name: 'Iberluz', role: 'acquirer' }] }],
    note: 'fictional; "announced the acquisition of"; debt taken on is not the price',
  },
  {
    id: 'en7-d-007', lang: 'en', style: 'vc-newsletter', date: '2026-04-29',
    text: 'Lagos-based insurtech Cova Health has landed $11 million in a Series A round. New investor Norrsken22 led the round and was joined by existing backers Kepple Africa Ventures, Launch Africa Ventures and Microtraction.',
    deals: [{
      type: 'funding', target: ['Cova Health'], amount: { currency: 'USD', amount: 11_000_000 }, round: 'Series A',
      parties: [{ name: 'Norrsken22', role: 'lead' }, { name: 'Kepple Africa Ventures', role: 'participant' }, { name: 'Launch Africa Ventures', role: 'participant' }, { name: 'Microtraction', role: 'participant' }],
    }],
    note: 'fictional; "New investor X led the round and was joined by existing backers"',
  },
  {
    id: 'en7-d-008', lang: 'en', style: 'european-startup-press', date: '2026-10-13',
    text: 'Madrid proptech Habitea has raised €45 million. The financing included participation from Kibo Ventures, Seaya Andromeda, Samaipata and JME Ventures, and was led by Swedish growth investor Kinnevik.',
    deals: [{
      type: 'funding', target: ['Habitea'], amount: { currency: 'EUR', amount: 45_000_000 },
      parties: [
        { name: 'Kinnevik', role: 'lead' }, { name: 'Kibo Ventures', role: 'participant' }, { name: 'Seaya Andromeda', role: 'participant' },
        { name: 'Samaipata', role: 'participant' }, { name: 'JME Ventures', role: 'participant' },
      ],
    }],
    note: 'fictional; "The financing included participation from …, and was led by"',
  },
  {
    id: 'en7-d-009', lang: 'en', style: 'india-tech-press', date: '2026-06-03',
    text: 'Chennai-based EV charging startup Chargezy has raised $18 million in its Series A funding round led by Bertelsmann India Investments. Returning investors include Kalaari Capital, Java Capital and Venture Catalysts.',
    deals: [{
      type: 'funding', target: ['Chargezy'], amount: { currency: 'USD', amount: 18_000_000 }, round: 'Series A',
      parties: [{ name: 'Bertelsmann India Investments', role: 'lead' }, { name: 'Kalaari Capital', role: 'participant' }, { name: 'Java Capital', role: 'participant' }, { name: 'Venture Catalysts', role: 'participant' }],
    }],
    note: 'fictional; "Returning investors include"',
  },
  {
    id: 'en7-d-010', lang: 'en', style: 'tech-press', date: '2026-08-20',
    text: 'Database startup Tessellate has raised $70 million in a Series C led by Greenoaks. Redpoint Ventures, Amplify Partners and Unusual Ventures were also among the investors, Tessellate said.',
    deals: [{
      type: 'funding', target: ['Tessellate'], amount: { currency: 'USD', amount: 70_000_000 }, round: 'Series C',
      parties: [{ name: 'Greenoaks', role: 'lead' }, { name: 'Redpoint Ventures', role: 'participant' }, { name: 'Amplify Partners', role: 'participant' }, { name: 'Unusual Ventures', role: 'participant' }],
    }],
    note: 'fictional; "were also among the investors"',
  },
  {
    id: 'en7-d-011', lang: 'en', style: 'canada-business-press', date: '2026-05-15',
    text: 'Halifax seafood exporter Atlantic Catch has been taken over by Japan’s Hokkaido Suisan, the Tokyo-listed group said in a filing on Friday. Hokkaido Suisan paid C$230 million for the company.',
    deals: [{ type: 'acquisition', target: ['Atlantic Catch'], amount: { currency: 'CAD', amount: 230_000_000 }, parties: [{ name: 'Hokkaido Suisan', role: 'acquirer' }] }],
    note: 'fictional; the price in the next sentence ("paid … for the company")',
  },
  {
    id: 'en7-d-012', lang: 'en', style: 'africa-business-press', date: '2026-09-16',
    text: 'Ghanaian cocoa processor Ashanti Beans has sold a 40% stake to Swiss trader Bernhof Commodities for $85 million, the company said, and will use the money to double its grinding capacity.',
    deals: [{ type: 'stake-sale', target: ['Ashanti Beans'], amount: { currency: 'USD', amount: 85_000_000 }, parties: [{ name: 'Bernhof Commodities', role: 'acquirer' }] }],
    note: 'fictional; a company selling a stake in itself',
  },
  {
    id: 'en7-d-013', lang: 'en', style: 'gulf-business-press', date: '2026-12-01',
    text: 'Riyadh-based fintech Tamra Pay has closed a $60 million Series B co-led by Sanabil Investments and STV, with Raed Ventures, Merak Capital and Wa’ed Ventures also participating.',
    deals: [{
      type: 'funding', target: ['Tamra Pay'], amount: { currency: 'USD', amount: 60_000_000 }, round: 'Series B',
      parties: [
        { name: 'Sanabil Investments', role: 'lead' }, { name: 'STV', role: 'lead' }, { name: 'Raed Ventures', role: 'participant' },
        { name: 'Merak Capital', role: 'participant' }, { name: 'Wa’ed Ventures', role: 'participant' },
      ],
    }],
    note: 'fictional; "with … also participating"',
  },
  {
    id: 'en7-d-014', lang: 'en', style: 'pharma-trade-press', date: '2026-01-07',
    text: 'Biotech Auralis Therapeutics said it had agreed to be bought by Japanese drugmaker Sakura Pharmaceutical for $22 a share in cash, or about $1.6 billion, sending its shares up 61% in premarket trading.',
    deals: [{ type: 'acquisition', target: ['Auralis Therapeutics'], amount: { currency: 'USD', amount: 1_600_000_000 }, parties: [{ name: 'Sakura Pharmaceutical', role: 'acquirer' }] }],
    note: 'fictional; "or about $1.6 billion" after the per-share price',
  },
  // ---- batch D: no deal ----
  {
    id: 'en7-d-015', lang: 'en', style: 'wire', date: '2026-04-16',
    text: 'Shares of chip designer Veltrix surged 18% after it agreed to supply AI accelerators to cloud provider Nimbus Compute in a multiyear contract worth about $3 billion.',
    deals: [], negative: 'other', note: 'fictional; a supply contract',
  },
  {
    id: 'en7-d-016', lang: 'en', style: 'uk-business-press', date: '2026-10-09',
    text: 'Kestrel Foods raised its offer for rival snack maker Brambleton to £640m on Thursday, but Brambleton’s board said the improved bid still undervalued the company and urged shareholders to reject it.',
    deals: [], negative: 'talks', note: 'fictional; a raised offer rejected',
  },
  {
    id: 'en7-d-017', lang: 'en', style: 'energy-trade-press', date: '2026-03-04',
    text: 'Norwegian oil company Nordhav Energi will invest NOK 18 billion in a new gas processing plant at Kollsnes, it said on Wednesday, its largest onshore project in a decade.',
    deals: [], negative: 'other', note: 'fictional; capital spending on a plant',
  },
  {
    id: 'en7-d-018', lang: 'en', style: 'tech-press', date: '2026-07-23',
    text: 'Sequoia-backed Driftwave, whose investors also include Accel and Index Ventures, launched a new version of its design software on Thursday and said it now has 40,000 paying customers.',
    deals: [], negative: 'other', note: 'fictional; backers named as context, no round',
  },
  {
    id: 'en7-d-019', lang: 'en', style: 'wire', date: '2026-05-28',
    text: 'A U.S. appeals court on Thursday upheld a ruling that blocked Pinnacle Grocers’ $9.8 billion merger with Harvest Basket, likely ending the deal.',
    deals: [], negative: 'called-off', note: 'fictional; a merger blocked',
  },
  {
    id: 'en7-d-020', lang: 'en', style: 'local-business-journal', date: '2026-02-26',
    text: 'Omaha software firm Prairiebyte agreed to pay $12 million to settle a lawsuit brought by former customer Heartland Grain Co., according to a court filing on Tuesday.',
    deals: [], negative: 'settlement', note: 'fictional',
  },
  {
    id: 'en7-d-021', lang: 'en', style: 'business-daily', date: '2026-08-31',
    text: 'Family-owned department store chain Whitmore & Sons has hired Rothschild to explore options including a sale of the business, which could be valued at about $700 million, people familiar with the matter said.',
    deals: [], negative: 'rumour', note: 'fictional; a sale explored',
  },
  {
    id: 'en7-d-022', lang: 'en', style: 'vc-newsletter', date: '2026-06-11',
    text: 'Investors including Andreessen Horowitz, Sequoia Capital and Lightspeed poured more than $40 billion into AI startups in the first half of the year, according to data from PitchBook.',
    deals: [], negative: 'other', note: 'fictional figures; an aggregate of many rounds',
  },
  {
    id: 'en7-d-023', lang: 'en', style: 'australia-business-press', date: '2026-09-25',
    text: 'Perth miner Goldfields Ridge’s bid for Kalbarri Minerals lapsed on Friday after it failed to win acceptances for more than 30% of the shares, leaving it with a minority stake.',
    deals: [], negative: 'called-off', note: 'fictional; a bid lapsed',
  },
  {
    id: 'en7-d-024', lang: 'en', style: 'japan-english-press', date: '2026-11-20',
    text: 'Toyama Electric said it was considering selling its stake in display-panel maker Hokuriku Display if a suitable buyer could be found, as it shifts spending to power semiconductors.',
    deals: [], negative: 'talks', note: 'fictional; a sale considered',
  },
  {
    id: 'en7-d-025', lang: 'en', style: 'india-business-press', date: '2026-04-21',
    text: 'Shares of Pune-based Sahyadri Small Finance Bank have doubled since its ₹1,020 crore IPO in December, taking its market value past ₹8,000 crore.',
    deals: [], negative: 'share-move', note: 'fictional; share moves after an IPO reported earlier',
  },
  {
    id: 'en7-d-026', lang: 'en', style: 'singapore-business-press', date: '2026-07-01',
    text: 'Temasek-backed Harbourfront Logistics, a portfolio company of KKR, reported a 9% rise in annual revenue to S$1.2 billion and said it would open three new warehouses in Malaysia.',
    deals: [], negative: 'revenue', note: 'fictional; owners named as context',
  },
  {
    id: 'en7-d-027', lang: 'en', style: 'wire', date: '2026-10-30',
    text: 'Brazilian meatpacker Pampas Carnes and U.S. rival Great Plains Beef have held preliminary talks about a possible combination that would create the world’s third-largest beef producer, two sources said.',
    deals: [], negative: 'talks', note: 'fictional',
  },
  {
    id: 'en7-d-028', lang: 'en', style: 'tech-press', date: '2026-12-03',
    text: 'Cloud company Strato won a $450 million contract from the U.S. Defense Department to build a classified data platform, sending its shares up 6%.',
    deals: [], negative: 'other', note: 'fictional; a contract won',
  },
];
