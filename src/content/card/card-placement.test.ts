import { describe, expect, it } from 'vitest';
import { placeCard, type Box } from './card-placement';

const view = { width: 1000, height: 640 };
const line = (left: number, top: number, width = 120, height = 20): Box => ({ left, top, right: left + width, bottom: top + height });
const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const cardBox = (p: { left: number; top: number; maxHeight: number }, width: number, height: number): Box => {
  const h = Math.min(height, p.maxHeight);
  return { left: p.left, top: p.top, right: p.left + width, bottom: p.top + h };
};

describe('placeCard', () => {
  it('puts the card below the mention when it fits, above when it does not', () => {
    expect(placeCard(line(100, 100), line(100, 100), view, 360, 300, 520)).toEqual({ left: 100, top: 126, maxHeight: 506 });
    const low = placeCard(line(100, 560), line(100, 560), view, 360, 300, 520);
    expect(low.top + 300).toBe(554);
  });

  it('never covers the mention nor leaves the viewport, wherever the mention is and however tall the card', () => {
    for (const size of [view, { width: 360, height: 640 }, { width: 1000, height: 300 }]) {
      for (const [x, y] of [[0, 0], [size.width - 120, 0], [0, size.height - 20], [size.width - 120, size.height - 20], [size.width / 2, size.height / 2 - 10]]) {
        for (const height of [120, 448, 900]) {
          const width = Math.min(360, size.width - 16);
          const at = line(Math.max(0, x!), Math.max(0, y!));
          const p = placeCard(at, at, size, width, height, 520);
          const card = cardBox(p, width, height);
          const where = `${size.width}x${size.height}, mention at ${x},${y}, card ${height} px`;
          expect(overlaps(card, at), where).toBe(false);
          expect(card.left >= 0 && card.top >= 0 && card.right <= size.width && card.bottom <= size.height, where).toBe(true);
          expect(card.bottom - card.top, where).toBeGreaterThan(0);
        }
      }
    }
  });

  it('goes beside a mention in the middle of a short, wide window', () => {
    const at = line(300, 140);
    const p = placeCard(at, at, { width: 1000, height: 300 }, 360, 448, 520);
    expect(p.left).toBe(426);
    expect(p.maxHeight).toBe(284);
  });
});
