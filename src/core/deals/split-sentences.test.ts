import { describe, expect, it } from 'vitest';
import { splitSentences } from './split-sentences';

const pieces = (text: string, spans: { start: number; end: number; text: string }[] = []) =>
  splitSentences(text, spans).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('splits at sentence ends but not at corporate suffixes, initials or decimals', () => {
    expect(pieces('Alibaba Group Holding Ltd. and Tencent Holdings Ltd. invested 2.5 billion yuan in the U.S. market. Xiaomi Corp. did not.')).toEqual([
      'Alibaba Group Holding Ltd. and Tencent Holdings Ltd. invested 2.5 billion yuan in the U.S. market.',
      'Xiaomi Corp. did not.',
    ]);
  });

  it('splits after an amount in "bn." before a capital, not before a lower-case word', () => {
    expect(pieces('The deal is valued at $43bn. It is the largest. Rs 500 mn. in cash was paid.')).toEqual(['The deal is valued at $43bn.', 'It is the largest.', 'Rs 500 mn. in cash was paid.']);
  });

  it('does not split at "Cos." (Companies) inside a name', () => {
    expect(pieces('Lowe’s Cos. has agreed to buy FBM. It will pay cash.')).toEqual(['Lowe’s Cos. has agreed to buy FBM.', 'It will pay cash.']);
  });

  it('does not split at "Corp.-backed" or "Inc.," but does at "Co. These"', () => {
    expect(pieces('Microsoft Corp.-backed OpenAI and Baidu Inc., a rival, compete. They back Zhipu Technology Co. These firms grow.')).toEqual([
      'Microsoft Corp.-backed OpenAI and Baidu Inc., a rival, compete.',
      'They back Zhipu Technology Co.',
      'These firms grow.',
    ]);
  });

  it('treats a newline as a paragraph boundary and numbers paragraphs', () => {
    const text = 'One. Two\nThree.';
    expect(splitSentences(text).map((s) => [text.slice(s.start, s.end), s.paragraph, s.index])).toEqual([
      ['One.', 0, 0],
      ['Two', 0, 1],
      ['Three.', 1, 2],
    ]);
  });

  it('splits Chinese at 。！？ including a closing quote', () => {
    expect(pieces('智谱完成融资。“很好！”百川呢？')).toEqual(['智谱完成融资。', '“很好！”', '百川呢？']);
  });

  it('never splits inside a protected mention ("Yahoo! Japan")', () => {
    const text = 'SoftBank owns Yahoo! Japan and more.';
    expect(pieces(text)).toEqual(['SoftBank owns Yahoo!', 'Japan and more.']);
    const start = text.indexOf('Yahoo!');
    expect(pieces(text, [{ start, end: start + 'Yahoo! Japan'.length, text: 'Yahoo! Japan' }])).toEqual([text]);
  });
});
