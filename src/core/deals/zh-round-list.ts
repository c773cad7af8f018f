// Rounds told as a list after the count of them: "微元合成宣布连续完成两轮融资：天使轮由峰瑞资本独家投资，天使+轮由BV百度
// 风投领投、老股东峰瑞资本跟投". The count ("两轮融资") is no round of its own; each clause that opens on a round's name
// and says who backed it ("天使轮由…投资") is one, of the same company. Each draft is anchored at its round's name, so the
// role phrases of its clause (after that anchor) go to it.
import type { DealDraft } from './deal-draft';
import { newDraft } from './funding-patterns';
import { findRounds } from './rounds';
import type { SentenceView } from './sentence-view';

/** The count of rounds a funding verb reports ("两轮融资", "连续完成三轮融资", "多轮融资"). */
const COUNT_OF_ROUNDS = /(?:两|三|四|五|多|数|\d)轮(?:融资|投资)/;
/** Two rounds named and joined before their count: "天使轮和天使+轮两轮融资", "A轮及A+轮两轮融资". */
const ROUNDS_JOINED = /轮(?:融资)?(?:和|及|与|、|以及)[^，。；]{1,10}?轮(?:融资)?(?:共)?(?:两|二|三|\d)轮/;
/** Two rounds named and joined with no count after them: "连续完成天使轮和天使+轮融资，天使轮由…". */
const ROUNDS_PAIR = /轮(?:融资)?(?:和|及|与|以及)[^，。；]{1,10}?轮融资/;
/** A clause that opens on a round's name and says who backed it: "天使轮由峰瑞资本独家投资", "A轮由…领投". */
const ROUND_CLAUSE = /^(?:其中，?)?((?:Pre-?)?[A-F](?:\d|\+{1,2})?|天使\+{0,2}|种子\+?|Pre-?IPO)轮(?:融资)?(?:由|的投资方为|投资方为|的领投方为)/i;

/** The rounds listed after a count of rounds in `draft`'s clause; empty when the sentence lists none. */
export function zhRoundsListed(view: SentenceView, draft: DealDraft, triggerEnd: number): DealDraft[] {
  if (draft.type !== 'funding') return [];
  const told = view.text.slice(draft.anchor, Math.min(view.end, triggerEnd + 4));
  const pair = ROUNDS_PAIR.test(told);
  if (!COUNT_OF_ROUNDS.test(told) && !pair) return [];
  // ("连续完成天使轮和天使+轮两轮融资": the rounds named before their count, each a round of its own.)
  if (ROUNDS_JOINED.test(told) || pair) {
    const named = findRounds(view.text, draft.anchor, Math.min(view.end, triggerEnd + 4));
    const rounds = named.filter((r, i) => named.findIndex((o) => o.round === r.round) === i);
    // (Each anchored at the later clause that tells who backed it, "天使轮由高瓴创投独家投资，天使+轮由蓝驰创投领投", when there is one.)
    const told = roundClauses(view, triggerEnd);
    if (rounds.length >= 2) return rounds.map((r) => Object.assign(newDraft(view, 'funding', draft.target, told.get(r.round) ?? r.start), { round: r.round }));
  }
  if (draft.round !== undefined) return [];
  const near = view.text.slice(triggerEnd, Math.min(view.end, triggerEnd + 9)).indexOf('：');
  if (near < 0) return [];
  const colon = triggerEnd + near;
  const listed: DealDraft[] = [];
  let from = colon + 1;
  while (from < view.end) {
    const m = ROUND_CLAUSE.exec(view.text.slice(from, Math.min(view.end, from + 24)));
    if (m) {
      const round = findRounds(view.text, from, from + m[0].length)[0];
      if (round) {
        const d = newDraft(view, 'funding', draft.target, round.start);
        d.round = round.round;
        listed.push(d);
      }
    }
    // (A clause is short; each is looked at once, so a long sentence stays linear.)
    const next = view.text.slice(from, Math.min(view.end, from + 120)).search(/[，；]/);
    if (next < 0) break;
    from += next + 1;
  }
  return listed.length >= 2 ? listed : [];
}

/** The clauses after `from` that open on a round's name and its backers, by round, at the clause's start. */
function roundClauses(view: SentenceView, from: number): Map<string, number> {
  const found = new Map<string, number>();
  for (let at = from, n = 0; at < view.end && n < 8; n++) {
    const m = ROUND_CLAUSE.exec(view.text.slice(at, Math.min(view.end, at + 24)));
    const round = m ? findRounds(view.text, at, at + m[0].length)[0] : undefined;
    if (round && !found.has(round.round)) found.set(round.round, round.start);
    const next = view.text.slice(at, Math.min(view.end, at + 120)).search(/[，；]/);
    if (next < 0) break;
    at += next + 1;
  }
  return found;
}

/** Before an amount, the words that make it the total of rounds told together ("两轮融资，累计金额近"). */
const TOTAL_BEFORE = /(?:两|二|三|四|多|\d)轮(?:融资)?[^。；]{0,12}?(?:累计|合计|共计|总计)(?:金额|融资额|融资金额)?(?:为|约|达|近|超过?|逾)*$/;

/** Whether the amount at `moneyStart` is the total of the rounds its sentence tells together. */
export function zhTotalOfRounds(text: string, moneyStart: number): boolean {
  return TOTAL_BEFORE.test(text.slice(Math.max(0, moneyStart - 30), moneyStart));
}
