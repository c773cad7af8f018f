import type { GoldParagraph } from './gold';

// Paragraphs in the styles the rest of the set holds few of: short wire items, deal-data and
// newsletter trade press, regional startup press and local business journals in English; securities
// dailies, 21st-Century-style business press, VC-media roundups, LatePost-style features, company
// announcements in Chinese. Written by the DealLens team in our own words after real reporting (no
// sentence copied); every deal and figure is from public record. Many name small startups and funds
// the company data does not hold, and private targets.
export const PARAGRAPHS: readonly GoldParagraph[] = [
  {
    id: 'en-news-001', lang: 'en', style: 'wire-brief', date: '2023-06-26',
    text: 'June 26 (Reuters) - Databricks said on Monday it would buy generative AI startup MosaicML for about $1.3 billion, including retention packages, as the data analytics firm moves to help companies build their own large language models.',
    deals: [{
      type: 'acquisition', target: ['MosaicML'], amount: { currency: 'USD', amount: 1_300_000_000 },
      parties: [{ name: 'Databricks', role: 'acquirer' }],
    }],
    note: 'public record; private target',
  },
  {
    id: 'en-news-002', lang: 'en', style: 'wire-brief', date: '2023-06-27',
    text: 'Thomson Reuters has agreed to acquire Casetext, a California company that makes an AI assistant for lawyers, for $650 million in cash, the information group said on Tuesday. The deal is expected to close in the second half of the year.',
    deals: [{
      type: 'acquisition', target: ['Casetext'], amount: { currency: 'USD', amount: 650_000_000 },
      parties: [{ name: 'Thomson Reuters', role: 'acquirer' }],
    }],
    note: 'public record; private target after a descriptor clause',
  },
  {
    id: 'en-news-003', lang: 'en', style: 'dow-jones-brief', date: '2024-07-10',
    text: 'Advanced Micro Devices will pay about $665 million in cash for Silo AI, a Helsinki artificial-intelligence lab, in one of the largest purchases of a privately held AI startup in Europe. The chip designer expects to close the deal in the second half of 2024.',
    deals: [{
      type: 'acquisition', target: ['Silo AI'], amount: { currency: 'USD', amount: 665_000_000 },
      parties: [{ name: 'Advanced Micro Devices', role: 'acquirer' }],
    }],
    note: 'public record; "will pay … for" phrasing',
  },
  {
    id: 'en-news-004', lang: 'en', style: 'israel-tech-press', date: '2024-04-24',
    text: 'Nvidia has agreed to acquire Tel Aviv-based Run:ai, whose software schedules and shares GPU capacity across AI workloads, in a deal reported to be worth about $700 million. Run:ai was founded in 2018 by Omri Geller and Ronen Dar and had raised $118 million from investors including Insight Partners and Tiger Global.',
    deals: [{
      type: 'acquisition', target: ['Run:ai'], amount: { currency: 'USD', amount: 700_000_000 },
      parties: [{ name: 'Nvidia', role: 'acquirer' }],
    }],
    note: 'public record; the earlier $118m raised is history, not a deal of this story',
  },
  {
    id: 'en-news-005', lang: 'en', style: 'saas-trade-press', date: '2024-09-05',
    text: 'Salesforce is buying data backup and recovery vendor Own Company for $1.9 billion in cash. Own, based in Englewood Cliffs, New Jersey, counts more than 7,000 customers; Salesforce already held a stake in the company through its venture arm.',
    deals: [{
      type: 'acquisition', target: ['Own Company', 'Own'], amount: { currency: 'USD', amount: 1_900_000_000 },
      parties: [{ name: 'Salesforce', role: 'acquirer' }],
    }],
    note: 'public record; target after a descriptor',
  },
  {
    id: 'en-news-006', lang: 'en', style: 'newsletter-deal-brief', date: '2025-03-10',
    text: 'ServiceNow will acquire Moveworks, a Mountain View maker of AI assistants for employee help desks, for $2.85 billion in cash and stock, its largest deal to date. Moveworks had been backed by Kleiner Perkins, Lightspeed Venture Partners, Iconiq Growth and Tiger Global.',
    deals: [{
      type: 'acquisition', target: ['Moveworks'], amount: { currency: 'USD', amount: 2_850_000_000 },
      parties: [{ name: 'ServiceNow', role: 'acquirer' }],
    }],
    note: 'public record; the former backers are sellers in effect, never acquirers',
  },
  {
    id: 'en-news-007', lang: 'en', style: 'european-startup-press', date: '2024-06-11',
    text: 'Paris-based Mistral AI has closed a €600m round led by General Catalyst that values the one-year-old model maker at €5.8bn. Existing backers Lightspeed Venture Partners and Andreessen Horowitz put in more money, and new investors Nvidia, Samsung, Salesforce Ventures, Cisco and IBM joined the round.',
    deals: [{
      type: 'funding', target: ['Mistral AI'], amount: { currency: 'EUR', amount: 600_000_000 },
      valuation: { currency: 'EUR', amount: 5_800_000_000 },
      parties: [
        { name: 'General Catalyst', role: 'lead' }, { name: 'Lightspeed Venture Partners', role: 'participant' },
        { name: 'Andreessen Horowitz', role: 'participant' }, { name: 'Nvidia', role: 'participant' },
        { name: 'Samsung', role: 'participant' }, { name: 'Salesforce Ventures', role: 'participant' },
        { name: 'Cisco', role: 'participant' }, { name: 'IBM', role: 'participant' },
      ],
    }],
    note: 'public record; equity and debt together; eight investors across two sentences',
  },
  {
    id: 'en-news-008', lang: 'en', style: 'european-startup-press', date: '2024-07-11',
    text: 'Munich defence AI startup Helsing has raised €450m in a Series C led by General Catalyst, taking its valuation to €4.95bn. Elad Gil, Accel, Lightspeed, Plural and Swedish defence group Saab also took part.',
    deals: [{
      type: 'funding', target: ['Helsing'], round: 'Series C', amount: { currency: 'EUR', amount: 450_000_000 },
      valuation: { currency: 'EUR', amount: 4_950_000_000 },
      parties: [
        { name: 'General Catalyst', role: 'lead' }, { name: 'Elad Gil', role: 'participant' },
        { name: 'Accel', role: 'participant' }, { name: 'Lightspeed', role: 'participant' },
        { name: 'Plural', role: 'participant' }, { name: 'Saab', role: 'participant' },
      ],
    }],
    note: 'public record',
  },
  {
    id: 'en-news-009', lang: 'en', style: 'local-business-journal', date: '2021-12-01',
    text: 'Devens-based Commonwealth Fusion Systems has raised more than $1.8 billion in a Series B round, the largest private investment yet in a fusion company. Tiger Global Management led the round, joined by Bill Gates, Google, Soros Fund Management, Emerson Collective, Khosla Ventures, DFJ Growth and Eni.',
    deals: [{
      type: 'funding', target: ['Commonwealth Fusion Systems'], round: 'Series B', amount: { currency: 'USD', amount: 1_800_000_000 },
      parties: [
        { name: 'Tiger Global Management', role: 'lead' }, { name: 'Bill Gates', role: 'participant' },
        { name: 'Google', role: 'participant' }, { name: 'Soros Fund Management', role: 'participant' },
        { name: 'Emerson Collective', role: 'participant' }, { name: 'Khosla Ventures', role: 'participant' },
        { name: 'DFJ Growth', role: 'participant' }, { name: 'Eni', role: 'participant' },
      ],
    }],
    note: 'public record; lead named in a sentence of its own, eight investors',
  },
  {
    id: 'en-news-010', lang: 'en', style: 'legal-tech-newsletter', date: '2024-07-23',
    text: 'Harvey, the legal AI startup, has raised $100 million in a Series C round led by GV at a $1.5 billion valuation. OpenAI, Kleiner Perkins, Sequoia Capital, Elad Gil and SV Angel also participated.',
    deals: [{
      type: 'funding', target: ['Harvey'], round: 'Series C', amount: { currency: 'USD', amount: 100_000_000 },
      valuation: { currency: 'USD', amount: 1_500_000_000 },
      parties: [
        { name: 'GV', role: 'lead' }, { name: 'OpenAI', role: 'participant' }, { name: 'Kleiner Perkins', role: 'participant' },
        { name: 'Sequoia Capital', role: 'participant' }, { name: 'Elad Gil', role: 'participant' }, { name: 'SV Angel', role: 'participant' },
      ],
    }],
    note: 'public record',
  },
  {
    id: 'en-news-011', lang: 'en', style: 'deal-data-brief', date: '2024-12-19',
    text: 'Anysphere, the company behind the AI code editor Cursor, has raised a $105 million Series B co-led by Thrive Capital and Andreessen Horowitz at a $2.5 billion post-money valuation, with Benchmark participating.',
    deals: [{
      type: 'funding', target: ['Anysphere'], round: 'Series B', amount: { currency: 'USD', amount: 105_000_000 },
      valuation: { currency: 'USD', amount: 2_500_000_000, basis: 'post' },
      parties: [
        { name: 'Thrive Capital', role: 'lead' }, { name: 'Andreessen Horowitz', role: 'lead' }, { name: 'Benchmark', role: 'participant' },
      ],
    }],
    note: 'public record',
  },
  {
    id: 'en-news-012', lang: 'en', style: 'india-startup-press', date: '2024-09-19',
    text: 'Edtech unicorn PhysicsWallah has raised $210 million in a Series B round led by Hornbill Capital, with existing investor Lightspeed Venture Partners also taking part. The round values the Noida-based company at $2.8 billion, up from $1.1 billion in 2022.',
    deals: [{
      type: 'funding', target: ['PhysicsWallah'], round: 'Series B', amount: { currency: 'USD', amount: 210_000_000 },
      valuation: { currency: 'USD', amount: 2_800_000_000 },
      parties: [{ name: 'Hornbill Capital', role: 'lead' }, { name: 'Lightspeed Venture Partners', role: 'participant' }],
    }],
    note: 'public record; an old valuation follows the new one',
  },
  {
    id: 'en-news-013', lang: 'en', style: 'japan-tech-press', date: '2024-09-04',
    text: 'Tokyo-based Sakana AI said it raised about ¥30 billion in a Series A round from New Enterprise Associates, Khosla Ventures and Lux Capital, along with Japanese lenders MUFG, SMBC and Mizuho and chipmaker Nvidia.',
    deals: [{
      type: 'funding', target: ['Sakana AI'], round: 'Series A', amount: { currency: 'JPY', amount: 30_000_000_000 },
      parties: [
        { name: 'New Enterprise Associates', role: 'participant' }, { name: 'Khosla Ventures', role: 'participant' },
        { name: 'Lux Capital', role: 'participant' }, { name: 'MUFG', role: 'participant' },
        { name: 'SMBC', role: 'participant' }, { name: 'Mizuho', role: 'participant' }, { name: 'Nvidia', role: 'participant' },
      ],
    }],
    note: 'public record; roles not stated as lead in this telling',
  },
  {
    id: 'en-news-014', lang: 'en', style: 'infra-finance-press', date: '2024-05-17',
    text: 'GPU cloud provider CoreWeave has secured $7.5 billion in debt financing led by Blackstone and Magnetar, with Coatue, Carlyle, CDPQ, DigitalBridge and BlackRock also lending. The company will use the money to buy chips and build data centres.',
    deals: [{
      type: 'debt', target: ['CoreWeave'], amount: { currency: 'USD', amount: 7_500_000_000 },
      parties: [
        { name: 'Blackstone', role: 'lead' }, { name: 'Magnetar', role: 'lead' }, { name: 'Coatue', role: 'participant' },
        { name: 'Carlyle', role: 'participant' }, { name: 'CDPQ', role: 'participant' },
        { name: 'DigitalBridge', role: 'participant' }, { name: 'BlackRock', role: 'participant' },
      ],
    }],
    note: 'public record; a debt raise with seven lenders',
  },
  {
    id: 'en-news-015', lang: 'en', style: 'nordic-business-press', date: '2024-01-16',
    text: 'Swedish battery maker Northvolt has raised $5 billion in debt to expand its plant in Skellefteå, the largest green loan yet in Europe. The package comes from 23 commercial banks together with the European Investment Bank and the Nordic Investment Bank.',
    deals: [{
      type: 'debt', target: ['Northvolt'], amount: { currency: 'USD', amount: 5_000_000_000 },
      parties: [{ name: 'European Investment Bank', role: 'participant' }, { name: 'Nordic Investment Bank', role: 'participant' }],
    }],
    note: 'public record; unnamed banks are no party',
  },
  {
    id: 'en-news-016', lang: 'en', style: 'wire-brief', date: '2024-01-19',
    text: 'Jan 19 (Reuters) - Blackstone agreed to buy Canadian rental home owner Tricon Residential for about $3.5 billion in cash, betting on continued demand for single-family rentals in the United States and Canada.',
    deals: [{
      type: 'acquisition', target: ['Tricon Residential'], amount: { currency: 'USD', amount: 3_500_000_000 },
      parties: [{ name: 'Blackstone', role: 'acquirer' }],
    }],
    note: 'public record',
  },
  {
    id: 'en-news-017', lang: 'en', style: 'sea-deal-press', date: '2022-04-11',
    text: 'Snowflake has closed its purchase of Streamlit, the open-source framework for building data apps, for about $800 million. Streamlit was founded in 2018 and had raised money from Gradient Ventures, GGV Capital and Sequoia Capital.',
    deals: [{
      type: 'acquisition', target: ['Streamlit'], amount: { currency: 'USD', amount: 800_000_000 },
      parties: [{ name: 'Snowflake', role: 'acquirer' }],
    }],
    note: 'public record; "closed its purchase of"; former backers are not parties',
  },
  {
    id: 'en-news-018', lang: 'en', style: 'wire-brief', date: '2024-05-03',
    text: 'May 3 (Reuters) - Elon Musk\'s xAI is close to raising about $6 billion at an $18 billion pre-money valuation, according to people familiar with the matter, who cautioned that the terms are not final.',
    deals: [], negative: 'talks',
    note: 'public record (the report); talks, not a closed round',
  },
  {
    id: 'en-news-019', lang: 'en', style: 'wire-brief', date: '2023-12-18',
    text: 'Dec 18 (Reuters) - Adobe and Figma said they had ended their $20 billion merger agreement, citing little chance of winning approval from European and British regulators. Adobe will pay Figma a $1 billion termination fee.',
    deals: [], negative: 'called-off',
    note: 'public record; a deal called off and a break fee',
  },
  {
    id: 'en-news-020', lang: 'en', style: 'ap-brief', date: '2023-12-18',
    text: 'Google will pay $700 million and make changes to its Play Store to settle an antitrust lawsuit brought by all 50 U.S. states and several territories, which accused the company of overcharging consumers for apps.',
    deals: [], negative: 'settlement',
    note: 'public record',
  },
  {
    id: 'en-news-021', lang: 'en', style: 'markets-brief', date: '2024-06-05',
    text: 'Nvidia\'s market value topped $3 trillion for the first time on Wednesday, overtaking Apple as the second most valuable company in the United States after its shares rose more than 5%.',
    deals: [], negative: 'market-value',
    note: 'public record',
  },
  {
    id: 'en-news-022', lang: 'en', style: 'vc-trade-press', date: '2024-04-16',
    text: 'Andreessen Horowitz has raised $7.2 billion across new funds, including $1.25 billion for American Dynamism and $3.75 billion for growth investing, giving the venture firm more than $42 billion in assets under management.',
    deals: [], negative: 'fund-raise',
    note: 'public record; a VC firm raising its own funds is not a deal of this set',
  },
  {
    id: 'en-news-023', lang: 'en', style: 'wire-brief', date: '2024-03-01',
    text: 'March 1 (Reuters) - Elon Musk has sued OpenAI and its chief executive Sam Altman, saying they abandoned the startup\'s founding mission of building AI for the benefit of humanity. Microsoft, which has committed about $13 billion to OpenAI, is not a defendant.',
    deals: [], negative: 'other',
    note: 'public record; a lawsuit, and an old investment mentioned in passing',
  },
  {
    id: 'en-news-024', lang: 'en', style: 'markets-brief', date: '2024-05-22',
    text: 'Nvidia reported first-quarter revenue of $26 billion, up 262% from a year earlier, and announced a ten-for-one stock split. Its shares rose about 6% in extended trading.',
    deals: [], negative: 'revenue',
    note: 'public record',
  },
  {
    id: 'en-news-025', lang: 'en', style: 'tech-press', date: '2024-08-16',
    text: 'AMD has reportedly held early talks about buying server maker ZT Systems, though people close to the company said no agreement had been reached and the talks could still fall apart.',
    deals: [], negative: 'rumour',
    note: 'public record (the report preceded the announced deal); rumour only',
  },
  {
    id: 'zh-news-001', lang: 'zh', style: 'cn-securities-daily', date: '2023-06-29',
    text: '美团6月29日晚间在港交所发布公告称，拟以约20.65亿元人民币的总对价收购光年之外全部权益，其中包括现金约2.33亿美元、承担债务约3.67亿元人民币及现金1元人民币。光年之外由美团联合创始人王慧文创办。',
    deals: [{
      type: 'acquisition', target: ['光年之外'], amount: { currency: 'CNY', amount: 2_065_000_000 },
      parties: [{ name: '美团', role: 'acquirer' }],
    }],
    note: 'public record; private target; parts of the price follow the total',
  },
  {
    id: 'zh-news-002', lang: 'zh', style: 'cn-company-announcement', date: '2023-08-28',
    text: '比亚迪电子（00285.HK）公告，公司拟以约158亿元人民币的现金对价，收购捷普集团旗下位于成都、无锡的产品制造业务。交易完成后，相关业务将并入比亚迪电子的消费电子板块。',
    deals: [{
      type: 'acquisition', target: ['捷普集团旗下位于成都、无锡的产品制造业务', '产品制造业务'],
      amount: { currency: 'CNY', amount: 15_800_000_000 },
      parties: [{ name: '比亚迪电子', role: 'acquirer' }, { name: '捷普集团', role: 'seller' }],
    }],
    note: 'public record; a business unit bought from its parent',
  },
  {
    id: 'zh-news-003', lang: 'zh', style: 'cn-business-daily-21st', date: '2024-12-17',
    text: '阿里巴巴集团发布公告，将以约74亿元人民币的价格向雅戈尔集团及银泰管理层出售银泰商业全部股权。阿里巴巴预计将因此确认约93亿元的亏损。',
    deals: [{
      type: 'acquisition', target: ['银泰商业'], amount: { currency: 'CNY', amount: 7_400_000_000 },
      parties: [{ name: '雅戈尔集团', role: 'acquirer' }, { name: '阿里巴巴集团', role: 'seller' }],
    }],
    note: 'public record; a sale told from the seller; the management team is unnamed; the loss is no amount',
  },
  {
    id: 'zh-news-004', lang: 'zh', style: 'cn-business-daily-21st', date: '2023-10-26',
    text: 'Stellantis集团宣布将投资约15亿欧元，取得零跑汽车约21%的股份，并与零跑成立合资公司，负责零跑产品在中国以外市场的出口和销售。',
    deals: [{
      type: 'stake-sale', target: ['零跑汽车', '零跑'], amount: { currency: 'EUR', amount: 1_500_000_000 },
      parties: [{ name: 'Stellantis集团', role: 'acquirer' }],
    }],
    note: 'public record; a minority stake',
  },
  {
    id: 'zh-news-005', lang: 'zh', style: 'cn-vc-press-chinaventure', date: '2024-06-24',
    text: '具身智能企业银河通用机器人宣布完成7亿元天使轮融资，投资方包括美团战投、北汽产投、商汤科技、讯飞创投、启明创投、蓝驰创投、IDG资本和源码资本。',
    deals: [{
      type: 'funding', target: ['银河通用机器人', '银河通用'], round: '天使轮', amount: { currency: 'CNY', amount: 700_000_000 },
      parties: [
        { name: '美团战投', role: 'participant' }, { name: '北汽产投', role: 'participant' }, { name: '商汤科技', role: 'participant' },
        { name: '讯飞创投', role: 'participant' }, { name: '启明创投', role: 'participant' }, { name: '蓝驰创投', role: 'participant' },
        { name: 'IDG资本', role: 'participant' }, { name: '源码资本', role: 'participant' },
      ],
    }],
    note: 'public record; eight investors in one list',
  },
  {
    id: 'zh-news-006', lang: 'zh', style: 'cn-vc-press-chinaventure', date: '2024-03-12',
    text: '清华系多模态大模型公司生数科技完成数亿元A轮融资，本轮由启明创投领投，达泰资本、鸿福厚德、智谱AI跟投，老股东BV百度风投、卓远资本继续追投。',
    deals: [{
      type: 'funding', target: ['生数科技'], round: 'A轮',
      parties: [
        { name: '启明创投', role: 'lead' }, { name: '达泰资本', role: 'participant' }, { name: '鸿福厚德', role: 'participant' },
        { name: '智谱AI', role: 'participant' }, { name: 'BV百度风投', role: 'participant' }, { name: '卓远资本', role: 'participant' },
      ],
    }],
    note: 'public record; vague amount (数亿元) omitted',
  },
  {
    id: 'zh-news-007', lang: 'zh', style: 'cn-latepost-feature', date: '2025-04-25',
    text: '据晚点LatePost了解，通用智能体产品Manus背后的公司蝴蝶效应已完成一轮7500万美元融资，由美国风投机构Benchmark领投，投后估值接近5亿美元。',
    deals: [{
      type: 'funding', target: ['蝴蝶效应'], amount: { currency: 'USD', amount: 75_000_000 },
      valuation: { currency: 'USD', amount: 500_000_000, basis: 'post' },
      parties: [{ name: 'Benchmark', role: 'lead' }],
    }],
    note: 'public record; a Latin-script lead inside Chinese text',
  },
  {
    id: 'zh-news-008', lang: 'zh', style: 'cn-auto-press', date: '2023-09-27',
    text: '自动驾驶公司元戎启行宣布完成1亿美元C1轮融资，由长城汽车领投。这是长城汽车首次投资自动驾驶初创企业。',
    deals: [{
      type: 'funding', target: ['元戎启行'], round: 'C1轮', amount: { currency: 'USD', amount: 100_000_000 },
      parties: [{ name: '长城汽车', role: 'lead' }],
    }],
    note: 'public record',
  },
  {
    id: 'zh-news-009', lang: 'zh', style: 'cn-securities-daily', date: '2024-10-24',
    text: '地平线机器人今日在香港联交所主板挂牌上市，本次全球发售募资约54亿港元，是今年以来港股最大的科技公司IPO。首日开盘，地平线股价较发行价上涨超过30%。',
    deals: [{
      type: 'ipo', target: ['地平线机器人', '地平线'], amount: { currency: 'HKD', amount: 5_400_000_000 },
      parties: [],
    }],
    note: 'public record',
  },
  {
    id: 'zh-news-010', lang: 'zh', style: 'cn-wire-xinhua', date: '2024-05-10',
    text: '吉利旗下高端电动车品牌极氪于美国东部时间5月10日在纽约证券交易所上市，发行价为每股21美元，扩大发行后募资总额达4.41亿美元。',
    deals: [{
      type: 'ipo', target: ['极氪'], amount: { currency: 'USD', amount: 441_000_000 },
      parties: [],
    }],
    note: 'public record; a per-share price before the proceeds',
  },
  {
    id: 'zh-news-011', lang: 'zh', style: 'cn-business-daily-nbd', date: '2025-03-03',
    text: '蜜雪冰城于3月3日在港交所挂牌，公司此次全球发售共募资约34.6亿港元。蜜雪集团在招股阶段吸引了逾1.8万亿港元的孖展认购。',
    deals: [{
      type: 'ipo', target: ['蜜雪冰城', '蜜雪集团'], amount: { currency: 'HKD', amount: 3_460_000_000 },
      parties: [],
    }],
    note: 'public record; the margin-subscription figure is not the deal amount',
  },
  {
    id: 'zh-news-012', lang: 'zh', style: 'cn-bond-market-press', date: '2019-11-12',
    text: '华为投资控股有限公司首次在境内发行中期票据，发行规模30亿元，期限3年，票面利率3.48%。这也是华为首次在境内债券市场融资。',
    deals: [{
      type: 'debt', target: ['华为投资控股有限公司', '华为'], amount: { currency: 'CNY', amount: 3_000_000_000 },
      parties: [],
    }],
    note: 'public record; a bond issue',
  },
  {
    id: 'zh-news-013', lang: 'zh', style: 'cn-tech-press', date: '2022-07-04',
    text: '吉利控股集团旗下的湖北星纪时代科技有限公司宣布与魅族科技签署战略投资协议，星纪时代将持有魅族科技79.09%的控股权，取得对魅族的单独控制权。',
    deals: [{
      type: 'acquisition', target: ['魅族科技', '魅族'],
      parties: [{ name: '湖北星纪时代科技有限公司', role: 'acquirer' }],
    }],
    note: 'public record; a majority stake told as a strategic investment, no amount',
  },
  {
    id: 'zh-news-014', lang: 'zh', style: 'cn-securities-daily', date: '2024-03-26',
    text: '比亚迪发布2023年年报，全年实现营业收入6023亿元，同比增长42%；归属于上市公司股东的净利润约300亿元。',
    deals: [], negative: 'revenue',
    note: 'public record',
  },
  {
    id: 'zh-news-015', lang: 'zh', style: 'cn-financial-press', date: '2023-07-07',
    text: '中国人民银行对蚂蚁集团及其下属机构作出行政处罚，没收违法所得并处罚款合计71.23亿元。此前蚂蚁集团已完成整改。',
    deals: [], negative: 'other',
    note: 'public record; a regulatory fine',
  },
  {
    id: 'zh-news-016', lang: 'zh', style: 'cn-business-daily-21st', date: '2021-07-20',
    text: '宁德时代以侵犯实用新型专利为由，对中航锂电提起诉讼，要求对方停止侵权并赔偿经济损失。中航锂电回应称将积极应诉。',
    deals: [], negative: 'other',
    note: 'public record; a patent lawsuit',
  },
  {
    id: 'zh-news-017', lang: 'zh', style: 'cn-securities-daily', date: '2024-04-03',
    text: '针对有关“公司拟收购某新能源车企股权”的市场传闻，长安汽车在互动平台回应称，公司目前没有应披露而未披露的重大事项，相关传闻不实。',
    deals: [], negative: 'denial',
    note: 'public record style; a denial of a market rumour',
  },
  {
    id: 'zh-news-018', lang: 'zh', style: 'cn-market-close', date: '2024-07-11',
    text: '截至收盘，寒武纪股价涨超10%，总市值重回千亿元上方；工业富联、中际旭创等算力概念股同步走强，北向资金全天净买入超百亿元。',
    deals: [], negative: 'share-move',
    note: 'public record style; share moves and fund flows',
  },
  {
    id: 'zh-news-019', lang: 'zh', style: 'cn-latepost-feature', date: '2024-09-06',
    text: '多位知情人士称，字节跳动正与多家投资机构接触，计划回购部分员工股份，回购价格对应公司估值约2680亿美元。字节跳动未对此置评。',
    deals: [], negative: 'buyback',
    note: 'public record (the report); a buyback with a valuation',
  },
  {
    id: 'zh-news-020', lang: 'zh', style: 'cn-vc-press', date: '2024-11-20',
    text: '知情人士透露，阶跃星辰正在洽谈新一轮融资，潜在投资方包括多家国资背景基金，但交易条款尚未最终确定，公司方面不予置评。',
    deals: [], negative: 'talks',
    note: 'public record style; talks',
  },
];

// A second batch, written after the first rules of this piece of work were in, to check them on text
// they were not written against.
export const CHECK_PARAGRAPHS: readonly GoldParagraph[] = [
  {
    id: 'en-news-101', lang: 'en', style: 'sea-tech-press', date: '2022-05-17',
    text: 'Jakarta-based payments startup Xendit has raised $300 million in a Series D round led by Coatue, with Insight Partners, Accel and Tiger Global also participating. The company processes payments for businesses across Indonesia and the Philippines.',
    deals: [{
      type: 'funding', target: ['Xendit'], round: 'Series D', amount: { currency: 'USD', amount: 300_000_000 },
      parties: [
        { name: 'Coatue', role: 'lead' }, { name: 'Insight Partners', role: 'participant' },
        { name: 'Accel', role: 'participant' }, { name: 'Tiger Global', role: 'participant' },
      ],
    }],
    note: 'public record',
  },
  {
    id: 'en-news-102', lang: 'en', style: 'sea-deal-press', date: '2021-07-21',
    text: 'Singapore cross-border payments firm Nium has closed a $200 million Series E round led by Riverwood Capital. Temasek, Visa and Vertex Growth joined the round, which makes Nium one of the city-state\'s newest unicorns.',
    deals: [{
      type: 'funding', target: ['Nium'], round: 'Series E', amount: { currency: 'USD', amount: 200_000_000 },
      parties: [
        { name: 'Riverwood Capital', role: 'lead' }, { name: 'Temasek', role: 'participant' },
        { name: 'Visa', role: 'participant' }, { name: 'Vertex Growth', role: 'participant' },
      ],
    }],
    note: 'public record',
  },
  {
    id: 'en-news-103', lang: 'en', style: 'newsletter-deal-brief', date: '2024-09-10',
    text: 'Enterprise search startup Glean raised $260 million in a Series E co-led by Altimeter Capital and DST Global, doubling its valuation to $4.6 billion in about six months.',
    deals: [{
      type: 'funding', target: ['Glean'], round: 'Series E', amount: { currency: 'USD', amount: 260_000_000 },
      valuation: { currency: 'USD', amount: 4_600_000_000 },
      parties: [{ name: 'Altimeter Capital', role: 'lead' }, { name: 'DST Global', role: 'lead' }],
    }],
    note: 'public record',
  },
  {
    id: 'en-news-104', lang: 'en', style: 'tech-press', date: '2023-12-21',
    text: 'Cisco has agreed to buy cloud networking startup Isovalent, the company behind the open-source Cilium project. Terms were not disclosed, and the deal is expected to close in the third quarter of Cisco\'s fiscal year.',
    deals: [{
      type: 'acquisition', target: ['Isovalent'],
      parties: [{ name: 'Cisco', role: 'acquirer' }],
    }],
    note: 'public record; private target after a descriptor, no price',
  },
  {
    id: 'en-news-105', lang: 'en', style: 'wire-brief', date: '2025-03-18',
    text: 'March 18 (Reuters) - Alphabet\'s Google agreed to buy cybersecurity startup Wiz for $32 billion in cash, its largest acquisition ever, as it looks to strengthen its cloud business.',
    deals: [{
      type: 'acquisition', target: ['Wiz'], amount: { currency: 'USD', amount: 32_000_000_000 },
      parties: [{ name: 'Google', role: 'acquirer' }],
    }],
    note: 'public record',
  },
  {
    id: 'en-news-106', lang: 'en', style: 'tech-press', date: '2025-06-13',
    text: 'Meta is investing about $14.3 billion in Scale AI for a 49% stake in the data-labelling company, whose chief executive Alexandr Wang will join Meta to work on its AI efforts.',
    deals: [{
      type: 'stake-sale', target: ['Scale AI'], amount: { currency: 'USD', amount: 14_300_000_000 },
      parties: [{ name: 'Meta', role: 'acquirer' }],
    }],
    note: 'public record; a minority stake',
  },
  {
    id: 'en-news-107', lang: 'en', style: 'tech-press', date: '2025-05-21',
    text: 'OpenAI is buying io, the hardware startup founded by former Apple designer Jony Ive, in an all-stock deal that values the company at about $6.5 billion.',
    deals: [{
      type: 'acquisition', target: ['io'], amount: { currency: 'USD', amount: 6_500_000_000 },
      parties: [{ name: 'OpenAI', role: 'acquirer' }],
    }],
    note: 'public record; an all-stock price stated as a value',
  },
  {
    id: 'en-news-108', lang: 'en', style: 'the-information-style', date: '2024-12-18',
    text: 'Perplexity has closed a $500 million funding round led by Institutional Venture Partners that values the AI search startup at $9 billion, triple its valuation from June.',
    deals: [{
      type: 'funding', target: ['Perplexity'], amount: { currency: 'USD', amount: 500_000_000 },
      valuation: { currency: 'USD', amount: 9_000_000_000 },
      parties: [{ name: 'Institutional Venture Partners', role: 'lead' }],
    }],
    note: 'public record',
  },
  {
    id: 'en-news-109', lang: 'en', style: 'markets-brief', date: '2025-06-10',
    text: 'OpenAI\'s annualised revenue has reached $10 billion, up from about $5.5 billion last year, the company said, as paying business users passed three million.',
    deals: [], negative: 'revenue',
    note: 'public record',
  },
  {
    id: 'en-news-110', lang: 'en', style: 'markets-brief', date: '2025-06-17',
    text: 'CoreWeave shares rose 8% on Tuesday, bringing the GPU cloud provider\'s gains since its March debut to more than 300% and its market value to about $80 billion.',
    deals: [], negative: 'share-move',
    note: 'public record style; a listing recalled in passing, a share move',
  },
  {
    id: 'en-news-111', lang: 'en', style: 'wire-brief', date: '2025-06-18',
    text: 'Microsoft and OpenAI are in tense talks over the terms of their partnership, including how large a stake Microsoft will hold in OpenAI after it restructures, people familiar with the matter said.',
    deals: [], negative: 'talks',
    note: 'public record (the report)',
  },
  {
    id: 'zh-news-101', lang: 'zh', style: 'cn-tech-press-36kr', date: '2024-12-02',
    text: '大模型公司阶跃星辰宣布完成数亿美元B轮融资，本轮由上海国投旗下的上国投先导基金领投，腾讯投资、启明创投、五源资本等老股东跟投。',
    deals: [{
      type: 'funding', target: ['阶跃星辰'], round: 'B轮',
      parties: [
        { name: '上国投先导基金', role: 'lead' }, { name: '腾讯投资', role: 'participant' },
        { name: '启明创投', role: 'participant' }, { name: '五源资本', role: 'participant' },
      ],
    }],
    note: 'public record; vague amount omitted; the fund named after its owner',
  },
  {
    id: 'zh-news-102', lang: 'zh', style: 'cn-company-announcement', date: '2023-10-10',
    text: '海尔智家发布公告，公司已与开利集团签署协议，以6.4亿欧元收购其商用制冷业务，交易预计于2024年完成交割。',
    deals: [{
      type: 'acquisition', target: ['商用制冷业务'], amount: { currency: 'EUR', amount: 640_000_000 },
      parties: [{ name: '海尔智家', role: 'acquirer' }, { name: '开利集团', role: 'seller' }],
    }],
    note: 'public record; a unit bought from its owner',
  },
  {
    id: 'zh-news-103', lang: 'zh', style: 'cn-business-daily-nbd', date: '2024-08-15',
    text: '美的集团公告，已与瑞士Arbonia集团达成协议，以约7.6亿欧元收购后者旗下的气候业务，进一步扩大在欧洲暖通空调市场的布局。',
    deals: [{
      type: 'acquisition', target: ['气候业务'], amount: { currency: 'EUR', amount: 760_000_000 },
      parties: [{ name: '美的集团', role: 'acquirer' }, { name: 'Arbonia集团', role: 'seller' }],
    }],
    note: 'public record',
  },
  {
    id: 'zh-news-104', lang: 'zh', style: 'cn-securities-daily', date: '2024-11-27',
    text: '自动驾驶公司小马智行于美东时间11月27日在纳斯达克上市，本次发行2000万股美国存托股，每股发行价13美元，募资2.6亿美元。',
    deals: [{
      type: 'ipo', target: ['小马智行'], amount: { currency: 'USD', amount: 260_000_000 },
      parties: [],
    }],
    note: 'public record; the proceeds without the concurrent placement',
  },
  {
    id: 'zh-news-105', lang: 'zh', style: 'cn-vc-press-touzhong', date: '2025-03-11',
    text: '具身智能公司它石智航宣布完成1.2亿美元天使轮融资，由蓝驰创投、启明创投联合领投。这是国内具身智能领域金额最大的天使轮融资之一。',
    deals: [{
      type: 'funding', target: ['它石智航'], round: '天使轮', amount: { currency: 'USD', amount: 120_000_000 },
      parties: [{ name: '蓝驰创投', role: 'lead' }, { name: '启明创投', role: 'lead' }],
    }],
    note: 'public record',
  },
  {
    id: 'zh-news-106', lang: 'zh', style: 'cn-securities-daily', date: '2025-03-18',
    text: '小米集团发布2024年业绩，全年总收入3659亿元，同比增长35%；经调整净利润272亿元，创历史新高。',
    deals: [], negative: 'revenue',
    note: 'public record',
  },
  {
    id: 'zh-news-107', lang: 'zh', style: 'cn-financial-press', date: '2024-01-29',
    text: '香港高等法院颁令中国恒大清盘，并委任清盘人接管公司。恒大股价随即停牌，此前公司总负债超过2.39万亿元。',
    deals: [], negative: 'other',
    note: 'public record; a winding-up order',
  },
  {
    id: 'zh-news-108', lang: 'zh', style: 'cn-latepost-feature', date: '2025-02-20',
    text: '多位知情人士称，一家头部互联网公司正与某自动驾驶初创企业洽谈收购事宜，交易估值或超过10亿美元，但双方尚未签署任何协议。',
    deals: [], negative: 'talks',
    note: 'public record style; unnamed parties, talks',
  },
];

// A third batch, written after the rules of this piece of work, to score them once on text nobody tuned them on.
export const LATE_CHECK_PARAGRAPHS: readonly GoldParagraph[] = [
  {
    id: 'en-news-201', lang: 'en', style: 'canada-tech-press', date: '2024-07-22',
    text: 'Toronto-based Cohere has raised US$500 million in a round led by PSP Investments that values the enterprise AI company at US$5.5 billion. Cisco, AMD Ventures, Fujitsu and Export Development Canada also invested.',
    deals: [{
      type: 'funding', target: ['Cohere'], amount: { currency: 'USD', amount: 500_000_000 },
      valuation: { currency: 'USD', amount: 5_500_000_000 },
      parties: [
        { name: 'PSP Investments', role: 'lead' }, { name: 'Cisco', role: 'participant' }, { name: 'AMD Ventures', role: 'participant' },
        { name: 'Fujitsu', role: 'participant' }, { name: 'Export Development Canada', role: 'participant' },
      ],
    }],
    note: 'public record',
  },
  {
    id: 'en-news-202', lang: 'en', style: 'uk-tech-press', date: '2024-05-07',
    text: 'London self-driving startup Wayve has raised $1.05 billion in a Series C led by SoftBank Group, the largest investment yet in a European AI company. Nvidia joined the round, and existing backer Microsoft returned.',
    deals: [{
      type: 'funding', target: ['Wayve'], round: 'Series C', amount: { currency: 'USD', amount: 1_050_000_000 },
      parties: [{ name: 'SoftBank Group', role: 'lead' }, { name: 'Nvidia', role: 'participant' }, { name: 'Microsoft', role: 'participant' }],
    }],
    note: 'public record',
  },
  {
    id: 'en-news-203', lang: 'en', style: 'newsletter-deal-brief', date: '2024-11-04',
    text: 'Robotics AI startup Physical Intelligence raised $400 million from Jeff Bezos, Thrive Capital, Lux Capital and OpenAI, valuing the San Francisco company at about $2.4 billion.',
    deals: [{
      type: 'funding', target: ['Physical Intelligence'], amount: { currency: 'USD', amount: 400_000_000 },
      valuation: { currency: 'USD', amount: 2_400_000_000 },
      parties: [
        { name: 'Jeff Bezos', role: 'participant' }, { name: 'Thrive Capital', role: 'participant' },
        { name: 'Lux Capital', role: 'participant' }, { name: 'OpenAI', role: 'participant' },
      ],
    }],
    note: 'public record; a person opens the investor list',
  },
  {
    id: 'en-news-204', lang: 'en', style: 'wire-brief', date: '2025-05-14',
    text: 'May 14 (Reuters) - Databricks has agreed to acquire Neon, a startup that offers a serverless version of the Postgres database, for about $1 billion, as the data analytics firm expands its tools for AI agents.',
    deals: [{
      type: 'acquisition', target: ['Neon'], amount: { currency: 'USD', amount: 1_000_000_000 },
      parties: [{ name: 'Databricks', role: 'acquirer' }],
    }],
    note: 'public record; private target with an appositive',
  },
  {
    id: 'en-news-205', lang: 'en', style: 'wire-brief', date: '2024-04-24',
    text: 'IBM said on Wednesday it would buy HashiCorp for $6.4 billion, or $35 a share in cash, to strengthen its hybrid cloud software business.',
    deals: [{
      type: 'acquisition', target: ['HashiCorp'], amount: { currency: 'USD', amount: 6_400_000_000 },
      parties: [{ name: 'IBM', role: 'acquirer' }],
    }],
    note: 'public record; total before a per-share price',
  },
  {
    id: 'en-news-206', lang: 'en', style: 'markets-brief', date: '2024-03-21',
    text: 'Reddit raised $748 million in its initial public offering after pricing shares at $34, the top of its range, and the social media company\'s stock jumped 48% in its New York Stock Exchange debut.',
    deals: [{
      type: 'ipo', target: ['Reddit'], amount: { currency: 'USD', amount: 748_000_000 },
      parties: [],
    }],
    note: 'public record',
  },
  {
    id: 'en-news-207', lang: 'en', style: 'real-estate-trade-press', date: '2024-07-25',
    text: 'Cold-storage warehouse operator Lineage raised $4.4 billion in the largest U.S. IPO of the year, selling 56.9 million shares at $78 apiece. The company is backed by Bay Grove Capital.',
    deals: [{
      type: 'ipo', target: ['Lineage'], amount: { currency: 'USD', amount: 4_400_000_000 },
      parties: [],
    }],
    note: 'public record; an existing owner is no IPO investor',
  },
  {
    id: 'en-news-208', lang: 'en', style: 'wire-brief', date: '2025-09-05',
    text: 'Anthropic has agreed to pay $1.5 billion to settle a class action brought by authors who said the company used pirated copies of their books to train its Claude models.',
    deals: [], negative: 'settlement',
    note: 'public record',
  },
  {
    id: 'en-news-209', lang: 'en', style: 'markets-brief', date: '2025-02-24',
    text: 'Apple said it plans to spend more than $500 billion in the United States over the next four years, including a new server factory in Houston, Texas.',
    deals: [], negative: 'other',
    note: 'public record; an investment pledge, no deal',
  },
  {
    id: 'en-news-210', lang: 'en', style: 'tech-press', date: '2025-05-13',
    text: 'Perplexity is in late-stage talks to raise $500 million at a $14 billion valuation, according to people familiar with the matter, with Accel expected to lead.',
    deals: [], negative: 'talks',
    note: 'public record (the report)',
  },
  {
    id: 'zh-news-201', lang: 'zh', style: 'cn-tech-press', date: '2024-08-05',
    text: '大模型公司月之暗面完成新一轮超3亿美元融资，腾讯、高榕资本参投，本轮融资完成后公司估值达到33亿美元。',
    deals: [{
      type: 'funding', target: ['月之暗面'], amount: { currency: 'USD', amount: 300_000_000 },
      valuation: { currency: 'USD', amount: 3_300_000_000 },
      parties: [{ name: '腾讯', role: 'participant' }, { name: '高榕资本', role: 'participant' }],
    }],
    note: 'public record',
  },
  {
    id: 'zh-news-202', lang: 'zh', style: 'cn-company-announcement', date: '2023-07-27',
    text: '小鹏汽车发布公告，已与大众汽车签署协议，大众汽车将以约7亿美元认购小鹏汽车新发行的A类普通股，交易完成后持有小鹏约4.99%的股份。',
    deals: [{
      type: 'funding', target: ['小鹏汽车', '小鹏'], amount: { currency: 'USD', amount: 700_000_000 },
      parties: [{ name: '大众汽车', role: 'participant' }],
    }],
    note: 'public record',
  },
  {
    id: 'zh-news-203', lang: 'zh', style: 'hk-chinese-press', date: '2021-05-28',
    text: '京东物流今日在港交所主板挂牌，全球发售募资约246亿港元，成为今年以来港股规模最大的IPO之一。',
    deals: [{
      type: 'ipo', target: ['京东物流'], amount: { currency: 'HKD', amount: 24_600_000_000 },
      parties: [],
    }],
    note: 'public record',
  },
  {
    id: 'zh-news-204', lang: 'zh', style: 'cn-business-daily', date: '2025-04-03',
    text: '安踏体育宣布，以2.9亿美元收购Topgolf Callaway旗下户外品牌狼爪，交易预计于今年年底前完成交割。',
    deals: [{
      type: 'acquisition', target: ['狼爪'], amount: { currency: 'USD', amount: 290_000_000 },
      parties: [{ name: '安踏体育', role: 'acquirer' }, { name: 'Topgolf Callaway', role: 'seller' }],
    }],
    note: 'public record; a brand bought from its owner',
  },
  {
    id: 'zh-news-205', lang: 'zh', style: 'cn-securities-daily', date: '2025-03-15',
    text: '宁德时代发布2024年年报，全年实现营业收入约3620亿元，归母净利润约507亿元，同比增长15%。',
    deals: [], negative: 'revenue',
    note: 'public record',
  },
  {
    id: 'zh-news-206', lang: 'zh', style: 'cn-market-close', date: '2025-02-14',
    text: '恒生指数收涨3.7%，恒生科技指数涨超5%；美团涨逾6%，阿里巴巴涨近7%，港股通全天净买入超190亿港元。',
    deals: [], negative: 'share-move',
    note: 'public record style',
  },
];
