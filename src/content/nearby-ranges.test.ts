import { describe, expect, it } from 'vitest';
import { NearbyRanges } from './nearby-ranges';

interface Mention {
  id: string;
  block: string | null;
}

function setUp() {
  const sinks = { company: new Set<Mention>(), money: new Set<Mention>() };
  const observed = new Set<string>();
  const nearby = new NearbyRanges<Mention, string>({
    sinks,
    targetOf: (m) => m.block,
    observe: (b) => observed.add(b),
    unobserve: (b) => observed.delete(b),
  });
  const ids = (kind: 'company' | 'money') => [...sinks[kind]].map((m) => m.id).sort();
  return { nearby, observed, ids };
}

describe('NearbyRanges', () => {
  it('never registers hidden mentions, near or not, and registers them again (only if near) once shown', () => {
    const { nearby, ids } = setUp();
    nearby.money.add({ id: 'yuan-near', block: 'p1' }, { currency: 'CNY' });
    nearby.money.add({ id: 'dollar-near', block: 'p1' }, { currency: 'USD' });
    nearby.money.add({ id: 'yuan-far', block: 'p2' }, { currency: 'CNY' });
    nearby.setHidden((kind, mention) => kind === 'money' && (mention as { currency: string }).currency === 'CNY');
    nearby.setNear('p1', true);
    expect(ids('money')).toEqual(['dollar-near']);
    nearby.setHidden(() => false);
    expect(ids('money')).toEqual(['dollar-near', 'yuan-near']);
    nearby.setNear('p2', true);
    expect(ids('money')).toEqual(['dollar-near', 'yuan-far', 'yuan-near']);
    expect(nearby.size).toBe(3);
  });

  it('observes each block once and registers nothing until a block is near', () => {
    const { nearby, observed, ids } = setUp();
    nearby.company.add({ id: 'a', block: 'p1' });
    nearby.money.add({ id: 'b', block: 'p1' });
    nearby.company.add({ id: 'c', block: 'p2' });
    expect([...observed].sort()).toEqual(['p1', 'p2']);
    expect(ids('company')).toEqual([]);
    expect(nearby.size).toBe(3);
    nearby.setNear('p1', true);
    expect(ids('company')).toEqual(['a']);
    expect(ids('money')).toEqual(['b']);
  });

  it('registers mentions added to a block that is already near, and drops them when it leaves', () => {
    const { nearby, ids } = setUp();
    nearby.company.add({ id: 'a', block: 'p1' });
    nearby.setNear('p1', true);
    nearby.company.add({ id: 'b', block: 'p1' });
    expect(ids('company')).toEqual(['a', 'b']);
    nearby.setNear('p1', false);
    expect(ids('company')).toEqual([]);
    expect(nearby.size).toBe(2);
  });

  it('stops observing a block when its last mention goes, and forgets that it was near', () => {
    const { nearby, observed, ids } = setUp();
    const a = { id: 'a', block: 'p1' };
    nearby.money.add(a);
    nearby.setNear('p1', true);
    nearby.money.delete(a);
    expect(observed.size).toBe(0);
    expect(ids('money')).toEqual([]);
    nearby.money.add({ id: 'b', block: 'p1' });
    expect(ids('money')).toEqual([]);
  });

  it('observes new blocks later, all at once, when asked, and only those still tracked', () => {
    const { nearby, observed, ids } = setUp();
    nearby.company.add({ id: 'a', block: 'p1' });
    nearby.observeLater(true);
    const gone = { id: 'b', block: 'p2' };
    nearby.company.add(gone);
    nearby.company.add({ id: 'c', block: 'p3' });
    nearby.company.add({ id: 'd', block: 'p1' });
    expect([...observed]).toEqual(['p1']);
    nearby.company.delete(gone);
    nearby.observeLater(false);
    expect([...observed].sort()).toEqual(['p1', 'p3']);
    nearby.setNear('p3', true);
    expect(ids('company')).toEqual(['c']);
    // Observed at once again.
    nearby.company.add({ id: 'e', block: 'p4' });
    expect(observed.has('p4')).toBe(true);
  });

  it('registers mentions of new blocks at once while assuming them near, until the observer says otherwise', () => {
    const { nearby, observed, ids } = setUp();
    nearby.assumeNear(true);
    nearby.company.add({ id: 'a', block: 'p1' });
    nearby.company.add({ id: 'b', block: 'p2' });
    nearby.assumeNear(false);
    nearby.company.add({ id: 'c', block: 'p3' });
    expect(ids('company')).toEqual(['a', 'b']);
    expect([...observed].sort()).toEqual(['p1', 'p2', 'p3']);
    nearby.setNear('p2', false);
    nearby.setNear('p3', true);
    expect(ids('company')).toEqual(['a', 'c']);
  });

  it('always registers mentions without a block to observe', () => {
    const { nearby, observed, ids } = setUp();
    nearby.company.add({ id: 'a', block: null });
    expect(ids('company')).toEqual(['a']);
    expect(observed.size).toBe(0);
  });

  it('clears one kind or everything', () => {
    const { nearby, observed, ids } = setUp();
    nearby.company.add({ id: 'a', block: 'p1' });
    nearby.money.add({ id: 'b', block: 'p2' });
    nearby.setNear('p1', true);
    nearby.setNear('p2', true);
    nearby.company.clear();
    expect(ids('company')).toEqual([]);
    expect(ids('money')).toEqual(['b']);
    expect([...observed]).toEqual(['p2']);
    nearby.clear();
    expect(ids('money')).toEqual([]);
    expect(nearby.size).toBe(0);
  });

  it('shows a far mention at once (one being scrolled to), with its block', () => {
    const { nearby, ids } = setUp();
    const far = { id: 'far', block: 'p9' };
    nearby.money.add(far);
    nearby.company.add({ id: 'next', block: 'p9' });
    nearby.show(far);
    expect(ids('money')).toEqual(['far']);
    expect(ids('company')).toEqual(['next']);
  });

  it('ignores a mention added twice and a block it does not track', () => {
    const { nearby, ids } = setUp();
    const a = { id: 'a', block: 'p1' };
    nearby.company.add(a);
    nearby.company.add(a);
    nearby.setNear('elsewhere', true);
    nearby.setNear('p1', true);
    expect(ids('company')).toEqual(['a']);
    expect(nearby.size).toBe(1);
  });
});

describe('NearbyRanges.flush', () => {
  it('applies the reports the observer has not delivered yet', () => {
    const sinks = { company: new Set<string>(), money: new Set<string>() };
    let pending: [string, boolean][] = [['p1', true]];
    const nearby = new NearbyRanges<string, string>({
      sinks,
      targetOf: (range) => range.split(':')[0]!,
      observe: () => undefined,
      unobserve: () => undefined,
      takeReports: () => pending.splice(0),
    });
    nearby.company.add('p1:a');
    nearby.company.add('p2:b');
    nearby.flush();
    expect([...sinks.company]).toEqual(['p1:a']);
    pending = [['p1', false], ['p2', true]];
    nearby.flush();
    expect([...sinks.company]).toEqual(['p2:b']);
  });
});

describe('NearbyRanges.rehome', () => {
  it('tracks the mentions of an element that left the page under the elements they have now', () => {
    const sinks = { company: new Set<Mention>(), money: new Set<Mention>() };
    const observed = new Set<string>();
    // A run: both mentions are observed through the first one's block, until that block goes.
    let lead: string | null = 'p1';
    const nearby = new NearbyRanges<Mention, string>({
      sinks,
      targetOf: (m) => lead ?? m.block,
      observe: (b) => observed.add(b),
      unobserve: (b) => observed.delete(b),
      newRun: () => {
        lead = null;
      },
    });
    const first = { id: 'a', block: 'p1' };
    const second = { id: 'b', block: 'p2' };
    nearby.company.add(first);
    nearby.company.add(second);
    expect([...observed]).toEqual(['p1']);
    nearby.rehome('p1');
    expect([...observed].sort()).toEqual(['p1', 'p2']);
    nearby.setNear('p2', true);
    expect([...sinks.company].map((m) => m.id)).toEqual(['b']);
    expect(nearby.size).toBe(2);
  });
});

describe('NearbyRanges.split', () => {
  it('tracks a run held by a hidden element again, each mention by its own block, once', () => {
    const sinks = { company: new Set<Mention>(), money: new Set<Mention>() };
    const observed: string[] = [];
    // A run: every mention is observed through the first one's block ("menu", a hidden share menu).
    let lead: string | null = null;
    let own = false;
    const nearby = new NearbyRanges<Mention, string>({
      sinks,
      targetOf: (m) => (own ? m.block : (lead ??= m.block)),
      observe: (b) => void observed.push(b),
      unobserve: (b) => observed.splice(observed.indexOf(b), 1),
      newRun: () => {
        lead = null;
      },
      ownBlocks: (o) => {
        own = o;
      },
    });
    const inMenu = { id: 'in-menu', block: 'menu' };
    const headline = { id: 'headline', block: 'h1' };
    const lede = { id: 'lede', block: 'p1' };
    for (const m of [inMenu, headline, lede]) nearby.company.add(m);
    expect(observed).toEqual(['menu']);
    nearby.split('menu');
    expect([...observed].sort()).toEqual(['h1', 'menu', 'p1']);
    nearby.setNear('h1', true);
    nearby.setNear('p1', true);
    expect([...sinks.company].map((m) => m.id).sort()).toEqual(['headline', 'lede']);
    // The hidden element keeps its own mention, never registered, and is not split again.
    nearby.split('menu');
    expect([...observed].sort()).toEqual(['h1', 'menu', 'p1']);
    expect(nearby.size).toBe(3);
    // What is tracked next starts a run of its own, not the hidden element's.
    nearby.company.add({ id: 'later', block: 'p2' });
    expect(observed).toContain('p2');
  });
});
