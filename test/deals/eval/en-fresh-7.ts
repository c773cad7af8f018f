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
];
