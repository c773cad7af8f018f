import { describe, expect, it } from 'vitest';
import type { PageText } from './collect-text';
import { nextSliceEnd } from './scan-page';

const page = (blockStarts: number[], length: number): PageText => ({ text: 'x'.repeat(length), nodes: [], starts: [], blockStarts });

describe('nextSliceEnd', () => {
  it('takes everything left when it fits', () => {
    expect(nextSliceEnd(page([0, 10, 20], 30), 0, 30, 100)).toBe(30);
  });
  it('cuts at the last block start that keeps the slice within the limit', () => {
    expect(nextSliceEnd(page([0, 40, 80, 120, 160], 200), 0, 200, 100)).toBe(80);
    expect(nextSliceEnd(page([0, 40, 80, 120, 160], 200), 80, 200, 100)).toBe(160);
  });
  it('takes one long block whole rather than cutting inside it', () => {
    expect(nextSliceEnd(page([0, 500, 520], 600), 0, 600, 100)).toBe(500);
    expect(nextSliceEnd(page([0], 5000), 0, 5000, 100)).toBe(5000);
  });
  it('never goes past what has been read', () => {
    expect(nextSliceEnd(page([0, 40, 80, 120], 130), 0, 80, 50)).toBe(40);
    expect(nextSliceEnd(page([0, 40, 80, 120], 130), 40, 80, 30)).toBe(80);
  });
});
