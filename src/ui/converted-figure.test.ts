import { describe, expect, it } from 'vitest';
import { changeLabel, qualifiedFigure, staleRateDate } from './converted-figure';
import { dayLabel } from './day-label';

const today = (askedDay: string, rateDate: string | null) => ({
  day: 'today' as const,
  askedDay,
  conversion: rateDate ? { amount: 1, currency: 'USD', rate: 0.14, rateDate, source: 'ECB' } : null,
});

describe('qualifiedFigure', () => {
  it('carries the source amount’s qualifier into the converted figure, the right way round', () => {
    expect(qualifiedFigure('CN¥4.32B', 'at-least')).toBe('≥ CN¥4.32B'); // "no less than US$600 million"
    expect(qualifiedFigure('CN¥5.04B', 'up-to')).toBe('≤ CN¥5.04B'); // "not more than $700 million"
    expect(qualifiedFigure('US$138M', 'over')).toBe('> US$138M');
    expect(qualifiedFigure('US$41.3M', 'under')).toBe('< US$41.3M');
    expect(qualifiedFigure('US$342M', 'about')).toBe('≈ US$342M');
  });

  it('marks a plain amount’s conversion as approximate', () => {
    expect(qualifiedFigure('US$342M')).toBe('≈ US$342M');
  });
});

describe('staleRateDate', () => {
  it('names the rate date of a today conversion more than 7 days old', () => {
    expect(staleRateDate(today('2026-12-06', '2025-09-29'))).toBe('2025-09-29');
    expect(staleRateDate(today('2026-12-06', '2026-11-28'))).toBe('2026-11-28'); // 8 days
  });

  it('takes a week-old rate (a long weekend, a holiday) as today’s', () => {
    expect(staleRateDate(today('2026-12-06', '2026-11-29'))).toBeNull(); // 7 days
    expect(staleRateDate(today('2026-12-06', '2026-12-04'))).toBeNull();
  });

  it('says nothing of another day’s conversion or of no conversion', () => {
    expect(staleRateDate({ ...today('2023-10-20', '2023-01-02'), day: '2023-10-20' })).toBeNull();
    expect(staleRateDate(today('2026-12-06', null))).toBeNull();
  });
});

describe('dayLabel of a rate', () => {
  it('writes the day as a reader does, in the reader’s language', () => {
    expect(dayLabel('2025-01-03', 'en')).toBe('Jan 3, 2025');
    expect(dayLabel('2025-01-03', 'en-GB')).toBe('3 Jan 2025');
    expect(dayLabel('2025-01-03', 'zh-CN')).toBe('2025年1月3日');
    expect(dayLabel('not a day', 'en')).toBe('not a day');
  });
});

describe('changeLabel', () => {
  it('signs the move from the article’s day to today, in the reader’s format', () => {
    expect(changeLabel(342, 342.4, 'en-US')).toBe('+0.1%');
    expect(changeLabel(342, 291.4, 'en-US')).toBe('-14.8%');
    expect(changeLabel(342, 342, 'en-US')).toBe('0.0%');
    expect(changeLabel(100, 112.5, 'zh-CN')).toBe('+12.5%');
  });

  it('says nothing when a side is missing or zero', () => {
    expect(changeLabel(undefined, 1, 'en-US')).toBeNull();
    expect(changeLabel(0, 1, 'en-US')).toBeNull();
    expect(changeLabel(1, Number.NaN, 'en-US')).toBeNull();
  });
});
