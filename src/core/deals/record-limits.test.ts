import { describe, expect, it } from 'vitest';
import { clipId, clipText, isRecordId, MAX_ID_CHARS } from './record-limits';

describe('isRecordId', () => {
  it('takes every id DealLens writes: bundled, unknown and user companies, in any script', () => {
    for (const id of ['zhipu-ai', 'zhipu-ai-2023-10-funding', 'unknown:zorblax-technologies-2024-05-funding', 'user:brightwater-loom', 'unknown:北京某某科技', 'unknown:i̇ş-bankası', 'user:ωmega-labs']) {
      expect(isRecordId(id), id).toBe(true);
    }
  });

  it('refuses other namespaces, capitals, spaces, double or edge dashes, and over-long ids', () => {
    for (const id of ['javascript:alert-1', 'Zhipu-ai', 'zhipu ai', 'zhipu--ai', '-zhipu', 'zhipu-', '', 'unknown:', `a${'-b'.repeat(MAX_ID_CHARS)}`]) {
      expect(isRecordId(id), id).toBe(false);
    }
  });
});

describe('clipText', () => {
  it('keeps short text and cuts long text with an ellipsis, never inside a surrogate pair', () => {
    expect(clipText('short', 10)).toBe('short');
    expect(clipText('abcdefghijkl', 6)).toBe('abcde…');
    expect(clipText('ab😀😀', 4)).toBe('ab…');
    expect(clipText('x'.repeat(2_000_000), 500)).toHaveLength(500);
  });
});

describe('clipId', () => {
  it('cuts an over-long id at a dash, leaving a valid id', () => {
    const long = `unknown:${Array.from({ length: 80 }, (_, i) => `w${i}`).join('-')}`;
    const clipped = clipId(long);
    expect(clipped.length).toBeLessThanOrEqual(MAX_ID_CHARS);
    expect(long.startsWith(clipped)).toBe(true);
    expect(isRecordId(clipped)).toBe(true);
    expect(clipId('zhipu-ai')).toBe('zhipu-ai');
  });
});
