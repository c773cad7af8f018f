import { describe, expect, it } from 'vitest';
import { placeAdded } from './rescan-blocks';

const byValue = (a: number, b: number) => a - b;

describe('placeAdded', () => {
  it('moves the run added at the end to its place in order', () => {
    const list = [1, 2, 7, 8, 4, 5];
    placeAdded(list, 4, byValue);
    expect(list).toEqual([1, 2, 4, 5, 7, 8]);
  });
  it('places a run before everything or after everything', () => {
    const first = [5, 6, 1, 2];
    placeAdded(first, 2, byValue);
    expect(first).toEqual([1, 2, 5, 6]);
    const last = [1, 2, 9];
    placeAdded(last, 2, byValue);
    expect(last).toEqual([1, 2, 9]);
  });
  it('leaves the list alone when nothing was added, and fills an empty one', () => {
    const none = [1, 2];
    placeAdded(none, 2, byValue);
    expect(none).toEqual([1, 2]);
    const empty = [3, 4];
    placeAdded(empty, 0, byValue);
    expect(empty).toEqual([3, 4]);
  });
});
