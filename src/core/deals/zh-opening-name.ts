// The Chinese subject the company reader left out: "ofo小黄车宣布完成超过7亿美元的E轮融资",
// "新式茶饮企业奈雪的茶今日登陆港交所主板". A funding or listing verb whose clause names no company
// before it takes the name that opens the clause, after a description of what it is and before the
// words of time and announcement ("今日", "宣布", "正式").
import { chineseUnknownId } from '../companies/chinese-companies';
import type { CompanyMention } from '../types';
import type { SentenceView } from './sentence-view';
import { ZH_DOES, ZH_KIND, ZH_KIND_AT_START } from './zh-kinds';
import { zhClauseSubject } from './zh-topic';

/** A nickname in quotes opening a clause, before the name: "\"港股智能座椅第一股\"". */
const NICKNAME = /^["“「][^"”」，。]{1,20}["”」]/;

/** What may stand between the name and its verb. */
// ("天齐材料就曾以约2亿美元收购…", "中钢设备换股吸收合并中钢工程": 就 and how it pays, too.)
const TAIL = /(?:(?:在|于|登陆)(?:[\u4e00-\u9fff]{0,4}?)(?:港交所|联交所|上交所|深交所|北交所|纳斯达克|纽交所|科创板|创业板|主板|交易所)(?:主板|科创板|创业板)?|[」』”"]|(?:拟|将)?(?:以|通过)[^，。；]{1,16}?(?:方式|形式)(?:换股)?|(?:拟|将)?以(?:约|现金|总价|每股)?(?:新台币|人民币|港币)?[\d.]+(?:亿|万)?(?:元|美元|港元|欧元|日元|英镑|新台币元)(?:的?(?:价格|对价|现金))?|已经?(?:悄悄|悄然|低调)?(?:完成了?)?|就|换股|悄悄|悄然|连续|接连|相继|此前|之前|早前|曾经?|还|也|刚|首次|近日|日前|今日|今天|昨日|昨天|今晚|周[一二三四五六日]|正式|成功|宣布|再次|又|刚刚|近期|今年|去年|上月|本月|\d{4}年(?:底|初|末|中)?|\d{1,2}月(?:底|初|末|中旬|上旬|下旬)?|年(?:底|初|末|中)|\d{1,2}日(?:晚间|早间)?|在|于)*$/;
/** A description of what the company is, ending in a kind of company, before its name. */
// ("主板新股华茂股份", "生活方式社区知味社区": where a new share lists, and a community app, describe it too.)
// ("主营储能变流器的汇能电控", "专注于工业质检的深瞳纪": what it does, closed by 的, describes it as well; "AI编程工具码境",
// "市属国企金陵城建集团": so do a tool, an app and a state firm.)
const DESCRIPTION = new RegExp(String.raw`^(?:(?:主板|科创板|创业板|北交所|港股|美股|A股)?新股|${ZH_DOES}?[\u4e00-\u9fffA-Za-z0-9+]{0,16}?${ZH_KIND}|${ZH_DOES})`);
/** A name: Han and Latin letters (one 的 inside a short brand: "奈雪的茶"), no particle, no verb. */
// ("Giao Nhanh": a Latin name of a few words.)
const NAME = /^(?:[A-Za-z][A-Za-z0-9.&-]*)?[\u4e00-\u9fff]{0,8}(?:[A-Za-z][A-Za-z0-9.&-]*)?$|^[\u4e00-\u9fff]{2}的[\u4e00-\u9fff]$|^[A-Z][A-Za-z0-9.&'-]*(?: [A-Za-z0-9][A-Za-z0-9.&'-]*){1,3}$/;
/** A name in quotes ("「深瞳纪」"), or one with its other-script form in brackets ("Lumo Fresh（鲁莫生鲜）", "诺凯科技（NovaCart）"). */
const QUOTED = /^[「『“"]([^」』”"]{2,12})[」』”"]$/;
const WITH_ALIAS = /^((?:[A-Za-z][A-Za-z0-9.&-]*)(?: [A-Za-z0-9][A-Za-z0-9.&-]*){0,3}|[\u4e00-\u9fff]{2,8})[（(](?:[A-Za-z][A-Za-z0-9.&' -]{0,30}|[\u4e00-\u9fff]{2,8})[）)]$/;
const NOT_NAME = /[了是和与及或对从为这该其本被将向由等所]|公司$|^继|^(?:公司|企业|集团|记者|消息|报道|新闻|投资界|据悉|今年|去年|目前|此前|同时|其中|此外|另外|随后|今日|今天|昨日|本周|上周|本月|近日|日前)|[一二两三四五六七八九十\d]+(?:只|家|个|位|名|款|笔|起|件|宗)|板$|交所|交易所|(?:今日|今天|昨日|昨天|明日)(?:起|至)?$|起至|^(?:港股|美股|A股|H股|中概股|新股|次新股|股票|股份|个股|该股)/;

/**
 * The name that opens the clause of a verb at `at`, when no company mention stands in that clause before
 * it; undefined unless the words before the verb are a description, a name and words of time only.
 */
export function zhOpeningName(view: SentenceView, at: number): CompanyMention | undefined {
  const before = view.text.slice(view.start, at);
  // ("出海上市｜跨境支付公司PayLinx…": a column's label before a bar opens no name.)
  // ("它的开发者、成立于深圳的食刻智能": nor an appositive before 、.)
  // ("两家地方农业龙头——丰禾农业与金穗种业…完成合并": nor a description closed by a dash.)
  const dash = before.lastIndexOf('——');
  const cut = Math.max(before.lastIndexOf('，'), before.lastIndexOf('：'), before.lastIndexOf('】'), before.lastIndexOf(','), before.lastIndexOf('｜'), before.lastIndexOf('|'), before.lastIndexOf('；'), before.lastIndexOf('、'), dash < 0 ? -1 : dash + 1);
  // ("\"港股智能座椅第一股\"安驰智能今日…挂牌": nor a nickname in quotes that opens the clause.)
  let from = view.start + cut + 1 + (NICKNAME.exec(before.slice(cut + 1))?.[0].length ?? 0);
  // ("一是华东医药以9.8亿元收购…；二是恒瑞健康以约3亿元受让…": an enumeration opens the clause, not the name.)
  const enumerated = /^(?:[一二三四五六七八九十]是|其[一二三四五]|首先|其次|最后)[，,]?/.exec(view.text.slice(from, at))?.[0].length ?? 0;
  from += enumerated;
  let words = view.text.slice(from, at);
  words = words.slice(0, words.length - TAIL.exec(words)![0].length);
  // "动力电池企业极电新能今年再获资本青睐，完成10亿元B轮融资": a clause that opens on its verb shares the name that
  // opens the clause before it.
  if (words === '' && cut > 0) return view.companies.some((c) => c.start >= from && c.start < at) ? undefined : previousClauseName(view, view.start + cut);
  // ("创业板今日迎来新股汇川精工上市": what an exchange welcomes is the name after 迎来.)
  // ("国内最大的宠物医院连锁之一安宠医疗已被…收入囊中": a description closed by 之一 stands before the name.)
  const oneOf = words.lastIndexOf('之一');
  if (oneOf >= 0) {
    from += oneOf + 2;
    words = words.slice(oneOf + 2);
  }
  const welcomed = words.lastIndexOf('迎来');
  const described = welcomed >= 0 ? words.slice(welcomed + 2).replace(/^(?:一只|一家)/, '') : words;
  const description = DESCRIPTION.exec(described);
  let start = from + (words.length - described.length) + (description ? description[0].length : 0);
  // ("工具制造商锐拓工业": a second kind after the first belongs to the description.)
  for (let k = ZH_KIND_AT_START.exec(view.text.slice(start, from + words.length)); description && k; k = ZH_KIND_AT_START.exec(view.text.slice(start, from + words.length))) start += k[0].length;
  // (A company the reader took inside the description is part of it: "做室内配送机器人的擎川智能", "由前华为工程师创办的".)
  if (view.companies.some((c) => c.start >= start && c.start < at)) return undefined;
  let text = view.text.slice(start, from + words.length);
  // ("重卡制造商「启源重卡」今日正式在港交所主板挂牌上市": a name whose closing quote went with the words after it.)
  const opened = /^[「『“"][^」』”"]{2,12}$/.test(text) && /^[」』”"]/.test(view.text.slice(from + words.length)) ? `${text}${view.text[from + words.length]}` : text;
  const quoted = QUOTED.exec(opened) ?? WITH_ALIAS.exec(text);
  if (quoted) {
    start += text.indexOf(quoted[1]!);
    text = quoted[1]!;
  }
  if (text.length < 2 || text.length > (quoted || / /.test(text) ? 30 : 12) || !(NAME.test(text) || (quoted && /^[A-Za-z][A-Za-z0-9.& -]*$/.test(text))) || NOT_NAME.test(text.replace(/^[\u4e00-\u9fff]{2}的/, ''))) return undefined;
  return { start, end: start + text.length, text, name: text, id: chineseUnknownId(text) };
}

/** The name opening the clause that ends at `end` (a comma), when no company the reader took stands in it. */
function previousClauseName(view: SentenceView, end: number): CompanyMention | undefined {
  const before = view.text.slice(view.start, end);
  // ("2025年10月9日，中国上海——全球领先的…": a press release's dateline ends at its dash.)
  const dash = before.lastIndexOf('——');
  const from = view.start + Math.max(before.lastIndexOf('，'), before.lastIndexOf('：'), before.lastIndexOf('；'), before.lastIndexOf(','), dash < 0 ? -1 : dash + 1) + 1;
  if (view.companies.some((c) => c.start >= from && c.start < end)) return undefined;
  // (Read as the subject of a sentence's first clause is: zh-topic.ts.)
  return zhClauseSubject(view, from, end);
}

/** Cheap test: a Chinese sentence may open with a name the reader left out, right before a funding or listing verb. */
export const ZH_OPENS_WITH_NAME =
  /^(?:【[^】]{1,30}】|[^｜|，。]{1,12}[｜|]|[^：:，。]{1,30}[：:]|["“「][^"”」]{1,20}["”」])?(?:[\u4e00-\u9fffA-Za-z0-9]{0,12}?(?:公司|企业|品牌|平台|厂商|集团|初创|新势力))?[\u4e00-\u9fffA-Za-z0-9的]{2,12}?(?:已经?|近日|日前|今日|今天|正式|宣布|成功)*(?:完成|获得?|登陆|挂牌|(?:在|于)[^，。；]{1,12}?(?:上市|挂牌|敲钟)|被|与[\u4e00-\u9fffA-Za-z0-9]{2,12}?(?:宣布|正式|已经?|今日)*(?:完成)?合并|(?:以[^，。；]{1,20}?)?(?:收购|买下|受让|竞得|购得)|发行(?=[^，。；]{0,16}?(?:债|票据)))/;

/** "将朗润医疗收入囊中": the name between 将 and the idiom for a purchase, when the reader left it out. */
export function zhNameBeforeIdiom(view: SentenceView, from: number): CompanyMention | undefined {
  const m = /^([\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9.&·-]{1,11}?)(?:的?(?:全部|\d+(?:\.\d+)?%)?(?:股权|股份)?)(?:收入囊中|纳入囊中|揽入怀中|纳入麾下|收入麾下)/.exec(view.text.slice(from, Math.min(view.end, from + 30)));
  if (!m || /[的与和及、]|其|该|公司$/.test(m[1]!) || view.companies.some((c) => c.start < from + m[1]!.length && from < c.end)) return undefined;
  return { start: from, end: from + m[1]!.length, text: m[1]!, name: m[1]!, id: chineseUnknownId(m[1]!) };
}

/** "58同城与赶集网宣布合并": the partner between 与 and the verb, when the reader left it out. */
export function zhPartnerBeforeVerb(view: SentenceView, from: number, at: number): CompanyMention | undefined {
  // ("云鑫物流（Yunex）与新加坡同行ShipFast宣布合并": past the first name's aside and what the partner is.)
  // ("社区团购平台邻邻购与生鲜配送商鲜到家已于上月完成合并": a trade ending in 商, and when it was done.)
  const m = /^((?:[（(][^）)]{1,20}[）)])?(?:与|和|同|跟)(?:[\u4e00-\u9fff]{1,8}?(?:同行|公司|企业|集团|品牌|平台|对手|商))?)([\u4e00-\u9fffA-Za-z0-9][\u4e00-\u9fffA-Za-z0-9.&·-]{1,11}?)(?:宣布|正式|将|拟|已经?|今日|今天|昨日|近日|日前|双方|均|完成了?|以|换股|新设|于|(?:上|本)个?月|(?:今|去)年(?:\d{1,2}月)?|\d{1,2}月(?:初|底|中旬|上旬|下旬)?)*$/.exec(view.text.slice(from, at));
  if (!m || NOT_NAME.test(m[2]!) || /的/.test(m[2]!)) return undefined;
  const start = from + m[1]!.length;
  return { start, end: start + m[2]!.length, text: m[2]!, name: m[2]!, id: chineseUnknownId(m[2]!) };
}

/** "驭风科技获海湾投资局投资3亿美元": the investor named inside 获…投资, when the reader left it out. */
export function zhInvestorInside(view: SentenceView, at: number, end: number): CompanyMention | undefined {
  // (The trigger stops at the first 投资, which may be inside the name: "海湾投资局投资".)
  const m = /^(?:宣布)?获得?([\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9.&·-]{1,13}?)(?:的)?(?:战略)?(?:投资|注资)(?![局基公集资管控银])/.exec(view.text.slice(at, Math.min(view.end, end + 12)));
  if (!m || NOT_NAME.test(m[1]!) || /轮|融资|的|亿|万|\d|新一|首|大额|巨额|多家|数家|战略|机构|资金/.test(m[1]!)) return undefined;
  const start = view.text.indexOf(m[1]!, at);
  if (view.companies.some((c) => c.start < start + m[1]!.length && start < c.end)) return undefined;
  return { start, end: start + m[1]!.length, text: m[1]!, name: m[1]!, id: chineseUnknownId(m[1]!) };
}
