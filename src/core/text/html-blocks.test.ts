import { describe, expect, it } from 'vitest';
import { flattenLineBreaks, INLINE_TAGS, SKIPPED_TAGS } from './html-blocks';

describe('html blocks', () => {
  it('turns line breaks into spaces without moving any offset', () => {
    const text = 'Alibaba\nGroup\r\nHoldings\tLtd.';
    const flat = flattenLineBreaks(text);
    expect(flat).toBe('Alibaba Group  Holdings Ltd.');
    expect(flat).toHaveLength(text.length);
  });

  it('never annotates code, form fields or our own card, and keeps inline markup in the line', () => {
    for (const tag of ['SCRIPT', 'STYLE', 'TEXTAREA', 'INPUT', 'CODE', 'PRE', 'DEALLENS-CARD']) expect(SKIPPED_TAGS.has(tag), tag).toBe(true);
    for (const tag of ['B', 'SPAN', 'A', 'EM', 'STRONG']) expect(INLINE_TAGS.has(tag), tag).toBe(true);
    for (const tag of ['P', 'DIV', 'LI', 'H1', 'TD', 'BR']) expect(INLINE_TAGS.has(tag), tag).toBe(false);
    for (const tag of INLINE_TAGS) expect(SKIPPED_TAGS.has(tag), tag).toBe(false);
  });
});
