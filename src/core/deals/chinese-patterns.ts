// Chinese patterns: "X完成N亿元B轮融资，由Y领投，Z跟投", "Y收购X", "Y以N亿美元收购X", "X被Y收购".
// Chinese has no spaces, so gaps are judged character by character against short whitelists.
import { chineseUnknownId } from '../companies/chinese-companies';
import type { CompanyMention } from '../types';
import { addInvestor, type DealDraft } from './deal-draft';
import { ZH_INTENT_WORDS } from './gaps';
import { newDraft } from './funding-patterns';
import { between, companiesBefore, type SentenceView } from './sentence-view';
import { findSubjectList } from './subject-list';
import { ZH_HOLDS_AFTER, zhDescribedName } from './zh-object';
import { matchesOf } from '../text/matches-of';

const ZH_FUNDING_VERB = /(?:宣布)?(?:完成|获得|获|斩获|拿下)了?/g;
// ("「回声岛」完成天使轮融资": past the quote that closes a name.)
const RAISER_GAP = /^[」』”"]?(?:已经?|近日|日前|今日|今天|昨日|昨天|正式|成功|宣布|再次|又|刚刚|近期|\s)*$/;
const CLAUSE_END = /[，,。；;！？]/;

export function matchZhFunding(view: SentenceView): DealDraft[] {
  const drafts: DealDraft[] = [];
  const sentence = view.text.slice(view.start, view.end);
  for (const m of matchesOf(ZH_FUNDING_VERB, sentence)) {
    const verbStart = view.start + m.index;
    const verbEnd = verbStart + m[0].length;
    const target = companiesBefore(view, verbStart)[0];
    if (!target || !RAISER_GAP.test(between(view, target.end, verbStart))) continue;
    const clauseEnd = clauseEndAfter(view, verbEnd);
    const clause = view.text.slice(verbEnd, clauseEnd);
    const noun = /融资|投资/.exec(clause);
    if (!noun || ZH_INTENT_WORDS.test(view.text.slice(view.start, clauseEnd))) continue;
    // "完成对X的战略投资": the company before the verb invests; it raises nothing.
    if (/对[^，。；]{1,24}?的/.test(clause.slice(0, noun.index))) continue;
    const nounPos = verbEnd + noun.index;
    const money = view.money.find((x) => x.mention.start >= verbEnd && x.mention.end <= nounPos);
    const hasRound = /轮|战略/.test(clause.slice(0, noun.index + 2));
    const backers = view.companies.filter((c) => c.start >= verbEnd && c.end <= nounPos);
    if (!money && !hasRound && backers.length === 0) continue;
    const draft = newDraft(view, 'funding', target, verbEnd);
    if (money) draft.money = money.index;
    // "获得腾讯投资": companies between the verb and the noun invested (a role phrase may refine this).
    for (const c of backers) addInvestor(draft, c);
    drafts.push(draft);
  }
  return drafts;
}

// "Y领投了X的N亿元B轮融资": the lead named first, the target after the cue.
/** After the round's noun, the clause that sizes it: "，融资总额4亿元", "，金额为2亿元". */
const SIZE_AFTER_NOUN = /^[，,]\s*(?:本轮|本次)?(?:融资)?(?:总额|金额|规模)(?:为|约|达|共|合计)*约?$/;
/** Between the cue and the company: only what it is ("智能制造企业", "合成生物公司"). */
const KIND_GAP = /^了?[\u4e00-\u9fffA-Za-z]{1,12}?(?:公司|企业|品牌|平台|厂商|初创|集团|机构|独角兽)$/;
const ZH_LED = /(?:联合|共同)?领投了?/g;

export function matchZhLed(view: SentenceView): DealDraft[] {
  const drafts: DealDraft[] = [];
  const sentence = view.text.slice(view.start, view.end);
  for (const m of matchesOf(ZH_LED, sentence)) {
    const cueStart = view.start + m.index;
    const cueEnd = cueStart + m[0].length;
    // "领投了澜海科技的…", "领投了合成生物公司蓝曜生物的4亿元C轮融资": the company right after the cue, or after what it is.
    const next = view.companies.find((c) => c.start >= cueEnd);
    const target = next && (next.start === cueEnd || KIND_GAP.test(between(view, cueEnd, next.start))) ? next : zhDescribedName(view, cueEnd);
    if (!target) continue;
    const clauseEnd = clauseEndAfter(view, cueEnd);
    const noun = /融资|投资/.exec(view.text.slice(target.end, clauseEnd));
    if (!noun || ZH_INTENT_WORDS.test(view.text.slice(view.start, clauseEnd))) continue;
    const leads = findSubjectList(view, cueStart, (gap) => RAISER_GAP.test(gap));
    if (leads.length === 0) continue;
    const draft = newDraft(view, 'funding', target, cueEnd);
    // ("领投了擎天精密的B轮融资，融资总额4亿元": or in the clause right after the noun.)
    const nounEnd = target.end + noun.index + noun[0].length;
    const money =
      view.money.find((x) => x.mention.start >= target.end && x.mention.end <= target.end + noun.index) ??
      view.money.find((x) => x.mention.start >= nounEnd && SIZE_AFTER_NOUN.test(between(view, nounEnd, x.mention.start)));
    if (money) draft.money = money.index;
    for (const c of leads) addInvestor(draft, c, 'lead');
    drafts.push(draft);
  }
  return drafts;
}

const ACQUIRER_GAP = /^(?:已经?|将|宣布|正式|成功|完成了?|全资|控股|以[^，。；,;]{0,25}?|\s)*$/;
/** Between 收购 and its target: "了", "全资", and a short description ending in a kind of company ("英国游戏开发商", "杭州数据中台初创公司"). */
const TARGET_GAP = /^了?(?:全资|控股)?(?:[^，。；,;、\s]{0,14}?(?:公司|商|企业|平台|品牌|集团|机构|工作室|银行|厂|团队|网站|应用))?$/;
const PRICE_AFTER_TARGET = /^(?:协议)?[，,]?\s*(?:交易)?(?:作价|金额|对价|总价|价格|总额)(?:为|约|达)?约?$/;

export function matchZhAcquisition(view: SentenceView): DealDraft[] {
  const drafts: DealDraft[] = [];
  const sentence = view.text.slice(view.start, view.end);
  for (const m of matchesOf(/收购/g, sentence)) {
    const verbStart = view.start + m.index;
    const verbEnd = verbStart + 2;
    if (ZH_INTENT_WORDS.test(view.text.slice(view.start, verbStart))) continue;
    const found = passiveForm(view, verbStart) ?? objectOfDui(view, verbStart) ?? agreementWith(view, verbStart) ?? activeForm(view, verbStart, verbEnd);
    if (!found || found.acquirer.id === found.target.id) continue;
    const draft = newDraft(view, 'acquisition', found.target, verbStart);
    addInvestor(draft, found.acquirer);
    // "Y以N亿美元收购X" puts the price before the verb; "收购X，交易金额为N" after the target.
    // (Never a price per share: "以每股513便士、总计约9.19亿英镑的价格收购".)
    const priceBefore = [...view.money].reverse().find((x) => x.mention.start >= found.acquirer.end && x.mention.end <= verbStart && !/每股$/.test(view.text.slice(Math.max(view.start, x.mention.start - 4), x.mention.start)));
    // (After the verb when the target came first: "与X签署收购协议，交易作价N".)
    const from = Math.max(found.target.end, verbEnd);
    const priceAfter =
      view.money.find((x) => x.mention.start >= from && PRICE_AFTER_TARGET.test(between(view, from, x.mention.start))) ??
      // "签署收购协议，将以约7737万美元的对价收购这家自动驾驶公司": the price of the purchase the agreement is for.
      view.money.find((x) => x.mention.start >= from && /^协议[，,]\s*(?:将|拟|并)?以约?$/.test(between(view, from, x.mention.start)) && /^的?(?:对价|价格|总价|作价|现金)?收购/.test(view.text.slice(x.mention.end, x.mention.end + 8)));
    const price = priceBefore ?? priceAfter;
    if (price) draft.money = price.index;
    drafts.push(draft);
  }
  return drafts;
}

type Parties = { acquirer: CompanyMention; target: CompanyMention };

/** "X被Y收购" */
function passiveForm(view: SentenceView, verbStart: number): Parties | undefined {
  const [acquirer, target] = companiesBefore(view, verbStart);
  if (!acquirer || !target) return undefined;
  if (!/^(?:\s|全资|成功)*$/.test(between(view, acquirer.end, verbStart))) return undefined;
  return /^(?:已经?|将|正式)?被$/.test(between(view, target.end, acquirer.start)) ? { acquirer, target } : undefined;
}

/** "Y完成对X的收购" */
function objectOfDui(view: SentenceView, verbStart: number): Parties | undefined {
  const [target, acquirer] = companiesBefore(view, verbStart);
  if (!target || !acquirer || between(view, target.end, verbStart) !== '的') return undefined;
  return /^(?:已经?|宣布|正式)?(?:完成了?|结束)?对$/.test(between(view, acquirer.end, target.start)) ? { acquirer, target } : undefined;
}

/** "Y已与X签署全资收购协议" */
function agreementWith(view: SentenceView, verbStart: number): Parties | undefined {
  if (!/^协议/.test(view.text.slice(verbStart + 2, verbStart + 4))) return undefined;
  const [target, acquirer] = companiesBefore(view, verbStart);
  // "美团点评宣布，已与摩拜单车签署全资收购协议": a name the company reader left out, between 与 and 签署.
  if (target && !acquirer) {
    const named = namedBetweenWithAndSigned(view, target.end, verbStart);
    return named ? { acquirer: target, target: named } : undefined;
  }
  if (!target || !acquirer) return undefined;
  if (!/^(?:签署|签订|达成)了?(?:全资|股权|控股)?$/.test(between(view, target.end, verbStart))) return undefined;
  // ("小米集团公告，已与深动科技签署收购协议": an announcement says so too.)
  return /^(?:\d+日(?:晚间|早间)?)?(?:晚间|今日)?(?:宣布|表示|公告|发布公告|公告称)?[，,]?(?:已经?|将|正式)?与$/.test(between(view, acquirer.end, target.start)) ? { acquirer, target } : undefined;
}

const WITH_NAME_SIGNED = /与([\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9]{1,9}?)(?:正式)?(?:签署|签订|达成)了?(?:全资|股权|控股)?$/;

/** The company between 与 and 签署 right before 收购协议, when the reader did not take it. */
function namedBetweenWithAndSigned(view: SentenceView, from: number, verbStart: number): CompanyMention | undefined {
  const words = view.text.slice(from, verbStart);
  if (/[，。；,;]/.test(words.slice(words.lastIndexOf('与')))) return undefined;
  const m = WITH_NAME_SIGNED.exec(words);
  // Between the buyer and 与: the rest of its name, a day, "宣布", a comma, "已" — no other party, no verb.
  if (!m || !/^[\u4e00-\u9fffA-Za-z]{0,4}?(?:\d+日(?:晚间|早间)?)?(?:宣布|表示)?[，,]?(?:已经?|将|正式)?$/.test(words.slice(0, m.index))) return undefined;
  const start = from + m.index + 1;
  return { start, end: start + m[1]!.length, text: m[1]!, name: m[1]!, id: chineseUnknownId(m[1]!) };
}

/** "Y收购X", "Y以N亿美元收购了X", "Y宣布全资收购杭州初创公司X" */
function activeForm(view: SentenceView, verbStart: number, verbEnd: number): Parties | undefined {
  const acquirer = companiesBefore(view, verbStart)[0];
  if (!acquirer || !ACQUIRER_GAP.test(between(view, acquirer.end, verbStart))) return undefined;
  const target = view.companies.find((c) => c.start >= verbEnd);
  if (!target || !TARGET_GAP.test(between(view, verbEnd, target.start))) return undefined;
  // "收购欢聚集团旗下…", "收购自由港持有的…": the company after the verb owns what is bought (the frames read it).
  if (ZH_HOLDS_AFTER.test(view.text.slice(target.end, target.end + 4)) || /^(?:旗下|所属)/.test(view.text.slice(target.end, target.end + 2))) return undefined;
  return { acquirer, target };
}

function clauseEndAfter(view: SentenceView, from: number): number {
  for (let i = from; i < view.end; i++) if (CLAUSE_END.test(view.text[i]!)) return i;
  return view.end;
}
