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
];
