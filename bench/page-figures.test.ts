import { describe, expect, it } from 'vitest';
import { gapsIn, paintTimes } from './page-figures';

describe('paintTimes', () => {
  const frames = [
    { t: 110, company: 0, money: 0 },
    { t: 130, company: 3, money: 1 },
    { t: 160, company: 9, money: 2 },
    { t: 400, company: 10, money: 2 },
  ];

  it('dates the first frame with a range and the frame that reached the final size, from deallens:start', () => {
    expect(paintTimes({ start: 100, paint: 80, frames })).toEqual({ firstPaintedMs: 30, allPaintedMs: 300, allRegisteredProbeMs: 300 });
  });

  it('takes deallens:paint when the registry was complete before it', () => {
    expect(paintTimes({ start: 100, paint: 350, frames })).toMatchObject({ allPaintedMs: 350 });
  });

  it('reads only the frames before a cut (the dynamic page before its batches)', () => {
    expect(paintTimes({ start: 100, paint: 50, frames }, 300)).toEqual({ firstPaintedMs: 30, allPaintedMs: 60, allRegisteredProbeMs: 60 });
  });

  it('gives nothing without DealLens (no start mark) or before any range', () => {
    expect(paintTimes({ start: null, paint: null, frames })).toEqual({ firstPaintedMs: null, allPaintedMs: null, allRegisteredProbeMs: null });
    expect(paintTimes({ start: 100, paint: 20, frames: [{ t: 120, company: 0, money: 0 }] })).toEqual({ firstPaintedMs: null, allPaintedMs: 20, allRegisteredProbeMs: 20 });
  });
});

describe('gapsIn', () => {
  const gaps = [
    { start: 50, duration: 60 },
    { start: 200, duration: 80 },
    { start: 500, duration: 55 },
  ];

  it('counts the gaps in the window and gives the longest', () => {
    expect(gapsIn(gaps, 40, 250)).toEqual({ count: 2, longestMs: 80 });
    expect(gapsIn(gaps, 0, Infinity)).toEqual({ count: 3, longestMs: 80 });
  });

  it('counts a gap that began before the window only for its part after the start', () => {
    expect(gapsIn(gaps, 100, 250)).toEqual({ count: 1, longestMs: 80 });
    expect(gapsIn([{ start: -475, duration: 497 }, { start: 30, duration: 60 }], 0, 500)).toEqual({ count: 1, longestMs: 60 });
    expect(gapsIn([{ start: -100, duration: 170 }], 0, 500)).toEqual({ count: 1, longestMs: 70 });
  });

  it('is 0 when none overlaps (a gap that ends where the window starts does not)', () => {
    expect(gapsIn(gaps, 280, 499)).toEqual({ count: 0, longestMs: 0 });
  });
});
