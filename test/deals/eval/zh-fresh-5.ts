import type { GoldParagraph } from './gold';

// A fifth batch of Chinese paragraphs for issue 17, written by session dealszh16 in two parts, each scored
// before any rule was written for it: batch A (zh5-a-…) first, batch B (zh5-b-…) only after the rules for
// batch A were in. Styles: 36氪 / 投资界式快讯, 财联社电报, 证券时报 / 上证报公告解读, 交易所公告, 港股通讯, 晚点 /
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
];
