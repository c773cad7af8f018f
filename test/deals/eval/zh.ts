import type { GoldParagraph } from './gold';

// Simplified-Chinese deal paragraphs, written by the DealLens team in our own words. `note` says
// whether the facts are from public record or fictional-but-plausible companies; "directionless"
// marks a merger the text states without saying which side survives (target = first-named).
export const PARAGRAPHS: readonly GoldParagraph[] = [
  {
    id: 'zh-001', lang: 'zh', style: 'cn-tech-press', date: '2024-02-20',
    text: '大模型创业公司月之暗面（Moonshot AI）完成新一轮超10亿美元融资，本轮由阿里巴巴领投，红杉中国、小红书、美团等跟投。交易完成后，月之暗面投后估值约25亿美元，跻身国内估值最高的大模型初创企业之列。',
    deals: [{
      type: 'funding', target: ['月之暗面', 'Moonshot AI'],
      amount: { currency: 'USD', amount: 1_000_000_000 },
      valuation: { currency: 'USD', amount: 2_500_000_000, basis: 'post' },
      parties: [
        { name: '阿里巴巴', role: 'lead' }, { name: '红杉中国', role: 'participant' },
        { name: '小红书', role: 'participant' }, { name: '美团', role: 'participant' },
      ],
    }],
    note: 'public record',
  },
  {
    id: 'zh-002', lang: 'zh', style: 'cn-financial-press', date: '2023-10-17',
    text: '百川智能宣布完成A1轮战略融资，融资金额3亿美元，阿里巴巴、腾讯、小米等科技巨头及多家投资机构参与了本轮投资。这家由王小川创办的大模型公司成立仅半年，已先后发布多款开源及闭源模型。',
    deals: [{
      type: 'funding', target: ['百川智能'], round: 'A1轮',
      amount: { currency: 'USD', amount: 300_000_000 },
      parties: [
        { name: '阿里巴巴', role: 'participant' }, { name: '腾讯', role: 'participant' },
        { name: '小米', role: 'participant' },
      ],
    }],
    note: 'public record',
  },
  {
    id: 'zh-003', lang: 'zh', style: 'cn-business-daily', date: '2024-07-25',
    text: '百川智能今日宣布完成A轮融资，融资金额达50亿元人民币，投后估值200亿元。本轮投资方包括阿里巴巴、腾讯、小米等科技企业，以及北京市人工智能产业投资基金、上海人工智能产业投资基金和深创投等国资背景机构。',
    deals: [{
      type: 'funding', target: ['百川智能'], round: 'A轮',
      amount: { currency: 'CNY', amount: 5_000_000_000 },
      valuation: { currency: 'CNY', amount: 20_000_000_000, basis: 'post' },
      parties: [
        { name: '阿里巴巴', role: 'participant' }, { name: '腾讯', role: 'participant' },
        { name: '小米', role: 'participant' },
        { name: '北京市人工智能产业投资基金', role: 'participant' },
        { name: '上海人工智能产业投资基金', role: 'participant' },
        { name: '深创投', role: 'participant' },
      ],
    }],
    note: 'public record',
  },
  {
    id: 'zh-004', lang: 'zh', style: 'cn-portal-finance', date: '2024-03-05',
    text: '上海稀宇科技有限公司（MiniMax）完成新一轮6亿美元融资，由阿里巴巴领投，多家老股东跟投。本轮融资完成后，MiniMax估值约25亿美元。',
    deals: [{
      type: 'funding', target: ['上海稀宇科技有限公司', 'MiniMax'],
      amount: { currency: 'USD', amount: 600_000_000 },
      valuation: { currency: 'USD', amount: 2_500_000_000 },
      parties: [{ name: '阿里巴巴', role: 'lead' }],
    }],
    note: 'public record',
  },
  {
    id: 'zh-005', lang: 'zh', style: 'cn-tech-press', date: '2024-04-16',
    text: '具身智能公司灵犁机器人宣布完成数亿元Pre-A轮融资，本轮融资由澄湖创投领投，鸣泉资本、松石资本跟投，老股东星屿投资继续追加投资。资金将主要用于人形机器人整机研发和量产线建设。',
    deals: [{
      type: 'funding', target: ['灵犁机器人'], round: 'Pre-A轮',
      parties: [
        { name: '澄湖创投', role: 'lead' }, { name: '鸣泉资本', role: 'participant' },
        { name: '松石资本', role: 'participant' }, { name: '星屿投资', role: 'participant' },
      ],
    }],
    note: 'fictional; vague amount (数亿元) omitted',
  },
  {
    id: 'zh-006', lang: 'zh', style: 'cn-vc-press', date: '2023-06-08',
    text: '苏州启衡生物科技有限公司（下称“启衡生物”）近日完成2.3亿元B轮融资，本轮由岚峰资本和翠微创投联合领投，朗月基金、行川资本、拓溪创投、若水投资、南岭产业基金跟投。启衡生物专注于双特异性抗体药物研发，本轮资金将用于推进两款核心管线的临床试验。',
    deals: [{
      type: 'funding', target: ['苏州启衡生物科技有限公司', '启衡生物'], round: 'B轮',
      amount: { currency: 'CNY', amount: 230_000_000 },
      parties: [
        { name: '岚峰资本', role: 'lead' }, { name: '翠微创投', role: 'lead' },
        { name: '朗月基金', role: 'participant' }, { name: '行川资本', role: 'participant' },
        { name: '拓溪创投', role: 'participant' }, { name: '若水投资', role: 'participant' },
        { name: '南岭产业基金', role: 'participant' },
      ],
    }],
    note: 'fictional',
  },
  {
    id: 'zh-007', lang: 'zh', style: 'cn-portal-finance', date: '2024-08-12',
    text: '据知情人士透露，AI芯片公司澜芯半导体正与多家中东主权基金接触，计划以约30亿美元的估值募集新一轮资金，规模或达5亿美元。澜芯半导体对此不予置评。',
    deals: [], negative: 'rumour', note: 'fictional',
  },
  {
    id: 'zh-008', lang: 'zh', style: 'hk-chinese-press', date: '2025-05-20',
    text: '宁德时代（03750）今日于港交所主板挂牌，H股发行价每股263港元，未计超额配股权，集资逾350亿港元，成为今年以来全球规模最大的新股。是次招股吸引中石化、科威特投资局、高瓴、高毅资产及橡树资本等出任基石投资者。',
    deals: [{
      type: 'ipo', target: ['宁德时代'],
      amount: { currency: 'HKD', amount: 35_000_000_000 },
      parties: [
        { name: '中石化', role: 'participant' }, { name: '科威特投资局', role: 'participant' },
        { name: '高瓴', role: 'participant' }, { name: '高毅资产', role: 'participant' },
        { name: '橡树资本', role: 'participant' },
      ],
    }],
    note: 'public record; per-share price is not the amount',
  },
  {
    id: 'zh-009', lang: 'zh', style: 'cn-securities-daily', date: '2024-09-17',
    text: '美的集团（000333）今日在香港联交所主板挂牌上市，H股发行价为每股54.80港元，全球发售募资总额逾300亿港元，成为2021年以来香港市场规模最大的IPO。至此，美的集团实现“A+H”两地上市。',
    deals: [{
      type: 'ipo', target: ['美的集团'],
      amount: { currency: 'HKD', amount: 30_000_000_000 },
      parties: [],
    }],
    note: 'public record',
  },
  {
    id: 'zh-010', lang: 'zh', style: 'cn-business-daily', date: '2023-11-02',
    text: '记者从多个渠道获悉，光伏组件企业晟阳新能正与一家央企背景的产业资本洽谈战略入股事宜，双方尚未签署任何具有约束力的协议。晟阳新能相关负责人表示，公司“与多方保持沟通，具体以公告为准”。',
    deals: [], negative: 'talks', note: 'fictional',
  },
  {
    id: 'zh-011', lang: 'zh', style: 'cn-vc-press', date: '2024-10-24',
    text: '智能驾驶芯片公司地平线（Horizon Robotics）今日正式登陆港交所，发行价每股3.99港元，募资约54亿港元，是今年港股规模最大的科技股IPO。地平线成立于2015年，此前曾获得多轮美元及人民币融资。',
    deals: [{
      type: 'ipo', target: ['地平线', 'Horizon Robotics'],
      amount: { currency: 'HKD', amount: 5_400_000_000 },
      parties: [],
    }],
    note: 'public record',
  },
  {
    id: 'zh-012', lang: 'zh', style: 'hk-chinese-press', date: '2025-03-03',
    text: '茶饮连锁品牌蜜雪冰城今日在港交所挂牌，发行价每股202.5港元，集资约34.5亿港元。是次上市引入高瓴、红杉中国、博裕资本、M&G及淡马锡五名基石投资者，合共认购约2亿美元股份。',
    deals: [{
      type: 'ipo', target: ['蜜雪冰城'],
      amount: { currency: 'HKD', amount: 3_450_000_000 },
      parties: [
        { name: '高瓴', role: 'participant' }, { name: '红杉中国', role: 'participant' },
        { name: '博裕资本', role: 'participant' }, { name: 'M&G', role: 'participant' },
        { name: '淡马锡', role: 'participant' },
      ],
    }],
    note: 'public record; cornerstone subscription total is not the IPO amount',
  },
  {
    id: 'zh-013', lang: 'zh', style: 'cn-financial-press', date: '2022-11-21',
    text: '储能系统集成商合肥鸿途储能科技有限公司完成近10亿元C轮融资，投资方包括临江产业投资基金、北辰资本、远澜创投等，本轮投后估值约80亿元。鸿途储能表示，资金将用于扩建安徽、内蒙古两地的电芯及系统产线。',
    deals: [{
      type: 'funding', target: ['合肥鸿途储能科技有限公司', '鸿途储能'], round: 'C轮',
      amount: { currency: 'CNY', amount: 1_000_000_000 },
      valuation: { currency: 'CNY', amount: 8_000_000_000, basis: 'post' },
      parties: [
        { name: '临江产业投资基金', role: 'participant' }, { name: '北辰资本', role: 'participant' },
        { name: '远澜创投', role: 'participant' },
      ],
    }],
    note: 'fictional',
  },
  {
    id: 'zh-014', lang: 'zh', style: 'cn-tech-press', date: '2022-05-19',
    text: '针对“被某互联网大厂收购”的传闻，在线健身平台跃动健身今日发布声明予以否认，称公司目前经营状况良好，“不存在任何出售计划，也未与任何机构进行相关谈判”。',
    deals: [], negative: 'denial', note: 'fictional',
  },
  {
    id: 'zh-015', lang: 'zh', style: 'cn-financial-press', date: '2016-06-22',
    text: '腾讯控股21日宣布，由其牵头的财团将以86亿美元从软银手中收购芬兰手游开发商Supercell约84.3%的股权。交易完成后，Supercell将继续保持独立运营，总部仍设于赫尔辛基。',
    deals: [{
      type: 'stake-sale', target: ['Supercell'],
      amount: { currency: 'USD', amount: 8_600_000_000 },
      parties: [{ name: '腾讯控股', role: 'acquirer' }, { name: '软银', role: 'seller' }],
    }],
    note: 'public record',
  },
  {
    id: 'zh-016', lang: 'zh', style: 'cn-wire', date: '2016-01-16',
    text: '新华社青岛1月15日电 青岛海尔股份有限公司15日与美国通用电气公司签署协议，以54亿美元现金收购通用电气家电公司（GE Appliances）。这是中国家电行业迄今为止金额最大的一笔海外并购。',
    deals: [{
      type: 'acquisition', target: ['通用电气家电公司', 'GE Appliances'],
      amount: { currency: 'USD', amount: 5_400_000_000 },
      parties: [
        { name: '青岛海尔股份有限公司', role: 'acquirer' },
        { name: '美国通用电气公司', role: 'seller' },
      ],
    }],
    note: 'public record',
  },
  {
    id: 'zh-017', lang: 'zh', style: 'cn-business-daily', date: '2021-09-14',
    text: '自动驾驶卡车公司驰远智行获得数千万美元A+轮融资；本轮由海岬资本领投，老股东青藤创投继续跟投。驰远智行成立于2019年，目前已在天津港、宁波港开展无人集卡测试。',
    deals: [{
      type: 'funding', target: ['驰远智行'], round: 'A+轮',
      parties: [{ name: '海岬资本', role: 'lead' }, { name: '青藤创投', role: 'participant' }],
    }],
    note: 'fictional; vague amount (数千万美元) omitted',
  },
  {
    id: 'zh-018', lang: 'zh', style: 'cn-vc-press', date: '2023-12-05',
    text: '创投机构鸣泉资本宣布完成旗下第四期人民币基金的最终关账，募资总额35亿元，出资人包括多家省级政府引导基金、保险资金及上市公司。新基金将重点投向半导体、新能源和生物医药领域的早期项目。',
    deals: [], negative: 'fund-raise', note: 'fictional',
  },
  {
    id: 'zh-019', lang: 'zh', style: 'cn-wire', date: '2016-02-04',
    text: '新华社北京2月3日电 中国化工集团公司3日与瑞士先正达公司联合宣布，中国化工拟以每股465美元现金要约收购先正达全部股份，交易总价约430亿美元，先正达董事会已一致建议股东接受要约。',
    deals: [{
      type: 'acquisition', target: ['先正达公司', '先正达'],
      amount: { currency: 'USD', amount: 43_000_000_000 },
      parties: [{ name: '中国化工集团公司', role: 'acquirer' }],
    }],
    note: 'public record; per-share offer price is not the amount',
  },
  {
    id: 'zh-020', lang: 'zh', style: 'cn-business-daily', date: '2018-04-04',
    text: '美团点评3日晚间宣布，已与摩拜单车签署全资收购协议，交易作价27亿美元，包括现金和美团点评股份。收购完成后，摩拜将保持品牌独立和运营独立。',
    deals: [{
      type: 'acquisition', target: ['摩拜单车', '摩拜'],
      amount: { currency: 'USD', amount: 2_700_000_000 },
      parties: [{ name: '美团点评', role: 'acquirer' }],
    }],
    note: 'public record',
  },
  {
    id: 'zh-021', lang: 'zh', style: 'cn-portal-finance', date: '2025-01-08',
    text: 'AI眼镜初创公司目见科技宣布获得1.5亿美元D轮融资。本轮融资由星河湾资本和远峰基金联合领投，老股东澄湖创投、行川资本继续追加投资，投前估值约12亿美元。',
    deals: [{
      type: 'funding', target: ['目见科技'], round: 'D轮',
      amount: { currency: 'USD', amount: 150_000_000 },
      valuation: { currency: 'USD', amount: 1_200_000_000, basis: 'pre' },
      parties: [
        { name: '星河湾资本', role: 'lead' }, { name: '远峰基金', role: 'lead' },
        { name: '澄湖创投', role: 'participant' }, { name: '行川资本', role: 'participant' },
      ],
    }],
    note: 'fictional',
  },
  {
    id: 'zh-022', lang: 'zh', style: 'hk-chinese-press', date: '2024-06-28',
    text: '内地冷链物流服务商冰程供应链昨日向港交所递交上市申请，拟于主板上市。招股书显示，公司2023年收入约41.6亿元人民币，按年增长23%。若成功上市，冰程供应链将成为今年第三家赴港上市的冷链企业。',
    deals: [], negative: 'not-closed', note: 'fictional; an IPO filing, not a listing',
  },
  {
    id: 'zh-023', lang: 'zh', style: 'cn-tech-press', date: '2018-04-02',
    text: '阿里巴巴集团今日宣布，已联合蚂蚁金服以95亿美元对饿了么完成全资收购。收购完成后，饿了么将继续保持独立品牌和运营。',
    deals: [{
      type: 'acquisition', target: ['饿了么'],
      amount: { currency: 'USD', amount: 9_500_000_000 },
      parties: [{ name: '阿里巴巴集团', role: 'acquirer' }, { name: '蚂蚁金服', role: 'acquirer' }],
    }],
    note: 'public record',
  },
  {
    id: 'zh-024', lang: 'zh', style: 'cn-portal-finance', date: '2019-09-06',
    text: '阿里巴巴集团6日宣布，以20亿美元从网易手中全资收购跨境电商平台网易考拉。同时，阿里巴巴作为领投方参与网易云音乐本轮7亿美元融资，云锋基金等跟投。',
    deals: [
      {
        type: 'acquisition', target: ['网易考拉'],
        amount: { currency: 'USD', amount: 2_000_000_000 },
        parties: [{ name: '阿里巴巴集团', role: 'acquirer' }, { name: '网易', role: 'seller' }],
      },
      {
        type: 'funding', target: ['网易云音乐'],
        amount: { currency: 'USD', amount: 700_000_000 },
        parties: [{ name: '阿里巴巴集团', role: 'lead' }, { name: '云锋基金', role: 'participant' }],
      },
    ],
    note: 'public record',
  },
  {
    id: 'zh-025', lang: 'zh', style: 'cn-weekly-roundup', date: '2024-06-29',
    text: '【融资周报】本周国内一级市场共披露融资事件62起，环比增加9起。其中，半导体设备商晶川微电子完成5亿元C轮融资，由华峦资本领投，松石资本、若水投资跟投；医疗机器人公司锐刃医疗获超1亿元B+轮融资，投资方为鸣泉资本、行川资本。',
    deals: [
      {
        type: 'funding', target: ['晶川微电子'], round: 'C轮',
        amount: { currency: 'CNY', amount: 500_000_000 },
        parties: [
          { name: '华峦资本', role: 'lead' }, { name: '松石资本', role: 'participant' },
          { name: '若水投资', role: 'participant' },
        ],
      },
      {
        type: 'funding', target: ['锐刃医疗'], round: 'B+轮',
        amount: { currency: 'CNY', amount: 100_000_000 },
        parties: [{ name: '鸣泉资本', role: 'participant' }, { name: '行川资本', role: 'participant' }],
      },
    ],
    note: 'fictional',
  },
  {
    id: 'zh-026', lang: 'zh', style: 'cn-securities-daily', date: '2024-03-28',
    text: '智能家电企业澜湾电器发布2023年年报，全年实现营业收入186.4亿元，同比增长12.7%；归属于上市公司股东的净利润14.2亿元，同比增长21.3%。公司拟向全体股东每10股派发现金红利5元。',
    deals: [], negative: 'revenue', note: 'fictional',
  },
  {
    id: 'zh-027', lang: 'zh', style: 'tw-press', date: '2016-04-03',
    text: '鸿海集团2日在日本堺市与夏普正式签约，将以3888亿日元认购夏普新股，取得约66%股权，成为夏普最大股东。这是日本大型电子企业首次由外资入主。',
    deals: [{
      type: 'stake-sale', target: ['夏普'],
      amount: { currency: 'JPY', amount: 388_800_000_000 },
      parties: [{ name: '鸿海集团', role: 'acquirer' }],
    }],
    note: 'public record',
  },
  {
    id: 'zh-028', lang: 'zh', style: 'cn-financial-press', date: '2016-07-01',
    text: '美的集团公告，公司以约537亿日元收购东芝生活电器株式会社80.1%股权的交易已于6月30日完成交割，东芝继续持有其余19.9%股权。',
    deals: [{
      type: 'stake-sale', target: ['东芝生活电器株式会社'],
      amount: { currency: 'JPY', amount: 53_700_000_000 },
      parties: [{ name: '美的集团', role: 'acquirer' }, { name: '东芝', role: 'seller' }],
      date: '2016-06',
    }],
    note: 'public record',
  },
  {
    id: 'zh-029', lang: 'zh', style: 'hk-chinese-press', date: '2024-04-15',
    text: '瑞港数码今日公布，已于港交所斥资约1.2亿港元回购410万股股份，每股回购价介乎28.6至29.4港元。公司年初至今累计回购金额已超过9亿港元。',
    deals: [], negative: 'buyback', note: 'fictional',
  },
  {
    id: 'zh-030', lang: 'zh', style: 'cn-securities-daily', date: '2023-10-27',
    text: '零跑汽车（09863.HK）公告，斯特兰蒂斯集团将以约15亿欧元收购零跑汽车约21%的股权，交易完成后将成为零跑汽车第二大股东。双方还将成立合资公司，负责零跑产品在中国以外市场的出口和销售。',
    deals: [{
      type: 'stake-sale', target: ['零跑汽车', '零跑'],
      amount: { currency: 'EUR', amount: 1_500_000_000 },
      parties: [{ name: '斯特兰蒂斯集团', role: 'acquirer' }],
    }],
    note: 'public record',
  },
  {
    id: 'zh-031', lang: 'zh', style: 'cn-business-daily', date: '2023-07-27',
    text: '小鹏汽车27日宣布获得大众汽车集团约7亿美元战略投资，大众将以每股15美元的价格认购小鹏约4.99%的股份。双方还将合作开发两款面向中国市场的电动车型。',
    deals: [{
      type: 'funding', target: ['小鹏汽车', '小鹏'],
      amount: { currency: 'USD', amount: 700_000_000 },
      parties: [{ name: '大众汽车集团', role: 'lead' }],
    }],
    note: 'public record; sole investor marked lead',
  },
  {
    id: 'zh-032', lang: 'zh', style: 'cn-weekly-roundup', date: '2023-03-18',
    text: '一周融资速览：合成生物企业绿源合成宣布完成数亿元B轮融资，由岚峰资本领投、若水投资跟投；同日，工业软件公司数衡科技获得3000万元天使轮融资，由拓溪创投独家投资。',
    deals: [
      {
        type: 'funding', target: ['绿源合成'], round: 'B轮',
        parties: [{ name: '岚峰资本', role: 'lead' }, { name: '若水投资', role: 'participant' }],
      },
      {
        type: 'funding', target: ['数衡科技'], round: '天使轮',
        amount: { currency: 'CNY', amount: 30_000_000 },
        parties: [{ name: '拓溪创投', role: 'lead' }],
      },
    ],
    note: 'fictional',
  },
  {
    id: 'zh-033', lang: 'zh', style: 'cn-portal-finance', date: '2021-06-15',
    text: '受新能源汽车板块走强带动，动力电池企业恒驰锂能股价今日盘中涨超8%，总市值首次突破3000亿元，超越多家传统车企。',
    deals: [], negative: 'market-value', note: 'fictional',
  },
  {
    id: 'zh-034', lang: 'zh', style: 'cn-portal-finance', date: '2023-12-19',
    text: '蔚来公司18日晚宣布，与阿布扎比投资机构CYVN Holdings签订股份认购协议，CYVN将以每股7.50美元的价格认购蔚来新发行的A类普通股，总投资额约22亿美元。交易完成后，CYVN持股比例将升至约20.1%。',
    deals: [{
      type: 'funding', target: ['蔚来公司', '蔚来'],
      amount: { currency: 'USD', amount: 2_200_000_000 },
      parties: [{ name: 'CYVN Holdings', role: 'lead' }],
    }],
    note: 'public record; sole investor marked lead',
  },
  {
    id: 'zh-035', lang: 'zh', style: 'cn-tech-press', date: '2025-02-17',
    text: '据知情人士透露，云栈科技正在评估收购AI客服公司问芯智能的可能性，交易规模或达数亿元。目前谈判仍处早期阶段，双方均未回应置评请求。',
    deals: [], negative: 'rumour', note: 'fictional',
  },
  {
    id: 'zh-036', lang: 'zh', style: 'cn-vc-press', date: '2021-07-20',
    text: '腾讯19日宣布，将以每股513便士、总计约9.19亿英镑的价格收购英国游戏开发商Sumo Group，Sumo董事会已建议股东接受该要约。',
    deals: [{
      type: 'acquisition', target: ['Sumo Group', 'Sumo'],
      amount: { currency: 'GBP', amount: 919_000_000 },
      parties: [{ name: '腾讯', role: 'acquirer' }],
    }],
    note: 'public record',
  },
  {
    id: 'zh-037', lang: 'zh', style: 'cn-portal-finance', date: '2024-02-02',
    text: '安踏体育控股的亚玛芬体育（Amer Sports）1日在纽交所上市，发行价每股13美元，募资约13.7亿美元。2019年3月，由安踏体育、方源资本、Anamered Investments及腾讯组成的财团以约46亿欧元完成对亚玛芬体育的收购。',
    deals: [
      {
        type: 'ipo', target: ['亚玛芬体育', 'Amer Sports'],
        amount: { currency: 'USD', amount: 1_370_000_000 },
        parties: [],
      },
      {
        type: 'acquisition', target: ['亚玛芬体育', 'Amer Sports'],
        amount: { currency: 'EUR', amount: 4_600_000_000 },
        parties: [
          { name: '安踏体育', role: 'acquirer' }, { name: '方源资本', role: 'acquirer' },
          { name: 'Anamered Investments', role: 'acquirer' }, { name: '腾讯', role: 'acquirer' },
        ],
        date: '2019-03',
      },
    ],
    note: 'public record',
  },
  {
    id: 'zh-038', lang: 'zh', style: 'cn-financial-press', date: '2024-01-02',
    text: '百度集团公告称，由于截至2023年12月31日交易的先决条件仍未全部满足，公司已终止以36亿美元收购欢聚集团国内视频娱乐业务（YY直播）的交易。',
    deals: [], negative: 'called-off', note: 'public record',
  },
  {
    id: 'zh-039', lang: 'zh', style: 'hk-chinese-press', date: '2018-07-09',
    text: '小米集团今日于港交所主板挂牌，成为港交所首家以同股不同权架构上市的公司。小米发行价定于每股17港元，为招股价区间下限，基石投资者包括高通及中国移动等。',
    deals: [{
      type: 'ipo', target: ['小米集团', '小米'],
      parties: [{ name: '高通', role: 'participant' }, { name: '中国移动', role: 'participant' }],
    }],
    note: 'public record; only a per-share price, so no amount',
  },
  {
    id: 'zh-040', lang: 'zh', style: 'cn-securities-daily', date: '2019-11-26',
    text: '阿里巴巴集团今日在香港联交所主板挂牌上市，股票代码9988，发行价为每股176港元。不计超额配售权，阿里巴巴此次香港上市募资约880亿港元。',
    deals: [{
      type: 'ipo', target: ['阿里巴巴集团', '阿里巴巴'],
      amount: { currency: 'HKD', amount: 88_000_000_000 },
      parties: [],
    }],
    note: 'public record; secondary listing',
  },
  {
    id: 'zh-041', lang: 'zh', style: 'cn-weekly-roundup', date: '2025-04-12',
    text: '本周AI赛道融资活跃：具身智能公司星衡动力完成近5亿元A轮融资，由北辰资本领投；大模型应用公司知语科技宣布完成500万美元种子轮融资，由朗月基金独家投资。',
    deals: [
      {
        type: 'funding', target: ['星衡动力'], round: 'A轮',
        amount: { currency: 'CNY', amount: 500_000_000 },
        parties: [{ name: '北辰资本', role: 'lead' }],
      },
      {
        type: 'funding', target: ['知语科技'], round: '种子轮',
        amount: { currency: 'USD', amount: 5_000_000 },
        parties: [{ name: '朗月基金', role: 'lead' }],
      },
    ],
    note: 'fictional',
  },
  {
    id: 'zh-042', lang: 'zh', style: 'cn-company-announcement', date: '2023-04-20',
    text: '浙江松阳精密制造股份有限公司（以下简称“公司”）董事会审议通过2022年度利润分配预案：以公司总股本为基数，向全体股东每10股派发现金红利3.50元（含税），合计派发现金红利约1.26亿元，不送红股，不以资本公积金转增股本。',
    deals: [], negative: 'dividend', note: 'fictional',
  },
  {
    id: 'zh-043', lang: 'zh', style: 'cn-tech-press', date: '2020-07-16',
    text: '中芯国际今日正式登陆科创板，发行价为每股27.46元。若绿鞋全额行使，本次发行募集资金约532亿元，刷新科创板募资纪录。',
    deals: [{
      type: 'ipo', target: ['中芯国际'],
      amount: { currency: 'CNY', amount: 53_200_000_000 },
      parties: [],
    }],
    note: 'public record',
  },
  {
    id: 'zh-044', lang: 'zh', style: 'cn-securities-daily', date: '2023-08-07',
    text: '华虹公司今日在上交所科创板挂牌上市，发行价每股52元，募集资金总额约212亿元，为今年A股市场募资规模最大的IPO。',
    deals: [{
      type: 'ipo', target: ['华虹公司'],
      amount: { currency: 'CNY', amount: 21_200_000_000 },
      parties: [],
    }],
    note: 'public record',
  },
  {
    id: 'zh-045', lang: 'zh', style: 'cn-weekly-roundup', date: '2022-08-27',
    text: '本周并购融资一览：宠物医疗连锁安宠医疗获得2亿元战略融资，投资方为远澜创投、若水投资；上市公司瀚辰股份公告，拟以4.8亿元收购南通宏泰精密机械有限公司60%股权，双方已签署股权转让协议。',
    deals: [
      {
        type: 'funding', target: ['安宠医疗'], round: '战略融资',
        amount: { currency: 'CNY', amount: 200_000_000 },
        parties: [{ name: '远澜创投', role: 'participant' }, { name: '若水投资', role: 'participant' }],
      },
      {
        type: 'stake-sale', target: ['南通宏泰精密机械有限公司'],
        amount: { currency: 'CNY', amount: 480_000_000 },
        parties: [{ name: '瀚辰股份', role: 'acquirer' }],
      },
    ],
    note: 'fictional; signed agreement counts as a deal',
  },
  {
    id: 'zh-046', lang: 'zh', style: 'cn-vc-press', date: '2024-09-03',
    text: '消费级3D打印公司造物坊宣布启动新一轮融资，计划募资约1亿美元，目前已与多家机构签署投资意向书，预计年底前完成交割。',
    deals: [], negative: 'not-closed', note: 'fictional',
  },
  {
    id: 'zh-047', lang: 'zh', style: 'cn-financial-press', date: '2018-06-11',
    text: '宁德时代今日登陆深交所创业板，发行价每股25.14元，募集资金约54.6亿元，将主要用于电池生产基地及研发项目建设。',
    deals: [{
      type: 'ipo', target: ['宁德时代'],
      amount: { currency: 'CNY', amount: 5_460_000_000 },
      parties: [],
    }],
    note: 'public record',
  },
  {
    id: 'zh-048', lang: 'zh', style: 'cn-tech-press', date: '2024-11-05',
    text: '企业级SaaS服务商云栈科技宣布完成1亿元B轮融资，由翠微创投领投，松石资本跟投。与此同时，云栈科技宣布全资收购杭州数据中台初创公司数脉信息，交易金额未披露。',
    deals: [
      {
        type: 'funding', target: ['云栈科技'], round: 'B轮',
        amount: { currency: 'CNY', amount: 100_000_000 },
        parties: [{ name: '翠微创投', role: 'lead' }, { name: '松石资本', role: 'participant' }],
      },
      {
        type: 'acquisition', target: ['数脉信息'],
        parties: [{ name: '云栈科技', role: 'acquirer' }],
      },
    ],
    note: 'fictional',
  },
  {
    id: 'zh-049', lang: 'zh', style: 'hk-chinese-press', date: '2018-09-20',
    text: '美团点评今日在港交所挂牌，发行价每股69港元，集资约331亿港元，基石投资者包括腾讯等多家机构。首日开市报72.9港元，较招股价高约5.7%。',
    deals: [{
      type: 'ipo', target: ['美团点评'],
      amount: { currency: 'HKD', amount: 33_100_000_000 },
      parties: [{ name: '腾讯', role: 'participant' }],
    }],
    note: 'public record',
  },
  {
    id: 'zh-050', lang: 'zh', style: 'cn-portal-finance', date: '2025-02-20',
    text: '受DeepSeek概念持续发酵影响，算力服务商云岭数科股价今日再度涨停，近五个交易日累计涨幅超过60%。公司晚间发布股票交易异常波动公告称，目前经营情况正常，不存在应披露而未披露的重大事项。',
    deals: [], negative: 'share-move', note: 'fictional',
  },
  {
    id: 'zh-051', lang: 'zh', style: 'cn-portal-finance', date: '2021-02-05',
    text: '快手今日登陆港交所，发行价每股115港元，募资约420亿港元，成为近年港股规模最大的科技股IPO之一。快手首日开盘价338港元，较发行价上涨193.9%。',
    deals: [{
      type: 'ipo', target: ['快手'],
      amount: { currency: 'HKD', amount: 42_000_000_000 },
      parties: [],
    }],
    note: 'public record',
  },
  {
    id: 'zh-052', lang: 'zh', style: 'cn-vc-press', date: '2019-12-10',
    text: '跨境电商SaaS企业海帆科技今日宣布完成2000万美元B轮融资，由北辰资本领投，老股东若水投资、行川资本跟投。海帆科技今年10月以约1.2亿元完成对深圳物流软件公司迅链科技的收购，本轮部分资金将用于双方系统整合。',
    deals: [
      {
        type: 'funding', target: ['海帆科技'], round: 'B轮',
        amount: { currency: 'USD', amount: 20_000_000 },
        parties: [
          { name: '北辰资本', role: 'lead' }, { name: '若水投资', role: 'participant' },
          { name: '行川资本', role: 'participant' },
        ],
      },
      {
        type: 'acquisition', target: ['迅链科技'],
        amount: { currency: 'CNY', amount: 120_000_000 },
        parties: [{ name: '海帆科技', role: 'acquirer' }],
        date: '2019-10',
      },
    ],
    note: 'fictional',
  },
  {
    id: 'zh-053', lang: 'zh', style: 'cn-business-daily', date: '2016-01-19',
    text: '美团点评今日宣布完成合并后的首轮融资，融资额超过33亿美元，投资方包括腾讯、DST、挚信资本等，本轮完成后公司估值超过180亿美元。去年10月，美团与大众点评宣布合并，两家公司的品牌和业务此后继续独立运营。',
    deals: [
      {
        type: 'funding', target: ['美团点评'],
        amount: { currency: 'USD', amount: 3_300_000_000 },
        valuation: { currency: 'USD', amount: 18_000_000_000 },
        parties: [
          { name: '腾讯', role: 'participant' }, { name: 'DST', role: 'participant' },
          { name: '挚信资本', role: 'participant' },
        ],
      },
      {
        type: 'merger', target: ['美团'],
        parties: [{ name: '大众点评', role: 'participant' }],
        date: '2015-10',
      },
    ],
    note: 'public record; the merger is directionless',
  },
  {
    id: 'zh-054', lang: 'zh', style: 'cn-vc-press', date: '2016-04-18',
    text: '2015年4月，58同城与赶集网宣布合并，这是国内分类信息行业两家头部公司的一次“握手”。一年过去，两个平台仍保持独立品牌和团队运营，行业竞争格局已明显改变。',
    deals: [{
      type: 'merger', target: ['58同城'],
      parties: [{ name: '赶集网', role: 'participant' }],
      date: '2015-04',
    }],
    note: 'public record; directionless',
  },
  {
    id: 'zh-055', lang: 'zh', style: 'cn-securities-daily', date: '2022-07-12',
    text: '恒泰装备晚间公告，公司正在筹划以发行股份及支付现金方式购买苏州明瑞光电股权事项，目前交易各方仍在洽谈中，尚未签署正式协议。公司股票自明日起停牌，预计停牌时间不超过10个交易日。',
    deals: [], negative: 'talks', note: 'fictional',
  },
  {
    id: 'zh-056', lang: 'zh', style: 'tw-press', date: '2016-07-01',
    text: '日月光与矽品6月30日宣布签署共同转换股份协议，双方将共同成立日月光投资控股公司，两家公司成为控股公司旗下子公司，并维持各自的公司名称与经营。',
    deals: [{
      type: 'merger', target: ['日月光'],
      parties: [{ name: '矽品', role: 'participant' }],
      date: '2016-06',
    }],
    note: 'public record; directionless',
  },
  {
    id: 'zh-057', lang: 'zh', style: 'cn-wire', date: '2016-08-01',
    text: '新华社北京8月1日电 滴滴出行1日宣布与优步全球达成战略协议，滴滴出行将收购优步中国的品牌、业务、数据等全部资产在中国大陆运营。',
    deals: [{
      type: 'acquisition', target: ['优步中国'],
      parties: [{ name: '滴滴出行', role: 'acquirer' }, { name: '优步全球', role: 'seller' }],
    }],
    note: 'public record',
  },
  {
    id: 'zh-058', lang: 'zh', style: 'cn-wire', date: '2018-07-27',
    text: '新华社旧金山7月26日电 美国高通公司26日宣布，由于未能在协议到期前获得所需的全部监管批准，公司终止收购荷兰恩智浦半导体公司，并将向恩智浦支付20亿美元分手费。这项收购于2016年10月宣布，交易金额此后上调至约440亿美元。',
    deals: [], negative: 'called-off', note: 'public record',
  },
  {
    id: 'zh-059', lang: 'zh', style: 'hk-chinese-press', date: '2025-03-05',
    text: '比亚迪股份昨日公布，以每股335.20港元配售1.298亿股新H股，集资约435亿港元，为近年港股规模最大的配股交易。配售所得款项将用于海外业务拓展及研发投入。',
    deals: [{
      type: 'funding', target: ['比亚迪股份'],
      amount: { currency: 'HKD', amount: 43_500_000_000 },
      parties: [],
    }],
    note: 'public record; share placement',
  },
  {
    id: 'zh-060', lang: 'zh', style: 'cn-portal-finance', date: '2023-08-23',
    text: '对于有媒体报道称公司将以超过10亿美元出售海外业务，智行出行回应称，相关报道“与事实不符”，公司目前没有出售任何业务的计划。',
    deals: [], negative: 'denial', note: 'fictional',
  },
  {
    id: 'zh-061', lang: 'zh', style: 'cn-tech-press', date: '2024-05-11',
    text: '吉利旗下高端电动车品牌极氪于5月10日登陆纽交所，发行价每股21美元，IPO募资约4.41亿美元，成为今年以来在美上市规模最大的中国企业。',
    deals: [{
      type: 'ipo', target: ['极氪'],
      amount: { currency: 'USD', amount: 441_000_000 },
      parties: [],
    }],
    note: 'public record',
  },
  {
    id: 'zh-062', lang: 'zh', style: 'cn-business-daily', date: '2021-08-12',
    text: '理想汽车今日在港交所主板挂牌，以双重主要上市方式登陆港股，发行价每股118港元，募资逾110亿港元。',
    deals: [{
      type: 'ipo', target: ['理想汽车'],
      amount: { currency: 'HKD', amount: 11_000_000_000 },
      parties: [],
    }],
    note: 'public record',
  },
  {
    id: 'zh-063', lang: 'zh', style: 'cn-portal-finance', date: '2020-06-18',
    text: '京东集团今日在香港联交所二次上市，发行价每股226港元，募资约300亿港元，成为继阿里巴巴、网易之后又一家回港上市的中概股。',
    deals: [{
      type: 'ipo', target: ['京东集团'],
      amount: { currency: 'HKD', amount: 30_000_000_000 },
      parties: [],
    }],
    note: 'public record; secondary listing',
  },
  {
    id: 'zh-064', lang: 'zh', style: 'cn-business-daily', date: '2024-08-29',
    text: '新能源车企朗途汽车发布2024年中期业绩，上半年营收78.3亿元，同比增长41%；净亏损收窄至6.1亿元。公司表示，下半年将有三款新车上市。',
    deals: [], negative: 'revenue', note: 'fictional',
  },
  {
    id: 'zh-065', lang: 'zh', style: 'cn-vc-press', date: '2023-10-20',
    text: '北京智谱华章科技有限公司（智谱AI）宣布，今年以来已累计获得超25亿元人民币融资，参与方包括美团、蚂蚁、阿里、腾讯、小米、金山、顺为、红杉等。智谱AI表示，资金将用于基座大模型的进一步研发。',
    deals: [{
      type: 'funding', target: ['北京智谱华章科技有限公司', '智谱AI'],
      amount: { currency: 'CNY', amount: 2_500_000_000 },
      parties: [
        { name: '美团', role: 'participant' }, { name: '蚂蚁', role: 'participant' },
        { name: '阿里', role: 'participant' }, { name: '腾讯', role: 'participant' },
        { name: '小米', role: 'participant' }, { name: '金山', role: 'participant' },
        { name: '顺为', role: 'participant' }, { name: '红杉', role: 'participant' },
      ],
    }],
    note: 'public record; the year\'s financing announced as one total',
  },
  {
    id: 'zh-066', lang: 'zh', style: 'hk-chinese-press', date: '2025-06-10',
    text: '新能源物流车企业远驰汽车今日宣布，以每股9.2港元向不少于六名独立承配人配售新股，集资约2亿港元。远驰汽车于去年12月在港交所上市，发行价每股8.6港元，集资约12.4亿港元，基石投资者包括鸣泉资本及南岭产业基金。',
    deals: [
      {
        type: 'funding', target: ['远驰汽车'],
        amount: { currency: 'HKD', amount: 200_000_000 },
        parties: [],
      },
      {
        type: 'ipo', target: ['远驰汽车'],
        amount: { currency: 'HKD', amount: 1_240_000_000 },
        parties: [{ name: '鸣泉资本', role: 'participant' }, { name: '南岭产业基金', role: 'participant' }],
        date: '2024-12',
      },
    ],
    note: 'fictional; a placement and the earlier IPO',
  },
  {
    id: 'zh-067', lang: 'zh', style: 'hk-chinese-press', date: '2025-05-14',
    text: '市场消息指，内地连锁烘焙品牌麦香里计划最快今年第三季赴港上市，集资额或达5亿美元，目前已委聘两家国际投行担任联席保荐人。公司未有回应。',
    deals: [], negative: 'rumour', note: 'fictional',
  },
  {
    id: 'zh-068', lang: 'zh', style: 'cn-securities-daily', date: '2023-09-14',
    text: '科创板公司航芯精密晚间公告，公司向特定对象发行股票已完成，募集资金总额18亿元，认购对象包括临江产业投资基金、华峦资本、松石资本等9家机构。航芯精密于2021年3月登陆科创板，首发募集资金约15亿元。',
    deals: [
      {
        type: 'funding', target: ['航芯精密'],
        amount: { currency: 'CNY', amount: 1_800_000_000 },
        parties: [
          { name: '临江产业投资基金', role: 'participant' }, { name: '华峦资本', role: 'participant' },
          { name: '松石资本', role: 'participant' },
        ],
      },
      {
        type: 'ipo', target: ['航芯精密'],
        amount: { currency: 'CNY', amount: 1_500_000_000 },
        parties: [],
        date: '2021-03',
      },
    ],
    note: 'fictional; a private placement and the earlier IPO',
  },
  {
    id: 'zh-069', lang: 'zh', style: 'cn-securities-daily', date: '2024-10-10',
    text: '国泰君安与海通证券9日晚间同步披露合并预案，国泰君安拟通过向海通证券全体A股和H股换股股东发行股票的方式，换股吸收合并海通证券，合并后的新公司将更名为“国泰海通证券”。',
    deals: [{
      type: 'merger', target: ['海通证券'],
      parties: [{ name: '国泰君安', role: 'acquirer' }],
    }],
    note: 'public record; 吸收合并 with a direction',
  },
  {
    id: 'zh-070', lang: 'zh', style: 'cn-financial-press', date: '2024-09-19',
    text: '中国船舶与中国重工双双披露重组预案，中国船舶拟通过向中国重工全体换股股东发行A股股票的方式，换股吸收合并中国重工。交易完成后，中国重工将终止上市并注销法人资格。',
    deals: [{
      type: 'merger', target: ['中国重工'],
      parties: [{ name: '中国船舶', role: 'acquirer' }],
    }],
    note: 'public record; 吸收合并 with a direction',
  },
  {
    id: 'zh-071', lang: 'zh', style: 'cn-securities-daily', date: '2021-07-22',
    text: '国产数据库厂商星穹数据今日登陆科创板，发行价为每股36.8元，募集资金总额约11.6亿元。上市首日，星穹数据收盘上涨215%，总市值达到约260亿元。',
    deals: [{
      type: 'ipo', target: ['星穹数据'],
      amount: { currency: 'CNY', amount: 1_160_000_000 },
      parties: [],
    }],
    note: 'fictional; market value is not the amount',
  },
  {
    id: 'zh-072', lang: 'zh', style: 'hk-chinese-press', date: '2023-07-12',
    text: '内地连锁咖啡品牌暖山咖啡今日在港交所挂牌，每股发售价12.5港元，集资约8.8亿港元。基石投资者包括松石资本、远峰基金及一家新加坡家族办公室，合共认购约三成发售股份。首日开市报13.1港元。',
    deals: [{
      type: 'ipo', target: ['暖山咖啡'],
      amount: { currency: 'HKD', amount: 880_000_000 },
      parties: [{ name: '松石资本', role: 'participant' }, { name: '远峰基金', role: 'participant' }],
    }],
    note: 'fictional',
  },
  {
    id: 'zh-073', lang: 'zh', style: 'cn-company-announcement', date: '2024-03-01',
    text: '海川智能装备股份有限公司关于以集中竞价交易方式回购股份的进展公告：截至2024年2月29日，公司通过集中竞价交易方式累计回购股份532万股，占公司总股本的0.98%，支付的资金总额为人民币7,986.4万元（不含交易费用）。',
    deals: [], negative: 'buyback', note: 'fictional',
  },
  {
    id: 'zh-074', lang: 'zh', style: 'cn-company-announcement', date: '2022-04-07',
    text: '深圳市芯朗微电子股份有限公司首次公开发行股票并在创业板上市之上市公告书：本次公开发行新股4,000万股，发行价格为每股18.50元，募集资金总额为人民币七亿四千万元，扣除发行费用后募集资金净额约6.7亿元。公司股票将于2022年4月8日在深圳证券交易所创业板上市。',
    deals: [{
      type: 'ipo', target: ['深圳市芯朗微电子股份有限公司'],
      amount: { currency: 'CNY', amount: 740_000_000 },
      parties: [],
    }],
    note: 'fictional; Chinese-numeral gross proceeds, not the net figure',
  },
  {
    id: 'zh-075', lang: 'zh', style: 'cn-financial-press', date: '2025-06-26',
    text: '服务机器人企业杭州云雀机器人股份有限公司今日在港交所主板上市，发行价每股26.8港元，此次港股上市募资约20亿港元。开盘后云雀机器人股价一度上涨35%，市值达到约180亿港元。',
    deals: [{
      type: 'ipo', target: ['杭州云雀机器人股份有限公司', '云雀机器人'],
      amount: { currency: 'HKD', amount: 2_000_000_000 },
      parties: [],
    }],
    note: 'fictional; market value is not the amount',
  },
  {
    id: 'zh-076', lang: 'zh', style: 'cn-securities-daily', date: '2023-02-16',
    text: '证监会官网显示，工业机器人企业锐驰自动化已在江苏证监局办理辅导备案登记，拟首次公开发行股票并在科创板上市。公司此前曾完成多轮市场化融资。',
    deals: [], negative: 'not-closed', note: 'fictional',
  },
  {
    id: 'zh-077', lang: 'zh', style: 'tw-press', date: '2023-09-21',
    text: '半导体设备厂晶禾科技今日以承销价每股98元新台币挂牌上市，此次IPO共募资约新台币22亿元，上市首日股价大涨逾五成。',
    deals: [{
      type: 'ipo', target: ['晶禾科技'],
      amount: { currency: 'TWD', amount: 2_200_000_000 },
      parties: [],
    }],
    note: 'fictional',
  },
  {
    id: 'zh-078', lang: 'zh', style: 'cn-tech-press', date: '2021-01-05',
    text: '医疗影像设备企业澜舟医疗去年12月登陆科创板，首发募集资金9.5亿元；公司今日披露投资者关系活动记录表，称新一代光子计数CT已进入注册检验阶段。',
    deals: [{
      type: 'ipo', target: ['澜舟医疗'],
      amount: { currency: 'CNY', amount: 950_000_000 },
      parties: [],
      date: '2020-12',
    }],
    note: 'fictional',
  },
  {
    id: 'zh-079', lang: 'zh', style: 'cn-business-daily', date: '2022-12-06',
    text: '瀚辰股份公告称，由于交易双方未能就业绩承诺等核心条款达成一致，公司决定终止以现金收购常州佳联电子控股权事项，此前签署的意向协议同步解除。',
    deals: [], negative: 'called-off', note: 'fictional',
  },
  {
    id: 'zh-080', lang: 'zh', style: 'cn-portal-finance', date: '2019-07-22',
    text: '科创板首批企业今日上市交易。其中，激光器厂商光驰科技发行价每股24.5元，IPO募资约7.35亿元，上市首日收盘大涨180%，市值达到约190亿元。',
    deals: [{
      type: 'ipo', target: ['光驰科技'],
      amount: { currency: 'CNY', amount: 735_000_000 },
      parties: [],
    }],
    note: 'fictional company on a real date; market value is not the amount',
  },
  {
    id: 'zh-081', lang: 'zh', style: 'cn-company-announcement', date: '2023-05-19',
    text: '安徽中瑞电气股份有限公司（以下简称“中瑞电气”或“公司”）拟以现金方式收购江苏恒润精工有限公司51%股权，交易对价为人民币3.06亿元。2023年5月18日，公司与交易对方张伟签署了《股权转让协议》，本次交易不构成重大资产重组。',
    deals: [{
      type: 'stake-sale', target: ['江苏恒润精工有限公司'],
      amount: { currency: 'CNY', amount: 306_000_000 },
      parties: [{ name: '安徽中瑞电气股份有限公司', role: 'acquirer' }, { name: '张伟', role: 'seller' }],
    }],
    note: 'fictional',
  },
  {
    id: 'zh-082', lang: 'zh', style: 'cn-financial-press', date: '2021-03-23',
    text: '国内医疗器械企业迈华医疗宣布，拟以8.5亿美元收购德国骨科植入物制造商Orthowell GmbH全部股权，双方已签署最终协议，交易预计于今年第三季度完成交割。',
    deals: [{
      type: 'acquisition', target: ['Orthowell GmbH'],
      amount: { currency: 'USD', amount: 850_000_000 },
      parties: [{ name: '迈华医疗', role: 'acquirer' }],
    }],
    note: 'fictional; 拟收购 with a signed agreement counts',
  },
  {
    id: 'zh-083', lang: 'zh', style: 'hk-chinese-press', date: '2024-09-25',
    text: '港股内房股今日急升，其中华置地产股价一度飙升逾40%，收市仍涨28%。有分析指，市场憧憬内地推出更多楼市刺激措施。',
    deals: [], negative: 'share-move', note: 'fictional',
  },
  {
    id: 'zh-084', lang: 'zh', style: 'hk-chinese-press', date: '2019-08-14',
    text: '本地物流集团港丰控股宣布，以12亿港元从新加坡投资者Orchid Capital手中收购丰运冷链物流全部股权，交易预期于年内完成。',
    deals: [{
      type: 'acquisition', target: ['丰运冷链物流'],
      amount: { currency: 'HKD', amount: 1_200_000_000 },
      parties: [{ name: '港丰控股', role: 'acquirer' }, { name: 'Orchid Capital', role: 'seller' }],
    }],
    note: 'fictional',
  },
  {
    id: 'zh-085', lang: 'zh', style: 'cn-business-daily', date: '2024-06-20',
    text: '光伏逆变器厂商晟元电力宣布拟以18亿元收购储能电池企业安芯储能全部股权，双方已于本周签署收购协议，交易尚需股东大会批准。',
    deals: [{
      type: 'acquisition', target: ['安芯储能'],
      amount: { currency: 'CNY', amount: 1_800_000_000 },
      parties: [{ name: '晟元电力', role: 'acquirer' }],
    }],
    note: 'fictional; signed agreement counts',
  },
  {
    id: 'zh-086', lang: 'zh', style: 'tw-press', date: '2022-03-15',
    text: '面板厂光群电子宣布以新台币35亿元收购车用显示模组厂宏昱科技100%股权，双方已签订合并契约，预计明年第一季完成交易。',
    deals: [{
      type: 'acquisition', target: ['宏昱科技'],
      amount: { currency: 'TWD', amount: 3_500_000_000 },
      parties: [{ name: '光群电子', role: 'acquirer' }],
    }],
    note: 'fictional',
  },
  {
    id: 'zh-087', lang: 'zh', style: 'cn-vc-press', date: '2025-03-11',
    text: '早期投资机构拓溪创投宣布完成新一期美元基金募集，规模2亿美元，将继续聚焦AI应用和机器人领域的种子轮及天使轮项目。',
    deals: [], negative: 'fund-raise', note: 'fictional',
  },
  {
    id: 'zh-088', lang: 'zh', style: 'cn-financial-press', date: '2017-06-24',
    text: '浙江吉利控股集团23日与马来西亚DRB-HICOM集团签署协议，收购其旗下宝腾汽车49.9%的股份以及英国豪华跑车品牌路特斯51%的股份。吉利将由此获得宝腾在东南亚市场的渠道资源。',
    deals: [
      {
        type: 'stake-sale', target: ['宝腾汽车', '宝腾'],
        parties: [{ name: '浙江吉利控股集团', role: 'acquirer' }, { name: 'DRB-HICOM集团', role: 'seller' }],
      },
      {
        type: 'stake-sale', target: ['路特斯'],
        parties: [{ name: '浙江吉利控股集团', role: 'acquirer' }, { name: 'DRB-HICOM集团', role: 'seller' }],
      },
    ],
    note: 'public record',
  },
  {
    id: 'zh-089', lang: 'zh', style: 'cn-securities-daily', date: '2020-11-04',
    text: '上交所晚间发布公告，决定暂缓蚂蚁科技集团股份有限公司在科创板上市。蚂蚁集团随后表示，H股上市也将同步暂缓。',
    deals: [], negative: 'called-off', note: 'public record; a suspended IPO',
  },
  {
    id: 'zh-090', lang: 'zh', style: 'cn-financial-press', date: '2024-01-15',
    text: '宁川集团向AI芯片设计公司澜芯半导体注资3亿美元，双方将在车规级算力芯片领域展开合作。',
    deals: [{
      type: 'funding', target: ['澜芯半导体'],
      amount: { currency: 'USD', amount: 300_000_000 },
      parties: [{ name: '宁川集团', role: 'lead' }],
    }],
    note: 'fictional; sole investor marked lead',
  },
  {
    id: 'zh-091', lang: 'zh', style: 'cn-portal-finance', date: '2023-04-25',
    text: '新能源重卡企业驭风科技获海湾投资局投资3亿美元，这是该机构首次投资中国商用车领域。',
    deals: [{
      type: 'funding', target: ['驭风科技'],
      amount: { currency: 'USD', amount: 300_000_000 },
      parties: [{ name: '海湾投资局', role: 'lead' }],
    }],
    note: 'fictional; sole investor marked lead',
  },
  {
    id: 'zh-092', lang: 'zh', style: 'cn-tech-press', date: '2016-05-09',
    text: '校园社交应用“课间”完成800万元天使轮融资，由星屿投资领投，两位知名天使投资人跟投。团队表示，资金将用于产品迭代和进入更多高校。',
    deals: [{
      type: 'funding', target: ['课间'], round: '天使轮',
      amount: { currency: 'CNY', amount: 8_000_000 },
      parties: [{ name: '星屿投资', role: 'lead' }],
    }],
    note: 'fictional; unnamed angels are not parties',
  },
  {
    id: 'zh-093', lang: 'zh', style: 'cn-wire', date: '2022-03-05',
    text: '新华社合肥3月5日电 量子计算企业量衡科技5日宣布完成五亿元B轮融资，由庐州产业引导基金领投，多家市场化机构跟投。',
    deals: [{
      type: 'funding', target: ['量衡科技'], round: 'B轮',
      amount: { currency: 'CNY', amount: 500_000_000 },
      parties: [{ name: '庐州产业引导基金', role: 'lead' }],
    }],
    note: 'fictional; Chinese numeral amount',
  },
  {
    id: 'zh-094', lang: 'zh', style: 'cn-business-daily', date: '2021-05-18',
    text: '消费电子品牌极声科技完成Pre-IPO轮融资，融资金额超10亿元，投资方包括北辰资本、星河湾资本、远峰基金、岚峰资本、若水投资等。公司计划于明年申报科创板上市。',
    deals: [{
      type: 'funding', target: ['极声科技'], round: 'Pre-IPO轮',
      amount: { currency: 'CNY', amount: 1_000_000_000 },
      parties: [
        { name: '北辰资本', role: 'participant' }, { name: '星河湾资本', role: 'participant' },
        { name: '远峰基金', role: 'participant' }, { name: '岚峰资本', role: 'participant' },
        { name: '若水投资', role: 'participant' },
      ],
    }],
    note: 'fictional',
  },
  {
    id: 'zh-095', lang: 'zh', style: 'cn-tech-press', date: '2024-05-20',
    text: '记者获悉，视觉AI公司睿图智能已于今年2月完成2亿元B轮融资，由北辰资本领投，老股东鸣泉资本跟投，此前未对外披露。本轮融资后，睿图智能投后估值约20亿元。',
    deals: [{
      type: 'funding', target: ['睿图智能'], round: 'B轮',
      amount: { currency: 'CNY', amount: 200_000_000 },
      valuation: { currency: 'CNY', amount: 2_000_000_000, basis: 'post' },
      parties: [{ name: '北辰资本', role: 'lead' }, { name: '鸣泉资本', role: 'participant' }],
      date: '2024-02',
    }],
    note: 'fictional',
  },
  {
    id: 'zh-096', lang: 'zh', style: 'cn-portal-finance', date: '2024-06-17',
    text: '脑机接口公司灵思医疗日前向上交所递交科创板招股书。招股书显示，灵思医疗曾于2023年3月完成1.2亿元A轮融资，投资方包括翠微创投、朗月基金。',
    deals: [{
      type: 'funding', target: ['灵思医疗'], round: 'A轮',
      amount: { currency: 'CNY', amount: 120_000_000 },
      parties: [{ name: '翠微创投', role: 'participant' }, { name: '朗月基金', role: 'participant' }],
      date: '2023-03',
    }],
    note: 'fictional; the prospectus filing itself is not a deal',
  },
  {
    id: 'zh-097', lang: 'zh', style: 'tw-press', date: '2024-10-08',
    text: '台湾AI新创宇晟智能宣布完成A轮募资，金额达新台币3亿元，由远岫创投领投，多家半导体大厂旗下创投跟投。',
    deals: [{
      type: 'funding', target: ['宇晟智能'], round: 'A轮',
      amount: { currency: 'TWD', amount: 300_000_000 },
      parties: [{ name: '远岫创投', role: 'lead' }],
    }],
    note: 'fictional',
  },
  {
    id: 'zh-098', lang: 'zh', style: 'cn-weekly-roundup', date: '2021-12-18',
    text: '本周融资速递：1. 植物基食品品牌绿茵工坊完成1亿元A轮融资，投资方包括若水投资、星屿投资、澄湖创投、海岬资本、青藤创投；2. 跨境支付服务商汇途支付获得4000万美元C轮融资，由华峦资本领投。',
    deals: [
      {
        type: 'funding', target: ['绿茵工坊'], round: 'A轮',
        amount: { currency: 'CNY', amount: 100_000_000 },
        parties: [
          { name: '若水投资', role: 'participant' }, { name: '星屿投资', role: 'participant' },
          { name: '澄湖创投', role: 'participant' }, { name: '海岬资本', role: 'participant' },
          { name: '青藤创投', role: 'participant' },
        ],
      },
      {
        type: 'funding', target: ['汇途支付'], round: 'C轮',
        amount: { currency: 'USD', amount: 40_000_000 },
        parties: [{ name: '华峦资本', role: 'lead' }],
      },
    ],
    note: 'fictional',
  },
  {
    id: 'zh-099', lang: 'zh', style: 'cn-financial-press', date: '2025-07-08',
    text: '工业AI公司深视智造宣布完成3亿元C轮融资，由临江产业投资基金领投；同时，公司以1.1亿元收购东莞机器视觉检测设备商精测自动化70%股权。',
    deals: [
      {
        type: 'funding', target: ['深视智造'], round: 'C轮',
        amount: { currency: 'CNY', amount: 300_000_000 },
        parties: [{ name: '临江产业投资基金', role: 'lead' }],
      },
      {
        type: 'stake-sale', target: ['精测自动化'],
        amount: { currency: 'CNY', amount: 110_000_000 },
        parties: [{ name: '深视智造', role: 'acquirer' }],
      },
    ],
    note: 'fictional',
  },
  {
    id: 'zh-100', lang: 'zh', style: 'cn-securities-daily', date: '2022-09-28',
    text: '今日两只新股登陆A股：储能温控企业冰峰科技在创业板上市，募集资金6.2亿元；半导体材料企业晶源新材登陆科创板，募集资金12.8亿元。',
    deals: [
      {
        type: 'ipo', target: ['冰峰科技'],
        amount: { currency: 'CNY', amount: 620_000_000 },
        parties: [],
      },
      {
        type: 'ipo', target: ['晶源新材'],
        amount: { currency: 'CNY', amount: 1_280_000_000 },
        parties: [],
      },
    ],
    note: 'fictional',
  },
  {
    id: 'zh-101', lang: 'zh', style: 'cn-vc-press', date: '2024-04-10',
    text: '合成生物公司绿源合成宣布完成6亿元C轮融资，由澄湖创投领投，老股东岚峰资本、若水投资继续加注。这距离其去年3月完成数亿元B轮融资仅一年时间。',
    deals: [
      {
        type: 'funding', target: ['绿源合成'], round: 'C轮',
        amount: { currency: 'CNY', amount: 600_000_000 },
        parties: [
          { name: '澄湖创投', role: 'lead' }, { name: '岚峰资本', role: 'participant' },
          { name: '若水投资', role: 'participant' },
        ],
      },
      {
        type: 'funding', target: ['绿源合成'], round: 'B轮',
        parties: [],
        date: '2023-03',
      },
    ],
    note: 'fictional; the earlier round matches the 2023-03-18 roundup',
  },
  {
    id: 'zh-102', lang: 'zh', style: 'hk-chinese-press', date: '2025-01-22',
    text: '暖山咖啡宣布以3.2亿港元收购华南连锁烘焙品牌麦田小馆60%股权，买卖协议已于昨日签订。暖山咖啡表示，交易有助公司拓展早餐及烘焙产品线。',
    deals: [{
      type: 'stake-sale', target: ['麦田小馆'],
      amount: { currency: 'HKD', amount: 320_000_000 },
      parties: [{ name: '暖山咖啡', role: 'acquirer' }],
    }],
    note: 'fictional',
  },
  {
    id: 'zh-103', lang: 'zh', style: 'cn-business-daily', date: '2025-08-19',
    text: '据彭博援引知情人士报道，电商平台优品汇正考虑出售旗下物流子公司，潜在买家包括多家私募股权基金，交易估值或达20亿美元。',
    deals: [], negative: 'rumour', note: 'fictional',
  },
  {
    id: 'zh-104', lang: 'zh', style: 'cn-tech-press', date: '2022-10-11',
    text: '自动驾驶卡车公司驰远智行正在洽谈新一轮融资，拟募资约2亿美元，投资方可能包括一家国有车企。公司CEO在接受采访时表示，“目前还在和几家机构谈，没有最终确定”。',
    deals: [], negative: 'talks', note: 'fictional',
  },
  {
    id: 'zh-105', lang: 'zh', style: 'cn-financial-press', date: '2023-06-30',
    text: '光子芯片初创企业曦光科技拟融资10亿元，用于建设首条8英寸硅光产线，目前已有多家地方产业基金表达投资意向。',
    deals: [], negative: 'not-closed', note: 'fictional',
  },
  {
    id: 'zh-106', lang: 'zh', style: 'hk-chinese-press', date: '2024-11-20',
    text: '冷链物流服务商冰程供应链已通过港交所上市聆讯，预计下周启动招股，拟集资约10亿港元，所得款项将用于扩建华东及华南仓储网络。',
    deals: [], negative: 'not-closed', note: 'fictional; hearing passed, not yet listed',
  },
  {
    id: 'zh-107', lang: 'zh', style: 'cn-securities-daily', date: '2024-10-16',
    text: '针对市场传闻，华置地产发布澄清公告，否认正与任何第三方就出售公司控股权进行磋商，并提醒投资者注意投资风险。',
    deals: [], negative: 'denial', note: 'fictional',
  },
  {
    id: 'zh-108', lang: 'zh', style: 'tw-press', date: '2022-11-30',
    text: '光群电子公告，因未能在期限内取得主管机关核准，双方合意终止以新台币35亿元收购宏昱科技的交易，交易告吹后光群电子股价下跌逾3%。',
    deals: [], negative: 'called-off', note: 'fictional; the 2022-03-15 deal called off',
  },
  {
    id: 'zh-109', lang: 'zh', style: 'cn-portal-finance', date: '2025-03-26',
    text: '暖山咖啡发布2024年全年业绩，收入同比增长32%至41.2亿元，经调整净利润5.6亿元，门店总数突破6000家。',
    deals: [], negative: 'revenue', note: 'fictional',
  },
  {
    id: 'zh-110', lang: 'zh', style: 'hk-chinese-press', date: '2025-09-12',
    text: '云雀机器人股价连升五日，市值重上300亿港元，较上市时几乎翻了一番，成为近期港股人形机器人板块表现最强的个股之一。',
    deals: [], negative: 'market-value', note: 'fictional',
  },
  {
    id: 'zh-111', lang: 'zh', style: 'cn-securities-daily', date: '2024-10-22',
    text: '晟元电力公告，拟使用不低于5亿元且不超过10亿元的自有资金，以集中竞价方式回购公司股份，回购价格不超过每股45元，回购股份将用于员工持股计划。',
    deals: [], negative: 'buyback', note: 'fictional',
  },
  {
    id: 'zh-112', lang: 'zh', style: 'hk-chinese-press', date: '2020-03-18',
    text: '港丰控股公布全年业绩，宣布派发末期股息每股0.38港元，连同中期股息，全年派息合共约4.2亿港元，派息比率维持约五成。',
    deals: [], negative: 'dividend', note: 'fictional',
  },
  {
    id: 'zh-113', lang: 'zh', style: 'cn-weekly-roundup', date: '2024-12-21',
    text: '本周募资动态：北辰资本完成30亿元硬科技基金首关，出资人包括多家地方引导基金；翠微创投新一期医疗健康基金完成最终关账，规模12亿元。',
    deals: [], negative: 'fund-raise', note: 'fictional; VCs raising their own funds',
  },
  {
    id: 'zh-114', lang: 'zh', style: 'cn-portal-finance', date: '2023-03-09',
    text: '受收购传闻刺激，瀚辰股份股价今日一字涨停。公司晚间公告称，目前生产经营正常，不存在应披露而未披露的重大信息。',
    deals: [], negative: 'share-move', note: 'fictional',
  },
  {
    id: 'zh-115', lang: 'zh', style: 'cn-company-announcement', date: '2023-11-28',
    text: '海川智能装备股份有限公司关于诉讼事项的进展公告：公司与德国某设备制造商就专利侵权纠纷达成和解，公司将一次性支付和解款1.2亿元，双方撤回全部诉讼。',
    deals: [], negative: 'settlement', note: 'fictional',
  },
  {
    id: 'zh-116', lang: 'zh', style: 'cn-tech-press-36kr', date: '2025-03-18',
    text: '36氪获悉，储能系统集成商澜拓新能源近日完成3亿元B轮融资，由澄湖创投领投，鸣泉资本、松石资本跟投，老股东星屿投资持续加注。本轮资金将主要用于海外市场拓展及新一代液冷储能产品研发。',
    deals: [{
      type: 'funding', target: ['澜拓新能源'], round: 'B轮',
      amount: { currency: 'CNY', amount: 300_000_000 },
      parties: [
        { name: '澄湖创投', role: 'lead' }, { name: '鸣泉资本', role: 'participant' },
        { name: '松石资本', role: 'participant' }, { name: '星屿投资', role: 'participant' },
      ],
    }],
    note: 'fictional',
  },
  {
    id: 'zh-117', lang: 'zh', style: 'cn-vc-press', date: '2025-01-09',
    text: '投资界消息，手术机器人公司术衡医疗宣布完成数亿元C轮融资。本轮融资由岚峰资本和翠微创投联合领投，远澜创投、若水投资等机构参投，华泰联合证券担任本轮独家财务顾问。',
    deals: [{
      type: 'funding', target: ['术衡医疗'], round: 'C轮',
      parties: [
        { name: '岚峰资本', role: 'lead' }, { name: '翠微创投', role: 'lead' },
        { name: '远澜创投', role: 'participant' }, { name: '若水投资', role: 'participant' },
      ],
    }],
    note: 'fictional; vague amount (数亿元) omitted; the adviser is no investor',
  },
  {
    id: 'zh-119', lang: 'zh', style: 'cn-business-daily', date: '2024-09-02',
    text: '第一财经记者获悉，合成生物企业微构生物完成A+轮融资，融资金额为4亿元；本轮由青藤创投领投，海岬资本、朗月基金跟投，老股东行川资本继续跟投。公司成立于2021年，已建成两条千吨级生产线。',
    deals: [{
      type: 'funding', target: ['微构生物'], round: 'A+轮',
      amount: { currency: 'CNY', amount: 400_000_000 },
      parties: [
        { name: '青藤创投', role: 'lead' }, { name: '海岬资本', role: 'participant' },
        { name: '朗月基金', role: 'participant' }, { name: '行川资本', role: 'participant' },
      ],
    }],
    note: 'fictional',
  },
  {
    id: 'zh-120', lang: 'zh', style: 'cn-financial-press', date: '2024-12-12',
    text: '电池材料商华拓钴业晚间公告，公司以5.8亿元收购天宜新材35%股权，交易完成后将成为天宜新材第一大股东。华拓钴业称，此举有助于保障上游锂资源供应。',
    deals: [{
      type: 'stake-sale', target: ['天宜新材'],
      amount: { currency: 'CNY', amount: 580_000_000 },
      parties: [{ name: '华拓钴业', role: 'acquirer' }],
    }],
    note: 'fictional',
  },
  {
    id: 'zh-121', lang: 'zh', style: 'cn-business-daily-jiemian', date: '2025-02-27',
    text: '界面新闻获悉，新能源商用车企业长川汽车获得澄湖产业集团15亿元战略投资，后者将持有长川汽车约12%的股份。长川汽车表示，资金将用于氢燃料重卡的量产。',
    deals: [{
      type: 'funding', target: ['长川汽车'], round: 'strategic',
      amount: { currency: 'CNY', amount: 1_500_000_000 },
      parties: [{ name: '澄湖产业集团', role: 'lead' }],
    }],
    note: 'fictional',
  },
  {
    id: 'zh-123', lang: 'zh', style: 'hk-chinese-press', date: '2025-06-19',
    text: '即时配送平台闪送达今日于港交所主板挂牌上市，发售价每股12.8港元，募资总额约18.6亿港元。是次招股引入松石资本、远峰基金及鸣泉资本三名基石投资者，合共认购约4000万美元股份。',
    deals: [{
      type: 'ipo', target: ['闪送达'],
      amount: { currency: 'HKD', amount: 1_860_000_000 },
      parties: [
        { name: '松石资本', role: 'participant' }, { name: '远峰基金', role: 'participant' },
        { name: '鸣泉资本', role: 'participant' },
      ],
    }],
    note: 'fictional',
  },
  {
    id: 'zh-124', lang: 'zh', style: 'cn-securities-daily', date: '2024-08-08',
    text: '国产工业软件企业数衡科技今日在上交所科创板上市，发行价每股28.5元，本次发行募集资金总额约14.3亿元。上市首日，数衡科技收盘上涨186%，总市值约320亿元。',
    deals: [{
      type: 'ipo', target: ['数衡科技'],
      amount: { currency: 'CNY', amount: 1_430_000_000 },
      parties: [],
    }],
    note: 'fictional',
  },
  {
    id: 'zh-125', lang: 'zh', style: 'cn-tech-press', date: '2025-04-03',
    text: '自动驾驶公司驰行智能于纳斯达克上市，发行价每股15.5美元，IPO募资约3.2亿美元，另有同步私募配售约1亿美元。驰行智能开盘后一度上涨20%。',
    deals: [{
      type: 'ipo', target: ['驰行智能'],
      amount: { currency: 'USD', amount: 320_000_000 },
      parties: [],
    }],
    note: 'fictional',
  },
  {
    id: 'zh-126', lang: 'zh', style: 'cn-weekly-roundup', date: '2025-05-24',
    text: '本周融资速递：工业机器人企业凌拓智能完成2亿元B+轮融资，由行川资本领投；宠物食品品牌毛球工坊获得远峰基金数千万元A轮投资；跨境电商服务商海星链完成1.5亿元B轮融资，投资方为松石资本和朗月基金。',
    deals: [
      {
        type: 'funding', target: ['凌拓智能'], round: 'B+轮',
        amount: { currency: 'CNY', amount: 200_000_000 },
        parties: [{ name: '行川资本', role: 'lead' }],
      },
      {
        type: 'funding', target: ['毛球工坊'], round: 'A轮',
        parties: [{ name: '远峰基金', role: 'lead' }],
      },
      {
        type: 'funding', target: ['海星链'], round: 'B轮',
        amount: { currency: 'CNY', amount: 150_000_000 },
        parties: [{ name: '松石资本', role: 'participant' }, { name: '朗月基金', role: 'participant' }],
      },
    ],
    note: 'fictional; vague amount (数千万元) omitted',
  },
  {
    id: 'zh-128', lang: 'zh', style: 'cn-tech-press', date: '2025-07-15',
    text: '华宇集团旗下激光雷达公司光刻智能宣布完成5亿元C轮融资，由鸣泉资本领投，母公司华宇集团继续跟投。光刻智能的产品已进入多家车企的供应链。',
    deals: [{
      type: 'funding', target: ['光刻智能'], round: 'C轮',
      amount: { currency: 'CNY', amount: 500_000_000 },
      parties: [{ name: '鸣泉资本', role: 'lead' }, { name: '华宇集团', role: 'participant' }],
    }],
    note: 'fictional',
  },
  {
    id: 'zh-130', lang: 'zh', style: 'cn-portal-finance', date: '2025-03-03',
    text: '具身智能公司星域机器人近日完成新一轮融资，金额超过1亿美元。本轮融资由青藤创投和海岬资本联合领投，朗月基金、若水投资等老股东跟投。',
    deals: [{
      type: 'funding', target: ['星域机器人'],
      amount: { currency: 'USD', amount: 100_000_000 },
      parties: [
        { name: '青藤创投', role: 'lead' }, { name: '海岬资本', role: 'lead' },
        { name: '朗月基金', role: 'participant' }, { name: '若水投资', role: 'participant' },
      ],
    }],
    note: 'fictional',
  },
  {
    id: 'zh-131', lang: 'zh', style: 'cn-financial-press', date: '2024-11-06',
    text: '深圳云帆智能科技有限公司（以下简称“云帆智能”）完成8亿元C轮融资，由远澜创投领投，岚峰资本跟投。本轮融资完成后，云帆智能投后估值超过60亿元。',
    deals: [{
      type: 'funding', target: ['深圳云帆智能科技有限公司', '云帆智能'], round: 'C轮',
      amount: { currency: 'CNY', amount: 800_000_000 },
      valuation: { currency: 'CNY', amount: 6_000_000_000, basis: 'post' },
      parties: [{ name: '远澜创投', role: 'lead' }, { name: '岚峰资本', role: 'participant' }],
    }],
    note: 'fictional',
  },
  {
    id: 'zh-133', lang: 'zh', style: 'cn-securities-daily', date: '2024-10-30',
    text: '恒远电气公告，已将所持华辰电子100%股权以12亿元出售给澜拓新能源，交易已获董事会审议通过。出售完成后，公司将聚焦输配电主业。',
    deals: [{
      type: 'acquisition', target: ['华辰电子'],
      amount: { currency: 'CNY', amount: 1_200_000_000 },
      parties: [{ name: '澜拓新能源', role: 'acquirer' }, { name: '恒远电气', role: 'seller' }],
    }],
    note: 'fictional',
  },
  {
    id: 'zh-134', lang: 'zh', style: 'hk-chinese-press', date: '2025-01-21',
    text: '港股上市公司丰联控股宣布，以8.5亿港元从私募基金远峰资本手中收购冷链企业顺冷物流全部股权，交易已于昨日完成交割。',
    deals: [{
      type: 'acquisition', target: ['顺冷物流'],
      amount: { currency: 'HKD', amount: 850_000_000 },
      parties: [{ name: '丰联控股', role: 'acquirer' }, { name: '远峰资本', role: 'seller' }],
    }],
    note: 'fictional',
  },
  {
    id: 'zh-135', lang: 'zh', style: 'cn-business-daily', date: '2025-08-12',
    text: '长川汽车宣布完成对固态电池企业清陶新能的战略投资，投资金额为10亿元。交易完成后，长川汽车将持有清陶新能约8%的股份。',
    deals: [{
      type: 'funding', target: ['清陶新能'], round: 'strategic',
      amount: { currency: 'CNY', amount: 1_000_000_000 },
      parties: [{ name: '长川汽车', role: 'lead' }],
    }],
    note: 'fictional',
  },
  {
    id: 'zh-136', lang: 'zh', style: 'cn-financial-press-caixin', date: '2025-02-10',
    text: '光伏组件龙头晶拓能源以30亿元战略入股硅料企业华晶硅业，持股比例约20%，成为其第二大股东。双方还签署了为期五年的硅料长单采购协议。',
    deals: [{
      type: 'stake-sale', target: ['华晶硅业'],
      amount: { currency: 'CNY', amount: 3_000_000_000 },
      parties: [{ name: '晶拓能源', role: 'acquirer' }],
    }],
    note: 'fictional',
  },
  {
    id: 'zh-139', lang: 'zh', style: 'cn-wire', date: '2024-06-28',
    text: '两家区域性银行华东银行与江南银行宣布合并，合并后的新银行将更名为华江银行，总部设在杭州。合并预计于明年上半年完成工商变更。',
    deals: [{
      type: 'merger', target: ['华东银行'],
      parties: [{ name: '江南银行', role: 'participant' }],
    }],
    note: 'fictional; directionless',
  },
  {
    id: 'zh-140', lang: 'zh', style: 'cn-tech-press', date: '2025-04-22',
    text: '据知情人士透露，自动驾驶公司驰行智能正与多家机构洽谈新一轮融资，估值或达50亿美元，目前条款尚未敲定。公司对此不予置评。',
    deals: [], negative: 'rumour', note: 'fictional',
  },
  {
    id: 'zh-141', lang: 'zh', style: 'cn-securities-daily', date: '2025-01-08',
    text: '针对“华拓钴业拟收购天宜新材”的市场传闻，华拓钴业董事会秘书回应称，公司目前未筹划任何收购事项，也未与天宜新材进行过接触。',
    deals: [], negative: 'denial', note: 'fictional',
  },
  {
    id: 'zh-143', lang: 'zh', style: 'cn-portal-finance', date: '2025-05-30',
    text: '恒远电气公告称，公司计划以不超过6亿元现金收购华辰电子51%股权，目前尚处于尽职调查阶段，最终交易价格将以评估结果为准。',
    deals: [], negative: 'not-closed', note: 'fictional',
  },
  {
    id: 'zh-144', lang: 'zh', style: 'hk-chinese-press', date: '2025-03-27',
    text: '受大股东减持消息拖累，丰联控股股价今早一度急跌12%，市值蒸发约20亿港元，收市跌幅收窄至7%。',
    deals: [], negative: 'share-move', note: 'fictional',
  },
  {
    id: 'zh-146', lang: 'zh', style: 'hk-chinese-press', date: '2025-02-14',
    text: '闪送达已向港交所递交上市申请，拟募资约3亿美元，中金公司与摩根士丹利担任联席保荐人。',
    deals: [], negative: 'not-closed', note: 'fictional; filed, not listed',
  },
  {
    id: 'zh-147', lang: 'zh', style: 'cn-business-daily', date: '2025-06-05',
    text: '华宇集团发布公告称，计划分拆旗下激光雷达业务于科创板独立上市，相关议案尚需提交股东大会审议。',
    deals: [], negative: 'not-closed', note: 'fictional; a plan',
  },
  {
    id: 'zh-149', lang: 'zh', style: 'cn-tech-press', date: '2025-06-11',
    text: '澜拓新能源完成3亿元B轮融资。澄湖创投领投，鸣泉资本、松石资本跟投。同日，澜拓新能源宣布以1亿元收购储能软件公司星网科技。',
    deals: [
      {
        type: 'funding', target: ['澜拓新能源'], round: 'B轮',
        amount: { currency: 'CNY', amount: 300_000_000 },
        parties: [{ name: '澄湖创投', role: 'lead' }, { name: '鸣泉资本', role: 'participant' }, { name: '松石资本', role: 'participant' }],
      },
      {
        type: 'acquisition', target: ['星网科技'],
        amount: { currency: 'CNY', amount: 100_000_000 },
        parties: [{ name: '澜拓新能源', role: 'acquirer' }],
      },
    ],
    note: 'fictional; investors in the next sentence without 本轮',
  },
  {
    id: 'zh-150', lang: 'zh', style: 'cn-company-announcement', date: '2025-04-28',
    text: '恒远电气宣布与华辰电子完成合并，合并后的公司将沿用恒远电气的名称，华辰电子的全部员工将转入新公司。',
    deals: [{ type: 'merger', target: ['恒远电气'], parties: [{ name: '华辰电子', role: 'participant' }] }],
    note: 'fictional; directionless in our gold (the text does not say who absorbs whom)',
  },
  {
    id: 'zh-151', lang: 'zh', style: 'cn-tech-press', date: '2025-01-14',
    text: '据投资界报道，星域机器人获得由青藤创投领投的2亿元A轮融资，海岬资本、朗月基金参投。若水投资担任本轮独家财务顾问。',
    deals: [{
      type: 'funding', target: ['星域机器人'], round: 'A轮',
      amount: { currency: 'CNY', amount: 200_000_000 },
      parties: [{ name: '青藤创投', role: 'lead' }, { name: '海岬资本', role: 'participant' }, { name: '朗月基金', role: 'participant' }],
    }],
    note: 'fictional; the financial adviser is no investor',
  },
  {
    id: 'zh-152', lang: 'zh', style: 'us-listing-cn-press', date: '2025-09-25',
    text: '工业软件企业数衡科技今日正式在美国纳斯达克交易所敲钟，发行价每股10美元，募资1.2亿美元。开盘后，数衡科技股价一度上涨40%。',
    deals: [{ type: 'ipo', target: ['数衡科技'], amount: { currency: 'USD', amount: 120_000_000 }, parties: [] }],
    note: 'fictional',
  },
  {
    id: 'zh-153', lang: 'zh', style: 'cn-portal-finance', date: '2025-10-09',
    text: '澜拓新能源或将于明年赴港上市，募资规模约5亿美元，目前已聘请中金公司担任保荐人。',
    deals: [], negative: 'not-closed', note: 'fictional; intent in the first clause governs the second',
  },
  {
    id: 'zh-155', lang: 'zh', style: 'cn-securities-daily', date: '2025-07-02',
    text: '华拓钴业晚间公告，公司正筹划收购天宜科技控股权，公司股票自明日起停牌，预计停牌时间不超过10个交易日。',
    deals: [], negative: 'talks', note: 'fictional',
  },
  {
    id: 'zh-156', lang: 'zh', style: 'cn-business-daily', date: '2025-08-19',
    text: '星域机器人成立于2019年，累计融资超过10亿元，投资方包括青藤创投和海岬资本。公司表示，今年暂无新的融资计划。',
    deals: [], negative: 'other', note: 'fictional; a running total is no round',
  },
  {
    id: 'zh-157', lang: 'zh', style: 'hk-chinese-press', date: '2025-11-03',
    text: '受上市首日破发影响，闪送达股价今日再跌15%，较每股12.8港元的发售价累计下跌逾三成。',
    deals: [], negative: 'share-move', note: 'fictional',
  },
  {
    id: 'zh-158', lang: 'zh', style: 'cn-securities-daily', date: '2025-09-03',
    text: '华拓钴业在投资者互动平台表示，公司对天宜科技的收购尚未完成，仍需取得反垄断审查批准，预计年底前完成交割。',
    deals: [], negative: 'not-closed', note: 'fictional; a purchase the text says is still pending',
  },
  {
    id: 'zh-160', lang: 'zh', style: 'cn-portal-finance', date: '2025-07-21',
    text: '市场传闻京东将以27亿元投资唯品会并取得约7.5%股权，截至发稿，双方均未回应。',
    deals: [], negative: 'rumour', note: 'fictional rumour about real companies',
  },
];
