import type { GoldParagraph } from './gold';

// A third batch of Chinese paragraphs for issue 17, written by session dealszh14 in two parts, each
// scored before any rule was written for it: batch A (zh3a-…) first, batch B (zh3b-…) only after the
// rules for batch A were in. Styles the set held few of: 36氪 / 投资界 / IT桔子 funding briefs with
// 领投 / 跟投 / 老股东追投 and investors named in a later sentence, 界面 / 第一财经 / 21世纪经济报道 /
// 证券时报 / 上海证券报 / 财联社 / 澎湃 / 经济观察报 company news, 上市公司公告 (现金收购, 协议转让,
// 吸收合并, 增资, 战略投资), Hong Kong, STAR and ChiNext listings with cornerstone investors, M&A with
// 估值 / 作价, two deals in one paragraph, dates in the text; negatives (rumours, talks, planning only,
// called off, denials, filings, results, market value, share moves, buybacks, dividends, a VC firm's
// own fund, lawsuits). Written in our own words after public reporting (no sentence copied); figures
// as reported at the time, rounded as the press rounds them.
export const PARAGRAPHS: readonly GoldParagraph[] = [
  // ---- batch A: listings ----
  {
    id: 'zh3a-001', lang: 'zh', style: 'hk-chinese-press', date: '2024-08-08',
    text: '自动驾驶芯片企业黑芝麻智能今日正式在港交所主板挂牌，成为首家按照18C章特专科技公司规则上市的企业。此次全球发售约3700万股，发行价每股28港元，募资总额约10.36亿港元，募资净额约9.51亿港元。',
    deals: [{ type: 'ipo', target: ['黑芝麻智能'], amount: { currency: 'HKD', amount: 1_036_000_000 }, parties: [] }],
    note: 'public record; per-share price, gross and net proceeds — the gross is the amount',
  },
  {
    id: 'zh3a-002', lang: 'zh', style: 'cn-business-daily-yicai', date: '2021-12-30',
    text: '人工智能公司商汤今日在港交所挂牌上市，发行价为每股3.85港元，全球发售15亿股，募资总额约57.75亿港元。本次发行的基石投资者包括中国国有企业混合所有制改革基金、上海国际集团和徐汇资本，合计认购约4.5亿美元。',
    deals: [{
      type: 'ipo', target: ['商汤'], amount: { currency: 'HKD', amount: 5_775_000_000 },
      parties: [{ name: '中国国有企业混合所有制改革基金', role: 'participant' }, { name: '上海国际集团', role: 'participant' }, { name: '徐汇资本', role: 'participant' }],
    }],
    note: 'public record; cornerstone investors are participants, their subscription is not the amount',
  },
  {
    id: 'zh3a-003', lang: 'zh', style: 'cn-securities-daily', date: '2021-08-20',
    text: '中国电信今日在上交所主板挂牌，回归A股。公司此次发行约103.96亿股，发行价为4.53元/股，募资约471亿元，是近十年来A股规模最大的首发项目。',
    deals: [{ type: 'ipo', target: ['中国电信'], amount: { currency: 'CNY', amount: 47_100_000_000 }, parties: [] }],
    note: 'public record; the A-share listing of an H-share company',
  },
  {
    id: 'zh3a-004', lang: 'zh', style: 'cn-cls-flash', date: '2025-06-11',
    text: '【影石创新登陆科创板】全景相机厂商影石创新今日在科创板上市，发行价47.27元/股，本次公开发行4100万股，募资总额约19.38亿元。上市首日股价大涨约274%，总市值一度突破700亿元。',
    deals: [{ type: 'ipo', target: ['影石创新'], amount: { currency: 'CNY', amount: 1_938_000_000 }, parties: [] }],
    note: 'public record; the market value on the first day is no amount',
  },
  // ---- batch A: funding briefs ----
  {
    id: 'zh3a-005', lang: 'zh', style: 'cn-vc-press-itjuzi', date: '2024-12-16',
    text: '端侧大模型企业面壁智能近日完成新一轮数亿元融资。本轮投资方包括洪泰基金、国中资本、清控金信和茅台基金。这是面壁智能今年完成的第二轮融资，资金将用于端侧模型的研发与落地。',
    deals: [{
      type: 'funding', target: ['面壁智能'],
      parties: [{ name: '洪泰基金', role: 'participant' }, { name: '国中资本', role: 'participant' }, { name: '清控金信', role: 'participant' }, { name: '茅台基金', role: 'participant' }],
    }],
    note: 'public record; investors named in the next sentence, vague amount (数亿元) omitted',
  },
  {
    id: 'zh3a-006', lang: 'zh', style: 'cn-tech-press-36kr', date: '2021-03-23',
    text: '36氪获悉，自动驾驶公司Momenta宣布完成C轮融资，累计金额超过5亿美元。投资方包括上汽集团、丰田、博世、梅赛德斯-奔驰、云锋基金和腾讯，其中多家为全球主流车企及一级供应商。',
    deals: [{
      type: 'funding', target: ['Momenta'], round: 'C轮', amount: { currency: 'USD', amount: 500_000_000 },
      parties: [
        { name: '上汽集团', role: 'participant' }, { name: '丰田', role: 'participant' }, { name: '博世', role: 'participant' },
        { name: '梅赛德斯-奔驰', role: 'participant' }, { name: '云锋基金', role: 'participant' }, { name: '腾讯', role: 'participant' },
      ],
    }],
    note: 'public record; six investors in a later sentence, 超过5亿美元 read as 5亿美元',
  },
  {
    id: 'zh3a-007', lang: 'zh', style: 'cn-vc-press-pedaily', date: '2020-07-13',
    text: '投资界消息，小鹏汽车宣布完成C+轮融资，融资金额超过5亿美元；阿里巴巴、小米、IDG资本、高瓴资本、红杉中国以及穆巴达拉参与了本轮融资。这是小鹏汽车年内完成的第二笔大额融资。',
    deals: [{
      type: 'funding', target: ['小鹏汽车'], round: 'C+轮', amount: { currency: 'USD', amount: 500_000_000 },
      parties: [
        { name: '阿里巴巴', role: 'participant' }, { name: '小米', role: 'participant' }, { name: 'IDG资本', role: 'participant' },
        { name: '高瓴资本', role: 'participant' }, { name: '红杉中国', role: 'participant' }, { name: '穆巴达拉', role: 'participant' },
      ],
    }],
    note: 'public record; investors after "；" with 参与了本轮融资',
  },
  {
    id: 'zh3a-008', lang: 'zh', style: 'cn-tech-press-36kr', date: '2019-08-12',
    text: '问答社区知乎宣布完成F轮融资，融资总额达4.34亿美元。本轮由快手领投，百度跟投，老股东腾讯、今日资本等继续跟投。',
    deals: [{
      type: 'funding', target: ['知乎'], round: 'F轮', amount: { currency: 'USD', amount: 434_000_000 },
      parties: [{ name: '快手', role: 'lead' }, { name: '百度', role: 'participant' }, { name: '腾讯', role: 'participant' }, { name: '今日资本', role: 'participant' }],
    }],
    note: 'public record; 领投 / 跟投 / 老股东继续跟投',
  },
  {
    id: 'zh3a-009', lang: 'zh', style: 'cn-business-daily-jiemian', date: '2018-06-01',
    text: '界面新闻获悉，生活方式平台小红书已完成超3亿美元的D轮融资，由阿里巴巴领投，金沙江创投、腾讯投资、纪源资本、元生资本、天图资本、真格基金等跟投。小红书方面表示，本轮融资后公司估值超过30亿美元。',
    deals: [{
      type: 'funding', target: ['小红书'], round: 'D轮', amount: { currency: 'USD', amount: 300_000_000 },
      valuation: { currency: 'USD', amount: 3_000_000_000 },
      parties: [
        { name: '阿里巴巴', role: 'lead' }, { name: '金沙江创投', role: 'participant' }, { name: '腾讯投资', role: 'participant' },
        { name: '纪源资本', role: 'participant' }, { name: '元生资本', role: 'participant' }, { name: '天图资本', role: 'participant' },
        { name: '真格基金', role: 'participant' },
      ],
    }],
    note: 'public record; seven investors, valuation after the round',
  },
  {
    id: 'zh3a-010', lang: 'zh', style: 'cn-business-daily-21st', date: '2018-05-31',
    text: '人工智能企业商汤科技今年4月完成由阿里巴巴领投的6亿美元C轮融资后，5月底又宣布完成6.2亿美元C+轮融资，投资方包括富达国际、老虎环球基金、银湖投资和高通。两轮融资合计超过12亿美元。',
    deals: [
      {
        type: 'funding', target: ['商汤科技'], round: 'C轮', amount: { currency: 'USD', amount: 600_000_000 },
        parties: [{ name: '阿里巴巴', role: 'lead' }], date: '2018-04',
      },
      {
        type: 'funding', target: ['商汤科技'], round: 'C+轮', amount: { currency: 'USD', amount: 620_000_000 },
        parties: [{ name: '富达国际', role: 'participant' }, { name: '老虎环球基金', role: 'participant' }, { name: '银湖投资', role: 'participant' }, { name: '高通', role: 'participant' }],
      },
    ],
    note: 'public record; two rounds of one company, the first dated in the text (今年4月); the sum is no deal',
  },
  {
    id: 'zh3a-011', lang: 'zh', style: 'cn-tech-press', date: '2017-11-01',
    text: '人脸识别公司旷视科技宣布完成4.6亿美元C轮融资，由中国国有资本风险投资基金领投，蚂蚁金服和富士康集团跟投。这是当时全球人工智能领域单笔最大的融资之一。',
    deals: [{
      type: 'funding', target: ['旷视科技'], round: 'C轮', amount: { currency: 'USD', amount: 460_000_000 },
      parties: [{ name: '中国国有资本风险投资基金', role: 'lead' }, { name: '蚂蚁金服', role: 'participant' }, { name: '富士康集团', role: 'participant' }],
    }],
    note: 'public record',
  },
  {
    id: 'zh3a-012', lang: 'zh', style: 'cn-business-daily-nbd', date: '2019-04-18',
    text: '每经记者获悉，瑞幸咖啡已获得贝莱德旗下私募基金1.5亿美元的B+轮融资，投后估值达到29亿美元。去年12月，瑞幸刚完成2亿美元B轮融资，当时估值为22亿美元。',
    deals: [
      {
        type: 'funding', target: ['瑞幸咖啡', '瑞幸'], round: 'B+轮', amount: { currency: 'USD', amount: 150_000_000 },
        valuation: { currency: 'USD', amount: 2_900_000_000, basis: 'post' },
        parties: [{ name: '贝莱德', role: 'participant' }],
      },
      {
        type: 'funding', target: ['瑞幸咖啡', '瑞幸'], round: 'B轮', amount: { currency: 'USD', amount: 200_000_000 },
        valuation: { currency: 'USD', amount: 2_200_000_000 }, parties: [], date: '2018-12',
      },
    ],
    note: 'public record; the earlier round reported in the same paragraph with 去年12月',
  },
  {
    id: 'zh3a-013', lang: 'zh', style: 'cn-tech-press', date: '2020-04-09',
    text: '哔哩哔哩宣布获得索尼4亿美元战略投资。根据协议，索尼将以每股ADS 23.5美元的价格认购约1700万股新发行的B站股份，持股比例约4.98%。',
    deals: [{
      type: 'funding', target: ['哔哩哔哩', 'B站'], round: 'strategic', amount: { currency: 'USD', amount: 400_000_000 },
      parties: [{ name: '索尼', role: 'participant' }],
    }],
    note: 'public record; per-ADS price is not the amount',
  },
  // ---- batch A: acquisitions and stake purchases ----
  {
    id: 'zh3a-014', lang: 'zh', style: 'cn-company-announcement', date: '2025-05-27',
    text: '青岛啤酒晚间公告，公司与山东即墨黄酒厂有限公司的股东签署股权转让协议，以现金6.65亿元收购即墨黄酒100%股权。交易完成后，即墨黄酒将成为青岛啤酒的全资子公司。',
    deals: [{
      type: 'acquisition', target: ['山东即墨黄酒厂有限公司', '即墨黄酒'], amount: { currency: 'CNY', amount: 665_000_000 },
      parties: [{ name: '青岛啤酒', role: 'acquirer' }],
    }],
    note: 'public record; a cash purchase of the whole company',
  },
  {
    id: 'zh3a-015', lang: 'zh', style: 'cn-securities-times', date: '2023-01-12',
    text: '华润啤酒公告，将以约123亿元收购贵州金沙窖酒酒业有限公司55.19%的股权，对应金沙酒业整体估值约222.9亿元。交易完成后，金沙酒业将成为华润啤酒的非全资附属公司，这是华润啤酒进军白酒行业的最大一笔交易。',
    deals: [{
      type: 'stake-sale', target: ['贵州金沙窖酒酒业有限公司', '金沙酒业'], amount: { currency: 'CNY', amount: 12_300_000_000 },
      valuation: { currency: 'CNY', amount: 22_290_000_000 },
      parties: [{ name: '华润啤酒', role: 'acquirer' }],
    }],
    note: 'public record; a majority stake with the whole company valued',
  },
  {
    id: 'zh3a-016', lang: 'zh', style: 'cn-business-daily-21st', date: '2014-01-30',
    text: '联想集团宣布，将以约29.1亿美元从谷歌手中收购摩托罗拉移动，其中包括6.6亿美元现金、7.5亿美元的联想普通股，其余15亿美元以三年期本票支付。交易完成后，谷歌仍将保留摩托罗拉移动的绝大部分专利。',
    deals: [{
      type: 'acquisition', target: ['摩托罗拉移动'], amount: { currency: 'USD', amount: 2_910_000_000 },
      parties: [{ name: '联想集团', role: 'acquirer' }, { name: '谷歌', role: 'seller' }],
    }],
    note: 'public record; the total then its parts, the seller named with 从…手中',
  },
  {
    id: 'zh3a-017', lang: 'zh', style: 'cn-shanghai-securities-news', date: '2017-11-22',
    text: '均胜电子公告，旗下美国子公司Key Safety Systems与日本高田公司签署协议，以15.88亿美元收购高田除硝酸铵气体发生器业务以外的主要资产。高田此前因安全气囊召回事件申请破产保护。',
    deals: [{
      type: 'acquisition', target: ['高田公司', '高田'], amount: { currency: 'USD', amount: 1_588_000_000 },
      parties: [{ name: '均胜电子', role: 'acquirer' }, { name: 'Key Safety Systems', role: 'acquirer' }],
    }],
    note: 'public record; the buyer is a subsidiary of the listed company (both are acquirers)',
  },
  {
    id: 'zh3a-018', lang: 'zh', style: 'cn-tech-press', date: '2021-08-30',
    text: '字节跳动今年3月以约40亿美元收购游戏公司沐瞳科技后，又在8月以约90亿元收购VR硬件厂商Pico，布局元宇宙硬件赛道。收购完成后，Pico将并入字节跳动的VR业务。',
    deals: [
      { type: 'acquisition', target: ['沐瞳科技'], amount: { currency: 'USD', amount: 4_000_000_000 }, parties: [{ name: '字节跳动', role: 'acquirer' }], date: '2021-03' },
      { type: 'acquisition', target: ['Pico'], amount: { currency: 'CNY', amount: 9_000_000_000 }, parties: [{ name: '字节跳动', role: 'acquirer' }] },
    ],
    note: 'public record; two acquisitions by one buyer, the first dated 今年3月',
  },
  {
    id: 'zh3a-019', lang: 'zh', style: 'cn-company-announcement', date: '2017-12-11',
    text: '永辉超市公告，腾讯将以每股8.74元的价格，通过协议转让方式受让公司5%的股份，转让总价款约42.15亿元；同时，腾讯还将对永辉云创进行增资，增资后持有其15%的股权。',
    deals: [
      { type: 'stake-sale', target: ['永辉超市'], amount: { currency: 'CNY', amount: 4_215_000_000 }, parties: [{ name: '腾讯', role: 'acquirer' }] },
      { type: 'funding', target: ['永辉云创'], parties: [{ name: '腾讯', role: 'participant' }] },
    ],
    note: 'public record; an agreed share transfer (per-share price and total) and a capital increase in a subsidiary',
  },
  {
    id: 'zh3a-020', lang: 'zh', style: 'cn-financial-press-caixin', date: '2015-11-06',
    text: '阿里巴巴宣布，以每股美国存托股27.60美元的现金价格收购优酷土豆尚未持有的全部股份，交易对优酷土豆的估值约为56亿美元。交易完成后，优酷土豆将从纽交所退市，成为阿里巴巴的全资子公司。',
    deals: [{
      type: 'acquisition', target: ['优酷土豆'], valuation: { currency: 'USD', amount: 5_600_000_000 },
      parties: [{ name: '阿里巴巴', role: 'acquirer' }],
    }],
    note: 'public record; per-ADS price and the company valued, no total paid stated',
  },
  {
    id: 'zh3a-021', lang: 'zh', style: 'cn-eeo', date: '2024-12-17',
    text: '经济观察报记者获悉，阿里巴巴已与雅戈尔、银泰管理层组成的买方签署协议，以约74亿元出售所持银泰商业集团的全部股权。阿里巴巴预计将因此录得约93亿元的亏损。',
    deals: [{
      type: 'acquisition', target: ['银泰商业集团', '银泰'], amount: { currency: 'CNY', amount: 7_400_000_000 },
      parties: [{ name: '雅戈尔', role: 'acquirer' }, { name: '阿里巴巴', role: 'seller' }],
    }],
    note: 'public record; the deal told from the seller, the loss is no amount',
  },
  {
    id: 'zh3a-022', lang: 'zh', style: 'cn-thepaper', date: '2024-05-15',
    text: '澎湃新闻记者注意到，迈瑞医疗拟以约66.5亿元受让惠泰医疗21.12%的股份，交易完成后将取得惠泰医疗控制权。据测算，本次转让价格较惠泰医疗停牌前收盘价溢价约40%。',
    deals: [{
      type: 'stake-sale', target: ['惠泰医疗'], amount: { currency: 'CNY', amount: 6_650_000_000 },
      parties: [{ name: '迈瑞医疗', role: 'acquirer' }],
    }],
    note: 'public record; control through a share transfer, a premium stated',
  },
  // ---- batch A: negatives ----
  {
    id: 'zh3a-023', lang: 'zh', style: 'cn-business-daily-jiemian', date: '2024-09-20',
    text: '有消息称，阿里巴巴正在探索出售高鑫零售股份的可能性，潜在买家包括多家私募股权基金，交易估值或超过10亿美元。知情人士称，相关讨论仍处于早期阶段，最终可能不会达成交易。',
    deals: [], negative: 'rumour', note: 'public record; a sale explored, no agreement',
  },
  {
    id: 'zh3a-024', lang: 'zh', style: 'cn-company-announcement', date: '2025-03-17',
    text: '湘财股份晚间公告，公司正在筹划以发行A股股票的方式换股吸收合并大智慧，股票自明日起停牌，预计停牌时间不超过10个交易日。公司表示，交易方案尚存在不确定性。',
    deals: [], negative: 'not-closed', note: 'public record; 筹划 with no agreement or terms',
  },
  {
    id: 'zh3a-025', lang: 'zh', style: 'cn-tech-press', date: '2021-07-12',
    text: '斗鱼与虎牙宣布终止合并协议，原因是这一交易未能获得监管部门批准。由腾讯主导推动的两大游戏直播平台合并就此告吹，两家公司将继续独立运营。',
    deals: [], negative: 'called-off', note: 'public record',
  },
  {
    id: 'zh3a-026', lang: 'zh', style: 'cn-cls-flash', date: '2025-01-08',
    text: '据知情人士透露，中国中免正就收购DFS集团在大中华区的部分零售业务进行谈判，交易细节尚未敲定，各方均未对此置评。',
    deals: [], negative: 'talks', note: 'public record; talks reported before any agreement',
  },
  {
    id: 'zh3a-027', lang: 'zh', style: 'cn-business-daily-yicai', date: '2024-03-15',
    text: '宁德时代发布年报，2023年实现营业收入4009.17亿元，同比增长22.01%；归属于上市公司股东的净利润441.21亿元，同比增长43.58%。公司拟每10股派发现金红利50.28元。',
    deals: [], negative: 'revenue', note: 'public record; results and a dividend',
  },
  {
    id: 'zh3a-028', lang: 'zh', style: 'hk-chinese-press', date: '2025-06-12',
    text: '泡泡玛特股价今年以来累计上涨超过170%，市值一度突破3500亿港元，超过三丽鸥等海外同行。受新品热销带动，多家券商上调了公司的目标价。',
    deals: [], negative: 'market-value', note: 'public record as reported; a market value and a share move',
  },
  {
    id: 'zh3a-029', lang: 'zh', style: 'hk-chinese-press', date: '2025-01-15',
    text: '腾讯控股2024年累计斥资约1120亿港元回购股份，规模创历史新高。公司表示，2025年将继续回购不少于800亿港元的股份。',
    deals: [], negative: 'buyback', note: 'public record',
  },
  {
    id: 'zh3a-030', lang: 'zh', style: 'cn-securities-daily', date: '2024-06-13',
    text: '贵州茅台发布2023年度权益分派实施公告，每10股派发现金红利308.76元（含税），合计派发现金红利约388亿元，股权登记日为6月18日。',
    deals: [], negative: 'dividend', note: 'public record',
  },
  {
    id: 'zh3a-031', lang: 'zh', style: 'cn-vc-press-pedaily', date: '2023-09-05',
    text: '投资界消息，君联资本宣布完成新一期人民币主基金的募集，募集规模约55亿元，出资人涵盖保险资金、地方政府引导基金和市场化母基金。新基金将继续聚焦科技与医疗健康领域的早期投资。',
    deals: [], negative: 'fund-raise', note: 'a VC firm closing its own fund (figures as we recall them)',
  },
  {
    id: 'zh3a-032', lang: 'zh', style: 'cn-thepaper', date: '2024-06-20',
    text: '吉利诉威马汽车及其关联公司侵害技术秘密纠纷案二审宣判，最高人民法院判令威马方面赔偿吉利经济损失及维权费用约6.4亿元，创下国内知识产权侵权案件判赔额的新高。',
    deals: [], negative: 'settlement', note: 'public record; a court award is no deal',
  },
  {
    id: 'zh3a-033', lang: 'zh', style: 'hk-chinese-press', date: '2025-02-03',
    text: '新茶饮品牌古茗今日起招股，招股价为每股9.94港元，拟全球发售约1.59亿股，预计于2月12日在港交所主板挂牌。',
    deals: [], negative: 'not-closed', note: 'public record; an offer that has only opened is no deal yet',
  },
  {
    id: 'zh3a-034', lang: 'zh', style: 'cn-tech-press', date: '2025-06-06',
    text: '据媒体报道，快时尚跨境电商SHEIN已以保密形式向港交所递交上市申请，此前其在伦敦上市的计划未获推进。SHEIN方面对此不予置评。',
    deals: [], negative: 'not-closed', note: 'public record as reported; a filing only',
  },
  {
    id: 'zh3a-035', lang: 'zh', style: 'cn-business-daily-nbd', date: '2024-07-02',
    text: '针对有媒体报道称公司拟收购一家东南亚电商平台，字节跳动相关负责人回应称，该消息不属实，公司目前没有相关计划。',
    deals: [], negative: 'denial', note: 'a denial of a reported purchase',
  },
  {
    id: 'zh3a-036', lang: 'zh', style: 'cn-market-close', date: '2024-10-08',
    text: '中芯国际港股早盘一度涨超10%，成交额超过百亿港元；公司此前公布的季度营收达21.7亿美元，创历史新高。',
    deals: [], negative: 'share-move', note: 'public record as reported; a share move and revenue',
  },
  // ---- batch A: more deals in the styles above ----
  {
    id: 'zh3a-037', lang: 'zh', style: 'cn-tech-press-36kr', date: '2024-07-30',
    text: '36氪获悉，具身智能公司星海图已完成天使+轮融资，金额达数千万美元。本轮由IDG资本领投，高瓴创投、百度风投跟投，老股东超额跟投；华兴资本担任本轮独家财务顾问。',
    deals: [{
      type: 'funding', target: ['星海图'], round: '天使+轮',
      parties: [{ name: 'IDG资本', role: 'lead' }, { name: '高瓴创投', role: 'participant' }, { name: '百度风投', role: 'participant' }],
    }],
    note: 'public record as we recall it; vague amount (数千万美元) omitted; the adviser is no investor',
  },
  {
    id: 'zh3a-038', lang: 'zh', style: 'cn-securities-times', date: '2020-12-08',
    text: '京东健康今日在港交所挂牌，发行价为每股70.58港元，募资约270亿港元，成为当年港股规模最大的医疗健康IPO之一。按开盘价计算，公司市值超过3000亿港元。',
    deals: [{ type: 'ipo', target: ['京东健康'], amount: { currency: 'HKD', amount: 27_000_000_000 }, parties: [] }],
    note: 'public record; market value at the open is no amount',
  },
  {
    id: 'zh3a-039', lang: 'zh', style: 'cn-company-announcement', date: '2020-12-16',
    text: '妙可蓝多公告，内蒙蒙牛将以约29.71亿元现金认购公司非公开发行的股份；此前，内蒙蒙牛已以约4.57亿元受让公司5%的股份。两项交易完成后，内蒙蒙牛将成为妙可蓝多的控股股东。',
    deals: [
      { type: 'stake-sale', target: ['妙可蓝多'], amount: { currency: 'CNY', amount: 2_971_000_000 }, parties: [{ name: '内蒙蒙牛', role: 'acquirer' }] },
      { type: 'stake-sale', target: ['妙可蓝多'], amount: { currency: 'CNY', amount: 457_000_000 }, parties: [{ name: '内蒙蒙牛', role: 'acquirer' }] },
    ],
    note: 'public record (figures as we recall them); a share subscription and an earlier share transfer to one buyer',
  },
  {
    id: 'zh3a-040', lang: 'zh', style: 'cn-shanghai-securities-news', date: '2018-10-24',
    text: '美的集团与小天鹅同步披露重组预案，美的集团拟以发行A股的方式换股吸收合并小天鹅，交易作价约143.83亿元。合并完成后，小天鹅将终止上市并注销法人资格，美的集团作为存续公司承继其全部资产与业务。',
    deals: [{
      type: 'merger', target: ['小天鹅'], amount: { currency: 'CNY', amount: 14_383_000_000 },
      parties: [{ name: '美的集团', role: 'acquirer' }],
    }],
    note: 'public record; an absorption by share swap with a stated price',
  },
  // ---- batch B: written after the rules for batch A were in, scored before any rule for it ----
  {
    id: 'zh3b-001', lang: 'zh', style: 'cn-tech-press-36kr', date: '2017-06-16',
    text: '共享单车企业摩拜单车今日宣布完成6亿美元新一轮融资，腾讯继续领投，华平投资、红杉中国、高瓴资本、TPG、携程等新老股东参与了本轮投资。',
    deals: [{
      type: 'funding', target: ['摩拜单车'], amount: { currency: 'USD', amount: 600_000_000 },
      parties: [
        { name: '腾讯', role: 'lead' }, { name: '华平投资', role: 'participant' }, { name: '红杉中国', role: 'participant' },
        { name: '高瓴资本', role: 'participant' }, { name: 'TPG', role: 'participant' }, { name: '携程', role: 'participant' },
      ],
    }],
    note: 'public record; the E round of June 2017, lead then 参与了本轮投资',
  },
  {
    id: 'zh3b-002', lang: 'zh', style: 'cn-business-daily-jiemian', date: '2017-07-06',
    text: 'ofo小黄车宣布完成超过7亿美元的E轮融资。本轮由阿里巴巴、弘毅投资和中信产业基金联合领投，滴滴出行和DST持续跟投。',
    deals: [{
      type: 'funding', target: ['ofo小黄车', 'ofo'], round: 'E轮', amount: { currency: 'USD', amount: 700_000_000 },
      parties: [
        { name: '阿里巴巴', role: 'lead' }, { name: '弘毅投资', role: 'lead' }, { name: '中信产业基金', role: 'lead' },
        { name: '滴滴出行', role: 'participant' }, { name: 'DST', role: 'participant' },
      ],
    }],
    note: 'public record; three joint leads named in the next sentence',
  },
  {
    id: 'zh3b-003', lang: 'zh', style: 'cn-business-daily-21st', date: '2021-07-13',
    text: '新式茶饮品牌喜茶完成新一轮5亿元融资，由高瓴资本和Coatue联合领投，腾讯、红杉中国等老股东跟投。本轮融资后，喜茶投后估值达600亿元，超过了同行奈雪的茶的市值。',
    deals: [{
      type: 'funding', target: ['喜茶'], amount: { currency: 'CNY', amount: 500_000_000 },
      valuation: { currency: 'CNY', amount: 60_000_000_000, basis: 'post' },
      parties: [
        { name: '高瓴资本', role: 'lead' }, { name: 'Coatue', role: 'lead' }, { name: '腾讯', role: 'participant' }, { name: '红杉中国', role: 'participant' },
      ],
    }],
    note: 'public record; a rival’s market value is no deal',
  },
  {
    id: 'zh3b-004', lang: 'zh', style: 'cn-vc-press-itjuzi', date: '2023-04-25',
    text: '王小川创立的大模型公司百川智能获得5000万美元天使轮融资，资金来自创始人及其朋友，以及部分战略投资方。',
    deals: [{ type: 'funding', target: ['百川智能'], round: '天使轮', amount: { currency: 'USD', amount: 50_000_000 }, parties: [] }],
    note: 'public record; no named company invests',
  },
  {
    id: 'zh3b-005', lang: 'zh', style: 'cn-securities-times', date: '2018-07-26',
    text: '社交电商平台拼多多今晚在纳斯达克挂牌交易，股票代码PDD，发行价为每股美国存托股19美元，此次IPO共募集资金16.3亿美元。',
    deals: [{ type: 'ipo', target: ['拼多多'], amount: { currency: 'USD', amount: 1_630_000_000 }, parties: [] }],
    note: 'public record; a US listing reported in Chinese',
  },
  {
    id: 'zh3b-006', lang: 'zh', style: 'cn-thepaper', date: '2018-09-12',
    text: '蔚来汽车正式登陆纽交所，发行价定为6.26美元/股，共发行1.6亿股美国存托股，募资总额约10亿美元。成立不到四年的蔚来由此成为又一家赴美上市的中国新造车企业。',
    deals: [{ type: 'ipo', target: ['蔚来汽车', '蔚来'], amount: { currency: 'USD', amount: 1_000_000_000 }, parties: [] }],
    note: 'public record',
  },
  {
    id: 'zh3b-007', lang: 'zh', style: 'cn-business-daily-yicai', date: '2020-08-13',
    text: '居住服务平台贝壳找房周四在纽交所上市，IPO定价为每股20美元，高于此前公布的定价区间；本次发行共募资约21.2亿美元，上市首日股价大涨87%。',
    deals: [{ type: 'ipo', target: ['贝壳找房', '贝壳'], amount: { currency: 'USD', amount: 2_120_000_000 }, parties: [] }],
    note: 'public record; price, proceeds after "；", a first-day move',
  },
  {
    id: 'zh3b-008', lang: 'zh', style: 'hk-chinese-press', date: '2019-09-30',
    text: '百威英博旗下的百威亚太今日在港交所挂牌，是次全球发售集资约390.8亿港元，成为年内全球规模最大的IPO之一。百威亚太开盘报27港元，较招股价持平。',
    deals: [{ type: 'ipo', target: ['百威亚太'], amount: { currency: 'HKD', amount: 39_080_000_000 }, parties: [] }],
    note: 'public record; the parent named before its listed unit is no party',
  },
  {
    id: 'zh3b-009', lang: 'zh', style: 'cn-cls-flash', date: '2021-06-30',
    text: '【奈雪的茶港股上市】新式茶饮企业奈雪的茶今日登陆港交所主板，发行价为每股19.8港元，全球发售约2.57亿股，所得款项总额约50.9亿港元。',
    deals: [{ type: 'ipo', target: ['奈雪的茶'], amount: { currency: 'HKD', amount: 5_090_000_000 }, parties: [] }],
    note: 'public record as we recall it; 所得款项总额 is the gross proceeds',
  },
  {
    id: 'zh3b-010', lang: 'zh', style: 'cn-financial-press', date: '2021-07-01',
    text: '滴滴出行正式在纽交所挂牌，发行价每股14美元。按照发行规模计算，滴滴此次IPO募资约44亿美元，是继阿里巴巴之后中国企业在美最大规模的上市。',
    deals: [{ type: 'ipo', target: ['滴滴出行', '滴滴'], amount: { currency: 'USD', amount: 4_400_000_000 }, parties: [] }],
    note: 'public record; another company named for comparison is no party',
  },
  {
    id: 'zh3b-011', lang: 'zh', style: 'cn-company-announcement', date: '2019-09-02',
    text: '蒙牛乳业公告，公司将以每股13.25澳元的现金价格收购澳大利亚婴幼儿奶粉品牌贝拉米，交易总价约15亿澳元，溢价约59%。交易完成后，贝拉米将成为蒙牛的全资子公司。',
    deals: [{
      type: 'acquisition', target: ['贝拉米'], amount: { currency: 'AUD', amount: 1_500_000_000 },
      parties: [{ name: '蒙牛乳业', role: 'acquirer' }],
    }],
    note: 'public record; per-share price, the total and a premium',
  },
  {
    id: 'zh3b-012', lang: 'zh', style: 'cn-business-daily-21st', date: '2016-11-23',
    text: '携程宣布，将以约14亿英镑收购全球旅游搜索平台天巡，交易以现金加股票的方式支付，天巡的主要股东均已同意这一收购。天巡将继续由其现有管理团队独立运营。',
    deals: [{ type: 'acquisition', target: ['天巡'], amount: { currency: 'GBP', amount: 1_400_000_000 }, parties: [{ name: '携程', role: 'acquirer' }] }],
    note: 'public record',
  },
  {
    id: 'zh3b-013', lang: 'zh', style: 'cn-eeo', date: '2017-03-29',
    text: '特斯拉向美国证监会提交的文件显示，腾讯已通过旗下子公司以约17.8亿美元买入特斯拉约5%的普通股，成为其第五大股东。',
    deals: [{
      type: 'stake-sale', target: ['特斯拉'], amount: { currency: 'USD', amount: 1_780_000_000 },
      parties: [{ name: '腾讯', role: 'acquirer' }],
    }],
    note: 'public record; a stake bought on the market, disclosed in a filing',
  },
  {
    id: 'zh3b-014', lang: 'zh', style: 'cn-tech-press', date: '2021-08-24',
    text: '小米集团公告，已与深动科技签署收购协议，将以约7737万美元的对价收购这家自动驾驶公司。此外，小米集团此前还参与了禾赛科技、纵目科技等自动驾驶企业的融资。',
    deals: [{ type: 'acquisition', target: ['深动科技'], amount: { currency: 'USD', amount: 77_370_000 }, parties: [{ name: '小米集团', role: 'acquirer' }] }],
    note: 'public record; earlier investments recalled without rounds are no deals reported',
  },
  {
    id: 'zh3b-015', lang: 'zh', style: 'cn-wire', date: '2017-08-28',
    text: '经报国务院批准，中国国电集团与神华集团实施联合重组，神华集团更名为国家能源投资集团，作为重组后的母公司，吸收合并国电集团。',
    deals: [{
      type: 'merger', target: ['国电集团', '中国国电集团'],
      parties: [{ name: '神华集团', role: 'acquirer' }],
    }],
    note: 'public record; a state-ordered joint restructuring in which one side absorbs the other',
  },
  {
    id: 'zh3b-016', lang: 'zh', style: 'cn-vc-press-pedaily', date: '2024-03-05',
    text: '投资界获悉，AI芯片企业燧原科技近日宣布完成新一轮融资，融资金额未披露。本轮投资方中，国家集成电路产业投资基金二期领投，老股东腾讯继续跟投。',
    deals: [{
      type: 'funding', target: ['燧原科技'],
      parties: [{ name: '国家集成电路产业投资基金二期', role: 'lead' }, { name: '腾讯', role: 'participant' }],
    }],
    note: 'illustrative wording around a real investor pair (燧原科技 is backed by 腾讯 and the Big Fund); no amount; the roles in the next sentence',
  },
  {
    id: 'zh3b-017', lang: 'zh', style: 'cn-shanghai-securities-news', date: '2017-11-20',
    text: '阿里巴巴集团宣布，将投入约224亿港元，直接及间接持有高鑫零售36.16%的股份，高鑫零售旗下运营大润发和欧尚两大卖场品牌。',
    deals: [{
      type: 'stake-sale', target: ['高鑫零售'], amount: { currency: 'HKD', amount: 22_400_000_000 },
      parties: [{ name: '阿里巴巴集团', role: 'acquirer' }],
    }],
    note: 'public record; the 2017 stake, "投入…持有…股份"',
  },
  {
    id: 'zh3b-018', lang: 'zh', style: 'cn-business-daily-nbd', date: '2020-12-03',
    text: '每经记者注意到，京东物流近日完成了新一轮融资，高瓴资本、红杉中国、腾讯、淡马锡等机构共同出资，融资总额约15亿美元。去年以来，京东物流已累计引入多家战略投资者。',
    deals: [{
      type: 'funding', target: ['京东物流'], amount: { currency: 'USD', amount: 1_500_000_000 },
      parties: [{ name: '高瓴资本', role: 'participant' }, { name: '红杉中国', role: 'participant' }, { name: '腾讯', role: 'participant' }, { name: '淡马锡', role: 'participant' }],
    }],
    note: 'public record as reported before the listing (figures as we recall them); 共同出资, the size after the investors',
  },
  {
    id: 'zh3b-019', lang: 'zh', style: 'hk-chinese-press', date: '2024-12-10',
    text: '高端彩妆品牌毛戈平今日在港交所挂牌，发行价为每股29.8港元，首日开盘高开逾40%。公司此次引入的基石投资者包括Hillhouse和瑞银资产管理。',
    deals: [{
      type: 'ipo', target: ['毛戈平'],
      parties: [{ name: 'Hillhouse', role: 'participant' }, { name: '瑞银资产管理', role: 'participant' }],
    }],
    note: 'illustrative cornerstone names for a real listing; no proceeds stated',
  },
  // ---- batch B: negatives ----
  {
    id: 'zh3b-020', lang: 'zh', style: 'cn-financial-press', date: '2021-01-26',
    text: '吉利汽车公告，经综合考虑，公司决定撤回在上交所科创板发行人民币股份并上市的申请。吉利表示，这一决定不会对公司的财务及经营产生重大不利影响。',
    deals: [], negative: 'called-off', note: 'public record as reported; a listing withdrawn',
  },
  {
    id: 'zh3b-021', lang: 'zh', style: 'cn-tech-press', date: '2021-02-03',
    text: '腾讯以不正当竞争为由起诉抖音，要求对方立即停止侵权，并赔偿经济损失及合理开支共计9000万元。抖音方面回应称，将依法维护自身权益。',
    deals: [], negative: 'settlement', note: 'public record; a lawsuit',
  },
  {
    id: 'zh3b-022', lang: 'zh', style: 'cn-vc-press-pedaily', date: '2020-03-27',
    text: '高瓴资本宣布完成新一期美元基金的募集，基金规模约180亿美元，创下亚洲投资机构单只基金规模的纪录。出资人包括全球主权财富基金和大学捐赠基金。',
    deals: [], negative: 'fund-raise', note: 'public record as reported; a firm’s own fund',
  },
  {
    id: 'zh3b-023', lang: 'zh', style: 'cn-securities-daily', date: '2024-12-26',
    text: '宁德时代公告，公司正在筹划发行H股股票并在香港联交所上市，相关细节尚未确定，本次发行仍需取得监管机构的备案和批准。',
    deals: [], negative: 'not-closed', note: 'public record; planning only',
  },
  {
    id: 'zh3b-024', lang: 'zh', style: 'cn-tech-press', date: '2021-09-30',
    text: '音频平台喜马拉雅再次向港交所递交招股说明书，此前其曾计划赴美上市。招股书显示，公司2021年上半年营收约25.1亿元。',
    deals: [], negative: 'not-closed', note: 'public record as reported; a filing and revenue',
  },
  {
    id: 'zh3b-025', lang: 'zh', style: 'cn-market-close', date: '2024-09-24',
    text: '贵州茅台今日收盘上涨3.6%，报1459元/股，总市值重回1.8万亿元上方。白酒板块整体走强，五粮液、泸州老窖均涨逾5%。',
    deals: [], negative: 'share-move', note: 'figures as reported at the time (approximate); a share move and a market value',
  },
  {
    id: 'zh3b-026', lang: 'zh', style: 'hk-chinese-press', date: '2024-05-14',
    text: '阿里巴巴公布，截至3月底的2024财年内共回购约125亿美元股份，董事会另批准派发年度股息每股普通股0.125美元及特别股息。',
    deals: [], negative: 'buyback', note: 'public record as reported; buyback and dividends',
  },
  {
    id: 'zh3b-027', lang: 'zh', style: 'cn-business-daily-yicai', date: '2023-08-10',
    text: '市场传闻称，万科将引入深圳地铁集团以外的新战略股东，交易规模或超百亿元。对此，万科相关人士表示，公司并未收到相关通知，一切以公告为准。',
    deals: [], negative: 'rumour', note: 'a rumour not confirmed',
  },
  {
    id: 'zh3b-028', lang: 'zh', style: 'cn-cls-flash', date: '2024-04-18',
    text: '据知情人士透露，中石化正与沙特阿美就后者入股其一家炼化子公司进行磋商，双方尚未就交易条款达成一致，谈判仍处早期阶段。',
    deals: [], negative: 'talks', note: 'talks as reported',
  },
  {
    id: 'zh3b-029', lang: 'zh', style: 'cn-business-daily-jiemian', date: '2023-03-30',
    text: '针对“格力电器将收购一家新能源车企”的传闻，格力电器董秘办回应称，公司目前没有相关计划，请投资者以公司公告为准。',
    deals: [], negative: 'denial', note: 'a denial',
  },
  {
    id: 'zh3b-030', lang: 'zh', style: 'cn-securities-daily', date: '2024-03-20',
    text: '中国移动公布2023年业绩，全年营运收入10093亿元，股东应占利润1318亿元，同比增长5.0%；董事会建议派发末期股息每股2.40港元。',
    deals: [], negative: 'revenue', note: 'public record as reported; results and a dividend',
  },
];
