import { describe, expect, it } from 'vitest';
import type { PageText } from './collect-text';
import { addEarlier, addMentions, MAX_SLICE_CHARS, nextSliceEnd, placeOf, type PageMention, type PageScan } from './scan-page';
import type { MentionTracker } from './nearby-ranges';

const page = (blockStarts: number[], length: number): PageText => ({ text: 'x'.repeat(length), nodes: [], starts: [], blockStarts });
/** One block of real text. */
const text = (content: string): PageText => ({ text: content, nodes: [], starts: [], blockStarts: [0] });

describe('nextSliceEnd', () => {
  it('takes everything left when it fits', () => {
    expect(nextSliceEnd(page([0, 10, 20], 30), 0, 30, 100)).toBe(30);
  });
  it('cuts at the last block start that keeps the slice within the limit', () => {
    expect(nextSliceEnd(page([0, 40, 80, 120, 160], 200), 0, 200, 100)).toBe(80);
    expect(nextSliceEnd(page([0, 40, 80, 120, 160], 200), 80, 200, 100)).toBe(160);
  });
  it('cuts a block longer than the limit inside it, never sending more than the limit', () => {
    expect(nextSliceEnd(page([0, 500, 520], 600), 0, 600, 100)).toBe(100);
    expect(nextSliceEnd(page([0], 5000), 0, 5000, 100)).toBe(100);
    // From inside the long block: on to the next block once it is within reach.
    expect(nextSliceEnd(page([0, 500, 520], 600), 450, 600, 100)).toBe(520);
  });
  it('cuts a long block after a sentence end, else after a space, else anywhere but inside a surrogate pair', () => {
    const sentences = 'Alibaba Group raised $5.5 billion. Tencent followed. '.repeat(100);
    const at = nextSliceEnd(text(sentences), 0, sentences.length, 100);
    expect(sentences.slice(0, at)).toMatch(/\. $/);
    expect(at).toBeLessThanOrEqual(100);
    const chinese = '智谱AI完成25亿元B轮融资，由阿里巴巴领投。'.repeat(100);
    expect(chinese.slice(0, nextSliceEnd(text(chinese), 0, chinese.length, 100))).toMatch(/领投。$/);
    const words = 'Northgate Mining Corp '.repeat(100);
    expect(words.slice(0, nextSliceEnd(text(words), 0, words.length, 100))).toMatch(/(?:Northgate|Mining|Corp) $/);
    expect(nextSliceEnd(text('1'.repeat(500)), 0, 500, 100)).toBe(100);
    const astral = '𝟘'.repeat(300); // two UTF-16 units each: a cut at 99 keeps the pair whole
    expect(nextSliceEnd(text(astral), 0, astral.length, 99)).toBe(98);
  });
  it('sends a 1 MB block in slices of at most MAX_SLICE_CHARS that join back into it, no amount cut', () => {
    const block = 'Northgate Mining Corp said it would pay C$2.1 billion for Tamarack Copper Ltd. in cash '.repeat(12_000);
    const slices: string[] = [];
    for (let from = 0; from < block.length; ) {
      const to = nextSliceEnd(text(block), from, block.length);
      slices.push(block.slice(from, to));
      from = to;
    }
    expect(Math.max(...slices.map((s) => s.length))).toBeLessThanOrEqual(MAX_SLICE_CHARS);
    expect(slices.join('')).toBe(block);
    expect(slices.reduce((n, s) => n + (s.match(/C\$2\.1 billion/g)?.length ?? 0), 0)).toBe(12_000);
  });
  it('never goes past what has been read', () => {
    expect(nextSliceEnd(page([0, 40, 80, 120], 130), 0, 80, 50)).toBe(40);
    // (The block at 40 is longer than 30: it is cut inside, and the rest of it comes next.)
    expect(nextSliceEnd(page([0, 40, 80, 120], 130), 40, 80, 30)).toBe(70);
    expect(nextSliceEnd(page([0, 40, 80, 120], 130), 70, 80, 30)).toBe(80);
  });
});

// Text nodes as the offset map sees them: only their length is read. Joined text: "Alibaba" (0–7),
// " Group" (7–13), "\n" (13), "paid $5m" (14–22).
const nodes = [{ length: 7 }, { length: 6 }, { length: 8 }] as unknown as Text[];
const mapped: PageText = { text: 'Alibaba Group\npaid $5m', nodes, starts: [0, 7, 14], blockStarts: [0, 14] };

describe('placeOf', () => {
  it('gives the first and last text nodes of a stretch, the end just after its last character', () => {
    expect(placeOf(mapped, 0, 13)).toEqual({ startNode: nodes[0], startOffset: 0, endNode: nodes[1], endOffset: 6, range: null });
    expect(placeOf(mapped, 19, 22)).toEqual({ startNode: nodes[2], startOffset: 5, endNode: nodes[2], endOffset: 8, range: null });
  });
  it('keeps an end at a node boundary in the node of the last character', () => {
    expect(placeOf(mapped, 0, 7)).toMatchObject({ startNode: nodes[0], endNode: nodes[0], endOffset: 7 });
  });
  it('has no place before the first text node', () => {
    expect(placeOf({ ...mapped, starts: [3, 7, 14] }, 1, 2)).toBeNull();
  });
});

describe('addMentions', () => {
  it('moves the mentions of an answer to page offsets, restatements pointing at their original', () => {
    const added: unknown[] = [];
    const sink = { add: (m: unknown) => added.push(m), delete() {}, clear() {} };
    const tracker: MentionTracker<PageMention> = { company: sink, money: sink, newRun() {} };
    const scan: PageScan = { page: mapped, deals: [], money: [], companies: [], complete: false };
    // The slice sent began at offset 7: " Group\npaid $5m".
    addMentions(scan, mapped, 7, {
      money: [
        { start: 12, end: 15, text: '$5m', currency: 'USD', currencyReason: 'symbol $', currencyBasis: { by: 'written' }, amount: 5e6 },
        { start: 12, end: 15, text: '$5m', currency: 'USD', currencyReason: 'symbol $', currencyBasis: { by: 'written' }, amount: 5e6, equivalentOf: 0 },
      ],
      companies: [{ start: 1, end: 6, text: 'Group', id: 'group', name: 'Group' }],
    }, tracker);
    expect(scan.money.map((m) => [m.mention.start, m.mention.end, m.mention.equivalentOf, m.index])).toEqual([[19, 22, undefined, 0], [19, 22, 0, 1]]);
    expect(scan.companies.map((m) => [m.mention.start, m.mention.end, m.startNode, m.endOffset])).toEqual([[8, 13, nodes[1], 6]]);
    expect(added).toHaveLength(3);
  });
});

describe('addEarlier', () => {
  it('puts mentions found later in slices already added where they belong, in page order, renumbered', () => {
    const added: unknown[] = [];
    const sink = { add: (m: unknown) => added.push(m), delete() {}, clear() {} };
    const tracker: MentionTracker<PageMention> = { company: sink, money: sink, newRun() {} };
    const scan: PageScan = { page: mapped, deals: [], money: [], companies: [], complete: false };
    const company = (start: number, end: number, id: string) => ({ start, end, text: mapped.text.slice(start, end), id, name: id });
    addMentions(scan, mapped, 0, { money: [], companies: [company(8, 13, 'group')] }, tracker);
    addEarlier(scan, mapped, [company(0, 7, 'alibaba'), company(14, 18, 'paid')], tracker);
    expect(scan.companies.map((m) => [m.mention.id, m.mention.start, m.index])).toEqual([['alibaba', 0, 0], ['group', 8, 1], ['paid', 14, 2]]);
    expect(added).toHaveLength(3);
    addEarlier(scan, mapped, [], tracker);
    expect(scan.companies).toHaveLength(3);
  });
});
