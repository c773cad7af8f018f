// Chinese companies the data does not hold (issue 16, item 3), read from their shape: a name right
// before a corporate word — "北京某某置业有限公司", "某某地产", "某某银行", "某某集团".
//
// The corporate word ends the name; its start is found by these rules, in order:
//   1. Read back over Han characters (and Latin letters or digits written inside a name, "TCL科技")
//      from the corporate word, at most MAX_NAME characters; punctuation, spaces, quotes and
//      numbers stop it.
//   2. Cut after the last stop word in that stretch: verbs and particles of the sentence around a
//      name ("宣布收购…", "由…领投", "向…注资", "获得…", "的", "与", "和", "据…"). A name starts after them.
//   3. What is left must be a name: two or more characters that are not all generic words
//      ("国有银行", "多家银行", "商业银行", "头部券商" are kinds of companies, not companies), and a place
//      alone names a company only with a legal word after it ("北京…有限公司" yes, "北京科技" no).
//   4. Before a legal word (有限公司, 集团 …) a registered name may be long ("佛山市顺德区某某精工机械有限公司"):
//      the stretch is read up to MAX_LEGAL_NAME characters, and a place in it anchors the start — the
//      name starts at the leftmost place, whatever came before ("诉深圳市…", "中标人为广州市…"), and
//      only sentence words cut it after that: words that registered names hold ("建设", "发展", "投资",
//      "万向") do not.
//   5. A bracket of a place or a group word inside a name belongs to it: "紫光展锐（上海）科技股份有限公司",
//      "中国贵州茅台酒厂（集团）有限责任公司", "华润啤酒（控股）有限公司".
// A place opening the name is part of it ("深圳市某某科技有限公司"). A data name inside the span keeps
// its own identity when the span adds only legal words (legal-suffix.ts extends it); otherwise the
// longer name is another company ("阿里巴巴影业集团").
//
// Also here: a short Chinese data name read across a place name ("京东" in "南京东路站", "东莞") is
// not that company.

import type { CompanyMention } from '../types';
import { CJK, charClass } from './char-class';
import { HOLDING_CONTROL_AFTER } from './legal-forms';
import { PLACE_WORDS } from './not-companies';
import { UNKNOWN_ID_PREFIX } from './unknown-companies';
import { firstEndAfter } from './sorted-spans';
import { findBankInitials } from './chinese-bank-initials';
import { findBookmakerShortNames } from './chinese-bookmakers';
import { findCuedGamesNames } from './chinese-games-cues';

/** Words that close a company name, by strength. A legal word makes any name a company. */
const LEGAL = ['合伙企业（有限合伙）', '合伙企业(有限合伙)', '会计师事务所', '律师事务所', '股份有限公司', '有限责任公司', '有限公司', '集团', '控股'];
const HEADS = [
  '银行', '证券', '保险', '基金', '资本', '创投', '地产', '置业', '科技', '网络', '汽车', '电子', '医药', '能源', '物流', '传媒',
  '食品', '电器', '实业', '矿业', '航空', '电气', '化工', '药业', '生物', '半导体', '光电', '通信', '软件', '机器人',
  '新材料', '股份', '信托', '期货', '租赁', '酒业', '乳业', '钢铁', '影业', '投资',
  // Heavy industry, shipbuilding and building materials: "某某重工", "海润船舶", "扬子江船业".
  '重工', '船舶', '船业', '造船', '水泥', '建材',
  // Shipping lines: "地中海航运", "招商轮船".
  '航运', '轮船',
  // Insurers' life and property arms: "平安人寿", "平安产险", "国寿财险".
  '人寿', '寿险', '产险', '财险',
  // A bank's wealth-management arm, a developer's homes arm, a dyeworks: "招银理财", "建发房产", "恒美印染".
  '理财', '房产', '印染', '木业',
  // Household goods: "优购日用", "某某日化".
  '日用', '日化',
  // Textiles and clothing: "锦绣家纺", "某某纺织", "某某服饰"; brokers: "明亚经纪".
  '家纺', '纺织', '服饰', '经纪',
  // Trades of county-town makers (session 17): "华美袜业", "某某鞋业", "某某纸业", "竹语家居".
  '袜业', '鞋业', '纸业', '管业', '泵业', '茶业', '家居',
];
const LIST_BEFORE = '、，,和及与为由括：:';
const LIST_AFTER = '、，,。；和及与领跟参等';
/** Heads after which the rest of a known company's name is its brand on the page. */
const INDUSTRIAL_HEADS = ['重工', '电器', '电子', '科技', '汽车', '股份', '集团', '控股', '乳业', '酒业', '药业', '医药', '航空', '食品', '物流', '地产', '置业', '能源', '实业', '矿业', '化工', '钢铁', '电气', '通信', '软件', '生物', '光电', '半导体', '新材料', '智能', '机械', '船舶', '船业'];

/** Words of a trade between a brand and its head ("物联" in "卡奥斯物联科技"). */
const TRADE_WORDS = ['保险', '物联', '智能', '信息', '网络', '数字', '电子', '数据', '智造', '精密', '精细', '新能源', '生物', '医疗', '光电', '通讯', '通信'];

/** The last two characters of a four-character brand that name a trade or a material, so its first two are its short form ("隆基绿能", "福耀玻璃"). */
const MATERIAL_WORDS = ['光学', '绿能', '玻璃', '钢铁', '化工', '化学', '精密', '精工', '电子', '电器', '电气', '机械', '重工', '新材', '光伏', '锂业', '矿业', '纺织', '制药', '药业', '食品', '乳业', '啤酒', '汽车', '轮胎', '水泥', '陶瓷', '家电', '家居'];

/** Words after an unknown company's brand in its full name that the page drops ("青岛海润船舶制造有限公司" → "海润船舶"). */
// ("浙江安途汽车部件" → "安途汽车": the parts a carmaker's supplier makes.)
const SHORT_FORM_TAILS = ['制造', '工业', '实业', '技术', '部件', '零部件', '配件'];


/**
 * After a head, words that make it a common noun of finance ("资本债券", "证券市场", "保险资金", "银行间"), a
 * foundation ("基金会"), an exchange ("证券交易所"), or an event ("迪拜航空展", "汽车博览会", "金融峰会"; not "展出", exhibits).
 */
// (Session 17: "电子产品", "银行贷款", "新能源材料产业集群", "能源转型", "能源成本", "资本结构", "资本增值", "电信网络诈骗", "网络安全", "纺织品",
// "实业家" (a person), "新能源车型".)
const HEAD_NOUN_AFTER = /^(?:游戏|版(?!权)|局|厅|测绘|板块|股(?![份东权])|产品|贷款|存款|信贷|材料|产业|集群|转型|成本|结构|增值|诈骗|安全|品(?!牌)|家(?![居电具纺用])|车型|计划|交易所|商会|主力|合约|业(?![绩务])|税|网点|机构|体系|系统|债券|债|工具|充足|市场|开支|支出|账户|资金|行业|间|卡|理财|监管|牌照|会|大学|学院|研究院|研究所|医院|中学|小学|展(?![开示现望出])|博览会|峰会|论坛|竞技|商(?![业务城场标铺会品贸号])|报(?![价告道名税表备案送批销关])|杂志|周刊|月刊|时报|日报|晚报)/;

/** After 理财, the words of the service, not of an arm that offers it: "理财师", "理财业务", "理财产品", "理财经理". */
const WEALTH_SERVICE_AFTER = /^(?:师|业务|产品|经理|顾问|服务|规划|计划|收益|方式|需求|知识|观念)/;

/** Words that make a head a common noun: 房地产 (real estate), 注册资本 (registered capital), 社会资本 (private capital). */
const COMMON_NOUN_BEFORE_HEAD: Readonly<Record<string, readonly string[]>> = { 地产: ['房'], 资本: ['注册', '社会', '民间', '人力', '国有', '外资', '产业', '金融', '工商'] };

/** After 集团, words of a group's structure: "集团架构", "集团层面", "集团内部", "集团化". */
const GROUP_STRUCTURE_AFTER = /^(?:架构|层面|内部|层级|化)/;

/** Whether a data mention (from index `k` of `known`, in text order) covers the corporate word [i, end) and starts before it. */
function coveredByKnown(known: readonly CompanyMention[], k: number, i: number, end: number): boolean {
  for (let j = k; j < known.length && known[j]!.start < i; j++) if (known[j]!.end >= end) return true;
  return false;
}

/** After 股份 that means shares: a deal document, a transfer, a count or a change in holdings. */
const SHARES_AFTER = /^(?:协议|转让|比例|数量|回购|变动|质押|减持|增持|支付|对价|发行|合计|总数|过户|登记|解禁|锁定|冻结|激励|认购|的方式)/;

/** Heads longest first, so "股份有限公司" wins over "有限公司". */
const SUFFIXES = [...LEGAL, ...HEADS].sort((a, b) => b.length - a.length);
/** SUFFIXES by first character, each list in SUFFIXES' order (longest first). */
const SUFFIXES_BY_FIRST = new Map<number, string[]>();
for (const s of SUFFIXES) {
  const list = SUFFIXES_BY_FIRST.get(s.charCodeAt(0));
  if (list) list.push(s);
  else SUFFIXES_BY_FIRST.set(s.charCodeAt(0), [s]);
}

/** The longest corporate word starting at `at`, if any. */
function suffixAt(text: string, at: number): string | undefined {
  const suffix = SUFFIXES_BY_FIRST.get(text.charCodeAt(at))?.find((s) => text.startsWith(s, at));
  // "一家纺织企业": 家 is a counter there, not the start of 家纺.
  return suffix === '家纺' && COUNTERS.includes(text[at - 1] ?? '') ? undefined : suffix;
}
const COUNTERS = '一二两三四五六七八九十几多这那该每数各某';
/** Where a corporate word may start: the scan jumps from one to the next (a loop over every character cost 40 ms per 2 MB of news). */
const SUFFIX_START = new RegExp(`[${[...new Set(SUFFIXES.map((s) => s[0]!))].join('')}]`, 'g');

/** Index of the next character at or after `from` that may start a corporate word, or -1. */
function nextSuffixStart(text: string, from: number): number {
  SUFFIX_START.lastIndex = from;
  return SUFFIX_START.exec(text)?.index ?? -1;
}

const MAX_NAME = 10;
/** Before a legal word: a registered name with its city and district ("佛山市顺德区科达精工机械"). */
const MAX_LEGAL_NAME = 18;

/** Words inside brackets that belong to a registered name: a place ("（北京）") or a group word ("（集团）"). */
const BRACKET_WORDS = new Set(['集团', '控股', '中国', '香港', '有限合伙']);

function isBracketWord(word: string): boolean {
  if (BRACKET_WORDS.has(word)) return true;
  const bare = PLACE_ENDS.includes(word.slice(-1)) ? word.slice(0, -1) : word;
  return PLACES.has(bare);
}

/** The start of a bracket of a place or group word that closes at `close` (the index of "）"), or -1. */
function bracketStart(text: string, close: number): number {
  const c = text[close];
  if (c !== '）' && c !== ')') return -1;
  const open = text.lastIndexOf(c === '）' ? '（' : '(', close);
  if (open < 0 || close - open > 6) return -1;
  return isBracketWord(text.slice(open + 1, close)) ? open : -1;
}

/** The end of a bracket of a place or group word that opens at `open`, or -1. */
function bracketEnd(text: string, open: number): number {
  const c = text[open];
  if (c !== '（' && c !== '(') return -1;
  const close = text.indexOf(c === '（' ? '）' : ')', open);
  if (close < 0 || close - open > 6) return -1;
  return isBracketWord(text.slice(open + 1, close)) ? close + 1 : -1;
}

/** Sentence words a name never contains; the name starts after the last one. */
const STOP_WORDS = [
  '宣布', '完成', '收购', '并购', '合并', '看重', '看好', '认为', '指出', '以', '亿元', '万元', '美元', '港元', '欧元', '日元', '亿',
  '计划', '明年', '预计', '签订', '签署', '签约', '协议', '发行', '投资方为', '投资方', '出资方', '独家', '领投方', '跟投方', '参投方', '方为', '方包括', '约', '发售', '认购', '合共', '品牌', '本文为', '本文', '来源', '首页', '快讯', '上月', '本月', '当月', '上周', '本周', '近期', '同比', '环比', '累计', '季度', '上半年', '下半年', '全年', '今日', '昨日', '今天', '昨天', '明日', '当日', '开盘', '收盘', '盘中', '盘后', '早盘', '午盘', '尾盘', '吸收', '重组', '控股权', '股权', '挂牌', '登陆', '获得', '获', '入股', '领投', '跟投', '参投', '联合', '旗下', '子公司', '表示', '今年', '去年',
  // Verbs of attention, a representative, and the particles 则/就 ("将持续关注寿险业", "代表则就能源安全建言").
  '关注', '持续', '代表', '则', '就',
  '以来', '包括', '以及', '成为', '通过', '作为', '其中', '此外', '同时', '近日', '日前', '此前', '目前', '股东', '合作', '携手', '推出',
  '发布', '持有', '出售', '转让', '认购', '增资', '注资', '上市', '公告', '显示', '报道', '消息', '记者', '称', '据', '的', '了',
  '在', '与', '和', '及', '向', '对', '由', '被', '将', '把', '从', '是', '于', '该', '这', '那', '此', '拟',
  // What a name is described as before it is named: "创业公司百川智能", "半导体设备厂晶禾科技".
  '公司', '企业', '厂商', '制造商', '服务商', '供应商', '开发商', '运营商', '机构', '平台', '巨头', '龙头', '独角兽', '初创', '厂', '商', '等',
  // Verbs of policy and market prose: "加强食品安全", "下注人形机器人", "推进算力".
  '加强', '推进', '提升', '保障', '促进', '监管', '检查', '开展', '做好', '加快', '支持', '鼓励', '引导', '规范', '下注', '押注', '布局', '发展',
  // "继续推动中小银行…", "全区新能源装机", "世界级钢铁企业": a verb, a whole region or a rank before a trade word.
  '继续', '推动', '全区', '全省', '全市', '全县', '全国', '世界级', '国际级', '国家级', '省级', '市级', '省内', '市内', '区内', '境内', '辖内', '辖区内',
  // A shareholder that is a public body, and how it holds: "由天津市国资委全资控股", "绝对控股".
  '国资委', '全资', '绝对', '相对',
  // "支持大型银行补充核心一级资本": replenishing capital, not a company named …资本.
  '补充',
  // Adverbs of sequence before a verb: "等公司相继获得融资", "先后完成".
  '相继', '先后', '陆续', '纷纷', '接连', '分别',
  '打造', '建设', '研发', '生产', '销售', '进军', '深耕', '聚焦', '瞄准', '涉足',
  // Verbs and nouns of filings, courts and appointments: "下属中国葛洲坝…", "判赔偿…", "出任集团…", "回购股份".
  // Parties of a judgment, a tender or a filing: "被告深圳市…", "竞买方天津…", "受让方为…".
  '被告', '原告', '第三人', '申请人', '竞买方', '买方', '卖方', '受让方', '转让方', '出让方', '发行人', '债务人', '债权人', '担保人',
  // A name's label, and who invests in a restructuring: "（中文名光域机器人）", "重整投资人为华睿投资".
  '中文名', '英文名', '中文名称', '英文名称', '简称', '全称', '又称', '原名', '投资人为', '投资人',
  // Who subscribes a placement: "认购对象为澄湖资本", "发行对象为财政部".
  '对象为', '对象是', '对象包括', '认购方为', '认购方',
  // Who sponsors or hosts: "赞助方本钢集团", "冠名商某某汽车".
  '赞助方', '赞助商', '冠名方', '冠名商', '主办方', '承办方', '合作方',
  // Market verbs before a bank or an insurer that is the object: "平安人寿多次举牌银行H股".
  '举牌', '多次', '再次', '接连', '频频',
  // Market prose before a sector: "港股科技股", "外资连续三日买超航运股".
  '港股', '美股', 'A股', '台股', '买超', '卖超', '买入', '卖出', '连续',
  // Bought from abroad: "进口芯片".
  '进口',
  // What is held, a conjunction and "according to" before a name: "所持清华控股有限公司…股权", "而本钢集团已并入…",
  // "按照国家能源局要求".
  '所持', '持有的', '而', '按照', '依照', '根据', '符合',
  // Verbs of selling a product: "在嘉善县推广农业保险", "为客户提供保险".
  '推广', '提供',
  // Verbs of keeping or taking up a name, and a count of shares: "沿用恒远电气的名称", "即每1股武钢股份".
  '沿用', '采用', '改用', '即每', '每股',
  // A public body and the verb that opens the name it acts on: "辽宁省财政厅为辽沈银行注入…".
  '厅为', '局为', '部为', '委为', '府为', '院为',
  '下属', '所属', '设立', '成立', '组建', '发起', '覆盖',
  // What a rating agency or a regulator does to the company named after it: "中诚信国际给予宏远置业AA+主体信用评级".
  '给予', '授予', '予以', '上调', '下调', '维持',
  // People by their office: "…有限公司董事长表示" names a person, not a company called 董事长.
  '董事长', '总经理', '总裁', '负责人', '行长', '发言人', '董事会', '管理层', '高管', '出任', '担任', '兼任', '曾任', '现任', '隶属', '同意', '决定', '减持', '增持', '回购', '冻结', '要求', '新建', '统计', '重点', '赔偿', '起诉', '裁定', '批准', '中标人', '引进', '个股', '相关', '园区', '判决', '判令',
  // Verbs and adverbs of long-page prose before a head used as a common noun (session 17, long golden pages):
  // "公司召开的投资者交流会", "优化资本结构", "降低能源成本", "随着全球能源转型", "防范电信网络诈骗", "启动新一轮新能源汽车
  // 下乡", "吸引了大量资本进入", "协助市民置业", "年轻人延迟置业", "本地银行", "用作偿还银行贷款", "与主要往来银行", "创办农夫山泉…",
  // "发展为红豆纺织".
  '召开', '举办', '举行', '优化', '降低', '随着', '防范', '启动', '协助', '放宽', '引入', '开始', '改善', '欢迎', '但',
  '往来', '偿还', '用作', '另一名', '任何', '买卖', '大量', '有意', '准备', '延迟', '年轻人', '市民', '本地', '本港', '吸引', '扩大',
  '新一轮', '一轮', '某', '着力', '培育', '加大', '购买', '居民', '消费者', '全名为', '名为', '全称为', '前身为', '变更为', '创办', '创立', '创建', '发展为', '改为', '更名为', '转为', '带领',
  // Consumer news names an institution as the object of everyday verbs, counted or placed in time, and none of it is a
  // name (CLUENER-style short items, session 18): "随即致电银行", "上班前到银行", "不少银行", "当时银行", "办理韩亚银行".
  '致电', '联系', '追问', '调取', '拨打', '利用', '看清', '办理', '申请', '使用', '选择', '前往', '走进', '来到', '找到', '询问',
  '告知', '通知', '投诉', '状告', '存入', '转入', '取出', '上班', '下班', '提醒',
  '不少', '许多', '很多', '大多数', '多数', '少数', '个别', '有些', '某些', '整个', '全部', '大部分', '不同', '其它', '首家', '首只', '首批',
  '当时', '然后', '首先', '随即', '过去', '最后', '此时', '现在', '以前', '之前', '后来', '曾经', '已经', '一直', '仍然',
  // Characters of speech no registered name holds (not 都 of 成都, nor 我 of 我爱我家).
  '到', '给', '让', '请', '跟', '也', '还', '又', '很', '们', '谁', '吗', '呢', '着', '过', '要', '没', '号召', '一张', '各',
  // More verbs, conjunctions and adverbs of consumer and market items before a bank, a maker or a developer used as a
  // common noun (session 18): "否则visa将重罚收单银行", "加上银行", "允许信托", "政府扶持电子", "素有责任地产", "紧追第一集团".
  '增加', '加上', '允许', '审批', '扶持', '如果', '否则', '拥有', '所用', '素有', '紧追', '跳票', '重罚', '拆卸', '申购', '兼并', '之后',
  '涉案', '附有', '已有', '改制为', '改制', '著名', '同一', '其余', '十大', '百大', '当地', '共有', '从事', '挑选', '质疑', '建立',
  // Determiners and counters: "一家银行", "多家券商", "这家公司", "四家银行", "这款游戏软件", "一位房产经纪".
  ...[...'一二两三四五六七八九十几数多各每该这那此'].flatMap((n) => [...'家个只间所款位名种类场'].map((c) => n + c)),
  '一家', '两家', '三家', '多家', '这家', '该家', '各家', '每家', '几家', '数家', '一些', '部分', '其他', '各大', '几大', '四大', '五大',
].sort((a, b) => b.length - a.length);

const STOP_SET: ReadonlySet<string> = new Set(STOP_WORDS);
/**
 * Stop words that registered names hold ("北京恒远通达建设工程", "浙江万向精工", "湖南湘江新区发展集团"): after a
 * place that anchors a name they do not cut it; the other stop words still do.
 */
const NAME_STOP_WORDS = new Set(['推广', '提供', '建设', '发展', '投资', '合作', '联合', '向', '和', '及', '以', '约', '生产', '销售', '研发', '商', '厂', '平台', '企业', '机构', '园区', '数', '多', '重点', '打造', '保障', '引导', '促进', '新建', '覆盖', '相关', '此', '这', '于', '是', '对', '从', '成为', '通过', '作为', '等', '控股权', '股权', '认购', '发售']);
const SENTENCE_STOP_SET: ReadonlySet<string> = new Set(STOP_WORDS.filter((w) => !NAME_STOP_WORDS.has(w)));
const STOP_MAX = Math.max(...STOP_WORDS.map((w) => w.length));
/** The stop words of two or more characters, which a cued name may not contain. */
const MULTI_STOPS: readonly string[] = [...STOP_SET].filter((w) => w.length >= 2);

/** Words that describe a kind of company, never name one ("国有银行", "头部券商", "外资保险"). */
const GENERIC = new Set(
  ('中国 国有 国营 商业 股份制 城商 农商 外资 中资 民营 私营 国内 海外 境内 境外 全球 头部 大型 中型 小型 龙头 上市 非上市 互联网 人工智能 新能源 ' +
    '医疗 消费 合成 植物基 冷链 供应链 跨境 电商 新消费 餐饮 零售 物业 光伏 储能 锂电 电池 芯片 自动驾驶 智能驾驶 低空 航天 商业航天 生物医药 创新药 ' +
    '医疗器械 企业服务 云计算 大模型 算力 数据 文娱 体育 农业 宠物 美妆 服饰 家居 出行 支付 区块链 元宇宙 无人机 传感器 氢能 碳中和 新能源汽车 ' +
    // Kinds of fund: "债券基金", "货币基金"; a broker as a kind ("券商经纪业务").
    '债券 货币 混合 股票 指数 券商 ' +
    '中小 交通 品牌 投资方 创投 风投 国家 无固定期限 永续 补充 核心 一级 二级 平准 人工 人形 双臂 新一代 工业 服务 协作 家用 具身 硬 软 金融 科技 数字 智能 传统 地方 城市 农村 村镇 政策性 开发性 系统 全国 本土 外国 跨国 公募 私募 创业 风险 产业 政府 引导 国资 央企 ' +
    '上海 北京 相关 同类 同行 主要 其他 部分 整个 所有 优质 知名 头部 信用 储蓄 投资 保险 证券 资产 管理 ' +
    // A central bank is a public body, not a company: "中国人民银行", "中央银行", "美国联邦储备银行".
    '人民 中央 联邦 储备 联邦储备 ' +
    // Kinds of shipping: "集装箱航运", "干散货航运".
    '集装箱 内河 沿海 干散货 油轮 ' +
    // A port is a place; a port group is a company only with its place ("山东港口集团").
    '港口 ' +
    // A product's model, not a maker: "新款机器人", "首款芯片", "多款新能源汽车".
    '新款 新型 首款 全新 多款 一款 该款 此款 新品 ' +
    // A bank's branches and a sales network: "分行网络", "销售网络", "营销网络".
    '分行 支行 网点 销售 营销 渠道 分支 ' +
    // Commodities whose futures a market item quotes: "碳酸锂期货", "布伦特原油期货".
    // A sovereign fund, an international firm, a mortgage, Hong Kong's specialist technology listings: "新加坡主权基金",
    // "一间国际会计师事务所", "按揭保险", "特专科技公司".
    '主权 国际 按揭 特专 ' +
    '碳酸锂 原油 布伦特 铁矿石 螺纹钢 黄金 白银 天然气 大豆 玉米 棉花 白糖 生猪 焦煤 焦炭 动力煤 沪铜 沪铝 伦铜 伦铝 ' +
    // Kinds of car: "智能电动汽车业务", "纯电汽车".
    '电动 纯电 混动 插混 燃油 网联 智能网联 ' +
    // Kinds of bank, policy and software, not banks, insurers or makers: "私人银行", "网上银行", "发卡银行", "人身意外伤害保险",
    // "游戏软件", "手机银行".
    '私人 网上 自助 个人 发卡 收单 贷款 零售 短信 手机 电话 直销 托管 开户 存款 网络 游戏 摇号 杀毒 办公 应用 人身 意外 伤害 ' +
    '财产 健康 外国 各类 各种 轻质 ' +
    // Kinds of fund, bank, lease and maker, and ranks, that consumer items put before a head: "开放式基金", "外资法人银行",
    // "公共租赁", "民用船舶", "农产品期货", "野生生物", "五星级地产", "大型连锁房产经纪", "世界电子".
    '开放式 封闭式 法人 公共 民用 农产品 野生 变种 有价 连锁 世界 三星级 四星级 五星级 专家 资深 房屋 ' +
    // The public at large: "大众软件" is a games magazine, "大众理财" everyone's savings.
    '大众').split(' '),
);

/** The kinds of bank a Chinese city or province names one of ("重庆农村商业银行", "成都农商银行"). */
// "浙江农商联合银行": the provincial union of rural commercial banks.
const LOCAL_BANK_KINDS = new Set(['农村商业', '城市商业', '农村合作', '农商联合', '农商', '商业', '村镇']);
/** Places that name a country or a region, where "商业银行" is the kind of bank, not one bank ("美国商业银行"). */
const FOREIGN_OR_NATION = new Set(
  '中国 香港 澳门 台湾 东京 纽约 伦敦 新加坡 美国 日本 韩国 德国 英国 法国 欧洲 亚洲 美洲 非洲 中东 东南亚 澳洲 北美 欧美 亚太 印度 越南 泰国 印尼 马来西亚 澳大利亚 加拿大 巴西 墨西哥 俄罗斯 意大利 西班牙 荷兰 瑞士 瑞典 沙特 阿联酋 以色列'.split(' '),
);

/** Places (with or without 市/省): a name may open with one; one alone is not a name. */
const PLACES = new Set(
  ('北京 上海 天津 重庆 深圳 广州 杭州 南京 苏州 成都 武汉 西安 长沙 郑州 青岛 济南 宁波 厦门 福州 合肥 无锡 东莞 佛山 珠海 大连 沈阳 ' +
    '哈尔滨 长春 石家庄 太原 南昌 南宁 昆明 贵阳 兰州 海口 乌鲁木齐 呼和浩特 银川 西宁 拉萨 温州 绍兴 嘉兴 常州 南通 烟台 泉州 ' +
    '香港 澳门 台湾 台北 广东 浙江 江苏 山东 河北 河南 湖北 湖南 四川 福建 安徽 江西 辽宁 吉林 黑龙江 山西 陕西 甘肃 云南 贵州 海南 ' +
    '广西 内蒙古 新疆 西藏 宁夏 青海 中国 东京 纽约 伦敦 新加坡 美国 日本 韩国 德国 英国 法国 欧洲 亚洲 美洲 非洲 中东 东南亚 澳洲 ' +
    '北美 欧美 亚太 印度 越南 泰国 印尼 马来西亚 澳大利亚 加拿大 巴西 墨西哥 俄罗斯 意大利 西班牙 荷兰 瑞士 瑞典 沙特 阿联酋 以色列 ' +
    // Countries that name their flag carriers and national companies ("土耳其航空", "卡塔尔能源"): the country alone is no short form.
    '土耳其 卡塔尔 科威特 巴林 阿曼 伊朗 伊拉克 埃及 南非 尼日利亚 肯尼亚 埃塞俄比亚 摩洛哥 阿尔及利亚 阿根廷 智利 秘鲁 哥伦比亚 ' +
    '委内瑞拉 菲律宾 巴基斯坦 孟加拉 斯里兰卡 哈萨克斯坦 乌兹别克斯坦 乌克兰 波兰 希腊 葡萄牙 爱尔兰 比利时 奥地利 挪威 丹麦 ' +
    '芬兰 冰岛 新西兰 阿塞拜疆 马来西亚 柬埔寨 缅甸 老挝 蒙古 朝鲜 ' +
    // Seas a short name may be read across ("海航" in "红海航线").
    '红海 黑海 里海').split(' '),
);
const PLACE_ENDS = ['市', '省', '区', '县'];
// More prefecture-level cities, which open many registered names ("临沂华通市政工程有限公司").
for (const city of ('临沂 潍坊 淄博 济宁 泰安 威海 日照 德州 聊城 滨州 菏泽 枣庄 东营 徐州 扬州 镇江 泰州 盐城 淮安 连云港 宿迁 湖州 金华 ' +
  '台州 丽水 衢州 舟山 芜湖 蚌埠 马鞍山 安庆 阜阳 滁州 六安 漳州 莆田 三明 龙岩 宁德 南平 赣州 九江 上饶 宜春 吉安 景德镇 萍乡 ' +
  '洛阳 开封 新乡 南阳 许昌 安阳 焦作 商丘 信阳 周口 驻马店 平顶山 宜昌 襄阳 荆州 十堰 黄石 孝感 株洲 湘潭 衡阳 岳阳 常德 益阳 郴州 ' +
  '中山 江门 湛江 茂名 惠州 汕头 肇庆 清远 韶关 揭阳 柳州 桂林 北海 绵阳 宜宾 泸州 德阳 南充 乐山 遵义 曲靖 玉溪 大理 宝鸡 咸阳 ' +
  '榆林 延安 包头 鄂尔多斯 唐山 保定 邯郸 廊坊 沧州 邢台 秦皇岛 张家口 大同 长治 晋城 鞍山 抚顺 锦州 营口 丹东 吉林 四平 ' +
  '大庆 齐齐哈尔 牡丹江 克拉玛依 喀什 昆山 江阴 张家港 常熟 义乌 慈溪 余姚 晋江 顺德 南海 滨海 浦东').split(' ')) {
  PLACES.add(city);
}

function isNameChar(code: number): boolean {
  const cls = charClass(code);
  if (cls === CJK) return code >= 0x3400 && code <= 0x9fff; // Han only: not kana, not CJK punctuation
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);
}

/** Length of the place at the start of `name` (with 市/省/区/县), or 0. */
function placeLength(name: string): number {
  for (let len = Math.min(4, name.length); len >= 2; len--) {
    if (!PLACES.has(name.slice(0, len))) continue;
    const end = PLACE_ENDS.includes(name[len] ?? '') ? len + 1 : len;
    return end;
  }
  return 0;
}

/** Whether the characters are all generic words or places ("国有", "中国国有", "北京"). */
function allGeneric(core: string): boolean {
  let i = 0;
  outer: while (i < core.length) {
    for (let len = Math.min(4, core.length - i); len >= 1; len--) {
      const w = core.slice(i, i + len);
      if (GENERIC.has(w) || PLACES.has(w)) {
        i += len;
        continue outer;
      }
    }
    return false;
  }
  return true;
}

function allGenericOrEmpty(core: string): boolean {
  return core === '' || allGeneric(core);
}

/** Words that describe a company's line of business without naming another company. */
const DESCRIPTIVE = ['信息技术', '新能源', '电子商务', '科技', '技术', '信息', '网络', '数字', '智能', '控股', '股份', '集团', '有限责任公司', '股份有限公司', '有限公司', '公司'].sort(
  (a, b) => b.length - a.length,
);

function isDescriptive(words: string): boolean {
  let rest = words;
  while (rest.length > 0) {
    const bracket = bracketEnd(rest, 0);
    const w = bracket > 0 ? rest.slice(0, bracket) : DESCRIPTIVE.find((d) => rest.startsWith(d));
    if (!w) return false;
    rest = rest.slice(w.length);
  }
  return true;
}

/** Where the last stop word of `set` in [start, end) ends, or `start`. */
function afterLastStop(text: string, start: number, end: number, set: ReadonlySet<string>): number {
  for (let endAt = end; endAt > start; endAt--) {
    for (let len = 1; len <= STOP_MAX && endAt - len >= start; len++) {
      // "招商基金", "华商基金": 商 or 厂 right before the corporate word is the name's own last character, not "a maker".
      if (len === 1 && endAt === end && (text[end - 1] === '商' || text[end - 1] === '厂')) continue;
      if (set.has(text.slice(endAt - len, endAt))) return endAt;
    }
  }
  return start;
}

/** The leftmost place in [start, end) that leaves two or more characters of name after it, or -1. */
function leftmostPlace(text: string, start: number, end: number): number {
  for (let at = start; at < end - 3; at++) {
    for (let len = 2; len <= 4 && at + len <= end - 2; len++) if (PLACES.has(text.slice(at, at + len))) return at;
  }
  return -1;
}

/**
 * The start of the name whose corporate word starts at `suffixStart`, or -1; `legal`: the word is a
 * legal one, so the name may be a long registered name anchored by its place (rule 4 of the header).
 */
function nameStart(text: string, suffixStart: number, legal = false): number {
  const max = legal ? MAX_LEGAL_NAME : MAX_NAME;
  let start = suffixStart;
  while (start > 0 && suffixStart - start < max) {
    const bracket = bracketStart(text, start - 1);
    if (bracket > 0) {
      start = bracket;
      continue;
    }
    if (!isNameChar(text.charCodeAt(start - 1))) break;
    start--;
  }
  if (start === suffixStart) return -1;
  if (legal) {
    const place = leftmostPlace(text, start, suffixStart);
    if (place >= 0) return afterDescription(text, afterLastStop(text, afterJoinedPlace(text, place, suffixStart), suffixStart, SENTENCE_STOP_SET), suffixStart);
  }
  const short = suffixStart - start > MAX_NAME ? suffixStart - MAX_NAME : start;
  let cut = afterLastStop(text, short, suffixStart, STOP_SET);
  // "京华建设集团", "某某发展集团": a word registered names hold, right before the legal word, is the name's own.
  if (legal && cut === suffixStart) {
    const head = NAME_HEAD_WORDS.find((w) => text.endsWith(w, suffixStart) && suffixStart - w.length > short);
    if (head) cut = afterLastStop(text, short, suffixStart - head.length, STOP_SET);
  }
  // "中标人为方大智创科技有限公司", "诉某某公司": a verb of one character opening a name is not part of it;
  // "陈某某任浙能集团": nor is a person's name of two or three characters before it.
  if (LEADING_VERBS.includes(text[cut]!) && suffixStart - cut >= 4) return cut + 1;
  for (let at = cut + 2; at <= cut + 3 && suffixStart - at >= 3; at++) if (LEADING_VERBS.includes(text[at]!)) return at + 1;
  return cut;
}

/** Words that describe a company before its registered name ("一家纺织企业浙江永通染织集团有限公司"). */
const DESCRIPTION_BEFORE_PLACE = /(?:企业|公司|厂商|厂家|龙头|巨头)$/;

/** "绍兴市柯桥区一家纺织企业浙江永通染织…": a place after a word that describes a company opens the name again there. */
function afterDescription(text: string, start: number, end: number): number {
  for (let at = start + 2; at < end - 3; at++) {
    if (DESCRIPTION_BEFORE_PLACE.test(text.slice(Math.max(start, at - 2), at)) && leftmostPlace(text, at, end) === at) return at;
  }
  return start;
}

/** Words of one character after which a place opens a name anew: "和", "及", "与" join two names; "是", "为", "于", "对" end a clause ("上海海港队背后是上海国际港务（集团）股份有限公司"). */
const JOINED_BEFORE_PLACE = '和及与是为于对';

/** Anchored at a place: "中国星网和中国矿产资源集团" is two names, the second opening at the place after 和. */
function afterJoinedPlace(text: string, start: number, end: number): number {
  let from = start;
  for (let at = start + 2; at < end - 3; at++) {
    if (JOINED_BEFORE_PLACE.includes(text[at]!) && leftmostPlace(text, at + 1, end) === at + 1) from = at + 1;
  }
  return from;
}

/** Whether a legal word starts within a few name characters of `from`. */
const LEGAL_FIRST = new Set(LEGAL.map((w) => w.charCodeAt(0)));

function legalFollows(text: string, from: number): boolean {
  for (let at = from; at < from + 6 && at < text.length; at++) {
    if (LEGAL_FIRST.has(text.charCodeAt(at)) && LEGAL.some((w) => text.startsWith(w, at))) return at > from;
    if (!isNameChar(text.charCodeAt(at))) return false;
  }
  return false;
}

/**
 * "成都农商银行", "江苏江南农村商业银行": before 银行, the kind of a local bank is read as part of the head
 * (农商 would otherwise cut the name as a sentence word), and the name before it as any name is.
 */
function localBankStart(text: string, at: number, suffix: string, legal: boolean): number | undefined {
  if (suffix !== '银行') return undefined;
  for (const kind of LOCAL_BANK_KINDS) {
    if (!text.endsWith(kind, at)) continue;
    // "浙江嘉善联合村镇银行": 联合 (joint) before the kind is the bank's own word, not the verb that cuts a name.
    const joint = text.endsWith('联合', at - kind.length) ? 2 : 0;
    const start = nameStart(text, at - kind.length - joint, legal);
    return start >= 0 && start < at - kind.length - joint ? start : undefined;
  }
  return undefined;
}

/** Where a product is made, opening the words before a head: "中国产", "国产", "日本产" (not 产业, 产品, 产权 …). */
const MADE_IN = /^(?:中国|美国|德国|日本|韩国|欧洲|国)产(?![业品权能值量])/;

/** A model's number at the end of what comes before a head: "星河一号", "长征5号". */
const MODEL_NUMBER_END = /[一二三四五六七八九十0-9]号$/;

/** A kind of company ahead of a name: generic words and 集团 ("餐饮集团", "零售集团"). */
const DESCRIBED_GROUP = /^([\u4e00-\u9fff]{2,4}?)集团/;

/** A development zone or park inside the words before a head ("前湾新区", "东湖高新区", "苏州工业园区"). */
const AREA_THEN_GENERIC = /(?:新区|开发区|高新区|经开区|自贸区|保税区|示范区|园区)/;

/** Stop words that close many registered names right before their legal word ("建设集团", "发展集团", "投资集团"). */
const NAME_HEAD_WORDS = ['建设', '发展', '投资'];

/** The longest name before a head, with neither a place before it nor a legal word after it. */
const MAX_PLAIN_NAME = 4;

/** Verbs of one character that open a clause before a company's name ("为", "诉", "任"). */
const LEADING_VERBS = '为诉任';

export interface ChineseCompany extends CompanyMention {
  /** The data mention this name contains and replaces, if any. */
  replaces?: CompanyMention;
}

/** Chinese company names before a corporate word that `known` does not cover (see the header). */
export function findChineseCompanies(text: string, known: readonly CompanyMention[]): ChineseCompany[] {
  const found: ChineseCompany[] = [];
  let k = 0;
  // The first data mention that may still cover a corporate word: its own pointer, since k moves only
  // when a name is read, and a long list of data names ("红杉中国、高瓴、启明创投…") reads none.
  let covering = 0;
  let lastEnd = 0;
  for (let i = nextSuffixStart(text, 1); i >= 0; i = nextSuffixStart(text, i + 1)) {
    const suffix = suffixAt(text, i);
    if (!suffix) continue;
    // The whole chain of corporate words: "科技股份有限公司", "控股集团".
    let end = i + suffix.length;
    let legal = LEGAL.includes(suffix);
    for (let n = 0; n < 3 && !suffix.endsWith('公司') && !suffix.endsWith('事务所'); n++) {
      // "科技（北京）股份有限公司": a bracket of a place may come between two corporate words.
      const bracket = bracketEnd(text, end);
      const at = bracket > 0 ? bracket : end;
      const next = suffixAt(text, at);
      if (!next) break;
      legal ||= LEGAL.includes(next);
      end = at + next.length;
      // Nothing but a bracket follows 有限公司 in a name: "有限公司投资…" is the sentence going on.
      if (next.endsWith('公司') || next.startsWith('合伙企业') || next.endsWith('事务所')) break;
    }
    // "分拆物管业务", "茶业界": a head that ends in 业 before 务, 绩 or 界 is read across 业务/业绩/业界, the words of any trade.
    if (suffix.endsWith('业') && !legal && end === i + suffix.length && '务绩界'.includes(text[end] ?? '')) {
      i = end - 1;
      continue;
    }
    // "共同转换股份协议", "以现金和美团点评股份支付": 股份 here is shares, not a company's word.
    // ("发行1250万股美国存托股份": 存托股份 are depositary shares.)
    if (!legal && text.endsWith('股份', end) && (SHARES_AFTER.test(text.slice(end, end + 3)) || text.endsWith('存托', i) || /现金(?:和|及|与|加|或)[^，。；]{0,10}$/.test(text.slice(Math.max(0, i - 14), i)))) {
      i = end - 1;
      continue;
    }
    // "控股股东", "控股子公司", "控股权": 控股 here is holding control, not a company's word.
    // "台湾金控股上半年获利大增": 金控 (financial holding companies) and 股 (their shares), no name before 控股.
    if ((text.endsWith('控股', end) && HOLDING_CONTROL_AFTER.test(text.slice(end, end + 3))) || (suffix === '控股' && text[i - 1] === '金' && !text.startsWith('股份', i + 1))) {
      i = end - 1;
      continue;
    }
    // "无固定期限资本债券", "证券市场", "保险资金": a head that opens a common noun of finance is no head.
    if (!legal && HEAD_NOUN_AFTER.test(text.slice(end, end + 3))) {
      i = end - 1;
      continue;
    }
    // "安徽芯材电子材料有限公司": a head inside a name that a legal word closes a few characters on is read there.
    if (!legal && legalFollows(text, end)) continue;
    // "精简集团架构", "集团层面": 集团 before a word of organisation is the group as a structure, not a name's end.
    if (text.endsWith('集团', end) && GROUP_STRUCTURE_AFTER.test(text.slice(end, end + 2))) {
      i = end - 1;
      continue;
    }
    // "商业房地产贷款", "减少注册资本": a head that closes a common noun (房地产, 注册资本) is no head, unless a legal word closes a name.
    if (!legal && COMMON_NOUN_BEFORE_HEAD[suffix]?.some((w) => text.endsWith(w, i))) {
      i = end - 1;
      continue;
    }
    // "汇丰建议私有化恒生银行": a head inside a data name is that name's; it closes no longer one. (A legal word
    // after a data name may: "江苏宁德时代股份有限公司" is CATL in full, read below.)
    while (covering < known.length && known[covering]!.end <= i) covering++;
    if (!legal && coveredByKnown(known, Math.max(k, covering), i, end)) {
      i = end - 1;
      continue;
    }
    const named = localBankStart(text, i, suffix, legal) ?? nameStart(text, i, legal);
    let start = named < 0 ? -1 : Math.max(named, lastEnd);
    // "中国移动集团和中国船舶集团": a joiner right after the name before opens no name; the next one starts after it.
    if (start >= 0 && start === lastEnd && '和及与'.includes(text[start] ?? '')) start++;
    // "中国移动和中国船舶集团": nor does one right after a data name inside the stretch.
    for (let j = k; start >= 0 && j < known.length && known[j]!.start < i; j++) {
      const kn = known[j]!;
      if (kn.start >= start && kn.end < i - 1 && '和及与'.includes(text[kn.end]!)) start = kn.end + 1;
    }
    if (start < 0 || start >= i) {
      i = end - 1;
      continue;
    }
    let core = text.slice(start, i);
    // "中国产电动汽车", "国产芯片": where a product is made opens no name ("中国产业…" does: 产业 is a word of it).
    const made = MADE_IN.exec(core);
    if (made) {
      start += made[0].length;
      core = core.slice(made[0].length);
    }
    // "10月汽车产销…", "产30万吨…": a date or a quantity opens no name.
    const count = /^[0-9０-９.]+(?:月|日|年|号|万吨|万|亿|吨|家|个|名|款|只|台|辆|股)*/.exec(core);
    if (count) {
      start += count[0].length;
      core = core.slice(count[0].length);
      if (core.length < 2) {
        i = end - 1;
        continue;
      }
    }
    // "第22次中国互联网络发展状况", "第二届独立董事": an ordinal of an event or a term opens no name.
    const ordinal = /^第[0-9０-９一二三四五六七八九十百]{1,4}(?:次|届|期|季|轮)/.exec(core);
    if (ordinal) {
      i = end - 1;
      continue;
    }
    // "上海一银行交易员", "北京一大型银行": a place and 一 (one) before a head is "a bank in Shanghai", unless a legal word closes it.
    const placed = placeLength(core);
    if (!legal && placed > 0 && core[placed] === '一' && allGenericOrEmpty(core.slice(placed + 1))) {
      i = end - 1;
      continue;
    }
    // "交通5家国有银行", "已有19家改制为法人银行": a count of companies inside the words opens the name after it.
    const counted = /^.*[0-9０-９]+(?:家|个|名|位|间|只)/.exec(core);
    if (counted) {
      start += counted[0].length;
      core = core.slice(counted[0].length);
      if (core.length < 2) {
        i = end - 1;
        continue;
      }
    }
    // "投资方为远澜创投、若水投资", "…、若水投资、…": a name ending in 投资 counts only as an item of a list.
    if (suffix === '投资' && !legal && !(LIST_BEFORE.includes(text[start - 1] ?? '') && LIST_AFTER.includes(text[end] ?? ''))) {
      i = end - 1;
      continue;
    }
    // Known mentions that touch the span.
    while (k < known.length && known[k]!.end <= start) k++;
    const inside = k < known.length && known[k]!.start < end ? known[k] : undefined;
    // "为中信集团", "赵某兼任华能国际电力股份有限公司": a data name of three or more characters anchors the
    // start of the name it opens, unless a place opens the stretch ("江苏恒瑞医药…"); a shorter one may
    // be a word of a longer name ("沁州黄小米（集团）").
    if (inside && inside.start > start && inside.end <= end && ((inside.end - inside.start >= 3 && placeLength(core) === 0) || '和及与'.includes(text[inside.start - 1]!))) {
      start = inside.start;
      core = text.slice(start, i);
    }
    // "餐饮集团美心食品": a kind of group ahead of the name describes it ("a catering group, Maxim's"), as 公司 would.
    const described = DESCRIBED_GROUP.exec(core);
    if (described && allGeneric(described[1]!) && core.length - described[0].length >= 2) {
      start += described[0].length;
      core = core.slice(described[0].length);
    }
    if (PLACE_WORDS.has(core.toLowerCase())) {
      i = end - 1;
      continue;
    }
    const place = placeLength(core);
    const rest = core.slice(place);
    // "重庆农村商业银行股份有限公司", "成都农商银行": a Chinese city or province and the kind of a local bank
    // name one bank, though every word of it is generic.
    // "山西银行", "四川银行": a mainland province or city and 银行 name its provincial or city bank ("中国银行",
    // "香港银行" and "日本银行" do not: a nation's name makes it the kind of bank, or its central bank).
    const localBank = place > 0 && suffix === '银行' && (LOCAL_BANK_KINDS.has(rest) || (rest === '' && place === core.length)) && !FOREIGN_OR_NATION.has(core.slice(0, place).replace(/[市省区县]$/, ''));
    // "山东省港口集团有限公司": a domestic place, generic words and a legal word name one company too.
    // "广西汽车集团有限公司": so do a domestic place, a head and a legal word.
    const placedLegal = legal && place > 0 && (rest.length > 0 ? allGeneric(rest) : !LEGAL.includes(suffix)) && !FOREIGN_OR_NATION.has(core.slice(0, place).replace(/[市省区县]$/, ''));
    // "星河一号机器人": a numbered model (一号, 2号) before the head is the product, not its maker.
    const model = !legal && MODEL_NUMBER_END.test(core);
    // "上海港汽车滚装码头": a place and 港 name the port, and what follows is its trade.
    if (!legal && place > 0 && (rest === '港' || rest === '港口')) {
      i = end - 1;
      continue;
    }
    // "宁波前湾新区新能源汽车产量": a development zone and generic words before a head name the zone's industry, not a company.
    const zone = !legal && AREA_THEN_GENERIC.exec(core);
    // (The 新 of 新能源 is read before the head 能源: "前湾新区新" + "能源汽车".)
    const afterZone = zone ? core.slice(zone.index + zone[0].length).replace(/新$/, '') : '';
    // "理财周报零售银行", "李云飞告诉银行": a long run of words before a head that is also a common noun, with no place to
    // anchor it and no legal word to close it, is the sentence, not a name (names of that kind are short: "韩亚银行").
    const sentence = !legal && place === 0 && core.length > MAX_PLAIN_NAME && !/[A-Za-z0-9]/.test(core);
    // "招银理财", "兴泰理财": 理财 (wealth management) closes a bank's or a group's arm; before the words of the trade it is the
    // service ("资深理财师", "衍生产品或理财业务", "理财产品"), unless a legal word closes the name.
    const service = !legal && suffix === '理财' && WEALTH_SERVICE_AFTER.test(text.slice(end, end + 2));
    const isName = !sentence && !model && !service && !(zone && (afterZone === '' || allGeneric(afterZone))) && (localBank || placedLegal || (core.length >= 2 && !(rest.length === 0 && !legal) && !(rest.length > 0 && allGeneric(rest) && !(legal && place > 0)) && !allGeneric(core)));
    if (isName && (!inside || (inside.start >= start && inside.end <= end))) {
      const written = text.slice(start, end);
      if (inside && inside.start === start) {
        // A data name and only descriptive or legal words after it is that company, in full
        // ("宁德时代新能源科技股份有限公司"); any other word makes another one ("阿里巴巴影业集团"). So are a few words of
        // its trade before 股份有限公司, the form of a listed company ("贵州茅台酒股份有限公司").
        if (inside.end < end && (isDescriptive(text.slice(inside.end, end)) || (text.endsWith('股份有限公司', end) && end - 6 - inside.end <= 4))) {
          found.push({ ...inside, end, text: written, replaces: inside });
          lastEnd = end;
        } else if (inside.end < end) {
          found.push({ start, end, text: written, id: chineseUnknownId(written), name: written, replaces: inside });
          lastEnd = end;
        }
      } else if (!inside) {
        // "国网江苏省电力有限公司", "中石化北京石油分公司": a known parent's short name right before a registered name
        // that opens with a place is one subsidiary's name.
        const parent = k > 0 && known[k - 1]!.end === start && legal && place > 0 && /^[\u4e00-\u9fff]{2,4}$/.test(known[k - 1]!.text) ? known[k - 1]! : undefined;
        const from = parent ? parent.start : start;
        const whole = text.slice(from, end);
        found.push({ start: from, end, text: whole, id: chineseUnknownId(whole), name: whole, ...(parent ? { replaces: parent } : {}) });
        lastEnd = end;
      } else if (legal && place > 0 && inside.start === start + place && (inside.end === end || isDescriptive(text.slice(inside.end, end)) || text.endsWith('股份有限公司', end))) {
        // "江苏恒瑞医药股份有限公司": the registered place and legal words around a data name are that company, in full;
        // so are the words of its line of business before 股份有限公司, the form of a listed company
        // ("苏州东山精密制造股份有限公司"; a subsidiary's 有限公司 with such words is another company).
        found.push({ ...inside, start, end, text: written, replaces: inside });
        lastEnd = end;
      } else if (legal && place > 0 && inside.start > start) {
        // "东莞市利安达智能装备有限公司", "中国贵州茅台酒厂（集团）有限责任公司": a data name read inside a longer
        // registered name, with other words around it, is part of another company's name.
        found.push({ start, end, text: written, id: chineseUnknownId(written), name: written, replaces: inside });
        lastEnd = end;
      }
    }
    i = end - 1;
  }
  return found;
}

/**
 * "《大众软件》", "发表于《理财周报》": a name the data does not hold that is a whole title between a title's marks is a
 * publication's or a work's title (a magazine, a book, a game), not a company. (A company's announcement opens its title
 * with the company's name: "《无锡某某股份有限公司关于…的公告》" names it.)
 */
export function inTitleMarks(text: string, m: { start: number; end: number }): boolean {
  return (text[m.start - 1] === '《' || text[m.start - 1] === '〈') && (text[m.end] === '》' || text[m.end] === '〉');
}

/**
 * The Chinese name that ends at `end` (a bracket follows it: "地平线（Horizon Robotics）"), cut after the
 * sentence's words as a name before a corporate word is; undefined when what is left is no name.
 */
export function chineseNameBefore(text: string, end: number): string | undefined {
  const start = nameStart(text, end);
  if (start < 0 || end - start < 2) return undefined;
  const name = text.slice(start, end);
  return allGeneric(name) || /[A-Za-z0-9]/.test(name) ? undefined : name;
}

/** Whether a stock code in brackets opens at `open`: "（301588）", "(600519)", "（08999.HK）", "（2330.TW）". */
function stockCodeAt(text: string, open: number): boolean {
  let i = open + 1;
  const from = i;
  while (i < text.length && i - from < 6 && text.charCodeAt(i) >= 0x30 && text.charCodeAt(i) <= 0x39) i++;
  const digits = i - from;
  if (digits === 6) return text[i] === '）' || text[i] === ')';
  if (digits < 4 || text[i] !== '.' || !/^(?:HK|TW|SZ|SH)[）)]/.test(text.slice(i + 1, i + 4))) return false;
  return true;
}

/**
 * "恒拓精密（301588）：中标…", "锦澜集团（08999.HK）发盈利预警": a Chinese name right before a stock code in brackets is
 * a listed company, with or without a corporate word. Found by a plain search for the bracket (a cheap test: most
 * brackets are followed by no code), and read back as a name before a corporate word is.
 */
export function findCodedNames(text: string, known: readonly CompanyMention[]): ChineseCompany[] {
  const found: ChineseCompany[] = [];
  for (const bracket of ['（', '(']) {
    for (let open = text.indexOf(bracket); open > 1; open = text.indexOf(bracket, open + 1)) {
      if (!stockCodeAt(text, open) || charClass(text.charCodeAt(open - 1)) !== CJK) continue;
      const i = firstEndAfter(known, open - 1);
      if (i < known.length && known[i]!.start < open) continue;
      const name = chineseNameBefore(text, open);
      if (!name || name.length > 8) continue;
      found.push({ start: open - name.length, end: open, text: name, id: chineseUnknownId(name), name });
    }
  }
  return found;
}

// "自动驾驶卡车公司驰远智行获得…": a name between what it is ("…公司") and what it did ("获得").
const CUED_NAME =
  /(?:公司|企业|厂商|品牌|平台|初创(?![公企])|新创(?![公企])|独角兽|服务商|供应商|制造商|开发商|运营商|连锁|创企(?!业)|药企(?!业)|车企(?!业))([\u4e00-\u9fff]{2,6}?)(?=的(?:战略|新一轮|全资|控股权?)?(?:投资(?![者人])|增资|注资|收购|并购)|(?:宣布|近日|日前|今日|昨日|已|正式|再次)?(?:于|在)?(?:今年|去年|近日|日前|今日|昨日|本月|上月)?(?:\d{1,2}月(?:\d{1,2}日)?|初|底)?(?:向(?:上交所|深交所|港交所|北交所|联交所))?(?:完成|获得|获|斩获|拿到|宣布|称|表示|发布|递交|提交|登陆|赴港|(?:港交所|科创板|创业板|上交所|深交所|北交所|纳斯达克|纽交所)(?:主板)?(?:挂牌|上市)|(?:全部|部分|\d+(?:\.\d+)?%)股权))/g;

/** Characters that end an item of a Chinese list, or the list. */
const ITEM_BREAK = /[、，,。；;：:和与及等（）()「」“”《》\s\d]/;
/** A name reads 2 to 8 Han characters with no sentence word in it. */
/** (The text is read folded to simplified characters, find-companies.ts: so is the name.) */
function isListedName(name: string): boolean {
  return (
    /^[\u4e00-\u9fff]{2,8}$/.test(name) &&
    !allGeneric(name) &&
    !PLACES.has(name) &&
    !NOT_A_COMPANY.has(name) &&
    !/[在的了与和将于从向对由被把是拟均也都则亦仍还已曾就又才]/.test(name) &&
    // "新世界发展", "中国建设": some sentence words end names.
    !hasStopWord(name) &&
    !NOT_A_COMPANY_END.test(name)
  );
}
const NAME_END_WORDS: ReadonlySet<string> = new Set(['发展', '建设', '合作', '控股权']);
/**
 * Any sentence word of two or more characters (a name is read for every item of a list): a set looked up at each
 * place of the short name, not one expression of every word (hundreds of alternatives tried at each character made a
 * page of market items 2.5× news in the slow test).
 */
const MULTI_STOP_SET: ReadonlySet<string> = new Set(MULTI_STOPS);
const MULTI_STOP_MAX = Math.max(...MULTI_STOPS.map((w) => w.length));
function hasStopWord(name: string): boolean {
  for (let i = 0; i < name.length - 1; i++) {
    for (let len = 2; len <= MULTI_STOP_MAX && i + len <= name.length; len++) {
      const w = name.slice(i, i + len);
      if (MULTI_STOP_SET.has(w) && !(NAME_END_WORDS.has(w) && i + len === name.length)) return true;
    }
  }
  return false;
}
/** Commodities and currencies a market item moves. */
const NOT_A_COMPANY: ReadonlySet<string> = new Set(['开盘', '收盘', '盘中', '早盘', '午盘', '尾盘', '黄金', '白银', '原油', '铜价', '比特币', '人民币', '美元', '港元', '日元', '欧元', '现货黄金', '国际金价']);
/** Verbs that follow the last item of a list of backers ("…若水投资继续加注", "…松石资本跟投"). */
// (And what a maker in a list brings out: "小米和荣耀新机带动需求" names 荣耀.)
// ("富邦金与国泰金表现亮眼": how the last item's shares did.)
const ITEM_VERBS = ['表现', '走势', '股价', '继续', '追加', '加注', '跟投', '领投', '参投', '牵头', '主导', '联合', '共同', '参与', '出资', '分别', '均', '新机', '新品', '新车', '新款', '带动'];

/** Length of a list item read up to a break: cut before a verb that follows the name. */
function itemLength(item: string): number {
  let cut = item.length;
  for (const w of ITEM_VERBS) {
    const at = item.indexOf(w, 2);
    if (at >= 2 && at < cut) cut = at;
  }
  return cut;
}

/** The end of an item: the words that follow a name in a sentence ("沪上阿姨均在…"). */
const AFTER_NAME = /[均都也则亦将已在是为的今昨本]/;
/** What a market item or a list may name that is no company: an index, a sector, a price, a figure. */
// ("著名实业家、…董事长周志华": a person described by trade, in a list beside a company.)
const NOT_A_COMPANY_END = /(?:产业|领域|实业家|企业家|银行家|投资家|创始人|董事长|总经理|指|指数|板块|概念|股|行业|市场|大盘|价|价格|量|额|率|值|数|比|收入|利润|营收|规模|产量|销量|出口|进口|汇率|期货|债|基金|ETF|政府|部门|法院|大学|医院|协会|委员会|局|厅|办|人民银行|中央银行|储备银行)$/;

/**
 * Names listed beside a company ("腾讯、字节跳动和快手"): an item of a list joined by 、 (and 和/与/及
 * before the last) that holds a company is one too, when it reads as a name.
 */
/** Which characters of `text` the mentions cover: an overlap test in the length of the span, not the number of mentions. */
export function coverage(text: string, mentions: readonly { start: number; end: number }[]): { covered: (start: number, end: number) => boolean; cover: (start: number, end: number) => void } {
  const marks = new Uint8Array(text.length + 1);
  const cover = (start: number, end: number) => marks.fill(1, Math.max(0, start), Math.min(text.length, end));
  for (const m of mentions) cover(m.start, m.end);
  return { covered: (start, end) => marks.subarray(Math.max(0, start), Math.min(text.length, end)).includes(1), cover };
}

/** What makes the item before it part of a public body's name ("国家发展" + "和改革委员会"). */
const BODY_GOES_ON = /^[和与及]?[\u4e00-\u9fff]{0,4}?(?:委员会|管理局|监管局|总局|部|署|厅)/;

export function findListedChineseNames(text: string, mentions: readonly CompanyMention[]): ChineseCompany[] {
  const found: ChineseCompany[] = [];
  const taken = coverage(text, mentions);
  // An item already covered (a mention, or read from another item) ends the walk: the rest of the list
  // is read from there, so each list is walked once and the reading stays linear.
  const add = (start: number, end: number, name: string): boolean => {
    if (taken.covered(start, end)) return false;
    taken.cover(start, end);
    found.push({ start, end, text: name, id: chineseUnknownId(name), name });
    return true;
  };
  for (const m of mentions) {
    if (!/[\u4e00-\u9fff]$/.test(m.text)) continue;
    // Items after it.
    for (let at = m.end; at < text.length && /[、和与及]/.test(text[at]!); ) {
      let end = at + 1;
      while (end < text.length && end - at <= 9 && !ITEM_BREAK.test(text[end]!) && !(end - at > 2 && AFTER_NAME.test(text[end]!))) end++;
      // "、若水投资继续加注": the item stops where the sentence's verb starts.
      end = at + 1 + itemLength(text.slice(at + 1, end));
      const name = text.slice(at + 1, end);
      // "与国家发展和改革委员会": an item that goes on into a body's name is not a company.
      if (BODY_GOES_ON.test(text.slice(end, end + 10))) break;
      if (taken.covered(at + 1, end) || !isListedName(name) || !add(at + 1, end, name)) break;
      if (text[at] !== '、') break;
      at = end;
    }
    // Items before it.
    for (let at = m.start; at > 0 && text[at - 1] === '、'; ) {
      let start = at - 1;
      while (start > 0 && at - 1 - start < 9 && !ITEM_BREAK.test(text[start - 1]!)) start--;
      const name = text.slice(start, at - 1);
      if (taken.covered(start, at - 1) || !isListedName(name) || !add(start, at - 1, name)) break;
      at = start;
    }
  }
  return found;
}

// "，新世界发展跌5%", "古茗、沪上阿姨跌逾3%", "老铺黄金则逆市涨4%": names whose shares moved, in a market item.
// (A scan that opens with a look-behind is tried at every character: the look-ahead for a Chinese
// character before it lets the engine skip the rest.)
const MARKET_MOVE =
  /(?=[\u4e00-\u9fff])(?<=^|[，,。；;：:\s])((?:[\u4e00-\u9fff]{2,8}、)*[\u4e00-\u9fff]{2,8}?)(?=(?:则|亦|也|均|分别)?(?:股价)?(?:逆市|盘中|全天|尾盘|早盘|午后|当日|今日|昨日|首日)?(?:大涨|大跌|收涨|收跌|涨停|跌停|上涨|下跌|涨|跌)(?:超|逾|近|约|了)?[0-9０-９])/g;

export function findMarketMoveNames(text: string, known: readonly CompanyMention[]): ChineseCompany[] {
  const found: ChineseCompany[] = [];
  const taken = coverage(text, known);
  for (const m of text.matchAll(MARKET_MOVE)) {
    let at = m.index;
    for (const item of m[1]!.split('、')) {
      const start = at;
      const end = at + item.length;
      at = end + 1;
      // The verb may have been read into the last item ("沪上阿姨则"): names stop before 则/亦/也.
      const name0 = item.replace(/(?:则|亦|也|均|分别|逆市|盘中|全天|尾盘|早盘|午后|股价|首日|今日|当日|昨日|周[一二三四五六日]|收)+$/, '');
      // "开盘后云雀机器人股价…": the time of day before the name is the sentence's.
      const lead = /^(?:开盘后|收盘前|开盘|盘中|午后|早盘|尾盘|随后|此后|其后|当天|今日|昨日|当日)/.exec(name0)?.[0].length ?? 0;
      const name = name0.slice(lead);
      if (!isListedName(name) || /指数|首日|收盘/.test(name) || taken.covered(start + lead, start + lead + name.length)) continue;
      found.push({ start: start + lead, end: start + lead + name.length, text: name, id: chineseUnknownId(name), name });
    }
  }
  return found;
}

// "全资收购快运通，", "收购海旅免税51%股权", "收购共享单车企业骑迹出行，": the target of a deal, right after its verb
// (and what it is), up to the end of the
// clause or the stake bought. "*ST天宇", "ST明诚": a stock under risk warning (the mark and two characters).
// (A name between what it is and the end of a clause, "单车企业骑迹出行，", was tried and dropped: "企业负责人参会，",
// "公司日常经营，" read the same way.)
// "全资收购杭州数据中台初创公司数脉信息，", "收购光年之外全部权益": what the target is may take ten characters;
// a stake stated in full (全部, 51%) is the slot's own grammar, and names the target with no buyer before it.
const DEAL_TARGET = /(?:收购|并购|购买|拿下|入股|参股|洽购|受让|出售|转让|战略投资|增资|注资)了?(?:所持有?的?)?(?:[\u4e00-\u9fff]{0,10}?(?:企业|公司|平台|品牌|厂商|初创(?![公企])|连锁|机构|创企(?!业)|药企(?!业)|车企(?!业)|龙头))?((?:[0-9A-Za-z]{1,4})?[\u4e00-\u9fff]{2,6}?)(?=[，。；]|的?(?:(?:约|共|合计)?\d+(?:\.\d+)?%|全部|部分|多数|少数)?(?:股权|股份|控股权|权益))/g;
/** "收购新昇晶投、新昇晶科、新昇晶睿的少数股权": the items of a list of targets whose shares are bought. */
const TARGET_LIST = /(?:收购|购买|受让)((?:[\u4e00-\u9fff]{2,6}?、){1,5}[\u4e00-\u9fff]{2,6}?)(?:各|分别)?的?(?:(?:约|共|合计)?\d+(?:\.\d+)?%|全部|部分|多数|少数|控股)?的?(?:股权|股份|权益)/g;
/** "蜜雪集团完成对福鹿家的收购": what is bought or invested in, between 对 and 的…收购/投资. */
const BOUGHT_OF = /对(?:[\u4e00-\u9fff]{0,12}?(?:企业|公司|平台|品牌|厂商|分销商|运营商|生产商|供应商|集团|机构|连锁))?([\u4e00-\u9fff]{2,6}?)的(?:全资|控股权?|战略|新一轮)?(?:收购|并购|投资|增资|注资)/g;
/** "将银泰商业出售给雅戈尔集团": what is sold, between 将 and the verb that names its buyer. */
const SOLD_BEFORE_TO = /将(?:所持有?的?)?([\u4e00-\u9fff]{2,6}?)(?:(?:约|共|合计)?\d+(?:\.\d+)?%的?|全部|部分)?(?:股权|股份)?(?:以[^，。；]{1,20}?)?(?:出售|转让|卖)给/g;
const STATED_STAKE = /^的?(?:(?:约|共|合计)?\d+(?:\.\d+)?%|全部)(?:股权|股份|权益)/;
// "「星海图」完成超1亿美元A轮融资": a name in corner brackets that raised money (36氪's style for start-ups).
const BRACKETED_RAISER = /「([\u4e00-\u9fff]{2,8})」(?=[^。；「」]{0,8}?(?:完成|获得|获)[^。；「」]{0,24}?(?:融资|投资|轮))/g;
const RISK_WARNED = /(?<![A-Za-z*])(?:S?\*ST|ST)([\u4e00-\u9fff]{2})/g;
/** What a deal buys that is no company, and what ends a clause's subject that is no name. */
const NOT_A_TARGET = /^(?:控股|控制权|成功|失败|进展|报告|价款|一事|传闻|预案|意向|协议|计划|公告|完成|事件|消息|谈判|流程|程序|手续|审批|审查|申请|议案|决议|工作|过程|期间|以来|之后|之前|资产|股权|股份|业务|项目|土地|地块|工厂|门店|债权|方案|要约|标的|价格|事项|事宜|交易|对价|溢价|资金|款项|房产|物业|酒店|商场|矿山|矿权|专利|对象|剩余|少数|全部|部分|其|该|此|这|对方|后者|前者|一家|多家|两家)/;
const NOT_A_SUBJECT_END = /(?:方面|人士|负责人|高管|员工|董事会|内部|层面|人员|团队|总部|产品|业务|数据|规模|情况|问题|板块|个股|股票|概念|指数|行业|领域|赛道)$/;

const SUBJECT_GAP = 16;
/** The longest name looked up before a deal verb. */
const MAX_LEGAL_NAME_CHARS = 14;

/** The last of `mentions` (sorted, non-overlapping) that ends at or before `at`. */
function lastEndingBefore(mentions: readonly CompanyMention[], at: number): CompanyMention | undefined {
  return mentions[firstEndAfter(mentions, at) - 1];
}

/**
 * A name of `names` (read on this text without the data: "云栈科技") ending within SUBJECT_GAP characters before
 * `at`, as a mention: each end and length in the window is looked up once, so this stays linear in the text.
 */
function nameBefore(text: string, at: number, names: ReadonlySet<string>): CompanyMention | undefined {
  if (names.size === 0) return undefined;
  for (let end = at; end >= Math.max(2, at - SUBJECT_GAP); end--) {
    for (let len = Math.min(MAX_LEGAL_NAME_CHARS, end); len >= 2; len--) {
      const name = text.slice(end - len, end);
      if (names.has(name)) return { start: end - len, end, text: name, name, id: '' };
    }
  }
  return undefined;
}

/** "上海一家", "北京工厂": a place and nothing that names (a place with a name after it, "徐州博康", is a name). */
function opensOnPlaceOnly(name: string): boolean {
  return PLACES.has(name.slice(0, 2)) && (name.length < 4 || allGeneric(name.slice(2)) || /^(?:一|多|某|该|这|两|几)/.test(name.slice(2)));
}

/** Targets of a deal and risk-warned stocks (see above) that `known` does not cover. */
export function findClauseNames(text: string, known: readonly CompanyMention[], otherNames: ReadonlySet<string> = new Set()): ChineseCompany[] {
  const found: ChineseCompany[] = [];
  const taken = coverage(text, known);
  const take = (name: string, start: number, id: string) => {
    const end = start + name.length;
    if (taken.covered(start, end)) return;
    taken.cover(start, end);
    found.push({ start, end, text: name, id, name });
  };
  for (const m of text.matchAll(DEAL_TARGET)) {
    const name = m[1]!;
    // The buyer is named in the clause before the verb ("顺丰宣布全资收购…"): a company mention ends at most
    // SUBJECT_GAP characters before it, with no clause break between.
    const knownBuyer = lastEndingBefore(known, m.index);
    const otherBuyer = nameBefore(text, m.index, otherNames);
    const buyer = otherBuyer && (!knownBuyer || otherBuyer.end > knownBuyer.end) ? otherBuyer : knownBuyer;
    // "同时宣布全资收购数脉信息，": bought whole, named up to the clause's end, also needs no buyer before it.
    const stated = STATED_STAKE.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12)) || (text.slice(m.index - 2, m.index) === '全资' && /^[，。；]/.test(text.slice(m.index + m[0].length)));
    if (!stated && (!buyer || m.index - buyer.end > SUBJECT_GAP || /[，。；！？,;]/.test(text.slice(buyer.end, m.index)))) continue;
    // "全资收购91无线": a name may open with digits or Latin letters before its Chinese characters.
    const han = name.replace(/^[0-9A-Za-z]+/, '');
    if (NOT_A_TARGET.test(han) || !isListedName(han) || NOT_A_SUBJECT_END.test(han) || opensOnPlaceOnly(han) || (han.length < 3 && han === name)) continue;
    take(name, m.index + m[0].length - name.length, chineseUnknownId(name));
  }
  for (const m of text.includes('给') ? text.matchAll(SOLD_BEFORE_TO) : []) {
    const name = m[1]!;
    if (NOT_A_TARGET.test(name) || !isListedName(name) || NOT_A_SUBJECT_END.test(name) || opensOnPlaceOnly(name)) continue;
    take(name, m.index + m[0].indexOf(name, 1), chineseUnknownId(name));
  }
  for (const m of text.includes('、') ? text.matchAll(TARGET_LIST) : []) {
    let at = m.index + m[0].indexOf(m[1]!);
    for (const name of m[1]!.split('、')) {
      const start = at;
      at += name.length + 1;
      if (NOT_A_TARGET.test(name) || !isListedName(name) || NOT_A_SUBJECT_END.test(name) || opensOnPlaceOnly(name)) continue;
      take(name, start, chineseUnknownId(name));
    }
  }
  for (const m of text.includes('对') ? text.matchAll(BOUGHT_OF) : []) {
    const name = m[1]!;
    if (NOT_A_TARGET.test(name) || !isListedName(name) || NOT_A_SUBJECT_END.test(name) || opensOnPlaceOnly(name)) continue;
    take(name, m.index + m[0].indexOf(name, 1), chineseUnknownId(name));
  }
  for (const m of text.matchAll(BRACKETED_RAISER)) {
    const name = m[1]!;
    if (!isListedName(name)) continue;
    take(name, m.index + 1, chineseUnknownId(name));
  }
  // (Only where "ST" is written at all: led by a look-behind, the scan is tried at every character.)
  for (const m of text.includes('ST') ? text.matchAll(RISK_WARNED) : []) {
    const core = m[1]!;
    if (NOT_A_SUBJECT_END.test(core) || allGeneric(core) || /公司|股票|个股|类股/.test(core)) continue;
    take(m[0], m.index, UNKNOWN_ID_PREFIX + m[0].replace(/^S?\*?ST/, 'ST'));
  }
  return found;
}

/** Chinese names read from the words around them, where no corporate word closes them. */
export function findCuedChineseNames(text: string, known: readonly CompanyMention[]): ChineseCompany[] {
  const found: ChineseCompany[] = [];
  const taken = coverage(text, known);
  CUED_NAME.lastIndex = 0;
  for (const m of text.matchAll(CUED_NAME)) {
    const name = m[1]!;
    const start = m.index + m[0].length - name.length;
    const end = start + name.length;
    // ("公司已就分拆建议向联交所提交申请": 已 and 就 are the sentence's, not a name's.)
    if (allGeneric(name) || NOT_A_COMPANY_END.test(name) || /[在的了与和将于从向对由被把是拟均也都已就亦仍还曾]/.test(name) || MULTI_STOPS.some((w) => name.includes(w)) || taken.covered(start, end)) continue;
    found.push({ start, end, text: name, id: chineseUnknownId(name), name });
  }
  for (const m of [...findBankInitials(text), ...findBookmakerShortNames(text), ...findCuedGamesNames(text)]) if (!taken.covered(m.start, m.end)) found.push(m);
  return found.sort((a, b) => a.start - b.start);
}

/** The name without the legal words that close it ("北京某某置业有限公司" → "北京某某置业"). */
function withoutLegal(name: string): string {
  let out = name;
  for (let n = 0; n < 4; n++) {
    const legal = LEGAL.find((w) => out.endsWith(w) && out.length > w.length);
    if (!legal) break;
    out = out.slice(0, -legal.length);
    // "华润（集团）有限公司", "某某（北京）有限公司": the bracket before a legal word goes with it.
    const bracket = bracketStart(out, out.length - 1);
    if (bracket > 0) out = out.slice(0, bracket);
  }
  return out;
}

/**
 * The id of a Chinese name the data does not hold: without its legal words and its opening place,
 * so "北京某某置业有限公司" and a later "某某置业" are one company ("unknown:某某置业").
 */
export function chineseUnknownId(name: string): string {
  const bare = withoutLegal(name);
  const place = placeLength(bare);
  // A local bank, or a name of generic words, keeps its place: "重庆农村商业银行" and "成都农村商业银行" are two banks.
  const keepsPlace = bare.length - place < 2 || LOCAL_BANK_KINDS.has(bare.slice(place, -2)) || allGeneric(bare.slice(place)) || HEADS.includes(bare.slice(place));
  // (without 市/省 after it: "山东省港口集团有限公司" and "山东港口集团" are one company)
  const core = !keepsPlace ? bare.slice(place) : place > 0 && PLACE_ENDS.includes(bare[place - 1]!) && bare.length - place >= 2 ? bare.slice(0, place - 1) + bare.slice(place) : bare;
  return UNKNOWN_ID_PREFIX + core;
}

/** What follows the first four characters of a core whose 简称 they are: the rest of its trade ("机械", "装备", "料科技", "源科技": 德润新能 of 德润新能源科技). */
const TRADE_TAIL = /^[料源]?(?:机械|装备|科技|技术|电子|制造|设备|工程|能源|电气|材料|器件|仪器|系统|软件|信息|智能)+$/;

/** Shorter forms a Chinese full name links on its page: without legal words, without its place, without its head. */
function longestHead(heads: readonly string[], core: string): string | undefined {
  let best: string | undefined;
  for (const h of heads) if (core.endsWith(h) && core.length - h.length >= 2 && (best === undefined || h.length > best.length)) best = h;
  // "新能源" is one word: a brand does not end in 新.
  if (best === '能源' && core.endsWith('新能源') && core.length >= 5) best = '新能源';
  return best;
}

/**
 * Everyday words a page writes far more often than any company so named: an unknown company's name
 * without its head is not linked alone when it is one ("但希望集团能够…" would link every 希望, hope).
 */
const EVERYDAY_WORDS: ReadonlySet<string> = new Set(['希望', '未来', '发展', '世界', '时代', '东方', '中华', '光明', '阳光', '和平', '天下', '美好', '幸福', '明天', '今天', '成功', '先进', '现代', '经济', '社会', '市场', '本地', '本港', '全国', '全球']);

export function chineseShortForms(full: string, industrialOnly = false): string[] {
  const forms: string[] = [];
  const bare = withoutLegal(full);
  if (bare !== full && bare.length >= 2 && !allGeneric(bare)) forms.push(bare);
  const place = placeLength(bare);
  const core = bare.slice(place);
  // "中国银行" without its place is just "银行": a place stays when what is left is a corporate word.
  // A known company keeps its place ("山东黄金" is not "黄金", gold): only an unknown one, named in
  // full on this page, is known by its name without the place.
  if (!industrialOnly && place > 0 && core.length >= 2 && !allGeneric(core) && !SUFFIXES.includes(core)) forms.push(core);
  // A known company's brand is its name without an industrial head ("三一重工" → "三一"); a bank's or a
  // broker's is not ("招商银行" is not "招商", which means attracting investment).
  const heads = industrialOnly ? INDUSTRIAL_HEADS : [...HEADS, ...SHORT_FORM_TAILS];
  // "福耀玻璃工业" → "福耀玻璃": 工业 closes a brand only after a material ("盐湖工业" is not "盐湖", a salt lake).
  // The longest head the core ends with: "宝廷新能源" ends in 新能源, not 能源 ("宝廷", not "宝廷新").
  const head = longestHead(heads, core) ?? (core.length === 6 && core.endsWith('工业') && MATERIAL_WORDS.includes(core.slice(2, 4)) ? '工业' : undefined);
  const brand = head ? core.slice(0, -head.length) : '';
  if (brand.length >= 2 && !allGeneric(brand) && !STOP_WORDS.includes(brand)) forms.push(brand);
  // "隆基绿能科技股份有限公司" → "隆基", "福耀玻璃工业集团股份有限公司" → "福耀": a brand of four characters whose last two
  // name its trade or material is known by its first two (not a place: "上海电气" is not "上海").
  const material = brand.length === 4 ? brand.slice(2) : '';
  if (MATERIAL_WORDS.includes(material) && !allGeneric(brand.slice(0, 2)) && !PLACES.has(brand.slice(0, 2)) && !STOP_WORDS.includes(brand.slice(0, 2))) forms.push(brand.slice(0, 2));
  // "卡奥斯物联科技股份有限公司" → "卡奥斯物联" → "卡奥斯": an unknown company's brand drops one more word of its trade.
  const trade = industrialOnly ? undefined : TRADE_WORDS.find((w) => brand.endsWith(w) && brand.length - w.length >= 2);
  const name = trade ? brand.slice(0, -trade.length) : '';
  if (name.length >= 2 && !allGeneric(name) && !STOP_WORDS.includes(name) && !PLACES.has(name)) {
    forms.push(name);
    // "青岛蓝港精细化工有限公司" → "蓝港化工": the name and the head, without the trade between them.
    if (head && name.length + head.length >= 4) forms.push(name + head);
  }
  // "常州恒拓精密机械有限公司" → "恒拓精密", "郑州嘉润新材料科技有限公司" → "嘉润新材": an unknown company's 简称 is
  // often its brand and the first two characters of its trade, the first four of a long core.
  // "绍兴柯桥恒美印染有限公司" → "恒美印染": the two characters before a head of two, and the head, when a
  // district the place table lacks comes before them (not a trade word: "蓝港精细化工" is not "精细化工").
  // (Not before 技术 or 部件, which follow a trade of their own: "芯岚半导体技术" is not "导体技术", nor
  // "安途汽车部件" "汽车部件".)
  const last = head?.length === 2 && !['技术', '部件', '配件'].includes(head) && core.length >= 6 ? core.slice(-4) : '';
  if (!industrialOnly && last && !allGeneric(last.slice(0, 2)) && !TRADE_WORDS.includes(last.slice(0, 2)) && !hasStopWord(last) && !forms.includes(last)) forms.push(last);
  const four = core.slice(0, 4);
  if (!industrialOnly && TRADE_TAIL.test(core.slice(4)) && !forms.includes(four) && !allGeneric(four) && !hasStopWord(four) && !PLACES.has(four.slice(0, 2))) {
    forms.push(four);
    // "浙江鼎晟新材料科技股份有限公司" → "鼎晟新材" → "鼎晟": a 简称 whose last two characters name its material is known
    // by its first two, as a brand's is ("隆基绿能" → "隆基").
    const first = four.slice(0, 2);
    if (MATERIAL_WORDS.includes(four.slice(2)) && !allGeneric(first) && !STOP_WORDS.includes(first) && !EVERYDAY_WORDS.has(first) && !forms.includes(first)) forms.push(first);
  }
  // "宁波舟山港股份有限公司" → not "宁波舟山港": a short form that ends in 港, 机场 or 站 names the port, the airport or
  // the station, a place, wherever the page writes it alone; "恒生指数有限公司" → not "恒生指数", the index it compiles.
  return forms.filter((f) => f !== full && !/(?:港|机场|站|指数)$/.test(f) && (industrialOnly || !EVERYDAY_WORDS.has(f)));
}

// "太古广场", "寿光蔬菜产业园", "未来科技城", "…煤化工项目": a Chinese name that opens the name of a place,
// a building or a project is that place's name, not the company.
// "清华大学", "福耀科技大学", "协和医院": a school, a hospital or an institute named after a company or a founder is no company either.
// ("上海迪士尼乐园", "北京环球度假区", "深圳国际仲裁院": a theme park, a resort or an arbitration body named after a company or a place.)
// ("隆基光伏产业园": a park named after a company and its trade.)
const PLACE_AFTER = /^(?:[\u4e00-\u9fff]{1,2}产业园|乐园|度假区|仲裁院|仲裁委员会|俱乐部|战队|广场|大厦|大楼|中心|项目|基地|园区|产业园|科技园|生态园|创新园|软件园|工业园|科学城|新城|文旅城|小镇|景区|地区|山(?![东西])|路|街|站|镇|村|(?:科技|理工|财经|工业|师范|医科|交通)?(?:大学|学院)|医院|中学|小学|研究院|研究所)/;
/** "腾讯滨海大厦": a building named by the company and its site, two or three characters that are no sentence words. */
// ("JDG京东电子竞技俱乐部": a club named after its owner.)
/** The first characters of a building's or a club's word (大厦, 大楼, 广场, 俱乐部). */
const BUILDING_FIRST = new Set([...'大广俱'].map((c) => c.charCodeAt(0)));
const BUILDING_AFTER = /^[^\s和与及在的了是将对向为从、，。；]{1,3}(?:大厦|大楼|广场)|^(?:电子竞技|竞技|电竞|足球|篮球)?俱乐部/;

/** Whether the Chinese mention opens the name of a place, a building or a project. */
/** First characters of what may follow (a cheap gate: most mentions are followed by none). */
const PLACE_AFTER_FIRST = new Set([...'乐度仲俱战广大中项基园产科生创软工新文小景地山路街站镇村城理财师医交学研区'].map((c) => c.charCodeAt(0)));

export function opensPlaceName(text: string, m: CompanyMention): boolean {
  const next = text.charCodeAt(m.end);
  if (!PLACE_AFTER_FIRST.has(next)) {
    // Only a building's name ("腾讯滨海大厦") may start with another character.
    // (Or a club's: "京东电子竞技俱乐部".)
    let opens = false;
    for (let at = m.end + 2; at <= m.end + 5 && !opens; at++) opens = BUILDING_FIRST.has(text.charCodeAt(at));
    if (!opens) return false;
  }
  if (charClass(text.charCodeAt(m.end - 1)) !== CJK) return false;
  // A legal word closes a company's name for sure: "某某有限公司项目部" is the company's.
  if (/(?:公司|集团)$/.test(m.text)) return false;
  const after = text.slice(m.end, m.end + 7);
  // "寿光蔬菜产业园", "未来科技城": 园 or 城 after a word of a park's name (not "京东城市").
  const park = (after[0] === '园' || (after[0] === '城' && after[1] !== '市')) && /(?:产业|科技|物流|生态|软件|工业|创新|数字|智慧)$/.test(m.text);
  // "武汉东湖高新区": a name that ends like a development zone's, before 区, is the zone ("东湖高新" is also a listed company).
  if (after[0] === '区' && /(?:高新|开发|经开|新)$/.test(m.text)) return true;
  return park || PLACE_AFTER.test(after) || BUILDING_AFTER.test(after);
}

/** Words that open on the last character of a two-character short name: "工行" in "加工行业", "建行" in "基建行情". */
const WORD_AFTER_SHORT_NAME: ReadonlySet<string> = new Set(['行业', '行情', '行为', '行动', '行政', '行驶', '行程', '行李', '行使', '行走', '行车', '行销', '行人', '行列']);

/** Words that close on the first character of a short name: "国美" in "全国美术作品展览", "外国美术". */
const WORD_BEFORE_SHORT_NAME: ReadonlySet<string> = new Set(['全国', '各国', '两国', '本国', '该国', '外国', '我国', '他国', '回国', '出国', '归国', '强国', '大国', '小国', '邻国']);

/** Place names a short Chinese data name may be read across ("京东" in "南京东路"). */
export function readAcrossPlace(text: string, m: CompanyMention): boolean {
  if (charClass(text.charCodeAt(m.start)) !== CJK) return false;
  if (namesTeam(text, m)) return true;
  if (m.end - m.start > 3) return false;
  // "加工行业": a bank's short form ("工行") read across a word its last character opens (行业, 行情 …).
  if (m.end - m.start === 2 && WORD_AFTER_SHORT_NAME.has(text.slice(m.end - 1, m.end + 1))) return true;
  if (m.start > 0 && WORD_BEFORE_SHORT_NAME.has(text.slice(m.start - 1, m.start + 1))) return true;
  const before = text.slice(m.start - 1, m.start + 1);
  const after = text.slice(m.end - 1, m.end + 1);
  return (m.start > 0 && PLACES.has(before)) || PLACES.has(after);
}

/** Who issues an announcement and is no company (exchanges, regulators, ministries, courts, the central bank), and
 *  the kinds of announcement ("招标公告", "业绩公告"). */
/** What opens a clause before a purchase and is no company: the deal, its sides, a pronoun. */
const NOT_A_BUYER = /^(?:交易|双方|对方|本次|此次|该|其|公司|集团|上市公司|母公司|买方|卖方|收购方|今年|去年|目前|随后|同时|此外|另外)/;
/** What a 旗下 slot may read that is no unit: a buyer's non-names, or a list of what the owner has. */
// ("旗下北角新盘将于下月推出": a development, a project or a hotel is no unit that acts.)
const NOT_A_UNIT = new RegExp(`${NOT_A_BUYER.source}|包括|包含|位于|以及|其中|(?:新盘|楼盘|项目|酒店|商场|门店|工厂|基地)$`);
/** What opens a listing sentence and is no company: the market's own words. */
const NOT_A_LISTER = /(?:股|新股|个股|指数|板块|基金|债券|ETF)$|^(?:今年|去年|目前|此前|首批|多家|全球|港股|A股|美股)|公司|企业|厂商|品牌|平台|机构/;
const NOT_AN_ANNOUNCER = /(?:会|部|所|院|局|厅|办|委|署|政府|中心|法院|媒体|新闻|日报|晚报|时报|网|人民银行|央行)$|(?:招标|中标|业绩|减持|增持|回购|分红|年报|季报|临时|澄清|提示|停牌|复牌)$/;

// Names in the role slots of a Chinese round: "由庐州产业引导基金领投", "老股东星屿投资持续加注", "，A、B跟投",
// "投资方包括A、B和C". The slot's grammar delimits the name (the cue before it, the verb after it, 、/和/及
// between names), so a name without a corporate word is read there and nowhere else.
// Each slot is read only in a text that has its verbs (a gate: a scan led by a look-behind or by any
// character is tried at every character of the text), and the slots that open a sentence look
// ahead for a Chinese character first.
const ROLE_SLOTS: readonly { gate: RegExp; slot: RegExp; not?: RegExp }[] = [
  { gate: /领投|独家投资/, slot: /由([^，。；：“”（）()\s由]{2,40}?)(?:联合|共同)?(?:领投|独家投资)/g },
  { gate: /老股东|现有股东|原股东/, slot: /(?:老股东|现有股东|原股东)([^，。；：“”（）()\s]{2,40}?)(?:均|也|亦)?(?:持续|继续|再次|追加|超额)?(?:加注|加码|加持|追投|跟投|参投)/g },
  { gate: /跟投|参投/, slot: /(?<=^|[，。；：])([^，。；：“”（）()\s]{2,40}?)(?:等(?:机构|投资方)?)?(?:联合|共同|均|也|亦)?(?:跟投|参投)/g },
  // The company that opens a sentence and raised: "星海图获得由腾讯投资领投的3亿元A轮融资".
  { gate: /完成|获/, slot: /(?=[\u4e00-\u9fff])(?<=^|[。；！？\n]|获悉，|消息，)([\u4e00-\u9fff]{2,6}?)(?:近日|日前|今日|昨日|已)?(?:宣布)?[，,]?(?:已)?(?:于[^，。；]{1,8}?)?(?:完成|获得|获(?!悉))(?=[^，。；]{0,30}?(?:轮|战略|元|美元|港元|欧元)的?(?:融资|投资))/g },
  // The buyer that opens a sentence: "暖山咖啡宣布以3.2亿港元收购…", "电池材料商华拓钴业晚间公告，公司以5.8亿元收购…".
  // "认购方为财政部、中国移动集团和中国船舶集团", "发行对象为财政部": who subscribes a placement, a state body included.
  { gate: /认购方|认购对象|发行对象/, slot: /(?:认购方|认购对象|发行对象)(?:为|包括|是)([^，。；：“”（）()\s]{2,60}?)(?=等|[，。；]|$)/g },
  // The company that opens a sentence (or follows 的) and lists: "紫金矿业分拆的紫金黄金国际今日在港交所挂牌",
  // "恒瑞医药（01276）今日在港交所主板挂牌", "影石创新今日登陆科创板".
  { gate: /挂牌|上市|登陆/, slot: /(?=[\u4e00-\u9fff])(?<=^|[。；！？\n]|获悉，|消息，|显示，|的)([\u4e00-\u9fff]{2,8}?)(?:[（(][^（）()，。]{1,20}[）)])?(?:今日|今天|昨日|近日|已|正式|于\d{1,2}月\d{1,2}日)*(?:在|于|登陆)(?:香港)?(?:港交所|联交所|上交所|深交所|北交所|科创板|创业板|纳斯达克|纽交所)(?:主板|科创板|创业板)?(?:挂牌|上市|$|[，。；])/g, not: NOT_A_LISTER },
  // The buyer that opens a clause after a comma: "…宣布，双汇国际将以每股34美元现金收购史密斯菲尔德".
  { gate: /收购|入股|认购/, slot: /(?<=[，,])([\u4e00-\u9fff]{2,6}?)(?:将|拟|已)(?:以|斥资|出资)[^，。；]{0,20}?(?:收购|入股|认购)/g, not: NOT_A_BUYER },
  // A unit named after its owner, acting: "海航旗下天海投资已以约60亿美元完成对英迈的收购".
  // ("旗下酒店包括位于尖沙咀的…": what the unit includes is the sentence going on, not a name.)
  { gate: /旗下/, slot: /旗下(?:的)?([\u4e00-\u9fff]{2,6}?)(?=已|将|拟|以|于|完成|宣布|斥资|出资|领投|跟投|参投)/g, not: NOT_A_UNIT },
  // The company that opens a sentence with its announcement: "苏宁易购公告，…", "永辉超市晚间发布公告称，…" (an
  // exchange, a regulator or a ministry that announces is no company: NOT_AN_ANNOUNCER).
  { gate: /公告/, slot: /(?=[\u4e00-\u9fff])(?<=^|[。；！？\n])([\u4e00-\u9fff]{2,6}?)(?:晚间|今日|近日|日前|昨日|\d{1,2}日)?(?:发布|披露)?公告(?:称|显示)?[，,：:]/g, not: NOT_AN_ANNOUNCER },
  { gate: /收购|入股|认购/, slot: /(?=[\u4e00-\u9fff])(?<=^|[。；！？\n]|获悉，|消息，)(?:[\u4e00-\u9fff]{0,10}?(?:商|公司|企业|品牌|集团|平台|连锁|龙头))?([\u4e00-\u9fff]{2,6}?)(?:晚间|今日|近日|日前|昨日|\d{1,2}日)?(?:发布)?(?:公告|宣布)[，,]?(?:公司)?(?:拟|将|已)?(?:以|斥资|出资)[^，。；]{0,20}?(?:收购|入股|认购)/g },
];
/** Words that make a slot's item no company: how many, what kind, who in general. */
const NOT_A_BACKER = /此次|本次|近日|日前|今年|去年|目前|此前|随后|同时|其中|另外|此外|据悉|记者|消息|多家|多个|数家|若干|一批|机构|股东|其他|其它|知名|市场化|国资|地方|个人|团队|管理层|员工|投资人|投资者|投资方|本轮|此轮|该轮|融资|资金|天使|持续|继续|再次|追加|超额|共同|联合|[的了在将于对向被把是拟获均都也亦]/;

export function findRoleSlotNames(text: string, known: readonly CompanyMention[]): ChineseCompany[] {
  const found: ChineseCompany[] = [];
  // Made once a slot's gate lets the text in: most texts have none of the verbs.
  let taken: ReturnType<typeof coverage> | undefined;
  for (const { gate, slot, not } of ROLE_SLOTS) {
    if (!gate.test(text)) continue;
    taken ??= coverage(text, known);
    for (const m of text.matchAll(slot)) {
      const list = m[1]!;
      let at = m.index + m[0].indexOf(list);
      for (const item of list.split(/[、和及与]/)) {
        const start = at;
        at += item.length + 1;
        const name = item.replace(/等$/, '');
        const end = start + name.length;
        if (!/^[\u4e00-\u9fffA-Za-z0-9]{2,14}$/.test(name) || !/[\u4e00-\u9fff]{2}/.test(name) || NOT_A_BACKER.test(name) || not?.test(name) || /^(?:本|该|此|上市|母|子)?(?:公司|集团|企业|品牌|平台)$/.test(name) || allGeneric(name) || PLACES.has(name)) continue;
        if (taken.covered(start, end)) continue;
        taken.cover(start, end);
        found.push({ start, end, text: name, id: chineseUnknownId(name), name });
      }
    }
  }
  return found;
}

/** The last characters of the places, a cheap first test before reading a place. */
const PLACE_LAST_CHARS: ReadonlySet<number> = new Set([...PLACES].map((p) => p.charCodeAt(p.length - 1)));

/** Words of football and other team sport in the sentence around a club's name. */
const SPORT_WORDS = /中超|中甲|英超|西甲|德甲|意甲|联赛|足球|篮球|球队|俱乐部|主场|客场|球场|球迷|夺冠|冠军|赛季|主教练/;

/**
 * "广州恒大", "深圳佳兆业", "河南建业": a place right before a company's name, in a sentence about sport,
 * names the club its owner or sponsor gave its name to, not the company.
 */
function namesTeam(text: string, m: CompanyMention): boolean {
  if (!PLACE_LAST_CHARS.has(text.charCodeAt(m.start - 1))) return false;
  const place = text.slice(Math.max(0, m.start - 2), m.start);
  if (!PLACES.has(place) && !PLACES.has(place.slice(1))) return false;
  let from = m.start;
  while (from > 0 && m.start - from < 60 && !'。！？\n'.includes(text[from - 1]!)) from--;
  let to = m.end;
  while (to < text.length && to - m.end < 60 && !'。！？\n'.includes(text[to]!)) to++;
  return SPORT_WORDS.test(text.slice(from, to));
}
