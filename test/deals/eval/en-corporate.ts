// English corporate deal news for the deal evaluation set: acquisitions, mergers, IPOs and stake
// sales, with hard negatives (talks, rumours, denials, deals called off or blocked, IPO plans,
// settlements, revenue, market values, share moves, buybacks, dividends). Written in our own words:
// real deals (2010–2025) from public record, or fictional-but-plausible companies ("fictional" in
// `note`). Conventions in gold.ts. Directionless mergers ("X and Y agreed to merge", "merger of
// equals", a SPAC combination): `target` is the first-named company, the other side a 'participant'
// (`note` says "directionless"). A private placement or PIPE alongside a listing is a second deal of
// type 'funding' whose investors are 'participant's.
import type { GoldParagraph } from './gold';

export const PARAGRAPHS: readonly GoldParagraph[] = [
  {
    id: 'en-corp-001', lang: 'en', style: 'wire', date: '2022-01-18',
    text: 'Jan 18 (Reuters) - Microsoft Corp will buy "Call of Duty" maker Activision Blizzard Inc for $68.7 billion in cash, the biggest deal in its history, as it bulks up its gaming business to take on Tencent and Sony. Microsoft will pay $95 per share, a premium of about 45% to Activision’s close on Friday.',
    deals: [
      { type: 'acquisition', target: ['Activision Blizzard Inc', 'Activision'], amount: { currency: 'USD', amount: 68_700_000_000 }, parties: [{ name: 'Microsoft Corp', role: 'acquirer' }] },
    ],
    note: 'public record; per-share price and total, amount is the total; Tencent and Sony are rivals, not parties',
  },
  {
    id: 'en-corp-002', lang: 'en', style: 'tech-press', date: '2023-09-14',
    text: 'Arm Holdings priced its Nasdaq IPO at $51 per share, the top of its range, raising $4.87 billion for SoftBank Group and valuing the chip designer at $54.5 billion. SoftBank, which agreed in July 2016 to buy Arm for about $32 billion, keeps roughly 90% of the company. Apple, Nvidia, Alphabet, AMD, Intel and Samsung were among the strategic investors that signalled interest in buying up to $735 million of the shares.',
    deals: [
      {
        type: 'ipo', target: ['Arm Holdings', 'Arm'], amount: { currency: 'USD', amount: 4_870_000_000 }, valuation: { currency: 'USD', amount: 54_500_000_000 },
        parties: [
          { name: 'SoftBank Group', role: 'seller' }, { name: 'Apple', role: 'participant' }, { name: 'Nvidia', role: 'participant' },
          { name: 'Alphabet', role: 'participant' }, { name: 'AMD', role: 'participant' }, { name: 'Intel', role: 'participant' }, { name: 'Samsung', role: 'participant' },
        ],
      },
      { type: 'acquisition', target: ['Arm'], amount: { currency: 'USD', amount: 32_000_000_000 }, parties: [{ name: 'SoftBank Group', role: 'acquirer' }], date: '2016-07' },
    ],
    note: 'public record; two deals: the IPO (SoftBank sold the shares, strategic investors as participants) and SoftBank’s 2016 purchase',
  },
  {
    id: 'en-corp-003', lang: 'en', style: 'tech-press', date: '2023-12-18',
    text: 'Adobe and Figma have called off their $20 billion merger, saying there was "no clear path" to winning approval from regulators in Europe and the UK. Adobe will pay Figma a $1 billion termination fee, ending a deal that had been under scrutiny for 15 months.',
    deals: [],
    negative: 'called-off',
    note: 'public record',
  },
  {
    id: 'en-corp-004', lang: 'en', style: 'wire', date: '2015-12-11',
    text: 'NEW YORK, Dec 11 (Reuters) - Dow Chemical Co and DuPont agreed on Friday to combine in an all-stock merger of equals, creating a chemicals and agriculture giant with a market value of about $130 billion that they then plan to break into three separately listed companies.',
    deals: [
      { type: 'merger', target: ['Dow Chemical Co'], parties: [{ name: 'DuPont', role: 'participant' }] },
    ],
    note: 'public record; directionless; $130 billion is a market value, not the deal amount',
  },
  {
    id: 'en-corp-005', lang: 'en', style: 'business-daily', date: '2023-09-21',
    text: 'Cisco Systems has agreed to buy Splunk for $157 a share in cash, a roughly $28bn deal that is the largest in the networking group’s history and deepens its push into cyber security software. The price is a 31 per cent premium to Splunk’s closing price on Wednesday.',
    deals: [
      { type: 'acquisition', target: ['Splunk'], amount: { currency: 'USD', amount: 28_000_000_000 }, parties: [{ name: 'Cisco Systems', role: 'acquirer' }] },
    ],
    note: 'public record',
  },
  {
    id: 'en-corp-006', lang: 'en', style: 'hk-english-press', date: '2019-11-20',
    text: 'Alibaba Group Holding has priced its Hong Kong secondary listing at HK$176 per share, raising HK$88 billion (US$11.2 billion) in the city’s largest share sale since 2010. The e-commerce giant, which has been listed in New York since 2014, will start trading on November 26 under the stock code 9988.',
    deals: [
      { type: 'ipo', target: ['Alibaba Group Holding'], amount: { currency: 'HKD', amount: 88_000_000_000 }, parties: [] },
    ],
    note: 'public record; a secondary listing counts as a listing',
  },
  {
    id: 'en-corp-007', lang: 'en', style: 'business-daily', date: '2023-10-06',
    text: 'Exxon Mobil is in advanced talks to acquire Pioneer Natural Resources in a deal that could value the shale producer at about $60bn, according to people familiar with the matter. An agreement could come together in the coming weeks, though the talks could still fall apart.',
    deals: [],
    negative: 'talks',
    note: 'public record (the deal was agreed days later; this paragraph reports only talks)',
  },
  {
    id: 'en-corp-008', lang: 'en', style: 'energy-trade-press', date: '2023-10-24',
    text: 'Less than two weeks after ExxonMobil agreed to acquire Pioneer Natural Resources in an all-stock deal worth $59.5 billion, Chevron has answered with one of its own: an all-stock purchase of Hess Corp. valued at $53 billion, or $171 a share. The Hess deal brings Chevron a 30% interest in the prolific Stabroek block offshore Guyana, which Exxon operates.',
    deals: [
      { type: 'acquisition', target: ['Pioneer Natural Resources'], amount: { currency: 'USD', amount: 59_500_000_000 }, parties: [{ name: 'ExxonMobil', role: 'acquirer' }] },
      { type: 'acquisition', target: ['Hess Corp.', 'Hess'], amount: { currency: 'USD', amount: 53_000_000_000 }, parties: [{ name: 'Chevron', role: 'acquirer' }] },
    ],
    note: 'public record; two acquisitions by different buyers, both in October 2023',
  },
  {
    id: 'en-corp-009', lang: 'en', style: 'india-business-press', date: '2022-04-05',
    text: 'MUMBAI: Housing Development Finance Corporation will merge into HDFC Bank in an all-stock deal, creating a lender with a combined balance sheet of about ₹18 lakh crore. HDFC shareholders will get 42 HDFC Bank shares for every 25 shares they hold, and the bank will be fully owned by public shareholders once the merger is complete.',
    deals: [
      { type: 'merger', target: ['Housing Development Finance Corporation', 'HDFC'], parties: [{ name: 'HDFC Bank', role: 'acquirer' }] },
    ],
    note: 'public record; directional merger, HDFC Bank is the surviving side; the balance sheet is not a deal amount',
  },
  {
    id: 'en-corp-010', lang: 'en', style: 'markets-blog', date: '2022-01-04',
    text: 'Apple briefly became the first US company to be worth $3 trillion on Monday, as its shares touched $182.88 in the first trading session of the year. The stock later slipped, and the iPhone maker ended the day just shy of that mark.',
    deals: [],
    negative: 'market-value',
    note: 'public record',
  },
  {
    id: 'en-corp-011', lang: 'en', style: 'gulf-business-press', date: '2019-12-05',
    text: 'RIYADH: Saudi Aramco has set the final price of its initial public offering at SAR 32 per share, raising SAR 96 billion ($25.6 billion) in the largest IPO on record. At the offer price, the world’s most profitable company is valued at $1.7 trillion.',
    deals: [
      { type: 'ipo', target: ['Saudi Aramco'], amount: { currency: 'SAR', amount: 96_000_000_000 }, valuation: { currency: 'USD', amount: 1_700_000_000_000 }, parties: [] },
    ],
    note: 'public record',
  },
  {
    id: 'en-corp-012', lang: 'en', style: 'wire', date: '2022-02-08',
    text: 'Feb 8 (Reuters) - Nvidia Corp has abandoned its $40 billion purchase of Arm from SoftBank Group Corp in the face of regulatory opposition in the United States, Britain and the European Union, the companies said on Tuesday. SoftBank will instead prepare to list the British chip designer through a public offering before the end of March 2023.',
    deals: [],
    negative: 'called-off',
    note: 'public record; the listing is only planned',
  },
  {
    id: 'en-corp-013', lang: 'en', style: 'business-daily', date: '2017-06-16',
    text: 'Amazon.com agreed on Friday to buy Whole Foods Market for $42 a share in cash, a deal valued at about $13.7bn including debt that marks the online retailer’s largest acquisition and its boldest move yet into bricks-and-mortar grocery. Shares in rival grocers such as Kroger fell sharply on the news.',
    deals: [
      { type: 'acquisition', target: ['Whole Foods Market'], amount: { currency: 'USD', amount: 13_700_000_000 }, parties: [{ name: 'Amazon.com', role: 'acquirer' }] },
    ],
    note: 'public record; per-share price and total including debt, amount is the total',
  },
  {
    id: 'en-corp-014', lang: 'en', style: 'hk-english-press', date: '2018-09-20',
    text: 'Meituan Dianping rose on its trading debut in Hong Kong on Thursday, after the food delivery and services giant raised HK$33 billion (US$4.2 billion) by selling shares at HK$69 each. Tencent Holdings, already its biggest shareholder, took up US$400 million of the offering as a cornerstone investor.',
    deals: [
      { type: 'ipo', target: ['Meituan Dianping'], amount: { currency: 'HKD', amount: 33_000_000_000 }, parties: [{ name: 'Tencent Holdings', role: 'participant' }] },
    ],
    note: 'public record; cornerstone investor as participant',
  },
  {
    id: 'en-corp-015', lang: 'en', style: 'european-business-press', date: '2010-03-29',
    text: 'GOTHENBURG – Zhejiang Geely Holding Group signed a deal on Sunday to buy Volvo Cars from Ford Motor Company for $1.8bn, handing one of Sweden’s best-known industrial names to a Chinese carmaker founded little more than two decades ago. Ford, which has been shedding its European premium brands, expects the sale to close in the third quarter.',
    deals: [
      { type: 'acquisition', target: ['Volvo Cars'], amount: { currency: 'USD', amount: 1_800_000_000 }, parties: [{ name: 'Zhejiang Geely Holding Group', role: 'acquirer' }, { name: 'Ford Motor Company', role: 'seller' }] },
    ],
    note: 'public record; "bought X from Y": Y is the seller',
  },
  {
    id: 'en-corp-016', lang: 'en', style: 'wire', date: '2022-12-22',
    text: 'Dec 22 (Reuters) - Facebook parent Meta Platforms Inc has agreed to pay $725 million to settle a class action lawsuit accusing the social media giant of allowing third parties, including Cambridge Analytica, to access users’ personal information.',
    deals: [],
    negative: 'settlement',
    note: 'public record',
  },
  {
    id: 'en-corp-017', lang: 'en', style: 'european-business-press', date: '2019-12-18',
    text: 'PARIS — Fiat Chrysler Automobiles and Peugeot maker PSA Group have signed a binding agreement for a 50-50 merger that will create the world’s fourth-largest carmaker by volume, with annual sales of about 8.7 million vehicles. PSA chief executive Carlos Tavares will run the combined company, while FCA chairman John Elkann will chair its board.',
    deals: [
      { type: 'merger', target: ['Fiat Chrysler Automobiles', 'FCA'], parties: [{ name: 'PSA Group', role: 'participant' }] },
    ],
    note: 'public record; directionless',
  },
  {
    id: 'en-corp-018', lang: 'en', style: 'wire', date: '2022-04-25',
    text: 'SAN FRANCISCO, April 25 (Reuters) - Twitter Inc agreed on Monday to be bought by Elon Musk for $44 billion in cash, handing the world’s richest person control of the social media platform after a brief but fierce pursuit. Shareholders will receive $54.20 for each share, the company said.',
    deals: [
      { type: 'acquisition', target: ['Twitter Inc'], amount: { currency: 'USD', amount: 44_000_000_000 }, parties: [{ name: 'Elon Musk', role: 'acquirer' }] },
    ],
    note: 'public record; a person as acquirer',
  },
  {
    id: 'en-corp-019', lang: 'en', style: 'tech-press', date: '2021-02-05',
    text: 'Kuaishou Technology more than doubled in its first day of trading on Friday, after the short-video platform raised HK$41.3 billion (US$5.4 billion) in the largest technology listing globally in almost two years. The shares had been priced at HK$115, the top of the marketed range.',
    deals: [
      { type: 'ipo', target: ['Kuaishou Technology'], amount: { currency: 'HKD', amount: 41_300_000_000 }, parties: [] },
    ],
    note: 'public record',
  },
  {
    id: 'en-corp-020', lang: 'en', style: 'wire', date: '2025-01-03',
    text: 'WASHINGTON, Jan 3 (Reuters) - President Joe Biden on Friday blocked Nippon Steel’s proposed $14.9 billion purchase of U.S. Steel, citing national security risks, dealing a blow to the companies after a year-long review. The firms have said they could challenge the decision in court.',
    deals: [],
    negative: 'called-off',
    note: 'public record; blocked (the deal closed later, in June 2025, on different terms)',
  },
  {
    id: 'en-corp-021', lang: 'en', style: 'tech-press', date: '2014-01-30',
    text: 'Lenovo is on a shopping spree. Less than a week after agreeing to pay $2.3 billion for IBM’s x86 server business, the Chinese PC maker said it will buy Motorola Mobility from Google for about $2.91 billion. Google is keeping the vast majority of Motorola’s patents.',
    deals: [
      { type: 'acquisition', target: ['x86 server business'], amount: { currency: 'USD', amount: 2_300_000_000 }, parties: [{ name: 'Lenovo', role: 'acquirer' }, { name: 'IBM', role: 'seller' }] },
      { type: 'acquisition', target: ['Motorola Mobility', 'Motorola'], amount: { currency: 'USD', amount: 2_910_000_000 }, parties: [{ name: 'Lenovo', role: 'acquirer' }, { name: 'Google', role: 'seller' }] },
    ],
    note: 'public record; two purchases by one buyer from two sellers, both in January 2014',
  },
  {
    id: 'en-corp-022', lang: 'en', style: 'business-daily', date: '2012-05-18',
    text: 'Facebook raised $16bn in its initial public offering after pricing its shares at $38 each, the top of its range, valuing the social network at about $104bn and making it the largest technology listing in US history. The shares begin trading on the Nasdaq on Friday.',
    deals: [
      { type: 'ipo', target: ['Facebook'], amount: { currency: 'USD', amount: 16_000_000_000 }, valuation: { currency: 'USD', amount: 104_000_000_000 }, parties: [] },
    ],
    note: 'public record',
  },
  {
    id: 'en-corp-023', lang: 'en', style: 'regulator-notice-news', date: '2017-03-29',
    text: 'The European Commission has prohibited the proposed merger between Deutsche Börse and the London Stock Exchange Group under the EU Merger Regulation. The Commission found the combination would have created a de facto monopoly in the clearing of fixed-income instruments, and that the remedies offered by the parties were insufficient.',
    deals: [],
    negative: 'called-off',
    note: 'public record; blocked by a regulator',
  },
  {
    id: 'en-corp-024', lang: 'en', style: 'tech-press', date: '2024-02-27',
    text: 'Broadcom has agreed to sell VMware’s End-User Computing division, home of the Horizon virtual desktop and Workspace ONE products, to KKR for $4 billion. Broadcom closed its $69 billion acquisition of VMware in November and has been slimming the business ever since.',
    deals: [
      { type: 'acquisition', target: ['End-User Computing division'], amount: { currency: 'USD', amount: 4_000_000_000 }, parties: [{ name: 'KKR', role: 'acquirer' }, { name: 'Broadcom', role: 'seller' }] },
      { type: 'acquisition', target: ['VMware'], amount: { currency: 'USD', amount: 69_000_000_000 }, parties: [{ name: 'Broadcom', role: 'acquirer' }], date: '2023-11' },
    ],
    note: 'public record; a divestiture (the unit is the target, the parent the seller) and the earlier purchase, dated',
  },
  {
    id: 'en-corp-025', lang: 'en', style: 'business-daily', date: '2014-04-07',
    text: 'Holcim and Lafarge have agreed to a merger of equals that will create the world’s largest cement maker, with combined annual sales of about €32bn. Lafarge shareholders will receive one Holcim share for each Lafarge share, and the group will be headquartered in Switzerland.',
    deals: [
      { type: 'merger', target: ['Holcim'], parties: [{ name: 'Lafarge', role: 'participant' }] },
    ],
    note: 'public record; directionless; combined sales are not a deal amount',
  },
  {
    id: 'en-corp-026', lang: 'en', style: 'pharma-trade-press', date: '2024-04-05',
    text: 'Johnson & Johnson will acquire Shockwave Medical for $335 per share in cash, a transaction with an enterprise value of approximately $13.1 billion including cash acquired. Shockwave’s intravascular lithotripsy systems, which use sound waves to crack calcium deposits in arteries, will sit within J&J MedTech’s cardiovascular business.',
    deals: [
      { type: 'acquisition', target: ['Shockwave Medical', 'Shockwave'], amount: { currency: 'USD', amount: 13_100_000_000 }, parties: [{ name: 'Johnson & Johnson', role: 'acquirer' }] },
    ],
    note: 'public record; per-share price and enterprise value, amount is the total',
  },
  {
    id: 'en-corp-027', lang: 'en', style: 'tech-press', date: '2019-05-10',
    text: 'Uber has priced its IPO at $45 a share, near the bottom of its marketed range, raising $8.1 billion and valuing the ride-hailing company at about $82 billion — well short of the $120 billion figure bankers floated last year. Trading under the ticker UBER starts Friday on the New York Stock Exchange.',
    deals: [
      { type: 'ipo', target: ['Uber'], amount: { currency: 'USD', amount: 8_100_000_000 }, valuation: { currency: 'USD', amount: 82_000_000_000 }, parties: [] },
    ],
    note: 'public record; the $120 billion figure is an old estimate, not the valuation',
  },
  {
    id: 'en-corp-028', lang: 'en', style: 'japan-business-press', date: '2024-08-19',
    text: 'TOKYO — Seven & i Holdings Co., the operator of 7-Eleven convenience stores, said Monday it has received a preliminary, nonbinding acquisition proposal from Canada’s Alimentation Couche-Tard Inc. and has set up a special committee of independent directors to evaluate it. No decision has been made.',
    deals: [],
    negative: 'talks',
    note: 'public record',
  },
  {
    id: 'en-corp-029', lang: 'en', style: 'law-firm-deal-note', date: '2024-01-10',
    text: 'Client Alert – Technology M&A: Hewlett Packard Enterprise Company has entered into a definitive agreement to acquire Juniper Networks, Inc. for $40.00 per share in cash, representing an equity value of approximately $14 billion. The transaction, unanimously approved by both boards, is expected to close in late calendar 2024 or early 2025, subject to regulatory approvals and the approval of Juniper shareholders.',
    deals: [
      { type: 'acquisition', target: ['Juniper Networks, Inc.', 'Juniper'], amount: { currency: 'USD', amount: 14_000_000_000 }, parties: [{ name: 'Hewlett Packard Enterprise Company', role: 'acquirer' }] },
    ],
    note: 'public record; a signed agreement before closing counts; equity value is the headline deal value',
  },
  {
    id: 'en-corp-030', lang: 'en', style: 'markets-blog', date: '2021-11-10',
    text: 'Rivian Automotive priced its IPO at $78 a share late Tuesday, above a range it had already raised, selling 153 million shares to raise $11.9 billion. The Amazon-backed electric-truck maker lists on Nasdaq today under RIVN.',
    deals: [
      { type: 'ipo', target: ['Rivian Automotive'], amount: { currency: 'USD', amount: 11_900_000_000 }, parties: [] },
    ],
    note: 'public record; "sold N shares at $Y to raise $X", amount X',
  },
  {
    id: 'en-corp-031', lang: 'en', style: 'wire', date: '2018-04-29',
    text: 'April 29 (Reuters) - T-Mobile US Inc agreed on Sunday to acquire Sprint Corp in an all-stock deal valued at $26 billion, a merger that would shrink the number of major U.S. wireless carriers to three. The combined company will be called T-Mobile and controlled by Deutsche Telekom.',
    deals: [
      { type: 'merger', target: ['Sprint Corp'], amount: { currency: 'USD', amount: 26_000_000_000 }, parties: [{ name: 'T-Mobile US Inc', role: 'acquirer' }] },
    ],
    note: 'public record; merger with a stated direction (T-Mobile acquires Sprint)',
  },
  {
    id: 'en-corp-032', lang: 'en', style: 'law-firm-deal-note', date: '2023-11-02',
    text: 'Deal Note: The firm advised Altamira Holdings LLC on the sale of its portfolio company Brightwater Foods Group to Cordell Brands plc for an aggregate purchase price of approximately $1.15 billion, subject to customary adjustments. The transaction closed on October 31, 2023. The team was led by partners in our New York and London offices.',
    deals: [
      { type: 'acquisition', target: ['Brightwater Foods Group'], amount: { currency: 'USD', amount: 1_150_000_000 }, parties: [{ name: 'Cordell Brands plc', role: 'acquirer' }, { name: 'Altamira Holdings LLC', role: 'seller' }], date: '2023-10-31' },
    ],
    note: 'fictional; the deal date is stated and differs from the article date',
  },
  {
    id: 'en-corp-033', lang: 'en', style: 'hk-english-press', date: '2020-11-04',
    text: 'Ant Group’s record dual listing in Shanghai and Hong Kong, which would have raised US$34.5 billion, has been suspended just two days before trading was due to begin, after regulators summoned founder Jack Ma and the company’s top executives for talks.',
    deals: [],
    negative: 'called-off',
    note: 'public record; an IPO halted before trading',
  },
  {
    id: 'en-corp-034', lang: 'en', style: 'japan-business-press', date: '2017-09-21',
    text: 'TOKYO — Toshiba Corp.’s board on Wednesday approved the sale of its flash memory unit, Toshiba Memory Corp., to a consortium led by U.S. buyout firm Bain Capital for ¥2 trillion ($18 billion). The group also includes South Korea’s SK Hynix and U.S. technology companies Apple and Dell. The cash-strapped conglomerate needs the proceeds to plug a capital hole left by its bankrupt U.S. nuclear unit, Westinghouse Electric.',
    deals: [
      {
        type: 'acquisition', target: ['Toshiba Memory Corp.'], amount: { currency: 'JPY', amount: 2_000_000_000_000 },
        parties: [
          { name: 'Bain Capital', role: 'acquirer' }, { name: 'SK Hynix', role: 'acquirer' }, { name: 'Apple', role: 'acquirer' },
          { name: 'Dell', role: 'acquirer' }, { name: 'Toshiba Corp.', role: 'seller' },
        ],
      },
    ],
    note: 'public record; a consortium buys: every named member is an acquirer',
  },
  {
    id: 'en-corp-035', lang: 'en', style: 'pharma-trade-press', date: '2023-05-04',
    text: 'Kenvue, the consumer health business Johnson & Johnson is separating from its pharmaceutical and medtech operations, raised $3.8 billion in its NYSE IPO after pricing 172.8 million shares at $22 apiece, above the midpoint of the range. J&J will hold roughly 89.6% of the maker of Tylenol, Band-Aid and Listerine after the offering.',
    deals: [
      { type: 'ipo', target: ['Kenvue'], amount: { currency: 'USD', amount: 3_800_000_000 }, parties: [] },
    ],
    note: 'public record; the parent keeps its stake and sells none, so it is not a seller',
  },
  {
    id: 'en-corp-036', lang: 'en', style: 'australia-business-press', date: '2021-08-02',
    text: 'Buy now, pay later darling Afterpay has agreed to a $US29 billion ($39 billion) all-scrip takeover by Jack Dorsey’s payments company Square, the largest acquisition of an Australian company on record. Afterpay investors will receive 0.375 Square shares for each share they own, and the combined group will seek an ASX listing via CHESS depositary interests.',
    deals: [
      { type: 'acquisition', target: ['Afterpay'], amount: { currency: 'USD', amount: 29_000_000_000 }, parties: [{ name: 'Square', role: 'acquirer' }] },
    ],
    note: 'public record; Australian style: "$" alone is A$, the headline figure given first is US$',
  },
  {
    id: 'en-corp-037', lang: 'en', style: 'business-daily', date: '2024-02-20',
    text: 'Capital One Financial will absorb Discover Financial Services in an all-stock merger valued at $35.3bn that combines two of the largest US credit card issuers and gives Capital One its own payments network. Discover shareholders will receive 1.0192 Capital One shares for each share they own.',
    deals: [
      { type: 'merger', target: ['Discover Financial Services', 'Discover'], amount: { currency: 'USD', amount: 35_300_000_000 }, parties: [{ name: 'Capital One Financial', role: 'acquirer' }] },
    ],
    note: 'public record; merger with a stated direction',
  },
  {
    id: 'en-corp-038', lang: 'en', style: 'tech-press', date: '2023-11-28',
    text: 'Fast-fashion giant Shein has filed confidentially for a US initial public offering, according to people familiar with the matter, setting up what could be one of the biggest listings by a China-founded company in years. The Singapore-based retailer has not said how much it hopes to raise.',
    deals: [],
    negative: 'not-closed',
    note: 'public record; a confidential filing is not a listing',
  },
  {
    id: 'en-corp-039', lang: 'en', style: 'business-daily', date: '2010-10-22',
    text: 'AIA Group, the Asian life insurer being spun off by AIG, has priced its Hong Kong initial public offering at HK$19.68 a share, raising $17.8bn in one of the largest share sales on record. AIG, which is selling the stake to repay its US government bailout, will keep about a third of the company.',
    deals: [
      { type: 'ipo', target: ['AIA Group'], amount: { currency: 'USD', amount: 17_800_000_000 }, parties: [{ name: 'AIG', role: 'seller' }] },
    ],
    note: 'public record; the selling parent is the seller',
  },
  {
    id: 'en-corp-040', lang: 'en', style: 'australia-business-press', date: '2022-12-22',
    text: 'BHP has signed a binding $9.6 billion agreement to buy OZ Minerals at $28.25 a share, four months after the Adelaide-based copper and gold miner rebuffed an unsolicited $25-a-share approach from the world’s biggest miner. OZ Minerals directors have unanimously recommended the scheme.',
    deals: [
      { type: 'acquisition', target: ['OZ Minerals'], amount: { currency: 'AUD', amount: 9_600_000_000 }, parties: [{ name: 'BHP', role: 'acquirer' }] },
    ],
    note: 'public record; Australian style, "$" is A$; the rejected earlier approach is not a deal',
  },
  {
    id: 'en-corp-041', lang: 'en', style: 'business-daily', date: '2024-05-29',
    text: 'BHP has walked away from its pursuit of Anglo American after the London-listed miner rejected a third proposal worth about £39bn and refused to extend talks. Under UK takeover rules, BHP cannot return with a fresh bid for six months.',
    deals: [],
    negative: 'called-off',
    note: 'public record',
  },
  {
    id: 'en-corp-042', lang: 'en', style: 'markets-blog', date: '2021-02-23',
    text: 'It’s happening: Lucid Motors is going public by merging with Churchill Capital Corp IV, Michael Klein’s blank-check company, in a deal that gives the combined group a pro forma equity value of about $24 billion. The deal also includes a $2.5 billion PIPE at $15 a share. CCIV shares, which had soared on months of merger speculation, sank sharply.',
    deals: [
      { type: 'merger', target: ['Lucid Motors'], valuation: { currency: 'USD', amount: 24_000_000_000 }, parties: [{ name: 'Churchill Capital Corp IV', role: 'participant' }] },
      { type: 'funding', target: ['Lucid Motors'], amount: { currency: 'USD', amount: 2_500_000_000 }, round: 'PIPE', parties: [] },
    ],
    note: 'public record; SPAC merger, directionless (the operating company first); the PIPE is a second deal',
  },
  {
    id: 'en-corp-043', lang: 'en', style: 'india-business-press', date: '2021-10-09',
    text: 'NEW DELHI: The Tata group has won back Air India 68 years after the airline was nationalised, with Talace Pvt Ltd, a wholly owned subsidiary of Tata Sons, emerging as the highest bidder at ₹18,000 crore for the debt-laden carrier. Under the deal, the government will get ₹2,700 crore in cash and Talace will take on ₹15,300 crore of Air India’s debt.',
    deals: [
      { type: 'acquisition', target: ['Air India'], amount: { currency: 'INR', amount: 180_000_000_000 }, parties: [{ name: 'Talace Pvt Ltd', role: 'acquirer' }, { name: 'Tata Sons', role: 'acquirer' }] },
    ],
    note: 'public record; the bidding vehicle and its parent are both acquirers; the cash and debt parts are not the headline amount',
  },
  {
    id: 'en-corp-044', lang: 'en', style: 'business-daily', date: '2021-03-31',
    text: 'Deliveroo’s shares fell as much as 30 per cent on their London debut on Wednesday, after the food delivery app raised £1.5bn by pricing its IPO at 390p, the bottom of its range, which valued the group at £7.6bn. Several large UK fund managers had said they would not take part over concerns about rider pay and the company’s dual-class structure.',
    deals: [
      { type: 'ipo', target: ['Deliveroo'], amount: { currency: 'GBP', amount: 1_500_000_000 }, valuation: { currency: 'GBP', amount: 7_600_000_000 }, parties: [] },
    ],
    note: 'public record',
  },
  {
    id: 'en-corp-045', lang: 'en', style: 'tech-press', date: '2024-05-03',
    text: 'Apple has authorized a record $110 billion share repurchase program and raised its quarterly dividend by 4% to 25 cents a share, sending the stock up about 6% in after-hours trading.',
    deals: [],
    negative: 'buyback',
    note: 'public record',
  },
  {
    id: 'en-corp-046', lang: 'en', style: 'india-business-press', date: '2020-04-22',
    text: 'MUMBAI: Facebook will invest ₹43,574 crore ($5.7 billion) in Jio Platforms for a 9.99% stake, becoming the largest minority shareholder in the digital arm of Mukesh Ambani’s Reliance Industries. The investment values Jio Platforms at ₹4.62 lakh crore on a pre-money enterprise basis.',
    deals: [
      {
        type: 'stake-sale', target: ['Jio Platforms'], amount: { currency: 'INR', amount: 435_740_000_000 },
        valuation: { currency: 'INR', amount: 4_620_000_000_000, basis: 'pre' }, parties: [{ name: 'Facebook', role: 'acquirer' }],
      },
    ],
    note: 'public record; a stake bought in new shares, no seller named',
  },
  {
    id: 'en-corp-047', lang: 'en', style: 'business-daily', date: '2019-06-10',
    text: 'United Technologies and Raytheon have agreed to an all-stock merger of equals, forming an aerospace and defence group with about $74bn in combined annual sales. The company will be named Raytheon Technologies and will be led by UTC chief executive Greg Hayes.',
    deals: [
      { type: 'merger', target: ['United Technologies'], parties: [{ name: 'Raytheon', role: 'participant' }] },
    ],
    note: 'public record; directionless; combined sales are not a deal amount',
  },
  {
    id: 'en-corp-048', lang: 'en', style: 'wire', date: '2024-09-04',
    text: 'LONDON, Sept 4 (Reuters) - British engineering group Halvergate Plc is exploring a sale of its aerospace components division, which could fetch as much as 900 million pounds, three people familiar with the matter said. Halvergate has hired advisers and sounded out private equity firms, the sources said, though no decision has been made.',
    deals: [],
    negative: 'rumour',
    note: 'fictional; "exploring a sale" is not a deal',
  },
  {
    id: 'en-corp-049', lang: 'en', style: 'european-business-press', date: '2022-09-29',
    text: 'FRANKFURT — Porsche AG priced its shares at €82.50 each, the top of the range, raising €9.4bn for parent Volkswagen in Germany’s second-biggest listing ever and valuing the sports-car maker at €75bn. Qatar Investment Authority, Norges Bank Investment Management, T. Rowe Price and Abu Dhabi’s ADQ signed up as cornerstone investors.',
    deals: [
      {
        type: 'ipo', target: ['Porsche AG'], amount: { currency: 'EUR', amount: 9_400_000_000 }, valuation: { currency: 'EUR', amount: 75_000_000_000 },
        parties: [
          { name: 'Volkswagen', role: 'seller' }, { name: 'Qatar Investment Authority', role: 'participant' },
          { name: 'Norges Bank Investment Management', role: 'participant' }, { name: 'T. Rowe Price', role: 'participant' }, { name: 'ADQ', role: 'participant' },
        ],
      },
    ],
    note: 'public record; cornerstone investors as participants, the selling parent as seller',
  },
  {
    id: 'en-corp-050', lang: 'en', style: 'european-business-press', date: '2023-03-20',
    text: 'ZURICH — UBS agreed on Sunday to take over Credit Suisse for CHF3bn in an all-share deal orchestrated by the Swiss government and central bank, ending 167 years of independence for the country’s second-largest bank. Bern is providing a CHF9bn guarantee against potential losses, while the Swiss National Bank has made CHF100bn of liquidity available to the combined group.',
    deals: [
      { type: 'acquisition', target: ['Credit Suisse'], amount: { currency: 'CHF', amount: 3_000_000_000 }, parties: [{ name: 'UBS', role: 'acquirer' }] },
    ],
    note: 'public record; the guarantee and the liquidity line are not the price',
  },
  {
    id: 'en-corp-051', lang: 'en', style: 'markets-blog', date: '2018-04-03',
    text: 'Spotify Technology opened at $165.90 in its NYSE debut on Tuesday, well above the $132 reference price set the night before. Because Spotify opted for a direct listing, it sold no new shares and raised no money; existing holders simply began trading the stock they already owned.',
    deals: [
      { type: 'ipo', target: ['Spotify Technology', 'Spotify'], parties: [] },
    ],
    note: 'public record; direct listing, no amount',
  },
  {
    id: 'en-corp-052', lang: 'en', style: 'regulator-notice-news', date: '2019-02-06',
    text: 'Brussels, 6 February 2019 – The European Commission has blocked Siemens’ planned acquisition of Alstom, concluding that the deal would have harmed competition in markets for railway signalling systems and very high-speed trains. The companies did not offer remedies sufficient to address these concerns, the Commission said.',
    deals: [],
    negative: 'called-off',
    note: 'public record; blocked by a regulator',
  },
  {
    id: 'en-corp-053', lang: 'en', style: 'markets-blog', date: '2019-02-25',
    text: 'Merger Monday lives up to its name. Danaher is buying GE’s biopharma business for $21.4 billion in cash, handing GE chief executive Larry Culp money to pay down debt, and Roche is paying $114.50 a share, or about $4.3 billion, for gene therapy developer Spark Therapeutics. Spark shares more than doubled.',
    deals: [
      { type: 'acquisition', target: ['biopharma business'], amount: { currency: 'USD', amount: 21_400_000_000 }, parties: [{ name: 'Danaher', role: 'acquirer' }, { name: 'GE', role: 'seller' }] },
      { type: 'acquisition', target: ['Spark Therapeutics', 'Spark'], amount: { currency: 'USD', amount: 4_300_000_000 }, parties: [{ name: 'Roche', role: 'acquirer' }] },
    ],
    note: 'public record; two acquisitions by different buyers on the same day',
  },
  {
    id: 'en-corp-054', lang: 'en', style: 'japan-business-press', date: '2025-02-13',
    text: 'Honda Motor Co. and Nissan Motor Co. formally ended talks on combining under a joint holding company, scrapping what would have been a $60 billion automotive group, after Nissan balked at Honda’s proposal to make it a subsidiary.',
    deals: [],
    negative: 'called-off',
    note: 'public record; merger talks ended',
  },
  {
    id: 'en-corp-055', lang: 'en', style: 'india-business-press', date: '2022-05-17',
    text: 'MUMBAI: Shares of Life Insurance Corporation of India listed at ₹872 on the National Stock Exchange on Tuesday, an 8% discount to the issue price of ₹949, after the ₹20,557-crore IPO — the country’s largest ever. The Government of India sold a 3.5% stake in the insurer through the offer.',
    deals: [
      { type: 'ipo', target: ['Life Insurance Corporation of India'], amount: { currency: 'INR', amount: 205_570_000_000 }, parties: [{ name: 'Government of India', role: 'seller' }] },
    ],
    note: 'public record',
  },
  {
    id: 'en-corp-056', lang: 'en', style: 'india-business-press', date: '2020-07-16',
    text: 'Google will invest ₹33,737 crore in Jio Platforms for a 7.73% stake, Mukesh Ambani announced at Reliance Industries’ annual general meeting on Wednesday. The deal comes days after chipmaker Qualcomm’s venture arm, Qualcomm Ventures, agreed to put ₹730 crore into the digital unit for a 0.15% holding.',
    deals: [
      { type: 'stake-sale', target: ['Jio Platforms'], amount: { currency: 'INR', amount: 337_370_000_000 }, parties: [{ name: 'Google', role: 'acquirer' }] },
      { type: 'stake-sale', target: ['Jio Platforms'], amount: { currency: 'INR', amount: 7_300_000_000 }, parties: [{ name: 'Qualcomm Ventures', role: 'acquirer' }] },
    ],
    note: 'public record; two stakes bought by different investors, both in July 2020',
  },
  {
    id: 'en-corp-057', lang: 'en', style: 'press-release', date: '2022-03-15',
    text: 'Meridian Foods Corp. (NYSE: MRDF) today issued the following statement in response to recent media speculation: Meridian is not in discussions with any party regarding a sale of the company or any of its businesses. While it is Meridian’s policy not to comment on market rumors, the Board considered a statement necessary given unusual trading in the shares.',
    deals: [],
    negative: 'denial',
    note: 'fictional',
  },
  {
    id: 'en-corp-058', lang: 'en', style: 'energy-trade-press', date: '2024-01-11',
    text: 'Chesapeake Energy will acquire Southwestern Energy in an all-stock merger valued at $7.4 billion, creating the largest natural gas producer in the US with output of about 7.9 Bcfe/d. Southwestern holders will receive 0.0867 of a Chesapeake share for each share; the combined company will take a new name at closing.',
    deals: [
      { type: 'merger', target: ['Southwestern Energy', 'Southwestern'], amount: { currency: 'USD', amount: 7_400_000_000 }, parties: [{ name: 'Chesapeake Energy', role: 'acquirer' }] },
    ],
    note: 'public record; merger with a stated direction',
  },
  {
    id: 'en-corp-059', lang: 'en', style: 'tech-press', date: '2020-12-10',
    text: 'Airbnb opened at $146 a share in its Nasdaq debut on Thursday, more than double the $68 IPO price, after the home-rental company raised $3.5 billion in one of the year’s biggest listings.',
    deals: [
      { type: 'ipo', target: ['Airbnb'], amount: { currency: 'USD', amount: 3_500_000_000 }, parties: [] },
    ],
    note: 'public record',
  },
  {
    id: 'en-corp-060', lang: 'en', style: 'european-business-press', date: '2024-09-12',
    text: 'UniCredit has taken a 9 per cent stake in Commerzbank, buying half of it from the German government for €702m and the rest in the market, a move that makes the Italian lender one of the largest shareholders in Germany’s second-biggest listed bank. Chief executive Andrea Orcel said a combination was one option but that no decision had been taken.',
    deals: [
      { type: 'stake-sale', target: ['Commerzbank'], amount: { currency: 'EUR', amount: 702_000_000 }, parties: [{ name: 'UniCredit', role: 'acquirer' }, { name: 'German government', role: 'seller' }] },
    ],
    note: 'public record; the only amount given is for the half bought from the government; the combination is only an option',
  },
  {
    id: 'en-corp-061', lang: 'en', style: 'hk-english-press', date: '2025-09-10',
    text: 'Shenzhen-based drone maker Skyfold Technology is preparing a Hong Kong listing that could raise as much as HK$6 billion as early as the first quarter, sources said, with bankers already sounding out potential cornerstone investors.',
    deals: [],
    negative: 'not-closed',
    note: 'fictional; an IPO plan',
  },
  {
    id: 'en-corp-062', lang: 'en', style: 'tech-press', date: '2024-03-21',
    text: 'Reddit priced its long-awaited IPO at $34 a share, the top of its range, raising about $748 million for the company and some existing shareholders and valuing the social media platform at about $6.4 billion. The stock starts trading Thursday on the NYSE under the ticker RDDT.',
    deals: [
      { type: 'ipo', target: ['Reddit'], amount: { currency: 'USD', amount: 748_000_000 }, valuation: { currency: 'USD', amount: 6_400_000_000 }, parties: [] },
    ],
    note: 'public record; selling shareholders are not named',
  },
  {
    id: 'en-corp-063', lang: 'en', style: 'european-business-press', date: '2022-05-11',
    text: 'STOCKHOLM — Philip Morris International has agreed to buy Swedish Match for SEK 106 a share in cash, a deal worth about SEK 161bn ($16bn) that hands the Marlboro maker the fast-growing Zyn nicotine pouch brand in the United States. Swedish Match’s board has recommended the offer to shareholders.',
    deals: [
      { type: 'acquisition', target: ['Swedish Match'], amount: { currency: 'SEK', amount: 161_000_000_000 }, parties: [{ name: 'Philip Morris International', role: 'acquirer' }] },
    ],
    note: 'public record; the company name contains a nationality, the whole name is the target',
  },
  {
    id: 'en-corp-064', lang: 'en', style: 'wire', date: '2024-01-16',
    text: 'BOSTON, Jan 16 (Reuters) - A federal judge on Tuesday blocked JetBlue Airways’ $3.8 billion acquisition of Spirit Airlines, siding with the U.S. Justice Department’s argument that the tie-up would raise fares for budget-conscious travelers. Spirit shares plunged about 47%.',
    deals: [],
    negative: 'called-off',
    note: 'public record; blocked in court',
  },
  {
    id: 'en-corp-065', lang: 'en', style: 'india-business-press', date: '2017-03-20',
    text: 'MUMBAI: Vodafone India and Idea Cellular have agreed to merge, creating the country’s largest telecom operator with nearly 400 million customers and pushing Bharti Airtel into second place. Vodafone Group will own 45.1% of the combined company, the Aditya Birla Group 26%, and the rest will be held by Idea’s public shareholders.',
    deals: [
      { type: 'merger', target: ['Vodafone India'], parties: [{ name: 'Idea Cellular', role: 'participant' }] },
    ],
    note: 'public record; directionless; the owners keep stakes in the combined company and are not parties with a role',
  },
  {
    id: 'en-corp-066', lang: 'en', style: 'business-daily', date: '2023-09-19',
    text: 'Instacart raised $660mn after pricing its IPO at $30 a share, the top of its range, valuing the grocery delivery group at about $9.9bn on a fully diluted basis. Alongside the listing, PepsiCo agreed to buy $175mn of preferred stock in a concurrent private placement.',
    deals: [
      { type: 'ipo', target: ['Instacart'], amount: { currency: 'USD', amount: 660_000_000 }, valuation: { currency: 'USD', amount: 9_900_000_000 }, parties: [] },
      { type: 'funding', target: ['Instacart'], amount: { currency: 'USD', amount: 175_000_000 }, round: 'private placement', parties: [{ name: 'PepsiCo', role: 'participant' }] },
    ],
    note: 'public record; an IPO and a concurrent private placement',
  },
  {
    id: 'en-corp-067', lang: 'en', style: 'tech-press', date: '2023-12-19',
    text: 'Google has agreed to pay $700 million to settle an antitrust lawsuit brought by US states and consumers over its Play Store, with $630 million going into a fund for consumers and $70 million to the states.',
    deals: [],
    negative: 'settlement',
    note: 'public record',
  },
  {
    id: 'en-corp-068', lang: 'en', style: 'tech-press', date: '2019-08-09',
    text: 'Broadcom is buying Symantec’s enterprise security business for $10.7 billion in cash, its second big software acquisition in just over a year after it agreed to pay $18.9 billion for CA Technologies last July. Symantec keeps its Norton consumer brand.',
    deals: [
      { type: 'acquisition', target: ['enterprise security business'], amount: { currency: 'USD', amount: 10_700_000_000 }, parties: [{ name: 'Broadcom', role: 'acquirer' }, { name: 'Symantec', role: 'seller' }] },
      { type: 'acquisition', target: ['CA Technologies'], amount: { currency: 'USD', amount: 18_900_000_000 }, parties: [{ name: 'Broadcom', role: 'acquirer' }], date: '2018-07' },
    ],
    note: 'public record; a unit bought from its parent, and an earlier purchase dated "last July"',
  },
  {
    id: 'en-corp-069', lang: 'en', style: 'european-business-press', date: '2021-10-26',
    text: 'Volvo Cars has priced its Stockholm listing at SEK 53 a share, the bottom of its range, and cut the size of the offering to raise SEK 20bn. Zhejiang Geely Holding, which bought the Swedish carmaker from Ford for $1.8bn in August 2010, will remain the controlling shareholder.',
    deals: [
      { type: 'ipo', target: ['Volvo Cars'], amount: { currency: 'SEK', amount: 20_000_000_000 }, parties: [] },
      { type: 'acquisition', target: ['Volvo Cars'], amount: { currency: 'USD', amount: 1_800_000_000 }, parties: [{ name: 'Zhejiang Geely Holding', role: 'acquirer' }, { name: 'Ford', role: 'seller' }], date: '2010-08' },
    ],
    note: 'public record; the IPO (new shares, Geely sells none) and the 2010 purchase, dated by its closing',
  },
  {
    id: 'en-corp-070', lang: 'en', style: 'japan-business-press', date: '2023-05-12',
    text: 'Osaka-based electronic parts maker Kuroshio Denki Co. said it will buy back up to 8% of its outstanding shares for as much as ¥50 billion, after activist investor Harborview Capital pushed it to return more cash to shareholders. The shares jumped 11% in Tokyo.',
    deals: [],
    negative: 'buyback',
    note: 'fictional',
  },
  {
    id: 'en-corp-071', lang: 'en', style: 'tech-press', date: '2020-10-27',
    text: 'AMD has agreed to buy Xilinx in an all-stock deal valued at $35 billion, the latest in a wave of chip consolidation that last week saw SK Hynix agree to pay $9 billion for Intel’s NAND memory business. Xilinx shareholders will get 1.7234 AMD shares for each share they hold.',
    deals: [
      { type: 'acquisition', target: ['Xilinx'], amount: { currency: 'USD', amount: 35_000_000_000 }, parties: [{ name: 'AMD', role: 'acquirer' }] },
      { type: 'acquisition', target: ['NAND memory business'], amount: { currency: 'USD', amount: 9_000_000_000 }, parties: [{ name: 'SK Hynix', role: 'acquirer' }, { name: 'Intel', role: 'seller' }] },
    ],
    note: 'public record; two acquisitions by different buyers, both in October 2020',
  },
  {
    id: 'en-corp-072', lang: 'en', style: 'business-daily', date: '2013-10-11',
    text: 'Shares in Royal Mail soared 38 per cent on their first day of conditional dealings, leaving the government open to accusations that it had sold the 497-year-old postal service too cheaply. The flotation, priced at 330p a share, raised £1.72bn and valued the company at £3.3bn.',
    deals: [
      { type: 'ipo', target: ['Royal Mail'], amount: { currency: 'GBP', amount: 1_720_000_000 }, valuation: { currency: 'GBP', amount: 3_300_000_000 }, parties: [] },
    ],
    note: 'public record; the government is the seller but is not named as a party',
  },
  {
    id: 'en-corp-073', lang: 'en', style: 'australia-business-press', date: '2023-12-04',
    text: 'Origin Energy shareholders have voted down an $18.7 billion takeover by a Brookfield-led consortium, after the energy retailer’s largest investor, AustralianSuper, argued the offer undervalued its renewable energy pipeline. The scheme received about 69 per cent support, short of the 75 per cent it needed.',
    deals: [],
    negative: 'called-off',
    note: 'public record; voted down by shareholders',
  },
  {
    id: 'en-corp-074', lang: 'en', style: 'business-daily', date: '2012-02-07',
    text: 'Glencore has agreed to take over Xstrata in an all-share merger, offering 2.8 of its own shares for every Xstrata share and creating a mining and trading group with a combined market value of about $90bn. Glencore already owns 34 per cent of Xstrata.',
    deals: [
      { type: 'merger', target: ['Xstrata'], parties: [{ name: 'Glencore', role: 'acquirer' }] },
    ],
    note: 'public record; merger with a stated direction; the combined market value is not a deal amount',
  },
  {
    id: 'en-corp-075', lang: 'en', style: 'business-daily', date: '2018-05-10',
    text: 'Walmart will pay $16bn for a 77 per cent stake in Flipkart, India’s largest ecommerce group, in the US retailer’s biggest acquisition and a direct challenge to Amazon in one of the world’s fastest-growing retail markets. SoftBank Group, Flipkart’s largest shareholder, said it would sell its roughly 20 per cent holding to Walmart.',
    deals: [
      { type: 'stake-sale', target: ['Flipkart'], amount: { currency: 'USD', amount: 16_000_000_000 }, parties: [{ name: 'Walmart', role: 'acquirer' }, { name: 'SoftBank Group', role: 'seller' }] },
    ],
    note: 'public record; a controlling stake bought; the selling shareholder is a seller',
  },
  {
    id: 'en-corp-076', lang: 'en', style: 'law-firm-deal-note', date: '2024-01-23',
    text: 'The Federal Trade Commission has announced the revised Hart-Scott-Rodino thresholds for 2024: acquisitions valued at more than $119.5 million will require a premerger notification filing once the new thresholds take effect on March 6, 2024, up from $111.4 million.',
    deals: [],
    negative: 'other',
    note: 'public record; a filing threshold, not a deal',
  },
  {
    id: 'en-corp-077', lang: 'en', style: 'markets-blog', date: '2021-04-14',
    text: 'Coinbase Global is now a public company. The crypto exchange opened at $381 on Nasdaq on Wednesday via a direct listing, against a reference price of $250, briefly giving it a market value above $100 billion. No new shares were sold, so Coinbase raised nothing from the debut itself.',
    deals: [
      { type: 'ipo', target: ['Coinbase Global', 'Coinbase'], parties: [] },
    ],
    note: 'public record; direct listing, no amount; the market value is not a valuation of a deal',
  },
  {
    id: 'en-corp-078', lang: 'en', style: 'hk-english-press', date: '2024-04-15',
    text: 'Kowloon-based property services group Harbourfront Estates has snapped up Silverstrand Facility Services for more than HK$2 billion, its chairman told shareholders, in a deal completed in February that doubles the number of residential towers the group manages.',
    deals: [
      { type: 'acquisition', target: ['Silverstrand Facility Services'], amount: { currency: 'HKD', amount: 2_000_000_000 }, parties: [{ name: 'Harbourfront Estates', role: 'acquirer' }], date: '2024-02' },
    ],
    note: 'fictional; "more than HK$2 billion" gives the lower bound; dated',
  },
  {
    id: 'en-corp-079', lang: 'en', style: 'tech-press', date: '2024-07-23',
    text: 'Wiz has walked away from a $23 billion takeover offer from Google parent Alphabet, telling employees it will instead pursue an initial public offering. Chief executive Assaf Rappaport said saying no to such an offer was "tough", but the cloud security startup is aiming for $1 billion in annual recurring revenue first.',
    deals: [],
    negative: 'called-off',
    note: 'public record; an offer turned down; the IPO is only planned',
  },
  {
    id: 'en-corp-080', lang: 'en', style: 'india-business-press', date: '2021-07-23',
    text: 'Zomato shares listed at ₹115 on the NSE on Friday, a 51% premium to the issue price of ₹76, after the food delivery company’s ₹9,375-crore IPO drew bids worth more than 38 times the shares on offer. The issue comprised a fresh sale of ₹9,000 crore and an offer for sale of ₹375 crore by early backer Info Edge.',
    deals: [
      { type: 'ipo', target: ['Zomato'], amount: { currency: 'INR', amount: 93_750_000_000 }, parties: [{ name: 'Info Edge', role: 'seller' }] },
    ],
    note: 'public record; the shareholder selling in the offer for sale is a seller',
  },
  {
    id: 'en-corp-081', lang: 'en', style: 'tech-press', date: '2025-03-18',
    text: 'Google parent Alphabet has agreed to acquire cloud security startup Wiz for $32 billion in cash, its largest deal ever, eight months after Wiz walked away from a $23 billion offer to pursue an IPO. Wiz will join Google Cloud once the deal closes, which the companies expect in 2026.',
    deals: [
      { type: 'acquisition', target: ['Wiz'], amount: { currency: 'USD', amount: 32_000_000_000 }, parties: [{ name: 'Alphabet', role: 'acquirer' }] },
    ],
    note: 'public record; the earlier rejected offer is not a deal',
  },
  {
    id: 'en-corp-082', lang: 'en', style: 'energy-trade-press', date: '2022-08-30',
    text: 'Gulfline Midstream agreed to pay $310 million to settle claims by shippers that it overcharged them for moving crude on its Permian pipeline, ending a four-year dispute before the Federal Energy Regulatory Commission.',
    deals: [],
    negative: 'settlement',
    note: 'fictional',
  },
  {
    id: 'en-corp-083', lang: 'en', style: 'japan-business-press', date: '2018-12-19',
    text: 'SoftBank Corp., the Japanese mobile carrier unit of SoftBank Group, fell 14.5% on its Tokyo Stock Exchange debut on Wednesday, after the parent raised ¥2.6 trillion ($23.5 billion) by selling shares at ¥1,500 each in Japan’s largest-ever IPO.',
    deals: [
      { type: 'ipo', target: ['SoftBank Corp.'], amount: { currency: 'JPY', amount: 2_600_000_000_000 }, parties: [{ name: 'SoftBank Group', role: 'seller' }] },
    ],
    note: 'public record; the parent sold the shares',
  },
  {
    id: 'en-corp-084', lang: 'en', style: 'canada-business-press', date: '2024-02-22',
    text: 'VANCOUVER — Teck Resources Ltd. says its sale of a 77-per-cent stake in its steelmaking coal business, Elk Valley Resources, to Glencore PLC for US$6.9-billion is on track to close by the third quarter, pending approval under the Investment Canada Act. Teck agreed to the deal in November after rejecting Glencore’s hostile bid for the whole company.',
    deals: [
      { type: 'stake-sale', target: ['Elk Valley Resources'], amount: { currency: 'USD', amount: 6_900_000_000 }, parties: [{ name: 'Glencore PLC', role: 'acquirer' }, { name: 'Teck Resources Ltd.', role: 'seller' }], date: '2023-11' },
    ],
    note: 'public record; agreed in November 2023, not yet closed (an agreed deal counts); the rejected hostile bid is not a deal',
  },
  {
    id: 'en-corp-085', lang: 'en', style: 'business-daily', date: '2024-12-11',
    text: 'Albertsons has walked away from its $24.6bn merger with Kroger and sued its former suitor, a day after judges in Oregon and Washington state blocked the deal on competition grounds. The supermarket chain accused Kroger of wilfully breaching the agreement and is seeking its $600mn break fee plus billions in damages.',
    deals: [],
    negative: 'called-off',
    note: 'public record',
  },
  {
    id: 'en-corp-086', lang: 'en', style: 'press-release', date: '2024-06-10',
    text: 'BOSTON, June 10, 2024 – Harbor Ridge Software, Inc. (NASDAQ: HRSW) today announced that it has entered into a definitive agreement to acquire Quillon Analytics, a privately held provider of supply-chain forecasting tools, for $410 million in cash and stock. The transaction, which has been approved by the boards of both companies, is expected to close in the third quarter of 2024, subject to customary closing conditions.',
    deals: [
      { type: 'acquisition', target: ['Quillon Analytics'], amount: { currency: 'USD', amount: 410_000_000 }, parties: [{ name: 'Harbor Ridge Software, Inc.', role: 'acquirer' }] },
    ],
    note: 'fictional',
  },
  {
    id: 'en-corp-087', lang: 'en', style: 'tech-press', date: '2021-04-13',
    text: 'Grab Holdings will go public in the US through a merger with Altimeter Growth Corp., a deal that values the Singapore-based ride-hailing and delivery company at about $39.6 billion and is the largest-ever combination with a blank-check firm. It comes with a $4 billion PIPE, the biggest on record, including $750 million from Altimeter Capital.',
    deals: [
      { type: 'merger', target: ['Grab Holdings'], valuation: { currency: 'USD', amount: 39_600_000_000 }, parties: [{ name: 'Altimeter Growth Corp.', role: 'participant' }] },
      { type: 'funding', target: ['Grab Holdings'], amount: { currency: 'USD', amount: 4_000_000_000 }, round: 'PIPE', parties: [{ name: 'Altimeter Capital', role: 'participant' }] },
    ],
    note: 'public record; SPAC merger, directionless (the operating company first); the PIPE is a second deal',
  },
  {
    id: 'en-corp-088', lang: 'en', style: 'tech-press', date: '2024-05-22',
    text: 'Nvidia reported first-quarter revenue of $26 billion, up 262% from a year earlier, and announced a 10-for-1 stock split, lifting its shares above $1,000 in extended trading. The chipmaker also raised its quarterly dividend by 150%.',
    deals: [],
    negative: 'revenue',
    note: 'public record',
  },
  {
    id: 'en-corp-089', lang: 'en', style: 'india-business-press', date: '2024-10-18',
    text: 'Hyundai Motor India’s ₹27,870-crore IPO, the largest in the country’s history, was subscribed 2.37 times by the close of bidding on Thursday, propped up by institutional buyers as retail demand stayed weak. The issue, priced at ₹1,960 a share at the top of the band, was entirely an offer for sale by the South Korean parent, Hyundai Motor Company.',
    deals: [
      { type: 'ipo', target: ['Hyundai Motor India'], amount: { currency: 'INR', amount: 278_700_000_000 }, parties: [{ name: 'Hyundai Motor Company', role: 'seller' }] },
    ],
    note: 'public record; the parent sells all the shares',
  },
  {
    id: 'en-corp-090', lang: 'en', style: 'european-business-press', date: '2022-06-08',
    text: 'HELSINKI – Norrvik AB, which bought a 49 per cent stake in the Finnish heat-pump maker Kaleva Heat Oy from the Virtanen family for €145m in March, said it would build a second factory in Tampere. Kaleva Heat shipped about 60,000 units last year.',
    deals: [
      { type: 'stake-sale', target: ['Kaleva Heat Oy', 'Kaleva Heat'], amount: { currency: 'EUR', amount: 145_000_000 }, parties: [{ name: 'Norrvik AB', role: 'acquirer' }, { name: 'Virtanen family', role: 'seller' }], date: '2022-03' },
    ],
    note: 'fictional; the nationality ("Finnish") is not part of the target; dated',
  },
  {
    id: 'en-corp-091', lang: 'en', style: 'markets-blog', date: '2023-06-20',
    text: 'Shares of Lantern Therapeutics more than doubled on Tuesday after the biotech reported positive late-stage trial data for its lupus drug, prompting chatter on trading desks that it could become a takeover target for larger drugmakers.',
    deals: [],
    negative: 'share-move',
    note: 'fictional',
  },
  {
    id: 'en-corp-092', lang: 'en', style: 'australia-business-press', date: '2021-08-17',
    text: 'Woodside Petroleum will merge with BHP’s oil and gas business in an all-scrip deal that creates a top-10 global independent energy company, with BHP shareholders to own 48 per cent of the enlarged Woodside. BHP is leaving petroleum to focus on commodities such as copper and nickel.',
    deals: [
      { type: 'merger', target: ['oil and gas business'], parties: [{ name: 'Woodside Petroleum', role: 'acquirer' }, { name: 'BHP', role: 'seller' }] },
    ],
    note: 'public record; merger with a stated direction (Woodside absorbs the unit, BHP sells it)',
  },
  {
    id: 'en-corp-093', lang: 'en', style: 'tech-press', date: '2020-09-16',
    text: 'Snowflake raised $3.4 billion in the largest software IPO on record, pricing its shares at $120 each, well above a range it had already raised. Berkshire Hathaway and Salesforce Ventures will together buy $500 million of stock, split evenly, in a concurrent private placement at the IPO price.',
    deals: [
      { type: 'ipo', target: ['Snowflake'], amount: { currency: 'USD', amount: 3_400_000_000 }, parties: [] },
      {
        type: 'funding', target: ['Snowflake'], amount: { currency: 'USD', amount: 500_000_000 }, round: 'private placement',
        parties: [{ name: 'Berkshire Hathaway', role: 'participant' }, { name: 'Salesforce Ventures', role: 'participant' }],
      },
    ],
    note: 'public record; an IPO and a concurrent private placement',
  },
  {
    id: 'en-corp-094', lang: 'en', style: 'wire', date: '2018-07-26',
    text: 'July 26 (Reuters) - Qualcomm Inc walked away from its $44 billion bid for NXP Semiconductors after failing to win approval from Chinese regulators before a midnight deadline. The chipmaker will instead pay NXP a $2 billion termination fee and launch a share buyback of up to $30 billion.',
    deals: [],
    negative: 'called-off',
    note: 'public record',
  },
  {
    id: 'en-corp-095', lang: 'en', style: 'canada-business-press', date: '2021-03-15',
    text: 'TORONTO — Rogers Communications Inc. has agreed to buy Shaw Communications Inc. for $40.50 a share in cash, a deal worth about $26-billion including debt that would combine two of Canada’s largest cable and wireless providers. The Shaw family, which controls the Calgary-based company, will take part of its payment in Rogers shares.',
    deals: [
      { type: 'acquisition', target: ['Shaw Communications Inc.'], amount: { currency: 'CAD', amount: 26_000_000_000 }, parties: [{ name: 'Rogers Communications Inc.', role: 'acquirer' }, { name: 'Shaw family', role: 'seller' }] },
    ],
    note: 'public record; Canadian style, "$" is C$; the controlling family sells its shares',
  },
  {
    id: 'en-corp-096', lang: 'en', style: 'japan-business-press', date: '2024-10-23',
    text: 'Tokyo Metro Co. opened 45% above its IPO price on Wednesday, as investors piled into the subway operator whose ¥348.6 billion listing was Japan’s largest in six years. The Japanese government and the Tokyo Metropolitan Government each sold half of their holdings at ¥1,200 a share.',
    deals: [
      { type: 'ipo', target: ['Tokyo Metro Co.'], amount: { currency: 'JPY', amount: 348_600_000_000 }, parties: [{ name: 'Japanese government', role: 'seller' }, { name: 'Tokyo Metropolitan Government', role: 'seller' }] },
    ],
    note: 'public record; the two government owners sold the shares',
  },
  {
    id: 'en-corp-097', lang: 'en', style: 'india-business-press', date: '2024-07-10',
    text: 'Pune-based Sahyadri Auto Components said its board will meet on Friday to consider raising up to ₹1,500 crore through a qualified institutional placement or other routes. The stock rose 4% on the BSE.',
    deals: [],
    negative: 'not-closed',
    note: 'fictional; a fund-raise only under consideration',
  },
  {
    id: 'en-corp-098', lang: 'en', style: 'singapore-business-press', date: '2023-08-15',
    text: 'SINGAPORE – Mainboard-listed logistics firm Tembusu Cargo Holdings will acquire cold-chain operator Pasir Frost for S$120 million to S$150 million, depending on earn-out payments tied to profit over the next three years, it said in a bourse filing on Monday.',
    deals: [
      { type: 'acquisition', target: ['Pasir Frost'], amount: { currency: 'SGD', amount: 120_000_000, amountMax: 150_000_000 }, parties: [{ name: 'Tembusu Cargo Holdings', role: 'acquirer' }] },
    ],
    note: 'fictional; a range',
  },
  {
    id: 'en-corp-099', lang: 'en', style: 'hk-english-press', date: '2020-06-18',
    text: 'JD.com made its Hong Kong debut on Thursday after raising HK$30.1 billion (US$3.9 billion) in a secondary listing priced at HK$226 a share, a week after fellow US-listed Chinese tech group NetEase raised about HK$21 billion in its own Hong Kong listing.',
    deals: [
      { type: 'ipo', target: ['JD.com'], amount: { currency: 'HKD', amount: 30_100_000_000 }, parties: [] },
      { type: 'ipo', target: ['NetEase'], amount: { currency: 'HKD', amount: 21_000_000_000 }, parties: [] },
    ],
    note: 'public record; two secondary listings, both in June 2020',
  },
  {
    id: 'en-corp-100', lang: 'en', style: 'business-daily', date: '2024-03-05',
    text: 'London buyout firm Kestrel Peak Partners has closed its fifth flagship fund at €7.5bn, above its €6bn target, giving it firepower for take-private deals across Europe. Pension funds and sovereign wealth investors in Asia and the Middle East made up most of the commitments.',
    deals: [],
    negative: 'fund-raise',
    note: 'fictional; a fund closing, not a deal',
  },
  {
    id: 'en-corp-101', lang: 'en', style: 'hk-english-press', date: '2025-05-20',
    text: 'Contemporary Amperex Technology Co. Limited (CATL) jumped 16 per cent on its Hong Kong debut on Tuesday after the battery giant raised HK$35.7 billion (US$4.6 billion) in the world’s biggest listing of the year so far. Sinopec and the Kuwait Investment Authority were among its cornerstone investors.',
    deals: [
      {
        type: 'ipo', target: ['Contemporary Amperex Technology Co. Limited', 'CATL'], amount: { currency: 'HKD', amount: 35_700_000_000 },
        parties: [{ name: 'Sinopec', role: 'participant' }, { name: 'Kuwait Investment Authority', role: 'participant' }],
      },
    ],
    note: 'public record; cornerstone investors as participants',
  },
  {
    id: 'en-corp-102', lang: 'en', style: 'india-business-press', date: '2024-01-22',
    text: 'MUMBAI: Sony Group has called off the proposed merger of its Indian unit with Zee Entertainment Enterprises, two years after the deal was agreed, after the two sides failed to settle who would lead the combined company. Sony’s Culver Max Entertainment has sent a termination letter and is seeking a $90 million break fee.',
    deals: [],
    negative: 'called-off',
    note: 'public record',
  },
  {
    id: 'en-corp-103', lang: 'en', style: 'wire', date: '2025-06-18',
    text: 'June 18 (Reuters) - Nippon Steel completed its $14.9 billion acquisition of U.S. Steel on Wednesday, after the Japanese company agreed to give the U.S. government a "golden share" that grants it a say over some of the American steelmaker’s decisions. Nippon Steel paid $55 per share in cash.',
    deals: [
      { type: 'acquisition', target: ['U.S. Steel'], amount: { currency: 'USD', amount: 14_900_000_000 }, parties: [{ name: 'Nippon Steel', role: 'acquirer' }] },
    ],
    note: 'public record; the golden share is not a second deal',
  },
  {
    id: 'en-corp-104', lang: 'en', style: 'canada-business-press', date: '2023-05-04',
    text: 'Toronto-Dominion Bank and First Horizon Corp. have mutually agreed to terminate their US$13.4-billion merger agreement, after TD said it could not predict when it would receive the necessary regulatory approvals. TD will pay the Memphis-based lender a US$200-million termination fee.',
    deals: [],
    negative: 'called-off',
    note: 'public record',
  },
  {
    id: 'en-corp-105', lang: 'en', style: 'canada-business-press', date: '2015-05-21',
    text: 'Ottawa-based Shopify Inc. raised US$131-million in its initial public offering, selling 7.7 million shares at US$17 each, above its marketed range, before listing on the New York Stock Exchange and the Toronto Stock Exchange on Thursday.',
    deals: [
      { type: 'ipo', target: ['Shopify Inc.'], amount: { currency: 'USD', amount: 131_000_000 }, parties: [] },
    ],
    note: 'public record',
  },
  {
    id: 'en-corp-106', lang: 'en', style: 'australia-business-press', date: '2024-10-02',
    text: 'Perth-based gold miner Redgum Resources has rejected an unsolicited, non-binding indicative proposal from Canadian rival Northbay Gold that valued it at $2.1 billion, saying the offer was opportunistic. Northbay said it remained open to engagement.',
    deals: [],
    negative: 'talks',
    note: 'fictional',
  },
  {
    id: 'en-corp-107', lang: 'en', style: 'european-business-press', date: '2023-06-14',
    text: 'Dutch flower auctioneer Tulpveld and its Belgian peer Florabel have agreed to merge, creating the second-largest horticulture marketplace in Europe. In a separate deal announced the same day, Danish packaging group Nordpak bought Rotterdam-based crate maker Kistwerk BV for €68m.',
    deals: [
      { type: 'merger', target: ['Tulpveld'], parties: [{ name: 'Florabel', role: 'participant' }] },
      { type: 'acquisition', target: ['Kistwerk BV'], amount: { currency: 'EUR', amount: 68_000_000 }, parties: [{ name: 'Nordpak', role: 'acquirer' }] },
    ],
    note: 'fictional; directionless merger plus an unrelated acquisition',
  },
  {
    id: 'en-corp-108', lang: 'en', style: 'wire', date: '2021-11-09',
    text: 'Nov 9 (Reuters) - General Electric Co said on Tuesday it would split into three public companies focused on aviation, healthcare and energy, breaking up the storied American conglomerate. GE plans to spin off its healthcare business in early 2023 and combine its renewable energy, power and digital units into a company to be spun off in early 2024.',
    deals: [],
    negative: 'other',
    note: 'public record; a planned break-up, no buyer and no listing yet',
  },
  {
    id: 'en-corp-109', lang: 'en', style: 'singapore-business-press', date: '2024-11-25',
    text: 'SINGAPORE – Data-centre operator Kallang DataWorks made its debut on the Singapore Exchange mainboard on Monday after raising S$412 million in an initial public offering priced at S$0.88 a share. Cornerstone investors, led by fund manager Merlion Harbour Capital and including Straits Pension Trust, took up 58 per cent of the offering.',
    deals: [
      {
        type: 'ipo', target: ['Kallang DataWorks'], amount: { currency: 'SGD', amount: 412_000_000 },
        parties: [{ name: 'Merlion Harbour Capital', role: 'lead' }, { name: 'Straits Pension Trust', role: 'participant' }],
      },
    ],
    note: 'fictional; a lead cornerstone and another cornerstone',
  },
  {
    id: 'en-corp-110', lang: 'en', style: 'tech-press', date: '2021-12-16',
    text: 'Reddit has confidentially submitted a draft registration statement to the SEC for a proposed initial public offering, the social news site said on Wednesday. The number of shares to be offered and the price range have not yet been determined.',
    deals: [],
    negative: 'not-closed',
    note: 'public record; a confidential filing',
  },
  {
    id: 'en-corp-111', lang: 'en', style: 'australia-business-press', date: '2025-02-18',
    text: 'Perth-based lithium refiner Quokka Minerals, which raised $350 million in an ASX float last September, has used part of the proceeds to buy the Kalgoorlie processing plant of Eastern Reagents for $82.5 million. Quokka shares rose 6 per cent.',
    deals: [
      { type: 'ipo', target: ['Quokka Minerals', 'Quokka'], amount: { currency: 'AUD', amount: 350_000_000 }, parties: [], date: '2024-09' },
      { type: 'acquisition', target: ['Kalgoorlie processing plant'], amount: { currency: 'AUD', amount: 82_500_000 }, parties: [{ name: 'Quokka Minerals', role: 'acquirer' }, { name: 'Eastern Reagents', role: 'seller' }] },
    ],
    note: 'fictional; Australian style, "$" is A$; an earlier IPO, dated, and a purchase of an asset from its owner',
  },
  {
    id: 'en-corp-112', lang: 'en', style: 'european-business-press', date: '2023-09-05',
    text: 'Novo Nordisk has overtaken LVMH as Europe’s most valuable listed company, with its market value climbing to about $428bn on the back of soaring demand for its weight-loss drug Wegovy.',
    deals: [],
    negative: 'market-value',
    note: 'public record',
  },
  {
    id: 'en-corp-113', lang: 'en', style: 'tech-press', date: '2024-02-02',
    text: 'Meta Platforms will pay its first-ever dividend, 50 cents a share each quarter, and added $50 billion to its stock buyback authorization, sending the shares up about 15% after hours on Thursday as quarterly revenue beat forecasts.',
    deals: [],
    negative: 'dividend',
    note: 'public record',
  },
  {
    id: 'en-corp-114', lang: 'en', style: 'pharma-trade-press', date: '2025-02-26',
    text: 'Orvana Biosciences said sales of its hemophilia gene therapy reached $1.2 billion last year, topping forecasts, and guided to as much as $1.6 billion in 2025. Management reiterated that the company has no plans to sell itself despite repeated approaches from larger drugmakers.',
    deals: [],
    negative: 'revenue',
    note: 'fictional',
  },
  {
    id: 'en-corp-115', lang: 'en', style: 'regulator-notice-news', date: '2023-10-17',
    text: 'In accordance with Rule 2.6(a) of the Takeover Code, Ashdown Capital must, by not later than 5.00 p.m. on 14 November 2023, either announce a firm intention to make an offer for Thistlebrook plc or announce that it does not intend to make an offer. There can be no certainty that any offer will be made.',
    deals: [],
    negative: 'talks',
    note: 'fictional; a possible offer under the UK Takeover Code',
  },
  {
    id: 'en-corp-116', lang: 'en', style: 'sea-deal-press', date: '2025-07-07',
    text: 'Singapore’s Merlion Freight made its debut on the Singapore Exchange on Monday after raising S$210 million in its initial public offering. Temasek, GIC and Lion Global Investors signed up as cornerstone investors, taking up about 40% of the shares on offer.',
    deals: [{
      type: 'ipo', target: ['Merlion Freight'],
      amount: { currency: 'SGD', amount: 210_000_000 },
      parties: [
        { name: 'Temasek', role: 'participant' }, { name: 'GIC', role: 'participant' },
        { name: 'Lion Global Investors', role: 'participant' },
      ],
    }],
    note: 'fictional company; real investors used as plausible cornerstones',
  },
  {
    id: 'en-corp-118', lang: 'en', style: 'japan-business-press', date: '2025-09-16',
    text: 'Shinkai Systems, a Tokyo maker of factory-automation software, was bought by a consortium led by Kanda Capital for ¥120 billion, ending its 11 years as a listed company. The consortium also includes Ueno Partners and Akasaka Holdings.',
    deals: [{
      type: 'acquisition', target: ['Shinkai Systems'],
      amount: { currency: 'JPY', amount: 120_000_000_000 },
      parties: [
        { name: 'Kanda Capital', role: 'acquirer' }, { name: 'Ueno Partners', role: 'acquirer' },
        { name: 'Akasaka Holdings', role: 'acquirer' },
      ],
    }],
    note: 'fictional',
  },
  {
    id: 'en-corp-119', lang: 'en', style: 'hk-english-press', date: '2025-03-25',
    text: 'Kowloon Dairy rose 9% on its first day of trading in Hong Kong after raising HK$1.6 billion in its listing. Harbour Lane Capital, already its biggest shareholder, took up HK$300 million of the offering as a cornerstone investor.',
    deals: [{
      type: 'ipo', target: ['Kowloon Dairy'],
      amount: { currency: 'HKD', amount: 1_600_000_000 },
      parties: [{ name: 'Harbour Lane Capital', role: 'participant' }],
    }],
    note: 'fictional',
  },
  {
    id: 'en-corp-120', lang: 'en', style: 'markets-blog', date: '2025-08-21',
    text: 'Talk that Brenner Logistics could be sold to a buyout firm sent its shares up 6% on Wednesday, but the company said it had received no offer and was not in discussions with any party.',
    deals: [], negative: 'denial', note: 'fictional',
  },
];
