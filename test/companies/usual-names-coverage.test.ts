// The names news uses most for companies, each found alone in a plain sentence with the bundled data (issue
// 16, item 4): a check of the data's coverage that no evaluation paragraph gives, since a paragraph names
// only a few companies. The lists are ours, from the companies most named in 1990s wire stories and in
// today's English and Chinese business news, Nikkei 225 members and large companies of Hong Kong, India, Korea, Australia and Canada. A name left out of them is ambiguous on purpose (an everyday
// word, a place, a product, a family or a group of unrelated companies: "Mitsubishi", "美的", "联想", "三星",
// "Emirates", "Paradigm", "Wise", "Chime", "Cruise"); the data does not take it alone.
import { describe, expect, it } from 'vitest';
import { createCompanyMatcher, findCompanies } from '../../src/core';
import { companies } from '../../src/data/companies';

const ENGLISH = `
Daimler-Benz; Hoechst; Bayer; BASF; Siemens; Volkswagen; BMW; Deutsche Bank; Dresdner Bank; Commerzbank;
Allianz; Munich Re; Veba; Viag; RWE; Thyssen; Krupp; Mannesmann; Deutsche Telekom; Lufthansa; Preussag;
Metro; Karstadt; Degussa; Henkel; SAP; Schering; Ciba-Geigy; Sandoz; Novartis; Roche; Nestle; UBS;
Swiss Bank Corp; Credit Suisse; Swissair; ABB; Zurich Insurance; Elf Aquitaine; Total; Rhone-Poulenc;
Alcatel Alsthom; Thomson-CSF; Renault; Michelin; L'Oreal; Danone; LVMH; Societe Generale; BNP;
Credit Lyonnais; AXA; UAP; Paribas; Suez; Lyonnaise des Eaux; Generale des Eaux; Saint-Gobain; Carrefour;
Air France; France Telecom; Havas; Bouygues; Fiat; Olivetti; Pirelli; ENI; Telecom Italia; STET; Montedison;
Generali; Mediobanca; Alitalia; Philips; Unilever; Royal Dutch/Shell; Shell; ING; ABN AMRO; Akzo Nobel;
Heineken; KLM; Ahold; Fokker; Ericsson; Volvo; Saab; Electrolux; Nokia; Norsk Hydro; Statoil; Repsol;
Telefonica; Banco Santander; BBV; Iberia; Glaxo Wellcome; SmithKline Beecham; Zeneca; British Petroleum; BP;
British Airways; British Telecom; BT; British Aerospace; Rolls-Royce; GEC; Hanson; BAT Industries;
Grand Metropolitan; Guinness; Allied Domecq; Bass; Whitbread; Marks and Spencer; Tesco; Barclays; Lloyds TSB;
NatWest; Midland Bank; HSBC; Standard Chartered; Cable and Wireless; Pearson; Rio Tinto; RTZ; BHP;
Western Mining; News Corp; Qantas; Telstra; Coles Myer; Pacific Dunlop; Westpac; ANZ;
National Australia Bank; Toyota; Nissan; Honda; Sony; Hitachi; Toshiba; NEC; Fujitsu; Matsushita; Canon;
Nomura; Nikko; Yamaichi; NTT; Japan Airlines; Nippon Steel; Bank of Tokyo-Mitsubishi; Sanwa Bank; Fuji Bank;
Dai-Ichi Kangyo; Sakura Bank; Hyundai; Samsung; Daewoo; Kia; Pohang Iron and Steel; IBM; Microsoft; Intel;
Apple Computer; Compaq; Digital Equipment; Netscape; Oracle; Sun Microsystems; AT&T; MCI; Sprint; GTE;
Motorola; Boeing; McDonnell Douglas; Lockheed Martin; General Motors; Ford; Chrysler; General Electric;
Exxon; Mobil; Texaco; Chevron; Amoco; Philip Morris; RJR Nabisco; Coca-Cola; PepsiCo; McDonald's; Wal-Mart;
Sears; Kmart; Merrill Lynch; Morgan Stanley; Goldman Sachs; Salomon Brothers; Citicorp; Chase Manhattan;
J.P. Morgan; BankAmerica; American Express; Walt Disney; Time Warner; Viacom; Westinghouse; Kodak; Xerox;
Dow Chemical; Monsanto; Pfizer; Johnson & Johnson; Bristol-Myers Squibb; Eli Lilly; Procter & Gamble; Alcan;
Inco; Noranda; Bombardier; Northern Telecom; Seagram; Canadian Pacific; Anglo American; De Beers; Gencor;
Sasol; Jardine Matheson; Swire Pacific; Hutchison Whampoa; Cheung Kong; Hang Seng Bank; Cathay Pacific;
Sun Hung Kai Properties; Singapore Airlines; Petronas; Reliance; Petrobras; Telebras; Vale do Rio Doce;
Pemex; Telmex; Cemex; Gazprom; Lukoil; Apple; Alphabet; Google; Amazon; Meta; Nvidia; Tesla;
Berkshire Hathaway; JPMorgan; Visa; Mastercard; Walmart; UnitedHealth; Home Depot; Costco; Netflix; Adobe;
Salesforce; AMD; Qualcomm; Broadcom; Cisco; Airbus; Lockheed; Raytheon; RTX; GE Aerospace; Caterpillar;
Deere; 3M; Honeywell; Moderna; AbbVie; Novo Nordisk; AstraZeneca; GSK; Sanofi; Mercedes-Benz; Stellantis;
BYD; Geely; Nio; Xpeng; Li Auto; CATL; SK Hynix; LG Energy Solution; TSMC; Foxconn; SoftBank; Nintendo;
Panasonic; Alibaba; Tencent; Baidu; JD.com; Meituan; Pinduoduo; ByteDance; Xiaomi; Huawei; ZTE; Lenovo;
Lloyds; BNP Paribas; Santander; BBVA; Citigroup; Citi; Bank of America; Wells Fargo; BlackRock; Blackstone;
KKR; Carlyle; Sequoia; SoftBank Vision Fund; Tiger Global; Andreessen Horowitz; a16z; OpenAI; Anthropic;
Mistral; xAI; Databricks; Stripe; SpaceX; Shein; Uber; Lyft; Airbnb; DoorDash; Spotify; Disney; Comcast;
Warner Bros. Discovery; Paramount; TotalEnergies; Saudi Aramco; Aramco; Glencore; Vale; ArcelorMittal;
Diageo; AB InBev; Carlsberg; Kering; Hermes; Richemont; Inditex; H&M; Adidas; Nike; Puma; Starbucks;
Tata Motors; Reliance Industries; Infosys; Wipro; Vodafone; Orange; Verizon; T-Mobile; ASML; Arm Holdings;
Siemens Energy; Vestas; Orsted; Equinor; Maersk; DHL; FedEx; UPS; Ryanair; Qatar Airways; Delta Air Lines;
United Airlines; American Airlines; Southwest Airlines; Rivian; Polestar; Snowflake; Palantir; CrowdStrike;
Shopify; Grab; GoTo; Tokopedia; Flipkart; Paytm; Zomato; Swiggy; Byju's; Reliance Jio; Bharti Airtel;
HCLTech; Tata Consultancy Services; TCS; Maruti Suzuki; Larsen & Toubro; ICICI Bank; HDFC Bank;
State Bank of India; Kotak Mahindra Bank; Axis Bank; Adani Ports; Vedanta; JSW Steel; Hindalco; Coal India;
ONGC; NTPC; Rakuten; Fast Retailing; Uniqlo; Seven & i; Keyence; Tokyo Electron; Shin-Etsu; Denso; Fanuc;
MUFG; Mizuho; Kakao; Naver; Coupang; Krafton; SK Telecom; POSCO; Hanwha; Lotte; Celltrion; KB Financial;
Shinhan; Siemens Healthineers; Infineon; Zalando; Delivery Hero; Adyen; Klarna; Revolut; Monzo; Deliveroo;
Ocado; BAE Systems; Rheinmetall; Thales; Dassault Aviation; Safran; Leonardo; Ferrari; Enel; Eni; Iberdrola;
EDF; Engie; E.ON; Uniper; Vattenfall; Regeneron; Gilead; Amgen; Vertex Pharmaceuticals; Humana; Cigna;
CVS Health; Target; Kroger; Albertsons; Dollar General; Best Buy; Macy's; Nordstrom; Robinhood; Coinbase;
PayPal; Plaid; Brex; Cohere; Perplexity; Scale AI; Figure AI; Anduril; Shield AI; Wayve; Aurora Innovation;
Waymo; Zoox; Moonshot AI; Zhipu AI; MiniMax; Baichuan; DeepSeek; StepFun; 01.AI; Unitree; UBTech;
Horizon Robotics; Pony.ai; WeRide; Hesai; RoboSense; Black Sesame; Cambricon; Hygon; Biren; Moore Threads;
SMIC; Hua Hong; YMTC; CXMT; Naura; AMEC; Anta; Li Ning; Pop Mart; Mixue; Luckin Coffee; Chagee; Haidilao;
Yum China; Trip.com; Ctrip; NetEase; Kuaishou; Bilibili; iQiyi; Weibo; Zhihu; Xiaohongshu; Vipshop;
JD Logistics; SF Express; ZTO Express; Cainiao; Full Truck Alliance; Didi; Hello Inc; Ping An; China Life;
PICC; China Merchants Bank; Industrial Bank; CITIC Securities; Huatai Securities; CICC; Haitong Securities;
Guotai Junan; SoftBank Group; Daikin Industries; Chugai Pharmaceutical; Terumo; KDDI; Fujifilm; Takeda;
Astellas; Daiichi Sankyo; Olympus; Bridgestone; Kao; Shiseido; Asahi Group; Kirin; Japan Tobacco;
Mitsubishi Heavy Industries; Kawasaki Heavy Industries; IHI; Komatsu; Kubota; Yaskawa Electric; Nidec;
Murata Manufacturing; TDK; Kyocera; Omron; Hoya; Lasertec; Disco; Screen Holdings; Sumco; Nitori;
Oriental Land; Secom; Dentsu; ANA Holdings; East Japan Railway; Tokyo Gas; Inpex; Eneos;
Sumitomo Mitsui Trust; Resona; Tokio Marine; MS&AD; Sompo; ORIX; Japan Exchange Group; Mitsui Fudosan;
Mitsubishi Estate; Sumitomo Realty; Daiwa House; Sekisui House; Obayashi; Kajima; Taisei; Marubeni; Itochu;
Sojitz; Toyota Tsusho; Subaru; Mazda; Suzuki Motor; Isuzu; Yamaha Motor; Aisin; Sumitomo Electric; Toray;
Asahi Kasei; Mitsui Chemicals; Sumitomo Chemical; JFE Holdings; Kobe Steel; Sumitomo Metal Mining; Konami;
Capcom; Bandai Namco; Square Enix; Nexon; Trend Micro; NTT Data; Eisai; Shionogi; Kyowa Kirin; M3; Ajinomoto;
Kikkoman; Meiji Holdings; Nissin Foods; Yakult; Aeon; Isetan Mitsukoshi; Takashimaya; Ryohin Keikaku; Keio;
Odakyu; Tokyu; Kintetsu; Mitsui O.S.K. Lines; Nippon Yusen; Tokyo Electric Power; Kansai Electric;
Chubu Electric; Nippon Paint; Shimano; Makita; Sysmex; Unicharm; Pola Orbis; Nikon; Ricoh; Seiko Epson;
Brother Industries; Casio; Sharp; Renesas; Rohm; Ibiden; Advantest; AIA Group; CK Hutchison; CK Asset;
Link REIT; MTR Corp; Galaxy Entertainment; Sands China; Techtronic Industries; Sunny Optical;
China Mengniu Dairy; Budweiser APAC; Xinyi Glass; Henderson Land; New World Development;
Hang Lung Properties; CLP Holdings; Power Assets; Hong Kong and China Gas; Bank of East Asia; BOC Hong Kong;
Hindustan Unilever; ITC; Bajaj Finance; Bajaj Auto; Asian Paints; UltraTech Cement; Sun Pharma; Titan;
Nestle India; Tata Steel; Tata Power; Hero MotoCorp; Eicher Motors; Power Grid; Dr Reddy's; Cipla;
Divi's Laboratories; Grasim; Shriram Finance; IndusInd Bank; Apollo Hospitals; Hyundai Motor;
Samsung Biologics; Samsung SDI; LG Chem; SK Innovation; Kakao Bank; HD Hyundai; Hanwha Aerospace;
Korea Electric Power; Kepco; KT&G; Commonwealth Bank; NAB; Macquarie; CSL; Wesfarmers; Woolworths; Fortescue;
Woodside; Santos; Newcrest; Northern Star; Transurban; Goodman Group; Scentre; Brambles; Cochlear; ResMed;
Xero; Afterpay; Canva; Atlassian; Royal Bank of Canada; Toronto-Dominion Bank; TD Bank; Scotiabank;
Bank of Montreal; CIBC; Manulife; Sun Life; Enbridge; TC Energy; Suncor; Canadian Natural Resources; Cenovus;
Nutrien; Barrick Gold; Teck Resources; Canadian National Railway; CN Rail; Canadian Pacific Kansas City;
Couche-Tard; Loblaw; Thomson Reuters; Brookfield Asset Management; Constellation Software; Lululemon;
`.split(';').map((s) => s.trim()).filter(Boolean);

const CHINESE = `
招行 建行 中行 农行 交行 工行 浦发银行 中信银行 民生银行 光大银行 花旗 渣打 平安银行 兴业银行 华夏银行
北京银行 宁波银行 江苏银行 上海银行 南京银行 招商银行 邮储银行 茅台 贵州茅台 五粮液 泸州老窖 格力 格力电器
美的集团 海尔 海尔智家 万科 恒大 碧桂园 融创 保利发展 华润置地 比亚迪 宁德时代 中芯国际 华为 中兴
中兴通讯 小米 京东 拼多多 美团 快手 字节跳动 网易 百度 阿里巴巴 阿里 腾讯 蚂蚁集团 滴滴 中石油 中石化
中海油 中国石油 中国石化 国家电网 中国移动 中国联通 中国电信 上汽 上汽集团 一汽 吉利 长城汽车 蔚来 小鹏
理想汽车 中金公司 中信证券 华泰证券 国泰君安 海通证券 招商证券 中国人寿 中国平安 中国太保 新华保险 中国人保
泰康 复星 海航 国航 东航 南航 中远海运 招商局 华润 中粮 中国建筑 中国中铁 中国中车 三一重工 徐工
中联重科 宝武 鞍钢 紫金矿业 洛阳钼业 隆基绿能 通威 阳光电源 迈瑞医疗 恒瑞医药 药明康德 百济神州 海康威视
大疆 商汤 科大讯飞 寒武纪 长江存储 京东方 TCL 海信 安踏 李宁 蒙牛 伊利 农夫山泉 海天味业 泡泡玛特
携程 哔哩哔哩 B站 顺丰 京东物流 快手科技 小鹏汽车 蔚来汽车 零跑 赛力斯 长安汽车 广汽 北汽 奇瑞
中国平安保险 友邦 汇丰 恒生银行 港交所 香港交易所 长和 新鸿基 九龙仓 国泰航空 港铁 银河娱乐 舜宇光学
立讯精密 歌尔 工业富联 鸿海 台积电 联发科 富士康 索尼 丰田 本田 微软 谷歌 亚马逊 英伟达 特斯拉 英特尔
高通 博通 甲骨文 IBM 思科 波音 空客 辉瑞 默沙东 阿斯利康 诺华 罗氏 拜耳 巴斯夫 西门子 宝马 奔驰
雀巢 联合利华 可口可乐 麦当劳 星巴克 沃尔玛 高盛 摩根士丹利 摩根大通 花旗集团 美国银行 贝莱德 黑石 软银
红杉中国 高瓴 IDG资本 启明创投 经纬中国 君联资本 深创投 中金资本 元禾 达晨 源码资本 五源资本 今日资本
云锋基金 淡马锡 GIC
`.split(/\s+/).filter(Boolean);

/** Investors (venture, growth, buy-out, sovereign and corporate), as a deal sentence names them. */
const INVESTORS = `
Sequoia Capital; Accel; Lightspeed Venture Partners; Index Ventures; General Catalyst; Insight Partners;
Tiger Global; Coatue; Thrive Capital; Founders Fund; Khosla Ventures; Greylock; Kleiner Perkins; NEA; GV;
Bessemer Venture Partners; Battery Ventures; IVP; Ribbit Capital; DST Global; Temasek; GIC; Mubadala; ADIA;
Public Investment Fund; Qatar Investment Authority; CPP Investments; Hillhouse; HongShan;
Qiming Venture Partners; Matrix Partners; 5Y Capital; Sinovation Ventures; ZhenFund; Legend Capital;
Lux Capital; Redpoint Ventures; Felicis; Menlo Ventures; Spark Capital; Union Square Ventures;
First Round Capital; Y Combinator; Techstars; 500 Global; SoftBank Vision Fund; Sapphire Ventures;
ICONIQ Growth; Dragoneer; D1 Capital Partners; Altimeter Capital; Fidelity; T. Rowe Price;
Wellington Management; BlackRock; Franklin Templeton; Baillie Gifford; Capital Group; Salesforce Ventures;
Google Ventures; Intel Capital; Nvidia; Microsoft; M12; Samsung Next; Qualcomm Ventures; CapitalG; Tencent;
Alibaba; Ant Group; Meituan Dragonball; ByteDance; Xiaomi; Prosperity7; Bain Capital Ventures; Bain Capital;
KKR; TPG; Warburg Pincus; General Atlantic; Silver Lake; Thoma Bravo; Vista Equity Partners;
Hellman & Friedman; Advent International; CVC Capital Partners; EQT; Permira; Apax Partners; Blackstone;
Carlyle; Cinven; Brookfield; Ardian; PAI Partners; Partners Group; Atomico; Balderton Capital; Northzone;
Creandum; Point Nine; Localglobe; Seedcamp; Highland Europe; Eurazeo; Kinnevik; Naspers; Prosus;
Peak XV Partners; Elevation Capital; Nexus Venture Partners; Blume Ventures; Chiratae Ventures;
Kalaari Capital; East Ventures; Openspace Ventures; Vertex Ventures; Jungle Ventures; Golden Gate Ventures;
Monk's Hill Ventures; B Capital; Goodwater Capital; Andreessen Horowitz; a16z; Polychain Capital;
Pantera Capital; Multicoin Capital; Arch Venture Partners; Flagship Pioneering; OrbiMed; RA Capital;
Third Rock Ventures; Casdin Capital; Breakthrough Energy Ventures; Lowercarbon Capital;
Energy Impact Partners; 高瓴资本; 红杉中国; IDG资本; 启明创投; 经纬中国; 君联资本; 深创投; 中金资本; 元禾控股; 达晨财智; 源码资本; 五源资本; 今日资本; 云锋基金;
淡马锡; 真格基金; 创新工场; 高榕资本; 金沙江创投; 蓝驰创投; 顺为资本; 光速中国; 北极光创投; 晨兴资本; 纪源资本; DCM; 钟鼎资本; 春华资本; 厚朴投资; 弘毅投资; 鼎晖投资; 中信产业基金;
国投创业; 国家集成电路产业投资基金; 大基金; 中网投; 北京国管; 合肥产投; 华兴资本; 蚂蚁集团; 美团龙珠; 腾讯投资; 阿里巴巴; 小米长江产业基金; 招银国际; 建银国际; 农银国际; 中银国际;
工银国际;
`.split(';').map((s) => s.trim()).filter(Boolean);

const matcher = createCompanyMatcher(companies);
const knownAlone = (text: string, name: string, lang: string) =>
  findCompanies(text, matcher, { lang }).some((m) => m.text === name && !m.id.startsWith('unknown:'));

describe('the names news uses most, found alone', () => {
  it('finds every English name in a sentence with no other cue', () => {
    const missed = ENGLISH.filter((name) => !knownAlone(`Shares in ${name} rose 2 percent on Tuesday, dealers said.`, name, 'en'));
    expect(missed).toEqual([]);
    expect(ENGLISH.length).toBeGreaterThan(350);
  });

  it('finds every Chinese name in a sentence with no other cue', () => {
    const missed = CHINESE.filter((name) => !knownAlone(`记者获悉，${name}今日宣布，公司上半年营业收入同比增长。`, name, 'zh'));
    expect(missed).toEqual([]);
    expect(CHINESE.length).toBeGreaterThan(200);
  });

  it('finds every investor as the lead of a round', () => {
    const han = /[\u4e00-\u9fff]/;
    const sentence = (name: string) => (han.test(name) ? `据悉，本轮融资由${name}领投。` : `The round was led by ${name}, the company said.`);
    const missed = INVESTORS.filter((name) => !knownAlone(sentence(name), name, han.test(name) ? 'zh' : 'en'));
    expect(missed).toEqual([]);
    expect(INVESTORS.length).toBeGreaterThan(150);
  });
});
