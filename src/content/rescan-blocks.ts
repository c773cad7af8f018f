// Reads changed blocks again: mentions inside them (or whose text left the page) are dropped with
// their highlights, the blocks' current text is annotated, and the lists are put back in page order.
import { annotate, type CompanyMatcher } from '../core';
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
  return !m.range.startContainer.isConnected || !m.range.endContainer.isConnected || m.range.collapsed;
}

export function rescanBlocks(scan: PageScan, blocks: readonly Element[], { context, matcher, highlights }: RescanOptions): void {
  // Partners of restated amounts, as objects, so they survive the renumbering below.
  const partnerOf = new Map<Money, Money>();
  for (const m of scan.money) if (m.mention.equivalentOf !== undefined) partnerOf.set(m, scan.money[m.mention.equivalentOf]!);

  const inChanged = (m: PageMention) => isStale(m) || blocks.some((b) => b.contains(m.range.startContainer));
  const dropped = [...scan.money.filter(inChanged), ...scan.companies.filter(inChanged)];
  for (const m of dropped) highlights[m.kind].delete(m.range);
  scan.money = scan.money.filter((m) => !inChanged(m));
  scan.companies = scan.companies.filter((m) => !inChanged(m));

  // Outer blocks only: a changed block inside another changed block is read with it.
  const outer = blocks.filter((b) => b.isConnected && !blocks.some((o) => o !== b && o.contains(b)));
  for (const block of outer) {
    const page = collectText(block);
    if (!page.text.trim()) continue;
    const firstNew = scan.money.length;
    addMentions(scan, page, 0, annotate(page.text, { context, companies: matcher, deals: false }), highlights);
    for (const m of scan.money.slice(firstNew)) if (m.mention.equivalentOf !== undefined) partnerOf.set(m, scan.money[m.mention.equivalentOf]!);
  }

  scan.money.sort(inPageOrder);
  scan.companies.sort(inPageOrder);
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
