import { describe, expect, it } from 'vitest';
import { findBookmakerShortNames } from './chinese-bookmakers';

const read = (text: string) => findBookmakerShortNames(text).map((m) => `${m.text}=${m.id}`);

describe('William Hill by its short name before its odds', () => {
  it('reads 威廉 before the odds it offers', () => {
    expect(read('近5轮4败。威廉主胜赔低至1.14，对曼联非常看好。')).toEqual(['威廉=william-hill']);
    expect(read('庄家看法差别较大，威廉一三三组合下，平赔和客胜赔接近。')).toEqual(['威廉=william-hill']);
    expect(read('bet365也做出了类似威廉的赔率调整。')).toEqual(['威廉=william-hill']);
    expect(read('主流公司中，威廉·希尔的主胜赔为1.20。')).toEqual(['威廉·希尔=william-hill']);
  });

  it('reads no person named 威廉', () => {
    expect(read('威廉王子出席了比赛。')).toEqual([]);
    expect(read('威廉打进制胜球，主队取胜。')).toEqual([]);
    expect(read('前锋保罗·威廉主罚点球。')).toEqual([]);
  });
});
