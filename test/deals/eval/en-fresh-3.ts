import type { GoldParagraph } from './gold';

// English paragraphs written for issue 17 (session dealsen14) before any rule was written for them,
// in two batches: batch A (en3a-…) was scored, then rules were written against its errors; batch B
// (en3b-…) was written after those rules and scored before anything changed for it. Styles the rest
// of the set holds few of: TechCrunch / Axios Pro / Fortune Term Sheet / Business Insider / The
// Information funding stories with investor lists of four to nine names in later sentences, FT / WSJ
// / Reuters / Bloomberg / AP M&A, IPO pricings and debuts, a SPAC merger and a direct listing, Nikkei
// Asia, Economic Times / Mint, DealStreetAsia, Globe and Mail, Australian Financial Review, press
// releases. Written by the DealLens team in our own words after real reporting (no sentence copied);
// deals are public record, figures as reported at the time.
//
// Gold rules added here: a spin-off that hands a unit's shares to the parent's own shareholders is no
// deal (no buyer, no price) — a spin-off listing that raises money is an IPO, a carve-out sold to a
// buyer is an acquisition. A take-private is an acquisition. A price at an enterprise value paid for
// a company is the deal's amount.
export const PARAGRAPHS: readonly GoldParagraph[] = [
  // ---- batch A: funding stories with long investor lists ----
  {
    id: 'en3a-001', lang: 'en', style: 'tech-press-techcrunch', date: '2025-06-05',
    text: 'Anysphere, the startup behind the AI coding editor Cursor, has raised $900 million at a $9.9 billion post-money valuation. Thrive Capital led the round. Andreessen Horowitz, Accel and DST Global also put money in, the company said on Thursday.',
    deals: [{
      type: 'funding', target: ['Anysphere'], amount: { currency: 'USD', amount: 900_000_000 },
      valuation: { currency: 'USD', amount: 9_900_000_000, basis: 'post' },
      parties: [
        { name: 'Thrive Capital', role: 'lead' }, { name: 'Andreessen Horowitz', role: 'participant' },
        { name: 'Accel', role: 'participant' }, { name: 'DST Global', role: 'participant' },
      ],
    }],
    note: 'public record; the lead in its own sentence, the others in the next',
  },
  {
    id: 'en3a-002', lang: 'en', style: 'axios-pro-deals', date: '2024-02-29',
    text: 'Figure AI, a Sunnyvale, Calif.-based developer of humanoid robots, raised $675 million in Series B funding at a $2.6 billion valuation. Backers include Microsoft, Nvidia, the OpenAI Startup Fund, Bezos Expeditions, Parkway Venture Capital, Intel Capital, Align Ventures and ARK Invest.',
    deals: [{
      type: 'funding', target: ['Figure AI'], amount: { currency: 'USD', amount: 675_000_000 }, round: 'Series B',
      valuation: { currency: 'USD', amount: 2_600_000_000 },
      parties: [
        { name: 'Microsoft', role: 'participant' }, { name: 'Nvidia', role: 'participant' },
        { name: 'OpenAI Startup Fund', role: 'participant' }, { name: 'Bezos Expeditions', role: 'participant' },
        { name: 'Parkway Venture Capital', role: 'participant' }, { name: 'Intel Capital', role: 'participant' },
        { name: 'Align Ventures', role: 'participant' }, { name: 'ARK Invest', role: 'participant' },
      ],
    }],
    note: 'public record; eight backers in a "Backers include" sentence, no lead named',
  },
  {
    id: 'en3a-003', lang: 'en', style: 'fortune-term-sheet', date: '2024-09-10',
    text: 'Glean, the enterprise AI search company, has closed a $260 million Series E round co-led by Altimeter Capital and DST Global, lifting its valuation to $4.6 billion. The round also drew Sapphire Ventures, Coatue and IVP, alongside returning backers Kleiner Perkins and Lightspeed Venture Partners.',
    deals: [{
      type: 'funding', target: ['Glean'], amount: { currency: 'USD', amount: 260_000_000 }, round: 'Series E',
      valuation: { currency: 'USD', amount: 4_600_000_000 },
      parties: [
        { name: 'Altimeter Capital', role: 'lead' }, { name: 'DST Global', role: 'lead' },
        { name: 'Sapphire Ventures', role: 'participant' }, { name: 'Coatue', role: 'participant' },
        { name: 'IVP', role: 'participant' }, { name: 'Kleiner Perkins', role: 'participant' },
        { name: 'Lightspeed Venture Partners', role: 'participant' },
      ],
    }],
    note: 'public record; "The round also drew" and "returning backers" in the next sentence',
  },
  {
    id: 'en3a-004', lang: 'en', style: 'business-insider', date: '2024-07-23',
    text: 'Legal AI startup Harvey has raised $100 million in a Series C round led by Google’s venture arm GV, valuing the company at $1.5 billion. OpenAI, Kleiner Perkins and Sequoia Capital, all earlier investors, returned for the round, and SV Angel also participated.',
    deals: [{
      type: 'funding', target: ['Harvey'], amount: { currency: 'USD', amount: 100_000_000 }, round: 'Series C',
      valuation: { currency: 'USD', amount: 1_500_000_000 },
      parties: [
        { name: 'GV', role: 'lead' }, { name: 'OpenAI', role: 'participant' }, { name: 'Kleiner Perkins', role: 'participant' },
        { name: 'Sequoia Capital', role: 'participant' }, { name: 'SV Angel', role: 'participant' },
      ],
    }],
    note: 'public record; "returned for the round", Google is not a party (GV is)',
  },
  {
    id: 'en3a-005', lang: 'en', style: 'the-information-style', date: '2024-05-07',
    text: 'Cloud security firm Wiz has raised $1 billion in new funding at a $12 billion valuation, roughly doubling its worth from a year ago. Andreessen Horowitz, Lightspeed Venture Partners and Thrive Capital led the round, with participation from Sequoia Capital, Index Ventures, Insight Partners, Greenoaks, Cyberstarts and Wellington Management.',
    deals: [{
      type: 'funding', target: ['Wiz'], amount: { currency: 'USD', amount: 1_000_000_000 },
      valuation: { currency: 'USD', amount: 12_000_000_000 },
      parties: [
        { name: 'Andreessen Horowitz', role: 'lead' }, { name: 'Lightspeed Venture Partners', role: 'lead' }, { name: 'Thrive Capital', role: 'lead' },
        { name: 'Sequoia Capital', role: 'participant' }, { name: 'Index Ventures', role: 'participant' },
        { name: 'Insight Partners', role: 'participant' }, { name: 'Greenoaks', role: 'participant' },
        { name: 'Cyberstarts', role: 'participant' }, { name: 'Wellington Management', role: 'participant' },
      ],
    }],
    note: 'public record; three leads and six participants in the second sentence',
  },
  {
    id: 'en3a-006', lang: 'en', style: 'tech-press', date: '2024-07-09',
    text: 'Pittsburgh-based Skild AI, which is building a general-purpose brain for robots, came out of stealth on Tuesday with a $300 million Series A that values it at $1.5 billion. Lightspeed Venture Partners, Coatue, SoftBank Group and Bezos Expeditions led the financing. Felicis, Sutter Hill Ventures, Amazon and Carnegie Mellon University were among the other investors.',
    deals: [{
      type: 'funding', target: ['Skild AI'], amount: { currency: 'USD', amount: 300_000_000 }, round: 'Series A',
      valuation: { currency: 'USD', amount: 1_500_000_000 },
      parties: [
        { name: 'Lightspeed Venture Partners', role: 'lead' }, { name: 'Coatue', role: 'lead' },
        { name: 'SoftBank Group', role: 'lead' }, { name: 'Bezos Expeditions', role: 'lead' },
        { name: 'Felicis', role: 'participant' }, { name: 'Sutter Hill Ventures', role: 'participant' },
        { name: 'Amazon', role: 'participant' }, { name: 'Carnegie Mellon University', role: 'participant' },
      ],
    }],
    note: 'public record; leads and other investors each in a later sentence',
  },
  {
    id: 'en3a-007', lang: 'en', style: 'india-business-press-et', date: '2024-08-30',
    text: 'Quick-commerce firm Zepto has raised $340 million in a fresh round led by US investor General Catalyst at a valuation of $5 billion. Existing investors Nexus Venture Partners, Glade Brook Capital and StepStone Group also put in money, as did Mars Growth Capital, the company said on Friday.',
    deals: [{
      type: 'funding', target: ['Zepto'], amount: { currency: 'USD', amount: 340_000_000 },
      valuation: { currency: 'USD', amount: 5_000_000_000 },
      parties: [
        { name: 'General Catalyst', role: 'lead' }, { name: 'Nexus Venture Partners', role: 'participant' },
        { name: 'Glade Brook Capital', role: 'participant' }, { name: 'StepStone Group', role: 'participant' },
        { name: 'Mars Growth Capital', role: 'participant' },
      ],
    }],
    note: 'public record; "Existing investors … also put in money"',
  },
  {
    id: 'en3a-008', lang: 'en', style: 'sea-deal-press-dealstreetasia', date: '2021-09-09',
    text: 'Singapore-headquartered Advance Intelligence Group, the parent of buy-now-pay-later app Atome, has raised more than $400 million in a Series D round co-led by SoftBank Vision Fund 2 and Warburg Pincus. The round, which values the company at over $2 billion, also drew Gaorong Capital, Northstar Group, Vision Plus Capital and EV Growth.',
    deals: [{
      type: 'funding', target: ['Advance Intelligence Group'], amount: { currency: 'USD', amount: 400_000_000 }, round: 'Series D',
      valuation: { currency: 'USD', amount: 2_000_000_000 },
      parties: [
        { name: 'SoftBank Vision Fund 2', role: 'lead' }, { name: 'Warburg Pincus', role: 'lead' },
        { name: 'Gaorong Capital', role: 'participant' }, { name: 'Northstar Group', role: 'participant' },
        { name: 'Vision Plus Capital', role: 'participant' }, { name: 'EV Growth', role: 'participant' },
      ],
    }],
    note: 'public record; "The round … also drew" with the valuation in between',
  },
  {
    id: 'en3a-009', lang: 'en', style: 'european-startup-press', date: '2023-12-11',
    text: 'Paris-based Mistral AI has closed a €385 million round, valuing the seven-month-old company at around $2 billion. Andreessen Horowitz led the financing, and Lightspeed Venture Partners, which led its seed, came back; Salesforce, BNP Paribas, General Catalyst and Nvidia were also among the backers.',
    deals: [{
      type: 'funding', target: ['Mistral AI'], amount: { currency: 'EUR', amount: 385_000_000 },
      valuation: { currency: 'USD', amount: 2_000_000_000 },
      parties: [
        { name: 'Andreessen Horowitz', role: 'lead' }, { name: 'Lightspeed Venture Partners', role: 'participant' },
        { name: 'Salesforce', role: 'participant' }, { name: 'BNP Paribas', role: 'participant' },
        { name: 'General Catalyst', role: 'participant' }, { name: 'Nvidia', role: 'participant' },
      ],
    }],
    note: 'public record; an earlier seed recalled is no deal',
  },
  {
    id: 'en3a-010', lang: 'en', style: 'press-release', date: '2025-01-30',
    text: 'LONDON, Jan. 30, 2025 -- ElevenLabs, the AI audio research and deployment company, today announced a $180 million Series C round co-led by a16z and ICONIQ Growth, bringing its valuation to $3.3 billion. New investors NEA, World Innovation Lab, Valor Equity Partners and Endeavor Catalyst joined existing backers Sequoia Capital and Salesforce Ventures in the round.',
    deals: [{
      type: 'funding', target: ['ElevenLabs'], amount: { currency: 'USD', amount: 180_000_000 }, round: 'Series C',
      valuation: { currency: 'USD', amount: 3_300_000_000 },
      parties: [
        { name: 'a16z', role: 'lead' }, { name: 'ICONIQ Growth', role: 'lead' },
        { name: 'NEA', role: 'participant' }, { name: 'World Innovation Lab', role: 'participant' },
        { name: 'Valor Equity Partners', role: 'participant' }, { name: 'Endeavor Catalyst', role: 'participant' },
        { name: 'Sequoia Capital', role: 'participant' }, { name: 'Salesforce Ventures', role: 'participant' },
      ],
    }],
    note: 'public record; "New investors … joined existing backers … in the round"',
  },
  {
    id: 'en3a-011', lang: 'en', style: 'crunchbase-news', date: '2025-02-20',
    text: 'AI recruiting startup Mercor raised $100 million in a Series B led by Felicis at a $2 billion post-money valuation. Existing backers Benchmark and General Catalyst also participated, the San Francisco company said.',
    deals: [{
      type: 'funding', target: ['Mercor'], amount: { currency: 'USD', amount: 100_000_000 }, round: 'Series B',
      valuation: { currency: 'USD', amount: 2_000_000_000, basis: 'post' },
      parties: [
        { name: 'Felicis', role: 'lead' }, { name: 'Benchmark', role: 'participant' }, { name: 'General Catalyst', role: 'participant' },
      ],
    }],
    note: 'public record',
  },
  {
    id: 'en3a-012', lang: 'en', style: 'newsletter-deal-brief', date: '2024-04-23',
    text: 'Perplexity AI has raised $62.7 million at a valuation of $1.04 billion in a round led by investor Daniel Gross, the company said Tuesday. In January, the AI search startup raised $73.6 million in a round led by IVP that valued it at $520 million, with NEA, Databricks Ventures and Nvidia participating.',
    deals: [
      {
        type: 'funding', target: ['Perplexity AI'], amount: { currency: 'USD', amount: 62_700_000 },
        valuation: { currency: 'USD', amount: 1_040_000_000 },
        parties: [{ name: 'Daniel Gross', role: 'lead' }],
      },
      {
        type: 'funding', target: ['Perplexity AI'], amount: { currency: 'USD', amount: 73_600_000 }, date: '2024-01',
        valuation: { currency: 'USD', amount: 520_000_000 },
        parties: [
          { name: 'IVP', role: 'lead' }, { name: 'NEA', role: 'participant' },
          { name: 'Databricks Ventures', role: 'participant' }, { name: 'Nvidia', role: 'participant' },
        ],
      },
    ],
    note: 'public record; two rounds, the second dated in the text and named by "the AI search startup"',
  },
  // ---- batch A: M&A ----
  {
    id: 'en3a-013', lang: 'en', style: 'wire', date: '2025-03-18',
    text: 'March 18 (Reuters) - Alphabet agreed on Tuesday to acquire cloud security company Wiz for $32 billion in cash, its largest deal ever, as Google steps up its race with Microsoft and Amazon in cloud computing. Wiz had turned down a $23 billion offer from the Google parent last year to pursue an IPO.',
    deals: [{
      type: 'acquisition', target: ['Wiz'], amount: { currency: 'USD', amount: 32_000_000_000 },
      parties: [{ name: 'Alphabet', role: 'acquirer' }],
    }],
    note: 'public record; an offer turned down last year is no deal',
  },
  {
    id: 'en3a-014', lang: 'en', style: 'wsj-deal-story', date: '2024-01-16',
    text: 'Synopsys will buy engineering-software maker Ansys for about $35 billion in cash and stock, one of the largest tech deals of the year. Ansys holders will receive $197 in cash and 0.345 of a Synopsys share for each share they own, worth about $390 a share based on Synopsys’s closing price last week.',
    deals: [{
      type: 'acquisition', target: ['Ansys'], amount: { currency: 'USD', amount: 35_000_000_000 },
      parties: [{ name: 'Synopsys', role: 'acquirer' }],
    }],
    note: 'public record; cash and shares per share, the total first',
  },
  {
    id: 'en3a-015', lang: 'en', style: 'ap-brief', date: '2024-02-19',
    text: 'Capital One said Monday it will buy Discover Financial Services in an all-stock deal valued at $35.3 billion, combining two of the largest credit card issuers in the U.S. Discover shareholders will get 1.0192 Capital One shares for each Discover share, a premium of about 26% over Friday’s close.',
    deals: [{
      type: 'acquisition', target: ['Discover Financial Services', 'Discover'], amount: { currency: 'USD', amount: 35_300_000_000 },
      parties: [{ name: 'Capital One', role: 'acquirer' }],
    }],
    note: 'public record',
  },
  {
    id: 'en3a-016', lang: 'en', style: 'bloomberg-brief', date: '2024-08-14',
    text: 'Mars Inc. agreed to buy Kellanova, the maker of Pringles and Cheez-It, for $83.50 a share in cash, or about $35.9 billion including debt, in the biggest packaged-food deal in years. The closely held candy maker will fund the purchase with cash on hand and new borrowing.',
    deals: [{
      type: 'acquisition', target: ['Kellanova'], amount: { currency: 'USD', amount: 35_900_000_000 },
      parties: [{ name: 'Mars Inc.', role: 'acquirer' }],
    }],
    note: 'public record; per-share price, then the total including debt',
  },
  {
    id: 'en3a-017', lang: 'en', style: 'ft-deal-column', date: '2024-04-26',
    text: 'Thoma Bravo has agreed to take Darktrace private in a $5.3bn deal, the latest London-listed tech group to fall to a US private equity buyer. The offer of $7.75 a share is a 20 per cent premium to the Cambridge-based cyber security group’s three-month average price.',
    deals: [{
      type: 'acquisition', target: ['Darktrace'], amount: { currency: 'USD', amount: 5_300_000_000 },
      parties: [{ name: 'Thoma Bravo', role: 'acquirer' }],
    }],
    note: 'public record; take-private',
  },
  {
    id: 'en3a-018', lang: 'en', style: 'australia-business-press-afr', date: '2024-09-04',
    text: 'Blackstone and Canadian pension fund CPP Investments have agreed to buy data centre operator AirTrunk from Macquarie Asset Management and PSP Investments in a deal worth more than A$24 billion, the largest takeover in Australia this year. Macquarie had owned 88 per cent of the Sydney-based company since 2020.',
    deals: [{
      type: 'acquisition', target: ['AirTrunk'], amount: { currency: 'AUD', amount: 24_000_000_000 },
      parties: [
        { name: 'Blackstone', role: 'acquirer' }, { name: 'CPP Investments', role: 'acquirer' },
        { name: 'Macquarie Asset Management', role: 'seller' }, { name: 'PSP Investments', role: 'seller' },
      ],
    }],
    note: 'public record; two buyers and two sellers',
  },
  {
    id: 'en3a-019', lang: 'en', style: 'canada-business-press-globe', date: '2023-04-03',
    text: 'Rogers Communications Inc. closed its C$26-billion takeover of Shaw Communications Inc. on Monday, more than two years after the deal was announced and after a long fight with the Competition Bureau. To win approval, Shaw’s Freedom Mobile was sold to Quebecor Inc.’s Videotron for C$2.85-billion.',
    deals: [
      {
        type: 'acquisition', target: ['Shaw Communications Inc.', 'Shaw'], amount: { currency: 'CAD', amount: 26_000_000_000 },
        parties: [{ name: 'Rogers Communications Inc.', role: 'acquirer' }],
      },
      {
        type: 'acquisition', target: ['Freedom Mobile'], amount: { currency: 'CAD', amount: 2_850_000_000 },
        parties: [{ name: 'Videotron', role: 'acquirer' }, { name: 'Shaw', role: 'seller' }],
      },
    ],
    note: 'public record; a takeover closed and a divestiture in the passive',
  },
  {
    id: 'en3a-020', lang: 'en', style: 'nikkei-asia', date: '2023-12-19',
    text: 'TOKYO -- Nippon Steel will acquire U.S. Steel in a deal valued at $14.9 billion including debt, the Japanese steelmaker said on Monday. It will pay $55 a share in cash, a 40% premium to the American company’s last closing price.',
    deals: [{
      type: 'acquisition', target: ['U.S. Steel'], amount: { currency: 'USD', amount: 14_900_000_000 },
      parties: [{ name: 'Nippon Steel', role: 'acquirer' }],
    }],
    note: 'public record; the per-share price in the next sentence',
  },
  {
    id: 'en3a-021', lang: 'en', style: 'india-business-press-mint', date: '2024-03-26',
    text: 'Adani Ports and Special Economic Zone will acquire a 95% stake in Gopalpur Port in Odisha from the Shapoorji Pallonji Group and Orissa Stevedores at an enterprise value of Rs 3,080 crore, the company said in an exchange filing on Tuesday.',
    deals: [{
      type: 'stake-sale', target: ['Gopalpur Port'], amount: { currency: 'INR', amount: 30_800_000_000 },
      parties: [
        { name: 'Adani Ports and Special Economic Zone', role: 'acquirer' },
        { name: 'Shapoorji Pallonji Group', role: 'seller' }, { name: 'Orissa Stevedores', role: 'seller' },
      ],
    }],
    note: 'public record; the price given as an enterprise value',
  },
  {
    id: 'en3a-022', lang: 'en', style: 'business-daily', date: '2025-04-22',
    text: 'Boeing agreed to sell its Jeppesen navigation software unit and related digital businesses to private equity firm Thoma Bravo for $10.55 billion in cash, as the planemaker raises money to shore up its balance sheet after years of losses.',
    deals: [{
      type: 'acquisition', target: ['Jeppesen'], amount: { currency: 'USD', amount: 10_550_000_000 },
      parties: [{ name: 'Thoma Bravo', role: 'acquirer' }, { name: 'Boeing', role: 'seller' }],
    }],
    note: 'public record; a carve-out sold, the seller is the subject',
  },
  {
    id: 'en3a-023', lang: 'en', style: 'pharma-deal-column', date: '2025-02-11',
    text: 'Novartis will acquire Boston-based Anthos Therapeutics for $925 million upfront, plus up to $2.15 billion more in milestone payments, it said Tuesday. The Swiss drugmaker completed its €2.7 billion takeover of Germany’s MorphoSys last May.',
    deals: [
      {
        type: 'acquisition', target: ['Anthos Therapeutics'], amount: { currency: 'USD', amount: 925_000_000 },
        parties: [{ name: 'Novartis', role: 'acquirer' }],
      },
      {
        type: 'acquisition', target: ['MorphoSys'], amount: { currency: 'EUR', amount: 2_700_000_000 }, date: '2024-05',
        parties: [{ name: 'Novartis', role: 'acquirer' }],
      },
    ],
    note: 'public record; upfront amount is the price; an earlier takeover completed "last May"',
  },
  {
    id: 'en3a-024', lang: 'en', style: 'wire', date: '2023-10-23',
    text: 'Chevron agreed on Monday to buy Hess for $53 billion in stock, less than two weeks after Exxon Mobil struck a $59.5 billion all-stock deal for shale producer Pioneer Natural Resources, as the largest U.S. oil companies bet on fossil fuels for decades to come.',
    deals: [
      {
        type: 'acquisition', target: ['Hess'], amount: { currency: 'USD', amount: 53_000_000_000 },
        parties: [{ name: 'Chevron', role: 'acquirer' }],
      },
      {
        type: 'acquisition', target: ['Pioneer Natural Resources'], amount: { currency: 'USD', amount: 59_500_000_000 },
        parties: [{ name: 'Exxon Mobil', role: 'acquirer' }],
      },
    ],
    note: 'public record; two takeovers by different buyers, the second as "struck a deal for"',
  },
  {
    id: 'en3a-025', lang: 'en', style: 'tech-press', date: '2024-12-17',
    text: 'Databricks has raised $10 billion in a Series J round led by Thrive Capital at a $62 billion valuation, one of the largest venture rounds on record. Andreessen Horowitz, DST Global, GIC, Insight Partners and WCM Investment Management co-led. The data company spent more than $1 billion in June to buy Tabular, a startup founded by the creators of Apache Iceberg.',
    deals: [
      {
        type: 'funding', target: ['Databricks'], amount: { currency: 'USD', amount: 10_000_000_000 }, round: 'Series J',
        valuation: { currency: 'USD', amount: 62_000_000_000 },
        parties: [
          { name: 'Thrive Capital', role: 'lead' }, { name: 'Andreessen Horowitz', role: 'lead' },
          { name: 'DST Global', role: 'lead' }, { name: 'GIC', role: 'lead' }, { name: 'Insight Partners', role: 'lead' },
          { name: 'WCM Investment Management', role: 'lead' },
        ],
      },
      {
        type: 'acquisition', target: ['Tabular'], amount: { currency: 'USD', amount: 1_000_000_000 }, date: '2024-06',
        parties: [{ name: 'Databricks', role: 'acquirer' }],
      },
    ],
    note: 'public record; co-leads in their own sentence; a purchase "in June" named by "the data company"',
  },
  // ---- batch A: IPOs, a SPAC merger, a direct listing ----
  {
    id: 'en3a-026', lang: 'en', style: 'wire', date: '2024-03-20',
    text: 'NEW YORK, March 20 (Reuters) - Reddit priced its initial public offering at $34 per share, the top of its marketed range, raising $748 million for the social media platform and some of its shareholders. The pricing values Reddit at about $6.4 billion.',
    deals: [{
      type: 'ipo', target: ['Reddit'], amount: { currency: 'USD', amount: 748_000_000 },
      valuation: { currency: 'USD', amount: 6_400_000_000 }, parties: [],
    }],
    note: 'public record; the valuation in the next sentence',
  },
  {
    id: 'en3a-027', lang: 'en', style: 'bloomberg-brief', date: '2023-09-13',
    text: 'Arm Holdings raised $4.87 billion in its US initial public offering after pricing shares at $51 each, the top of a marketed range, valuing the SoftBank Group-owned chip designer at $54.5 billion. The stock begins trading on the Nasdaq on Thursday.',
    deals: [{
      type: 'ipo', target: ['Arm Holdings'], amount: { currency: 'USD', amount: 4_870_000_000 },
      valuation: { currency: 'USD', amount: 54_500_000_000 }, parties: [],
    }],
    note: 'public record; the owner is no party of the listing as written',
  },
  {
    id: 'en3a-028', lang: 'en', style: 'tech-press', date: '2025-07-31',
    text: 'Figma raised about $1.2 billion in its long-awaited IPO after pricing its shares at $33, above the already-raised range of $30 to $32. The design software maker, which Adobe had tried to buy for $20 billion before regulators intervened, is valued at roughly $19.3 billion at the offer price.',
    deals: [{
      type: 'ipo', target: ['Figma'], amount: { currency: 'USD', amount: 1_200_000_000 },
      valuation: { currency: 'USD', amount: 19_300_000_000 }, parties: [],
    }],
    note: 'public record; a failed takeover recalled is no deal',
  },
  {
    id: 'en3a-029', lang: 'en', style: 'markets-brief', date: '2023-06-15',
    text: 'Mediterranean restaurant chain Cava Group upsized its IPO and priced it at $22 a share, above the expected range, raising about $318 million. Shares start trading on the New York Stock Exchange on Thursday under the ticker CAVA.',
    deals: [{
      type: 'ipo', target: ['Cava Group'], amount: { currency: 'USD', amount: 318_000_000 }, parties: [],
    }],
    note: 'public record; upsized and priced above the range',
  },
  {
    id: 'en3a-030', lang: 'en', style: 'australia-business-press-afr', date: '2024-06-20',
    text: 'Burrito chain Guzman y Gomez soared on its ASX debut on Thursday after raising A$335 million in an initial public offering priced at A$22 a share, which valued the company at about A$2.2 billion.',
    deals: [{
      type: 'ipo', target: ['Guzman y Gomez'], amount: { currency: 'AUD', amount: 335_000_000 },
      valuation: { currency: 'AUD', amount: 2_200_000_000 }, parties: [],
    }],
    note: 'public record',
  },
  {
    id: 'en3a-031', lang: 'en', style: 'india-business-press-mint', date: '2024-10-17',
    text: 'Hyundai Motor India’s Rs 27,870 crore IPO, the largest in the country’s history, was fully subscribed on the last day of bidding, led by demand from qualified institutional buyers. The shares, priced at Rs 1,960 each at the top of the band, list on Tuesday.',
    deals: [{
      type: 'ipo', target: ['Hyundai Motor India'], amount: { currency: 'INR', amount: 278_700_000_000 }, parties: [],
    }],
    note: 'public record; priced and subscribed, so a deal; the per-share price is no amount',
  },
  {
    id: 'en3a-032', lang: 'en', style: 'wire', date: '2021-12-02',
    text: 'Southeast Asian ride-hailing and delivery firm Grab Holdings completed its merger with Altimeter Growth Corp, a blank-check company, and starts trading on the Nasdaq on Thursday in the largest-ever SPAC deal. The transaction values Grab at about $40 billion.',
    deals: [{
      type: 'merger', target: ['Grab Holdings', 'Grab'], valuation: { currency: 'USD', amount: 40_000_000_000 },
      parties: [{ name: 'Altimeter Growth Corp', role: 'participant' }],
    }],
    note: 'public record; SPAC merger, directionless (the operating company first)',
  },
  {
    id: 'en3a-033', lang: 'en', style: 'markets-brief', date: '2021-03-10',
    text: 'Roblox shares opened at $64.50 in the video game platform’s direct listing on the New York Stock Exchange on Wednesday, well above a $45 reference price, giving the company a market value of about $38 billion.',
    deals: [{ type: 'ipo', target: ['Roblox'], parties: [] }],
    note: 'public record; direct listing, no amount; a market value is no valuation of a deal',
  },
  // ---- batch A: no deal ----
  {
    id: 'en3a-034', lang: 'en', style: 'wsj-deal-story', date: '2024-09-20',
    text: 'Qualcomm has approached Intel in recent days about a takeover, according to people familiar with the matter, in what would be one of the largest tech deals ever. It is unclear whether Intel is receptive, and a deal is far from certain.',
    deals: [], negative: 'rumour', note: 'public record',
  },
  {
    id: 'en3a-035', lang: 'en', style: 'bloomberg-brief', date: '2024-12-11',
    text: 'Walgreens Boots Alliance is in talks to sell itself to private equity firm Sycamore Partners, people familiar with the matter said, sending its shares up as much as 20%. No agreement has been reached and the talks could still fall apart.',
    deals: [], negative: 'talks', note: 'public record',
  },
  {
    id: 'en3a-036', lang: 'en', style: 'tech-press', date: '2024-11-13',
    text: 'Buy now, pay later firm Klarna said on Wednesday it has confidentially filed for an initial public offering in the United States. The number of shares to be offered and the price range have not yet been set.',
    deals: [], negative: 'not-closed', note: 'public record; a confidential filing',
  },
  {
    id: 'en3a-037', lang: 'en', style: 'newsletter', date: '2024-01-19',
    text: 'Elon Musk on Friday denied a report that his artificial intelligence startup xAI had raised $500 million toward a $1 billion goal. Musk said on X that xAI was not raising capital and that he had held no conversations with anyone about it.',
    deals: [], negative: 'denial', note: 'public record',
  },
  {
    id: 'en3a-038', lang: 'en', style: 'ft-deal-column', date: '2023-12-18',
    text: 'Adobe and Figma have called off their $20bn merger, saying there was no clear path to winning approval from European and UK competition regulators. Adobe will pay the design software start-up a $1bn termination fee.',
    deals: [], negative: 'called-off', note: 'public record; a break fee is no deal',
  },
  {
    id: 'en3a-039', lang: 'en', style: 'wire', date: '2024-12-11',
    text: 'Albertsons said on Wednesday it had terminated its $24.6 billion merger agreement with Kroger, a day after judges in Oregon and Washington blocked the deal, and sued its would-be buyer for failing to do enough to win regulatory approval.',
    deals: [], negative: 'called-off', note: 'public record',
  },
  {
    id: 'en3a-040', lang: 'en', style: 'markets-brief', date: '2024-11-20',
    text: 'Nvidia reported third-quarter revenue of $35.1 billion on Wednesday, up 94% from a year earlier, and forecast fourth-quarter sales of about $37.5 billion, slightly above Wall Street estimates.',
    deals: [], negative: 'revenue', note: 'public record',
  },
  {
    id: 'en3a-041', lang: 'en', style: 'vc-trade-press', date: '2024-04-16',
    text: 'Andreessen Horowitz has raised $7.2 billion across several new funds, including $1.25 billion for AI infrastructure and $600 million for gaming, the firm said on Tuesday. The money brings its assets under management to more than $42 billion.',
    deals: [], negative: 'fund-raise', note: 'public record; a VC firm’s own funds',
  },
  {
    id: 'en3a-042', lang: 'en', style: 'wire', date: '2024-05-02',
    text: 'Apple on Thursday announced a record $110 billion share buyback and raised its quarterly dividend by 4% to 25 cents a share, as iPhone sales fell less than analysts had feared.',
    deals: [], negative: 'buyback', note: 'public record',
  },
  {
    id: 'en3a-043', lang: 'en', style: 'ap-brief', date: '2023-12-18',
    text: 'Google will pay $700 million and make it easier for Android users to download apps from outside its Play Store under a settlement with all 50 U.S. states, the District of Columbia and two territories, according to court documents filed Monday.',
    deals: [], negative: 'settlement', note: 'public record',
  },
  {
    id: 'en3a-044', lang: 'en', style: 'markets-brief', date: '2024-10-30',
    text: 'Super Micro Computer shares plunged 33% on Wednesday after its auditor Ernst & Young resigned, saying it was no longer willing to be associated with the server maker’s financial statements.',
    deals: [], negative: 'share-move', note: 'public record',
  },
  {
    id: 'en3a-045', lang: 'en', style: 'wire', date: '2023-10-02',
    text: 'Kellogg completed the spin-off of its North American cereal business, WK Kellogg Co, on Monday and renamed itself Kellanova. WK Kellogg shares began regular trading on the New York Stock Exchange, with Kellogg shareholders receiving one share for every four they held.',
    deals: [], negative: 'other', note: 'public record; a spin-off to shareholders is no deal (no buyer, no price)',
  },
  // ---- batch B: written after the rules for batch A were in, scored before any change for it ----
  {
    id: 'en3b-001', lang: 'en', style: 'tech-press-techcrunch', date: '2024-11-04',
    text: 'Physical Intelligence, a San Francisco startup building AI models for robots, has raised $400 million at a post-money valuation of about $2.4 billion. Jeff Bezos, Thrive Capital and Lux Capital put money into the round. OpenAI, Redpoint Ventures and Bond also took part.',
    deals: [{
      type: 'funding', target: ['Physical Intelligence'], amount: { currency: 'USD', amount: 400_000_000 },
      valuation: { currency: 'USD', amount: 2_400_000_000, basis: 'post' },
      parties: [
        { name: 'Jeff Bezos', role: 'participant' }, { name: 'Thrive Capital', role: 'participant' }, { name: 'Lux Capital', role: 'participant' },
        { name: 'OpenAI', role: 'participant' }, { name: 'Redpoint Ventures', role: 'participant' }, { name: 'Bond', role: 'participant' },
      ],
    }],
    note: 'public record; backers in two later sentences, a person first',
  },
  {
    id: 'en3b-002', lang: 'en', style: 'axios-pro-deals', date: '2024-10-28',
    text: 'Sierra, the customer-service AI startup co-founded by Bret Taylor, raised $175 million led by Greenoaks Capital at a valuation of $4.5 billion. Existing backers Sequoia Capital and Benchmark also invested.',
    deals: [{
      type: 'funding', target: ['Sierra'], amount: { currency: 'USD', amount: 175_000_000 },
      valuation: { currency: 'USD', amount: 4_500_000_000 },
      parties: [{ name: 'Greenoaks Capital', role: 'lead' }, { name: 'Sequoia Capital', role: 'participant' }, { name: 'Benchmark', role: 'participant' }],
    }],
    note: 'public record',
  },
  {
    id: 'en3b-003', lang: 'en', style: 'fortune-term-sheet', date: '2025-03-03',
    text: 'Anthropic has closed a $3.5 billion Series E at a $61.5 billion post-money valuation. Lightspeed Venture Partners led the round, which also drew Bessemer Venture Partners, Cisco Investments, D1 Capital Partners, Fidelity Management & Research, General Catalyst, Jane Street, Menlo Ventures and Salesforce Ventures.',
    deals: [{
      type: 'funding', target: ['Anthropic'], amount: { currency: 'USD', amount: 3_500_000_000 }, round: 'Series E',
      valuation: { currency: 'USD', amount: 61_500_000_000, basis: 'post' },
      parties: [
        { name: 'Lightspeed Venture Partners', role: 'lead' }, { name: 'Bessemer Venture Partners', role: 'participant' },
        { name: 'Cisco Investments', role: 'participant' }, { name: 'D1 Capital Partners', role: 'participant' },
        { name: 'Fidelity Management & Research', role: 'participant' }, { name: 'General Catalyst', role: 'participant' },
        { name: 'Jane Street', role: 'participant' }, { name: 'Menlo Ventures', role: 'participant' },
        { name: 'Salesforce Ventures', role: 'participant' },
      ],
    }],
    note: 'public record; eight participants after "which also drew"',
  },
  {
    id: 'en3b-004', lang: 'en', style: 'business-insider', date: '2024-04-10',
    text: 'Rippling raised $200 million in a Series F round led by Coatue, valuing the HR software company at $13.5 billion. Founders Fund, Greenoaks and Kleiner Perkins also joined.',
    deals: [{
      type: 'funding', target: ['Rippling'], amount: { currency: 'USD', amount: 200_000_000 }, round: 'Series F',
      valuation: { currency: 'USD', amount: 13_500_000_000 },
      parties: [
        { name: 'Coatue', role: 'lead' }, { name: 'Founders Fund', role: 'participant' },
        { name: 'Greenoaks', role: 'participant' }, { name: 'Kleiner Perkins', role: 'participant' },
      ],
    }],
    note: 'public record',
  },
  {
    id: 'en3b-005', lang: 'en', style: 'the-information-style', date: '2024-09-04',
    text: 'Safe Superintelligence, the AI startup co-founded by former OpenAI chief scientist Ilya Sutskever, has raised $1 billion in cash. Backers included Andreessen Horowitz, Sequoia Capital, DST Global and SV Angel, as well as NFDG, the investment partnership run by Nat Friedman and SSI chief executive Daniel Gross. The three-month-old company is valued at $5 billion, according to people familiar with the matter.',
    deals: [{
      type: 'funding', target: ['Safe Superintelligence'], amount: { currency: 'USD', amount: 1_000_000_000 },
      valuation: { currency: 'USD', amount: 5_000_000_000 },
      parties: [
        { name: 'Andreessen Horowitz', role: 'participant' }, { name: 'Sequoia Capital', role: 'participant' },
        { name: 'DST Global', role: 'participant' }, { name: 'SV Angel', role: 'participant' }, { name: 'NFDG', role: 'participant' },
      ],
    }],
    note: 'public record; OpenAI is named for a founder\'s past, no party; the valuation in the third sentence',
  },
  {
    id: 'en3b-006', lang: 'en', style: 'tech-press', date: '2025-06-11',
    text: 'Stripe has agreed to buy Privy, a startup that makes crypto wallets for apps, for an undisclosed sum. The payments company closed its $1.1 billion acquisition of stablecoin platform Bridge in February.',
    deals: [
      { type: 'acquisition', target: ['Privy'], parties: [{ name: 'Stripe', role: 'acquirer' }] },
      {
        type: 'acquisition', target: ['Bridge'], amount: { currency: 'USD', amount: 1_100_000_000 }, date: '2025-02',
        parties: [{ name: 'Stripe', role: 'acquirer' }],
      },
    ],
    note: 'public record; a second purchase named by "the payments company", dated in the text',
  },
  {
    id: 'en3b-007', lang: 'en', style: 'wire', date: '2025-01-13',
    text: 'Jan 13 (Reuters) - Johnson & Johnson said on Monday it would buy Intra-Cellular Therapies for $132 per share in cash, valuing the deal at about $14.6 billion, as it adds a treatment for schizophrenia and bipolar depression to its neuroscience portfolio.',
    deals: [{
      type: 'acquisition', target: ['Intra-Cellular Therapies'], amount: { currency: 'USD', amount: 14_600_000_000 },
      parties: [{ name: 'Johnson & Johnson', role: 'acquirer' }],
    }],
    note: 'public record; reported speech for a deal agreed; per-share price, then the total',
  },
  {
    id: 'en3b-008', lang: 'en', style: 'ft-deal-column', date: '2024-09-11',
    text: 'UniCredit has bought a 4.5 per cent stake in Commerzbank from the German government for about €702mn, and picked up a similar amount on the market, giving it 9 per cent of the German lender and fuelling talk of a full takeover.',
    deals: [{
      type: 'stake-sale', target: ['Commerzbank'], amount: { currency: 'EUR', amount: 702_000_000 },
      parties: [{ name: 'UniCredit', role: 'acquirer' }, { name: 'German government', role: 'seller' }],
    }],
    note: 'public record; a stake bought from the state; the takeover is talk',
  },
  {
    id: 'en3b-009', lang: 'en', style: 'wsj-deal-story', date: '2024-03-28',
    text: 'Home Depot agreed to acquire SRS Distribution, a supplier of roofing and pool products owned by private-equity firms Leonard Green & Partners and Berkshire Partners, for about $18.25 billion including debt. It is the home-improvement chain’s largest deal ever.',
    deals: [{
      type: 'acquisition', target: ['SRS Distribution'], amount: { currency: 'USD', amount: 18_250_000_000 },
      parties: [
        { name: 'Home Depot', role: 'acquirer' }, { name: 'Leonard Green & Partners', role: 'seller' }, { name: 'Berkshire Partners', role: 'seller' },
      ],
    }],
    note: 'public record; the owners named in an aside sell',
  },
  {
    id: 'en3b-010', lang: 'en', style: 'ap-brief', date: '2025-07-02',
    text: 'Hewlett Packard Enterprise completed its $14 billion acquisition of Juniper Networks on Wednesday, a week after settling a Justice Department lawsuit that had sought to block the deal.',
    deals: [{
      type: 'acquisition', target: ['Juniper Networks'], amount: { currency: 'USD', amount: 14_000_000_000 },
      parties: [{ name: 'Hewlett Packard Enterprise', role: 'acquirer' }],
    }],
    note: 'public record; a settlement recalled is no deal',
  },
  {
    id: 'en3b-011', lang: 'en', style: 'bloomberg-brief', date: '2024-01-12',
    text: 'BlackRock Inc. agreed to buy Global Infrastructure Partners for about $12.5 billion in cash and stock, making the world’s largest asset manager a major player in infrastructure investing. GIP’s founder, Adebayo Ogunlesi, will join BlackRock’s board.',
    deals: [{
      type: 'acquisition', target: ['Global Infrastructure Partners', 'GIP'], amount: { currency: 'USD', amount: 12_500_000_000 },
      parties: [{ name: 'BlackRock Inc.', role: 'acquirer' }],
    }],
    note: 'public record',
  },
  {
    id: 'en3b-012', lang: 'en', style: 'nikkei-asia', date: '2025-06-03',
    text: 'TOKYO -- A group led by Toyota Fudosan, the Toyota group’s real estate company, will take Toyota Industries private for about 4.7 trillion yen ($33 billion), offering 16,300 yen a share in a tender offer, the companies said Tuesday.',
    deals: [{
      type: 'acquisition', target: ['Toyota Industries'], amount: { currency: 'JPY', amount: 4_700_000_000_000 },
      parties: [{ name: 'Toyota Fudosan', role: 'acquirer' }],
    }],
    note: 'public record; take-private by a group company, the yen figure first',
  },
  {
    id: 'en3b-013', lang: 'en', style: 'india-business-press-mint', date: '2024-01-12',
    text: 'Tata Consumer Products said on Friday it will acquire Ching’s Secret maker Capital Foods for an enterprise value of Rs 5,100 crore and Fabindia-backed Organic India for Rs 1,900 crore, stepping up its push into premium packaged food.',
    deals: [
      {
        type: 'acquisition', target: ['Capital Foods'], amount: { currency: 'INR', amount: 51_000_000_000 },
        parties: [{ name: 'Tata Consumer Products', role: 'acquirer' }],
      },
      {
        type: 'acquisition', target: ['Organic India'], amount: { currency: 'INR', amount: 19_000_000_000 },
        parties: [{ name: 'Tata Consumer Products', role: 'acquirer' }],
      },
    ],
    note: 'public record; one buyer, two targets under one verb',
  },
  {
    id: 'en3b-014', lang: 'en', style: 'canada-business-press-globe', date: '2023-04-14',
    text: 'Canadian Pacific Railway Ltd. completed its US$31-billion acquisition of Kansas City Southern on Friday, creating the first railway to link Canada, the United States and Mexico. U.S. regulators approved the combination last month.',
    deals: [{
      type: 'acquisition', target: ['Kansas City Southern'], amount: { currency: 'USD', amount: 31_000_000_000 },
      parties: [{ name: 'Canadian Pacific Railway Ltd.', role: 'acquirer' }],
    }],
    note: 'public record',
  },
  {
    id: 'en3b-015', lang: 'en', style: 'australia-business-press-afr', date: '2024-12-02',
    text: 'Northern Star Resources has agreed to buy De Grey Mining, owner of the Hemi gold project in the Pilbara, in an all-scrip deal worth about A$5 billion, betting on a record gold price.',
    deals: [{
      type: 'acquisition', target: ['De Grey Mining'], amount: { currency: 'AUD', amount: 5_000_000_000 },
      parties: [{ name: 'Northern Star Resources', role: 'acquirer' }],
    }],
    note: 'public record',
  },
  {
    id: 'en3b-016', lang: 'en', style: 'local-business-journal', date: '2021-02-11',
    text: 'Austin-based Hormel Foods Corp. will buy the Planters snack nut business from Kraft Heinz Co. for $3.35 billion in cash, the largest acquisition in the meatpacker’s history.',
    deals: [{
      type: 'acquisition', target: ['Planters'], amount: { currency: 'USD', amount: 3_350_000_000 },
      parties: [{ name: 'Hormel Foods Corp.', role: 'acquirer' }, { name: 'Kraft Heinz Co.', role: 'seller' }],
    }],
    note: 'public record; a brand bought from its owner',
  },
  {
    id: 'en3b-017', lang: 'en', style: 'wire', date: '2024-05-01',
    text: 'Cruise operator Viking Holdings priced its U.S. initial public offering at $24 per share, above its marketed range of $21 to $23, raising about $1.54 billion, the company said on Tuesday.',
    deals: [{ type: 'ipo', target: ['Viking Holdings'], amount: { currency: 'USD', amount: 1_540_000_000 }, parties: [] }],
    note: 'public record',
  },
  {
    id: 'en3b-018', lang: 'en', style: 'markets-brief', date: '2025-06-05',
    text: 'Stablecoin issuer Circle Internet Group priced its upsized IPO at $31 a share, above the marketed range, raising about $1.05 billion. The shares start trading on the New York Stock Exchange on Thursday.',
    deals: [{ type: 'ipo', target: ['Circle Internet Group'], amount: { currency: 'USD', amount: 1_050_000_000 }, parties: [] }],
    note: 'public record; upsized, priced above the range',
  },
  {
    id: 'en3b-019', lang: 'en', style: 'tech-press', date: '2025-09-10',
    text: 'Klarna raised $1.37 billion in its long-delayed New York IPO after pricing shares at $40, above the expected range, valuing the Swedish buy-now-pay-later firm at about $15.1 billion.',
    deals: [{
      type: 'ipo', target: ['Klarna'], amount: { currency: 'USD', amount: 1_370_000_000 },
      valuation: { currency: 'USD', amount: 15_100_000_000 }, parties: [],
    }],
    note: 'public record',
  },
  {
    id: 'en3b-020', lang: 'en', style: 'india-business-press-et', date: '2024-11-13',
    text: 'Swiggy shares listed at Rs 412 on the NSE on Wednesday, nearly 8% above the issue price of Rs 390, after the food delivery company’s Rs 11,327 crore IPO was subscribed 3.6 times.',
    deals: [{ type: 'ipo', target: ['Swiggy'], amount: { currency: 'INR', amount: 113_270_000_000 }, parties: [] }],
    note: 'public record; listing price and issue price are no amounts',
  },
  {
    id: 'en3b-021', lang: 'en', style: 'nikkei-asia', date: '2024-10-23',
    text: 'TOKYO -- Tokyo Metro shares jumped 45% in their market debut on Wednesday after the subway operator’s IPO raised 348.6 billion yen, Japan’s largest since SoftBank Corp.’s listing in 2018.',
    deals: [{ type: 'ipo', target: ['Tokyo Metro'], amount: { currency: 'JPY', amount: 348_600_000_000 }, parties: [] }],
    note: 'public record; an earlier listing recalled to compare with is no deal',
  },
  {
    id: 'en3b-022', lang: 'en', style: 'wire', date: '2024-03-25',
    text: 'Trump Media & Technology Group completed its merger with blank-check firm Digital World Acquisition Corp on Monday, and the combined company will begin trading on Nasdaq under the ticker DJT on Tuesday.',
    deals: [{
      type: 'merger', target: ['Trump Media & Technology Group'], parties: [{ name: 'Digital World Acquisition Corp', role: 'participant' }],
    }],
    note: 'public record; SPAC merger, directionless (the operating company first)',
  },
  {
    id: 'en3b-023', lang: 'en', style: 'bloomberg-brief', date: '2025-03-28',
    text: 'CoreWeave priced its initial public offering at $40 a share on Thursday, below its marketed range, raising $1.5 billion. The AI cloud provider raised $1.1 billion last May in a Series C round led by Coatue that valued it at $19 billion.',
    deals: [
      { type: 'ipo', target: ['CoreWeave'], amount: { currency: 'USD', amount: 1_500_000_000 }, parties: [] },
      {
        type: 'funding', target: ['CoreWeave'], amount: { currency: 'USD', amount: 1_100_000_000 }, round: 'Series C', date: '2024-05',
        valuation: { currency: 'USD', amount: 19_000_000_000 }, parties: [{ name: 'Coatue', role: 'lead' }],
      },
    ],
    note: 'public record; a listing and an earlier round "last May"',
  },
  {
    id: 'en3b-024', lang: 'en', style: 'newsletter', date: '2025-07-18',
    text: 'Stockholm-based Lovable has raised $200 million in a Series A led by Accel at a $1.8 billion valuation, eight months after its launch. In June, legal AI startup Harvey closed a $300 million Series E co-led by Kleiner Perkins and Coatue, valuing it at $5 billion.',
    deals: [
      {
        type: 'funding', target: ['Lovable'], amount: { currency: 'USD', amount: 200_000_000 }, round: 'Series A',
        valuation: { currency: 'USD', amount: 1_800_000_000 }, parties: [{ name: 'Accel', role: 'lead' }],
      },
      {
        type: 'funding', target: ['Harvey'], amount: { currency: 'USD', amount: 300_000_000 }, round: 'Series E', date: '2025-06',
        valuation: { currency: 'USD', amount: 5_000_000_000 },
        parties: [{ name: 'Kleiner Perkins', role: 'lead' }, { name: 'Coatue', role: 'lead' }],
      },
    ],
    note: 'public record; two rounds of two companies, the second dated',
  },
  {
    id: 'en3b-025', lang: 'en', style: 'australia-business-press-afr', date: '2024-10-09',
    text: 'Rio Tinto has agreed to buy Arcadium Lithium for US$6.7 billion in cash, or US$5.85 a share, making it one of the world’s biggest lithium producers. In December 2022 the miner took full control of Mongolian copper company Turquoise Hill Resources for about US$3.3 billion.',
    deals: [
      {
        type: 'acquisition', target: ['Arcadium Lithium'], amount: { currency: 'USD', amount: 6_700_000_000 },
        parties: [{ name: 'Rio Tinto', role: 'acquirer' }],
      },
      {
        type: 'acquisition', target: ['Turquoise Hill Resources'], amount: { currency: 'USD', amount: 3_300_000_000 }, date: '2022-12',
        parties: [{ name: 'Rio Tinto', role: 'acquirer' }],
      },
    ],
    note: 'public record; a purchase agreed and an earlier one dated, named by "the miner"',
  },
  // ---- batch B: no deal ----
  {
    id: 'en3b-026', lang: 'en', style: 'nikkei-asia', date: '2025-02-13',
    text: 'TOKYO -- Honda and Nissan have formally called off talks to merge, ending a plan that would have created the world’s third-largest automaker by sales. The two companies said they would still work together on electric vehicles.',
    deals: [], negative: 'called-off', note: 'public record',
  },
  {
    id: 'en3b-027', lang: 'en', style: 'business-daily', date: '2025-03-04',
    text: 'BP is exploring a sale of its Castrol lubricants business, which could fetch around $10 billion, as the oil major tries to cut debt and win back investors, people familiar with the matter said.',
    deals: [], negative: 'rumour', note: 'public record',
  },
  {
    id: 'en3b-028', lang: 'en', style: 'tech-press', date: '2025-04-04',
    text: 'Klarna and StubHub have postponed their planned initial public offerings after the Trump administration’s tariff announcement sent stocks tumbling. Both companies had filed publicly and were expected to launch their roadshows next week.',
    deals: [], negative: 'not-closed', note: 'public record',
  },
  {
    id: 'en3b-029', lang: 'en', style: 'india-business-press-et', date: '2024-08-19',
    text: 'Edtech firm Vidyanta Learning on Monday dismissed media reports that it had raised Rs 500 crore from Kestrel Ventures, calling them baseless. The company said it was not in talks with any investor.',
    deals: [], negative: 'denial', note: 'fictional company and investor',
  },
  {
    id: 'en3b-030', lang: 'en', style: 'wire', date: '2024-11-14',
    text: 'Tapestry and Capri Holdings said on Thursday they had terminated their $8.5 billion merger agreement, weeks after a federal judge sided with the Federal Trade Commission and blocked the deal.',
    deals: [], negative: 'called-off', note: 'public record',
  },
  {
    id: 'en3b-031', lang: 'en', style: 'markets-brief', date: '2025-07-30',
    text: 'Microsoft reported fiscal fourth-quarter revenue of $76.4 billion, up 18% from a year earlier, as sales at its Azure cloud business rose 39%.',
    deals: [], negative: 'revenue', note: 'public record',
  },
  {
    id: 'en3b-032', lang: 'en', style: 'markets-brief', date: '2024-12-13',
    text: 'Broadcom’s market value topped $1 trillion for the first time on Friday after its shares jumped 24%, a day after the chipmaker forecast strong demand for its custom AI chips.',
    deals: [], negative: 'market-value', note: 'public record',
  },
  {
    id: 'en3b-033', lang: 'en', style: 'vc-trade-press', date: '2024-12-17',
    text: 'Lightspeed Venture Partners has raised $7 billion across four new funds, the largest haul in the firm’s history, with most of the money earmarked for later-stage AI companies.',
    deals: [], negative: 'fund-raise', note: 'public record',
  },
  {
    id: 'en3b-034', lang: 'en', style: 'wire', date: '2024-04-25',
    text: 'Alphabet on Thursday announced its first-ever dividend of 20 cents a share and authorized a $70 billion share buyback, sending its stock up more than 10% in extended trading.',
    deals: [], negative: 'buyback', note: 'public record',
  },
  {
    id: 'en3b-035', lang: 'en', style: 'ap-brief', date: '2024-10-25',
    text: 'Exxon Mobil raised its quarterly dividend by 4% to 99 cents a share on Friday after reporting third-quarter profit of $8.6 billion.',
    deals: [], negative: 'dividend', note: 'public record',
  },
  {
    id: 'en3b-036', lang: 'en', style: 'business-daily', date: '2024-09-30',
    text: 'Carnival Corp said it would repay $1 billion of its highest-cost notes early, using cash on hand, as the cruise operator works down the debt it piled up during the pandemic.',
    deals: [], negative: 'other', note: 'fictional figures after real reporting of debt repaid early; repaying debt is no deal',
  },
  {
    id: 'en3b-037', lang: 'en', style: 'ap-brief', date: '2024-07-30',
    text: 'Meta Platforms agreed to pay $1.4 billion to Texas to settle a lawsuit accusing the company of collecting users’ facial recognition data without their consent, the state’s attorney general said.',
    deals: [], negative: 'settlement', note: 'public record',
  },
  {
    id: 'en3b-038', lang: 'en', style: 'markets-brief', date: '2025-01-27',
    text: 'Nvidia shares sank 17% on Monday, wiping nearly $600 billion off its market value, after Chinese startup DeepSeek released a cheap AI model that rivaled U.S. systems.',
    deals: [], negative: 'share-move', note: 'public record',
  },
  {
    id: 'en3b-039', lang: 'en', style: 'wire', date: '2023-01-04',
    text: 'General Electric completed the spin-off of GE HealthCare Technologies, whose shares began regular trading on Nasdaq on Wednesday. GE shareholders received one GE HealthCare share for every three GE shares they held, and GE kept a 19.9% stake.',
    deals: [], negative: 'other', note: 'public record; a spin-off to shareholders is no deal',
  },
];
