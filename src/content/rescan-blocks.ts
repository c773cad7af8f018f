// Reads changed blocks again: mentions whose text left the page go at once with their highlights;
// the blocks' current text goes to the engine in one request, and when it answers the blocks' old
// mentions are replaced by what it found and the lists are put back in page order.
import type { FoundMentions } from '../messages/contract';
import { collectText, type PageText } from './collect-text';
import type { HiddenText } from './hidden-text';
import type { MentionTracker } from './nearby-ranges';
import { inPageOrder, isStale } from './mention-range';
import { addMentions, nextSliceEnd, type FindMentions, type PageMention, type PageScan } from './scan-page';
import { pageMeasure } from './page-marks';

export interface RescanOptions {
  find: FindMentions;
  highlights: MentionTracker<PageMention>;
  /** Remembers the hidden elements the rescans leave out, for the page's watch. */
  hidden?: HiddenText;
}

type Money = PageScan['money'][number];


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

/** Blocks read for one request, joined into one text with "\n" as the page scan joins them. */
function readBlocks(blocks: readonly Element[], hidden?: HiddenText): { page: PageText; blocks: { block: Element; from: number; to: number }[] } {
  const page: PageText = { text: '', nodes: [], starts: [], blockStarts: [] };
  const read: { block: Element; from: number; to: number }[] = [];
  for (const block of blocks) {
    const own = collectText(block, hidden);
    if (!own.text.trim()) continue;
    if (page.text) page.text += '\n';
    const from = page.text.length;
    page.blockStarts.push(from);
    page.nodes.push(...own.nodes);
    for (const start of own.starts) page.starts.push(start + from);
    page.text += own.text;
    read.push({ block, from, to: page.text.length });
  }
  return { page, blocks: read };
}

/**
 * The engine's answer for a whole text, asked in slices as the page scan sends them (whole blocks, a
 * long block cut inside: see nextSliceEnd), so no request is longer than a slice (a burst of 200
 * paragraphs, or one paragraph of a megabyte), with offsets into the whole text.
 */
export async function findInSlices(find: FindMentions, page: PageText): Promise<FoundMentions> {
  const found: FoundMentions = { money: [], companies: [] };
  for (let from = 0; from < page.text.length; ) {
    const to = nextSliceEnd(page, from, page.text.length);
    const part = await find(page.text.slice(from, to));
    const firstMoney = found.money.length;
    for (const m of part.money) {
      found.money.push({ ...m, start: m.start + from, end: m.end + from, ...(m.equivalentOf !== undefined && { equivalentOf: m.equivalentOf + firstMoney }) });
    }
    for (const c of part.companies) found.companies.push({ ...c, start: c.start + from, end: c.end + from });
    from = to;
  }
  return found;
}

/** What the engine found, less the mentions outside `spans` (restatements keep their partner when it stays). */
export function keepWithin(found: FoundMentions, spans: readonly { from: number; to: number }[]): FoundMentions {
  const inside = (m: { start: number }) => spans.some((s) => m.start >= s.from && m.start < s.to);
  const index = new Map<number, number>();
  const money: FoundMentions['money'] = [];
  found.money.forEach((m, i) => {
    if (!inside(m)) return;
    index.set(i, money.length);
    const kept = { ...m };
    delete kept.equivalentOf;
    const partner = m.equivalentOf === undefined ? undefined : index.get(m.equivalentOf);
    if (partner !== undefined) kept.equivalentOf = partner;
    money.push(kept);
  });
  return { money, companies: found.companies.filter(inside) };
}

/**
 * Rescans of changed blocks for one page run. Each block remembers its latest request: an answer
 * about a block that changed again meanwhile is dropped (the newer request brings its text).
 */
export class BlockRescans {
  private ticket = 0;
  private readonly latest = new WeakMap<Element, number>();

  constructor(private readonly options: RescanOptions) {}

  /**
   * `added`: the blocks are new and nothing else changed (see watchPage), so the mentions found before
   * are all kept without looking at each of them (an infinite feed's appends stay cheap as it grows).
   * Resolves once the answer is in the scan (false when none of it still applied).
   */
  async rescan(scan: () => PageScan | null, blocks: readonly Element[], added = false): Promise<boolean> {
    const started = performance.now();
    const { find, highlights } = this.options;
    const changed = new Set<Node>(blocks);
    const before = scan();
    // Text that left the page takes its highlights with it now.
    if (!added && before) replaceMentions(before, new Set(), [], highlights);
    // Outer blocks only: a changed block inside another changed block is read with it.
    const outer = blocks.filter((b) => b.isConnected && !(b.parentNode && isWithin(b.parentNode, changed)));
    const ticket = ++this.ticket;
    for (const block of outer) this.latest.set(block, ticket);
    const read = readBlocks(outer, this.options.hidden);
    pageMeasure('deallens:slice', started);
    // New blocks with no text to read held no mentions; old ones may have (text hidden now: see hidden-text.ts).
    if (!read.blocks.length && added) return false;
    const found = read.blocks.length ? await findInSlices(find, read.page) : { money: [], companies: [] };
    const answered = performance.now();
    const current = new Set(outer.filter((b) => this.latest.get(b) === ticket && b.isConnected));
    const now = scan();
    if (!now || !current.size) return false;
    // Each block's mentions are one run in page order (see placeAdded).
    const additions = read.blocks.filter((b) => current.has(b.block)).map((b) => ({ page: read.page, found: keepWithin(found, [b]) }));
    replaceMentions(now, added ? null : current, additions, highlights);
    pageMeasure('deallens:slice', answered);
    pageMeasure('deallens:rescan', started);
    return true;
  }
}

/**
 * Drops the mentions whose text left the page or that lie in `blocks` (null: keeps every mention
 * without looking), adds what was found in those blocks' text, each block's a run in page order, and
 * puts both lists back in page order with restatements pointing at their partners.
 */
function replaceMentions(scan: PageScan, blocks: ReadonlySet<Node> | null, additions: { page: PageText; found: FoundMentions }[], highlights: MentionTracker<PageMention>): void {
  // Partners of restated amounts, as objects, so they survive the renumbering below.
  const partnerOf = new Map<Money, Money>();
  for (const m of scan.money) if (m.mention.equivalentOf !== undefined) partnerOf.set(m, scan.money[m.mention.equivalentOf]!);

  const keep = <T extends PageMention>(list: T[], within: ReadonlySet<Node>): T[] => {
    const kept: T[] = [];
    for (const m of list) {
      if (isStale(m) || (within.size && isWithin(m.startNode, within))) highlights[m.kind].delete(m);
      else kept.push(m);
    }
    return kept;
  };
  if (blocks) {
    scan.money = keep(scan.money, blocks);
    scan.companies = keep(scan.companies, blocks);
  }

  for (const { page, found } of additions) {
    const firstMoney = scan.money.length;
    const firstCompany = scan.companies.length;
    addMentions(scan, page, 0, found, highlights);
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
