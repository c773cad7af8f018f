import { describe, expect, it } from 'vitest';
import { NotedMap, NotedSet } from './noted-collections';

describe('noted collections', () => {
  it('a map notes each key set, in order, again when set again, and counts its deletes', () => {
    const map = new NotedMap<string, number>();
    map.set('a', 1).set('b', 2).set('a', 3);
    expect(map.delete('b')).toBe(true);
    expect(map.delete('b')).toBe(false);
    expect([map.noted, map.deletes, [...map]]).toEqual([['a', 'b', 'a'], 1, [['a', 3]]]);
  });

  it('a map with a limit takes no new key past it, but sets a key it holds', () => {
    const map = new NotedMap<string, number>(2);
    map.set('a', 1).set('b', 2).set('c', 3).set('a', 4);
    expect([[...map], map.noted]).toEqual([[['a', 4], ['b', 2]], ['a', 'b', 'a']]);
  });

  it('a set notes each value it gains, once', () => {
    const set = new NotedSet<string>();
    set.add('x').add('y').add('x');
    expect(set.noted).toEqual(['x', 'y']);
  });
});
