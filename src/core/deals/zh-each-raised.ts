// Companies listed before one funding or listing verb, each with its own amount after 分别 ("respectively"):
// "其中赣锋锂业、药明康德分别募资约20亿港元和35亿港元", "云鲸动力与极智嘉分别完成5亿元和3亿元融资". One verb reports a deal
// for each company of the list, its amount taken in order. Read only when the list, 分别 and as many amounts as names
// stand in the verb's clause; otherwise the one deal the frame read stays as it is.
import type { DealDraft } from './deal-draft';
import type { SentenceView } from './sentence-view';

const JOINER = /^[、和及与]$/;
const CLAUSE_MARK = /[，,。；;：:]/;

/** The other deals of a list of companies before 分别 and the verb of `draft` (read at `at`); [] when there is none. */
export function zhEachRaised(view: SentenceView, draft: DealDraft, at: number): DealDraft[] {
  if (draft.type !== 'funding' && draft.type !== 'ipo') return [];
  // The list the draft's company stands in: neighbours joined by one joiner each, in the verb's clause.
  const companies = view.companies.filter((c) => c.end <= at);
  const i = companies.findIndex((c) => c.id === draft.target.id && c.start === draft.target.start);
  if (i < 0) return [];
  let first = i;
  while (first > 0 && JOINER.test(view.text.slice(companies[first - 1]!.end, companies[first]!.start))) first--;
  let last = i;
  while (last + 1 < companies.length && JOINER.test(view.text.slice(companies[last]!.end, companies[last + 1]!.start))) last++;
  const list = companies.slice(first, last + 1);
  if (list.length < 2 || list.length > 6) return [];
  // Right after the list: 分别 and the verb, nothing else but words of manner ("分别募资约", "分别完成").
  const between = view.text.slice(list[list.length - 1]!.end, at);
  if (!/^(?:已经?|近日|日前|今日)?分别/.test(between) || between.length > 8) return [];
  // As many amounts as names, in the verb's clause.
  let end = at;
  while (end < view.end && !CLAUSE_MARK.test(view.text[end]!)) end++;
  const sums = view.money.filter((m) => m.mention.start >= at && m.mention.end <= end);
  if (sums.length !== list.length) return [];
  draft.money = sums[i - first]!.index;
  return list
    .map((c, k) => ({ c, k }))
    .filter(({ c }) => c.id !== draft.target.id)
    .map(({ c, k }) => ({ ...draft, target: c, investors: [], money: sums[k]!.index, anchor: draft.anchor + 1 + k }));
}
