// Evaluation items for company recognition in Simplified Chinese styles the other Chinese sets lack
// (issue 16, item 7): 新华社/中新网 short economic items with a 电头, 地方财经 with local state-owned
// platforms and private manufacturers, 证券时报-style announcements, 港股 market wraps with stock names,
// bank, insurer and broker round-ups by everyday short forms (工行, 国寿, 太保, 大摩…), and developers
// and manufacturers outside the bundled data. A third are hard negatives: ministries and officials,
// universities, clubs and stadiums, products, places and streets, associations and media. Written
// in our own words: events are from the public record or fictional (fictional companies carry
// "new:" keys; the day's price moves in market wraps are illustrative). Markup and conventions as in
// zh-news-items.ts: {{text|id}} a company mention (data id, or "new:<key>" with one key per company
// across the file), <<text>> a hard negative; a full name is one span, a 简称 after it its own mention.

export const ZH_LOCAL: readonly string[] = [
  // 1 新华社式：电头、统计局、央企简称
  '新华社北京1月17日电 <<国家统计局>>17日发布数据，2024年国内生产总值比上年增长5%。同日，{{中国石油|petrochina}}、{{中国石化|sinopec}}和{{中国海油|cnooc}}披露全年油气产量均创新高，{{国家电网|state-grid}}全年电网投资首次超过6000亿元。',
  // 2 中新网式：地方合资车企全称、简称与股东
  '中新网柳州电 {{上汽通用五菱汽车股份有限公司|new:sgmw}}在<<柳州>>宝骏基地举行新车下线仪式。{{上汽通用五菱|new:sgmw}}由{{上汽集团|saic-motor}}、{{通用汽车|general-motors}}和{{广西汽车集团有限公司|new:guangxi-auto}}共同持股，旗下<<宏光MINIEV>>曾连续多年位居国内小型电动车销量前列。',
  // 3 地方财经：港口公司与港口同名（港口为地名），省级国资平台为控股股东
  '{{宁波舟山港股份有限公司|new:nbzs-port}}公告，控股股东{{浙江省海港投资运营集团有限公司|new:zj-seaport}}拟增持公司股份。<<宁波舟山港>>2024年货物吞吐量继续位居全球港口首位，<<梅山港区>>新泊位已投入使用，<<浙江省国资委>>表示将支持港口集团整合省内资源。',
  // 4 证券时报式公告：收购储能企业控股权
  '{{隆基绿能|longi}}公告，公司拟以现金收购{{精控能源|new:jingkong}}控股权，交易完成后{{精控能源|new:jingkong}}将纳入合并报表范围。公司表示，此举有助于拓展储能业务。公告发布后，公司股票在<<上交所>>平开。',
  // 5 港股收评：股票简称、-W 后缀、内房股，指数是否定样本
  '港股收评：<<恒生指数>>收涨1.2%，<<恒生科技指数>>涨2.1%。{{美团-W|meituan}}涨超4%，{{小米集团-W|xiaomi}}和{{腾讯控股|tencent}}跟涨，{{舜宇光学科技|sunny-optical}}领涨手机产业链；{{碧桂园|country-garden}}、{{融创中国|sunac-china}}等内房股走低，新股{{老铺黄金|new:laopu}}再创新高。',
  // 6 银行季报综述：六大行与股份行的日常简称
  '上市银行一季报显示，{{工行|icbc}}、{{建行|china-construction-bank}}、{{农行|agricultural-bank-of-china}}、{{中行|bank-of-china}}净息差继续收窄，{{交行|bank-of-communications}}和{{邮储银行|psbc}}不良率与上年末持平。股份行中，{{招行|china-merchants-bank}}营收降幅收窄，{{浦发|spdb}}净利润增长较快，{{兴业银行|industrial-bank}}拨备覆盖率小幅下降。',
  // 7 保险：上市险企简称；监管机构是否定样本
  '五家A股上市险企前11个月保费收入合计超过2.6万亿元。{{国寿|china-life}}和{{平安|ping-an}}寿险保费稳步增长，{{太保|cpic}}、{{新华保险|new-china-life}}增速较快，{{人保|picc}}财险业务保持第一。<<国家金融监督管理总局>>要求险企继续压降负债成本。',
  // 8 券商：并购后更名，被并购方
  '{{国联证券|guolian-securities}}完成收购{{民生证券|new:minsheng-securities}}后，更名为{{国联民生证券|guolian-securities}}，A股简称“{{国联民生|guolian-securities}}”。此前{{国泰君安|guotai-haitong}}吸收合并{{海通证券|haitong-securities}}，{{中信证券|citic-securities}}和{{中金公司|cicc}}仍居行业前列。',
  // 9 外资行与投行的中文简称
  '{{大摩|morgan-stanley}}和{{小摩|jpmorgan-chase}}相继上调对中国股市的评级，{{高盛|goldman-sachs}}则维持超配。{{汇丰|hsbc}}和{{渣打|standard-chartered}}在<<香港>>的理财业务增长，{{瑞银|ubs}}表示内地客户资金持续流入。',
  // 10 地方财经（江苏）：民营制造企业全称与简称，开发区是地名
  '{{常州恒拓精密机械有限公司|new:hengtuo}}与{{江苏瑞丰智能装备股份有限公司|new:ruifeng}}在<<常州国家高新区>>签约，合作建设新能源汽车零部件生产线。{{恒拓精密|new:hengtuo}}主要为{{理想汽车|li-auto}}和{{比亚迪|byd}}配套，{{瑞丰智能|new:ruifeng}}今年拟在<<北交所>>上市。',
  // 11 地方财经（河南）：地方国资平台与民营企业，市政府是否定样本
  '<<郑州市人民政府>>与{{河南省豫资城乡投资发展有限公司|new:yuzi}}签署合作协议，{{郑州嘉润新材料科技有限公司|new:jiarun}}年产5万吨复合材料项目同日开工。{{嘉润新材|new:jiarun}}负责人介绍，产品主要供应{{宇通客车|yutong}}等整车企业。',
  // 12 地产：民营房企全称、简称与债务重组，法院是否定样本
  '{{江苏中南建设集团股份有限公司|new:zhongnan}}（{{中南建设|new:zhongnan}}）公告，公司境外债务重组方案获得多数债权人支持。同期，{{阳光城集团股份有限公司|new:yango}}被债权人申请破产重整，<<福州市中级人民法院>>已受理；{{正荣地产|zhenro-properties-group}}也在推进境外债重组。',
  // 13 农商行与城商行：全称、简称
  '{{重庆农村商业银行股份有限公司|sse-601077}}（{{渝农商行|sse-601077}}）去年净利润增长约5%，{{常熟银行|jiangsu-changshu-rural-commercial-bank}}和{{苏州银行|szse-002966}}资产规模稳步扩大。{{江苏江南农村商业银行|new:jiangnan-rcb}}则获批发行二级资本债。',
  // 14 新茶饮上市潮：品牌名即公司简称，产品是否定样本
  '{{蜜雪冰城|mixue}}在<<香港联交所>>上市首日大涨，{{古茗|new:guming}}和{{沪上阿姨|new:hushang}}也先后登陆港股。{{蜜雪集团|mixue}}旗下<<雪王>>形象深受年轻消费者喜爱，门店主打<<柠檬水>>和<<冰淇淋>>。',
  // 15 中新网式：商务部与平台企业，以旧换新政策
  '中新网北京电 <<商务部>>新闻发言人表示，消费品以旧换新政策效果持续显现。{{京东|jd-com}}、{{美团|meituan}}和{{拼多多|pdd-holdings}}等平台参与补贴发放，{{格力电器|gree}}、{{美的集团|midea}}等家电企业销售额明显增长。',
  // 16 难例（部委与官员）：没有公司
  '<<国家发展改革委>>主任<<郑栅洁>>在<<国务院新闻办公室>>发布会上表示，将加力扩围实施“两新”政策。<<财政部>>副部长<<廖岷>>介绍，超长期特别国债资金已下达，<<中国人民银行>>行长<<潘功胜>>则宣布下调存款准备金率。',
  // 17 难例（高校与研究机构）：校名里的“科技”“工业”“交通”不是公司
  '<<清华大学>>、<<浙江大学>>和<<中国科学技术大学>>联合发布人工智能人才培养计划，<<北京交通大学>>、<<哈尔滨工业大学>>和<<中国科学院自动化研究所>>参与。<<上海交通大学>>表示，将新设集成电路学院。',
  // 18 难例（体育）：以企业得名的球队、以企业冠名的联赛与球场
  '中超第30轮，<<上海海港>>主场战胜<<成都蓉城>>，提前一轮卫冕；<<北京国安>>客场逼平<<山东泰山>>，<<青岛海牛>>则在<<青岛青春足球场>>保级成功。本赛季<<中国平安中国足球协会超级联赛>>场均观众超过两万人。',
  // 19 难例（产品）：以公司名开头的车型和手机
  '<<小米SU7>>、<<问界M9>>和<<理想L6>>位列新势力车型销量前三，<<比亚迪秦PLUS>>和<<比亚迪海鸥>>继续领跑燃油车替代市场。手机方面，<<华为Mate 70>>和<<iPhone 16>>首销均告售罄。',
  // 20 难例（地名与街道）：含公司名的地名、商圈与车站
  '<<北京>>的<<平安大街>>、<<中关村>>和<<华强北>>是游客常去的地方，<<上海>>的<<南京东路>>步行街和<<陆家嘴>>也人流如织；<<长城>>脚下的<<八达岭>>景区节假日限流，<<万达广场>>周边商圈客流也明显回升。',
  // 21 难例（协会与媒体）：名称含“银行”“证券”“汽车”的协会与媒体
  '<<中国银行业协会>>发布年度报告，<<中国证券业协会>>公布券商经营数据，<<中国汽车工业协会>>则称新能源车渗透率超过一半。<<证券时报>>、<<第一财经>>和<<新华社>>对此作了报道。',
  // 22 地方财经（广东）：家电企业在外设厂，政府部门是否定样本
  '{{美的集团股份有限公司|midea}}在<<佛山>>顺德举行全球研发中心启用仪式，{{美的|midea}}副总裁表示，公司将在<<埃及>>和<<巴西>>扩大产能。<<顺德区人民政府>>称，区内{{广东德奥智能装备有限公司|new:deao}}等配套企业同步扩产。',
  // 23 港股公告：红筹公司全称与简称，交易所为地点
  '{{中国海外发展有限公司|china-overseas-land-and-investment}}（{{中国海外发展|china-overseas-land-and-investment}}）公布前11个月合约物业销售额。{{华润置地|china-resources-land}}和{{龙湖集团|longfor-group}}销售同比下降，{{越秀地产|new:yuexiu-property}}则逆势增长。',
];
