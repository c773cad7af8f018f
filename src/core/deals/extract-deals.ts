import { toSimplified } from '../companies/traditional-chars';
import type { CompanyMention, DealMention, IsoDate, MoneyMention, Span } from '../types';
import { matchAcquiredActive, matchAcquiredPassive, matchAcquisitionNoun } from './acquisition-patterns';
import { matchMerger } from './merger-patterns';
import { matchZhAcquisition, matchZhFunding, matchZhLed } from './chinese-patterns';
import { matchZhSaleOfHeld } from './zh-sale-patterns';
import { withDealDates } from './deal-dates';
import { dropBrandsBeforeMaker } from './en-brand-maker';
import { amountOfAnother, notAListing } from './en-not-listing';
import { notYetAgreed } from './en-not-agreed';
import { recalledInAside } from './en-asides';
import { withNameHeads } from './en-name-head';
import { withNameTails } from './en-name-tail';
import { unreadBackerList } from './en-list-tail';
import { unknownId } from '../companies/unknown-companies';
import { openingSubject } from './en-opening-subject';
import { advisedClient, type Advised } from './en-adviser';
import { withSeriesNumerals } from './en-name-numeral';
import { objectAnaphor } from './en-object-anaphor';
import { addInvestor, mergeInvestor, toDealMention, type DealDraft } from './deal-draft';
import { addListedBackers, BACKER_WORD, BOUGHT_BEFORE, dropRecalled, opensWithName, preferListing, readFrames, sameDeal } from './deal-frames';
import { AMOUNT_ANAPHORA, attachFollowUpAmount } from './follow-up-amounts';
import { applyFollowUp } from './follow-up-sentences';
import { PLACEMENT_WORD, readPlacement } from './listing-placements';
import { DEAL_TRIGGERS, passesTriggerGate } from './frame-triggers';
import { matchFundingNoun, matchInvested, matchLed, matchRaised, newDraft } from './funding-patterns';
import { settleNameRoles } from './name-roles';
import { createLexicon, type Needs } from './needs';
import { findRolePhrases, type RolePhrase } from './role-phrases';
import { nearestRound } from './rounds';
import { createSentenceView, type IndexedMoney, type SentenceView } from './sentence-view';
import { splitSentences, type Sentence } from './split-sentences';
import { zhTrimMention } from './zh-target-name';
import { zhTopic } from './zh-topic';
import { foldDealChars } from './zh-deal-chars';
import { zhSettledDeals } from './zh-not-a-deal';
import { zhBackerList } from './zh-backer-list';
import { zhTotalOfRounds } from './zh-round-list';
import { attachFollowUpValuations, attachValuations, findValuations, VALUATION_WORD } from './valuation-phrases';

/** A deal sentence is short; a longer "sentence" is unsplit boilerplate, and skipping it keeps work linear. */
const MAX_SENTENCE_CHARS = 1500;

/** How many sentences after a deal a list of its backers may come. */
const FRAME_WINDOW_SENTENCES = 2;

/** A repeated report of the same deal this close is merged, not emitted twice. */
const REPEAT_WINDOW_SENTENCES = 3;
const REPEAT_WINDOW_PARAGRAPHS = 1;

/** The farthest any follow-up reaches back (follow-up-sentences.ts' "back" window is the widest). */
const FOLLOW_UP_REACH_SENTENCES = 3;

// Cheap gate: a sentence without any deal word is skipped before any pattern runs ("led" counts only at a
// word's end, LED_WORD: "led by", not "ledger").
const DEAL_WORDS: Needs = [
  'rais', 'secur', 'clos', 'complet', 'merg', '合并', 'land', 'receiv', 'obtain', 'bag', 'net', 'garner', 'pick', 'pull', 'snag',
  'infus', 'invest', 'inject', 'put', 'pour', 'pump', 'plough', 'plow', 'sank', 'sink', 'funnel', 'lead', 'spearhead', 'acqui',
  'bought', 'buy', 'purchas', 'took over', 'take over', 'snap', 'round', 'fund', 'financ', 'ipo', 'offering', 'listing', 'back',
  'participat', 'join', 'sale to', '融资', '投资', '收购', '领投', '跟投', '参投', '出售', '转让', '出让',
];
const LED_WORD = /led\b/i;
/** "… Series B. Backers include …": a cue for a list of backers after a period inside what was read as one sentence. */
const INNER_BACKER_NOUN = /Backers|Investors|Participants/;
const INNER_BACKERS_CUE = /(?<=\.\s+)(?=(?:Other\s+|Existing\s+|New\s+)?(?:Backers|Investors|Participants)\s+(?:in the (?:round|financing)\s+)?(?:also\s+)?(?:include|included|were|are)\b)/;
/** "the merger of Corvane Systems and …", "The IPO of Nestwell Health": a deal's noun before a name. */
const DEAL_NOUN_OF_NAME = /\b(?:merger|combination|IPO|listing|flotation|initial public offering) (?:of|between) [A-Z]/;
/** A name that ends in an investor's word ("Global Ventures", "Harbor Lake Capital"), for a sentence with no company read. */
const UNREAD_BACKER = /\b[A-Z][\w&’'.-]*\s+(?:Capital|Ventures|Partners|Fund|Investments?)\b/;
/** Chinese words that state a deal by themselves: a sentence holding one is read even when it names no company the reader knows. */
const ZH_STRONG_WORDS: Needs = ['融资', '收购', '合并', '上市', '挂牌', '领投', '募资', '受让', '入股', '并购', '并入', '重组', '增资', '注资'];
const HAN = /[\u4e00-\u9fff]/;

// A Chinese condition opens its clause: "若监管批准", not the 若 of 若水投资.
const CONDITIONAL = /\b(?:if|unless|whether)\b(?! the (?:greenshoe|over-allotment))|(?:^|[，,；;。：:])\s*(?:如果|若|一旦|假如)(?![^，。；]{0,12}?(?:绿鞋|超额配售|超额配股))/i;
/**
 * ", with up to a further US$500 million payable if growth targets are met", ", plus $200 million more if …": a
 * trailing clause on more money (an earn-out), whose condition is that money's, not the deal's.
 */
const FURTHER_MONEY_CLAUSE = /,\s+(?:with|plus)\s+(?:up\s+to\s+)?(?:(?:an?|another)\s+)?(?:(?:further|additional|more|extra)\s+)?(?:[A-Z]{0,3}[$€£¥]|[\d.,]+\s*(?:billion|million|bn|mn|m)\b)[^,;]*/gi;

// Patterns in order of specificity: when two find the same target in one sentence, the first wins.
// Acquisition patterns see every amount ("in a deal valued at $1 billion" is the price); the others do
// not see a stated valuation, so "at a $2 billion valuation" never becomes a round's amount. Each runs
// only on a sentence holding one of the words its expression needs (needs.ts).
export interface SentencePattern {
  read: (view: SentenceView) => DealDraft[];
  needs: Needs;
}
export const ACQUISITION_PATTERNS: readonly SentencePattern[] = [
  { read: matchAcquiredPassive, needs: ['acquired', 'bought', 'purchased', 'taken over', 'snapped up'] },
  { read: matchAcquiredActive, needs: ['acquire', 'bought', 'buy', 'purchase', 'took over', 'takes over', 'take over', 'snapped up', 'snaps up', 'snap up'] },
  { read: matchAcquisitionNoun, needs: ['acquisition', 'takeover', 'purchase', 'buyout'] },
  { read: matchMerger, needs: ['merge', 'merger', 'combination', '合并'] },
  { read: matchZhSaleOfHeld, needs: ['出售', '转让', '处置', '出让'] },
];
export const FUNDING_PATTERNS: readonly SentencePattern[] = [
  { read: matchRaised, needs: ['raise', 'secure', 'close', 'complete', 'land', 'receive', 'obtain', 'bag', 'net', 'garner', 'picked up', 'picks up', 'pulled in', 'pulls in', 'snag', 'gets', 'got', 'mop'] },
  { read: matchInvested, needs: ['infuse', 'invest', 'inject', 'put', 'pour', 'pump', 'plough', 'plow', 'sank', 'sink', 'funnel'] },
  { read: matchLed, needs: ['led', 'leads', 'spearheaded'] },
  { read: matchFundingNoun, needs: ['round', 'fund', 'financ', 'invest', 'raise', 'series', 'seed', 'angel', 'injection', 'backing', 'ipo', 'initial public offering', 'listing'] },
  { read: matchZhFunding, needs: ['完成', '获', '斩获', '拿下'] },
  { read: matchZhLed, needs: ['领投'] },
  { read: matchZhAcquisition, needs: ['收购'] },
];

/** Every list of needed words, looked up in one scan of each sentence. */
const lexiconOf = createLexicon([DEAL_WORDS, ZH_STRONG_WORDS, ...DEAL_TRIGGERS.map((t) => t.needs), ...[...ACQUISITION_PATTERNS, ...FUNDING_PATTERNS].map((p) => p.needs)]);

/** The drafts of the patterns whose words the sentence holds. */
function readPatterns(patterns: readonly SentencePattern[], view: SentenceView): DealDraft[] {
  const drafts: DealDraft[] = [];
  for (const p of patterns) if (view.holds(p.needs)) drafts.push(...p.read(view));
  return drafts;
}

/**
 * The deals a text reports, from the money and company mentions already found in it (offsets into
 * the same text). Precision over recall: a deal is emitted only when a funding or acquisition cue
 * and its target are both clear; plans, talks and rumours are not deals. Never throws. With the
 * article's date (YYYY-MM-DD), a deal whose sentence dates it ("in February", "2023年3月") gets that
 * date, resolved against it (deal-dates.ts).
 */
export function extractDeals(text: string, money: MoneyMention[], companies: CompanyMention[], articleDate?: IsoDate): DealMention[] {
  try {
    // "弘晟科技今日宣布，已完成收購三友精工100%股權": a traditional-character page (Taiwan, Hong Kong) is read folded
    // to simplified, one character for one (offsets unchanged), as the company readers read it; each deal takes
    // back its sentence as the page wrote it. A page with no traditional character costs one scan.
    // (Deal words the company fold does not hold, "掛牌", "擬", "簽署", are folded after it: zh-deal-chars.ts.)
    const simplified = toSimplified(text);
    const folded = simplified === text ? text : foldDealChars(simplified);
    const deals = withDealDates(extract(folded, money, companies), folded, money, companies, articleDate);
    return folded === text ? deals : deals.map((d) => asWritten(d, folded, text));
  } catch {
    // A bug here must not break the page's highlights: no deals is the safe answer.
    return [];
  }
}

function extract(text: string, money: readonly MoneyMention[], companies: readonly CompanyMention[]): DealMention[] {
  const valid = (m: { start: number; end: number }): boolean =>
    Number.isInteger(m.start) && Number.isInteger(m.end) && m.start >= 0 && m.end <= text.length && m.start < m.end;
  const sortedCompanies = withNameTails(text, withNameHeads(text, withSeriesNumerals(text, dropBrandsBeforeMaker(text, settleNameRoles(text, companies.filter(valid).flatMap((c) => zhTrimMention(c, text) ?? []).sort((a, b) => a.start - b.start || b.end - a.end))))));
  const sortedMoney: IndexedMoney[] = money
    .map((mention, index) => ({ mention, index }))
    .filter((m) => valid(m.mention))
    .sort((a, b) => a.mention.start - b.mention.start);
  // With no company and no amount there is no deal; an amount alone may belong to a company that opens its sentence.
  // (A merger needs no amount, and its two parties may both be names the reader left out: "Regional grocers Harvest
  // Lane Markets and FreshPoint Grocers announced a merger of equals"; "两家宠物医疗连锁品牌瑞宠与安心宠近日完成合并": a
  // Chinese merger or round of names the reader does not know may state no amount. A page holding none of those
  // words is let go after a few searches.)
  // ("Telluric Analytics has been snapped up by Corvane Systems.": nor a purchase of two such names.)
  if (sortedCompanies.length === 0 && sortedMoney.length === 0 && !/merg|combin|acqui|takeover|bought|snapped|sold to/i.test(text) && !ZH_STRONG_WORDS.some((w) => text.includes(w))) return [];

  const sentences = splitSentences(text, mergeByStart(sortedCompanies, sortedMoney.map((m) => m.mention)));
  const drafts: DealDraft[] = [];
  let previousSubject: { company: CompanyMention; paragraph: number } | undefined;
  let ci = 0;
  let mi = 0;
  // The last sentence a draft was made or enriched in: follow-ups reach back only a few sentences.
  let lastDraftSentence = -Infinity;
  for (const sentence of sentences) {
    const inside = (m: { start: number; end: number }): boolean => m.start >= sentence.start && m.end <= sentence.end;
    while (ci < sortedCompanies.length && sortedCompanies[ci]!.start < sentence.start) ci++;
    while (mi < sortedMoney.length && sortedMoney[mi]!.mention.start < sentence.start) mi++;
    const sentenceCompanies: CompanyMention[] = [];
    for (let i = ci; i < sortedCompanies.length && sortedCompanies[i]!.start < sentence.end; i++)
      if (inside(sortedCompanies[i]!)) sentenceCompanies.push(sortedCompanies[i]!);
    const sentenceMoney: IndexedMoney[] = [];
    for (let i = mi; i < sortedMoney.length && sortedMoney[i]!.mention.start < sentence.end; i++)
      if (inside(sortedMoney[i]!.mention)) sentenceMoney.push(sortedMoney[i]!);
    if (sentence.end - sentence.start > MAX_SENTENCE_CHARS) continue;
    const sentenceText = text.slice(sentence.start, sentence.end);
    const subjectBefore = previousSubject?.paragraph === sentence.paragraph ? previousSubject.company : undefined;
    // "The company had raised ¥2.1 billion in a Series C round …", "该公司此前已完成…": the subject of the sentence
    // before, named again by a description, is this sentence's subject too.
    const anaphor = subjectBefore ? (SUBJECT_ANAPHOR.exec(sentenceText) ?? ZH_ITS.exec(sentenceText)) : null;
    if (anaphor && subjectBefore && !sentenceCompanies.some((c) => c.start < sentence.start + anaphor[0].length)) {
      const start = sentence.start + anaphor[0].length - anaphor[1]!.length;
      sentenceCompanies.unshift({ start, end: sentence.start + anaphor[0].length, text: anaphor[1]!, id: subjectBefore.id, name: subjectBefore.name });
    }
    // ("Harrowgate Analytics, the Leeds data consultancy, has found a buyer.": a name the reader left out that opens the
    // sentence as its subject, before any name the reader took; en-opening-subject.ts.)
    const opener = HAN.test(sentenceText.slice(0, 40)) ? undefined : openingSubject(text, sentence.start, sentence.end, sentenceCompanies);
    const opening = opener ?? sentenceSubject(text, sentence.start, sentenceCompanies);
    // (It is a company of the sentence for every pattern and frame: "Corvane Systems will pay $240 million for …".)
    if (opener) sentenceCompanies.splice(sentenceCompanies.filter((c) => c.start < opener.start).length, 0, opener);
    // ("坐落于东莞松山湖的老牌模具企业精工科达迎来新东家。该公司发布公告称，…": a Chinese sentence's subject may be a name
    // the reader left out, read from its first clause.)
    const topic = opening ?? (HAN.test(sentenceText.slice(0, 40)) ? zhTopic({ text, start: sentence.start, end: sentence.end, companies: sentenceCompanies }) : undefined);
    // ("Forgeline has raised $150 million. The round was led by Andreessen Horowitz, with … General Catalyst also
    // participating. The company raised a $40 million Series A in February.": the company is still Forgeline.)
    const keeps = subjectBefore !== undefined && ABOUT_THE_DEAL.test(sentenceText) && (!opening || ROLE_WORD_BEFORE.test(text.slice(Math.max(sentence.start, opening.start - 16), opening.start)));
    previousSubject = keeps ? previousSubject : topic ? { company: topic, paragraph: sentence.paragraph } : undefined;
    // "Volvo Cars has priced its listing … Zhejiang Geely Holding, which bought the Swedish carmaker from Ford …": the
    // company bought, named by what it is, is the subject of the sentence before (en-object-anaphor.ts).
    const bought = subjectBefore && sentenceCompanies.length > 0 ? objectAnaphor(sentenceText) : undefined;
    if (bought && subjectBefore && !sentenceCompanies.some((c) => c.id === subjectBefore.id || (c.start < sentence.start + bought.end && c.end > sentence.start + bought.start))) {
      const mention = { start: sentence.start + bought.start, end: sentence.start + bought.end, text: bought.text, id: subjectBefore.id, name: subjectBefore.name };
      sentenceCompanies.splice(sentenceCompanies.filter((c) => c.start < mention.start).length, 0, mention);
    }
    // Only a deal read just before can take this sentence's follow-up parts.
    const followUps = sentence.index - lastDraftSentence <= FOLLOW_UP_REACH_SENTENCES;
    // ("… raised $40 million in a Series B. Backers include Quillhaven, Fernbrook and Ostrova.": a list of backers the
    // company reader took none of, in a sentence of their own right after a round; en-list-tail.ts.)
    // ("…in a Series B. Backers include …": or after a period the sentence splitter took for an initial's.)
    // (The cue opens with a look-behind, tried at every character: asked only of a sentence holding one of its nouns.)
    const inner = followUps && sentenceCompanies.length === 0 && drafts.length > 0 ? 0 : INNER_BACKER_NOUN.test(sentenceText) ? INNER_BACKERS_CUE.exec(sentenceText)?.index : undefined;
    if (inner !== undefined && !HAN.test(sentenceText.slice(0, 40))) {
      for (const b of unreadBackerList(text, sentence.start + inner, sentence.end)) {
        if (!sentenceCompanies.some((c) => c.start < b.end && b.start < c.end)) sentenceCompanies.push({ ...b, text: b.name, id: unknownId(b.name) });
      }
      sentenceCompanies.sort((a, b) => a.start - b.start);
    }
    // ("Existing backer Global Ventures also took part.": a backer the company reader left out, right after a deal.)
    // ("The merger of Corvane Systems and Telluric Analytics was completed", "The IPO of Nestwell Health raised …": a deal named
    // by its noun, of names the reader left out.)
    const opens = sentenceCompanies.length > 0 || opensWithName(sentenceText) || (followUps && UNREAD_BACKER.test(sentenceText)) || DEAL_NOUN_OF_NAME.test(sentenceText);
    // A Chinese sentence with a strong deal word is read whoever it names: the frames find names the reader left out
    // ("主打东南亚市场的即时零售平台Lumo Fresh（鲁莫生鲜）宣布完成3500万美元B轮融资").
    const han = !opens && HAN.test(sentenceText);
    const lexicon = opens || han ? lexiconOf(sentenceText) : undefined;
    const holds = opens || (han && lexicon!(ZH_STRONG_WORDS)) ? lexicon : undefined;
    const dealCue = !!holds && (holds(DEAL_WORDS) || LED_WORD.test(sentenceText) || passesTriggerGate(sentenceText, holds) || BACKER_WORD.test(sentenceText));
    if (!dealCue && !followUps) continue;
    // "It is now valued at $1 billion." names no company yet may complete the deal before it.
    const valuationCue = VALUATION_WORD.test(sentenceText);
    // "本次发行募集资金约532亿元", "The offering raised $1.2 billion": the size of the deal just reported.
    // (Only a deal read within the last few sentences can take it: follow-up amounts and placements look two back.)
    const amountCue = followUps && sentenceMoney.length > 0 && drafts.length > 0 && (AMOUNT_ANAPHORA.test(sentenceText) || PLACEMENT_WORD.test(sentenceText));
    if (!dealCue && !valuationCue && !amountCue) continue;

    // A condition makes any deal in the sentence hypothetical ("…into Zhipu if regulators approve"). (Asked
    // only of a sentence with something to add: the patterns before it change nothing.)
    const hypothetical = (): boolean => CONDITIONAL.test(sentenceText) && CONDITIONAL.test(sentenceText.replace(FURTHER_MONEY_CLAUSE, ''));
    if (!dealCue && hypothetical()) continue;
    const view = createSentenceView(text, sentence, sentenceCompanies, sentenceMoney, holds ?? lexiconOf(sentenceText));
    const valuations = valuationCue ? findValuations(view) : [];
    if (!dealCue) {
      attachFollowUpValuations(view, valuations, drafts);
      if (amountCue && attachPlacementOrAmount(view, drafts, money)) lastDraftSentence = sentence.index;
      continue;
    }
    const valued = new Set(valuations.map((v) => v.money.index));
    const withoutValuations: SentenceView = { ...view, money: view.money.filter((m) => !valued.has(m.index)) };
    // ("…have doubled since it went public", "sold shares in a follow-on offering": a listing or a raise the sentence
    // names is no deal of the story, en-not-listing.ts; "signed heads of terms to acquire": nor a purchase not yet binding,
    // en-not-agreed.ts.)
    // "Hartwell & Crane LLP advised Ostara Logistics on its acquisition of …": the adviser is no party; the client buys, or is
    // sold ("represented Tamsin Foods in its sale to Brightridge Brands"); en-adviser.ts.
    const advised = HAN.test(sentenceText) ? undefined : advisedClient(text, sentence.start, sentence.end, view.companies);
    const read = [...readPatterns(ACQUISITION_PATTERNS, view), ...readPatterns(FUNDING_PATTERNS, withoutValuations), ...readFrames(view, withoutValuations.money), ...advisedSale(view, advised)];
    const told = HAN.test(sentenceText) ? read : read.filter((d) => !notAListing(text, sentence.start, sentence.end, d) && !notYetAgreed(text, sentence.start, d) && !recalledInAside(text, sentence.start, d.anchor, d.money !== undefined));
    for (const d of told) if (d.money !== undefined && !HAN.test(sentenceText) && amountOfAnother(text, d, money[d.money]!.start)) delete d.money;
    // A Chinese sentence's words of rumour, plan or recall are asked once, of every deal read in it, each at its own cue
    // (zh-not-a-deal.ts), before two readings of one deal are merged.
    const own = dropRecalled(preferListing(mergeSameTarget(HAN.test(sentenceText) ? zhSettledDeals(told, view) : told, view.text), view), view);
    if ((own.length === 0 && !followUps) || hypothetical()) continue;
    if (own.length === 0) {
      applyFollowUp(view, findRolePhrases(view), drafts);
      // Backers listed after the deal belong to the latest round or listing, not to an acquisition reported in between.
      const recent = [...drafts].reverse().find((d) => (d.type === 'funding' || d.type === 'ipo' || d.type === 'debt') && d.paragraph === view.paragraph && view.index - d.sentenceIndex <= FRAME_WINDOW_SENTENCES);
      if (recent) addZhBackers(view, recent);
      attachFollowUpValuations(view, valuations, drafts);
      if (amountCue && attachPlacementOrAmount(view, drafts, money)) lastDraftSentence = sentence.index;
      continue;
    }
    for (const d of own) resolveBuyerAnaphor(d, view, subjectBefore, opener);
    if (advised) {
      const advisers = new Set(view.companies.filter((c) => c.end <= advised.verbStart).map((c) => c.id));
      for (const d of own) {
        d.investors = d.investors.filter((i) => i.id === undefined || !advisers.has(i.id));
        if (advised.buys && (d.type === 'acquisition' || d.type === 'stake-sale') && d.target.id !== advised.client.id && d.anchor >= advised.client.end) addInvestor(d, advised.client);
      }
    }
    assignRoles(own, findRolePhrases(view));
    const funding = own.filter((d) => d.type === 'funding' || d.type === 'ipo' || d.type === 'debt');
    if (funding.length === 1) addZhBackers(view, funding[0]!);
    // "X raised … from A and B, while Y closed … led by C", "secured a credit facility from banks A and B, a day
    // after it closed a round": each deal takes the lists between its cue and the next deal's.
    else if (funding.length > 1) {
      const targets = new Set(funding.map((d) => d.target.id));
      funding.forEach((d, i) => addListedBackers(view, d, { from: d.anchor, to: funding[i + 1]?.anchor ?? view.end, targets }));
    }
    fillRounds(own, view, sentence);
    attachValuations(own, valuations);
    for (const draft of own) mergeOrPush(drafts, draft, money);
    // "Ramp has raised …" with a name only the deal's reading took: the company that opens the deal is the subject.
    if (!opening) previousSubject = openingTarget(own, sentence, text);
    lastDraftSentence = sentence.index;
  }
  // ("连续完成天使轮和天使+轮两轮融资，累计金额近3亿元": the total of rounds told together is neither round's size.)
  for (const d of drafts) if (d.type === 'funding' && d.money !== undefined && money[d.money] && zhTotalOfRounds(text, money[d.money]!.start)) delete d.money;
  // "完成数亿元C轮融资", "a nine-figure sum": a vague size says a deal happened, not what it was worth.
  for (const d of drafts) if (d.money !== undefined && money[d.money]?.approx === 'vague') delete d.money;
  return drafts.sort((a, b) => a.start - b.start || a.anchor - b.anchor).map((d) => toDealMention(d, text));
}

/**
 * A deal read on a traditional-character page, with its sentence and the names the data does not hold as the page
 * wrote them ("麥香坊", not the folded "麦香坊"): folding is one character for one, so each name read in the deal's
 * sentence stands at the same offsets in the page.
 */
function asWritten(d: DealMention, folded: string, text: string): DealMention {
  const written = <P extends { id?: string; name: string }>(party: P): P => {
    if (!party.id?.startsWith('unknown:')) return party;
    const at = folded.indexOf(party.name, d.start);
    return at >= 0 && at + party.name.length <= d.end ? { ...party, name: text.slice(at, at + party.name.length) } : party;
  };
  return { ...d, text: text.slice(d.start, d.end), target: written(d.target), investors: d.investors.map(written) };
}

/** The backers listed in the sentence, and, in Chinese, those listed after a backer word whose names the reader left out. */
function addZhBackers(view: SentenceView, deal: DealDraft): void {
  addListedBackers(view, deal);
  if (deal.type === 'debt' || !HAN.test(view.text.slice(view.start, view.end))) return;
  for (const b of zhBackerList(view)) if (b.company.id !== deal.target.id) addInvestor(deal, b.company, b.role);
}

/** The client's own sale an adviser's note tells, its buyer the company named right after "sale to". */
function advisedSale(view: SentenceView, advised: Advised | undefined): DealDraft[] {
  if (advised?.soldTo === undefined) return [];
  const at = advised.soldTo;
  const buyer = view.companies.find((c) => c.start >= at && c.start - at <= 40 && !/[,;]/.test(view.text.slice(at, c.start)));
  if (!buyer || buyer.id === advised.client.id) return [];
  const draft = newDraft(view, 'acquisition', advised.client, at);
  addInvestor(draft, buyer);
  return [draft];
}

/** Two lists sorted by start, as one. */
function mergeByStart(a: readonly Span[], b: readonly Span[]): Span[] {
  const merged: Span[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) merged.push(j >= b.length || (i < a.length && a[i]!.start <= b[j]!.start) ? a[i++]! : b[j++]!);
  return merged;
}

/** A placement beside the listing just reported is a deal of its own; otherwise the sentence may size that deal. */
function attachPlacementOrAmount(view: SentenceView, drafts: DealDraft[], money: readonly MoneyMention[]): boolean {
  const placement = readPlacement(view, drafts);
  if (placement) mergeOrPush(drafts, placement, money);
  else attachFollowUpAmount(view, drafts);
  return placement !== undefined;
}

/** The sentence's subject: its first company that is no owner ("X’s unit") and no party after a role word ("led by X"). */
// ("The round was led by Andreessen Horowitz, with Lightspeed Venture Partners and General Catalyst also participating":
// the list after a role word is all parties, its last name too.)
function sentenceSubject(text: string, sentenceStart: number, companies: readonly CompanyMention[]): CompanyMention | undefined {
  let previous: CompanyMention | undefined;
  for (const c of companies) {
    const party = ROLE_WORD_BEFORE.test(text.slice(Math.max(sentenceStart, c.start - 16), c.start)) || (previous !== undefined && LIST_JOIN_GAP.test(text.slice(previous.end, c.start)));
    if (!party && !/^(?:’s|'s)\s/.test(text.slice(c.end, c.end + 3))) return c;
    previous = party ? c : undefined;
  }
  return undefined;
}
const LIST_JOIN_GAP = /^\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)$/;
/** A sentence about the deal just told, not about a company of its own: its subject stays the one before. */
const ABOUT_THE_DEAL = /^\s*(?:The|This|That)\s+(?:[\w-]+\s+){0,2}?(?:round|deal|transaction|financing|funding|investment|raise|offering|IPO|listing)\b/;
const ROLE_WORD_BEFORE = /\b(?:by|from|with|including|alongside)\s+(?:the\s+)?$/i;

/** The target of a deal read in the sentence that opens it (a name the company reader left out), as the subject. */
function openingTarget(own: readonly DealDraft[], sentence: Sentence, text: string): { company: CompanyMention; paragraph: number } | undefined {
  const first = own.find((d) => d.target.start >= sentence.start && /^\s*(?:[\w-]+\s+){0,4}$/.test(text.slice(sentence.start, d.target.start)));
  return first ? { company: first.target, paragraph: sentence.paragraph } : undefined;
}

/** A sentence that opens on its subject named by a description or a pronoun. */
// ("The Swiss drugmaker completed …", "In January, the AI search startup raised …": up to three words say what it is, and a
// time may open the sentence; "the other company", "the combined group" name someone else.)
// ("今年8月，它完成了…": so in Chinese, after a time, 它 (it).)
const SUBJECT_ANAPHOR = /^\s*(?:(?:In|On|By|Last|Earlier in|Back in) [A-Z]?[\w]+(?: \d{4})?, |(?:(?:今年|去年|前年)(?:\d{1,2}月)?|\d{1,2}月)(?:初|底|中旬|上旬|下旬)?[，,])?((?:The|This|That|the) (?!(?:other|rival|second|two|both|new|combined|merged|acquired|target|buyer|acquiring|parent)\b)(?:[\w-]+ ){0,3}?(?:company|startup|start-up|firm|group|business|lender|carmaker|automaker|chipmaker|drugmaker|steelmaker|planemaker|developer|maker|fintech|biotech|insurtech|retailer|platform|unicorn|insurer|operator|miner|bank|producer|provider|designer|supplier|manufacturer|chain|conglomerate)(?![\w-])|It(?=\s+(?:has|had|also|previously|earlier|last|raised|closed|secured|completed|bought|acquired|agreed|listed|went)\b)|该公司|公司(?=(?:此前|已经?|曾|于|在|今年|去年|近日|日前|还|也|同时|同日))|它(?=(?:又|也|还|已经?|刚刚?|再次?|完成|获得?|宣布|拿到|拿下)))/;
/** "这距离其去年3月完成B轮融资仅一年": 其 (its) before a dated round, near the sentence start. */
const ZH_ITS = /^[^，。；、]{0,6}?(其)(?=(?:去年|今年|前年|此前|上一轮|\d{4}年|\d{1,2}月)[^，。；]{0,10}?(?:完成|获得|获))/;

// "…, the Chinese PC maker said it will buy Motorola Mobility", "after it agreed to pay $18.9 billion for CA":
// a purchase whose buyer the sentence names only by a pronoun or a description.
const BUYER_ANAPHOR =
  /\b(?:it|the company|the group|the firm|the (?:[\w-]+\s+){0,3}(?:maker|company|group|firm|giant|bank|lender|retailer|operator|insurer|carrier|conglomerate|producer|miner|developer|designer|chipmaker|automaker|carmaker))\s+(?:(?:said|says|announced|confirmed)\s+(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+)?(?:that\s+)?it\s+)?(?:has\s+|had\s+|have\s+)?(?:also\s+)?(?:will\s+|would\s+|agreed to\s+|agrees to\s+|is to\s+|plans to\s+)?$/i;
const PARTICIPLE_BUYER = /^[^,;]{0,60}?\b(?:after|before|since|while)\s+(?:agreeing|buying|acquiring|paying|taking over)\b/i;
const UNIT_OWNER = /^(?:’s|'s)\s+(?:[\w-]+\s+){0,4}?(?:business(?:es)?|division|unit|arm|operations|assets|plant|factory|mine|refinery|portfolio)\b/;

/** The buyer a pronoun or a description stands for: the sentence's own subject, or the one before it. */
function resolveBuyerAnaphor(d: DealDraft, view: SentenceView, subjectBefore: CompanyMention | undefined, opener?: CompanyMention): void {
  if ((d.type !== 'acquisition' && d.type !== 'stake-sale') || d.investors.length > 0) return;
  const clause = view.text.slice(Math.max(view.start, d.anchor - 80), d.anchor).replace(/^.*[;]/, '');
  const head = view.text.slice(view.start, d.anchor);
  if (!BUYER_ANAPHOR.test(clause) && !PARTICIPLE_BUYER.test(head)) return;
  // (Not a company bought in the same sentence: "After agreeing to buy cancer drugmaker ImmunoGen …, the company said it will acquire …".)
  const party = (c: CompanyMention) =>
    c.id !== d.target.id &&
    !UNIT_OWNER.test(view.text.slice(c.end, c.end + 60)) &&
    !/\b(?:from|by|to|of|for)\s+(?:the\s+)?$/i.test(view.text.slice(Math.max(view.start, c.start - 12), c.start)) &&
    !BOUGHT_BEFORE.test(view.text.slice(Math.max(view.start, c.start - 50), c.start));
  const own = view.companies.find((c) => c.end <= d.anchor && party(c));
  // ("Harlow Foods posted … and said it had bought …": or the name the reader left out that opens the sentence.)
  const buyer = own ?? (opener && opener.end <= d.anchor && opener.id !== d.target.id ? opener : undefined) ?? (subjectBefore && subjectBefore.id !== d.target.id ? subjectBefore : undefined);
  if (buyer) addInvestor(d, buyer);
}

/**
 * One draft per (target, type) in a sentence; the earlier pattern's draft absorbs the later's details. A Chinese
 * semicolon between two cues parts two reports ("镜界已于今年2月完成天使轮融资，由奇绩创坛领投；近日，镜界又完成1亿元
 * 天使+轮融资"): the first round takes nothing of the second.
 */
function mergeSameTarget(found: DealDraft[], text: string): DealDraft[] {
  const kept: DealDraft[] = [];
  const parted = (a: number, b: number) => text.slice(Math.min(a, b), Math.max(a, b)).includes('；');
  for (const draft of found) {
    const same = kept.find((k) => sameDeal(k, draft) && !parted(k.anchor, draft.anchor));
    if (!same) {
      kept.push(draft);
      continue;
    }
    absorb(same, draft);
  }
  return kept.sort((a, b) => a.anchor - b.anchor);
}

function absorb(into: DealDraft, from: DealDraft): void {
  if (into.money === undefined && from.money !== undefined) into.money = from.money;
  if (into.round === undefined && from.round !== undefined) into.round = from.round;
  if (into.valuation === undefined && from.valuation !== undefined) into.valuation = from.valuation;
  for (const investor of from.investors) mergeInvestor(into, investor);
}

/** Role phrases attach to the nearest deal cue before them ("X raised $5M led by A" → A leads X's round). */
function assignRoles(own: DealDraft[], roles: readonly RolePhrase[]): void {
  for (const phrase of roles) {
    // (A Chinese phrase starts at its clause, which may hold the deal's own cue before its members: "公司又拿下一笔由美团龙珠
    // 独家投资的天使+轮" is that round's; the deal cue before the first member owns it.)
    const at = Math.max(phrase.cueStart, phrase.members[0]?.company.start ?? phrase.cueStart);
    const owner = [...own].reverse().find((d) => d.anchor <= at) ?? own[0]!;
    if (owner.type === 'acquisition' || owner.type === 'stake-sale') continue;
    for (const m of phrase.members) addInvestor(owner, m.company, m.role);
  }
}

/** Each draft takes the round named between its cue and the next draft's cue. */
function fillRounds(own: DealDraft[], view: SentenceView, sentence: Sentence): void {
  own.forEach((draft, i) => {
    if (draft.round !== undefined || draft.type === 'acquisition') return;
    const from = i === 0 ? sentence.start : draft.anchor;
    const to = own[i + 1]?.anchor ?? sentence.end;
    const anchor = draft.money !== undefined ? Math.max(from, draft.anchor) : draft.anchor;
    const round = nearestRound(view.text, from, to, anchor);
    if (round) draft.round = round;
  });
}

/** A second report of a recent deal (same target and type, compatible amount) enriches the first. */
function mergeOrPush(drafts: DealDraft[], draft: DealDraft, money: readonly MoneyMention[]): void {
  const earlier = [...drafts]
    .reverse()
    .find(
      (d) =>
        d.target.id === draft.target.id &&
        d.type === draft.type &&
        // "完成6亿元C轮融资。这距离其去年3月完成B轮融资仅一年": two rounds by name are two deals.
        !(d.round !== undefined && draft.round !== undefined && d.round !== draft.round) &&
        // Close together and compatible, or anywhere in the text with the very same stated amount
        // (a headline and its lead paragraph report one deal, whatever stands between them).
        ((draft.sentenceIndex - d.sentenceIndex <= REPEAT_WINDOW_SENTENCES &&
          draft.paragraph - d.paragraph <= REPEAT_WINDOW_PARAGRAPHS &&
          sameAmount(d.money, draft.money, money)) ||
          equalStatedAmount(d.money, draft.money, money) ||
          // A company is bought, merged or listed once in a story: later reports of it are the same deal.
          (draft.type !== 'funding' && draft.type !== 'debt' && sameAmount(d.money, draft.money, money)) ||
          // A headline's "lands new funding" and the lead's "$180 million Series B" are one round.
          vague(d) ||
          vague(draft)),
    );
  if (!earlier) {
    drafts.push(draft);
    return;
  }
  // The fuller report becomes the deal's sentence (its evidence), and the latest one the place
  // follow-up sentences ("It is now valued at …") attach to.
  if (earlier.money === undefined && draft.money !== undefined) {
    earlier.start = draft.start;
    earlier.end = draft.end;
  }
  absorb(earlier, draft);
  earlier.sentenceIndex = Math.max(earlier.sentenceIndex, draft.sentenceIndex);
  earlier.paragraph = Math.max(earlier.paragraph, draft.paragraph);
}

/** A report of a round that gives neither its amount nor its round ("lands new funding from Lightspeed"). */
function vague(d: DealDraft): boolean {
  return d.type === 'funding' && d.money === undefined && d.round === undefined;
}

function equalStatedAmount(a: number | undefined, b: number | undefined, money: readonly MoneyMention[]): boolean {
  if (a === undefined || b === undefined) return false;
  const x = money[a];
  const y = money[b];
  return !!x && !!y && x.currency === y.currency && x.amount === y.amount && x.amountMax === y.amountMax;
}

function sameAmount(a: number | undefined, b: number | undefined, money: readonly MoneyMention[]): boolean {
  if (a === undefined || b === undefined || a === b) return true;
  const x = money[a];
  const y = money[b];
  return !!x && !!y && x.currency === y.currency && x.amount === y.amount;
}
