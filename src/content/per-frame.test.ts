import { describe, expect, it } from 'vitest';
import { perFrame } from './per-frame';

/** A page's frames, run by hand. */
function frames() {
  const waiting = new Map<number, () => void>();
  let next = 1;
  return {
    request: (callback: () => void) => {
      waiting.set(next, callback);
      return next++;
    },
    cancel: (handle: number) => void waiting.delete(handle),
    pending: () => waiting.size,
    render() {
      const now = [...waiting.values()];
      waiting.clear();
      now.forEach((callback) => callback());
    },
  };
}

describe('perFrame', () => {
  it('runs once a frame, with the last value scheduled before it', () => {
    const page = frames();
    const seen: number[] = [];
    const moves = perFrame((x: number) => seen.push(x), page.request, page.cancel);
    moves.schedule(1);
    moves.schedule(2);
    moves.schedule(3);
    expect(page.pending()).toBe(1);
    expect(seen).toEqual([]);
    page.render();
    expect(seen).toEqual([3]);
    page.render();
    expect(seen).toEqual([3]);
    moves.schedule(4);
    page.render();
    expect(seen).toEqual([3, 4]);
  });

  it('drops the frame asked for when cancelled, and asks again on the next value', () => {
    const page = frames();
    const seen: number[] = [];
    const moves = perFrame((x: number) => seen.push(x), page.request, page.cancel);
    moves.schedule(1);
    moves.cancel();
    expect(page.pending()).toBe(0);
    page.render();
    expect(seen).toEqual([]);
    moves.schedule(2);
    page.render();
    expect(seen).toEqual([2]);
  });
});
