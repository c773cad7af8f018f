import { describe, expect, it } from 'vitest';
import { cutInside, partEnd } from './cut-text';

describe('cutInside', () => {
  it('cuts after the last sentence end of the second half, else after a full stop, else after a space, never inside a surrogate pair', () => {
    expect(cutInside('One. Two three. Four five six')).toBe('One. Two three. '.length);
    expect(cutInside('alpha beta gamma delta')).toBe('alpha beta gamma '.length);
    expect(cutInside('abcdefg😀'.slice(0, 8))).toBe(7);
    expect(cutInside('甲乙丙丁戊。己庚辛')).toBe(6);
    // Not after an abbreviation, an initial, or before a lower-case word.
    expect(cutInside('Zorabc Robotics Inc. raised $5 million. J. Smith and U.S. Steel Co. said so')).toBe('Zorabc Robotics Inc. raised $5 million. '.length);
    // With no sentence end, after a full stop (which ends no amount and no name) rather than a space.
    expect(cutInside('Robotics Inc. raised $5 million from Steel Co. Ltd. in a round of 2.1 billion yuan')).toBe('Robotics Inc. raised $5 million from Steel Co. Ltd. '.length);
    expect(cutInside('It rose 5 per cent. Zorabc Robotics Inc. Zorabd raised more')).toBe('It rose 5 per cent. Zorabc Robotics Inc. '.length);
  });
});

describe('partEnd', () => {
  it('takes the rest when it fits', () => {
    expect(partEnd('short text', 0, 4_000)).toBe(10);
    expect(partEnd('x'.repeat(5_000), 2_000, 4_000)).toBe(5_000);
  });
  it('cuts after the last line break of the second half, else where no mention is likely', () => {
    const lines = 'a'.repeat(2_999) + '\n' + 'b'.repeat(2_000);
    expect(partEnd(lines, 0, 4_000)).toBe(3_000);
    expect(partEnd(lines, 3_000, 4_000)).toBe(lines.length);
    // A line break anywhere in the part is a block's end: cut there, not inside a block.
    expect(partEnd('a'.repeat(100) + '\n' + 'b'.repeat(5_000), 0, 4_000)).toBe(101);
    const block = 'One sentence ends here. '.repeat(400);
    const end = partEnd(block, 0, 4_000);
    expect(end).toBeGreaterThan(2_000);
    expect(end).toBeLessThanOrEqual(4_000);
    expect(block.slice(0, end)).toMatch(/here\. $/);
  });
});
