// The Chinese buyer the company reader left out: "周一，鑫峰铝业宣布以9.8亿元现金收购重庆金凯铝材100%股权",
// "周三，宏达电控公告，公司以2.35亿元受让深圳智联科技35%股权". A purchase whose clause names no buyer takes the
// name that opens the clause (after a description, before the words of time and announcement), or, when the
// clause says 公司 (the company), the name of the company whose announcement it is.
import type { CompanyMention } from '../types';
import type { SentenceView } from './sentence-view';
import { zhOpeningName } from './zh-opening-name';

/** The trigger's clause opens with 公司 standing for the announcer: "公司以2.35亿元受让…", "本公司拟…". */
const COMPANY_OPENS = /^(?:本)?公司(?:此次|本次)?(?:已经?|将|拟|以|通过|于|与)?/;
/** "宏达电控公告，", "华曜股份晚间发布公告称，": the announcement before the clause, its name left out. */
const ANNOUNCES = /(?:今日|昨日|近日|日前|晚间|早间|\d{1,2}日)*(?:晚间|早间)?(?:发布|披露)?公告(?:称|显示)?[，,：:]\s*$/;

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
