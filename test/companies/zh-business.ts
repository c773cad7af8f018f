// Evaluation items for company recognition in Simplified Chinese, in the style of short financial
// news flashes (财经快讯): banks, insurers, brokers, developers, manufacturers and regional companies
// named first by their full place-prefixed legal name and then by a short form. Written in our own
// words: events are from the public record or fictional (fictional companies carry "new:" keys).
// Markup and conventions as in paragraphs.ts: {{text|id}} a company mention (data id, or
// "new:<key>" with one key per company across the file), <<text>> a hard negative. Regulators and
// the central bank (<<中国人民银行>>), exchanges used as places (<<上交所>>), indices, products,
// football clubs and venues named after companies, place names that contain a company name
// (<<南京东路站>>, <<平安里>>), and everyday words that are also short names (<<民生>>, <<光大>>,
// <<招商>>, <<建设>>, <<交通>>) are negatives. A short form takes the id its context gives it:
// "中信" after 中信银行 is the bank, after 中信集团 the group.

export const ZH_BUSINESS: readonly string[] = [
  // 1 A bank, its short form, a person after a title
  '{{招商银行|china-merchants-bank}}周五晚间披露一季报，营业收入同比下降3%。{{招行|china-merchants-bank}}行长<<王良>>表示，零售客户贷款需求仍在恢复，{{招行|china-merchants-bank}}将继续压降对公房地产贷款。同日{{兴业银行|industrial-bank}}和{{宁波银行|bank-of-ningbo}}也发布了季报。',
  // 2 The central bank as a negative; short form 建行
  '<<中国人民银行>>宣布下调存款准备金率0.5个百分点。{{建设银行|china-construction-bank}}、{{农业银行|agricultural-bank-of-china}}和{{中国银行|bank-of-china}}随即下调人民币存款挂牌利率，{{建行|china-construction-bank}}一年期定期存款利率降至0.95%。',
  // 3 Capital injection; 中行, 建行
  '{{中国银行|bank-of-china}}、{{建设银行|china-construction-bank}}、{{交通银行|bank-of-communications}}和{{邮储银行|psbc}}同日公告，<<财政部>>将通过发行特别国债向四家银行注资合计5000亿元。其中{{中行|bank-of-china}}获注资1650亿元，规模最大；{{建行|china-construction-bank}}获注资1050亿元。',
  // 4 浦发; a regulator’s local office
  '{{浦发银行|spdb}}董事会同意发行不超过500亿元无固定期限资本债券。{{浦发|spdb}}第一大股东{{上海国际集团|shanghai-international-group}}表示支持，相关申请已获<<国家金融监督管理总局上海监管局>>受理。',
  // 5 中信 as the bank
  '{{中信银行|china-citic-bank}}与{{中信证券|citic-securities}}联合推出跨境财富管理服务。{{中信银行|china-citic-bank}}表示，这是{{中信集团|citic-group}}推进金融板块协同的一部分；消息公布后，{{中信|china-citic-bank}}H股在<<香港>>上涨2%。',
  // 6 民生 as the bank and as a common word
  '{{民生银行|china-minsheng-bank}}上半年净利润同比下降，资产质量压力主要来自房地产和地方融资平台。{{民生|china-minsheng-bank}}表示，将把更多信贷投向小微企业和<<民生>>消费领域；同期{{光大银行|china-everbright-bank}}和{{华夏银行|hua-xia-bank}}净利润小幅增长。',
  // 7 光大 as the bank and inside an idiom
  '{{光大银行|china-everbright-bank}}公告称，一名副行长因工作调动辞职，不影响日常经营。{{光大|china-everbright-bank}}控股股东{{中国光大集团|china-everbright-group}}旗下的{{光大证券|everbright-securities}}当日股价平稳。分析人士认为，{{光大银行|china-everbright-bank}}有望把财富管理的优势进一步发扬<<光大>>。',
  // 8 A former name and its short form (深发展)
  '{{平安银行|ping-an-bank}}的前身是{{深圳发展银行|ping-an-bank}}（简称{{深发展|ping-an-bank}}），2012年与原{{平安银行|ping-an-bank}}合并后更为现名。如今{{平安银行|ping-an-bank}}由{{中国平安|ping-an}}控股，总部仍在<<深圳>>。',
  // 9 An insurer and its life unit; 平安 as the group
  '{{中国平安|ping-an}}公布半年报，寿险新业务价值同比增长。年内{{平安人寿|new:ping-an-life}}已多次举牌{{农业银行|agricultural-bank-of-china}}H股和{{招商银行|china-merchants-bank}}H股，在<<香港>>市场的持股比例均超过5%。{{平安|ping-an}}称看重银行股的稳定分红。',
  // 10 国寿, 太保; a news agency that shares a word with an insurer
  '{{中国人寿|china-life}}表示，今年以来保费收入保持增长，{{国寿|china-life}}将加大对高股息股票的配置。同日{{中国太保|cpic}}和{{新华保险|new-china-life}}也公布了保费数据，{{太保|cpic}}寿险保费同比增长。<<新华社>>报道称，保险资金入市步伐正在加快。',
  // 11 A regulator; 人保
  '<<国家金融监督管理总局>>批准{{中国人保|picc}}、{{中国太保|cpic}}和{{泰康保险|taikang}}等险企参与保险资金长期股票投资试点，{{人保|picc}}表示将以私募证券基金形式运作。{{阳光保险|new:sunshine-insurance}}等中小险企则仍在观望。',
  // 12 Brokers; a merger; 中金; the securities regulator
  '{{中信证券|citic-securities}}前三季度净利润同比增长逾三成，继续稳居行业第一。{{中金公司|cicc}}则宣布筹划换股吸收合并{{东兴证券|new:dongxing-securities}}和{{信达证券|new:cinda-securities}}，三家公司股票同日停牌。{{中金|cicc}}表示，交易尚需<<证监会>>注册。',
  // 13 Exchanges as places; a subsidiary that starts with the parent’s name
  '{{华泰证券|huatai-securities}}公告称，拟发行不超过100亿元公司债，用于补充营运资金。{{华泰|huatai-securities}}A股在<<上交所>>上市，H股在<<港交所>>上市；旗下{{华泰联合证券|new:huatai-united}}今年投行业务排名上升，仅次于{{中信证券|citic-securities}}和{{中信建投|csc-financial}}。',
  // 14 A merged broker, its former name and the absorbed firm
  '{{国泰海通|guotai-haitong}}完成合并后首次披露季报，营收规模跻身行业前二。原{{国泰君安|guotai-haitong}}吸收合并{{海通证券|haitong-securities}}，是近年来券商业最大的整合案例，由<<上海>>国资主导。市场人士认为，{{申万宏源|shenwan-hongyuan}}和{{中国银河证券|china-galaxy-securities}}也可能参与新一轮整合。',
  // 15 A developer and its state shareholder, full name then short form
  '{{万科|new:vanke}}公告称，大股东{{深圳市地铁集团有限公司|new:shenzhen-metro}}将继续提供借款，用于偿还公开市场债务。{{万科|new:vanke}}原董事长<<郁亮>>年初辞任，{{深铁|new:shenzhen-metro}}随后派员出任董事长。',
  // 16 A court; a chair
  '{{碧桂园|new:country-garden}}表示，境外债务重组方案已获得主要债权人支持，针对公司的清盘呈请已被<<香港高等法院>>押后审理。董事会主席<<杨惠妍>>称，{{碧桂园|new:country-garden}}将全力保交楼。分析人士认为，{{碧桂园|new:country-garden}}和{{融创中国|new:sunac}}的重组进展将影响其他民营房企。',
  // 17 融创; a fictional “某某地产”
  '{{融创中国|new:sunac}}完成境外债重组后，董事会主席<<孙宏斌>>表示将优先保障交付。{{融创|new:sunac}}在<<天津>>和<<重庆>>的多个项目已恢复施工，其中一个<<重庆>>项目由{{重庆渝信地产|new:yuxin-dichan}}接手。{{融创|new:sunac}}股价当日上涨8%，{{渝信地产|new:yuxin-dichan}}未予置评。',
  // 18 Fictional developers with full place-prefixed legal names
  '{{北京华瑞置业有限公司|new:huarui-zhiye}}以底价竞得<<北京>>丰台区一宗住宅用地，成交价28亿元，另一竞买方{{天津滨海新港置业有限公司|new:xingang-zhiye}}报价落败。{{华瑞置业|new:huarui-zhiye}}将与{{京华建设集团|new:jinghua-jianshe}}联合开发该项目，{{华瑞置业|new:huarui-zhiye}}持股51%。结果由<<北京市规划和自然资源委员会>>公布。',
  // 19 A sales ranking of developers; a region
  '{{保利发展|new:poly-dev}}、{{中海地产|new:coli}}和{{华润置地|new:cr-land}}上月销售额位居行业前三，{{万科|new:vanke}}排名第四。民营房企中，{{龙湖集团|new:longfor}}销售额同比下降逾三成，{{新城控股|new:seazen}}在<<长三角>>的销售降幅收窄。',
  // 20 Products with the company name; a chairman
  '{{比亚迪|byd}}上月新能源汽车销量超过38万辆，海外销量创历史新高。董事长<<王传福>>表示，<<比亚迪汉>>和<<海豹>>在<<欧洲>>市场表现良好。同期{{特斯拉|tesla}}在华销量下降，{{吉利汽车|geely}}和{{零跑汽车|leapmotor}}销量增长。',
  // 21 A listing; cornerstone investors; a battery as a product
  '{{宁德时代|catl}}在<<香港>>上市，募资约410亿港元，为年内全球规模最大的IPO。基石投资者包括{{中国石化|sinopec}}、{{科威特投资局|kuwait-investment-authority}}和{{高瓴资本|hillhouse}}。{{宁德时代|catl}}董事长<<曾毓群>>表示，募资主要用于<<匈牙利>>工厂建设，<<麒麟电池>>的海外产能也将扩大。',
  // 22 三一重工 and its short form; foreign rivals in Chinese
  '{{三一重工|new:sany}}H股在<<港交所>>挂牌，首日收涨。{{三一|new:sany}}海外收入占比已超过六成，主要竞争对手包括{{卡特彼勒|new:caterpillar}}和{{小松|new:komatsu}}，国内则与{{中联重科|new:zoomlion}}竞争；创始人<<梁稳根>>仍为实际控制人。',
  // 23 美的 and a foreign subsidiary
  '{{美的集团|midea}}前三季度营收同比增长约14%，旗下{{库卡|new:kuka}}机器人业务订单回暖。董事长<<方洪波>>称，{{美的|midea}}海外自有品牌收入占比持续提升，并将在<<巴西>>和<<埃及>>扩建工厂。',
  // 24 格力 and its chair
  '{{格力电器|gree}}董事长<<董明珠>>在股东大会上表示，{{格力|gree}}不会放弃空调主业。过去一年，{{格力|gree}}在线上空调市场的份额被{{美的|midea}}和{{小米|xiaomi}}蚕食，{{海信|hisense}}也在加大投入。',
  // 25 海尔智家, 海尔, 海尔集团; a foreign seller
  '{{海尔智家|haier}}完成收购{{开利|new:carrier}}旗下商用制冷业务，交易金额约7.75亿美元。{{海尔|haier}}表示，此举将加强其在<<欧洲>>冷链市场的布局；{{海尔集团|haier}}董事局主席<<周云杰>>出席签约仪式。',
  // 26 A metro station that contains 京东
  '<<南京东路站>>附近新开的一家{{京东|jd-com}}线下门店周末客流火爆。{{京东|jd-com}}表示，今年将在<<上海>>新开多家门店，与{{苏宁易购|new:suning}}和{{国美|new:gome}}争夺家电市场。',
  // 27 深圳市某某科技股份有限公司, then 某某科技
  '{{深圳市鑫源科技股份有限公司|new:xinyuan-tech}}在<<深交所>>创业板挂牌上市，首日收涨152%。{{鑫源科技|new:xinyuan-tech}}主营储能电池管理系统，与{{阳光电源|sungrow}}等公司存在竞争；{{鑫源科技|new:xinyuan-tech}}的保荐机构为{{华泰联合证券|new:huatai-united}}。',
  // 28 Two fictional regional companies, each named in full then shortened; a local SASAC
  '{{杭州明德智能装备股份有限公司|new:mingde}}公告，拟以12亿元收购{{苏州金桥精密机械有限公司|new:jinqiao}}70%股权。{{明德智能|new:mingde}}称，{{金桥精密|new:jinqiao}}的客户包括多家汽车零部件企业，交易完成后{{明德智能|new:mingde}}将进入减速器领域。<<杭州市国资委>>表示支持。',
  // 29 A fictional listed company under investigation; the exchange as regulator
  '{{江苏恒泰新材料股份有限公司|new:hengtai}}公告称，因涉嫌信息披露违法违规，公司收到<<证监会>>立案告知书。{{恒泰新材|new:hengtai}}股价当日跌停，<<上交所>>已向其发出问询函，审计机构{{天衡华信会计师事务所|new:tianheng-huaxin}}也被要求说明情况。',
  // 30 建设 as a common word next to 中建
  '{{中国建筑|new:cscec}}前十个月新签合同额同比增长。{{中建|new:cscec}}表示，基础设施<<建设>>业务增速快于房屋建筑业务；{{中国中铁|new:crec}}和{{中国铁建|new:crcc}}也公布了新签订单数据。',
  // 31 交通 as a common word and inside a government body
  '{{交通银行|bank-of-communications}}与<<上海市交通委员会>>签署合作协议，未来五年将提供不少于500亿元融资，支持城市轨道<<交通>>建设。{{交行|bank-of-communications}}总部位于<<上海>>，是国有大型银行中唯一总部不在<<北京>>的一家。',
  // 32 A place name that contains 平安
  '<<平安里>>一带的写字楼空置率上升。{{中国平安|ping-an}}旗下的{{平安不动产|new:ping-an-real-estate}}表示，将调整在<<北京>>部分商业物业的租金策略，{{华润置地|new:cr-land}}和{{金融街控股|new:financial-street}}也已下调报价。',
  // 33 招商 as a common word and as four different companies
  '多地加大<<招商>>引资力度。{{招商局集团|china-merchants-group}}旗下的{{招商蛇口|new:cmsk}}与<<海南省>>签约开发自贸港项目，{{招商证券|china-merchants-securities}}担任财务顾问，{{招商银行|china-merchants-bank}}提供银团贷款。',
  // 34 A scenic spot that contains 长城
  '{{长城汽车|great-wall-motor}}在<<八达岭长城>>附近举办越野车发布会，董事长<<魏建军>>亲自驾驶新车登场。{{长城|great-wall-motor}}上月海外销量同比增长，{{奇瑞|chery}}和{{长安汽车|changan-automobile}}的出口也保持增势。',
  // 35 An ocean that contains 太平; shipping lines
  '{{中远海控|new:cosco-shipping}}表示，跨<<太平洋>>航线运价本月回落。{{中远海运集团|new:cosco-group}}旗下的{{东方海外|new:oocl}}也下调了美线报价，{{马士基|new:maersk}}则维持全年盈利预期。',
  // 36 Two insurers with similar names
  '{{中国太平|new:china-taiping}}与{{中国太保|cpic}}分别在<<香港>>和<<上海>>发行巨灾债券，{{中国太平|new:china-taiping}}的发行规模为2亿美元，{{太保|cpic}}为1亿美元。',
  // 37 A founder; a product with the company name; carmakers
  '{{小米集团|xiaomi}}董事长<<雷军>>表示，<<小米YU7>>上市三分钟锁单超过20万台。{{小米|xiaomi}}股价在<<港交所>>创历史新高，{{蔚来|nio}}和{{小鹏汽车|xpeng}}股价则下跌，{{理想汽车|li-auto}}跌幅最大。',
  // 38 A product (问界M9); a city’s state investors
  '{{赛力斯|seres}}与{{华为|huawei}}合作的<<问界M9>>累计交付已超过10万辆。{{赛力斯|seres}}H股在<<港交所>>挂牌，<<重庆>>多家国资机构参与认购。{{赛力斯|seres}}此前还入股了{{华为|huawei}}旗下的{{引望|new:yinwang}}。',
  // 39 A carmaker, its short form and a joint venture
  '{{上汽集团|saic-motor}}与{{华为|huawei}}合作推出新品牌，{{上汽|saic-motor}}表示新车将在<<上海>>临港工厂生产。{{上汽|saic-motor}}与{{大众汽车|volkswagen}}的合资公司{{上汽大众|new:saic-vw}}同期销量下滑。',
  // 40 Joint ventures with Japanese carmakers
  '{{广汽集团|gac-group}}与{{丰田汽车|toyota}}宣布共同开发纯电动车，{{广汽丰田|new:gac-toyota}}的新车型将于明年在<<广州>>投产；{{本田|honda}}则关闭了与{{广汽|gac-group}}合资的一条生产线。',
  // 41 Indices as negatives
  '<<上证指数>>周三收涨0.8%，<<沪深300>>上涨1.1%。银行股领涨，{{工商银行|icbc}}和{{农业银行|agricultural-bank-of-china}}股价创历史新高；白酒股走弱，{{贵州茅台|new:moutai}}和{{五粮液|new:wuliangye}}小幅下跌。',
  // 42 An index that contains a bank’s name
  '<<恒生指数>>收跌1.2%，{{汇丰控股|hsbc}}和{{友邦保险|aia}}拖累大盘。{{恒生银行|hang-seng-bank}}逆市大涨，此前{{汇丰|hsbc}}提出以约1060亿港元将其私有化。',
  // 43 渣打 in three forms; note-issuing banks
  '{{渣打集团|standard-chartered}}公布三季度业绩，税前利润超出预期。{{渣打|standard-chartered}}行政总裁<<温拓思>>表示，财富管理收入增长强劲。{{渣打银行|standard-chartered}}是<<香港>>三家发钞行之一，另外两家是{{汇丰|hsbc}}和{{中银香港|boc-hong-kong}}。',
  // 44 Local units of foreign banks; 花旗
  '{{汇丰中国|new:hsbc-china}}完成收购{{花旗中国|new:citi-china}}的个人财富管理业务，涉及约20万名客户。{{花旗|citigroup}}此前宣布退出多个市场的消费者业务，{{花旗集团|citigroup}}在<<中国内地>>的企业银行业务不受影响。',
  // 45 Oil majors and short forms; SASAC
  '{{中国石化|sinopec}}、{{中国石油|petrochina}}和{{中国海油|cnooc}}上半年净利润均同比下降，主要受国际油价下跌影响。{{中石油|petrochina}}天然气业务利润增长，{{中海油|cnooc}}油气产量创新高。<<国资委>>要求央企提高分红比例。',
  // 46 国网; suppliers; an energy regulator
  '{{国家电网|state-grid}}今年电网投资首次超过6500亿元。{{国网|state-grid}}表示，特高压工程的主要设备供应商包括{{许继电气|new:xj-electric}}和{{平高电气|new:pinggao}}。<<国家能源局>>数据显示，全社会用电量同比增长。',
  // 47 Telecom carriers; a ministry
  '{{中国移动|china-mobile}}、{{中国电信|china-telecom}}和{{中国联通|china-unicom}}公布前三季度经营数据，5G用户数继续增长。{{中移动|china-mobile}}表示将加大算力投资，{{中国电信|china-telecom}}称云业务收入增速放缓。<<工信部>>数据显示，5G基站总数已超过450万个。',
  // 48 A miner’s listed unit; 中金 inside another company’s name
  '{{紫金矿业|new:zijin}}旗下{{紫金黄金国际|new:zijin-gold-intl}}在<<港交所>>上市，募资近290亿港元。金价创新高带动{{紫金|new:zijin}}股价上涨，{{山东黄金|new:shandong-gold}}和{{中金黄金|new:zhongjin-gold}}同日走强。',
  // 49 Steelmakers; a futures exchange as a place
  '{{中国宝武|new:baowu}}旗下{{宝钢股份|new:baosteel}}上调下月热轧板卷出厂价。{{宝钢|new:baosteel}}表示，钢材需求有所回暖；<<上海期货交易所>>螺纹钢期货当日上涨1.5%，{{鞍钢股份|new:angang}}和{{华菱钢铁|new:valin}}股价走强。',
  // 50 Airlines and short forms; cities
  '{{中国国航|new:air-china}}、{{东方航空|new:china-eastern}}和{{南方航空|new:china-southern}}公布上月运营数据，国际航线客座率回升。{{东航|new:china-eastern}}将加密<<上海>>至<<欧洲>>航班，{{南航|new:china-southern}}则新开<<广州>>至<<利雅得>>航线。',
  // 51 Duty-free retailer; a bank cutting its target
  '{{中国中免|new:ctg-duty-free}}前三季度营收同比下降，<<海南>>离岛免税销售额仍在下滑。{{中免|new:ctg-duty-free}}表示将在<<三亚>>新开门店，{{高盛|goldman-sachs}}则下调了{{中国中免|new:ctg-duty-free}}的目标价。',
  // 52 Dairy companies and short forms
  '{{伊利股份|new:yili}}和{{蒙牛乳业|new:mengniu}}均下调了全年收入预期，原奶价格持续低迷。{{伊利|new:yili}}董事长<<潘刚>>表示，公司将加大奶粉和奶酪投入，{{蒙牛|new:mengniu}}则在<<东南亚>>扩张。',
  // 53 An A+H listing; sponsors
  '{{海天味业|new:haitian}}H股在<<港交所>>上市，成为又一家“A+H”消费企业。{{海天|new:haitian}}此次发行的联席保荐人包括{{中金公司|cicc}}和{{摩根士丹利|morgan-stanley}}。',
  // 54 Asset injection from a parent; coal peers
  '{{中国神华|new:shenhua}}公告称，拟收购控股股东{{国家能源集团|new:chn-energy}}旗下多项煤炭、坑口煤电和煤化工资产。{{神华|new:shenhua}}A股在<<上交所>>停牌，{{中煤能源|new:china-coal}}和{{陕西煤业|new:shaanxi-coal}}股价同日上涨。',
  // 55 长电 as the hydropower company (not 长电科技); a dam and a river
  '{{长江电力|new:cypc}}上半年发电量同比增长。{{长电|new:cypc}}是<<三峡>>电站的运营方，控股股东为{{中国三峡集团|new:ctg-three-gorges}}；<<长江>>来水偏丰也带动了{{华能水电|new:huaneng-hydro}}的发电量。',
  // 56 Machinery makers; provinces
  '{{中联重科|new:zoomlion}}与{{徐工机械|new:xcmg}}上半年海外收入均增长逾两成，{{三一重工|new:sany}}同期海外收入占比超过六成，{{柳工|new:liugong}}的海外业务也在扩张。<<湖南>>和<<江苏>>两地工程机械出口持续走强。',
  // 57 A Chinese parent and its German subsidiary
  '{{潍柴动力|new:weichai}}表示，其控股的<<德国>>叉车制造商{{凯傲集团|new:kion}}将推进重组计划。{{潍柴|new:weichai}}称，<<欧洲>>仓储物流需求疲软，{{凯傲|new:kion}}全年利润承压。',
  // 58 湖南某某股份有限公司, then the short form; an exchange as a place
  '{{湖南湘江重工股份有限公司|new:xiangjiang}}在<<长沙>>举行新产品发布会。{{湘江重工|new:xiangjiang}}董事长<<刘卫东>>表示，公司计划明年在<<北交所>>上市，并将与{{中联重科|new:zoomlion}}等本地龙头开展配套合作。',
  // 59 青岛某某有限公司, then the short form; a city government
  '{{青岛海润船舶制造有限公司|new:hairun}}获得一家<<欧洲>>船东8艘集装箱船订单，总价约6亿美元。{{海润船舶|new:hairun}}在手订单已排至2028年，与{{中国船舶|new:csscl}}和{{扬子江船业|new:yangzijiang}}展开竞争。<<青岛市政府>>表示将支持企业扩产。',
  // 60 浙江某某股份有限公司, then the short form; countries
  '{{浙江瑞丰纺织股份有限公司|new:ruifeng}}公告称，受<<美国>>加征关税影响，{{瑞丰纺织|new:ruifeng}}将在<<越南>>新建工厂。业内人士指出，{{申洲国际|new:shenzhou}}等同行早已在<<东南亚>>布局。',
  // 61 安徽某某科技股份有限公司, then the short form; solar makers
  '{{安徽华源光伏科技股份有限公司|new:huayuan-pv}}宣布暂停部分电池片产能，{{华源光伏|new:huayuan-pv}}称行业价格战仍在持续。{{隆基绿能|longi}}、{{通威股份|tongwei}}和{{晶科能源|jinkosolar}}上半年均录得亏损，<<工信部>>召开光伏行业座谈会。',
  // 62 中信 as the group; a former name
  '{{中国中信金融资产管理股份有限公司|new:citic-fa}}（原{{中国华融|new:citic-fa}}）已完成更名，控股股东为{{中信集团|citic-group}}。{{中信|citic-group}}表示，将把{{中信金融资产|new:citic-fa}}打造为集团的不良资产处置平台，总部仍设在<<北京>>。',
  // 63 A foreign-exchange regulator; foreign banks; a region
  '<<国家外汇管理局>>数据显示，外资银行跨境收付款规模增长。{{汇丰|hsbc}}、{{渣打|standard-chartered}}和{{花旗|citigroup}}均在<<上海>>扩充人员，{{星展银行|dbs}}和{{华侨银行|ocbc}}则加大在<<粤港澳大湾区>>的布局。',
  // 64 A state investor; an index inside a product name; fund managers
  '{{中央汇金|central-huijin}}表示已增持股票ETF，并将继续发挥类“平准基金”作用。<<沪深300>>ETF当日成交额创新高，{{华泰柏瑞基金|new:huatai-pinebridge}}和{{易方达|e-fund}}旗下产品最为活跃，{{华夏基金|china-amc}}紧随其后。',
  // 65 A pension fund and its holdings
  '{{全国社保基金|ssf}}二季度新进{{宁德时代|catl}}和{{美的集团|midea}}前十大流通股东，同时减持了{{海康威视|hikvision}}。三家公司均在<<深交所>>上市。',
  // 66 A football club named after its sponsor; a league
  '{{上海国际港务集团|new:sipg}}（{{上港集团|new:sipg}}）公布集装箱吞吐量创新高。{{上港|new:sipg}}冠名的<<上海海港>>足球俱乐部本赛季卫冕<<中超>>冠军，{{宁波舟山港|new:ningbo-zhoushan-port}}货物吞吐量则继续位居全球第一。',
  // 67 A club named after a former owner; a stadium
  '<<北京国安>>的名称来自其创始股东{{中信国安集团|new:citic-guoan}}，后者曾隶属{{中信集团|citic-group}}。<<北京国安>>的主场设在<<工人体育场>>，如今俱乐部的大股东是{{中赫集团|new:zhonghe}}。',
  // 68 A club named after a developer; a court; the developer’s units
  '<<广州恒大>>曾是<<中超>>最成功的球队，其母公司{{中国恒大|new:evergrande}}已被<<香港高等法院>>颁令清盘。{{恒大|new:evergrande}}清盘人正在出售{{恒大物业|new:evergrande-property}}等资产，{{恒大汽车|new:evergrande-auto}}也面临债务重组。',
  // 69 A venue named after a carmaker; a joint venture
  '{{梅赛德斯-奔驰|mercedes-benz}}在<<梅赛德斯-奔驰文化中心>>举办新车发布会，{{奔驰|mercedes-benz}}与{{北汽集团|baic-group}}的合资公司{{北京奔驰|new:beijing-benz}}将于明年投产多款电动车，{{宝马|bmw}}则在<<沈阳>>扩建电池工厂。',
  // 70 Regulators in a row; four short forms; an association that contains 中国银行
  '<<中国人民银行>>、<<国家金融监督管理总局>>和<<证监会>>联合召开新闻发布会。会后，{{工行|icbc}}、{{建行|china-construction-bank}}、{{农行|agricultural-bank-of-china}}和{{中行|bank-of-china}}等国有大行宣布下调存量房贷利率，<<中国银行业协会>>随后发布自律倡议。',
  // 71 香港港口交易：买方财团、运河两端的港口（地名）、监管部门、人名
  '{{长江和记实业|ck-hutchison}}（{{长和|ck-hutchison}}）2025年3月宣布，拟将港口业务以连债务约228亿美元出售给{{贝莱德|blackrock}}与{{地中海航运|new:msc}}旗下{{TiL|new:til}}组成的财团，资产包括<<巴拿马运河>>两端的<<巴尔博亚港>>和<<克里斯托瓦尔港>>。<<国家市场监督管理总局>>随后表示将依法审查，<<李嘉诚>>家族控制的{{长和|ck-hutchison}}称交易不涉及<<香港>>和<<内地>>港口。',
  // 72 难例（政治）：政府工作报告、部委与官员，没有公司
  '2025年<<政府工作报告>>提出，国内生产总值增长目标为5%左右，赤字率拟按4%左右安排。<<国务院>>总理<<李强>>在<<十四届全国人大三次会议>>上作报告，<<财政部>>部长<<蓝佛安>>、<<国家发展改革委>>主任<<郑栅洁>>、<<中国人民银行>>行长<<潘功胜>>和<<中国证监会>>主席<<吴清>>随后出席记者会。',
  // 73 难例（高校）：校名里的“科技”“技术”不是公司；校友创办的公司
  '<<中国科学技术大学>>、<<电子科技大学>>和<<南方科技大学>>近年扩大了人工智能专业招生。{{科大讯飞|iflytek}}由<<中国科学技术大学>>学生<<刘庆峰>>于1999年创办，<<香港科技大学>>教授<<李泽湘>>则参与孵化了{{大疆创新|dji}}。',
  // 74 以公司名开头的产品（车型）是否定样本
  '{{小米集团|xiaomi}}2024年交付<<小米SU7>>超过13万辆，2025年6月发布的<<小米YU7>>上市18小时锁单量超过24万台。{{赛力斯|seres}}与{{华为|huawei}}合作的<<问界M9>>在50万元以上车型中销量居前，{{理想汽车|li-auto}}则推出了纯电SUV<<理想i8>>。',
  // 75 香港地产商再融资；商场品牌；家族与控股股东
  '{{新世界发展|new:nwd}}2025年6月与多家银行签署约875亿港元的再融资协议，缓解了短期偿债压力。此前<<郑志刚>>卸任行政总裁，由<<黄少媚>>接任。{{新世界发展|new:nwd}}旗下<<K11 MUSEA>>等商场仍是其主要租金来源，控股股东为<<郑氏家族>>旗下的{{周大福企业|new:ctf-enterprises}}。',
  // 76 港媒繁体：私有化要约；以银行命名的指数（否定），指数公司本身是公司
  '{{滙豐控股|hsbc}}建議以每股155港元私有化{{恒生銀行|hang-seng-bank}}，涉及金額約1,060億港元。{{恒生銀行|hang-seng-bank}}股價當日急升約26%。<<恒生指數>>由{{恒生銀行|hang-seng-bank}}旗下的{{恒生指數有限公司|new:hsi-co}}編製，{{滙豐|hsbc}}行政總裁<<艾橋>>表示，私有化後該指數的編製不受影響。',
  // 77 北京国有地产商的全称与简称；国资委
  '{{北京首都开发股份有限公司|new:shoukai}}（{{首开股份|new:shoukai}}）是<<北京市国资委>>旗下的房地产开发企业，控股股东为{{北京首都开发控股（集团）有限公司|new:shoukai-group}}。同属<<北京市国资委>>的{{北京城建投资发展股份有限公司|new:bucid}}（{{城建发展|new:bucid}}）也在<<北京>>多个区县开发住宅项目。',
  // 78 矿企分拆上市；以公司名开头的山名（否定）
  '{{紫金矿业集团股份有限公司|new:zijin}}（{{紫金矿业|new:zijin}}）分拆的{{紫金黄金国际有限公司|new:zijin-gold}}于2025年9月在<<香港联交所>>上市，募资约287亿港元。{{紫金矿业|new:zijin}}起步于<<福建>><<上杭县>>的<<紫金山>>金铜矿，如今在<<塞尔维亚>>、<<刚果（金）>>等地拥有大型矿山。',
];
