import { describe, expect, it } from 'vitest';
import { dayLabel, monthLabel } from './day-label';

describe('dayLabel', () => {
  it('writes a day in the reader\'s language', () => {
    expect(dayLabel('2025-01-03', 'en-GB')).toBe('3 Jan 2025');
    expect(dayLabel('2025-01-03', 'zh-CN')).toBe('2025年1月3日');
  });

  it('writes a month-only date as a month, not as its first day', () => {
    expect(dayLabel('2024-03', 'en-US')).toBe('Mar 2024');
    expect(dayLabel('2024-03', 'zh-CN')).toBe('2024年3月');
  });

  it('leaves what is not a date as it is', () => {
    expect(dayLabel('sometime', 'en')).toBe('sometime');
    expect(dayLabel('2024-13-45', 'en')).toBe('2024-13-45');
    expect(dayLabel('2024-03-05', 'not a locale!')).toBe('2024-03-05');
  });

  it('writes the month alone when asked, of a day or a month', () => {
    expect(monthLabel('2023-10-20', 'en-US')).toBe('Oct 2023');
    expect(monthLabel('2023-10', 'zh-CN')).toBe('2023年10月');
    expect(monthLabel('soon', 'en')).toBe('soon');
  });
});
