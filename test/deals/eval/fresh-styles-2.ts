import type { GoldParagraph } from './gold';

// A second batch of paragraphs written for issue 17 before any rule was written for them (session
// deals13), in the styles the set held few of: listed-company announcements (cash stake purchases,
// share issues to buy assets, agreed share transfers, tender offers, absorptions, capital increases),
// Hong Kong IPO reports, STAR Market and ChiNext listings, 36Kr / PEdaily funding briefs, Caixin M&A;
// in English Reuters / Bloomberg M&A (per-share price and total including debt, tender offers,
// mergers of equals with an exchange ratio), IPO pricings and debuts, Series A–E rounds with long
// investor lists, Nikkei Asia, Economic Times, DealStreetAsia and local business journals. Written by
// the DealLens team in our own words after real reporting (no sentence copied); deals are public
// record, figures as reported at the time.
//
// Gold rule for listings (applies to zh-fresh-012 too): an IPO is a deal once it is priced, raised or
// listed; an offer that has only opened (今日起招股), a filing or a hearing is not yet one.
export const PARAGRAPHS: readonly GoldParagraph[] = [
  // ---- Chinese: listed-company announcements ----
  {
    id: 'zh-fresh4-001', lang: 'zh', style: 'cn-company-announcement', date: '2024-08-27',
    text: '华润三九晚间公告，公司拟以现金约62.12亿元，通过协议转让方式受让天士力集团及其一致行动人合计持有的天士力28%股份。本次交易完成后，华润三九将成为天士力的控股股东，华润集团成为其实际控制人。',
    deals: [{
      type: 'stake-sale', target: ['天士力'], amount: { currency: 'CNY', amount: 6_212_000_000 },
      parties: [{ name: '华润三九', role: 'acquirer' }, { name: '天士力集团', role: 'seller' }],
    }],
    note: 'public record; 协议转让 of a controlling stake for cash',
  },
  {
    id: 'zh-fresh4-002', lang: 'zh', style: 'cn-company-announcement', date: '2024-09-06',
    text: '芯联集成披露重组预案，拟通过发行股份及支付现金的方式，购买芯联越州集成电路制造（绍兴）有限公司72.33%股权，交易作价58.97亿元。交易完成后，芯联越州将成为上市公司的全资子公司。',
    deals: [{
      type: 'stake-sale', target: ['芯联越州集成电路制造（绍兴）有限公司', '芯联越州'], amount: { currency: 'CNY', amount: 5_897_000_000 },
      parties: [{ name: '芯联集成', role: 'acquirer' }],
    }],
    note: 'public record; 发行股份及支付现金购买资产 with a stated price',
  },
  {
    id: 'zh-fresh4-003', lang: 'zh', style: 'cn-securities-daily', date: '2024-05-15',
    text: '国联证券发布重组草案，拟以发行A股股份的方式，向国联集团等45名交易对方购买其合计持有的民生证券99.26%股份，标的资产交易价格为294.92亿元；公司同时拟向不超过35名特定投资者发行股份募集配套资金，总额不超过20亿元。',
    deals: [{
      type: 'stake-sale', target: ['民生证券'], amount: { currency: 'CNY', amount: 29_492_000_000 },
      parties: [{ name: '国联证券', role: 'acquirer' }, { name: '国联集团', role: 'seller' }],
    }],
    note: 'public record; the 配套募资 is a cap planned, not a placement done',
  },
  {
    id: 'zh-fresh4-004', lang: 'zh', style: 'cn-company-announcement', date: '2019-12-03',
    text: '格力电器公告，控股股东格力集团与珠海明骏签署股份转让协议，格力集团以每股46.17元的价格向珠海明骏协议转让其持有的格力电器15%股份，转让总价款为416.62亿元。转让完成后，格力电器将变为无控股股东、无实际控制人的状态。',
    deals: [{
      type: 'stake-sale', target: ['格力电器'], amount: { currency: 'CNY', amount: 41_662_000_000 },
      parties: [{ name: '珠海明骏', role: 'acquirer' }, { name: '格力集团', role: 'seller' }],
    }],
    note: 'public record; per-share price and the total, the seller named first',
  },
  {
    id: 'zh-fresh4-005', lang: 'zh', style: 'cn-company-announcement', date: '2021-02-09',
    text: '顺丰控股公告，公司拟通过境外全资子公司以有条件自愿部分要约的方式收购嘉里物流约51.8%的股份，要约价为每股18.80港元，总代价约175.56亿港元。要约完成后，嘉里物流将继续在港交所上市。',
    deals: [{
      type: 'stake-sale', target: ['嘉里物流'], amount: { currency: 'HKD', amount: 17_556_000_000 },
      parties: [{ name: '顺丰控股', role: 'acquirer' }],
    }],
    note: 'public record; 要约收购 with per-share price and total',
  },
  {
    id: 'zh-fresh4-006', lang: 'zh', style: 'cn-financial-press-caixin', date: '2017-01-09',
    text: '美的集团对德国机器人制造商库卡的要约收购已全部完成交割。美的以每股115欧元的要约价，共计斥资约37亿欧元，收购完成后持有库卡约94.55%的股份，成为其控股股东。',
    deals: [{
      type: 'stake-sale', target: ['库卡'], amount: { currency: 'EUR', amount: 3_700_000_000 },
      parties: [{ name: '美的集团', role: 'acquirer' }],
    }],
    note: 'public record; tender offer completed, per-share price then the total',
  },
  {
    id: 'zh-fresh4-007', lang: 'zh', style: 'cn-securities-times', date: '2016-09-22',
    text: '宝钢股份与武钢股份双双发布重组预案，宝钢股份拟以换股方式吸收合并武钢股份，换股比例为1:0.56，即每1股武钢股份可换取0.56股宝钢股份。合并完成后，武钢股份将终止上市并注销法人资格。',
    deals: [{
      type: 'merger', target: ['武钢股份'], parties: [{ name: '宝钢股份', role: 'acquirer' }],
    }],
    note: 'public record; 换股吸收合并 with the absorbing side stated',
  },
  {
    id: 'zh-fresh4-008', lang: 'zh', style: 'cn-financial-press', date: '2014-12-31',
    text: '中国南车与中国北车昨晚同时发布合并预案，双方按照对等原则合并，技术上采取中国南车换股吸收合并中国北车的方式，每股北车股份可换取1.10股南车股份。合并后的新公司将更名为中国中车。',
    deals: [{
      type: 'merger', target: ['中国北车'], parties: [{ name: '中国南车', role: 'acquirer' }],
    }],
    note: 'public record; a merger of equals whose form names the absorbing side',
  },
  {
    id: 'zh-fresh4-009', lang: 'zh', style: 'cn-business-daily', date: '2024-08-21',
    text: '华为智能汽车解决方案业务独立后的引望智能迎来两家车企股东。赛力斯公告，拟以现金115亿元向华为购买深圳引望智能技术有限公司10%股权；此前，长安汽车旗下阿维塔也宣布以115亿元受让华为所持引望10%股权。',
    deals: [
      {
        type: 'stake-sale', target: ['深圳引望智能技术有限公司', '引望智能', '引望'], amount: { currency: 'CNY', amount: 11_500_000_000 },
        parties: [{ name: '赛力斯', role: 'acquirer' }, { name: '华为', role: 'seller' }],
      },
      {
        type: 'stake-sale', target: ['引望智能', '深圳引望智能技术有限公司', '引望'], amount: { currency: 'CNY', amount: 11_500_000_000 },
        parties: [{ name: '阿维塔', role: 'acquirer' }, { name: '华为', role: 'seller' }],
      },
    ],
    note: 'public record; two buyers of equal stakes from one seller',
  },
  {
    id: 'zh-fresh4-010', lang: 'zh', style: 'cn-portal-finance', date: '2020-04-29',
    text: '蔚来宣布与合肥市建设投资控股（集团）有限公司、国投招商投资管理有限公司及安徽省高新技术产业投资有限公司签署投资协议，三家战略投资者将合计向蔚来中国增资70亿元，蔚来中国总部落户合肥。',
    deals: [{
      type: 'funding', target: ['蔚来中国'], amount: { currency: 'CNY', amount: 7_000_000_000 }, round: 'strategic',
      parties: [
        { name: '合肥市建设投资控股（集团）有限公司', role: 'participant' }, { name: '国投招商投资管理有限公司', role: 'participant' },
        { name: '安徽省高新技术产业投资有限公司', role: 'participant' },
      ],
    }],
    note: 'public record; 增资 by state investors into a subsidiary',
  },
  {
    id: 'zh-fresh4-011', lang: 'zh', style: 'cn-company-announcement', date: '2025-08-05',
    text: '中国神华公告，公司正在筹划以发行A股股份及支付现金的方式，购买控股股东国家能源集团持有的煤炭、坑口煤电等资产，交易价格尚未确定，公司股票自今日起停牌。',
    deals: [], negative: 'not-closed',
    note: 'public record (an asset purchase being planned); no price, not agreed',
  },
  // ---- Chinese: Hong Kong listings ----
  {
    id: 'zh-fresh4-012', lang: 'zh', style: 'hk-chinese-press', date: '2018-08-08',
    text: '港交所今日迎来两只大型新股。中国铁塔在主板挂牌，每股发行价1.26港元，全球发售约431亿股，集资约543亿港元，为近两年全球最大的IPO；同日，百济神州亦在港挂牌，发售价每股108港元，集资约70.8亿港元。',
    deals: [
      { type: 'ipo', target: ['中国铁塔'], amount: { currency: 'HKD', amount: 54_300_000_000 }, parties: [] },
      { type: 'ipo', target: ['百济神州'], amount: { currency: 'HKD', amount: 7_080_000_000 }, parties: [] },
    ],
    note: 'public record; two listings on one day',
  },
  {
    id: 'zh-fresh4-013', lang: 'zh', style: 'hk-chinese-press', date: '2020-12-11',
    text: '潮玩企业泡泡玛特今日在港交所主板挂牌，发售价定为每股38.5港元，位于招股区间上限，集资约50亿港元。公司首日开盘报77.1港元，较发售价上涨逾一倍。',
    deals: [{ type: 'ipo', target: ['泡泡玛特'], amount: { currency: 'HKD', amount: 5_000_000_000 }, parties: [] }],
    note: 'public record; per-share and opening prices are not the amount',
  },
  {
    id: 'zh-fresh4-014', lang: 'zh', style: 'hk-chinese-press', date: '2016-09-28',
    text: '中国邮政储蓄银行今日于港交所上市，H股发行价为每股4.76港元，全球发售集资约574亿港元，是今年以来全球最大规模的新股发行，其基石投资者包括瑞银、摩根大通、中国人寿等。',
    deals: [{
      type: 'ipo', target: ['中国邮政储蓄银行'], amount: { currency: 'HKD', amount: 57_400_000_000 },
      parties: [{ name: '瑞银', role: 'participant' }, { name: '摩根大通', role: 'participant' }, { name: '中国人寿', role: 'participant' }],
    }],
    note: 'public record; cornerstone investors as participants',
  },
  {
    id: 'zh-fresh4-015', lang: 'zh', style: 'hk-chinese-press', date: '2023-10-27',
    text: '快递企业极兔速递今日在港交所挂牌上市，发售价为每股12港元，全球发售募资约39.2亿港元。上市首日，极兔股价收跌逾8%。',
    deals: [{ type: 'ipo', target: ['极兔速递', '极兔'], amount: { currency: 'HKD', amount: 3_920_000_000 }, parties: [] }],
    note: 'public record',
  },
  {
    id: 'zh-fresh4-016', lang: 'zh', style: 'cn-securities-times', date: '2024-11-27',
    text: '顺丰控股今日正式登陆港交所，实现“A+H”两地上市。本次H股发行价为每股34.3港元，募资总额约58.3亿港元，募资净额约56.6亿港元，主要用于加强国际及跨境物流能力。',
    deals: [{ type: 'ipo', target: ['顺丰控股'], amount: { currency: 'HKD', amount: 5_830_000_000 }, parties: [] }],
    note: 'public record; gross and net proceeds, the gross is the amount',
  },
  {
    id: 'zh-fresh4-017', lang: 'zh', style: 'hk-chinese-press', date: '2025-04-28',
    text: '新茶饮品牌沪上阿姨今日起招股，招股价每股113.12港元，拟发行约1455万股H股，预期于下周四在港交所主板挂牌。',
    deals: [], negative: 'not-closed',
    note: 'public record (offer open); an opened offer is not yet a listing',
  },
  {
    id: 'zh-fresh4-018', lang: 'zh', style: 'hk-chinese-press', date: '2025-06-30',
    text: '据悉，跨境快时尚电商希音已向港交所秘密递交上市申请，此前其在伦敦上市的计划未能获得监管放行。希音方面对此不予置评。',
    deals: [], negative: 'not-closed',
    note: 'public record as reported; a filing, not a listing',
  },
  // ---- Chinese: STAR Market / ChiNext / Beijing listings ----
  {
    id: 'zh-fresh4-019', lang: 'zh', style: 'cn-shanghai-securities-news', date: '2020-07-20',
    text: '“AI芯片第一股”寒武纪今日在科创板上市，发行价64.39元/股，募集资金总额25.82亿元。开盘后公司股价一度大涨逾300%，总市值突破千亿元。',
    deals: [{ type: 'ipo', target: ['寒武纪'], amount: { currency: 'CNY', amount: 2_582_000_000 }, parties: [] }],
    note: 'public record',
  },
  {
    id: 'zh-fresh4-020', lang: 'zh', style: 'cn-securities-daily', date: '2022-08-31',
    text: '8月科创板迎来两只“巨无霸”新股：8月12日，海光信息上市，发行价36元/股，募资约108亿元；8月22日，联影医疗挂牌，发行价109.88元/股，募资总额109.88亿元，是科创板开板以来第三大IPO。',
    deals: [
      { type: 'ipo', target: ['海光信息'], amount: { currency: 'CNY', amount: 10_800_000_000 }, parties: [], date: '2022-08-12' },
      { type: 'ipo', target: ['联影医疗'], amount: { currency: 'CNY', amount: 10_988_000_000 }, parties: [], date: '2022-08-22' },
    ],
    note: 'public record; two listings, each with its own date',
  },
  {
    id: 'zh-fresh4-021', lang: 'zh', style: 'cn-securities-daily', date: '2018-06-11',
    text: '动力电池龙头宁德时代今日在深交所创业板挂牌，发行价25.14元/股，本次首次公开发行募集资金54.62亿元，将主要用于湖西锂离子动力电池生产基地建设。',
    deals: [{ type: 'ipo', target: ['宁德时代'], amount: { currency: 'CNY', amount: 5_462_000_000 }, parties: [] }],
    note: 'public record; ChiNext listing',
  },
  {
    id: 'zh-fresh4-022', lang: 'zh', style: 'cn-portal-finance', date: '2018-10-16',
    text: '医疗器械企业迈瑞医疗今日登陆创业板，发行价48.80元/股，募资59.34亿元，成为创业板开板以来募资规模最大的IPO。',
    deals: [{ type: 'ipo', target: ['迈瑞医疗'], amount: { currency: 'CNY', amount: 5_934_000_000 }, parties: [] }],
    note: 'public record',
  },
  {
    id: 'zh-fresh4-023', lang: 'zh', style: 'cn-securities-times', date: '2021-12-15',
    text: '百济神州今日在科创板挂牌上市，发行价192.60元/股，募集资金总额约221.6亿元，成为首家在纳斯达克、港交所和上交所三地上市的生物科技公司。',
    deals: [{ type: 'ipo', target: ['百济神州'], amount: { currency: 'CNY', amount: 22_160_000_000 }, parties: [] }],
    note: 'public record; the third listing of a company listed elsewhere',
  },
  {
    id: 'zh-fresh4-024', lang: 'zh', style: 'cn-business-daily', date: '2022-01-26',
    text: '光伏组件企业晶科能源今日在科创板上市，发行价5元/股，募资总额100亿元，是年内科创板募资规模最大的新股之一。',
    deals: [{ type: 'ipo', target: ['晶科能源'], amount: { currency: 'CNY', amount: 10_000_000_000 }, parties: [] }],
    note: 'public record',
  },
  {
    id: 'zh-fresh4-025', lang: 'zh', style: 'cn-securities-daily', date: '2024-11-15',
    text: '北交所开市三周年之际，相关负责人表示，将坚持服务创新型中小企业的定位，目前在审企业数量较年初有所回落，下一步将稳步推进新股发行常态化。',
    deals: [], negative: 'other',
    note: 'a market-wide statement; no listing',
  },
  // ---- Chinese: funding briefs ----
  {
    id: 'zh-fresh4-026', lang: 'zh', style: 'cn-tech-press-36kr', date: '2024-10-09',
    text: '36氪获悉，滴滴自动驾驶宣布完成C轮融资，融资金额2.98亿美元，本轮由广汽集团、广州开发区投资集团投资。双方还将合作推出L4级自动驾驶量产车型。',
    deals: [{
      type: 'funding', target: ['滴滴自动驾驶'], round: 'C轮', amount: { currency: 'USD', amount: 298_000_000 },
      parties: [{ name: '广汽集团', role: 'participant' }, { name: '广州开发区投资集团', role: 'participant' }],
    }],
    note: 'public record',
  },
  {
    id: 'zh-fresh4-027', lang: 'zh', style: 'cn-vc-press-pedaily', date: '2025-03-12',
    text: '投资界消息，AI视频生成企业爱诗科技完成6000万美元B轮融资，由阿里巴巴领投，多家老股东追投。爱诗科技旗下产品PixVerse全球用户已超过6000万。',
    deals: [{
      type: 'funding', target: ['爱诗科技'], round: 'B轮', amount: { currency: 'USD', amount: 60_000_000 },
      parties: [{ name: '阿里巴巴', role: 'lead' }],
    }],
    note: 'public record; existing investors unnamed',
  },
  {
    id: 'zh-fresh4-028', lang: 'zh', style: 'cn-tech-press-36kr', date: '2024-09-02',
    text: 'AI基础设施企业无问芯穹完成近5亿元A轮融资。本轮由君联资本、启明创投和洪泰基金联合领投，联想创投、小米、绿洲资本等跟投，老股东徐汇资本继续追投。至此，无问芯穹成立一年多累计融资近10亿元。',
    deals: [{
      type: 'funding', target: ['无问芯穹'], round: 'A轮', amount: { currency: 'CNY', amount: 500_000_000 },
      parties: [
        { name: '君联资本', role: 'lead' }, { name: '启明创投', role: 'lead' }, { name: '洪泰基金', role: 'lead' },
        { name: '联想创投', role: 'participant' }, { name: '小米', role: 'participant' }, { name: '绿洲资本', role: 'participant' },
        { name: '徐汇资本', role: 'participant' },
      ],
    }],
    note: 'public record as reported; "近5亿元" read as 5亿元 as elsewhere in the set; the cumulative total is no round',
  },
  {
    id: 'zh-fresh4-029', lang: 'zh', style: 'cn-tech-press', date: '2023-05-18',
    text: '跨境快时尚电商SHEIN完成新一轮20亿美元融资，投后估值为660亿美元，较上一轮有所下降。本轮投资方包括穆巴达拉、泛大西洋投资和红杉中国。',
    deals: [{
      type: 'funding', target: ['SHEIN'], amount: { currency: 'USD', amount: 2_000_000_000 },
      valuation: { currency: 'USD', amount: 66_000_000_000, basis: 'post' },
      parties: [{ name: '穆巴达拉', role: 'participant' }, { name: '泛大西洋投资', role: 'participant' }, { name: '红杉中国', role: 'participant' }],
    }],
    note: 'public record; post-money valuation',
  },
  {
    id: 'zh-fresh4-030', lang: 'zh', style: 'cn-vc-press', date: '2022-09-20',
    text: '红杉中国宣布完成新一期基金募集，总规模约90亿美元，包括种子基金、创业期基金及成长期基金等多支美元和人民币基金。',
    deals: [], negative: 'fund-raise',
    note: 'public record; a VC firm closing its own funds',
  },
  // ---- Chinese: Caixin / Yicai M&A ----
  {
    id: 'zh-fresh4-031', lang: 'zh', style: 'cn-financial-press-caixin', date: '2016-05-10',
    text: '洛阳钼业宣布，将以26.5亿美元现金收购自由港麦克莫兰持有的刚果（金）腾科丰谷鲁梅铜钴矿56%权益。这是中国企业在刚果（金）规模最大的一笔矿业并购。',
    deals: [{
      type: 'stake-sale', target: ['腾科丰谷鲁梅铜钴矿'], amount: { currency: 'USD', amount: 2_650_000_000 },
      parties: [{ name: '洛阳钼业', role: 'acquirer' }, { name: '自由港麦克莫兰', role: 'seller' }],
    }],
    note: 'public record; seller named after 收购',
  },
  {
    id: 'zh-fresh4-032', lang: 'zh', style: 'cn-financial-press-caixin', date: '2012-07-24',
    text: '中海油宣布，将以151亿美元现金收购加拿大油气公司尼克森，每股普通股作价27.50美元，较尼克森前一交易日收盘价溢价61%。若交易获批，这将是中国企业迄今最大的海外收购。',
    deals: [{
      type: 'acquisition', target: ['尼克森'], amount: { currency: 'USD', amount: 15_100_000_000 },
      parties: [{ name: '中海油', role: 'acquirer' }],
    }],
    note: 'public record; total first, per-share price after',
  },
  {
    id: 'zh-fresh4-033', lang: 'zh', style: 'cn-business-daily-yicai', date: '2017-11-10',
    text: '今日头条宣布以约10亿美元全资收购北美短视频应用Musical.ly，并计划将其与旗下短视频产品的海外版本进行整合。',
    deals: [{
      type: 'acquisition', target: ['Musical.ly'], amount: { currency: 'USD', amount: 1_000_000_000 },
      parties: [{ name: '今日头条', role: 'acquirer' }],
    }],
    note: 'public record',
  },
  {
    id: 'zh-fresh4-034', lang: 'zh', style: 'cn-financial-press', date: '2020-11-17',
    text: '百度宣布，将以约36亿美元收购欢聚集团旗下国内直播业务YY直播，交易预计于2021年上半年完成。欢聚集团将保留海外业务。',
    deals: [{
      type: 'acquisition', target: ['YY直播'], amount: { currency: 'USD', amount: 3_600_000_000 },
      parties: [{ name: '百度', role: 'acquirer' }, { name: '欢聚集团', role: 'seller' }],
    }],
    note: 'public record; a unit bought from its owner',
  },
  {
    id: 'zh-fresh4-035', lang: 'zh', style: 'cn-financial-press-caixin', date: '2021-10-20',
    text: '锂资源争夺战升温：2018年12月，天齐锂业以每股65美元、总价约40.66亿美元从加拿大Nutrien手中收购智利化工矿业公司SQM约23.77%的股权；今年9月，宁德时代又以约3.77亿加元收购加拿大锂矿企业Millennial Lithium。',
    deals: [
      {
        type: 'stake-sale', target: ['SQM'], amount: { currency: 'USD', amount: 4_066_000_000 }, date: '2018-12',
        parties: [{ name: '天齐锂业', role: 'acquirer' }, { name: 'Nutrien', role: 'seller' }],
      },
      {
        type: 'acquisition', target: ['Millennial Lithium'], amount: { currency: 'CAD', amount: 377_000_000 }, date: '2021-09',
        parties: [{ name: '宁德时代', role: 'acquirer' }],
      },
    ],
    note: 'public record; two purchases, each dated in the text',
  },
  {
    id: 'zh-fresh4-036', lang: 'zh', style: 'cn-financial-press', date: '2020-03-31',
    text: '腾讯牵头的财团已完成收购环球音乐集团10%股权，交易对应环球音乐的企业价值为300亿欧元。根据协议，财团还有权在明年初之前以相同估值再购入最多10%股权。',
    deals: [{
      type: 'stake-sale', target: ['环球音乐集团', '环球音乐'],
      valuation: { currency: 'EUR', amount: 30_000_000_000 },
      parties: [{ name: '腾讯', role: 'acquirer' }],
    }],
    note: 'public record; the enterprise value is a valuation, not the price; the option is no second deal',
  },
  // ---- Chinese: negatives ----
  {
    id: 'zh-fresh4-037', lang: 'zh', style: 'cn-business-daily', date: '2024-10-04',
    text: '据外媒报道，腾讯正与育碧创始人吉耶莫家族商讨设立一家新公司、以提高对育碧持股的可能性，谈判仍处于早期阶段，双方均未置评。育碧股价当日大涨逾30%。',
    deals: [], negative: 'talks', note: 'public record as reported',
  },
  {
    id: 'zh-fresh4-038', lang: 'zh', style: 'cn-tech-press', date: '2024-04-26',
    text: '字节跳动旗下今日头条官方账号发文称，外媒有关字节跳动正探索出售TikTok美国业务的报道不实，公司没有任何出售TikTok的计划。',
    deals: [], negative: 'denial', note: 'public record',
  },
  {
    id: 'zh-fresh4-039', lang: 'zh', style: 'cn-financial-press-caixin', date: '2018-07-26',
    text: '由于未能在最后期限前获得中国监管部门的批准，高通宣布终止以440亿美元收购恩智浦半导体的交易，并将向恩智浦支付20亿美元分手费。',
    deals: [], negative: 'called-off', note: 'public record; a break fee is no deal',
  },
  {
    id: 'zh-fresh4-040', lang: 'zh', style: 'cn-securities-daily', date: '2025-03-25',
    text: '比亚迪发布2024年年报，全年实现营业收入7771亿元，同比增长29%，营收规模首次超过特斯拉；归母净利润402.5亿元。',
    deals: [], negative: 'revenue', note: 'public record',
  },
  {
    id: 'zh-fresh4-041', lang: 'zh', style: 'hk-chinese-press', date: '2024-03-20',
    text: '腾讯控股今日再度出手，斥资约10亿港元回购约350万股股份，年内累计回购金额已超过百亿港元。',
    deals: [], negative: 'buyback', note: 'public record in substance; buyback figures approximate',
  },
  {
    id: 'zh-fresh4-042', lang: 'zh', style: 'cn-portal-finance', date: '2025-06-27',
    text: '小米集团股价今日大涨逾6%，盘中创上市以来新高，总市值突破1.7万亿港元，此前公司旗下第二款车型上市即获大量订单。',
    deals: [], negative: 'share-move', note: 'public record in substance',
  },
  {
    id: 'zh-fresh4-043', lang: 'zh', style: 'cn-business-daily', date: '2021-07-21',
    text: '宁德时代以专利侵权为由起诉中创新航，请求法院判令对方停止侵权并赔偿经济损失及合理费用共计1.85亿元。中创新航回应称将积极应诉。',
    deals: [], negative: 'other', note: 'public record in substance; a lawsuit',
  },
  {
    id: 'zh-fresh4-044', lang: 'zh', style: 'cn-securities-times', date: '2025-04-03',
    text: '贵州茅台公布年度利润分配方案，拟向全体股东每10股派发现金红利276.24元，合计派发现金红利约347亿元，加上中期分红，全年分红总额超过640亿元。',
    deals: [], negative: 'dividend', note: 'public record in substance; figures as reported',
  },

  // ---- English: M&A ----
  {
    id: 'en-fresh4-001', lang: 'en', style: 'wire', date: '2024-05-29',
    text: 'HOUSTON, May 29 (Reuters) - ConocoPhillips agreed on Wednesday to buy Marathon Oil in an all-stock deal valued at $22.5 billion including debt. Marathon shareholders will receive 0.255 of a ConocoPhillips share for each share they own, a 14.7% premium to Tuesday’s close.',
    deals: [{
      type: 'acquisition', target: ['Marathon Oil', 'Marathon'], amount: { currency: 'USD', amount: 22_500_000_000 },
      parties: [{ name: 'ConocoPhillips', role: 'acquirer' }],
    }],
    note: 'public record; exchange ratio, total including debt',
  },
  {
    id: 'en-fresh4-002', lang: 'en', style: 'bloomberg-brief', date: '2024-02-12',
    text: 'Diamondback Energy Inc. will acquire closely held Endeavor Energy Resources for about $26 billion in cash and stock, including debt, creating the third-largest producer in the Permian Basin. Endeavor’s owners, the Stephens family, will end up with about 39.5% of the combined company.',
    deals: [{
      type: 'acquisition', target: ['Endeavor Energy Resources', 'Endeavor'], amount: { currency: 'USD', amount: 26_000_000_000 },
      parties: [{ name: 'Diamondback Energy Inc.', role: 'acquirer' }, { name: 'Stephens family', role: 'seller' }],
    }],
    note: 'public record',
  },
  {
    id: 'en-fresh4-003', lang: 'en', style: 'wire', date: '2024-07-01',
    text: 'Boeing said on Monday it will buy back its former unit Spirit AeroSystems for $37.25 a share in an all-stock deal that values the supplier at about $4.7 billion. Including Spirit’s debt, the transaction value is about $8.3 billion.',
    deals: [{
      type: 'acquisition', target: ['Spirit AeroSystems', 'Spirit'], amount: { currency: 'USD', amount: 8_300_000_000 },
      parties: [{ name: 'Boeing', role: 'acquirer' }],
    }],
    note: 'public record; equity value given as "values", the amount is the total including debt',
  },
  {
    id: 'en-fresh4-004', lang: 'en', style: 'pharma-trade-press', date: '2023-12-07',
    text: 'AbbVie has struck its second big deal in a week. After agreeing on Nov. 30 to buy cancer drugmaker ImmunoGen for $31.26 a share, or about $10.1 billion, the company said Wednesday it will acquire neuroscience biotech Cerevel Therapeutics for $45 a share in cash, a transaction valued at roughly $8.7 billion.',
    deals: [
      {
        type: 'acquisition', target: ['ImmunoGen'], amount: { currency: 'USD', amount: 10_100_000_000 }, date: '2023-11-30',
        parties: [{ name: 'AbbVie', role: 'acquirer' }],
      },
      {
        type: 'acquisition', target: ['Cerevel Therapeutics'], amount: { currency: 'USD', amount: 8_700_000_000 },
        parties: [{ name: 'AbbVie', role: 'acquirer' }],
      },
    ],
    note: 'public record; two purchases by one buyer, the first dated in the text',
  },
  {
    id: 'en-fresh4-005', lang: 'en', style: 'business-daily', date: '2023-03-13',
    text: 'Pfizer has agreed to buy Seagen, the biotech specialising in targeted cancer drugs, for $229 a share in cash, valuing the deal at $43bn. It is Pfizer’s biggest acquisition since its $68bn takeover of Wyeth in 2009.',
    deals: [{
      type: 'acquisition', target: ['Seagen'], amount: { currency: 'USD', amount: 43_000_000_000 },
      parties: [{ name: 'Pfizer', role: 'acquirer' }],
    }],
    note: 'public record; an earlier takeover recalled is no new deal',
  },
  {
    id: 'en-fresh4-006', lang: 'en', style: 'wire-brief', date: '2023-12-22',
    text: 'Bristol Myers Squibb to acquire Karuna Therapeutics for $330 per share in cash, for a total equity value of $14.0 billion.',
    deals: [{
      type: 'acquisition', target: ['Karuna Therapeutics'], amount: { currency: 'USD', amount: 14_000_000_000 },
      parties: [{ name: 'Bristol Myers Squibb', role: 'acquirer' }],
    }],
    note: 'public record; headline style',
  },
  {
    id: 'en-fresh4-007', lang: 'en', style: 'wire', date: '2025-03-12',
    text: 'Emerson Electric said on Wednesday it has completed its tender offer for the shares of Aspen Technology it did not already own, paying $265 a share. The deal, agreed in January, values the roughly 43% stake at about $7.2 billion and makes the industrial software maker a wholly owned subsidiary.',
    deals: [{
      type: 'stake-sale', target: ['Aspen Technology'], amount: { currency: 'USD', amount: 7_200_000_000 },
      parties: [{ name: 'Emerson Electric', role: 'acquirer' }],
    }],
    note: 'public record; tender offer for the minority',
  },
  {
    id: 'en-fresh4-008', lang: 'en', style: 'wire', date: '2018-10-14',
    text: 'Defense contractors Harris Corp and L3 Technologies agreed on Sunday to combine in an all-stock merger of equals, creating a company with an enterprise value of about $33.5 billion. L3 shareholders will receive 1.30 Harris shares for each L3 share.',
    deals: [{
      type: 'merger', target: ['Harris Corp', 'Harris'], parties: [{ name: 'L3 Technologies', role: 'participant' }],
    }],
    note: 'public record; directionless; the enterprise value is of the combined company',
  },
  {
    id: 'en-fresh4-009', lang: 'en', style: 'business-daily', date: '2025-09-09',
    text: 'Anglo American and Teck Resources have agreed a merger of equals to form Anglo Teck, a copper-focused miner with a combined market value of more than $53bn. Teck shareholders will receive 1.3301 Anglo shares for each of their shares, and the group will be headquartered in Canada.',
    deals: [{
      type: 'merger', target: ['Anglo American'], parties: [{ name: 'Teck Resources', role: 'participant' }],
    }],
    note: 'public record; directionless; combined market value is no amount',
  },
  {
    id: 'en-fresh4-010', lang: 'en', style: 'nikkei-asia', date: '2024-04-11',
    text: 'TOKYO — KDDI has completed its tender offer for convenience store chain Lawson, paying 10,360 yen per share for a stake worth about 500 billion yen. Lawson will be delisted and jointly run by KDDI and Mitsubishi Corp., each holding half.',
    deals: [{
      type: 'stake-sale', target: ['Lawson'], amount: { currency: 'JPY', amount: 500_000_000_000 },
      parties: [{ name: 'KDDI', role: 'acquirer' }],
    }],
    note: 'public record; Mitsubishi keeps its half, it buys nothing here',
  },
  {
    id: 'en-fresh4-011', lang: 'en', style: 'india-business-press-et', date: '2022-06-24',
    text: 'Zomato’s board on Friday approved the acquisition of quick-commerce startup Blinkit in an all-stock deal worth Rs 4,447 crore. The food delivery company had earlier lent Blinkit $150 million as it struggled to raise funds.',
    deals: [{
      type: 'acquisition', target: ['Blinkit'], amount: { currency: 'INR', amount: 44_470_000_000 },
      parties: [{ name: 'Zomato', role: 'acquirer' }],
    }],
    note: 'public record; a loan recalled is no deal',
  },
  {
    id: 'en-fresh4-012', lang: 'en', style: 'india-business-press-et', date: '2024-07-29',
    text: 'UltraTech Cement will buy a 32.72% stake in India Cements from its promoters for Rs 3,954 crore at Rs 390 a share, taking control of the southern cement maker. The purchase will trigger an open offer to public shareholders for another 26%.',
    deals: [{
      type: 'stake-sale', target: ['India Cements'], amount: { currency: 'INR', amount: 39_540_000_000 },
      parties: [{ name: 'UltraTech Cement', role: 'acquirer' }],
    }],
    note: 'public record; the open offer is to come',
  },
  {
    id: 'en-fresh4-013', lang: 'en', style: 'local-business-journal', date: '2025-08-20',
    text: 'Mooresville-based Lowe’s Cos. has agreed to acquire Foundation Building Materials from private equity firm American Securities for about $8.8 billion, its biggest deal ever. The home improvement retailer in June closed its $1.33 billion purchase of Artisan Design Group, a flooring and cabinet installer for homebuilders.',
    deals: [
      {
        type: 'acquisition', target: ['Foundation Building Materials'], amount: { currency: 'USD', amount: 8_800_000_000 },
        parties: [{ name: 'Lowe’s Cos.', role: 'acquirer' }, { name: 'American Securities', role: 'seller' }],
      },
      {
        type: 'acquisition', target: ['Artisan Design Group'], amount: { currency: 'USD', amount: 1_330_000_000 }, date: '2025-06',
        parties: [{ name: 'Lowe’s Cos.', role: 'acquirer' }],
      },
    ],
    note: 'public record; two purchases, the second dated by month',
  },
  // ---- English: IPOs ----
  {
    id: 'en-fresh4-014', lang: 'en', style: 'local-business-journal', date: '2023-09-20',
    text: 'Boston marketing software company Klaviyo priced its initial public offering at $30 a share on Tuesday night, above its marketed range, raising $576 million. The stock begins trading on the New York Stock Exchange on Wednesday under the ticker KVYO.',
    deals: [{ type: 'ipo', target: ['Klaviyo'], amount: { currency: 'USD', amount: 576_000_000 }, parties: [] }],
    note: 'public record; priced and raised',
  },
  {
    id: 'en-fresh4-015', lang: 'en', style: 'wire', date: '2025-06-05',
    text: 'Stablecoin issuer Circle Internet Group raised $1.05 billion in its upsized IPO after pricing shares at $31, above the expected range. Its shares more than doubled in their New York Stock Exchange debut on Thursday.',
    deals: [{ type: 'ipo', target: ['Circle Internet Group', 'Circle'], amount: { currency: 'USD', amount: 1_050_000_000 }, parties: [] }],
    note: 'public record; upsized',
  },
  {
    id: 'en-fresh4-016', lang: 'en', style: 'tech-press', date: '2025-07-31',
    text: 'Figma’s shares soared about 250% in their first day of trading on the NYSE on Thursday, after the design software maker priced its IPO at $33 a share and raised roughly $1.2 billion.',
    deals: [{ type: 'ipo', target: ['Figma'], amount: { currency: 'USD', amount: 1_200_000_000 }, parties: [] }],
    note: 'public record',
  },
  {
    id: 'en-fresh4-017', lang: 'en', style: 'business-daily', date: '2024-04-26',
    text: 'Two tech listings this month lifted hopes for the IPO market. Rubrik raised $752 million on Wednesday by selling shares at $32 each, while Ibotta, the digital coupon company, raised $577 million in its April 17 IPO priced at $88.',
    deals: [
      { type: 'ipo', target: ['Rubrik'], amount: { currency: 'USD', amount: 752_000_000 }, parties: [] },
      { type: 'ipo', target: ['Ibotta'], amount: { currency: 'USD', amount: 577_000_000 }, parties: [], date: '2024-04-17' },
    ],
    note: 'public record; two IPOs, one dated in the text',
  },
  {
    id: 'en-fresh4-018', lang: 'en', style: 'wire', date: '2024-03-20',
    text: 'Astera Labs priced its initial public offering at $36 per share on Tuesday, above the range, raising about $713 million. The chip connectivity company, whose backers include Fidelity and Intel Capital, will trade on Nasdaq.',
    deals: [{ type: 'ipo', target: ['Astera Labs'], amount: { currency: 'USD', amount: 713_000_000 }, parties: [] }],
    note: 'public record; existing backers are not IPO parties',
  },
  {
    id: 'en-fresh4-019', lang: 'en', style: 'european-business-press', date: '2024-03-22',
    text: 'Skincare group Galderma raised 2.3 billion Swiss francs in Europe’s biggest listing in over a year, pricing shares at 53 francs each. Its stock jumped more than 20% on its first day of trading on the SIX Swiss Exchange.',
    deals: [{ type: 'ipo', target: ['Galderma'], amount: { currency: 'CHF', amount: 2_300_000_000 }, parties: [] }],
    note: 'public record',
  },
  {
    id: 'en-fresh4-020', lang: 'en', style: 'european-business-press', date: '2024-05-03',
    text: 'Puig, the Spanish owner of Carolina Herrera and Charlotte Tilbury, made its debut on the Madrid stock exchange on Friday after raising €2.6bn at €24.50 a share, the largest listing in Spain in nearly a decade.',
    deals: [{ type: 'ipo', target: ['Puig'], amount: { currency: 'EUR', amount: 2_600_000_000 }, parties: [] }],
    note: 'public record',
  },
  {
    id: 'en-fresh4-021', lang: 'en', style: 'wire-brief', date: '2024-05-01',
    text: 'Viking Holdings raises $1.54 billion in US IPO, prices shares at $24, top of the range.',
    deals: [{ type: 'ipo', target: ['Viking Holdings'], amount: { currency: 'USD', amount: 1_540_000_000 }, parties: [] }],
    note: 'public record; headline style',
  },
  {
    id: 'en-fresh4-022', lang: 'en', style: 'bloomberg-brief', date: '2025-01-24',
    text: 'Venture Global Inc. raised $1.75 billion in its initial public offering after cutting the price to $25 a share, well below the range it had marketed. The LNG exporter’s shares slipped in their New York debut on Friday.',
    deals: [{ type: 'ipo', target: ['Venture Global Inc.', 'Venture Global'], amount: { currency: 'USD', amount: 1_750_000_000 }, parties: [] }],
    note: 'public record; priced below range',
  },
  {
    id: 'en-fresh4-023', lang: 'en', style: 'tech-press', date: '2025-02-13',
    text: 'Identity security company SailPoint returned to the public market on Thursday, less than three years after Thoma Bravo took it private. It raised $1.38 billion in an IPO priced at $23 a share.',
    deals: [{ type: 'ipo', target: ['SailPoint'], amount: { currency: 'USD', amount: 1_380_000_000 }, parties: [] }],
    note: 'public record; the earlier take-private is recalled, not reported',
  },
  {
    id: 'en-fresh4-024', lang: 'en', style: 'india-business-press-et', date: '2021-11-18',
    text: 'Shares of Paytm parent One97 Communications tanked 27% on their stock market debut on Thursday after the company’s Rs 18,300-crore IPO, India’s biggest ever. Earlier this month, Nykaa operator FSN E-Commerce Ventures listed at a 79% premium following its Rs 5,352-crore offer.',
    deals: [
      { type: 'ipo', target: ['One97 Communications', 'Paytm'], amount: { currency: 'INR', amount: 183_000_000_000 }, parties: [] },
      { type: 'ipo', target: ['FSN E-Commerce Ventures', 'Nykaa'], amount: { currency: 'INR', amount: 53_520_000_000 }, parties: [], date: '2021-11' },
    ],
    note: 'public record; two IPOs',
  },
  // ---- English: funding ----
  {
    id: 'en-fresh4-025', lang: 'en', style: 'tech-press-techcrunch', date: '2025-07-17',
    text: 'Ramp has raised $500 million in a Series E-2 round led by Iconiq at a $22.5 billion valuation. The fintech had raised $200 million in June in a Series E led by Founders Fund that valued it at $16 billion.',
    deals: [
      {
        type: 'funding', target: ['Ramp'], round: 'Series E-2', amount: { currency: 'USD', amount: 500_000_000 },
        valuation: { currency: 'USD', amount: 22_500_000_000 }, parties: [{ name: 'Iconiq', role: 'lead' }],
      },
      {
        type: 'funding', target: ['Ramp'], round: 'Series E', amount: { currency: 'USD', amount: 200_000_000 }, date: '2025-06',
        valuation: { currency: 'USD', amount: 16_000_000_000 }, parties: [{ name: 'Founders Fund', role: 'lead' }],
      },
    ],
    note: 'public record; two rounds of one company',
  },
  {
    id: 'en-fresh4-026', lang: 'en', style: 'fintech-trade-press', date: '2025-06-24',
    text: 'Clinical AI startup Abridge has raised $300 million in a Series E led by Andreessen Horowitz, valuing it at $5.3 billion. Khosla Ventures also joined. The round comes four months after Abridge closed a $250 million Series D co-led by IVP and Elad Gil.',
    deals: [
      {
        type: 'funding', target: ['Abridge'], round: 'Series E', amount: { currency: 'USD', amount: 300_000_000 },
        valuation: { currency: 'USD', amount: 5_300_000_000 },
        parties: [{ name: 'Andreessen Horowitz', role: 'lead' }, { name: 'Khosla Ventures', role: 'participant' }],
      },
      {
        type: 'funding', target: ['Abridge'], round: 'Series D', amount: { currency: 'USD', amount: 250_000_000 }, date: '2025-02',
        parties: [{ name: 'IVP', role: 'lead' }, { name: 'Elad Gil', role: 'lead' }],
      },
    ],
    note: 'public record; "four months after" dates the earlier round',
  },
  {
    id: 'en-fresh4-027', lang: 'en', style: 'tech-press', date: '2025-04-03',
    text: 'AI video startup Runway has raised $308 million in a Series D round led by General Atlantic, with participation from Fidelity Management & Research, Baillie Gifford, Nvidia and SoftBank Vision Fund 2. The round values the New York company at more than $3 billion.',
    deals: [{
      type: 'funding', target: ['Runway'], round: 'Series D', amount: { currency: 'USD', amount: 308_000_000 },
      valuation: { currency: 'USD', amount: 3_000_000_000 },
      parties: [
        { name: 'General Atlantic', role: 'lead' }, { name: 'Fidelity Management & Research', role: 'participant' },
        { name: 'Baillie Gifford', role: 'participant' }, { name: 'Nvidia', role: 'participant' }, { name: 'SoftBank Vision Fund 2', role: 'participant' },
      ],
    }],
    note: 'public record; "more than" valuation kept as its floor',
  },
  {
    id: 'en-fresh4-028', lang: 'en', style: 'crunchbase-news', date: '2025-04-22',
    text: 'Open-source database company Supabase has closed a $200 million Series D at a $2 billion valuation. Accel led the round, and existing investors Coatue, Y Combinator, Craft Ventures and Felicis also took part.',
    deals: [{
      type: 'funding', target: ['Supabase'], round: 'Series D', amount: { currency: 'USD', amount: 200_000_000 },
      valuation: { currency: 'USD', amount: 2_000_000_000 },
      parties: [
        { name: 'Accel', role: 'lead' }, { name: 'Coatue', role: 'participant' }, { name: 'Y Combinator', role: 'participant' },
        { name: 'Craft Ventures', role: 'participant' }, { name: 'Felicis', role: 'participant' },
      ],
    }],
    note: 'public record; investors in a second sentence',
  },
  {
    id: 'en-fresh4-029', lang: 'en', style: 'tech-press', date: '2025-06-02',
    text: 'Elon Musk’s brain-implant company Neuralink said it raised $650 million in a Series E round. Investors include ARK Invest, Founders Fund, Lightspeed, G42, Sequoia Capital, Thrive Capital, Vy Capital, QIA and DFJ Growth.',
    deals: [{
      type: 'funding', target: ['Neuralink'], round: 'Series E', amount: { currency: 'USD', amount: 650_000_000 },
      parties: [
        { name: 'ARK Invest', role: 'participant' }, { name: 'Founders Fund', role: 'participant' }, { name: 'Lightspeed', role: 'participant' },
        { name: 'G42', role: 'participant' }, { name: 'Sequoia Capital', role: 'participant' }, { name: 'Thrive Capital', role: 'participant' },
        { name: 'Vy Capital', role: 'participant' }, { name: 'QIA', role: 'participant' }, { name: 'DFJ Growth', role: 'participant' },
      ],
    }],
    note: 'public record; nine investors, no lead named',
  },
  {
    id: 'en-fresh4-030', lang: 'en', style: 'business-daily', date: '2025-10-09',
    text: 'Reflection AI, a startup building open frontier models, has raised $2bn at an $8bn valuation in a round led by Nvidia. Other backers include Lightspeed, Sequoia, 1789 Capital and former Google chief Eric Schmidt.',
    deals: [{
      type: 'funding', target: ['Reflection AI'], amount: { currency: 'USD', amount: 2_000_000_000 },
      valuation: { currency: 'USD', amount: 8_000_000_000 },
      parties: [
        { name: 'Nvidia', role: 'lead' }, { name: 'Lightspeed', role: 'participant' }, { name: 'Sequoia', role: 'participant' },
        { name: '1789 Capital', role: 'participant' }, { name: 'Eric Schmidt', role: 'participant' },
      ],
    }],
    note: 'public record; a person among the backers',
  },
  {
    id: 'en-fresh4-031', lang: 'en', style: 'newsletter-deal-brief', date: '2025-09-30',
    text: 'Periodic Labs, founded by former OpenAI and Google DeepMind researchers, emerged from stealth with a $300 million seed round led by Andreessen Horowitz. DST, Nvidia, Accel, Elad Gil and Jeff Bezos also invested.',
    deals: [{
      type: 'funding', target: ['Periodic Labs'], round: 'seed', amount: { currency: 'USD', amount: 300_000_000 },
      parties: [
        { name: 'Andreessen Horowitz', role: 'lead' }, { name: 'DST', role: 'participant' }, { name: 'Nvidia', role: 'participant' },
        { name: 'Accel', role: 'participant' }, { name: 'Elad Gil', role: 'participant' }, { name: 'Jeff Bezos', role: 'participant' },
      ],
    }],
    note: 'public record; founders’ former employers are no parties',
  },
  {
    id: 'en-fresh4-032', lang: 'en', style: 'tech-press', date: '2025-10-27',
    text: 'Mercor, which supplies domain experts to train AI models, has raised $350 million in a Series C at a $10 billion valuation. Felicis led the round, with existing investors Benchmark, General Catalyst and Robinhood Ventures returning.',
    deals: [{
      type: 'funding', target: ['Mercor'], round: 'Series C', amount: { currency: 'USD', amount: 350_000_000 },
      valuation: { currency: 'USD', amount: 10_000_000_000 },
      parties: [
        { name: 'Felicis', role: 'lead' }, { name: 'Benchmark', role: 'participant' },
        { name: 'General Catalyst', role: 'participant' }, { name: 'Robinhood Ventures', role: 'participant' },
      ],
    }],
    note: 'public record; "returning" existing investors',
  },
  {
    id: 'en-fresh4-033', lang: 'en', style: 'sea-deal-press-dealstreetasia', date: '2021-05-26',
    text: 'Singapore-based logistics firm Ninja Van has raised $578 million in a Series E round led by Alibaba Group, with participation from existing backers B Capital Group and Monk’s Hill Ventures. The company plans to expand its delivery network across six Southeast Asian markets.',
    deals: [{
      type: 'funding', target: ['Ninja Van'], round: 'Series E', amount: { currency: 'USD', amount: 578_000_000 },
      parties: [
        { name: 'Alibaba Group', role: 'lead' }, { name: 'B Capital Group', role: 'participant' }, { name: 'Monk’s Hill Ventures', role: 'participant' },
      ],
    }],
    note: 'public record',
  },
  // ---- English: negatives ----
  {
    id: 'en-fresh4-034', lang: 'en', style: 'wire', date: '2025-09-11',
    text: 'Paramount Skydance is preparing a bid for Warner Bros Discovery, backed by the Ellison family, according to people familiar with the matter. Warner Bros Discovery shares jumped 29% on the report; neither company commented.',
    deals: [], negative: 'rumour', note: 'public record as reported',
  },
  {
    id: 'en-fresh4-035', lang: 'en', style: 'business-daily', date: '2025-06-26',
    text: 'Shell said on Thursday it has no intention of making an offer for BP, after a report that the two oil majors were in early talks. Under UK takeover rules, the statement bars Shell from bidding for six months.',
    deals: [], negative: 'denial', note: 'public record',
  },
  {
    id: 'en-fresh4-036', lang: 'en', style: 'nikkei-asia', date: '2025-02-13',
    text: 'TOKYO — Honda and Nissan have formally ended talks on combining their businesses under a joint holding company, less than two months after announcing the plan, as the two sides failed to agree on how the merger would be structured.',
    deals: [], negative: 'called-off', note: 'public record',
  },
  {
    id: 'en-fresh4-037', lang: 'en', style: 'tech-press', date: '2023-12-18',
    text: 'Adobe and Figma have abandoned their $20 billion merger agreement, citing little prospect of winning regulatory approval in Europe and the UK. Adobe will pay Figma a $1 billion termination fee.',
    deals: [], negative: 'called-off', note: 'public record; a termination fee is no deal',
  },
  {
    id: 'en-fresh4-038', lang: 'en', style: 'nikkei-asia', date: '2025-05-09',
    text: 'Nidec has withdrawn its unsolicited tender offer for machine-tool maker Makino Milling Machine, which had valued the company at about 257 billion yen, after Makino’s board adopted defensive measures.',
    deals: [], negative: 'called-off', note: 'public record; the offer value is approximate',
  },
  {
    id: 'en-fresh4-039', lang: 'en', style: 'tech-press', date: '2025-10-03',
    text: 'AI chipmaker Cerebras Systems has withdrawn its filing for an initial public offering, days after raising $1.1 billion privately. The company said it still intends to go public when conditions allow.',
    deals: [{
      type: 'funding', target: ['Cerebras Systems', 'Cerebras'], amount: { currency: 'USD', amount: 1_100_000_000 }, parties: [],
    }],
    note: 'public record; the withdrawn IPO is no deal, the private raise recalled is one',
  },
  {
    id: 'en-fresh4-040', lang: 'en', style: 'wire', date: '2025-04-04',
    text: 'Ticket resale platform StubHub has delayed its planned initial public offering after the market turmoil set off by new U.S. tariffs, people familiar with the matter said. Fintech lender Klarna also paused its listing plans.',
    deals: [], negative: 'not-closed', note: 'public record as reported',
  },
  {
    id: 'en-fresh4-041', lang: 'en', style: 'wire-brief', date: '2024-11-20',
    text: 'Nvidia reported third-quarter revenue of $35.1 billion, up 94% from a year earlier, and forecast fourth-quarter sales of about $37.5 billion, above analysts’ estimates.',
    deals: [], negative: 'revenue', note: 'public record',
  },
  {
    id: 'en-fresh4-042', lang: 'en', style: 'markets-brief', date: '2025-07-09',
    text: 'Nvidia became the first company to reach a market value of $4 trillion on Wednesday, as its shares rose as much as 2.8% to a record high.',
    deals: [], negative: 'market-value', note: 'public record',
  },
  {
    id: 'en-fresh4-043', lang: 'en', style: 'markets-brief', date: '2024-10-31',
    text: 'Super Micro Computer shares plunged 33% on Wednesday after its auditor, Ernst & Young, resigned, wiping out roughly $6 billion of the server maker’s market value.',
    deals: [], negative: 'share-move', note: 'public record',
  },
  {
    id: 'en-fresh4-044', lang: 'en', style: 'business-daily', date: '2024-05-03',
    text: 'Apple authorised a record $110bn share buyback and raised its quarterly dividend by 4% to 25 cents a share, even as iPhone sales fell 10% in the March quarter.',
    deals: [], negative: 'buyback', note: 'public record',
  },
  {
    id: 'en-fresh4-045', lang: 'en', style: 'wire', date: '2024-02-02',
    text: 'Meta Platforms declared its first-ever dividend of 50 cents a share and added $50 billion to its share repurchase authorization, sending its stock up about 20% after hours.',
    deals: [], negative: 'dividend', note: 'public record',
  },
  {
    id: 'en-fresh4-046', lang: 'en', style: 'vc-trade-press', date: '2025-04-08',
    text: 'Founders Fund has closed a $4.6 billion growth fund, its third, which will back later-stage companies in its portfolio and beyond.',
    deals: [], negative: 'fund-raise', note: 'public record',
  },
  {
    id: 'en-fresh4-047', lang: 'en', style: 'tech-press', date: '2025-08-26',
    text: 'Elon Musk’s xAI has sued Apple and OpenAI in a Texas federal court, accusing the two companies of conspiring to stifle competition in artificial intelligence through their ChatGPT partnership.',
    deals: [], negative: 'other', note: 'public record; a lawsuit',
  },
];
