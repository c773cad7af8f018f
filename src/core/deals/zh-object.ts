// What a Chinese purchase buys when the company right after its verb is not the company bought:
//   "收购自由港麦克莫兰持有的TFM 56%权益", "受让华为所持引望10%股权": the company after the verb owns
//     what is bought (it sells); the company bought follows the words of holding.
//   "收购加拿大油气公司尼克森", "全资收购北美短视频应用Musical.ly", "对德国机器人制造商库卡的要约收购": a
//     description ending in a kind of company names, right after it, a company the data may not hold.
import { chineseUnknownId } from '../companies/chinese-companies';
import type { CompanyMention } from '../types';
import type { SentenceView } from './sentence-view';

/** Right after an owner: the words that say it holds what follows ("持有的", "所持", "手中的"). */
export const ZH_HOLDS_AFTER = /^(?:等)?(?:合计)?(?:所?持有的?|所持的?|手中的?|名下的?)/;

/** What a bought holding ends with: a share of it, or the words for shares. */
const HOLDING_END = /^\s*(?:约|合计|共|全部|部分|剩余)?(?:\d+(?:\.\d+)?%|股权|股份|权益|的)/;
/** A name the clause delimits: Han or Latin letters, no clause break, no particle; a place in brackets may open it ("刚果（金）"). */
const NAME = /^(?:[\u4e00-\u9fff]{2,4}[（(][\u4e00-\u9fff]{1,2}[）)])?[\u4e00-\u9fffA-Za-z0-9.·&-]{2,12}/;
/** A place with a bracketed qualifier opening a name: "刚果（金）腾科丰谷鲁梅铜钴矿" names the mine. */
const BRACKETED_PLACE = /^[\u4e00-\u9fff]{2,4}[（(][\u4e00-\u9fff]{1,2}[）)]/;

export interface ZhHeldObject {
  /** The company bought, or undefined when the clause names none the reader can delimit. */
  target: CompanyMention | undefined;
  /** The owner that sells it. */
  seller: CompanyMention;
}

/**
 * "收购A持有的B 56%权益", "受让A所持B 10%股权": when the first company after the verb is followed by words
 * of holding, it sells; the company bought is the next mention, or the name between those words and the
 * shares. Undefined when the company after the verb holds nothing here (it is then the one bought).
 */
export function zhHeldObject(view: SentenceView, owner: CompanyMention): ZhHeldObject | undefined {
  const holds = ZH_HOLDS_AFTER.exec(view.text.slice(owner.end, owner.end + 4));
  if (!holds) return undefined;
  const from = owner.end + holds[0].length;
  const clause = view.text.slice(from, Math.min(view.end, from + 30)).split(/[，。；,;]/)[0]!;
  const next = view.companies.find((c) => c.start >= from && c.start - from <= 12 && c.end <= from + clause.length);
  if (next && !/[的与和及、]/.test(view.text.slice(from, next.start))) return { target: next, seller: owner };
  const name = NAME.exec(clause);
  if (!name) return { target: undefined, seller: owner };
  // The name stops where the holding's size or the word for shares begins: "引望10%股权" → 引望.
  let end = 0;
  while (end < name[0].length && !HOLDING_END.test(clause.slice(end))) end++;
  const place = BRACKETED_PLACE.exec(clause)?.[0].length ?? 0;
  const text = clause.slice(place, end).trim();
  if (!HOLDING_END.test(clause.slice(end)) || text.length < 2) return { target: undefined, seller: owner };
  const start = from + place;
  return { target: { start, end: start + text.length, text, name: text, id: chineseUnknownId(text) }, seller: owner };
}

/** A description that ends in a kind of company ("加拿大油气公司", "德国机器人制造商", "北美短视频应用"). */
/** A Latin name closing the clause after any description ("印尼支付牌照持有方PT Bayar Cepat"): Latin letters in Chinese text are a name. */
const DESCRIBED_LATIN = /^(?:全资|控股|了)?[\u4e00-\u9fff]{2,14}?([A-Z][A-Za-z0-9.&-]{1,}(?: [A-Z][A-Za-z0-9.&-]*){0,3})(?=$|[（(]|的?(?:全部|\d+(?:\.\d+)?%)?的?(?:股权|股份|权益)?$)/;
const DESCRIBED_NAME =
  /^(?:全资|控股|了)?[\u4e00-\u9fff]{1,12}?(?:公司|企业|集团|制造商|开发商|生产商|运营商|供应商|服务商|厂商|品牌|平台|应用|初创公司|独角兽|[\u4e00-\u9fff]{2}厂)([\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9.·&-]{1,11}?|[A-Z][A-Za-z0-9.&-]*(?: [A-Z][A-Za-z0-9.&-]*){1,2})(?=$|[，。；,;（(]|的|\s?约?\d|全部|股权|股份|权益|100%|(?:发起|进行|完成|实施)了?的?(?:全面|部分)?(?:要约)?收购|(?:进行|完成|实施)了?(?:战略|新一轮|首轮|追加)?(?:投资|增资|注资)|新发行|新增发行|增发|定向发行|定向增发|非公开发行|(?:以[^，。；]{0,12}?)?(?:出售|转让|卖)(?:给|予))/;

/**
 * "收购加拿大油气公司尼克森": the company right after a description of what it is, when the company
 * reader did not take it (a name the data lacks). Only in the verb's own clause; undefined without a
 * description (a bare word after 收购 may be anything: "收购资产").
 */
export function zhDescribedName(view: SentenceView, from: number): CompanyMention | undefined {
  const clause = view.text.slice(from, Math.min(view.end, from + 40)).split(/[，。；,;]/)[0]!;
  const latin = DESCRIBED_NAME.exec(clause) ? undefined : DESCRIBED_LATIN.exec(clause);
  const m = latin ?? DESCRIBED_NAME.exec(clause);
  // (A Latin name of four letters or more, after no count of companies: not the "AI" of "一家公司AI".)
  if (!m || (latin && (latin[1]!.length < 4 || /^(?:全资|控股|了)?(?:一|多|数|某|两|几)/.test(clause)))) return undefined;
  const text = m[1]!.replace(/[.·&-]+$/, '');
  if (text.length < 2 || /^(?:等|旗下|位于|在|的)|持有|所持|控股的/.test(text)) return undefined;
  const start = from + m[0].length - m[1]!.length;
  // A company the reader did take there is its own mention, found before this is asked.
  if (view.companies.some((c) => c.start < start + text.length && start < c.end)) return undefined;
  return { start, end: start + text.length, text, name: text, id: chineseUnknownId(text) };
}

/** A description ending in a kind of company, before a name that follows it ("德国户外电源品牌", "英国芯片设计公司"). */
const KIND_BEFORE_NAME = /^[\u4e00-\u9fff]{1,12}?(?:公司|企业|集团|制造商|开发商|生产商|运营商|供应商|服务商|厂商|品牌|平台|初创公司|独角兽|(?<=[\u4e00-\u9fff]{2})厂)(?=[A-Za-z]|[\u4e00-\u9fff]{2})/;

/** A country before a name the reader left out ("日本三和电装"); a short name after it may be the whole name ("日本电产"). */
const COUNTRY_BEFORE_NAME = /^(?:日本|美国|德国|英国|法国|韩国|意大利|瑞士|瑞典|荷兰|西班牙|加拿大|澳大利亚|澳洲|新加坡|印尼|印度尼西亚|印度|越南|泰国|马来西亚|巴西|以色列)(?=[\u4e00-\u9fffA-Za-z]{3})/;

/**
 * Whether words join two names ("华为和小米", "A与B", "A、B"); a 和 with fewer than two characters on a side is
 * part of one name ("三和电装", "和利时").
 */
function joinsTwoNames(text: string): boolean {
  if (/[与及、]/.test(text)) return true;
  for (let i = text.indexOf('和'); i >= 0; i = text.indexOf('和', i + 1)) if (i >= 2 && i <= text.length - 3) return true;
  return false;
}

/** After 对, what ends the object of a purchase: "的收购", "完成收购", "进行全资收购". */
const OBJECT_END = /^(?:的(?:全资|控股权?|要约|公开)?(?:收购|并购)|的控股(?!股东|子公司|公司|集团|权)|(?:完成|进行|实施|发起)[^，。；]{0,6}收购)/;

/**
 * "完成对Millennial Lithium的收购", "对摩拜单车完成全资收购": the name between 对 and the end of its object, when the
 * company reader left it out (2–30 characters, one name: no clause break, no second party).
 */
export function zhNamedBetween(view: SentenceView, from: number): CompanyMention | undefined {
  const clause = view.text.slice(from, Math.min(view.end, from + 40)).split(/[，。；,;]/)[0]!;
  for (let end = 2; end <= clause.length; end++) {
    if (!OBJECT_END.test(clause.slice(end))) continue;
    // "对德国户外电源品牌Voltera GmbH的全资收购": what the company is stands before its name.
    // ("对日本三和电装的控股": so does the country it is in, before a name of three characters or more.)
    const kind = KIND_BEFORE_NAME.exec(clause.slice(0, end)) ?? COUNTRY_BEFORE_NAME.exec(clause.slice(0, end));
    const text = clause.slice(kind?.[0].length ?? 0, end).trim();
    // ("对法国护肤品牌Galénic的收购": Latin letters with accents.)
    if (!/^[\u4e00-\u9fffA-Za-z\u00c0-\u024f][\u4e00-\u9fffA-Za-z\u00c0-\u024f0-9 .&·'-]{1,29}$/.test(text) || joinsTwoNames(text) || /其|该|公司$/.test(text)) return undefined;
    const start = from + clause.indexOf(text);
    if (view.companies.some((c) => c.start < start + text.length && start < c.end)) return undefined;
    return { start, end: start + text.length, text, name: text, id: chineseUnknownId(text) };
  }
  return undefined;
}

/** Between a company and its funding verb: when and how, nothing that names another party. */
// ("「回声岛」完成天使轮融资": past the quote that closes a name.)
const RAISER_GAP = /^[」』”"]?(?:已经?|近日|日前|今日|今天|昨日|昨天|正式|成功|宣布|再次|又|刚刚|近期|\s)*$/;

/** The company right before a Chinese funding verb ("…，地平线完成C轮融资"), in the verb's own clause. */
export function zhAdjacentSubject(view: SentenceView, at: number): CompanyMention | undefined {
  const before = view.companies.filter((c) => c.end <= at);
  const c = before[before.length - 1];
  return c && RAISER_GAP.test(view.text.slice(c.end, at)) ? c : undefined;
}

/** "收购了戴姆勒9.69%的股份", "取得宇晟智能控股权", "收购优酷土豆尚未持有的全部股份": a name the stake (or control) that follows it delimits. */
// ("向三峡集团等购买其合计持有的云川公司100%股权": past the sellers' words of holding.)
const STAKE_NAME = /^(?:了|其)?(?:(?:合计|共同|分别)?(?:所)?持有的)?(?!约|合计|共|近|逾|超|全部|部分|最多|至多|不超过|不低于|高达)([\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9.&·-]{0,10}?[\u4e00-\u9fffA-Za-z])(?:(?:约|合计|共|最多|至多|不超过)?\d+(?:\.\d+)?%(?:的)?(?:股权|股份|权益)|(?:的)?(?:控股权|控制权)|(?:尚未|并未|未)持有的(?:全部|剩余|其余)?(?:已发行)?(?:股权|股份))/;

/**
 * The company a Chinese stake purchase names right before the size of the stake ("收购了戴姆勒9.69%的股份"),
 * when the company reader left it out; never words of holding or a pronoun.
 */
export function zhStakeName(view: SentenceView, from: number): CompanyMention | undefined {
  const m = STAKE_NAME.exec(view.text.slice(from, Math.min(view.end, from + 40)));
  // (Never "该公司", "标的公司", "子公司": a company the sentence points at, not one it names.)
  // ("广州嘉和物业60%股权": a 和 near a name's edge is part of it, joinsTwoNames.)
  if (!m || /其|所持|持有|旗下|的$/.test(m[1]!) || joinsTwoNames(m[1]!) || /^(?:该|本|标的|目标|子|合资|新|一家|上述|公司|后者|前者|对方|双方)/.test(m[1]!)) return undefined;
  const start = from + m[0].indexOf(m[1]!);
  if (view.companies.some((c) => c.start < start + m[1]!.length && start < c.end)) return undefined;
  return { start, end: start + m[1]!.length, text: m[1]!, name: m[1]!, id: chineseUnknownId(m[1]!) };
}

/** After a company's name, the rest of a longer name the reader cut short: "东芝|映像解决方案公司95%股权". */
// ("粤能|海上风电100%股权": or runs on straight into the stake bought.)
const LONGER_NAME = /^[\u4e00-\u9fff]{2,12}?(?:有限)?公司(?=约?\d|的|全部|股权|股份|权益|[，。；]|$)|^[\u4e00-\u9fff]{2,8}?(?=(?:约|合计)?\d+(?:\.\d+)?%(?:的)?(?:股权|股份|权益))/;

/**
 * "收购东芝映像解决方案公司95%股权": when the company right after a purchase's verb runs on into a longer name
 * ending in 公司, that longer name (a company of its own, often the first's subsidiary) is what is bought.
 */
export function zhLongerName(view: SentenceView, c: CompanyMention): CompanyMention | undefined {
  const m = LONGER_NAME.exec(view.text.slice(c.end, Math.min(view.end, c.end + 20)));
  if (!m || /[的与和及、]|旗下|持有|所持/.test(m[0])) return undefined;
  if (view.companies.some((o) => o !== c && o.start < c.end + m[0].length && c.end < o.end)) return undefined;
  const text = view.text.slice(c.start, c.end + m[0].length);
  return { start: c.start, end: c.end + m[0].length, text, name: text, id: chineseUnknownId(text) };
}

/** "私有化银泰商业，…": a name that fills the rest of the verb's clause, when the company reader left it out. */
export function zhClauseName(view: SentenceView, from: number): CompanyMention | undefined {
  const m = /^([\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9.&·-]{1,11})(?=[，。；,;]|$)/.exec(view.text.slice(from, Math.min(view.end, from + 14)));
  if (!m) return undefined;
  // "吸收合并朗润医疗事项已实施完毕": the name ends where the words about the deal begin.
  const text = m[1]!.replace(/(?:事项|事宜|一事|交易|已|将|正式|顺利).*$/, '');
  // (Nor a sum: "私有化总代价约42亿港元".)
  // ("收购完成", "收购资产", "收购事宜": words about the deal, not a name.)
  // ("省国有资本运营公司": a name may end in 公司; "子公司", "该公司" name no one.)
  if (text.length < 2 || /[的与和及、]|其|该|^(?:本|这家|子|母|全资子|控股子|上市|新|合资|一家)?公司$|^(?:交易|方案|计划|完成|资产|业务|项目|标的|股权|股份|工作|事宜|事项|计划|进展|价格|完毕|成功|失败|消息|传闻|协议|交割|纪录|记录|合同|意向|案例|案|后者|前者|对方|终于|最终|正式|落地)|\d|^[一二两三四五六七八九十几数]+(?:幢|栋|座|块|宗|处|间|层|套|项|个|家)|代价|对价|(?:股权|股份|落地)$/.test(text)) return undefined;
  if (view.companies.some((c) => c.start < from + text.length && from < c.end)) return undefined;
  return { start: from, end: from + text.length, text, name: text, id: chineseUnknownId(text) };
}

/** After a name that 对 opens, the rest of a longer name up to the verb or 的 that closes the object. */
// ("对新安药业发起的部分要约收购": the verb itself is no rest of the name.)
const REST_BEFORE_VERB = /^((?:(?!进行|完成|实施|发起)[\u4e00-\u9fffA-Za-z0-9]){1,6}?)(?=的|(?:进行|完成|实施|发起)了?)/;

/**
 * "对永辉云创进行增资": the company reader took a known name ("永辉") at the start of a longer one it does
 * not hold; everything between 对 and the verb (or 的) is the object's name. Undefined when the company
 * read already fills it, or the rest holds a particle or a second party.
 */
export function zhFullObjectAfterDui(view: SentenceView, from: number, c: CompanyMention): CompanyMention | undefined {
  if (c.start !== from) return undefined;
  const m = REST_BEFORE_VERB.exec(view.text.slice(c.end, Math.min(view.end, c.end + 12)));
  if (!m || /[与和及、其]|旗下|所持|持有|股份|股权/.test(m[1]!)) return undefined;
  const end = c.end + m[1]!.length;
  if (view.companies.some((o) => o !== c && o.start < end && c.start < o.end)) return undefined;
  const text = view.text.slice(c.start, end);
  return { start: c.start, end, text, name: text, id: chineseUnknownId(text) };
}

/** "认购夏普新股", "认购驭势智能新发行的股份": a name the reader left out, right before the new shares it issues. */
const NEW_SHARES_NAME = /^([\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9.&·-]{1,11}?)(?:的)?(?:新发行的?|增发的?|定向发行的?|非公开发行的?|私募(?:发行)?的?)?(?:新股|股份|普通股)/;

/** The company whose new shares are subscribed right after `from`, when the company reader left it out. */
export function zhNewSharesName(view: SentenceView, from: number): CompanyMention | undefined {
  const m = NEW_SHARES_NAME.exec(view.text.slice(from, Math.min(view.end, from + 30)));
  if (!m || joinsTwoNames(m[1]!) || /其|该|公司$|^(?:本|上述|一家|公司)|的|\d/.test(m[1]!)) return undefined;
  if (view.companies.some((c) => c.start < from + m[1]!.length && from < c.end)) return undefined;
  return { start: from, end: from + m[1]!.length, text: m[1]!, name: m[1]!, id: chineseUnknownId(m[1]!) };
}

/** After an owner: its arm named after 旗下, up to what closes the name ("宁德时代旗下问鼎投资的战略投资"). */
const ARM_AFTER = /^旗下(?:的)?(?:风投|创投|基金|投资平台|投资机构)?([\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9]{1,11}?)(?=的|(?:战略)?(?:投资|注资)(?=的|[，。；]|$)|(?:联合|共同)?(?:领投|跟投|参投)|等|以|[，。；、和及与,;]|$)/;

/**
 * "获得宁德时代旗下问鼎投资的战略投资": the arm through which an owner acts, named after 旗下; the company mention
 * there when the reader took it, else the name. Undefined when no arm is named after the owner.
 */
export function zhArmOf(view: SentenceView, owner: CompanyMention): CompanyMention | undefined {
  const after = view.text.slice(owner.end, Math.min(view.end, owner.end + 20));
  // (A name closed by 的, or one that fills the rest of its list item: "宁德时代旗下的问鼎投资。")
  // ("新加坡电信旗下风投Singtel Innov8": past what kind of arm it is.)
  const m = /^旗下(?:的)?(?:风投|创投|投资平台|投资机构)?([^，。；、的]{2,12})的/.exec(after) ?? /^旗下(?:的)?(?:风投|创投|投资平台|投资机构)?([A-Za-z][A-Za-z0-9.&-]*(?: [A-Za-z0-9][A-Za-z0-9.&-]*){1,3}|[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9]{1,11}?)(?=(?:(?:联合|共同)?(?:领投|跟投|参投)|等)?[，。；、,;]|$)/.exec(after) ?? ARM_AFTER.exec(after);
  // (Not a kind of fund or a sum: "贝莱德旗下私募基金1.5亿美元的B+轮融资".)
  if (!m || /[其该]|\d(?:[\d.]*)(?:亿|万|千|百|%)|^(?:私募|产业|投资|创投|股权)?(?:基金|资本|平台|机构|子公司)/.test(m[1]!)) return undefined;
  const start = owner.end + m[0].length - m[1]!.length;
  const end = start + m[1]!.length;
  // (A mention that covers only part of the arm's name is no more than its start: "中金" of "中金启元".)
  return view.companies.find((c) => c.start === start && c.end === end) ?? { start, end, text: m[1]!, name: m[1]!, id: chineseUnknownId(m[1]!) };
}

/** The round of a company named after the verb: "参与康瑞达的A轮融资", "参与车用光学新创昱光科技之现金增资". */
const ROUND_OWNER = /^([\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9 .&·'-]{1,15}?)(?:[的之](?:新一轮|首轮|本轮|最新一轮|[A-Za-z0-9+-]{1,6}轮|天使轮|种子轮|战略|现金)?(?:融资|增资)|现金增资)/;

/**
 * "引导基金以3000万元参与康瑞达的A轮融资": the company whose round is joined, named between the verb and 的, when the
 * company reader left it out (after what it is, when a description stands first).
 */
export function zhRoundOwnerName(view: SentenceView, from: number): CompanyMention | undefined {
  const clause = view.text.slice(from, Math.min(view.end, from + 40)).split(/[，。；,;]/)[0]!;
  const m = ROUND_OWNER.exec(clause);
  if (!m) return undefined;
  const kind = KIND_BEFORE_NAME.exec(m[1]!);
  const text = m[1]!.slice(kind?.[0].length ?? 0).trim();
  if (text.length < 2 || joinsTwoNames(text) || /^(?:其|该|本|这|某|一家|多家)|公司$|等/.test(text)) return undefined;
  const start = from + (kind?.[0].length ?? 0);
  if (view.companies.some((c) => c.start < start + text.length && start < c.end)) return undefined;
  return { start, end: start + text.length, text, name: text, id: chineseUnknownId(text) };
}
