// A Chinese sale told from the seller: "阿里巴巴已与雅戈尔签署协议，以约74亿元出售所持银泰商业集团的全部股权",
// "恒远电气以6亿元向澜拓新能源出售其持有的华辰电子30%股权". The company before the verb sells (it is no
// party); the company whose shares follow 所持 is bought; the buyers are the companies the seller signed
// with (与…签署) or sold to (向…出售, 出售予…). A sale that names neither a buyer nor a price is left alone.
import type { CompanyMention } from '../types';
import { addInvestor, type DealDraft } from './deal-draft';
import { newDraft } from './funding-patterns';
import { ZH_INTENT_WORDS } from './gaps';
import type { SentenceView } from './sentence-view';
import { zhStakeName } from './zh-object';
import { matchesOf } from '../text/matches-of';

/** The verb and the words of holding after it: "出售所持", "出售其持有的", "转让所持有的". */
const SELLS_HELD = /(?:出售|转让|处置|出让)(?:其|公司)?(?:所持有?|持有)的?/g;
/** After the company sold: its shares ("的全部股权", "30%股权", "约24.82%的股份"). */
const SHARES_AFTER = /^(?:的)?(?:全部|部分|剩余|约|合计|共)?(?:\d+(?:\.\d+)?%)?(?:的)?(?:股权|股份|权益)/;
const WHOLE = /全部|100%/;
/** The buyers: "与雅戈尔、银泰管理层组成的买方签署协议", "向澜拓新能源", after the shares "予/给澜拓新能源". */
const SIGNED_WITH = /与([^。；]{1,60}?)(?:签署|签订|达成)/;
const PRICE_AFTER = /^[^。；]{0,12}?[，,]\s*(?:交易|转让|出售)?(?:总)?(?:对价|作价|价款|金额|总价|价格)(?:总额)?(?:为|约|达|合计)*$/;

export function matchZhSaleOfHeld(view: SentenceView): DealDraft[] {
  const drafts: DealDraft[] = [];
  const sentence = view.text.slice(view.start, view.end);
  // A plan, a rumour or a deal called off is no sale ("拟出售", "终止出售所持…").
  for (const m of matchesOf(SELLS_HELD, sentence)) {
    const verbStart = view.start + m.index;
    const verbEnd = verbStart + m[0].length;
    const before = view.text.slice(view.start, verbStart);
    const signed = /(?:已|正式)?(?:签署|签订)/.test(sentence) && !/终止|取消|否认|传闻|框架|意向/.test(sentence);
    if (ZH_INTENT_WORDS.test(signed ? before.replace(/拟/g, '') : before)) continue;
    // ("向博裕资本出售其持有的绿源快递8%股份": a name the reader left out, delimited by the stake after it.)
    const target = view.companies.find((c) => c.start === verbEnd) ?? zhStakeName(view, verbEnd);
    if (!target || !SHARES_AFTER.test(view.text.slice(target.end, target.end + 16))) continue;
    // The seller opens the sentence: the first company before the verb that is not the one it signed with or sold to.
    const seller = view.companies.find((c) => c.end <= verbStart && !/[与向和]$/.test(view.text.slice(Math.max(view.start, c.start - 1), c.start)));
    const buyers = buyersOf(view, verbStart, target, seller);
    const price = view.money.find((x) => x.mention.end <= verbStart && x.mention.start >= (seller?.end ?? view.start) && !/每股/.test(view.text.slice(Math.max(view.start, x.mention.start - 4), x.mention.start)))
      ?? view.money.find((x) => x.mention.start > target.end && PRICE_AFTER.test(view.text.slice(target.end, x.mention.start)));
    if (buyers.length === 0 && !price) continue;
    const whole = WHOLE.test(view.text.slice(target.end, target.end + 16));
    const draft = newDraft(view, whole ? 'acquisition' : 'stake-sale', target, verbStart);
    if (price) draft.money = price.index;
    for (const b of buyers) addInvestor(draft, b);
    drafts.push(draft);
  }
  return drafts;
}

function buyersOf(view: SentenceView, verbStart: number, target: CompanyMention, seller: CompanyMention | undefined): CompanyMention[] {
  const not = (c: CompanyMention) => c.id !== target.id && c.id !== seller?.id;
  // "向澜拓新能源出售其持有的…": the buyer between 向 and the verb, in the verb's clause.
  const to = /向([^，。；]{1,30}?)(?:合计|共同|分别)?$/.exec(view.text.slice(view.start, verbStart).split(/[，。；]/).pop()!.replace(/以[^，。；向]*$/, ''));
  const clauseStart = verbStart - view.text.slice(view.start, verbStart).split(/[，。；]/).pop()!.length;
  if (to) {
    const from = clauseStart + to.index + 1;
    const named = view.companies.filter((c) => c.start >= from && c.end <= from + to[1]!.length && not(c));
    if (named.length > 0) return named;
  }
  // "…股权予/给澜拓新能源": the buyer after the shares.
  const after = /^(?:的)?[^，。；]{0,16}?(?:股权|股份|权益)(?:出售|转让)?(?:予|给)/.exec(view.text.slice(target.end, target.end + 24));
  if (after) {
    const buyer = view.companies.find((c) => c.start === target.end + after[0].length);
    if (buyer && not(buyer)) return [buyer];
  }
  // "已与雅戈尔、银泰管理层组成的买方签署协议，以约74亿元出售…": the companies the seller signed with.
  const signed = SIGNED_WITH.exec(view.text.slice(view.start, verbStart));
  if (signed) {
    const from = view.start + signed.index + 1;
    return view.companies.filter((c) => c.start >= from && c.end <= from + signed[1]!.length && not(c));
  }
  return [];
}
