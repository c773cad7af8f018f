import { describe, expect, it } from 'vitest';
import { findAgain, rememberMention, type Findable } from './remap-mention';

// Text nodes are stand-ins compared by identity; `gone` holds those that left the page.
type Node = { name: string };
const node = (name: string): Node => ({ name });
const at = (kind: string, text: string, startNode: Node, startOffset: number, endNode = startNode): Findable<Node> => ({
  kind,
  startNode,
  startOffset,
  endNode,
  endOffset: startOffset + text.length,
  mention: { text },
});

describe('findAgain', () => {
  const a = node('a');
  const b = node('b');
  const gone = new Set<Node>();
  const connected = (n: Node) => !gone.has(n);

  it('finds the new mention at the same place when content came around it', () => {
    const open = at('money', '$5 million', a, 10);
    const before = [at('money', '$1 million', a, 0), open];
    const remembered = rememberMention(open, before);
    const after = [at('money', '$9 million', node('new'), 0), at('money', '$1 million', a, 0), at('money', '$5 million', a, 10), at('money', '$7 million', b, 3)];
    expect(findAgain(remembered, after, connected)).toBe(after[2]);
  });

  it('follows the text within its node when text changed before it there', () => {
    const open = at('company', 'Zhipu', a, 10);
    const remembered = rememberMention(open, [open]);
    const after = [at('company', 'Zhipu', a, 2), at('company', 'Zhipu', a, 17), at('company', 'Zhipu', b, 10)];
    expect(findAgain(remembered, after, connected)).toBe(after[1]);
  });

  it('is null when its node is still there but its text is not', () => {
    const open = at('company', 'Zhipu', a, 10);
    const remembered = rememberMention(open, [open]);
    expect(findAgain(remembered, [at('company', 'Zhipu', b, 10), at('company', 'Baichuan', a, 10)], connected)).toBeNull();
  });

  it('takes the same rank among the same texts when the page rendered them into new nodes', () => {
    const old1 = node('old1');
    const old2 = node('old2');
    gone.add(old1).add(old2);
    const open = at('money', '$5 million', old2, 0);
    const remembered = rememberMention(open, [at('money', '$5 million', old1, 0), at('money', '$2 million', old1, 20), open]);
    const new1 = node('new1');
    const new2 = node('new2');
    const after = [at('money', '$5 million', new1, 0), at('money', '$2 million', new1, 20), at('money', '$5 million', new2, 0)];
    expect(findAgain(remembered, after, connected)).toBe(after[2]);
    // One more of the same text: the rank no longer says which one it is.
    expect(findAgain(remembered, [...after, at('money', '$5 million', node('new3'), 0)], connected)).toBeNull();
    // None left: gone.
    expect(findAgain(remembered, [after[1]!], connected)).toBeNull();
  });

  it('never takes a mention of another kind with the same text', () => {
    const open = at('company', 'Apple', a, 0);
    const remembered = rememberMention(open, [open]);
    expect(findAgain(remembered, [at('money', 'Apple', a, 0)], connected)).toBeNull();
  });
});
