// The open card's mention, found again after the page was read again (a burst of changes, a
// re-render, a changed block): the scan's mentions are new objects then, and the card follows the
// one that stands for the same text instead of closing or pointing at a mention that is no more.

/** What is compared: where a mention's text is (its nodes and offsets), its kind and its text. */
export interface Findable<N> {
  kind: string;
  startNode: N;
  startOffset: number;
  endNode: N;
  endOffset: number;
  mention: { text: string };
}

/** A mention, with its rank among the mentions of the same kind and text (in page order) when it was remembered. */
export interface Remembered<M> {
  mention: M;
  rank: number;
  count: number;
}

const sameText = <N, M extends Findable<N>>(a: M, b: M) => a.kind === b.kind && a.mention.text === b.mention.text;

/** Remembers `mention`, one of `list` (the mentions of its kind, in page order), before the page is read again. */
export function rememberMention<N, M extends Findable<N>>(mention: M, list: readonly M[]): Remembered<M> {
  const same = list.filter((m) => sameText(m, mention));
  return { mention, rank: Math.max(0, same.indexOf(mention)), count: Math.max(1, same.length) };
}

/**
 * The remembered mention among `list` (the mentions of its kind after the read, in page order): the
 * same text at the same place (content came or went around it); else the same text in the same text
 * node, nearest to where it was (text changed before it in that node); else, when its text node left
 * the page (the page rendered the text again into new nodes), the mention of the same text at the
 * same rank, if the page has as many of them as before. Null when the mention is gone.
 */
export function findAgain<N, M extends Findable<N>>(remembered: Remembered<M>, list: readonly M[], isConnected: (node: N) => boolean): M | null {
  const old = remembered.mention;
  const same = list.filter((m) => sameText(m, old));
  const exact = same.find((m) => m.startNode === old.startNode && m.startOffset === old.startOffset && m.endNode === old.endNode && m.endOffset === old.endOffset);
  if (exact) return exact;
  if (isConnected(old.startNode)) {
    let nearest: M | null = null;
    for (const m of same) {
      if (m.startNode === old.startNode && (!nearest || Math.abs(m.startOffset - old.startOffset) < Math.abs(nearest.startOffset - old.startOffset))) nearest = m;
    }
    return nearest;
  }
  return same.length === remembered.count ? (same[remembered.rank] ?? null) : null;
}
