import type { GoldParagraph } from './gold';

// Paragraphs written for issue 17 after the rules of the earlier sessions, and scored before any
// rule was written for them, so that they measure how the reader does on text nobody tuned on.
// Styles the rest of the set holds few of: 36Kr / PEdaily / IT Juzi funding briefs, Securities Times
// and Shanghai Securities News listing items, listed-company announcements (stake purchases,
// placements, share transfers), Caixin / Yicai M&A, Hong Kong IPO reports, regulator filings; in
// English Reuters and Bloomberg short items, local business journals, Crunchbase News, TechCrunch,
// FT deal columns, Nikkei Asia, DealStreetAsia and Economic Times items. Written by the DealLens team
// in our own words after real reporting (no sentence copied); every deal and figure is public record.
export const PARAGRAPHS: readonly GoldParagraph[] = [
  // ---- Chinese ----
  {
    id: 'zh-fresh-001', lang: 'zh', style: 'cn-tech-press-36kr', date: '2025-06-19',
    text: '36氪获悉，杭州机器人企业宇树科技已完成C轮融资交割，本轮由中国移动旗下基金、腾讯、锦秋基金、阿里巴巴、蚂蚁集团、吉利资本共同领投，绝大部分老股东跟投。宇树科技成立于2016年，以四足机器人起家，近两年陆续推出多款人形机器人。',
    deals: [{
      type: 'funding', target: ['宇树科技'], round: 'C轮',
      parties: [
        { name: '中国移动', role: 'lead' }, { name: '腾讯', role: 'lead' }, { name: '锦秋基金', role: 'lead' },
        { name: '阿里巴巴', role: 'lead' }, { name: '蚂蚁集团', role: 'lead' }, { name: '吉利资本', role: 'lead' },
      ],
    }],
    note: 'public record; six co-leads, amount not disclosed',
  },
  {
    id: 'zh-fresh-002', lang: 'zh', style: 'cn-vc-press-pedaily', date: '2024-04-11',
    text: '投资界消息，端侧大模型公司面壁智能宣布完成新一轮数亿元融资，由春华创投、华为哈勃领投，北京市人工智能产业投资基金等跟投，知乎作为战略股东继续跟投。本轮融资资金将用于加快高效大模型的研发及人才引进。',
    deals: [{
      type: 'funding', target: ['面壁智能'],
      parties: [
        { name: '春华创投', role: 'lead' }, { name: '华为哈勃', role: 'lead' },
        { name: '北京市人工智能产业投资基金', role: 'participant' }, { name: '知乎', role: 'participant' },
      ],
    }],
    note: 'public record; vague amount (数亿元) omitted',
  },
  {
    id: 'zh-fresh-003', lang: 'zh', style: 'cn-data-roundup-itjuzi', date: '2025-03-31',
    text: '3月大模型融资盘点：智谱先是宣布完成超10亿元战略融资，杭州城投产业基金、上城资本参与投资；随后珠海华发集团与智谱签约，以5亿元对其进行战略投资。两笔交易均由地方国资出手。',
    deals: [
      {
        type: 'funding', target: ['智谱'], round: 'strategic',
        amount: { currency: 'CNY', amount: 1_000_000_000 },
        parties: [{ name: '杭州城投产业基金', role: 'participant' }, { name: '上城资本', role: 'participant' }],
      },
      {
        type: 'funding', target: ['智谱'], round: 'strategic',
        amount: { currency: 'CNY', amount: 500_000_000 },
        parties: [{ name: '珠海华发集团', role: 'participant' }],
      },
    ],
    note: 'public record; two strategic rounds of one company in a month',
  },
  {
    id: 'zh-fresh-004', lang: 'zh', style: 'cn-securities-times', date: '2025-12-05',
    text: '国产GPU企业摩尔线程今日登陆上交所科创板，发行价为114.28元/股，本次发行募集资金总额80亿元，是今年A股规模最大的IPO之一。上市首日，公司股价盘中一度涨超400%。',
    deals: [{
      type: 'ipo', target: ['摩尔线程'], amount: { currency: 'CNY', amount: 8_000_000_000 }, parties: [],
    }],
    note: 'public record; per-share price and first-day move are not the amount',
  },
  {
    id: 'zh-fresh-005', lang: 'zh', style: 'cn-shanghai-securities-news', date: '2025-12-17',
    text: '沐曦股份今日在科创板挂牌上市，发行价104.66元/股，募集资金总额约41.97亿元。公司本次募集资金将投向新一代高性能通用GPU的研发及产业化等项目。',
    deals: [{
      type: 'ipo', target: ['沐曦股份'], amount: { currency: 'CNY', amount: 4_197_000_000 }, parties: [],
    }],
    note: 'public record',
  },
  {
    id: 'zh-fresh-006', lang: 'zh', style: 'cn-company-announcement', date: '2024-12-30',
    text: '紫金矿业公告，公司拟以现金137.29亿元，按每股13.98元的价格受让藏格矿业约24.82%股份，转让方为西藏藏格创业投资集团有限公司及其一致行动人。交易完成后，紫金矿业将成为藏格矿业的控股股东。',
    deals: [{
      type: 'stake-sale', target: ['藏格矿业'], amount: { currency: 'CNY', amount: 13_729_000_000 },
      parties: [{ name: '紫金矿业', role: 'acquirer' }, { name: '西藏藏格创业投资集团有限公司', role: 'seller' }],
    }],
    note: 'public record; 公告-style cash purchase of a controlling stake',
  },
  {
    id: 'zh-fresh-007', lang: 'zh', style: 'cn-company-announcement', date: '2024-09-24',
    text: '永辉超市公告，名创优品拟以约62.7亿元受让牛奶有限公司及京东旗下两家主体合计持有的永辉超市29.4%股份。交易完成后，名创优品将成为永辉超市第一大股东。',
    deals: [{
      type: 'stake-sale', target: ['永辉超市'], amount: { currency: 'CNY', amount: 6_270_000_000 },
      parties: [
        { name: '名创优品', role: 'acquirer' }, { name: '牛奶有限公司', role: 'seller' }, { name: '京东', role: 'seller' },
      ],
    }],
    note: 'public record; two sellers',
  },
  {
    id: 'zh-fresh-008', lang: 'zh', style: 'cn-securities-times', date: '2025-06-20',
    text: '国有大行注资落地：中国银行公告，向特定对象发行A股股票已完成，募集资金总额1650亿元，发行对象为财政部；邮储银行亦公告完成1300亿元定增，认购方为财政部、中国移动集团和中国船舶集团。',
    deals: [
      {
        type: 'funding', target: ['中国银行'], amount: { currency: 'CNY', amount: 165_000_000_000 },
        parties: [{ name: '财政部', role: 'participant' }],
      },
      {
        type: 'funding', target: ['邮储银行'], amount: { currency: 'CNY', amount: 130_000_000_000 },
        parties: [
          { name: '财政部', role: 'participant' }, { name: '中国移动集团', role: 'participant' },
          { name: '中国船舶集团', role: 'participant' },
        ],
      },
    ],
    note: 'public record; two placements (定增) in one sentence',
  },
  {
    id: 'zh-fresh-009', lang: 'zh', style: 'cn-financial-press-caixin', date: '2024-11-27',
    text: '立讯精密宣布，拟以约3.2亿欧元收购德国汽车线束企业莱尼（Leoni AG）50.1%的股权，并全资收购其子公司Leoni K。莱尼近年连续亏损，曾于2023年完成债务重组。',
    deals: [{
      type: 'stake-sale', target: ['莱尼', 'Leoni AG'], amount: { currency: 'EUR', amount: 320_000_000 },
      parties: [{ name: '立讯精密', role: 'acquirer' }],
    }],
    note: 'public record; foreign target named in both scripts',
  },
  {
    id: 'zh-fresh-010', lang: 'zh', style: 'cn-business-daily-yicai', date: '2025-12-10',
    text: '海光信息与中科曙光双双公告，因市场环境较交易筹划之初发生较大变化，决定终止换股吸收合并事项。该交易于今年5月首次披露，曾被视为国产算力领域规模最大的一宗整合。',
    deals: [], negative: 'called-off',
    note: 'public record; a share-swap merger terminated',
  },
  {
    id: 'zh-fresh-011', lang: 'zh', style: 'hk-chinese-press', date: '2025-05-23',
    text: '恒瑞医药（01276）今日在港交所主板挂牌，H股发售价每股44.05港元，全球发售所得款项总额约98.9亿港元，成为继宁德时代之后今年又一宗A股公司赴港上市的大型新股。',
    deals: [{
      type: 'ipo', target: ['恒瑞医药'], amount: { currency: 'HKD', amount: 9_890_000_000 }, parties: [],
    }],
    note: 'public record; another listing named in passing is not a deal of this story',
  },
  {
    id: 'zh-fresh-012', lang: 'zh', style: 'hk-chinese-press', date: '2025-09-16',
    text: '奇瑞汽车今日起招股，每股发售价30.75港元，拟发行约2.97亿股H股，集资约91.4亿港元，招股将于本周五截止，预期下周四在港交所挂牌。',
    deals: [], negative: 'not-closed',
    note: 'public record; the offer has opened, the listing has not happened',
  },
  {
    id: 'zh-fresh-013', lang: 'zh', style: 'hk-chinese-press', date: '2025-06-19',
    text: '海天味业（03288）今日正式在港交所主板挂牌，是次全球发售集资约101亿港元，发售价每股36.3港元。公司早于2014年已在上交所上市，是次实现“A+H”两地上市。',
    deals: [{
      type: 'ipo', target: ['海天味业'], amount: { currency: 'HKD', amount: 10_100_000_000 }, parties: [],
    }],
    note: 'public record; the 2014 Shanghai listing gives no figure',
  },
  {
    id: 'zh-fresh-014', lang: 'zh', style: 'hk-chinese-press', date: '2025-09-30',
    text: '紫金矿业分拆的紫金黄金国际今日在港交所挂牌，发售价每股71.59港元，集资约287亿港元，为今年港股第二大新股。紫金黄金国际旗下资产包括紫金矿业今年1月以12亿美元收购的哈萨克斯坦Raygorodok金矿。',
    deals: [
      {
        type: 'ipo', target: ['紫金黄金国际'], amount: { currency: 'HKD', amount: 28_700_000_000 }, parties: [],
      },
      {
        type: 'acquisition', target: ['Raygorodok金矿'], amount: { currency: 'USD', amount: 1_200_000_000 },
        parties: [{ name: '紫金矿业', role: 'acquirer' }], date: '2025-01',
      },
    ],
    note: 'public record; a spin-off listing and an earlier purchase by the parent',
  },
  {
    id: 'zh-fresh-015', lang: 'zh', style: 'cn-regulatory-filing-news', date: '2025-07-18',
    text: '中国证监会浙江监管局网站显示，宇树科技已于7月8日办理上市辅导备案，辅导机构为中信证券，公司拟申请首次公开发行股票并上市。',
    deals: [], negative: 'not-closed',
    note: 'public record; an IPO being prepared is not an IPO',
  },
  {
    id: 'zh-fresh-016', lang: 'zh', style: 'cn-tech-press', date: '2025-01-14',
    text: '针对外媒关于美国方面考虑由马斯克收购TikTok美国业务的报道，TikTok方面回应称，该报道纯属虚构，公司不会对此置评。',
    deals: [], negative: 'denial',
    note: 'public record',
  },
  {
    id: 'zh-fresh-017', lang: 'zh', style: 'cn-business-daily', date: '2025-02-13',
    text: '本田与日产宣布终止去年12月启动的经营整合磋商，双方原计划共同成立控股公司，将两家公司置于其旗下。此前日产拒绝了成为本田子公司的方案。',
    deals: [], negative: 'called-off',
    note: 'public record; merger talks ended',
  },
  {
    id: 'zh-fresh-018', lang: 'zh', style: 'cn-financial-press', date: '2024-05-27',
    text: '国家集成电路产业投资基金三期股份有限公司于5月24日注册成立，注册资本3440亿元，股东包括财政部、国开金融、上海国盛以及工商银行、建设银行、农业银行、中国银行等19家机构。',
    deals: [], negative: 'fund-raise',
    note: 'public record; a state fund set up, not a deal in a company',
  },
  {
    id: 'zh-fresh-019', lang: 'zh', style: 'cn-securities-daily', date: '2025-08-28',
    text: '寒武纪股价延续强势，收盘价超越贵州茅台，成为A股第一高价股，公司总市值随之升至逾6000亿元。',
    deals: [], negative: 'share-move',
    note: 'public record',
  },
  {
    id: 'zh-fresh-020', lang: 'zh', style: 'cn-tech-press', date: '2025-03-18',
    text: '小米集团公布2024年业绩，全年总收入约3659亿元，同比增长35%，经调整净利润约272亿元，均创历史新高。',
    deals: [], negative: 'revenue',
    note: 'public record',
  },
  {
    id: 'zh-fresh-021', lang: 'zh', style: 'cn-tech-press-36kr', date: '2024-08-06',
    text: '月之暗面近日完成新一轮3亿美元融资，腾讯、高榕资本参与本轮投资，交易完成后公司估值达33亿美元，位列国内估值最高的大模型创业公司之一。',
    deals: [{
      type: 'funding', target: ['月之暗面'], amount: { currency: 'USD', amount: 300_000_000 },
      valuation: { currency: 'USD', amount: 3_300_000_000 },
      parties: [{ name: '腾讯', role: 'participant' }, { name: '高榕资本', role: 'participant' }],
    }],
    note: 'public record',
  },
  {
    id: 'zh-fresh-022', lang: 'zh', style: 'cn-financial-press-caixin', date: '2024-01-02',
    text: '百度宣布终止以36亿美元收购欢聚集团国内直播业务YY Live的交易，称截至最后期限交易的部分先决条件仍未满足。该交易最早于2020年11月宣布。',
    deals: [], negative: 'called-off',
    note: 'public record',
  },
  {
    id: 'zh-fresh-023', lang: 'zh', style: 'cn-company-announcement', date: '2021-07-06',
    text: '苏宁易购公告，张近东及淘宝中国拟向深圳国际、鲲鹏资本合计转让公司23%股份，每股转让价5.18元，转让总价约148亿元。交易完成后，苏宁易购将无控股股东和实际控制人。',
    deals: [{
      type: 'stake-sale', target: ['苏宁易购'], amount: { currency: 'CNY', amount: 14_800_000_000 },
      parties: [
        { name: '深圳国际', role: 'acquirer' }, { name: '鲲鹏资本', role: 'acquirer' },
        { name: '淘宝中国', role: 'seller' }, { name: '张近东', role: 'seller' },
      ],
    }],
    note: 'public record; sellers named before the buyers',
  },
  {
    id: 'zh-fresh-024', lang: 'zh', style: 'cn-shanghai-securities-news', date: '2022-04-21',
    text: '中国海油今日在上交所主板上市，A股发行价10.80元/股，行使超额配售选择权前募集资金总额280亿元。今年1月回归A股的中国移动首发募资约519.8亿元，两家央企先后成为年内A股募资规模最大的新股。',
    deals: [
      { type: 'ipo', target: ['中国海油'], amount: { currency: 'CNY', amount: 28_000_000_000 }, parties: [] },
      { type: 'ipo', target: ['中国移动'], amount: { currency: 'CNY', amount: 51_980_000_000 }, parties: [], date: '2022-01' },
    ],
    note: 'public record; two listings, the second dated by the text',
  },
  {
    id: 'zh-fresh-025', lang: 'zh', style: 'cn-business-daily-yicai', date: '2025-07-30',
    text: '京东集团宣布，将以每股4.60欧元现金向德国消费电子零售商Ceconomy发起收购要约，对应股权价值约22亿欧元，双方已签署投资协议。',
    deals: [{
      type: 'acquisition', target: ['Ceconomy'], amount: { currency: 'EUR', amount: 2_200_000_000 },
      parties: [{ name: '京东集团', role: 'acquirer' }],
    }],
    note: 'public record; per-share price is not the amount',
  },
  // ---- English ----
  {
    id: 'en-fresh-001', lang: 'en', style: 'wire-brief', date: '2024-01-16',
    text: 'Jan 16 (Reuters) - Synopsys will buy engineering software maker Ansys for about $35 billion in cash and stock, the chip design software company said on Tuesday, in its biggest deal yet.',
    deals: [{
      type: 'acquisition', target: ['Ansys'], amount: { currency: 'USD', amount: 35_000_000_000 },
      parties: [{ name: 'Synopsys', role: 'acquirer' }],
    }],
    note: 'public record',
  },
  {
    id: 'en-fresh-002', lang: 'en', style: 'bloomberg-brief', date: '2024-08-14',
    text: 'Mars Inc. agreed to acquire Kellanova, the maker of Pringles and Cheez-It, for $83.50 a share in cash, a deal valued at about $35.9 billion including debt.',
    deals: [{
      type: 'acquisition', target: ['Kellanova'], amount: { currency: 'USD', amount: 35_900_000_000 },
      parties: [{ name: 'Mars Inc.', role: 'acquirer' }],
    }],
    note: 'public record; per-share price first',
  },
  {
    id: 'en-fresh-003', lang: 'en', style: 'wire-brief', date: '2025-07-30',
    text: 'Palo Alto Networks said on Wednesday it would acquire Israeli identity-security firm CyberArk in a cash-and-stock deal valued at about $25 billion, its largest acquisition.',
    deals: [{
      type: 'acquisition', target: ['CyberArk'], amount: { currency: 'USD', amount: 25_000_000_000 },
      parties: [{ name: 'Palo Alto Networks', role: 'acquirer' }],
    }],
    note: 'public record',
  },
  {
    id: 'en-fresh-004', lang: 'en', style: 'tech-press-techcrunch', date: '2025-07-15',
    text: 'Thinking Machines Lab, the AI startup founded by former OpenAI CTO Mira Murati, has closed a $2 billion seed round at a $12 billion valuation. Andreessen Horowitz led the round, with Nvidia, Accel, ServiceNow, Cisco, AMD and Jane Street also participating.',
    deals: [{
      type: 'funding', target: ['Thinking Machines Lab'], round: 'seed',
      amount: { currency: 'USD', amount: 2_000_000_000 }, valuation: { currency: 'USD', amount: 12_000_000_000 },
      parties: [
        { name: 'Andreessen Horowitz', role: 'lead' }, { name: 'Nvidia', role: 'participant' },
        { name: 'Accel', role: 'participant' }, { name: 'ServiceNow', role: 'participant' },
        { name: 'Cisco', role: 'participant' }, { name: 'AMD', role: 'participant' },
        { name: 'Jane Street', role: 'participant' },
      ],
    }],
    note: 'public record; investors in the next sentence',
  },
  {
    id: 'en-fresh-005', lang: 'en', style: 'crunchbase-news', date: '2024-07-09',
    text: 'Pittsburgh-based Skild AI, which is building a general-purpose brain for robots, raised a $300 million Series A at a $1.5 billion valuation. The round was led by Lightspeed Venture Partners, Coatue, SoftBank Group and Jeff Bezos through Bezos Expeditions. Felicis Ventures, Sutter Hill Ventures, Menlo Ventures and General Catalyst also invested.',
    deals: [{
      type: 'funding', target: ['Skild AI'], round: 'Series A',
      amount: { currency: 'USD', amount: 300_000_000 }, valuation: { currency: 'USD', amount: 1_500_000_000 },
      parties: [
        { name: 'Lightspeed Venture Partners', role: 'lead' }, { name: 'Coatue', role: 'lead' },
        { name: 'SoftBank Group', role: 'lead' }, { name: 'Bezos Expeditions', role: 'lead' },
        { name: 'Felicis Ventures', role: 'participant' }, { name: 'Sutter Hill Ventures', role: 'participant' },
        { name: 'Menlo Ventures', role: 'participant' }, { name: 'General Catalyst', role: 'participant' },
      ],
    }],
    note: 'public record; eight investors over two sentences',
  },
  {
    id: 'en-fresh-006', lang: 'en', style: 'ft-deal-column', date: '2025-09-09',
    text: 'ASML has become the largest shareholder in Mistral AI after leading the French start-up’s €1.7bn Series C, which values it at €11.7bn post-money. The Dutch chipmaking equipment group put in €1.3bn; Nvidia, Andreessen Horowitz, Bpifrance, DST Global, General Catalyst, Index Ventures and Lightspeed also took part.',
    deals: [{
      type: 'funding', target: ['Mistral AI'], round: 'Series C',
      amount: { currency: 'EUR', amount: 1_700_000_000 },
      valuation: { currency: 'EUR', amount: 11_700_000_000, basis: 'post' },
      parties: [
        { name: 'ASML', role: 'lead' }, { name: 'Nvidia', role: 'participant' },
        { name: 'Andreessen Horowitz', role: 'participant' }, { name: 'Bpifrance', role: 'participant' },
        { name: 'DST Global', role: 'participant' }, { name: 'General Catalyst', role: 'participant' },
        { name: 'Index Ventures', role: 'participant' }, { name: 'Lightspeed', role: 'participant' },
      ],
    }],
    note: 'public record; the lead named as subject, the round as a possessive of the target',
  },
  {
    id: 'en-fresh-007', lang: 'en', style: 'tech-press-techcrunch', date: '2025-07-17',
    text: 'Swedish vibe-coding startup Lovable has raised a $200 million Series A led by Accel, valuing the eight-month-old company at $1.8 billion.',
    deals: [{
      type: 'funding', target: ['Lovable'], round: 'Series A',
      amount: { currency: 'USD', amount: 200_000_000 }, valuation: { currency: 'USD', amount: 1_800_000_000 },
      parties: [{ name: 'Accel', role: 'lead' }],
    }],
    note: 'public record',
  },
  {
    id: 'en-fresh-008', lang: 'en', style: 'india-business-press-et', date: '2024-07-25',
    text: 'Bengaluru-based bike-taxi platform Rapido has turned unicorn after raising $120 million in a Series E round led by WestBridge Capital, which values the company at $1.1 billion.',
    deals: [{
      type: 'funding', target: ['Rapido'], round: 'Series E',
      amount: { currency: 'USD', amount: 120_000_000 }, valuation: { currency: 'USD', amount: 1_100_000_000 },
      parties: [{ name: 'WestBridge Capital', role: 'lead' }],
    }],
    note: 'public record',
  },
  {
    id: 'en-fresh-009', lang: 'en', style: 'india-business-press-et', date: '2024-09-16',
    text: 'Shares of Bajaj Housing Finance more than doubled on their market debut on Monday after the Rs 6,560-crore IPO, priced at Rs 70 apiece, drew bids worth over Rs 3 lakh crore.',
    deals: [{
      type: 'ipo', target: ['Bajaj Housing Finance'], amount: { currency: 'INR', amount: 65_600_000_000 }, parties: [],
    }],
    note: 'public record; the bids are not the amount',
  },
  {
    id: 'en-fresh-010', lang: 'en', style: 'india-business-press-et', date: '2025-10-14',
    text: 'Dalal Street had a busy week of debuts: Tata Capital listed after its Rs 15,512-crore IPO, priced at Rs 326 a share, and LG Electronics India followed a day later on the back of an Rs 11,607-crore offer made up entirely of shares sold by its South Korean parent.',
    deals: [
      { type: 'ipo', target: ['Tata Capital'], amount: { currency: 'INR', amount: 155_120_000_000 }, parties: [] },
      { type: 'ipo', target: ['LG Electronics India'], amount: { currency: 'INR', amount: 116_070_000_000 }, parties: [] },
    ],
    note: 'public record; two IPOs in one sentence',
  },
  {
    id: 'en-fresh-011', lang: 'en', style: 'nikkei-asia', date: '2025-06-03',
    text: 'TOKYO -- Toyota Motor group companies will take Toyota Industries private in a deal worth about 4.7 trillion yen ($33 billion), offering 16,300 yen per share. The buyer is a new company funded by Toyota Motor, Toyota Fudosan and Chairman Akio Toyoda.',
    deals: [{
      type: 'acquisition', target: ['Toyota Industries'], amount: { currency: 'JPY', amount: 4_700_000_000_000 },
      parties: [{ name: 'Toyota Motor', role: 'acquirer' }, { name: 'Toyota Fudosan', role: 'acquirer' }],
    }],
    note: 'public record; take-private by group companies',
  },
  {
    id: 'en-fresh-012', lang: 'en', style: 'nikkei-asia', date: '2025-07-17',
    text: 'Alimentation Couche-Tard has withdrawn its $47 billion proposal to buy Seven & i Holdings, saying the Japanese convenience store operator had failed to engage constructively during a year of talks.',
    deals: [], negative: 'called-off',
    note: 'public record',
  },
  {
    id: 'en-fresh-013', lang: 'en', style: 'ft-deal-column', date: '2024-03-21',
    text: 'Nationwide Building Society has agreed to buy Virgin Money UK for £2.9bn, or 220p a share, creating the second-largest provider of mortgages and savings in Britain.',
    deals: [{
      type: 'acquisition', target: ['Virgin Money UK'], amount: { currency: 'GBP', amount: 2_900_000_000 },
      parties: [{ name: 'Nationwide Building Society', role: 'acquirer' }],
    }],
    note: 'public record',
  },
  {
    id: 'en-fresh-014', lang: 'en', style: 'ft-deal-column', date: '2024-05-29',
    text: 'BHP walked away from its pursuit of Anglo American on Wednesday after the London-listed miner rejected a third proposal worth about £38.6bn and refused to extend the talks.',
    deals: [], negative: 'called-off',
    note: 'public record',
  },
  {
    id: 'en-fresh-015', lang: 'en', style: 'pharma-deal-column', date: '2025-07-09',
    text: 'Merck & Co has agreed to buy Verona Pharma, the maker of a COPD treatment, for about $10 billion, a month after Sanofi struck a $9.5 billion deal for Blueprint Medicines.',
    deals: [
      {
        type: 'acquisition', target: ['Verona Pharma'], amount: { currency: 'USD', amount: 10_000_000_000 },
        parties: [{ name: 'Merck & Co', role: 'acquirer' }],
      },
      {
        type: 'acquisition', target: ['Blueprint Medicines'], amount: { currency: 'USD', amount: 9_500_000_000 },
        parties: [{ name: 'Sanofi', role: 'acquirer' }], date: '2025-06',
      },
    ],
    note: 'public record; two buyers, the second deal a month earlier',
  },
  {
    id: 'en-fresh-016', lang: 'en', style: 'tech-press', date: '2025-09-08',
    text: 'Cognition, the maker of the AI coding agent Devin, raised more than $400 million at a $10.2 billion post-money valuation in a round led by Founders Fund, with Lux Capital, 8VC, Definition Capital and Swish Ventures also investing. The funding comes two months after Cognition bought rival coding startup Windsurf.',
    deals: [
      {
        type: 'funding', target: ['Cognition'], amount: { currency: 'USD', amount: 400_000_000 },
        valuation: { currency: 'USD', amount: 10_200_000_000, basis: 'post' },
        parties: [
          { name: 'Founders Fund', role: 'lead' }, { name: 'Lux Capital', role: 'participant' },
          { name: '8VC', role: 'participant' }, { name: 'Definition Capital', role: 'participant' },
          { name: 'Swish Ventures', role: 'participant' },
        ],
      },
      {
        type: 'acquisition', target: ['Windsurf'], parties: [{ name: 'Cognition', role: 'acquirer' }], date: '2025-07',
      },
    ],
    note: 'public record; a round and an earlier acquisition by the same company',
  },
  {
    id: 'en-fresh-017', lang: 'en', style: 'bloomberg-brief', date: '2025-05-27',
    text: 'Salesforce Inc. agreed to buy Informatica Inc. for about $8 billion, or $25 a share in cash, its biggest purchase since the $27.7 billion Slack deal it closed in July 2021.',
    deals: [
      {
        type: 'acquisition', target: ['Informatica Inc.', 'Informatica'], amount: { currency: 'USD', amount: 8_000_000_000 },
        parties: [{ name: 'Salesforce Inc.', role: 'acquirer' }],
      },
      {
        type: 'acquisition', target: ['Slack'], amount: { currency: 'USD', amount: 27_700_000_000 },
        parties: [{ name: 'Salesforce Inc.', role: 'acquirer' }], date: '2021-07',
      },
    ],
    note: 'public record; an earlier deal given with its amount and month',
  },
  {
    id: 'en-fresh-018', lang: 'en', style: 'crunchbase-news', date: '2024-10-31',
    text: 'Two AI rounds topped the October list. Poolside raised $500 million in a Series B led by Bain Capital Ventures, with eBay and Nvidia joining, at a $3 billion valuation. Customer-service agent startup Sierra picked up $175 million from Greenoaks, which led, and existing backers Sequoia and Benchmark, valuing it at $4.5 billion.',
    deals: [
      {
        type: 'funding', target: ['Poolside'], round: 'Series B',
        amount: { currency: 'USD', amount: 500_000_000 }, valuation: { currency: 'USD', amount: 3_000_000_000 },
        parties: [
          { name: 'Bain Capital Ventures', role: 'lead' }, { name: 'eBay', role: 'participant' },
          { name: 'Nvidia', role: 'participant' },
        ],
      },
      {
        type: 'funding', target: ['Sierra'],
        amount: { currency: 'USD', amount: 175_000_000 }, valuation: { currency: 'USD', amount: 4_500_000_000 },
        parties: [
          { name: 'Greenoaks', role: 'lead' }, { name: 'Sequoia', role: 'participant' },
          { name: 'Benchmark', role: 'participant' },
        ],
      },
    ],
    note: 'public record; a monthly roundup with two rounds',
  },
  {
    id: 'en-fresh-019', lang: 'en', style: 'local-business-journal', date: '2025-05-15',
    text: 'Coraopolis-based Dick’s Sporting Goods Inc. has agreed to acquire Foot Locker Inc. for about $2.4 billion, or $24 a share in cash, combining two of the country’s biggest sneaker sellers. Foot Locker will run as a separate business unit after the deal closes.',
    deals: [{
      type: 'acquisition', target: ['Foot Locker Inc.', 'Foot Locker'], amount: { currency: 'USD', amount: 2_400_000_000 },
      parties: [{ name: 'Dick’s Sporting Goods Inc.', role: 'acquirer' }],
    }],
    note: 'public record',
  },
  {
    id: 'en-fresh-020', lang: 'en', style: 'vc-trade-press', date: '2024-04-16',
    text: 'Andreessen Horowitz has raised $7.2 billion across a new set of funds, including its largest growth fund, as the venture firm bets on artificial intelligence and defence technology.',
    deals: [], negative: 'fund-raise',
    note: 'public record; a VC firm closing funds is not a deal in a company',
  },
  {
    id: 'en-fresh-021', lang: 'en', style: 'wire-brief', date: '2025-10-29',
    text: 'Nvidia on Wednesday became the first company to be valued at $5 trillion, as its shares rose more than 3% on demand for its AI chips.',
    deals: [], negative: 'market-value',
    note: 'public record',
  },
  {
    id: 'en-fresh-022', lang: 'en', style: 'tech-press', date: '2025-02-14',
    text: 'OpenAI’s board unanimously rejected a $97.4 billion offer from a group of investors led by Elon Musk to buy the nonprofit that controls the ChatGPT maker, calling it an attempt to disrupt a competitor.',
    deals: [], negative: 'other',
    note: 'public record; an unsolicited bid rejected',
  },
  {
    id: 'en-fresh-023', lang: 'en', style: 'wire-brief', date: '2025-09-05',
    text: 'Anthropic has agreed to pay $1.5 billion to settle a class action brought by authors who said the AI company trained its models on pirated copies of their books.',
    deals: [], negative: 'settlement',
    note: 'public record',
  },
  {
    id: 'en-fresh-024', lang: 'en', style: 'markets-brief', date: '2025-08-04',
    text: 'Palantir Technologies posted quarterly revenue above $1 billion for the first time, up 48% from a year earlier, and raised its full-year forecast; its shares rose 4% after hours.',
    deals: [], negative: 'revenue',
    note: 'public record',
  },
  {
    id: 'en-fresh-025', lang: 'en', style: 'wire-brief', date: '2025-07-08',
    text: 'Fast-fashion retailer Shein has confidentially filed for a Hong Kong listing, people familiar with the matter said, after its plans for a London float stalled. Shein declined to comment.',
    deals: [], negative: 'rumour',
    note: 'public record; a filing reported by sources, no listing',
  },
  {
    id: 'en-fresh-026', lang: 'en', style: 'wire-brief', date: '2024-12-12',
    text: 'Crusoe, which builds data centres for artificial intelligence, said on Thursday it had raised $600 million in a Series D round led by Founders Fund, valuing the company at $2.8 billion.',
    deals: [{
      type: 'funding', target: ['Crusoe'], round: 'Series D',
      amount: { currency: 'USD', amount: 600_000_000 }, valuation: { currency: 'USD', amount: 2_800_000_000 },
      parties: [{ name: 'Founders Fund', role: 'lead' }],
    }],
    note: 'public record; "X, which …, said it had raised"',
  },
  {
    id: 'en-fresh-027', lang: 'en', style: 'wire-brief', date: '2024-03-28',
    text: 'Home Depot said on Thursday it would buy SRS Distribution from private equity firm Leonard Green and other owners, in a deal which values the roofing supplier at about $18.25 billion including debt.',
    deals: [{
      type: 'acquisition', target: ['SRS Distribution'], amount: { currency: 'USD', amount: 18_250_000_000 },
      parties: [{ name: 'Home Depot', role: 'acquirer' }, { name: 'Leonard Green', role: 'seller' }],
    }],
    note: 'public record; "the deal, which values Y at" is the price',
  },
  {
    id: 'en-fresh-028', lang: 'en', style: 'sea-deal-press-dealstreetasia', date: '2025-05-09',
    text: 'Grab and GoTo have resumed talks about a possible merger, people familiar with the matter said, though both companies said no agreement had been reached and the Indonesian government has yet to weigh in.',
    deals: [], negative: 'talks',
    note: 'public record; talks, no deal',
  },
  // ---- A second batch, written after this session's rules and scored before any rule for it ----
  {
    id: 'zh-fresh2-001', lang: 'zh', style: 'cn-company-announcement', date: '2025-07-09',
    text: '上纬新材晚间公告，智元机器人旗下主体智元恒岳拟通过协议转让加部分要约收购的方式取得公司控制权，双方已签署股份转让协议，交易完成后合计持股比例约63.62%。',
    deals: [{
      type: 'stake-sale', target: ['上纬新材'],
      parties: [{ name: '智元机器人', role: 'acquirer' }, { name: '智元恒岳', role: 'acquirer' }],
    }],
    note: 'public record; control taken by transfer and a partial tender offer, no price stated',
  },
  {
    id: 'zh-fresh2-002', lang: 'zh', style: 'hk-chinese-press', date: '2025-03-25',
    text: '小米集团公告，以每股53.25港元配售8亿股新股，集资约425亿港元，所得款项将用于扩大业务规模及加大研发投入。',
    deals: [{
      type: 'funding', target: ['小米集团'], amount: { currency: 'HKD', amount: 42_500_000_000 }, parties: [],
    }],
    note: 'public record; a listed company’s placement',
  },
  {
    id: 'zh-fresh2-003', lang: 'zh', style: 'cn-business-daily-yicai', date: '2025-01-01',
    text: '阿里巴巴宣布，以总代价约131亿港元向德弘资本出售所持高鑫零售约78.7%股份。半个月前，阿里巴巴刚以约74亿元将银泰商业出售给雅戈尔集团及银泰管理层。',
    deals: [
      {
        type: 'stake-sale', target: ['高鑫零售'], amount: { currency: 'HKD', amount: 13_100_000_000 },
        parties: [{ name: '德弘资本', role: 'acquirer' }, { name: '阿里巴巴', role: 'seller' }],
      },
      {
        type: 'acquisition', target: ['银泰商业'], amount: { currency: 'CNY', amount: 7_400_000_000 },
        parties: [{ name: '雅戈尔集团', role: 'acquirer' }, { name: '阿里巴巴', role: 'seller' }], date: '2024-12',
      },
    ],
    note: 'public record; two disposals by one seller',
  },
  {
    id: 'zh-fresh2-004', lang: 'zh', style: 'cn-tech-press', date: '2013-08-14',
    text: '百度宣布以19亿美元全资收购91无线，创下当时中国互联网行业规模最大的并购纪录。91无线此前是网龙旗下的子公司。',
    deals: [{
      type: 'acquisition', target: ['91无线'], amount: { currency: 'USD', amount: 1_900_000_000 },
      parties: [{ name: '百度', role: 'acquirer' }, { name: '网龙', role: 'seller' }],
    }],
    note: 'public record; a target name that opens with digits',
  },
  {
    id: 'zh-fresh2-005', lang: 'zh', style: 'cn-securities-daily', date: '2015-08-10',
    text: '阿里巴巴集团以约283亿元人民币战略投资苏宁云商，认购其非公开发行股份后持股19.99%，成为第二大股东；苏宁云商则以140亿元认购阿里巴巴不超过2780万股新发行股份。',
    deals: [
      {
        type: 'funding', target: ['苏宁云商'], amount: { currency: 'CNY', amount: 28_300_000_000 },
        parties: [{ name: '阿里巴巴集团', role: 'participant' }],
      },
      {
        type: 'funding', target: ['阿里巴巴集团', '阿里巴巴'], amount: { currency: 'CNY', amount: 14_000_000_000 },
        parties: [{ name: '苏宁云商', role: 'participant' }],
      },
    ],
    note: 'public record; a cross-shareholding, each side subscribing new shares of the other',
  },
  {
    id: 'zh-fresh2-006', lang: 'zh', style: 'cn-company-announcement', date: '2025-11-20',
    text: '中金公司公告，正在筹划通过向东兴证券、信达证券全体A股换股股东发行A股股票的方式换股吸收合并两家公司，公司A股股票自今日起停牌，预计停牌时间不超过25个交易日。',
    deals: [], negative: 'talks',
    note: 'public record; a merger being planned, shares halted',
  },
  {
    id: 'zh-fresh2-007', lang: 'zh', style: 'cn-financial-press', date: '2025-01-20',
    text: '国家人工智能产业投资基金合伙企业（有限合伙）日前成立，出资额600.6亿元，国家集成电路产业投资基金三期等机构为其合伙人。',
    deals: [], negative: 'fund-raise',
    note: 'public record; a state fund set up',
  },
  {
    id: 'zh-fresh2-008', lang: 'zh', style: 'cn-business-daily', date: '2025-03-19',
    text: '腾讯控股公布2024年全年业绩，总收入6603亿元，同比增长8%；非国际财务报告准则下归母净利润约2227亿元。',
    deals: [], negative: 'revenue',
    note: 'public record',
  },
  {
    id: 'zh-fresh2-009', lang: 'zh', style: 'hk-chinese-press', date: '2025-02-18',
    text: '小米集团股价盘中涨逾5%，总市值重回1万亿港元上方，年初至今累计涨幅居恒生指数成份股前列。',
    deals: [], negative: 'market-value',
    note: 'public record style',
  },
  {
    id: 'zh-fresh2-010', lang: 'zh', style: 'cn-tech-press', date: '2025-09-12',
    text: '据报道，字节跳动启动新一轮员工股票回购，回购价格对应公司估值逾3300亿美元，较半年前有所上升。',
    deals: [], negative: 'buyback',
    note: 'public record; a buyback from employees reported by the press',
  },
  {
    id: 'en-fresh2-001', lang: 'en', style: 'bloomberg-brief', date: '2025-07-29',
    text: 'Union Pacific Corp. agreed to buy Norfolk Southern Corp. in a cash-and-stock deal that values the rival railroad at about $85 billion including debt, creating the first coast-to-coast freight line in the US.',
    deals: [{
      type: 'acquisition', target: ['Norfolk Southern Corp.', 'Norfolk Southern'], amount: { currency: 'USD', amount: 85_000_000_000 },
      parties: [{ name: 'Union Pacific Corp.', role: 'acquirer' }],
    }],
    note: 'public record; "values the rival railroad at" is the price',
  },
  {
    id: 'en-fresh2-002', lang: 'en', style: 'tech-press', date: '2025-09-02',
    text: 'Anthropic has raised $13 billion in a Series F round led by Iconiq, lifting its post-money valuation to $183 billion. Fidelity Management & Research and Lightspeed Venture Partners co-led the round.',
    deals: [{
      type: 'funding', target: ['Anthropic'], round: 'Series F',
      amount: { currency: 'USD', amount: 13_000_000_000 }, valuation: { currency: 'USD', amount: 183_000_000_000, basis: 'post' },
      parties: [
        { name: 'Iconiq', role: 'lead' }, { name: 'Fidelity Management & Research', role: 'lead' },
        { name: 'Lightspeed Venture Partners', role: 'lead' },
      ],
    }],
    note: 'public record; co-leads in the next sentence',
  },
  {
    id: 'en-fresh2-003', lang: 'en', style: 'crunchbase-news', date: '2025-06-23',
    text: 'San Francisco-based Decagon, which builds AI agents for customer support, has closed a $131 million Series C at a $1.5 billion valuation, co-led by Accel and Andreessen Horowitz.',
    deals: [{
      type: 'funding', target: ['Decagon'], round: 'Series C',
      amount: { currency: 'USD', amount: 131_000_000 }, valuation: { currency: 'USD', amount: 1_500_000_000 },
      parties: [{ name: 'Accel', role: 'lead' }, { name: 'Andreessen Horowitz', role: 'lead' }],
    }],
    note: 'public record',
  },
  {
    id: 'en-fresh2-004', lang: 'en', style: 'india-business-press-et', date: '2025-11-12',
    text: 'Groww shares rose sharply on their market debut on Wednesday after the Bengaluru-based broker’s Rs 6,632-crore IPO, two days after eyewear retailer Lenskart listed following its Rs 7,278-crore offer.',
    deals: [
      { type: 'ipo', target: ['Groww'], amount: { currency: 'INR', amount: 66_320_000_000 }, parties: [] },
      { type: 'ipo', target: ['Lenskart'], amount: { currency: 'INR', amount: 72_780_000_000 }, parties: [] },
    ],
    note: 'public record; two listings in one sentence',
  },
  {
    id: 'en-fresh2-005', lang: 'en', style: 'nikkei-asia', date: '2024-12-12',
    text: 'Nippon Life Insurance will buy the remaining 80% of Resolution Life, a Bermuda-based life insurance group, for about $8.2 billion, the largest overseas acquisition by the Japanese insurer.',
    deals: [{
      type: 'stake-sale', target: ['Resolution Life'], amount: { currency: 'USD', amount: 8_200_000_000 },
      parties: [{ name: 'Nippon Life Insurance', role: 'acquirer' }],
    }],
    note: 'public record; the rest of a company it partly owned',
  },
  {
    id: 'en-fresh2-006', lang: 'en', style: 'ft-deal-column', date: '2024-12-23',
    text: 'Aviva has agreed to buy Direct Line for £3.7bn in cash and shares, ending a weeks-long pursuit of the motor insurer, whose board had rejected an earlier approach.',
    deals: [{
      type: 'acquisition', target: ['Direct Line'], amount: { currency: 'GBP', amount: 3_700_000_000 },
      parties: [{ name: 'Aviva', role: 'acquirer' }],
    }],
    note: 'public record; an earlier rejected approach in the same sentence',
  },
  {
    id: 'en-fresh2-007', lang: 'en', style: 'wire-brief', date: '2025-01-13',
    text: 'Johnson & Johnson said on Monday it would buy Intra-Cellular Therapies for $14.6 billion, or $132 a share in cash, its biggest deal since it agreed last April to pay $13.1 billion for heart device maker Shockwave Medical.',
    deals: [
      {
        type: 'acquisition', target: ['Intra-Cellular Therapies'], amount: { currency: 'USD', amount: 14_600_000_000 },
        parties: [{ name: 'Johnson & Johnson', role: 'acquirer' }],
      },
      {
        type: 'acquisition', target: ['Shockwave Medical'], amount: { currency: 'USD', amount: 13_100_000_000 },
        parties: [{ name: 'Johnson & Johnson', role: 'acquirer' }], date: '2024-04',
      },
    ],
    note: 'public record; an earlier deal of the same buyer, dated by the text',
  },
  {
    id: 'en-fresh2-008', lang: 'en', style: 'wire-brief', date: '2025-06-26',
    text: 'Shell said on Thursday it had no intention of making an offer for BP, after a media report said the two oil majors were in early talks about a tie-up.',
    deals: [], negative: 'denial',
    note: 'public record',
  },
  {
    id: 'en-fresh2-009', lang: 'en', style: 'vc-trade-press', date: '2024-10-10',
    text: 'General Catalyst has raised $8 billion for its twelfth fund, to be spread across early-stage and growth investments and a new strategy of incubating and buying companies.',
    deals: [], negative: 'fund-raise',
    note: 'public record; a VC firm’s own fund',
  },
  {
    id: 'en-fresh2-010', lang: 'en', style: 'markets-brief', date: '2025-09-10',
    text: 'Oracle shares soared 36% on Wednesday, their biggest one-day gain since 1992, after the company forecast a surge in cloud revenue driven by AI contracts.',
    deals: [], negative: 'share-move',
    note: 'public record',
  },
  {
    id: 'en-fresh2-011', lang: 'en', style: 'wire-brief', date: '2025-08-06',
    text: 'OpenAI is in early talks about a possible secondary share sale that would value the ChatGPT maker at about $500 billion, a person familiar with the matter said.',
    deals: [], negative: 'talks',
    note: 'public record',
  },
  {
    id: 'en-fresh2-012', lang: 'en', style: 'local-business-journal', date: '2025-11-04',
    text: 'Seattle-based Starbucks Corp. will sell up to a 60% stake in its China retail business to Boyu Capital, in a deal that values the operation at about $4 billion.',
    deals: [{
      type: 'stake-sale', target: ['China retail business'],
      valuation: { currency: 'USD', amount: 4_000_000_000 },
      parties: [{ name: 'Boyu Capital', role: 'acquirer' }, { name: 'Starbucks Corp.', role: 'seller' }],
    }],
    note: 'public record; a unit’s stake sold; $4 billion is what the whole unit is valued at',
  },
  // ---- A third batch, mostly Chinese, written after the second batch's rules and scored before any rule for it ----
  {
    id: 'zh-fresh3-001', lang: 'zh', style: 'cn-financial-press', date: '2018-02-25',
    text: '吉利控股集团宣布，已通过旗下海外企业主体收购戴姆勒股份公司9.69%具有表决权的股份，涉及金额约90亿美元，成为戴姆勒第一大股东。',
    deals: [{
      type: 'stake-sale', target: ['戴姆勒股份公司', '戴姆勒'], amount: { currency: 'USD', amount: 9_000_000_000 },
      parties: [{ name: '吉利控股集团', role: 'acquirer' }],
    }],
    note: 'public record; a stake bought on the market',
  },
  {
    id: 'zh-fresh3-002', lang: 'zh', style: 'cn-tech-press', date: '2021-09-23',
    text: '搜狗宣布与腾讯的合并交易已完成，腾讯以约35亿美元收购搜狗全部已发行股份，搜狗将从纽交所退市并成为腾讯的间接全资子公司。',
    deals: [{
      type: 'acquisition', target: ['搜狗'], amount: { currency: 'USD', amount: 3_500_000_000 },
      parties: [{ name: '腾讯', role: 'acquirer' }],
    }],
    note: 'public record; a take-private called a merger, with the buyer stated',
  },
  {
    id: 'zh-fresh3-003', lang: 'zh', style: 'cn-business-daily', date: '2016-10-25',
    text: '海航集团宣布以约65亿美元从黑石集团手中收购希尔顿酒店集团约25%的股份。今年早些时候，海航旗下天海投资已以约60亿美元完成对美国电子产品分销商英迈的收购。',
    deals: [
      {
        type: 'stake-sale', target: ['希尔顿酒店集团', '希尔顿'], amount: { currency: 'USD', amount: 6_500_000_000 },
        parties: [{ name: '海航集团', role: 'acquirer' }, { name: '黑石集团', role: 'seller' }],
      },
      {
        type: 'acquisition', target: ['英迈'], amount: { currency: 'USD', amount: 6_000_000_000 },
        parties: [{ name: '天海投资', role: 'acquirer' }],
      },
    ],
    note: 'public record; a stake bought from a seller, and an earlier purchase by a unit of the same group',
  },
  {
    id: 'zh-fresh3-004', lang: 'zh', style: 'cn-wire', date: '2012-05-21',
    text: '大连万达集团与美国AMC影院公司签署并购协议，万达以26亿美元收购AMC全部股权，并承担其债务，交易完成后万达将成为全球规模最大的电影院线运营商。',
    deals: [{
      type: 'acquisition', target: ['美国AMC影院公司', 'AMC'], amount: { currency: 'USD', amount: 2_600_000_000 },
      parties: [{ name: '大连万达集团', role: 'acquirer' }],
    }],
    note: 'public record',
  },
  {
    id: 'zh-fresh3-005', lang: 'zh', style: 'cn-financial-press', date: '2013-05-30',
    text: '双汇国际与美国最大猪肉生产商史密斯菲尔德食品公司宣布，双汇国际将以每股34美元现金收购史密斯菲尔德，交易总价约71亿美元（含承担债务）。',
    deals: [{
      type: 'acquisition', target: ['史密斯菲尔德食品公司', '史密斯菲尔德'], amount: { currency: 'USD', amount: 7_100_000_000 },
      parties: [{ name: '双汇国际', role: 'acquirer' }],
    }],
    note: 'public record; per-share price first, total with debt second',
  },
  {
    id: 'zh-fresh3-006', lang: 'zh', style: 'cn-vc-press', date: '2018-10-29',
    text: '字节跳动完成新一轮30亿美元融资，本轮由软银集团领投，KKR、泛大西洋资本、春华资本等跟投，投后估值达750亿美元，超越优步成为全球估值最高的创业公司。',
    deals: [{
      type: 'funding', target: ['字节跳动'], amount: { currency: 'USD', amount: 3_000_000_000 },
      valuation: { currency: 'USD', amount: 75_000_000_000, basis: 'post' },
      parties: [
        { name: '软银集团', role: 'lead' }, { name: 'KKR', role: 'participant' },
        { name: '泛大西洋资本', role: 'participant' }, { name: '春华资本', role: 'participant' },
      ],
    }],
    note: 'public record; a Latin name in a Chinese list',
  },
  {
    id: 'zh-fresh3-007', lang: 'zh', style: 'cn-tech-press', date: '2016-05-13',
    text: '滴滴出行宣布获得苹果公司10亿美元投资，这是苹果迄今对中国企业规模最大的一笔单项投资。',
    deals: [{
      type: 'funding', target: ['滴滴出行'], amount: { currency: 'USD', amount: 1_000_000_000 },
      parties: [{ name: '苹果公司', role: 'lead' }],
    }],
    note: 'public record',
  },
  {
    id: 'zh-fresh3-008', lang: 'zh', style: 'cn-tech-press-36kr', date: '2021-11-10',
    text: '小红书完成5亿美元E轮融资，投后估值达200亿美元，本轮由淡马锡和腾讯领投，阿里巴巴、天图投资、元生资本等老股东跟投。',
    deals: [{
      type: 'funding', target: ['小红书'], round: 'E轮', amount: { currency: 'USD', amount: 500_000_000 },
      valuation: { currency: 'USD', amount: 20_000_000_000, basis: 'post' },
      parties: [
        { name: '淡马锡', role: 'lead' }, { name: '腾讯', role: 'lead' }, { name: '阿里巴巴', role: 'participant' },
        { name: '天图投资', role: 'participant' }, { name: '元生资本', role: 'participant' },
      ],
    }],
    note: 'public record; existing backers following on',
  },
  {
    id: 'zh-fresh3-009', lang: 'zh', style: 'hk-chinese-press', date: '2021-03-23',
    text: '百度集团今日在港交所主板二次上市，发售价每股252港元，全球发售9500万股，集资约239亿港元。',
    deals: [{
      type: 'ipo', target: ['百度集团'], amount: { currency: 'HKD', amount: 23_900_000_000 }, parties: [],
    }],
    note: 'public record; a secondary listing',
  },
  {
    id: 'zh-fresh3-010', lang: 'zh', style: 'cn-securities-daily', date: '2025-03-21',
    text: '拼多多母公司PDD控股公布2024年业绩，全年营收约3938亿元，同比增长59%，净利润约1124亿元。',
    deals: [], negative: 'revenue',
    note: 'public record',
  },
  {
    id: 'en-fresh3-001', lang: 'en', style: 'wire-brief', date: '2023-11-22',
    text: 'Broadcom said on Wednesday it had completed its $69 billion acquisition of cloud computing company VMware, after securing approval from Chinese regulators.',
    deals: [{
      type: 'acquisition', target: ['VMware'], amount: { currency: 'USD', amount: 69_000_000_000 },
      parties: [{ name: 'Broadcom', role: 'acquirer' }],
    }],
    note: 'public record',
  },
  {
    id: 'en-fresh3-002', lang: 'en', style: 'business-daily', date: '2023-10-11',
    text: 'German sandal maker Birkenstock priced its New York IPO at $46 a share, raising about $1.48 billion and valuing the company at roughly $8.6 billion.',
    deals: [{
      type: 'ipo', target: ['Birkenstock'], amount: { currency: 'USD', amount: 1_480_000_000 },
      valuation: { currency: 'USD', amount: 8_600_000_000 }, parties: [],
    }],
    note: 'public record',
  },
  {
    id: 'en-fresh3-003', lang: 'en', style: 'tech-press', date: '2023-12-18',
    text: 'Adobe and Figma have agreed to terminate their $20 billion merger agreement, saying there was no clear path to regulatory approval in Europe and the UK. Adobe will pay Figma a $1 billion termination fee.',
    deals: [], negative: 'called-off',
    note: 'public record',
  },
  {
    id: 'en-fresh3-004', lang: 'en', style: 'tech-press', date: '2024-03-27',
    text: 'Amazon has invested a further $2.75 billion in Anthropic, completing the $4 billion investment it agreed to make in the AI startup last September.',
    deals: [{
      type: 'funding', target: ['Anthropic'], amount: { currency: 'USD', amount: 2_750_000_000 },
      parties: [{ name: 'Amazon', role: 'participant' }],
    }],
    note: 'public record; the tranche is the deal reported; the total agreed is context',
  },
];
