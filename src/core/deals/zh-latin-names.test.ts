import { describe, expect, it } from 'vitest';
import { addLatinBackers } from './zh-latin-names';

describe('Latin backers in a Chinese list', () => {
  it('adds a Latin name between a list joiner and a role word, or between joiners', () => {
    const text = '本轮由澜湖资本领投，青石创投、Coatue和DST持续跟投。';
    expect(addLatinBackers(text, []).map((c) => c.text)).toEqual(['Coatue', 'DST']);
  });

  it('never a Latin word of the trade, or one outside a list', () => {
    expect(addLatinBackers('星辰动力完成IPO、AI芯片业务扩张，DST表示看好。', [])).toEqual([]);
    expect(addLatinBackers('DST跟投了这轮融资。', [])).toEqual([]);
  });
});
