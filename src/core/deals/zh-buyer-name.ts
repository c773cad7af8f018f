// The Chinese buyer the company reader left out: "周一，鑫峰铝业宣布以9.8亿元现金收购重庆金凯铝材100%股权",
// "周三，宏达电控公告，公司以2.35亿元受让深圳智联科技35%股权". A purchase whose clause names no buyer takes the
// name that opens the clause (after a description, before the words of time and announcement), or, when the
// clause says 公司 (the company), the name of the company whose announcement it is.
import { chineseUnknownId } from '../companies/chinese-companies';
import type { CompanyMention } from '../types';
import type { SentenceView } from './sentence-view';
import { zhOpeningName } from './zh-opening-name';

/** The trigger's clause opens with 公司 standing for the announcer: "公司以2.35亿元受让…", "本公司拟…". */
const COMPANY_OPENS = /^(?:本)?公司(?:此次|本次)?(?:已经?|将|拟|以|通过|于|与)?/;
/** "宏达电控公告，", "华曜股份晚间发布公告称，": the announcement before the clause, its name left out. */
// ("锦江环境9月2日晚公告，": a month, a day and an evening may stand between.)
const WHEN = String.raw`(?:今日|昨日|近日|日前|今晚|晚间|早间|(?:\d{1,2}月)?\d{1,2}日(?:晚间|早间|晚|早)?)*(?:晚间|早间)?`;
const ANNOUNCES = new RegExp(String.raw`${WHEN}(?:发布|披露)?公告(?:称|显示)?[，,：:]\s*$`);

/**
 * The buyer of a Chinese purchase at `at` when the company reader named none: the clause's opening name, or
 * the announcer that 公司 stands for. Undefined when the clause (back to "；" or "，") opens with anything else.
 */
export function zhBuyerLeftOut(view: SentenceView, at: number): CompanyMention | undefined {
  const before = view.text.slice(view.start, at);
  const cut = Math.max(before.lastIndexOf('，'), before.lastIndexOf('；'), before.lastIndexOf('：'), before.lastIndexOf(','));
  const clause = before.slice(cut + 1);
  if (!COMPANY_OPENS.test(clause) || !/^(?:本)?公司/.test(clause)) return zhOpeningName(view, at);
  // 公司 stands for the announcer named in the clause before (never across "；").
  const lead = before.slice(0, cut + 1);
  const announce = ANNOUNCES.exec(lead);
  if (!announce || lead.lastIndexOf('；') > announce.index) return undefined;
  return zhOpeningName(view, view.start + announce.index);
}

/** "通过全资子公司青山国际以4.2亿元收购…": the subsidiary a buyer acts through, named before the price or the verb. */
// ("公司全资子公司海澜国际以自有资金…收购": the subsidiary may act without 通过.)
const THROUGH_ARM = /(?:通过|由)?(?:其|公司|旗下|下属){0,3}(?:的)?(?:全资|控股)?子公司([\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9]{1,11}?)(?=以|出资|斥资|收购|受让|购买|完成|[，,]|$)/;

/**
 * The subsidiary through which a Chinese buyer makes the purchase at `at` ("公司通过全资子公司青山国际以4.2亿元
 * 收购…"): it buys too. Read in the trigger's clause only; the company mention there when the reader took it.
 */
export function zhSubsidiaryBuyer(view: SentenceView, at: number): CompanyMention | undefined {
  const before = view.text.slice(view.start, at);
  const from = view.start + Math.max(before.lastIndexOf('，'), before.lastIndexOf('；'), before.lastIndexOf(',')) + 1;
  const m = THROUGH_ARM.exec(view.text.slice(from, at));
  // (Not the words after an unnamed subsidiary: "中联重科旗下子公司已完成对…的收购".)
  if (!m || /^(?:已|将|拟|正式|宣布|于|在|通过|近日|日前)/.test(m[1]!)) return undefined;
  const start = from + m.index + m[0].length - m[1]!.length;
  const end = start + m[1]!.length;
  // (A name the reader took there is the arm, unless it is a part of the arm's name the data does not hold: "华新" of 华新国际.)
  const taken = view.companies.find((c) => c.start < end && start < c.end);
  if (taken && !(taken.id.startsWith('unknown:') && taken.start >= start && taken.end < end)) return taken;
  return { start, end, text: m[1]!, name: m[1]!, id: chineseUnknownId(m[1]!) };
}

/** "港股上市公司远东物业今日公告，…": the company whose announcement a clause reports, before `at`, its name left out. */
export function zhAnnouncerLeftOut(view: SentenceView, at: number): CompanyMention | undefined {
  const before = view.text.slice(view.start, at);
  const announce = /(?:公告|公布)(?:称|显示)?[，,：:]/.exec(before);
  if (!announce || before.lastIndexOf('；') > announce.index) return undefined;
  const words = before.slice(0, announce.index).replace(new RegExp(String.raw`${WHEN}(?:发布|披露)?$`), '');
  return zhOpeningName(view, view.start + words.length);
}
