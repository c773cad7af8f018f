import { describe, expect, it } from 'vitest';
import { onlyAdded } from './watch-page';

// Plain stand-ins: onlyAdded reads records' type and node lists, and nodes' parentNode.
const node = (parentNode: object | null = null) => ({ parentNode }) as unknown as Element;
const childList = (added: Element[], removed: Element[] = []) => ({ type: 'childList', addedNodes: added, removedNodes: removed }) as unknown as MutationRecord;

describe('onlyAdded', () => {
  const feed = node();
  it('is true when every changed block was added in the batch, or is inside an added node', () => {
    const p1 = node(feed);
    const section = node(feed);
    const inner = node(section);
    expect(onlyAdded([childList([p1]), childList([section])], new Set([p1, inner]))).toBe(true);
  });
  it('is false when anything was removed or edited in place', () => {
    const p1 = node(feed);
    expect(onlyAdded([childList([p1], [node(feed)])], new Set([p1]))).toBe(false);
    expect(onlyAdded([childList([p1]), { type: 'characterData' } as unknown as MutationRecord], new Set([p1]))).toBe(false);
  });
  it('counts a changed attribute only through the blocks it touched', () => {
    const p1 = node(feed);
    const restyled = { type: 'attributes', target: node(feed) } as unknown as MutationRecord;
    // A class toggled on a progress bar beside an appended paragraph: still only added.
    expect(onlyAdded([childList([p1]), restyled], new Set([p1]))).toBe(true);
    // A menu shown beside it: its block was there before.
    expect(onlyAdded([childList([p1]), restyled], new Set([p1, node(feed)]))).toBe(false);
  });
  it('is false when a changed block was there before (text added into it)', () => {
    const old = node(feed);
    expect(onlyAdded([childList([node(old)])], new Set([old]))).toBe(false);
  });
});
