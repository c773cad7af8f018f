import type { GoldParagraph } from './gold';

// A sixth batch of Chinese paragraphs for issue 17, written by session dealszh17 in two parts, each scored before
// any rule was written for it: batch A (zh6-a-…) first, batch B (zh6-b-…) only after the rules for batch A were in.
// Aimed at what the held-out set showed: precision. Over a third report no deal, each a sentence a careless reader
// would take for one — plans (拟/筹划/计划), rumours and denials (传闻/网传/否认/回应), deals ended (已终止/终止),
// filings (递表/过会/注册), share moves and results, a fund's own fund-raising, government subsidies, bank credit,
// bond issues, 定增 plans not yet approved, buybacks, pledges, strategic cooperation. The deals: investors across
// clauses (由A领投，B、C跟投，老股东D超额认购), valuations, prices (交易对价/作价), dates in the text (2023年3月, 去年,
// 上月). Styles: 36氪 / 投资界 / 投中网 融资快讯, 财联社电报, 证券时报 / 上证报 公告解读, 21世纪经济报道, 第一财经, 界面,
// 晚点, 港股 IPO 招股 / 上市首日 (simplified and traditional), 科创板 / 北交所 IPO, 并购重组公告 (发行股份购买资产,
// 吸收合并, 换股), 国资划转, 地方新闻, 周报 / 融资汇总. Public-record deals are restated in our own words (no sentence
// copied), figures as reported at the time; the rest are fictional-but-plausible companies (said in `note`).
export const PARAGRAPHS: readonly GoldParagraph[] = [
  // ---- batch A ----
  {
    id: 'zh6-a-001', lang: 'zh', style: 'cn-vc-flash', date: '2025-11-04',
    text: '36氪获悉，柔性产线机器人公司「云犀智造」已完成2亿元B轮融资。本轮由深创投领投，达晨财智、毅达资本跟投，老股东元禾控股超额认购。融资将主要用于新一代控制器的研发与华南工厂扩产。',
    deals: [{
      type: 'funding', target: ['云犀智造'], round: 'B轮', amount: { currency: 'CNY', amount: 200_000_000 },
      parties: [{ name: '深创投', role: 'lead' }, { name: '达晨财智', role: 'participant' }, { name: '毅达资本', role: 'participant' }, { name: '元禾控股', role: 'participant' }],
    }],
    note: 'fictional company; the investors in the next sentence, 本轮由…领投',
  },
  {
    id: 'zh6-a-002', lang: 'zh', style: 'cn-cls-flash', date: '2025-05-08',
    text: '【财联社5月8日电】据知情人士透露，新能源车企驰远汽车正与多家国有大行洽谈一笔规模约80亿元的银团贷款，用于新工厂建设，相关条款仍在商讨中。',
    deals: [], negative: 'talks',
    note: 'fictional company; a loan in talks',
  },
  {
    id: 'zh6-a-003', lang: 'zh', style: 'cn-securities-times', date: '2025-06-17',
    text: '海岳股份晚间公告，公司拟向特定对象发行股票，募集资金总额不超过12亿元，扣除发行费用后将用于高端铜箔扩产项目及补充流动资金。本次定增事项尚需提交股东大会审议，并经交易所审核通过及证监会同意注册后方可实施。',
    deals: [], negative: 'not-closed',
    note: 'fictional company; a private placement plan awaiting approval',
  },
  {
    id: 'zh6-a-004', lang: 'zh', style: 'hk-press-traditional', date: '2025-07-10',
    text: '專注手術機械人的雲啟醫療今日於港交所主板掛牌，是次全球發售共1.2億股H股，發售價每股10.5港元，所得款項淨額約11.6億港元。基石投資者包括高毅資產及景林資產。首日收市報12.3港元，較招股價高17%。',
    deals: [{
      type: 'ipo', target: ['雲啟醫療'], amount: { currency: 'HKD', amount: 1_160_000_000 },
      parties: [{ name: '高毅資產', role: 'participant' }, { name: '景林資產', role: 'participant' }],
    }],
    note: 'fictional company; a Hong Kong debut in traditional characters; cornerstones are participants',
  },
  {
    id: 'zh6-a-005', lang: 'zh', style: 'cn-securities-daily', date: '2025-08-21',
    text: '射频芯片企业芯翼微电子今日登陆上交所科创板。公司本次公开发行5000万股，发行价格为每股32.5元，募集资金总额16.25亿元。截至收盘，芯翼微电子股价较发行价上涨128%，总市值约370亿元。',
    deals: [{ type: 'ipo', target: ['芯翼微电子'], amount: { currency: 'CNY', amount: 1_625_000_000 }, parties: [] }],
    note: 'fictional company; a STAR Market listing; the market value is no amount',
  },
  {
    id: 'zh6-a-006', lang: 'zh', style: 'cn-exchange-announcement', date: '2025-09-26',
    text: '华塑科技发布重组报告书，公司拟通过发行股份及支付现金的方式购买恒源新材100%股权，交易作价18.6亿元，其中股份对价12亿元、现金对价6.6亿元；同时拟募集配套资金不超过5亿元。',
    deals: [{ type: 'acquisition', target: ['恒源新材'], amount: { currency: 'CNY', amount: 1_860_000_000 }, parties: [{ name: '华塑科技', role: 'acquirer' }] }],
    note: 'fictional companies; a restructuring report with its price set; the matching fund-raise cap is no amount',
  },
  {
    id: 'zh6-a-007', lang: 'zh', style: 'cn-securities-times', date: '2024-10-10',
    text: '券商整合迎来标志性案例。国泰君安与海通证券披露重组预案，国泰君安拟通过向海通证券全体A股和H股换股股东发行股票的方式换股吸收合并海通证券，A股、H股换股比例均为1:0.62，合并后新公司将更名为国泰海通证券。',
    deals: [{ type: 'merger', target: ['海通证券'], parties: [{ name: '国泰君安', role: 'acquirer' }] }],
    note: 'public record as reported at the time; an absorption by share swap with its ratio set',
  },
  {
    id: 'zh6-a-008', lang: 'zh', style: 'cn-local-finance', date: '2025-03-12',
    text: '本报讯 记者昨日从市国资委获悉，经市政府批准，市国资委已将所持滨海港口集团100%股权无偿划转至滨海城投集团，相关工商变更登记已于本月办理完毕，滨海港口集团由此成为滨海城投集团的全资子公司。',
    deals: [{ type: 'stake-sale', target: ['滨海港口集团'], parties: [{ name: '滨海城投集团', role: 'acquirer' }] }],
    note: 'fictional groups; a free transfer of a whole state stake, registered',
  },
  {
    id: 'zh6-a-009', lang: 'zh', style: 'cn-21st-century', date: '2025-07-29',
    text: '今年以来半导体行业并购明显升温，但不少交易无疾而终。晶澳微电子上月即公告终止收购苏州芯源半导体，理由是交易双方未能就标的估值及业绩承诺达成一致；此前，另一家封测企业也放弃了对一家设计公司的控股权收购。',
    deals: [], negative: 'called-off',
    note: 'fictional companies; purchases called off, in a trend story',
  },
  {
    id: 'zh6-a-010', lang: 'zh', style: 'cn-yicai', date: '2025-10-28',
    text: '星海电池发布三季报，前三季度实现营业收入86.3亿元，同比增长21%；归母净利润9.1亿元，同比增长34%。受业绩提振，公司股价今日收涨7.2%，总市值重回600亿元上方。',
    deals: [], negative: 'revenue',
    note: 'fictional company; results and a share move',
  },
  {
    id: 'zh6-a-011', lang: 'zh', style: 'cn-jiemian', date: '2025-04-02',
    text: '有消息称，新式茶饮品牌茶屿正与红杉中国洽谈新一轮融资，投前估值或达50亿元。对此，茶屿方面回应界面新闻称，"消息不实，公司现金流充裕，目前没有融资计划"。',
    deals: [], negative: 'denial',
    note: 'fictional company; talks reported and denied',
  },
  {
    id: 'zh6-a-012', lang: 'zh', style: 'cn-latepost', date: '2025-09-15',
    text: '《晚点》获悉，具身智能公司「灵枢机器人」已于上月完成新一轮5亿元融资，投后估值约40亿元。本轮由北京机器人产业基金领投；顺为资本、联想创投跟投；老股东红杉中国种子基金超额认购。这是灵枢成立两年来的第四轮融资。',
    deals: [{
      type: 'funding', target: ['灵枢机器人', '灵枢'], amount: { currency: 'CNY', amount: 500_000_000 },
      valuation: { currency: 'CNY', amount: 4_000_000_000, basis: 'post' },
      parties: [{ name: '北京机器人产业基金', role: 'lead' }, { name: '顺为资本', role: 'participant' }, { name: '联想创投', role: 'participant' }, { name: '红杉中国种子基金', role: 'participant' }],
      date: '2025-08',
    }],
    note: 'fictional company; investors split by "；" in the next sentence, a post-money valuation, 上月',
  },
  {
    id: 'zh6-a-013', lang: 'zh', style: 'cn-chinaventure-weekly', date: '2025-11-22',
    text: '【投中网融资周报】本周医疗健康赛道共发生11起融资。其中，分子诊断企业启明基因完成3亿元C轮融资，由高瓴创投领投，礼来亚洲基金、夏尔巴投资跟投；眼科器械公司明眸医疗获得1.2亿元A+轮融资，投资方为通和毓承；另据报道，某头部CXO企业正寻求出售旗下临床前业务，潜在买家包括多家PE机构。',
    deals: [
      {
        type: 'funding', target: ['启明基因'], round: 'C轮', amount: { currency: 'CNY', amount: 300_000_000 },
        parties: [{ name: '高瓴创投', role: 'lead' }, { name: '礼来亚洲基金', role: 'participant' }, { name: '夏尔巴投资', role: 'participant' }],
      },
      { type: 'funding', target: ['明眸医疗'], round: 'A+轮', amount: { currency: 'CNY', amount: 120_000_000 }, parties: [{ name: '通和毓承', role: 'participant' }] },
    ],
    note: 'fictional companies; a weekly roundup, two rounds and a sale only sought',
  },
  {
    id: 'zh6-a-014', lang: 'zh', style: 'cn-vc-press-pedaily', date: '2025-06-20',
    text: '投资界消息，深创投旗下深圳人工智能天使基金近日完成首期募集，首关规模达30亿元，出资方包括深圳市引导基金、多家上市公司及险资机构。该基金将重点投资早期AI应用与算力基础设施项目。',
    deals: [], negative: 'fund-raise',
    note: 'fictional fund; a VC fund closing its first round',
  },
  {
    id: 'zh6-a-015', lang: 'zh', style: 'cn-local-news', date: '2025-04-18',
    text: '本报讯 为支持新能源汽车产业链落地，市政府日前向锐驰新能源拨付3000万元产业扶持资金，锐驰新能源还获得了高新区5000万元的厂房租金补贴。锐驰新能源去年落户本市，主营动力电池热管理系统。',
    deals: [], negative: 'other',
    note: 'fictional company; government subsidies are no funding round',
  },
  {
    id: 'zh6-a-016', lang: 'zh', style: 'cn-securities-daily', date: '2025-03-26',
    text: '城建发展公告，公司已于3月25日成功发行2025年度第一期公司债券，发行规模15亿元，期限5年，票面利率2.35%，认购倍数达3.2倍，募集资金将用于偿还到期债务。',
    deals: [{ type: 'debt', target: ['城建发展'], amount: { currency: 'CNY', amount: 1_500_000_000 }, parties: [], date: '2025-03-25' }],
    note: 'fictional company; a bond issue done is a debt deal (as zh4 reads 恒力新能); no IPO',
  },
  {
    id: 'zh6-a-017', lang: 'zh', style: 'cn-cls-flash', date: '2025-02-13',
    text: '【财联社2月13日电】光伏组件企业正阳新能宣布，公司近日获得工商银行、建设银行等六家银行合计80亿元的综合授信额度，将用于海外产能建设和日常经营周转。',
    deals: [], negative: 'other',
    note: 'fictional company; bank credit lines',
  },
  {
    id: 'zh6-a-018', lang: 'zh', style: 'cn-tech-press', date: '2025-08-06',
    text: '又一家AI公司冲刺港股。港交所披露易显示，大模型应用公司问途科技已向港交所递交上市申请，中金公司和华泰国际为联席保荐人。招股书显示，问途科技曾于2023年3月完成由启明创投领投的B轮融资。',
    deals: [], negative: 'not-closed',
    note: 'fictional company; a filing; a past round mentioned in passing as background from the prospectus',
  },
  {
    id: 'zh6-a-019', lang: 'zh', style: 'cn-securities-daily', date: '2025-05-15',
    text: '北交所今日迎来一只新股。精密轴承制造商恒泰精密正式在北交所上市，本次公开发行2000万股，发行价格12.8元/股，募集资金总额2.56亿元。',
    deals: [{ type: 'ipo', target: ['恒泰精密'], amount: { currency: 'CNY', amount: 256_000_000 }, parties: [] }],
    note: 'fictional company; a Beijing Stock Exchange listing',
  },
  {
    id: 'zh6-a-020', lang: 'zh', style: 'cn-shanghai-securities-news', date: '2025-09-03',
    text: '上证报记者注意到，锦江环境9月2日晚公告，公司以现金7.2亿元收购浙江清源水务80%股权事项已完成工商变更，清源水务自9月起纳入公司合并报表范围。',
    deals: [{ type: 'stake-sale', target: ['浙江清源水务', '清源水务'], amount: { currency: 'CNY', amount: 720_000_000 }, parties: [{ name: '锦江环境', role: 'acquirer' }], date: '2025-09-02' }],
    note: 'fictional companies; a purchase registered, 9月2日晚公告',
  },
  {
    id: 'zh6-a-021', lang: 'zh', style: 'cn-local-finance', date: '2025-10-09',
    text: '本报讯（记者 林晓）位于高新区的合成生物企业绿源生物日前完成1.5亿元Pre-A轮融资，由市天使投资基金领投，高新区产业引导基金、本地上市公司华康股份跟投。',
    deals: [{
      type: 'funding', target: ['绿源生物'], round: 'Pre-A轮', amount: { currency: 'CNY', amount: 150_000_000 },
      parties: [{ name: '市天使投资基金', role: 'lead' }, { name: '高新区产业引导基金', role: 'participant' }, { name: '华康股份', role: 'participant' }],
    }],
    note: 'fictional companies; a local paper, government funds as investors',
  },
  {
    id: 'zh6-a-022', lang: 'zh', style: 'cn-securities-times', date: '2025-12-02',
    text: '天和智能晚间公告，鉴于标的公司所处行业环境发生较大变化，经与交易对方友好协商，公司决定终止发行股份购买苏州敏芯传感100%股权事项，并撤回相关申请文件。公司股票明日复牌。',
    deals: [], negative: 'called-off',
    note: 'fictional companies; a purchase called off',
  },
  {
    id: 'zh6-a-023', lang: 'zh', style: 'cn-securities-daily', date: '2025-04-30',
    text: '长岭电器公告，截至4月29日，公司已通过集中竞价方式累计回购股份1260万股，占总股本的1.8%，成交总金额约1.5亿元。',
    deals: [], negative: 'buyback',
    note: 'fictional company; a buyback under way',
  },
  {
    id: 'zh6-a-024', lang: 'zh', style: 'hk-press-traditional', date: '2025-11-03',
    text: '港資物流商嘉運集團宣佈，以約8.5億港元收購新加坡冷鏈倉儲營運商Coldlink全部股權，交易已於上月底完成。集團表示，收購將令其東南亞冷鏈倉容增加一倍。',
    deals: [{ type: 'acquisition', target: ['Coldlink'], amount: { currency: 'HKD', amount: 850_000_000 }, parties: [{ name: '嘉運集團', role: 'acquirer' }], date: '2025-10' }],
    note: 'fictional companies; traditional characters, a purchase completed last month',
  },
  {
    id: 'zh6-a-025', lang: 'zh', style: 'cn-cls-flash', date: '2025-06-05',
    text: '【财联社6月5日电】受"将被某央企收购"的传闻影响，中科远航今日开盘即封涨停。公司随后发布澄清公告称，经向控股股东及实际控制人核实，不存在应披露而未披露的重大事项，目前没有筹划控制权变更。',
    deals: [], negative: 'denial',
    note: 'fictional company; a rumour, a share move and a clarification',
  },
  {
    id: 'zh6-a-026', lang: 'zh', style: 'cn-vc-press-pedaily', date: '2025-07-16',
    text: '投资界获悉，商业航天企业穹顶航天已完成6亿元B+轮融资，本轮投前估值60亿元。领投方为国投创合，跟投方包括中金资本、华控基金，老股东启明创投继续追加投资。',
    deals: [{
      type: 'funding', target: ['穹顶航天'], round: 'B+轮', amount: { currency: 'CNY', amount: 600_000_000 },
      valuation: { currency: 'CNY', amount: 6_000_000_000, basis: 'pre' },
      parties: [{ name: '国投创合', role: 'lead' }, { name: '中金资本', role: 'participant' }, { name: '华控基金', role: 'participant' }, { name: '启明创投', role: 'participant' }],
    }],
    note: 'fictional company; 领投方为 / 跟投方包括, a pre-money valuation',
  },
  {
    id: 'zh6-a-027', lang: 'zh', style: 'cn-yicai', date: '2025-12-11',
    text: '第一财经记者了解到，国产数据库厂商星衡数据计划于明年上半年申报科创板IPO，目前已与中信证券签署上市辅导协议。公司负责人表示，上市前不排除再进行一轮融资。',
    deals: [], negative: 'not-closed',
    note: 'fictional company; an IPO plan and a tutoring agreement',
  },
  {
    id: 'zh6-a-028', lang: 'zh', style: 'cn-vc-flash', date: '2025-03-20',
    text: '固态电池初创企业锂晶科技宣布获得广汽资本数亿元战略投资，双方将在车规级固态电芯的联合开发与量产导入方面展开合作。这是锂晶科技继去年完成A轮融资后的又一笔融资。',
    deals: [{ type: 'funding', target: ['锂晶科技'], round: 'strategic', parties: [{ name: '广汽资本', role: 'participant' }] }],
    note: 'fictional company; a strategic investment of an unstated size; the earlier round is background',
  },
  {
    id: 'zh6-a-029', lang: 'zh', style: 'cn-21st-century', date: '2025-05-22',
    text: '21世纪经济报道记者注意到，在一级市场估值普遍回调的背景下，仍有头部AI公司逆势抬价。据多位投资人透露，大模型公司深言智能最新一轮的报价已超过300亿元，但多家机构认为"价格太贵"，目前尚无机构签署投资协议。',
    deals: [], negative: 'talks',
    note: 'fictional company; a price asked, no investor signed',
  },
  {
    id: 'zh6-a-030', lang: 'zh', style: 'cn-tech-press', date: '2025-10-15',
    text: '智能座舱公司域见科技今日宣布完成3亿元C轮融资，由宁德时代旗下基金领投，合创资本跟投。与此同时，域见科技已完成对上海声学算法公司声谱智能的全资收购，交易对价未披露。',
    deals: [
      { type: 'funding', target: ['域见科技'], round: 'C轮', amount: { currency: 'CNY', amount: 300_000_000 }, parties: [{ name: '合创资本', role: 'participant' }] },
      { type: 'acquisition', target: ['声谱智能'], parties: [{ name: '域见科技', role: 'acquirer' }] },
    ],
    note: 'fictional companies; a round and a purchase; the lead is an unnamed fund of a named company',
  },
  {
    id: 'zh6-a-031', lang: 'zh', style: 'cn-cls-flash', date: '2025-08-28',
    text: '【财联社8月28日电】北方重工公告，公司控股股东北方装备集团拟将所持公司10%股份质押给国家开发银行，用于为其下属企业申请项目贷款提供担保，本次质押不会导致公司控制权发生变更。',
    deals: [], negative: 'other',
    note: 'fictional companies; a pledge of shares',
  },
  {
    id: 'zh6-a-032', lang: 'zh', style: 'cn-securities-times', date: '2025-04-25',
    text: '证券时报记者获悉，东海证券与浙江一家城商行签署战略合作协议，双方将在债券承销、财富管理和投研服务等领域开展合作，但双方均表示，此次合作不涉及股权投资。',
    deals: [], negative: 'other',
    note: 'fictional companies; a cooperation agreement, no stake',
  },
  {
    id: 'zh6-a-033', lang: 'zh', style: 'cn-shanghai-securities-news', date: '2025-11-19',
    text: '光明乳品公告，公司控股股东光明食品集团与上海国盛集团签署的股份转让协议已履行完毕，光明食品集团所持公司8%股份已于11月18日完成过户登记，转让价款合计约12.4亿元。',
    deals: [{
      type: 'stake-sale', target: ['光明乳品'], amount: { currency: 'CNY', amount: 1_240_000_000 },
      parties: [{ name: '上海国盛集团', role: 'acquirer' }, { name: '光明食品集团', role: 'seller' }], date: '2025-11-18',
    }],
    note: 'fictional transaction between names like real ones; a transfer of a minority stake registered',
  },
  {
    id: 'zh6-a-034', lang: 'zh', style: 'hk-newswire', date: '2025-12-09',
    text: '港股通讯｜连锁烘焙品牌麦田里今日在港交所主板挂牌上市，公司是次全球发售所得款项净额约7.8亿港元，每股发售价为15港元。上市首日，麦田里高开8%，但午后一度跌破发行价。',
    deals: [{ type: 'ipo', target: ['麦田里'], amount: { currency: 'HKD', amount: 780_000_000 }, parties: [] }],
    note: 'fictional company; a Hong Kong debut, the per-share price is no amount',
  },
  {
    id: 'zh6-a-035', lang: 'zh', style: 'cn-36kr', date: '2025-02-18',
    text: '36氪独家获悉，AI药物研发平台「析微生物」近日完成B轮融资。据悉，本轮融资金额为2.8亿元，由礼来亚洲基金领投，倚锋资本、松禾资本参投。析微生物此前曾获得经纬创投和高瓴创投的投资。',
    deals: [{
      type: 'funding', target: ['析微生物'], round: 'B轮', amount: { currency: 'CNY', amount: 280_000_000 },
      parties: [{ name: '礼来亚洲基金', role: 'lead' }, { name: '倚锋资本', role: 'participant' }, { name: '松禾资本', role: 'participant' }],
    }],
    note: 'fictional company; the amount and the investors in the next sentence; earlier backers are background',
  },
  {
    id: 'zh6-a-036', lang: 'zh', style: 'cn-yicai', date: '2024-05-28',
    text: '国家集成电路产业投资基金三期日前正式注册成立，注册资本3440亿元，规模超过前两期之和。股东名单显示，财政部、国开金融等多家机构出资。',
    deals: [], negative: 'fund-raise',
    note: 'public record as reported at the time; a state fund set up; its registered capital is no round',
  },
  {
    id: 'zh6-a-037', lang: 'zh', style: 'cn-securities-daily', date: '2025-09-09',
    text: '恒信医药公告，持股6.2%的股东高瓴资本计划自公告披露之日起15个交易日后的三个月内，以集中竞价及大宗交易方式减持不超过3%的公司股份。',
    deals: [], negative: 'other',
    note: 'fictional company; a planned share sale in the market',
  },
  {
    id: 'zh6-a-038', lang: 'zh', style: 'cn-cls-flash', date: '2025-10-21',
    text: '【财联社10月21日电】芯联光电晚间公告，公司正在筹划以发行股份及支付现金方式购买一家光模块企业的控股权，预计构成重大资产重组，公司股票自10月22日起停牌，预计停牌时间不超过10个交易日。',
    deals: [], negative: 'not-closed',
    note: 'fictional company; a purchase being planned, the target unnamed',
  },
  {
    id: 'zh6-a-039', lang: 'zh', style: 'cn-36kr', date: '2025-06-11',
    text: '36氪获悉，跨境电商SaaS服务商店匠科技（Shoplazza）已于今年3月完成1.5亿元C轮融资，由华兴新经济基金领投，老股东源码资本跟投；随后在5月，公司又完成一笔由阿里巴巴独家投资的战略融资，金额未披露。',
    deals: [
      {
        type: 'funding', target: ['店匠科技', 'Shoplazza'], round: 'C轮', amount: { currency: 'CNY', amount: 150_000_000 },
        parties: [{ name: '华兴新经济基金', role: 'lead' }, { name: '源码资本', role: 'participant' }], date: '2025-03',
      },
      { type: 'funding', target: ['店匠科技', 'Shoplazza'], round: 'strategic', parties: [{ name: '阿里巴巴', role: 'lead' }], date: '2025-05' },
    ],
    note: 'fictional rounds for a real-sounding name; two dated rounds split by "；"',
  },
  {
    id: 'zh6-a-040', lang: 'zh', style: 'cn-jiemian', date: '2025-08-14',
    text: '界面新闻记者从知情人士处获悉，外卖平台快达与生鲜电商鲜丰汇的合并谈判已于近期破裂，双方在合并后的管理层安排上分歧较大。此前有报道称，两家公司计划以换股方式合并，合并后估值约200亿元。',
    deals: [], negative: 'called-off',
    note: 'fictional companies; merger talks that broke down',
  },
  {
    id: 'zh6-a-041', lang: 'zh', style: 'hk-press-traditional', date: '2025-06-26',
    text: '內地鋰電材料商贛鋒新材今日起至7月2日招股，擬全球發售1.5億股H股，招股價每股不高於18.8港元，集資最多約28.2億港元，預計7月7日在港交所主板掛牌。',
    deals: [], negative: 'not-closed',
    note: 'fictional company; an offer opening, not yet a listing',
  },
  {
    id: 'zh6-a-042', lang: 'zh', style: 'cn-local-news', date: '2025-01-16',
    text: '据市国资委消息，去年12月，市属国企城投集团与交通集团完成战略重组，交通集团整体并入城投集团；同月，城投集团还以4.6亿元受让了本地上市公司华东环保15%的股份，成为其第二大股东。',
    deals: [
      { type: 'merger', target: ['交通集团'], parties: [{ name: '城投集团', role: 'acquirer' }], date: '2024-12' },
      { type: 'stake-sale', target: ['华东环保'], amount: { currency: 'CNY', amount: 460_000_000 }, parties: [{ name: '城投集团', role: 'acquirer' }], date: '2024-12' },
    ],
    note: 'fictional groups; a state merger and a stake bought, both dated 去年12月',
  },
  // ---- batch B ----
  {
    id: 'zh6-b-001', lang: 'zh', style: 'cn-cls-flash', date: '2025-10-14',
    text: '【财联社10月14日电】消费级3D打印机厂商「造物智能」宣布完成4亿元B轮融资，本轮融资由美团龙珠和IDG资本联合领投，老股东顺为资本、GGV纪源资本继续跟投。',
    deals: [{
      type: 'funding', target: ['造物智能'], round: 'B轮', amount: { currency: 'CNY', amount: 400_000_000 },
      parties: [{ name: '美团龙珠', role: 'lead' }, { name: 'IDG资本', role: 'lead' }, { name: '顺为资本', role: 'participant' }, { name: 'GGV纪源资本', role: 'participant' }],
    }],
    note: 'fictional company; two co-leads, existing backers following on',
  },
  {
    id: 'zh6-b-002', lang: 'zh', style: 'cn-securities-times', date: '2025-10-14',
    text: '证券时报e公司讯，润泽新材10月13日晚间公告，公司向特定对象发行股票申请已获深交所上市审核中心审核通过，尚需获得中国证监会作出同意注册的决定后方可实施，拟募集资金不超过18亿元。',
    deals: [], negative: 'not-closed',
    note: 'fictional company; a placement approved by the exchange, not yet registered',
  },
  {
    id: 'zh6-b-003', lang: 'zh', style: 'cn-exchange-announcement', date: '2025-09-18',
    text: '恒立精工公告，公司向特定对象发行股票已发行完成，共募集资金10.5亿元，最终认购对象包括国家制造业转型升级基金、中信证券及诺德基金等11名投资者，新增股份已于9月17日办理完毕登记托管手续。',
    deals: [{
      type: 'funding', target: ['恒立精工'], amount: { currency: 'CNY', amount: 1_050_000_000 },
      parties: [{ name: '国家制造业转型升级基金', role: 'participant' }, { name: '中信证券', role: 'participant' }, { name: '诺德基金', role: 'participant' }],
    }],
    note: 'fictional company; a placement completed, its subscribers named',
  },
  {
    id: 'zh6-b-004', lang: 'zh', style: 'hk-press-traditional', date: '2025-07-09',
    text: '主營智能倉儲機械人的智倉科技今日在港交所主板上市，每股發售價16.8港元，全球發售所得款項淨額約24.6億港元，基石投資者包括新加坡政府投資公司及瑞銀資產管理。上市首日，智倉科技收報18.2港元。',
    deals: [{
      type: 'ipo', target: ['智倉科技'], amount: { currency: 'HKD', amount: 2_460_000_000 },
      parties: [{ name: '新加坡政府投資公司', role: 'participant' }, { name: '瑞銀資產管理', role: 'participant' }],
    }],
    note: 'fictional company; a Hong Kong debut in traditional characters with its cornerstones',
  },
  {
    id: 'zh6-b-005', lang: 'zh', style: 'hk-press-traditional', date: '2025-04-22',
    text: '據港交所披露，新茶飲品牌茶語時光已通過上市聆訊，最快下周招股，中金公司為獨家保薦人。公司去年收入約32億元人民幣。',
    deals: [], negative: 'not-closed',
    note: 'fictional company; a hearing passed, not a listing',
  },
  {
    id: 'zh6-b-006', lang: 'zh', style: 'cn-securities-daily', date: '2025-06-26',
    text: '科创板新股灵犀半导体今日上市，本次发行价为每股45.2元，募集资金总额为22.6亿元。战略配售方面，国家集成电路产业投资基金二期、中芯聚源等参与认购。',
    deals: [{
      type: 'ipo', target: ['灵犀半导体'], amount: { currency: 'CNY', amount: 2_260_000_000 },
      parties: [{ name: '国家集成电路产业投资基金二期', role: 'participant' }, { name: '中芯聚源', role: 'participant' }],
    }],
    note: 'fictional company; STAR Market listing, strategic placees in the next sentence',
  },
  {
    id: 'zh6-b-007', lang: 'zh', style: 'cn-securities-daily', date: '2025-05-12',
    text: '北交所官网显示，精工轴承公开发行股票并在北交所上市的申请已获中国证监会同意注册，公司拟募资3.2亿元，发行日期尚未确定。',
    deals: [], negative: 'not-closed',
    note: 'fictional company; registration granted, no listing yet',
  },
  {
    id: 'zh6-b-008', lang: 'zh', style: 'cn-exchange-announcement', date: '2025-08-12',
    text: '华岳矿业公告，公司发行股份购买赤峰金源矿业100%股权事项已完成标的资产过户，赤峰金源成为公司全资子公司。本次交易作价为26.8亿元。',
    deals: [{ type: 'acquisition', target: ['赤峰金源矿业', '赤峰金源'], amount: { currency: 'CNY', amount: 2_680_000_000 }, parties: [{ name: '华岳矿业', role: 'acquirer' }] }],
    note: 'fictional companies; a share-paid purchase registered, its price in the next sentence',
  },
  {
    id: 'zh6-b-009', lang: 'zh', style: 'cn-shanghai-securities-news', date: '2025-05-30',
    text: '海岳重工与海岳机械双双发布公告，海岳重工拟以换股方式吸收合并海岳机械，海岳机械股东每持有1股可换得海岳重工0.85股，该方案已获两家公司股东大会审议通过。',
    deals: [{ type: 'merger', target: ['海岳机械'], parties: [{ name: '海岳重工', role: 'acquirer' }] }],
    note: 'fictional companies; an absorption by share swap approved by both meetings',
  },
  {
    id: 'zh6-b-010', lang: 'zh', style: 'cn-local-finance', date: '2025-02-20',
    text: '省国资委近日印发通知，将省交通投资集团所持省港航集团40%股权无偿划转给省国有资本运营公司，以充实国有资本运营平台的资本金。',
    deals: [{ type: 'stake-sale', target: ['省港航集团'], parties: [{ name: '省国有资本运营公司', role: 'acquirer' }, { name: '省交通投资集团', role: 'seller' }] }],
    note: 'fictional groups; a free transfer of a state stake',
  },
  {
    id: 'zh6-b-011', lang: 'zh', style: 'cn-21st-century', date: '2025-09-24',
    text: '21世纪经济报道记者注意到，继上月宣布筹划收购一家存储芯片设计公司后，江波电子本周再度停牌，称拟以发行股份方式购买另一家封测企业的控股权，交易对方尚未确定。',
    deals: [], negative: 'not-closed',
    note: 'fictional company; two purchases only planned',
  },
  {
    id: 'zh6-b-012', lang: 'zh', style: 'cn-yicai', date: '2025-08-30',
    text: '第一财经记者从公司获悉，自动驾驶公司驭行智能今年上半年营收同比增长65%至4.8亿元，公司估值已超过120亿元，但公司表示目前没有新的融资安排。',
    deals: [], negative: 'revenue',
    note: 'fictional company; revenue and a valuation, no round',
  },
  {
    id: 'zh6-b-013', lang: 'zh', style: 'cn-jiemian', date: '2025-07-22',
    text: '界面新闻获悉，AI视频生成公司「镜像引擎」已完成1亿美元A轮融资，投后估值达到6亿美元。据介绍，本轮融资由启明创投领投，五源资本、高榕创投跟投，华兴资本担任独家财务顾问。',
    deals: [{
      type: 'funding', target: ['镜像引擎'], round: 'A轮', amount: { currency: 'USD', amount: 100_000_000 },
      valuation: { currency: 'USD', amount: 600_000_000, basis: 'post' },
      parties: [{ name: '启明创投', role: 'lead' }, { name: '五源资本', role: 'participant' }, { name: '高榕创投', role: 'participant' }],
    }],
    note: 'fictional company; investors in the next sentence, an adviser who is no investor',
  },
  {
    id: 'zh6-b-014', lang: 'zh', style: 'cn-latepost', date: '2025-06-18',
    text: '《晚点》从多个信源处获悉，生活方式平台「拾光」正与多家投资机构商谈新一轮老股转让，对应估值约260亿美元，交易尚未最终完成。',
    deals: [], negative: 'talks',
    note: 'fictional company; a secondary sale in talks',
  },
  {
    id: 'zh6-b-015', lang: 'zh', style: 'cn-latepost', date: '2025-03-10',
    text: '据《晚点》了解，人形机器人公司星轨动力去年11月完成了一笔近5亿元的A+轮融资，由联想之星领投，清流资本、阿里巴巴跟投；今年以来，公司又陆续接洽了多家产业资本。',
    deals: [{
      type: 'funding', target: ['星轨动力'], round: 'A+轮', amount: { currency: 'CNY', amount: 500_000_000 },
      parties: [{ name: '联想之星', role: 'lead' }, { name: '清流资本', role: 'participant' }, { name: '阿里巴巴', role: 'participant' }], date: '2024-11',
    }],
    note: 'fictional company; a round dated 去年11月; later talks are no deal',
  },
  {
    id: 'zh6-b-016', lang: 'zh', style: 'cn-vc-weekly', date: '2025-11-29',
    text: '【投资界周报】本周新能源领域共披露融资事件9起。钠离子电池企业钠锋科技完成5亿元B轮融资，由宁德时代领投；储能系统集成商海储能源获得2亿元战略融资，投资方为国家电投旗下基金；此外，光伏企业晶澄新能宣布拟收购一家组件厂商，交易尚处于尽调阶段。',
    deals: [
      { type: 'funding', target: ['钠锋科技'], round: 'B轮', amount: { currency: 'CNY', amount: 500_000_000 }, parties: [{ name: '宁德时代', role: 'lead' }] },
      { type: 'funding', target: ['海储能源'], round: 'strategic', amount: { currency: 'CNY', amount: 200_000_000 }, parties: [] },
    ],
    note: 'fictional companies; a weekly roundup, two rounds and a purchase only planned; an unnamed fund of a group is no named investor',
  },
  {
    id: 'zh6-b-017', lang: 'zh', style: 'cn-shanghai-securities-news', date: '2025-11-07',
    text: '上证报中国证券网讯 永华股份11月6日晚间公告，控股股东永华控股所持公司29.9%股份协议转让给合肥建投的过户手续已办理完毕，公司控股股东变更为合肥建投，实际控制人变更为合肥市国资委。本次股份转让总价款为15.6亿元。',
    deals: [{
      type: 'stake-sale', target: ['永华股份'], amount: { currency: 'CNY', amount: 1_560_000_000 },
      parties: [{ name: '合肥建投', role: 'acquirer' }, { name: '永华控股', role: 'seller' }], date: '2025-11-06',
    }],
    note: 'fictional company; a change of control registered, its price in the next sentence',
  },
  {
    id: 'zh6-b-018', lang: 'zh', style: 'cn-cls-flash', date: '2025-04-09',
    text: '受"将被某通信巨头收购"的网传消息刺激，智联光电今日早盘一度涨停。公司午间发布澄清公告称，公司及控股股东均未与任何第三方就股权转让事项进行接触。',
    deals: [], negative: 'denial',
    note: 'fictional company; a rumour, a share move and a clarification',
  },
  {
    id: 'zh6-b-019', lang: 'zh', style: 'cn-securities-daily', date: '2025-03-03',
    text: '国家开发银行与蓝湾新能源签署开发性金融合作协议，国开行将在未来五年内为其提供不超过300亿元的意向性融资支持，重点用于海上风电项目建设。',
    deals: [], negative: 'other',
    note: 'fictional company; a bank’s intended lending, no deal',
  },
  {
    id: 'zh6-b-020', lang: 'zh', style: 'cn-securities-daily', date: '2025-12-15',
    text: '星河汽车公告，公司及下属子公司今年以来累计收到各类政府补助5.6亿元，其中与收益相关的政府补助3.1亿元，将对公司本年度利润产生积极影响。',
    deals: [], negative: 'other',
    note: 'fictional company; government subsidies',
  },
  {
    id: 'zh6-b-021', lang: 'zh', style: 'cn-vc-press-pedaily', date: '2025-10-30',
    text: '投资界消息，远澜资本宣布完成第七期人民币主基金的最终关账，募资总额约45亿元，较上一期增长约20%，LP包括多家地方引导基金、险资和上市公司。',
    deals: [], negative: 'fund-raise',
    note: 'fictional firm; a VC firm closing its own fund',
  },
  {
    id: 'zh6-b-022', lang: 'zh', style: 'cn-local-news', date: '2025-06-03',
    text: '本报讯（记者 周敏）日前，落户我市经开区的半导体材料企业晶瑞新材完成3亿元A轮融资，市产业投资集团领投，合肥产投、国元创投跟投。这是该企业自去年9月成立以来的首轮外部融资。',
    deals: [{
      type: 'funding', target: ['晶瑞新材'], round: 'A轮', amount: { currency: 'CNY', amount: 300_000_000 },
      parties: [{ name: '市产业投资集团', role: 'lead' }, { name: '合肥产投', role: 'participant' }, { name: '国元创投', role: 'participant' }],
    }],
    note: 'fictional company; a local paper; the founding date is no deal date',
  },
  {
    id: 'zh6-b-023', lang: 'zh', style: 'hk-press-traditional', date: '2025-08-26',
    text: '本港上市公司恆茂地產宣佈，已完成以約32億港元收購九龍灣一幢甲級寫字樓的交易，該物業可出租樓面面積約50萬平方呎。',
    deals: [], negative: 'other',
    note: 'fictional company; a building bought, no company',
  },
  {
    id: 'zh6-b-024', lang: 'zh', style: 'cn-yicai', date: '2025-06-05',
    text: '体外诊断企业瑞达诊断今年3月完成了对德国检测试剂公司LabVita的收购，交易对价约1.2亿欧元，这也是公司上市以来规模最大的一笔海外并购。',
    deals: [{ type: 'acquisition', target: ['LabVita'], amount: { currency: 'EUR', amount: 120_000_000 }, parties: [{ name: '瑞达诊断', role: 'acquirer' }], date: '2025-03' }],
    note: 'fictional companies; a purchase dated 今年3月',
  },
  {
    id: 'zh6-b-025', lang: 'zh', style: 'cn-securities-daily', date: '2025-07-15',
    text: '上交所官网显示，因发行人撤回发行上市申请，云帆数据的科创板IPO审核状态已变更为"终止"，公司原计划募资15亿元。',
    deals: [], negative: 'called-off',
    note: 'fictional company; an IPO application withdrawn',
  },
  {
    id: 'zh6-b-026', lang: 'zh', style: 'hk-newswire', date: '2025-09-05',
    text: '港股通讯｜恆達控股今日斥资约5亿港元回购120万股股份，回购价格介于每股410.2港元至418港元，为该公司本月第三次回购。',
    deals: [], negative: 'buyback',
    note: 'fictional company; a buyback',
  },
  {
    id: 'zh6-b-027', lang: 'zh', style: 'cn-36kr', date: '2025-05-20',
    text: '36氪获悉，智能眼镜品牌「镜见科技」近日完成数亿元A轮融资，由华登国际领投，老股东TCL创投超额认购，资金将用于光波导模组的量产。',
    deals: [{ type: 'funding', target: ['镜见科技'], round: 'A轮', parties: [{ name: '华登国际', role: 'lead' }, { name: 'TCL创投', role: 'participant' }] }],
    note: 'fictional company; a vague amount is none',
  },
  {
    id: 'zh6-b-028', lang: 'zh', style: 'cn-tech-press', date: '2025-04-16',
    text: '星途汽车宣布，将投资约40亿元在泰国罗勇府建设整车工厂，规划年产能15万辆，预计2027年投产。',
    deals: [], negative: 'other',
    note: 'fictional company; a factory investment, no company funded',
  },
  {
    id: 'zh6-b-029', lang: 'zh', style: 'cn-cls-flash', date: '2025-01-21',
    text: '【财联社1月21日电】吉联汽车公告，公司以8亿元战略入股自动驾驶芯片公司芯擎微，取得其约10%股权，双方将在高阶智驾芯片领域开展联合开发。',
    deals: [{ type: 'stake-sale', target: ['芯擎微'], amount: { currency: 'CNY', amount: 800_000_000 }, parties: [{ name: '吉联汽车', role: 'acquirer' }] }],
    note: 'fictional companies; a strategic stake bought',
  },
  {
    id: 'zh6-b-030', lang: 'zh', style: 'cn-securities-times', date: '2025-08-08',
    text: '远航物流与东方冷链签署合并框架协议，双方将在三个月内完成尽职调查，并就合并方案进行进一步协商，最终交易能否达成尚存在不确定性。',
    deals: [], negative: 'not-closed',
    note: 'fictional companies; a framework agreement to merge',
  },
  {
    id: 'zh6-b-031', lang: 'zh', style: 'hk-newswire', date: '2025-11-12',
    text: '港股通讯｜新能源重卡企业擎天重卡今日在港交所挂牌，发售价每股9.8港元，公开发售部分获超额认购312倍，全球发售所得款项总额约15.7亿港元。',
    deals: [{ type: 'ipo', target: ['擎天重卡'], amount: { currency: 'HKD', amount: 1_570_000_000 }, parties: [] }],
    note: 'fictional company; a Hong Kong debut',
  },
  {
    id: 'zh6-b-032', lang: 'zh', style: 'cn-cls-flash', date: '2025-03-07',
    text: '【财联社3月7日电】家电企业华菱电器宣布以约2.1亿欧元收购意大利暖通企业Termica Srl全部股权；同日，华菱电器旗下智能家居子公司华菱智家完成5亿元A轮融资，由国调基金领投。',
    deals: [
      { type: 'acquisition', target: ['Termica Srl', 'Termica'], amount: { currency: 'EUR', amount: 210_000_000 }, parties: [{ name: '华菱电器', role: 'acquirer' }] },
      { type: 'funding', target: ['华菱智家'], round: 'A轮', amount: { currency: 'CNY', amount: 500_000_000 }, parties: [{ name: '国调基金', role: 'lead' }] },
    ],
    note: 'fictional companies; a purchase and a subsidiary’s round in one sentence',
  },
  {
    id: 'zh6-b-033', lang: 'zh', style: 'cn-financial-daily', date: '2025-02-26',
    text: '据外媒援引知情人士报道，拾趣集团正考虑出售其持有的百联超市剩余股权，潜在买家包括多家私募机构。拾趣集团对此未予置评。',
    deals: [], negative: 'rumour',
    note: 'fictional companies; a sale considered, per a report',
  },
  {
    id: 'zh6-b-034', lang: 'zh', style: 'cn-chinaventure', date: '2025-08-20',
    text: '投中网注意到，这并非锐芯科技第一次被产业资本看中。2023年3月，锐芯科技曾完成由小米产投领投的2亿元B轮融资；本次C轮融资则由国家中小企业发展基金领投，金额为4亿元。',
    deals: [
      { type: 'funding', target: ['锐芯科技'], round: 'B轮', amount: { currency: 'CNY', amount: 200_000_000 }, parties: [{ name: '小米产投', role: 'lead' }], date: '2023-03' },
      { type: 'funding', target: ['锐芯科技'], round: 'C轮', amount: { currency: 'CNY', amount: 400_000_000 }, parties: [{ name: '国家中小企业发展基金', role: 'lead' }] },
    ],
    note: 'fictional company; a round dated 2023年3月 and the round of the news, its amount after the lead',
  },
  {
    id: 'zh6-b-035', lang: 'zh', style: 'cn-legal-daily', date: '2025-10-10',
    text: '因未能在约定期限内完成上市，智云物联被投资方深创投起诉，要求其创始人回购深创投持有的全部股份，涉案金额约1.3亿元。',
    deals: [], negative: 'other',
    note: 'fictional company; a buy-back claim in court',
  },
  {
    id: 'zh6-b-036', lang: 'zh', style: 'cn-tech-press', date: '2025-07-08',
    text: '记者从两家公司获悉，社区团购平台邻邻购与生鲜配送商鲜到家已于上月完成合并，合并后的公司沿用邻邻购品牌，原鲜到家团队整体并入。',
    deals: [{ type: 'merger', target: ['邻邻购'], parties: [{ name: '鲜到家', role: 'participant' }], date: '2025-06' }],
    note: 'fictional companies; a merger of two unknown names done last month, no direction stated',
  },
  {
    id: 'zh6-b-037', lang: 'zh', style: 'cn-exchange-announcement', date: '2025-12-23',
    text: '华映影视公告，公司以4.5亿元将所持星映传媒20%股权转让给杭州文旅集团，相关股权转让款已全部收到，公司不再持有星映传媒股份。',
    deals: [{
      type: 'stake-sale', target: ['星映传媒'], amount: { currency: 'CNY', amount: 450_000_000 },
      parties: [{ name: '杭州文旅集团', role: 'acquirer' }, { name: '华映影视', role: 'seller' }],
    }],
    note: 'fictional companies; a stake sold, told from the seller',
  },
  {
    id: 'zh6-b-038', lang: 'zh', style: 'cn-tech-press', date: '2025-09-02',
    text: '有自媒体称，造车新势力零度汽车已完成对一家激光雷达公司的收购，零度汽车方面随即回应称，该消息不实，公司暂无相关计划。',
    deals: [], negative: 'denial',
    note: 'fictional company; a purchase claimed and denied',
  },
  {
    id: 'zh6-b-039', lang: 'zh', style: 'cn-securities-daily', date: '2025-04-24',
    text: '北交所新股华岭电子今日上市，开盘大涨260%。公司本次发行1800万股，发行价格为每股15.6元，募资总额2.81亿元。',
    deals: [{ type: 'ipo', target: ['华岭电子'], amount: { currency: 'CNY', amount: 281_000_000 }, parties: [] }],
    note: 'fictional company; the listing first, its size in the next sentence',
  },
  {
    id: 'zh6-b-040', lang: 'zh', style: 'cn-securities-times', date: '2025-11-18',
    text: '时代储能与星源膜材签署战略合作备忘录，双方拟在隔膜供应及股权合作等方面展开探讨，具体合作事项以后续签署的正式协议为准。',
    deals: [], negative: 'not-closed',
    note: 'fictional companies; a memorandum, no stake',
  },
  {
    id: 'zh6-b-041', lang: 'zh', style: 'cn-yicai', date: '2025-10-27',
    text: '第一财经获悉，合成生物企业蓝芯合成已完成数亿元C轮融资，本轮由中金资本独家投资，所得资金将用于千吨级产线建设。',
    deals: [{ type: 'funding', target: ['蓝芯合成'], round: 'C轮', parties: [{ name: '中金资本', role: 'lead' }] }],
    note: 'fictional company; a sole investor leads',
  },
  {
    id: 'zh6-b-042', lang: 'zh', style: 'hk-newswire', date: '2025-12-04',
    text: '港股通讯｜原定于今日在港交所挂牌的海派餐饮宣布暂缓上市，称将根据市场情况另行择期，已收取的认购款项将全数退还。',
    deals: [], negative: 'called-off',
    note: 'fictional company; a listing put off on its day',
  },
];
