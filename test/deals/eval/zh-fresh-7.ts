import type { GoldParagraph } from './gold';

// A seventh batch of Chinese paragraphs for issue 17, written by session dealszh18 in two parts, each scored before
// any rule was written for it: batch A (zh7-a-…) first, batch B (zh7-b-…) only after the rules for batch A were in.
// Aimed at the held-out gap (Chinese precision): over a third report no deal, each a sentence a careless reader would
// take for one — rumours and denials, talks, deals ended, IPO tutoring, filings accepted or approved, an offer opened
// without a price, a fund's own fund-raising, 定增 plans, 增持/减持 on the market, pledges, bank credit, results,
// market value and share moves. The deals: investors across clauses (由A领投，B、C跟投，老股东D持续加注), valuations,
// prices with buyers and sellers, dates in the text (2023年3月, 上月, 上周五), share-swap mergers and consolidations,
// state transfers, tender offers, roundups of several rounds. Styles: 36氪 / 投资界 / 投中网, 财联社电报, 证券时报 /
// 上证报 / 证券日报, 21世纪经济报道, 第一财经, 界面, 晚点, 经济观察报, 港股 (simplified and traditional: 信報, 經濟日報,
// 明報), 科创板 / 北交所, 并购重组公告, 国资划转, 地方新闻, 周报, 台湾財經 (新台幣). All companies are fictional-but-plausible
// unless `note` says otherwise; no sentence is copied from an article.
export const PARAGRAPHS: readonly GoldParagraph[] = [
  // ---- batch A ----
  {
    id: 'zh7-a-001', lang: 'zh', style: 'cn-36kr', date: '2026-03-10',
    text: '36氪获悉，工业视觉检测公司「澜途智能」近日完成2.5亿元B轮融资。本轮由经纬创投领投，蓝驰创投、线性资本跟投，老股东奇绩创坛持续加注。本轮资金将用于海外市场拓展和新一代检测算法的研发。',
    deals: [{
      type: 'funding', target: ['澜途智能'], round: 'B轮', amount: { currency: 'CNY', amount: 250_000_000 },
      parties: [{ name: '经纬创投', role: 'lead' }, { name: '蓝驰创投', role: 'participant' }, { name: '线性资本', role: 'participant' }, { name: '奇绩创坛', role: 'participant' }],
    }],
    note: 'fictional company; investors in the next sentence, an old backer 持续加注',
  },
  {
    id: 'zh7-a-002', lang: 'zh', style: 'cn-cls-flash', date: '2026-04-15',
    text: '【财联社4月15日电】市场传闻称，某大型家电集团正接洽收购智能门锁厂商鹿启科技的控股权。鹿启科技相关负责人对此回应称，公司经营一切正常，"未与任何一方接触"。',
    deals: [], negative: 'denial',
    note: 'fictional company; a rumoured purchase, denied in the next sentence',
  },
  {
    id: 'zh7-a-003', lang: 'zh', style: 'cn-securities-times', date: '2026-05-20',
    text: '证券时报e公司讯，天承化学5月19日晚间公告，公司通过发行股份及支付现金方式购买江苏瑞芯材料100%股权事项已获中国证监会同意注册，并于近日完成标的资产过户。本次交易作价9.8亿元，交易完成后瑞芯材料成为公司全资子公司。',
    deals: [{ type: 'acquisition', target: ['江苏瑞芯材料', '瑞芯材料'], amount: { currency: 'CNY', amount: 980_000_000 }, parties: [{ name: '天承化学', role: 'acquirer' }], date: '2026-05-19' }],
    note: 'fictional companies; a share-paid purchase registered, named as a 事项, its price in the next sentence',
  },
  {
    id: 'zh7-a-004', lang: 'zh', style: 'hk-press-traditional', date: '2026-06-12',
    text: '主打寵物食品的派樂國際今日在港交所主板掛牌，全球發售8,000萬股，每股定價9.2港元，集資淨額約6.7億港元。是次招股引入三名基石投資者，分別為高瓴、淡馬錫及中國人壽。首日收報10.1港元。',
    deals: [{
      type: 'ipo', target: ['派樂國際'], amount: { currency: 'HKD', amount: 670_000_000 },
      parties: [{ name: '高瓴', role: 'participant' }, { name: '淡馬錫', role: 'participant' }, { name: '中國人壽', role: 'participant' }],
    }],
    note: 'fictional company; a Hong Kong debut, cornerstones after 分別為',
  },
  {
    id: 'zh7-a-005', lang: 'zh', style: 'cn-securities-daily', date: '2026-02-26',
    text: '证监会官网显示，储能系统集成商海辰智储已在江苏证监局办理辅导备案登记，拟首次公开发行股票并在深交所创业板上市，辅导机构为华泰联合证券。公司此前已获得多家产业资本投资。',
    deals: [], negative: 'not-closed',
    note: 'fictional company; IPO tutoring filed; earlier backers, undated, are background',
  },
  {
    id: 'zh7-a-006', lang: 'zh', style: 'cn-vc-press-pedaily', date: '2026-03-18',
    text: '投资界获悉，合成生物公司「源构生物」宣布完成新一轮3亿元融资，投后估值超30亿元。本轮由中平资本领投，招商局创投、国中资本共同参与，原股东红杉中国继续跟投。',
    deals: [{
      type: 'funding', target: ['源构生物'], amount: { currency: 'CNY', amount: 300_000_000 },
      valuation: { currency: 'CNY', amount: 3_000_000_000, basis: 'post' },
      parties: [{ name: '中平资本', role: 'lead' }, { name: '招商局创投', role: 'participant' }, { name: '国中资本', role: 'participant' }, { name: '红杉中国', role: 'participant' }],
    }],
    note: 'fictional company; a round with no name, a post-money valuation, 共同参与 / 原股东…继续跟投',
  },
  {
    id: 'zh7-a-007', lang: 'zh', style: 'cn-21st-century', date: '2026-04-02',
    text: '21世纪经济报道记者获悉，元禾原点近日完成旗下第五期人民币基金的最终关账，募资总额达25亿元，LP包括苏州工业园区引导基金、多家险资及上市公司。该基金将继续聚焦硬科技早期投资。',
    deals: [], negative: 'fund-raise',
    note: 'a VC firm closing its own fund (figures invented)',
  },
  {
    id: 'zh7-a-008', lang: 'zh', style: 'cn-yicai', date: '2026-10-30',
    text: '第一财经记者注意到，受益于AI服务器订单放量，光模块厂商旭光通信今年前三季度营收同比增长近九成，公司市值一度突破3000亿元。多家券商随后上调了公司的目标价。',
    deals: [], negative: 'revenue',
    note: 'fictional company; results and a market value',
  },
  {
    id: 'zh7-a-009', lang: 'zh', style: 'cn-jiemian', date: '2026-05-06',
    text: '界面新闻获悉，连锁药店品牌益康大药房已完成对湖南百草堂医药连锁的收购，交易对价约4.2亿元，出让方为百草堂创始人刘氏家族。收购完成后，益康大药房在湖南的门店数量将超过800家。',
    deals: [{
      type: 'acquisition', target: ['湖南百草堂医药连锁', '百草堂'], amount: { currency: 'CNY', amount: 420_000_000 },
      parties: [{ name: '益康大药房', role: 'acquirer' }, { name: '刘氏家族', role: 'seller' }],
    }],
    note: 'fictional companies; a purchase done, the seller named after 出让方为',
  },
  {
    id: 'zh7-a-010', lang: 'zh', style: 'cn-latepost', date: '2026-07-08',
    text: '《晚点》获悉，具身智能公司「万象具身」已在上月完成约1亿美元的A+轮融资，由美团战投和高瓴创投共同领投，君联资本、蓝驰创投跟投。这是公司半年内完成的第三轮融资。',
    deals: [{
      type: 'funding', target: ['万象具身'], round: 'A+轮', amount: { currency: 'USD', amount: 100_000_000 },
      parties: [{ name: '美团战投', role: 'lead' }, { name: '高瓴创投', role: 'lead' }, { name: '君联资本', role: 'participant' }, { name: '蓝驰创投', role: 'participant' }],
      date: '2026-06',
    }],
    note: 'fictional company; co-leads, 上月; the count of rounds is no deal',
  },
  {
    id: 'zh7-a-011', lang: 'zh', style: 'cn-cls-flash', date: '2026-07-22',
    text: '【财联社7月22日电】金辰电气公告，因交易双方未能就业绩补偿方案达成一致，公司决定终止以支付现金方式收购浙江恒川智控60%股权，并将与交易对方解除已签署的《股权转让协议》。',
    deals: [], negative: 'called-off',
    note: 'fictional companies; a cash purchase called off',
  },
  {
    id: 'zh7-a-012', lang: 'zh', style: 'cn-shanghai-securities-news', date: '2026-07-03',
    text: '上证报记者获悉，省国资委已将所持华西能源集团51%股权无偿划转至省国有资本投资运营公司，相关股权过户手续已于6月30日办理完毕。划转完成后，华西能源集团的实际控制人未发生变化。',
    deals: [{
      type: 'stake-sale', target: ['华西能源集团'],
      parties: [{ name: '省国有资本投资运营公司', role: 'acquirer' }, { name: '省国资委', role: 'seller' }], date: '2026-06-30',
    }],
    note: 'fictional groups; a free transfer of a state stake, registered on a stated day',
  },
  {
    id: 'zh7-a-013', lang: 'zh', style: 'cn-chinaventure-weekly', date: '2026-07-12',
    text: '【投中网一周融资】7月第二周，企业服务赛道共披露融资9起。其中，数据治理平台「数衡云」完成1.8亿元B轮融资，由深创投领投；低代码厂商「轻格科技」获得5000万元A+轮融资，投资方为云启资本；HR SaaS公司「薪福通」宣布完成Pre-A轮融资，由九合创投独家投资，金额未披露。另有一家头部CRM厂商被曝正在筹备新一轮融资。',
    deals: [
      { type: 'funding', target: ['数衡云'], round: 'B轮', amount: { currency: 'CNY', amount: 180_000_000 }, parties: [{ name: '深创投', role: 'lead' }] },
      { type: 'funding', target: ['轻格科技'], round: 'A+轮', amount: { currency: 'CNY', amount: 50_000_000 }, parties: [{ name: '云启资本', role: 'participant' }] },
      { type: 'funding', target: ['薪福通'], round: 'Pre-A轮', parties: [{ name: '九合创投', role: 'lead' }] },
    ],
    note: 'fictional companies; a weekly roundup of three rounds, a count and a round only prepared',
  },
  {
    id: 'zh7-a-014', lang: 'zh', style: 'cn-securities-daily', date: '2026-08-19',
    text: '半导体设备企业中科晶测今日登陆上交所科创板，公司本次公开发行股票6000万股，发行价格为每股28.88元，募集资金总额17.33亿元，扣除发行费用后募集资金净额约16.1亿元。开盘后股价一度上涨超过200%。',
    deals: [{ type: 'ipo', target: ['中科晶测'], amount: { currency: 'CNY', amount: 1_733_000_000 }, parties: [] }],
    note: 'fictional company; a STAR Market debut, gross and net proceeds',
  },
  {
    id: 'zh7-a-015', lang: 'zh', style: 'hk-press-traditional', date: '2026-06-23',
    text: '據香港經濟日報報道，本地連鎖牙科集團康齒醫療今日起招股，至下周二截止，擬發行1億股，招股價介乎5.5至6.3港元，集資最多6.3億港元，預期於下月3日掛牌。',
    deals: [], negative: 'not-closed',
    note: 'fictional company; an offer opened, a price range, no listing yet',
  },
  {
    id: 'zh7-a-016', lang: 'zh', style: 'cn-local-news', date: '2026-04-28',
    text: '本报讯（记者 陈静）日前，我市高新区企业瑞光激光完成8000万元A轮融资，本轮由市天使投资基金领投，区科创基金和朗玛峰创投跟投。据悉，这笔资金将主要用于超快激光器产线建设。',
    deals: [{
      type: 'funding', target: ['瑞光激光'], round: 'A轮', amount: { currency: 'CNY', amount: 80_000_000 },
      parties: [{ name: '市天使投资基金', role: 'lead' }, { name: '区科创基金', role: 'participant' }, { name: '朗玛峰创投', role: 'participant' }],
    }],
    note: 'fictional companies; a local paper, city and district funds as investors',
  },
  {
    id: 'zh7-a-017', lang: 'zh', style: 'cn-securities-times', date: '2026-09-03',
    text: '海星股份公告，公司拟向控股股东海星集团定向增发不超过1.2亿股，募集资金不超过9.6亿元，全部用于补充流动资金，控股股东将以现金全额认购。该事项尚需股东大会审议通过并报深交所审核。',
    deals: [], negative: 'not-closed',
    note: 'fictional companies; a placement to the parent, planned',
  },
  {
    id: 'zh7-a-018', lang: 'zh', style: 'cn-exchange-announcement', date: '2026-12-07',
    text: '中钢设备与中钢工程双双公告，中钢设备换股吸收合并中钢工程事项已实施完毕，中钢工程已终止上市并注销法人资格，其全部资产、负债及人员由中钢设备承继。',
    deals: [{ type: 'merger', target: ['中钢工程'], parties: [{ name: '中钢设备', role: 'acquirer' }] }],
    note: 'fictional terms on real-sounding names; a share-swap absorption completed',
  },
  {
    id: 'zh7-a-019', lang: 'zh', style: 'cn-cls-flash', date: '2026-11-03',
    text: '【财联社11月3日电】东方精密公告，公司控股股东东方控股于11月2日通过集中竞价方式增持公司股份300万股，增持金额约4500万元，并计划在未来6个月内继续增持不低于1亿元。',
    deals: [], negative: 'other',
    note: 'fictional companies; a parent buying shares on the market',
  },
  {
    id: 'zh7-a-020', lang: 'zh', style: 'cn-36kr', date: '2026-05-14',
    text: '36氪获悉，AI编程工具「码灵科技」已完成由红杉中国领投、IDG资本和源码资本跟投的2亿元B轮融资，本轮投前估值约15亿元。据了解，码灵科技成立于2023年，核心团队来自字节跳动。',
    deals: [{
      type: 'funding', target: ['码灵科技'], round: 'B轮', amount: { currency: 'CNY', amount: 200_000_000 },
      valuation: { currency: 'CNY', amount: 1_500_000_000, basis: 'pre' },
      parties: [{ name: '红杉中国', role: 'lead' }, { name: 'IDG资本', role: 'participant' }, { name: '源码资本', role: 'participant' }],
    }],
    note: 'fictional company; investors before the round, a pre-money valuation; the founders’ old employer is no investor',
  },
  {
    id: 'zh7-a-021', lang: 'zh', style: 'cn-latepost', date: '2026-08-25',
    text: '据《晚点》了解，电动车企业星途汽车正与一家中东主权基金就约5亿美元的战略投资进行谈判，双方已完成尽职调查，但最终条款仍有变数。星途汽车方面对此不予置评。',
    deals: [], negative: 'talks',
    note: 'fictional company; an investment in talks after due diligence',
  },
  {
    id: 'zh7-a-022', lang: 'zh', style: 'tw-press', date: '2026-09-24',
    text: '台灣IC設計廠聯穎科技昨日公告，董事會通過並已完成以新台幣12.75億元認購矽睿電子私募普通股1,500萬股，取得約18%股權，成為其最大股東。',
    deals: [{ type: 'stake-sale', target: ['矽睿電子'], amount: { currency: 'TWD', amount: 1_275_000_000 }, parties: [{ name: '聯穎科技', role: 'acquirer' }] }],
    note: 'fictional companies; a private placement taken up for a stake, traditional characters',
  },
  {
    id: 'zh7-a-023', lang: 'zh', style: 'tw-press', date: '2026-11-11',
    text: '晶元半導體昨日公布10月營收，合併營收達新台幣3,142億元，月增9.4%、年增22.5%，創單月歷史新高。外資法人預期，第四季營收有望再創新高。',
    deals: [], negative: 'revenue',
    note: 'fictional company; monthly revenue in 新台幣',
  },
  {
    id: 'zh7-a-024', lang: 'zh', style: 'cn-securities-daily', date: '2026-06-30',
    text: '北交所今日迎来两只新股上市。其中，汽车电子企业恒拓电子本次公开发行1800万股，发行价格为15.6元/股，募集资金总额2.81亿元；另一家新股则是工业阀门企业中阀科技，募资总额1.92亿元。',
    deals: [
      { type: 'ipo', target: ['恒拓电子'], amount: { currency: 'CNY', amount: 281_000_000 }, parties: [] },
      { type: 'ipo', target: ['中阀科技'], amount: { currency: 'CNY', amount: 192_000_000 }, parties: [] },
    ],
    note: 'fictional companies; two Beijing Stock Exchange debuts in one sentence',
  },
  {
    id: 'zh7-a-025', lang: 'zh', style: 'cn-21st-century', date: '2026-10-13',
    text: '21世纪经济报道记者梳理发现，早在2023年3月，天齐材料就曾以约2亿美元收购智利锂盐厂商Andes Litio 30%股权；如今，公司再度把目光投向非洲，但相关收购仍处于尽调阶段。',
    deals: [{ type: 'stake-sale', target: ['Andes Litio'], amount: { currency: 'USD', amount: 200_000_000 }, parties: [{ name: '天齐材料', role: 'acquirer' }], date: '2023-03' }],
    note: 'fictional companies; a dated past purchase is reported; the new one is in due diligence',
  },
  {
    id: 'zh7-a-026', lang: 'zh', style: 'cn-securities-times', date: '2026-03-27',
    text: '宏达电子公告，公司控股股东宏达投资将其持有的公司4500万股股份质押给中信证券，质押融资资金主要用于偿还前期借款；此外，公司近日获得招商银行20亿元综合授信。',
    deals: [], negative: 'other',
    note: 'fictional companies; a share pledge and a bank credit line',
  },
  {
    id: 'zh7-a-027', lang: 'zh', style: 'cn-jiemian', date: '2026-09-16',
    text: '界面新闻获悉，新能源重卡制造商「启源重卡」今日正式在港交所主板挂牌上市，发行价每股21港元，全球发售所得款项净额约15.4亿港元。基石投资者包括宁德时代、阿布扎比投资局和高瓴资本。',
    deals: [{
      type: 'ipo', target: ['启源重卡'], amount: { currency: 'HKD', amount: 1_540_000_000 },
      parties: [{ name: '宁德时代', role: 'participant' }, { name: '阿布扎比投资局', role: 'participant' }, { name: '高瓴资本', role: 'participant' }],
    }],
    note: 'fictional company; a Hong Kong debut in simplified characters, cornerstones in the next sentence',
  },
  {
    id: 'zh7-a-028', lang: 'zh', style: 'cn-cls-flash', date: '2026-09-11',
    text: '【财联社9月11日电】上交所上市审核委员会2026年第38次审议会议结果显示，功率半导体企业芯能半导体首发获通过，公司拟在科创板募资18亿元。',
    deals: [], negative: 'not-closed',
    note: 'fictional company; an IPO approved by the listing committee, not yet listed',
  },
  {
    id: 'zh7-a-029', lang: 'zh', style: 'cn-securities-daily', date: '2026-11-02',
    text: '证券日报记者注意到，浙江海宁控股对新安药业发起的部分要约收购已于10月29日届满，最终有效预受股份共计5800万股，占总股本的29%，海宁控股由此成为新安药业控股股东，本次要约收购资金总额约10.4亿元。',
    deals: [{ type: 'stake-sale', target: ['新安药业'], amount: { currency: 'CNY', amount: 1_040_000_000 }, parties: [{ name: '浙江海宁控股', role: 'acquirer' }], date: '2026-10-29' }],
    note: 'fictional companies; a partial tender offer completed, control passed',
  },
  {
    id: 'zh7-a-030', lang: 'zh', style: 'cn-vc-press-pedaily', date: '2026-02-05',
    text: '投资界消息，国家中小企业发展基金与深圳市引导基金共同出资设立的深圳中小企业发展子基金已完成工商注册，目标规模50亿元，由达晨财智担任管理人。',
    deals: [], negative: 'fund-raise',
    note: 'fictional fund; a sub-fund registered by two state funds',
  },
  {
    id: 'zh7-a-031', lang: 'zh', style: 'cn-economic-observer', date: '2026-08-03',
    text: '经济观察报记者获悉，江南农商银行与太湖农商银行合并组建苏南农商银行一事已于近日完成，新银行注册资本68亿元，原两家银行法人资格同时注销。',
    deals: [{ type: 'merger', target: ['江南农商银行'], parties: [{ name: '太湖农商银行', role: 'participant' }] }],
    note: 'fictional banks; a consolidation into a new bank, no survivor; the registered capital is no amount',
  },
  {
    id: 'zh7-a-032', lang: 'zh', style: 'cn-yicai', date: '2026-06-04',
    text: '第一财经记者获悉，大模型公司「深空智能」近日获得新一轮战略投资，金额达10亿元。投资方为上海人工智能产业投资基金，联想创投、中移资本亦参与其中。本轮资金主要用于算力储备。',
    deals: [{
      type: 'funding', target: ['深空智能'], round: 'strategic', amount: { currency: 'CNY', amount: 1_000_000_000 },
      parties: [{ name: '上海人工智能产业投资基金', role: 'participant' }, { name: '联想创投', role: 'participant' }, { name: '中移资本', role: 'participant' }],
    }],
    note: 'fictional company; the amount after the round, investors in the next sentence (投资方为 / 亦参与其中)',
  },
  {
    id: 'zh7-a-033', lang: 'zh', style: 'cn-securities-times', date: '2026-12-02',
    text: '华康医疗公告，公司股东启明创投于11月通过大宗交易方式合计减持公司股份520万股，减持总金额约1.9亿元，本次减持后其持股比例降至4.98%，不再是公司持股5%以上股东。',
    deals: [], negative: 'other',
    note: 'fictional company; a shareholder selling down in block trades, no buyer named',
  },
  {
    id: 'zh7-a-034', lang: 'zh', style: 'hk-press-traditional', date: '2026-09-14',
    text: '《信報》報道，本地上市物流商嘉華物流宣佈，已以現金約3.6億港元向母公司收購深圳前海冷鏈物流有限公司全部股權，交易於上周五完成，將即時提升集團於大灣區的冷庫容量。',
    deals: [{ type: 'acquisition', target: ['深圳前海冷鏈物流有限公司', '前海冷鏈物流'], amount: { currency: 'HKD', amount: 360_000_000 }, parties: [{ name: '嘉華物流', role: 'acquirer' }], date: '2026-09-11' }],
    note: 'fictional companies; a purchase from the parent completed 上周五, traditional characters',
  },
  {
    id: 'zh7-a-035', lang: 'zh', style: 'cn-36kr', date: '2026-10-21',
    text: '36氪获悉，北交所已受理激光雷达厂商光曜科技的上市申请，公司拟公开发行不超过3000万股，募集资金4.5亿元。光曜科技曾于2024年完成由北汽产投领投的C轮融资。',
    deals: [{ type: 'funding', target: ['光曜科技'], round: 'C轮', parties: [{ name: '北汽产投', role: 'lead' }] }],
    note: 'fictional company; a filing accepted is no listing; a dated named earlier round is reported (its year alone is no date the gold can state)',
  },
  {
    id: 'zh7-a-036', lang: 'zh', style: 'cn-securities-daily', date: '2026-07-17',
    text: '国联能源公告，公司申请面向专业投资者公开发行不超过30亿元公司债券已获上交所受理，本次债券期限不超过10年，募集资金拟用于偿还有息债务。',
    deals: [], negative: 'not-closed',
    note: 'fictional company; a bond issue filed, not done',
  },
  {
    id: 'zh7-a-037', lang: 'zh', style: 'cn-economic-observer', date: '2026-05-25',
    text: '经济观察报记者获悉，德国工业集团Kroner已完成对宁波轴承制造商甬欣轴承的收购，取得后者75%股权，交易金额未披露。这是Kroner今年在华完成的第二笔并购。',
    deals: [{ type: 'stake-sale', target: ['甬欣轴承'], parties: [{ name: 'Kroner', role: 'acquirer' }] }],
    note: 'fictional companies; a foreign buyer named in Latin letters; the count of its deals is none of them',
  },
  {
    id: 'zh7-a-038', lang: 'zh', style: 'cn-cls-flash', date: '2026-08-06',
    text: '【财联社8月6日电】并购重组概念股午后持续走强，天利科技、华纳药业等多股涨停。消息面上，监管层近日发文支持上市公司通过并购重组提升投资价值。',
    deals: [], negative: 'share-move',
    note: 'fictional names; share moves on merger hopes',
  },
  {
    id: 'zh7-a-039', lang: 'zh', style: 'cn-tech-press', date: '2026-04-09',
    text: '机器人公司「灵犀动力」宣布完成5亿元C轮融资，由比亚迪领投，小米集团跟投。公司同时宣布，已全资收购深圳一家伺服电机企业驱动者科技，以补齐核心零部件能力。',
    deals: [
      { type: 'funding', target: ['灵犀动力'], round: 'C轮', amount: { currency: 'CNY', amount: 500_000_000 }, parties: [{ name: '比亚迪', role: 'lead' }, { name: '小米集团', role: 'participant' }] },
      { type: 'acquisition', target: ['驱动者科技'], parties: [{ name: '灵犀动力', role: 'acquirer' }] },
    ],
    note: 'fictional companies; a round and a purchase, the buyer told as 公司',
  },
  {
    id: 'zh7-a-040', lang: 'zh', style: 'cn-securities-times', date: '2026-10-27',
    text: '华夏船舶与东海船舶同时披露换股吸收合并预案，华夏船舶拟向东海船舶全体股东发行A股股票，换股吸收合并东海船舶，换股比例为1:1.32，合并完成后东海船舶将终止上市。',
    deals: [{ type: 'merger', target: ['东海船舶'], parties: [{ name: '华夏船舶', role: 'acquirer' }] }],
    note: 'fictional companies; a share-swap absorption with its ratio set (as zh6-a-007 reads one)',
  },
  // ---- batch B (written after the rules for batch A, scored before any rule for it) ----
  {
    id: 'zh7-b-001', lang: 'zh', style: 'cn-cls-flash', date: '2026-03-05',
    text: '【财联社3月5日电】有媒体报道称，家电龙头美智集团将以约15亿元收购厨电品牌火候电器的控股权。对此，美智集团相关人士表示，"以公司公告为准"。',
    deals: [], negative: 'rumour',
    note: 'fictional companies; a report of a purchase, no confirmation',
  },
  {
    id: 'zh7-b-002', lang: 'zh', style: 'cn-36kr', date: '2026-04-22',
    text: '36氪获悉，家庭储能品牌「极序能源」近日完成数亿元B+轮融资，本轮由国投创合和中金资本联合领投，招银国际、元禾璞华等跟投，华兴资本担任独家财务顾问。本轮资金将用于欧洲渠道建设。',
    deals: [{
      type: 'funding', target: ['极序能源'], round: 'B+轮',
      parties: [{ name: '国投创合', role: 'lead' }, { name: '中金资本', role: 'lead' }, { name: '招银国际', role: 'participant' }, { name: '元禾璞华', role: 'participant' }],
    }],
    note: 'fictional company; co-leads, followers ending in 等, an adviser who is no investor; 数亿元 is no amount',
  },
  {
    id: 'zh7-b-003', lang: 'zh', style: 'hk-press-traditional', date: '2026-05-27',
    text: '《明報》消息，內地咖啡連鎖品牌瑞鹿咖啡昨晚暗盤收報7.8港元，較招股價6.5港元高20%，每手賺650港元。該股今日正式在港交所主板掛牌。',
    deals: [{ type: 'ipo', target: ['瑞鹿咖啡'], parties: [] }],
    note: 'fictional company; grey-market trading, then the listing today (no proceeds stated)',
  },
  {
    id: 'zh7-b-004', lang: 'zh', style: 'cn-securities-times', date: '2026-06-09',
    text: '证券时报记者注意到，城投控股6月8日晚公告，公司拟以自有资金5亿元认购上海集成电路产业二期基金的有限合伙份额，认缴出资完成后将持有该基金约4.2%的份额。',
    deals: [], negative: 'fund-raise',
    note: 'fictional names; a commitment to a fund as a limited partner is no deal',
  },
  {
    id: 'zh7-b-005', lang: 'zh', style: 'cn-latepost', date: '2026-02-12',
    text: '《晚点》独家获悉，自动驾驶卡车公司「驰远智运」已于今年1月完成2亿美元C轮融资，投资方包括中东主权基金穆巴达拉、顺丰集团和老股东高瓴创投。知情人士称，本轮融资后驰远智运估值接近15亿美元。',
    deals: [{
      type: 'funding', target: ['驰远智运'], round: 'C轮', amount: { currency: 'USD', amount: 200_000_000 },
      valuation: { currency: 'USD', amount: 1_500_000_000 },
      parties: [{ name: '穆巴达拉', role: 'participant' }, { name: '顺丰集团', role: 'participant' }, { name: '高瓴创投', role: 'participant' }],
      date: '2026-01',
    }],
    note: 'fictional company; a dated round, investors after 投资方包括, a valuation from sources after the round is done',
  },
  {
    id: 'zh7-b-006', lang: 'zh', style: 'cn-securities-daily', date: '2026-07-21',
    text: '北交所上市委员会今日召开审议会议，机器人减速器制造商精传科技的首发申请获得通过。公司拟公开发行不超过2500万股，募集资金3.6亿元，保荐机构为国泰海通证券。',
    deals: [], negative: 'not-closed',
    note: 'fictional company; an IPO approved by a listing committee',
  },
  {
    id: 'zh7-b-007', lang: 'zh', style: 'cn-exchange-announcement', date: '2026-08-14',
    text: '长信科技公告，公司以现金6.3亿元受让深圳光联通信51%股权事项已完成工商变更登记，转让方为光联通信原控股股东深圳鼎晖投资，光联通信自本月起纳入公司合并报表范围。',
    deals: [{
      type: 'stake-sale', target: ['深圳光联通信', '光联通信'], amount: { currency: 'CNY', amount: 630_000_000 },
      parties: [{ name: '长信科技', role: 'acquirer' }, { name: '深圳鼎晖投资', role: 'seller' }],
    }],
    note: 'fictional companies; a majority stake bought and registered, the seller after 转让方为',
  },
  {
    id: 'zh7-b-008', lang: 'zh', style: 'cn-21st-century', date: '2026-05-11',
    text: '21世纪经济报道记者获悉，市场此前流传的"远望医疗获国资入股"一事并未成行。远望医疗董秘对记者表示，公司与相关国资平台确曾接触，但双方在估值上分歧较大，谈判已于上月终止。',
    deals: [], negative: 'called-off',
    note: 'fictional company; a stake talked of, talks ended',
  },
  {
    id: 'zh7-b-009', lang: 'zh', style: 'cn-jiemian', date: '2026-09-02',
    text: '界面新闻从知情人士处获悉，吉利旗下出行平台曹运出行已完成新一轮融资，金额约10亿元，由苏州国资领投，但曹运出行方面尚未对外确认上述消息。',
    deals: [], negative: 'rumour',
    note: 'fictional names; a round told by sources, unconfirmed (a careful reader would not store it)',
  },
  {
    id: 'zh7-b-010', lang: 'zh', style: 'cn-yicai', date: '2026-10-19',
    text: '第一财经记者获悉，国内最大的宠物医院连锁之一安宠医疗已被瑞派控股收入囊中，交易于9月底完成交割，交易金额约18亿元。瑞派控股方面称，收购后将保留安宠医疗的品牌和管理团队。',
    deals: [{ type: 'acquisition', target: ['安宠医疗'], amount: { currency: 'CNY', amount: 1_800_000_000 }, parties: [{ name: '瑞派控股', role: 'acquirer' }], date: '2026-09' }],
    note: 'fictional companies; 被…收入囊中, closed at the end of last month',
  },
  {
    id: 'zh7-b-011', lang: 'zh', style: 'cn-securities-times', date: '2026-11-05',
    text: '华锋股份公告，公司2025年度向特定对象发行A股股票事项已获得中国证监会同意注册的批复，批复自同意注册之日起12个月内有效，公司将在批复有效期内择机发行。',
    deals: [], negative: 'not-closed',
    note: 'fictional company; a placement registered, not yet issued',
  },
  {
    id: 'zh7-b-012', lang: 'zh', style: 'hk-press-traditional', date: '2026-07-15',
    text: '據《信報》報道，電動車充電樁營運商速充科技今日在港交所主板上市，以招股價下限每股4.1港元定價，集資淨額約3.8億港元，首日開市即跌穿招股價，收市報3.6港元。',
    deals: [{ type: 'ipo', target: ['速充科技'], amount: { currency: 'HKD', amount: 380_000_000 }, parties: [] }],
    note: 'fictional company; a Hong Kong debut priced at the bottom that broke issue',
  },
  {
    id: 'zh7-b-013', lang: 'zh', style: 'cn-local-news', date: '2026-06-18',
    text: '本报讯 昨日，市属国企文旅集团与城发集团签署协议，将所持本市旅游发展公司100%股权无偿划转至城发集团。市国资委表示，此次划转完成后，将进一步优化国有资本布局。目前相关手续正在办理中。',
    deals: [], negative: 'not-closed',
    note: 'fictional groups; a state transfer signed, the registration still under way',
  },
  {
    id: 'zh7-b-014', lang: 'zh', style: 'cn-vc-press-pedaily', date: '2026-03-26',
    text: '投资界获悉，脑机接口公司「神工智联」宣布完成1.2亿元天使+轮融资，由北京市人工智能产业投资基金独家投资。这是神工智联继去年底获得天使轮融资后的第二轮融资。',
    deals: [{ type: 'funding', target: ['神工智联'], round: '天使+轮', amount: { currency: 'CNY', amount: 120_000_000 }, parties: [{ name: '北京市人工智能产业投资基金', role: 'lead' }] }],
    note: 'fictional company; a sole investor; an earlier round recalled in 继…后 is background',
  },
  {
    id: 'zh7-b-015', lang: 'zh', style: 'cn-cls-flash', date: '2026-04-08',
    text: '【财联社4月8日电】锂电设备商先导精工公告，公司已完成2025年限制性股票激励计划首次授予登记，向326名激励对象授予1200万股，同时公司控股股东计划增持不超过2亿元。',
    deals: [], negative: 'other',
    note: 'fictional company; a share award and a planned purchase by the parent',
  },
  {
    id: 'zh7-b-016', lang: 'zh', style: 'cn-securities-daily', date: '2026-09-24',
    text: '科创板今日迎来新股芯驰存储上市。公司本次发行价格为每股36.18元，发行数量8000万股，募集资金总额28.94亿元，战略投资者包括国家集成电路产业投资基金三期、中国电子旗下中电投控等。',
    deals: [{
      type: 'ipo', target: ['芯驰存储'], amount: { currency: 'CNY', amount: 2_894_000_000 },
      parties: [{ name: '国家集成电路产业投资基金三期', role: 'participant' }, { name: '中电投控', role: 'participant' }],
    }],
    note: 'fictional company; a STAR debut after 迎来新股, two strategic placees, one named after its parent (中国电子旗下中电投控: gold corrected after the before-score, which had called the arm unnamed)',
  },
  {
    id: 'zh7-b-017', lang: 'zh', style: 'cn-economic-observer', date: '2026-08-29',
    text: '经济观察报记者了解到，房地产企业华远置业正在推进一笔规模约40亿元的债务重组，债权人包括多家信托公司和银行。若方案落地，华远置业的有息负债将下降三成。',
    deals: [], negative: 'other',
    note: 'fictional company; a debt restructuring under way',
  },
  {
    id: 'zh7-b-018', lang: 'zh', style: 'tw-press', date: '2026-10-06',
    text: '台灣PCB大廠欣泰電子今日宣布，以約新台幣42億元收購泰國電路板廠Siam Circuit全部股權，交割已於本月1日完成，將使集團東南亞產能提升四成。',
    deals: [{ type: 'acquisition', target: ['Siam Circuit'], amount: { currency: 'TWD', amount: 4_200_000_000 }, parties: [{ name: '欣泰電子', role: 'acquirer' }], date: '2026-10-01' }],
    note: 'fictional companies; a Taiwan buyer, a Thai target named in Latin letters, closed on the 1st',
  },
  {
    id: 'zh7-b-019', lang: 'zh', style: 'tw-press', date: '2026-11-20',
    text: '興櫃生技公司康研生醫董事會昨日決議辦理現金增資發行新股2,000萬股，預計募資新台幣6億元，將用於新藥臨床試驗，增資基準日另行公告。',
    deals: [], negative: 'not-closed',
    note: 'fictional company; a cash capital increase resolved by the board, not yet done',
  },
  {
    id: 'zh7-b-020', lang: 'zh', style: 'cn-chinaventure-weekly', date: '2026-05-30',
    text: '【投中网周报】本周硬科技领域融资活跃。具身智能企业云鲸动力完成3亿元A轮融资，由红杉中国领投，蓝驰创投、金沙江创投跟投；卫星通信公司天链星网获得数亿元战略融资，投资方为中国电信旗下天翼资本；此外，半导体材料商晶瑞新材宣布以2.6亿元收购苏州一家光刻胶企业启明光材。',
    deals: [
      { type: 'funding', target: ['云鲸动力'], round: 'A轮', amount: { currency: 'CNY', amount: 300_000_000 }, parties: [{ name: '红杉中国', role: 'lead' }, { name: '蓝驰创投', role: 'participant' }, { name: '金沙江创投', role: 'participant' }] },
      { type: 'funding', target: ['天链星网'], round: 'strategic', parties: [{ name: '天翼资本', role: 'participant' }] },
      { type: 'acquisition', target: ['启明光材'], amount: { currency: 'CNY', amount: 260_000_000 }, parties: [{ name: '晶瑞新材', role: 'acquirer' }] },
    ],
    note: 'fictional companies; a weekly roundup of two rounds and a purchase',
  },
  {
    id: 'zh7-b-021', lang: 'zh', style: 'cn-shanghai-securities-news', date: '2026-12-01',
    text: '上证报记者获悉，上海建材集团吸收合并上海玻璃集团的工作已全部完成，上海玻璃集团依法注销，其全部资产、债权债务由上海建材集团承继。',
    deals: [{ type: 'merger', target: ['上海玻璃集团'], parties: [{ name: '上海建材集团', role: 'acquirer' }] }],
    note: 'fictional groups; an absorption of one state group by another, done',
  },
  {
    id: 'zh7-b-022', lang: 'zh', style: 'cn-securities-times', date: '2026-02-03',
    text: '宁波华翔公告，截至1月31日，公司通过集中竞价交易方式已累计回购公司股份850万股，回购总金额约1.2亿元，本次回购方案已实施完毕。',
    deals: [], negative: 'buyback',
    note: 'fictional figures on a real-sounding name; a buyback completed',
  },
  {
    id: 'zh7-b-023', lang: 'zh', style: 'cn-yicai', date: '2026-04-17',
    text: '第一财经记者获悉，国产GPU企业摩芯科技已完成上市辅导，并于近日向上交所递交科创板IPO申请，拟募资80亿元。摩芯科技去年12月完成的C轮融资由国风投基金领投，投后估值约280亿元。',
    deals: [{
      type: 'funding', target: ['摩芯科技'], round: 'C轮',
      valuation: { currency: 'CNY', amount: 28_000_000_000, basis: 'post' },
      parties: [{ name: '国风投基金', role: 'lead' }], date: '2025-12',
    }],
    note: 'fictional company; tutoring done and a filing are no listing; a dated named round recalled is reported',
  },
  {
    id: 'zh7-b-024', lang: 'zh', style: 'cn-36kr', date: '2026-07-30',
    text: '36氪获悉，AI陪伴应用「知遇」完成500万美元种子轮融资，投资方为奇绩创坛和MiraclePlus校友基金。知遇创始人此前曾在微软亚洲研究院工作。',
    deals: [{ type: 'funding', target: ['知遇'], round: '种子轮', amount: { currency: 'USD', amount: 5_000_000 }, parties: [{ name: '奇绩创坛', role: 'participant' }, { name: 'MiraclePlus校友基金', role: 'participant' }] }],
    note: 'fictional company; a two-character app name, a seed round; the founder’s old employer is no investor',
  },
  {
    id: 'zh7-b-025', lang: 'zh', style: 'cn-cls-flash', date: '2026-06-25',
    text: '【财联社6月25日电】恒润重工公告，公司股票因筹划发行股份购买资产事项自今日开市起停牌，标的公司为江苏一家海上风电塔筒制造企业，预计停牌时间不超过10个交易日。',
    deals: [], negative: 'not-closed',
    note: 'fictional company; a purchase being planned, trading halted',
  },
  {
    id: 'zh7-b-026', lang: 'zh', style: 'cn-jiemian', date: '2026-03-19',
    text: '界面新闻获悉，美国生物科技公司Helix Therapeutics已被药明系公司康辉生物以3.2亿美元全资收购，交易已于上周完成。Helix Therapeutics主要从事罕见病基因疗法研发。',
    deals: [{ type: 'acquisition', target: ['Helix Therapeutics'], amount: { currency: 'USD', amount: 320_000_000 }, parties: [{ name: '康辉生物', role: 'acquirer' }] }],
    note: 'fictional companies; a passive purchase of a US company by a Chinese buyer',
  },
  {
    id: 'zh7-b-027', lang: 'zh', style: 'cn-securities-daily', date: '2026-05-06',
    text: '证券日报记者注意到，五一假期后首个交易日，并购重组板块表现活跃，其中拟收购半导体资产的华亚智能盘中涨停，成交额放大至12亿元。',
    deals: [], negative: 'share-move',
    note: 'fictional company; a share move on a planned purchase',
  },
  {
    id: 'zh7-b-028', lang: 'zh', style: 'hk-press-traditional', date: '2026-10-23',
    text: '香港經濟日報報道，本港老牌茶餐廳集團翠華控股宣佈，已向國際私募基金凱輝資本出售旗下內地業務全部權益，作價約2.5億港元，交易於本周二完成。',
    deals: [{ type: 'acquisition', target: ['內地業務'], amount: { currency: 'HKD', amount: 250_000_000 }, parties: [{ name: '凱輝資本', role: 'acquirer' }, { name: '翠華控股', role: 'seller' }] }],
    note: 'fictional terms on real-sounding names; a unit sold to a fund (the unit is the target, as press-styles reads 商用制冷业务; gold corrected to that convention after the before-score), traditional characters',
  },
  {
    id: 'zh7-b-029', lang: 'zh', style: 'cn-local-finance', date: '2026-01-14',
    text: '本报讯 记者从市金融工作局获悉，去年全市企业通过股权融资累计获得资金186亿元，同比增长12%，其中新增上市公司5家，首发募资合计43亿元。',
    deals: [], negative: 'other',
    note: 'city statistics, no deal named',
  },
  {
    id: 'zh7-b-030', lang: 'zh', style: 'cn-securities-times', date: '2026-08-20',
    text: '中电科数字公告，控股股东中国电子科技集团将其持有的公司29.9%股份无偿划转至中电科投资控股，相关股份已于8月19日完成过户登记，公司实际控制人未发生变化。',
    deals: [{ type: 'stake-sale', target: ['中电科数字'], parties: [{ name: '中电科投资控股', role: 'acquirer' }, { name: '中国电子科技集团', role: 'seller' }], date: '2026-08-19' }],
    note: 'fictional transfer on real-sounding names; shares of the announcer transferred free between state holders',
  },
  {
    id: 'zh7-b-031', lang: 'zh', style: 'cn-21st-century', date: '2026-09-28',
    text: '21世纪经济报道记者注意到，今年以来已有超过20家A股公司宣布终止重大资产重组，其中不乏百亿市值公司。业内人士认为，标的估值过高和业绩承诺难以兑现是主要原因。',
    deals: [], negative: 'called-off',
    note: 'statistics of purchases called off, none named',
  },
  {
    id: 'zh7-b-032', lang: 'zh', style: 'cn-latepost', date: '2026-11-12',
    text: '据《晚点》了解，外卖平台饿了么的竞争对手闪送科技正在寻求出售，潜在买家包括京东和美团，但目前各方仍处于早期接触阶段，尚未提交正式报价。',
    deals: [], negative: 'talks',
    note: 'fictional target; a sale sought, buyers named as possible',
  },
  {
    id: 'zh7-b-033', lang: 'zh', style: 'cn-vc-flash', date: '2026-02-24',
    text: '投中网获悉，宠物智能硬件公司「喵伴科技」已完成Pre-A轮融资，由小米旗下顺为资本领投，老股东险峰长青跟投，融资金额为数千万元人民币。',
    deals: [{ type: 'funding', target: ['喵伴科技'], round: 'Pre-A轮', parties: [{ name: '顺为资本', role: 'lead' }, { name: '险峰长青', role: 'participant' }] }],
    note: 'fictional company; the lead named with its parent (小米旗下顺为资本), a vague amount',
  },
  {
    id: 'zh7-b-034', lang: 'zh', style: 'cn-financial-daily', date: '2026-06-03',
    text: '记者注意到，新能源车企极途汽车近日获得国家开发银行、中国银行等组成的银团提供的120亿元授信，主要用于新一代平台研发和海外工厂建设。',
    deals: [], negative: 'other',
    note: 'fictional company; a syndicated credit line',
  },
  {
    id: 'zh7-b-035', lang: 'zh', style: 'cn-securities-daily', date: '2026-03-30',
    text: '全球最大的锂电隔膜企业之一恩捷股份于纳斯达克上市的子公司SEMCORP Global今日正式交易，本次IPO发行1500万股美国存托股，发行价每股16美元，募资总额2.4亿美元。',
    deals: [{ type: 'ipo', target: ['SEMCORP Global'], amount: { currency: 'USD', amount: 240_000_000 }, parties: [] }],
    note: 'fictional listing of a real-sounding parent’s unit; a US IPO in Chinese',
  },
  {
    id: 'zh7-b-036', lang: 'zh', style: 'cn-cls-flash', date: '2026-10-09',
    text: '【财联社10月9日电】据港交所披露，内地物业管理公司华润万象生活拟以约12亿港元收购某独立第三方物业公司全部股权，相关协议尚未签署，交易仍存在不确定性。',
    deals: [], negative: 'not-closed',
    note: 'fictional terms on a real-sounding name; a purchase of an unnamed company, not signed',
  },
  {
    id: 'zh7-b-037', lang: 'zh', style: 'cn-tech-press', date: '2026-08-07',
    text: '开源芯片公司「芯来智融」宣布完成5亿元B轮融资，由中国互联网投资基金领投，深创投、毅达资本和合肥产投跟投。同时，芯来智融完成了对杭州指令集工具厂商码芯科技的控股收购，持股比例达60%。',
    deals: [
      { type: 'funding', target: ['芯来智融'], round: 'B轮', amount: { currency: 'CNY', amount: 500_000_000 }, parties: [{ name: '中国互联网投资基金', role: 'lead' }, { name: '深创投', role: 'participant' }, { name: '毅达资本', role: 'participant' }, { name: '合肥产投', role: 'participant' }] },
      { type: 'stake-sale', target: ['码芯科技'], parties: [{ name: '芯来智融', role: 'acquirer' }] },
    ],
    note: 'fictional companies; a round, then a controlling stake bought by the funded company',
  },
  {
    id: 'zh7-b-038', lang: 'zh', style: 'cn-exchange-announcement', date: '2026-12-03',
    text: '海正药业公告，公司拟通过协议转让方式将所持子公司海正动保80%股权转让给瑞普生物，转让价格为8亿元，本次交易尚需提交公司股东大会审议，且需通过国家市场监督管理总局的经营者集中审查。',
    deals: [], negative: 'not-closed',
    note: 'fictional terms on real-sounding names; a sale planned, pending the meeting and antitrust review',
  },
  {
    id: 'zh7-b-039', lang: 'zh', style: 'cn-latepost', date: '2026-12-04',
    text: '据《晚点》了解，今年上半年，小红书以约5亿元收购了播客平台声境FM，收购完成后声境FM将作为独立品牌运营。此前，声境FM曾获得B站和五源资本的投资。',
    deals: [{ type: 'acquisition', target: ['声境FM'], amount: { currency: 'CNY', amount: 500_000_000 }, parties: [{ name: '小红书', role: 'acquirer' }] }],
    note: 'fictional target; a purchase in the first half of the year (no month: no date the gold can state; a bare year removed after the before-score as not the gold format); earlier backers undated are background',
  },
  {
    id: 'zh7-b-040', lang: 'zh', style: 'cn-securities-times', date: '2026-05-15',
    text: '中航电测公告，公司发行股份购买成都飞机工业（集团）有限责任公司100%股权的重组事项已获得上交所并购重组审核委员会审核通过，尚需获得中国证监会注册。',
    deals: [], negative: 'not-closed',
    note: 'fictional step in a real-sounding restructuring; approved by the committee, registration pending',
  },
];
