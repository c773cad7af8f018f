// English paragraphs that report, or seem to report, a funding round (issue 17, item 1). Written by
// the DealLens team in our own words: real rounds from public record (the `note` names it) and
// fictional-but-plausible companies and investors (the `note` says "fictional"). Hard negatives
// (talks, rumours, denials, a VC firm's own fund, revenue, market value, buybacks, grants, rounds
// called off or not yet closed) report no deal. Markup and conventions: gold.ts.
import type { GoldParagraph } from './gold';

export const PARAGRAPHS: readonly GoldParagraph[] = [
  {
    id: 'en-fund-001', lang: 'en', style: 'wire', date: '2023-03-15',
    text: 'SAN FRANCISCO, March 15 (Reuters) - Stripe said on Wednesday it had raised more than $6.5 billion in a Series I round that values the payments company at $50 billion, far below the price tag its shares carried at the height of the 2021 boom. Existing backers Andreessen Horowitz, Baillie Gifford, Founders Fund, General Catalyst, MSD Partners and Thrive Capital put in money, joined by new investors GIC, Goldman Sachs Asset and Wealth Management and Temasek.',
    deals: [{
      type: 'funding', target: ['Stripe'], amount: { currency: 'USD', amount: 6_500_000_000 }, round: 'Series I',
      valuation: { currency: 'USD', amount: 50_000_000_000 },
      parties: [
        { name: 'Andreessen Horowitz', role: 'participant' }, { name: 'Baillie Gifford', role: 'participant' },
        { name: 'Founders Fund', role: 'participant' }, { name: 'General Catalyst', role: 'participant' },
        { name: 'MSD Partners', role: 'participant' }, { name: 'Thrive Capital', role: 'participant' },
        { name: 'GIC', role: 'participant' }, { name: 'Goldman Sachs Asset and Wealth Management', role: 'participant' },
        { name: 'Temasek', role: 'participant' },
      ],
    }],
    note: 'Public record: Stripe announcement, March 2023. "more than $6.5 billion" → 6.5 billion; nine investors, none named as lead.',
  },
  {
    id: 'en-fund-002', lang: 'en', style: 'tech-press', date: '2025-01-08',
    text: 'Anthropic is in advanced talks to raise about $2 billion in a round led by Lightspeed Venture Partners that would value the maker of the Claude chatbot at roughly $60 billion, a person briefed on the discussions said. Terms could still change, and Anthropic declined to comment.',
    deals: [], negative: 'talks',
    note: 'Public record: talks reported in January 2025; the round closed in March 2025 (en-fund-114). "led by" inside talks is no deal.',
  },
  {
    id: 'en-fund-003', lang: 'en', style: 'european-startup-press', date: '2024-10-02',
    text: 'Berlin-based Kelvara, which makes scheduling software for heat-pump installers, has picked up €12m in a Series A led by Feldberg Ventures. Existing investors Spreewald Capital and Oderbruch Partners also took part, alongside angel investors Jana Richter and Mateusz Wójcik.',
    deals: [{
      type: 'funding', target: ['Kelvara'], amount: { currency: 'EUR', amount: 12_000_000 }, round: 'Series A',
      parties: [
        { name: 'Feldberg Ventures', role: 'lead' }, { name: 'Spreewald Capital', role: 'participant' },
        { name: 'Oderbruch Partners', role: 'participant' }, { name: 'Jana Richter', role: 'participant' },
        { name: 'Mateusz Wójcik', role: 'participant' },
      ],
    }],
    note: 'Fictional company, investors and angels.',
  },
  {
    id: 'en-fund-004', lang: 'en', style: 'european-startup-press', date: '2022-01-11',
    text: 'Tallinn-based Bolt has raised €628m in a funding round led by Sequoia Capital and Fidelity Management & Research Company, valuing the ride-hailing, scooter and food delivery company at €7.4bn. The Estonian firm said much of the money would go into its fast-growing grocery delivery business.',
    deals: [{
      type: 'funding', target: ['Bolt'], amount: { currency: 'EUR', amount: 628_000_000 },
      valuation: { currency: 'EUR', amount: 7_400_000_000 },
      parties: [
        { name: 'Sequoia Capital', role: 'lead' }, { name: 'Fidelity Management & Research Company', role: 'lead' },
      ],
    }],
    note: 'Public record: Bolt announcement, January 2022. The text names no round.',
  },
  {
    id: 'en-fund-005', lang: 'en', style: 'business-daily', date: '2022-07-12',
    text: 'Lightspeed Venture Partners has closed more than $7 billion across a set of new funds, the biggest haul in the Menlo Park firm’s history, even as startup valuations fall from last year’s highs. The money will be spread over early-stage, growth and later-stage bets, the firm said on Tuesday.',
    deals: [], negative: 'fund-raise',
    note: 'Public record: Lightspeed’s new funds, July 2022. A VC firm raising its own funds is not a funding round.',
  },
  {
    id: 'en-fund-006', lang: 'en', style: 'india-business-press', date: '2023-08-25',
    text: 'Quick-commerce startup Zepto has raised $200 million in a Series E round led by US-based StepStone Group at a valuation of $1.4 billion, becoming India’s first new unicorn of 2023. Existing backers Nexus Venture Partners, Glade Brook Capital and Goodwater Capital also participated.',
    deals: [{
      type: 'funding', target: ['Zepto'], amount: { currency: 'USD', amount: 200_000_000 }, round: 'Series E',
      valuation: { currency: 'USD', amount: 1_400_000_000 },
      parties: [
        { name: 'StepStone Group', role: 'lead' }, { name: 'Nexus Venture Partners', role: 'participant' },
        { name: 'Glade Brook Capital', role: 'participant' }, { name: 'Goodwater Capital', role: 'participant' },
      ],
    }],
    note: 'Public record: Zepto Series E, August 2023.',
  },
  {
    id: 'en-fund-007', lang: 'en', style: 'sea-deal-press', date: '2023-11-14',
    text: 'Singapore’s Arkadia Logistics is raising fresh capital that could value the freight-booking platform at as much as US$600 million, two people familiar with the matter said. One of them said the startup had asked existing shareholder Tanjong Growth Fund to anchor the round, but that no term sheet had been signed.',
    deals: [], negative: 'rumour',
    note: 'Fictional. A round in progress, known only from unnamed sources; no term sheet.',
  },
  {
    id: 'en-fund-008', lang: 'en', style: 'tech-press', date: '2023-03-23',
    text: 'Character.AI, the chatbot startup started by two former Google researchers, has raised $150 million in a Series A led by Andreessen Horowitz. The round values the 16-month-old company at $1 billion.',
    deals: [{
      type: 'funding', target: ['Character.AI'], amount: { currency: 'USD', amount: 150_000_000 }, round: 'Series A',
      valuation: { currency: 'USD', amount: 1_000_000_000 },
      parties: [{ name: 'Andreessen Horowitz', role: 'lead' }],
    }],
    note: 'Public record: Character.AI Series A, March 2023. Google is only the founders’ former employer.',
  },
  {
    id: 'en-fund-009', lang: 'en', style: 'sea-deal-press', date: '2024-06-05',
    text: 'Jakarta-based payroll startup Gajiku has secured US$18 million in a Series B round led by Sunda Strait Ventures, with participation from Mekar Capital and Java Peak Partners. Alongside the raise, Gajiku said it had acquired Vietnamese HR software firm LuongSo for an undisclosed sum, its first purchase outside Indonesia.',
    deals: [
      {
        type: 'funding', target: ['Gajiku'], amount: { currency: 'USD', amount: 18_000_000 }, round: 'Series B',
        parties: [
          { name: 'Sunda Strait Ventures', role: 'lead' }, { name: 'Mekar Capital', role: 'participant' },
          { name: 'Java Peak Partners', role: 'participant' },
        ],
      },
      { type: 'acquisition', target: ['LuongSo'], parties: [{ name: 'Gajiku', role: 'acquirer' }] },
    ],
    note: 'Fictional. A round and an acquisition made with the money.',
  },
  {
    id: 'en-fund-010', lang: 'en', style: 'business-daily', date: '2024-04-16',
    text: 'Andreessen Horowitz said it has raised $7.2 billion for a new set of funds, with the largest pool set aside for growth-stage companies and the rest spread across infrastructure, apps, games and defence-related startups.',
    deals: [], negative: 'fund-raise',
    note: 'Public record: Andreessen Horowitz funds, April 2024.',
  },
  {
    id: 'en-fund-011', lang: 'en', style: 'africa-tech-press', date: '2022-02-16',
    text: 'Nigerian payments company Flutterwave has raised $250 million in a Series D round led by B Capital Group, tripling its valuation to more than $3 billion in less than a year. Alkeon Capital, Avenir Growth and Tiger Global also put money into the round.',
    deals: [{
      type: 'funding', target: ['Flutterwave'], amount: { currency: 'USD', amount: 250_000_000 }, round: 'Series D',
      valuation: { currency: 'USD', amount: 3_000_000_000 },
      parties: [
        { name: 'B Capital Group', role: 'lead' }, { name: 'Alkeon Capital', role: 'participant' },
        { name: 'Avenir Growth', role: 'participant' }, { name: 'Tiger Global', role: 'participant' },
      ],
    }],
    note: 'Public record: Flutterwave Series D, February 2022.',
  },
  {
    id: 'en-fund-012', lang: 'en', style: 'tech-press', date: '2024-09-10',
    text: 'Quorra, the San Francisco maker of AI meeting assistants, said its annualized revenue has crossed $40 million, quadrupling in a year. The company, which has raised $65 million to date from investors including Holloway Ventures, would not say whether it plans to raise again.',
    deals: [], negative: 'revenue',
    note: 'Fictional. Revenue and money raised to date; no round.',
  },
  {
    id: 'en-fund-013', lang: 'en', style: 'wire', date: '2024-05-27',
    text: 'May 27 (Reuters) - Elon Musk’s artificial intelligence startup xAI said it had raised $6 billion in a Series B round at a pre-money valuation of $18 billion. Valor Equity Partners, Vy Capital, Andreessen Horowitz, Sequoia Capital, Fidelity Management & Research Company, Prince Alwaleed Bin Talal and Kingdom Holding were among the backers, the company said in a blog post on Sunday.',
    deals: [{
      type: 'funding', target: ['xAI'], amount: { currency: 'USD', amount: 6_000_000_000 }, round: 'Series B',
      valuation: { currency: 'USD', amount: 18_000_000_000, basis: 'pre' },
      parties: [
        { name: 'Valor Equity Partners', role: 'participant' }, { name: 'Vy Capital', role: 'participant' },
        { name: 'Andreessen Horowitz', role: 'participant' }, { name: 'Sequoia Capital', role: 'participant' },
        { name: 'Fidelity Management & Research Company', role: 'participant' },
        { name: 'Prince Alwaleed Bin Talal', role: 'participant' }, { name: 'Kingdom Holding', role: 'participant' },
      ],
    }],
    note: 'Public record: xAI Series B, May 2024. Elon Musk is the founder, not an investor named in the round.',
  },
  {
    id: 'en-fund-014', lang: 'en', style: 'newsletter', date: '2025-02-21',
    text: 'Deals we’re watching: Toronto’s Ledgerlane raised a C$2.5 million pre-seed round from Maple Arc Ventures and Hudson Bay Angels, while Montreal-based Voxelia, which builds 3D scanning tools for insurers, closed a US$31 million Series B led by Saint-Laurent Growth.',
    deals: [
      {
        type: 'funding', target: ['Ledgerlane'], amount: { currency: 'CAD', amount: 2_500_000 }, round: 'pre-seed',
        parties: [{ name: 'Maple Arc Ventures', role: 'participant' }, { name: 'Hudson Bay Angels', role: 'participant' }],
      },
      {
        type: 'funding', target: ['Voxelia'], amount: { currency: 'USD', amount: 31_000_000 }, round: 'Series B',
        parties: [{ name: 'Saint-Laurent Growth', role: 'lead' }],
      },
    ],
    note: 'Fictional. Two startups’ rounds in one roundup line.',
  },
  {
    id: 'en-fund-015', lang: 'en', style: 'israel-tech-press', date: '2023-02-08',
    text: 'Tel Aviv cybersecurity company Shomera on Tuesday denied a report that it was raising $150 million at a $1.2 billion valuation. “We are well funded and we are not in the market,” chief executive Yael Ben-Ami said, adding that most of the money the company has raised so far is still in the bank.',
    deals: [], negative: 'denial',
    note: 'Fictional.',
  },
  {
    id: 'en-fund-016', lang: 'en', style: 'japan-business-press', date: '2024-09-04',
    text: 'Tokyo-based Sakana AI has raised about ¥30 billion in a Series A round, one of the largest early-stage financings for a Japanese startup. Nvidia and the country’s three megabanks, MUFG Bank, Sumitomo Mitsui Banking Corporation and Mizuho Bank, are among the investors, alongside US venture firms New Enterprise Associates, Khosla Ventures and Lux Capital.',
    deals: [{
      type: 'funding', target: ['Sakana AI'], amount: { currency: 'JPY', amount: 30_000_000_000 }, round: 'Series A',
      parties: [
        { name: 'Nvidia', role: 'participant' }, { name: 'MUFG Bank', role: 'participant' },
        { name: 'Sumitomo Mitsui Banking Corporation', role: 'participant' }, { name: 'Mizuho Bank', role: 'participant' },
        { name: 'New Enterprise Associates', role: 'participant' }, { name: 'Khosla Ventures', role: 'participant' },
        { name: 'Lux Capital', role: 'participant' },
      ],
    }],
    note: 'Public record: Sakana AI Series A, September 2024.',
  },
  {
    id: 'en-fund-017', lang: 'en', style: 'africa-tech-press', date: '2023-05-30',
    text: 'Lagos-based venture firm Kola Capital has held a first close of its second fund at $42 million, on the way to a $75 million target, with commitments from development finance institutions and family offices. The fund will write pre-seed and seed cheques of up to $1.5 million in fintech and logistics startups across West Africa.',
    deals: [], negative: 'fund-raise',
    note: 'Fictional. The firm’s own fund; "pre-seed and seed" describe what it will invest in.',
  },
  {
    id: 'en-fund-018', lang: 'en', style: 'tech-press', date: '2024-01-05',
    text: 'Perplexity AI, which is building an answer engine to take on Google search, has raised $73.6 million in a Series B round led by IVP. NEA, Elad Gil, Nat Friedman and Databricks Ventures also took part, as did Nvidia and Jeff Bezos, and the round values the San Francisco company at $520 million.',
    deals: [{
      type: 'funding', target: ['Perplexity AI'], amount: { currency: 'USD', amount: 73_600_000 }, round: 'Series B',
      valuation: { currency: 'USD', amount: 520_000_000 },
      parties: [
        { name: 'IVP', role: 'lead' }, { name: 'NEA', role: 'participant' }, { name: 'Elad Gil', role: 'participant' },
        { name: 'Nat Friedman', role: 'participant' }, { name: 'Databricks Ventures', role: 'participant' },
        { name: 'Nvidia', role: 'participant' }, { name: 'Jeff Bezos', role: 'participant' },
      ],
    }],
    note: 'Public record: Perplexity Series B, January 2024. People are parties; Google is a rival, not a party.',
  },
  {
    id: 'en-fund-019', lang: 'en', style: 'fintech-trade-press', date: '2023-09-19',
    text: 'London-based embedded lending platform Fennick Rails has raised £22m of Series B equity led by Thamesview Partners and separately secured a £60m credit facility from Harlow Bank to fund the loans it originates. Existing investors Brackenbury Ventures and Pell Street Capital followed on in the equity round.',
    deals: [
      {
        type: 'funding', target: ['Fennick Rails'], amount: { currency: 'GBP', amount: 22_000_000 }, round: 'Series B',
        parties: [
          { name: 'Thamesview Partners', role: 'lead' }, { name: 'Brackenbury Ventures', role: 'participant' },
          { name: 'Pell Street Capital', role: 'participant' },
        ],
      },
      {
        type: 'debt', target: ['Fennick Rails'], amount: { currency: 'GBP', amount: 60_000_000 },
        parties: [{ name: 'Harlow Bank', role: 'participant' }],
      },
    ],
    note: 'Fictional. An equity round plus a credit facility; investors of the equity round named in the next sentence.',
  },
  {
    id: 'en-fund-020', lang: 'en', style: 'business-daily', date: '2024-06-06',
    text: 'Nvidia’s stock market value topped $3 trillion for the first time on Wednesday, leapfrogging Apple to become the world’s second most valuable company as investors piled into the maker of AI chips.',
    deals: [], negative: 'market-value',
    note: 'Public record: June 5, 2024.',
  },
  {
    id: 'en-fund-021', lang: 'en', style: 'latam-tech-press', date: '2022-03-08',
    text: 'Bogotá-based Truequi, a marketplace for used construction machinery, said on Tuesday that it raised a US$14 million Series A in January, led by Andes Frontier Capital. Monte Verde Ventures, Caribe Seed and Emiliano Ortega, founder of Mexican logistics firm Rutamax, also joined the round.',
    deals: [{
      type: 'funding', target: ['Truequi'], amount: { currency: 'USD', amount: 14_000_000 }, round: 'Series A',
      parties: [
        { name: 'Andes Frontier Capital', role: 'lead' }, { name: 'Monte Verde Ventures', role: 'participant' },
        { name: 'Caribe Seed', role: 'participant' }, { name: 'Emiliano Ortega', role: 'participant' },
      ],
      date: '2022-01',
    }],
    note: 'Fictional. The round closed in January, disclosed in March. Rutamax (the angel’s company) is not a party.',
  },
  {
    id: 'en-fund-022', lang: 'en', style: 'india-business-press', date: '2021-09-30',
    text: 'Social commerce startup Meesho has raised $570 million in a Series F round co-led by Fidelity Management & Research Company and B Capital Group, more than doubling its valuation to $4.9 billion in five months. Existing investors Prosus Ventures, SoftBank Vision Fund 2 and Facebook also took part.',
    deals: [{
      type: 'funding', target: ['Meesho'], amount: { currency: 'USD', amount: 570_000_000 }, round: 'Series F',
      valuation: { currency: 'USD', amount: 4_900_000_000 },
      parties: [
        { name: 'Fidelity Management & Research Company', role: 'lead' }, { name: 'B Capital Group', role: 'lead' },
        { name: 'Prosus Ventures', role: 'participant' }, { name: 'SoftBank Vision Fund 2', role: 'participant' },
        { name: 'Facebook', role: 'participant' },
      ],
    }],
    note: 'Public record: Meesho Series F, September 2021.',
  },
  {
    id: 'en-fund-023', lang: 'en', style: 'european-startup-press', date: '2024-07-10',
    text: 'Index Ventures has raised $2.3 billion across two new funds, $800 million for early-stage investments and $1.5 billion for growth rounds, as the London and San Francisco firm steps up its bets on artificial intelligence.',
    deals: [], negative: 'fund-raise',
    note: 'Public record: Index Ventures funds, July 2024.',
  },
  {
    id: 'en-fund-024', lang: 'en', style: 'sea-deal-press', date: '2023-05-16',
    text: 'Singapore agritech firm Verdant Tiers has closed an S$8.5 million pre-Series A round led by Lion City Harvest Fund, with participation from Tembusu Ventures, Orchard Road Angels and Enterprise Capital Asia. The vertical-farming startup says the money will pay for a second growing facility in Jurong.',
    deals: [{
      type: 'funding', target: ['Verdant Tiers'], amount: { currency: 'SGD', amount: 8_500_000 }, round: 'pre-Series A',
      parties: [
        { name: 'Lion City Harvest Fund', role: 'lead' }, { name: 'Tembusu Ventures', role: 'participant' },
        { name: 'Orchard Road Angels', role: 'participant' }, { name: 'Enterprise Capital Asia', role: 'participant' },
      ],
    }],
    note: 'Fictional.',
  },
  {
    id: 'en-fund-025', lang: 'en', style: 'press-release', date: '2021-11-03',
    text: 'BOSTON, Nov. 3, 2021 -- Corvid Bio, a developer of rapid diagnostics for antibiotic-resistant infections, today announced that it has been awarded a $4.2 million Small Business Innovation Research grant to advance its point-of-care test toward clinical validation. The non-dilutive award brings the company’s total funding to $19 million.',
    deals: [], negative: 'other',
    note: 'Fictional. A grant and money raised to date; no investment round.',
  },
  {
    id: 'en-fund-026', lang: 'en', style: 'vc-blog', date: '2023-06-27',
    text: 'We’re thrilled to share that Foxglove Ventures is leading the $6M seed round in Tessellate, which helps hospitals schedule their operating rooms. We’re joined by our friends at Rowan Hill Capital and by angels Priya Raman and Sam Okafor, and we couldn’t be more excited to partner with founders Lina and Marco.',
    deals: [{
      type: 'funding', target: ['Tessellate'], amount: { currency: 'USD', amount: 6_000_000 }, round: 'seed',
      parties: [
        { name: 'Foxglove Ventures', role: 'lead' }, { name: 'Rowan Hill Capital', role: 'participant' },
        { name: 'Priya Raman', role: 'participant' }, { name: 'Sam Okafor', role: 'participant' },
      ],
    }],
    note: 'Fictional. The lead investor’s own blog post ("We’re joined by").',
  },
  {
    id: 'en-fund-027', lang: 'en', style: 'business-daily', date: '2023-12-18',
    text: 'Adobe and Figma said on Monday they had agreed to abandon Adobe’s $20 billion takeover of the design software company, citing little prospect of winning approval from regulators in Europe and Britain. Adobe will pay Figma a $1 billion termination fee.',
    deals: [], negative: 'called-off',
    note: 'Public record: December 18, 2023.',
  },
  {
    id: 'en-fund-028', lang: 'en', style: 'wire', date: '2021-05-03',
    text: 'BERLIN, May 3 (Reuters) - German digital bank N26 said on Monday it had raised more than $900 million in a funding round co-led by Third Point Ventures and Coatue Management, valuing it at more than $9 billion. Dragoneer Investment Group also invested.',
    deals: [{
      type: 'funding', target: ['N26'], amount: { currency: 'USD', amount: 900_000_000 },
      valuation: { currency: 'USD', amount: 9_000_000_000 },
      parties: [
        { name: 'Third Point Ventures', role: 'lead' }, { name: 'Coatue Management', role: 'lead' },
        { name: 'Dragoneer Investment Group', role: 'participant' },
      ],
    }],
    note: 'Public record: N26 round, May 2021. The text names no round.',
  },
  {
    id: 'en-fund-029', lang: 'en', style: 'india-business-press', date: '2024-02-12',
    text: 'Funding roundup: Pune-based EV charging firm ChargeKart raised ₹120 crore in a Series B round led by Sahyadri Growth Fund, while Chennai SaaS startup Billora secured ₹45 crore in pre-Series A funding from Kaveri Ventures and a clutch of angel investors.',
    deals: [
      {
        type: 'funding', target: ['ChargeKart'], amount: { currency: 'INR', amount: 1_200_000_000 }, round: 'Series B',
        parties: [{ name: 'Sahyadri Growth Fund', role: 'lead' }],
      },
      {
        type: 'funding', target: ['Billora'], amount: { currency: 'INR', amount: 450_000_000 }, round: 'pre-Series A',
        parties: [{ name: 'Kaveri Ventures', role: 'participant' }],
      },
    ],
    note: 'Fictional. ₹120 crore = 1.2 billion rupees; the unnamed angels are no party.',
  },
  {
    id: 'en-fund-030', lang: 'en', style: 'india-business-press', date: '2024-10-22',
    text: 'Mumbai-based D2C brand Snackwise reported operating revenue of ₹412 crore for FY24, up 61% from a year earlier, while its losses narrowed to ₹38 crore, according to filings with the Registrar of Companies. The company did not disclose any plans to raise fresh capital.',
    deals: [], negative: 'revenue',
    note: 'Fictional.',
  },
  {
    id: 'en-fund-031', lang: 'en', style: 'africa-tech-press', date: '2021-09-07',
    text: 'Wave, the Senegal-based mobile money company, has raised $200 million in a Series A round co-led by Sequoia Heritage, Founders Fund, Ribbit Capital and Stripe, valuing it at $1.7 billion. The startup, which slashed the cost of sending money in Senegal and Côte d’Ivoire, says it is the largest Series A ever raised by an African company.',
    deals: [{
      type: 'funding', target: ['Wave'], amount: { currency: 'USD', amount: 200_000_000 }, round: 'Series A',
      valuation: { currency: 'USD', amount: 1_700_000_000 },
      parties: [
        { name: 'Sequoia Heritage', role: 'lead' }, { name: 'Founders Fund', role: 'lead' },
        { name: 'Ribbit Capital', role: 'lead' }, { name: 'Stripe', role: 'lead' },
      ],
    }],
    note: 'Public record: Wave Series A, September 2021. A company (Stripe) as co-lead.',
  },
  {
    id: 'en-fund-032', lang: 'en', style: 'tech-press', date: '2022-06-14',
    text: 'Parcelry, the New York delivery-software startup, has called off a planned $120 million Series C after its lead investor walked away amid the market downturn, according to an internal memo seen by reporters. The company said it would cut 15% of its staff and stretch its existing cash.',
    deals: [], negative: 'called-off',
    note: 'Fictional.',
  },
  {
    id: 'en-fund-033', lang: 'en', style: 'israel-tech-press', date: '2024-05-07',
    text: 'Wiz has raised $1 billion in a round led by Andreessen Horowitz, Lightspeed Venture Partners and Thrive Capital, valuing the Israeli-founded cloud security company at $12 billion. Sequoia Capital, Index Ventures, Insight Partners, Greenoaks and Cyberstarts also took part.',
    deals: [{
      type: 'funding', target: ['Wiz'], amount: { currency: 'USD', amount: 1_000_000_000 },
      valuation: { currency: 'USD', amount: 12_000_000_000 },
      parties: [
        { name: 'Andreessen Horowitz', role: 'lead' }, { name: 'Lightspeed Venture Partners', role: 'lead' },
        { name: 'Thrive Capital', role: 'lead' }, { name: 'Sequoia Capital', role: 'participant' },
        { name: 'Index Ventures', role: 'participant' }, { name: 'Insight Partners', role: 'participant' },
        { name: 'Greenoaks', role: 'participant' }, { name: 'Cyberstarts', role: 'participant' },
      ],
    }],
    note: 'Public record: Wiz round, May 2024.',
  },
  {
    id: 'en-fund-034', lang: 'en', style: 'european-startup-press', date: '2025-03-04',
    text: 'Paris-based Lumenor, which develops maintenance software for offshore wind farms, is preparing to raise up to €30m in a Series B and has hired an adviser to run the process, the company confirmed. Its chief executive said she expected to close the round before the end of the year.',
    deals: [], negative: 'not-closed',
    note: 'Fictional.',
  },
  {
    id: 'en-fund-035', lang: 'en', style: 'press-release', date: '2024-01-23',
    text: 'AUSTIN, Texas, Jan. 23, 2024 -- Rivetline, the construction payments platform, today announced it has secured a $50 million credit facility from Cedar Fork Bank to expand its early-pay program for subcontractors. The facility adds to the $62 million in equity the company has raised since 2020.',
    deals: [{
      type: 'debt', target: ['Rivetline'], amount: { currency: 'USD', amount: 50_000_000 },
      parties: [{ name: 'Cedar Fork Bank', role: 'participant' }],
    }],
    note: 'Fictional. Equity raised to date is not a deal.',
  },
  {
    id: 'en-fund-036', lang: 'en', style: 'business-daily', date: '2021-07-15',
    text: 'Revolut has raised $800 million in a Series E round led by SoftBank Vision Fund 2 and Tiger Global Management, valuing the London-based fintech at $33 billion and making it Britain’s most valuable private technology company.',
    deals: [{
      type: 'funding', target: ['Revolut'], amount: { currency: 'USD', amount: 800_000_000 }, round: 'Series E',
      valuation: { currency: 'USD', amount: 33_000_000_000 },
      parties: [{ name: 'SoftBank Vision Fund 2', role: 'lead' }, { name: 'Tiger Global Management', role: 'lead' }],
    }],
    note: 'Public record: Revolut Series E, July 2021.',
  },
  {
    id: 'en-fund-037', lang: 'en', style: 'japan-business-press', date: '2023-04-11',
    text: 'Tokyo venture capital firm Hoshizora Partners has completed fundraising for its fourth fund at ¥25 billion, with Japanese banks, insurers and a public pension among its limited partners. The fund will invest in Series A to Series C startups in deep tech and healthcare.',
    deals: [], negative: 'fund-raise',
    note: 'Fictional.',
  },
  {
    id: 'en-fund-038', lang: 'en', style: 'tech-press', date: '2023-09-14',
    text: 'Databricks has raised more than $500 million in a Series I round led by T. Rowe Price Associates, valuing the data and AI company at $43 billion. New investors Capital One Ventures, Ontario Teachers’ Pension Plan and Nvidia joined existing backers including Andreessen Horowitz and Fidelity. The cash comes after Databricks agreed in June to buy generative AI startup MosaicML for $1.3 billion.',
    deals: [
      {
        type: 'funding', target: ['Databricks'], amount: { currency: 'USD', amount: 500_000_000 }, round: 'Series I',
        valuation: { currency: 'USD', amount: 43_000_000_000 },
        parties: [
          { name: 'T. Rowe Price Associates', role: 'lead' }, { name: 'Capital One Ventures', role: 'participant' },
          { name: 'Ontario Teachers’ Pension Plan', role: 'participant' }, { name: 'Nvidia', role: 'participant' },
          { name: 'Andreessen Horowitz', role: 'participant' }, { name: 'Fidelity', role: 'participant' },
        ],
      },
      {
        type: 'acquisition', target: ['MosaicML'], amount: { currency: 'USD', amount: 1_300_000_000 },
        parties: [{ name: 'Databricks', role: 'acquirer' }], date: '2023-06',
      },
    ],
    note: 'Public record: Databricks Series I (September 2023) and the MosaicML deal (June 2023).',
  },
  {
    id: 'en-fund-039', lang: 'en', style: 'latam-tech-press', date: '2022-01-18',
    text: 'Mexican fintech Pagafácil is in discussions with investors over a round that could value it at $1.5 billion to $2 billion, according to two people with knowledge of the talks. The startup hopes to raise about US$150 million, one of them said, though the size and timing have not been settled.',
    deals: [], negative: 'rumour',
    note: 'Fictional.',
  },
  {
    id: 'en-fund-040', lang: 'en', style: 'canada-business-press', date: '2024-07-22',
    text: 'Toronto-based Cohere has raised US$500 million in a Series D round led by the Public Sector Pension Investment Board, better known as PSP Investments, valuing the artificial intelligence company at US$5.5 billion. Cisco Systems, AMD Ventures, Fujitsu and Export Development Canada also invested.',
    deals: [{
      type: 'funding', target: ['Cohere'], amount: { currency: 'USD', amount: 500_000_000 }, round: 'Series D',
      valuation: { currency: 'USD', amount: 5_500_000_000 },
      parties: [
        { name: 'Public Sector Pension Investment Board', role: 'lead' }, { name: 'Cisco Systems', role: 'participant' },
        { name: 'AMD Ventures', role: 'participant' }, { name: 'Fujitsu', role: 'participant' },
        { name: 'Export Development Canada', role: 'participant' },
      ],
    }],
    note: 'Public record: Cohere Series D, July 2024. The lead is also named "PSP Investments".',
  },
  {
    id: 'en-fund-041', lang: 'en', style: 'wire', date: '2024-08-07',
    text: 'SYDNEY, Aug 7 (Reuters) - Shares of Kestrel Pay fell as much as 18% on Wednesday, their steepest one-day drop since the buy now, pay later firm listed in 2021, after it cut its full-year forecast for transaction volumes.',
    deals: [], negative: 'share-move',
    note: 'Fictional.',
  },
  {
    id: 'en-fund-042', lang: 'en', style: 'hk-press', date: '2023-10-17',
    text: 'Hong Kong insurtech Bauhinia Cover has completed a HK$156 million Series B round anchored by Victoria Harbour Capital, with Kowloon Tech Fund, Peak Road Partners and an unnamed family office also participating.',
    deals: [{
      type: 'funding', target: ['Bauhinia Cover'], amount: { currency: 'HKD', amount: 156_000_000 }, round: 'Series B',
      parties: [
        { name: 'Victoria Harbour Capital', role: 'lead' }, { name: 'Kowloon Tech Fund', role: 'participant' },
        { name: 'Peak Road Partners', role: 'participant' },
      ],
    }],
    note: 'Fictional. "anchored by" → lead; the unnamed family office is no party.',
  },
  {
    id: 'en-fund-043', lang: 'en', style: 'tech-press', date: '2021-08-30',
    text: 'Since its founding in 2017, Halcyon Robotics has raised $210 million from investors including Granite Arch Ventures and Bellwether Fund, and it now employs 340 people across Pittsburgh and Austin, where it builds picking arms for warehouses.',
    deals: [], negative: 'other',
    note: 'Fictional. Total raised to date; no new round.',
  },
  {
    id: 'en-fund-044', lang: 'en', style: 'wire', date: '2024-10-03',
    text: 'Oct 3 (Reuters) - OpenAI said on Thursday it had secured a $4 billion revolving credit facility from JPMorgan Chase, Citi, Goldman Sachs, Morgan Stanley, Santander, Wells Fargo, SMBC, UBS and HSBC, a day after it closed a $6.6 billion funding round that values it at $157 billion. That round was led by Thrive Capital, with Microsoft, Nvidia and SoftBank among the participants.',
    deals: [
      {
        type: 'debt', target: ['OpenAI'], amount: { currency: 'USD', amount: 4_000_000_000 },
        parties: [
          { name: 'JPMorgan Chase', role: 'participant' }, { name: 'Citi', role: 'participant' },
          { name: 'Goldman Sachs', role: 'participant' }, { name: 'Morgan Stanley', role: 'participant' },
          { name: 'Santander', role: 'participant' }, { name: 'Wells Fargo', role: 'participant' },
          { name: 'SMBC', role: 'participant' }, { name: 'UBS', role: 'participant' }, { name: 'HSBC', role: 'participant' },
        ],
      },
      {
        type: 'funding', target: ['OpenAI'], amount: { currency: 'USD', amount: 6_600_000_000 },
        valuation: { currency: 'USD', amount: 157_000_000_000 },
        parties: [
          { name: 'Thrive Capital', role: 'lead' }, { name: 'Microsoft', role: 'participant' },
          { name: 'Nvidia', role: 'participant' }, { name: 'SoftBank', role: 'participant' },
        ],
      },
    ],
    note: 'Public record: OpenAI round (October 2, 2024) and credit facility (October 3, 2024). Same month, so no deal date.',
  },
  {
    id: 'en-fund-045', lang: 'en', style: 'swiss-business-press', date: '2022-11-09',
    text: 'Zurich-based Glacis Robotics, a university spin-off that builds inspection drones for railway tunnels, has raised CHF 14 million in a Series A financing round. Limmat Capital led the round; Zugerberg Ventures, the Alpenhorn Foundation and several business angels from the founders’ network joined.',
    deals: [{
      type: 'funding', target: ['Glacis Robotics'], amount: { currency: 'CHF', amount: 14_000_000 }, round: 'Series A',
      parties: [
        { name: 'Limmat Capital', role: 'lead' }, { name: 'Zugerberg Ventures', role: 'participant' },
        { name: 'Alpenhorn Foundation', role: 'participant' },
      ],
    }],
    note: 'Fictional.',
  },
  {
    id: 'en-fund-046', lang: 'en', style: 'business-daily', date: '2024-05-03',
    text: 'Apple authorised a record $110 billion share buyback on Thursday and lifted its quarterly dividend by 4%, sending its shares up about 6% in after-hours trading despite a drop in iPhone sales.',
    deals: [], negative: 'buyback',
    note: 'Public record: May 2, 2024.',
  },
  {
    id: 'en-fund-047', lang: 'en', style: 'fintech-trade-press', date: '2025-04-15',
    text: 'Cardiff-based open-banking provider Penarth Pay closed a £9.5m Series A last month, led by Severn Bridge Capital and joined by Mumbles Ventures and Old Lantern Partners, it said on Tuesday. The round takes its total funding to £14m.',
    deals: [{
      type: 'funding', target: ['Penarth Pay'], amount: { currency: 'GBP', amount: 9_500_000 }, round: 'Series A',
      parties: [
        { name: 'Severn Bridge Capital', role: 'lead' }, { name: 'Mumbles Ventures', role: 'participant' },
        { name: 'Old Lantern Partners', role: 'participant' },
      ],
      date: '2025-03',
    }],
    note: 'Fictional. "last month" against April 2025; £14m is the total, not the round.',
  },
  {
    id: 'en-fund-048', lang: 'en', style: 'sea-deal-press', date: '2024-02-26',
    text: 'Vietnamese e-commerce enabler Sao Mai Commerce is in talks with Japanese trading houses about a strategic investment of up to $50 million, its founder told reporters in Ho Chi Minh City, adding that no agreement had been reached.',
    deals: [], negative: 'talks',
    note: 'Fictional.',
  },
  {
    id: 'en-fund-049', lang: 'en', style: 'wire', date: '2022-07-11',
    text: 'STOCKHOLM, July 11 (Reuters) - Klarna said on Monday it had raised $800 million in a round that values the buy now, pay later firm at $6.7 billion, a fraction of the $45.6 billion it was worth a year ago. Sequoia Capital, Silver Lake, Heartland, Mubadala and Commonwealth Bank of Australia were among the investors.',
    deals: [{
      type: 'funding', target: ['Klarna'], amount: { currency: 'USD', amount: 800_000_000 },
      valuation: { currency: 'USD', amount: 6_700_000_000 },
      parties: [
        { name: 'Sequoia Capital', role: 'participant' }, { name: 'Silver Lake', role: 'participant' },
        { name: 'Heartland', role: 'participant' }, { name: 'Mubadala', role: 'participant' },
        { name: 'Commonwealth Bank of Australia', role: 'participant' },
      ],
    }],
    note: 'Public record: Klarna round, July 2022. The earlier $45.6 billion is a past valuation, not this deal.',
  },
  {
    id: 'en-fund-050', lang: 'en', style: 'vc-blog', date: '2019-09-12',
    text: 'Today we’re excited to share that Juniper Row Capital has closed Fund III at $180 million, oversubscribed and above our $150 million target. As with our earlier funds, we’ll lead seed and Series A rounds in vertical software, writing first checks of $2 million to $5 million.',
    deals: [], negative: 'fund-raise',
    note: 'Fictional.',
  },
  {
    id: 'en-fund-051', lang: 'en', style: 'japan-business-press', date: '2022-12-21',
    text: 'Osaka-based Kuroshio Medical, which develops AI software that reads endoscopy images, listed on the Tokyo Stock Exchange’s Growth market on Wednesday, raising ¥4.8 billion in its initial public offering. The company had raised ¥2.1 billion in a Series C round in March 2021 from investors including Naniwa Capital and Dojima Ventures.',
    deals: [
      { type: 'ipo', target: ['Kuroshio Medical'], amount: { currency: 'JPY', amount: 4_800_000_000 }, parties: [] },
      {
        type: 'funding', target: ['Kuroshio Medical'], amount: { currency: 'JPY', amount: 2_100_000_000 }, round: 'Series C',
        parties: [{ name: 'Naniwa Capital', role: 'participant' }, { name: 'Dojima Ventures', role: 'participant' }],
        date: '2021-03',
      },
    ],
    note: 'Fictional. An IPO and an earlier dated round.',
  },
  {
    id: 'en-fund-052', lang: 'en', style: 'tech-press', date: '2024-02-29',
    text: 'Figure AI, a startup building humanoid robots, has raised $675 million in a Series B round at a $2.6 billion valuation from a roster of tech heavyweights: Microsoft, the OpenAI Startup Fund, Nvidia, Jeff Bezos, Intel Capital and the Amazon Industrial Innovation Fund. Figure also signed an agreement with OpenAI to develop AI models for its robots.',
    deals: [{
      type: 'funding', target: ['Figure AI', 'Figure'], amount: { currency: 'USD', amount: 675_000_000 }, round: 'Series B',
      valuation: { currency: 'USD', amount: 2_600_000_000 },
      parties: [
        { name: 'Microsoft', role: 'participant' }, { name: 'OpenAI Startup Fund', role: 'participant' },
        { name: 'Nvidia', role: 'participant' }, { name: 'Jeff Bezos', role: 'participant' },
        { name: 'Intel Capital', role: 'participant' }, { name: 'Amazon Industrial Innovation Fund', role: 'participant' },
      ],
    }],
    note: 'Public record: Figure Series B, February 2024. OpenAI is a partner, not an investor (its Startup Fund is).',
  },
  {
    id: 'en-fund-053', lang: 'en', style: 'india-business-press', date: '2023-07-04',
    text: 'Edtech firm Padhai Plus on Monday dismissed media reports that it was raising ₹800 crore from a West Asian sovereign fund, calling them speculative. The company said it had no plans to raise capital in the current financial year.',
    deals: [], negative: 'denial',
    note: 'Fictional.',
  },
  {
    id: 'en-fund-054', lang: 'en', style: 'africa-tech-press', date: '2021-09-07',
    text: 'Andela, which connects companies with software engineers in Africa and elsewhere, has raised $200 million in a Series E round led by SoftBank Vision Fund 2, lifting its valuation to $1.5 billion. Existing investors also took part, the company said.',
    deals: [{
      type: 'funding', target: ['Andela'], amount: { currency: 'USD', amount: 200_000_000 }, round: 'Series E',
      valuation: { currency: 'USD', amount: 1_500_000_000 },
      parties: [{ name: 'SoftBank Vision Fund 2', role: 'lead' }],
    }],
    note: 'Public record: Andela Series E, September 2021. Unnamed existing investors are no party.',
  },
  {
    id: 'en-fund-055', lang: 'en', style: 'africa-tech-press', date: '2023-03-14',
    text: 'This week in African tech: Nairobi-based Mkulima Hub raised $7.5 million in seed funding co-led by Savanna Seed Fund and Tsavo Capital, and Egypt’s Rahal, a used-car marketplace, closed a $22 million Series A extension with participation from Nile Delta Ventures, Giza Growth Partners, Lotus Angels, Alexandria Fund and Sinai Capital.',
    deals: [
      {
        type: 'funding', target: ['Mkulima Hub'], amount: { currency: 'USD', amount: 7_500_000 }, round: 'seed',
        parties: [{ name: 'Savanna Seed Fund', role: 'lead' }, { name: 'Tsavo Capital', role: 'lead' }],
      },
      {
        type: 'funding', target: ['Rahal'], amount: { currency: 'USD', amount: 22_000_000 }, round: 'Series A extension',
        parties: [
          { name: 'Nile Delta Ventures', role: 'participant' }, { name: 'Giza Growth Partners', role: 'participant' },
          { name: 'Lotus Angels', role: 'participant' }, { name: 'Alexandria Fund', role: 'participant' },
          { name: 'Sinai Capital', role: 'participant' },
        ],
      },
    ],
    note: 'Fictional. Roundup with two rounds.',
  },
  {
    id: 'en-fund-056', lang: 'en', style: 'latam-tech-press', date: '2022-10-05',
    text: 'São Paulo-based Ipê Ventures has closed its third fund at R$600 million, the largest early-stage vehicle raised by a Brazilian firm this year, and plans to back about 30 companies at the seed and Series A stages.',
    deals: [], negative: 'fund-raise',
    note: 'Fictional.',
  },
  {
    id: 'en-fund-057', lang: 'en', style: 'india-business-press', date: '2024-01-26',
    text: 'Ola founder Bhavish Aggarwal’s AI startup Krutrim has raised $50 million in a round led by Matrix Partners India, valuing it at $1 billion and making it the country’s first AI unicorn.',
    deals: [{
      type: 'funding', target: ['Krutrim'], amount: { currency: 'USD', amount: 50_000_000 },
      valuation: { currency: 'USD', amount: 1_000_000_000 },
      parties: [{ name: 'Matrix Partners India', role: 'lead' }],
    }],
    note: 'Public record: Krutrim round, January 2024. The founder and Ola are no party.',
  },
  {
    id: 'en-fund-058', lang: 'en', style: 'wire', date: '2025-06-10',
    text: 'NEW YORK, June 10 (Reuters) - Artificial intelligence startup Loomstack is raising money at a valuation of about $4 billion, roughly double what investors paid in January, according to three people familiar with the matter. The round could be led by Everline Capital, one of the people said, though talks are ongoing and terms may change.',
    deals: [], negative: 'rumour',
    note: 'Fictional.',
  },
  {
    id: 'en-fund-059', lang: 'en', style: 'australia-tech-press', date: '2023-08-16',
    text: 'Sydney-based Wattle Health Systems, which makes remote-monitoring software for aged care, has raised an A$6 million Series A extension from Coral Sea Partners, five months after closing an A$18 million Series A in March. That round was led by Southern Cross Growth, with Banksia Capital and Murray River Ventures participating.',
    deals: [
      {
        type: 'funding', target: ['Wattle Health Systems'], amount: { currency: 'AUD', amount: 6_000_000 },
        round: 'Series A extension', parties: [{ name: 'Coral Sea Partners', role: 'participant' }],
      },
      {
        type: 'funding', target: ['Wattle Health Systems'], amount: { currency: 'AUD', amount: 18_000_000 }, round: 'Series A',
        parties: [
          { name: 'Southern Cross Growth', role: 'lead' }, { name: 'Banksia Capital', role: 'participant' },
          { name: 'Murray River Ventures', role: 'participant' },
        ],
        date: '2023-03',
      },
    ],
    note: 'Fictional. An extension now and the dated round it extends.',
  },
  {
    id: 'en-fund-060', lang: 'en', style: 'business-daily', date: '2020-02-11',
    text: 'Scooter-rental startup Zipwheel has agreed to pay $12 million to settle a lawsuit brought by early investor Tidewater Capital, which accused the company of misleading shareholders about its finances before its Series C. Zipwheel did not admit wrongdoing.',
    deals: [], negative: 'settlement',
    note: 'Fictional.',
  },
  {
    id: 'en-fund-061', lang: 'en', style: 'india-business-press', date: '2022-05-17',
    text: 'Kalpa Capital and Meridian Arc have lined up alongside other investors to infuse $40 million into Bengaluru-based B2B marketplace Udyogkart, according to regulatory filings. The startup’s board has passed a special resolution to allot Series C preference shares to the investors, the filings show.',
    deals: [{
      type: 'funding', target: ['Udyogkart'], amount: { currency: 'USD', amount: 40_000_000 }, round: 'Series C',
      parties: [{ name: 'Kalpa Capital', role: 'participant' }, { name: 'Meridian Arc', role: 'participant' }],
    }],
    note: 'Fictional. Investors named before the target; an allotment shown in filings is a done deal.',
  },
  {
    id: 'en-fund-062', lang: 'en', style: 'tech-press', date: '2024-05-21',
    text: 'Scale AI has raised $1 billion in a Series F round led by Accel, valuing the data-labelling startup at $13.8 billion. Amazon and Meta came in as new investors, while Y Combinator, Nvidia, Index Ventures, Founders Fund, Coatue, Thrive Capital and Tiger Global returned.',
    deals: [{
      type: 'funding', target: ['Scale AI'], amount: { currency: 'USD', amount: 1_000_000_000 }, round: 'Series F',
      valuation: { currency: 'USD', amount: 13_800_000_000 },
      parties: [
        { name: 'Accel', role: 'lead' }, { name: 'Amazon', role: 'participant' }, { name: 'Meta', role: 'participant' },
        { name: 'Y Combinator', role: 'participant' }, { name: 'Nvidia', role: 'participant' },
        { name: 'Index Ventures', role: 'participant' }, { name: 'Founders Fund', role: 'participant' },
        { name: 'Coatue', role: 'participant' }, { name: 'Thrive Capital', role: 'participant' },
        { name: 'Tiger Global', role: 'participant' },
      ],
    }],
    note: 'Public record: Scale AI Series F, May 2024.',
  },
  {
    id: 'en-fund-063', lang: 'en', style: 'japan-business-press', date: '2024-11-20',
    text: 'Fukuoka-based Hakata Mobility plans to raise about ¥3 billion by next spring to take its on-demand bus service to ten more cities, president Kenji Morita said in an interview, adding that talks with regional banks and corporate investors had begun.',
    deals: [], negative: 'not-closed',
    note: 'Fictional.',
  },
  {
    id: 'en-fund-064', lang: 'en', style: 'fintech-trade-press', date: '2023-12-05',
    text: 'Amsterdam-based treasury platform Graftwerk has raised €18m in a Series B extension led by Keizersgracht Capital, bringing its total Series B to €48m. Returning backers include Dijkstra Ventures and Noorderlicht Partners.',
    deals: [{
      type: 'funding', target: ['Graftwerk'], amount: { currency: 'EUR', amount: 18_000_000 }, round: 'Series B extension',
      parties: [
        { name: 'Keizersgracht Capital', role: 'lead' }, { name: 'Dijkstra Ventures', role: 'participant' },
        { name: 'Noorderlicht Partners', role: 'participant' },
      ],
    }],
    note: 'Fictional. The extension is the deal; €48m is the round’s running total.',
  },
  {
    id: 'en-fund-065', lang: 'en', style: 'fintech-trade-press', date: '2021-01-13',
    text: 'Visa and Plaid have called off their $5.3 billion deal after the U.S. Justice Department sued to block it, arguing that Visa was trying to snuff out a nascent rival in online debit payments.',
    deals: [], negative: 'called-off',
    note: 'Public record: January 12, 2021.',
  },
  {
    id: 'en-fund-066', lang: 'en', style: 'israel-tech-press', date: '2022-06-21',
    text: 'Haifa-based Carmelon, which develops photonic chips for data-centre interconnects, has raised $45 million in a Series B round and bought Jerusalem-based optical packaging startup Lumio Labs. Negev Deep Tech Fund led the investment; Galil Partners, Arava Ventures, Yarkon Capital and angel investor Noa Shaked are also backing the company.',
    deals: [
      {
        type: 'funding', target: ['Carmelon'], amount: { currency: 'USD', amount: 45_000_000 }, round: 'Series B',
        parties: [
          { name: 'Negev Deep Tech Fund', role: 'lead' }, { name: 'Galil Partners', role: 'participant' },
          { name: 'Arava Ventures', role: 'participant' }, { name: 'Yarkon Capital', role: 'participant' },
          { name: 'Noa Shaked', role: 'participant' },
        ],
      },
      { type: 'acquisition', target: ['Lumio Labs'], parties: [{ name: 'Carmelon', role: 'acquirer' }] },
    ],
    note: 'Fictional. Investors named in the next sentence.',
  },
  {
    id: 'en-fund-067', lang: 'en', style: 'business-daily', date: '2024-03-27',
    text: 'Shares in Marlowe Foods closed 22% above their offer price on their second day of trading in New York, giving the plant-based snack maker a market capitalization of about $3.1 billion.',
    deals: [], negative: 'share-move',
    note: 'Fictional.',
  },
  {
    id: 'en-fund-068', lang: 'en', style: 'nordic-startup-press', date: '2024-04-09',
    text: 'Stockholm-based Fjällgrid, which sells battery-storage software to utilities, has raised SEK 310 million in a Series B led by Skärgård Capital, with Vasa Growth and Öresund Ventures also participating. Part of the money will pay for Fjällgrid’s purchase of Finnish grid-analytics startup Sähkö Labs, which it announced on Tuesday.',
    deals: [
      {
        type: 'funding', target: ['Fjällgrid'], amount: { currency: 'SEK', amount: 310_000_000 }, round: 'Series B',
        parties: [
          { name: 'Skärgård Capital', role: 'lead' }, { name: 'Vasa Growth', role: 'participant' },
          { name: 'Öresund Ventures', role: 'participant' },
        ],
      },
      { type: 'acquisition', target: ['Sähkö Labs'], parties: [{ name: 'Fjällgrid', role: 'acquirer' }] },
    ],
    note: 'Fictional.',
  },
  {
    id: 'en-fund-069', lang: 'en', style: 'european-startup-press', date: '2023-09-28',
    text: 'Munich drone maker Isarflug is in early talks with investors, including at least one sovereign wealth fund, about raising as much as €200m, according to a person close to the company. A spokesperson declined to comment.',
    deals: [], negative: 'talks',
    note: 'Fictional.',
  },
  {
    id: 'en-fund-070', lang: 'en', style: 'tech-press', date: '2023-08-24',
    text: 'Hugging Face has raised $235 million in a Series D round led by Salesforce Ventures at a $4.5 billion valuation, more than double what the AI model-sharing platform was worth in May 2022. Google, Amazon, Nvidia, AMD, Intel, IBM and Qualcomm also took part.',
    deals: [{
      type: 'funding', target: ['Hugging Face'], amount: { currency: 'USD', amount: 235_000_000 }, round: 'Series D',
      valuation: { currency: 'USD', amount: 4_500_000_000 },
      parties: [
        { name: 'Salesforce Ventures', role: 'lead' }, { name: 'Google', role: 'participant' },
        { name: 'Amazon', role: 'participant' }, { name: 'Nvidia', role: 'participant' }, { name: 'AMD', role: 'participant' },
        { name: 'Intel', role: 'participant' }, { name: 'IBM', role: 'participant' }, { name: 'Qualcomm', role: 'participant' },
      ],
    }],
    note: 'Public record: Hugging Face Series D, August 2023. May 2022 dates an earlier valuation, not this deal.',
  },
  {
    id: 'en-fund-071', lang: 'en', style: 'india-business-press', date: '2023-05-16',
    text: 'Zerodha, India’s largest stockbroker by active clients, has never raised outside capital, and co-founder Nithin Kamath has said repeatedly that the company has no plans to list. The bootstrapped firm reported a profit of more than ₹2,000 crore for the last financial year.',
    deals: [], negative: 'other',
    note: 'Public record: Zerodha is bootstrapped.',
  },
  {
    id: 'en-fund-072', lang: 'en', style: 'sea-deal-press', date: '2024-09-03',
    text: 'Manila-based digital lender Bayani Credit has raised US$25 million in Series B equity co-led by Luzon Ventures and Visayas Partners, and has drawn the first tranche of a US$40 million debt facility provided by Mindanao Structured Credit.',
    deals: [
      {
        type: 'funding', target: ['Bayani Credit'], amount: { currency: 'USD', amount: 25_000_000 }, round: 'Series B',
        parties: [{ name: 'Luzon Ventures', role: 'lead' }, { name: 'Visayas Partners', role: 'lead' }],
      },
      {
        type: 'debt', target: ['Bayani Credit'], amount: { currency: 'USD', amount: 40_000_000 },
        parties: [{ name: 'Mindanao Structured Credit', role: 'participant' }],
      },
    ],
    note: 'Fictional. Equity plus debt.',
  },
  {
    id: 'en-fund-073', lang: 'en', style: 'business-daily', date: '2023-02-14',
    text: 'Investment firm Carrow Asset Management has cut the value of its stake in grocery-delivery startup Fetchly by 40%, implying a valuation of about $2.4 billion, according to a regulatory filing. Private investors valued the company at $4 billion at its peak.',
    deals: [], negative: 'market-value',
    note: 'Fictional. A markdown of a holding; no round.',
  },
  {
    id: 'en-fund-074', lang: 'en', style: 'india-business-press', date: '2021-07-23',
    text: 'Food delivery company Zomato made a blockbuster stock market debut on Friday, listing at a 53% premium to its issue price after its ₹9,375 crore initial public offering drew bids for 38 times the shares on offer.',
    deals: [{ type: 'ipo', target: ['Zomato'], amount: { currency: 'INR', amount: 93_750_000_000 }, parties: [] }],
    note: 'Public record: Zomato IPO, July 2021. ₹9,375 crore = 93.75 billion rupees.',
  },
  {
    id: 'en-fund-075', lang: 'en', style: 'latam-tech-press', date: '2021-10-12',
    text: 'Chilean proptech Arriendo Ya has opened a Series A of US$20 million to US$25 million, with chief executive Valentina Rojas telling local press that about half has already been committed by investors she declined to name. The company expects to close the round in the first quarter.',
    deals: [], negative: 'not-closed',
    note: 'Fictional.',
  },
  {
    id: 'en-fund-076', lang: 'en', style: 'latam-tech-press', date: '2022-08-23',
    text: 'Buenos Aires-based Tango Ledger, which sells accounting software to small shops, said it raised between US$20 million and US$25 million in a Series B co-led by Pampa Capital and Cono Sur Ventures, declining to give an exact figure.',
    deals: [{
      type: 'funding', target: ['Tango Ledger'], amount: { currency: 'USD', amount: 20_000_000, amountMax: 25_000_000 },
      round: 'Series B',
      parties: [{ name: 'Pampa Capital', role: 'lead' }, { name: 'Cono Sur Ventures', role: 'lead' }],
    }],
    note: 'Fictional. A stated range.',
  },
  {
    id: 'en-fund-077', lang: 'en', style: 'wire', date: '2023-09-14',
    text: 'NEW YORK, Sept 14 (Reuters) - Shares of Arm Holdings jumped about 25% in their Nasdaq debut on Thursday, after the SoftBank-owned chip designer raised $4.87 billion in the year’s biggest initial public offering by pricing its shares at $51 each.',
    deals: [{ type: 'ipo', target: ['Arm Holdings'], amount: { currency: 'USD', amount: 4_870_000_000 }, parties: [] }],
    note: 'Public record: Arm IPO, September 2023. $51 is a share price; "SoftBank-owned" names the owner, not a party.',
  },
  {
    id: 'en-fund-078', lang: 'en', style: 'africa-tech-press', date: '2019-11-07',
    text: 'Nairobi-based WaterSense won the $1 million top prize at the Global Climate Pitch in Lisbon on Wednesday, beating 600 other startups. The prize money comes with no equity attached, founder Amina Wekesa said.',
    deals: [], negative: 'other',
    note: 'Fictional. A prize, not an investment.',
  },
  {
    id: 'en-fund-079', lang: 'en', style: 'european-startup-press', date: '2023-06-13',
    text: 'Paris-based Mistral AI, barely a month old and founded by alumni of DeepMind and Meta, has raised a €105m seed round led by Lightspeed Venture Partners at a €240m valuation. Redpoint, Index Ventures, Xavier Niel, JCDecaux Holding, Bpifrance and former Google chief executive Eric Schmidt also invested.',
    deals: [{
      type: 'funding', target: ['Mistral AI'], amount: { currency: 'EUR', amount: 105_000_000 }, round: 'seed',
      valuation: { currency: 'EUR', amount: 240_000_000 },
      parties: [
        { name: 'Lightspeed Venture Partners', role: 'lead' }, { name: 'Redpoint', role: 'participant' },
        { name: 'Index Ventures', role: 'participant' }, { name: 'Xavier Niel', role: 'participant' },
        { name: 'JCDecaux Holding', role: 'participant' }, { name: 'Bpifrance', role: 'participant' },
        { name: 'Eric Schmidt', role: 'participant' },
      ],
    }],
    note: 'Public record: Mistral AI seed, June 2023. DeepMind, Meta and Google are the founders’ and investor’s past employers.',
  },
  {
    id: 'en-fund-080', lang: 'en', style: 'uk-regional-press', date: '2021-04-20',
    text: 'Edinburgh craft-gin maker Leith Still has launched an equity crowdfunding campaign seeking £1.5m, offering investors about 9% of the business. The raise will stay open for 30 days.',
    deals: [], negative: 'not-closed',
    note: 'Fictional.',
  },
  {
    id: 'en-fund-081', lang: 'en', style: 'business-daily', date: '2024-03-21',
    text: 'Reddit raised $748 million in its initial public offering after pricing its shares at $34, the top of the marketed range, valuing the social media company at about $6.4 billion. The stock starts trading on the New York Stock Exchange on Thursday under the ticker RDDT.',
    deals: [{
      type: 'ipo', target: ['Reddit'], amount: { currency: 'USD', amount: 748_000_000 },
      valuation: { currency: 'USD', amount: 6_400_000_000 }, parties: [],
    }],
    note: 'Public record: Reddit IPO, March 2024.',
  },
  {
    id: 'en-fund-082', lang: 'en', style: 'israel-tech-press', date: '2021-06-22',
    text: 'Israeli insurtech Bituach Next is said to be close to raising $100 million at a valuation above $1 billion, according to a report on Tuesday that cited unnamed sources. The company declined to comment.',
    deals: [], negative: 'rumour',
    note: 'Fictional.',
  },
  {
    id: 'en-fund-083', lang: 'en', style: 'sea-deal-press', date: '2019-05-21',
    text: 'Bangkok-based meal-kit startup Khao Box has disclosed a US$3 million seed round that it closed in November, led by Thai angel investor Somchai Wattanakul, with Chao Phraya Ventures and Ayutthaya Capital taking part.',
    deals: [{
      type: 'funding', target: ['Khao Box'], amount: { currency: 'USD', amount: 3_000_000 }, round: 'seed',
      parties: [
        { name: 'Somchai Wattanakul', role: 'lead' }, { name: 'Chao Phraya Ventures', role: 'participant' },
        { name: 'Ayutthaya Capital', role: 'participant' },
      ],
      date: '2018-11',
    }],
    note: 'Fictional. A person leads; "in November" against May 2019 is November 2018.',
  },
  {
    id: 'en-fund-084', lang: 'en', style: 'tech-press', date: '2021-11-16',
    text: 'Two weeks after closing a $15 million bridge round from existing investors Gardner Peak and Holloway Ventures, grid-software startup Mesa Grid has agreed to be acquired by Arcturus Power for $210 million in cash and stock.',
    deals: [
      {
        type: 'funding', target: ['Mesa Grid'], amount: { currency: 'USD', amount: 15_000_000 }, round: 'bridge',
        parties: [{ name: 'Gardner Peak', role: 'participant' }, { name: 'Holloway Ventures', role: 'participant' }],
      },
      {
        type: 'acquisition', target: ['Mesa Grid'], amount: { currency: 'USD', amount: 210_000_000 },
        parties: [{ name: 'Arcturus Power', role: 'acquirer' }],
      },
    ],
    note: 'Fictional. A bridge round, then a sale.',
  },
  {
    id: 'en-fund-085', lang: 'en', style: 'india-business-press', date: '2024-08-13',
    text: 'Mumbai-based early-stage investor Ganga Venture Partners has announced the final close of its second fund at ₹1,100 crore, ahead of its ₹900 crore target, with anchor commitments from a state-backed fund of funds and several family offices.',
    deals: [], negative: 'fund-raise',
    note: 'Fictional. "anchor" here is about the VC firm’s own fund.',
  },
  {
    id: 'en-fund-086', lang: 'en', style: 'press-release', date: '2022-09-27',
    text: 'NEW YORK, Sept. 27, 2022 -- Lattice Harbor, the compliance automation platform for community banks, today announced a $72 million growth round led by Greyhaven Partners. New investors Stonebridge Fintech Fund, Alder Capital and Wyeth Lane joined existing investors including Copperline Ventures, Oxbend Partners, Brightwater Growth Partners, Hatteras Ventures and Sable Point Capital.',
    deals: [{
      type: 'funding', target: ['Lattice Harbor'], amount: { currency: 'USD', amount: 72_000_000 }, round: 'growth',
      parties: [
        { name: 'Greyhaven Partners', role: 'lead' }, { name: 'Stonebridge Fintech Fund', role: 'participant' },
        { name: 'Alder Capital', role: 'participant' }, { name: 'Wyeth Lane', role: 'participant' },
        { name: 'Copperline Ventures', role: 'participant' }, { name: 'Oxbend Partners', role: 'participant' },
        { name: 'Brightwater Growth Partners', role: 'participant' }, { name: 'Hatteras Ventures', role: 'participant' },
        { name: 'Sable Point Capital', role: 'participant' },
      ],
    }],
    note: 'Fictional. Nine investors.',
  },
  {
    id: 'en-fund-087', lang: 'en', style: 'business-daily', date: '2024-12-03',
    text: 'Grocery-delivery company Basketful is in early discussions with private equity firms about selling a minority stake, a move that could value the business at around $1.8 billion including debt, people familiar with the matter said.',
    deals: [], negative: 'talks',
    note: 'Fictional.',
  },
  {
    id: 'en-fund-088', lang: 'en', style: 'africa-tech-press', date: '2024-10-29',
    text: 'Nigerian fintech Moniepoint has raised more than $110 million in a Series C round led by Development Partners International, pushing its valuation past $1 billion. The Google Africa Investment Fund, Verod Capital and Lightrock also participated.',
    deals: [{
      type: 'funding', target: ['Moniepoint'], amount: { currency: 'USD', amount: 110_000_000 }, round: 'Series C',
      valuation: { currency: 'USD', amount: 1_000_000_000 },
      parties: [
        { name: 'Development Partners International', role: 'lead' }, { name: 'Google Africa Investment Fund', role: 'participant' },
        { name: 'Verod Capital', role: 'participant' }, { name: 'Lightrock', role: 'participant' },
      ],
    }],
    note: 'Public record: Moniepoint Series C, October 2024.',
  },
  {
    id: 'en-fund-089', lang: 'en', style: 'european-startup-press', date: '2022-04-27',
    text: 'Lisbon-based Marés Software said sales rose 80% to €46m last year and that it made its first annual operating profit, adding that it would not need to raise a Series C before 2024.',
    deals: [], negative: 'revenue',
    note: 'Fictional.',
  },
  {
    id: 'en-fund-090', lang: 'en', style: 'business-daily', date: '2025-03-18',
    text: 'Alphabet agreed on Tuesday to buy cloud security start-up Wiz for $32bn in cash, the biggest acquisition in its history. Wiz was valued at $12bn when it raised $1bn last May in a round led by Andreessen Horowitz, Lightspeed Venture Partners and Thrive Capital.',
    deals: [
      {
        type: 'acquisition', target: ['Wiz'], amount: { currency: 'USD', amount: 32_000_000_000 },
        parties: [{ name: 'Alphabet', role: 'acquirer' }],
      },
      {
        type: 'funding', target: ['Wiz'], amount: { currency: 'USD', amount: 1_000_000_000 },
        valuation: { currency: 'USD', amount: 12_000_000_000 },
        parties: [
          { name: 'Andreessen Horowitz', role: 'lead' }, { name: 'Lightspeed Venture Partners', role: 'lead' },
          { name: 'Thrive Capital', role: 'lead' },
        ],
        date: '2024-05',
      },
    ],
    note: 'Public record: Alphabet–Wiz agreement (March 2025) and Wiz’s May 2024 round. "last May" against March 2025.',
  },
  {
    id: 'en-fund-091', lang: 'en', style: 'israel-tech-press', date: '2024-07-23',
    text: 'Wiz has walked away from talks over a $23 billion takeover by Google parent Alphabet, chief executive Assaf Rappaport told staff, saying the company would work toward an initial public offering instead.',
    deals: [], negative: 'called-off',
    note: 'Public record: July 2024.',
  },
  {
    id: 'en-fund-092', lang: 'en', style: 'india-business-press', date: '2023-11-28',
    text: 'Lalbagh Capital-backed fintech startup Paisaflow has raised $18 million in a Series A round led by Deccan Growth Partners, with participation from Cauvery Ventures.',
    deals: [{
      type: 'funding', target: ['Paisaflow'], amount: { currency: 'USD', amount: 18_000_000 }, round: 'Series A',
      parties: [{ name: 'Deccan Growth Partners', role: 'lead' }, { name: 'Cauvery Ventures', role: 'participant' }],
    }],
    note: 'Fictional. "Lalbagh Capital-backed" names an existing backer not said to be in this round: no party.',
  },
  {
    id: 'en-fund-093', lang: 'en', style: 'tech-press', date: '2020-07-14',
    text: 'Harborview-backed Quillpad, which makes note-taking software for lawyers, has raised $32 million in a Series B led by Tamarack Growth at a $180 million pre-money valuation. Harborview Ventures also doubled down, putting in its full pro rata share.',
    deals: [{
      type: 'funding', target: ['Quillpad'], amount: { currency: 'USD', amount: 32_000_000 }, round: 'Series B',
      valuation: { currency: 'USD', amount: 180_000_000, basis: 'pre' },
      parties: [{ name: 'Tamarack Growth', role: 'lead' }, { name: 'Harborview Ventures', role: 'participant' }],
    }],
    note: 'Fictional. The existing backer is a party because the text says it invested in this round.',
  },
  {
    id: 'en-fund-094', lang: 'en', style: 'japan-business-press', date: '2021-08-05',
    text: 'Nagoya-based Tsubasa Aerospace, which develops hydrogen fuel cells for drones, said on Thursday it raised ¥1.2 billion in July through a third-party allotment of shares to Chubu Industrial Partners, Atsuta Innovation Fund and Sakae Capital. The Series B brings its total funding to ¥2.5 billion.',
    deals: [{
      type: 'funding', target: ['Tsubasa Aerospace'], amount: { currency: 'JPY', amount: 1_200_000_000 }, round: 'Series B',
      parties: [
        { name: 'Chubu Industrial Partners', role: 'participant' }, { name: 'Atsuta Innovation Fund', role: 'participant' },
        { name: 'Sakae Capital', role: 'participant' },
      ],
      date: '2021-07',
    }],
    note: 'Fictional. Round named in the next sentence; ¥2.5 billion is the total.',
  },
  {
    id: 'en-fund-095', lang: 'en', style: 'business-daily', date: '2018-02-22',
    text: 'Payments processor Crestline Pay declared a special dividend of $1.50 a share, returning about $400 million to shareholders after a record year, and said it would keep investing in its merchant-lending arm.',
    deals: [], negative: 'dividend',
    note: 'Fictional.',
  },
  {
    id: 'en-fund-096', lang: 'en', style: 'tech-press', date: '2025-01-30',
    text: 'ElevenLabs, the voice AI startup, has raised $180M in a Series C co-led by Andreessen Horowitz and ICONIQ Growth, tripling its valuation to $3.3B in about a year.',
    deals: [{
      type: 'funding', target: ['ElevenLabs'], amount: { currency: 'USD', amount: 180_000_000 }, round: 'Series C',
      valuation: { currency: 'USD', amount: 3_300_000_000 },
      parties: [{ name: 'Andreessen Horowitz', role: 'lead' }, { name: 'ICONIQ Growth', role: 'lead' }],
    }],
    note: 'Public record: ElevenLabs Series C, January 2025.',
  },
  {
    id: 'en-fund-097', lang: 'en', style: 'wire', date: '2025-01-31',
    text: 'Jan 30 (Reuters) - SoftBank Group is in talks to lead a funding round of up to $40 billion in OpenAI at a valuation of $260 billion before the new money, according to people familiar with the matter. The discussions are at an early stage, one of them said.',
    deals: [], negative: 'talks',
    note: 'Public record: talks reported at the end of January 2025.',
  },
  {
    id: 'en-fund-098', lang: 'en', style: 'european-startup-press', date: '2024-07-11',
    text: 'Munich defence AI company Helsing has raised €450m in a Series C led by General Catalyst, with Elad Gil, Accel, Lightspeed, Plural and Saab joining, as European governments ramp up military spending.',
    deals: [{
      type: 'funding', target: ['Helsing'], amount: { currency: 'EUR', amount: 450_000_000 }, round: 'Series C',
      parties: [
        { name: 'General Catalyst', role: 'lead' }, { name: 'Elad Gil', role: 'participant' },
        { name: 'Accel', role: 'participant' }, { name: 'Lightspeed', role: 'participant' },
        { name: 'Plural', role: 'participant' }, { name: 'Saab', role: 'participant' },
      ],
    }],
    note: 'Public record: Helsing Series C, July 2024.',
  },
  {
    id: 'en-fund-099', lang: 'en', style: 'european-startup-press', date: '2023-11-06',
    text: 'Heidelberg-based Aleph Alpha has raised more than $500m in a Series B round led by Innovation Park Artificial Intelligence (Ipai), Bosch Ventures and Schwarz Group. SAP and Hewlett Packard Enterprise are among the other backers.',
    deals: [{
      type: 'funding', target: ['Aleph Alpha'], amount: { currency: 'USD', amount: 500_000_000 }, round: 'Series B',
      parties: [
        { name: 'Innovation Park Artificial Intelligence', role: 'lead' }, { name: 'Bosch Ventures', role: 'lead' },
        { name: 'Schwarz Group', role: 'lead' }, { name: 'SAP', role: 'participant' },
        { name: 'Hewlett Packard Enterprise', role: 'participant' },
      ],
    }],
    note: 'Public record: Aleph Alpha Series B, November 2023.',
  },
  {
    id: 'en-fund-100', lang: 'en', style: 'canada-business-press', date: '2023-05-09',
    text: 'Vancouver-based Cedarpoint Analytics has raised C$40 million in Series B financing led by Fraser Valley Growth Equity, and has used part of the proceeds to buy Calgary rival PrairieDash for about C$12 million.',
    deals: [
      {
        type: 'funding', target: ['Cedarpoint Analytics'], amount: { currency: 'CAD', amount: 40_000_000 }, round: 'Series B',
        parties: [{ name: 'Fraser Valley Growth Equity', role: 'lead' }],
      },
      {
        type: 'acquisition', target: ['PrairieDash'], amount: { currency: 'CAD', amount: 12_000_000 },
        parties: [{ name: 'Cedarpoint Analytics', role: 'acquirer' }],
      },
    ],
    note: 'Fictional.',
  },
  {
    id: 'en-fund-101', lang: 'en', style: 'india-business-press', date: '2024-11-13',
    text: 'Swiggy shares listed at a 7.7% premium on the NSE on Wednesday after the food and grocery delivery company’s ₹11,327 crore IPO, which was subscribed about 3.6 times.',
    deals: [{ type: 'ipo', target: ['Swiggy'], amount: { currency: 'INR', amount: 113_270_000_000 }, parties: [] }],
    note: 'Public record: Swiggy IPO, November 2024.',
  },
  {
    id: 'en-fund-102', lang: 'en', style: 'india-business-press', date: '2024-08-09',
    text: 'Ola Electric Mobility made a flat debut on Friday, listing at its issue price of ₹76 after a ₹6,145 crore IPO, before the shares rallied 20% to hit the upper circuit.',
    deals: [{ type: 'ipo', target: ['Ola Electric Mobility'], amount: { currency: 'INR', amount: 61_450_000_000 }, parties: [] }],
    note: 'Public record: Ola Electric IPO, August 2024. ₹76 is the share price.',
  },
  {
    id: 'en-fund-103', lang: 'en', style: 'newsletter', date: '2024-05-24',
    text: 'Quick hits: Cologne-based DeepL raised $300 million at a $2 billion valuation in a round led by Index Ventures, with ICONIQ Growth and IVP joining. And Paris-based AI startup H, which until recently called itself Holistic, announced a $220 million seed round whose backers include Accel, Eric Schmidt, Xavier Niel, Yuri Milner, Amazon, Samsung and UiPath.',
    deals: [
      {
        type: 'funding', target: ['DeepL'], amount: { currency: 'USD', amount: 300_000_000 },
        valuation: { currency: 'USD', amount: 2_000_000_000 },
        parties: [
          { name: 'Index Ventures', role: 'lead' }, { name: 'ICONIQ Growth', role: 'participant' },
          { name: 'IVP', role: 'participant' },
        ],
      },
      {
        type: 'funding', target: ['H', 'Holistic'], amount: { currency: 'USD', amount: 220_000_000 }, round: 'seed',
        parties: [
          { name: 'Accel', role: 'participant' }, { name: 'Eric Schmidt', role: 'participant' },
          { name: 'Xavier Niel', role: 'participant' }, { name: 'Yuri Milner', role: 'participant' },
          { name: 'Amazon', role: 'participant' }, { name: 'Samsung', role: 'participant' },
          { name: 'UiPath', role: 'participant' },
        ],
      },
    ],
    note: 'Public record: DeepL round and H seed round, May 2024. A one-letter company name with a former name.',
  },
  {
    id: 'en-fund-104', lang: 'en', style: 'india-business-press', date: '2017-04-10',
    text: 'Flipkart has raised $1.4 billion from Tencent, eBay and Microsoft, valuing India’s largest e-commerce company at $11.6 billion. As part of the deal, Flipkart will take over eBay’s India business, eBay.in, in exchange for an equity stake, while eBay will also put $500 million in cash into the company.',
    deals: [
      {
        type: 'funding', target: ['Flipkart'], amount: { currency: 'USD', amount: 1_400_000_000 },
        valuation: { currency: 'USD', amount: 11_600_000_000 },
        parties: [
          { name: 'Tencent', role: 'participant' }, { name: 'eBay', role: 'participant' },
          { name: 'Microsoft', role: 'participant' },
        ],
      },
      {
        type: 'acquisition', target: ['eBay.in'],
        parties: [{ name: 'Flipkart', role: 'acquirer' }, { name: 'eBay', role: 'seller' }],
      },
    ],
    note: 'Public record: Flipkart round, April 2017. The $500 million is eBay’s part of the $1.4 billion.',
  },
  {
    id: 'en-fund-105', lang: 'en', style: 'fintech-trade-press', date: '2021-05-18',
    text: 'Specialist lender Kinloch Capital has provided £15m of venture debt to Bristol-based payroll startup Clifton Pay, which says the facility will carry it into 2023 without raising new equity.',
    deals: [{
      type: 'debt', target: ['Clifton Pay'], amount: { currency: 'GBP', amount: 15_000_000 },
      parties: [{ name: 'Kinloch Capital', role: 'participant' }],
    }],
    note: 'Fictional. Lender named before the borrower.',
  },
  {
    id: 'en-fund-106', lang: 'en', style: 'business-daily', date: '2023-06-29',
    text: 'Inflection AI, the developer of the Pi chatbot, has raised $1.3 billion from Microsoft and Nvidia as well as three prominent individual backers: LinkedIn co-founder Reid Hoffman, Bill Gates and former Google chief executive Eric Schmidt. The round values the Palo Alto startup at about $4 billion, according to a person familiar with the matter.',
    deals: [{
      type: 'funding', target: ['Inflection AI'], amount: { currency: 'USD', amount: 1_300_000_000 },
      valuation: { currency: 'USD', amount: 4_000_000_000 },
      parties: [
        { name: 'Microsoft', role: 'participant' }, { name: 'Nvidia', role: 'participant' },
        { name: 'Reid Hoffman', role: 'participant' }, { name: 'Bill Gates', role: 'participant' },
        { name: 'Eric Schmidt', role: 'participant' },
      ],
    }],
    note: 'Public record: Inflection AI round, June 2023. People as investors; LinkedIn and Google are not parties.',
  },
  {
    id: 'en-fund-107', lang: 'en', style: 'wire', date: '2016-06-01',
    text: 'SAN FRANCISCO, June 1 (Reuters) - Uber Technologies has received $3.5 billion from Saudi Arabia’s Public Investment Fund, the largest single investment ever made in a privately held startup, the ride-hailing company said on Wednesday. Uber’s valuation stays at about $62.5 billion, and a director of the fund will join its board.',
    deals: [{
      type: 'funding', target: ['Uber Technologies', 'Uber'], amount: { currency: 'USD', amount: 3_500_000_000 },
      valuation: { currency: 'USD', amount: 62_500_000_000 },
      parties: [{ name: 'Public Investment Fund', role: 'participant' }],
    }],
    note: 'Public record: PIF investment in Uber, June 2016.',
  },
  {
    id: 'en-fund-108', lang: 'en', style: 'wire', date: '2019-04-03',
    text: 'FRANKFURT, April 3 (Reuters) - German insurtech Hanse Assekura disclosed on Wednesday that it raised €25 million in a Series B round in February, led by Elbe Partners, and said it would use the money to expand into Austria and Switzerland.',
    deals: [{
      type: 'funding', target: ['Hanse Assekura'], amount: { currency: 'EUR', amount: 25_000_000 }, round: 'Series B',
      parties: [{ name: 'Elbe Partners', role: 'lead' }], date: '2019-02',
    }],
    note: 'Fictional.',
  },
  {
    id: 'en-fund-109', lang: 'en', style: 'tech-press', date: '2025-07-22',
    text: 'Drone-inspection startup Aerolith has raised a $20 million strategic round from Halvorsen Energy and Bayshore Utilities, two of its largest customers, and says it will use the money to build a second factory in Ohio.',
    deals: [{
      type: 'funding', target: ['Aerolith'], amount: { currency: 'USD', amount: 20_000_000 }, round: 'strategic',
      parties: [{ name: 'Halvorsen Energy', role: 'participant' }, { name: 'Bayshore Utilities', role: 'participant' }],
    }],
    note: 'Fictional. Customers as strategic investors.',
  },
  {
    id: 'en-fund-110', lang: 'en', style: 'sea-deal-press', date: '2022-02-15',
    text: 'Kuala Lumpur-based delivery platform Kirim Cepat said on Tuesday it closed a Series C of more than US$60 million in December, led by Selangor Growth Partners and joined by Penang Ventures, Malacca Straits Capital and Borneo Fund.',
    deals: [{
      type: 'funding', target: ['Kirim Cepat'], amount: { currency: 'USD', amount: 60_000_000 }, round: 'Series C',
      parties: [
        { name: 'Selangor Growth Partners', role: 'lead' }, { name: 'Penang Ventures', role: 'participant' },
        { name: 'Malacca Straits Capital', role: 'participant' }, { name: 'Borneo Fund', role: 'participant' },
      ],
      date: '2021-12',
    }],
    note: 'Fictional. "in December" against February 2022 is December 2021.',
  },
  {
    id: 'en-fund-111', lang: 'en', style: 'sea-deal-press', date: '2017-07-24',
    text: 'Singapore-based Grab has raised $2 billion in a round led by SoftBank Group and Didi Chuxing, the largest single financing in Southeast Asia, and expects to raise a further $500 million from other investors. The deal values the ride-hailing company at more than $6 billion.',
    deals: [{
      type: 'funding', target: ['Grab'], amount: { currency: 'USD', amount: 2_000_000_000 },
      valuation: { currency: 'USD', amount: 6_000_000_000 },
      parties: [{ name: 'SoftBank Group', role: 'lead' }, { name: 'Didi Chuxing', role: 'lead' }],
    }],
    note: 'Public record: Grab round, July 2017. The further $500 million is not yet raised.',
  },
  {
    id: 'en-fund-112', lang: 'en', style: 'latam-tech-press', date: '2019-04-30',
    text: 'Colombian delivery app Rappi has raised $1 billion from SoftBank Group, one of the largest investments ever made in a Latin American startup.',
    deals: [{
      type: 'funding', target: ['Rappi'], amount: { currency: 'USD', amount: 1_000_000_000 },
      parties: [{ name: 'SoftBank Group', role: 'participant' }],
    }],
    note: 'Public record: SoftBank investment in Rappi, April 2019.',
  },
  {
    id: 'en-fund-113', lang: 'en', style: 'latam-tech-press', date: '2019-07-26',
    text: 'Brazilian digital bank Nubank has raised $400 million in a Series F round led by TCV, valuing the São Paulo-based company at $10 billion.',
    deals: [{
      type: 'funding', target: ['Nubank'], amount: { currency: 'USD', amount: 400_000_000 }, round: 'Series F',
      valuation: { currency: 'USD', amount: 10_000_000_000 },
      parties: [{ name: 'TCV', role: 'lead' }],
    }],
    note: 'Public record: Nubank Series F, July 2019.',
  },
  {
    id: 'en-fund-114', lang: 'en', style: 'tech-press', date: '2025-03-04',
    text: 'Anthropic has closed a $3.5 billion Series E led by Lightspeed Venture Partners at a post-money valuation of $61.5 billion. Bessemer Venture Partners, Cisco Investments, D1 Capital Partners, Fidelity Management & Research Company, General Catalyst, Jane Street, Menlo Ventures and Salesforce Ventures also invested.',
    deals: [{
      type: 'funding', target: ['Anthropic'], amount: { currency: 'USD', amount: 3_500_000_000 }, round: 'Series E',
      valuation: { currency: 'USD', amount: 61_500_000_000, basis: 'post' },
      parties: [
        { name: 'Lightspeed Venture Partners', role: 'lead' }, { name: 'Bessemer Venture Partners', role: 'participant' },
        { name: 'Cisco Investments', role: 'participant' }, { name: 'D1 Capital Partners', role: 'participant' },
        { name: 'Fidelity Management & Research Company', role: 'participant' },
        { name: 'General Catalyst', role: 'participant' }, { name: 'Jane Street', role: 'participant' },
        { name: 'Menlo Ventures', role: 'participant' }, { name: 'Salesforce Ventures', role: 'participant' },
      ],
    }],
    note: 'Public record: Anthropic Series E, March 2025.',
  },
  {
    id: 'en-fund-115', lang: 'en', style: 'tech-press', date: '2024-09-04',
    text: 'Safe Superintelligence, the AI startup co-founded by former OpenAI chief scientist Ilya Sutskever, has raised $1 billion from investors including Andreessen Horowitz, Sequoia Capital, DST Global and SV Angel, as well as NFDG, a partnership run by Nat Friedman and SSI chief executive Daniel Gross. People close to the company said it is valued at $5 billion.',
    deals: [{
      type: 'funding', target: ['Safe Superintelligence', 'SSI'], amount: { currency: 'USD', amount: 1_000_000_000 },
      valuation: { currency: 'USD', amount: 5_000_000_000 },
      parties: [
        { name: 'Andreessen Horowitz', role: 'participant' }, { name: 'Sequoia Capital', role: 'participant' },
        { name: 'DST Global', role: 'participant' }, { name: 'SV Angel', role: 'participant' },
        { name: 'NFDG', role: 'participant' },
      ],
    }],
    note: 'Public record: SSI round, September 2024. NFDG is the investor; the people who run it are not named as investors.',
  },
  {
    id: 'en-fund-116', lang: 'en', style: 'european-startup-press', date: '2025-04-09',
    text: 'Lisbon fintech Tagus Pay has closed a €18 million Series A to expand its invoice-financing product into Spain. Alfama Ventures led the round, joined by Belém Capital and Sintra Partners. Existing investors Douro Ventures and Minho Capital also took part.',
    deals: [{
      type: 'funding', target: ['Tagus Pay'], round: 'Series A',
      amount: { currency: 'EUR', amount: 18_000_000 },
      parties: [
        { name: 'Alfama Ventures', role: 'lead' }, { name: 'Belém Capital', role: 'participant' },
        { name: 'Sintra Partners', role: 'participant' }, { name: 'Douro Ventures', role: 'participant' },
        { name: 'Minho Capital', role: 'participant' },
      ],
    }],
    note: 'fictional',
  },
  {
    id: 'en-fund-118', lang: 'en', style: 'canada-business-press', date: '2025-02-18',
    text: 'Toronto-based Maplebyte, which sells scheduling software to dental clinics, said it raised C$30 million. The round was co-led by Huron Ventures and Superior Capital, and Ontario Growth Partners, Erie Ventures and Muskoka Capital also invested.',
    deals: [{
      type: 'funding', target: ['Maplebyte'],
      amount: { currency: 'CAD', amount: 30_000_000 },
      parties: [
        { name: 'Huron Ventures', role: 'lead' }, { name: 'Superior Capital', role: 'lead' },
        { name: 'Ontario Growth Partners', role: 'participant' }, { name: 'Erie Ventures', role: 'participant' },
        { name: 'Muskoka Capital', role: 'participant' },
      ],
    }],
    note: 'fictional',
  },
  {
    id: 'en-fund-121', lang: 'en', style: 'africa-tech-press', date: '2024-11-27',
    text: 'Nairobi-based Rift Logistics, which runs a network of cross-border trucking depots, has secured $12 million in seed funding led by Savanna Ventures. Kilimanjaro Capital, Serengeti Partners and Rovuma Capital are also backing the company, which plans to open depots in Kampala and Kigali next year.',
    deals: [{
      type: 'funding', target: ['Rift Logistics'], round: 'seed',
      amount: { currency: 'USD', amount: 12_000_000 },
      parties: [
        { name: 'Savanna Ventures', role: 'lead' }, { name: 'Kilimanjaro Capital', role: 'participant' },
        { name: 'Serengeti Partners', role: 'participant' }, { name: 'Rovuma Capital', role: 'participant' },
      ],
    }],
    note: 'fictional',
  },
  {
    id: 'en-fund-122', lang: 'en', style: 'tech-press', date: '2025-06-03',
    text: 'Andes Robotics, a Santiago startup that builds fruit-picking arms, raised $90 million in a Series B from a roster of backers: Condor Ventures, Aconcagua Capital, Patagonia Partners, Atacama Capital, Maipo Ventures, Elqui Partners and Biobío Capital.',
    deals: [{
      type: 'funding', target: ['Andes Robotics'], round: 'Series B',
      amount: { currency: 'USD', amount: 90_000_000 },
      parties: [
        { name: 'Condor Ventures', role: 'participant' }, { name: 'Aconcagua Capital', role: 'participant' },
        { name: 'Patagonia Partners', role: 'participant' }, { name: 'Atacama Capital', role: 'participant' },
        { name: 'Maipo Ventures', role: 'participant' }, { name: 'Elqui Partners', role: 'participant' },
        { name: 'Biobío Capital', role: 'participant' },
      ],
    }],
    note: 'fictional; seven investors, none named as lead',
  },
  {
    id: 'en-fund-123', lang: 'en', style: 'european-startup-press', date: '2025-03-12',
    text: 'Helsinki-based Saimaa AI raised €40 million in a Series B led by Lapland Ventures, as Tampere Capital and Oulu Partners also participated, as did Turku Capital. The company is valued at €310 million after the round.',
    deals: [{
      type: 'funding', target: ['Saimaa AI'], round: 'Series B',
      amount: { currency: 'EUR', amount: 40_000_000 },
      valuation: { currency: 'EUR', amount: 310_000_000, basis: 'post' },
      parties: [
        { name: 'Lapland Ventures', role: 'lead' }, { name: 'Tampere Capital', role: 'participant' },
        { name: 'Oulu Partners', role: 'participant' }, { name: 'Turku Capital', role: 'participant' },
      ],
    }],
    note: 'fictional',
  },
  {
    id: 'en-fund-124', lang: 'en', style: 'vc-blog', date: '2024-10-15',
    text: 'Brightfold Labs has raised a $28 million Series B led by Tamarack Partners. Harborview Ventures doubled down on its earlier bet, and Birchwood Capital re-upped as well, bringing Brightfold’s total funding to $41 million.',
    deals: [{
      type: 'funding', target: ['Brightfold Labs'], round: 'Series B',
      amount: { currency: 'USD', amount: 28_000_000 },
      parties: [
        { name: 'Tamarack Partners', role: 'lead' }, { name: 'Harborview Ventures', role: 'participant' },
        { name: 'Birchwood Capital', role: 'participant' },
      ],
    }],
    note: 'fictional',
  },
  {
    id: 'en-fund-125', lang: 'en', style: 'wire', date: '2025-05-20',
    text: 'Paris-based Seine Quantum is in talks to raise about €100 million in a round that could be led by Montmartre Capital, according to people familiar with the matter. Seine Quantum declined to comment, and the terms could still change.',
    deals: [], negative: 'talks', note: 'fictional',
  },
  {
    id: 'en-fund-126', lang: 'en', style: 'business-daily', date: '2025-01-30',
    text: 'Shares of Kestrel Biotech jumped 14% on Thursday after the drugmaker reported positive trial data, lifting its market value to about $2.3 billion. Analysts at Ridgeway Securities raised their price target to $48.',
    deals: [], negative: 'share-move', note: 'fictional',
  },
  {
    id: 'en-fund-128', lang: 'en', style: 'tech-press', date: '2025-02-26',
    text: 'Toronto AI lab Northwind Labs has raised $120 million in a Series B led by Huron Ventures, alongside Erie Ventures and Muskoka Capital, at a $900 million valuation. The company plans to double its research staff.',
    deals: [{
      type: 'funding', target: ['Northwind Labs'], round: 'Series B',
      amount: { currency: 'USD', amount: 120_000_000 },
      valuation: { currency: 'USD', amount: 900_000_000 },
      parties: [
        { name: 'Huron Ventures', role: 'lead' }, { name: 'Erie Ventures', role: 'participant' },
        { name: 'Muskoka Capital', role: 'participant' },
      ],
    }],
    note: 'fictional; "alongside" after a lead names participants',
  },
  {
    id: 'en-fund-129', lang: 'en', style: 'business-daily', date: '2025-05-08',
    text: 'Lisbon-based Tagus Pay raised €35 million. The round was led by Alfama Ventures and included Belém Capital, Sintra Partners and Douro Ventures, the company said in a statement.',
    deals: [{
      type: 'funding', target: ['Tagus Pay'],
      amount: { currency: 'EUR', amount: 35_000_000 },
      parties: [
        { name: 'Alfama Ventures', role: 'lead' }, { name: 'Belém Capital', role: 'participant' },
        { name: 'Sintra Partners', role: 'participant' }, { name: 'Douro Ventures', role: 'participant' },
      ],
    }],
    note: 'fictional; "led by A and included B, C" — B and C do not lead',
  },
];
