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

  it('a set notes each value it gains, once', () => {
    const set = new NotedSet<string>();
    set.add('x').add('y').add('x');
    expect(set.noted).toEqual(['x', 'y']);
  });
});
