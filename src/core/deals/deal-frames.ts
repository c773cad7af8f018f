// The frame reader (issue 17, item 3): a deal is a frame — trigger, target, parties, amount — filled
// from the sentence around a trigger of the registry (frame-triggers.ts), and then from the sentences
// after it that name backers without reporting a deal of their own ("C, D and E are also backing the
// company"). It adds to the older gap-checked patterns, which keep precedence where both read a deal.
//
// Precision guards: a trigger in words of intent, rumour or denial is skipped (INTENT_WORDS, gaps.ts); the
// target is never an exchange, a news source or a party of its own deal; an amount is the deal's
// own only when it is not a per-share price, a valuation, a market value, revenue or a running total.

import type { CompanyMention } from '../types';
import { addInvestor, mergeInvestor, type DealDraft } from './deal-draft';
import { triggersFor, type DealTrigger } from './frame-triggers';
import { INTENT_WORDS, isDescriptorGap, NAME_TAIL_GAP, ZH_INTENT_WORDS, ZH_STRONG_INTENT } from './gaps';
import { LEADING_STOP_WORDS, notCompanyReason, PLACE_WORDS } from '../companies/not-companies';
import { chineseUnknownId } from '../companies/chinese-companies';
import { unknownId } from '../companies/unknown-companies';
import { assetObject } from './en-asset-object';
import { blankAsides } from './en-asides';
import { isBrandMakerGap } from './en-brand-maker';
import { leadInLength } from './en-lead-in';
import { heldUp, soundsEnded, underScrutiny, undoneLater } from './intent-check';
import { unreadListHead, unreadListMiddle, unreadListTail } from './en-list-tail';
import { orientMerger } from './en-merger-direction';
import { englishSecondSales, englishSecondTargets } from './en-second-target';
import { listAfter, ownerOfArm, SELLERS_BEFORE } from './role-phrases';
import { findRounds } from './rounds';
import type { IndexedMoney, SentenceView } from './sentence-view';
import { zhAnnouncerLeftOut, zhBuyerLeftOut, zhSubsidiaryBuyer } from './zh-buyer-name';
import { zhSurvivor } from './zh-merger-survivor';
import { ZH_KIND } from './zh-kinds';
import { zhRoundsListed } from './zh-round-list';
import { ZH_RECALLED, ZH_ZERO_SUBJECT, zhTopic } from './zh-topic';
import { zhTrimBacker, zhTrimTarget } from './zh-target-name';
import { zhEachRaised } from './zh-each-raised';
import { zhUnreadBackers } from './zh-unread-backers';
import { ZH_OPENS_WITH_NAME, zhInvestorInside, zhNameBeforeIdiom, zhOpeningName, zhPartnerBeforeVerb } from './zh-opening-name';
import { zhAdjacentSubject, zhArmOf, zhClauseName, zhDescribedName, zhFullObjectAfterDui, zhHeldObject, zhLongerName, zhNamedBetween, zhNewSharesName, zhRoundOwnerName, zhStakeName } from './zh-object';
import { matchesOf } from '../text/matches-of';

const HAN = /[\u4e00-\u9fff]/;
// ("its Euronext Dublin and London listing": Europe's exchanges by name, and Asia's by their letters.)
const EXCHANGE = /交易所|港交所|联交所|上交所|深交所|北交所|纳斯达克|纽交所|Exchange|Nasdaq|NYSE|Bourse|Börse|Euronext|Borsa|Bursa Malaysia|\bLSE\b|\bHKEX\b|\bSGX\b|\bASX\b|\bTSX\b|\bJSE\b|\bNSE\b|\bBSE\b|\bSIX\b|\bKRX\b|\bTWSE\b|\bTASE\b/;
/** "持股比例由20%提升至51%，…成为华润微电子的控股子公司": an investment that hands over control buys a stake. */
const ZH_CONTROL_TAKEN = /持股比例[^，。；]{0,10}?(?:提升|增加|提高|增)至(?:5[1-9]|[6-9]\d|100)(?:\.\d+)?%|成为[^，。；]{0,12}?的?控股子公司/;
/** Companies described as listed already ("多家已在港股上市的A股公司启动了H股配售"): no word of a listing now. */
const ALREADY_LISTED = /已(?:在|于)?[^，。；]{0,8}?上市的/g;
/** A company named as a modifier or in an aside, not as a party: "Tencent-backed", "Alibaba’s Qwen". */
const MODIFIER_AFTER = /^(?:-(?:backed|led|owned|funded|based|controlled)|\s*(?:’s|'s)\s+(?:chief|founder|former|co-founder|CEO|head|unit|subsidiary))/;
/** A company just after one of these is an investor or another role, not the subject of the frame. */
// ("继去年获得吉利汽车战略投资后，极电新能…完成10亿元B轮融资": who invested is not who raises.)
const ROLE_BEFORE = /(?:\bby(?:\s+(?:former|ex-))?|\bfrom|\bwith|\bincluding|\bsuch as|\balongside|\band|\bled by|\bbacked by|\blike|由|获得?|来自|从|与|和|、)\s*(?:the\s+)?$/i;
// ("for A$1.10 each": so is a price each.)
const PER_UNIT_AFTER = /^\s*(?:a|per|each|an)\s+(?:share|unit|ADS|ADR|piece)\b|^\s*(?:\/|每)\s*股|^\s*(?:per|each)\b|^\s*(?:IPO|offer|issue|listing|reference)\s+price\b/i;
const PER_UNIT_BEFORE = /(?:每(?:股|份)(?:美国存托股份?|存托股份?|ADS)?\s*(?:发行价|发售价|招股价|售价|价格|定价|转让价|收购价|认购价)?(?:为|定为|约)?|(?:发行价|发售价|招股价|开盘价|收盘价|股价)(?:为|定为|约|报)?|(?:开盘|收盘|收市|首日)报|(?<!\bvalued\s)(?<!\bvalu(?:es|ing)\s+(?:\S+\s+){0,5})\bat|priced at|(?:offer|issue|listing|IPO|subscription|reference) price (?:of|at)|(?:price\s+)?range\s+(?:of|at|between)|opened at|closed at)\s*$/i;
const NOT_DEAL_MONEY_BEFORE =
  /(?:market (?:value|capitali[sz]ation|cap)|revenue|sales|profit|income|earnings|balance sheet|combined (?:assets|value|deposits|output)|assets under management|valu(?:ed|ing|ation|es) (?:it|the company|the firm|\w+) at|valu(?:es|ing) (?:the|its) (?:[\w-]+ ){0,4}at|valuation of|total (?:funding|of)|to date|bringing (?:its|the) total|市值|营收|收入|利润|估值|企业价值|注册资本|注册资金|总资产|资产规模|管理规模|累计(?!金额)|(?<!募资|募集资金|集资|融资|交易|发售|发行|投资|认购|款项)总额)[^.;，。；]{0,25}$/i;

const OWN_FUND_ZH = /基金[^，。；]{0,8}(?:关账|募集|首关|终关)|第[一二三四五六七八九十\d]+期[^，。；]{0,6}基金/;
// Lowercase on purpose: "Sahyadri Growth Fund" is an investor's name, "a new growth fund" a fund.
// ("Harrow Capital has raised a $600 million buyout fund": the fund's size may stand before its kind.)
const OWN_FUND = /\b(?:new|its|a|fifth|sixth|seventh|eighth|ninth|tenth|second|third|fourth|debut|first|flagship|growth|venture|early-stage)\s+(?:[$€£¥]?[\d.,]+\s*(?:billion|million|bn|mn|m)?\s+)?(?:[a-z][\w-]*\s+){0,2}funds?\b(?!\s+(?:round|raise))|\bfunds? (?:focused|dedicated|aimed)|新基金|基金(?:募集|完成募集|首关|终关)|募集完成/;
const SOLD_BEFORE_STAKE = /\b(?:sold|sells|sell|selling|sale of|offload(?:s|ed|ing)?|divest(?:s|ed|ing)?|dump(?:s|ed|ing)?|unload(?:s|ed|ing)?)\s+(?:(?:its|their|his|her|a|the|part of its|some of its|all of its|its entire|its remaining)\s+)?(?:[\w%.-]+\s+){0,3}$/i;
// ("raised $500 million by selling bonds due 2030": so is money from debt sold.)
const DEBT_AFTER_AMOUNT = /^\s*(?:in|of|through|via|by (?:selling|issuing|placing)|from (?:selling|issuing|a sale of))\s+(?:(?:new|senior|secured|unsecured|convertible|green|corporate|its|a|an)\s+)*(?:debt|bonds?|notes|loans?|debentures|credit)\b(?!\s+and\s+equity)/i;
/** What a backer does right after its name: "国新基金领投", "Acme Fund led". */
// ("由国新基金、中国电信、中金资本领投": so does one at the head of a list of backers.)
const ACTS_AS_BACKER = /^(?:[、和及与][^，。；、]{2,16}?){0,4}(?:等)?(?:联合|共同)?(?:领投|跟投|参投|参与|出资|投资)|^\s+(?:led|co-led|invested|joined|participated)\b/;

/**
 * Whether the words in [from, to) speak of a firm raising its own fund. The name of a backer acting
 * in the deal is no fund word ("由国新基金领投" names an investor, not a new fund), so a match is read
 * again with such names blanked.
 */
function ownFund(view: SentenceView, from: number, to: number): boolean {
  const words = view.text.slice(from, to);
  if (!OWN_FUND.test(words) && !OWN_FUND_ZH.test(words)) return false;
  let blank = '';
  let at = from;
  for (const c of view.companies) {
    if (c.end <= from || c.start >= to || !ACTS_AS_BACKER.test(view.text.slice(c.end, c.end + 60))) continue;
    blank += view.text.slice(at, Math.max(at, c.start)) + ' '.repeat(Math.max(0, Math.min(c.end, to) - Math.max(c.start, at)));
    at = Math.min(c.end, to);
  }
  blank += view.text.slice(at, to);
  return OWN_FUND.test(blank) || OWN_FUND_ZH.test(blank);
}

/** A round word: a company raising in an IPO sentence may also report a round ("a pre-IPO round"). */
const ROUND_WORD = /\b(?:Series [A-Z]|seed|round|private placement|PIPE)\b|轮|配售/i;

/** The next sentence saying the agreement was signed (not "尚未签署", not a framework or a letter of intent). */
const SIGNED_NEXT = /^[^。！？]{0,60}?(?<![未不没])(?:签署|签订)了?(?!框架|意向|合作)[^，。；]{0,12}?协议/;
/** "交易对价为人民币3.06亿元", "转让总价约148亿元": an announcement states the price agreed. */
// ("交易作价暂定为26亿元": a price set for now is stated too.)
const PRICE_STATED = /(?:交易|转让|收购|标的资产|标的股权)(?:总)?(?:对价|总价|作价|价款|价格)(?:总额)?(?:暂定|初步确定|预估)?(?:为|约|合计|共计|达)*(?:人民币)?[\d.]+(?:亿|万)?(?:元|美元|欧元|港元|日元|英镑)/;

const USE_OF_MONEY = /\b(?:use|using|uses|spend|spending|put|putting|earmark(?:ed)?|deploy)\s+(?:the|its|their|some of the|part of the|much of the)\s+(?:new\s+)?(?:money|funds|funding|proceeds|capital|cash)\s+(?:to|on|for)\s+(?:[\w-]+\s+){0,2}$/i;

/** "X said on Tuesday it would acquire Y": the wires' reported speech for a deal agreed, not a plan. */
const REPORTED_WOULD = /\b(?:said|says|announced)(?: on \w+day| late \w+day| \w+day)?,? (?:that )?(?:it|they) would(?= (?:buy|acquire|purchase|take over|sell|merge|combine)\b)/;

const SOLD_SHARES_AT = /^[^.;]{0,60}?\bby selling (?:[\w-]+\s+){0,2}shares at\b/i;
/** Words of a market around a debut: shares, an exchange, a price or its move ("made a flat debut", "rose on its debut"). */
const MARKET_DEBUT = /\b(?:shares?|stocks?|trading|traded|exchanges?|Nasdaq|NYSE|bourse|IPO|listing|listed|priced|float|Sensex|Nifty|ASX|TSX|HKEX|SGX|rose|jumped|soared|surged|fell|slipped|slumped|climbed|gained|opened|premium|discount|flat|valuation)\b|[$€£¥₹]/i;
const LISTING_CONTEXT = /\b(?:IPOs?|listings?|debuts?|went public|initial public offerings?|flotations?)\b/i;

// ("由高盛和摩根大通担任承销商": underwriters and sponsors, and the names listed before the verb, are advisers too.)
const ADVISER_AFTER = /^(?:[和及与、][^，。；]{1,12}?)?(?:担任|出任|作为|为)(?:本轮|本次|此轮)?(?:融资的?|发行的?)?(?:独家|联席|主)?(?:财务|法律)?(?:顾问|承销商|保荐人|保荐机构|账簿管理人)|^,?\s+(?:acted|served|is acting|was)\s+as\s+(?:the\s+)?(?:exclusive\s+|sole\s+|lead\s+)?(?:financial|legal)\s+advis[eo]r/;
const ZH_BACKS_AFTER = /^(?:[、和及与][^，。；、]{1,12}?)*(?:等(?:机构)?)?(?:联合|共同)?(?:领投|跟投|参投)/;

/** "whose backers include", "its investors include": who already owns the company. */
const HOLDERS_BEFORE = /\b(?:whose|its|their)\s+(?:[\w-]+\s+)?(?:backers|investors|shareholders|owners)\s+(?:include|included|including|are|were)\s*$/i;

/** Right before a company bought: "to buy cancer drugmaker", "acquiring": that company buys nothing there. */
export const BOUGHT_BEFORE = /\b(?:buy|buys|buying|bought|acquire|acquires|acquiring|acquired|purchase|purchasing|take over|taking over)\s+(?:[\w-]+\s+){0,3}$/i;

/** "换股比例为1:0.56", "每股北车股份可换取1.10股": a merger's exchange ratio, stated. */
const EXCHANGE_RATIO = /换股比例(?:均|分别)?为?\s*\d|每\d*股[^，。；]{1,12}?(?:可)?换(?:取|得)?\s*\d/;

/** "今日起招股", "招股将于本周五截止": a Chinese offer that has opened and not yet closed. */
const OFFER_OPENED = /(?:起|开始|启动)招股|招股(?:将于|至)[^，。；]{0,8}截止/;

/** Every frame the triggers find in one sentence, in order. */
export function readFrames(view: SentenceView, money: readonly IndexedMoney[]): DealDraft[] {
  const sentence = view.text.slice(view.start, view.end);
  const lang = HAN.test(sentence) ? 'zh' : 'en';
  const drafts: DealDraft[] = [];
  // Mergers read with no direction ("A与B实施战略重组"): dropped below when another trigger gives the same two a direction.
  const undirected = new Set<DealDraft>();
  for (const trigger of triggersFor(view.holds)) {
    if (trigger.lang !== lang) continue;
    for (const m of matchesOf(trigger.pattern, sentence)) {
      const at = view.start + m.index;
      const draft = frameAt(view, money, trigger, at, at + m[0].length, drafts);
      if (!draft) continue;
      if (draft.type === 'merger' && trigger.target === 'subject') undirected.add(draft);
      // "收购宝腾汽车49.9%的股份以及路特斯51%的股份", "收购光谷科技与华晶科技各51%股权": one verb, two companies bought.
      // ("will acquire Capital Foods for Rs 5,100 crore and Organic India for Rs 1,900 crore": so in English, each with its price.)
      // ("will sell its small cells business to EQT for $4.25 billion and its fiber business to Zayo Group for …": so one seller, two sales.)
      // ("宣布连续完成两轮融资：天使轮由峰瑞资本独家投资，天使+轮由…领投": each round listed, not the count of them.)
      const listed = trigger.lang === 'zh' ? zhRoundsListed(view, draft, at + m[0].length) : [];
      if (listed.length > 0) {
        for (const d of listed) if (!drafts.some((x) => sameDeal(x, d))) drafts.push(d);
        continue;
      }
      // ("其中赣锋锂业、药明康德分别募资约20亿港元和35亿港元": companies listed before one verb, each with its amount: zh-each-raised.ts.)
      const more = trigger.target !== 'object' ? (trigger.lang === 'zh' && trigger.target === 'subject' ? zhEachRaised(view, draft, at) : []) : trigger.lang === 'zh' ? secondTargets(view, draft) : trigger.buyerAfterTo ? englishSecondSales(view, draft, (from, to) => ownUnit(view, at, from, to)) : englishSecondTargets(view, draft);
      for (const d of [draft, ...more]) {
        const same = drafts.find((x) => sameDeal(x, d));
        if (!same) drafts.push(d);
        // (A second reading of the deal may hold the price the first left to it: "…收购瑞芯半导体"一事尘埃落定：…已以8.6亿元完成对瑞芯半导体…的收购".)
        else if (same.money === undefined && d.money !== undefined && d.type !== 'funding') same.money = d.money;
      }
    }
  }
  // ("滨江城投与滨江交投昨日宣布实施战略重组，滨江交投整体并入滨江城投": one merger, in the direction the second states.)
  const pair = (d: DealDraft) => [d.target.id, ...d.investors.map((i) => i.id)].sort().join('|');
  const kept = drafts.filter((d) => !undirected.has(d) || !drafts.some((o) => o !== d && o.type === 'merger' && !undirected.has(o) && pair(o) === pair(d)));
  return kept.sort((a, b) => a.anchor - b.anchor);
}

/**
 * Two readings of one deal: same company, same kind, and no two different amounts ("raised A$6 million …, five
 * months after closing an A$18 million Series A" reports two rounds).
 */
export function sameDeal(a: DealDraft, b: DealDraft): boolean {
  if (a.type === 'funding' && a.round !== undefined && b.round !== undefined && a.round !== b.round) return false;
  return a.target.id === b.target.id && a.type === b.type && (a.money === undefined || b.money === undefined || a.money === b.money || a.type !== 'funding');
}

/** "Since its founding, X has raised $210 million": a running total, not a round. */
// ("Oakridge had raised $14 million from A and B since it was founded in 2021": so is a sum since the company began.)
const RUNNING_TOTAL = /\b(?:since (?:its |their )?(?:founding|inception|launch|start)|since (?:it|they) (?:was|were) (?:founded|launched|started|set up|spun out)|to date|so far|in total|altogether|in all)\b|累计(?!金额)|迄今|至今|多轮/i;

/**
 * "Sentrix is buying identity startup Keyward … Keyward, founded in 2019, had raised about $180 million from investors
 * including Accel": what a company had raised before the news, with no round or month named, is a total.
 */
// ("Padala Now said on Wednesday it had raised $20 million": reported speech of the news, dated to its day, is the round
// itself; "said it had raised $50 million from investors before the pandemic" is not.)
const HAD_RAISED = /\b(?<!\b(?:said|says|announced)(?: on \w+day| \w+day| today),? (?:that )?(?:it|they) )had (?:previously |earlier |already )?raised\b/i;
const NAMES_A_ROUND = /\b(?:Series [A-Z]|seed|pre-seed|angel|round|Jan(?:uary)?|Feb(?:ruary)?|March|April|May|June|July|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b/;

const RECALLED = /\b(?:when|after|since|before|until)\s+(?:it|they|the company|the firm)\s+(?:had\s+|first\s+)?(?:raised|closed|secured|received|landed|took)\b/i;

/**
 * "… what Lumora was worth when it raised its seed round in 2021": a round recalled in passing, with
 * no amount, is context for the story, not a deal it reports.
 */
export function dropRecalled(drafts: DealDraft[], view: SentenceView): DealDraft[] {
  if (drafts.length === 0) return drafts;
  const sentence = view.text.slice(view.start, view.end);
  let kept = RECALLED.test(sentence) ? drafts.filter((d) => d.money !== undefined) : drafts;
  if (RUNNING_TOTAL.test(sentence) || (HAD_RAISED.test(sentence) && !NAMES_A_ROUND.test(sentence))) kept = kept.filter((d) => d.type !== 'funding');
  // A firm raising its own fund is not a round, whichever pattern read it.
  if (ownFund(view, view.start, view.end)) kept = kept.filter((d) => d.type !== 'funding' && d.type !== 'ipo');
  return kept;
}

const SPAC_WORDS = /\b(?:blank[- ]check|special[- ]purpose acquisition|SPAC|Acquisition (?:Corp|Co|Company|Holdings)\b)/i;

/** The more specific reading of one company's deal in one sentence wins: an IPO over a round, a stake over a purchase. */
const SPECIFICITY: readonly DealDraft['type'][] = ['ipo', 'debt', 'merger', 'stake-sale', 'acquisition', 'funding'];

/**
 * One deal per company per sentence, of the most specific type: "raised $4.87 billion in its IPO"
 * is the IPO, not also a round; "raised $5 billion by selling bonds" is debt. A sentence that names a
 * round keeps both its round and its listing ("a pre-IPO round").
 */
export function preferListing(drafts: DealDraft[], view: SentenceView): DealDraft[] {
  if (drafts.length === 0) return drafts;
  // "Woodside will merge with BHP’s oil and gas business": one merger, not also one of Woodside.
  // (Two drafts that name each other, "A与B合并", are left to the merge rules.)
  drafts = drafts.filter(
    (d) => d.type !== 'merger' || !drafts.some((o) => o !== d && o.type === 'merger' && o.investors.some((i) => i.id === d.target.id) && !d.investors.some((i) => i.id === o.target.id)),
  );
  const rounds = ROUND_WORD.test(view.text.slice(view.start, view.end));
  // "Intuitive Machines began trading on the Nasdaq after closing its merger with Inflection Point Acquisition Corp.":
  // a company that lists by merging with a blank-check company is reported as that merger, not an offering.
  if (SPAC_WORDS.test(view.text.slice(view.start, view.end))) {
    const merged = new Set(drafts.filter((d) => d.type === 'merger').map((d) => d.target.id));
    drafts = drafts.filter((d) => d.type !== 'ipo' || !merged.has(d.target.id));
  }
  const best = new Map<string, number>();
  for (const d of drafts) best.set(d.target.id, Math.min(best.get(d.target.id) ?? 99, SPECIFICITY.indexOf(d.type)));
  return drafts.filter((d) => {
    const rank = SPECIFICITY.indexOf(d.type);
    if (rank === best.get(d.target.id)) return true;
    if (rounds && d.type === 'funding' && best.get(d.target.id) === 0) return true;
    // "secured a $4 billion credit facility, a day after it closed a $6.6 billion round": two deals.
    const winner = drafts.find((w) => w.target.id === d.target.id && SPECIFICITY.indexOf(w.type) === best.get(d.target.id));
    return d.money !== undefined && winner?.money !== undefined && winner.money !== d.money;
  });
}

function frameAt(view: SentenceView, money: readonly IndexedMoney[], trigger: DealTrigger, at: number, end: number, earlier: readonly DealDraft[] = []): DealDraft | undefined {
  const clause = clauseBefore(view, at) + view.text.slice(at, end);
  // "拟以4.8亿元收购…，双方已签署股权转让协议": a signed agreement settles what 拟 (plans to) leaves open.
  // "…拟以现金方式收购恒润精工51%股权。…公司与交易对方签署了《股权转让协议》": the next sentence may say it was signed.
  const agreed =
    trigger.lang === 'zh' &&
    (/(?<![未没不])(?:已|正式)?(?:签署|签订|签约)[^，。；]{0,12}协议|(?<![未没不])签署了/.test(view.text.slice(view.start, view.end)) || SIGNED_NEXT.test(view.text.slice(view.end, Math.min(view.text.length, view.end + 80)))) &&
    !/终止(?!上市)|取消|否认/.test(clause) &&
    // ("签署了收购意向书": a letter of intent or a framework is signed; the deal is not.)
    !/意向书|意向协议|框架协议|备忘录|合作协议/.test(view.text.slice(view.start, view.end));
  // "美团发布公告称，拟以约20.65亿元的总对价收购光年之外全部权益": an announcement that states its price uses 拟 for a
  // deal agreed and pending, not for a plan (a price agreed, "交易作价8.2亿元", says so without the word 公告); a
  // rumour, a denial or a framework agreement stays a plan.
  const announced =
    trigger.lang === 'zh' &&
    (trigger.type === 'acquisition' || trigger.type === 'stake-sale') &&
    (/公告|宣布/.test(view.text.slice(view.start, at)) || PRICE_STATED.test(view.text.slice(end, view.end))) &&
    // ("海川资本拟以每股12元的价格向全体股东发出部分要约，收购公司20%股份": the price may stand in a clause before.)
    (/拟以[^，。；]{0,24}?[\d一二三四五六七八九十两百千万亿][^，。；]{0,12}?(?:元|美元|欧元|港元|日元|英镑)/.test(view.text.slice(view.start, end)) || PRICE_STATED.test(view.text.slice(end, view.end))) &&
    !ZH_INTENT_WORDS.test(clause.replace(/拟/g, '')) &&
    // ("在公告停牌筹划两周后，…披露重组草案：…，同时募集配套资金不超过5亿元": planning that is over, and the matching
    // fund-raise's cap, say nothing of the purchase.)
    !/传闻|回应|否认|不实|意向|框架|筹划|不超过/.test(view.text.slice(view.start, view.end).replace(/^[^，。；]*?(?:后|以来)，/, '').replace(/(?:募集)?配套(?:募集)?资金[^，。；]*/g, ''));
  // "宝钢股份发布重组预案，拟以换股方式吸收合并武钢股份，换股比例为1:0.56": a merger whose exchange ratio is set
  // is agreed by both boards; 拟 leaves only the approvals open.
  const ratioSet =
    trigger.lang === 'zh' &&
    trigger.type === 'merger' &&
    // (Or whose price is stated: "拟以发行A股的方式换股吸收合并小天鹅，交易作价约143.83亿元".)
    (EXCHANGE_RATIO.test(view.text.slice(view.start, view.end)) || PRICE_STATED.test(view.text.slice(end, view.end))) &&
    /公告|预案|草案|宣布|披露/.test(view.text.slice(view.start, view.end)) &&
    // ("江海物流将终止上市": the company merged away leaves the exchange; that is the merger's end, not the deal's.)
    !/终止(?!上市)|取消|否认|传闻|筹划|意向/.test(view.text.slice(view.start, view.end));
  // ("私有化计划已获法院批准并生效": a scheme that has taken effect is done, whatever its name says of a plan.)
  const signed = agreed || announced || ratioSet || trigger.id === 'zh-privatize-done';
  // ("Hexwerk, which makes software for planning factory maintenance, has raised …": an aside on the company is no plan; en-asides.ts.)
  if (!signed && (trigger.lang === 'zh' ? ZH_INTENT_WORDS : INTENT_WORDS).test(trigger.lang === 'en' ? blankAsides(clause.replace(REPORTED_WOULD, '')) : clause)) return undefined;
  // "Activist investor Elmhurst Capital has taken a 6% stake in Pallister Brands", "has built a 5% stake": shares an
  // investor gathers in the market are no stake sold to it.
  // ("Norway’s wealth fund raised its stake in Alpenfood to 5.1%": a holding moved below control is no stake sold.)
  if (trigger.lang === 'en' && trigger.stake && /\b(?:raised|raises|increased|increases|lifted|lifts|boosted|boosts|upped|ups|cut|cuts|trimmed|trims|reduced|reduces|lowered|lowers)\s+(?:its|their)\s+(?:[\w%.-]+\s+){0,2}$/i.test(view.text.slice(Math.max(view.start, at - 40), at))) {
    const to = /^[^.;]{0,80}?\bto\s+(?:about\s+|nearly\s+|almost\s+)?(\d+(?:\.\d+)?)\s*(?:%|per ?cent|percent)/i.exec(view.text.slice(end, view.end));
    if (to && Number(to[1]) < 50) return undefined;
  }
  if (trigger.lang === 'en' && trigger.stake && (/\bactivist\b/i.test(view.text.slice(view.start, at)) || /\b(?:built|builds|building|amassed|amasses|accumulated|accumulates|accumulating)\s+(?:up\s+)?(?:(?:a|an|its|their)\s+)?(?:[\w%.-]+\s+){0,3}$/i.test(view.text.slice(Math.max(view.start, at - 50), at)))) return undefined;
  // "said it had ended its agreement to acquire Lumenchip": a deal ended before it closed.
  if (trigger.lang === 'en' && soundsEnded(clauseBefore(view, at))) return undefined;
  // "opened an in-depth review of Ridgeway Health’s $5.3 billion purchase of Bayfront Care": a deal under scrutiny.
  // ("its £250m takeover of rival Larchfield had been delayed by a review": a deal held up, reported before.)
  if (trigger.lang === 'en' && /^(?:acquisition|purchase|takeover|buyout|merger|combination)\b/i.test(view.text.slice(at, end)) && (underScrutiny(clauseBefore(view, at)) || heldUp(view.text.slice(end, view.end)))) return undefined;
  // "The company will use the money to buy Tracebit": what a raise will pay for is a plan.
  if (trigger.lang === 'en' && USE_OF_MONEY.test(clauseBefore(view, at) + view.text.slice(at, end).replace(/^to\s.*$/i, 'to '))) return undefined;
  // "CICC and Morgan Stanley are joint sponsors of the listing": the listing of a company named before.
  if (trigger.type === 'ipo' && /\b(?:of|for) (?:the|this|that) $/i.test(view.text.slice(Math.max(view.start, at - 10), at))) return undefined;
  // "以每股新台币62元公开收购诠鼎科技全部股份，…预计于9月底前完成": a tender offer launched, not yet done, is no purchase.
  if (trigger.lang === 'zh' && /公开收购|要约收购|发出(?:全面|部分)?要约/.test(view.text.slice(view.start, view.end)) && /预计[^。；]{0,16}?(?:完成|截止|届满)/.test(view.text.slice(end, view.end)) && !/已(?:经)?(?:完成|成功|顺利)|获成功|已截止/.test(view.text.slice(view.start, view.end))) return undefined;
  // "继去年完成对Kraftwerk的收购后，…", "继去年底完成A轮融资后，…": a deal recalled in a clause of 继…后 is background to
  // the one the sentence reports.
  if (trigger.lang === 'zh' && ZH_RECALLED.test(clauseAround(view, at))) return undefined;
  // "出海上市｜跨境支付公司PayLinx…", "港股IPO|…": a column's label before a bar reports nothing.
  if (trigger.lang === 'zh' && /^\s*[｜|]/.test(view.text.slice(end, end + 2))) return undefined;
  // "奇瑞汽车今日起招股…预期下周四挂牌": an offer that has opened is no listing yet (a listing is a deal once it is
  // priced, raised or listed); the offer's size is what it hopes to raise.
  if (trigger.type === 'ipo' && trigger.lang === 'zh' && OFFER_OPENED.test(view.text.slice(view.start, view.end))) return undefined;
  // "its gains since its March debut", "自上市以来": a listing recalled to measure from is no listing reported.
  // ("has tripled since its $748 million IPO in March", "since its ₹1,020 crore IPO": an amount may stand in the recalled listing's name.)
  // ("launched the roadshow for its IPO": a listing being marketed is not done.)
  if (trigger.type === 'ipo' && /\bsince (?:its|their|the) (?:[\w$€£¥₹.,-]+ ){0,4}$|\b(?:roadshow|road show|bookbuilding|book-building|book building|marketing)\s+(?:for|of)\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,2}$|自$/i.test(view.text.slice(Math.max(view.start, at - 50), at))) return undefined;
  // "The company, which went public in 2021, had raised …": a listing told in an aside on the company, dated by a
  // year, describes the company; it is not the news.
  if (trigger.type === 'ipo' && trigger.lang === 'en' && /,\s*(?:which|that|who)\s+(?:first\s+|only\s+|itself\s+)?$/i.test(view.text.slice(Math.max(view.start, at - 30), at)) && /^[^,;.]{0,40}?\b(?:in|since)\s+(?:19|20)\d{2}\b/.test(view.text.slice(end, Math.min(view.end, end + 50)))) return undefined;
  // "its biggest deal since its $68bn takeover of Wyeth in 2009": a purchase recalled to compare with is no purchase reported.
  if (trigger.type === 'acquisition' && trigger.lang === 'en' && /\b(?:biggest|largest|first|most)\b[^.;]{0,40}\bsince (?:its|their|the) (?:[\w$€£¥.,-]+ ){0,3}$/i.test(view.text.slice(Math.max(view.start, at - 90), at))) return undefined;
  // "完成对清陶新能的战略投资": the subject invests in the company after 对 (zh-invest-of reads it).
  // ("海川资本宣布对华锐精密进行战略投资，投资金额为1.5亿元": nor when it 进行 (makes) the investment.)
  if (trigger.id === 'zh-funding' && /对[^，。；]{1,24}?(?:的|进行了?|完成了?|实施了?)[^，。；]{0,6}(?:投资|增资|注资)/.test(view.text.slice(view.start, end))) return undefined;
  // "…领投了晶能新材的A轮融资，融资金额为2亿元": 融资金额 after a round told in the sentence sizes that round.
  if (trigger.id === 'zh-funding' && /^(?:融资|投资)金额/.test(view.text.slice(at, end)) && /融资/.test(view.text.slice(view.start, at))) return undefined;
  // ("agreed to buy Telluric Analytics for $2 billion last year, but the deal collapsed in March": a deal undone.)
  if (trigger.lang === 'en' && trigger.type !== 'funding' && trigger.type !== 'ipo' && trigger.type !== 'debt' && undoneLater(view.text.slice(end, Math.min(view.end, end + 200)))) return undefined;
  // "the new MacBook Pro, which debuted on Wednesday", "Nissan Sentra makes global debut in Los Angeles": a product's debut
  // is no listing; a debut alone is a company's listing only where the sentence speaks of its shares or a market.
  if (trigger.id === 'en-ipo' && /^debut(?:ed)?$/i.test(view.text.slice(at, end)) && !MARKET_DEBUT.test(view.text.slice(view.start, view.end))) return undefined;
  if (trigger.confirm) {
    const after = view.text.slice(end, Math.min(view.end, end + 120));
    const amountFollows = money.some((m) => m.mention.start >= at && m.mention.start - end <= 40 && isDealAmount(view, m, trigger.type));
    if (!trigger.confirm(view.text.slice(at, end), after, amountFollows)) return undefined;
  }
  let target: CompanyMention | undefined;
  let other: CompanyMention[] = [];
  let buyerPerson: string | undefined;
  if (trigger.target === 'subject' && trigger.type === 'merger') {
    // "Dow and DuPont agreed to merge", "Sprint merged with T-Mobile", "美团与大众点评宣布合并".
    const list = nearestListBefore(view, at);
    // "Chesapeake Energy and Southwestern Energy agreed to merge": two names the reader left out, opening the sentence.
    // ("Vodafone India and Idea Cellular have agreed to merge": one of the two read, the other left out.)
    const read = list.length === 1 ? list[0]! : undefined;
    const opened = list.length <= 1 && trigger.lang === 'en' ? openingPair(view, at, read !== undefined) : [];
    const overlaps = (a: CompanyMention, b: CompanyMention) => a.start < b.end && b.start < a.end;
    const pair = !read ? opened : opened.length === 2 && overlaps(opened[0]!, read) && !overlaps(opened[1]!, read) ? [read, opened[1]!] : opened.length === 2 && overlaps(opened[1]!, read) && !overlaps(opened[0]!, read) ? [opened[0]!, read] : [];
    if (read && pair.length === 2) list.length = 0;
    // ("两家连锁咖啡品牌鹿角咖啡与麦田咖啡宣布完成合并": two Chinese names the reader left out, joined by 与.)
    const zhPair = list.length === 0 && trigger.lang === 'zh' ? zhOpeningPair(view, at) : [];
    target = list[0] ?? pair[0] ?? zhPair[0] ?? (trigger.lang === 'en' ? openingName(view, at, BUYER_TAIL) : undefined);
    other = list.length > 0 ? list.slice(1) : pair.length > 0 ? pair.slice(1) : zhPair.slice(1);
    // "恒远电气宣布与华辰电子完成合并", "X said it would merge with Y": the subject merges with the one after 与.
    const withFirst = list[0] && /(?:与|和|同|跟)$/.test(view.text.slice(Math.max(view.start, list[0].start - 1), list[0].start)) ? subjectBefore(view, list[0].start) : undefined;
    if (withFirst && !list.includes(withFirst)) {
      target = withFirst;
      other = list;
    }
    // "我市本土企业乐享出行与杭州的同行快骑科技宣布合并": the first side a name the reader left out, before 与 and what the
    // second side is.
    const join = trigger.lang === 'zh' && list.length === 1 && !withFirst ? new RegExp(String.raw`(?:与|和|同|跟)(?:[^，。；与和]{1,8}?的)?(?:[^，。；与和]{0,8}?${ZH_KIND})?$`).exec(view.text.slice(clauseStart(view, list[0]!.start), list[0]!.start)) : null;
    const first = join ? zhOpeningName(view, list[0]!.start - join[0].length) : undefined;
    if (first && list[0] && first.id !== list[0].id) {
      target = first;
      other = list;
    }
    // "58同城与赶集网宣布合并": a partner the reader left out, between 与 and the verb.
    const zhPartner = trigger.lang === 'zh' && target && list.length === 1 ? zhPartnerBeforeVerb(view, target.end, at) : undefined;
    if (zhPartner && other.length === 0) other = [zhPartner];
    // ("will combine with Telluric Analytics in an all-stock merger", "merged into Midshires Mutual": a partner the reader left out.)
    const partner = objectAfter(view, end, trigger.lang) ?? (trigger.lang === 'en' && trigger.id !== 'en-x-and-y-merge' ? namedObject(view, end) : undefined);
    if (other.length === 0 && partner) other = [partner];
    // "Woodside will merge with BHP’s oil and gas business": the unit merges into the subject.
    const unit = !partner && trigger.lang === 'en' ? unitAfter(view, end) : undefined;
    if (unit && target) {
      other = [target];
      target = unit;
    }
    // ("Corvane Systems merged into the background as …": a merger with no second side named is none.)
    if (trigger.lang === 'en' && other.length === 0) return undefined;
    // "Fiat Chrysler Automobiles and Peugeot maker PSA Group have signed …": with one side read and the other a
    // name the reader left out before it, which is the first named is unknown.
    if (trigger.lang === 'en' && other.length === 0 && target && /\b[A-Z][\w&.’'-]*\s+(?:and|&)\s+(?:[\w’'-]+\s+){0,3}$/.test(view.text.slice(clauseStart(view, target.start), target.start))) return undefined;
    // "华越证券与东浦证券的合并重组今日完成交割，合并后的华越证券为存续公司": the survivor absorbs the other side.
    const survivor = trigger.lang === 'zh' && target && other.length === 1 ? zhSurvivor(view, [target, other[0]!]) : undefined;
    if (survivor && target && survivor.id === target.id) [target, other] = [other[0]!, [target]];
  } else if (trigger.target === 'transfer') {
    // "A向B、C合计转让公司23%股份": the buyers between 向 and the verb; what changes hands after the verb.
    const verb = /^[^，。；]{1,40}?(?:合计|共同|共|分别)?(?:转让|出售)/.exec(view.text.slice(end, view.end));
    const verbEnd = verb ? end + verb[0].length : end;
    other = view.companies.filter((c) => c.start >= end && c.end <= verbEnd);
    // "向珠海明骏协议转让…": a buyer the company reader left out, between 向 and the verb.
    if (other.length === 0 && verb) {
      const named = /^([\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9]{1,11}?)(?:协议|合计|共同|共|分别)*(?:转让|出售)$/.exec(view.text.slice(end, verbEnd));
      if (named && !/[的与和及、等]|其|公司$/.test(named[1]!)) other = [{ start: end, end: end + named[1]!.length, text: named[1]!, name: named[1]!, id: chineseUnknownId(named[1]!) }];
    }
    target = verb ? (objectAfter(view, verbEnd, 'zh') ?? announcerOf(view, verbEnd)) : undefined;
  } else if (trigger.target === 'owner') {
    // "Feldberg Ventures led Kelvara’s Series A", "after leading the French start-up’s €1.7bn Series C".
    const subject = subjectBefore(view, at);
    target = roundOwnerAfter(view, at, end, subject);
    other = subject ? [subject] : [];
  } else if (trigger.id === 'zh-privatize-done') {
    // The announcer is taken private; the holder named "由…提出的" before the scheme takes it.
    target = announcerBefore(view, at) ?? zhAnnouncerLeftOut(view, at);
    const proposer = [...view.companies].reverse().find((c) => c.end <= at && /由(?:其)?(?:大股东|控股股东|第一大股东|母公司|股东)?$/.test(view.text.slice(Math.max(view.start, c.start - 8), c.start)) && /^(?:等)?(?:提出|发起|提呈)的?$/.test(view.text.slice(c.end, at)));
    other = proposer ? [proposer] : [];
  } else if (trigger.target === 'subject') {
    // "中移资本领投，小米、联想跟投，地平线完成C轮融资": the company right before 完成 raises, whoever the clauses before name.
    target = (trigger.id === 'zh-funding' || trigger.id === 'zh-capital-increase' ? zhAdjacentSubject(view, at) : undefined) ?? subjectBefore(view, at, trigger.id === 'en-subject-raised' || trigger.adjacentSubject === true) ?? (trigger.lang === 'en' && (trigger.type === 'ipo' || trigger.type === 'funding') ? (openingName(view, at, BUYER_TAIL, at, namedRound(view, end)) ?? openingName(view, at, OPENING_VERB, end, ownListing(view, trigger, at))) : undefined);
    // "The IPO of Reddit raised $748 million": the company the listing is of.
    if (!target && trigger.lang === 'en' && trigger.type === 'ipo') {
      const of = /^\s+of\s+/.exec(view.text.slice(end, Math.min(view.end, end + 6)));
      if (of) target = view.companies.find((c) => c.start === end + of[0].length && !/^\s*(?:’s|'s)\s/.test(view.text.slice(c.end, c.end + 4)));
      // ("The IPO of Nestwell Health raised $276 million": a name the reader left out.)
      if (of && !target && !view.companies.some((c) => c.start >= end && c.start <= end + of[0].length + 2)) target = namedObject(view, end + of[0].length);
    }
    // "ofo小黄车宣布完成…融资", "新式茶饮企业奈雪的茶今日登陆港交所": a name the company reader left out opens the clause.
    // ("恒力新能今日成功发行20亿元可转换公司债券": so does a bond's issuer.)
    if (!target && trigger.lang === 'zh' && (trigger.type === 'funding' || trigger.type === 'ipo' || trigger.type === 'debt')) target = zhOpeningName(view, at);
    // "…完成A轮融资，由高瓴创投领投；到了去年底，它又拿下了B轮融资": a pronoun opening the clause stands for the
    // company of the deal read before it in the sentence.
    if (!target && trigger.lang === 'zh' && (trigger.type === 'funding' || trigger.type === 'ipo') && ZH_PRONOUN_SUBJECT.test(clauseBefore(view, at))) {
      target = [...earlier].reverse().find((d) => d.anchor < at && d.type === trigger.type)?.target;
    }
    // "…：先是…；随后又宣布完成…融资": a clause with no subject of its own acts for the company the sentence opened on.
    if (!target && trigger.lang === 'zh' && (trigger.type === 'funding' || trigger.type === 'ipo') && ZH_ZERO_SUBJECT.test(clauseBefore(view, at).replace(/^.*[：:]/, ''))) target = zhTopic(view);
    // ("Ashanti Beans has sold a 40% stake to Bernhof Commodities": the company selling a stake in itself; its buyer after "to".)
    if (trigger.id === 'en-sold-own-stake') {
      other = target ? buyersAfterTo(view, at) : [];
      if (other.length === 0) return undefined;
    }
  } else if (trigger.target === 'object' && trigger.buyerAfterTo) {
    // "Ford sold Volvo Cars to Geely", "the sale of its unit X to a consortium led by Y": buyers after "to".
    // ("will sell Ben & Jerry’s, its ice cream unit, to CVC": a name the company reader left out, delimited by the grammar.)
    // ("sold its Montney assets to Itoshima Corp": assets the text names, when no company changes hands.)
    target = objectAfter(view, end, trigger.lang) ?? (trigger.lang === 'en' ? (unitAfter(view, end) ?? ownUnitAfter(view, at, end) ?? namedObject(view, end) ?? assetObject(view.text, end, view.end)) : undefined);
    other = target ? buyersAfterTo(view, target.end) : [];
    if (other.length === 0) return undefined;
  } else if (trigger.target === 'object') {
    const zhUnit = trigger.lang === 'zh' && trigger.type === 'acquisition' ? (zhUnitAfter(view, end) ?? zhOwnedAfter(view, end)) : undefined;
    const zhBuys = trigger.lang === 'zh' && (trigger.type === 'acquisition' || trigger.type === 'stake-sale');
    target = zhUnit ?? objectAfter(view, end, trigger.lang) ?? (trigger.lang === 'en' && (trigger.type === 'acquisition' || trigger.type === 'stake-sale') ? unitAfter(view, end) : zhBuys ? (zhDescribedName(view, end) ?? zhStakeName(view, end) ?? zhPronounObject(view, at, end) ?? announcerOf(view, end)) : trigger.lang === 'zh' ? (zhDescribedName(view, end) ?? (trigger.id === 'zh-join-round' ? zhRoundOwnerName(view, end) : undefined) ?? (trigger.id === 'zh-subscribe' ? (announcerOf(view, end) ?? zhNewSharesName(view, end)) : undefined) ?? zhPronounObject(view, at, end)) : undefined);
    // "收购自由港麦克莫兰持有的…56%权益", "受让华为所持引望10%股权": the company after the verb sells what it holds.
    const held = zhBuys && target && !zhUnit ? zhHeldObject(view, target) : undefined;
    // "恒通股份控股股东变更为海川资本，海川资本…受让原控股股东光明集团所持29.9%股份": shares of the company whose
    // holder the seller is, or whose announcement it is, when the shares name no company of their own.
    if (held && !held.target) held.target = view.companies.find((c) => c.end <= held.seller.start && HOLDER_OF.test(view.text.slice(c.end, c.end + 8))) ?? announcerBefore(view, held.seller.start);
    if (held && !held.target) return undefined;
    if (held) target = held.target;
    // "收购东芝映像解决方案公司95%股权": the longer name the company reader cut short is what is bought.
    const cutShort = zhBuys && target && !zhUnit ? target : undefined;
    if (cutShort) target = zhLongerName(view, cutShort) ?? target;
    // "对永辉云创进行增资": the whole name between 对 and the verb, when the reader took only its start.
    if (target && trigger.lang === 'zh' && /对$/.test(view.text.slice(at, end))) target = zhFullObjectAfterDui(view, end, target) ?? target;
    other = nearestListBefore(view, at);
    // "Kestrel Holdings, backed by Brightwater Capital, agreed to buy …": a list inside an aside on the subject is not the subject.
    if (trigger.lang === 'en') other = pastAside(view, other, at);
    // "Parsec Labs raised $30 million in a round led by Index Ventures and bought Tracebit": a list after a role word
    // ("led by", "from") is a party of the clause before; the verb's subject is the sentence's.
    if (trigger.lang === 'en' && trigger.party === 'acquirer' && other[0] && /\b(?:by|from|with|including|such as|alongside)\s+(?:the\s+)?$/i.test(view.text.slice(Math.max(view.start, other[0].start - 24), other[0].start))) {
      const subject = subjectBefore(view, at);
      other = subject && subject.id !== target?.id ? [subject] : [];
    }
    if (held) other = other.filter((c) => c.id !== held.seller.id);
    // (The company whose longer name is bought sells it; it buys nothing.)
    if (cutShort && target !== cutShort) other = other.filter((c) => c.id !== cutShort.id);
    // "宁德时代宣布完成对Millennial Lithium的收购": the name 对 … 的收购 delimits, when the reader left it out.
    if (!target && (trigger.id === 'zh-acquire-of' || trigger.id === 'zh-acquire-dui')) target = zhNamedBetween(view, end);
    // "以每股8.8港元私有化银泰商业，…": the name that fills the rest of the clause.
    // ("换股吸收合并小天鹅，…": so does the company absorbed.)
    // ("中科仪器以4.5亿元收购上海精测；…": so does a company bought that fills the rest of its clause.)
    if (!target && (trigger.id === 'zh-privatize' || trigger.id === 'zh-absorb')) target = zhClauseName(view, end);
    // (After 收购 only a name of three characters or more — "收购协议", "收购交割" are words about the deal — and no
    // land, building or project: "以32.5亿元收购丰台区一宗住宅用地".)
    if (!target && (trigger.id === 'zh-acquire' || trigger.id === 'zh-stake')) target = [zhClauseName(view, end)].find((c) => c !== undefined && c.text.length >= 3 && !NOT_A_COMPANY_BOUGHT.test(c.text));
    // "斥资4亿元将朗润医疗收入囊中": the name before the idiom.
    if (!target && trigger.id === 'zh-bag') target = zhNameBeforeIdiom(view, end);
    // "agreed to take over Hess for $53 billion": a name the company reader left out, delimited by the grammar.
    // (Assets only after words of buying or a stake: "taking full control of the Gruyere mine" is what a purchase of a
    // company brings, not a purchase of its own.)
    if (!target && trigger.lang === 'en' && (trigger.type === 'acquisition' || trigger.type === 'stake-sale')) target = namedObject(view, end) ?? (ASSET_TRIGGERS.has(trigger.id) ? assetObject(view.text, end, view.end) : undefined);
    // ("Harbor Lake Capital led a $40 million Series B in Corvane Systems", "… have invested $40 million in Corvane Systems": so
    // is the company a round is in.)
    if (!target && (trigger.id === 'en-round-for' || trigger.id === 'en-poured-into' || trigger.id === 'en-backed-with')) target = namedObject(view, end);
    // "After agreeing to buy ImmunoGen …, the company said it will acquire Cerevel": a company bought buys nothing.
    if (trigger.lang === 'en') {
      const bought = other.filter((c) => BOUGHT_BEFORE.test(view.text.slice(Math.max(view.start, c.start - 50), c.start)));
      other = other.filter((c) => !bought.includes(c));
      // "The Adani Group will acquire Holcim’s entire stake in Ambuja Cements": the holder whose stake is bought
      // sells it; who buys is the list before that verb.
      const holder = bought.length === 1 && trigger.stake && other.length === 0 && /^(?:’s|'s)\s/.test(view.text.slice(bought[0]!.end, bought[0]!.end + 3)) ? bought[0]! : undefined;
      const verb = holder ? BOUGHT_BEFORE.exec(view.text.slice(Math.max(view.start, holder.start - 50), holder.start)) : null;
      if (holder && verb) other = nearestListBefore(view, Math.max(view.start, holder.start - 50) + verb.index).filter((c) => c.id !== holder.id);
    }
    // "阿里巴巴集团今日宣布，已联合蚂蚁金服以95亿美元对饿了么完成全资收购": the sentence's subject acts too.
    const subject = trigger.lang === 'zh' ? subjectBefore(view, at) : undefined;
    if (subject && !other.includes(subject)) other = [subject, ...other];
    // "海尔智家已与开利集团签署协议，以6.4亿欧元收购其商用制冷业务": the unit's owner sells it; the subject buys.
    if (zhUnit) other = subject ? [subject] : [];
    // "Danone sold its stake in Harbor Foods to Kestrel Partners": the subject sells; the buyers follow "to".
    if (trigger.stake && trigger.lang === 'en' && target && SOLD_BEFORE_STAKE.test(view.text.slice(Math.max(view.start, at - 50), at))) other = buyersAfterTo(view, target.end);
    // "The takeover of Marlow Foods by Kestrel Holdings was completed on Friday": the buyer after "by".
    // ("The boards of A and B have agreed the terms of a recommended cash acquisition of B by A": the company bought, named
    // before as well, is no buyer.)
    if (trigger.id === 'en-acquisition-of' && target && other.every((c) => c.id === target!.id)) {
      const by = /^\s*by\s+/.exec(view.text.slice(target.end, Math.min(view.end, target.end + 8)));
      if (by) other = consortiumAfter(view, target.end + by[0].length - 1).length > 0 ? consortiumAfter(view, target.end + by[0].length - 1) : listAfter(view, target.end + by[0].length, view.end);
      // ("The $240 million acquisition of Telluric Analytics by Corvane Systems closed": a buyer the reader left out.)
      const named = by && other.length === 0 ? namedObject(view, target.end + by[0].length) : undefined;
      if (named) other = [named];
    }
    // "Chesapeake Energy will acquire Southwestern Energy …": a buyer the company reader left out, opening the sentence.
    if (other.length === 0 && trigger.lang === 'en' && trigger.party === 'acquirer') {
      // A lone word opening the sentence buys as well when a company is bought ("Zomato will acquire Paytm’s …").
      const buyer = openingName(view, at, trigger.stake ? STAKE_BUYER_TAIL : trigger.id === 'en-acquisition-of' ? NOUN_BUYER_TAIL : BUYER_TAIL, at, target !== undefined);
      if (buyer) other = [buyer];
    }
    // "已完成对Putzmeister的收购，交易金额3.6亿欧元，由三一重工与中信产业基金共同出资": the companies of a later clause
    // that pay for it together buy it too.
    if (trigger.lang === 'zh' && zhBuys && target) {
      for (const payers of matchesOf(CO_PAYERS, view.text.slice(target.end, view.end))) {
        const from = target.end + payers.index;
        for (const c of view.companies) if (c.start >= from && c.end <= from + payers[0].length && c.id !== target.id && !other.includes(c)) other = [...other, c];
      }
    }
    // "周一，鑫峰铝业宣布以9.8亿元现金收购…", "宏达电控公告，公司以2.35亿元受让…": so in Chinese, a buyer opening the clause.
    // (The company bought, named earlier in the clause, is no buyer: "公司拟通过向江海物流全体股东发行A股股票的方式换股吸收合并江海物流".)
    if (target && other.every((c) => c.id === target!.id) && trigger.lang === 'zh' && trigger.party === 'acquirer') {
      // ("晶盛装备近期连续出手：先是以1.8亿元增资入股…；随后又宣布以现金4.5亿元收购…": or the company the sentence opened on,
      // for a clause with no subject of its own.)
      const buyer = zhBuyerLeftOut(view, at) ?? (ZH_ZERO_SUBJECT.test(clauseBefore(view, at).replace(/^.*[：:]/, '')) ? zhTopic(view) : undefined);
      // (Before the target, or before the verb when the target is the announcer named earlier: "天际股份今日公告，杭州资本…取得公司控制权".)
      if (buyer && buyer.id !== target.id && (buyer.end <= target.start || (buyer.start >= target.end && buyer.end <= at))) other = [buyer];
    }
    // "公司通过全资子公司青山国际以4.2亿元收购…": the subsidiary the buyer acts through buys too.
    const arm = trigger.lang === 'zh' && zhBuys && target ? zhSubsidiaryBuyer(view, at) : undefined;
    if (arm && arm.id !== target?.id && !other.some((o) => o.id === arm.id)) other = [...other, arm];
  } else {
    // "…, grid-software startup Mesa Grid has agreed to be acquired by …": the company right before;
    // "Arcadia Power was acquired by …": a name the reader left out that opens the sentence.
    // ("朗润医疗被恒通股份以4亿元全资收购": a Chinese name the reader left out, opening the clause.)
    // ("Perpetua Wealth has agreed to a A$1.2 billion takeover by …": the company that agreed to be bought.)
    // ("Shares of Corvane Systems rose after Telluric Analytics agreed to be acquired by a rival": a company before a clause of
    // its own, joined by "after", "as", "when", is not the company of the passive verb.)
    const before = nearestListBefore(view, at).at(-1);
    const passiveTarget = before && !(trigger.lang === 'en' && OTHER_CLAUSE_BETWEEN.test(view.text.slice(before.end, at))) ? before : undefined;
    target = passiveTarget ?? (trigger.lang === 'en' ? openingName(view, at, trigger.id === 'en-takeover-by' ? AGREED_TAKEOVER_TAIL : BUYER_TAIL, at, true) : trigger.id === 'zh-acquired-by' || trigger.id === 'zh-fold-into' ? zhOpeningName(view, at) : undefined);
    // "澜海科技的控股股东恒信集团将所持公司29.9%股份转让给宁德时代": the holder sells shares of 公司, the company
    // whose holder it is (or whose announcement it is); the holder is no target.
    // "海川资本将所持朗润医疗51%股权…转让予恒通股份": the holder sells; what it holds (a name the reader may have
    // left out) is what changes hands.
    const holds = trigger.lang === 'zh' && target && !HOLDS_COMPANY.test(view.text.slice(target.end, at)) ? /^将(?:其)?/.exec(view.text.slice(target.end, target.end + 2)) : null;
    const heldThere = holds && target ? zhHeldObject(view, { ...target, end: target.end + holds[0].length }) : undefined;
    if (heldThere?.target && heldThere.target.end <= at) target = heldThere.target;
    if (trigger.lang === 'zh' && target && HOLDS_COMPANY.test(view.text.slice(target.end, at))) {
      const holder = target;
      target = view.companies.find((c) => c.end <= holder.start && HOLDER_OF.test(view.text.slice(c.end, c.end + 8))) ?? announcerBefore(view, holder.start);
      if (!target) return undefined;
    }
    // "公司控股股东皖新控股与安徽省投资集团签署协议，将其持有的公司29.9%股份…转让给安徽省投资集团": the verb's own
    // clause sells shares of 公司, whoever the clause before names.
    const ownClause = trigger.lang === 'zh' && target ? clauseBefore(view, at) : '';
    if (target && /^(?:并|随后|同时)?将(?:其)?(?:所|合计)?持(?:有)?的?(?:本)?公司/.test(ownClause) && target.end <= at - ownClause.length) {
      const holder = target;
      // ("新元股份今日复牌并披露控制权变更方案：控股股东新元集团…将所持公司25.1%股份转让给浙江金控": or the company
      // the sentence opens on, when the seller is named as a holder.)
      target =
        view.companies.find((c) => c.end <= holder.start && HOLDER_OF.test(view.text.slice(c.end, c.end + 8))) ??
        announcerBefore(view, at - ownClause.length) ??
        (HOLDER_BEFORE.test(view.text.slice(Math.max(view.start, holder.start - 6), holder.start)) ? view.companies.find((c) => c.end <= holder.start && c.id !== holder.id) : undefined);
      if (!target) return undefined;
    }
    // "蓝月科技最终以2.4亿美元的价格将旗下洗护品牌Aqualis出售给联合利华": the seller named before 将 sells what follows
    // it (a brand or company named after what it is); the seller is no target.
    const soldAfterJiang = trigger.lang === 'zh' ? zhSoldAfterJiang(view, at) : undefined;
    if (soldAfterJiang) target = soldAfterJiang;
    // ("将所持公司25.1%股份转让给浙江金控，…": a buyer the company reader left out fills the clause after 给.)
    const found = objectAfter(view, end, trigger.lang) ?? (trigger.id === 'zh-sale-to' || trigger.id === 'zh-fold-into' ? zhClauseName(view, end) : undefined);
    // ("被中国物流企业顺丰旗下的顺丰国际以约6000万美元收购": the arm named after its owner buys.)
    const agent = found && trigger.lang === 'zh' ? (zhArmOf(view, found) ?? found) : found;
    if (agent) other = [agent];
    // "was bought by a consortium led by Kanda Capital": the consortium's named members buy it.
    else other = consortiumAfter(view, end);
    // ("Telluric Analytics has been snapped up by Corvane Systems.": a buyer the reader left out, delimited by the grammar.)
    const namedAgent = other.length === 0 && trigger.lang === 'en' && trigger.target === 'passive' ? namedObject(view, end) : undefined;
    if (namedAgent) other = [namedAgent];
    // "agreed to be bought by Elon Musk for $44 billion": a person buys.
    if (other.length === 0 && trigger.lang === 'en') buyerPerson = personAfter(view, end);
  }
  // "北交所新股日知科技今日上市", "收购喜马拉雅全部股份": the name inside a label or the words for its shares.
  if (trigger.lang === 'zh' && target) target = zhTrimTarget(target);
  // "对德国焊接机器人制造商克鲁斯（Cloos）…的收购": a description the company reader took for a name; the name follows its kind.
  if (trigger.lang === 'zh' && target && target.id.startsWith('unknown:') && KIND_AFTER.test(view.text.slice(target.end, target.end + 8))) target = zhDescribedName(view, target.start) ?? target;
  // "去年同期入账收购硅谷银行英国业务的收益": a purchase named for what it earned or cost is context, not a deal told.
  if (trigger.lang === 'zh' && trigger.target === 'object' && target && RESULT_OF_DEAL_AFTER.test(view.text.slice(target.end, target.end + 16))) return undefined;
  // "首次入股中国动力电池企业": a name run into the words for a kind of firm or a trade is a modifier, not the company.
  if (trigger.lang === 'zh' && trigger.target === 'object' && target && GENERIC_NOUN_AFTER.test(view.text.slice(target.end, target.end + 8))) return undefined;
  // ("发行1250万股美国存托股份": a name the company reader cut out of a count of shares names no company.)
  if (!target || EXCHANGE.test(target.text) || (trigger.lang === 'zh' && /^[股份]/.test(target.text))) return undefined;
  // ("Shares of Marlow Foods were sold to investors at $20": a sale to no one named is no purchase.)
  if ((trigger.id === 'en-sold-to' || trigger.id === 'en-takeover-by') && other.length === 0 && !buyerPerson) return undefined;
  // "Deliveroo shareholders approved the takeover by DoorDash": a takeover named as a noun is a deal once it is approved,
  // agreed or done ("fears of a takeover by DoorDash" is none).
  if (trigger.id === 'en-takeover-by' && !TAKEOVER_SETTLED.test(view.text.slice(Math.max(view.start, at - 120), at))) return undefined;
  // "澜拓新能源或将于明年赴港上市，募资规模约5亿美元": the later clause shares the subject, and its intent,
  // unless it says the deal happened ("今日正式上市").
  if (trigger.lang === 'zh' && !signed && target.end <= at && ZH_STRONG_INTENT.test(view.text.slice(target.end, at)) && !/今日|今天|正式|已经?|完成|成功|昨日|日前|当日/.test(clauseBefore(view, at))) return undefined;
  // "海川资本拟以每股12元…发出部分要约，收购恒通股份20%股份": so does the intent of the buyer named before.
  // (Not in a company's own announcement or plan of restructuring, whose 拟 leaves only approvals open.)
  const actor = trigger.lang === 'zh' && !signed && !/公告|预案|草案|披露|宣布|董事会/.test(view.text.slice(view.start, view.end)) ? other.find((c) => c.end <= at) : undefined;
  if (actor && ZH_STRONG_INTENT.test(view.text.slice(actor.end, at)) && !/今日|今天|正式|已经?|完成|成功|昨日|日前|当日/.test(view.text.slice(actor.end, at))) return undefined;
  // A firm raising its own fund is not a round ("closed $7 billion across new funds", "新基金募集完成").
  if ((trigger.type === 'funding' || trigger.type === 'ipo') && ownFund(view, Math.max(view.start, at - 40), Math.min(view.end, end + 80))) return undefined;
  // "it was raising ₹800 crore", "is raising": a round under way is not a round closed.
  if (/^raising$/.test(view.text.slice(at, end)) && /\b(?:is|was|are|were|be|been)\s+$/.test(view.text.slice(Math.max(view.start, at - 12), at))) return undefined;
  // "H股上市也将同步暂缓": a Chinese clause says after its verb whether it happened.
  if (trigger.lang === 'zh' && !signed && ZH_INTENT_WORDS.test(view.text.slice(end, Math.min(view.end, end + 20)).split(/[，。；]/)[0]!)) return undefined;
  // "公司对天宜科技的收购尚未完成，仍需监管批准": a deal the sentence says is still pending.
  if (trigger.lang === 'zh' && !signed && /尚未(?:最终)?(?:完成|完结|交割|生效|获批|达成|签署|落地|确定|敲定)|仍需|有待|尚需|待(?:监管|股东)/.test(view.text.slice(end, Math.min(view.end, end + 40)).split(/[。；]/)[0]!)) return undefined;
  // "cut the value of its stake in Fetchly": a stake changes hands only when it is bought or sold.
  // ("completed the acquisition of a 60% stake in …": acquisition is spelt with an s.)
  if (trigger.stake && trigger.lang === 'en' && !/\b(?:buy|buys|bought|buying|acqui[rs]\w*|picked up|picks up|snapped up|took|take|takes|taken|taking|purchas\w*|sold|sell|sells|selling|sale|offload\w*|divest\w*|agreed|raise[sd]?|increas\w*|lift\w*|double\w*|pay|pays|paid|paying|invest|invests|invested|investing)\b/i.test(view.text.slice(Math.max(view.start, at - 80), at))) return undefined;
  other = other.filter((c) => c.id !== target.id && !EXCHANGE.test(c.text) && !isSeller(view, c) && !UNIT_OWNER_AFTER.test(view.text.slice(c.end, c.end + 60)));
  // "与DRB-HICOM集团签署协议，收购其旗下宝腾汽车…": the owner of what is bought sells it; the subject buys.
  if (trigger.lang === 'zh' && trigger.target === 'object' && /^[^，。；]{0,4}其(?:旗下|持有的?|所持有?的?|控股的)/.test(view.text.slice(end, target.start))) {
    const subject = subjectBefore(view, at);
    other = subject && subject.id !== target.id ? [subject] : [];
  }
  // "收购顺冷物流全部股权", "将华辰电子100%股权…出售给": all of a company is the company, not a stake.
  // (Not past a Chinese semicolon: "收购上海精测；此外，…收购了杭州康瑞生物55%股权" buys the first whole.)
  const shares = trigger.target === 'passive' ? view.text.slice(target.end, at) : view.text.slice(end, Math.min(view.end, target.end + 30)).split('；')[0]!;
  // (A company taken private, 私有化, is bought whole, whatever share of it the buyer held before.)
  const whole = /全部(?:已发行)?股[权份]|100%(?:的)?股[权份]|全资/.test(shares) || trigger.id === 'zh-privatize' || (trigger.lang === 'en' && ALL_SHARES.test(view.text.slice(Math.max(view.start, at - 10), end)));
  const stake = !whole && (trigger.stake || /股权|股份|普通股|\d%的?权益|% stake|stake/.test(shares));
  // "agreed to acquire Sprint … in an all-stock deal, a merger that …": the story calls it a merger.
  const merger = trigger.type === 'acquisition' && !stake && (trigger.lang === 'zh' ? /合并/.test(view.text.slice(view.start, view.end)) : callsItMerger(view, target, other));
  // "will invest ₹43,574 crore in Jio Platforms for a 9.99% stake": a stake bought, not a round.
  const percentStake = /\d[\d.,]*\s*(?:%|per ?cent|percent)\s+stake|\d[\d.,]*%股权/.test(view.text.slice(end, Math.min(view.end, target.end + 40)));
  const controlTaken = trigger.lang === 'zh' && trigger.type === 'funding' && trigger.party !== undefined && ZH_CONTROL_TAKEN.test(view.text.slice(end, view.end));
  // "向不少于六名独立承配人配售新股，集资约2亿港元": a listed company's placement raises money; it lists nothing.
  const sentence = view.text.slice(view.start, view.end);
  // ("完成增资扩股，引入…等6家战略投资者，募集资金50亿元": new capital from chosen investors funds the company too.)
  const placement = trigger.id === 'zh-ipo' && /募资|集资|募集资金/.test(view.text.slice(at, end)) && /配售|增发|定增|供股|定向发行|向特定对象发行|非公开发行|增资扩股|增资|引入[^，。；]{0,30}?投资者/.test(sentence) && !/上市(?!公司|后|以来|时|地位|资格)|挂牌(?!公司|企业)|IPO|招股|首次公开|登陆/.test(sentence.replace(ALREADY_LISTED, ''));
  if (placement) return { ...draftOf(view, 'funding', target, at), ...amountField(view, money, at, 'funding') };
  let type: DealDraft['type'] = (stake && (trigger.type === 'acquisition' || (trigger.type === 'funding' && percentStake))) || controlTaken ? 'stake-sale' : merger ? 'merger' : whole && trigger.type === 'stake-sale' && trigger.lang === 'en' ? 'acquisition' : trigger.type;
  // "Two tech listings … Rubrik raised $752 million by selling shares at $32 each": shares sold at a price each, in a
  // story about listings, are a listing's.
  if (type === 'funding' && trigger.lang === 'en' && SOLD_SHARES_AT.test(view.text.slice(end, view.end)) && LISTING_CONTEXT.test(view.text.slice(Math.max(0, view.start - 300), view.end))) type = 'ipo';
  // "raised $2 billion in debt", "raised $500 million of bonds": money lent is a debt raise, not a round.
  const raised = type === 'funding' ? amountFor(view, money, at, 'funding') : undefined;
  if (raised && raised.mention.start >= end && DEBT_AFTER_AMOUNT.test(view.text.slice(raised.mention.end, Math.min(view.end, raised.mention.end + 40)))) type = 'debt';
  const draft: DealDraft = {
    type,
    target,
    investors: [],
    anchor: at,
    sentenceIndex: view.index,
    paragraph: view.paragraph,
    start: view.start,
    end: view.end,
  };
  // "agreed to pay $42 a share …, valuing the biotech at about $1.3 billion": a whole company's price is what it is valued at.
  const amount = amountFor(view, money, at, trigger.type) ?? (type === 'acquisition' ? priceAsValue(view, at) : undefined);
  if (amount) draft.money = amount.index;
  // "完成A轮融资…；到了去年底，它又拿下了B轮融资": the round a Chinese trigger names is this draft's own, so two rounds of
  // one company in a sentence stay two deals (sameDeal).
  // ("拿下一笔由美团龙珠独家投资的天使+轮": or right after it, closed by 的.)
  // ("获得了由腾讯投资领投的6亿元B轮融资": or later in its clause, when the trigger stopped inside an investor's name.)
  const clauseRest = /^[^，。；]*/.exec(view.text.slice(end, Math.min(view.end, end + 40)))![0];
  const ownRound =
    trigger.lang === 'zh' && type === 'funding'
      ? (findRounds(view.text, at, end)[0] ??
        findRounds(view.text, end, Math.min(view.end, end + 8)).find((r) => /^的[^，。；]{0,3}$/.test(view.text.slice(end, r.start))) ??
        findRounds(view.text, end, end + clauseRest.length).find((r) => /^[^完获拿]*?(?:领投|跟投|投资|参投)的/.test(view.text.slice(end, r.start))))
      : undefined;
  if (ownRound) draft.round = ownRound.round;
  for (const c of other) addInvestor(draft, c, trigger.party === 'lead' ? 'lead' : undefined);
  if (buyerPerson) mergeInvestor(draft, { name: buyerPerson });
  if (trigger.lang === 'en' && trigger.party === 'participant') orientMerger(view, draft);
  // "…resolving litigation that came with its purchase of Monsanto": a purchase named only as a noun, with no buyer,
  // no price and no word that it was agreed or done, is background to the story.
  // (An amount of another clause is no price of it: "agreed to pay $10.9 billion to settle …, the litigation that came with its purchase of Monsanto".)
  const priced = amount !== undefined && (amount.mention.start > at || /^[\s\w-]*$/.test(view.text.slice(amount.mention.end, at)));
  // ("…that came with its purchase of Monsanto": so is one a preposition governs, with no price and no word that it was done.)
  const background = draft.investors.length === 0 || /\b(?:with|from|since|after|before|over|following|amid|to)\s+(?:its|their|the|his|her)\s+$/i.test(view.text.slice(Math.max(view.start, at - 30), at));
  if (trigger.id === 'en-acquisition-of' && background && !priced && !PURCHASE_DONE.test(view.text.slice(Math.max(view.start, at - 60), at)) && !PURCHASE_DONE.test(view.text.slice(target.end, Math.min(view.end, target.end + 60)))) return undefined;
  // "获得大众汽车集团约7亿美元战略投资", "获阿里巴巴投资": the investor is named inside the trigger.
  // ("获得由红杉中国领投、高瓴资本跟投的…融资": the role words inside say who led; the role phrases read them.)
  // "获得来自腾讯投资、美团龙珠的数亿元新一轮融资": the backers between 来自 and 的 take part; none leads.
  const fromWhom = trigger.id === 'zh-funding' ? /^(?:宣布)?获得?来自([^，。；]{2,60}?)的/.exec(view.text.slice(at, Math.min(view.end, at + 70))) : null;
  if (fromWhom) {
    for (const c of view.companies) if (c.start >= at && c.end <= at + fromWhom[0].length && c.id !== target.id) addInvestor(draft, c);
  } else if (trigger.id === 'zh-funding' && /^(?:宣布)?获/.test(view.text.slice(at, end)) && !/领投|跟投|参投/.test(view.text.slice(at, end))) {
    // (The trigger may stop inside the investor's name: "获得国家集成电路产业投资基金战略投资".)
    // ("获得宁德时代旗下问鼎投资的战略投资": the arm an owner invests through is the investor.)
    for (const c of view.companies) if (c.start >= at && c.start < end && c.id !== target.id) addInvestor(draft, zhArmOf(view, c) ?? c, 'lead');
    // ("获海湾投资局投资3亿美元": an investor the reader left out, named inside.)
    const inside = draft.investors.length === 0 ? zhInvestorInside(view, at, end) : undefined;
    if (inside) addInvestor(draft, inside, 'lead');
  }
  return draft;
}

/** A merger word that names another deal: "after a failed merger with Ardent Foods", "the latest merger in the industry". */
const OTHER_MERGER_BEFORE = /\b(?:failed|earlier|previous|prior|planned|proposed|abandoned|collapsed|scrapped|aborted|blocked|latest|last|other|rival|wave of|spate of|string of)\s+(?:[\w-]+\s+){0,2}$/i;

/**
 * "agreed to acquire Sprint … in an all-stock deal, a merger that …": the story calls this purchase a merger. A merger
 * word of another deal ("after a failed merger with Ardent Foods", "merger arbitrage") does not.
 */
function callsItMerger(view: SentenceView, target: CompanyMention, parties: readonly CompanyMention[]): boolean {
  const sentence = view.text.slice(view.start, view.end);
  for (const m of matchesOf(/\b(?:merger|merge)\b/gi, sentence)) {
    const at = view.start + m.index;
    if (/^\s+arbitrage\b/i.test(view.text.slice(at + m[0].length, at + m[0].length + 12))) continue;
    if (OTHER_MERGER_BEFORE.test(view.text.slice(Math.max(view.start, at - 40), at))) continue;
    const withWhom = /^\s+with\s+/i.exec(view.text.slice(at + m[0].length, at + m[0].length + 8));
    const partner = withWhom ? view.companies.find((c) => c.start >= at + m[0].length + withWhom[0].length) : undefined;
    if (partner && partner.start - (at + m[0].length + withWhom![0].length) <= 30 && partner.id !== target.id && !parties.some((p) => p.id === partner.id)) continue;
    return true;
  }
  return false;
}

function draftOf(view: SentenceView, type: DealDraft['type'], target: CompanyMention, at: number): DealDraft {
  return { type, target, investors: [], anchor: at, sentenceIndex: view.index, paragraph: view.paragraph, start: view.start, end: view.end };
}

function amountField(view: SentenceView, money: readonly IndexedMoney[], at: number, type: DealTrigger['type']): { money?: number } {
  const amount = amountFor(view, money, at, type);
  return amount ? { money: amount.index } : {};
}

const SHARES_ZH = String.raw`(?:约|共|合计)?\d[\d.]*%(?:的)?(?:股权|股份)|(?:全部|控股|部分|少数|多数)?(?:股权|股份)`;
const NEXT_TARGET = new RegExp(String.raw`^(?:${SHARES_ZH})?(?:以及|及|和|与|、)$`);
const EACH_SHARES = new RegExp(String.raw`^(?:各|分别)?(?:${SHARES_ZH})`);
const LIST_TO_SHARES = new RegExp(String.raw`^(?:、[^，。；、]{2,8}?)*(?:各|分别)?的?(?:${SHARES_ZH})`);

/**
 * The other companies one Chinese purchase names after its first target: "A 49.9%的股份以及B 51%的股份",
 * "A与B各51%股权". Each is bought by the same parties; the amount stays with the first.
 */
function secondTargets(view: SentenceView, first: DealDraft): DealDraft[] {
  if (first.type !== 'acquisition' && first.type !== 'stake-sale') return [];
  const more: DealDraft[] = [];
  let last = first.target;
  for (const c of view.companies) {
    if (c.start < last.end) continue;
    const gap = view.text.slice(last.end, c.start);
    if (gap.length > 40) break;
    // A short description may stand before the name: "以及英国豪华跑车品牌路特斯".
    const joiner = /^(.*?(?:以及|及|和|与|、))([^，。；、]{0,12})$/.exec(gap);
    if (!joiner || !NEXT_TARGET.test(joiner[1]!) || /[，。；]/.test(joiner[1]!)) break;
    // Each item names its shares, or the list goes on to the shares all its items sell ("A、B、C的少数股权").
    if (!EACH_SHARES.test(view.text.slice(c.end, c.end + 14)) && !/各|分别/.test(view.text.slice(c.end, c.end + 14)) && !LIST_TO_SHARES.test(view.text.slice(c.end, c.end + 40))) break;
    const { money: _amount, ...rest } = first;
    more.push({ ...rest, target: c, investors: first.investors.map((i) => ({ ...i })), anchor: first.anchor + 1 + more.length });
    last = c;
  }
  // "…49.9%的股份以及英国豪华跑车品牌路特斯51%的股份": a next item the company reader left out, named after what it is.
  const joiner = new RegExp(String.raw`^(?:${SHARES_ZH})?(?:以及|及|和|与|、)`).exec(view.text.slice(last.end, last.end + 20));
  // ("…51%股权和青海盐湖锂业30%股权": or a name the stake after it delimits.)
  const named = joiner ? (zhDescribedName(view, last.end + joiner[0].length) ?? zhStakeName(view, last.end + joiner[0].length)) : undefined;
  if (named && EACH_SHARES.test(view.text.slice(named.end, named.end + 14))) {
    const { money: _amount, ...rest } = first;
    more.push({ ...rest, target: named, investors: first.investors.map((i) => ({ ...i })), anchor: first.anchor + 1 + more.length });
  }
  // "分别以3.2亿元和1.8亿元收购了A 51%股权和B 30%股权": one price each, in order.
  const each = more.length > 0 ? lastIndexInSentence(view, '分别', first.target.start) : -1;
  if (each >= view.start) {
    const sums = view.money.filter((m) => m.mention.start > each && m.mention.end <= first.target.start);
    if (sums.length === more.length + 1) {
      first.money = sums[0]!.index;
      more.forEach((d, i) => (d.money = sums[i + 1]!.index));
    }
  }
  return more;
}

/** "从私募基金远峰资本手中收购": the company bought from sells; it is no party on the buying side. */
function isSeller(view: SentenceView, c: CompanyMention): boolean {
  if (/从[^，。；]{0,10}$/.test(view.text.slice(Math.max(view.start, c.start - 11), c.start)) && /^(?:手中|手里|处|那里)/.test(view.text.slice(c.end, c.end + 2))) return true;
  // "向国联集团等45名交易对方购买其持有的民生证券股份", "拟以现金向华为购买引望10%股权": bought from them.
  // ("向三峡集团、三峡投资、云能投和川能投购买其合计持有的…": each name of the list after 向 sells.)
  // ("向控股股东粤能集团购买": after what the seller is to the buyer.)
  return /向(?:[^，。；、和及与]{2,14}[、和及与]){0,5}(?:控股股东|第一大股东|大股东|股东|母公司|关联方|实际控制人)?$/.test(view.text.slice(Math.max(view.start, c.start - 64), c.start)) && /^(?:[、和及与][^，。；、]{2,14}?)*(?:等[^，。；]{0,12}?)?(?:购买|收购|受让|购入)/.test(view.text.slice(c.end, c.end + 64));
}

/** The clause words before a trigger: back to the sentence start or the last clause break. */
function clauseBefore(view: SentenceView, at: number): string {
  const from = Math.max(view.start, at - 80);
  const words = view.text.slice(from, at);
  // ("has withdrawn its IPO filing, days after raising $1.1 billion": the plan withdrawn does not govern what happened before.)
  const after = words.search(AFTER_CLAUSE);
  const cut = Math.max(words.lastIndexOf(';'), words.lastIndexOf('；'), words.lastIndexOf('，'), words.lastIndexOf(', while'), words.lastIndexOf(', but'), after);
  return cut >= 0 ? words.slice(cut + 1) : words;
}

const AFTER_CLAUSE = /,\s+(?:(?:just|only|two|three|four|five|a|few|several|days|weeks|months|day|week|month)\s+){1,3}after\s+$/i;

/** The Chinese clause (between commas, semicolons or the sentence's ends) that holds `at`. */
function clauseAround(view: SentenceView, at: number): string {
  // (Looked for inside the sentence, within reach: never a search back through the page.)
  const back = Math.max(view.start, at - 80);
  const from = Math.max(clauseStart(view, at), back + view.text.slice(back, at).lastIndexOf('，') + 1);
  const rest = view.text.slice(at, Math.min(view.end, at + 80));
  const to = at + (rest.search(/[，。；]/) < 0 ? rest.length : rest.search(/[，。；]/));
  return view.text.slice(from, to);
}

/** Where the clause of a trigger starts: after "; ", ", while", ", and" or a Chinese clause break. */
function clauseStart(view: SentenceView, at: number): number {
  const before = view.text.slice(view.start, at);
  let cut = -1;
  for (const m of matchesOf(/;\s|,\s+(?:while|whereas|and|but)\s|[；。]/g, before)) cut = m.index + m[0].length;
  return cut < 0 ? view.start : view.start + cut;
}

/** The frame's subject: the first company of the trigger's clause that is not a modifier or a listed party. */
function subjectBefore(view: SentenceView, at: number, verb = false): CompanyMention | undefined {
  const from = clauseStart(view, at);
  // "…, a week after fellow tech group NetEase raised …": the name right before the verb is its subject.
  const adjacent = verb ? [...view.companies].reverse().find((c) => c.end <= at) : undefined;
  if (
    adjacent &&
    !EXCHANGE.test(adjacent.text) &&
    adjacent.start >= from &&
    /^\s+(?:(?:has|had|have|also|just|recently|previously|then|itself|last year|earlier)\s+)*$/.test(view.text.slice(adjacent.end, at)) &&
    !ROLE_BEFORE.test(view.text.slice(Math.max(view.start, adjacent.start - 24), adjacent.start)) &&
    !HAN.test(adjacent.text)
  )
    return adjacent;
  for (const [i, c] of view.companies.entries()) {
    if (c.end > at) break;
    if (c.start < from) continue;
    if (at - c.end > 220) continue;
    if (MODIFIER_AFTER.test(view.text.slice(c.end, c.end + 24))) continue;
    // "港交所文件显示，极智嘉今日在港交所主板上市": an exchange is where a deal happens, never its subject.
    // ("北交所新股日知科技今日上市": a name the reader ran a label into is the subject; the frame trims it.)
    if (EXCHANGE.test(c.text) && EXCHANGE.test(zhTrimTarget(c).text)) continue;
    // "Temasek and GIC-backed Kredivo": the modifier after the last of a pair is the whole pair's.
    const next = view.companies[i + 1];
    if (next && /^\s*(?:,|and|&)\s*$/.test(view.text.slice(c.end, next.start)) && MODIFIER_AFTER.test(view.text.slice(next.end, next.end + 24))) continue;
    // "Musk’s xAI raised …": the owner of the company named next is not the one raising
    // ("Kuaishou’s listing raised …" is Kuaishou's).
    // (An exchange named between is where it lists: "Chime Financial’s shares jumped in their Nasdaq debut".)
    if (/^(?:’s|'s)\s/.test(view.text.slice(c.end, c.end + 3)) && view.companies.some((o) => o.start > c.end && o.start - c.end <= 40 && o.start < at && !EXCHANGE.test(o.text))) continue;
    if (ROLE_BEFORE.test(view.text.slice(Math.max(view.start, c.start - 24), c.start))) continue;
    // "由前美团高管创立的社区团购平台邻里鲜今日…上市": a company in a description of who founded the subject is not it.
    if (HAN.test(c.text) && /^[^，。；]{0,10}?(?:创立|创办|孵化|分拆)的/.test(view.text.slice(c.end, c.end + 14))) continue;
    // ("继5月完成对芯动微的收购后，…中微半导今日又宣布…": nor a company of a clause that recalls another deal.)
    if (HAN.test(c.text) && ZH_RECALLED.test(clauseAround(view, c.start))) continue;
    // "中移资本领投，小米、联想跟投，…完成C轮融资": a company (or list) that leads or follows is a backer, not the subject.
    if (ZH_BACKS_AFTER.test(view.text.slice(c.end, c.end + 40))) continue;
    // "华泰证券旗下华泰创新投资以1.5亿元参与…": the owner of the company that acts is not its subject.
    if (/^(?:旗下|下属)的?/.test(view.text.slice(c.end, c.end + 2)) && view.companies.some((o) => o.start >= c.end && o.start - c.end <= 4)) continue;
    return c;
  }
  return undefined;
}

/** What a company that opens a listing or funding sentence does first: its shares move, it debuts, it raised. */
/** ", a robotics startup,": what the company is, between its name and its verb. */
// (", the Spanish owner of Carolina Herrera and Charlotte Tilbury,": what it owns or makes may follow the kind.)
// (", founded by former OpenAI and Google DeepMind researchers,": an aside on who founded or backs it.)
// (", a San Francisco startup building AI models for robots,", ", the customer-service AI startup co-founded by Bret Taylor,":
// what it does or who founded it may follow the kind.)
// (", developer of software for utility-scale batteries,": a press release's appositive may go without its article.)
// ("Quillstack, the note-taking app with about three million users, is being sold to …": an app, a service, with what it has.)
const APPOSITIVE = String.raw`(?:,\s+(?:(?:an?|the)\s+)?(?:[\w’'-]+\s+){0,5}?(?:startup|start-up|company|firm|maker|developer|provider|lab|operator|platform|unicorn|group|business|chain|retailer|lender|specialist|owner|parent|app|service|marketplace|brand|insurer|producer|supplier|manufacturer|publisher|studio)(?:\s+(?:of|building|making|developing|behind|that|which|with|for|(?:co-)?founded by|run by|backed by)\s+[^,;.]{1,60}?)?\s*,|,\s+(?:founded|co-founded|started|set up)\s+(?:by|in)\s+[^,;.]{1,60}?,)`;
const OPENING_VERB = new RegExp(
  String.raw`^(?:(?:’s|'s)\s+(?:shares|stock|IPO|listing|debut|float|flotation|offering)\b|${APPOSITIVE}?\s+(?:said(?: on)?(?: (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday))?(?: that)? it\s+)?(?:(?:has|have|had)\s+)?(?:made|makes|rose|jumped|soared|surged|fell|slipped|slumped|climbed|debuted|priced|raised|closed|secured|landed|listed|floated|opened|gained|went public|(?:today\s+)?announced|(?:more than |nearly |almost )?(?:doubled|tripled))\b|\s+(?:shares|stock)\s+(?:(?:have|has)\s+)?(?:rose|jumped|soared|surged|fell|slipped|slumped|climbed|debuted|opened|gained|(?:more than |nearly |almost )?(?:doubled|tripled))\b)`,
);
// ("Vietnamese e-wallet Ví Nhanh has raised …": a name's letters may carry accents.)
const OPENING_RUN = /^(?:\p{Lu}[\p{L}\p{N}_&.:-]*\s+){0,3}\p{Lu}[\p{L}\p{N}_&.:-]*/u;

/**
 * "Zentrail raised $18 million in a Series A led by Meridian Arc": a round named with a backer after the verb
 * makes a lone opening word the company that raised it ("Officials raised $5 billion" names neither).
 */
function namedRound(view: SentenceView, end: number): boolean {
  const after = view.text.slice(end, Math.min(view.end, end + 80));
  // "Lovable has raised $330 million at a $6.6 billion valuation": a valuation is a round's own word.
  return (/\b(?:Series [A-Z]|seed|pre-seed|(?:funding|financing|investment) round)\b/.test(after) && view.companies.some((c) => c.start > end)) || /\bat an? (?:[^\s;]+\s+){0,3}?(?:(?:post|pre)-money\s+)?valuation\b|\bvaluing (?:it|the (?:company|startup|start-up|firm))\b/.test(after);
}

/** "Lineage raised $4.4 billion in its IPO": a listing the sentence calls the subject's own. */
function ownListing(view: SentenceView, trigger: DealTrigger, at: number): boolean {
  return trigger.type === 'ipo' && /\b(?:its|their)\s+(?:[\w-]+\s+){0,3}$/.test(view.text.slice(Math.max(view.start, at - 40), at));
}

/** Whether a sentence may open with such a name (a cheap test before any frame is read). */
export function opensWithName(sentence: string): boolean {
  const opening = sentence.trimStart();
  const text = opening.slice(leadInLength(opening));
  const rest = text.slice(OPENING_KIND.exec(text)?.[0].length ?? 0);
  const run = OPENING_RUN.exec(rest);
  return (run !== null && OPENING_VERB.test(rest.slice(run[0].length))) || (OPENING_PAIR.test(text.slice(PAIR_KIND.exec(text)?.[0].length ?? 0)) && /\b(?:merge[ds]?|merger|merging|combine[ds]?|combining|combination|tied up|tie up)\b/.test(text)) || (HAN.test(text) && ZH_OPENS_WITH_NAME.test(text));
}

/** Between a buyer that opens the sentence and its trigger: auxiliaries only ("Chesapeake Energy will acquire"). */
// ("Fetchly agreed to be acquired by …": the passive trigger starts at "to be".)
// ("Fintech Ramp said Tuesday it raised …": reported speech, a day between.)
// ("Cyclonix agreed to go public by merging with Eastgate Acquisition Corp.": a company listing through a merger.)
const BUYER_TAIL = new RegExp(String.raw`^${APPOSITIVE}?\s+(?:(?:has|have|had|will|is|was|were|been|be|also|just|agreed|agrees|to go public by|go public by|said it (?:has|had|would|will)|said(?: on)? (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)(?: that)? it(?: has| had| would| will)?)\s+)*$`);

/** Between a company that opens the sentence and the takeover of it it agreed to: "Perpetua Wealth has agreed to a A$1.2 billion ". */
const AGREED_TAKEOVER_TAIL = new RegExp(String.raw`^${APPOSITIVE}?\s+(?:(?:has|have|had|also|just)\s+)*(?:agreed to|agrees to|accepted|accepts|backed|backs|recommended|recommends)\s+(?:a|an|the)\s+(?:[^\s;]+\s+){0,4}$`);

/** Between a buyer that opens the sentence and its own purchase: "Vardhan Foods has completed its ₹2,300 crore takeover of …". */
const NOUN_BUYER_TAIL = new RegExp(String.raw`^${APPOSITIVE}?\s+(?:(?:has|have|had|will|also|just|said it (?:has|had))\s+)*(?:completed|completes|closed|closes|finalized|finalised|sealed|announced)\s+(?:its|their)\s+(?:[^\s;]+\s+){0,4}$`);

/** Between a buyer that opens the sentence and the stake it takes: "Reliance Retail has picked up a 51% stake in …". */
const STAKE_BUYER_TAIL = new RegExp(
  String.raw`^${APPOSITIVE}?\s+(?:(?:has|have|had|will|is|was|also|just|agreed to|said it (?:has|had|would|will))\s+)*(?:buy|buys|bought|buying|acquire[sd]?|acquiring|picked up|picks up|snapped up|took|takes|take|taking|taken)\s+(?:(?:a|an|the|its|another|further|additional)\s+)?(?:[\w%.-]+\s+){0,3}$`,
);

/** "Robotics AI startup Physical Intelligence raised …": what the company is, before its name; "Shares of Bajaj Housing Finance more than doubled …". */
export const OPENING_KIND = /^(?:(?:[\w-]+\s+){0,4}?(?:[Ss]tartup|[Ss]tart-up|company|firm|maker|developer|provider|lab|operator|platform|[Uu]nicorn|[Ii]nsurtech|[Ff]intech|[Pp]roptech|[Ee]dtech|[Hh]ealthtech|[Bb]iotech|[Mm]edtech|[Aa]gritech|[Cc]hipmaker|[Nn]eobank|[Ee]-wallet|wallet|app|marketplace|lender|retailer|brand|chain|insurer|utility|recycler|[a-z]*maker|[a-z]*packer|co-?operative|merchant|broker|installer|producer|manufacturer|supplier|miner|explorer|group|specialist|distributor|contractor|housebuilder|designer|label|studio|publisher|network|agency|consultancy|carrier|airline|bank|broadcaster|exchange|hauler|major|giant|processor|trader|exporter|importer|roaster)|(?:Shares|Stock) (?:of|in))\s+(?=[A-ZÀ-ÖØ-Þ])/;

const SHARES_OF = /^(?:Shares|Stock)\b/;
/** Between a company and a passive verb: a clause of its own ("… rose after Telluric Analytics agreed to be acquired"). */
const OTHER_CLAUSE_BETWEEN = /\b(?:after|before|as|while|when|because|since|although|though)\s+(?!(?:it|the company|the firm)\b)(?:[\w’'-]+\s+){0,4}?(?:has|had|have|was|is|were|will|agreed|agrees)\b/i;
/** A mutual lender's name, which the company reader's list of institutions takes for a society or a union. */
const MUTUAL_LENDER = /\b(?:Building Society|Credit Union|Friendly Society|Savings Society)$/;

/**
 * A name the company reader left out that opens the frame's sentence right before what a listed or
 * funded company does ("Ola Electric Mobility made a flat debut", "Deliveroo’s shares fell …"): the
 * sentence's grammar delimits it. Never a stop word, a place, a person's title or generic words.
 */
function openingName(view: SentenceView, at: number, tail: RegExp = OPENING_VERB, upTo = at, lone = false): CompanyMention | undefined {
  // The sentence's or the clause's opening ("…, while Brightwave Labs raised …").
  const clause = clauseStart(view, at);
  const space = clause + (/^\s*/.exec(view.text.slice(clause, at))?.[0].length ?? 0);
  // ("MUMBAI: Vardhan Foods has completed …", "In other deals this week, Crestline Software bought …".)
  const start = space + leadInLength(view.text.slice(space, at));
  // After what the company is, words the reader takes for generic ("Physical Intelligence") or for a
  // place ("customer-service agent startup Sierra") still name it ("Shares in Asia" names none).
  const kind = OPENING_KIND.exec(view.text.slice(start, at));
  const from = start + (kind?.[0].length ?? 0);
  const run = OPENING_RUN.exec(view.text.slice(from, at));
  if (!run || !tail.test(view.text.slice(from + run[0].length, upTo))) return undefined;
  const words = run[0].split(/\s+/);
  // A lone capitalised word before a verb may be any noun that opens a sentence ("Officials raised …");
  // it names a company only as an owner ("Deliveroo’s shares …", "Groww shares rose …") or after what the company is.
  // (Before a passive purchase, "Brightwave has been snapped up by …", a lone word is the company bought.)
  if (words.length === 1 && !kind && !lone && !/^(?:’s|'s|\s+(?:shares|stock)\b)/.test(view.text.slice(from + run[0].length, from + run[0].length + 8))) return undefined;
  const reason = notCompanyReason(words);
  // (An appositive says what the company is as well as a kind before it: "Physical Intelligence, a robotics startup, has …".)
  const described = kind ?? (new RegExp(`^${APPOSITIVE}`).exec(view.text.slice(from + run[0].length, upTo)) ? ['appositive'] : null);
  // ("Hartley Building Society has merged into …": a mutual lender is a company, whatever else a society is.)
  const mutual = reason === 'government or institution' && MUTUAL_LENDER.test(run[0]);
  if (LEADING_STOP_WORDS.has(words[0]!.toLowerCase()) || (reason !== undefined && !mutual && !(described && (reason === 'generic words' || (reason === 'place' && !SHARES_OF.test(described[0]!))))) || view.companies.some((c) => c.start < from + run[0].length && c.end > from)) return undefined;
  return { start: from, end: from + run[0].length, text: run[0], name: run[0], id: unknownId(run[0]) };
}

/**
 * "Regional grocers Harvest Lane Markets and FreshPoint Grocers announced a merger of equals", "Two Denver-area
 * engineering firms, Redstone Civil Group and Alder Point Engineering, have merged": what both companies are, in
 * the plural, before the pair.
 */
// ("Biotechs Arcturus Neuro and Pelion Therapeutics …": the kind may open the sentence, capitalised; "US regional railroads
// Plainsline Rail and Allegheny Southern agreed to a merger of equals".)
const PAIR_KIND = /^(?:[\w’'-]+\s+){0,4}?(?:[Mm]erchants|[Cc]o-?operatives|[Ff]irms|[Cc]ompanies|[Ss]tartups|[Ss]tart-ups|[Gg]roups|[Rr]ivals|[Pp]eers|[A-Za-z]*makers|[Pp]roducers|[Mm]iners|[Ii]nsurers|[Ll]enders|[Bb]anks|[Gg]rocers|[Rr]etailers|[Cc]hains|[Oo]perators|[Pp]roviders|[Dd]evelopers|[Bb]rokers|[Uu]tilities|[Cc]arriers|[Aa]irlines|[Pp]ublishers|[Cc]redit unions|[Bb]ancorps|[Bb]iotechs|[Ff]intechs|[Ii]nsurtechs|[Bb]rewers|[Ee]xporters|[Tt]ruckers|[Rr]ailroads|[Rr]ailways|[Ss]hipping lines|[Ss]hipowners|[Hh]ospitals|[Hh]ousebuilders|[Rr]efiners|[Dd]istributors|[Mm]anufacturers|[Ss]uppliers|[Ww]holesalers|[Aa]gencies|[Ss]tudios|[Tt]elecoms|[Dd]istillers|[Ww]ineries|[Pp]ipeline companies|[Ee]xchanges|[Oo]rgani[sz]ations|[Pp]ractices|[Cc]onsultancies)(?:,\s+|\s+(?=[A-Z]))/;
// ("Corvane Systems, a Denver sensor maker, and Telluric Analytics, a Boulder data firm, have agreed to merge": each may
// have an appositive.)
// ("Whitfield Brandt and Corley & Nash, will merge", "… have combined in an all-share deal": a name with "&", a comma
// before the verb, the merging verb itself.)
const OPENING_PAIR = /^((?:(?:[A-Z][\w&.’'-]*|&)\s+){0,3}[A-Z][\w&.’'-]*)(?:,\s+(?:an?|the)\s+[^,;]{1,60},)?\s+(?:and|&)\s+((?:(?:[A-Z][\w&.’'-]*|&)\s+){0,3}[A-Z][\w&.’'-]*)(?:,\s+(?:an?|the)\s+[^,;]{1,60},)?(?=,?\s+(?:(?:have|has|had|will|said(?: on \w+day)? (?:that )?they (?:have|had|would|will)|also)\s+)*(?:agreed|agree|completed|closed|announced|are|plan|to|merge|merged|combined|combine|signed|struck|reached|entered|said|tied)\b)/;

/** Two companies the reader left out that open a merger sentence ("Chesapeake Energy and Southwestern Energy agreed to merge"). */
function openingPair(view: SentenceView, at: number, oneRead = false): CompanyMention[] {
  const pair = openingPairFrom(view, clauseStart(view, at), at, oneRead);
  // (", and" after an appositive joins the pair, not two clauses: "Corvane Systems, a Denver sensor maker, and Telluric …".)
  return pair.length > 0 || clauseStart(view, at) === view.start ? pair : openingPairFrom(view, view.start, at, oneRead);
}

function openingPairFrom(view: SentenceView, start: number, at: number, oneRead: boolean): CompanyMention[] {
  const space = /^\s*/.exec(view.text.slice(start, at))![0].length;
  const dateline = space + leadInLength(view.text.slice(start + space, at));
  const kind = PAIR_KIND.exec(view.text.slice(start + dateline, at))?.[0].length ?? 0;
  const lead = dateline + kind;
  const m = OPENING_PAIR.exec(view.text.slice(start + lead, Math.min(view.end, at + 20)));
  if (!m || start + lead + m[0].length > at) return [];
  const names: CompanyMention[] = [];
  let from = start + lead;
  for (const name of [m[1]!, m[2]!]) {
    const words = name.split(/\s+/);
    // A lone word is a company's name only when it looks like one ("Officials and Regulators" are not): mixed case or capitals.
    // (Beside a company the reader knows, a lone word names one too: "Corrugo and Boxwell Industries agreed to combine".)
    // (So does one after what both are: "Two open-source database companies, Pebblebase and Driftwood Data, …".)
    if (words.length === 1 && !oneRead && kind === 0 && !/^[A-Z][a-z]*[A-Z]|^[A-Z0-9&]{2,6}$/.test(name)) return [];
    if (LEADING_STOP_WORDS.has(words[0]!.toLowerCase()) || notCompanyReason(words) !== undefined) return [];
    const at0 = view.text.indexOf(name, from);
    names.push({ start: at0, end: at0 + name.length, text: name, name, id: unknownId(name) });
    from = at0 + name.length;
  }
  return names;
}

/** Two Chinese names the reader left out that open a merger's clause: "鹿角咖啡与麦田咖啡宣布完成合并". */
function zhOpeningPair(view: SentenceView, at: number): CompanyMention[] {
  const clause = clauseBefore(view, at);
  const join = Math.max(clause.lastIndexOf('与'), clause.lastIndexOf('和'), clause.lastIndexOf('同'));
  if (join < 2) return [];
  const joinAt = at - clause.length + join;
  const first = zhOpeningName(view, joinAt);
  const partner = first ? zhPartnerBeforeVerb(view, joinAt, at) : undefined;
  return first && partner ? [first, partner] : [];
}

/** The buyers named after "to" ("… to Geely", "… to a consortium led by U.S. buyout firm Bain Capital"). */
function buyersAfterTo(view: SentenceView, from: number): CompanyMention[] {
  // "…’s End-User Computing division, home of the Horizon products, to KKR": past an aside between commas.
  const to = /^(?:,[^,.;]{1,100},)?[^.;]{0,40}?\bto\s/.exec(view.text.slice(from, Math.min(view.end, from + 160)));
  if (!to) return [];
  const at = from + to[0].length;
  const list = companyLists(view).find((l) => l[0]!.start >= at && l[0]!.start - at <= 60 && !view.text.slice(at, l[0]!.start).includes(";"));
  // "…business to Protective Industrial Products for $1.33 billion": a buyer the company reader left out, right after "to".
  const named = list && list[0]!.start === at ? undefined : namedObject(view, at);
  return named && (!list || named.end <= list[0]!.start) ? [named] : (list ?? []);
}

/** "IBM’s x86 server business": the owner of a unit that changes hands sells it; it buys nothing. */
const UNIT_OWNER_AFTER = /^(?:’s|'s)\s+(?:[\w-]+\s+){0,4}?(?:business(?:es)?|division|unit|arm|operations|assets|plant|factory|mine|refinery|portfolio)\b/;
const PERSON_AGENT = /^\s+((?:[A-Z][a-z’'-]+\s+){1,2}[A-Z][a-z’'-]+)(?=\s+(?:for|in|at|on|after|,|\.|$)|[,.]|$)/;
/** Words that start a capitalised phrase that is no person: "by Friday", "by The Times". */
const NOT_PERSON = /^(?:The|A|An|Its|Their|His|Her|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b|\b(?:Capital|Partners|Group|Holdings|Fund|Ventures|Bank|Inc|Corp|Ltd|Company|Investments|Management)\b/;

/** A person named right after a passive "by" ("bought by Elon Musk for …"), or undefined. */
function personAfter(view: SentenceView, from: number): string | undefined {
  const m = PERSON_AGENT.exec(view.text.slice(from, Math.min(view.end, from + 60)));
  return m && !NOT_PERSON.test(m[1]!) ? m[1]! : undefined;
}

// ("by a consortium of CVC Capital Partners, Nordic Capital and Platinum Ivy": so are the members a consortium is "of".)
const CONSORTIUM_LED_BY = /^\s*(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:consortium|group|club)\s+(?:(?:of\s+(?:investors|buyers|firms)\s+)?(?:led|headed|fronted|anchored)\s+by|of|comprising|made up of|including)\s+/i;

/** The named members of "a consortium led by A (and B)" right after `from`, or none. */
function consortiumAfter(view: SentenceView, from: number): CompanyMention[] {
  const m = CONSORTIUM_LED_BY.exec(view.text.slice(from, Math.min(view.end, from + 80)));
  if (!m) return [];
  const listed = listAfter(view, from + m[0].length, view.end);
  // ("a consortium led by Hong Kong’s Kowloon Bay Capital": a leader the company reader left out.)
  const named = listed.length === 0 ? namedObject(view, from + m[0].length) : undefined;
  return named ? [named] : listed;
}

/** An aside between commas right after a company: ", backed by Brightwater Capital,", ", the Brightwater Capital portfolio company,". */
const ASIDE_OPENS = /^\s*,\s*(?:(?:backed|owned|controlled|funded|founded|run|led)\s+by|(?:an?|the)(?:\s+[\w’'-]+){0,3}?)\s*$/i;
const ASIDE_CLOSES = /^(?:\s+[\w’'-]+){0,3}\s*,\s*(?:(?:has|have|had|will|is|was|also|just|agreed|said it (?:has|had|would|will))\s+)*$/i;

/** The company an aside is about, in place of the list inside the aside; the list itself otherwise. */
function pastAside(view: SentenceView, list: CompanyMention[], at: number): CompanyMention[] {
  const first = list[0];
  const last = list[list.length - 1];
  if (!first || !last || !ASIDE_CLOSES.test(view.text.slice(last.end, at))) return list;
  const subject = [...view.companies].reverse().find((c) => c.end <= first.start);
  return subject && ASIDE_OPENS.test(view.text.slice(subject.end, first.start)) ? [subject] : list;
}

/** Where `word` last starts in the sentence before `before` (-1 when it does not). */
function lastIndexInSentence(view: SentenceView, word: string, before: number): number {
  const at = view.text.slice(view.start, before).lastIndexOf(word);
  return at < 0 ? -1 : view.start + at;
}

/** The list of companies nearest before a trigger ("Tencent and Sequoia have lined up … to infuse"). */
function nearestListBefore(view: SentenceView, at: number): CompanyMention[] {
  // "周一，A宣布收购B；周三，C公告…受让D": a Chinese semicolon closes one clause's parties.
  // (Looked for inside the sentence: a search back from the trigger would read the whole page before it.)
  const semicolon = lastIndexInSentence(view, '；', at);
  const lists = companyLists(view).filter((l) => l[l.length - 1]!.end <= at && l[0]!.start > semicolon);
  const list = lists[lists.length - 1];
  if (!list || at - list[list.length - 1]!.end > 120) return [];
  return list.filter((c) => !MODIFIER_AFTER.test(view.text.slice(c.end, c.end + 24)));
}

// ("a 49% stake in Marlow Foods held by Kestrel Holdings": who holds what is bought follows it.)
const OBJECT_FOLLOWERS = /^\s+(?:for|from|it|private|in|at|to|and|with|as|after|on|over|under|by|via|through|which|that|who|said|says|last|this|earlier|since|during|before|while|when|amid|a|an|the|is|was|has|had|will|would|held|owned|—)\b/;

/** The first company after a trigger, within a short noun phrase ("buy the Finnish lift maker Kone"). */
function objectAfter(view: SentenceView, from: number, lang: 'en' | 'zh'): CompanyMention | undefined {
  const c = view.companies.find((x) => x.start >= from);
  if (!c) return undefined;
  const gap = view.text.slice(from, c.start);
  // (Nor past a colon: "历时两年的收购战落下帷幕：复星国际…" names what follows, not what is bought.)
  if (lang === 'zh') return gap.length <= 16 && !/[，。；：]/.test(gap) ? c : undefined;
  // "bought IBM’s PC unit", "bought Nvidia chips": the object is something of the company's, not the company.
  const next = view.text.slice(c.end, c.end + 30);
  // ("a stake in Teck Resources’ steelmaking coal business": a bare apostrophe after a final s is possessive too.)
  // ("a majority stake in its Marlow Foods unit": the unit named is the company.)
  const ownUnitNamed = /^\s*(?:its|their)\s+$/i.test(gap) && /^\s+(?:unit|subsidiary|division|arm|business)\b/.test(next);
  // ("will acquire all Marlow shares": all of a company's shares are the company.)
  if (/^\s*all\s+(?:of\s+)?(?:the\s+)?(?:(?:issued|outstanding|remaining)\s+)*$/i.test(gap) && /^\s+(?:shares|stock)\b/.test(next)) return c;
  // ("a majority stake in Ugandan microinsurer Kinga Cover": a word read as a company that says where the next one is from.)
  const named = /^\s+[a-z]/.test(next) && !OBJECT_FOLLOWERS.test(next) ? view.companies.find((x) => x.start >= c.end && x.start - c.end <= 40) : undefined;
  if (named && isDescriptorGap(view.text.slice(c.end, named.start), 3) && isDescriptorGap(gap.replace(/^\s*(?:a|an|the)\s+/i, ''), 4)) return named;
  if (!ownUnitNamed && (/^\s*(?:’s|'s)\s/.test(next) || (/s$/.test(c.text) && /^[’']\s/.test(next)) || (/^\s+[a-z]/.test(next) && !OBJECT_FOLLOWERS.test(next)))) return undefined;
  // "buy \"Call of Duty\" maker Activision", "the sale of its flash memory unit, Toshiba Memory".
  // "the sale of its flash memory unit, Toshiba Memory Corp., to …": an appositive names what is sold.
  if (/^\s*(?:its|their|the)\s+[^,;:()]{1,40},\s*$/i.test(gap)) return c;
  // "buy back its former unit Spirit AeroSystems": a unit named is a company of its own.
  if (/^\s*(?:back\s+)?(?:its|their)\s+(?:former\s+)?(?:[\w-]+\s+)?(?:unit|subsidiary|division|arm|spin-?off)\s+$/i.test(gap)) return c;
  const plain = gap.replace(/["“][^"”]{1,40}["”]/g, 'x').replace(/,\s*$/, '').replace(/^\s*(?:a|an|the|its|their|his|her)\s+/i, '');
  // "data backup and recovery vendor Own Company": two trades joined by "and" before what the company is.
  // ("buy Pringles and Cheez-It maker Kellanova": brands before what the company is.)
  return isDescriptorGap(plain, 6) || TWO_TRADES.test(plain) || isBrandMakerGap(gap) ? c : undefined;
}

const TWO_TRADES = /^\s*(?:[a-z][\w-]*\s+){1,3}(?:and|&)\s+(?:[a-z][\w-]*\s+){0,2}(?:vendor|maker|provider|developer|firm|company|startup|start-up|specialist|operator|platform|supplier|manufacturer|designer|owner|lender|retailer|group)\s*$/;

/** A part of a company that changes hands: "IBM’s x86 server business", "the Kalgoorlie processing plant of Eastern Reagents". */
const UNIT_NOUN = String.raw`(?:business(?:es)?|division|unit|arm|operations|assets|plant|factory|mine|refinery|portfolio)`;
const UNIT_AFTER_OWNER = new RegExp(String.raw`^(?:’s|'s|[’'])\s+((?:[\w&.-]+\s+){0,5}?${UNIT_NOUN})\b`);
// ("a unit of Kestrel" names no unit in particular: a word must say which.)
const UNIT_BEFORE_OWNER = new RegExp(String.raw`^\s*(?:the|its|a)\s+((?:[\w&.-]+\s+){1,4}?${UNIT_NOUN})\s+(?:of|from)\s+(?:the\s+)?$`);

/** "Crown Castle will sell its small cells business to EQT": the subject's own unit, sold; named as the text names it. */
const OWN_UNIT = new RegExp(String.raw`^\s*(?:its|their)\s+((?:[\w&.-]+\s+){0,4}?${UNIT_NOUN})\b`);

function ownUnitAfter(view: SentenceView, at: number, from: number): CompanyMention | undefined {
  const m = OWN_UNIT.exec(view.text.slice(from, Math.min(view.end, from + 60)));
  if (!m) return undefined;
  const start = from + m[0].length - m[1]!.length;
  return ownUnit(view, at, start, start + m[1]!.length);
}

/** The unit at [start, end) of the company that sells it, the subject of the verb at `at`. */
function ownUnit(view: SentenceView, at: number, start: number, end: number): CompanyMention | undefined {
  const owner = subjectBefore(view, at);
  return owner ? unitMention(view, owner, start, end) : undefined;
}

/**
 * The unit of a company an acquisition trigger names as its object, as the deal's target (its owner,
 * the seller, is no party): undefined when the object is not a named part of a company.
 */
function unitAfter(view: SentenceView, from: number): CompanyMention | undefined {
  const known = view.companies.find((x) => x.start >= from);
  const named = namedOwner(view, from);
  const owner = named && (!known || named.end <= known.start) ? named : known;
  if (!owner) return undefined;
  const gap = view.text.slice(from, owner.start);
  const before = UNIT_BEFORE_OWNER.exec(gap);
  if (before) {
    const start = from + before.index + before[0].indexOf(before[1]!);
    return unitMention(view, owner, start, start + before[1]!.length);
  }
  const plain = gap.replace(/^\s*(?:a|an|the|its|their)\s+/i, '');
  if (!isDescriptorGap(plain, 4)) return undefined;
  const after = UNIT_AFTER_OWNER.exec(view.text.slice(owner.end, Math.min(view.end, owner.end + 80)));
  // (A bare apostrophe is possessive only after a final s: "Teck Resources’ steelmaking coal business".)
  if (!after || (/^[’']\s/.test(after[0]) && !/s$/.test(owner.text))) return undefined;
  const start = owner.end + after[0].indexOf(after[1]!);
  const end = start + after[1]!.length;
  // "eBay’s India business, eBay.in, …": a name in apposition is what changes hands.
  const apposed = view.companies.find((c) => c.start >= end && /^,\s*$/.test(view.text.slice(end, c.start)) && /^\s*,/.test(view.text.slice(c.end, c.end + 2)));
  if (apposed) return apposed;
  const domain = /^,\s*([\w-]+(?:\.[a-z]{2,})+),/.exec(view.text.slice(end, end + 40));
  if (domain) return unitMention(view, owner, end + domain[0].indexOf(domain[1]!), end + domain[0].indexOf(domain[1]!) + domain[1]!.length);
  return unitMention(view, owner, start, end);
}

const ZH_UNIT_NOUN = /(?:业务|事业部|事业群|业务板块)(?=$|[，。；、和及与]|的?(?:全部|\d+(?:\.\d+)?%)?(?:股权|股份|资产)|的(?:全资|控股权?)?(?:收购|并购))/;
/** What stops a unit's name, read back from its noun: a particle, the owner's pronoun, a place word. */
const ZH_UNIT_STOP = /[的其者下属于在、，。；：“”（）()\s\dA-Za-z]/;

/**
 * The business unit a Chinese purchase names as its object ("收购其商用制冷业务", "收购后者旗下的气候业务",
 * "收购捷普集团旗下位于成都、无锡的产品制造业务"), named as written: undefined when the object is no unit.
 */
/** "苏宁易购公告，…转让公司23%股份": 公司 after the verb is the company whose announcement the sentence is. */
function announcerOf(view: SentenceView, from: number): CompanyMention | undefined {
  if (!/^(?:本)?公司/.test(view.text.slice(from, from + 3))) return undefined;
  return view.companies.find((c) => c.end < from && ANNOUNCES_AFTER.test(view.text.slice(c.end, c.end + 12))) ?? zhAnnouncerLeftOut(view, from);
}

/** Right after a name: the kind of company it is, so the name was a description ("德国焊接机器人|制造商"). */
const KIND_AFTER = /^(?:制造商|开发商|运营商|供应商|服务商|生产商|厂商|公司|企业|品牌|平台)(?=[\u4e00-\u9fffA-Za-z]{2})/;

/**
 * The brand or company a Chinese sale names between 将 and its verb ("将旗下洗护品牌Aqualis出售给"), after its owner's
 * words (旗下, 其, 所持); undefined when 将 is not in the verb's clause or names none.
 */
function zhSoldAfterJiang(view: SentenceView, at: number): CompanyMention | undefined {
  const clause = clauseBefore(view, at);
  const jiang = clause.lastIndexOf('将');
  if (jiang < 0) return undefined;
  const from = at - clause.length + jiang + 1;
  const owner = /^(?:其|旗下|所持有?的?|持有的|其旗下|公司旗下)+/.exec(view.text.slice(from, at));
  if (!owner) return undefined;
  return zhDescribedName(view, from + owner[0].length);
}

/** What a purchase may buy that is no company: land, a building, a project, a count of things. */
const NOT_A_COMPANY_BOUGHT = /用地|地块|土地|楼盘|厂房|大厦|写字楼|商场|广场|项目|资产|业务|股票|债券|[一二两三四五六七八九十\d]+(?:宗|块|处|座|栋|幢|间|层|个|家|套|项)/;

/** After what a purchase bought: the gain, loss or goodwill it brought ("…英国业务的收益"). */
const RESULT_OF_DEAL_AFTER = /^[^，。；]{0,8}?(?:的|所)(?:一次性)?(?:收益|收入|利润|亏损|损失|商誉|减值|影响)/;

/** A clause that names who pays for a purchase together: "由三一重工与中信产业基金共同出资". */
const CO_PAYERS = /(?<=[，,])(?:由|并由)?[^，。；]{2,40}?(?:共同|联合)(?:出资|收购|买下)(?=[，。；]|$)/g;

/** A clause opening with a pronoun for a company: "它又", "该公司随后", "其此前". */
// ("…；6月，公司又拿下一笔…天使+轮": 公司 alone, after the company's round, is that company.)
const ZH_PRONOUN_SUBJECT = /^\s*(?:它|其|该公司|这家公司|公司)(?:又|也|再|还|再次|随后|此后|此前|已经?|刚|刚刚|则|更是|一举|顺利|成功)*$/;

/** After a list of backers: they invest together ("共同投资", "联合出资"), none leads. */
const CO_INVEST_AFTER = /^[^，。；]{0,40}?(?:共同|联合)(?:投资|出资)/;
const CO_INVEST_END = /(?:共同|联合)(?:投资|出资)$/;
/** After a company: an arm it owns that the text does not name ("国家电投旗下基金"). */
const UNNAMED_ARM_AFTER = /^旗下的?(?:产业|投资|创投)?(?:基金|资本|平台|机构|子公司)(?=[、和及与，。；,]|共同|联合|等|$)/;

/** Right after an announcer: "公告", "今日晚间公告", "12日晚间发布公告". */
// ("优源牧业公布，": Hong Kong's word for announces.)
// ("永华股份11月6日晚间公告": a month may come before the day, and 晚 for 晚间.)
const ANNOUNCES_AFTER = /^(?:今日|近日|日前|昨日|(?:\d{1,2}月)?\d{1,2}日)?(?:晚间|早间|晚|早)?(?:发布|披露)?(?:公告|公布)/;

/** Right after a name, the words that make it a modifier of a kind of firm: "中国动力|电池企业", "新能源|汽车行业". */
const GENERIC_NOUN_AFTER = /^[\u4e00-\u9fff]{0,4}(?:企业|行业|产业|领域|赛道|板块|市场)(?![\u4e00-\u9fff]{0,6}\d)/;

/** "将所持公司29.9%股份", "将其持有的本公司股份": shares of the company the sentence is about. */
const HOLDS_COMPANY = /^[^，。；]{0,6}?(?:将)?(?:其)?所?持(?:有)?的?(?:本)?公司/;
/** "澜海科技的控股股东": the company whose holder is named next. */
/** Before a seller: it is named as the holder of the company the sentence is about ("控股股东新元集团"). */
const HOLDER_BEFORE = /(?:控股股东|第一大股东|大股东|实际控制人|母公司)$/;
const HOLDER_OF = /^的?(?:控股股东|第一大股东|大股东|股东|实际控制人|母公司)/;

/** The company whose announcement the sentence reports ("华曜股份公告，…"), before `pos`. */
function announcerBefore(view: SentenceView, pos: number): CompanyMention | undefined {
  return view.companies.find((c) => c.end <= pos && ANNOUNCES_AFTER.test(view.text.slice(c.end, c.end + 12)));
}

/** What a company is, standing for its name: "the French start-up", "the company". */
const DESCRIPTION_OWNER = /^\s*(?:the|its)\s+(?:[\w-]+\s+){0,3}?(?:start-?up|company|firm|group|maker|developer|lab|business|unicorn|platform|provider)(?:’s|'s)\s/i;

/**
 * The company whose round follows the trigger: a name right before "’s" ("led Kelvara’s Series A"), or a
 * description that stands for the last company named before the trigger other than the subject.
 */
function roundOwnerAfter(view: SentenceView, at: number, end: number, subject: CompanyMention | undefined): CompanyMention | undefined {
  const owner = view.companies.find((c) => c.start >= end && c.start - end <= 6);
  // ("led Corvane Systems’ $40 million Series B": a name ending in s takes a bare apostrophe.)
  if (owner && /^(?:’s|'s|(?<=s)[’'])\s/.test(view.text.slice(owner.end - 1, owner.end + 3).slice(1)) && /^\s*(?:the\s+)?$/i.test(view.text.slice(end, owner.start))) return owner;
  // ("Harbor Lake Capital led Corvane Systems’ $40 million Series B": an owner the reader left out, before its possessive.)
  const named = !owner ? /^\s*((?:[A-Z][\w&.-]*\s+){0,3}[A-Z][\w&.-]*)(?:’s|'s|(?<=s)[’'])\s/.exec(view.text.slice(end, Math.min(view.end, end + 60))) : null;
  if (named && !LEADING_STOP_WORDS.has(named[1]!.split(/\s+/)[0]!.toLowerCase()) && notCompanyReason(named[1]!.split(/\s+/)) === undefined) {
    const start = end + named[0].indexOf(named[1]!);
    return { start, end: start + named[1]!.length, text: named[1]!, name: named[1]!, id: unknownId(named[1]!) };
  }
  if (!DESCRIPTION_OWNER.test(view.text.slice(end, Math.min(view.end, end + 60)))) return undefined;
  return [...view.companies].reverse().find((c) => c.end <= at && c.id !== subject?.id);
}

/**
 * "珠海华发集团与智谱签约，以5亿元对其进行战略投资", "智谱完成融资，华发集团向其注资5亿元": 其 (it) after the
 * trigger stands for the company named before it that is not the one acting — the first company of the
 * nearest clause before the trigger that names one.
 */
function zhPronounObject(view: SentenceView, at: number, end: number): CompanyMention | undefined {
  // ("以约1.2亿欧元收购后者全部股权": 后者, the latter, stands for the company named before, as 其 does.)
  if (!/^[^，。；]{0,2}?(?:其(?!他|中|余|旗下|所|持有|控股|合计|共同|分别|尚未|未|已|现|目前|仍)|后者)/.test(view.text.slice(end, end + 4)) && !/其$/.test(view.text.slice(at, end))) return undefined;
  const before = view.companies.filter((c) => c.end <= at && c.start >= view.start);
  if (before.length < 2) return undefined;
  // (后者 is the company named last.)
  if (/^[^，。；]{0,2}?后者/.test(view.text.slice(end, end + 4))) return before[before.length - 1];
  // ("引入战略投资者Stellantis，后者以约15亿欧元获得其约21%股权": when 后者 acts, 其 is the other one.)
  if (/^(?:而|则)?后者/.test(clauseBefore(view, at))) {
    const latter = before[before.length - 1]!;
    return [...before].reverse().find((c) => c.id !== latter.id);
  }
  // The acting company: the first of the nearest clause (between commas) that names any.
  const clauseOf = (c: CompanyMention) => view.text.slice(view.start, c.start).split(/[，,；;]/).length;
  const actingClause = clauseOf(before[before.length - 1]!);
  // ("大立光今日公告，董事会决议以…参与昱光科技之现金增资，取得其40%股权": the sentence's subject acts, when it opens it.)
  const subject = subjectBefore(view, at);
  const acting = subject && subject.start === before[0]!.start && clauseOf(subject) === 1 ? subject : before.find((c) => clauseOf(c) === actingClause)!;
  const antecedent = [...before].reverse().find((c) => c.id !== acting.id);
  return antecedent;
}

function zhUnitAfter(view: SentenceView, from: number): CompanyMention | undefined {
  const clause = view.text.slice(from, Math.min(view.end, from + 40)).split(/[，。；]/)[0]!;
  const noun = ZH_UNIT_NOUN.exec(clause);
  if (!noun) return undefined;
  const nounAt = from + noun.index;
  // Nothing but an owner, 旗下/所属, a place or 的 before the unit: a company bought whole names no unit.
  const owner = view.companies.find((c) => c.start >= from && c.end <= nounAt);
  let start = nounAt;
  while (start > from && !ZH_UNIT_STOP.test(view.text[start - 1]!) && !(owner && start <= owner.end)) start--;
  const end = nounAt + noun[0].length;
  if (nounAt - start < 2) return undefined;
  const text = view.text.slice(start, end);
  const ownerId = owner ? owner.id.replace(/^unknown:/, '') : '';
  return { start, end, text, name: text, id: `unknown:${ownerId ? `${ownerId}-` : ''}${text}` };
}

// ("收购EnBW旗下储能项目开发商GridStore GmbH": any kind of company from the kinds table, and a Latin name of a few words.)
const ZH_OWNED = new RegExp(String.raw`^(?:其|后者)?旗下(?:的)?[\u4e00-\u9fff]{0,10}?(?:${ZH_KIND}|子公司|业务)([\u4e00-\u9fff]{2,6}?|[A-Za-z][\w.-]{0,10}(?: [A-Za-z][\w.&-]*){0,2}[\u4e00-\u9fff]{0,4})(?=$|的?(?:全部|\d+(?:\.\d+)?%)?(?:股权|股份)?$)`);

/**
 * What an owner has that is bought: "收购Topgolf Callaway旗下户外品牌狼爪", "收购其旗下子公司X": the brand or
 * company after 旗下 is the target (a mention, or the name the clause delimits); the owner sells it.
 */
function zhOwnedAfter(view: SentenceView, from: number): CompanyMention | undefined {
  const clause = view.text.slice(from, Math.min(view.end, from + 60)).split(/[，。；]/)[0]!;
  const owner = view.companies.find((c) => c.start >= from && c.start - from <= 4);
  const rest = owner ? clause.slice(owner.end - from) : clause;
  const m = ZH_OWNED.exec(rest);
  if (!m) return undefined;
  const start = from + (owner ? owner.end - from : 0) + m[0].length - m[1]!.length;
  const named = view.companies.find((c) => c.start === start);
  if (named) return named;
  return { start, end: start + m[1]!.length, text: m[1]!, name: m[1]!, id: chineseUnknownId(m[1]!) };
}

/** A capitalised name right after a purchase's verb, up to the words that follow an object ("for", ",", "in", "."). */
// ("the remaining 60% of Telluric Analytics it did not own", "acquisition of X by Corvane Systems closed on Friday".)
// ("Carnes del Plata", "Banco de la Nación", "Laiterie Val d’Or": a particle between capitalised words is part of the name;
// "Hong Kong’s Kowloon Bay Capital": five words, an owner's possessive among them.)
const OBJECT_RUN = /^\s*((?:[A-Z][\w&’'-]*\.?|[A-Z]\.(?:[A-Z]\.)+)(?:\s+(?:(?:de|del|della|di|da|do|dos|das|van|von|der|den|la|le|los|las)\s+)?(?:(?:d[’']|l[’'])?[A-Z][\w&’'-]*\.?|[A-Z]\.(?:[A-Z]\.)+|&)){0,4})(?=\s*(?:,|;|\s+(?:for|in|at|from|on|after|which|that|—|said|last|this|earlier|from|by|to|it|was|were|has|had|is|will|closed|completed|as|with|raised|priced)\b|\.(?=\s|$)|$))/;

const ASSET_TRIGGERS = new Set(['en-acquire', 'en-stake', 'en-acquisition-of', 'en-sale-to']);

/** What a company bought is, before its name: "skincare label ", "German laser-optics maker ", "larger rival ". */
const DESCRIBED_OBJECT = /^\s*(?:(?:a|an|the)\s+)?(?:[\w’'-]+\s+){0,3}?(?:firm|company|startup|start-up|maker|developer|provider|operator|platform|label|brand|chain|retailer|lender|insurer|producer|miner|explorer|rival|specialist|manufacturer|supplier|distributor|forwarder|carrier|publisher|studio|housebuilder|brewer|shipyard|processor|contractor|seller|merchant|owner|group|marketplace|investor|partner|trucker|hauler|exporter|importer|roaster|installer|refiner|grocer|broker|wholesaler|jeweller|jeweler|cooperative|co-operative|conglomerate|bank|utility|microinsurer|reinsurer|microlender|insurtech|fintech|biotech|medtech|agritech|edtech|proptech)\s+(?=[A-Z])/;

const CORPORATE_LAST_WORD = /\b(?:Therapeutics|Therapies|Pharmaceuticals|Pharma|Biosciences|Biotherapeutics|Networks|Systems|Technologies|Software|Labs|Energy|Resources|Mining|Holdings|Group|Foods|Brands|Motors|Airlines|Solutions|Semiconductor|Robotics|Medical|Health|Logistics|Industries|Corp|Inc|Ltd|Capital|Partners|Investments|Equity)\.?$/;

/**
 * The company an English purchase names right after its verb when the company reader left it out ("take over
 * Hess for …", "its purchase of U.S. Steel"): capitalised words the grammar delimits, never a place, a month
 * or generic words, never part of a company the reader did take.
 */
function namedObject(view: SentenceView, from: number): CompanyMention | undefined {
  // ("agreed to buy skincare label Dewfall for $1.1 billion": what the company is may come first.)
  const described = DESCRIBED_OBJECT.exec(view.text.slice(from, Math.min(view.end, from + 60)))?.[0].length ?? 0;
  const m = OBJECT_RUN.exec(view.text.slice(from + described, Math.min(view.end, from + described + 60)));
  if (!m) return undefined;
  from += described;
  // A sentence's final period is no part of the name ("… of U.S. Steel.").
  const run = /^(?:.*\s)?[A-Z][a-z]+\.$/.test(m[1]!) ? m[1]!.slice(0, -1) : m[1]!;
  // ("a 74% stake in Lucknow’s Shanti Medicare", "Australia’s Newcrest Mining": the name after a place's or an owner's
  // possessive is the company.)
  const owner = /^.*?[’']s\s+(?=[A-Z])/.exec(run)?.[0].length ?? 0;
  const text = run.slice(owner);
  const start = from + m[0].length - m[1]!.length + owner;
  const words = text.split(/\s+/);
  // ("Intra-Cellular Therapies" looks like a hyphenated given name and a surname; its last word says it is a company.)
  const reason = notCompanyReason(words);
  // ("Kowloon Bay Capital": a place and a firm's word, its last word says it is a firm.)
  const placeFirm = (reason === 'place' || reason === 'generic words') && words.length > 1 && PLACE_WORDS.has(words[0]!.toLowerCase());
  if (LEADING_STOP_WORDS.has(words[0]!.toLowerCase().replace(/\.$/, '')) || (reason !== undefined && !((reason === 'person' || placeFirm) && CORPORATE_LAST_WORD.test(text)))) return undefined;
  if (view.companies.some((c) => c.start < start + text.length && start < c.end)) return undefined;
  return { start, end: start + text.length, text, name: text, id: unknownId(text) };
}

/** A capitalised owner the company data does not hold, right before its unit ("GE’s biopharma business"); never a place. */
function namedOwner(view: SentenceView, from: number): CompanyMention | undefined {
  const m = /^\s*(?:the\s+)?([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})(?=’s|'s)/.exec(view.text.slice(from, Math.min(view.end, from + 60)));
  if (!m || m[1]!.split(/\s+/).some((w) => PLACE_WORDS.has(w.toLowerCase()))) return undefined;
  const start = from + m[0].length - m[1]!.length;
  const slug = m[1]!.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-');
  return { start, end: start + m[1]!.length, text: m[1]!, name: m[1]!, id: `unknown:${slug}` };
}

function unitMention(view: SentenceView, owner: CompanyMention, start: number, end: number): CompanyMention {
  const text = view.text.slice(start, end);
  const slug = text.toLowerCase().normalize('NFKC').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');
  // Named as the text names it ("x86 server business"); its owner is in the id, as the same unit of another company is another unit.
  return { start, end, text, name: text, id: `unknown:${owner.id.replace(/^unknown:/, '')}-${slug}`.slice(0, 120) };
}

const VALUE_OF_PURCHASE = /(?:\b(?:valuing|that values|which values) (?:it|them|the (?:[\w-]+\s+){0,3}?[\w-]+) at|\b(?:equity|enterprise|deal|transaction) value of)\s+(?:about |roughly |approximately |nearly |some |around )?$/i;

/** The value a purchase puts on the company bought ("valuing the biotech at $1.3 billion"), for a price not given otherwise. */
function priceAsValue(view: SentenceView, at: number): IndexedMoney | undefined {
  return view.money.find((m) => m.mention.start > at && m.mention.start - at <= 200 && VALUE_OF_PURCHASE.test(view.text.slice(Math.max(at, m.mention.start - 50), m.mention.start)));
}

/** Whether an amount may be a deal's own: not a price per share, a valuation, a market value or revenue. */
function isDealAmount(view: SentenceView, m: IndexedMoney, type: DealTrigger['type']): boolean {
  const before = view.text.slice(Math.max(view.start, m.mention.start - 40), m.mention.start);
  const after = view.text.slice(m.mention.end, m.mention.end + 16);
  if (PER_UNIT_AFTER.test(after) || PER_UNIT_BEFORE.test(before)) return false;
  // "吸引了逾1.8万亿港元的孖展认购", "$20 billion of orders": what investors asked for, not what was raised.
  if (/^\s*(?:的)?(?:孖展|超额认购|认购(?:额|金额|订单)|(?:公开)?(?:认购)?订单)|^\s*(?:of|in) (?:orders|demand|bids)\b/.test(after)) return false;
  // "基石投资者包括高瓴、淡马锡…，合计认购2亿美元": what cornerstone investors take of a listing is not what it raises.
  if (type === 'ipo' && /(?:基石投资者?|基石)[^。；]{0,40}?(?:合计|共同|共|将)?认购(?:了)?(?:约|总额|金额)?(?:为|约|达)?$/.test(before)) return false;
  // "Wiz was valued at $12bn when it raised $1bn": what a company is worth (a deal "valued at" is its price).
  if (/\b(?:is|was|are|were|be|been|being|now|currently|already)\s+valued\s+at\s+(?:about |roughly |nearly |more than |some |around |approximately )?$/i.test(before)) return false;
  // "a deal that gives the combined group a pro forma equity value of about $24 billion": what the merged company is worth.
  if (type === 'merger' && /\b(?:pro forma|(?:equity|enterprise|market|combined) value)\b[^.;]{0,25}$/i.test(before)) return false;
  // "in a deal that creates a $5 billion company", "forming a $12bn group": what the merged company will be worth.
  if (/\b(?:creat(?:e|es|ed|ing)|form(?:s|ed|ing)?|forg(?:e|es|ed|ing))\s+(?:an?\s+)?(?:combined\s+)?$/i.test(before) && /^\s*(?:[\w-]+\s+)?(?:company|group|giant|business|entity|firm|bank|lender|miner|producer|operator|player|powerhouse|conglomerate)\b/i.test(view.text.slice(m.mention.end, m.mention.end + 30))) return false;
  // "an aerospace group with about $74bn in combined annual sales", "with about €3.2 billion in annual premiums": what a
  // company sells or holds, not a price.
  if (/^\s*(?:in|of)\s+(?:(?:combined|annual|yearly|total|global|gross|written)\s+)*(?:sales|revenues?|turnover|assets|deposits|loans|premiums|profits?|earnings|EBITDA|market value|market capitali[sz]ation)\b/i.test(view.text.slice(m.mention.end, m.mention.end + 40))) return false;
  // ("secured a $500 million loan from HSBC to fund its purchase of Marlow Foods", "priced a $1 billion bond offering to help
  // pay for its acquisition of …": money borrowed for a purchase is no price of it.)
  if ((type === 'acquisition' || type === 'stake-sale' || type === 'merger') && /^\s*(?:[\w-]+\s+){0,2}?(?:loans?|bonds?|notes|bridge loan|term loan|credit (?:facility|line)|debt (?:facility|financing|offering)|financing package|bond (?:offering|sale|issue))\b/i.test(view.text.slice(m.mention.end, m.mention.end + 40))) return false;
  // "creating a $2.8 billion-asset institution": a size of the company, joined to its noun.
  if (/^-(?:asset|deposit|revenue|sales|employee|store|branch|bed|member)\b/i.test(view.text.slice(m.mention.end, m.mention.end + 12))) return false;
  // "Bow River Advisors, which oversees about C$6 billion for clients": what a firm manages is no price.
  if (/\b(?:oversees|oversaw|manages|managed|administers|runs)\s+(?:about |around |roughly |nearly |more than |some |over )?$/i.test(before) || /^\s*(?:in\s+)?(?:(?:client\s+)?assets\s+)?(?:under management|for (?:its )?clients|of client (?:money|assets))\b/i.test(view.text.slice(m.mention.end, m.mention.end + 40))) return false;
  // "a deal valued at $X", "in a deal that values the rival railroad at about $X": the price of the purchase.
  const dealValued = () => /(?:deal|transaction|offer)(?:,?\s+(?:that|which))? valu(?:ed|ing|es)\b[^.;$€£¥]{0,50}$/i.test(view.text.slice(Math.max(view.start, m.mention.start - 90), m.mention.start));
  return !NOT_DEAL_MONEY_BEFORE.test(before) || (type === 'acquisition' && dealValued());
}

const RAISED_JUST_BEFORE = /\b(?:raised|raises|raising|secured|closed|received|landed|picked up|bagged)\s+(?:about |around |more than |nearly |over |some )?$/i;

/** The deal's own amount: after the trigger first, then before it; never a price per share or a valuation. */
function amountFor(view: SentenceView, money: readonly IndexedMoney[], at: number, type: DealTrigger['type']): IndexedMoney | undefined {
  const eligible = money.filter((m) => isDealAmount(view, m, type));
  // "…认购其新发行股份；苏宁云商则以140亿元认购…": an amount past a semicolon is the next clause's.
  // ("…定价为每股20美元；本次发行共募资约21.2亿美元": unless the next clause names this deal, 本次 / 本轮.)
  // ("继去年完成对Kraftwerk的收购后，…，以约3.2亿元全资收购能派科技": nor, for a purchase, the price of a later clause
  // that has its own verb of purchase.)
  const laterPurchase = (m: IndexedMoney): boolean => {
    if (type !== 'acquisition' && type !== 'stake-sale' && type !== 'merger') return false;
    const back = Math.max(view.start, m.mention.start - 80);
    const comma = view.text.slice(back, m.mention.start).lastIndexOf('，');
    const clauseFrom = comma < 0 ? view.start : back + comma;
    if (clauseFrom <= at) return false;
    const rest = view.text.slice(clauseFrom, Math.min(view.end, m.mention.end + 24));
    return /收购|并购|受让|买下|入股|购买/.test(rest.split(/[，。；]/).slice(0, 2).join(''));
  };
  const after = eligible.find((m) => m.mention.start >= at && (!/[；;]/.test(view.text.slice(at, m.mention.start)) || /；(?:本次|此次|是次|本轮|此轮)[^，。；]{0,16}$/.test(view.text.slice(at, m.mention.start))) && !laterPurchase(m));
  // (Not an amount another verb took: "has raised $45 million in a Series B round and bought Lumio Labs".)
  // (Nor one before a Chinese semicolon: "…转让总价款约42.15亿元；同时，腾讯还将对永辉云创进行增资".)
  const before = [...eligible].reverse().find((m) => m.mention.end <= at && at - m.mention.end <= 80 && !view.text.slice(m.mention.end, at).includes('；') && (type === 'funding' || type === 'ipo' || type === 'debt' || !RAISED_JUST_BEFORE.test(view.text.slice(Math.max(view.start, m.mention.start - 30), m.mention.start))));
  // "a $4 billion revolving credit facility", "a $6M seed round in": the amount right before a noun trigger.
  // ("… Dewfall for $1.1 billion and said it would sell …": not an amount of the clause before.)
  if (before && at - before.mention.end <= 30 && /^[\s\w-]*$/.test(view.text.slice(before.mention.end, at)) && !/\b(?:and|but|while|said|says)\b/.test(view.text.slice(before.mention.end, at))) return before;
  return after && after.mention.start - at <= 160 ? after : (before ?? after);
}

// --- Backers named around the deal ------------------------------------------------------------

/** Between two companies of one list, optionally with a short description: ", and the megabanks ". */
const LIST_JOIN = /^\s*(?:,|、|，)?\s*(?:and|&|as well as|plus|和|与|及|以及)?\s*/i;
/** Before a list of backers: "Existing backers", "alongside US venture firms", "joined by new investors" (not "Partners include"). */
// ("本轮新股东包括国投招商、中金资本": a first name the company reader left out still opens the list; so does the
// owner of the first backer, "新增股东包括中国移动旗下中移资本".)
const BACKERS_BEFORE =
  /(?:\b(?:(?:round|financing|funding|raise|offering)\s+(?:that|which)\s+(?:drew|attracted|included|featured)|backers?|investors?|shareholders?|participants|alongside|along with|together with|as did|including|(?<!\b(?:[Cc]ustomers|[Cc]lients|[Pp]artners|[Rr]ivals|[Cc]ompetitors|[Uu]sers|[Bb]rands|[Ss]uppliers|[Pp]eers|[Aa]dvis[eo]rs|[Mm]embers|[Pp]roducts|[Mm]arkets)\s+(?:also\s+)?)includes?|joined by|participation (?:from|of|by)|such as|led by|co-led by|headed by|anchored by|from)|(?:投资|认购)方(?:包括|为|有)?|(?:认购|发行)对象(?:包括|为|是)?|(?:领投|联合领投|跟投|参投|出资)方(?:还|也|则)?(?:包括|为|是|有)?|投资人(?:包括|为)?|(?:基石|战略)?投资者(?:方面[，,]|包括|为|有)?|(?:老股东|现有股东|原股东|新股东|新增股东|新进股东|新投资方|新晋股东)(?:还|也)?(?:包括|为|有)?|股东(?:名单|名册)中?新增(?:了)?|引入|吸引|由)\s*(?:[\w’'-]+\s+){0,5}?(?:[\w’'-]+[:：]\s*)?[:：]?(?:[\u4e00-\u9fff]{2,12}[、和及]){0,2}(?:[\u4e00-\u9fffA-Za-z]{2,12}旗下的?)?(?:[\u4e00-\u9fff]{0,6}?(?:主权基金|投资机构|基金公司|资管公司|保险公司))?\s*$/i;
/**
 * Right before a list of backers, with nothing between: "The round also drew", "The Series B drew", "Also
 * participating were", "Also joining the round were", "Joining Sequoia Capital in the round were" ("The startup also drew criticism from …" names no backer).
 */
const BACKERS_RIGHT_BEFORE = /\b(?:(?:(?:round|financing|funding|raise|offering|Series [A-Z]\w*)(?:,[^,;]{1,80},)?\s+(?:(?:that|which|also)\s+)*|also\s+)(?:drew|attracted|brought in|pulled in)|(?:[Aa]lso\s+)?(?:[Pp]articipating|[Ii]nvesting|[Jj]oining|[Bb]acking)(?:\s+[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*){0,3}(?=\s+in\s))?(?:\s+(?:in\s+)?(?:the|this)\s+(?:round|financing|raise|investment))?\s+(?:were|was|are))\s+$/i;
/** (A cheap look at the last word first: the cue ends on one of these.) */
function backersRightBefore(view: SentenceView, at: number): boolean {
  const before = view.text.slice(Math.max(view.start, at - 130), at);
  return /(?:drew|attracted|in|were|was|are)\s+$/.test(before) && BACKERS_RIGHT_BEFORE.test(before);
}
/** Right after a list's last company, the list may go on: a comma, "and", "&". */
const LIST_GOES_ON = /^(?:\s*,|,?\s+and\s|\s*&)/;
/** After a list of backers: "were among the backers", "also took part", "跟投", "等出任基石投资者". */
// (", Elad Gil and Jeff Bezos also invested": a person may close the list before its verb.)
// (", all earlier investors, returned for the round", ", which led its seed, came back": an aside on who they are may stand before the verb.)
const BACKERS_AFTER =
  /^\s*,?\s*(?:(?:(?:all|both|each)\s+(?:[\w-]+\s+){0,2}(?:investors|backers|shareholders)|(?:which|who)\s+[^,;.]{1,40}?)\s*,\s*)?(?:and\s+(?:[A-Z][a-z’'-]+\s+){1,2}[A-Z][a-z’'-]+\s+(?=(?:also\s+|all\s+|too\s+)*(?:invested|participated|joined|took part|backed|chipped in))|and\s+(?:an?|the|other|several|two|three|four|some)\s+(?:[a-z][\w-]*\s+){0,4}(?:[a-z][\w-]*,\s*(?:including|such as|like)\s+[^,;.]{1,40},\s*)?|and\s+(?:(?:an?|the)\s+)?(?:angel|individual|private)?\s*(?:investors?|backers?)\s+(?:[A-Z][\w’'-]+\s+){1,3})?(?:(?:have|has|had|also|all|both|each|were|are|was|is|too|as well|jointly)\s+)*(?:among (?:the )?(?:[\w-]+\s+){0,2}(?:backers|investors|participants|shareholders)|(?:signed up|came in|joined|were named|was named|acted) as (?:an? )?(?:cornerstone|anchor|strategic) investors?|doubled down|re-upped|followed on|following on|followed(?=\s*(?:[.;]|$))|followed suit|returned for the (?:round|financing|raise)|(?:the|its|as the|as)\s+(?:lead|anchor)\s+(?:investor|backer)\b|came back|returning(?=\s*(?:[.;]|$))|(?:co-)?leading(?=\s+(?:the|this)\s+(?:round|financing|raise|investment)\b)|(?:headed|spearheaded|anchored)(?=\s+(?:the|this)\s+(?:round|financing|raise|investment)\b)|(?:agreed to |have agreed to |committed to |signed up to )?(?:buy|bought|purchase|purchased|took up|subscribed for|subscribe for)(?=\s+(?:up to |about |roughly |nearly |some )?(?:[$€£¥]|HK\$|US\$|S\$|A\$|C\$|₹|Rs\.? ?)?[\d.,]+\s*(?:billion|million|crore|bn|mn|m)?\s+(?:worth\s+)?of\s+(?:the\s+)?(?:shares|stock|offering|IPO|listing)\b)|took part|participated|participating|taking part|invested|joined|joining|put (?:in )?(?:money|capital|cash)?\s*(?:in|into)?|chipped in|chipping in|backed|backing|co-invested|came in|lending|lent|investing|led|co-led|(?:继续)?追加投资|继续加码|追投|跟投|参投|(?:共同|联合|一同)?参与|出资|共同投资|联合投资|领投|联合领投|等?(?:[一二三四五六七八九十两几数\d]+(?:名|家|位))?(?:出任|作为|担任)?(?:基石投资者|战略投资者|投资方)|等(?:机构|投资方)?(?:共同|联合)?(?:跟投|参投|参与|出资)|(?:等)?(?:均|都|也|亦)?(?:出现在|位列|名列|在)(?:本轮|此轮)?(?:的)?(?:投资方|投资人|股东|投资者)名单)/i;
const BRACKETED_ROLE = /^\s*[(（]\s*(?:lead|co-lead|lead investor|领投|联合领投|跟投)\s*[)）]/i;
/** "Backers include Octopus Ventures, which led the round, as well as Seedcamp", "…, which led it, plus Eclipse": an aside saying who led, inside the list. */
const LEAD_ASIDE = /^\s*,\s+(?:which|who)\s+(?:also\s+)?(?:co-)?led\s+(?:it|(?:the|this|its)\s+(?:[\w-]+\s+){0,2}?(?:round|financing|investment|raise))(?=\s*,)/i;
const PERSON_OPENS_LIST = /(?:[A-Z][a-z’'-]+\s+){1,2}[A-Z][a-z’'-]+,\s*$/;
const LEAD_BEFORE = /(?:\b(?:led by|co-led by|headed by|anchored by)|由|(?:联合)?领投方(?:包括|为|是)?)\s*(?:[\w’'-]+\s+){0,3}$/i;
// (", which led its seed, came back": who led an earlier round does not lead this one.)
// ("Index Ventures headed the round", "Index Ventures was the lead investor", "from Index Ventures as lead investor",
// "Quona Capital and Novastar Ventures joined as co-leads".)
const LEAD_AFTER = /^\s*,?\s*(?:(?:which|who)\s+)?(?:(?:have|has|had|also|jointly)\s+)*(?:led|co-led|headed|spearheaded|(?:joined|came in|signed on)\s+as\s+(?:the\s+)?(?:co-)?leads?\b|(?:co-)?leading(?=\s+(?:the|this)\s+(?:round|financing|raise|investment)\b)|领投|联合领投)(?!\s+(?:its|their|an earlier|the previous|the last|the first)\b)|^\s*(?:,\s*(?:the|its|as the)\s+|,?\s*as\s+(?:the\s+)?|\s+(?:was|were|is|are|acted as|served as)\s+(?:the|its|a)\s+)(?:co-)?(?:lead|anchor)(?:\s+(?:investor|backer)s?)?\b/i;

/** A sentence that may list backers of a deal reported just before it. */
export const BACKER_WORD = /\b(?:(?:round|financing|funding|Series [A-Z]\w*)\b[^.;]{0,90}?\b(?:drew|attracted)\s+(?!(?:criticism|scrutiny|interest|attention|concern|questions|complaints|praise|fire|ire|comparisons|bids|demand|orders|subscriptions|applications)\b)|came back|backers?|investors?|shareholders|took part|participat\w*|participants?|anchored|returning|put (?:in|money|capital)|chipped in|among|alongside|co-invest\w*|consortium|doubled down|re-upped|group (?:also )?(?:includes|included|comprises))\b|跟投|参投|参与|出资|投资方|投资人|加注|加码|财团/i;

/** "announced a $220 million seed round", "raised €14m in a Series A": a round told with its size. */
const OWN_ROUND = /\b(?:announced|raised|raises|closed|secured|unveiled)\s+(?:an?\s+)?(?:new\s+)?(?:[A-Z]{0,3}[$€£¥₹][\d.,]+\s*(?:billion|million|bn|mn|m)?)\s+(?:[\w-]+\s+){0,2}?(?:round|funding|financing)\b/;
/** "Amazon’s Industrial Innovation Fund", "Google’s Gradient Ventures": an owner's investing arm the company reader left out. */
const UNREAD_ARM = /^(?:’s|'s)\s+((?:[A-Z][\w&.-]*\s+){0,3}(?:Fund|Ventures|Capital))\b/;

/** The investing arm named right after its owner, when the reader took only the owner. */
function unreadArmOf(view: SentenceView, owner: CompanyMention): CompanyMention | undefined {
  const m = UNREAD_ARM.exec(view.text.slice(owner.end, Math.min(view.end, owner.end + 60)));
  if (!m) return undefined;
  const start = owner.end + m[0].length - m[1]!.length;
  if (view.companies.some((x) => x.start < start + m[1]!.length && start < x.end)) return undefined;
  return { start, end: start + m[1]!.length, text: m[1]!, name: m[1]!, id: unknownId(m[1]!) };
}

/** "drew criticism from Meta and Google": what comes from them is no money. */
const NOT_MONEY_FROM = /\b(?:criticism|scrutiny|complaints?|pushback|opposition|objections?|questions|warnings?|lawsuits?|competition|pressure|approval|clearance)\s+from\b[^.;]{0,60}$/i;
/** After the unread end of a list of backers: the sentence ends, or an attribution follows. */
const TAIL_CLOSES = /^\s*(?:[.;]|$|,\s+(?:the|it|which|who|according|people)\b)/;
const CONTINUES = /^(?:等[^，。；,;]{0,8})?\s*[，,]?\s*(?:以及|及|和|as well as|and|plus)\s*$/i;
const PERSON_AFTER = /^\s*(?:’s|'s)?\s*(?:co-founder|founder|chief|former|CEO|chairman|chairwoman|president|executive|head|partner)\b/i;

/** The companies of the sentence grouped into lists ("A, B and C"), each list in text order. */
function companyLists(view: SentenceView): CompanyMention[][] {
  const lists: { items: CompanyMention[]; closed: boolean }[] = [];
  for (const c of view.companies) {
    const last = lists[lists.length - 1];
    const previous = last?.items[last.items.length - 1];
    // "EDBI, Wavemaker Partners and Sequoia-backed Peak XV Partners": a company named as a modifier gives its place in
    // the list to the company it modifies.
    // ("Salesforce Ventures, Microsoft’s Climate Innovation Fund and …": so does the owner of a fund named with it.)
    if (last && previous && /^(?:-(?:backed|owned|controlled|funded|led)\s+(?:[a-z][\w-]*\s+){0,3}|[’']s\s+)$/.test(view.text.slice(previous.end, c.start))) {
      last.items[last.items.length - 1] = c;
      continue;
    }
    if (last && previous) {
      // "Foundry Group (lead), Basis Set Ventures": a bracketed role is no break in the list.
      const gap = view.text.slice(previous.end, c.start).replace(BRACKETED_ROLE, '').replace(LEAD_ASIDE, '');
      const joiner = LIST_JOIN.exec(gap)![0];
      // "…, Prince Alwaleed Bin Talal and …": a name the reader did not take as a company stays in the list.
      const rest = gap.slice(joiner.length).replace(/(?:,|\s+and|\s*&|、|，|和)?\s*$/, '');
      // "led by PSP Investments and included Cisco": a verb between two names ends the list.
      // ("led by Index Ventures and bought Tracebit": so does any verb of the subject's next act.)
      const verb = /\b(?:included|includes|joined|joins|led|co-led|backed|was|were|is|are|has|have|had|also|said|bought|buys|acquired|acquires|purchased|sold|sells|raised|raises|agreed|will|would|signed|announced|launched|took|takes)\b|领投|跟投|参投|出资|牵头|参与|方(?:为|是|包括)|包括/i.test(rest);
      // "大众汽车集团旗下CARIAD、百度及阿里巴巴": a Latin name in Chinese text the reader did not take stays in the list.
      // "美团龙珠、联想创投": so does the rest of a Chinese name the reader read only in part ("美团" of 美团龙珠).
      const latinItem = (/^(?:旗下)?\s*[A-Za-z][\w&.\- ]{1,30}?\s*$/.test(rest) && HAN.test(gap)) || (/^[\u4e00-\u9fff]{1,4}$/.test(rest) && !/[等均也都则亦将已在是为的和与及或]|旗下|所属/.test(rest));
      // "Fidelity Management & Research, Baillie Gifford": the rest of an English name the reader read only in part.
      const nameTail = joiner.trim() === '' && NAME_TAIL_GAP.test(gap);
      // "Main Sequence Ventures, which led the round, Tenacious Ventures, Artesian and the Rabobank … Fund": names the reader
      // left out inside a list are items of it (en-list-tail.ts).
      // ("…, MCJ| Collective, Overture and Clean Energy Ventures": past the rest of a name the reader cut short.)
      const cutTail = joiner.trim() === '' ? (/^\s+[A-Z][\w&’'.-]*(?:\s+[A-Z][\w&’'.-]*){0,2}(?=\s*,)/.exec(gap)?.[0].length ?? 0) : 0;
      if (!HAN.test(gap) && (joiner.trim() === ',' || /^(?:\s*,)?\s+(?:plus|as well as)\s/.test(gap) || cutTail > 0)) {
        const aside = view.text.slice(previous.end, c.start).length - gap.length + cutTail;
        const middle = unreadListMiddle(view.text, previous.end + aside, c.start);
        if (middle.length > 0) {
          // (A person among them is left to the readers of people: "Nvidia, Jeff Bezos, Intel Capital".)
          const orgs = middle.filter((n) => notCompanyReason(n.name.split(/\s+/)) !== 'person');
          last.items.push(...orgs.map((n) => ({ start: n.start, end: n.end, text: n.name, name: n.name, id: unknownId(n.name) })), c);
          last.closed = true;
          continue;
        }
      }
      if ((joiner.trim() !== '' || nameTail || (latinItem && /(?:、|，|和|及|与)\s*$/.test(gap))) && !verb && (rest.trim() === '' || latinItem || nameTail || (isDescriptorGap(rest, 5) && rest.length <= 40))) {
        last.items.push(c);
        last.closed ||= /and|&|、|和|与|及|plus|as well/.test(gap);
        continue;
      }
    }
    lists.push({ items: [c], closed: false });
  }
  // "Kowloon Tech Fund, Peak Road Partners and an unnamed family office": a list may end on a name that is no company.
  for (const l of lists) {
    const last = l.items[l.items.length - 1]!;
    if (l.items.length > 1 && /^\s*,?\s*(?:and|&|as well as|以及|和|及)\s*(?:an?|the|other|several|two|three|some|一家|多家|其他)\b/i.test(view.text.slice(last.end, last.end + 24))) l.closed = true;
    // "Felicis, Sutter Hill Ventures, Amazon and Carnegie Mellon University were among …": so do names the reader left out.
    if (l.items.length > 1 && !l.closed && LIST_GOES_ON.test(view.text.slice(last.end, last.end + 6)) && !HAN.test(last.text)) {
      const tail = unreadListTail(view.text, last.end, view.end, view.companies);
      if (tail.names.length > 0 && /\s(?:and|&)\s/.test(view.text.slice(last.end, tail.end))) l.closed = true;
    }
    // "Nvidia, Accel and Jeff Bezos also invested": a person closes the list.
    if (l.items.length > 1 && /^\s*,?\s*(?:and|&)\s+(?:[A-Z][a-z’'-]+\s+){1,2}[A-Z][a-z’'-]+\s+(?:also\s+|all\s+)*(?:invested|participated|joined|took part|backed|chipped in)\b/.test(view.text.slice(last.end, last.end + 60))) l.closed = true;
  }
  // "After Microsoft backed OpenAI, Google invested …": two names split by a bare comma are two clauses.
  return lists.flatMap((l) => (l.closed || l.items.length >= 3 ? [l.items] : l.items.map((c) => [c])));
}

/**
 * Adds the backers a sentence lists for `deal` — in the deal's own sentence or one right after it in
 * the same paragraph: a list of companies with a backer cue before it ("Existing backers A, B and C")
 * or after it ("A, B and C were among the backers", "B、C跟投"). Returns whether it added any.
 */
export function addListedBackers(view: SentenceView, deal: DealDraft, within?: { from: number; to: number; targets: ReadonlySet<string> }): boolean {
  if (deal.type !== 'funding' && deal.type !== 'ipo' && deal.type !== 'debt') return false;
  // "…, alongside a $100 million debt facility from HSBC. Balderton Capital led the equity round, …": backers of a
  // round are no lenders of the facility reported with it.
  if (deal.type === 'debt' && EQUITY_NAMED.test(view.text.slice(view.start, view.end)) && !DEBT_NAMED.test(view.text.slice(view.start, view.end))) return false;
  // "… DeepL raised $300 million … And Paris-based AI startup H … announced a $220 million seed round whose backers include
  // Accel, …": a later sentence that tells a round of its own lists that round's backers, not this deal's.
  if (view.index > deal.sentenceIndex && OWN_ROUND.test(view.text.slice(view.start, view.end))) return false;
  let added = false;
  let previousBackers: CompanyMention | undefined;
  for (const list of companyLists(view)) {
    if (within && (list[0]!.start < within.from || list[0]!.start >= within.to)) continue;
    const first = list[0]!;
    const last = list[list.length - 1]!;
    const before = view.text.slice(Math.max(view.start, first.start - 50), first.start);
    // "…, Sutter Hill Ventures, Amazon and Carnegie Mellon University were among the other investors": names the
    // company reader left out may end the list (en-list-tail.ts); the list's cue then follows them.
    // ("Backers include Blackbird Ventures, which led the round, Main Sequence and …": past an aside on who led.)
    const tailFrom = last.end + (LEAD_ASIDE.exec(view.text.slice(last.end, last.end + 60))?.[0].length ?? 0);
    const tail = !LIST_GOES_ON.test(view.text.slice(tailFrom, tailFrom + 6)) || HAN.test(view.text.slice(first.start, last.end)) ? undefined : unreadListTail(view.text, tailFrom, view.end, view.companies);
    const tailAfter = tail && tail.names.length > 0 ? view.text.slice(tail.end, Math.min(view.end, tail.end + 90)) : undefined;
    const tailCue = tailAfter !== undefined && BACKERS_AFTER.test(tailAfter);
    const tailNames = tailAfter !== undefined && (tailCue || (TAIL_CLOSES.test(tailAfter) && (BACKERS_BEFORE.test(before) || backersRightBefore(view, first.start)))) ? tail!.names : [];
    // ("… and Sumitomo Mitsui Trust Investment also investing": past the end of a name the reader cut short.)
    const cut = /^\s+(?:Investments?|Capital|Ventures|Partners|Holdings|Fund|Management)\b/.exec(view.text.slice(last.end, last.end + 14))?.[0].length ?? 0;
    const after = tailCue ? tailAfter! : view.text.slice(last.end + cut, Math.min(view.end, last.end + cut + 90));
    const cueAfter = BACKERS_AFTER.exec(after);
    // "Microsoft backed OpenAI": a backer of another company is not a backer of this deal.
    const transitive = cueAfter !== null && /(?:backed|backing|led|co-led)$/.test(cueAfter[0]);
    // ("Foundry Group led, and Basis Set … chipped in": a comma after the verb ends its object.)
    const cueEnd = last.end + cut + (cueAfter?.[0].length ?? 0);
    const backedElse = transitive && view.companies.some((c) => c.start >= cueEnd && c.start <= cueEnd + 30 && c.id !== deal.target.id && !/[,;，；]/.test(view.text.slice(cueEnd, c.start)));
    // "…、小米等科技企业，以及北京市…基金和深创投等": a list that goes on after "以及"/"as well as".
    const continues = previousBackers !== undefined && CONTINUES.test(view.text.slice(previousBackers.end, first.start));
    // "joined by Bill Gates, Google, …": a person the company reader leaves out may open the list.
    // ("which bought the Swedish carmaker from Ford": who sold something is no backer.)
    const soldFrom = /\b(?:bought|buys|buy|acquired|acquires|purchased|purchases)\b[^.;]{0,60}\bfrom\s*$/i.test(view.text.slice(Math.max(view.start, first.start - 80), first.start))
      || NOT_MONEY_FROM.test(before) || SELLERS_BEFORE.test(before);
    // ("a round led by Index Ventures and bought Tracebit": a company bought is no backer.)
    const cueBefore = !soldFrom && !BOUGHT_BEFORE.test(before) && (BACKERS_BEFORE.test(before) || BACKERS_BEFORE.test(before.replace(PERSON_OPENS_LIST, '')) || backersRightBefore(view, first.start));
    if (!continues && !cueBefore && (!cueAfter || backedElse) && !cornerstoneSubject(view, first, last)) continue;
    // ("Existing shareholder Warburg Pincus sold part of its stake in the offering": who sells is no backer.)
    if (/^\s+(?:also\s+)?(?:sold|sells|selling|offloaded)\b/i.test(view.text.slice(last.end, last.end + 30))) continue;
    // "The chipmaker, whose backers include Fidelity and Intel Capital, will trade on Nasdaq": who owns a company
    // listing is no party of its listing (cornerstone and anchor investors are named as such).
    if (deal.type === 'ipo' && HOLDERS_BEFORE.test(before)) continue;
    // ("由中国华能、国家电投旗下基金和深创投共同投资": backers who invest together lead nothing.)
    const together = HAN.test(last.text) && CO_INVEST_AFTER.test(after);
    const lead = (LEAD_BEFORE.test(before) && !together && !CO_INVEST_END.test(last.text)) || LEAD_AFTER.test(after);
    for (const listed of list) {
      // "深创投共同投资": a name the reader ran into the words after it; "国家电投旗下基金": the owner of an unnamed arm.
      // ("沙特公共投资基金旗下的Jada": the arm named after its owner backs the round, not the owner.)
      const c = HAN.test(listed.text) ? (zhArmOf(view, listed) ?? zhTrimBacker(listed)) : (unreadArmOf(view, listed) ?? listed);
      if (HAN.test(c.text) && UNNAMED_ARM_AFTER.test(view.text.slice(listed.end, listed.end + 10))) continue;
      const leadMark = /^\s*[(（]\s*(?:lead|co-lead|lead investor|领投|联合领投)\s*[)）]/i.test(view.text.slice(c.end, c.end + 20)) || LEAD_ASIDE.test(view.text.slice(c.end, c.end + 60));
      if (c.id === deal.target.id || EXCHANGE.test(c.text) || within?.targets.has(c.id) || ownerOfArm(view, c)) continue;
      // ("… led by Indico Capital, and Dutch logistics group Van Ommeren Transport bought …": a name that opens a clause of its
      // own deal is no backer of this one.)
      // (Shares of the offering bought are this deal's: "Apple, Nvidia and Alphabet agreed to buy up to $735 million of shares in the offering".)
      if (OWN_DEAL_VERB_AFTER.test(view.text.slice(c.end, c.end + 30)) && !SHARES_OF_DEAL.test(view.text.slice(c.end, c.end + 80))) continue;
      // "LinkedIn co-founder Reid Hoffman": the person invests, not the company.
      if (PERSON_AFTER.test(view.text.slice(c.end, c.end + 24))) continue;
      // "华兴资本担任财务顾问", "Goldman Sachs acted as financial adviser": an adviser invests nothing.
      if (ADVISER_AFTER.test(view.text.slice(c.end, c.end + 30))) continue;
      addInvestor(deal, c, lead || leadMark ? 'lead' : undefined);
      added = true;
    }
    // "本轮投资方为国投招商和中金资本": an institution the reader left out may head the list.
    if (cueBefore && HAN.test(first.text)) for (const c of zhUnreadBackers(before, first.start - before.length)) if (c.id !== deal.target.id) addInvestor(deal, c, lead ? 'lead' : undefined);
    // "Microsoft, the OpenAI Startup Fund, Nvidia, Jeff Bezos, Intel Capital": people in the list back it too.
    for (const name of peopleIn(view, first.end, last.start)) mergeInvestor(deal, { name });
    // "…, Databricks Ventures and Jeff Bezos also took part", "with Elad Gil, Accel and Saab joining": a person at either end.
    for (const name of peopleAtEnds(view, first, last)) mergeInvestor(deal, { name });
    // (A name the people readers took already is theirs.)
    // (An aside on who led, before the tail, is that backer's: the names after it lead nothing.)
    const tailLeads = lead && tailFrom === last.end;
    for (const name of tailNames) if (!deal.investors.some((i) => i.name === name)) mergeInvestor(deal, { id: unknownId(name), name, ...(tailLeads ? { role: 'lead' as const } : {}) });
    // ("…, and Acumen, Kepple Africa Ventures and the Shell Foundation also put money in": names the reader left out may open
    // a list whose cue follows it; en-list-tail.ts.)
    if (cueAfter && !backedElse && !cueBefore && !HAN.test(first.text)) {
      for (const h of unreadListHead(view.text, Math.max(view.start, previousBackers?.end ?? view.start), first.start)) if (h.name !== deal.target.name) mergeInvestor(deal, { id: unknownId(h.name), name: h.name, ...(lead ? { role: 'lead' as const } : {}) });
    }
    previousBackers = last;
  }
  // "joined by angels Priya Raman and Sam Okafor": people named as angels or individual backers.
  for (const m of matchesOf(ANGELS, view.text.slice(view.start, view.end))) {
    for (const name of [m[1], m[2], m[3]]) {
      if (!name || overlapsCompany(view, view.start + m.index, view.start + m.index + m[0].length, name)) continue;
      mergeInvestor(deal, { name: name.trim() });
      added = true;
    }
  }
  // "in a round led by investor Daniel Gross": a person leads a round (a round's, or an investor by that word —
  // "Acme, led by Jane Doe," names who runs the company).
  if (deal.type === 'funding') {
    for (const m of matchesOf(PERSON_LEADS, view.text.slice(view.start, view.end))) {
      const at = view.start + m.index;
      const name = m[1]!;
      if (NOT_PERSON.test(name) || overlapsCompany(view, at, at + m[0].length, name) || view.companies.some((c) => c.start >= at && c.end <= at + m[0].length)) continue;
      mergeInvestor(deal, { name, role: 'lead' });
      added = true;
    }
  }
  // "Kyutai raised €300 million from Xavier Niel and Rodolphe Saadé": a round's backers may all be people.
  if (deal.type === 'funding') {
    for (const m of matchesOf(FROM_PEOPLE, view.text.slice(Math.max(view.start, deal.anchor), view.end))) {
      const at = Math.max(view.start, deal.anchor) + m.index;
      const names = [m[1], m[2], m[3]].filter((n): n is string => n !== undefined);
      const people = names.every((n) => !NOT_PERSON.test(n) && !n.split(/\s+/).every((w) => PLACE_WORDS.has(w.toLowerCase())) && !overlapsCompany(view, at, at + m[0].length, n) && view.text.indexOf(n, at) >= 0);
      if (!people || view.companies.some((c) => c.start >= at && c.end <= at + m[0].length)) continue;
      for (const name of names) mergeInvestor(deal, { name });
      added = true;
    }
  }
  return added;
}

/** "all of the shares in", "all outstanding shares of", "a 100% stake in": the whole company. */
const ALL_SHARES = /\ball\s+(?:of\s+)?(?:the\s+)?(?:(?:issued|outstanding|remaining)\s+)*(?:shares|stock)\s+(?:of|in)\s*$|\b100\s*(?:%|per ?cent|percent)\s+(?:stake\s+)?(?:of|in)\s*$/i;
const TAKEOVER_SETTLED = /\b(?:approved?|approves|backed|backs|voted (?:in favou?r of|for)|recommended|recommends|agreed to|accepted|accepts|completed?|completes|closed?|closes|cleared?|clears|finali[sz]ed|sealed|won approval for)\b/i;
const PURCHASE_DONE = /\b(?:completed?|completes|closed?|closes|finali[sz]e[sd]?|announced?|announces|agreed|sealed?|seals|approved?|approves|cleared?|clears|won|wins|struck|signed)\b/i;
const EQUITY_NAMED = /\b(?:equity|round|Series [A-Z]\w*|seed)\b|轮/i;
const DEBT_NAMED = /\b(?:debt|loan|lend\w*|lent|facility|credit|bonds?|notes)\b|贷款|授信|债/i;

/** Right after a name: a deal verb of its own (a backer's verbs, invested, joined, led, are not these). */
const OWN_DEAL_VERB_AFTER = /^\s+(?:(?:has|have|had|also)\s+)?(?:bought|buys|acquired|acquires|purchased|purchases|sold|sells|raised|raises|merged|snapped up|took over|agreed to (?:buy|acquire|sell|merge)|is (?:buying|acquiring|selling)|will (?:buy|acquire|sell|merge))\b/;
const SHARES_OF_DEAL = /\bof\s+(?:the\s+)?(?:new\s+)?(?:shares|stock|offering|IPO|listing|round)\b/i;
const AS_CORNERSTONE = /\bas (?:an? |the )?(?:cornerstone|anchor) investors?\b/i;

/**
 * "Tencent Holdings, already its biggest shareholder, took up US$400 million of the offering as a
 * cornerstone investor": the list that opens the clause whose verb ends "as a cornerstone investor".
 */
function cornerstoneSubject(view: SentenceView, first: CompanyMention, last: CompanyMention): boolean {
  const rest = view.text.slice(last.end, Math.min(view.end, last.end + 160));
  const cue = AS_CORNERSTONE.exec(rest);
  if (!cue || /[;]/.test(rest.slice(0, cue.index))) return false;
  const opens = view.text.slice(clauseStartOf(view, first.start), first.start).trim() === '';
  return opens && !view.companies.some((c) => c.start >= last.end && c.start < last.end + cue.index);
}

function clauseStartOf(view: SentenceView, at: number): number {
  const before = view.text.slice(view.start, at);
  const cut = Math.max(before.lastIndexOf(';'), before.lastIndexOf(', and '), before.lastIndexOf(', while '));
  return cut < 0 ? view.start : view.start + cut + 2;
}

const PERSON = String.raw`(?:[A-Z][a-z’'-]+\s+){1,2}[A-Z][a-z’'-]+`;
// "LinkedIn co-founder Reid Hoffman", "former Google chief executive Eric Schmidt": a person's title before the name.
const TITLE = String.raw`(?:(?:former\s+)?(?:[A-Z][\w.&-]*\s+)?(?:co-founder|founder|chief executive|chief scientist|CEO|chair(?:man|woman)?|president)\s+)?`;
const ANGELS = new RegExp(String.raw`\b(?:angels?|angel investors?|individual (?:investors|backers)|(?:prominent |three |two |several )*individual backers)[:\s]+(?:including\s+|such as\s+)?${TITLE}(${PERSON})(?:(?:,\s*|,?\s+and\s+)${TITLE}(${PERSON}))?(?:(?:,\s*|,?\s+and\s+)${TITLE}(${PERSON}))?`, 'g');
const PERSON_IN_GAP = new RegExp(String.raw`(?:^|,\s*|\band\s+)(${PERSON})(?=\s*(?:,|\band\b|&|$))`, 'g');

const PERSON_LEADS = new RegExp(String.raw`(?:\b(?:round|financing|investment|seed|Series [A-Z])\s+(?:was\s+)?(?:co-)?led by\s+(?:(?:the\s+)?(?:investor|angel investor|billionaire|entrepreneur|venture capitalist)\s+)?|\b(?:co-)?led by\s+(?:the\s+)?(?:investor|angel investor|billionaire investor|venture capitalist)\s+)(${PERSON})(?=\s*(?:[,.;]|$)|\s+(?:and|with|at|in|that|which|who)\b)`, 'g');
const UNICODE_PERSON = String.raw`(?:\p{Lu}[\p{Ll}’'-]+\s+){1,2}\p{Lu}[\p{Ll}’'-]+`;
const FROM_PEOPLE = new RegExp(String.raw`\bfrom\s+(${UNICODE_PERSON})(?:\s*,\s*(${UNICODE_PERSON}))?(?:,?\s+and\s+(${UNICODE_PERSON}))?(?=\s*(?:[.,;]|$))`, 'gu');
const PERSON_LAST = new RegExp(String.raw`^\s*,?\s*(?:and|&)\s+(${PERSON})(?=\s*(?:[,.;]|$)|\s+(?:also|were|are|have|had|all|joining|joined|took|participated|invested|backed|chipped)\b)`);
const PERSON_FIRST = new RegExp(String.raw`(?:\b(?:with|from|including|by|as did|such as)\s+|(?:^|[.;]\s+))(${PERSON})\s*,\s*$`);

/** A person named at the start or the end of a list of backers, or none. */
function peopleAtEnds(view: SentenceView, first: CompanyMention, last: CompanyMention): string[] {
  const names: string[] = [];
  const after = PERSON_LAST.exec(view.text.slice(last.end, Math.min(view.end, last.end + 50)));
  if (after) names.push(after[1]!);
  const before = PERSON_FIRST.exec(view.text.slice(Math.max(view.start, first.start - 50), first.start));
  if (before) names.push(before[1]!);
  return names.filter((n) => !NOT_PERSON.test(n) && !/[’']s$/.test(n) && !view.companies.some((c) => view.text.slice(c.start, c.end) === n));
}

/** Person names between two companies of a list ("…, Jeff Bezos, …"), or none. */
function peopleIn(view: SentenceView, from: number, to: number): string[] {
  if (to <= from) return [];
  const names: string[] = [];
  let cursor = from;
  for (const c of view.companies) {
    if (c.start < from || c.end > to + 1) continue;
    names.push(...gapPeople(view.text.slice(cursor, c.start)));
    cursor = c.end;
  }
  names.push(...gapPeople(view.text.slice(cursor, to)));
  return names;
}

function gapPeople(gap: string): string[] {
  // "Abu Dhabi’s ADQ": a possessive names a place or an owner, not a person who invests.
  return matchesOf(PERSON_IN_GAP, gap).map((m) => m[1]!.trim()).filter((n) => !/\b(?:The|A|An|And|Of|Fund|Capital|Ventures|Partners|Group|Bank|Management|Asset|Assets|Investments?|Holdings|Global|Trust|Foundation|Securities|Advisors|Equity)\b|[’']s$/.test(n));
}

function overlapsCompany(view: SentenceView, from: number, to: number, name: string): boolean {
  const at = view.text.indexOf(name, from);
  return at < 0 || at >= to || view.companies.some((c) => c.start < at + name.length && at < c.end);
}
