// A Chinese deal's target the company reader ran into the words around it: "北交所新股日知科技今日上市" (a
// label before the name), "新能源车企星途新能源" (what a company the data lacks is), "将收购喜马拉雅全部股份" (the
// shares after it). The frame keeps the name between.
import { chineseUnknownId } from '../companies/chinese-companies';
import type { CompanyMention } from '../types';
import { ZH_DESCRIPTIVE_KIND } from './zh-kinds';

/** Before a name: where it lists and that it is a new share ("北交所新股", "港股次新股", "科创板新股"). */
// ("所持马钢集团": the words of holding before a name.)
const LABEL_BEFORE = /^(?:(?:港交所|联交所|北交所|上交所|深交所|科创板|创业板|港股|美股|A股)?(?:新股|次新股)|(?:其)?(?:所持有?|持有)的?)/;
/** Before a name the data lacks: a description ending in a kind of company, with a name of its own after it. */
// ("I伺服器散熱新創冷鋒科技": Latin letters of the description may open it.)
const KIND_BEFORE = new RegExp(String.raw`^[\u4e00-\u9fffA-Za-z]{1,12}?(?:公司|企业|品牌|平台|厂商|车企|药企|国企|央企|新创|初创|[\u4e00-\u9fff]{2}商|[\u4e00-\u9fff]{2}厂)(?=[\u4e00-\u9fffA-Za-z]{2})(?!(?:股份|有限|控股|集团|公司))(?![^]*(?:有限公司|分公司|分行)$)`);
/** After a name: the shares of it that change hands ("全部股份", "剩余股权", "的股权"; never the 股份 of "沐曦股份"). */
const SHARES_AFTER = /(?:的?(?:全部|部分|剩余|其余)(?:已发行)?|的)(?:股权|股份|权益)$|(?:今日|近日|日前)?(?:宣布|宣佈)$/;
/** Before a name the data lacks: the verb of a purchase and how it is paid, run into it ("现金方式购买江西赣源光电"). */
// ("整体并入钱塘城投集团": so is the verb of folding one group into another.)
// ("股份无偿划转至中电科投资控股": and the verb of a transfer to the one who receives it.)
const PURCHASE_BEFORE = /^[\u4e00-\u9fff]{0,10}?(?:购买|收购|受让|(?:无偿)?划转(?:至|给|予))(?=[\u4e00-\u9fffA-Za-z]{2})|^(?:整体)?(?:并入|划入)(?=[\u4e00-\u9fffA-Za-z]{2})/;

/**
 * The name inside a target mention that holds a label before it or the words for its shares after it; the
 * mention itself when it holds neither, or when what is left is under two characters.
 */
export function zhTrimTarget(target: CompanyMention): CompanyMention {
  // ("新能源车企星途新能源": a name the data lacks, read with what the company is.)
  // ("匯點支付宣佈": nor the announcement the reader ran a name into.)
  const label = LABEL_BEFORE.exec(target.text) ?? (target.id.startsWith('unknown:') ? (KIND_BEFORE.exec(target.text) ?? PURCHASE_BEFORE.exec(target.text)) : null);
  const start = label ? label[0].length : 0;
  const tail = SHARES_AFTER.exec(target.text.slice(start));
  const end = tail ? target.text.length - tail[0].length : target.text.length;
  if (start === 0 && end === target.text.length) return target;
  const text = target.text.slice(start, end);
  if (text.length < 2) return target;
  return { start: target.start + start, end: target.start + end, text, name: text, id: chineseUnknownId(text) };
}

/** A description the reader ran into a name, ending in a kind no name ends in ("同行快骑科技", "I伺服器散熱新創冷鋒科技"). */
const DESCRIPTIVE_BEFORE = new RegExp(String.raw`^(?:[\u4e00-\u9fffA-Za-z]{0,12}?)${ZH_DESCRIPTIVE_KIND}(?=[\u4e00-\u9fffA-Za-z]{2})`);
/** After a publisher's name: it reports ("获悉", "独家获悉", "消息", "报道"). */
const REPORTS_AFTER = /^[」”"』]?(?:独家)?(?:获悉|获知|了解到|消息|报道|讯)/;
/** A kind of investor or company with no name of its own ("主权基金", "产业基金", "投资机构"). */
const GENERIC_KIND = /^(?:中东|海外|外资|境外|国资|地方|某|一家|多家|沙特|卡塔尔)?(?:主权基金|产业基金|私募基金|投资机构|引导基金|国资平台)$/;
/** A verb of what a company does, opening a mention the reader took for a name ("做室内配送机器人"). */
const DOES_OPENS = /^(?:做|主营|主打|专注|聚焦|致力于|深耕|从事)/;
/** After a name the data lacks: the announcement the reader ran it into ("匯點支付宣佈"). */
// ("星辰智造连续": nor the words of time and sequence before its verb.)
const ANNOUNCED_AFTER = /(?:今日|近日|日前)?(?:宣布|宣佈)$|(?:连续|接连|相继|先后|近日|日前|今日|今天|昨日|近期|刚刚|再次|已经)$/;

/** After a short name: a trade word that makes it another company's name, then the end of that name. */
const RUN_ON_TRADE = /^(电力|电气|科技|能源|新材|医药|康健|健康|物流|地产|置业|证券|银行|保险|汽车|电子|通信|环保|水务|燃气|矿业|化工|物业|传媒)(?=的|[，。；,]|事项|工作|已|将|完成|实施|正式|依法|$)/;
/** A trade and a kind of company and nothing else ("教育集团", "物流公司"). */
const TRADE_KIND = /^(?:本港|本地|内地|国内)?(?:教育|医疗|物流|地产|零售|餐饮|传媒|能源|金融|保险|航运|物业|珠宝|食品|服装|纺织|建筑|家电|电子)(?:集团|集團|公司|企业|企業)$/;
/** Words that describe, not name, opening a mention ("内地新能源", "本地老牌"). */
const DESCRIPTOR_OPENS = /^(?:内地|本地|国内|国产|本港|海外|境内|境外|老牌|新锐|头部|知名|龙头)/;
/** Right after such a mention: the rest of a kind of company, then a name ("电池商欣旺新能"). */
const KIND_AFTER = /^[\u4e00-\u9fff]{0,4}?(?:商|企业|公司|厂商|品牌|平台|车企|药企|新势力)(?=[「“"]?[\u4e00-\u9fffA-Za-z]{2})/;
/** A copula the reader ran into a name ("这并非星辰航空首次出手": 并非星辰航空). */
const COPULA_BEFORE = /^(?:并非|并不是|不是|正是|就是|也是|还是|即是|乃是|均为|即为)(?=[\u4e00-\u9fffA-Za-z]{2})/;

/**
 * A mention the company reader ran into the words around it, cut to its name before any deal is read: the verb of a
 * purchase and how it is paid before it ("现金方式购买江西赣源光电"), what the company is ("I伺服器散熱新創冷鋒科技"), an
 * announcement after it ("匯點支付宣佈"). Names the data holds, and what is left under two characters, stay as they are;
 * a mention that opens with a verb of what a company does is dropped.
 */
export function zhTrimMention(c: CompanyMention, page: string): CompanyMention | CompanyMention[] | undefined {
  // ("創業板新股深藍機器人": on a traditional page the deal reader reads the folded text, so the mention is read as folded
  // too — "创业板新股" is then a label it knows; extract-deals.ts gives the deal back its names as written.)
  const folded = page.slice(c.start, c.end);
  if (folded !== c.text && folded.length === c.text.length) c = { ...c, text: folded, ...(c.id.startsWith('unknown:') ? { name: folded } : {}) };
  // ("AI芯片公司「寒武纪行」今日…上市": a known name that opens a longer one in quotes is the start of that name, a company the
  // data lacks.)
  const quoted = /^[「『“]$/.test(page.slice(c.start - 1, c.start)) ? /^[\u4e00-\u9fffA-Za-z0-9]{1,6}(?=[」』”])/.exec(page.slice(c.end, c.end + 8)) : null;
  if (quoted) return named(page, c.start, c.end + quoted[0].length);
  // ("申能股份吸收合并申能电力", "私有化旗下港股上市公司國控康健": a short name the reader linked to its group, run on by a trade
  // word into a name of its own, is another company of that group.)
  const runOn = c.text.length <= 3 ? RUN_ON_TRADE.exec(page.slice(c.end, c.end + 8)) : null;
  if (runOn) return named(page, c.start, c.end + runOn[1]!.length);
  if (!c.id.startsWith('unknown:')) return c;
  // ("交通集团整体并入城投集团": two names the reader ran together over the deal's verb are two names.)
  const pair = RUN_OVER_VERB.exec(page.slice(c.start, c.end));
  if (pair) {
    const second = c.start + pair[0].length - pair[2]!.length;
    return [named(page, c.start, c.start + pair[1]!.length), named(page, second, c.end)];
  }
  // ("「智能涌现」获悉，…": who reports the news is a publisher; "中东主权基金穆巴达拉": a kind of investor alone is no name.)
  if (REPORTS_AFTER.test(page.slice(c.end, c.end + 5)) || GENERIC_KIND.test(page.slice(c.start, c.end))) return undefined;
  // ("Hidromek Vinç": a Latin word the reader cut at a letter outside A–Z runs on to its end.)
  const more = /[A-Za-z]$/.test(c.text) ? (/^[A-Za-z\u00c0-\u024f]+/.exec(page.slice(c.end, c.end + 20))?.[0].length ?? 0) : 0;
  if (more > 0) c = { ...c, end: c.end + more, text: page.slice(c.start, c.end + more), name: page.slice(c.start, c.end + more) };
  // (Read on the page as the deal reader reads it, folded to simplified characters.)
  const written = page.slice(c.start, c.end);
  // ("做室内配送机器人的擎川智能": what a company does is no company; nor a count of deals or buildings, "两笔医药并购",
  // "出售旗下一幢位于观塘的商业大厦".)
  if (DOES_OPENS.test(written) || /^[一二两三四五六七八九十\d]+(?:笔|家|只|个|起|宗|件|位|幢|栋|座|块|处|间|层|套|项)/.test(written)) return undefined;
  // ("內地新能源電池商欣旺新能今日於港交所主板上市": a description the reader took for a name, a kind of company after it
  // and the name after that, is no company.)
  if (DESCRIPTOR_OPENS.test(written) && KIND_AFTER.test(page.slice(c.end, c.end + 12))) return undefined;
  // ("本港教育集團英華教育昨日…完成配售": a trade and a kind, right before a name, describe it.)
  // (So is a later short mention the reader linked to it: the "教育" of 英華教育, named 教育集團.)
  if ((TRADE_KIND.test(written) && /^[\u4e00-\u9fff]{2}/.test(page.slice(c.end, c.end + 2))) || (c.name !== written && TRADE_KIND.test(c.name))) return undefined;
  const start = (PURCHASE_BEFORE.exec(written) ?? DESCRIPTIVE_BEFORE.exec(written) ?? COPULA_BEFORE.exec(written))?.[0].length ?? 0;
  // ("上海国投参与了战略配售": the first character of the verb after a backer's name is no part of it.)
  const verbStart = /[参跟领]$/.test(written) && /^[与投]/.test(page.slice(c.end, c.end + 1)) ? 1 : 0;
  const end = written.length - (ANNOUNCED_AFTER.exec(written.slice(start))?.[0].length ?? verbStart);
  // ("博远资本" read again under the name of its first mention, "私募基金博远资本": the name is cut as the mention would be.)
  const described = start === 0 && end === written.length && c.name !== written ? (DESCRIPTIVE_BEFORE.exec(c.name) ?? COPULA_BEFORE.exec(c.name)) : null;
  if (described && c.name.length - described[0].length >= 2) {
    const name = c.name.slice(described[0].length);
    return { ...c, name, id: chineseUnknownId(name) };
  }
  if ((start === 0 && end === written.length) || end - start < 2) return c;
  const text = written.slice(start, end);
  return { ...c, start: c.start + start, end: c.start + end, text, name: text, id: chineseUnknownId(text) };
}

/** Two names ending in a word of a group or company, run together over a verb of merging or buying between them. */
const RUN_OVER_VERB = /^([\u4e00-\u9fff]{2,10}?(?:集团|公司|股份|控股|银行|证券))(?:整体)?(?:并入|划入|吸收合并|收购|并购)([\u4e00-\u9fff]{2,10}?(?:集团|公司|股份|控股|银行|证券))$/;

function named(page: string, start: number, end: number): CompanyMention {
  const text = page.slice(start, end);
  return { start, end, text, name: text, id: chineseUnknownId(text) };
}

/** After a backer's name the data lacks: the words for investing together ("深创投共同投资"). */
// ("临芯投资追加投资": or its following on.)
const CO_INVEST_TAIL = /(?:共同|联合|追加|继续)(?:投资|出资)$|(?:继续|持续)?(?:追投|加注|加码)$/;

/** A backer the reader ran into "共同投资" after it, cut to its name; the mention itself otherwise. */
export function zhTrimBacker(backer: CompanyMention): CompanyMention {
  const tail = backer.id.startsWith('unknown:') ? CO_INVEST_TAIL.exec(backer.text) : null;
  if (!tail || backer.text.length - tail[0].length < 2) return backer;
  const text = backer.text.slice(0, backer.text.length - tail[0].length);
  return { start: backer.start, end: backer.start + text.length, text, name: text, id: chineseUnknownId(text) };
}
