import type { GoldParagraph } from './gold';

// A fifth batch of Chinese paragraphs for issue 17, written by session dealszh16 in nine parts, each scored
// before any rule was written for it: batch A (zh5-a-…) first, batch B (zh5-b-…) only after the rules for
// batch A were in, batch C (zh5-c-…) after the rules for batch B, D after those for C, E after those for D, F after those for E, G after those for F, H after those for G, and a last part of hard negatives (zh5-i-…). Styles: 36氪 / 投资界式快讯, 财联社电报, 证券时报 / 上证报公告解读, 交易所公告, 港股通讯, 晚点 /
// 界面式深度稿, 地方财经报, 融资周报, 周刊, 出海报道 (英文名夹杂), 新闻稿, 繁体港台财经. Aimed at what earlier batches
// showed the reader misses: long lead-ins (a description, a person, 据悉 / 记者获悉 / 公告显示) before a name the
// reader does not know, mergers of two unknown names with no amount, amounts and investors split across "，" and
// "；", 老股东 / 新股东 / 继续加注, valuations, dates in the text; negatives (rumours, talks, denials, deals called
// off, filings, revenue, market value, share moves, a VC firm's own fund, buybacks, dividends, pledges, lawsuits).
// Public-record deals are restated in our own words (no sentence copied), figures as reported at the time; the
// rest are fictional-but-plausible companies (said in `note`).
export const PARAGRAPHS: readonly GoldParagraph[] = [
  // ---- batch A ----
  {
    id: 'zh5-a-001', lang: 'zh', style: 'cn-vc-flash', date: '2025-07-08',
    text: '36氪获悉，工业视觉检测公司「深瞳纪」近日完成1.2亿元A轮融资，由耀途资本领投，九合创投、峰瑞资本跟投，老股东奇绩创坛继续加注。深瞳纪成立于2022年，主要为新能源电池产线提供缺陷检测设备。',
    deals: [{
      type: 'funding', target: ['深瞳纪'], round: 'A轮', amount: { currency: 'CNY', amount: 120_000_000 },
      parties: [{ name: '耀途资本', role: 'lead' }, { name: '九合创投', role: 'participant' }, { name: '峰瑞资本', role: 'participant' }, { name: '奇绩创坛', role: 'participant' }],
    }],
    note: 'fictional company; a name in corner brackets with no corporate word',
  },
  {
    id: 'zh5-a-002', lang: 'zh', style: 'cn-cls-flash', date: '2025-09-12',
    text: '【财联社9月12日电】半导体设备厂商芯岳微纳晚间公告，公司股东已与华腾资本签署股权转让协议，华腾资本将以现金9.8亿元收购芯岳微纳51%股权，交易完成后华腾资本将成为公司控股股东。',
    deals: [{
      type: 'stake-sale', target: ['芯岳微纳'], amount: { currency: 'CNY', amount: 980_000_000 },
      parties: [{ name: '华腾资本', role: 'acquirer' }],
    }],
    note: 'fictional companies; a signed transfer of a controlling stake, wire style',
  },
  {
    id: 'zh5-a-003', lang: 'zh', style: 'cn-securities-times', date: '2025-03-20',
    text: '证券时报记者注意到，两家同属江城国资体系的上市公司迎来整合。江城港务3月19日晚间公告，公司拟通过向江海物流全体股东发行A股股票的方式换股吸收合并江海物流，换股比例为1:0.72；合并完成后，江海物流将终止上市并注销法人资格，江城港务作为存续公司承继其全部资产。',
    deals: [{ type: 'merger', target: ['江海物流'], parties: [{ name: '江城港务', role: 'acquirer' }], date: '2025-03-19' }],
    note: 'fictional companies; an absorption by share swap with its ratio set, a lead-in first',
  },
  {
    id: 'zh5-a-004', lang: 'zh', style: 'hk-newswire', date: '2025-06-30',
    text: '港股通讯｜由前华为工程师创办、主打家用储能逆变器的瓦力能源今日在港交所主板挂牌。公司是次全球发售1.6亿股H股，发售价每股11.8港元，所得款项总额约18.9亿港元；基石投资者包括高瓴资本及中东主权基金阿布扎比投资局，合共认购约7亿港元。首日收报13.2港元，较发售价高11.9%。',
    deals: [{
      type: 'ipo', target: ['瓦力能源'], amount: { currency: 'HKD', amount: 1_890_000_000 },
      parties: [{ name: '高瓴资本', role: 'participant' }, { name: '阿布扎比投资局', role: 'participant' }],
    }],
    note: 'fictional company; a long description before the name; cornerstones are participants',
  },
  {
    id: 'zh5-a-005', lang: 'zh', style: 'cn-financial-daily', date: '2025-08-04',
    text: '有市场消息称，锂电池隔膜厂商恒膜科技正考虑出售旗下湿法隔膜业务，潜在买家包括两家产业资本，交易估值或达30亿元。恒膜科技董秘对本报记者表示，公司目前没有应披露而未披露的重大事项。',
    deals: [], negative: 'rumour',
    note: 'fictional company; a sale considered, per market talk',
  },
  {
    id: 'zh5-a-006', lang: 'zh', style: 'cn-tech-longform', date: '2025-07-20',
    text: '王骁在离开一家新势力车企后的第二年，把新公司的方向定在了家庭陪护机器人上。据了解，他创办的「知几机器人」今年4月完成了2亿元天使轮融资，高瓴创投和蓝驰创投联合领投；6月，公司又拿下一笔由美团龙珠独家投资的天使+轮。',
    deals: [
      {
        type: 'funding', target: ['知几机器人'], round: '天使轮', amount: { currency: 'CNY', amount: 200_000_000 },
        parties: [{ name: '高瓴创投', role: 'lead' }, { name: '蓝驰创投', role: 'lead' }], date: '2025-04',
      },
      { type: 'funding', target: ['知几机器人'], round: '天使+轮', parties: [{ name: '美团龙珠', role: 'lead' }], date: '2025-06' },
    ],
    note: 'fictional company; a person opens the paragraph; two dated rounds split by "；"',
  },
  {
    id: 'zh5-a-007', lang: 'zh', style: 'cn-local-finance', date: '2025-04-22',
    text: '本报讯 记者从市国资委获悉，本市两家市属国企金陵城建集团与金陵交通投资集团日前完成合并重组，组建新的金陵城市发展集团，注册资本200亿元。',
    deals: [{ type: 'merger', target: ['金陵城建集团'], parties: [{ name: '金陵交通投资集团', role: 'participant' }] }],
    note: 'fictional groups; a consolidation into a new group, no direction; the registered capital is no amount',
  },
  {
    id: 'zh5-a-008', lang: 'zh', style: 'cn-funding-weekly', date: '2025-10-18',
    text: '【融资周报】本周硬科技赛道融资活跃。商业航天公司天衡星箭完成3亿元B轮融资，由国投招商领投，中科创星、老股东经纬创投继续加注；合成生物企业绿酶科技获得8000万元A+轮融资，投资方为元禾原点；此外，AI编程工具码境宣布完成数千万美元天使轮融资，源码资本领投。',
    deals: [
      {
        type: 'funding', target: ['天衡星箭'], round: 'B轮', amount: { currency: 'CNY', amount: 300_000_000 },
        parties: [{ name: '国投招商', role: 'lead' }, { name: '中科创星', role: 'participant' }, { name: '经纬创投', role: 'participant' }],
      },
      { type: 'funding', target: ['绿酶科技'], round: 'A+轮', amount: { currency: 'CNY', amount: 80_000_000 }, parties: [{ name: '元禾原点', role: 'participant' }] },
      { type: 'funding', target: ['码境'], round: '天使轮', parties: [{ name: '源码资本', role: 'lead' }] },
    ],
    note: 'fictional companies; a weekly roundup, three rounds split by "；"; 数千万美元 is no amount',
  },
  {
    id: 'zh5-a-009', lang: 'zh', style: 'cn-overseas-press', date: '2025-02-10',
    text: '出海｜主打东南亚市场的即时零售平台Lumo Fresh（鲁莫生鲜）宣布完成3500万美元B轮融资，由East Ventures领投，Vertex Ventures和老股东高榕创投跟投。公司创始人陈逸表示，新资金将用于在雅加达和马尼拉扩建前置仓。',
    deals: [{
      type: 'funding', target: ['Lumo Fresh', '鲁莫生鲜'], round: 'B轮', amount: { currency: 'USD', amount: 35_000_000 },
      parties: [{ name: 'East Ventures', role: 'lead' }, { name: 'Vertex Ventures', role: 'participant' }, { name: '高榕创投', role: 'participant' }],
    }],
    note: 'fictional company; Latin names among Chinese',
  },
  {
    id: 'zh5-a-010', lang: 'zh', style: 'tw-press', date: '2025-03-18',
    text: '台灣封測廠聯欣科技今日公告，對晶芯材料的公開收購已順利完成，共取得其100%股份，總金額約新台幣41.6億元；晶芯材料將自下月起終止上櫃。',
    deals: [{
      type: 'acquisition', target: ['晶芯材料'], amount: { currency: 'TWD', amount: 4_160_000_000 },
      parties: [{ name: '聯欣科技', role: 'acquirer' }],
    }],
    note: 'fictional companies; Taiwan press in traditional characters; a tender offer completed',
  },
  {
    id: 'zh5-a-011', lang: 'zh', style: 'cn-press-release', date: '2025-10-09',
    text: '【新闻稿】2025年10月9日，中国上海——全球领先的工业软件提供商智衡数科（以下简称"智衡"）今日宣布，已完成对德国仿真软件公司Simutec GmbH的全资收购。交易完成后，Simutec将作为智衡的全资子公司继续独立运营，交易金额未予披露。',
    deals: [{ type: 'acquisition', target: ['Simutec GmbH', 'Simutec'], parties: [{ name: '智衡数科', role: 'acquirer' }] }],
    note: 'fictional companies; press release with a dateline',
  },
  {
    id: 'zh5-a-012', lang: 'zh', style: 'cn-vc-press-pedaily', date: '2025-06-03',
    text: '投资界消息，深圳创投机构启明湾资本宣布完成旗下第三期美元基金的最终关账，募资总额达6.5亿美元，LP包括多家主权基金、大学捐赠基金及家族办公室。',
    deals: [], negative: 'fund-raise',
    note: 'fictional firm; a VC firm closing its own fund',
  },
  {
    id: 'zh5-a-013', lang: 'zh', style: 'cn-shanghai-securities-news', date: '2025-11-27',
    text: '上证报记者获悉，停牌一周的新元股份今日复牌并披露控制权变更方案：控股股东新元集团已与浙江金控签署股份转让协议，将所持公司25.1%股份转让给浙江金控，转让价格为每股13.6元，合计约19.8亿元。交易完成后，公司实际控制人将变更为浙江省财政厅。',
    deals: [{
      type: 'stake-sale', target: ['新元股份'], amount: { currency: 'CNY', amount: 1_980_000_000 },
      parties: [{ name: '浙江金控', role: 'acquirer' }, { name: '新元集团', role: 'seller' }],
    }],
    note: 'fictional companies; a change of control, per-share price and total',
  },
  {
    id: 'zh5-a-014', lang: 'zh', style: 'cn-cls-flash', date: '2025-01-09',
    text: '【财联社1月9日电】针对网传"美食平台饭小盒已被某互联网大厂收购"的消息，饭小盒相关负责人回应称，该消息不实，公司目前经营正常，暂无出售计划。',
    deals: [], negative: 'denial',
    note: 'fictional company; a sale denied',
  },
  {
    id: 'zh5-a-015', lang: 'zh', style: 'cn-securities-daily', date: '2025-12-05',
    text: '今日，国产GPU企业摩尔线程正式登陆上交所科创板。本次发行价为114.28元/股，发行7000万股，募集资金总额80亿元，是年内科创板募资规模最大的IPO之一。开盘后股价一度大涨超过400%。',
    deals: [{ type: 'ipo', target: ['摩尔线程'], amount: { currency: 'CNY', amount: 8_000_000_000 }, parties: [] }],
    note: 'public record as reported at the time; the offer price is no amount',
  },
  {
    id: 'zh5-a-016', lang: 'zh', style: 'hk-newswire', date: '2025-09-02',
    text: '港股通讯｜受上半年业绩超预期带动，新能源车企跃途汽车今日股价大涨12%，收报68.5港元，总市值突破900亿港元，年内累计涨幅已超过一倍。',
    deals: [], negative: 'share-move',
    note: 'fictional company; a share move and market value',
  },
  {
    id: 'zh5-a-017', lang: 'zh', style: 'cn-tech-press', date: '2025-08-19',
    text: '智能耳机公司听澜科技今日宣布完成2.5亿元B轮融资，由小米长江产业基金领投，顺为资本跟投。同时，听澜宣布已全资收购深圳声学芯片设计公司微响半导体，交易金额约1.1亿元。',
    deals: [
      {
        type: 'funding', target: ['听澜科技', '听澜'], round: 'B轮', amount: { currency: 'CNY', amount: 250_000_000 },
        parties: [{ name: '小米长江产业基金', role: 'lead' }, { name: '顺为资本', role: 'participant' }],
      },
      { type: 'acquisition', target: ['微响半导体'], amount: { currency: 'CNY', amount: 110_000_000 }, parties: [{ name: '听澜科技', role: 'acquirer' }] },
    ],
    note: 'fictional companies; a round and a purchase, the buyer named by its short form',
  },
  {
    id: 'zh5-a-018', lang: 'zh', style: 'cn-financial-daily', date: '2025-04-11',
    text: '据接近交易的人士透露，连锁咖啡品牌暖屿咖啡正与多家美元基金洽谈新一轮融资，融资额或达1亿美元，目前尚未签署条款清单。',
    deals: [], negative: 'talks',
    note: 'fictional company; talks, no term sheet',
  },
  {
    id: 'zh5-a-019', lang: 'zh', style: 'cn-tech-press', date: '2025-10-30',
    text: '记者获悉，两家自动驾驶卡车初创公司赤兔智运与云驭卡科近日宣布合并，合并后的新公司将沿用赤兔智运的品牌，由云驭卡科创始人出任CEO。',
    deals: [{ type: 'merger', target: ['赤兔智运'], parties: [{ name: '云驭卡科', role: 'participant' }] }],
    note: 'fictional companies; two unknown names, no amount; no direction stated',
  },
  {
    id: 'zh5-a-020', lang: 'zh', style: 'cn-securities-daily', date: '2025-05-27',
    text: '北交所今日迎来新股上市。主营汽车线束的锐连电气正式在北交所挂牌，公开发行股票2000万股，发行价格为每股12.5元，募集资金总额2.5亿元。上市首日，锐连电气收涨186%。',
    deals: [{ type: 'ipo', target: ['锐连电气'], amount: { currency: 'CNY', amount: 250_000_000 }, parties: [] }],
    note: 'fictional company; a Beijing Stock Exchange listing',
  },
  {
    id: 'zh5-a-021', lang: 'zh', style: 'cn-tech-press', date: '2025-06-25',
    text: '港交所官网显示，扫地机器人厂商鲸启智能已递交招股书，拟在香港主板上市，高盛与中金公司为联席保荐人。招股书显示，公司2024年营收为32.6亿元。',
    deals: [], negative: 'not-closed',
    note: 'fictional company; a filing, not a listing',
  },
  {
    id: 'zh5-a-022', lang: 'zh', style: 'cn-exchange-announcement', date: '2025-02-28',
    text: '公告显示，主营光伏玻璃的浙江晶川新材拟以发行股份及支付现金方式购买江西赣源光电90%股权，标的资产作价13.5亿元。本次交易构成重大资产重组，已获公司股东大会审议通过。',
    deals: [{
      type: 'stake-sale', target: ['江西赣源光电'], amount: { currency: 'CNY', amount: 1_350_000_000 },
      parties: [{ name: '浙江晶川新材', role: 'acquirer' }],
    }],
    note: 'fictional companies; a restructuring approved by shareholders, 公告显示 opening',
  },
  {
    id: 'zh5-a-023', lang: 'zh', style: 'cn-securities-daily', date: '2025-03-05',
    text: '晨光电缆公告，公司拟以集中竞价方式回购股份，回购资金总额不低于1亿元、不超过2亿元，回购价格上限为每股18元，回购股份将用于员工持股计划。',
    deals: [], negative: 'buyback',
    note: 'fictional company; a buyback',
  },
  {
    id: 'zh5-a-024', lang: 'zh', style: 'cn-overseas-press', date: '2025-01-24',
    text: '美东时间周四，总部位于新加坡、创始团队来自中国的AI客服公司Tidewise（潮汐智能）在纳斯达克上市，股票代码"TIDE"。公司以每股16美元的价格发行1000万股美国存托股，募资1.6亿美元，首日收涨37%。',
    deals: [{ type: 'ipo', target: ['Tidewise', '潮汐智能'], amount: { currency: 'USD', amount: 160_000_000 }, parties: [] }],
    note: 'fictional company; a Nasdaq listing reported in Chinese',
  },
  {
    id: 'zh5-a-025', lang: 'zh', style: 'cn-vc-press-pedaily', date: '2025-11-03',
    text: '投资界11月3日消息，储能温控企业冰川热控完成C轮融资，融资金额为6亿元；本轮由国家绿色发展基金领投，新股东包括中金资本、国调基金，老股东深创投、达晨财智继续跟投。本轮完成后，公司投后估值约45亿元。',
    deals: [{
      type: 'funding', target: ['冰川热控'], round: 'C轮', amount: { currency: 'CNY', amount: 600_000_000 },
      valuation: { currency: 'CNY', amount: 4_500_000_000, basis: 'post' },
      parties: [
        { name: '国家绿色发展基金', role: 'lead' }, { name: '中金资本', role: 'participant' }, { name: '国调基金', role: 'participant' },
        { name: '深创投', role: 'participant' }, { name: '达晨财智', role: 'participant' },
      ],
    }],
    note: 'fictional company; amount after the round, roles after "；", 新股东 / 老股东',
  },
  {
    id: 'zh5-a-026', lang: 'zh', style: 'cn-financial-press', date: '2025-07-14',
    text: '筹划近半年后，华峰重工与安联精机的合并重组宣告终止。华峰重工晚间公告称，由于市场环境发生较大变化，交易双方未能就交易对价达成一致，经友好协商决定终止本次吸收合并事项。',
    deals: [], negative: 'called-off',
    note: 'fictional companies; a merger called off',
  },
  {
    id: 'zh5-a-027', lang: 'zh', style: 'hk-chinese-press', date: '2025-05-16',
    text: '【港股新股】本地連鎖餅店品牌麥香坊今日於聯交所主板上市，以每股3.2港元發售2.5億股，集資淨額約7.4億港元。若超額配股權獲全數行使，將額外集資約1.2億港元。首日開市報3.45港元。',
    deals: [{ type: 'ipo', target: ['麥香坊'], amount: { currency: 'HKD', amount: 740_000_000 }, parties: [] }],
    note: 'fictional company; Hong Kong press in traditional characters; the over-allotment is no amount',
  },
  {
    id: 'zh5-a-028', lang: 'zh', style: 'cn-weekly', date: '2025-09-26',
    text: '本周并购市场，家电企业澜庭电器以现金4.2亿元收购浙江暖风科技60%股权，后者主营热泵压缩机；同日，体外诊断公司康析生物宣布以1.8亿元受让苏州基准医疗35%股份，成为其第二大股东。',
    deals: [
      { type: 'stake-sale', target: ['浙江暖风科技', '暖风科技'], amount: { currency: 'CNY', amount: 420_000_000 }, parties: [{ name: '澜庭电器', role: 'acquirer' }] },
      { type: 'stake-sale', target: ['苏州基准医疗', '基准医疗'], amount: { currency: 'CNY', amount: 180_000_000 }, parties: [{ name: '康析生物', role: 'acquirer' }] },
    ],
    note: 'fictional companies; two stake purchases split by "；"',
  },
  {
    id: 'zh5-a-029', lang: 'zh', style: 'cn-business-daily', date: '2025-08-28',
    text: '半年报显示，云边智算上半年实现营业收入23.6亿元，同比增长48%；净利润3.1亿元，扭亏为盈。公司表示，营收增长主要来自智算中心租赁业务。',
    deals: [], negative: 'revenue',
    note: 'fictional company; half-year results',
  },
  {
    id: 'zh5-a-030', lang: 'zh', style: 'cn-financial-daily', date: '2025-10-15',
    text: '据悉，固态电池材料商锂晶新能已获得宁德时代旗下问鼎投资的战略投资，具体金额未披露；今年3月，公司刚完成由红杉中国领投的5亿元B轮融资。',
    deals: [
      { type: 'funding', target: ['锂晶新能'], round: 'strategic', parties: [{ name: '问鼎投资', role: 'participant' }] },
      { type: 'funding', target: ['锂晶新能'], round: 'B轮', amount: { currency: 'CNY', amount: 500_000_000 }, parties: [{ name: '红杉中国', role: 'lead' }], date: '2025-03' },
    ],
    note: 'fictional company; 据悉 opening; a strategic investment and a dated earlier round',
  },
  {
    id: 'zh5-a-031', lang: 'zh', style: 'hk-newswire', date: '2025-04-30',
    text: '港股通讯｜物业服务商悦家服务公告，控股股东悦城集团提出的全面要约已于今日截止，悦城集团以每股4.5港元共收购约2.1亿股要约股份，涉及金额约9.45亿港元，要约完成后其持股比例升至92%。',
    deals: [{ type: 'stake-sale', target: ['悦家服务'], amount: { currency: 'HKD', amount: 945_000_000 }, parties: [{ name: '悦城集团', role: 'acquirer' }] }],
    note: 'fictional companies; a general offer closed; the per-share price is no amount',
  },
  {
    id: 'zh5-a-032', lang: 'zh', style: 'cn-securities-daily', date: '2025-04-02',
    text: '江源水电今日召开业绩说明会，公司拟每10股派发现金红利9.4元，合计分红约230亿元；截至收盘，公司总市值约6800亿元。',
    deals: [], negative: 'dividend',
    note: 'fictional company; a dividend and market value',
  },
  {
    id: 'zh5-a-033', lang: 'zh', style: 'cn-tech-press', date: '2025-06-18',
    text: '前字节跳动产品负责人刘畅创立的AI陪伴应用「回声岛」完成天使轮融资，由真格基金领投，奇绩创坛跟投。',
    deals: [{ type: 'funding', target: ['回声岛'], round: '天使轮', parties: [{ name: '真格基金', role: 'lead' }, { name: '奇绩创坛', role: 'participant' }] }],
    note: 'fictional company; a person and a past employer before the name; no amount',
  },
  {
    id: 'zh5-a-034', lang: 'zh', style: 'cn-vc-flash', date: '2025-03-09',
    text: '36氪获悉，两家宠物医疗连锁品牌瑞宠与安心宠近日完成合并，新公司定名为瑞心宠物医疗集团，门店总数超过200家。',
    deals: [{ type: 'merger', target: ['瑞宠'], parties: [{ name: '安心宠', role: 'participant' }] }],
    note: 'fictional companies; a merger of two brands the reader does not know, no amount',
  },
  {
    id: 'zh5-a-035', lang: 'zh', style: 'cn-local-finance', date: '2025-12-10',
    text: '昨日，坐落于东莞松山湖的老牌模具企业精工科达迎来新东家。该公司发布公告称，深圳产业投资集团已完成受让公司控股股东所持的28%股份，成为公司新的控股股东，交易总价约15.6亿元。',
    deals: [{ type: 'stake-sale', target: ['精工科达'], amount: { currency: 'CNY', amount: 1_560_000_000 }, parties: [{ name: '深圳产业投资集团', role: 'acquirer' }] }],
    note: 'fictional companies; a local lead-in; 该公司 and 公司 stand for the target',
  },
  {
    id: 'zh5-a-036', lang: 'zh', style: 'cn-securities-daily', date: '2025-07-09',
    text: '深交所创业板今日迎来一只储能新股。主营储能变流器的汇能电控正式挂牌上市，本次公开发行3500万股，发行价每股28.3元，募资总额约9.9亿元，将投向年产10GW储能变流器项目。',
    deals: [{ type: 'ipo', target: ['汇能电控'], amount: { currency: 'CNY', amount: 990_000_000 }, parties: [] }],
    note: 'fictional company; a ChiNext listing',
  },
  {
    id: 'zh5-a-037', lang: 'zh', style: 'cn-financial-press', date: '2025-07-02',
    text: '因股权转让纠纷，投资方澄观创投将餐饮品牌小面匠及其创始人诉至法院，要求其按约定回购所持股份并支付回购款1.2亿元，目前案件尚在审理中。',
    deals: [], negative: 'other',
    note: 'fictional companies; a lawsuit over a buy-back clause',
  },
  {
    id: 'zh5-a-038', lang: 'zh', style: 'cn-overseas-press', date: '2025-05-06',
    text: '出海并购｜国内工程机械企业恒岳重工宣布，已完成对意大利液压件制造商Idrotec S.p.A.的收购，交易对价约1.35亿欧元，此次收购将帮助恒岳重工补齐高端液压件短板。',
    deals: [{ type: 'acquisition', target: ['Idrotec S.p.A.', 'Idrotec'], amount: { currency: 'EUR', amount: 135_000_000 }, parties: [{ name: '恒岳重工', role: 'acquirer' }] }],
    note: 'fictional companies; a foreign target with a Latin name',
  },
  {
    id: 'zh5-a-039', lang: 'zh', style: 'hk-chinese-press', date: '2025-02-14',
    text: '有消息称，茶饮连锁品牌柠里最快将于今年下半年赴港上市，募资规模约2亿美元。对此，柠里方面回应称"以公司公告为准"。',
    deals: [], negative: 'rumour',
    note: 'fictional company; a listing rumoured',
  },
  {
    id: 'zh5-a-040', lang: 'zh', style: 'cn-securities-daily', date: '2025-08-01',
    text: '历时十个月，省内两家券商的整合尘埃落定：华越证券与东浦证券的合并重组今日完成交割，合并后的华越证券为存续公司，东浦证券注销法人资格。',
    deals: [{ type: 'merger', target: ['东浦证券'], parties: [{ name: '华越证券', role: 'acquirer' }] }],
    note: 'fictional brokers; a merger whose survivor is stated after it',
  },
  {
    id: 'zh5-a-041', lang: 'zh', style: 'hk-chinese-press', date: '2025-08-08',
    text: '本港金融科技初創企業匯點支付宣佈完成5,000萬美元B輪融資，由維港投資領投，新股東淡馬錫及老股東紅杉中國跟投，估值升至約5億美元。',
    deals: [{
      type: 'funding', target: ['匯點支付'], round: 'B轮', amount: { currency: 'USD', amount: 50_000_000 },
      valuation: { currency: 'USD', amount: 500_000_000 },
      parties: [{ name: '維港投資', role: 'lead' }, { name: '淡馬錫', role: 'participant' }, { name: '紅杉中國', role: 'participant' }],
    }],
    note: 'fictional company; Hong Kong press in traditional characters',
  },
  {
    id: 'zh5-a-042', lang: 'zh', style: 'cn-exchange-announcement', date: '2025-06-12',
    text: '新锐股份公告，控股股东新锐集团将其持有的公司3200万股股份质押给中信证券，用于补充流动资金，本次质押占其所持股份的18%。',
    deals: [], negative: 'other',
    note: 'fictional companies; a share pledge',
  },
  // ---- batch B ----
  {
    id: 'zh5-b-001', lang: 'zh', style: 'cn-vc-flash', date: '2025-08-21',
    text: '投资界8月21日消息，做室内配送机器人的擎川智能宣布完成B+轮融资，金额为3.5亿元。本轮由中金资本旗下中金启元领投，招商局创投、松禾资本跟投，老股东源码资本、五源资本继续加注。',
    deals: [{
      type: 'funding', target: ['擎川智能'], round: 'B+轮', amount: { currency: 'CNY', amount: 350_000_000 },
      parties: [{ name: '中金启元', role: 'lead' }, { name: '招商局创投', role: 'participant' }, { name: '松禾资本', role: 'participant' }, { name: '源码资本', role: 'participant' }, { name: '五源资本', role: 'participant' }],
    }],
    note: 'fictional company; amount after the round, backers in the next sentence, the lead named after its owner',
  },
  {
    id: 'zh5-b-002', lang: 'zh', style: 'cn-cls-flash', date: '2025-10-22',
    text: '【财联社10月22日电】光模块厂商旭光通信公告，公司拟以现金6.3亿元收购成都锐芯光电70%股权，双方已签署股权收购协议；交易完成后，锐芯光电将纳入公司合并报表范围。',
    deals: [{
      type: 'stake-sale', target: ['成都锐芯光电', '锐芯光电'], amount: { currency: 'CNY', amount: 630_000_000 },
      parties: [{ name: '旭光通信', role: 'acquirer' }],
    }],
    note: 'fictional companies; 拟以现金收购 with the agreement signed',
  },
  {
    id: 'zh5-b-003', lang: 'zh', style: 'cn-tech-longform', date: '2025-09-15',
    text: '在不少人还在讨论具身智能是否存在泡沫的时候，成立不到三年的灵犀动力已经完成了四轮融资。最新一轮是上个月刚刚交割的5亿元B轮，由北汽产投领投，国中资本、元禾控股跟投，公司估值因此突破50亿元。',
    deals: [{
      type: 'funding', target: ['灵犀动力'], round: 'B轮', amount: { currency: 'CNY', amount: 500_000_000 },
      valuation: { currency: 'CNY', amount: 5_000_000_000 },
      parties: [{ name: '北汽产投', role: 'lead' }, { name: '国中资本', role: 'participant' }, { name: '元禾控股', role: 'participant' }], date: '2025-08',
    }],
    note: 'fictional company; a long lead-in; the round named in the next sentence with no funding verb',
  },
  {
    id: 'zh5-b-004', lang: 'zh', style: 'hk-newswire', date: '2025-11-06',
    text: '港股通讯｜连锁烘焙品牌焙乐道今日在港交所主板上市，每股发售价为8.2港元，全球发售所得款项总额约12.3亿港元。基石投资者方面，博裕资本、中国国有企业结构调整基金及Jane Street合共认购约5.1亿港元。开盘后，焙乐道股价一度跌破发行价。',
    deals: [{
      type: 'ipo', target: ['焙乐道'], amount: { currency: 'HKD', amount: 1_230_000_000 },
      parties: [{ name: '博裕资本', role: 'participant' }, { name: '中国国有企业结构调整基金', role: 'participant' }, { name: 'Jane Street', role: 'participant' }],
    }],
    note: 'fictional company; cornerstones in the next sentence',
  },
  {
    id: 'zh5-b-005', lang: 'zh', style: 'cn-financial-daily', date: '2025-05-19',
    text: '对于"美妆集团丽颜将收购国货彩妆品牌花漾"的传闻，丽颜集团相关人士向记者表示，双方确有接触，但尚处于初步阶段，未签署任何协议。',
    deals: [], negative: 'rumour',
    note: 'fictional companies; a purchase rumoured, contacts only',
  },
  {
    id: 'zh5-b-006', lang: 'zh', style: 'cn-securities-daily', date: '2025-12-18',
    text: '两家同处锂电铜箔赛道的上市公司将合二为一。嘉元新材与诺德铜业今日同时发布公告，嘉元新材拟以换股方式吸收合并诺德铜业，换股比例为1:0.46，合并完成后诺德铜业将终止上市。',
    deals: [{ type: 'merger', target: ['诺德铜业'], parties: [{ name: '嘉元新材', role: 'acquirer' }] }],
    note: 'fictional companies; a share-swap absorption with its ratio set, after a lead-in',
  },
  {
    id: 'zh5-b-007', lang: 'zh', style: 'cn-funding-weekly', date: '2025-07-05',
    text: '【一周投融资】本周值得关注的交易有：激光雷达公司镭视科技获得2亿美元D轮融资，由阿布扎比投资局领投，老股东高瓴资本、小米集团跟投；宠物食品品牌毛孩日记完成1.5亿元B轮融资，投资方为黑蚁资本和天图投资；此外，数据库公司星河数栈被阿里云全资收购，交易金额未披露。',
    deals: [
      {
        type: 'funding', target: ['镭视科技'], round: 'D轮', amount: { currency: 'USD', amount: 200_000_000 },
        parties: [{ name: '阿布扎比投资局', role: 'lead' }, { name: '高瓴资本', role: 'participant' }, { name: '小米集团', role: 'participant' }],
      },
      {
        type: 'funding', target: ['毛孩日记'], round: 'B轮', amount: { currency: 'CNY', amount: 150_000_000 },
        parties: [{ name: '黑蚁资本', role: 'participant' }, { name: '天图投资', role: 'participant' }],
      },
      { type: 'acquisition', target: ['星河数栈'], parties: [{ name: '阿里云', role: 'acquirer' }] },
    ],
    note: 'fictional companies; a weekly roundup with two rounds and a purchase',
  },
  {
    id: 'zh5-b-008', lang: 'zh', style: 'cn-overseas-press', date: '2025-03-27',
    text: '出海｜中东电商基础设施公司Qafila完成2800万美元A轮融资，本轮由沙特公共投资基金旗下的Jada领投，红杉中国、华平投资跟投。Qafila由两位前SHEIN员工于2023年在利雅得创立。',
    deals: [{
      type: 'funding', target: ['Qafila'], round: 'A轮', amount: { currency: 'USD', amount: 28_000_000 },
      parties: [{ name: 'Jada', role: 'lead' }, { name: '红杉中国', role: 'participant' }, { name: '华平投资', role: 'participant' }],
    }],
    note: 'fictional company; a Latin name, the lead named after its owner',
  },
  {
    id: 'zh5-b-009', lang: 'zh', style: 'tw-press', date: '2025-09-03',
    text: '晶圓代工廠宏昇科技今日宣布，將以每股新台幣45元收購電源管理IC設計公司聚晶微電子100%股權，交易總金額約新台幣27億元，雙方董事會均已通過並簽署併購協議。',
    deals: [{
      type: 'acquisition', target: ['聚晶微電子'], amount: { currency: 'TWD', amount: 2_700_000_000 },
      parties: [{ name: '宏昇科技', role: 'acquirer' }],
    }],
    note: 'fictional companies; Taiwan press in traditional characters; an agreement signed',
  },
  {
    id: 'zh5-b-010', lang: 'zh', style: 'cn-weekly', date: '2025-06-20',
    text: '年内第二家被国资收入囊中的光伏企业出现了。天合能源公告，控股股东及实控人已与江苏国信集团签署股份转让协议，江苏国信集团将以约21亿元受让公司20.01%股份，交易完成后公司实际控制人变更为江苏省国资委。',
    deals: [{
      type: 'stake-sale', target: ['天合能源'], amount: { currency: 'CNY', amount: 2_100_000_000 },
      parties: [{ name: '江苏国信集团', role: 'acquirer' }],
    }],
    note: 'fictional companies; a change of control to a state group, 受让公司…股份',
  },
  {
    id: 'zh5-b-011', lang: 'zh', style: 'cn-business-daily', date: '2025-04-29',
    text: '一季报显示，新能源车企远行汽车一季度交付新车4.2万辆，实现营收96.5亿元，同比增长63%，但净亏损仍达18.7亿元。',
    deals: [], negative: 'revenue',
    note: 'fictional company; quarterly results',
  },
  {
    id: 'zh5-b-012', lang: 'zh', style: 'cn-securities-daily', date: '2025-07-11',
    text: '科创板今日迎来一只半导体新股。从事碳化硅衬底研发生产的晶耀半导体正式上市，本次公开发行6000万股，发行价格每股36.8元，募集资金总额22.08亿元，保荐机构为中信证券。',
    deals: [{ type: 'ipo', target: ['晶耀半导体'], amount: { currency: 'CNY', amount: 2_208_000_000 }, parties: [] }],
    note: 'fictional company; a STAR Market listing; the sponsor is no party',
  },
  {
    id: 'zh5-b-013', lang: 'zh', style: 'cn-vc-press', date: '2025-02-12',
    text: '据悉，高榕创投近日完成新一期人民币基金的募集，基金规模为40亿元，出资人包括多地政府引导基金及保险资金。',
    deals: [], negative: 'fund-raise',
    note: 'fictional fund; a VC firm raising its own fund',
  },
  {
    id: 'zh5-b-014', lang: 'zh', style: 'cn-tech-press', date: '2025-11-12',
    text: '据知情人士透露，自动驾驶公司星驰智行正在与多家中东基金洽谈新一轮融资，目标金额约3亿美元；星驰智行方面对此不予置评。',
    deals: [], negative: 'talks',
    note: 'fictional company; talks',
  },
  {
    id: 'zh5-b-015', lang: 'zh', style: 'cn-exchange-announcement', date: '2025-04-08',
    text: '关于控股股东终止筹划控制权变更的公告：鼎信科技控股股东鼎信控股原拟向华东国资转让其持有的公司18%股份，因双方未能就核心条款达成一致，经协商决定终止本次控制权变更事项。',
    deals: [], negative: 'called-off',
    note: 'fictional companies; a change of control called off',
  },
  {
    id: 'zh5-b-016', lang: 'zh', style: 'cn-local-finance', date: '2025-10-10',
    text: '本报讯 昨日，我市本土企业乐享出行与杭州的同行快骑科技宣布合并，合并后新公司将以乐享出行为主体运营，总部仍设在本市，员工总数超过1500人。',
    deals: [{ type: 'merger', target: ['快骑科技'], parties: [{ name: '乐享出行', role: 'acquirer' }] }],
    note: 'fictional companies; a merger whose surviving side is the one the new company runs as',
  },
  {
    id: 'zh5-b-017', lang: 'zh', style: 'cn-press-release', date: '2025-06-16',
    text: '【新闻稿】2025年6月16日，中国深圳——专注于储能安全监测的数智芯联今日宣布完成数亿元人民币B轮融资。本轮融资由深创投领投，鲲鹏资本与老股东基石资本跟投，华兴资本担任独家财务顾问。',
    deals: [{
      type: 'funding', target: ['数智芯联'], round: 'B轮',
      parties: [{ name: '深创投', role: 'lead' }, { name: '鲲鹏资本', role: 'participant' }, { name: '基石资本', role: 'participant' }],
    }],
    note: 'fictional company; a dateline and a description before the name; 数亿元 is no amount; the adviser is no party',
  },
  {
    id: 'zh5-b-018', lang: 'zh', style: 'hk-chinese-press', date: '2025-03-31',
    text: '恒益地產公佈，旗下物業管理公司恒益服務的私有化已於今日完成，恒益地產以每股2.8港元向少數股東收購其餘股份，涉及總代價約19.6億港元，恒益服務將於下周撤銷上市地位。',
    deals: [{ type: 'acquisition', target: ['恒益服務'], amount: { currency: 'HKD', amount: 1_960_000_000 }, parties: [{ name: '恒益地產', role: 'acquirer' }] }],
    note: 'fictional companies; Hong Kong press in traditional characters; a privatisation completed',
  },
  {
    id: 'zh5-b-019', lang: 'zh', style: 'cn-securities-daily', date: '2025-08-13',
    text: '受利好消息刺激，创新药企康瑞生物今日股价涨停，报收52.3元，总市值升至418亿元；公司此前披露的一款双抗药物获批开展三期临床。',
    deals: [], negative: 'share-move',
    note: 'fictional company; a share move',
  },
  {
    id: 'zh5-b-020', lang: 'zh', style: 'cn-tech-press', date: '2025-09-09',
    text: '前阿里云智能事业群总裁创办的大模型基础设施公司「算力方舟」完成3亿元天使轮融资，由启明创投和君联资本共同领投，智谱、百川智能作为产业方参投。',
    deals: [{
      type: 'funding', target: ['算力方舟'], round: '天使轮', amount: { currency: 'CNY', amount: 300_000_000 },
      parties: [{ name: '启明创投', role: 'lead' }, { name: '君联资本', role: 'lead' }, { name: '智谱', role: 'participant' }, { name: '百川智能', role: 'participant' }],
    }],
    note: 'fictional company; a person first, a name in corner quotes; two leads',
  },
  {
    id: 'zh5-b-021', lang: 'zh', style: 'cn-overseas-press', date: '2025-10-03',
    text: '美东时间周四，跨境电商SaaS服务商ShopFlow（店流科技）正式在纽交所挂牌，IPO发行价定为每股22美元，共发行1500万股美国存托股，募资3.3亿美元；若承销商全额行使超额配售权，募资额将增至约3.8亿美元。',
    deals: [{ type: 'ipo', target: ['ShopFlow', '店流科技'], amount: { currency: 'USD', amount: 330_000_000 }, parties: [] }],
    note: 'fictional company; an NYSE listing; the over-allotment total is no amount',
  },
  {
    id: 'zh5-b-022', lang: 'zh', style: 'cn-financial-press', date: '2025-01-21',
    text: '一笔拖了一年多的并购终于落地。工程机械龙头中联重科旗下子公司已完成对土耳其起重机制造商Hidromek Vinç的收购，交易对价约2.6亿欧元，这也是中联重科近五年来最大的一笔海外收购。',
    deals: [{ type: 'acquisition', target: ['Hidromek Vinç'], amount: { currency: 'EUR', amount: 260_000_000 }, parties: [{ name: '中联重科', role: 'acquirer' }] }],
    note: 'fictional deal (a real buyer name, a fictional target); a lead-in first, the buyer acts through an unnamed subsidiary',
  },
  {
    id: 'zh5-b-023', lang: 'zh', style: 'cn-securities-daily', date: '2025-05-08',
    text: '新城电气发布公告，公司拟使用自有资金以集中竞价交易方式回购公司股份，回购金额不低于5000万元且不超过1亿元，回购价格不超过每股25元。',
    deals: [], negative: 'buyback',
    note: 'fictional company; a buyback',
  },
  {
    id: 'zh5-b-024', lang: 'zh', style: 'cn-vc-flash', date: '2025-04-17',
    text: '36氪独家获悉，AI眼镜初创公司镜界已于今年2月完成天使轮融资，由奇绩创坛领投；近日，镜界又完成1亿元天使+轮融资，投资方为顺为资本和高榕创投，投后估值约8亿元。',
    deals: [
      { type: 'funding', target: ['镜界'], round: '天使轮', parties: [{ name: '奇绩创坛', role: 'lead' }], date: '2025-02' },
      {
        type: 'funding', target: ['镜界'], round: '天使+轮', amount: { currency: 'CNY', amount: 100_000_000 },
        valuation: { currency: 'CNY', amount: 800_000_000, basis: 'post' },
        parties: [{ name: '顺为资本', role: 'participant' }, { name: '高榕创投', role: 'participant' }],
      },
    ],
    note: 'fictional company; two rounds of a two-character name, split by "；"',
  },
  {
    id: 'zh5-b-025', lang: 'zh', style: 'cn-shanghai-securities-news', date: '2025-11-19',
    text: '上证报记者从知情人士处获悉，华润系正在研究整合旗下两家医药流通企业的方案，但目前尚未形成具体计划，相关上市公司均表示暂无应披露的重大事项。',
    deals: [], negative: 'talks',
    note: 'a merger studied, no plan',
  },
  {
    id: 'zh5-b-026', lang: 'zh', style: 'hk-newswire', date: '2025-07-15',
    text: '港股通讯｜国内第三大现制咖啡连锁品牌咖小满今日登陆港交所，招股价定为每股15.6港元，全球发售约1.1亿股，集资约17.2亿港元；基石投资者包括淡马锡、高盛资产管理及挚信资本。首日收市报18.1港元，较招股价上升16%。',
    deals: [{
      type: 'ipo', target: ['咖小满'], amount: { currency: 'HKD', amount: 1_720_000_000 },
      parties: [{ name: '淡马锡', role: 'participant' }, { name: '高盛资产管理', role: 'participant' }, { name: '挚信资本', role: 'participant' }],
    }],
    note: 'fictional company; cornerstones after "；"',
  },
  {
    id: 'zh5-b-027', lang: 'zh', style: 'cn-exchange-announcement', date: '2025-09-26',
    text: '海宁化纤公告，公司全资子公司海宁新材料拟以现金2.35亿元收购浙江绿源纺织51%股权，本次交易不构成重大资产重组，已经公司董事会审议通过，相关协议已于同日签署。',
    deals: [{
      type: 'stake-sale', target: ['浙江绿源纺织'], amount: { currency: 'CNY', amount: 235_000_000 },
      parties: [{ name: '海宁新材料', role: 'acquirer' }, { name: '海宁化纤', role: 'acquirer' }],
    }],
    note: 'fictional companies; a purchase through a subsidiary, agreement signed',
  },
  {
    id: 'zh5-b-028', lang: 'zh', style: 'cn-financial-daily', date: '2025-03-14',
    text: '针对有关"禾丰味业将被某乳业巨头要约收购"的市场传言，禾丰味业晚间发布澄清公告称，经向控股股东及实际控制人核实，公司不存在应披露而未披露的重大信息。',
    deals: [], negative: 'denial',
    note: 'a takeover rumour denied (figures and parties fictional)',
  },
  {
    id: 'zh5-b-029', lang: 'zh', style: 'cn-tech-press', date: '2025-12-02',
    text: '两家主打AI教育硬件的创业公司学而思维与小猿智学近日完成换股合并，合并后的公司更名为学猿科技，双方原股东分别持有新公司55%和45%的股份。',
    deals: [{ type: 'merger', target: ['学而思维'], parties: [{ name: '小猿智学', role: 'participant' }] }],
    note: 'fictional companies; a share-swap merger into a renamed company, no survivor stated',
  },
  {
    id: 'zh5-b-030', lang: 'zh', style: 'cn-cls-flash', date: '2025-06-24',
    text: '【财联社6月24日电】北交所上市委员会今日审议通过了精研科技的首发申请，公司拟募集资金3.2亿元，投向精密模具扩产项目。',
    deals: [], negative: 'not-closed',
    note: 'fictional company; an IPO application approved, no listing yet',
  },
  {
    id: 'zh5-b-031', lang: 'zh', style: 'cn-securities-times', date: '2025-08-26',
    text: '证券时报记者注意到，半导体设备公司晶盛装备近期连续出手：先是以1.8亿元增资入股江苏微导精工，取得其15%股权；随后又宣布以现金4.5亿元收购上海衡越真空60%股权，后者主营真空泵。',
    deals: [
      { type: 'stake-sale', target: ['江苏微导精工'], amount: { currency: 'CNY', amount: 180_000_000 }, parties: [{ name: '晶盛装备', role: 'acquirer' }] },
      { type: 'stake-sale', target: ['上海衡越真空'], amount: { currency: 'CNY', amount: 450_000_000 }, parties: [{ name: '晶盛装备', role: 'acquirer' }] },
    ],
    note: 'fictional companies; two stakes bought by one buyer, the second after "；"',
  },
  {
    id: 'zh5-b-032', lang: 'zh', style: 'cn-local-finance', date: '2025-05-30',
    text: '近日，省内农商行改革再进一步。经监管部门批准，江北农商银行正式吸收合并江南村镇银行，江南村镇银行的全部资产、负债和业务由江北农商银行承继。',
    deals: [{ type: 'merger', target: ['江南村镇银行'], parties: [{ name: '江北农商银行', role: 'acquirer' }] }],
    note: 'fictional banks; a lead-in, then an absorption approved',
  },
  {
    id: 'zh5-b-033', lang: 'zh', style: 'cn-financial-daily', date: '2025-09-19',
    text: '今年以来，A股并购重组市场持续升温。据统计，截至9月18日，年内已有超过120家上市公司披露重大资产重组方案，交易总金额超过4000亿元，较去年同期明显增长。',
    deals: [], negative: 'other',
    note: 'market statistics on restructurings, no deal',
  },
  {
    id: 'zh5-b-034', lang: 'zh', style: 'hk-newswire', date: '2025-12-11',
    text: '港股通讯｜智能驾驶芯片公司芯驰未来今日于港交所主板挂牌，股份代号9881。是次全球发售2.4亿股，所得款项总额约36亿港元，为年内港股规模最大的芯片IPO。',
    deals: [{ type: 'ipo', target: ['芯驰未来'], amount: { currency: 'HKD', amount: 3_600_000_000 }, parties: [] }],
    note: 'fictional company; a listing with its stock code',
  },
  {
    id: 'zh5-b-035', lang: 'zh', style: 'cn-tech-longform', date: '2025-10-28',
    text: '回看极光出行的融资史，几乎每一轮都踩在了行业节点上：2023年，公司拿到了由IDG资本领投的A轮；去年底，又获得了由腾讯投资领投的6亿元B轮融资，老股东IDG资本继续跟投。',
    deals: [
      { type: 'funding', target: ['极光出行'], round: 'A轮', parties: [{ name: 'IDG资本', role: 'lead' }] },
      {
        type: 'funding', target: ['极光出行'], round: 'B轮', amount: { currency: 'CNY', amount: 600_000_000 },
        parties: [{ name: '腾讯投资', role: 'lead' }, { name: 'IDG资本', role: 'participant' }], date: '2024-12',
      },
    ],
    note: 'fictional company; a longform look back, two dated rounds split by "；"',
  },
  {
    id: 'zh5-b-036', lang: 'zh', style: 'cn-press-release', date: '2025-02-25',
    text: '【新闻稿】全球领先的生命科学工具提供商赛纳生物今日宣布，已与德国实验室自动化公司LabMotion GmbH达成最终协议，以约1.2亿欧元收购后者全部股权。交易预计于今年第二季度完成交割。',
    deals: [{
      type: 'acquisition', target: ['LabMotion GmbH', 'LabMotion'], amount: { currency: 'EUR', amount: 120_000_000 },
      parties: [{ name: '赛纳生物', role: 'acquirer' }],
    }],
    note: 'fictional companies; a definitive agreement signed, the target as 后者',
  },
  {
    id: 'zh5-b-037', lang: 'zh', style: 'cn-weekly', date: '2025-11-28',
    text: '本周，储能赛道再现大额融资。海辰储能旗下的海辰新能完成12亿元C轮融资，由国投创合领投，厦门金圆、建信投资跟投；同时，公司与某头部车企的合资工厂也已开工建设。',
    deals: [{
      type: 'funding', target: ['海辰新能'], round: 'C轮', amount: { currency: 'CNY', amount: 1_200_000_000 },
      parties: [{ name: '国投创合', role: 'lead' }, { name: '厦门金圆', role: 'participant' }, { name: '建信投资', role: 'participant' }],
    }],
    note: 'fictional subsidiary of a real-sounding parent; the parent is no party',
  },
  {
    id: 'zh5-b-038', lang: 'zh', style: 'cn-securities-daily', date: '2025-06-06',
    text: '华信股份公告，公司拟向全体股东每10股派发现金红利5元（含税），合计派发现金约6.8亿元，同时以资本公积金每10股转增3股。',
    deals: [], negative: 'dividend',
    note: 'fictional company; a dividend and a bonus issue',
  },
  {
    id: 'zh5-b-039', lang: 'zh', style: 'tw-press', date: '2025-07-23',
    text: '台灣AI伺服器散熱新創冷鋒科技宣布完成新台幣8億元B輪募資，由國發基金與台達電共同領投，既有股東中華開發資本持續加碼，資金將用於擴建液冷產線。',
    deals: [{
      type: 'funding', target: ['冷鋒科技'], round: 'B輪', amount: { currency: 'TWD', amount: 800_000_000 },
      parties: [{ name: '國發基金', role: 'lead' }, { name: '台達電', role: 'lead' }, { name: '中華開發資本', role: 'participant' }],
    }],
    note: 'fictional company; Taiwan press in traditional characters; 募資 for a round',
  },
  {
    id: 'zh5-b-040', lang: 'zh', style: 'cn-financial-press', date: '2025-08-07',
    text: '据记者了解，由于未能通过反垄断审查，此前宣布的恒泰物流与顺达快运的合并交易已被迫终止，双方将各自独立运营。',
    deals: [], negative: 'called-off',
    note: 'fictional companies; a merger blocked',
  },
  {
    id: 'zh5-b-041', lang: 'zh', style: 'cn-vc-flash', date: '2025-12-09',
    text: '【融资快讯】手术机器人公司术锐医疗完成C轮融资，本轮融资金额为8亿元；领投方为国寿股权投资，跟投方包括中国生物医药基金、夏尔巴投资，老股东华盖资本超额认购。',
    deals: [{
      type: 'funding', target: ['术锐医疗'], round: 'C轮', amount: { currency: 'CNY', amount: 800_000_000 },
      parties: [{ name: '国寿股权投资', role: 'lead' }, { name: '中国生物医药基金', role: 'participant' }, { name: '夏尔巴投资', role: 'participant' }, { name: '华盖资本', role: 'participant' }],
    }],
    note: 'fictional round; amount and roles split by "；" with 领投方为 / 跟投方包括',
  },
  {
    id: 'zh5-b-042', lang: 'zh', style: 'cn-exchange-announcement', date: '2025-10-31',
    text: '公告显示，云帆控股拟通过协议转让方式，以每股9.2元的价格受让江海科技控股股东所持的江海科技29.99%股份，合计转让价款约16.5亿元，双方已于10月30日签署《股份转让协议》。',
    deals: [{
      type: 'stake-sale', target: ['江海科技'], amount: { currency: 'CNY', amount: 1_650_000_000 },
      parties: [{ name: '云帆控股', role: 'acquirer' }], date: '2025-10-30',
    }],
    note: 'fictional companies; a transfer of a controlling stake, per-share price and total, signed the day before',
  },
  // ---- batch C: written after the batch-B rules, scored before any rule for it ----
  {
    id: 'zh5-c-001', lang: 'zh', style: 'cn-vc-flash', date: '2025-09-04',
    text: '「硬氪」获悉，固态激光雷达研发商光锥视界近日宣布获得2.8亿元Pre-B轮投资，本轮由国开科创领投，老股东联想创投、临芯投资追加投资。',
    deals: [{
      type: 'funding', target: ['光锥视界'], round: 'Pre-B轮', amount: { currency: 'CNY', amount: 280_000_000 },
      parties: [{ name: '国开科创', role: 'lead' }, { name: '联想创投', role: 'participant' }, { name: '临芯投资', role: 'participant' }],
    }],
    note: 'fictional company; 获得…投资 with a round before the noun',
  },
  {
    id: 'zh5-c-002', lang: 'zh', style: 'cn-tech-longform', date: '2025-08-12',
    text: '这是一款能在厨房里自己切菜的机器人。它的开发者、成立于深圳的食刻智能本月完成了A轮融资，金额1.5亿元，投资方为云启资本和绿洲资本。',
    deals: [{
      type: 'funding', target: ['食刻智能'], round: 'A轮', amount: { currency: 'CNY', amount: 150_000_000 },
      parties: [{ name: '云启资本', role: 'participant' }, { name: '绿洲资本', role: 'participant' }],
    }],
    note: 'fictional company; a product opens the paragraph; the amount after the round',
  },
  {
    id: 'zh5-c-003', lang: 'zh', style: 'cn-cls-flash', date: '2025-11-20',
    text: '【财联社11月20日电】华阳新能晚间公告，公司与远东电池签署协议，拟以12.6亿元现金收购远东电池旗下储能业务相关资产及股权，交易完成后将新增储能电芯产能10GWh。',
    deals: [{ type: 'acquisition', target: ['储能业务'], amount: { currency: 'CNY', amount: 1_260_000_000 }, parties: [{ name: '华阳新能', role: 'acquirer' }] }],
    note: 'fictional companies; a business bought from its owner, agreement signed',
  },
  {
    id: 'zh5-c-004', lang: 'zh', style: 'hk-newswire', date: '2025-05-22',
    text: '港股通讯｜由前美团高管创立的社区团购平台邻里鲜今日以介绍方式在港交所主板上市，不涉及发行新股及募集资金，首日股价上涨8%。',
    deals: [{ type: 'ipo', target: ['邻里鲜'], parties: [] }],
    note: 'fictional company; a listing by introduction, no money raised',
  },
  {
    id: 'zh5-c-005', lang: 'zh', style: 'cn-financial-daily', date: '2025-03-06',
    text: '记者从多个渠道获悉，国内头部茶饮品牌沪茶正在筹备赴港上市，预计募资规模在3亿至5亿美元之间，目前已完成券商遴选。',
    deals: [], negative: 'not-closed',
    note: 'fictional company; a listing planned',
  },
  {
    id: 'zh5-c-006', lang: 'zh', style: 'cn-securities-daily', date: '2025-09-30',
    text: '山河智造公告，控股股东山河集团于9月25日至9月29日期间通过集中竞价方式累计增持公司股份1200万股，增持金额约1.5亿元，后续仍将择机增持。',
    deals: [], negative: 'other',
    note: 'fictional companies; a controlling holder adding shares on the market',
  },
  {
    id: 'zh5-c-007', lang: 'zh', style: 'cn-overseas-press', date: '2025-06-27',
    text: '出海｜越南即时配送平台Giao Nhanh宣布被中国物流企业顺丰旗下的顺丰国际以约6000万美元收购，交易完成后Giao Nhanh将保留原有品牌独立运营。',
    deals: [{ type: 'acquisition', target: ['Giao Nhanh'], amount: { currency: 'USD', amount: 60_000_000 }, parties: [{ name: '顺丰国际', role: 'acquirer' }] }],
    note: 'fictional deal; a passive purchase, the buyer an arm named after its owner',
  },
  {
    id: 'zh5-c-008', lang: 'zh', style: 'cn-local-finance', date: '2025-07-18',
    text: '本报讯（记者 陈思）市属国企滨江城投与滨江交投昨日宣布实施战略重组，滨江交投整体并入滨江城投，重组后的滨江城投资产总额将超过2000亿元。',
    deals: [{ type: 'merger', target: ['滨江交投'], parties: [{ name: '滨江城投', role: 'acquirer' }] }],
    note: 'fictional groups; one folded into the other; the combined assets are no amount',
  },
  {
    id: 'zh5-c-009', lang: 'zh', style: 'cn-funding-weekly', date: '2025-12-13',
    text: '【周融资盘点】本周AI应用赛道共发生融资事件18起。其中，AI写作工具妙笔完成500万美元天使轮融资，由红杉种子基金领投；AI招聘平台职引获得数千万元A轮融资，BV百度风投独家投资。',
    deals: [
      { type: 'funding', target: ['妙笔'], round: '天使轮', amount: { currency: 'USD', amount: 5_000_000 }, parties: [{ name: '红杉种子基金', role: 'lead' }] },
      { type: 'funding', target: ['职引'], round: 'A轮', parties: [{ name: 'BV百度风投', role: 'lead' }] },
    ],
    note: 'fictional companies; two-character names after what they are',
  },
  {
    id: 'zh5-c-010', lang: 'zh', style: 'cn-exchange-announcement', date: '2025-10-16',
    text: '关于筹划重大资产重组的停牌公告：本公司正在筹划以发行股份方式购买安徽瑞丰光电控股权，交易对方为瑞丰光电实际控制人，相关事项尚存在不确定性。',
    deals: [], negative: 'not-closed',
    note: 'fictional companies; a restructuring being planned',
  },
  {
    id: 'zh5-c-011', lang: 'zh', style: 'tw-press', date: '2025-04-09',
    text: '國內半導體通路商大聯電子宣布，已完成以新台幣15億元取得日本電子零組件通路商東信電子51%股權，東信電子自即日起納入大聯電子合併報表。',
    deals: [{ type: 'stake-sale', target: ['東信電子'], amount: { currency: 'TWD', amount: 1_500_000_000 }, parties: [{ name: '大聯電子', role: 'acquirer' }] }],
    note: 'fictional companies; Taiwan press in traditional characters; 取得…股權',
  },
  {
    id: 'zh5-c-012', lang: 'zh', style: 'cn-weekly', date: '2025-02-21',
    text: '车企整合再下一城。长风汽车与江淮新能源今日宣布签署合并协议，双方将以新设合并的方式成立长风江淮汽车集团，双方股东按6:4的比例持有新公司股份。',
    deals: [{ type: 'merger', target: ['长风汽车'], parties: [{ name: '江淮新能源', role: 'participant' }] }],
    note: 'fictional companies; a consolidation agreed, no survivor',
  },
  {
    id: 'zh5-c-013', lang: 'zh', style: 'cn-press-release', date: '2025-11-05',
    text: '【新闻稿】北京时间2025年11月5日——数字孪生平台提供商孪境科技（TwinScape）今日宣布完成1亿美元C轮融资。本轮融资由淡马锡领投，软银愿景基金二期、老股东经纬创投跟投，公司投后估值达10亿美元，正式跻身独角兽行列。',
    deals: [{
      type: 'funding', target: ['孪境科技', 'TwinScape'], round: 'C轮', amount: { currency: 'USD', amount: 100_000_000 },
      valuation: { currency: 'USD', amount: 1_000_000_000, basis: 'post' },
      parties: [{ name: '淡马锡', role: 'lead' }, { name: '软银愿景基金二期', role: 'participant' }, { name: '经纬创投', role: 'participant' }],
    }],
    note: 'fictional company; a press release with a dateline',
  },
  {
    id: 'zh5-c-014', lang: 'zh', style: 'cn-financial-press', date: '2025-06-09',
    text: '青岛啤酒股价今日下跌3.2%，报收62.4元，总市值约850亿元。分析人士认为，旺季销量不及预期拖累了股价表现。',
    deals: [], negative: 'share-move',
    note: 'a share move (figures fictional)',
  },
  {
    id: 'zh5-c-015', lang: 'zh', style: 'hk-chinese-press', date: '2025-01-15',
    text: '本地物流科技公司速達通宣佈完成由新創建集團領投的1.2億港元A輪融資，其他投資者包括數碼港投資創業基金。',
    deals: [{
      type: 'funding', target: ['速達通'], round: 'A輪', amount: { currency: 'HKD', amount: 120_000_000 },
      parties: [{ name: '新創建集團', role: 'lead' }, { name: '數碼港投資創業基金', role: 'participant' }],
    }],
    note: 'fictional company; Hong Kong press in traditional characters; the lead before the round',
  },
  {
    id: 'zh5-c-016', lang: 'zh', style: 'cn-securities-daily', date: '2025-08-29',
    text: '创业板今日迎来新股汇川精工上市。公司本次公开发行新股2500万股，发行价格为每股32.6元，募集资金净额约7.4亿元，将全部用于伺服电机扩产。',
    deals: [{ type: 'ipo', target: ['汇川精工'], amount: { currency: 'CNY', amount: 740_000_000 }, parties: [] }],
    note: 'fictional company; only the net proceeds stated',
  },
  {
    id: 'zh5-c-017', lang: 'zh', style: 'cn-business-daily', date: '2025-04-24',
    text: '两家公司的合并谈判已持续数月。据接近交易的人士透露，光启新材与华瓷科技的换股合并方案仍在细节磋商中，最终能否达成尚存变数。',
    deals: [], negative: 'talks',
    note: 'fictional companies; merger talks',
  },
  {
    id: 'zh5-c-018', lang: 'zh', style: 'cn-tech-press', date: '2025-10-08',
    text: '继去年完成对德国电动工具品牌Kraftwerk的收购后，工具制造商锐拓工业今日再度出手，以约3.2亿元全资收购苏州电池包企业能派科技。',
    deals: [{ type: 'acquisition', target: ['能派科技'], amount: { currency: 'CNY', amount: 320_000_000 }, parties: [{ name: '锐拓工业', role: 'acquirer' }] }],
    note: 'fictional companies; a purchase now; the one recalled in a 继…后 clause is background (gold corrected after the batch-C rules for the convention zh4-i-002 follows)',
  },
  {
    id: 'zh5-c-019', lang: 'zh', style: 'cn-vc-press', date: '2025-05-14',
    text: '有知情人士称，AI芯片公司墨芯半导体将获得某国资平台约20亿元的战略投资，但相关协议尚未最终签署，公司方面未予回应。',
    deals: [], negative: 'not-closed',
    note: 'fictional company; a strategic investment not yet signed',
  },
  {
    id: 'zh5-c-020', lang: 'zh', style: 'cn-securities-times', date: '2025-12-22',
    text: '证券时报e公司讯，宁波精达公告，公司拟以支付现金方式向无锡微研股东购买其持有的无锡微研100%股权，交易作价3.48亿元，相关股权转让协议已签署。',
    deals: [{ type: 'acquisition', target: ['无锡微研'], amount: { currency: 'CNY', amount: 348_000_000 }, parties: [{ name: '宁波精达', role: 'acquirer' }] }],
    note: 'fictional deal; 向…股东购买其持有的…100%股权, signed',
  },
  {
    id: 'zh5-c-021', lang: 'zh', style: 'cn-financial-daily', date: '2025-09-17',
    text: '今年前8个月，云帆物流实现营业收入158亿元，同比增长12%；公司表示，将继续通过并购扩大冷链网络，但目前尚无具体标的。',
    deals: [], negative: 'revenue',
    note: 'fictional company; revenue and a general plan',
  },
  {
    id: 'zh5-c-022', lang: 'zh', style: 'cn-vc-flash', date: '2025-07-29',
    text: '投资界获悉，专注合成生物原料的微元合成宣布连续完成两轮融资：天使轮由峰瑞资本独家投资，天使+轮由BV百度风投领投、老股东峰瑞资本跟投，两轮融资总额近亿元。',
    deals: [
      { type: 'funding', target: ['微元合成'], round: '天使轮', parties: [{ name: '峰瑞资本', role: 'lead' }] },
      { type: 'funding', target: ['微元合成'], round: '天使+轮', parties: [{ name: 'BV百度风投', role: 'lead' }, { name: '峰瑞资本', role: 'participant' }] },
    ],
    note: 'fictional company; two rounds told together; the total is no amount of either',
  },
  {
    id: 'zh5-c-023', lang: 'zh', style: 'hk-newswire', date: '2025-03-25',
    text: '港股通讯｜内地乳企优源牧业公布，已与私募基金博远资本订立协议，博远资本将以每股3.6港元认购公司新发行的5亿股股份，所得款项总额约18亿港元，交易完成后博远资本将持有公司约19.9%股权。',
    deals: [{ type: 'funding', target: ['优源牧业'], amount: { currency: 'HKD', amount: 1_800_000_000 }, parties: [{ name: '博远资本', role: 'participant' }] }],
    note: 'fictional companies; new shares subscribed by a fund: money into the company (the holding after the deal, two clauses on, does not make it a stake bought)',
  },
  {
    id: 'zh5-c-024', lang: 'zh', style: 'cn-local-finance', date: '2025-11-11',
    text: '据了解，这家总部位于合肥高新区的储能企业——蓝沛能源，已于近日完成5亿元B轮融资，合肥产投领投，国元基金、安徽省新兴产业引导基金跟投。',
    deals: [{
      type: 'funding', target: ['蓝沛能源'], round: 'B轮', amount: { currency: 'CNY', amount: 500_000_000 },
      parties: [{ name: '合肥产投', role: 'lead' }, { name: '国元基金', role: 'participant' }, { name: '安徽省新兴产业引导基金', role: 'participant' }],
    }],
    note: 'fictional company; a description and a dash before the name',
  },
  // ---- batch D: written after the batch-C rules, scored before any rule for it ----
  {
    id: 'zh5-d-001', lang: 'zh', style: 'cn-vc-flash', date: '2025-10-14',
    text: '36氪获悉，做工业级3D打印设备的铸形科技已完成近2亿元B轮融资，本轮由中科创星领投，尚颀资本、水木清华校友种子基金跟投，老股东同创伟业超额跟投。',
    deals: [{
      type: 'funding', target: ['铸形科技'], round: 'B轮', amount: { currency: 'CNY', amount: 200_000_000 },
      parties: [{ name: '中科创星', role: 'lead' }, { name: '尚颀资本', role: 'participant' }, { name: '水木清华校友种子基金', role: 'participant' }, { name: '同创伟业', role: 'participant' }],
    }],
    note: 'fictional company; 近2亿元 read as about 200 million',
  },
  {
    id: 'zh5-d-002', lang: 'zh', style: 'cn-securities-daily', date: '2025-06-18',
    text: '一家老牌家电企业迎来新主。澳柯电器今日晚间公告，控股股东澳柯集团拟将其持有的公司26%股份协议转让给青岛海控，转让价款合计约11.2亿元，双方已于今日签署《股份转让协议》。',
    deals: [{ type: 'stake-sale', target: ['澳柯电器'], amount: { currency: 'CNY', amount: 1_120_000_000 }, parties: [{ name: '青岛海控', role: 'acquirer' }, { name: '澳柯集团', role: 'seller' }] }],
    note: 'fictional companies; a change of control, the agreement signed',
  },
  {
    id: 'zh5-d-003', lang: 'zh', style: 'hk-newswire', date: '2025-09-25',
    text: '港股通讯｜生物科技公司康宁杰瑞之后，又一家双抗药企启元生物今日以18B章在港交所上市，发售价每股19.8港元，全球发售所得款项总额约9.9亿港元。',
    deals: [{ type: 'ipo', target: ['启元生物'], amount: { currency: 'HKD', amount: 990_000_000 }, parties: [] }],
    note: 'fictional listing; another company named first for comparison',
  },
  {
    id: 'zh5-d-004', lang: 'zh', style: 'cn-tech-press', date: '2025-03-12',
    text: '记者了解到，智能家居品牌云米家与扫地机厂商追光科技的合并已于上周完成工商变更，合并后由云米家作为存续主体，追光科技的品牌将继续保留。',
    deals: [{ type: 'merger', target: ['追光科技'], parties: [{ name: '云米家', role: 'acquirer' }] }],
    note: 'fictional companies; a merger done, the survivor stated',
  },
  {
    id: 'zh5-d-005', lang: 'zh', style: 'cn-financial-daily', date: '2025-07-30',
    text: '据报道，电动车企极越汽车正在寻求新一轮融资，潜在投资方包括一家中东主权基金，但谈判仍处于早期阶段。',
    deals: [], negative: 'talks',
    note: 'fictional; funding sought',
  },
  {
    id: 'zh5-d-006', lang: 'zh', style: 'cn-funding-weekly', date: '2025-08-23',
    text: '【本周融资】医疗AI公司数坤影像完成5亿元D轮融资，由国新基金领投；跨境支付企业万联支付获2亿美元战略投资，投资方为蚂蚁集团；半导体材料商华晶新材完成3亿元C轮融资，由国家大基金二期独家投资。',
    deals: [
      { type: 'funding', target: ['数坤影像'], round: 'D轮', amount: { currency: 'CNY', amount: 500_000_000 }, parties: [{ name: '国新基金', role: 'lead' }] },
      { type: 'funding', target: ['万联支付'], round: 'strategic', amount: { currency: 'USD', amount: 200_000_000 }, parties: [{ name: '蚂蚁集团', role: 'participant' }] },
      { type: 'funding', target: ['华晶新材'], round: 'C轮', amount: { currency: 'CNY', amount: 300_000_000 }, parties: [{ name: '国家大基金二期', role: 'lead' }] },
    ],
    note: 'fictional companies; three rounds split by "；"',
  },
  {
    id: 'zh5-d-007', lang: 'zh', style: 'cn-exchange-announcement', date: '2025-11-26',
    text: '关于重大资产重组进展的公告：公司拟通过发行股份及支付现金的方式购买华芯微电子100%股权，截至本公告披露日，审计、评估工作尚未完成，交易方案尚需提交股东大会审议。',
    deals: [], negative: 'not-closed',
    note: 'fictional; a restructuring in progress',
  },
  {
    id: 'zh5-d-008', lang: 'zh', style: 'cn-overseas-press', date: '2025-05-08',
    text: '出海｜印尼电商物流服务商KirimCepat完成1500万美元A轮融资，由中国基金高榕创投领投，本地VC AC Ventures跟投，资金将用于在爪哇岛新建分拣中心。',
    deals: [{
      type: 'funding', target: ['KirimCepat'], round: 'A轮', amount: { currency: 'USD', amount: 15_000_000 },
      parties: [{ name: '高榕创投', role: 'lead' }, { name: 'AC Ventures', role: 'participant' }],
    }],
    note: 'fictional company; descriptions before each backer',
  },
  {
    id: 'zh5-d-009', lang: 'zh', style: 'tw-press', date: '2025-02-26',
    text: '光學鏡頭廠大立光今日公告，董事會決議以新台幣30億元參與車用光學新創昱光科技之現金增資，取得其40%股權，成為最大股東。',
    deals: [{ type: 'stake-sale', target: ['昱光科技'], amount: { currency: 'TWD', amount: 3_000_000_000 }, parties: [{ name: '大立光', role: 'acquirer' }] }],
    note: 'fictional deal; Taiwan press in traditional characters; a capital increase taken for a stated stake',
  },
  {
    id: 'zh5-d-010', lang: 'zh', style: 'cn-local-finance', date: '2025-04-03',
    text: '昨天，苏州工业园区又一家企业登陆资本市场。主营半导体检测设备的精测电子今日在深交所创业板挂牌上市，首发募资8.6亿元。',
    deals: [{ type: 'ipo', target: ['精测电子'], amount: { currency: 'CNY', amount: 860_000_000 }, parties: [] }],
    note: 'fictional listing; a local lead-in',
  },
  {
    id: 'zh5-d-011', lang: 'zh', style: 'cn-weekly', date: '2025-12-05',
    text: '宁德时代公布三季报：前三季度实现营业收入2831亿元，归母净利润490亿元，同比增长36%。',
    deals: [], negative: 'revenue',
    note: 'results (figures fictional)',
  },
  {
    id: 'zh5-d-012', lang: 'zh', style: 'cn-tech-longform', date: '2025-09-22',
    text: '张然没想到，自己做的储能小程序会在一年后被巨头看中。9月，他的公司电小二被储能龙头阳光电源以约2.2亿元全资收购，团队将整体并入阳光电源的户储事业部。',
    deals: [{ type: 'acquisition', target: ['电小二'], amount: { currency: 'CNY', amount: 220_000_000 }, parties: [{ name: '阳光电源', role: 'acquirer' }], date: '2025-09' }],
    note: 'fictional deal with a real buyer name; a person first; the team folded into a unit is no merger',
  },
  {
    id: 'zh5-d-013', lang: 'zh', style: 'cn-cls-flash', date: '2025-10-09',
    text: '【财联社10月9日电】锂电设备商先导智能公告，公司与德国设备商Manz AG签署协议，以约1.1亿欧元收购Manz AG旗下锂电设备业务，交易尚需通过德国外商投资审查。',
    deals: [{ type: 'acquisition', target: ['锂电设备业务'], amount: { currency: 'EUR', amount: 110_000_000 }, parties: [{ name: '先导智能', role: 'acquirer' }] }],
    note: 'fictional deal; a unit bought from its owner, agreement signed, review pending',
  },
  {
    id: 'zh5-d-014', lang: 'zh', style: 'hk-chinese-press', date: '2025-06-30',
    text: '有市場消息指，內地連鎖火鍋品牌楠火鍋擬於下半年在港上市，集資約1億美元，惟公司未有回應。',
    deals: [], negative: 'rumour',
    note: 'fictional; a listing rumoured, Hong Kong press in traditional characters',
  },
  {
    id: 'zh5-d-015', lang: 'zh', style: 'cn-securities-times', date: '2025-08-06',
    text: '证券时报记者获悉，国内光伏逆变器企业固德能源与德国储能企业SolarWerk已完成合并，合并后的公司名为GoodWerk，总部设在慕尼黑，原固德能源股东持有新公司60%的股份。',
    deals: [{ type: 'merger', target: ['固德能源'], parties: [{ name: 'SolarWerk', role: 'participant' }] }],
    note: 'fictional companies; a cross-border merger into a renamed company, no survivor',
  },
  {
    id: 'zh5-d-016', lang: 'zh', style: 'cn-vc-press', date: '2025-01-28',
    text: '投资界消息，继去年底完成A轮融资后，AI药物研发平台分子之心日前又宣布完成5000万美元B轮融资，由礼来亚洲基金和启明创投联合领投，老股东红杉中国持续加码。',
    deals: [{
      type: 'funding', target: ['分子之心'], round: 'B轮', amount: { currency: 'USD', amount: 50_000_000 },
      parties: [{ name: '礼来亚洲基金', role: 'lead' }, { name: '启明创投', role: 'lead' }, { name: '红杉中国', role: 'participant' }],
    }],
    note: 'fictional round; an earlier round recalled in a 继…后 clause is background (as zh4-i-002 reads one)',
  },
  {
    id: 'zh5-d-017', lang: 'zh', style: 'cn-business-daily', date: '2025-03-19',
    text: '小马智行股价周二收涨9.6%，市值重回60亿美元上方。此前有报道称，公司正与中东多家基金洽谈设立合资公司。',
    deals: [], negative: 'share-move',
    note: 'a share move and talks (fictional figures)',
  },
  {
    id: 'zh5-d-018', lang: 'zh', style: 'cn-press-release', date: '2025-07-07',
    text: '【新闻稿】中国杭州，2025年7月7日——新能源汽车热管理系统供应商银轮热管今日宣布，已完成对墨西哥汽车零部件制造商Termotec S.A.的收购，交易金额约4800万美元。此次收购是公司国际化战略的重要一步。',
    deals: [{ type: 'acquisition', target: ['Termotec S.A.', 'Termotec'], amount: { currency: 'USD', amount: 48_000_000 }, parties: [{ name: '银轮热管', role: 'acquirer' }] }],
    note: 'fictional companies; a dateline with the city first',
  },
  {
    id: 'zh5-d-019', lang: 'zh', style: 'cn-financial-press', date: '2025-11-03',
    text: '中金公司与中国银河的合并重组传闻再起，但两家公司均在互动平台表示，截至目前未收到任何相关通知。',
    deals: [], negative: 'rumour',
    note: 'a merger rumoured, both deny knowledge',
  },
  {
    id: 'zh5-d-020', lang: 'zh', style: 'cn-securities-daily', date: '2025-12-15',
    text: '北交所今日迎来两只新股：从事环保滤材生产的绿洁科技发行价为每股8.5元，募资2.1亿元；做汽车轻量化零部件的轻力精工发行价为每股15元，募资3亿元。',
    deals: [
      { type: 'ipo', target: ['绿洁科技'], amount: { currency: 'CNY', amount: 210_000_000 }, parties: [] },
      { type: 'ipo', target: ['轻力精工'], amount: { currency: 'CNY', amount: 300_000_000 }, parties: [] },
    ],
    note: 'fictional listings; two new shares, each named after what it does',
  },
  // ---- batch E: written after the batch-D rules, scored before any rule for it ----
  {
    id: 'zh5-e-001', lang: 'zh', style: 'cn-vc-flash', date: '2025-11-18',
    text: '投资界11月18日消息，低空物流无人机企业翼联科技宣布完成数亿元B轮融资。本轮投资由顺丰集团战略领投，湖北高投、东湖资本跟投，本轮资金将用于适航认证及量产交付。',
    deals: [{
      type: 'funding', target: ['翼联科技'], round: 'B轮',
      parties: [{ name: '顺丰集团', role: 'lead' }, { name: '湖北高投', role: 'participant' }, { name: '东湖资本', role: 'participant' }],
    }],
    note: 'fictional company; 数亿元 is no amount; 战略领投',
  },
  {
    id: 'zh5-e-002', lang: 'zh', style: 'cn-securities-daily', date: '2025-07-25',
    text: '本周五，又一家医疗器械公司叩开科创板大门。专注神经介入器械的沛嘉神通今日上市，公司此次发行募集资金总额为15.6亿元，上市首日股价大涨214%。',
    deals: [{ type: 'ipo', target: ['沛嘉神通'], amount: { currency: 'CNY', amount: 1_560_000_000 }, parties: [] }],
    note: 'fictional company; a lead-in; the proceeds named 此次发行募集资金总额',
  },
  {
    id: 'zh5-e-003', lang: 'zh', style: 'cn-cls-flash', date: '2025-04-16',
    text: '【财联社4月16日电】环保设备商清源环境公告，公司以现金1.65亿元收购四川蜀水科技55%股权的交易已完成交割，蜀水科技自本月起纳入公司合并报表。',
    deals: [{ type: 'stake-sale', target: ['四川蜀水科技', '蜀水科技'], amount: { currency: 'CNY', amount: 165_000_000 }, parties: [{ name: '清源环境', role: 'acquirer' }] }],
    note: 'fictional companies; the purchase named as the subject of 已完成交割',
  },
  {
    id: 'zh5-e-004', lang: 'zh', style: 'cn-tech-longform', date: '2025-08-30',
    text: '当大模型公司们还在为算力发愁时，专做推理芯片的行云集成电路已经悄悄完成了新一轮融资。知情人士向记者透露，这轮融资规模约10亿元，由北京市人工智能产业投资基金领投。',
    deals: [{ type: 'funding', target: ['行云集成电路'], amount: { currency: 'CNY', amount: 1_000_000_000 }, parties: [{ name: '北京市人工智能产业投资基金', role: 'lead' }] }],
    note: 'fictional company; the size and lead in the next sentence',
  },
  {
    id: 'zh5-e-005', lang: 'zh', style: 'hk-newswire', date: '2025-10-21',
    text: '港股通讯｜內地連鎖酒店集團華住旗下高端品牌禧玥酒店擬分拆上市，已向聯交所遞交申請，保薦人為中金公司。',
    deals: [], negative: 'not-closed',
    note: 'fictional; a spin-off listing applied for',
  },
  {
    id: 'zh5-e-006', lang: 'zh', style: 'cn-financial-daily', date: '2025-02-19',
    text: '春节后首个交易周，两家券商率先官宣合并：东方财信证券与湘财汇通证券今日公告，双方拟以换股方式合并，由东方财信证券吸收合并湘财汇通证券，换股比例为1:0.9。',
    deals: [{ type: 'merger', target: ['湘财汇通证券'], parties: [{ name: '东方财信证券', role: 'acquirer' }] }],
    note: 'fictional brokers; the absorbing side after 由',
  },
  {
    id: 'zh5-e-007', lang: 'zh', style: 'cn-overseas-press', date: '2025-06-05',
    text: '出海｜总部位于深圳的消费电子品牌Ugreen Lite完成8000万美元C轮融资，本轮由新加坡政府投资公司GIC领投，高瓴资本和老股东IDG资本跟投，公司估值接近10亿美元。',
    deals: [{
      type: 'funding', target: ['Ugreen Lite'], round: 'C轮', amount: { currency: 'USD', amount: 80_000_000 },
      valuation: { currency: 'USD', amount: 1_000_000_000 },
      parties: [{ name: 'GIC', role: 'lead' }, { name: '高瓴资本', role: 'participant' }, { name: 'IDG资本', role: 'participant' }],
    }],
    note: 'fictional company; a Latin name of two words after a description',
  },
  {
    id: 'zh5-e-008', lang: 'zh', style: 'cn-exchange-announcement', date: '2025-09-10',
    text: '星源材料公告，公司控股股东星源控股于近日通过大宗交易方式减持公司股份2000万股，占总股本的1.5%，减持金额约3.6亿元。',
    deals: [], negative: 'other',
    note: 'fictional companies; a holder selling on the market',
  },
  {
    id: 'zh5-e-009', lang: 'zh', style: 'tw-press', date: '2025-05-14',
    text: '國內IC設計廠聯詠旗下子公司聯睿科技宣布，已獲得日本電子大廠村田製作所策略投資新台幣6億元，雙方將合作開發車用感測晶片。',
    deals: [{ type: 'funding', target: ['聯睿科技'], round: 'strategic', amount: { currency: 'TWD', amount: 600_000_000 }, parties: [{ name: '村田製作所', role: 'participant' }] }],
    note: 'fictional deal; Taiwan press in traditional characters; 策略投資 is Taiwan for a strategic investment',
  },
  {
    id: 'zh5-e-010', lang: 'zh', style: 'cn-local-finance', date: '2025-12-03',
    text: '本报讯 经过近一年的筹备，我省首家由两家农商行合并而成的新银行——皖南农商银行昨日正式挂牌开业，原宣城农商行与池州农商行的全部业务由其承继。',
    deals: [{ type: 'merger', target: ['宣城农商行'], parties: [{ name: '池州农商行', role: 'participant' }] }],
    note: 'fictional banks; a consolidation into a new bank; 挂牌开业 is no listing',
  },
  {
    id: 'zh5-e-011', lang: 'zh', style: 'cn-weekly', date: '2025-03-28',
    text: '本周，两笔医药并购引发关注：一是华东医药以9.8亿元收购上海天衡制药100%股权；二是恒瑞健康以约3亿元受让江苏康源生物30%股份。',
    deals: [
      { type: 'acquisition', target: ['上海天衡制药'], amount: { currency: 'CNY', amount: 980_000_000 }, parties: [{ name: '华东医药', role: 'acquirer' }] },
      { type: 'stake-sale', target: ['江苏康源生物'], amount: { currency: 'CNY', amount: 300_000_000 }, parties: [{ name: '恒瑞健康', role: 'acquirer' }] },
    ],
    note: 'fictional deals (a real-sounding buyer name); two purchases listed as 一是… ；二是…',
  },
  {
    id: 'zh5-e-012', lang: 'zh', style: 'cn-business-daily', date: '2025-10-29',
    text: '受三季度订单下滑影响，储能龙头晶科储能今日股价跌停，市值一日蒸发逾80亿元，公司回应称经营一切正常。',
    deals: [], negative: 'share-move',
    note: 'fictional; a share move',
  },
  {
    id: 'zh5-e-013', lang: 'zh', style: 'cn-press-release', date: '2025-01-08',
    text: '【新闻稿】合成生物学公司元素驱动（Elemental Drive）今日宣布完成3000万美元A轮融资。本轮融资由Flagship Pioneering领投，Polaris Partners、经纬创投参投。',
    deals: [{
      type: 'funding', target: ['元素驱动', 'Elemental Drive'], round: 'A轮', amount: { currency: 'USD', amount: 30_000_000 },
      parties: [{ name: 'Flagship Pioneering', role: 'lead' }, { name: 'Polaris Partners', role: 'participant' }, { name: '经纬创投', role: 'participant' }],
    }],
    note: 'fictional company; a Chinese name with its English one in brackets',
  },
  {
    id: 'zh5-e-014', lang: 'zh', style: 'cn-vc-press', date: '2025-08-08',
    text: '据悉，红杉中国近日完成对具身智能公司灵巧动力的独家投资，金额约1亿元，这是该机构年内投资的第十家机器人企业。',
    deals: [{ type: 'funding', target: ['灵巧动力'], amount: { currency: 'CNY', amount: 100_000_000 }, parties: [{ name: '红杉中国', role: 'lead' }] }],
    note: 'fictional company; the investor as subject, 完成对…的独家投资',
  },
  {
    id: 'zh5-e-015', lang: 'zh', style: 'hk-chinese-press', date: '2025-11-27',
    text: '本地上市物流公司嘉運物流今日宣佈，以約4.8億港元現金收購新加坡冷鏈物流商ColdLink Pte. Ltd.的全部股權，交易已於本月完成。',
    deals: [{ type: 'acquisition', target: ['ColdLink Pte. Ltd.', 'ColdLink'], amount: { currency: 'HKD', amount: 480_000_000 }, parties: [{ name: '嘉運物流', role: 'acquirer' }] }],
    note: 'fictional companies; Hong Kong press in traditional characters; a Latin name with a full stop',
  },
  {
    id: 'zh5-e-016', lang: 'zh', style: 'cn-financial-press', date: '2025-06-23',
    text: '交易所文件显示，零食连锁品牌零食很忙与赵一鸣零食的合并方案尚未获得反垄断审批，双方仍在独立运营。',
    deals: [], negative: 'not-closed',
    note: 'a merger awaiting approval (fictional status)',
  },
  // ---- batch F: written after the batch-E rules, scored before any rule for it ----
  {
    id: 'zh5-f-001', lang: 'zh', style: 'cn-vc-flash', date: '2025-09-18',
    text: '「智能涌现」获悉，AI+教育公司学伴智能近期完成A+轮融资，融资额为8000万元，由好未来领投，老股东BAI资本跟投，本轮融资将主要用于AI学习机的研发。',
    deals: [{
      type: 'funding', target: ['学伴智能'], round: 'A+轮', amount: { currency: 'CNY', amount: 80_000_000 },
      parties: [{ name: '好未来', role: 'lead' }, { name: 'BAI资本', role: 'participant' }],
    }],
    note: 'fictional company; 融资额为 after the round',
  },
  {
    id: 'zh5-f-002', lang: 'zh', style: 'cn-securities-daily', date: '2025-10-24',
    text: '又一起“A吃A”落地。天岳精密与鸿泰股份双双公告，天岳精密以发行股份方式换股吸收合并鸿泰股份的交易已获证监会注册批复，鸿泰股份将于近期终止上市。',
    deals: [{ type: 'merger', target: ['鸿泰股份'], parties: [{ name: '天岳精密', role: 'acquirer' }] }],
    note: 'fictional companies; a share-swap absorption approved',
  },
  {
    id: 'zh5-f-003', lang: 'zh', style: 'hk-newswire', date: '2025-12-09',
    text: '港股通讯｜自动驾驶卡车公司千挂科技今日在港交所挂牌，招股价为每股26.6港元，集资净额约21.4亿港元，基石投资者包括中东主权基金穆巴达拉、嘉实基金及宁德时代旗下的问鼎投资。',
    deals: [{
      type: 'ipo', target: ['千挂科技'], amount: { currency: 'HKD', amount: 2_140_000_000 },
      parties: [{ name: '穆巴达拉', role: 'participant' }, { name: '嘉实基金', role: 'participant' }, { name: '问鼎投资', role: 'participant' }],
    }],
    note: 'fictional listing; cornerstones with descriptions and an owner',
  },
  {
    id: 'zh5-f-004', lang: 'zh', style: 'cn-financial-daily', date: '2025-05-27',
    text: '有媒体报道称，快递巨头极兔正考虑收购东南亚物流公司Ninja Van，对此，极兔方面表示“不对市场传闻作评论”。',
    deals: [], negative: 'rumour',
    note: 'a purchase considered, per media (fictional)',
  },
  {
    id: 'zh5-f-005', lang: 'zh', style: 'cn-tech-press', date: '2025-07-03',
    text: '具身智能赛道再添一笔大额融资。刚成立一年的星尘灵动宣布完成8亿元天使轮融资，投资方包括红杉中国、高瓴创投、蚂蚁集团等，创下国内具身智能天使轮融资纪录。',
    deals: [{
      type: 'funding', target: ['星尘灵动'], round: '天使轮', amount: { currency: 'CNY', amount: 800_000_000 },
      parties: [{ name: '红杉中国', role: 'participant' }, { name: '高瓴创投', role: 'participant' }, { name: '蚂蚁集团', role: 'participant' }],
    }],
    note: 'fictional company; a lead-in sentence first; 刚成立一年的 describes it',
  },
  {
    id: 'zh5-f-006', lang: 'zh', style: 'cn-exchange-announcement', date: '2025-03-03',
    text: '金田铜材公告，公司拟以自有资金4.2亿元向全资子公司金田新能源增资，增资完成后金田新能源注册资本增至10亿元。',
    deals: [], negative: 'other',
    note: 'fictional companies; capital put into a wholly owned subsidiary is no deal',
  },
  {
    id: 'zh5-f-007', lang: 'zh', style: 'cn-overseas-press', date: '2025-11-11',
    text: '出海｜东南亚数字银行平台Bayar Bank宣布完成1.2亿美元C轮融资，由腾讯和淡马锡共同领投，东方汇理跟投；这也是该公司继2023年获得蚂蚁集团投资后的又一轮大额融资。',
    deals: [{
      type: 'funding', target: ['Bayar Bank'], round: 'C轮', amount: { currency: 'USD', amount: 120_000_000 },
      parties: [{ name: '腾讯', role: 'lead' }, { name: '淡马锡', role: 'lead' }, { name: '东方汇理', role: 'participant' }],
    }],
    note: 'fictional company; an earlier investment recalled with 继…后 is background',
  },
  {
    id: 'zh5-f-008', lang: 'zh', style: 'tw-press', date: '2025-08-20',
    text: '電子零組件通路商大聯大控股今日宣布，以每股新台幣62元公開收購詮鼎科技全部股份，收購總金額約新台幣48億元，預計於9月底前完成。',
    deals: [], negative: 'not-closed',
    note: 'fictional deal; a tender offer launched, not completed (Taiwan press in traditional characters)',
  },
  {
    id: 'zh5-f-009', lang: 'zh', style: 'cn-local-finance', date: '2025-04-15',
    text: '记者昨日从市国资委获悉，市属国企城发集团已完成对本地老字号食品企业稻香村食品的控股收购，持股比例达到67%，交易金额约5.5亿元。',
    deals: [{ type: 'stake-sale', target: ['稻香村食品'], amount: { currency: 'CNY', amount: 550_000_000 }, parties: [{ name: '城发集团', role: 'acquirer' }] }],
    note: 'fictional deal; 控股收购 of a company with a stated stake',
  },
  {
    id: 'zh5-f-010', lang: 'zh', style: 'cn-weekly', date: '2025-06-13',
    text: '本周IPO市场：周二，储能企业海博思创在科创板上市，募资9.4亿元；周四，连锁餐饮品牌老乡鸡在港交所挂牌，集资约15亿港元。',
    deals: [
      { type: 'ipo', target: ['海博思创'], amount: { currency: 'CNY', amount: 940_000_000 }, parties: [] },
      { type: 'ipo', target: ['老乡鸡'], amount: { currency: 'HKD', amount: 1_500_000_000 }, parties: [] },
    ],
    note: 'listings restated (figures as written here); two listings split by "；", each after a day',
  },
  {
    id: 'zh5-f-011', lang: 'zh', style: 'cn-press-release', date: '2025-09-29',
    text: '【新闻稿】2025年9月29日，苏州——工业机器视觉企业灵图智能宣布，公司已完成由国投招商领投的3亿元C轮融资，苏州元禾控股、老股东深创投参与跟投。',
    deals: [{
      type: 'funding', target: ['灵图智能'], round: 'C轮', amount: { currency: 'CNY', amount: 300_000_000 },
      parties: [{ name: '国投招商', role: 'lead' }, { name: '苏州元禾控股', role: 'participant' }, { name: '深创投', role: 'participant' }],
    }],
    note: 'fictional company; 完成由…领投的…融资',
  },
  {
    id: 'zh5-f-012', lang: 'zh', style: 'cn-financial-press', date: '2025-10-02',
    text: '国庆假期前最后一个交易日，两家光伏企业宣布合并：晶澳新能与天合光储将以新设合并方式组建新公司，合并方案已获双方股东大会通过。',
    deals: [{ type: 'merger', target: ['晶澳新能'], parties: [{ name: '天合光储', role: 'participant' }] }],
    note: 'fictional companies; a consolidation approved, no survivor, after a colon',
  },
  // ---- batch G: written after the batch-F rules, scored before any rule for it ----
  {
    id: 'zh5-g-001', lang: 'zh', style: 'cn-vc-flash', date: '2025-12-16',
    text: '创业邦获悉，宠物医疗连锁品牌安宠家近日宣布完成B轮融资，融资金额达3亿元人民币，投资方为高瓴资本与CPE源峰，其中高瓴资本为领投方。',
    deals: [{
      type: 'funding', target: ['安宠家'], round: 'B轮', amount: { currency: 'CNY', amount: 300_000_000 },
      parties: [{ name: '高瓴资本', role: 'lead' }, { name: 'CPE源峰', role: 'participant' }],
    }],
    note: 'fictional company; the lead named after the list (其中…为领投方)',
  },
  {
    id: 'zh5-g-002', lang: 'zh', style: 'cn-financial-daily', date: '2025-08-27',
    text: '这家成立于1998年的老牌乳企终于找到了买家。据公告，光明牧业已与新希望乳业签署股权转让协议，新希望乳业将以7.6亿元收购光明牧业旗下西北乳业70%股权。',
    deals: [{ type: 'stake-sale', target: ['西北乳业'], amount: { currency: 'CNY', amount: 760_000_000 }, parties: [{ name: '新希望乳业', role: 'acquirer' }, { name: '光明牧业', role: 'seller' }] }],
    note: 'fictional deal; a subsidiary bought from its owner, agreement signed',
  },
  {
    id: 'zh5-g-003', lang: 'zh', style: 'hk-newswire', date: '2025-05-29',
    text: '港股通讯｜手搖茶品牌茶救星球今日在聯交所主板上市，每股發售價13.5港元，全球發售所得款項淨額約8.8億港元。上市首日，股價一度大升45%。',
    deals: [{ type: 'ipo', target: ['茶救星球'], amount: { currency: 'HKD', amount: 880_000_000 }, parties: [] }],
    note: 'fictional company; traditional characters in a Hong Kong newswire',
  },
  {
    id: 'zh5-g-004', lang: 'zh', style: 'cn-securities-times', date: '2025-09-05',
    text: '在公告停牌筹划两周后，三维通信今日披露重组草案：公司拟以发行股份方式购买深圳拓邦微电100%股权，交易作价18.2亿元，同时募集配套资金不超过5亿元。',
    deals: [{ type: 'acquisition', target: ['深圳拓邦微电'], amount: { currency: 'CNY', amount: 1_820_000_000 }, parties: [{ name: '三维通信', role: 'acquirer' }] }],
    note: 'fictional deal; a restructuring draft with its price set; the matching fund-raise is no amount',
  },
  {
    id: 'zh5-g-005', lang: 'zh', style: 'cn-tech-press', date: '2025-04-21',
    text: '有消息称，小红书正在以约200亿美元的估值进行新一轮融资，但公司方面回应称“没有听说”。',
    deals: [], negative: 'rumour',
    note: 'a round rumoured (fictional)',
  },
  {
    id: 'zh5-g-006', lang: 'zh', style: 'cn-local-finance', date: '2025-11-06',
    text: '本报讯 近日，由本市国资控股的城市更新平台城建发展与省属企业交控集团旗下的交控置业正式签署协议，交控置业将以增资扩股方式引入城建发展作为战略股东，增资金额12亿元，城建发展将持有其35%股权。',
    deals: [{ type: 'stake-sale', target: ['交控置业'], amount: { currency: 'CNY', amount: 1_200_000_000 }, parties: [{ name: '城建发展', role: 'acquirer' }] }],
    note: 'fictional companies; a capital increase for a stated stake, the target named after its owner',
  },
  {
    id: 'zh5-g-007', lang: 'zh', style: 'cn-funding-weekly', date: '2025-03-22',
    text: '【一周融资】本周共有9家硬科技企业完成融资。卫星通信终端厂商天链通信完成2亿元A轮融资，投资方包括航天科工资本、中金资本；固态电池企业清能锂电完成数亿元B轮融资，由宁德时代领投。',
    deals: [
      { type: 'funding', target: ['天链通信'], round: 'A轮', amount: { currency: 'CNY', amount: 200_000_000 }, parties: [{ name: '航天科工资本', role: 'participant' }, { name: '中金资本', role: 'participant' }] },
      { type: 'funding', target: ['清能锂电'], round: 'B轮', parties: [{ name: '宁德时代', role: 'lead' }] },
    ],
    note: 'fictional companies; a weekly roundup',
  },
  {
    id: 'zh5-g-008', lang: 'zh', style: 'cn-business-daily', date: '2025-07-17',
    text: '上半年，蔚蓝航空实现营收126亿元，净利润扭亏为盈；公司同时公告，拟向全体股东每10股派发现金红利1.5元。',
    deals: [], negative: 'revenue',
    note: 'fictional airline; results and a dividend',
  },
  {
    id: 'zh5-g-009', lang: 'zh', style: 'cn-overseas-press', date: '2025-02-06',
    text: '出海｜中国储能企业海辰新能与德国能源企业EnBW签署协议，海辰新能将以约2亿欧元收购EnBW旗下储能项目开发商GridStore GmbH，交易预计于今年下半年完成交割。',
    deals: [{ type: 'acquisition', target: ['GridStore GmbH', 'GridStore'], amount: { currency: 'EUR', amount: 200_000_000 }, parties: [{ name: '海辰新能', role: 'acquirer' }] }],
    note: 'fictional deal; a signed agreement to buy a subsidiary with a Latin name',
  },
  {
    id: 'zh5-g-010', lang: 'zh', style: 'cn-tech-longform', date: '2025-10-10',
    text: '从车库里的三个人到估值百亿，追光机器人只用了四年。今年8月，它完成了由软银愿景基金领投的4亿美元C轮融资，投后估值达到15亿美元。',
    deals: [{
      type: 'funding', target: ['追光机器人'], round: 'C轮', amount: { currency: 'USD', amount: 400_000_000 },
      valuation: { currency: 'USD', amount: 1_500_000_000, basis: 'post' },
      parties: [{ name: '软银愿景基金', role: 'lead' }], date: '2025-08',
    }],
    note: 'fictional company; the company as the previous sentence\'s subject, 它 in the next',
  },
  {
    id: 'zh5-g-011', lang: 'zh', style: 'tw-press', date: '2025-12-01',
    text: '台灣電動機車品牌睿能創意宣布與東南亞機車大廠Honda Motor越南子公司完成合資公司設立，雙方各持股50%。',
    deals: [], negative: 'other',
    note: 'fictional; a joint venture set up, no deal of the kinds scored',
  },
  {
    id: 'zh5-g-012', lang: 'zh', style: 'cn-securities-daily', date: '2025-06-27',
    text: '科创板今日迎来年内第20只新股。从事半导体量检测设备的中科飞测正式挂牌交易，本次发行价格为23.6元/股，实际募集资金总额约17.7亿元。',
    deals: [{ type: 'ipo', target: ['中科飞测'], amount: { currency: 'CNY', amount: 1_770_000_000 }, parties: [] }],
    note: 'restated listing (figures as written here); 实际募集资金总额',
  },
  // ---- batch H: written after the batch-G rules, scored before any rule for it ----
  {
    id: 'zh5-h-001', lang: 'zh', style: 'cn-vc-flash', date: '2025-10-30',
    text: '动点科技获悉，新加坡AI安全公司Sentinel Mesh近日完成2500万美元A轮融资，由红杉印度与东南亚（Peak XV）领投，新加坡电信旗下风投Singtel Innov8跟投。',
    deals: [{
      type: 'funding', target: ['Sentinel Mesh'], round: 'A轮', amount: { currency: 'USD', amount: 25_000_000 },
      parties: [{ name: 'Peak XV', role: 'lead' }, { name: 'Singtel Innov8', role: 'participant' }],
    }],
    note: 'fictional company; Latin names throughout',
  },
  {
    id: 'zh5-h-002', lang: 'zh', style: 'cn-securities-daily', date: '2025-11-14',
    text: '控制权之争尘埃落定。天际股份今日公告，杭州资本通过协议受让及表决权委托方式取得公司控制权，协议受让部分对应15%股份，转让价款约9.3亿元。',
    deals: [{ type: 'stake-sale', target: ['天际股份'], amount: { currency: 'CNY', amount: 930_000_000 }, parties: [{ name: '杭州资本', role: 'acquirer' }] }],
    note: 'fictional deal; control taken through a transfer and voting proxies',
  },
  {
    id: 'zh5-h-003', lang: 'zh', style: 'hk-newswire', date: '2025-08-14',
    text: '港股通讯｜中资券商国泰君安国际宣布，已完成对越南证券公司Saigon Capital Securities的收购，持股比例达65%，代价约4500万美元。',
    deals: [{ type: 'stake-sale', target: ['Saigon Capital Securities'], amount: { currency: 'USD', amount: 45_000_000 }, parties: [{ name: '国泰君安国际', role: 'acquirer' }] }],
    note: 'fictional deal; a stake stated after 完成对…的收购',
  },
  {
    id: 'zh5-h-004', lang: 'zh', style: 'cn-financial-daily', date: '2025-01-23',
    text: '一家名为“星图未来”的AI公司近日浮出水面，其创始人曾任百度副总裁。据了解，公司已完成两轮融资，但未披露具体金额和投资方。',
    deals: [], negative: 'other',
    note: 'fictional; rounds mentioned without any round, amount or backer told',
  },
  {
    id: 'zh5-h-005', lang: 'zh', style: 'cn-tech-press', date: '2025-06-26',
    text: '继5月完成对芯动微的收购后，国产芯片设计企业中微半导今日又宣布以2.6亿元收购苏州晶格科技51%股权。',
    deals: [{ type: 'stake-sale', target: ['苏州晶格科技'], amount: { currency: 'CNY', amount: 260_000_000 }, parties: [{ name: '中微半导', role: 'acquirer' }] }],
    note: 'fictional deal; an earlier purchase recalled in 继…后 is background',
  },
  {
    id: 'zh5-h-006', lang: 'zh', style: 'cn-local-finance', date: '2025-09-09',
    text: '本报讯（记者 李想）我市企业鲁南制药集团旗下的鲁南生物今日在北交所上市，成为本市第12家北交所上市公司，本次发行募集资金2.8亿元。',
    deals: [{ type: 'ipo', target: ['鲁南生物'], amount: { currency: 'CNY', amount: 280_000_000 }, parties: [] }],
    note: 'fictional listing; a subsidiary named after its owner',
  },
  {
    id: 'zh5-h-007', lang: 'zh', style: 'cn-weekly', date: '2025-04-04',
    text: '值得注意的是，此次并非双方首次合作。早在2021年，美团就曾以5亿美元战略投资理想汽车，如今两家公司再度携手成立合资公司。',
    deals: [{ type: 'funding', target: ['理想汽车'], round: 'strategic', amount: { currency: 'USD', amount: 500_000_000 }, parties: [{ name: '美团', role: 'participant' }] }],
    note: 'an investment told in the past (as written here); a joint venture is no deal',
  },
  {
    id: 'zh5-h-008', lang: 'zh', style: 'cn-overseas-press', date: '2025-12-12',
    text: '出海｜比亚迪否认了外媒有关其将收购德国车企Karmann工厂的报道，称公司目前没有相关计划。',
    deals: [], negative: 'denial',
    note: 'a purchase denied (fictional)',
  },
  {
    id: 'zh5-h-009', lang: 'zh', style: 'cn-press-release', date: '2025-03-17',
    text: '【新闻稿】上海，2025年3月17日——企业级大模型服务商深言科技今日宣布完成数亿元B轮融资，由中国移动旗下中移资本领投，上海人工智能产业投资基金、老股东智谱跟投。',
    deals: [{
      type: 'funding', target: ['深言科技'], round: 'B轮',
      parties: [{ name: '中移资本', role: 'lead' }, { name: '上海人工智能产业投资基金', role: 'participant' }, { name: '智谱', role: 'participant' }],
    }],
    note: 'fictional round; a dateline with the city first; an arm after its owner',
  },
  {
    id: 'zh5-h-010', lang: 'zh', style: 'tw-press', date: '2025-05-05',
    text: '晶圓測試介面廠穎崴科技公告，將以新台幣12億元取得日商精密探針廠Probe Japan 70%股權，雙方已簽署股份買賣協議，預計第三季完成交割。',
    deals: [{ type: 'stake-sale', target: ['Probe Japan'], amount: { currency: 'TWD', amount: 1_200_000_000 }, parties: [{ name: '穎崴科技', role: 'acquirer' }] }],
    note: 'fictional deal; Taiwan press in traditional characters; an agreement signed',
  },
  // ---- batch I: hard negatives, written after the batch-H rules, scored before any rule for them ----
  {
    id: 'zh5-i-001', lang: 'zh', style: 'cn-vc-flash', date: '2025-12-18',
    text: '36氪获悉，具身智能公司灵动纪元正在进行新一轮融资，本轮拟募集约5亿元，目前已有多家机构完成尽调，预计年底前完成交割。',
    deals: [], negative: 'not-closed',
    note: 'fictional; a round under way, not closed',
  },
  {
    id: 'zh5-i-002', lang: 'zh', style: 'cn-securities-daily', date: '2025-11-21',
    text: '晶科储能公告，公司拟分拆子公司晶科储能科技至港交所主板上市，本次分拆尚需获得中国证监会备案及港交所批准，存在不确定性。',
    deals: [], negative: 'not-closed',
    note: 'fictional; a spin-off listing planned',
  },
  {
    id: 'zh5-i-003', lang: 'zh', style: 'hk-chinese-press', date: '2025-10-15',
    text: '恒益地產今日公佈，向獨立第三方出售旗下一幢位於觀塘的商業大廈，代價約18億港元，預期錄得出售收益約3億港元。',
    deals: [], negative: 'other',
    note: 'fictional; a building sold, no company changes hands',
  },
  {
    id: 'zh5-i-004', lang: 'zh', style: 'cn-financial-daily', date: '2025-09-24',
    text: '针对“华信能源将被央企收购”的传闻，华信能源董秘办人士回应称，公司未与任何央企接触，相关报道不属实。',
    deals: [], negative: 'denial',
    note: 'fictional; a takeover denied',
  },
  {
    id: 'zh5-i-005', lang: 'zh', style: 'cn-tech-press', date: '2025-08-05',
    text: '极氪与领克的整合方案仍在推进中，吉利方面表示，两个品牌将保持独立运营，具体合并细节尚未最终确定。',
    deals: [], negative: 'not-closed',
    note: 'an integration in progress (fictional status)',
  },
  {
    id: 'zh5-i-006', lang: 'zh', style: 'cn-exchange-announcement', date: '2025-07-08',
    text: '天峰科技公告，公司与云岭新材签署的《股权收购框架协议》已到期自动终止，双方未能就收购价格达成一致，公司将不再推进本次收购。',
    deals: [], negative: 'called-off',
    note: 'fictional; a framework agreement lapsed',
  },
];
