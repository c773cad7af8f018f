// The table of Chinese not-a-deal cues, asked once per sentence of the deals its patterns and frames read (issue 17:
// most false Chinese deals are sentences that talk about a deal without reporting one). Each cue has a reach:
//   rumour   "市场传言其将获得新一轮战略投资", "网传…已被某大厂收购，公司回应称消息不实": a rumour, a denial or a
//            clarification governs its whole sentence, unless the sentence says after it that the deal was done
//            ("传闻已久的合并今日正式完成").
//   plan     "某公司披露IPO招股书，拟募资20亿元", "公司IPO已过会，拟在创业板上市": a plan, a filing, an approval still to
//            come or an offer just opened ("今日起至7月2日招股") before a round, a listing or a bond issue in its sentence, with no word of it
//            being done after the cue ("去年递交招股书的X今日正式挂牌" is a listing). Purchases and mergers keep the
//            checks their triggers make (deal-frames.ts: an announced price or a set exchange ratio settles 拟).
//   total    "该公司成立以来共完成6轮融资": a count of rounds since the start is no round.
//   no name  "关于收购事项的最新进展请以公司公告为准": a name read from a clause that holds 为准, 以来, 公告 is words, not a company.
//   own fund "高瓴资本旗下基金完成募资，总规模约180亿美元": a fund raising its own money is no round and no listing.
//   recalled "这是锂晶科技继去年完成A轮融资后的又一笔融资": a deal inside a clause of 继…后 is background; so is one
//            after 曾 / 此前 in its clause (or a clause of only 此前) with no time in its sentence and no word of a deal
//            done between and no round or amount named ("此前百度和吉利曾分别向其注资", "此前，极佳视界刚获得华为哈勃投资";
//            "早在2021年，美团就曾以5亿美元战略投资理想汽车" is dated, so reported).
//   bonds    "成功发行…公司债券，…，募集资金将用于偿还到期债务": proceeds of a bond are no listing.
//   framework "远航物流与东方冷链签署合并框架协议": a framework, a letter of intent or a memorandum, for any deal.
//   product  "小鹏汽车新款车型今日正式上市，售价15.98万元起": a product on sale is no listing.
// The deal reader runs this before it picks one deal per company (extract-deals.ts), so a bond issue read as a
// listing and as debt stays debt.
import type { DealDraft } from './deal-draft';
import type { SentenceView } from './sentence-view';

/** Rumours, denials, clarifications: the whole sentence is about what was said, not what was done. */
// ("X已完成新一轮融资，…，但X方面尚未对外确认上述消息": a report its company has not confirmed.)
// ("市场再传顺达物流与远洋快运将合并的消息": talk that spreads again, or widely.)
/** Words that report talk, not a deal: they govern the part of the sentence between "；" they stand in. */
// ("「明视智能」完成8000万元A轮融资，投资方为高特佳投资；…「新瑞鹏」据传正寻求新一轮融资": a roundup's rumour is its own item's.)
const REPORTED = /^(?:传闻|传言|网传|据传|再传|盛传|频传|坊间|有消息称|市场消息)/;
const RUMOUR = /传闻|传言|网传|据传|再传|盛传|频传|坊间|有消息称|市场消息|否认|辟谣|不实|澄清|未予置评|不予置评|不予评论|未予回应|(?:尚未|并未|未)(?:对外|公开|正式)?(?:确认|证实|回应)(?:上述|该|这一|相关|此|这)?(?:消息|报道|传闻|说法|信息)|未经证实|未获证实|有待证实|暂无[^，。；]{0,8}计划|没有[^，。；]{0,8}计划|并无[^，。；]{0,8}计划/g;

/** Plans, hopes, filings, approvals to come, an offer just opened: a round, listing or bond issue after one of them is not yet done. */
const PLAN =
  /拟|计划|希望|争取|力争|寻找|正在|将于|将在|明日|明天|下周|下月|明年|年内|择期|筹划|筹备|有意|考虑|打算|意向|洽谈|谈判|磋商|商讨|寻求|或将|有望|预计|准备|冲刺|递表|递交|招股书|聆讯|辅导|备案|过会|受理|获批|获准|注册批复|申请|尚需|尚待|有待|待批|尽调|尽职调查|(?:进入|处于|正在|接受|等待|仍在)[^，。；]{0,8}?(?:审查|审核|审批)|(?:起|开始|启动)招股|起至[^，。；]{0,8}招股|招股(?:期|将于|截止)|能否|不确定|终止|告吹|破裂|取消|放弃|叫停|暂缓|推迟|撤回|中止|搁置|未能|失败/g;

/** Agreements that are not the deal: a framework, a letter of intent, a memorandum (for every kind of deal). */
const FRAMEWORK = /框架协议|意向书|意向协议|备忘录|合作意向/g;

/** A count of rounds or a total since the start: "成立以来共完成6轮融资". */
// ("完成新一轮融资", "已经完成了四轮融资。最新一轮是…": one round, and a count the next sentence names the round of, are not.)
// ("小米产投共完成投资50余起": an investor's tally of deals is none of them; "又完成一笔…融资" is one.)
const TOTAL = /以来|累计|迄今|至今|(?:共|先后|总共|合计)(?:完成|获得)了?[\d二三四五六七八九十两]+轮|(?:\d+|[二三四五六七八九十两百]+)余?(?:起|笔|个项目)/;

/** A deal recalled in passing, with no time of its own: "此前百度和吉利曾分别向其注资", "此前曾获得华为哈勃投资". */
const ONCE_G = /曾经?|此前|早前|之前|早年/g;
const DATED = /\d{4}年|\d{1,2}月|去年|今年|前年|上月|上个月|年初|年底|年中/;

/** Words no name the reader read from a clause holds ("成立以来共", "公告为准", "最快下周", "希望在年内"): the frame read words, not a company. */
// ("某上市公司", "注资": an unnamed company, a verb.)
// ("换股吸收合并预案": a document; "仍处于尽调阶段": a stage; "银行" alone: a kind, not a name.)
// ("保留安宠医疗的品牌和管理团队", "首发募资合计43亿元": a conjunction or a total opens no name; a first listing is no company.)
const NOT_A_NAME = /^(?:和|与|及|并|或|首发$|合计|共计|累计|总计)|以来|为准|希望|年内|最快|下周|下月|明日|明年|今日|昨日|披露|公告|进展|事项|计划|IPO|^上市|融资$|收购$|^(?:注资|增资)$|^(?:某|一家|多家|该|这家|其|每股|每|另一|另外|仍|尚)|子公司$|^(?:新增|新发行|增发|定向)|^[A-Za-z]{1,2}$|(?:预案|草案|方案|报告书|阶段)$|的(?:市值|股价|估值)|^(?:银行|证券|公司|集团|企业|基金|保险|信托|券商|银行业)$/;

/** Words saying the deal was done after all: "今日正式挂牌", "已完成", "成功发行", "首日收涨". */
// ("吸收合并中钢工程事项已实施完毕", "要约收购已于10月29日届满": a matter carried out, an offer run to its end.)
const DONE = /今日|今天|昨日|昨天|日前|近日|正式|完成|成功|首日|收涨|收跌|报收|开盘|宣布|落地|敲钟|顺利|完毕|届满/g;

/** A fund raising its own money ("旗下基金完成募资", "新一期人民币基金募集", "基金首关"). */
const OWN_FUND = /基金[^，。；]{0,10}?(?:募资|募集|关账|首关|终关|注册成立|设立)|(?:募资|募集)[^，。；]{0,6}?基金/;

/** A deal named as a matter or a motion ("…100%股权事项", "…的议案"). */
const MATTER = /事项|议案/;

/** Money raised before, being used, kept or accounted for. */
const MONEY_USED = /募集资金(?:已)?(?:全部|累计)?(?:使用|投入|存放|置换|专户|管理)|募集资金使用/;

/** Bonds and notes: what a sentence about them raises is debt. */
const BOND = /债券|中期票据|短期融资券|公司债|企业债|金融债|永续债|可转债|科创债|票据/;
const LISTING = /上市|挂牌|IPO|招股|登陆|首次公开发行|敲钟/;

/** A product, not the company, goes on sale: "小鹏汽车新款车型今日正式上市，售价15.98万元起". */
const PRODUCT = /新款|车型|新车|新品|产品|机型|手机|新药|药品|疫苗|系列|款(?:车|手机|产品)/;

/** Between a parent and the verb: an arm of it with no name ("旗下供应链公司", "旗下的一家子公司"). */
const UNNAMED_ARM = /^[」』”"]?(?:旗下|下属|控股)的?(?:一家)?[\u4e00-\u9fff]{0,8}?(?:公司|子公司|平台|业务|板块|企业)(?:已经?|近日|日前|今日|宣布)*$/;

/** A deal under review: "已进入反垄断审查阶段", "正在接受交易所审核". */
const UNDER_REVIEW = /(?:进入|处于|正在|接受|等待|仍在)[^，。；]{0,8}?(?:审查|审核|审批)/;

/** The verb of a transfer to a receiver, at a sale's cue. */
const TRANSFER_TO = /^(?:出售|转让|卖|(?:无偿)?划转)(?:给|予)|^无偿划转至/;

const CLAUSE_MARK = /[，,。；;：:]/;

function lastIndex(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let last = -1;
  for (let m = re.exec(text); m; m = re.exec(text)) last = m.index;
  return last;
}

/** The end of the clause holding `at` (the next clause mark, or the sentence end). */
function clauseEnd(view: SentenceView, at: number): number {
  for (let i = at; i < view.end; i++) if (CLAUSE_MARK.test(view.text[i]!)) return i;
  return view.end;
}

function clauseStart(view: SentenceView, at: number): number {
  for (let i = at - 1; i >= view.start; i--) if (CLAUSE_MARK.test(view.text[i]!)) return i + 1;
  return view.start;
}

/** The next sentence answers the report with a denial or no comment: "有媒体报道称，…已完成…。对此，X回应称消息不实". */
// (Only a sentence that points back at the report, 对此 / 就此 / 对于上述消息, within its first words.)
const NEXT_DENIES =
  /^[。！？!?\s]*(?:对此|就此|(?:对于|针对|关于)上述(?:消息|报道|传闻|传言|说法))[^。！？]{0,40}?(?:否认|不实|澄清|辟谣|不予置评|未予置评|不予评论|未予回应|不予回应|不作评论|尚未确认|未经证实|以公司公告为准|以公告为准)/;

/** The drafts of a Chinese sentence that its cues leave standing. */
export function zhSettledDeals(drafts: DealDraft[], view: SentenceView): DealDraft[] {
  if (drafts.length === 0) return drafts;
  const sentence = view.text.slice(view.start, view.end);
  if (NEXT_DENIES.test(view.text.slice(view.end, Math.min(view.text.length, view.end + 60)))) return [];
  // The last rumour cue of the sentence; one that only reports talk reaches no further than its part between "；".
  const rumours: number[] = [];
  RUMOUR.lastIndex = 0;
  for (let m = RUMOUR.exec(sentence); m; m = RUMOUR.exec(sentence)) rumours.push(m.index);
  const bonds = BOND.test(sentence) && !LISTING.test(sentence);
  return drafts.filter((d) => {
    const at = d.anchor - view.start;
    if (d.target.id.startsWith('unknown:') && NOT_A_NAME.test(d.target.name)) return false;
    const part = sentence.slice(0, at).lastIndexOf('；');
    const partEnd = sentence.indexOf('；', at) < 0 ? sentence.length : sentence.indexOf('；', at);
    const rumourAt = rumours.filter((r) => !REPORTED.test(sentence.slice(r, r + 5)) || (r > part && r < partEnd)).at(-1) ?? -1;
    if (rumourAt >= 0 && lastIndex(DONE, sentence.slice(rumourAt)) < 0) return false;
    // ("签署协议，将所持本市旅游发展公司100%股权无偿划转至城发集团": the one a stake goes to receives it; taken for
    // the company sold, the deal has lost what was sold.)
    const to = TRANSFER_TO.exec(sentence.slice(at, at + 8));
    if (to && view.companies.some((c) => c.start === d.anchor + to[0].length && c.id === d.target.id)) return false;
    // ("「霸王茶姬」旗下供应链公司获得战略投资": an arm the sentence does not name is funded or listed, not its parent.)
    if ((d.type === 'funding' || d.type === 'ipo') && d.target.end <= d.anchor && UNNAMED_ARM.test(view.text.slice(d.target.end, d.anchor))) return false;
    // ("公司对收购西部水泥的兴趣一直存在", "关于收购事项的最新进展": a deal that is the topic of the words around it.)
    if (/(?:对|关于|有关)$/.test(sentence.slice(Math.max(0, at - 2), at))) return false;
    const start = clauseStart(view, d.anchor) - view.start;
    const end = clauseEnd(view, d.anchor) - view.start;
    // ("要求公司就发行股份购买四川华鲲电子100%股权事项…作出说明": a deal named as a matter, with no word of it done after.)
    const matter = MATTER.exec(sentence.slice(at, end));
    if (matter && lastIndex(DONE, sentence.slice(at + matter.index)) < 0) return false;
    // ("这是锂晶科技继去年完成A轮融资后的又一笔融资": 继 before the cue and 后 after it, in one clause.)
    const before = sentence.slice(start, at);
    if (before.includes('继') && /^[^，。；]{0,16}?后/.test(sentence.slice(at, end))) return false;
    // ("此前，极佳视界刚获得华为哈勃投资": a clause that is only the word for before governs the next.)
    const once = /(?:^|[，,。；])(?:此前|之前|早前)[，,]$/.test(sentence.slice(Math.max(0, start - 4), start)) ? 0 : lastIndex(ONCE_G, before);
    // (Unless a word of a deal done stands between, "此前，长安汽车旗下阿维塔也宣布以115亿元受让…", or in a later clause that
    // tells it again, "此前市场传言的…一事尘埃落定：…今日公告，已以8.6亿元完成…的收购".)
    // (A round named or an amount makes it a deal told: "星辰动力此前完成了B轮融资，由澜湖资本领投".)
    const told = d.money !== undefined || /轮/.test(sentence.slice(start, end));
    if (once >= 0 && !told && !DATED.test(sentence.slice(0, end)) && lastIndex(DONE, sentence.slice(start + once, at)) < 0 && lastIndex(DONE, sentence.slice(end)) < 0) return false;
    if (d.type === 'ipo' && (bonds || PRODUCT.test(before) || /^[^，。；]{0,6}?[，,]?(?:售价|定价|起售|指导价)/.test(sentence.slice(at + 2, end + 8)))) return false;
    // ("远航物流与东方冷链签署合并框架协议": a framework, a letter of intent or a memorandum is signed, not the deal.)
    const framed = lastIndex(FRAMEWORK, sentence.slice(0, end));
    if (framed >= 0 && lastIndex(DONE, sentence.slice(framed, end)) < 0) return false;
    // ("吉利汽车对极星汽车的收购已进入反垄断审查阶段": the deal itself, in its own clause, still under review.)
    const review = UNDER_REVIEW.exec(sentence.slice(at, end));
    if (review && lastIndex(DONE, sentence.slice(at + review.index, end)) < 0) return false;
    if (d.type !== 'funding' && d.type !== 'ipo' && d.type !== 'debt') return true;
    if ((d.type === 'funding' || d.type === 'ipo') && OWN_FUND.test(sentence.slice(start, end))) return false;
    // ("公司2023年3月完成的定向增发募集资金已全部使用完毕": a deal told as what qualifies a noun, and money raised
    // long ago being spent, are no deal.)
    // (Unless the sentence goes on to tell the round, who led it or what it valued the company at: "摩芯科技去年12月完成的C轮融资
    // 由国风投基金领投，投后估值约280亿元".)
    const toldAfter = /领投|跟投|参投|投资方|估值/.test(sentence.slice(at));
    if ((d.type === 'funding' || d.type === 'ipo') && ((/^(?:完成|实施|获得)的/.test(sentence.slice(at, at + 3)) && !toldAfter) || MONEY_USED.test(sentence))) return false;
    // ("据天眼查信息，该公司成立以来共完成6轮融资": a running count of rounds is no round.)
    if (d.type === 'funding' && TOTAL.test(sentence.slice(start, end))) return false;
    // The last plan cue up to the end of the deal's clause, against the last word of the deal being done after it.
    const upTo = sentence.slice(0, end);
    const planAt = lastIndex(PLAN, upTo);
    return planAt < 0 || lastIndex(DONE, upTo.slice(planAt)) >= 0;
  });
}
