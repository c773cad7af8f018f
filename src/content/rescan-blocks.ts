// Reads changed blocks again: mentions inside them (or whose text left the page) are dropped with
// their highlights, the blocks' current text is annotated, and the lists are put back in page order.
import { findMentions } from '../core/find-mentions';
import type { CompanyMatcher } from '../core/companies';
import type { PageContext } from '../core/types';
import { collectText } from './collect-text';
import type { MentionSinks } from './nearby-ranges';
import { addMentions, type PageMention, type PageScan } from './scan-page';

export interface RescanOptions {
  context: PageContext;
  matcher: CompanyMatcher;
  highlights: MentionSinks<Range>;
}

type Money = PageScan['money'][number];

const inPageOrder = (a: PageMention, b: PageMention): number => a.range.compareBoundaryPoints(Range.START_TO_START, b.range);

/** A mention is stale when its text left the page (text changed in place is in a changed block). */
function isStale(m: PageMention): boolean {
  return m.range.collapsed || !m.range.startContainer.isConnected || !m.range.endContainer.isConnected;
}

/** Whether a node is one of `blocks` or inside one (a walk up its ancestors, not a test per block). */
function isWithin(node: Node, blocks: ReadonlySet<Node>): boolean {
  for (let n: Node | null = node; n; n = n.parentNode) if (blocks.has(n)) return true;
  return false;
}

/**
 * Puts the mentions added at the end of `list` (from `firstNew` on, in page order, all from one block
 * whose old mentions are gone) where they belong: a binary search of the list in page order, instead
 * of sorting everything again (compareBoundaryPoints is a DOM call).
 */
export function placeAdded<T>(list: T[], firstNew: number, compare: (a: T, b: T) => number): void {
  if (firstNew >= list.length) return;
  const added = list.splice(firstNew);
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (compare(list[mid]!, added[0]!) < 0) lo = mid + 1;
    else hi = mid;
  }
  list.splice(lo, 0, ...added);
}

/**
 * `added`: the blocks are new and nothing else changed (see watchPage), so the mentions found before
 * are all kept without looking at each of them (an infinite feed's appends stay cheap as it grows).
 */
export function rescanBlocks(scan: PageScan, blocks: readonly Element[], { context, matcher, highlights }: RescanOptions, added = false): void {
  // Partners of restated amounts, as objects, so they survive the renumbering below.
  const partnerOf = new Map<Money, Money>();
  for (const m of scan.money) if (m.mention.equivalentOf !== undefined) partnerOf.set(m, scan.money[m.mention.equivalentOf]!);

  const changed = new Set<Node>(blocks);
  const keep = <T extends PageMention>(list: T[]): T[] => {
    const kept: T[] = [];
    for (const m of list) {
      if (isStale(m) || isWithin(m.range.startContainer, changed)) highlights[m.kind].delete(m.range);
      else kept.push(m);
    }
    return kept;
  };
  if (!added) {
    scan.money = keep(scan.money);
    scan.companies = keep(scan.companies);
  }

  // Outer blocks only: a changed block inside another changed block is read with it.
  const outer = blocks.filter((b) => b.isConnected && !(b.parentNode && isWithin(b.parentNode, changed)));
  for (const block of outer) {
    const page = collectText(block);
    if (!page.text.trim()) continue;
    const firstMoney = scan.money.length;
    const firstCompany = scan.companies.length;
    addMentions(scan, page, 0, findMentions(page.text, { context, companies: matcher }), highlights);
    for (const m of scan.money.slice(firstMoney)) if (m.mention.equivalentOf !== undefined) partnerOf.set(m, scan.money[m.mention.equivalentOf]!);
    placeAdded(scan.money, firstMoney, inPageOrder);
    placeAdded(scan.companies, firstCompany, inPageOrder);
  }

  const indexOf = new Map(scan.money.map((m, i) => [m, i]));
  scan.money.forEach((m, i) => {
    m.index = i;
    const partner = partnerOf.get(m);
    const at = partner && indexOf.get(partner);
    if (at === undefined) delete m.mention.equivalentOf;
    else m.mention.equivalentOf = at;
  });
  scan.companies.forEach((m, i) => (m.index = i));
}
