// The needed words of each deal pattern and trigger, checked on real-style text: every sentence of the
// deal evaluation set and of the triggers' examples. Where a pattern finds something, its words stand
// in the sentence; so skipping the sentences without them loses nothing.
import { describe, expect, it } from 'vitest';
import { DEAL_PARAGRAPHS } from '../../../test/deals/eval/index';
import { companies } from '../../data/companies';
import { annotate } from '../annotate';
import { createCompanyMatcher } from '../companies';
import { ACQUISITION_PATTERNS, FUNDING_PATTERNS } from './extract-deals';
import { DEAL_TRIGGERS } from './frame-triggers';
import { createLexicon, holdsAny } from './needs';
import { createSentenceView, type IndexedMoney } from './sentence-view';
import { splitSentences } from './split-sentences';

const matcher = createCompanyMatcher(companies);
const texts = [...DEAL_PARAGRAPHS.map((p) => p.text), ...DEAL_TRIGGERS.flatMap((t) => t.examples.map(([s]) => s))];
const sentences = texts.flatMap((text) => {
  const { companies: found, money } = annotate(text, { companies: matcher, deals: false });
  const indexed: IndexedMoney[] = money.map((mention, index) => ({ mention, index }));
  return splitSentences(text, [...found, ...money]).map((s) => {
    const inside = <T extends { start: number; end: number }>(m: T) => m.start >= s.start && m.end <= s.end;
    const own = text.slice(s.start, s.end);
    return createSentenceView(text, s, found.filter(inside), indexed.filter((m) => inside(m.mention)), (needs) => holdsAny(own.toLowerCase(), needs));
  });
});

describe('needed words', () => {
  it('reads enough text to mean something', () => {
    expect(sentences.length).toBeGreaterThan(700);
  });

  it('every trigger matches only sentences holding one of its words', () => {
    let matched = 0;
    for (const view of sentences) {
      const own = view.text.slice(view.start, view.end);
      for (const t of DEAL_TRIGGERS) {
        t.pattern.lastIndex = 0;
        if (!t.pattern.test(own)) continue;
        matched++;
        expect(holdsAny(own.toLowerCase(), t.needs), `${t.id}: ${own}`).toBe(true);
      }
    }
    DEAL_TRIGGERS.forEach((t) => (t.pattern.lastIndex = 0));
    expect(matched).toBeGreaterThan(500);
  });

  it('every sentence pattern reads deals only from sentences holding one of its words', () => {
    let read = 0;
    for (const view of sentences) {
      const lower = view.text.slice(view.start, view.end).toLowerCase();
      for (const p of [...ACQUISITION_PATTERNS, ...FUNDING_PATTERNS]) {
        if (p.read(view).length === 0) continue;
        read++;
        expect(holdsAny(lower, p.needs), `${p.read.name}: ${lower}`).toBe(true);
      }
    }
    expect(read).toBeGreaterThan(120);
  });
});

describe('createLexicon', () => {
  const lists = [['fund', 'raise'], ['fundraise'], ['offering'], ['public offering', 'ipo'], ['融资']] as const;
  const lexicon = createLexicon(lists);

  it('finds words inside and overlapping other words', () => {
    const holds = lexicon('the fundraiser closed');
    expect(lists.map((l) => holds(l))).toEqual([true, true, false, false, false]);
    expect(lexicon('its initial public offering').call(null, lists[2])).toBe(true);
    expect(lexicon('完成融资').call(null, lists[4])).toBe(true);
  });

  it('reads on across characters no word holds and restarts inside a word that breaks off', () => {
    const holds = lexicon('😀 fu𝒇unfundé — ф融融资');
    expect(lists.map((l) => holds(l))).toEqual([true, false, false, false, true]);
    expect(lists.map((l) => lexicon('ipubliipo').call(null, l))).toEqual([false, false, false, true, false]);
  });

  it('answers as a search for each word would, on every sentence of the set', () => {
    const all = [...DEAL_TRIGGERS.map((t) => t.needs), ...ACQUISITION_PATTERNS.map((p) => p.needs), ...FUNDING_PATTERNS.map((p) => p.needs)];
    const scan = createLexicon(all);
    for (const view of sentences) {
      const own = view.text.slice(view.start, view.end);
      const lower = own.toLowerCase();
      const holds = scan(own);
      for (const list of all) expect(holds(list), `${list.join('|')}: ${own}`).toBe(holdsAny(lower, list));
    }
  });

  it('reads every capital as its lower case, as a lower-cased sentence would be read', () => {
    const all = [...DEAL_TRIGGERS.map((t) => t.needs), ...ACQUISITION_PATTERNS.map((p) => p.needs), ...FUNDING_PATTERNS.map((p) => p.needs)];
    const scan = createLexicon(all);
    const letters = new Set(all.flat().join(''));
    let capitals = 0;
    for (let code = 0; code < 0x10000; code++) {
      const ch = String.fromCharCode(code);
      const lower = ch.toLowerCase();
      if (lower === ch || lower.length !== 1 || !letters.has(lower)) continue;
      capitals++;
      const word = all.flat().find((w) => w.includes(lower))!;
      const written = word.replace(lower, ch);
      expect(all.map((l) => scan(written)(l)), `${written} (U+${code.toString(16)})`).toEqual(all.map((l) => holdsAny(written.toLowerCase(), l)));
    }
    expect(capitals).toBeGreaterThan(20);
    expect(createLexicon(lists)('The Fundraiser Closed').call(null, lists[1])).toBe(true);
  });

  it('answers a list it was not built with by searching its words', () => {
    expect(lexicon('a merger of equals')(['merger'])).toBe(true);
    expect(lexicon('a merger of equals')(['takeover'])).toBe(false);
  });
});
