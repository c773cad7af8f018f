// Fresh Simplified Chinese evaluation items for company recognition (issue 16, session 15), written
// before any rule for them: 财经快讯, 公告摘要, 地方新闻, 产业报道 and 港股/台股 news, with banks, brokers,
// insurers, developers, manufacturers, local state-owned firms and many companies the bundled data does
// not hold; hard negatives beside them: 政府部门, 地名, 学校, 医院, 产品, 球队 and 人名. Written in our
// own words: events are from the public record or fictional (fictional companies carry "new:" keys).
// Batch A is the first half (items 1–22), batch B the second (from item 23): batch B was committed and
// scored before any rule was written for it.
// Markup and conventions as in zh-business.ts and zh-news-items.ts: {{text|id}} a company mention (data
// id, or "new:<key>" with one key per company across the file), <<text>> a hard negative. A full name
// is one span and a 简称 after it its own mention; a Hong Kong stock name keeps its -W suffix; a
// company's name inside a club, product, hospital or school name is part of that negative span.

export const ZH_FRESH: readonly string[] = [
  // 1 财经快讯：券商合并、更名；监管与国资委
  '【券商合并落地】{{国泰君安证券股份有限公司|guotai-haitong}}公告，<<中国证监会>>已核准其换股吸收合并{{海通证券股份有限公司|haitong-securities}}。合并完成后，{{国泰君安|guotai-haitong}}更名为{{国泰海通证券股份有限公司|guotai-haitong}}，证券简称变更为“{{国泰海通|guotai-haitong}}”。<<上海市国资委>>表示，合并后的公司将成为资产规模最大的券商之一。',
  // 2 公告摘要：房企与地方地铁集团；人名、国资委
  '{{万科企业股份有限公司|china-vanke}}（以下简称“{{万科|china-vanke}}”）公告，第一大股东{{深圳市地铁集团有限公司|new:shenzhen-metro}}（{{深铁集团|new:shenzhen-metro}}）同意向公司提供股东借款，用于偿还公开市场债券本息。<<郁亮>>已辞去董事会主席职务，由{{深铁集团|new:shenzhen-metro}}董事长<<辛杰>>接任。<<深圳市国资委>>表示将支持{{万科|china-vanke}}稳健经营。',
  // 3 地方新闻：虚构化工企业全称与简称；医院、区名、政府部门
  '<<青岛>>讯 位于<<黄岛区>>的{{青岛蓝港精细化工有限公司|new:langang}}新建的年产5万吨环氧树脂装置近日投产。{{蓝港化工|new:langang}}负责人介绍，产品主要供应{{海尔集团|haier}}等家电企业。<<青岛市应急管理局>>已完成安全验收；此前一名工人受伤后被送往<<青岛大学附属医院>>救治。',
  // 4 产业报道：光伏企业；产品、行业协会、人名
  '光伏行业仍处于深度调整期。{{隆基绿能科技股份有限公司|longi}}（{{隆基绿能|longi}}）前三季度出现亏损，但其<<Hi-MO 9>>组件出货量快速增长；{{通威股份|tongwei}}、{{TCL中环|tianjin-zhonghuan-semiconductor}}和{{晶科能源|jinkosolar}}同样承压。<<中国光伏行业协会>>呼吁企业控制新增产能，{{隆基|longi}}总裁<<钟宝申>>表示，行业出清可能还要一到两年。',
  // 5 港股新闻：保险、银行回购；指数与交易所是否定样本
  '港股周二小幅收高，<<恒生指数>>涨0.6%。{{友邦保险|aia}}宣布新一轮股份回购，股价涨3%；{{汇丰控股|hsbc}}亦在<<港交所>>持续回购。{{中国平安|ping-an}}和{{中国人寿|china-life}}跟涨，{{恒生银行|hang-seng-bank}}则因<<香港>>商业地产贷款拨备增加而下跌。',
  // 6 台股新闻：半导体与代工；园区、指数、人名
  '台股加权指数周四收涨。{{台积电|tsmc}}董事长<<魏哲家>>在法说会上表示，人工智能芯片需求强劲，<<新竹科学园区>>和<<台南>>的先进制程产能持续满载。{{鸿海精密工业股份有限公司|foxconn}}（{{鸿海|foxconn}}）、{{广达电脑|quanta-computer}}和{{纬创资通|wistron}}等AI服务器代工厂股价齐涨，{{联发科|mediatek}}则微跌。',
  // 7 保险：险企全称与简称；监管、产品
  '{{中国太平洋保险（集团）股份有限公司|cpic}}发布前三季度业绩，{{太保|cpic}}寿险新业务价值同比增长。{{中国人民保险集团|picc}}旗下{{人保财险|picc-property-and-casualty}}车险保费增长放缓。互联网险企{{众安在线财产保险股份有限公司|zhongan}}（{{众安保险|zhongan}}）称，其参与承保的城市定制型商业医疗保险<<惠民保>>参保人数上升。<<国家金融监督管理总局>>要求险企加强资产负债管理。',
  // 8 农商行：全称、简称；地名、央行分行
  '{{重庆农村商业银行股份有限公司|sse-601077}}（{{渝农商行|sse-601077}}）公告，拟发行不超过100亿元二级资本债券。同日{{广州农村商业银行|new:grcb}}和{{上海农村商业银行|new:srcb}}也披露了发债计划。<<中国人民银行重庆市分行>>数据显示，<<重庆>>辖内涉农贷款余额持续增长，{{渝农商行|sse-601077}}县域网点占比超过六成。',
  // 9 地方国企（虚构）：城投集团全称与简称；国资委、开发区
  '<<宜昌>>讯 {{宜昌城发投资控股集团有限公司|new:yc-chengfa}}与{{湖北宜化集团|hubei-yihua-chemical-industry}}签署协议，共同投资建设磷化工新材料产业园。{{宜昌城发|new:yc-chengfa}}将以现金出资30亿元，持股51%。<<宜昌市国资委>>和<<猇亭区人民政府>>负责人出席签约仪式，园区选址于<<宜昌高新区>>。',
  // 10 球队：中超俱乐部是否定样本，其背后的公司是公司
  '中超联赛新赛季开幕在即。<<山东泰山>>队此前由{{鲁能集团|new:luneng}}控股多年，<<上海申花>>的大股东曾是{{绿地控股集团|greenland}}，而<<上海海港>>队背后是{{上海国际港务（集团）股份有限公司|sse-600018}}（{{上港集团|sse-600018}}）。<<中国足球协会>>要求各俱乐部在赛季开始前完成欠薪清理。',
  // 11 产品：汽车型号、手机是否定样本
  '{{赛力斯集团股份有限公司|seres}}公布，<<问界M9>>上市以来累计交付突破15万辆。{{赛力斯|seres}}与{{华为|huawei}}合作的新车型还将在<<重庆>>两江工厂生产。同期{{小米集团|xiaomi}}的<<小米SU7>>交付量继续攀升，{{理想汽车|li-auto}}和{{蔚来|nio}}则加快推出增程和换电新车。',
  // 12 人名：企业家与其公司
  '<<王传福>>在股东大会上表示，{{比亚迪股份有限公司|byd}}今年海外销量有望翻倍，{{比亚迪|byd}}正在<<匈牙利>>和<<土耳其>>建设工厂。{{宁德时代|catl}}董事长<<曾毓群>>同日在<<宁德>>表示，电池出口面临更多贸易壁垒。{{福耀玻璃工业集团股份有限公司|fuyao-glass-industry-group}}创始人<<曹德旺>>则称，{{福耀|fuyao-glass-industry-group}}美国工厂已实现盈利。',
  // 13 学校：高校是否定样本，校办企业与其重整投资人是公司；法院
  '<<清华大学>>旗下的{{紫光集团有限公司|tsinghua-unigroup}}（{{紫光集团|tsinghua-unigroup}}）于2022年完成破产重整，由{{智路资本|new:wise-road}}和{{建广资产|new:jac-capital}}组成的联合体接手。<<北京市第一中级人民法院>>裁定重整计划执行完毕。{{紫光股份|unisplendour}}和{{紫光国微|unigroup-guoxin-microelectronics}}的控股股东随之变更，{{清华控股|new:tsinghua-holdings}}不再持有集团股份。',
  // 14 医院与药企：医院、药监局、城市是否定样本
  '{{江苏恒瑞医药股份有限公司|hengrui}}在<<香港>>上市，成为又一家“A+H”药企。{{恒瑞医药|hengrui}}表示，募集资金将用于创新药研发和海外临床试验，其新药已在<<北京协和医院>>等机构开展临床研究。{{百济神州|beone-medicines}}和{{信达生物|innovent}}此前已在港股上市。<<国家药品监督管理局>>今年批准的一类新药数量创新高，<<连云港>>的生产基地将扩产。',
  // 15 房地产：清盘呈请；法院、城市、人名
  '{{碧桂园控股有限公司|country-garden}}（{{碧桂园|country-garden}}）公告，一家债权人向<<香港高等法院>>提交的清盘呈请聆讯再度押后。{{碧桂园|country-garden}}董事会主席<<杨惠妍>>表示，公司正推进境外债务重组，<<佛山>>总部经营正常。{{融创中国|sunac-china}}和{{世茂集团|shimao-group}}已先后完成或推进境外债务重组，{{龙湖集团|longfor-group}}则按时偿还了到期债券。',
  // 16 券商半年报：简称并列
  '上市券商半年报披露完毕。{{中信证券|citic-securities}}净利润继续居首，{{华泰证券|huatai-securities}}、{{中国银河证券|china-galaxy-securities}}和{{招商证券|china-merchants-securities}}紧随其后。{{中信建投|csc-financial}}投行业务收入下滑，{{东方财富|east-money}}旗下券商经纪业务受益于交易活跃。<<中国证券业协会>>数据显示，行业整体净利润同比下降。',
  // 17 地方新闻（虚构）：新材料企业；管委会、高校
  '<<芜湖>>讯 {{安徽皖江新材料科技有限公司|new:wanjiang-xc}}年产2万吨碳纤维复合材料项目在<<芜湖经济技术开发区>>开工。{{皖江新材|new:wanjiang-xc}}董事长<<陈立新>>介绍，产品将供应{{奇瑞汽车|chery}}和{{蔚来|nio}}等整车企业。<<安徽工程大学>>将与公司共建联合实验室。',
  // 18 汽车：车企全称与简称；城市、人名
  '{{奇瑞汽车股份有限公司|chery}}公布，去年集团汽车销量超过260万辆，出口继续位居国内车企首位。{{奇瑞|chery}}总部所在地<<芜湖>>已形成完整的汽车产业链。{{长城汽车|great-wall-motor}}董事长<<魏建军>>在<<保定>>表示，{{长城|great-wall-motor}}将加快海外建厂；{{吉利汽车|geely}}则宣布私有化{{极氪|zeekr}}。',
  // 19 公告摘要：白酒回购；地方国资、产品
  '{{贵州茅台酒股份有限公司|kweichow-moutai}}公告，拟以自有资金30亿元至60亿元回购公司股份并注销。{{贵州茅台|kweichow-moutai}}表示，<<飞天茅台>>批价近期有所回落。{{五粮液|wuliangye-yibin}}和{{泸州老窖|luzhou-laojiao}}此前也公布了分红方案，<<宜宾市国资委>>称将支持{{五粮液|wuliangye-yibin}}提高分红比例。',
  // 20 钢铁：央企集团全称与简称，城市名是否定样本
  '{{中国宝武钢铁集团有限公司|china-baowu}}（{{中国宝武|china-baowu}}）发布年度社会责任报告。旗下{{宝山钢铁股份有限公司|baoshan-iron-and-steel}}（{{宝钢股份|baoshan-iron-and-steel}}）吨钢利润保持行业领先，{{马鞍山钢铁股份有限公司|new:masteel}}（{{马钢|new:masteel}}）则继续亏损。<<马鞍山>>和<<太原>>的钢厂都在推进超低排放改造，{{太钢不锈|shanxi-taigang-stainless-steel}}称已完成主要工序改造。',
  // 21 港股新闻：科技股回购；-W 名称、指数
  '<<恒生科技指数>>周一收跌1.2%。{{腾讯控股|tencent}}当日斥资10亿港元回购股份，{{美团-W|meituan}}和{{小米集团-W|xiaomi}}跌幅居前，{{阿里巴巴-W|alibaba-group}}则小幅上涨。分析师称，{{腾讯|tencent}}全年回购金额有望超过1000亿港元。',
  // 22 地方新闻（虚构）：鞋企；医院、区名、政府部门、人名
  '<<温州>>讯 {{温州瓯江鞋业有限公司|new:oujiang-shoes}}新建的智能化生产线在<<鹿城区>>投产，{{瓯江鞋业|new:oujiang-shoes}}总经理<<林国强>>说，订单主要来自<<中东>>和<<东南亚>>。<<温州市市场监督管理局>>当天为企业颁发了新版营业执照，<<温州医科大学附属第一医院>>的医护人员为员工进行了职业健康体检。',
  // 23 财经快讯：保险集团与其子公司；城市、人名
  '{{中国平安保险（集团）股份有限公司|ping-an}}旗下{{平安银行|ping-an-bank}}公布半年报，零售贷款规模收缩。{{中国平安|ping-an}}另一家子公司{{陆金所控股|lufax}}（{{陆控|lufax}}）在<<纽约>>和<<香港>>两地上市，{{平安好医生|ping-an-healthcare}}则更名为{{平安健康|ping-an-healthcare}}。<<马明哲>>此前表示，集团总部将继续留在<<深圳>>。',
  // 24 公告摘要（虚构）：证券简称、控股股东；证监局与区名
  '{{浙江华海精工机械股份有限公司|new:huahai-jg}}（证券简称：{{华海精工|new:huahai-jg}}）公告，控股股东{{台州华海投资有限公司|new:taizhou-huahai}}拟通过大宗交易减持不超过2%的公司股份。{{华海精工|new:huahai-jg}}注册地位于<<台州市椒江区>>，本次减持计划已按规定向<<浙江证监局>>报备。',
  // 25 地方新闻（虚构）：电子企业全称、简称；医院、园区、人名
  '<<东莞>>讯 {{东莞市长盛电子科技有限公司|new:changsheng-dz}}在<<松山湖>>的新厂房近日投产，主要为{{vivo|vivo}}和{{OPPO|oppo}}等手机品牌生产连接器。{{长盛电子|new:changsheng-dz}}总经理<<何志强>>说，公司员工已超过2000人，与<<东莞市人民医院>>签订了员工健康服务协议。',
  // 26 产业报道：锂电企业；期货品种、交易所是否定样本，地名
  '碳酸锂价格持续低迷，{{天齐锂业|tianqi-lithium}}和{{赣锋锂业|ganfeng-lithium}}上半年均出现亏损，{{雅化集团|sichuan-yahua-industrial-group}}则收缩了锂盐产能。<<广州期货交易所>>的<<碳酸锂期货>>主力合约跌破每吨7万元。<<江西>><<宜春>>的多家锂云母矿山已经停产，{{宁德时代|catl}}在当地的项目也有所调整。',
  // 27 港股新闻：内房股简称；指数与地名
  '内房股周三走强，{{华润置地|china-resources-land}}涨4%，{{中国海外发展|china-overseas-land-and-investment}}（{{中海外|china-overseas-land-and-investment}}）涨3%，{{越秀地产|new:yuexiu-property}}和{{龙湖集团|longfor-group}}跟涨。{{华润万象生活|china-resources-mixc-lifestyle-services}}公布上半年物业管理收入增长。<<恒生地产分类指数>>升2%，市场关注<<深圳>>和<<广州>>放宽限购的效果。',
  // 28 台股新闻（简体）：金控与晶圆代工；台湾的中信金控与大陆的中信集团不同；监管机构、城市
  '台湾金控股上半年获利大增。{{国泰金控|cathay-financial}}旗下{{国泰人寿|new:cathay-life}}受惠于投资收益，{{富邦金控|fubon-financial}}获利居首，{{中信金控|new:ctbc-fhc}}则受益于银行利差。<<金管会>>表示将关注寿险业汇率风险。晶圆代工厂{{联电|new:umc}}和封测厂{{日月光投控|ase-technology}}在<<高雄>>的新厂按计划推进。',
  // 29 信托与集团：破产清算；法院、城市
  '{{中融国际信托有限公司|new:zhongrong}}（{{中融信托|new:zhongrong}}）的多款信托产品逾期后，其关联方{{中植企业集团有限公司|new:zhongzhi}}（{{中植集团|new:zhongzhi}}）被<<北京市第一中级人民法院>>裁定破产清算。总部位于<<哈尔滨>>的{{中融信托|new:zhongrong}}已由{{建信信托|new:ccb-trust}}和{{中信信托|new:citic-trust}}提供托管服务。',
  // 30 地方银行合并：省级新银行；地名、政府部门
  '近年来多地推进城商行合并重组。{{辽沈银行|new:liaoshen-bank}}由<<辽宁>>省内12家城商行合并而来，{{山西银行|new:shanxi-bank}}和{{四川银行|new:sichuan-bank}}也以类似方式组建。<<国家金融监督管理总局>>有关负责人表示，中小银行改革化险将继续推进，<<辽宁省财政厅>>为{{辽沈银行|new:liaoshen-bank}}注入了专项债资金。',
  // 31 券商并购与更名；国资委、城市
  '{{国联证券股份有限公司|guolian-securities}}完成对{{民生证券|new:minsheng-securities}}的收购后，更名为{{国联民生证券股份有限公司|guolian-securities}}，简称“{{国联民生|guolian-securities}}”。<<无锡市国资委>>是其实际控制人。同期{{西部证券|szse-002673}}也在推进收购{{国融证券|new:guorong}}控股权，已获<<陕西>>国资部门批准。',
  // 32 球队：篮球俱乐部以企业冠名，是否定样本；钢铁集团是公司
  'CBA新赛季，<<辽宁本钢>>卫冕冠军的前景受到关注，<<广东宏远>>和<<浙江稠州金租>>实力依然强劲。<<辽宁本钢>>俱乐部的赞助方{{本钢集团有限公司|new:bengang}}在2021年由{{鞍钢集团|ansteel-group}}重组，{{本钢|new:bengang}}目前是{{鞍钢|ansteel-group}}的控股子公司。',
  // 33 产品：手机型号是否定样本
  '第三季度国内手机市场，{{华为|huawei}}凭借<<Mate 70>>系列回到出货量前列，{{苹果公司|apple}}的<<iPhone 16>>销量同比下滑。{{荣耀终端有限公司|honor-device}}（{{荣耀|honor-device}}）推出<<Magic7>>，{{小米集团|xiaomi}}和{{vivo|vivo}}则以中端机型为主。',
  // 34 人名：企业家、继承人；公司全称与简称
  '{{杭州娃哈哈集团有限公司|hangzhou-wahaha-group}}（{{娃哈哈|hangzhou-wahaha-group}}）创始人<<宗庆后>>去世后，其女<<宗馥莉>>接任董事长。{{娃哈哈|hangzhou-wahaha-group}}的主要竞争对手{{农夫山泉股份有限公司|nongfu-spring}}创始人<<钟睒睒>>则多次登上中国首富位置。<<杭州市上城区>>国资持有{{娃哈哈|hangzhou-wahaha-group}}部分股权。',
  // 35 医院与药企：医院、高校是否定样本
  '{{四川科伦药业股份有限公司|sichuan-kelun-pharmaceutical}}（{{科伦药业|sichuan-kelun-pharmaceutical}}）分拆的{{科伦博泰|new:kelun-biotech}}在<<香港>>上市后股价大涨，其抗体偶联药物在<<四川大学华西医院>>等中心完成临床试验。{{科伦博泰|new:kelun-biotech}}与{{默沙东|merck-and-co}}达成了授权合作。<<四川大学>>也参与了相关研究。',
  // 36 地方国企：厦门三大国企；国资委与高校
  '<<厦门>>的三家市属国企{{厦门建发集团有限公司|new:cndg}}、{{厦门国贸控股集团有限公司|new:itg-holding}}和{{厦门象屿集团有限公司|new:xiangyu}}均进入世界500强。{{建发股份|xiamen-c-and-d}}旗下{{建发房产|new:cndg-property}}今年拿地金额居前，{{象屿股份|new:xiangyu-shares}}大宗商品供应链业务增长。<<厦门市国资委>>与<<厦门大学>>签署了人才合作协议。',
  // 37 港股新闻：带后缀的股票名称；指数
  '港股科技股周四普跌，<<恒生科技指数>>跌2.3%。{{快手-W|kuaishou}}跌5%，{{京东集团-SW|jd-com}}和{{百度集团-SW|baidu}}跌3%，{{网易-S|netease}}逆市上涨。{{快手|kuaishou}}表示，其视频生成模型<<可灵>>的商业化收入增长较快。',
  // 38 公告摘要（虚构）：置业公司破产重整；法院、母公司
  '{{南通中瑞置业有限公司|new:zhongrui}}日前被债权人申请破产重整，<<南通市中级人民法院>>已受理。{{中瑞置业|new:zhongrui}}开发的楼盘停工已逾一年，其母公司{{江苏中瑞控股集团有限公司|new:zhongrui-holding}}表示正在引入战略投资者，并称{{中瑞控股|new:zhongrui-holding}}将优先保障交房。',
  // 39 产业报道：半导体存储与代工；高新区、城市
  '国产存储芯片加速扩产。{{长江存储科技有限责任公司|ymtc}}（{{长江存储|ymtc}}）在<<武汉东湖高新区>>的二期项目进展顺利，{{长鑫存储|cxmt}}则在<<合肥>>扩建DRAM产线。晶圆代工方面，{{中芯国际|smic}}和{{华虹半导体|hua-hong}}（{{华虹|hua-hong}}）的产能利用率回升。',
  // 40 财经快讯：外资投行观点；统计局、央行
  '<<国家统计局>>公布的数据显示，10月社会消费品零售总额同比增长。{{中金公司|cicc}}研报认为，消费回暖仍需政策支持；{{高盛|goldman-sachs}}和{{摩根士丹利|morgan-stanley}}则上调了中国经济增长预测。<<中国人民银行>>表示将保持流动性合理充裕。',
  // 41 地方新闻（虚构）：印染企业，名称带区名；市场与高校是否定样本
  '<<绍兴>>讯 {{绍兴柯桥恒美印染有限公司|new:hengmei}}完成节能改造，{{恒美印染|new:hengmei}}每年可减少用水30万吨。企业产品主要通过<<中国轻纺城>>销往海外，<<柯桥区>>经信局负责人表示，<<绍兴文理学院>>为改造提供了技术支持。',
  // 42 台股新闻（简体）：塑化与航运；港口与交易所
  '台湾航运股周二大涨。{{长荣海运|evergreen-marine}}涨停，{{阳明海运|yang-ming-marine-transport}}和{{万海航运|wan-hai-lines}}涨逾6%，塑化股{{台塑|new:formosa-plastics}}则下跌。<<台湾证券交易所>>数据显示，外资连续三日买超航运股，<<高雄港>>货柜吞吐量回升。',
  // 43 硬否定：部委、地区与规划；一家央企
  '<<国家发展改革委>>、<<工业和信息化部>>和<<商务部>>联合发布通知，支持<<雄安新区>>和<<粤港澳大湾区>>建设数据中心集群。<<海关总署>>表示将简化设备进口手续。{{国家电网有限公司|state-grid}}将为相关项目配套建设输电线路。',
  // 44 招商系：同一字号的多家公司；“招商”作普通词
  '{{招商银行|china-merchants-bank}}旗下{{招银理财|new:cmb-wealth}}管理规模突破2万亿元，{{招商基金|new:cmf}}的债券基金规模也在增长。两家公司的实际控制人均为{{招商局集团|china-merchants-group}}。多地政府近期加大<<招商>>引资力度，争取{{招商局|china-merchants-group}}的港口和物流项目落地。',
];
