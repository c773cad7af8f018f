// The company a Chinese sentence is about, when later clauses leave their subject out: "半导体设备公司晶盛装备近期
// 连续出手：先是以1.8亿元增资入股江苏微导精工…；随后又宣布以现金4.5亿元收购上海衡越真空60%股权". Chinese drops a subject
// the reader already knows; the clause that opens on 先是, 随后, 又, 公司 … acts for the company the sentence opened on.
// The topic is the first clause's subject: past a reporter's lead-in ("证券时报记者注意到，", "据悉，") and a description of
// what the company is, up to the words that begin what it did.
import { chineseUnknownId } from '../companies/chinese-companies';
import type { CompanyMention } from '../types';
import type { SentenceView } from './sentence-view';

/** What the topic is read from: a sentence's text and the companies the reader took in it. */
export type SentenceText = Pick<SentenceView, 'text' | 'start' | 'end' | 'companies'>;
import { ZH_DOES, ZH_KIND, ZH_KIND_AT_START } from './zh-kinds';

/** A clause that only reports where the news comes from ("证券时报记者注意到", "据悉", "36氪获悉", "公告显示"). */
// ("昨日，坐落于东莞松山湖的…": a clause of time alone opens none either.)
const LEAD_IN = /^[^，。；：]{0,16}?(?:获悉|注意到|了解到|获知|消息|显示|据悉|据了解|报道|透露|表示|称)$|^(?:据悉|据了解|据报道|记者获悉|本报讯)|^\s*(?:昨日|昨天|今日|今天|近日|日前|本周|上周|今年|去年|\d{4}年|\d{1,2}月|\d{1,2}日|[上中下]旬|初|底|末|早间|晚间|周[一二三四五六日])+\s*$/;
/** What a topic name may be preceded by: a description of what it does or is. */
// ("主板新股华茂股份": where a new share lists describes it too.)
const DESCRIPTION = new RegExp(String.raw`^(?:(?:主板|科创板|创业板|北交所|港股|美股|A股)?新股|${ZH_DOES}?[\u4e00-\u9fffA-Za-z0-9+]{0,16}?${ZH_KIND}|${ZH_DOES})`);
/** The words that begin what the topic did. */
// ("智衡数科（以下简称\"智衡\"）今日宣布": past an aside in brackets.)
const PREDICATE = /^(?:[（(][^）)]{1,20}[）)])?(?:近期|近日|日前|今日|今天|今年|去年|此前|已经?|正在|正|将|再度?|又|也|连续|接连|相继|宣布|成功|完成|获|发布|披露|公告|公布|出手|迎来|拿下|拿到|发行|募资|上市|挂牌|最快|计划|拟|有望|或将?|预计|筹划)/;
/** What a company plans, not what it did. */
const INTENT = /^(?:最快|计划|拟|有望|或将?|预计|筹划|将于|准备|考虑)/;
const NAME = /^[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9.&·-]{1,11}$/;
const NOT_NAME = /[的了是和与及或对从为这该其本被将向由等所在]|公司$|^(?:公司|企业|集团|记者|今年|去年|目前|此前|同时|其中|此外|另外|随后|今日|本周|近日|日前|两家|多家|一家)|^[一二两三四五六七八九十\d]+(?:只|家|个|位|名|款|笔|起|件|宗)/;

/** A clause that names no subject of its own: it opens on a connective, an adverb or 公司 ("先是", "随后又", "公司刚"). */
// ("先是以1.8亿元增资": how it paid may follow.)
export const ZH_ZERO_SUBJECT = /^(?:(?:先是|随后|此后|之后|然后|接着|同时|此外|另外|而|并|且|还|也|又|再|则|更|公司|该公司|其|它)(?:又|再|还|也|则|已经?|刚刚?|正式|宣布|成功|顺利|于|在)*|(?:又|再|还|也|已经?|刚刚?|正式|宣布|成功)+)(?:以[^，。；]{1,24})?$/;

/**
 * The name the sentence's first clause (after any lead-in) opens on, before the words of what it did, when the company
 * reader took none there; a company it took there when it did. Undefined when that clause opens on no name.
 */
export function zhTopic(view: SentenceText): CompanyMention | undefined {
  let from = view.start;
  for (let clauses = 0; clauses < 3; clauses++) {
    const end = clauseEnd(view, from);
    const clause = view.text.slice(from, end);
    if (!LEAD_IN.test(clause)) return zhClauseSubject(view, from, end) ?? storyOf(view, from, end);
    from = end + 1;
  }
  return undefined;
}

/** The subject that opens the clause text[from, end): past a description, before the words of what it did. */
export function zhClauseSubject(view: SentenceText, from: number, end: number): CompanyMention | undefined {
  const clause = view.text.slice(from, end);
  const description = DESCRIPTION.exec(clause);
  let at = from + (description ? description[0].length : 0);
  for (let k = ZH_KIND_AT_START.exec(view.text.slice(at, end)); description && k; k = ZH_KIND_AT_START.exec(view.text.slice(at, end))) at += k[0].length;
  const known = view.companies.find((c) => c.start >= at && c.start < end);
  if (known) return known.start === at && PREDICATE.test(view.text.slice(known.end, end)) ? known : undefined;
  const rest = view.text.slice(at, end);
  for (let n = 2; n <= Math.min(12, rest.length - 1); n++) {
    if (!PREDICATE.test(rest.slice(n))) continue;
    const text = rest.slice(0, n);
    // ("茶饮连锁品牌柠里最快将于今年下半年赴港上市，募资规模约2亿美元": a clause of what the company plans names no
    // subject for a deal.)
    if (!NAME.test(text) || NOT_NAME.test(text) || INTENT.test(rest.slice(n))) return undefined;
    return { start: at, end: at + n, text, name: text, id: chineseUnknownId(text) };
  }
  return undefined;
}

function clauseEnd(view: SentenceText, from: number): number {
  for (let i = from; i < view.end; i++) if ('，,；;：:'.includes(view.text[i]!)) return i;
  return view.end;
}

/** A clause that recalls an earlier deal as background: "继去年完成对Kraftwerk的收购后", "继去年底完成A轮融资后". */
export const ZH_RECALLED = /^继[^，。；]{1,50}后$/;

/** "回看极光出行的融资史": a clause that looks back on a company's story names the company the sentence is about. */
const STORY_OF = /^(?:回看|回顾|纵观|梳理|复盘|细看|盘点)([\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9]{1,11}?)的(?:融资|发展|上市|成长|扩张|并购)(?:史|历程|之路|路径)/;

function storyOf(view: SentenceText, from: number, end: number): CompanyMention | undefined {
  const m = STORY_OF.exec(view.text.slice(from, end));
  if (!m) return undefined;
  const start = from + m[0].indexOf(m[1]!, 2);
  return view.companies.find((c) => c.start === start) ?? { start, end: start + m[1]!.length, text: m[1]!, name: m[1]!, id: chineseUnknownId(m[1]!) };
}
