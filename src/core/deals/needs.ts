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
 * Many lists, answered from one scan: an automaton over every word of every list (Aho–Corasick, built
 * once at the first sentence) reads the sentence as it stands, a character at a time (a capital as its
 * lower case), and at each character knows every word that ends there, so each list holding one of them
 * is marked. A list the lexicon was not built with is answered by searching its words. (The same answers
 * as one search per word: needs.test.ts checks every sentence of the evaluation set. A regular expression
 * of all the words, tried at each position, took ~20 ns a character; the automaton takes a few.)
 */
export function createLexicon(lists: readonly Needs[]): (sentence: string) => Holds {
  let built: Automaton | undefined;
  const index = new Map<Needs, number>(lists.map((list, i) => [list, i]));
  return (sentence) => {
    // Built at the first sentence, not when the module loads (a cold background starts faster).
    const { classOf, classes, next, firstOut, outs } = (built ??= buildAutomaton(lists));
    const held = new Uint8Array(lists.length);
    let row = 0;
    for (let i = 0; i < sentence.length; i++) {
      row = next[row + classOf[sentence.charCodeAt(i)]!]!;
      if (row < 0) {
        // A state where words end (kept negative in the table, so the common case is one test).
        row = ~row;
        const s = row / classes;
        for (let o = firstOut[s]!; o < firstOut[s + 1]!; o++) held[outs[o]!] = 1;
      }
    }
    return (needs) => {
      const i = index.get(needs);
      return i === undefined ? holdsAny(sentence.toLowerCase(), needs) : held[i] === 1;
    };
  };
}

interface Automaton {
  /** Each UTF-16 code's class: 0 for a character no word holds. */
  classOf: Uint8Array;
  classes: number;
  /** next[state * classes + class]: the next state's row (state * classes), as ~row where words end there. */
  next: Int32Array;
  /** outs[firstOut[s] .. firstOut[s + 1]): the lists holding a word that ends at state s. */
  firstOut: Int32Array;
  outs: Int32Array;
}

/** Capitals whose lower case is a letter that has another capital: K (Kelvin sign) → k, Å (Ångström sign) → å. */
const OTHER_CAPITALS: Readonly<Record<string, readonly string[]>> = { k: ['\u212a'], å: ['\u212b'] };

function buildAutomaton(lists: readonly Needs[]): Automaton {
  const words = [...new Set(lists.flat())].filter((w) => w.length > 0);
  const classOf = new Uint8Array(0x10000);
  let classes = 1;
  for (const w of words) for (let i = 0; i < w.length; i++) if (classOf[w.charCodeAt(i)] === 0) classOf[w.charCodeAt(i)] = classes++;
  if (classes > 0xff) throw new RangeError('needs.ts: more distinct characters than a lexicon holds');
  // A character's capitals read as the character, so a sentence is read as it stands, not lower-cased first.
  for (const code of [...classOf.keys()].filter((c) => classOf[c] !== 0)) {
    for (const upper of [String.fromCharCode(code).toUpperCase(), ...(OTHER_CAPITALS[String.fromCharCode(code)] ?? [])]) {
      if (upper.length === 1 && upper.toLowerCase() === String.fromCharCode(code)) classOf[upper.charCodeAt(0)] = classOf[code]!;
    }
  }
  // The trie of the words in the table itself (-1: no child), then its failure links breadth first, each
  // missing move taken from the failure's row (complete by then).
  const most = 1 + words.reduce((n, w) => n + w.length, 0);
  const trie = new Int32Array(most * classes).fill(-1);
  const ends: Set<number>[] = [new Set()];
  for (const w of words) {
    let s = 0;
    for (let i = 0; i < w.length; i++) {
      const at = s * classes + classOf[w.charCodeAt(i)]!;
      if (trie[at] === -1) {
        trie[at] = ends.length;
        ends.push(new Set());
      }
      s = trie[at]!;
    }
    lists.forEach((list, li) => list.includes(w) && ends[s]!.add(li));
  }
  const states = ends.length;
  const next = trie.slice(0, states * classes);
  const fail = new Int32Array(states);
  const queue = [0];
  for (let q = 0; q < queue.length; q++) {
    const s = queue[q]!;
    for (const l of ends[fail[s]!]!) ends[s]!.add(l);
    for (let c = 0; c < classes; c++) {
      const at = s * classes + c;
      const viaFail = s === 0 ? 0 : next[fail[s]! * classes + c]!;
      if (next[at] === -1) next[at] = viaFail;
      else {
        fail[next[at]!] = viaFail;
        queue.push(next[at]!);
      }
    }
  }
  const firstOut = new Int32Array(states + 1);
  const outs: number[] = [];
  for (let s = 0; s < states; s++) {
    firstOut[s] = outs.length;
    outs.push(...ends[s]!);
  }
  firstOut[states] = outs.length;
  // States as rows of the table, negative where words end.
  for (let k = 0; k < next.length; k++) next[k] = ends[next[k]!]!.size > 0 ? ~(next[k]! * classes) : next[k]! * classes;
  return { classOf, classes, next, firstOut, outs: Int32Array.from(outs) };
}
