import { describe, expect, it } from 'vitest';
import { displayName } from './display-names';

describe('displayName', () => {
  it('names regions and currencies in the reader’s language', () => {
    expect(displayName('region', 'CN', 'en')).toBe('China');
    expect(displayName('region', 'CN', 'zh-CN')).toBe('中国');
    expect(displayName('currency', 'CNY', 'en')).toBe('Chinese Yuan');
  });

  it('gives the code back when Intl cannot name it', () => {
    expect(displayName('region', 'not a code', 'en')).toBe('not a code');
  });
});
