// Evaluation paragraphs for company recognition: deal news written in our own words from public
// reports (2023–2025), not copied from any article. Markup, read by parse-gold.ts:
//
//   {{text|id}}        a company mention; id is a data id (src/data/companies) or "new:<key>" for a
//                      company the data does not hold (any id the matcher gives it counts, as long as
//                      every mention with the same key gets the same id: the data may grow to hold it)
//   <<text>>           a hard negative: looks like a company, is not one (product, person, place,
//                      government body, news source, common word); must not be highlighted
//
// Conventions, as in the matcher: legal suffixes are part of the span ("Xiaomi Corp."); a possessive
// is not ("Zhipu’s"); "Alibaba-backed" marks only "Alibaba"; a company name written as part of a
// product name ("Google Gemini", "Alibaba Cloud Qwen", "Baichuan 4") is the product, not the company
// (see not-companies.ts). The held-out set of real paragraphs lives outside the project.

export const PARAGRAPHS: readonly string[] = [
  // 1 Dateline, news agency, product
  'BEIJING (<<Reuters>>) - {{Moonshot AI|moonshot-ai}}, the startup behind the <<Kimi>> chatbot, has raised more than $1 billion in a round led by {{Alibaba Group|alibaba-group}}, with {{HongShan|hongshan}} also taking part, two people with knowledge of the deal said.',
  // 2 State-backed funds named in full once, then shortened
  '{{Zhipu|zhipu-ai}} has received 1 billion yuan from {{Hangzhou Municipal Construction Investment Group Co.|new:hangzhou-mci}} and {{Shangcheng Capital|new:shangcheng-capital}}, both owned by local authorities in <<Hangzhou>>. {{Hangzhou Municipal Construction Investment|new:hangzhou-mci}} said the money would support the city’s push into artificial intelligence.',
  // 3
  '{{MiniMax|minimax}}, a Shanghai-based developer of large language models, counts {{Tencent|tencent}} and {{Alibaba|alibaba-group}} among its backers. Its companion app <<Talkie>> has drawn users in the <<United States>>, where it competes with {{Character.AI|character-ai}}.',
  // 4 People and universities next to companies; an investor list with an unknown firm
  '<<Yang Zhilin>>, who founded {{Moonshot|moonshot-ai}} after studying at <<Tsinghua University>> and <<Carnegie Mellon>>, said the new money would go into training. {{Moonshot|moonshot-ai}}’s earlier investors include {{Monolith Management|new:monolith}}, {{Xiaohongshu|xiaohongshu}} and {{Meituan|meituan}}.',
  // 5 A model name that starts with the company name
  '{{Baichuan AI|baichuan-ai}}, founded by the former {{Sogou|new:sogou}} chief executive <<Wang Xiaochuan>>, raised $300 million in a round joined by {{Alibaba|alibaba-group}}, {{Tencent|tencent}} and {{Xiaomi|xiaomi}}. The Beijing company released its <<Baichuan 4>> model in May.',
  // 6
  '{{DeepSeek|deepseek}} has not taken outside money. The <<Hangzhou>> lab is funded by {{High-Flyer|high-flyer}}, the quantitative hedge fund run by <<Liang Wenfeng>>, and its <<R1>> reasoning model knocked shares of {{Nvidia|nvidia}} in January.',
  // 7
  '{{Amazon|amazon}} will invest another $4 billion in {{Anthropic|anthropic}}, the maker of the <<Claude>> chatbot, taking its total commitment to $8 billion. {{Anthropic|anthropic}} will train its models on chips designed by {{Amazon Web Services|aws}}, the cloud unit said.',
  // 8 A long investor list with firms the data may not hold
  '{{xAI|xai}}, the artificial intelligence company founded by <<Elon Musk>>, raised $6 billion from investors including {{Valor Equity Partners|new:valor}}, {{Vy Capital|new:vy-capital}}, {{Andreessen Horowitz|andreessen-horowitz}}, {{Sequoia Capital|sequoia-capital}}, {{Fidelity|fidelity}} and {{Kingdom Holding Co.|new:kingdom-holding}}.',
  // 9
  'Paris-based {{Mistral AI|mistral-ai}} raised €600 million in a round led by {{General Catalyst|general-catalyst}}. Existing backers {{Lightspeed|lightspeed-venture-partners}} and {{Andreessen Horowitz|andreessen-horowitz}} also put in money, as did {{Nvidia|nvidia}}, {{Samsung Electronics|samsung-electronics}} and {{Cisco|cisco}}. Its <<Le Chat>> assistant is free to use across <<Europe>>.',
  // 10 Common words that are also company names
  'One analyst compared the deal to picking a single <<apple>> from a crowded market stall. A meta-analysis by economists at the <<International Monetary Fund>> found such bets rarely pay off, and a fund manager called the valuation a square peg in a round hole. Shares of {{Apple|apple}} and {{Meta Platforms|meta}} were little changed.',
  // 11 Government bodies
  'The <<Cyberspace Administration of China>> approved {{Baidu|baidu}}’s <<Ernie Bot>> and a chatbot from {{SenseTime|sensetime}} for public release, while the <<Ministry of Industry and Information Technology>> urged state-owned enterprises to adopt domestic models. The <<U.S. Commerce Department>> has tightened export rules on chips made by {{Nvidia Corp.|nvidia}} and {{Advanced Micro Devices Inc.|amd}}.',
  // 12 "startup X", then X alone
  'Shenzhen-based robotics startup {{Galbot|new:galbot}} closed a 700 million yuan round backed by {{Meituan|meituan}}, {{BAIC Capital|new:baic-capital}} and the investment arm of {{CATL|catl}}. {{Galbot|new:galbot}} makes humanoid robots that restock retail shelves.',
  // 13 "X, a Beijing-based …"
  '{{Infinigence AI|new:infinigence}}, a Beijing-based maker of software that runs models on mixed chips, raised nearly 500 million yuan. Its investors include {{Sinovation Ventures|sinovation-ventures}}, {{Legend Capital|legend-capital}} and {{Qiming Venture Partners|qiming}}.',
  // 14 "formerly known as"
  '{{Peak XV Partners|peak-xv}} (formerly known as {{Sequoia India|peak-xv}}) led the seed round of {{Sarvam AI|new:sarvam}}, a Bengaluru startup building models for Indian languages. {{Lightspeed|lightspeed-venture-partners}} also joined.',
  // 15 "(previously X)" creates an alias on the page
  'GPU designers {{Moore Threads|moore-threads}} and {{Biren Technology|biren-technology}} are both preparing listings in <<Shanghai>>. {{MetaX Integrated Circuits|new:metax}} (previously {{Muxi|new:metax}}) has also filed for an initial public offering, and {{Muxi|new:metax}} said the proceeds would fund its next chip.',
  // 16 Chinese
  '{{阿里巴巴|alibaba-group}}、{{腾讯|tencent}}和{{红杉中国|hongshan}}参与了{{智谱|zhipu-ai}}的新一轮融资，<<北京>>市政府旗下的基金也有出资。{{百度|baidu}}则推出了<<文心一言>>。',
  // 17 Chinese
  '{{月之暗面|moonshot-ai}}完成超过10亿美元融资，由{{阿里巴巴|alibaba-group}}领投，{{美团|meituan}}和{{小红书|xiaohongshu}}跟投。该公司的<<Kimi>>智能助手用户增长迅速。',
  // 18 Listing with banks and an exchange
  '{{Horizon Robotics|horizon-robotics}} raised HK$5.4 billion in its <<Hong Kong>> listing, with {{Baidu|baidu}} and {{Alibaba|alibaba-group}} among the cornerstone investors. {{Goldman Sachs|goldman-sachs}}, {{Morgan Stanley|morgan-stanley}} and {{CITIC Securities|citic-securities}} were joint sponsors of the offering on the <<Hong Kong Stock Exchange>>.',
  // 19 "X-backed Y"
  '{{Tencent|tencent}}-backed {{Hengbot|new:hengbot}} and {{Alibaba|alibaba-group}}-backed {{LiblibAI|new:liblib}} both closed new rounds this month, according to <<Caixin>>.',
  // 20 People after "led by"
  'The angel round was led by <<Kai-Fu Lee>>, while <<Lei Jun>>, the chief executive of {{Xiaomi|xiaomi}}, invested through {{Shunwei Capital|new:shunwei}}. <<Lee>> previously ran {{Google|google}}’s operations in <<China>>.',
  // 21 Another dateline form and a news source named twice
  'SHANGHAI, March 5 (<<Bloomberg>>) -- {{StepFun|stepfun}} is in talks to raise about $300 million from state-backed investors, <<Bloomberg News>> reported, citing people familiar with the matter. {{StepFun|stepfun}} declined to comment.',
  // 22
  '{{01.AI|01-ai}}, the startup set up by <<Kai-Fu Lee>>, has shifted toward selling models to businesses. {{Alibaba Cloud|alibaba-cloud}} will train large models for it, while its own <<Yi>> models remain open source.',
  // 23 Company names inside product names
  'Developers can now call <<Google Gemini>> and <<Alibaba Cloud Qwen>> through the same interface, and {{Microsoft|microsoft}} said <<Copilot>> would support both. {{OpenAI|openai}}’s <<GPT-4o>> remains the default. <<Tencent Hunyuan>> will be added later, {{Tencent|tencent}} said.',
  // 24
  '{{Unitree Robotics|unitree}} counts {{Geely|geely}}, {{Tencent|tencent}} and {{Alibaba|alibaba-group}} among its shareholders after a round co-led by {{China Mobile|china-mobile}} and {{Sequoia China|hongshan}}. The <<Hangzhou>> firm’s <<H1>> robot sells for about $90,000.',
  // 25 Legal and group suffixes on firms the data may not hold
  '{{Shenzhen Capital Group Co.|new:shenzhen-capital}} and {{Guangdong Technology Financial Group|new:gd-tech-fin}} took part in the round for {{Deep Robotics|new:deep-robotics}}, which makes four-legged robots for power-line inspection. {{Deep Robotics|new:deep-robotics}} said it would hire more engineers in <<Hangzhou>>.',
  // 26 Banks and the Big Fund
  '{{Industrial and Commercial Bank of China|icbc}} and {{Bank of China|bank-of-china}} will each put 21.5 billion yuan into the third phase of the {{China Integrated Circuit Industry Investment Fund|big-fund}}, which the <<Ministry of Finance>> also backs. {{Agricultural Bank of China|agricultural-bank-of-china}} and {{China Construction Bank|china-construction-bank}} joined as well.',
  // 27 Acquisition
  '{{Nvidia|nvidia}} agreed to buy {{Run:ai|new:run-ai}}, an Israeli startup that helps companies schedule work across graphics chips, for about $700 million. {{Run:ai|new:run-ai}} was backed by {{Insight Partners|insight-partners}} and {{Tiger Global|tiger-global}}.',
  // 28 "invested in X"; a corporate-word name after a cue
  '{{Butterfly Effect|new:butterfly-effect}}, the company behind the <<Manus>> agent, raised $75 million in a round led by {{Benchmark|benchmark}}. {{Tencent|tencent}}, {{HongShan|hongshan}} and {{ZhenFund|zhenfund}} had invested in {{Butterfly Effect|new:butterfly-effect}} earlier.',
  // 29 Gulf funds, one product
  '{{Zhipu AI|zhipu-ai}} picked up a new backer in {{Prosperity7 Ventures|prosperity7}}, the venture arm of {{Saudi Aramco|new:aramco}}, in a round that valued the company at about $3 billion. {{Zhipu AI|zhipu-ai}}’s <<ChatGLM>> models are widely used in <<China>>.',
  // 30 Hard negatives in a row
  'Ant colonies, a city block and a sea of paperwork were all metaphors the speaker used for the approval process at the <<National Development and Reform Commission>>. None of it deterred {{Ant Group|ant-group}}, which said <<Alipay>> users had doubled.',
  // 31 Lists with "and" inside firm names
  'The round was co-led by {{Hillhouse|hillhouse}} and {{Boyu Capital|boyu-capital}}, with {{Goldman Sachs|goldman-sachs}} and {{Temasek Holdings|temasek}} following. Advisers included {{China International Capital Corp.|cicc}} and {{Huatai Securities|huatai-securities}}.',
  // 32 A US deal with a dateline and a regulator
  'SAN FRANCISCO (<<AP>>) — {{Databricks|databricks}} raised $10 billion at a $62 billion valuation in a round led by {{Thrive Capital|thrive-capital}}, with {{Andreessen Horowitz|andreessen-horowitz}}, {{DST Global|dst-global}} and {{GIC|gic}} participating. The company has no plans to file with the <<Securities and Exchange Commission>> this year.',
  // 33 Robotaxi listing; a former name
  '{{Pony.ai|pony-ai}} and {{WeRide|weride}} listed in <<New York>> within weeks of each other. {{WeRide|weride}}, formerly known as {{JingChi|weride}}, counts {{Nvidia|nvidia}} and {{Renault|new:renault}} among its backers.',
  // 34 Semiconductor funding with unknowns
  '{{SMIC|smic}} supplier {{Piotech|new:piotech}} and the chip-equipment startup {{SiCarrier|new:sicarrier}} each raised money this year. {{SiCarrier|new:sicarrier}} is backed by a fund tied to the <<Shenzhen>> government and works closely with {{Huawei Technologies Co.|huawei}}.',
  // 35 Corporate venture arms next to their parents
  '{{Baidu Ventures|new:baidu-ventures}}, {{Lenovo Capital|new:lenovo-capital}} and <<Lei Jun>>’s {{Shunwei Capital|new:shunwei}} have backed dozens of robotics startups over the past two years, according to a tally by the data provider <<IT Juzi>>. A partner at {{Baidu Ventures|new:baidu-ventures}} said valuations had doubled.',
  // 36 Title-case headline line above a body line
  'Chinese AI Startup Raises Funds From State Investors\n{{StepFun|stepfun}} said {{Shanghai State-owned Capital Investment Co.|new:shanghai-soci}} led its latest round, joined by {{Tencent|tencent}} and {{Qiming|qiming}}.',
  // 37 A full legal name, then its short form
  'Shares of {{Zhejiang Jingsheng Mechanical & Electrical Co., Ltd.|new:jingsheng}} rose after the maker of crystal-growth furnaces reported higher orders, a filing with the {{Shenzhen Stock Exchange|shenzhen-stock-exchange}} showed. {{Jingsheng|new:jingsheng}} supplies silicon makers including {{TCL Zhonghuan|new:tcl-zhonghuan}}.',
  // 38–46 were written after the engine, and scored before any change to it.
  // 38 A mega-round with a lead, a person and a partly unknown list
  '{{SoftBank Group Corp.|softbank-group}} agreed to lead a $40 billion round in {{OpenAI|openai}}, with {{Microsoft|microsoft}}, {{Coatue Management|new:coatue}}, {{Altimeter Capital|new:altimeter}} and {{Thrive Capital|thrive-capital}} also taking part. <<Masayoshi Son>> called it the largest private financing on record.',
  // 39 A headline over a body; products with model names
  '{{Xiaomi|xiaomi}} Starts Deliveries Of Its First Electric Car\n{{Xiaomi Corp.|xiaomi}} began handing over its <<SU7>> sedan on Wednesday, pitching it against {{Tesla|tesla}}’s <<Model 3>> and the <<Seal>> from {{BYD|byd}}. <<Lei Jun>> said the company had taken more than 75,000 firm orders.',
  // 40 Regulators next to banks
  'The <<Hong Kong Monetary Authority>> and the <<Securities and Futures Commission>> asked lenders to report their exposure to property developers. {{HSBC Holdings plc|hsbc}} and {{Standard Chartered|standard-chartered}} said they were well provisioned, while analysts at {{UBS|ubs}} expected the <<Federal Reserve>> to cut rates twice.',
  // 41 Gulf money and infrastructure partners
  '{{MGX|mgx}}, the Abu Dhabi technology investor, joined {{BlackRock|blackrock}} and {{Microsoft|microsoft}} in a $30 billion partnership to build data centres and power plants. {{Global Infrastructure Partners|new:gip}}, which {{BlackRock|blackrock}} bought last year, will run the projects, and {{Nvidia|nvidia}} will advise on chips.',
  // 42 A state fund from Abu Dhabi and a city-backed round
  '{{CYVN Holdings|new:cyvn}}, an investment vehicle backed by the <<Abu Dhabi>> government, agreed to buy new shares in {{Nio|nio}} for $2.2 billion. {{Nio|nio}} had earlier received 7 billion yuan from investors in <<Hefei>>, where its main factory is based.',
  // 43 Company names that are everyday words
  'Sea levels, square feet and snap elections all came up on the call. {{Grab Holdings|grab}} reported its first quarterly profit, while {{Sea Ltd|sea-limited}} said its {{Shopee|new:shopee}} unit had cut losses; shares of {{Snap|snap}} and {{Block|block}} fell.',
  // 44 Chinese with a product
  '{{京东|jd-com}}和{{拼多多|pdd-holdings}}加大了补贴力度，{{字节跳动|bytedance}}则把<<豆包>>大模型的价格降到每千个token一厘钱，{{阿里云|alibaba-cloud}}和{{百度|baidu}}随后跟进降价。',
  // 45 "chief executive of", people, a place that sounds like a firm
  '<<Jensen Huang>>, chief executive of {{Nvidia|nvidia}}, met suppliers including {{Foxconn|foxconn}} and {{Quanta Computer|new:quanta}} in <<Taipei>>, where {{TSMC|tsmc}} makes most of his company’s chips.',
  // 46 Video models named after their makers
  '{{Kuaishou Technology|kuaishou}}’s <<Kling>> and {{MiniMax|minimax}}’s <<Hailuo>> are the most used Chinese video generators, ahead of <<Vidu>> from {{ShengShu Technology|new:shengshu}}, a Beijing startup backed by {{Baidu Ventures|new:baidu-ventures}}.',
];
