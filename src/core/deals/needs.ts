// A cheap test before an expression: the lower-case words one of which a sentence must hold for the
// expression to match it. A sentence holding none is skipped without running the expression, so a
// sentence pays only for the patterns whose words it has (issue 17, item 6). All lists are looked up
// in one scan of the sentence (a lexicon); needs.test.ts checks each list against every sentence of
// the deal evaluation set: where its words are absent, the expression never matched.

/** Lower-case words, one of which must stand in the lower-cased sentence. */
export type Needs = readonly string[];

/** Which lists a sentence holds a word of. */
export type Holds = (needs: Needs) => boolean;

/** Whether the lower-cased sentence holds one of the words (one search per word: for lists outside a lexicon). */
export function holdsAny(lower: string, needs: Needs): boolean {
  for (const word of needs) if (lower.includes(word)) return true;
  return false;
}

/**
 * Many lists, answered from one scan: at each position the longest word starting there is found, and
 * every shorter word starting there is its prefix, so each found word stands for the lists holding a
 * prefix of it. A list the lexicon was not built with is answered by searching its words.
 */
export function createLexicon(lists: readonly Needs[]): (lower: string) => Holds {
  let built: { index: Map<Needs, number>; listsOf: Map<string, number[]>; scan: RegExp } | undefined;
  // Built at the first sentence, not when the module loads (a cold background starts faster).
  const build = () => {
    const words = [...new Set(lists.flat())].sort((a, b) => b.length - a.length);
    const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    return {
      index: new Map<Needs, number>(lists.map((list, i) => [list, i])),
      listsOf: new Map<string, number[]>(words.map((word) => [word, lists.flatMap((list, i) => (list.some((w) => word.startsWith(w)) ? [i] : []))])),
      scan: new RegExp(escaped.join('|'), 'g'),
    };
  };
  return (lower) => {
    const { index, listsOf, scan } = (built ??= build());
    const held = new Uint8Array(lists.length);
    // Each search goes on from the character after the last word found, so words inside it are found too
    // (a look-ahead at every position found the same words 2.5× slower).
    scan.lastIndex = 0;
    for (let m = scan.exec(lower); m; m = scan.exec(lower)) {
      for (const i of listsOf.get(m[0])!) held[i] = 1;
      scan.lastIndex = m.index + 1;
    }
    return (needs) => {
      const i = index.get(needs);
      return i === undefined ? holdsAny(lower, needs) : held[i] === 1;
    };
  };
}
