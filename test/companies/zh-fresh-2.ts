// Fresh Chinese evaluation items for company recognition (issue 16, session 16), written before any rule
// for them: 财经快讯, 公告摘要, 地方新闻, 产业报道, 港股 and 台股 news (some in traditional characters), with
// banks and their everyday short forms, brokers, insurers, fund managers, developers, manufacturers,
// local state-owned firms (城投, 国资) and companies the bundled data does not hold; hard negatives beside
// them: 政府部门, 地名 (among them places inside a company's name), 学校, 医院, 产品, 球队 named after
// sponsors, 人名 and 地铁站. Written in our own words: events are from the public record or fictional
// (fictional companies, and real ones the data may not hold, carry "new:" keys). Price moves are
// illustrative.
// Batch A is the first half (items 1–26), batch B the second (from item 27): batch B was committed and
// scored before any rule was written for it.
// Markup and conventions as in zh-fresh.ts: {{text|id}} a company mention (data id, or "new:<key>" with
// one key per company across the file), <<text>> a hard negative. A full name is one span and a 简称
// after it its own mention; a company's name inside a team, product, station or mall name is part of
// that negative span.

export const ZH_FRESH_2: readonly string[] = [
  // 1 财经快讯：银行业绩，全称后跟日常简称；央行、城市
  '【银行年报】{{招商银行|china-merchants-bank}}公布全年业绩，净利润同比微增，{{招行|china-merchants-bank}}零售客户总资产突破14万亿元。{{中国建设银行|china-construction-bank}}（{{建行|china-construction-bank}}）和{{中国工商银行|icbc}}（{{工行|icbc}}）净息差继续收窄。<<中国人民银行>>年内两次下调存款准备金率，<<深圳>>和<<北京>>的房贷利率已降至历史低位。',
  // 2 公告摘要（虚构城投）：全称、以下简称；交易所、国资委、区名
  '{{绍兴市城市建设投资集团有限公司|new:sx-chengtou}}（以下简称“{{绍兴城投|new:sx-chengtou}}”）公告，拟在<<上海证券交易所>>发行不超过20亿元公司债券，募集资金用于偿还到期债务。{{绍兴城投|new:sx-chengtou}}实际控制人为<<绍兴市国资委>>，主要承担<<越城区>>和<<柯桥区>>的基础设施建设。评级机构{{中诚信国际信用评级有限责任公司|china-chengxin-international-credit-rating}}维持其AA+主体评级。',
  // 3 地方新闻：地铁公司与地铁站；站名是否定样本
  '<<北京>>讯 {{北京市基础设施投资有限公司|new:bii}}（{{京投公司|new:bii}}）表示，地铁<<19号线>>北延工程进入铺轨阶段，新设<<太平庄站>>和<<牡丹园站>>两座换乘站。<<北京市交通委员会>>称，早高峰<<国贸站>>的客流已接近饱和，{{京投公司|new:bii}}将与{{中国中铁|sse-601390}}共同推进扩建。',
  // 4 港股新闻（繁体）：科技與地產股；指數、車站與交易所
  '港股周三回升，<<恆生指數>>收漲1.2%。{{騰訊控股|tencent}}宣布增加回購，{{美團|meituan}}則在業績公布前下跌。{{港鐵公司|mtr}}表示，<<金鐘站>>改建工程將於年底完成，{{新鴻基地產|sun-hung-kai-properties}}和{{恆隆地產|hang-lung-properties}}跟隨大市上升。<<香港交易所>>數據顯示，南向資金連續第五日淨流入。',
  // 5 台股新闻（繁体）：半导体封测与电源；园区、监管机构、城市
  '台股周二收高，{{聯發科|mediatek}}與{{日月光投控|ase-technology}}領漲。{{台達電子工業股份有限公司|delta-electronics}}（{{台達電|delta-electronics}}）表示，人工智慧伺服器電源需求強勁，<<桃園>>新廠將提前量產。<<金管會>>則要求投信業者加強風險控管，<<高雄>>的<<楠梓科技產業園區>>正在擴建。',
  // 6 保险：险企全称与简称；地方监管局、人名
  '{{新华人寿保险股份有限公司|new-china-life}}（{{新华保险|new-china-life}}）公告，前三季度保费收入同比增长，{{新华保险|new-china-life}}董事长<<杨玉成>>表示将加大权益投资。{{阳光保险集团股份有限公司|new:sunshine-insurance}}（{{阳光保险|new:sunshine-insurance}}）同日披露，其寿险新业务价值增长超过三成。<<北京金融监管局>>提示消费者警惕以“停售”为噱头的销售误导。',
  // 7 券商并购更名：全称、新简称；国资委、城市
  '{{国联证券股份有限公司|guolian-securities}}完成对{{民生证券股份有限公司|new:minsheng-securities}}的收购，并更名为{{国联民生证券股份有限公司|guolian-securities}}，证券简称变更为“{{国联民生|guolian-securities}}”。<<无锡市国资委>>表示，此次整合将提升本地券商的竞争力。{{民生证券|new:minsheng-securities}}总部仍设在<<北京>>，与{{中国民生银行|china-minsheng-bank}}并无股权关系。',
  // 8 房地产：清盘呈请；法院、地名
  '{{碧桂园控股有限公司|country-garden}}（{{碧桂园|country-garden}}）表示，<<香港高等法院>>将清盘呈请聆讯再次押后，公司境外债务重组方案已获主要债权人支持。同样处于重组中的{{融创中国|sunac-china}}称，<<广东>>和<<重庆>>多个项目已恢复施工。{{碧桂园|country-garden}}总部位于<<佛山市顺德区>>。',
  // 9 产业报道：工程机械；产品型号、城市、人名
  '工程机械行业出口持续增长。{{三一重工股份有限公司|sany-heavy-industry}}（{{三一重工|sany-heavy-industry}}）前三季度海外收入占比超过六成，其<<SY215C>>挖掘机在<<中东>>市场销量居前；{{徐工机械|xcmg-construction-machinery}}和{{中联重科|zoomlion-heavy-industry-science-and-technology}}也在<<印尼>>扩建工厂。{{三一重工|sany-heavy-industry}}表示，<<长沙>>总部的灯塔工厂已满负荷运转。',
  // 10 地方国企（虚构）：集团全称、简称；国资委、区名
  '<<赣州>>讯 {{赣州发展投资控股集团有限责任公司|new:ganzhou-fazhan}}（{{赣州发展集团|new:ganzhou-fazhan}}）与{{中国稀土集团有限公司|china-rare-earth-group}}签署合作协议，拟共同在<<章贡区>>建设稀土永磁材料产业园。<<赣州市国资委>>负责人表示，{{赣州发展集团|new:ganzhou-fazhan}}将以土地和现金出资，持股40%。',
  // 11 医院与药企：医院、药监局是否定样本；虚构生物公司
  '{{江苏恒瑞医药股份有限公司|hengrui}}（{{恒瑞医药|hengrui}}）宣布，其一款降脂新药在<<北京协和医院>>牵头的三期临床试验中达到主要终点。{{百济神州|beone-medicines}}的抗癌药也获<<国家药品监督管理局>>批准新适应症。<<苏州>>的{{苏州澜湾生物技术有限公司|new:lanwan-bio}}（{{澜湾生物|new:lanwan-bio}}）则与<<四川大学华西医院>>合作开展早期研究。',
  // 12 学校：高校是否定样本；校办企业更名
  '<<清华大学>>此前将所持{{清华控股有限公司|new:tsinghua-holdings}}全部股权无偿划转至<<四川省>>国资企业，{{清华控股|new:tsinghua-holdings}}随后更名为{{天府清源控股有限公司|new:tsinghua-holdings}}。其旗下{{紫光集团|tsinghua-unigroup}}重整后由{{智路资本|new:wise-road}}和{{建广资产|new:jac-capital}}牵头的联合体接手。<<浙江大学>>、<<北京大学>>也在清理校办企业。',
  // 13 球队：以企业冠名的CBA球队是否定样本，企业本身是公司
  'CBA常规赛周六进行，<<北京首钢>>主场击败<<广东东莞大益>>，<<浙江稠州金租>>客场负于<<辽宁本钢>>。<<北京首钢>>背后的{{首钢集团有限公司|new:shougang-group}}今年继续为球队提供赞助，而{{本钢集团|new:bengang}}已并入{{鞍钢集团|ansteel-group}}。<<中国篮球协会>>要求各俱乐部按时缴纳联赛保证金。',
  // 14 产品：手机、汽车、白酒型号是否定样本
  '<<华为Mate 70>>首销当日售罄，{{华为|huawei}}称订单已排至明年。{{比亚迪|byd}}的<<秦PLUS>>再度降价，{{贵州茅台酒股份有限公司|kweichow-moutai}}则下调了<<茅台1935>>的出厂价。{{茅台|kweichow-moutai}}表示，将通过<<i茅台>>平台加大直销比例。',
  // 15 人名：企业家与其公司
  '<<董明珠>>在股东大会上说，{{珠海格力电器股份有限公司|gree}}今年将继续分红，{{格力|gree}}空调出口保持增长。{{小米集团|xiaomi}}创始人<<雷军>>同日宣布新一轮股份回购，而<<刘强东>>则在{{京东|jd-com}}内部会上表示外卖业务将继续投入。',
  // 16 硬否定：部委与会议；一家央企
  '<<国家发展改革委>>、<<工业和信息化部>>和<<商务部>>联合发布通知，要求各地清理妨碍统一市场的政策。<<国务院>>常务会议此前已部署相关工作。{{中国石化|sinopec}}表示，将按照<<国家能源局>>要求保障冬季天然气供应，<<华北>>地区储气库已满库运行。',
  // 17 地方新闻（虚构）：企业名含河名，河名是否定样本；区名、监管局
  '<<温州>>讯 位于<<龙湾区>>的{{温州瓯江阀门制造有限公司|new:oujiang-valve}}新厂房近日投产，年产高压阀门3万台。{{瓯江阀门|new:oujiang-valve}}总经理<<陈国华>>介绍，产品主要供应{{中国石油|petrochina}}和{{中国海油|cnooc}}的海上平台。<<温州市市场监督管理局>>已完成特种设备检验，新厂房紧邻<<瓯江>>入海口。',
  // 18 农商行：省联社改制、区县农商行；地名、政府
  '{{浙江农商联合银行|new:zj-rural-union}}成立后，省内农商行的管理体制发生变化。{{杭州萧山农村商业银行股份有限公司|new:xiaoshan-rcb}}（{{萧山农商银行|new:xiaoshan-rcb}}）前三季度存款增长一成，{{宁波鄞州农商银行|new:yinzhou-rcb}}也提高了对小微企业的贷款投放。<<杭州市萧山区>>政府表示将支持{{萧山农商银行|new:xiaoshan-rcb}}补充资本。',
  // 19 港股新闻：内银股简称；指数
  '内银股周一走强，{{邮储银行|psbc}}涨2%，{{交通银行|bank-of-communications}}和{{中信银行|china-citic-bank}}均创年内新高。分析人士称，{{交行|bank-of-communications}}的股息率仍高于6%。<<恒生中国企业指数>>收涨0.9%，<<国家外汇管理局>>公布的数据显示外资持续流入。',
  // 20 产业报道：半导体；开发区、城市
  '{{中芯国际集成电路制造有限公司|smic}}（{{中芯国际|smic}}）第三季度产能利用率回升至九成以上，{{华虹半导体|hua-hong}}也上调了收入指引。{{长江存储科技控股有限责任公司|ymtc}}（{{长江存储|ymtc}}）位于<<武汉东湖新技术开发区>>，其第二期工厂正在建设。<<上海>>和<<无锡>>的晶圆厂亦在扩产。',
  // 21 公告摘要：股东增持；以地名开头的公司，地名是否定样本
  '{{宁波银行股份有限公司|bank-of-ningbo}}公告，股东{{宁波开发投资集团有限公司|new:ningbo-kaitou}}（{{宁波开投|new:ningbo-kaitou}}）计划在未来六个月内增持不低于5亿元股份。{{宁波开投|new:ningbo-kaitou}}由<<宁波市国资委>>控股。{{宁波银行|bank-of-ningbo}}称，其在<<宁波>>本地的贷款市场份额继续提升。',
  // 22 财经快讯：基金公司；ETF产品、指数是否定样本
  '今年以来，{{易方达基金管理有限公司|e-fund}}（{{易方达|e-fund}}）旗下<<易方达沪深300ETF>>规模突破2000亿元，{{华夏基金|china-amc}}的<<华夏上证50ETF>>亦大幅增长。<<中国证券投资基金业协会>>数据显示，权益类ETF总规模再创新高，<<沪深300指数>>年内上涨。',
  // 23 商场与地铁站：站名、商场名是否定样本；业主是公司
  '<<上海>>讯 <<徐家汇站>>地下通道连接的<<港汇恒隆广场>>完成改造，业主{{恒隆地产|hang-lung-properties}}称出租率超过95%。附近的<<美罗城>>由{{上海百联集团股份有限公司|new:bailian}}（{{百联集团|new:bailian}}）重建，将于明年开业。<<徐汇区商务委>>表示，商圈客流已恢复至疫情前水平。',
  // 24 台股新闻（繁体）：金控；地标、央行是否定样本
  '{{富邦金融控股股份有限公司|fubon-financial}}（{{富邦金控|fubon-financial}}）前十月每股盈餘居金控之冠，{{國泰金控|cathay-financial}}緊隨其後。<<中央銀行>>理監事會維持利率不變。{{富邦金|fubon-financial}}旗下{{台北富邦銀行|new:taipei-fubon-bank}}表示，<<台北101>>附近的商辦大樓貸款需求回溫。',
  // 25 产业报道（虚构）：电池回收企业全称与简称；投资方；省份
  '动力电池回收迎来退役高峰。{{湖南锂源再生科技有限公司|new:liyuan}}（{{锂源再生|new:liyuan}}）完成5亿元B轮融资，由{{深创投|shenzhen-capital-group}}领投，{{湘江产业投资基金|new:xiangjiang-fund}}跟投。{{锂源再生|new:liyuan}}在<<湖南>>和<<江西>>各有一座回收工厂，主要客户包括{{宁德时代|catl}}。',
  // 26 航空与机场：航司简称；机场、城市是否定样本
  '{{中国东方航空股份有限公司|sse-600115}}（{{东航|sse-600115}}）宣布，明年夏季将从<<上海浦东国际机场>>新开往<<布达佩斯>>和<<马德里>>的航线。{{东航|sse-600115}}的C919机队已增至十架，<<虹桥机场>>至<<成都天府机场>>的航线每日往返四班。{{中国国际航空|sse-601111}}和{{南方航空|sse-600029}}也在加密欧洲航线。',
];
