import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Collected } from './pages-bench';
import { cell, findPages, realPagesTable, realRun, summarizeRealPage, type RealRun } from './real-pages';

describe('findPages', () => {
  it('lists the .html files of a folder, naming a page folder by its folder', () => {
    const files = ['notes.txt', path.join('ft-2024-deal', 'source.html'), path.join('ft-2024-deal', 'expected.json'), 'saved.htm', path.join('a', 'b', 'page.html')];
    expect(findPages('/saved', () => files)).toEqual([
      { name: 'a/b/page.html', file: path.join('/saved', 'a', 'b', 'page.html') },
      { name: 'ft-2024-deal', file: path.join('/saved', 'ft-2024-deal', 'source.html') },
      { name: 'saved.htm', file: path.join('/saved', 'saved.htm') },
    ]);
  });

  it('finds every golden page of the project', () => {
    const pages = findPages(path.resolve(import.meta.dirname, '../test/pages'));
    expect(pages.length).toBeGreaterThan(10);
    expect(pages.every((p) => p.file.endsWith('source.html') && !p.name.includes('/'))).toBe(true);
  });
});

const collected = (over: Partial<Collected>): Collected => ({
  crossOriginIsolated: false,
  start: null,
  slices: [],
  rescans: [],
  bursts: 0,
  paint: null,
  scan: null,
  frames: [],
  longTasks: [],
  frameGaps: [],
  mutations: { mutations: 0, pageOwn: 0, samples: [] },
  highlights: { company: 0, money: 0 },
  batches: null,
  domContentLoaded: 40,
  load: 60,
  now: 2000,
  ...over,
});

describe('realRun', () => {
  const withDealLens = collected({
    start: 100,
    paint: 90,
    frames: [{ t: 120, company: 2, money: 1 }, { t: 150, company: 5, money: 1 }],
    frameGaps: [{ start: 90, duration: 70 }, { start: 600, duration: 90 }],
    highlights: { company: 5, money: 1 },
  });

  it('dates the paints from deallens:start, and the longest gap up to the painted frame and after DOMContentLoaded', () => {
    expect(realRun(withDealLens)).toEqual({ firstPaintedMs: 20, allPaintedMs: 90, highlights: 6, longestGapToPaintMs: 60, longestGapAfterDclMs: 90, mutations: 0 });
  });

  it('reads the run without DealLens in the window of the run with it', () => {
    const without = collected({ frameGaps: [{ start: 150, duration: 55 }], mutations: { mutations: 2, pageOwn: 0, samples: [] } });
    expect(realRun(without, { from: 100, to: 190 })).toMatchObject({ firstPaintedMs: null, longestGapToPaintMs: 55, longestGapAfterDclMs: 55, mutations: 2 });
    expect(realRun(without, null)).toMatchObject({ longestGapToPaintMs: null });
  });
});

describe('the table', () => {
  const run = (first: number, all: number, gap: number, mutations = 0): RealRun => ({
    firstPaintedMs: first,
    allPaintedMs: all,
    highlights: 12,
    longestGapToPaintMs: gap,
    longestGapAfterDclMs: gap,
    mutations,
  });
  const none: RealRun = { firstPaintedMs: null, allPaintedMs: null, highlights: 0, longestGapToPaintMs: 0, longestGapAfterDclMs: 0, mutations: 0 };

  it('summarises runs as median (min–max), and a constant as one number', () => {
    const row = summarizeRealPage('p', 'firefox', [
      { with: run(30, 60, 0), without: none },
      { with: run(34, 70, 0), without: none },
      { with: run(32, 64, 55, 1), without: none },
    ]);
    expect(cell(row.firstPaintedMs)).toBe('32 (30–34)');
    expect(cell(row.highlights)).toBe('12');
    expect(cell(row.gapToPaintWith)).toBe('0 (0–55)');
    expect(cell(row.firstPaintedMs, 1)).toBe('32.0 (30.0–34.0)');
    expect(cell(null)).toBe('–');
    expect(row.mutationsWith).toEqual([0, 0, 1]);
  });

  it('prints a header, a rule and a line a page, columns aligned; a failed page says so', () => {
    const ok = summarizeRealPage('test/pages/a', 'chromium', [{ with: run(30, 60, 0), without: none }]);
    const lines = realPagesTable([ok, { ...summarizeRealPage('b', 'firefox', []), error: 'Error: timeout' }]);
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^page\s+browser\s+ranges\s+first paint ms\s+all painted ms/);
    expect(lines[1]).toMatch(/^-+\s+-+/);
    expect(lines[2]).toMatch(/^test\/pages\/a\s+chromium\s+12\s+30\s+60\s+0\s+0\s+0\s+0\s+0\s+0$/);
    expect(lines[0]!.indexOf('browser')).toBe(lines[2]!.indexOf('chromium'));
    expect(lines[3]).toBe('b  firefox  failed: Error: timeout');
  });
});
