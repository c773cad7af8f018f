// A sentence that gives the size of a deal reported just before it, naming the deal, not the company:
//   "若绿鞋全额行使，本次发行募集资金约532亿元。" / "本轮融资金额为6亿美元。"
//   "The offering raised $1.2 billion." / "The round totals $40 million." / "The deal is valued at $2 billion."
// The amount goes to the latest deal of that kind in the same paragraph, within two sentences, that has none.
import type { DealDraft } from './deal-draft';
import type { SentenceView } from './sentence-view';

const WINDOW_SENTENCES = 2;
const QUALIFIER = String.raw`(?:about|around|roughly|nearly|almost|more than|over|some|approximately|up to|just under|just over)\s+`;
/** What kind of purchase the deal was: "the all-stock deal", "the cash-and-stock transaction". */
const DEAL_KIND = String.raw`(?:all-stock|all-cash|all-share|all-scrip|cash-and-stock|cash-and-share|stock-and-cash|cash|stock)\s+`;

/** Words right before an amount that make it the size of the deal named, by kind of deal. */
const LEADS: { type: DealDraft['type']; pattern: RegExp; total?: true; after?: RegExp }[] = [
  // "Including Spirit’s debt, the transaction value is about $8.3 billion": the total including debt is the price,
  // over an equity value the deal's own sentence gave.
  { type: 'acquisition', total: true, pattern: new RegExp(String.raw`\bincluding (?:[\w’'-]+\s+){0,2}debt,?\s+the (?:deal|transaction|acquisition|takeover)(?:’s|'s)? (?:value|total|price) (?:is|was|comes to|came to|of)\s+(?:${QUALIFIER})?$`, 'i') },
  { type: 'ipo', pattern: /(?:本次|此次|是次|这次)(?:发行|IPO|上市|全球发售|招股|公开发行)[^，。；]{0,12}?(?:募集资金|募资|集资|所得款项)(?:总额|净额)?(?:为|约|达|共|合计|逾|超过?|近)*$/ },
  // "本次H股发行价为每股34.3港元，募资总额约58.3亿港元": the gross size, in the next clause of the issue's sentence;
  // "公司此次发行约103.96亿股，发行价为4.53元/股，募资约471亿元": a size with no word for gross or net is the gross.
  // ("是次全球发售2.4亿股，所得款项总额约36亿港元": Hong Kong's word for the proceeds.)
  { type: 'ipo', pattern: /(?:本次|此次|是次|这次)[^。；]{0,40}?[，,](?:募集资金|募资|集资|所得款项)(?:总额|净额)?(?:为|约|达|共|合计|逾|超过?|近)*$/ },
  // "公司以每股18.6港元发售1.2亿股H股，募资总额约22.32亿港元": the company just listed, selling its shares, sizes its listing.
  { type: 'ipo', pattern: /^\s*(?:公司|该公司)(?:此次|本次)?以[^。；]{1,40}?(?:发行|发售)[^。；]{1,24}?[，,](?:募集资金|募资|集资)(?:总额)?(?:为|约|达|共|合计|逾|超过?|近)*$/ },
  // ("这轮融资规模约10亿元": this round, said plainly.)
  { type: 'funding', pattern: /(?:本轮|本次|此轮|该轮|此次|这轮)(?:融资|募资)?(?:金额|规模|总额)(?:为|约|达|共|合计|逾|超过?|近)*$/ },
  // "本轮融资由红杉中国领投，金额为10亿元": the size in a later clause of the round's sentence.
  { type: 'funding', pattern: /(?:本轮|此轮|该轮)(?:融资)?[^。；]{0,30}?[，,](?:融资)?(?:金额|规模|总额)(?:为|约|达|共|合计|逾|超过?|近)*$/ },
  // ("The flotation, priced at 330p a share, raised £1.72bn": past an aside.)
  { type: 'ipo', pattern: new RegExp(String.raw`\bthe (?:offering|IPO|listing|flotation|share sale)(?:,[^,;.]{1,40},)? (?:raised|raises|will raise|brought in|brings in|totall?ed|totals|was worth|is worth)\s+(?:${QUALIFIER})?$`, 'i') },
  { type: 'funding', pattern: new RegExp(String.raw`\bthe (?:round|raise|financing|investment) (?:totall?ed|totals|was|is|came to|comes to|brought in|brings in|was worth|is worth)\s+(?:${QUALIFIER})?$`, 'i') },
  // "The deal, which values the cybersecurity company at $32 billion, …": a purchase's "values … at" is its price.
  // "The deal, agreed in January, values the stake at …"; "共计斥资约37亿欧元", "耗资": what the buyer paid in all.
  // "Gilead paid $32.50 a share in the $4.3 billion deal": the amount that names the deal, right before its noun.
  // ("The $1.2 billion deal is expected to close next year": so at the sentence's start.)
  { type: 'acquisition', pattern: /(?:^\s*|\b(?:in|of|for)\s+)the\s+$/i, after: /^\s*(?:(?:all-cash|all-stock|all-share|cash-and-stock|cash|stock|takeover|buyout)\s+)?(?:deal|transaction|takeover|acquisition|purchase|buyout)\b/i },
  // "Hyundai Motor India made a muted debut … The ₹27,870 crore IPO, the largest in India’s history, was …": the
  // amount that names the listing, right before its noun.
  { type: 'ipo', pattern: /(?:^\s*|\b(?:in|of|for|from)\s+)(?:the|its)\s+$/i, after: /^\s*(?:(?:upsized|downsized|initial|public|share)\s+)*(?:IPO|initial public offering|offering|listing|float|flotation|share sale)\b/i },
  // "Heliox Power completed its merger with blank-check company Polaris Peak … The transaction delivered about $190
  // million in gross proceeds to Heliox": what a SPAC merger brings the company is that deal's amount.
  { type: 'acquisition', pattern: new RegExp(String.raw`\bthe (?:deal|transaction|merger|combination|business combination) (?:brought|brings|delivered|delivers|provided|provides|gave|gives|will (?:bring|deliver|provide|give)|is expected to (?:bring|deliver|provide|give))\s+(?:(?:the company|it|[A-Z][\w-]*(?: [A-Z][\w-]*)?)\s+)?(?:${QUALIFIER})?$`, 'i'), after: /^\s*(?:in\s+(?:gross\s+)?(?:proceeds|cash)|of\s+(?:gross\s+)?proceeds)\b/i },
  // "Kestrel Holdings agreed to buy Marlow Foods on Monday. Kestrel will pay $1.2 billion in cash.": what the buyer pays.
  { type: 'acquisition', pattern: new RegExp(String.raw`\b(?:will pay|is paying|is to pay|paid|pays|agreed to pay)\s+(?:${QUALIFIER})?$`, 'i'), after: /^\s*(?:in\s+(?:cash|stock|shares|cash and (?:stock|shares))\s*(?:[.;,]|$)|for\s+(?:it|the (?:company|business|group|firm|stake|unit))\b|[.;]|$)/i },
  // ("Corvane Systems has bought Telluric Analytics. The deal, worth $240 million, closed on Friday.": an aside naming its size.)
  { type: 'acquisition', pattern: new RegExp(String.raw`\bthe (?:deal|transaction|acquisition|purchase|takeover),\s+(?:which (?:is|was)\s+)?(?:worth|valued at|priced at)\s+(?:${QUALIFIER})?$`, 'i') },
  // ("The all-stock deal was valued at $128 million when it was announced in May": what kind of deal may stand before it.)
  { type: 'acquisition', pattern: new RegExp(String.raw`\bthe (?:${DEAL_KIND})?(?:deal|transaction|acquisition|purchase|takeover) (?:is|was) (?:valued|worth|priced) (?:at\s+)?(?:${QUALIFIER})?$|\bthe (?:deal|transaction|acquisition|purchase|takeover)(?:,[^,;.]{1,40},)?(?:,?\s+(?:which|that))?\s+(?:values|valued)\s+[^,;.]{1,60}?\s+at\s+(?:${QUALIFIER})?$|(?:本次|此次|该笔|这笔)?交易(?:作价|金额|对价|总价)(?:为|约|达|合计)*$|(?:共计|合计|总计|共)(?:斥资|耗资)(?:约|近|逾)*$`, 'i') },
];

/** A sentence may name a deal's size; a cheap test before any amount is looked at. */
export const AMOUNT_ANAPHORA = /^\s*(?:公司|该公司)(?:此次|本次)?以|\b(?:will pay|is paying|is to pay|paid|pays|agreed to pay)\b|(?:\b(?:in|of|for|from) (?:t|i)|^\s*T)(?:he|ts) (?:[$€£¥₹A-Z]{1,3}|Rs\.?\s?)[\d.,]+\s*(?:billion|million|bn|mn|m|b|crore|lakh crore)?\s+(?:[\w-]+\s+)?(?:deal|transaction|takeover|acquisition|purchase|buyout|IPO|offering|listing|float|flotation)\b|including (?:[\w’'-]+\s+){0,2}debt|本次|此次|是次|这次|本轮|此轮|该轮|这轮|交易作价|交易金额|交易对价|共计斥资|合计斥资|总计斥资|共计耗资|\bthe (?:(?:all-stock|all-cash|all-share|all-scrip|cash-and-stock|cash-and-share|stock-and-cash|cash|stock)\s+)?(?:offering|IPO|listing|flotation|share sale|round|raise|financing|investment|deal|transaction|acquisition|purchase|takeover)\b/i;

/** Gives the deal named in this sentence its amount; returns whether it did. */
export function attachFollowUpAmount(view: SentenceView, drafts: readonly DealDraft[]): boolean {
  let applied = false;
  for (const m of view.money) {
    const before = view.text.slice(Math.max(view.start, m.mention.start - 90), m.mention.start);
    const after = view.text.slice(m.mention.end, Math.min(view.end, m.mention.end + 40));
    const lead = LEADS.find((l) => l.pattern.test(before) && (!l.after || l.after.test(after)));
    if (!lead) continue;
    const deal = latest(view, drafts, lead.type);
    // "The transaction values Grab at about $40 billion" after a SPAC merger: what the combined company is worth.
    if (deal?.type === 'merger' && /\bvalu(?:es|ed)\s+(?!the (?:deal|transaction)\b)[^,;.]{1,60}?\s+at\s+(?:\S+\s+)?$/i.test(before)) {
      if (deal.valuation === undefined) deal.valuation = { money: m.index };
      applied = true;
      continue;
    }
    if (!deal || (deal.money !== undefined && !lead.total)) continue;
    deal.money = m.index;
    applied = true;
  }
  return applied;
}

function latest(view: SentenceView, drafts: readonly DealDraft[], type: DealDraft['type']): DealDraft | undefined {
  const fits = (d: DealDraft) => (type === 'acquisition' ? d.type === 'acquisition' || d.type === 'stake-sale' || d.type === 'merger' : d.type === type);
  for (let i = drafts.length - 1; i >= 0; i--) {
    const d = drafts[i]!;
    if (d.paragraph !== view.paragraph || view.index - d.sentenceIndex > WINDOW_SENTENCES) return undefined;
    if (fits(d)) return d;
  }
  return undefined;
}


