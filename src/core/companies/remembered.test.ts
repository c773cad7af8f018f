import { describe, expect, it } from 'vitest';
import { remembered } from './remembered';

describe('remembered', () => {
  it('works an answer out once per key, undefined answers included, and stays bounded', () => {
    const asked: string[] = [];
    const lengthOf = remembered((key) => (asked.push(key), key.length > 3 ? undefined : key.length));
    expect([lengthOf('ab'), lengthOf('ab'), lengthOf('abcd'), lengthOf('abcd')]).toEqual([2, 2, undefined, undefined]);
    expect(asked).toEqual(['ab', 'abcd']);
    for (let i = 0; i < 5000; i++) lengthOf(`k${i}`);
    expect(lengthOf('ab')).toBe(2);
    expect(asked.at(-1)).toBe('ab'); // forgotten once the memory started over
  });
});
