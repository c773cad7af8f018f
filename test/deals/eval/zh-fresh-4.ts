import type { GoldParagraph } from './gold';

// A fourth batch of Chinese paragraphs for issue 17, written by session dealszh15 in nine parts, each
// scored before any rule was written for it: batch A (zh4-a-…) first, batch B (zh4-b-…) only after the
// rules for batch A were in, then C to I (zh4-c- … zh4-i-) each after the rules for the one
// before. Eleven styles: 创投媒体快讯, 财经日报, 上市公司 / 交易所公告体, 港股通讯, 科技媒体深度稿, 地方财经报,
// 周刊, 融资周报汇总, 英文名夹杂的出海报道, 新闻稿, 台湾媒体 (繁体). Amounts, rounds and investors split across
// clauses by "，" and "；", long investor lists with 老股东 / 新股东 / 继续加注, valuations (投后估值, 估值达,
// 估值超), dates in the text (今年3月, 去年底, 2023年), listings on 港交所 / 科创板 / 创业板 / 北交所 / 纳斯达克
// with cornerstone investors and over-allotment, 股权收购, 要约收购, 吸收合并, 重大资产重组, 控股权变更, two deals
// in one paragraph; negatives (rumours, talks, denials, deals called off or not closed, revenue, market value,
// share moves, a VC firm's own fund, buybacks, filings, pledges). Public-record deals are restated in our own
// words (no sentence copied), figures as reported at the time; the rest are fictional-but-plausible
// companies (said in `note`).
export const PARAGRAPHS: readonly GoldParagraph[] = [
  // ---- batch A ----
  {
    id: 'zh4-a-001', lang: 'zh', style: 'cn-vc-flash', date: '2025-04-09',
    text: '【创投快讯】具身智能公司灵枢动力完成5亿元A+轮融资；本轮由深创投领投，君联资本、联想创投跟投，老股东奇绩创坛继续加注。本轮资金将主要用于人形机器人关节模组的量产。',
    deals: [{
      type: 'funding', target: ['灵枢动力'], round: 'A+轮', amount: { currency: 'CNY', amount: 500_000_000 },
      parties: [{ name: '深创投', role: 'lead' }, { name: '君联资本', role: 'participant' }, { name: '联想创投', role: 'participant' }, { name: '奇绩创坛', role: 'participant' }],
    }],
    note: 'fictional company; amount and round in one clause, roles in the clauses after "；"',
  },
  {
    id: 'zh4-a-002', lang: 'zh', style: 'hk-newswire', date: '2024-10-25',
    text: '自动驾驶公司文远知行（WeRide）于美东时间周五正式在纳斯达克挂牌上市，股票代码为"WRD"。公司此次IPO发行价为每股美国存托股份15.5美元，IPO与同步进行的私募配售合计募资约4.4亿美元。',
    deals: [{ type: 'ipo', target: ['文远知行', 'WeRide'], amount: { currency: 'USD', amount: 440_000_000 }, parties: [] }],
    note: 'public record; the per-ADS price is no amount; the combined proceeds are',
  },
  {
    id: 'zh4-a-003', lang: 'zh', style: 'cn-exchange-announcement', date: '2025-04-18',
    text: '江苏恒川精密股份有限公司（以下简称"公司"）以发行股份及支付现金的方式购买苏州曜石半导体有限公司100%股权，本次交易构成重大资产重组。经交易各方协商，标的资产交易作价为18.6亿元。截至本公告披露日，标的资产已完成过户，曜石半导体成为公司全资子公司。',
    deals: [{
      type: 'acquisition', target: ['苏州曜石半导体有限公司', '曜石半导体'], amount: { currency: 'CNY', amount: 1_860_000_000 },
      parties: [{ name: '江苏恒川精密股份有限公司', role: 'acquirer' }],
    }],
    note: 'fictional companies; 发行股份及支付现金购买…100%股权, a restructuring closed',
  },
  {
    id: 'zh4-a-004', lang: 'zh', style: 'cn-financial-daily', date: '2025-02-26',
    text: '据多位知情人士透露，国内茶饮品牌茶屿正与一家中东主权基金洽谈新一轮融资，潜在融资规模约3亿美元，投前估值或超过20亿美元。对此，茶屿方面表示不予置评。',
    deals: [], negative: 'talks',
    note: 'fictional company; talks reported by sources, not a round',
  },
  {
    id: 'zh4-a-005', lang: 'zh', style: 'cn-financial-daily', date: '2015-02-20',
    text: '历时近两年的收购战落下帷幕：复星国际今日公告，其对法国度假村运营商地中海俱乐部（Club Med）发起的要约收购已获成功，按每股24.6欧元的报价计算，交易总价约9.39亿欧元。',
    deals: [{
      type: 'acquisition', target: ['地中海俱乐部', 'Club Med'], amount: { currency: 'EUR', amount: 939_000_000 },
      parties: [{ name: '复星国际', role: 'acquirer' }],
    }],
    note: 'public record; a tender offer that succeeded, per-share offer price and total',
  },
  {
    id: 'zh4-a-006', lang: 'zh', style: 'cn-weekly', date: '2025-03-28',
    text: '本周财报季，云栖软件公布的2024年年报显示，公司全年营收达86.3亿元，同比增长21%，归母净利润9.7亿元；公司同时宣布每10股派发现金红利3元。',
    deals: [], negative: 'revenue',
    note: 'fictional company; results and a dividend',
  },
  {
    id: 'zh4-a-007', lang: 'zh', style: 'cn-funding-weekly', date: '2025-06-14',
    text: '【一周融资速览】本周国内一级市场共披露融资事件62起。其中，储能电池企业启辰储能完成12亿元C轮融资，由国投创合领投，中金资本、招银国际跟投；AI制药公司睿析生物宣布获得8000万美元B轮融资，礼来亚洲基金领投，老股东启明创投、弘晖基金加注。',
    deals: [
      {
        type: 'funding', target: ['启辰储能'], round: 'C轮', amount: { currency: 'CNY', amount: 1_200_000_000 },
        parties: [{ name: '国投创合', role: 'lead' }, { name: '中金资本', role: 'participant' }, { name: '招银国际', role: 'participant' }],
      },
      {
        type: 'funding', target: ['睿析生物'], round: 'B轮', amount: { currency: 'USD', amount: 80_000_000 },
        parties: [{ name: '礼来亚洲基金', role: 'lead' }, { name: '启明创投', role: 'participant' }, { name: '弘晖基金', role: 'participant' }],
      },
    ],
    note: 'fictional companies; a weekly roundup, two rounds split by "；"',
  },
  {
    id: 'zh4-a-008', lang: 'zh', style: 'cn-overseas-press', date: '2025-01-16',
    text: '出海观察｜跨境电商建站服务商NovaCart（诺凯科技）宣布完成5000万美元B轮融资，本轮由光速中国（Lightspeed China）领投，红杉中国与GGV纪源资本跟投，投后估值达5亿美元。NovaCart的客户主要来自北美和欧洲的独立站卖家。',
    deals: [{
      type: 'funding', target: ['NovaCart', '诺凯科技'], round: 'B轮', amount: { currency: 'USD', amount: 50_000_000 },
      valuation: { currency: 'USD', amount: 500_000_000, basis: 'post' },
      parties: [{ name: '光速中国', role: 'lead' }, { name: '红杉中国', role: 'participant' }, { name: 'GGV纪源资本', role: 'participant' }],
    }],
    note: 'fictional company; Latin and Chinese names side by side',
  },
  {
    id: 'zh4-a-009', lang: 'zh', style: 'hk-newswire', date: '2023-10-27',
    text: '港股通讯｜快递企业极兔速递今日在港交所主板挂牌，发行价每股12港元，全球发售约3.27亿股，募资总额约39.2亿港元。首日开盘报12港元，与发行价持平。',
    deals: [{ type: 'ipo', target: ['极兔速递'], amount: { currency: 'HKD', amount: 3_920_000_000 }, parties: [] }],
    note: 'public record; offer price and opening price are no amount',
  },
  {
    id: 'zh4-a-010', lang: 'zh', style: 'cn-local-finance', date: '2025-05-21',
    text: '本报讯（记者 王磊）合肥本土上市公司皖新电气昨日晚间公告，公司控股股东皖新控股与安徽省投资集团签署股份转让协议，将其持有的公司29.9%股份以22.4亿元转让给安徽省投资集团。转让完成后，公司控股股东将变更为安徽省投资集团，实际控制人变更为安徽省国资委。',
    deals: [{
      type: 'stake-sale', target: ['皖新电气'], amount: { currency: 'CNY', amount: 2_240_000_000 },
      parties: [{ name: '安徽省投资集团', role: 'acquirer' }, { name: '皖新控股', role: 'seller' }],
    }],
    note: 'fictional companies; a change of control by a transfer of shares',
  },
  {
    id: 'zh4-a-011', lang: 'zh', style: 'cn-exchange-announcement', date: '2025-03-12',
    text: '关于终止重大资产重组事项的公告：天峰科技股份有限公司于2024年11月披露拟以发行股份方式购买云岭新材100%股权。因交易各方未能就业绩承诺等核心条款达成一致，经审慎研究，公司决定终止本次重大资产重组。',
    deals: [], negative: 'called-off',
    note: 'fictional companies; a restructuring planned and called off',
  },
  {
    id: 'zh4-a-012', lang: 'zh', style: 'cn-tech-longform', date: '2025-06-12',
    text: '在具身智能赛道，融资节奏仍在加快。去年底，成立仅两年的星枢智能完成了数亿元天使+轮融资；今年3月，公司又宣布完成6亿元A轮融资，由红杉中国领投，美团龙珠、蓝驰创投跟投，投后估值超过40亿元。',
    deals: [
      { type: 'funding', target: ['星枢智能'], round: '天使+轮', parties: [], date: '2024-12' },
      {
        type: 'funding', target: ['星枢智能'], round: 'A轮', amount: { currency: 'CNY', amount: 600_000_000 },
        valuation: { currency: 'CNY', amount: 4_000_000_000, basis: 'post' },
        parties: [{ name: '红杉中国', role: 'lead' }, { name: '美团龙珠', role: 'participant' }, { name: '蓝驰创投', role: 'participant' }], date: '2025-03',
      },
    ],
    note: 'fictional company; two rounds of one company dated 去年底 and 今年3月',
  },
  {
    id: 'zh4-a-013', lang: 'zh', style: 'cn-press-release', date: '2025-05-20',
    text: '2025年5月20日，上海——领先的工业AI质检解决方案提供商视衡科技今日宣布完成2亿元人民币B轮融资。本轮融资由国家制造业转型升级基金领投，上海科创基金、元禾原点跟投，华兴资本担任本轮独家财务顾问。',
    deals: [{
      type: 'funding', target: ['视衡科技'], round: 'B轮', amount: { currency: 'CNY', amount: 200_000_000 },
      parties: [{ name: '国家制造业转型升级基金', role: 'lead' }, { name: '上海科创基金', role: 'participant' }, { name: '元禾原点', role: 'participant' }],
    }],
    note: 'fictional company; the financial adviser is no investor',
  },
  {
    id: 'zh4-a-014', lang: 'zh', style: 'cn-financial-daily', date: '2025-04-02',
    text: '零界汽车港股今日盘中一度大涨15%，总市值重回800亿港元上方；公司上月交付新车3.2万辆，同比增长逾一倍。',
    deals: [], negative: 'share-move',
    note: 'fictional company; a share move and market value',
  },
  {
    id: 'zh4-a-015', lang: 'zh', style: 'hk-newswire', date: '2025-07-10',
    text: '港股通讯｜智能座舱供应商驰芯科技今日登陆港交所主板。公司以每股18.6港元发售1.2亿股H股，募资总额约22.32亿港元；若超额配售权获悉数行使，将额外发行1800万股。基石投资者包括高瓴资本、淡马锡及上汽集团旗下尚颀资本，合计认购约8亿港元。',
    deals: [{
      type: 'ipo', target: ['驰芯科技'], amount: { currency: 'HKD', amount: 2_232_000_000 },
      parties: [{ name: '高瓴资本', role: 'participant' }, { name: '淡马锡', role: 'participant' }, { name: '尚颀资本', role: 'participant' }],
    }],
    note: 'fictional company; cornerstones are participants, their subscription and the over-allotment are no amount; 上汽集团 owns a cornerstone',
  },
  {
    id: 'zh4-a-016', lang: 'zh', style: 'cn-vc-flash', date: '2025-02-18',
    text: '投资界消息，早期投资机构青桐资本宣布完成第三期人民币基金终关，募资总额达25亿元，LP包括多家地方政府引导基金和市场化母基金。',
    deals: [], negative: 'fund-raise',
    note: 'fictional firm; a VC fund closed',
  },
  {
    id: 'zh4-a-017', lang: 'zh', style: 'cn-financial-daily', date: '2020-05-29',
    text: '大众汽车集团（中国）昨日与国轩高科签署协议，将以约11亿欧元获得国轩高科约26.47%的股份，交易完成后将成为国轩高科第一大股东。这是跨国车企首次入股中国动力电池企业。',
    deals: [{
      type: 'stake-sale', target: ['国轩高科'], amount: { currency: 'EUR', amount: 1_100_000_000 },
      parties: [{ name: '大众汽车集团（中国）', role: 'acquirer' }],
    }],
    note: 'public record; an agreement signed for a 26.47% stake',
  },
  {
    id: 'zh4-a-018', lang: 'zh', style: 'cn-local-finance', date: '2025-06-06',
    text: '本报讯 常州企业中科瑞能今日在深交所创业板上市，成为今年常州第5家上市企业。公司本次公开发行3500万股，发行价为每股26.8元，募集资金总额9.38亿元，扣除发行费用后募集资金净额约8.6亿元。',
    deals: [{ type: 'ipo', target: ['中科瑞能'], amount: { currency: 'CNY', amount: 938_000_000 }, parties: [] }],
    note: 'fictional company; gross and net proceeds — the gross is the amount',
  },
  {
    id: 'zh4-a-019', lang: 'zh', style: 'hk-newswire', date: '2025-05-30',
    text: '据港交所披露，扫地机器人厂商洁途智能已向港交所递交上市申请，中金公司和摩根士丹利担任联席保荐人。招股书显示，公司2024年营收约21亿元，同比增长36%。',
    deals: [], negative: 'not-closed',
    note: 'fictional company; a filing, not a listing',
  },
  {
    id: 'zh4-a-020', lang: 'zh', style: 'cn-tech-press', date: '2025-03-19',
    text: '动力电池回收企业绿循科技近日完成4亿元B轮融资，由宁德时代旗下问鼎投资领投，国轩高科跟投。同日，绿循科技宣布以1.2亿元收购江西锂源再生60%股权，进一步扩充华中地区产能。',
    deals: [
      {
        type: 'funding', target: ['绿循科技'], round: 'B轮', amount: { currency: 'CNY', amount: 400_000_000 },
        parties: [{ name: '问鼎投资', role: 'lead' }, { name: '国轩高科', role: 'participant' }],
      },
      { type: 'stake-sale', target: ['江西锂源再生'], amount: { currency: 'CNY', amount: 120_000_000 }, parties: [{ name: '绿循科技', role: 'acquirer' }] },
    ],
    note: 'fictional companies; a round and a stake purchase; the owner of the lead is no investor',
  },
  {
    id: 'zh4-a-021', lang: 'zh', style: 'cn-exchange-announcement', date: '2023-02-10',
    text: '长江电力公告，公司以发行股份及支付现金方式，向三峡集团、三峡投资、云能投和川能投购买其合计持有的云川公司100%股权，交易作价804.84亿元，标的资产已于近日完成过户。',
    deals: [{
      type: 'acquisition', target: ['云川公司'], amount: { currency: 'CNY', amount: 80_484_000_000 },
      parties: [
        { name: '长江电力', role: 'acquirer' }, { name: '三峡集团', role: 'seller' }, { name: '三峡投资', role: 'seller' },
        { name: '云能投', role: 'seller' }, { name: '川能投', role: 'seller' },
      ],
    }],
    note: 'public record; 向…购买其持有的…100%股权: the sellers follow 向',
  },
  {
    id: 'zh4-a-022', lang: 'zh', style: 'cn-weekly', date: '2024-04-20',
    text: '腾讯控股本周继续回购，3个交易日内累计斥资约30亿港元回购股份。公司此前表示，今年的回购规模将不少于1000亿港元。',
    deals: [], negative: 'buyback',
    note: 'public record in outline; buybacks',
  },
  {
    id: 'zh4-a-023', lang: 'zh', style: 'cn-exchange-announcement', date: '2025-01-08',
    text: '华东能源公告，公司以换股方式吸收合并华东电力，换股比例为1:0.85。本次吸收合并已获国务院国资委及中国证监会批准，华东电力将于近日终止上市并注销法人资格。',
    deals: [{ type: 'merger', target: ['华东电力'], parties: [{ name: '华东能源', role: 'acquirer' }] }],
    note: 'fictional companies; an absorption by share swap, approved',
  },
  {
    id: 'zh4-a-024', lang: 'zh', style: 'cn-vc-flash', date: '2021-04-15',
    text: '饮料品牌元气森林完成新一轮5亿美元融资，投资方包括淡马锡、高瓴资本和红杉中国，本轮融资后估值达60亿美元。',
    deals: [{
      type: 'funding', target: ['元气森林'], amount: { currency: 'USD', amount: 500_000_000 },
      valuation: { currency: 'USD', amount: 6_000_000_000, basis: 'post' },
      parties: [{ name: '淡马锡', role: 'participant' }, { name: '高瓴资本', role: 'participant' }, { name: '红杉中国', role: 'participant' }],
    }],
    note: 'public record; 本轮融资后估值达 is post-money',
  },
  {
    id: 'zh4-a-025', lang: 'zh', style: 'cn-financial-daily', date: '2025-04-24',
    text: '针对市场传出的"华晟医疗将被某央企收购"的消息，华晟医疗董秘今日在投资者互动平台回应称，公司目前未筹划控制权变更事项，相关传闻不实。',
    deals: [], negative: 'denial',
    note: 'fictional company; a denial of a rumoured purchase',
  },
  {
    id: 'zh4-a-026', lang: 'zh', style: 'cn-overseas-press', date: '2025-02-12',
    text: '出海动态｜深圳消费电子品牌极风科技（Kivent）宣布，已完成对德国户外电源品牌Voltera GmbH的全资收购，交易金额约6800万欧元。此次收购将帮助极风科技进入欧洲DIY渠道。',
    deals: [{
      type: 'acquisition', target: ['Voltera GmbH', 'Voltera'], amount: { currency: 'EUR', amount: 68_000_000 },
      parties: [{ name: '极风科技', role: 'acquirer' }],
    }],
    note: 'fictional companies; 完成对…的全资收购 with a Latin name',
  },
  {
    id: 'zh4-a-027', lang: 'zh', style: 'cn-financial-daily', date: '2025-12-17',
    text: '国产GPU企业沐曦股份今日登陆科创板，发行价104.66元/股，募资总额约41.97亿元，开盘后股价涨幅一度超过500%。',
    deals: [{ type: 'ipo', target: ['沐曦股份'], amount: { currency: 'CNY', amount: 4_197_000_000 }, parties: [] }],
    note: 'public record; a STAR listing',
  },
  {
    id: 'zh4-a-028', lang: 'zh', style: 'cn-financial-daily', date: '2025-05-08',
    text: '康立达医药公告，公司拟以现金方式收购苏州景和生物不超过51%股权，目前双方仅签署了意向协议，交易价格尚待审计评估后确定。',
    deals: [], negative: 'not-closed',
    note: 'fictional companies; a letter of intent only',
  },
  {
    id: 'zh4-a-029', lang: 'zh', style: 'cn-local-finance', date: '2025-04-15',
    text: '成都本地氢能企业蓉氢动力近日获得成都科创投集团、四川产业振兴基金联合注资3亿元，本次增资完成后，成都科创投集团持股比例为12%。',
    deals: [{
      type: 'funding', target: ['蓉氢动力'], amount: { currency: 'CNY', amount: 300_000_000 },
      parties: [{ name: '成都科创投集团', role: 'participant' }, { name: '四川产业振兴基金', role: 'participant' }],
    }],
    note: 'fictional company; 获得A、B联合注资 names the backers before the amount',
  },
  {
    id: 'zh4-a-030', lang: 'zh', style: 'cn-vc-flash', date: '2025-03-05',
    text: 'IT桔子消息，合成生物企业微研合成宣布完成新一轮超3亿元融资。本轮新股东包括国投招商、中金资本、北京市医药健康产业投资基金，老股东红杉中国、高瓴创投、华控基金继续加注。',
    deals: [{
      type: 'funding', target: ['微研合成'], amount: { currency: 'CNY', amount: 300_000_000 },
      parties: [
        { name: '国投招商', role: 'participant' }, { name: '中金资本', role: 'participant' }, { name: '北京市医药健康产业投资基金', role: 'participant' },
        { name: '红杉中国', role: 'participant' }, { name: '高瓴创投', role: 'participant' }, { name: '华控基金', role: 'participant' },
      ],
    }],
    note: 'fictional company; 新股东 / 老股东 lists in the next sentence',
  },
  {
    id: 'zh4-a-031', lang: 'zh', style: 'hk-newswire', date: '2025-06-03',
    text: '据彭博引述知情人士报道，港股上市公司联泰物流正与多家潜在买家接触，考虑出售旗下冷链业务，估值可能达50亿港元，相关讨论仍处于初步阶段。',
    deals: [], negative: 'talks',
    note: 'fictional company; a sale considered',
  },
  {
    id: 'zh4-a-032', lang: 'zh', style: 'cn-financial-daily', date: '2025-02-27',
    text: '晨光新材今日晚间公告，国药集团旗下国药投资以现金约15.6亿元受让公司控股股东晨光控股所持26%股份，公司控股股东变更为国药投资，实际控制人变更为国务院国资委。',
    deals: [{
      type: 'stake-sale', target: ['晨光新材'], amount: { currency: 'CNY', amount: 1_560_000_000 },
      parties: [{ name: '国药投资', role: 'acquirer' }, { name: '晨光控股', role: 'seller' }],
    }],
    note: 'fictional companies; 受让…所持…股份 of the announcing company; the buyer’s parent is no party',
  },
  {
    id: 'zh4-a-033', lang: 'zh', style: 'cn-overseas-press', date: '2025-03-21',
    text: '出海上市｜跨境支付公司PayLinx（派联科技）于美东时间周四在纳斯达克上市，股票代码PLX。公司以每股16美元的价格发行1250万股美国存托股份，募资2亿美元，发行价位于此前指引区间14至16美元的上限。',
    deals: [{ type: 'ipo', target: ['PayLinx', '派联科技'], amount: { currency: 'USD', amount: 200_000_000 }, parties: [] }],
    note: 'fictional company; a price range is no amount',
  },
  {
    id: 'zh4-a-034', lang: 'zh', style: 'cn-financial-daily', date: '2025-01-22',
    text: '因自身发展战略调整，苏州芯迈半导体已主动撤回科创板上市申请，上交所决定终止对其发行上市审核。该公司原计划募资15亿元。',
    deals: [], negative: 'called-off',
    note: 'fictional company; a listing application withdrawn',
  },
  {
    id: 'zh4-a-035', lang: 'zh', style: 'cn-tech-press', date: '2025-01-08',
    text: 'AI视频生成公司影幻科技宣布完成2亿美元B轮融资，由阿里巴巴领投，腾讯、IDG资本跟投，本轮融资后公司估值超过10亿美元，跻身独角兽行列。影幻科技成立于2023年，创始团队多来自字节跳动。',
    deals: [{
      type: 'funding', target: ['影幻科技'], round: 'B轮', amount: { currency: 'USD', amount: 200_000_000 },
      valuation: { currency: 'USD', amount: 1_000_000_000, basis: 'post' },
      parties: [{ name: '阿里巴巴', role: 'lead' }, { name: '腾讯', role: 'participant' }, { name: 'IDG资本', role: 'participant' }],
    }],
    note: 'fictional company; the founders’ former employer is no investor; the founding year is no deal date',
  },
  {
    id: 'zh4-a-036', lang: 'zh', style: 'cn-financial-daily', date: '2025-05-24',
    text: '本周A股并购市场活跃：周一，鑫峰铝业宣布以9.8亿元现金收购重庆金凯铝材100%股权；周三，宏达电控公告，公司以2.35亿元受让深圳智联科技35%股权，交易完成后智联科技成为其参股公司。',
    deals: [
      { type: 'acquisition', target: ['重庆金凯铝材'], amount: { currency: 'CNY', amount: 980_000_000 }, parties: [{ name: '鑫峰铝业', role: 'acquirer' }] },
      { type: 'stake-sale', target: ['深圳智联科技', '智联科技'], amount: { currency: 'CNY', amount: 235_000_000 }, parties: [{ name: '宏达电控', role: 'acquirer' }] },
    ],
    note: 'fictional companies; two purchases by different buyers split by "；"; 周一 / 周三 of the article\'s week are its own days (as "on Monday" in English), no date of their own',
  },
  // ---- batch B (written and committed after the rules for batch A, scored before any rule for it) ----
  {
    id: 'zh4-b-001', lang: 'zh', style: 'cn-press-release', date: '2025-06-18',
    text: '【新闻稿】2025年6月18日，杭州——面向跨境电商的AI营销平台数帆智能宣布完成数千万美元Pre-A轮融资。本轮融资由高瓴创投领投，源码资本、云启资本跟投，老股东险峰长青超额跟投。本轮融资完成后，公司估值超过3亿美元。',
    deals: [{
      type: 'funding', target: ['数帆智能'], round: 'Pre-A轮', valuation: { currency: 'USD', amount: 300_000_000, basis: 'post' },
      parties: [{ name: '高瓴创投', role: 'lead' }, { name: '源码资本', role: 'participant' }, { name: '云启资本', role: 'participant' }, { name: '险峰长青', role: 'participant' }],
    }],
    note: 'fictional company; a vague amount (数千万美元), the valuation in a later sentence',
  },
  {
    id: 'zh4-b-002', lang: 'zh', style: 'hk-newswire', date: '2025-04-23',
    text: '港股通讯｜新茶饮品牌茶悦时光今日登陆港交所，开盘报32.5港元，较发行价26港元上涨25%。茶悦时光此次全球发售1.5亿股，所得款项总额约39亿港元，基石投资者包括红杉中国、博裕资本、淡马锡及M&G，合计认购约1.9亿美元。',
    deals: [{
      type: 'ipo', target: ['茶悦时光'], amount: { currency: 'HKD', amount: 3_900_000_000 },
      parties: [{ name: '红杉中国', role: 'participant' }, { name: '博裕资本', role: 'participant' }, { name: '淡马锡', role: 'participant' }, { name: 'M&G', role: 'participant' }],
    }],
    note: 'fictional company; 所得款项总额 is the gross; opening and offer prices are no amount',
  },
  {
    id: 'zh4-b-003', lang: 'zh', style: 'cn-financial-daily', date: '2025-06-10',
    text: '腾讯音乐娱乐集团宣布，已与在线音频平台喜马拉雅签署最终协议，将收购喜马拉雅全部股份，交易对价包括12.6亿美元现金以及部分新发行的腾讯音乐A类普通股。交易尚需获得监管部门批准。',
    deals: [{
      type: 'acquisition', target: ['喜马拉雅'], amount: { currency: 'USD', amount: 1_260_000_000 },
      parties: [{ name: '腾讯音乐娱乐集团', role: 'acquirer' }],
    }],
    note: 'public record in outline; a definitive agreement signed; the cash part of the price is the stated amount',
  },
  {
    id: 'zh4-b-004', lang: 'zh', style: 'cn-tech-press', date: '2023-09-20',
    text: '有消息称，字节跳动正考虑出售旗下游戏工作室沐瞳科技，潜在买家包括沙特主权基金旗下的Savvy Games。对此，字节跳动方面未予回应。',
    deals: [], negative: 'rumour',
    note: 'public reporting at the time; a sale considered, by sources',
  },
  {
    id: 'zh4-b-005', lang: 'zh', style: 'cn-vc-flash', date: '2025-05-14',
    text: '投资界获悉，固态电池企业卫澜锂能完成新一轮融资，融资金额为8亿元；本轮由国家绿色发展基金领投，华为哈勃、小米长江产业基金跟投。',
    deals: [{
      type: 'funding', target: ['卫澜锂能'], amount: { currency: 'CNY', amount: 800_000_000 },
      parties: [{ name: '国家绿色发展基金', role: 'lead' }, { name: '华为哈勃', role: 'participant' }, { name: '小米长江产业基金', role: 'participant' }],
    }],
    note: 'fictional company; the amount in a later clause, roles after "；"',
  },
  {
    id: 'zh4-b-006', lang: 'zh', style: 'cn-exchange-announcement', date: '2025-06-13',
    text: '华瑞新材公告，公司控股股东华瑞集团于6月12日与杭州市国有资本投资运营有限公司（以下简称"杭州国资"）签署《股份转让协议》，华瑞集团将其持有的公司25%股份以合计约13.6亿元的价格协议转让给杭州国资。本次权益变动完成后，杭州国资将成为公司控股股东。',
    deals: [{
      type: 'stake-sale', target: ['华瑞新材'], amount: { currency: 'CNY', amount: 1_360_000_000 },
      parties: [{ name: '杭州国资', role: 'acquirer' }, { name: '华瑞集团', role: 'seller' }], date: '2025-06-12',
    }],
    note: 'fictional companies; a change of control signed; the buyer named in full and then by its short form',
  },
  {
    id: 'zh4-b-007', lang: 'zh', style: 'cn-local-finance', date: '2025-03-27',
    text: '苏州市天使投资母基金二期今日完成设立，总规模达50亿元，将重点投向人工智能、生物医药等领域的早期项目。',
    deals: [], negative: 'fund-raise',
    note: 'fictional fund; a government fund of funds set up',
  },
  {
    id: 'zh4-b-008', lang: 'zh', style: 'cn-tech-longform', date: '2025-03-10',
    text: '回看这家公司的融资历程：2023年4月，智行具身完成A轮融资，由高瓴创投领投；到了去年底，它又拿下了B轮融资，腾讯、阿里巴巴和百度均出现在投资方名单中。',
    deals: [
      { type: 'funding', target: ['智行具身'], round: 'A轮', parties: [{ name: '高瓴创投', role: 'lead' }], date: '2023-04' },
      {
        type: 'funding', target: ['智行具身'], round: 'B轮',
        parties: [{ name: '腾讯', role: 'participant' }, { name: '阿里巴巴', role: 'participant' }, { name: '百度', role: 'participant' }], date: '2024-12',
      },
    ],
    note: 'fictional company; two rounds dated 2023年4月 and 去年底, the second told with a pronoun (它) and 拿下',
  },
  {
    id: 'zh4-b-009', lang: 'zh', style: 'cn-financial-daily', date: '2025-09-12',
    text: '昨日，国产EDA企业芯衡科技在科创板上市，开盘涨超200%。此次IPO，公司发行4200万股，发行价每股39.6元，实际募资16.63亿元，超募约4.6亿元。',
    deals: [{ type: 'ipo', target: ['芯衡科技'], amount: { currency: 'CNY', amount: 1_663_000_000 }, parties: [] }],
    note: 'fictional company; the size in the next sentence (此次IPO…实际募资); 超募 is no amount',
  },
  {
    id: 'zh4-b-010', lang: 'zh', style: 'hk-newswire', date: '2025-02-19',
    text: '受市场波动影响，原定本周招股的新能源车企极光汽车宣布推迟香港IPO计划，公司表示将视市场情况择机重启。',
    deals: [], negative: 'called-off',
    note: 'fictional company; a listing postponed',
  },
  {
    id: 'zh4-b-011', lang: 'zh', style: 'cn-weekly', date: '2025-04-26',
    text: '央企重组再落一子：经报国务院批准，华能物流集团与中远储运集团实施联合重组，中远储运集团整体无偿划转进入华能物流集团，成为其全资子公司。',
    deals: [{ type: 'merger', target: ['中远储运集团'], parties: [{ name: '华能物流集团', role: 'acquirer' }] }],
    note: 'fictional groups; a joint restructuring in which one side is folded into the other',
  },
  {
    id: 'zh4-b-012', lang: 'zh', style: 'cn-vc-flash', date: '2025-05-06',
    text: '36氪获悉，宁德时代近日对换电运营商启源换电进行了战略投资，投资金额约5亿元，双方将在换电站建设和电池资产管理方面展开合作。',
    deals: [{ type: 'funding', target: ['启源换电'], round: 'strategic', amount: { currency: 'CNY', amount: 500_000_000 }, parties: [{ name: '宁德时代', role: 'participant' }] }],
    note: 'fictional company; a strategic investment by a corporate (对…进行了战略投资)',
  },
  {
    id: 'zh4-b-013', lang: 'zh', style: 'hk-newswire', date: '2025-06-05',
    text: '港股收评：恒生指数收涨1.2%，科技股走强，小米集团涨超5%，市值重回1万亿港元；美团、快手跟涨。',
    deals: [], negative: 'share-move',
    note: 'a market close in outline; share moves and market value',
  },
  {
    id: 'zh4-b-014', lang: 'zh', style: 'cn-overseas-press', date: '2012-04-18',
    text: '出海并购｜工程机械企业三一重工宣布，已完成对德国混凝土泵制造商Putzmeister（普茨迈斯特）的收购，交易金额3.6亿欧元，由三一重工与中信产业基金共同出资。',
    deals: [{
      type: 'acquisition', target: ['Putzmeister', '普茨迈斯特'], amount: { currency: 'EUR', amount: 360_000_000 },
      parties: [{ name: '三一重工', role: 'acquirer' }, { name: '中信产业基金', role: 'acquirer' }],
    }],
    note: 'public record; a co-investor named in a later clause also buys',
  },
  {
    id: 'zh4-b-015', lang: 'zh', style: 'hk-newswire', date: '2025-03-04',
    text: '港股公司联华健康今日公告，华润医药此前发出的全面要约已于昨日截止，华润医药共收到约38%股份的有效接纳，连同原有持股，合计持有联华健康约89%股份，要约总代价约21.5亿港元。',
    deals: [{ type: 'acquisition', target: ['联华健康'], amount: { currency: 'HKD', amount: 2_150_000_000 }, parties: [{ name: '华润医药', role: 'acquirer' }] }],
    note: 'fictional target; a general offer closed (全面要约) with no word 收购',
  },
  {
    id: 'zh4-b-016', lang: 'zh', style: 'hk-newswire', date: '2025-05-22',
    text: '小米集团今日在港交所公告，当日斥资约2.1亿港元回购1200万股B类股份，回购价格介于每股17.2港元至17.6港元。',
    deals: [], negative: 'buyback',
    note: 'a buyback filing in outline',
  },
  {
    id: 'zh4-b-017', lang: 'zh', style: 'cn-funding-weekly', date: '2025-06-21',
    text: '【融资周报】医疗机器人公司锋锐医疗完成近5亿元D轮融资，由松禾资本领投；碳化硅衬底厂商天成半导体获得3亿元战略融资，投资方为中芯聚源；另据报道，某头部电池企业正在洽谈新一轮数十亿元融资。',
    deals: [
      { type: 'funding', target: ['锋锐医疗'], round: 'D轮', amount: { currency: 'CNY', amount: 500_000_000 }, parties: [{ name: '松禾资本', role: 'lead' }] },
      { type: 'funding', target: ['天成半导体'], round: '战略融资', amount: { currency: 'CNY', amount: 300_000_000 }, parties: [{ name: '中芯聚源', role: 'participant' }] },
    ],
    note: 'fictional companies; a roundup of two rounds and one round in talks (no deal)',
  },
  {
    id: 'zh4-b-018', lang: 'zh', style: 'cn-exchange-announcement', date: '2025-04-07',
    text: '华西金控与川信证券今日同时公告，两家公司正在筹划由华西金控通过换股方式吸收合并川信证券，目前相关方案尚未确定，公司股票自今日起停牌。',
    deals: [], negative: 'talks',
    note: 'fictional companies; a merger being planned (筹划)',
  },
  {
    id: 'zh4-b-019', lang: 'zh', style: 'cn-financial-daily', date: '2023-02-10',
    text: '激光雷达公司禾赛科技周四晚间在美国纳斯达克上市，股票代码HSAI，发行价19美元/ADS，共发行1000万股ADS，募资1.9亿美元，是2022年以来中概股在美最大的一宗IPO。',
    deals: [{ type: 'ipo', target: ['禾赛科技'], amount: { currency: 'USD', amount: 190_000_000 }, parties: [] }],
    note: 'public record; the year in a comparison is no deal date',
  },
  {
    id: 'zh4-b-020', lang: 'zh', style: 'cn-local-finance', date: '2025-05-29',
    text: '本报讯 无锡市产业发展集团近日以6亿元增资入股本地功率半导体企业锡芯微电子，增资完成后持有其15%股权，成为第二大股东。',
    deals: [{ type: 'stake-sale', target: ['锡芯微电子'], amount: { currency: 'CNY', amount: 600_000_000 }, parties: [{ name: '无锡市产业发展集团', role: 'acquirer' }] }],
    note: 'fictional company; new capital for a stated stake (the set reads it as a stake bought)',
  },
  {
    id: 'zh4-b-021', lang: 'zh', style: 'cn-financial-daily', date: '2025-04-30',
    text: '博远医疗与美国Lumen Dx签署了收购意向书，拟以不超过2亿美元收购后者全部股权，最终交易价格及条款仍有待尽职调查后确定。',
    deals: [], negative: 'not-closed',
    note: 'fictional companies; a letter of intent',
  },
  {
    id: 'zh4-b-022', lang: 'zh', style: 'cn-tech-press', date: '2025-02-25',
    text: '据科技媒体报道，小米集团已完成对自动驾驶初创公司纵横智驾的全资收购，交易对价约4亿美元，纵横智驾团队将并入小米汽车智驾部门。',
    deals: [{ type: 'acquisition', target: ['纵横智驾'], amount: { currency: 'USD', amount: 400_000_000 }, parties: [{ name: '小米集团', role: 'acquirer' }] }],
    note: 'fictional target',
  },
  {
    id: 'zh4-b-023', lang: 'zh', style: 'cn-weekly', date: '2025-08-16',
    text: '截至本周五收盘，芯擎科技总市值约1800亿元，年内股价累计上涨逾80%，机构持仓比例升至历史高位。',
    deals: [], negative: 'market-value',
    note: 'fictional company; market value and share moves',
  },
  {
    id: 'zh4-b-024', lang: 'zh', style: 'cn-overseas-press', date: '2025-04-02',
    text: '出海创业公司Sea-Link（海链科技）完成3000万美元A轮融资，由Peak XV Partners领投，Vertex Ventures和老股东Antler跟投，投后估值1.5亿美元。',
    deals: [{
      type: 'funding', target: ['Sea-Link', '海链科技'], round: 'A轮', amount: { currency: 'USD', amount: 30_000_000 },
      valuation: { currency: 'USD', amount: 150_000_000, basis: 'post' },
      parties: [{ name: 'Peak XV Partners', role: 'lead' }, { name: 'Vertex Ventures', role: 'participant' }, { name: 'Antler', role: 'participant' }],
    }],
    note: 'fictional company; Latin investor names in Chinese text',
  },
  {
    id: 'zh4-b-025', lang: 'zh', style: 'cn-financial-daily', date: '2025-06-20',
    text: '上月刚在深交所主板上市的江苏恒瑞智造，今日又宣布以2.8亿元收购常州精工模具70%股权。资料显示，恒瑞智造此次IPO募资约12亿元。',
    deals: [
      { type: 'ipo', target: ['江苏恒瑞智造', '恒瑞智造'], amount: { currency: 'CNY', amount: 1_200_000_000 }, parties: [], date: '2025-05' },
      { type: 'stake-sale', target: ['常州精工模具'], amount: { currency: 'CNY', amount: 280_000_000 }, parties: [{ name: '江苏恒瑞智造', role: 'acquirer' }] },
    ],
    note: 'fictional companies; a listing last month and a purchase today',
  },
  {
    id: 'zh4-b-026', lang: 'zh', style: 'cn-financial-daily', date: '2025-03-18',
    text: '针对"星图影像将获某国资基金20亿元战略投资"的传闻，公司相关负责人表示，目前未与任何机构签署相关协议，消息不实。',
    deals: [], negative: 'denial',
    note: 'fictional company; a rumoured investment denied',
  },
  {
    id: 'zh4-b-027', lang: 'zh', style: 'cn-securities-daily', date: '2025-07-03',
    text: '北交所新股日知科技今日上市，首日收涨186%。公司本次发行价为每股8.5元，发行1800万股，募集资金1.53亿元。',
    deals: [{ type: 'ipo', target: ['日知科技'], amount: { currency: 'CNY', amount: 153_000_000 }, parties: [] }],
    note: 'fictional company; a Beijing Stock Exchange listing',
  },
  {
    id: 'zh4-b-028', lang: 'zh', style: 'cn-exchange-announcement', date: '2025-01-15',
    text: '粤能电力公告，公司以发行股份及支付现金方式，向控股股东粤能集团购买其持有的粤能海上风电100%股权，交易作价合计约45.3亿元，目前已完成资产交割。',
    deals: [{
      type: 'acquisition', target: ['粤能海上风电'], amount: { currency: 'CNY', amount: 4_530_000_000 },
      parties: [{ name: '粤能电力', role: 'acquirer' }, { name: '粤能集团', role: 'seller' }],
    }],
    note: 'fictional companies; a purchase from the controlling holder, closed',
  },
  {
    id: 'zh4-b-029', lang: 'zh', style: 'cn-vc-flash', date: '2025-01-20',
    text: '明岚资本宣布完成第五期美元基金募集，规模约6亿美元，出资人包括多家主权基金和大学捐赠基金。',
    deals: [], negative: 'fund-raise',
    note: 'fictional firm; its own fund',
  },
  {
    id: 'zh4-b-030', lang: 'zh', style: 'cn-vc-flash', date: '2025-04-28',
    text: '消费级AR眼镜品牌视境科技宣布完成由美团龙珠领投、蓝驰创投和启明创投跟投的2.5亿元B+轮融资。',
    deals: [{
      type: 'funding', target: ['视境科技'], round: 'B+轮', amount: { currency: 'CNY', amount: 250_000_000 },
      parties: [{ name: '美团龙珠', role: 'lead' }, { name: '蓝驰创投', role: 'participant' }, { name: '启明创投', role: 'participant' }],
    }],
    note: 'fictional company; roles inside the noun phrase (由…领投、…跟投的…融资)',
  },
  {
    id: 'zh4-b-031', lang: 'zh', style: 'cn-securities-daily', date: '2015-04-04',
    text: '中国南车与中国北车今日公告，双方合并方案已获证监会核准，合并后的新公司名为中国中车，换股比例为1:1.10。',
    deals: [{ type: 'merger', target: ['中国南车'], parties: [{ name: '中国北车', role: 'participant' }] }],
    note: 'public record; a merger of equals approved; the text gives no direction',
  },
  {
    id: 'zh4-b-032', lang: 'zh', style: 'cn-financial-daily', date: '2025-05-12',
    text: '芯擎科技公告，公司股东红杉中国于5月6日至5月9日通过集中竞价方式减持公司1%股份，套现约3.2亿元。',
    deals: [], negative: 'other',
    note: 'fictional company; a holder selling on the market is no deal',
  },
  {
    id: 'zh4-b-033', lang: 'zh', style: 'cn-tech-press', date: '2025-05-19',
    text: '家庭服务机器人公司栖云智能宣布完成C轮融资，融资额达1.2亿美元。淡马锡、Coatue以及老股东顺为资本均参与了本轮投资。',
    deals: [{
      type: 'funding', target: ['栖云智能'], round: 'C轮', amount: { currency: 'USD', amount: 120_000_000 },
      parties: [{ name: '淡马锡', role: 'participant' }, { name: 'Coatue', role: 'participant' }, { name: '顺为资本', role: 'participant' }],
    }],
    note: 'fictional company; backers in the next sentence (均参与了本轮投资)',
  },
  {
    id: 'zh4-b-034', lang: 'zh', style: 'hk-newswire', date: '2025-08-08',
    text: '港股通讯｜创新药企业康诺生物今日在港交所主板挂牌，公司按每股45.6港元发行约6580万股H股，扣除上市开支后所得款项净额约28.9亿港元。',
    deals: [{ type: 'ipo', target: ['康诺生物'], amount: { currency: 'HKD', amount: 2_890_000_000 }, parties: [] }],
    note: 'fictional company; only the net proceeds are stated',
  },
  {
    id: 'zh4-b-035', lang: 'zh', style: 'cn-business-daily', date: '2025-07-15',
    text: '老牌乳企北方牧场已被鲜丰乳业以约9.5亿元全资收购，交易已于上月完成交割，北方牧场品牌将继续保留。',
    deals: [{ type: 'acquisition', target: ['北方牧场'], amount: { currency: 'CNY', amount: 950_000_000 }, parties: [{ name: '鲜丰乳业', role: 'acquirer' }], date: '2025-06' }],
    note: 'fictional companies; a passive purchase closed last month',
  },
  {
    id: 'zh4-b-036', lang: 'zh', style: 'cn-wire', date: '2025-03-21',
    text: '市场监管总局今日发布公告，依法禁止华联超市与百佳优选的合并案，称该交易可能排除、限制国内生鲜零售市场竞争。',
    deals: [], negative: 'called-off',
    note: 'fictional companies; a merger blocked by the regulator',
  },
  // ---- batch C (written and committed after the rules for batch B, scored before any rule for it) ----
  {
    id: 'zh4-c-001', lang: 'zh', style: 'cn-cls-flash', date: '2025-05-12',
    text: '财联社5月12日电，据企查查信息，具身智能企业云巅智能近日完成新一轮融资，新增股东包括中国移动旗下中移资本、华山资本等，融资金额未披露。',
    deals: [{ type: 'funding', target: ['云巅智能'], parties: [{ name: '中移资本', role: 'participant' }, { name: '华山资本', role: 'participant' }] }],
    note: 'fictional company; 新增股东包括 after the round, the owner of a backer is no backer',
  },
  {
    id: 'zh4-c-002', lang: 'zh', style: 'cn-financial-daily', date: '2025-04-17',
    text: '调味品企业川厨食品斥资12.5亿元，收购复合调味料企业好味来80%股权，交易完成后好味来将纳入公司合并报表范围。',
    deals: [{ type: 'stake-sale', target: ['好味来'], amount: { currency: 'CNY', amount: 1_250_000_000 }, parties: [{ name: '川厨食品', role: 'acquirer' }] }],
    note: 'fictional companies; 斥资 in a clause before the verb',
  },
  {
    id: 'zh4-c-003', lang: 'zh', style: 'hk-newswire', date: '2025-06-26',
    text: '【港股IPO】医疗器械公司安泰医疗今日于联交所主板上市，每股发售价定为15.8港元，全球发售所得款项总额约11.85亿港元。',
    deals: [{ type: 'ipo', target: ['安泰医疗'], amount: { currency: 'HKD', amount: 1_185_000_000 }, parties: [] }],
    note: 'fictional company',
  },
  {
    id: 'zh4-c-004', lang: 'zh', style: 'cn-financial-daily', date: '2025-03-14',
    text: '知情人士称，澜海集团正与多家私募股权基金就出售其物流子公司多数股权进行初步谈判，交易估值或达80亿元。',
    deals: [], negative: 'talks',
    note: 'fictional company; a sale in early talks',
  },
  {
    id: 'zh4-c-005', lang: 'zh', style: 'cn-tech-press', date: '2025-02-20',
    text: 'AI编程工具公司码上智能完成数千万元天使轮融资，投资方为奇绩创坛和真格基金。',
    deals: [{ type: 'funding', target: ['码上智能'], round: '天使轮', parties: [{ name: '奇绩创坛', role: 'participant' }, { name: '真格基金', role: 'participant' }] }],
    note: 'fictional company; a vague amount',
  },
  {
    id: 'zh4-c-006', lang: 'zh', style: 'cn-exchange-announcement', date: '2025-05-08',
    text: '北疆能源公告，公司已完成对内蒙古风光新能源51%股权的收购，交易价格为7.6亿元，标的公司已于近日完成工商变更登记。',
    deals: [{ type: 'stake-sale', target: ['内蒙古风光新能源'], amount: { currency: 'CNY', amount: 760_000_000 }, parties: [{ name: '北疆能源', role: 'acquirer' }] }],
    note: 'fictional companies; 完成对…51%股权的收购',
  },
  {
    id: 'zh4-c-007', lang: 'zh', style: 'cn-securities-daily', date: '2025-03-15',
    text: '宁德时代发布2024年年报，全年实现营业收入3620亿元，同比下降9.7%，归母净利润507亿元，同比增长15%。',
    deals: [], negative: 'revenue',
    note: 'public record; annual results',
  },
  {
    id: 'zh4-c-008', lang: 'zh', style: 'cn-weekly', date: '2025-05-31',
    text: '两家连锁咖啡品牌鹿角咖啡与麦田咖啡宣布完成合并，合并后的新公司将沿用鹿角咖啡品牌，门店总数超过3000家。',
    deals: [{ type: 'merger', target: ['鹿角咖啡'], parties: [{ name: '麦田咖啡', role: 'participant' }] }],
    note: 'fictional companies; a merger with no direction stated',
  },
  {
    id: 'zh4-c-009', lang: 'zh', style: 'cn-vc-flash', date: '2025-06-03',
    text: '机器人灵巧手公司灵犀巧手完成亿元级A轮融资，由蓝驰创投独家投资。',
    deals: [{ type: 'funding', target: ['灵犀巧手'], round: 'A轮', parties: [{ name: '蓝驰创投', role: 'lead' }] }],
    note: 'fictional company; 亿元级 is vague; a sole investor leads',
  },
  {
    id: 'zh4-c-010', lang: 'zh', style: 'cn-securities-daily', date: '2025-07-16',
    text: '华电新能今日在上交所主板上市，发行价3.18元/股，募集资金总额181.71亿元，是今年以来A股规模最大的IPO。',
    deals: [{ type: 'ipo', target: ['华电新能'], amount: { currency: 'CNY', amount: 18_171_000_000 }, parties: [] }],
    note: 'public record',
  },
  {
    id: 'zh4-c-011', lang: 'zh', style: 'cn-financial-daily', date: '2025-04-09',
    text: '因股权转让纠纷，华鼎资本起诉恒泰科技，要求对方支付剩余转让款1.2亿元，目前案件尚在审理中。',
    deals: [], negative: 'settlement',
    note: 'fictional companies; a lawsuit over a past transfer',
  },
  {
    id: 'zh4-c-012', lang: 'zh', style: 'cn-overseas-press', date: '2025-03-06',
    text: '出海动态｜跨境家居品牌宏域家居（Homio）宣布收购美国户外家具电商BackyardCo，交易金额未披露，收购完成后BackyardCo将保留原有团队。',
    deals: [{ type: 'acquisition', target: ['BackyardCo'], parties: [{ name: '宏域家居', role: 'acquirer' }] }],
    note: 'fictional companies; no price',
  },
  {
    id: 'zh4-c-013', lang: 'zh', style: 'cn-vc-flash', date: '2025-05-27',
    text: '储能企业海晟新能完成15亿元C轮融资，由国投创新领投，投前估值约为60亿元。',
    deals: [{
      type: 'funding', target: ['海晟新能'], round: 'C轮', amount: { currency: 'CNY', amount: 1_500_000_000 },
      valuation: { currency: 'CNY', amount: 6_000_000_000, basis: 'pre' }, parties: [{ name: '国投创新', role: 'lead' }],
    }],
    note: 'fictional company; a pre-money valuation',
  },
  {
    id: 'zh4-c-014', lang: 'zh', style: 'cn-securities-daily', date: '2025-06-19',
    text: '证监会同意恒立精工首次公开发行股票的注册申请，公司将于近期在深交所创业板发行上市。',
    deals: [], negative: 'not-closed',
    note: 'fictional company; a registration approved, not a listing',
  },
  {
    id: 'zh4-c-015', lang: 'zh', style: 'hk-newswire', date: '2025-06-11',
    text: '港股上市公司云锋科技今日公告，以每股8.2港元向不少于六名承配人配售1.5亿股新股，集资约12.3亿港元，所得款项将用于海外扩张。',
    deals: [{ type: 'funding', target: ['云锋科技'], amount: { currency: 'HKD', amount: 1_230_000_000 }, parties: [] }],
    note: 'fictional company; a placement of new shares funds a listed company (the set reads it as funding)',
  },
  {
    id: 'zh4-c-016', lang: 'zh', style: 'cn-financial-daily', date: '2025-04-22',
    text: '国资入主！湖南省国资旗下湘投控股拟以18.5亿元受让金凯股份21%股份，并取得公司控制权，双方已签署股份转让协议。',
    deals: [{ type: 'stake-sale', target: ['金凯股份'], amount: { currency: 'CNY', amount: 1_850_000_000 }, parties: [{ name: '湘投控股', role: 'acquirer' }] }],
    note: 'fictional companies; 拟 with the agreement signed',
  },
  {
    id: 'zh4-c-017', lang: 'zh', style: 'cn-financial-daily', date: '2025-03-24',
    text: '美团宣布将在未来两年内回购不超过10亿美元的股份，以提升股东回报。',
    deals: [], negative: 'buyback',
    note: 'a buyback plan in outline',
  },
  {
    id: 'zh4-c-018', lang: 'zh', style: 'cn-tech-longform', date: '2025-05-19',
    text: '行业整合仍在继续。上周，激光雷达厂商光速感知完成3亿美元D轮融资，由比亚迪领投；几天后，另一家感知方案商视界智能被华域汽车以5亿元全资收购。',
    deals: [
      { type: 'funding', target: ['光速感知'], round: 'D轮', amount: { currency: 'USD', amount: 300_000_000 }, parties: [{ name: '比亚迪', role: 'lead' }] },
      { type: 'acquisition', target: ['视界智能'], amount: { currency: 'CNY', amount: 500_000_000 }, parties: [{ name: '华域汽车', role: 'acquirer' }] },
    ],
    note: 'fictional targets; a round and a passive purchase of two companies split by "；"',
  },
  {
    id: 'zh4-c-019', lang: 'zh', style: 'cn-local-finance', date: '2025-04-03',
    text: '合肥市产业投资控股集团近日领投了智能制造企业擎天精密的B轮融资，融资总额4亿元，本轮跟投方还包括安徽省高新投和国元创投。',
    deals: [{
      type: 'funding', target: ['擎天精密'], round: 'B轮', amount: { currency: 'CNY', amount: 400_000_000 },
      parties: [{ name: '合肥市产业投资控股集团', role: 'lead' }, { name: '安徽省高新投', role: 'participant' }, { name: '国元创投', role: 'participant' }],
    }],
    note: 'fictional company; the lead first (领投了X的B轮融资), followers after 跟投方还包括',
  },
  {
    id: 'zh4-c-020', lang: 'zh', style: 'hk-newswire', date: '2025-05-15',
    text: '新股首日破发：瑞达物流今日在港交所上市，收盘报4.2港元，较发行价下跌18%。',
    deals: [{ type: 'ipo', target: ['瑞达物流'], parties: [] }],
    note: 'fictional company; a listing today that fell, no proceeds stated',
  },
  {
    id: 'zh4-c-021', lang: 'zh', style: 'cn-vc-flash', date: '2025-02-27',
    text: '小米旗下产业基金完成新一期募集，规模达50亿元，将继续投向智能制造和半导体领域。',
    deals: [], negative: 'fund-raise',
    note: 'a corporate fund raising its own money',
  },
  {
    id: 'zh4-c-022', lang: 'zh', style: 'cn-financial-daily', date: '2025-01-06',
    text: '江南农商行完成对吴中农商行的吸收合并，吴中农商行的全部资产、负债及业务由江南农商行承继。',
    deals: [{ type: 'merger', target: ['吴中农商行'], parties: [{ name: '江南农商行', role: 'acquirer' }] }],
    note: 'fictional banks; 完成对…的吸收合并',
  },
  {
    id: 'zh4-c-023', lang: 'zh', style: 'cn-wire', date: '2025-03-30',
    text: '中国电子信息产业集团旗下的麒云软件完成增资扩股，引入国家集成电路产业投资基金二期、中国诚通等5家战略投资者，募集资金30亿元。',
    deals: [{
      type: 'funding', target: ['麒云软件'], round: 'strategic', amount: { currency: 'CNY', amount: 3_000_000_000 },
      parties: [{ name: '国家集成电路产业投资基金二期', role: 'participant' }, { name: '中国诚通', role: 'participant' }],
    }],
    note: 'fictional company; a capital increase with strategic investors (a strategic round, as zh-fresh4-010 reads 战略投资者); the parent group is no investor',
  },
  {
    id: 'zh4-c-024', lang: 'zh', style: 'cn-financial-daily', date: '2025-04-11',
    text: '华晨新材与德国巴斯夫签署战略合作框架协议，双方拟在电池材料领域开展合作，巴斯夫或将对华晨新材进行股权投资。',
    deals: [], negative: 'talks',
    note: 'fictional company; a framework agreement and a possible investment',
  },
  {
    id: 'zh4-c-025', lang: 'zh', style: 'cn-overseas-press', date: '2025-06-14',
    text: '美股IPO｜美东时间周五，新能源车企星途新能源在纽交所上市，发行价为每股ADS 14美元，募资约3.5亿美元。',
    deals: [{ type: 'ipo', target: ['星途新能源'], amount: { currency: 'USD', amount: 350_000_000 }, parties: [] }],
    note: 'fictional company; a column label before the bar',
  },
  {
    id: 'zh4-c-026', lang: 'zh', style: 'cn-overseas-press', date: '2025-03-19',
    text: '日本丰田汽车宣布以约3亿美元认购中国自动驾驶公司驭势智能新发行的股份，成为其第三大股东。',
    deals: [{ type: 'funding', target: ['驭势智能'], amount: { currency: 'USD', amount: 300_000_000 }, parties: [{ name: '丰田汽车', role: 'participant' }] }],
    note: 'fictional deal; new shares subscribed fund the company',
  },
  {
    id: 'zh4-c-027', lang: 'zh', style: 'cn-financial-daily', date: '2025-05-06',
    text: '按最新收盘价计算，比亚迪市值已超过大众、宝马和奔驰三家车企市值之和。',
    deals: [], negative: 'market-value',
    note: 'a comparison of market values',
  },
  {
    id: 'zh4-c-028', lang: 'zh', style: 'cn-exchange-announcement', date: '2025-02-14',
    text: '青山资源公告，公司通过全资子公司青山国际以4.2亿元收购印尼镍矿企业PT Nusantara Mining 60%股权，相关股权交割已于本月完成。',
    deals: [{
      type: 'stake-sale', target: ['PT Nusantara Mining'], amount: { currency: 'CNY', amount: 420_000_000 },
      parties: [{ name: '青山资源', role: 'acquirer' }, { name: '青山国际', role: 'acquirer' }],
    }],
    note: 'fictional companies; a purchase through a subsidiary of a foreign company with a Latin name',
  },
  {
    id: 'zh4-c-029', lang: 'zh', style: 'cn-financial-daily', date: '2025-04-25',
    text: '对于市场传闻的赴港上市计划，蜂巢能源回应称，公司目前没有相关计划。',
    deals: [], negative: 'denial',
    note: 'a denial of a rumoured listing',
  },
  {
    id: 'zh4-c-030', lang: 'zh', style: 'cn-vc-flash', date: '2025-05-21',
    text: '红杉中国与高瓴创投联合领投了合成生物公司蓝曜生物的4亿元C轮融资，老股东华创资本跟投。',
    deals: [{
      type: 'funding', target: ['蓝曜生物'], round: 'C轮', amount: { currency: 'CNY', amount: 400_000_000 },
      parties: [{ name: '红杉中国', role: 'lead' }, { name: '高瓴创投', role: 'lead' }, { name: '华创资本', role: 'participant' }],
    }],
    note: 'fictional company; two co-leads named before the verb',
  },
  // ---- batch D (written and committed after the rules for batch C, scored before any rule for it) ----
  {
    id: 'zh4-d-001', lang: 'zh', style: 'tw-press', date: '2025-05-07',
    text: '弘晟科技今日宣布，已完成收購日本精密零件廠三友精工100%股權，交易金額約新台幣12億元，三友精工將成為弘晟科技全資子公司。',
    deals: [{ type: 'acquisition', target: ['三友精工'], amount: { currency: 'TWD', amount: 1_200_000_000 }, parties: [{ name: '弘晟科技', role: 'acquirer' }] }],
    note: 'fictional companies; Taiwan press in traditional characters',
  },
  {
    id: 'zh4-d-002', lang: 'zh', style: 'cn-financial-daily', date: '2025-06-27',
    text: '华康药业此前宣布拟以6.5亿元收购南方制药60%股权。公司今日公告，该交易已获股东大会批准，并于本周完成交割。',
    deals: [{ type: 'stake-sale', target: ['南方制药'], amount: { currency: 'CNY', amount: 650_000_000 }, parties: [{ name: '华康药业', role: 'acquirer' }] }],
    note: 'fictional companies; a planned purchase the next sentence says has closed',
  },
  {
    id: 'zh4-d-003', lang: 'zh', style: 'cn-financial-daily', date: '2025-03-26',
    text: '中国石化以约30亿元战略入股氢能企业国氢动力，持股比例约15%，双方将在加氢站网络建设方面开展合作。',
    deals: [{ type: 'stake-sale', target: ['国氢动力'], amount: { currency: 'CNY', amount: 3_000_000_000 }, parties: [{ name: '中国石化', role: 'acquirer' }] }],
    note: 'fictional deal; 战略入股 with a stated stake',
  },
  {
    id: 'zh4-d-004', lang: 'zh', style: 'cn-weekly', date: '2025-04-19',
    text: '受行业景气度下行影响，某头部锂电企业新一轮融资估值较上一轮下调约30%，目前谈判仍在进行。',
    deals: [], negative: 'talks',
    note: 'an unnamed company in talks at a lower valuation',
  },
  {
    id: 'zh4-d-005', lang: 'zh', style: 'cn-tech-press', date: '2025-05-28',
    text: '商业航天公司星辰航天动力宣布完成超10亿元C轮融资。本轮融资将用于液体火箭的研发和量产。投资方包括国家中小企业发展基金、中金资本、北京市人工智能产业投资基金及老股东经纬创投。',
    deals: [{
      type: 'funding', target: ['星辰航天动力'], round: 'C轮', amount: { currency: 'CNY', amount: 1_000_000_000 },
      parties: [
        { name: '国家中小企业发展基金', role: 'participant' }, { name: '中金资本', role: 'participant' },
        { name: '北京市人工智能产业投资基金', role: 'participant' }, { name: '经纬创投', role: 'participant' },
      ],
    }],
    note: 'fictional company; the backers two sentences after the round',
  },
  {
    id: 'zh4-d-006', lang: 'zh', style: 'cn-securities-daily', date: '2025-06-24',
    text: '芯测科技今日登陆科创板，本次发行价为每股23.6元，募资总额约18.9亿元；中芯聚源、国家集成电路产业投资基金二期等参与了本次发行的战略配售。',
    deals: [{
      type: 'ipo', target: ['芯测科技'], amount: { currency: 'CNY', amount: 1_890_000_000 },
      parties: [{ name: '中芯聚源', role: 'participant' }, { name: '国家集成电路产业投资基金二期', role: 'participant' }],
    }],
    note: 'fictional company; strategic placees of a STAR listing take part as cornerstones do',
  },
  {
    id: 'zh4-d-007', lang: 'zh', style: 'cn-securities-daily', date: '2025-05-16',
    text: '上市委审议结果显示，恒通新材首发申请未获通过，这是今年以来第3家被否的IPO企业。',
    deals: [], negative: 'called-off',
    note: 'fictional company; a listing application rejected',
  },
  {
    id: 'zh4-d-008', lang: 'zh', style: 'cn-financial-daily', date: '2025-02-11',
    text: '海鸿集团完成对日本三和电装的控股，持股比例达75%，交易总额约2.1亿美元。',
    deals: [{ type: 'stake-sale', target: ['三和电装'], amount: { currency: 'USD', amount: 210_000_000 }, parties: [{ name: '海鸿集团', role: 'acquirer' }] }],
    note: 'fictional companies; 完成对…的控股',
  },
  {
    id: 'zh4-d-009', lang: 'zh', style: 'cn-vc-flash', date: '2025-04-08',
    text: '在递表港交所前夕，新能源重卡企业驰骋动力完成Pre-IPO轮融资，融资金额约8亿元，由中国国新领投，山东国投、潍柴动力跟投。',
    deals: [{
      type: 'funding', target: ['驰骋动力'], round: 'Pre-IPO轮', amount: { currency: 'CNY', amount: 800_000_000 },
      parties: [{ name: '中国国新', role: 'lead' }, { name: '山东国投', role: 'participant' }, { name: '潍柴动力', role: 'participant' }],
    }],
    note: 'fictional company; a pre-IPO round, no listing yet',
  },
  {
    id: 'zh4-d-010', lang: 'zh', style: 'hk-newswire', date: '2024-03-27',
    text: '阿里巴巴宣布撤回菜鸟在港交所的上市申请，并拟以最高37.5亿美元收购菜鸟其他股东所持股份。',
    deals: [], negative: 'called-off',
    note: 'public record in outline; a listing withdrawn and an offer proposed',
  },
  {
    id: 'zh4-d-011', lang: 'zh', style: 'cn-financial-daily', date: '2025-06-07',
    text: '紫晶矿业本周分别以3.2亿元和1.8亿元收购了西藏龙源矿业51%股权和青海盐湖锂业30%股权。',
    deals: [
      { type: 'stake-sale', target: ['西藏龙源矿业'], amount: { currency: 'CNY', amount: 320_000_000 }, parties: [{ name: '紫晶矿业', role: 'acquirer' }] },
      { type: 'stake-sale', target: ['青海盐湖锂业'], amount: { currency: 'CNY', amount: 180_000_000 }, parties: [{ name: '紫晶矿业', role: 'acquirer' }] },
    ],
    note: 'fictional companies; one verb, two targets, two prices in order (分别)',
  },
  {
    id: 'zh4-d-012', lang: 'zh', style: 'cn-vc-flash', date: '2025-03-12',
    text: 'AI医疗影像公司深睿智影获得2亿元B轮融资，投资方为高瓴创投和夏尔巴投资，光源资本担任独家财务顾问。',
    deals: [{
      type: 'funding', target: ['深睿智影'], round: 'B轮', amount: { currency: 'CNY', amount: 200_000_000 },
      parties: [{ name: '高瓴创投', role: 'participant' }, { name: '夏尔巴投资', role: 'participant' }],
    }],
    note: 'fictional company; the adviser is no investor',
  },
  {
    id: 'zh4-d-013', lang: 'zh', style: 'hk-newswire', date: '2025-05-23',
    text: '港股上市公司远东物业今日公告，由大股东华润置地提出的私有化计划已获法院批准并生效，公司股份将于下周一撤销上市地位，私有化总代价约42亿港元。',
    deals: [{ type: 'acquisition', target: ['远东物业'], amount: { currency: 'HKD', amount: 4_200_000_000 }, parties: [{ name: '华润置地', role: 'acquirer' }] }],
    note: 'fictional target; a privatisation scheme effective',
  },
  {
    id: 'zh4-d-014', lang: 'zh', style: 'cn-wire', date: '2023-08-17',
    text: '因未能在最后期限前获得相关国家监管部门批准，英特尔宣布终止收购高塔半导体的交易，并将向对方支付3.53亿美元终止费。',
    deals: [], negative: 'called-off',
    note: 'public record; a purchase called off, a break fee is no price',
  },
  {
    id: 'zh4-d-015', lang: 'zh', style: 'cn-tech-press', date: '2025-04-10',
    text: '据悉，今年1月，大模型公司深言智能完成5亿元B轮融资，投后估值达50亿元，由君联资本领投。',
    deals: [{
      type: 'funding', target: ['深言智能'], round: 'B轮', amount: { currency: 'CNY', amount: 500_000_000 },
      valuation: { currency: 'CNY', amount: 5_000_000_000, basis: 'post' }, parties: [{ name: '君联资本', role: 'lead' }], date: '2025-01',
    }],
    note: 'fictional company; dated 今年1月',
  },
  {
    id: 'zh4-d-016', lang: 'zh', style: 'cn-financial-daily', date: '2025-03-21',
    text: '拼多多第四季度营收1106亿元，同比增长24%，低于市场预期，美股盘前股价下跌6%。',
    deals: [], negative: 'revenue',
    note: 'public record in outline; quarterly revenue and a share move',
  },
  {
    id: 'zh4-d-017', lang: 'zh', style: 'cn-overseas-press', date: '2025-06-12',
    text: '在线问诊平台康途健康周三在纳斯达克上市，IPO募资1.2亿美元，上市首日市值约15亿美元。',
    deals: [{ type: 'ipo', target: ['康途健康'], amount: { currency: 'USD', amount: 120_000_000 }, parties: [] }],
    note: 'fictional company; the first-day market value is no amount',
  },
  {
    id: 'zh4-d-018', lang: 'zh', style: 'cn-funding-weekly', date: '2025-06-28',
    text: '【资本动态】宠物食品企业萌宠说完成3亿元B轮融资，由高瓴资本领投；同日，宠物医疗连锁瑞派宠物在港交所上市，募资约6.5亿港元。',
    deals: [
      { type: 'funding', target: ['萌宠说'], round: 'B轮', amount: { currency: 'CNY', amount: 300_000_000 }, parties: [{ name: '高瓴资本', role: 'lead' }] },
      { type: 'ipo', target: ['瑞派宠物'], amount: { currency: 'HKD', amount: 650_000_000 }, parties: [] },
    ],
    note: 'fictional deals; a round and a listing of two companies split by "；"',
  },
  {
    id: 'zh4-d-019', lang: 'zh', style: 'cn-financial-daily', date: '2025-02-13',
    text: '针对媒体关于其完成新一轮10亿元融资的报道，智途科技回应称，公司近期并无融资计划，相关报道不实。',
    deals: [], negative: 'denial',
    note: 'fictional company; a reported round denied',
  },
  {
    id: 'zh4-d-020', lang: 'zh', style: 'cn-business-daily', date: '2019-12-13',
    text: '蒙牛乳业宣布，已完成对澳大利亚有机婴幼儿奶粉品牌贝拉米（Bellamy\'s）的收购，交易总价约15亿澳元。',
    deals: [{ type: 'acquisition', target: ['贝拉米', "Bellamy's"], amount: { currency: 'AUD', amount: 1_500_000_000 }, parties: [{ name: '蒙牛乳业', role: 'acquirer' }] }],
    note: 'public record; a described foreign brand with its Latin name in brackets',
  },
  {
    id: 'zh4-d-021', lang: 'zh', style: 'cn-securities-daily', date: '2025-03-26',
    text: '招商银行公布2024年度分红方案，每股派发现金红利2.0元，分红总额约504亿元。',
    deals: [], negative: 'dividend',
    note: 'public record in outline; a dividend',
  },
  {
    id: 'zh4-d-022', lang: 'zh', style: 'cn-vc-flash', date: '2025-05-09',
    text: '新型储能企业中储智能完成6亿元A轮融资，由中国华能、国家电投旗下基金和深创投共同投资。',
    deals: [{
      type: 'funding', target: ['中储智能'], round: 'A轮', amount: { currency: 'CNY', amount: 600_000_000 },
      parties: [{ name: '中国华能', role: 'participant' }, { name: '深创投', role: 'participant' }],
    }],
    note: 'fictional company; backers who invest together (共同投资); an unnamed fund',
  },
  {
    id: 'zh4-d-023', lang: 'zh', style: 'cn-overseas-press', date: '2025-04-16',
    text: '出海｜跨境物流商云鑫物流（Yunex）与新加坡同行ShipFast宣布合并，合并后公司总部将设在新加坡。',
    deals: [{ type: 'merger', target: ['云鑫物流', 'Yunex'], parties: [{ name: 'ShipFast', role: 'participant' }] }],
    note: 'fictional companies; a merger with no direction stated',
  },
  {
    id: 'zh4-d-024', lang: 'zh', style: 'cn-exchange-announcement', date: '2025-04-02',
    text: '中国平安公告，拟使用不低于50亿元、不超过100亿元的自有资金回购公司A股股份，用于注销并减少注册资本。',
    deals: [], negative: 'buyback',
    note: 'a buyback plan in outline',
  },
  {
    id: 'zh4-d-025', lang: 'zh', style: 'cn-securities-daily', date: '2025-06-30',
    text: '科创板新股华岭光电今日上市，首日收涨126%。公司本次公开发行新股5000万股，发行价格为每股20.15元，募集资金总额10.08亿元，募集资金净额9.21亿元。',
    deals: [{ type: 'ipo', target: ['华岭光电'], amount: { currency: 'CNY', amount: 1_008_000_000 }, parties: [] }],
    note: 'fictional company; gross and net — the gross is the amount',
  },
  {
    id: 'zh4-d-026', lang: 'zh', style: 'hk-newswire', date: '2025-05-02',
    text: '淡马锡以约12亿港元向博裕资本出售其持有的绿源快递8%股份，交易完成后淡马锡不再持有绿源快递股份。',
    deals: [{
      type: 'stake-sale', target: ['绿源快递'], amount: { currency: 'HKD', amount: 1_200_000_000 },
      parties: [{ name: '博裕资本', role: 'acquirer' }, { name: '淡马锡', role: 'seller' }],
    }],
    note: 'fictional deal; a sale told from the seller (向…出售其持有的)',
  },
  {
    id: 'zh4-d-027', lang: 'zh', style: 'cn-financial-daily', date: '2025-03-04',
    text: '华润医药联合多家机构设立规模50亿元的医疗并购基金，将围绕创新药、医疗器械等领域开展投资。',
    deals: [], negative: 'fund-raise',
    note: 'a buyout fund set up',
  },
  {
    id: 'zh4-d-028', lang: 'zh', style: 'cn-tech-press', date: '2025-05-13',
    text: 'AI芯片企业墨算智能获得阿里巴巴战略投资，本轮融资后公司估值超过100亿元。',
    deals: [{
      type: 'funding', target: ['墨算智能'], round: 'strategic', valuation: { currency: 'CNY', amount: 10_000_000_000, basis: 'post' },
      parties: [{ name: '阿里巴巴', role: 'participant' }],
    }],
    note: 'fictional company; a strategic investment with no amount and a post-money valuation',
  },
  {
    id: 'zh4-d-029', lang: 'zh', style: 'cn-local-finance', date: '2025-01-24',
    text: '珠海国资旗下华发集团通过协议转让及表决权委托的方式取得汇通电子控制权，交易对价约9.8亿元。',
    deals: [{ type: 'stake-sale', target: ['汇通电子'], amount: { currency: 'CNY', amount: 980_000_000 }, parties: [{ name: '华发集团', role: 'acquirer' }] }],
    note: 'fictional target; control taken by a transfer and a proxy',
  },
  {
    id: 'zh4-d-030', lang: 'zh', style: 'cn-financial-daily', date: '2025-05-30',
    text: '据知情人士透露，两家头部造车新势力正在就潜在合并进行接触，谈判仍处于早期阶段。',
    deals: [], negative: 'talks',
    note: 'unnamed companies in early talks',
  },
  // ---- batch E (written and committed after the rules for batch D, scored before any rule for it) ----
  {
    id: 'zh4-e-001', lang: 'zh', style: 'cn-exchange-announcement', date: '2025-06-05',
    text: '星驰汽车公告，拟以现金48亿元向华鼎科技购买其持有的华鼎智驾15%股权，双方已签署股权转让协议。',
    deals: [{
      type: 'stake-sale', target: ['华鼎智驾'], amount: { currency: 'CNY', amount: 4_800_000_000 },
      parties: [{ name: '星驰汽车', role: 'acquirer' }, { name: '华鼎科技', role: 'seller' }],
    }],
    note: 'fictional companies; 拟 with the agreement signed, bought from its holder',
  },
  {
    id: 'zh4-e-002', lang: 'zh', style: 'cn-financial-daily', date: '2025-04-29',
    text: '运动品牌鸿途体育宣布，以1.8亿欧元收购意大利滑雪装备品牌Montagna，卖方为私募基金Alpine Partners，交易已完成交割。',
    deals: [{
      type: 'acquisition', target: ['Montagna'], amount: { currency: 'EUR', amount: 180_000_000 },
      parties: [{ name: '鸿途体育', role: 'acquirer' }, { name: 'Alpine Partners', role: 'seller' }],
    }],
    note: 'fictional companies; the seller named in a later clause',
  },
  {
    id: 'zh4-e-003', lang: 'zh', style: 'hk-newswire', date: '2025-03-03',
    text: '华联控股宣布，以约36亿港元向高瓴资本出售所持联华便利约45%股份，交易完成后华联控股将不再持有联华便利任何股份。',
    deals: [{
      type: 'stake-sale', target: ['联华便利'], amount: { currency: 'HKD', amount: 3_600_000_000 },
      parties: [{ name: '高瓴资本', role: 'acquirer' }, { name: '华联控股', role: 'seller' }],
    }],
    note: 'fictional deal; a sale told from the seller (向…出售所持)',
  },
  {
    id: 'zh4-e-004', lang: 'zh', style: 'cn-weekly', date: '2025-03-29',
    text: '3月以来港股两笔巨额配售引发关注：比亚迪以每股335.2港元配售H股，集资约435亿港元；小米集团则以每股52.8港元配售新股，集资约425亿港元。',
    deals: [
      { type: 'funding', target: ['比亚迪'], amount: { currency: 'HKD', amount: 43_500_000_000 }, parties: [] },
      { type: 'funding', target: ['小米集团'], amount: { currency: 'HKD', amount: 42_500_000_000 }, parties: [] },
    ],
    note: 'public record; two placements of new shares by listed companies (the set reads them as funding)',
  },
  {
    id: 'zh4-e-005', lang: 'zh', style: 'cn-wire', date: '2019-06-02',
    text: '安徽省国资委将所持马钢集团51%股权无偿划转给中国宝武，划转完成后，马钢集团成为中国宝武的控股子公司。',
    deals: [{ type: 'stake-sale', target: ['马钢集团'], parties: [{ name: '中国宝武', role: 'acquirer' }] }],
    note: 'public record; a free transfer of a controlling stake between state owners',
  },
  {
    id: 'zh4-e-006', lang: 'zh', style: 'cn-financial-daily', date: '2025-11-02',
    text: '星途新能源10月交付新车7.1万辆，同比增长逾八成，创单月交付纪录；公司股价当日上涨6%。',
    deals: [], negative: 'other',
    note: 'fictional company; deliveries and a share move',
  },
  {
    id: 'zh4-e-007', lang: 'zh', style: 'cn-tech-longform', date: '2025-06-17',
    text: '具身智能赛道再添大额融资。北京灵巧智造今日宣布完成近7亿元A轮融资。本轮由北京机器人产业发展投资基金和京国瑞基金联合领投，老股东百度风投、联想之星持续加码。公司表示，资金将主要用于灵巧手量产线建设。',
    deals: [{
      type: 'funding', target: ['北京灵巧智造', '灵巧智造'], round: 'A轮', amount: { currency: 'CNY', amount: 700_000_000 },
      parties: [
        { name: '北京机器人产业发展投资基金', role: 'lead' }, { name: '京国瑞基金', role: 'lead' },
        { name: '百度风投', role: 'participant' }, { name: '联想之星', role: 'participant' },
      ],
    }],
    note: 'fictional company; co-leads and returning backers in the next sentence',
  },
  {
    id: 'zh4-e-008', lang: 'zh', style: 'cn-local-finance', date: '2025-05-20',
    text: '本报讯 深圳锐能科技今日登陆创业板，首发募资12.6亿元，发行市盈率为28.5倍，成为今年深圳第4家上市企业。',
    deals: [{ type: 'ipo', target: ['深圳锐能科技', '锐能科技'], amount: { currency: 'CNY', amount: 1_260_000_000 }, parties: [] }],
    note: 'fictional company; 首发募资',
  },
  {
    id: 'zh4-e-009', lang: 'zh', style: 'hk-newswire', date: '2025-04-15',
    text: '港交所文件显示，连锁火锅品牌川味坊已递交上市申请，拟在主板上市，华泰国际为独家保荐人。',
    deals: [], negative: 'not-closed',
    note: 'fictional company; a filing',
  },
  {
    id: 'zh4-e-010', lang: 'zh', style: 'cn-securities-daily', date: '2020-01-22',
    text: '埃斯顿自动化公告，公司已完成对德国焊接机器人制造商克鲁斯（Cloos）100%股权的收购交割，克鲁斯正式成为公司全资子公司。',
    deals: [{ type: 'acquisition', target: ['克鲁斯', 'Cloos'], parties: [{ name: '埃斯顿自动化', role: 'acquirer' }] }],
    note: 'public record in outline; no price stated',
  },
  {
    id: 'zh4-e-011', lang: 'zh', style: 'cn-financial-daily', date: '2025-05-26',
    text: '在业绩说明会上，华鼎科技董事长表示，公司目前没有并购计划，未来将聚焦主业发展。',
    deals: [], negative: 'denial',
    note: 'fictional company; no deal planned',
  },
  {
    id: 'zh4-e-012', lang: 'zh', style: 'hk-newswire', date: '2025-02-24',
    text: '香港金融科技公司汇立科技完成1.5亿美元C轮融资，由淡马锡牵头，软银愿景基金及贝莱德参与。',
    deals: [{
      type: 'funding', target: ['汇立科技'], round: 'C轮', amount: { currency: 'USD', amount: 150_000_000 },
      parties: [{ name: '淡马锡', role: 'lead' }, { name: '软银愿景基金', role: 'participant' }, { name: '贝莱德', role: 'participant' }],
    }],
    note: 'fictional company; Hong Kong press says 牵头 for led',
  },
  {
    id: 'zh4-e-013', lang: 'zh', style: 'cn-local-finance', date: '2025-04-24',
    text: '国资入主：四川发展控股以约14亿元入主川能智网，持股比例达29.5%，成为其控股股东。',
    deals: [{ type: 'stake-sale', target: ['川能智网'], amount: { currency: 'CNY', amount: 1_400_000_000 }, parties: [{ name: '四川发展控股', role: 'acquirer' }] }],
    note: 'fictional target; 入主 (take control)',
  },
  {
    id: 'zh4-e-014', lang: 'zh', style: 'hk-newswire', date: '2025-06-25',
    text: '港股通讯｜医疗AI企业智影医疗以招股价区间上限每股23.5港元定价，全球发售所得款项总额约9.4亿港元，将于周五在港交所挂牌。',
    deals: [{ type: 'ipo', target: ['智影医疗'], amount: { currency: 'HKD', amount: 940_000_000 }, parties: [] }],
    note: 'fictional company; a listing priced, its size raised',
  },
  {
    id: 'zh4-e-015', lang: 'zh', style: 'cn-exchange-announcement', date: '2025-03-18',
    text: '华远控股公告，控股股东将所持公司5000万股股份质押给中信证券，用于融资担保。',
    deals: [], negative: 'other',
    note: 'fictional company; a pledge of shares is no sale',
  },
  {
    id: 'zh4-e-016', lang: 'zh', style: 'cn-securities-daily', date: '2025-01-10',
    text: '湘江证券与洞庭证券宣布以新设合并方式合并，合并后新公司定名为湖湘证券，相关方案已获两家公司股东大会通过。',
    deals: [{ type: 'merger', target: ['湘江证券'], parties: [{ name: '洞庭证券', role: 'participant' }] }],
    note: 'fictional brokers; a consolidation into a new company',
  },
  {
    id: 'zh4-e-017', lang: 'zh', style: 'cn-tech-press', date: '2025-05-22',
    text: 'AI搜索公司秘途科技完成3亿美元B轮融资，估值接近20亿美元。腾讯、红杉中国继续追加投资，新加入的投资方包括卡塔尔投资局。',
    deals: [{
      type: 'funding', target: ['秘途科技'], round: 'B轮', amount: { currency: 'USD', amount: 300_000_000 },
      valuation: { currency: 'USD', amount: 2_000_000_000 },
      parties: [{ name: '腾讯', role: 'participant' }, { name: '红杉中国', role: 'participant' }, { name: '卡塔尔投资局', role: 'participant' }],
    }],
    note: 'fictional company; backers in the next sentence, old and new',
  },
  {
    id: 'zh4-e-018', lang: 'zh', style: 'cn-financial-daily', date: '2025-04-03',
    text: '据彭博报道，快时尚电商希音正考虑将上市地点转向香港，最早可能于今年递交申请。',
    deals: [], negative: 'rumour',
    note: 'reporting of a listing considered',
  },
  {
    id: 'zh4-e-019', lang: 'zh', style: 'cn-overseas-press', date: '2025-02-06',
    text: '中海装备以约3.1亿美元（含债务）收购挪威海工企业Nordic Rig AS全部股权，这是公司首次在北欧完成并购。',
    deals: [{ type: 'acquisition', target: ['Nordic Rig AS', 'Nordic Rig'], amount: { currency: 'USD', amount: 310_000_000 }, parties: [{ name: '中海装备', role: 'acquirer' }] }],
    note: 'fictional companies; a price with debt in brackets',
  },
  {
    id: 'zh4-e-020', lang: 'zh', style: 'cn-securities-daily', date: '2025-03-07',
    text: '华星新材发行股份购买资产事项未获并购重组委审核通过，公司表示将继续推进相关工作。',
    deals: [], negative: 'called-off',
    note: 'fictional company; a restructuring rejected',
  },
  {
    id: 'zh4-e-021', lang: 'zh', style: 'cn-overseas-press', date: '2025-05-14',
    text: 'Zenith AI（智远科技）周二晚间登陆纳斯达克，IPO发行价为每股ADS 12美元，共募资约1.44亿美元。',
    deals: [{ type: 'ipo', target: ['Zenith AI', '智远科技'], amount: { currency: 'USD', amount: 144_000_000 }, parties: [] }],
    note: 'fictional company; the Latin name first',
  },
  {
    id: 'zh4-e-022', lang: 'zh', style: 'cn-exchange-announcement', date: '2025-06-09',
    text: '恒源资本以4.6亿元受让云图科技创始人所持公司8%股份，受让完成后合计持股比例升至15%。',
    deals: [{ type: 'stake-sale', target: ['云图科技'], amount: { currency: 'CNY', amount: 460_000_000 }, parties: [{ name: '恒源资本', role: 'acquirer' }] }],
    note: 'fictional companies; shares of 公司 sold by its founder',
  },
  {
    id: 'zh4-e-023', lang: 'zh', style: 'cn-vc-flash', date: '2025-04-30',
    text: '氢能企业氢途动力完成5亿元B轮融资，由国家能源集团旗下国能基金领投；同日，公司与中国石化签署战略合作协议。',
    deals: [{ type: 'funding', target: ['氢途动力'], round: 'B轮', amount: { currency: 'CNY', amount: 500_000_000 }, parties: [{ name: '国能基金', role: 'lead' }] }],
    note: 'fictional company; a partner in a cooperation agreement is no investor',
  },
  {
    id: 'zh4-e-024', lang: 'zh', style: 'cn-exchange-announcement', date: '2025-04-21',
    text: '华鑫股份公告，控股股东华鑫集团计划在未来6个月内增持公司股份，增持金额不低于1亿元。',
    deals: [], negative: 'other',
    note: 'fictional company; a holder adding shares on the market',
  },
  {
    id: 'zh4-e-025', lang: 'zh', style: 'cn-financial-daily', date: '2025-03-13',
    text: '天泽乳业以现金5.2亿元收购新疆牧源乳业有限公司100%股权，交易作价较净资产溢价约40%。',
    deals: [{ type: 'acquisition', target: ['新疆牧源乳业有限公司', '新疆牧源乳业'], amount: { currency: 'CNY', amount: 520_000_000 }, parties: [{ name: '天泽乳业', role: 'acquirer' }] }],
    note: 'fictional companies; a legal name bought whole',
  },
  {
    id: 'zh4-e-026', lang: 'zh', style: 'cn-securities-daily', date: '2025-05-06',
    text: '上海证券交易所今日发布公告，决定终止华信股份股票上市，公司股票将于5月14日被摘牌。',
    deals: [], negative: 'other',
    note: 'fictional company; a delisting',
  },
  // ---- batch F (written and committed after the rules for batch E, scored before any rule for it) ----
  {
    id: 'zh4-f-001', lang: 'zh', style: 'cn-financial-daily', date: '2025-06-16',
    text: '工业软件企业数维科技成立于2019年，主营研发设计类软件。该公司今日宣布完成4亿元C轮融资，本轮投资方为国投招商和中金资本。',
    deals: [{
      type: 'funding', target: ['数维科技'], round: 'C轮', amount: { currency: 'CNY', amount: 400_000_000 },
      parties: [{ name: '国投招商', role: 'participant' }, { name: '中金资本', role: 'participant' }],
    }],
    note: 'fictional company; 该公司 in the second sentence stands for the company of the first',
  },
  {
    id: 'zh4-f-002', lang: 'zh', style: 'cn-vc-flash', date: '2025-03-31',
    text: '联想创投宣布已完成对边缘计算芯片企业芯原微算的战略投资，投资金额未披露。',
    deals: [{ type: 'funding', target: ['芯原微算'], round: 'strategic', parties: [{ name: '联想创投', role: 'participant' }] }],
    note: 'fictional target; the investor is the subject (完成对…的战略投资)',
  },
  {
    id: 'zh4-f-003', lang: 'zh', style: 'cn-vc-flash', date: '2025-05-07',
    text: '宠物医疗SaaS服务商宠联云完成5000万元天使轮融资，领投方为真格基金，跟投方为九合创投、英诺天使基金。',
    deals: [{
      type: 'funding', target: ['宠联云'], round: '天使轮', amount: { currency: 'CNY', amount: 50_000_000 },
      parties: [{ name: '真格基金', role: 'lead' }, { name: '九合创投', role: 'participant' }, { name: '英诺天使基金', role: 'participant' }],
    }],
    note: 'fictional company; 领投方为 / 跟投方为',
  },
  {
    id: 'zh4-f-004', lang: 'zh', style: 'hk-newswire', date: '2025-06-30',
    text: '"港股智能座椅第一股"安驰智能今日正式在港交所挂牌交易，开盘价较招股价上涨12%。公司此次全球发售所得款项净额约7.8亿港元。',
    deals: [{ type: 'ipo', target: ['安驰智能'], amount: { currency: 'HKD', amount: 780_000_000 }, parties: [] }],
    note: 'fictional company; a nickname in quotes before the name; only the net proceeds stated',
  },
  {
    id: 'zh4-f-005', lang: 'zh', style: 'cn-financial-daily', date: '2025-04-14',
    text: '有市场传闻称云帆物流将被某大型央企收购，公司股价今日开盘即涨停。截至记者发稿，公司尚未作出回应。',
    deals: [], negative: 'rumour',
    note: 'fictional company; a rumoured purchase moves the shares',
  },
  {
    id: 'zh4-f-006', lang: 'zh', style: 'cn-tech-press', date: '2025-05-25',
    text: '据知情人士透露，大模型公司智源星图的估值已达100亿美元，是国内估值最高的AI初创公司之一。',
    deals: [], negative: 'market-value',
    note: 'fictional company; a valuation with no round',
  },
  {
    id: 'zh4-f-007', lang: 'zh', style: 'cn-tech-press', date: '2025-04-02',
    text: '成立五年来，机器人公司优艾机器人累计融资超过30亿元，投资方包括红杉中国、高瓴和腾讯。',
    deals: [], negative: 'other',
    note: 'fictional company; a running total is no round',
  },
  {
    id: 'zh4-f-008', lang: 'zh', style: 'cn-financial-daily', date: '2025-06-09',
    text: '新能源车企远航汽车计划于2026年赴港上市，目前已启动上市辅导，拟募资约10亿美元。',
    deals: [], negative: 'not-closed',
    note: 'fictional company; a listing planned',
  },
  {
    id: 'zh4-f-009', lang: 'zh', style: 'cn-exchange-announcement', date: '2025-02-17',
    text: '华信精工公告，公司已于2024年12月完成对苏州恒立电子60%股权的收购，交易对价为3.6亿元，恒立电子自2025年1月起纳入合并报表范围。',
    deals: [{ type: 'stake-sale', target: ['苏州恒立电子', '恒立电子'], amount: { currency: 'CNY', amount: 360_000_000 }, parties: [{ name: '华信精工', role: 'acquirer' }], date: '2024-12' }],
    note: 'fictional companies; a purchase dated 2024年12月 in a February article',
  },
  {
    id: 'zh4-f-010', lang: 'zh', style: 'cn-business-daily', date: '2025-05-15',
    text: '吉瑞汽车与德国零部件商博格纳成立合资公司，双方各持股50%，合资公司注册资本10亿元。',
    deals: [], negative: 'other',
    note: 'fictional companies; a joint venture set up',
  },
  {
    id: 'zh4-f-011', lang: 'zh', style: 'cn-exchange-announcement', date: '2025-03-20',
    text: '宏图股份发布重大资产重组预案，拟以发行股份的方式购买宏图集团持有的宏图新能源100%股权，交易作价暂定为26亿元，公司股票自明日起复牌。',
    deals: [{
      type: 'acquisition', target: ['宏图新能源'], amount: { currency: 'CNY', amount: 2_600_000_000 },
      parties: [{ name: '宏图股份', role: 'acquirer' }, { name: '宏图集团', role: 'seller' }],
    }],
    note: 'fictional companies; a restructuring plan that states its price (the set reads a priced plan as agreed)',
  },
  {
    id: 'zh4-f-012', lang: 'zh', style: 'hk-newswire', date: '2025-04-22',
    text: '港股公司中天国际宣布，以每股2.1港元向控股股东配售4亿股新股，集资约8.4亿港元，用于偿还银行借款。',
    deals: [{ type: 'funding', target: ['中天国际'], amount: { currency: 'HKD', amount: 840_000_000 }, parties: [] }],
    note: 'fictional company; a placement to the controlling holder',
  },
  {
    id: 'zh4-f-013', lang: 'zh', style: 'cn-weekly', date: '2025-06-21',
    text: '本周并购市场最受关注的交易来自医疗器械领域：迈科医疗以现金7.2亿元收购了心脉通51%的股权。另外，光明生物完成对丹麦酶制剂企业Enzyma的收购，交易金额约1.1亿欧元。',
    deals: [
      { type: 'stake-sale', target: ['心脉通'], amount: { currency: 'CNY', amount: 720_000_000 }, parties: [{ name: '迈科医疗', role: 'acquirer' }] },
      { type: 'acquisition', target: ['Enzyma'], amount: { currency: 'EUR', amount: 110_000_000 }, parties: [{ name: '光明生物', role: 'acquirer' }] },
    ],
    note: 'fictional companies; two purchases in two sentences',
  },
  {
    id: 'zh4-f-014', lang: 'zh', style: 'cn-financial-daily', date: '2025-05-19',
    text: '华能新材拟发行可转换公司债券，募集资金不超过15亿元，用于年产5万吨新材料项目建设。',
    deals: [], negative: 'not-closed',
    note: 'fictional company; a bond planned',
  },
  {
    id: 'zh4-f-015', lang: 'zh', style: 'cn-vc-flash', date: '2025-03-25',
    text: '企业服务公司云枢科技获得数亿元B轮融资，本轮融资由高榕创投领投，老股东经纬创投、启明创投跟投，华兴资本担任独家财务顾问。',
    deals: [{
      type: 'funding', target: ['云枢科技'], round: 'B轮',
      parties: [{ name: '高榕创投', role: 'lead' }, { name: '经纬创投', role: 'participant' }, { name: '启明创投', role: 'participant' }],
    }],
    note: 'fictional company; a vague amount; the adviser is no investor',
  },
  {
    id: 'zh4-f-016', lang: 'zh', style: 'cn-overseas-press', date: '2025-04-18',
    text: '出海资讯｜东南亚电商服务商PayGo宣布获得阿里巴巴领投的8000万美元C轮融资，蚂蚁集团跟投。',
    deals: [{
      type: 'funding', target: ['PayGo'], round: 'C轮', amount: { currency: 'USD', amount: 80_000_000 },
      parties: [{ name: '阿里巴巴', role: 'lead' }, { name: '蚂蚁集团', role: 'participant' }],
    }],
    note: 'fictional company; the lead inside 获得…领投的…融资',
  },
  {
    id: 'zh4-f-017', lang: 'zh', style: 'cn-securities-daily', date: '2025-05-28',
    text: '国内首家商业航天上市公司航宇星通今日在科创板上市，公司本次发行募集资金总额为24.5亿元，超额配售选择权行使前，发行后总股本约4.1亿股。',
    deals: [{ type: 'ipo', target: ['航宇星通'], amount: { currency: 'CNY', amount: 2_450_000_000 }, parties: [] }],
    note: 'fictional company; 上市公司 in its description is no listing word',
  },
  {
    id: 'zh4-f-018', lang: 'zh', style: 'cn-financial-daily', date: '2025-06-02',
    text: '华泰证券旗下华泰创新投资以1.5亿元参与了芯驰半导体的新一轮融资，成为其第五大股东。',
    deals: [{ type: 'funding', target: ['芯驰半导体'], amount: { currency: 'CNY', amount: 150_000_000 }, parties: [{ name: '华泰创新投资', role: 'participant' }] }],
    note: 'fictional target; 参与了X的新一轮融资; the parent is no investor',
  },
  {
    id: 'zh4-f-019', lang: 'zh', style: 'cn-local-finance', date: '2025-04-11',
    text: '杭州市拱墅区国资平台以2.2亿元竞得破产重整企业杭钢精密的全部股权，成为其唯一股东。',
    deals: [{ type: 'acquisition', target: ['杭钢精密'], amount: { currency: 'CNY', amount: 220_000_000 }, parties: [] }],
    note: 'fictional target; a buyer named by what it is (no name)',
  },
  {
    id: 'zh4-f-020', lang: 'zh', style: 'cn-tech-longform', date: '2025-07-02',
    text: '回顾上半年，人形机器人赛道共发生融资事件40余起。其中，星际动力在3月完成10亿元B轮融资，由阿里巴巴和美团联合领投；5月，千寻智能又宣布获得6亿元A+轮融资。',
    deals: [
      {
        type: 'funding', target: ['星际动力'], round: 'B轮', amount: { currency: 'CNY', amount: 1_000_000_000 },
        parties: [{ name: '阿里巴巴', role: 'lead' }, { name: '美团', role: 'lead' }], date: '2025-03',
      },
      { type: 'funding', target: ['千寻智能'], round: 'A+轮', amount: { currency: 'CNY', amount: 600_000_000 }, parties: [], date: '2025-05' },
    ],
    note: 'fictional rounds; two companies, each with its month',
  },
  // ---- batch G (written and committed after the rules for batch F, scored before any rule for it) ----
  {
    id: 'zh4-g-001', lang: 'zh', style: 'hk-newswire', date: '2025-06-18',
    text: '電動車充電營運商星電能源宣布完成2億美元C輪融資，由淡馬錫領投，高瓴資本及老股東紅杉中國跟投。公司表示，所得資金將用於擴展東南亞市場。',
    deals: [{
      type: 'funding', target: ['星電能源'], round: 'C輪', amount: { currency: 'USD', amount: 200_000_000 },
      parties: [{ name: '淡馬錫', role: 'lead' }, { name: '高瓴資本', role: 'participant' }, { name: '紅杉中國', role: 'participant' }],
    }],
    note: 'fictional company; Hong Kong press in traditional characters',
  },
  {
    id: 'zh4-g-002', lang: 'zh', style: 'cn-financial-daily', date: '2025-05-30',
    text: '在经历了两年的低谷后，一级市场正在回暖。以自动驾驶为例，本月卡车自动驾驶公司驭途科技宣布完成逾2亿美元D轮融资，投资方包括红杉中国、IDG资本和Lightspeed Venture Partners，其中红杉中国为领投方。',
    deals: [{
      type: 'funding', target: ['驭途科技'], round: 'D轮', amount: { currency: 'USD', amount: 200_000_000 },
      parties: [{ name: '红杉中国', role: 'lead' }, { name: 'IDG资本', role: 'participant' }, { name: 'Lightspeed Venture Partners', role: 'participant' }],
    }],
    note: 'fictional company; the lead named after the list (其中…为领投方)',
  },
  {
    id: 'zh4-g-003', lang: 'zh', style: 'cn-exchange-announcement', date: '2025-04-16',
    text: '长江新材公告，公司向特定对象发行股票事项已完成，共募集资金28亿元，认购对象包括国家制造业转型升级基金、财通基金和诺德基金。',
    deals: [{
      type: 'funding', target: ['长江新材'], amount: { currency: 'CNY', amount: 2_800_000_000 },
      parties: [{ name: '国家制造业转型升级基金', role: 'participant' }, { name: '财通基金', role: 'participant' }, { name: '诺德基金', role: 'participant' }],
    }],
    note: 'fictional company; a private placement with named subscribers',
  },
  {
    id: 'zh4-g-004', lang: 'zh', style: 'cn-securities-daily', date: '2025-03-27',
    text: '恒力新能今日成功发行20亿元可转换公司债券，票面利率首年为0.3%，募集资金将用于固态电池产线建设。',
    deals: [{ type: 'debt', target: ['恒力新能'], amount: { currency: 'CNY', amount: 2_000_000_000 }, parties: [] }],
    note: 'fictional company; a convertible bond issued',
  },
  {
    id: 'zh4-g-005', lang: 'zh', style: 'cn-financial-daily', date: '2025-06-03',
    text: '长城资产管理公司旗下长城国瑞拟以8亿元受让华晟医药21%股份，但该交易尚需获得国资监管部门批准，存在不确定性。',
    deals: [], negative: 'not-closed',
    note: 'fictional deal; a transfer planned and pending approval, nothing signed',
  },
  {
    id: 'zh4-g-006', lang: 'zh', style: 'cn-tech-press', date: '2025-04-25',
    text: '阿里系再出手。大模型应用公司光年智能近日完成3亿元A轮融资，由阿里巴巴独家投资，本轮估值较天使轮上涨近5倍。',
    deals: [{ type: 'funding', target: ['光年智能'], round: 'A轮', amount: { currency: 'CNY', amount: 300_000_000 }, parties: [{ name: '阿里巴巴', role: 'lead' }] }],
    note: 'fictional company; a group nickname (阿里系) opens the paragraph',
  },
  {
    id: 'zh4-g-007', lang: 'zh', style: 'cn-weekly', date: '2025-05-24',
    text: '据不完全统计，本周A股共有12家公司披露并购重组进展，其中3家终止，涉及金额合计超过200亿元。',
    deals: [], negative: 'other',
    note: 'a weekly tally with no deal named',
  },
  {
    id: 'zh4-g-008', lang: 'zh', style: 'hk-newswire', date: '2025-02-28',
    text: '港股通讯｜美团以约7亿美元现金完成收购新加坡外卖平台FoodHub，FoodHub创始团队将继续负责当地业务运营。',
    deals: [{ type: 'acquisition', target: ['FoodHub'], amount: { currency: 'USD', amount: 700_000_000 }, parties: [{ name: '美团', role: 'acquirer' }] }],
    note: 'fictional deal; 完成收购 with a Latin name',
  },
  {
    id: 'zh4-g-009', lang: 'zh', style: 'cn-vc-flash', date: '2025-03-10',
    text: '新消费品牌茶小满获得来自腾讯投资、美团龙珠的数亿元新一轮融资，本轮融资后估值超过50亿元。',
    deals: [{
      type: 'funding', target: ['茶小满'], valuation: { currency: 'CNY', amount: 5_000_000_000, basis: 'post' },
      parties: [{ name: '腾讯投资', role: 'participant' }, { name: '美团龙珠', role: 'participant' }],
    }],
    note: 'fictional company; backers inside 获得来自…的…融资; a vague amount',
  },
  {
    id: 'zh4-g-010', lang: 'zh', style: 'cn-financial-daily', date: '2025-06-12',
    text: '华信能源与沙特阿美签署股份买卖协议，沙特阿美将以约37亿元收购华信能源10%股份，成为其战略股东。该交易已于本周完成交割。',
    deals: [{ type: 'stake-sale', target: ['华信能源'], amount: { currency: 'CNY', amount: 3_700_000_000 }, parties: [{ name: '沙特阿美', role: 'acquirer' }] }],
    note: 'fictional target; a stake bought by a foreign strategic holder, closed',
  },
  {
    id: 'zh4-g-011', lang: 'zh', style: 'cn-securities-daily', date: '2025-05-09',
    text: '创业板公司锐捷光电因连续20个交易日股价低于1元，触及交易类退市情形，公司股票将被终止上市。',
    deals: [], negative: 'other',
    note: 'fictional company; a delisting by price',
  },
  {
    id: 'zh4-g-012', lang: 'zh', style: 'cn-tech-longform', date: '2025-07-08',
    text: '这家公司的扩张离不开资本的支持。2024年6月，云启智驾获得上汽集团旗下尚颀资本5亿元战略投资；今年4月，公司又收购了激光雷达初创企业光锥科技，交易金额未披露。',
    deals: [
      { type: 'funding', target: ['云启智驾'], round: 'strategic', amount: { currency: 'CNY', amount: 500_000_000 }, parties: [{ name: '尚颀资本', role: 'lead' }], date: '2024-06' },
      { type: 'acquisition', target: ['光锥科技'], parties: [{ name: '云启智驾', role: 'acquirer' }], date: '2025-04' },
    ],
    note: 'fictional companies; a strategic investment and a purchase by the same company (公司 stands for it), each dated',
  },
  {
    id: 'zh4-g-013', lang: 'zh', style: 'cn-financial-daily', date: '2025-04-07',
    text: '关于近期市场热议的"泰和新能与华宇电池合并"一事，泰和新能董秘在互动平台表示，公司未与任何一方开展相关洽谈。',
    deals: [], negative: 'denial',
    note: 'fictional companies; a rumoured merger denied',
  },
  {
    id: 'zh4-g-014', lang: 'zh', style: 'cn-overseas-press', date: '2025-05-16',
    text: '出海快讯：印尼金融科技公司Kredito完成5000万美元B轮融资，由中国红杉领投，蚂蚁集团和Openspace Ventures跟投。',
    deals: [{
      type: 'funding', target: ['Kredito'], round: 'B轮', amount: { currency: 'USD', amount: 50_000_000 },
      parties: [{ name: '中国红杉', role: 'lead' }, { name: '蚂蚁集团', role: 'participant' }, { name: 'Openspace Ventures', role: 'participant' }],
    }],
    note: 'fictional company; a Latin target and a Latin follower',
  },
  {
    id: 'zh4-g-015', lang: 'zh', style: 'cn-exchange-announcement', date: '2025-06-26',
    text: '海澜智造公告，公司全资子公司海澜国际以自有资金1.2亿美元完成对越南纺织企业Vinatex Garment 70%股权的收购。',
    deals: [{
      type: 'stake-sale', target: ['Vinatex Garment'], amount: { currency: 'USD', amount: 120_000_000 },
      parties: [{ name: '海澜智造', role: 'acquirer' }, { name: '海澜国际', role: 'acquirer' }],
    }],
    note: 'fictional companies; a subsidiary buys for its parent',
  },
  // ---- batch H (written and committed after the rules for batch G, scored before any rule for it) ----
  {
    id: 'zh4-h-001', lang: 'zh', style: 'cn-financial-daily', date: '2025-06-11',
    text: '芯联微电子与国家集成电路产业投资基金三期正式签约，大基金三期将以15亿元入股芯联微电子，持股比例约12%。',
    deals: [{ type: 'stake-sale', target: ['芯联微电子'], amount: { currency: 'CNY', amount: 1_500_000_000 }, parties: [{ name: '国家集成电路产业投资基金三期', role: 'acquirer' }] }],
    note: 'fictional target; the buyer named in full, then by its short form (大基金三期)',
  },
  {
    id: 'zh4-h-002', lang: 'zh', style: 'hk-newswire', date: '2025-07-09',
    text: '睿驰医疗今日在香港联交所主板上市交易，股份代号2590。是次全球发售所得款项总额约16.2亿港元，基石投资者高瓴资本、泰康人寿合共认购约5.5亿港元。',
    deals: [{
      type: 'ipo', target: ['睿驰医疗'], amount: { currency: 'HKD', amount: 1_620_000_000 },
      parties: [{ name: '高瓴资本', role: 'participant' }, { name: '泰康人寿', role: 'participant' }],
    }],
    note: 'fictional company; cornerstones named before 合共认购',
  },
  {
    id: 'zh4-h-003', lang: 'zh', style: 'cn-exchange-announcement', date: '2025-05-27',
    text: '北方华材公告，公司通过定增引入战略投资者中国建材集团，募集资金9.6亿元，定增完成后中国建材集团持股约8%。',
    deals: [{ type: 'funding', target: ['北方华材'], round: 'strategic', amount: { currency: 'CNY', amount: 960_000_000 }, parties: [{ name: '中国建材集团', role: 'participant' }] }],
    note: 'fictional company; a placement bringing in a strategic investor',
  },
  {
    id: 'zh4-h-004', lang: 'zh', style: 'cn-financial-daily', date: '2025-04-28',
    text: '恒远物流与顺达快运宣布终止合并协议，双方称由于市场环境变化，继续推进交易的条件已不具备。',
    deals: [], negative: 'called-off',
    note: 'fictional companies; a merger agreement terminated',
  },
  {
    id: 'zh4-h-005', lang: 'zh', style: 'cn-financial-daily', date: '2025-03-05',
    text: '白云电气斥资5.6亿元控股广州智能配电企业穗能科技，持股比例达60%，穗能科技将纳入公司合并报表。',
    deals: [{ type: 'stake-sale', target: ['穗能科技'], amount: { currency: 'CNY', amount: 560_000_000 }, parties: [{ name: '白云电气', role: 'acquirer' }] }],
    note: 'fictional deal; 控股 as a verb (takes control of)',
  },
  {
    id: 'zh4-h-006', lang: 'zh', style: 'cn-exchange-announcement', date: '2025-06-04',
    text: '中鼎股份公告，公司已完成对控股子公司中鼎汽车电子的增资，增资金额为3亿元，增资后持股比例由65%提升至80%。',
    deals: [{ type: 'stake-sale', target: ['中鼎汽车电子'], amount: { currency: 'CNY', amount: 300_000_000 }, parties: [{ name: '中鼎股份', role: 'acquirer' }] }],
    note: 'fictional deal; capital added to a subsidiary for a larger stake (a stake bought, as the set reads 增资 with a stated stake)',
  },
  {
    id: 'zh4-h-007', lang: 'zh', style: 'cn-vc-flash', date: '2025-05-13',
    text: '比亚迪旗下投资平台比亚迪投资领投了固态电池材料企业晶能新材的A轮融资，融资金额为2亿元。',
    deals: [{ type: 'funding', target: ['晶能新材'], round: 'A轮', amount: { currency: 'CNY', amount: 200_000_000 }, parties: [{ name: '比亚迪投资', role: 'lead' }] }],
    note: 'fictional deal; the owner of the lead is no investor',
  },
  {
    id: 'zh4-h-008', lang: 'zh', style: 'hk-newswire', date: '2025-05-22',
    text: '港股公司宏昌控股公告，大股东华信集团以每股3.2港元、总额约18亿港元提出的全面要约已成为无条件，华信集团持股比例升至76%。',
    deals: [{ type: 'acquisition', target: ['宏昌控股'], amount: { currency: 'HKD', amount: 1_800_000_000 }, parties: [{ name: '华信集团', role: 'acquirer' }] }],
    note: 'fictional companies; a general offer that became unconditional',
  },
  {
    id: 'zh4-h-009', lang: 'zh', style: 'cn-financial-daily', date: '2025-04-09',
    text: '受业绩不及预期拖累，康泰医学今日股价重挫20%，市值一日蒸发逾80亿元。',
    deals: [], negative: 'share-move',
    note: 'fictional company; a share fall',
  },
  {
    id: 'zh4-h-010', lang: 'zh', style: 'cn-vc-flash', date: '2025-06-19',
    text: '工商信息显示，机器人企业优傲智能近日新增股东宁德时代，持股比例约5%，公司注册资本相应增加。',
    deals: [{ type: 'funding', target: ['优傲智能'], parties: [{ name: '宁德时代', role: 'participant' }] }],
    note: 'fictional company; a new holder in the registry is a round of its own',
  },
  {
    id: 'zh4-h-011', lang: 'zh', style: 'cn-weekly', date: '2025-06-14',
    text: '本周两起并购值得关注：中科仪器以4.5亿元收购上海精测；此外，华东医疗以2.8亿元收购了杭州康瑞生物55%股权。',
    deals: [
      { type: 'acquisition', target: ['上海精测'], amount: { currency: 'CNY', amount: 450_000_000 }, parties: [{ name: '中科仪器', role: 'acquirer' }] },
      { type: 'stake-sale', target: ['杭州康瑞生物'], amount: { currency: 'CNY', amount: 280_000_000 }, parties: [{ name: '华东医疗', role: 'acquirer' }] },
    ],
    note: 'fictional companies; two purchases split by "；", the second after 此外',
  },
  {
    id: 'zh4-h-012', lang: 'zh', style: 'cn-securities-daily', date: '2025-04-17',
    text: '华润微电子拟分拆旗下子公司润芯科技至科创板上市，目前分拆方案尚需提交股东大会审议。',
    deals: [], negative: 'not-closed',
    note: 'fictional subsidiary; a spin-off listing planned',
  },
  // ---- batch I (written and committed after the rules for batch H, scored before any rule for it) ----
  {
    id: 'zh4-i-001', lang: 'zh', style: 'cn-portal-finance', date: '2025-06-23',
    text: '记者从相关渠道获悉，国产操作系统厂商鸿途软件已于近日完成数亿元Pre-B轮融资，本轮融资由中国互联网投资基金领投，中关村科学城基金跟投。',
    deals: [{
      type: 'funding', target: ['鸿途软件'], round: 'Pre-B轮',
      parties: [{ name: '中国互联网投资基金', role: 'lead' }, { name: '中关村科学城基金', role: 'participant' }],
    }],
    note: 'fictional company; 已于近日完成, a vague amount',
  },
  {
    id: 'zh4-i-002', lang: 'zh', style: 'cn-portal-finance', date: '2025-05-12',
    text: '继去年获得吉利汽车战略投资后，动力电池企业极电新能今年再获资本青睐，完成10亿元B轮融资，投资方包括国投创新、中金资本。',
    deals: [{
      type: 'funding', target: ['极电新能'], round: 'B轮', amount: { currency: 'CNY', amount: 1_000_000_000 },
      parties: [{ name: '国投创新', role: 'participant' }, { name: '中金资本', role: 'participant' }],
    }],
    note: 'fictional company; an earlier investment recalled in a leading clause is no deal told',
  },
  {
    id: 'zh4-i-003', lang: 'zh', style: 'cn-securities-daily', date: '2025-04-29',
    text: '今日，两只新股登陆A股市场：主板新股华茂股份发行价为每股12.6元，募资9.5亿元；科创板新股芯源微电发行价为每股36元，募资14.4亿元。',
    deals: [
      { type: 'ipo', target: ['华茂股份'], amount: { currency: 'CNY', amount: 950_000_000 }, parties: [] },
      { type: 'ipo', target: ['芯源微电'], amount: { currency: 'CNY', amount: 1_440_000_000 }, parties: [] },
    ],
    note: 'fictional companies; two listings split by "；", each named after its board and 新股',
  },
  {
    id: 'zh4-i-004', lang: 'zh', style: 'cn-portal-finance', date: '2025-03-19',
    text: '华峰集团董事长在接受采访时表示，集团正在评估多个海外并购项目，不排除在年内完成一到两笔收购。',
    deals: [], negative: 'talks',
    note: 'fictional company; purchases being weighed',
  },
  {
    id: 'zh4-i-005', lang: 'zh', style: 'cn-business-daily', date: '2025-06-02',
    text: '经过近半年的谈判，日化企业蓝月科技最终以2.4亿美元的价格将旗下洗护品牌Aqualis出售给联合利华，交易已于上周完成。',
    deals: [{
      type: 'acquisition', target: ['Aqualis'], amount: { currency: 'USD', amount: 240_000_000 },
      parties: [{ name: '联合利华', role: 'acquirer' }, { name: '蓝月科技', role: 'seller' }],
    }],
    note: 'fictional deal; a brand sold, told from the seller (将…出售给)',
  },
  {
    id: 'zh4-i-006', lang: 'zh', style: 'cn-portal-finance', date: '2025-05-06',
    text: '据天眼查显示，AI芯片企业燧光科技的股东名单中新增了国家集成电路产业投资基金二期，后者认缴出资约2.3亿元。',
    deals: [{
      type: 'funding', target: ['燧光科技'], amount: { currency: 'CNY', amount: 230_000_000 },
      parties: [{ name: '国家集成电路产业投资基金二期', role: 'participant' }],
    }],
    note: 'fictional company; a new holder in the registry with its subscribed sum',
  },
  {
    id: 'zh4-i-007', lang: 'zh', style: 'hk-newswire', date: '2025-04-10',
    text: '恒生指数今日低开高走，收市升1.8%；新股方面，今日上市的美瑞健康首日收涨35%，成交额约8亿港元。',
    deals: [{ type: 'ipo', target: ['美瑞健康'], parties: [] }],
    note: 'fictional company; a listing today told in a market wrap; the turnover is no amount',
  },
  {
    id: 'zh4-i-008', lang: 'zh', style: 'cn-financial-daily', date: '2025-05-29',
    text: '此前市场传言的"中科光电收购瑞芯半导体"一事尘埃落定：中科光电今日公告，已以8.6亿元完成对瑞芯半导体100%股权的收购。',
    deals: [{ type: 'acquisition', target: ['瑞芯半导体'], amount: { currency: 'CNY', amount: 860_000_000 }, parties: [{ name: '中科光电', role: 'acquirer' }] }],
    note: 'fictional companies; a rumour recalled, then the purchase completed',
  },
  {
    id: 'zh4-i-009', lang: 'zh', style: 'cn-portal-finance', date: '2025-06-27',
    text: '华安证券发布研报称，预计今年下半年A股并购重组活跃度将持续提升，建议关注半导体和医药板块。',
    deals: [], negative: 'other',
    note: 'a broker’s forecast',
  },
  {
    id: 'zh4-i-010', lang: 'zh', style: 'cn-tech-press', date: '2025-03-28',
    text: '生活方式社区知味社区近日完成新一轮融资，投后估值约26亿美元，投资方包括淡马锡、腾讯及阿里巴巴等老股东，融资金额未披露。',
    deals: [{
      type: 'funding', target: ['知味社区'], valuation: { currency: 'USD', amount: 2_600_000_000, basis: 'post' },
      parties: [{ name: '淡马锡', role: 'participant' }, { name: '腾讯', role: 'participant' }, { name: '阿里巴巴', role: 'participant' }],
    }],
    note: 'fictional company; a valuation with no amount, old backers listed',
  },
];
