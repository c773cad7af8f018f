// A merger has a direction only when the text states one. "Pinecrest Bancshares and Lakeshore Financial
// Corp. have signed a definitive merger agreement … Lakeshore will merge into Pinecrest, which will be the
// surviving company": the company that merges into the other, or is not the survivor, is the deal's target
// and the survivor its acquirer. Without such words the first company named stays the target and the
// others counterparties (a merger of equals has no buyer).
import type { DealDraft } from './deal-draft';
import type { SentenceView } from './sentence-view';
import { matchesOf } from '../text/matches-of';

/** How far past the merger's sentence the statement may stand (the next sentence, as a rule). */
const LOOK_AHEAD_CHARS = 260;

const NAME = String.raw`([A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*){0,3})`;
/** "Pinecrest, which will be the surviving company", "with Pinecrest Bank as the surviving bank", "Blue Ridge will be the surviving credit union". */
// ("with Northern Lode continuing as the parent company", "with Doha Marine continuing as the listed parent company": the
// parent that goes on is the survivor too.)
const SURVIVOR = new RegExp(String.raw`${NAME},?\s+(?:(?:which|that)\s+)?(?:will|would|is to|shall)\s+(?:be|remain|continue as)\s+the\s+surviving\s+(?:holding\s+)?(?:company|entity|corporation|bank|institution|parent|group|lender|credit union|insurer|society)|\bwith\s+${NAME}\s+as\s+the\s+surviving\s+(?:holding\s+)?(?:company|entity|corporation|bank|institution|parent|group|lender|credit union|insurer|society)|\bwith\s+${NAME}\s+(?:continuing|remaining)\s+as\s+the\s+(?:listed\s+)?(?:parent|surviving|listed)\s+(?:company|entity|corporation|group)`, 'g');
/** "… and Yukon Crest becoming a wholly owned subsidiary": the company that becomes a subsidiary is absorbed. */
const BECOMES_SUBSIDIARY = new RegExp(String.raw`${NAME}\s+(?:becoming|becomes|will become|to become)\s+an?\s+(?:wholly[- ]owned\s+)?subsidiary\b(?!\s+of)`, 'g');
/** "Lakeshore will merge into Pinecrest", "Lakeshore will become a wholly owned subsidiary of Pinecrest". */
const ABSORBED = new RegExp(String.raw`${NAME}\s+(?:will|would|is to|shall)\s+(?:be\s+merged|merge|become\s+an?\s+(?:wholly[- ]owned\s+)?subsidiary\s+of|be\s+folded)\s+(?:into\s+)?${NAME}`, 'g');

/** Sets the merger's target to the company the text says is absorbed, when it names the survivor among its parties. */
export function orientMerger(view: SentenceView, draft: DealDraft): void {
  if (draft.type !== 'merger' || draft.investors.length !== 1) return;
  const other = draft.investors[0]!;
  const window = view.text.slice(view.start, Math.min(view.text.length, view.end + LOOK_AHEAD_CHARS));
  // The statement must be in this sentence or the next one.
  const cut = window.slice(view.end - view.start).search(/[.!?]\s+[A-Z][^.!?]*[.!?]/);
  const text = cut < 0 ? window : window.slice(0, view.end - view.start + cut + 1);
  const names = { target: draft.target.name, other: other.name };
  let survivor: 'target' | 'other' | undefined;
  for (const m of matchesOf(SURVIVOR, text)) survivor ??= whichParty(m[1] ?? m[2] ?? m[3]!, names);
  for (const m of matchesOf(BECOMES_SUBSIDIARY, text)) {
    const absorbed = whichParty(m[1]!, names);
    if (absorbed) survivor ??= absorbed === 'target' ? 'other' : 'target';
  }
  for (const m of matchesOf(ABSORBED, text)) {
    const absorbed = whichParty(m[1]!, names);
    const into = whichParty(m[2]!, names);
    if (absorbed && into && absorbed !== into) survivor ??= into;
  }
  if (survivor !== 'target') return;
  // ("Mutual insurers Harrow Mutual and Lincolnshire Farmers have agreed to combine": a partner the company reader left
  // out is found by its name in the sentence.)
  const at = view.text.slice(view.start, view.end).indexOf(other.name);
  const mention = view.companies.find((c) => c.id === other.id) ?? (at < 0 || other.id === undefined ? undefined : { start: view.start + at, end: view.start + at + other.name.length, text: other.name, name: other.name, id: other.id });
  if (!mention) return;
  draft.investors = [{ id: draft.target.id, name: draft.target.name }];
  draft.target = mention;
}

/** Which party a name written in the text stands for: its full name or its first word ("Pinecrest"). */
function whichParty(written: string, names: { target: string; other: string }): 'target' | 'other' | undefined {
  const bare = (x: string) => x.replace(/[,.]+$/, '').trim();
  const w = bare(written);
  const fits = (name: string) => bare(name) === w || bare(name).startsWith(`${w} `);
  const t = fits(names.target);
  const o = fits(names.other);
  return t === o ? undefined : t ? 'target' : 'other';
}
