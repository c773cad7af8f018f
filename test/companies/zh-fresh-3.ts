// Fresh Chinese evaluation items for company recognition (issue 16, session 17), written before any rule
// for them, in styles the earlier sets had little of: 体育产业, 消费品牌与零售, 汽车, 旅游, 地方报纸, 人物与讣告,
// 法院判决, 时政新闻中顺带提及的企业, 港股与台股（繁体）, 地方国企, 上市公司公告. Hard negatives beside them: 人名
// (among them founders whose name is in the company's), 地名 (among them places inside a company's name), 产品与
// 品牌, 球队与球场, 指数, 法院, 政府部门, 媒体. Written in our own words: events are from the public record or
// fictional (fictional companies, and real ones the data may not hold, carry "new:" keys). Price moves are
// illustrative.
// Batch A is items 1–30; batch B (from item 31) was committed and scored before any rule was written for it.
// Markup and conventions as in zh-fresh-2.ts: {{text|id}} a company mention (data id, or "new:<key>" with one
// key per company across the file), <<text>> a hard negative. A full name is one span and a 简称 after it its
// own mention; a company's name inside a team, product, station, index or mall name is part of that
// negative span.

export const ZH_FRESH_3: readonly string[] = [
  // 1 体育产业：运动品牌；球队、联赛、运动员
  '{{安踏体育用品有限公司|anta-sports-products}}（{{安踏体育|anta-sports-products}}）公布上半年收益增长一成半，旗下<<FILA>>品牌增速放缓。{{李宁|li-ning}}则表示将继续赞助<<中国奥委会>>。<<中国女排>>队长<<袁心玥>>出席了{{安踏|anta-sports-products}}在<<厦门>>举办的新品发布会。',
  // 2 体育产业（虚构）：冠名球队，球队是否定样本；俱乐部所在城市
  '<<青岛>>讯 {{青岛海牛食品有限公司|new:hainiu-food}}与<<青岛西海岸足球俱乐部>>签约，成为球队胸前广告赞助商，合同期三年。{{海牛食品|new:hainiu-food}}董事长<<王海涛>>表示，公司的<<海牛啤酒>>将在<<青岛市民健身中心>>体育场销售。<<中国足球协会>>已备案该合同。',
  // 3 消费品牌：白酒；产品、地名
  '{{宜宾五粮液股份有限公司|wuliangye-yibin}}（{{五粮液|wuliangye-yibin}}）宣布上调<<第八代五粮液>>出厂价，{{泸州老窖|luzhou-laojiao}}的<<国窖1573>>则维持价格不变。<<宜宾>>和<<泸州>>两地酒企的库存压力仍然较大，{{山西汾酒|shanxi-xinghuacun-fen-wine-factory}}表示今年将控制发货节奏。',
  // 4 零售：超市与便利店；商圈、监管部门
  '{{永辉超市股份有限公司|yonghui-superstores}}（{{永辉超市|yonghui-superstores}}）在<<郑州>>的首家调改门店开业，其调改模式学习了<<河南>>本地零售企业{{胖东来商贸集团有限公司|pangdonglai}}（{{胖东来|pangdonglai}}）。{{名创优品|miniso}}则计划入股{{永辉|yonghui-superstores}}。<<郑州市商务局>>称，<<二七商圈>>客流增长明显。',
  // 5 汽车：新能源车企；车型、城市
  '{{理想汽车|li-auto}}公布10月交付量超过5万辆，{{零跑汽车|leapmotor}}和{{小鹏汽车|xpeng}}的交付量也创下新高。{{理想|li-auto}}表示，<<理想L6>>是最畅销的车型。{{蔚来|nio}}在<<合肥>>的第二工厂已开始生产<<乐道L60>>。',
  // 6 汽车：合资车企全称与简称；车型、省份
  '{{上汽通用汽车有限公司|new:saic-gm}}（{{上汽通用|new:saic-gm}}）宣布对旗下多个品牌进行重组，<<别克GL8>>将继续在<<上海金桥>>工厂生产。{{上海汽车集团股份有限公司|saic-motor}}（{{上汽集团|saic-motor}}）表示，将与{{通用汽车|general-motors}}共同投资新能源车型。',
  // 7 旅游：景区、酒店集团；景区名为否定样本
  '国庆假期，{{华住集团|h-world-group}}旗下酒店入住率超过九成，{{锦江酒店|sse-600754}}的平均房价同比下降。<<黄山风景区>>接待游客创新高，{{黄山旅游发展股份有限公司|huangshan-tourism-development}}（{{黄山旅游|huangshan-tourism-development}}）称索道收入增长两成。<<文化和旅游部>>数据显示，全国出游人次超过7亿。',
  // 8 旅游：航司与在线旅游平台；机场、城市
  '{{携程集团|trip-com}}数据显示，今年暑期出境游订单同比增长，前往<<东京>>和<<曼谷>>的机票最受欢迎。{{海南航空控股股份有限公司|hainan-airlines}}（{{海航控股|hainan-airlines}}）新开<<海口美兰国际机场>>至<<布鲁塞尔>>的航线。{{同程旅行|tongcheng-travel}}称，县城居民的出游需求增长最快。',
  // 9 地方报纸（虚构）：县域企业；镇名、县政府
  '<<诸暨>>讯 位于<<大唐街道>>的{{诸暨华美袜业有限公司|new:huamei-socks}}新建的智能车间投产，年产袜子1.2亿双。{{华美袜业|new:huamei-socks}}负责人<<何伟明>>说，产品主要出口<<欧洲>>。<<诸暨市人民政府>>表示，全市袜业产值今年有望突破千亿元。',
  // 10 地方报纸（虚构）：农业龙头企业；乡镇、农业农村局
  '<<寿光>>讯 {{寿光绿港蔬菜科技有限公司|new:lvgang-veg}}与{{北京新发地农副产品批发市场中心|new:xinfadi}}签署供货协议，每天向<<北京>>供应蔬菜200吨。{{绿港蔬菜|new:lvgang-veg}}在<<洛城街道>>建有智能温室。<<寿光市农业农村局>>表示，将支持企业扩大种植面积。',
  // 11 人物：企业家，人名与公司；学校
  '<<曹德旺>>创办的{{福耀玻璃工业集团股份有限公司|fuyao-glass-industry-group}}（{{福耀玻璃|fuyao-glass-industry-group}}）在<<美国>>俄亥俄州的工厂已连续三年盈利。<<曹德旺>>捐资筹建的<<福耀科技大学>>今年首次招生。{{福耀|fuyao-glass-industry-group}}的汽车玻璃客户包括{{大众汽车|volkswagen}}和{{丰田|toyota}}。',
  // 12 讣告（虚构）：企业创始人去世；家族成员、城市
  '{{温州正达电器股份有限公司|new:zhengda-electric}}创始人<<林正达>>先生于本月3日在<<温州>>病逝，享年86岁。<<林正达>>1984年以3000元起家，创办{{正达电器|new:zhengda-electric}}，现由其子<<林建国>>担任董事长。公司产品曾供应{{国家电网|state-grid}}。',
  // 13 法院判决：商标纠纷；法院、产品
  '<<上海市高级人民法院>>二审判决，{{上海家化联合股份有限公司|shanghai-jahwa-united}}（{{上海家化|shanghai-jahwa-united}}）胜诉，某电商店铺因销售仿冒<<六神花露水>>须赔偿200万元。{{上海家化|shanghai-jahwa-united}}表示，将继续打击侵犯<<佰草集>>等品牌商标的行为。',
  // 14 法院判决：破产重整；法院、人名
  '<<广州市中级人民法院>>裁定受理{{恒大地产集团有限公司|new:hengda-real-estate}}破产重整申请。{{中国恒大集团|china-evergrande-group}}此前已被<<香港高等法院>>颁令清盘，清盘人来自{{安迈顾问有限公司|new:alvarez-marsal-hk}}。<<许家印>>已被采取强制措施。',
  // 15 时政新闻：企业顺带提及；部委、会议、领导人
  '<<国务院>>总理<<李强>>在<<天津>>出席夏季达沃斯论坛时表示，中国将进一步扩大开放。论坛期间，{{中国石油天然气集团有限公司|china-national-petroleum-corporation}}、{{国家电网|state-grid}}与多家外资企业签约。<<商务部>>称，{{特斯拉|tesla}}的<<上海>>储能超级工厂已开工。',
  // 16 港股（繁体）：收市報道，多隻股票；指數
  '港股周五收市，<<恆生指數>>跌0.8%。{{友邦保險|aia}}跌2%，{{滙豐控股|hsbc}}微升，{{香港交易所|hkex}}因成交額回落而下跌。{{李寧|li-ning}}與{{安踏體育|anta-sports-products}}受消費數據拖累，{{京東集團|jd-com}}則逆市上升。',
  // 17 港股（繁体）：地產公司公告；屋苑、地區
  '{{長實集團|ck-asset}}公布，旗下位於<<啟德>>的新盤首輪推售全部售罄，套現約30億港元。{{新世界發展有限公司|new-world-development}}（{{新世界|new-world-development}}）則出售<<尖沙咀>>一幢商廈。<<差餉物業估價署>>數據顯示，私宅樓價連跌三個月。',
  // 18 台股（繁体）：電子股；指數、園區
  '台股周三收高，<<加權指數>>漲1.5%。{{鴻海精密工業股份有限公司|foxconn}}（{{鴻海|foxconn}}）與{{廣達電腦|quanta-computer}}受惠人工智慧伺服器訂單上漲，{{台積電|tsmc}}則小跌。{{緯創|wistron}}表示，<<新竹科學園區>>新廠將於明年投產。',
  // 19 台股（繁体）：食品與零售；法人機構
  '{{統一企業股份有限公司|uni-president-enterprises}}（{{統一企業|uni-president-enterprises}}）公布前三季獲利創新高，旗下{{統一超商|president-chain-store}}經營<<7-ELEVEN>>門市逾七千家。<<行政院>>主計總處數據顯示，零售業營業額年增4%，{{全聯實業|new:pxmart}}則擴大在<<台中>>的物流中心。',
  // 20 地方国企：国资整合；国资委、区名
  '<<成都>>讯 {{成都交子金融控股集团有限公司|new:jiaozi-financial}}（{{交子金控|new:jiaozi-financial}}）完成对{{成都银行|sse-601838}}的增持，持股比例升至20%。<<成都市国资委>>表示，{{交子金控|new:jiaozi-financial}}将整合市属金融资产，服务<<天府新区>>建设。',
  // 21 地方国企（虚构）：城投转型；省份、区县
  '{{湖州市产业投资发展集团有限公司|new:huzhou-chanye}}（以下简称“{{湖州产投|new:huzhou-chanye}}”）获得AA+主体信用评级，拟发行15亿元中期票据。{{湖州产投|new:huzhou-chanye}}由<<湖州市人民政府>>全资持有，主要投资<<南太湖新区>>的新能源项目，其投资的{{天能控股集团有限公司|new:tianneng}}为当地龙头企业。',
  // 22 上市公司公告：回购；交易所、人名
  '{{海尔智家股份有限公司|haier}}公告，拟以不超过30亿元回购公司A股股份，回购价格不超过35元/股。{{海尔智家|haier}}董事长<<李华刚>>表示，回购股份将用于员工持股计划。公司股票在<<上海证券交易所>>和<<香港联合交易所>>上市。',
  // 23 上市公司公告：重大合同；客户、项目所在地
  '{{中国电建|sse-601669}}公告，公司与{{沙特国际电力和水务公司|new:acwa-power}}签署光伏项目总承包合同，合同金额约15亿美元，项目位于<<沙特阿拉伯>><<麦加省>>。{{中国电力建设股份有限公司|sse-601669}}称，该合同约占公司上年营业收入的1.7%。',
  // 24 上市公司公告（虚构）：股东减持；以人名开头的公司，人名是否定样本
  '{{浙江永强集团股份有限公司|yotrio-group}}公告，持股5%以上股东<<谢建平>>拟减持不超过1%的股份。{{永强集团|yotrio-group}}主营户外家具，生产基地位于<<台州>>。同日，{{台州市金鑫投资有限公司|new:jinxin-invest}}公告称已完成减持计划。',
  // 25 消费品牌：茶饮；产品、商场
  '{{蜜雪冰城股份有限公司|mixue}}（{{蜜雪冰城|mixue}}）在港上市首日大涨，其<<冰鲜柠檬水>>年销量超过10亿杯。{{霸王茶姬|chagee}}则在<<纳斯达克>>上市。{{古茗|guming}}和{{茶百道|new:chabaidao}}表示，将在<<华东>>加密门店。',
  // 26 消费品牌：化妆品；品牌是否定样本、城市
  '{{珀莱雅化妆品股份有限公司|proya-cosmetics}}（{{珀莱雅|proya-cosmetics}}）上半年营收增长三成，旗下<<彩棠>>品牌增长最快。{{上海上美化妆品股份有限公司|new:chicmax}}的<<韩束>>在抖音销售领先，{{巨子生物|new:giant-biogene}}的<<可复美>>则受到监管关注。',
  // 27 汽车：零部件；工厂、省份、人名
  '{{宁波拓普集团股份有限公司|ningbo-tuopu-group}}（{{拓普集团|ningbo-tuopu-group}}）宣布在<<墨西哥>>建设第二座工厂，主要为{{特斯拉|tesla}}供应底盘零部件。{{拓普|ningbo-tuopu-group}}董事长<<邬建树>>说，<<宁波>>杭州湾新区的工厂已满负荷运转。',
  // 28 旅游：主题乐园；乐园名为否定样本
  '<<上海迪士尼乐园>>宣布将新建以<<疯狂动物城>>为主题的园区扩建项目，由{{上海申迪集团|new:shendi}}与{{华特迪士尼公司|walt-disney}}共同投资。<<北京环球度假区>>同期客流增长，{{北京首都旅游集团有限责任公司|new:btg}}（{{首旅集团|new:btg}}）是其中方股东之一。',
  // 29 时政新闻：地方两会上点名企业；人大、政府
  '<<安徽省>>政府工作报告提出，将支持{{蔚来|nio}}、{{比亚迪|byd}}和{{江淮汽车|jac-group}}在<<合肥>>扩大产能。<<安徽省人民代表大会>>代表建议，{{奇瑞汽车股份有限公司|chery}}应加快在<<芜湖>>的研发中心建设。<<省发展改革委>>表示将出台配套政策。',
  // 30 港股（繁体）：內銀與保險公司；監管機構
  '{{中國平安保險(集團)股份有限公司|ping-an}}（{{中國平安|ping-an}}）公布第三季純利大增，{{友邦|aia}}則宣佈新一輪回購。<<香港保險業監管局>>表示，內地訪客購買香港保單的保費回落。{{中國人壽|china-life}}與{{中國太保|cpic}}股價亦隨之上升。',
];
