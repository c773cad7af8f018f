// Evaluation items for company recognition in Simplified Chinese economic wire copy (issue 16, item 7):
// 新华社/中新社-style short items with a 电头, naming central and local state firms by 全称 then 简称,
// 某某集团/某某股份 full names, city and rural commercial banks, insurers and brokers, and hard negatives
// beside them: ministries and 国资委, 省/市人民政府, universities and hospitals, industry associations,
// 足球俱乐部 and 体育场 (some named after their owners or sponsors), products and festivals. Written in
// our own words about events from the public record; figures are rounded or illustrative. Markup and
// conventions are those of zh-local.ts: {{text|id}} a company mention (data id, or "new:<key>" with
// one key per company across the file), <<text>> a hard negative; a full name is one span and a 简称
// after it its own mention; a company's name inside a club, stadium, product or body is part of that
// negative span.

export const ZH_WIRE: readonly string[] = [
  // 1 新华社式：国资委通报，央企全称
  '新华社北京1月15日电 <<国务院国资委>>15日通报，2024年中央企业营业收入保持增长。{{中国石油天然气集团有限公司|new:cnpc}}、{{国家电网有限公司|state-grid}}和{{中国移动通信集团有限公司|china-mobile-communications-group}}利润总额位居前列，{{中国宝武钢铁集团有限公司|china-baowu}}粗钢产量继续位居全球第一。',
  // 2 中新社式：地方车企全称、简称；市政府是否定样本
  '中新社合肥电 {{安徽江淮汽车集团股份有限公司|jac-group}}与{{华为技术有限公司|huawei}}合作的高端车型在<<合肥>>下线。{{江淮汽车|jac-group}}表示，新工厂年产能20万辆。<<合肥市人民政府>>与<<中国科学技术大学>>同日签署新能源汽车产学研合作协议。',
  // 3 城商行年报综述：银行全称与简称
  '新华社南京4月2日电 {{江苏银行|bank-of-jiangsu}}、{{南京银行|bank-of-nanjing}}和{{宁波银行|bank-of-ningbo}}近日披露年报，三家城商行净利润均实现增长。{{杭州银行|bank-of-hangzhou}}资产规模突破2万亿元，{{长沙银行|bank-of-changsha}}不良率小幅下降。<<国家金融监督管理总局江苏监管局>>表示将继续推动中小银行稳健经营。',
  // 4 硬否定：中超联赛，俱乐部与体育场
  '新华社广州9月21日电 中超联赛第26轮21日展开争夺，<<上海海港>>客场2比1击败<<广州队>>，<<山东泰山>>在<<济南奥体中心>>与<<北京国安>>战平。<<成都蓉城>>主场<<凤凰山体育公园>>迎来5万名观众，<<中国足球协会>>宣布下轮比赛时间调整。',
  // 5 民营制造企业：股份有限公司全称与简称
  '中新社杭州电 {{浙江三花智能控制股份有限公司|zhejiang-sanhua-intelligent-controls}}（{{三花智控|zhejiang-sanhua-intelligent-controls}}）公告，拟在<<墨西哥>>新建汽车零部件工厂，总投资不超过3亿美元。同日，{{浙江吉利控股集团有限公司|geely}}宣布旗下{{极氪|zeekr}}完成对{{领克|new:lynk-co}}的整合。',
  // 6 硬否定：部委、高校、基金委
  '新华社北京6月12日电 <<教育部>>、<<科技部>>和<<国家自然科学基金委员会>>12日联合发布通知，支持<<清华大学>>、<<北京大学>>和<<浙江大学>>等高校建设基础学科研究中心。<<工业和信息化部>>有关负责人表示，将推动高校与地方共建创新平台。',
  // 7 比亚迪：全称后简称；政府与港口
  '中新社深圳电 {{比亚迪股份有限公司|byd}}公布，2024年新能源汽车销量超过425万辆。{{比亚迪|byd}}自有滚装船从<<深圳>>小漠港驶往<<欧洲>>，<<深圳市人民政府>>表示将继续支持汽车出口。',
  // 8 盐湖与央企：省国资委为否定样本
  '新华社西宁电 {{青海盐湖工业股份有限公司|szse-000792}}（{{盐湖股份|szse-000792}}）控股股东变更为{{中国盐湖工业集团有限公司|new:china-salt-lake}}，后者由{{中国五矿集团有限公司|new:minmetals}}与<<青海省人民政府>>共同组建。<<青海省国资委>>表示，此举将加快世界级盐湖产业基地建设。',
  // 9 航运与港口：央企子公司全称、简称
  '新华社天津电 {{中远海运控股股份有限公司|cosco-shipping}}（{{中远海控|cosco-shipping}}）公告，前三季度净利润同比增长。{{招商局港口控股有限公司|new:china-merchants-port}}表示，集装箱吞吐量增长明显。<<交通运输部>>数据显示，全国港口货物吞吐量创同期新高，<<天津港>>集装箱航线继续加密。',
  // 10 硬否定：国家体育场与足球俱乐部
  '中新社北京电 <<国家体育场>>（<<鸟巢>>）本周末将举办田径邀请赛，<<北京国安足球俱乐部>>则回到改造后的<<工人体育场>>主场作战。<<北京市体育局>>表示，<<上海申花足球俱乐部>>球迷可通过官方渠道购票。',
  // 11 硬否定：省政府、发改委、海关与央行分支
  '新华社广州3月5日电 <<广东省人民政府>>5日召开新闻发布会，<<广东省发展改革委>>介绍重大项目建设进展。<<海关总署广东分署>>表示，一季度全省外贸进出口保持增长，<<中国人民银行广东省分行>>称跨境人民币结算量上升。',
  // 12 地方能源国企：集团全称与上市公司简称
  '新华社济南电 {{山东能源集团有限公司|new:shandong-energy}}2024年营业收入超过8000亿元，旗下{{兖矿能源|yankuang-energy-group}}煤炭产量稳中有升。{{山东高速集团有限公司|new:shandong-hi-speed}}则表示，将加大对省内交通基础设施投资。',
  // 13 房地产：股东为地方国企
  '中新社深圳电 {{万科企业股份有限公司|china-vanke}}公告，第一大股东{{深圳市地铁集团有限公司|new:shenzhen-metro}}将向公司提供借款，用于偿还公开市场债务。{{万科|china-vanke}}表示经营正常。<<深圳市国资委>>称将支持企业化解风险。',
  // 14 保险与券商：全称、简称混用
  '新华社北京电 {{中国人寿保险股份有限公司|china-life}}前三季度保费收入超过6000亿元。{{中信证券|citic-securities}}和{{华泰证券|huatai-securities}}前三季度净利润增长，{{国泰君安|guotai-haitong}}完成吸收合并{{海通证券|haitong-securities}}后更名。',
  // 15 白酒：地方国企；市政府与酒博会为否定样本
  '新华社成都电 {{宜宾五粮液股份有限公司|wuliangye-yibin}}与{{泸州老窖股份有限公司|luzhou-laojiao}}公布一季报，营收均保持增长。{{五粮液|wuliangye-yibin}}表示将加大海外市场开拓。<<宜宾市人民政府>>表示，<<中国国际名酒文化节>>将于下月举行。',
  // 16 新疆：电工与风电企业
  '新华社乌鲁木齐电 {{特变电工股份有限公司|tbea}}在<<哈密>>建设的光伏项目并网发电。{{金风科技|xinjiang-goldwind-science-and-technology}}同日宣布，其<<达坂城>>风电场完成技术改造。<<新疆维吾尔自治区发展改革委>>称，全区新能源装机容量已超过煤电。',
  // 17 混合：俱乐部解散，母公司；联赛
  '中新社南京电 {{苏宁易购集团股份有限公司|suning-com}}旗下的<<江苏足球俱乐部>>在夺得中超冠军后不久宣布停止运营。{{苏宁|suning-com}}表示将聚焦零售主业。<<中国足球协会>>随后发文要求各俱乐部实行中性名称。',
  // 18 香港：港口出售；人物为否定样本
  '中新社香港电 {{长江和记实业有限公司|ck-hutchison}}宣布，拟将旗下港口业务出售给由{{贝莱德|blackrock}}和{{地中海航运|new:msc}}组成的财团，涉及<<巴拿马运河>>两端港口。<<李嘉诚>>家族控制的{{长和|ck-hutchison}}股价当日上涨。',
  // 19 科技：产品为否定样本
  '新华社深圳电 {{华为|huawei}}发布新一代折叠屏手机<<Mate X6>>，<<鸿蒙>>系统设备数量持续增长。{{中芯国际|smic}}表示，产能利用率回升，{{海光信息|hygon}}则公布新一代服务器芯片。',
  // 20 农商行与城商行
  '中新社广州电 {{广州农村商业银行股份有限公司|guangzhou-rural-commercial-bank}}（{{广州农商银行|guangzhou-rural-commercial-bank}}）公告，拟引入战略投资者。{{东莞银行|new:dongguan-bank}}和{{广东华兴银行|new:huaxing-bank}}均表示资本充足率保持稳定。',
  // 21 青岛：家电与啤酒；节庆为否定样本
  '新华社青岛电 {{海尔集团|haier}}、{{海信集团|hisense}}与{{青岛啤酒股份有限公司|tsingtao-brewery}}负责人出席<<青岛市人民政府>>举办的企业家座谈会。<<青岛国际啤酒节>>将于8月在<<西海岸新区>>开幕。',
  // 22 航空：航司与飞机制造商；产品与机场
  '新华社上海电 {{中国东方航空股份有限公司|sse-600115}}（{{东航|sse-600115}}）再接收两架<<C919>>飞机。{{中国商用飞机有限责任公司|new:comac}}（{{中国商飞|new:comac}}）表示，今年交付量将明显增加。<<中国民用航空局>>称，<<上海浦东国际机场>>国际航班已恢复至疫情前水平。',
  // 23 硬否定：协会、医院与高校
  '新华社北京电 <<中国汽车工业协会>>发布数据，11月汽车产销同比增长。<<中国银行业协会>>同日发布报告，<<复旦大学附属华山医院>>与<<上海交通大学>>联合发布研究成果。<<中国钢铁工业协会>>表示行业利润回升。',
  // 24 钢铁：地方国企与合并
  '中新社沈阳电 {{鞍钢集团有限公司|new:ansteel-group}}完成对{{本钢集团有限公司|new:bengang}}的重组，{{本钢|new:bengang}}成为{{鞍钢|new:ansteel-group}}控股子公司。<<辽宁省人民政府>>表示，重组后将打造世界级钢铁企业。',
  // 25 电力与新能源：央企
  '新华社北京电 {{国家能源投资集团有限责任公司|new:china-energy}}（{{国家能源集团|new:china-energy}}）与{{中国长江三峡集团有限公司|new:three-gorges}}（{{三峡集团|new:three-gorges}}）签署合作协议。<<国家能源局>>表示，今年新增可再生能源装机将再创新高。',
];
