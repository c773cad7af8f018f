// A placement sold beside a listing or a SPAC merger is a second deal, a round of the company listed
// (the evaluation set's convention, en-corporate.ts): "It comes with a $4 billion PIPE, … including $750 million
// from Altimeter Capital", "PepsiCo agreed to buy $175mn of preferred stock in a concurrent private placement",
// "The deal also includes a $2.5 billion PIPE at $15 a share".
import { addInvestor, type DealDraft } from './deal-draft';
import type { IndexedMoney, SentenceView } from './sentence-view';

const WINDOW_SENTENCES = 2;
/** A sentence that may report such a placement: a cheap test before anything else. */
export const PLACEMENT_WORD = /\bPIPE\b|\bprivate placement\b/;
const EXCHANGE = /Exchange|Nasdaq|NYSE|\bHKEX\b|\bLSE\b|\bSGX\b|\bASX\b/;

/** The placement this sentence reports for the listing or merger just before it, or undefined. */
export function readPlacement(view: SentenceView, drafts: readonly DealDraft[]): DealDraft | undefined {
  const sentence = view.text.slice(view.start, view.end);
  if (!PLACEMENT_WORD.test(sentence)) return undefined;
  const listing = latestListing(view, drafts);
  if (!listing) return undefined;
  const pipe = /\bPIPE\b/.test(sentence);
  const money = view.money.find((m) => sizeOfPlacement(view, m, pipe));
  if (!money) return undefined;
  const draft: DealDraft = {
    type: 'funding',
    target: listing.target,
    investors: [],
    money: money.index,
    round: pipe ? 'PIPE' : 'private placement',
    anchor: money.mention.start,
    sentenceIndex: view.index,
    paragraph: view.paragraph,
    start: view.start,
    end: view.end,
  };
  const parties = new Set(listing.investors.map((i) => i.id ?? i.name));
  for (const c of view.companies) if (c.id !== listing.target.id && !parties.has(c.id) && !EXCHANGE.test(c.text)) addInvestor(draft, c, 'participant');
  return draft;
}

function latestListing(view: SentenceView, drafts: readonly DealDraft[]): DealDraft | undefined {
  for (let i = drafts.length - 1; i >= 0; i--) {
    const d = drafts[i]!;
    if (d.paragraph !== view.paragraph || view.index - d.sentenceIndex > WINDOW_SENTENCES) return undefined;
    if (d.type === 'ipo' || d.type === 'merger') return d;
  }
  return undefined;
}

/** "a $4 billion PIPE", "buy $175mn of preferred stock in a concurrent private placement"; never "$15 a share". */
function sizeOfPlacement(view: SentenceView, m: IndexedMoney, pipe: boolean): boolean {
  const after = view.text.slice(m.mention.end, Math.min(view.end, m.mention.end + 40));
  if (/^\s*(?:a|per|each)\s+share\b|^\s*each\b/i.test(after)) return false;
  if (pipe) return /^\s*(?:[\w-]+\s+){0,2}?PIPE\b/.test(after);
  const before = view.text.slice(Math.max(view.start, m.mention.start - 30), m.mention.start);
  return /\b(?:buy|buys|bought|purchase|purchased|subscribe for|subscribed for|invest|invested|take up|took up)\s+(?:up to\s+|about\s+|another\s+)?$/i.test(before) || /^\s*in\s+(?:a\s+)?(?:concurrent\s+)?private placement\b/i.test(after);
}
