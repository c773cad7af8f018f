import { describe, expect, it } from 'vitest';
import { findCuedGamesNames } from './chinese-games-cues';

const read = (text: string) => findCuedGamesNames(text).map((m) => `${m.text}=${m.id}`);

describe('Blizzard by 暴雪 where games are near', () => {
  it('reads 暴雪 beside the words of its games', () => {
    expect(read('电视台不转播该场比赛。暴雪正式宣布，星际2将取消线下互联模式。')).toEqual(['暴雪=blizzard-entertainment']);
    expect(read('《魔兽争霸3》的韩国代理在自传中痛批暴雪。')).toEqual(['暴雪=blizzard-entertainment']);
    expect(read('除了《命令与征服4》之外，暴雪《暗黑破坏神3》预告片也在列表其中。')).toEqual(['暴雪=blizzard-entertainment']);
    expect(read('暴雪营收达14.27亿美元，低于上年同期。')).toEqual(['暴雪=blizzard-entertainment']);
  });

  it('reads no blizzard of weather, and no game named after the company', () => {
    expect(read('受暴雪天气影响，多条高速公路封闭。')).toEqual([]);
    expect(read('暴雪导致航班延误，玩家无法按时到场参加游戏比赛。')).toEqual([]);
    expect(read('一场暴雪过后，城市一片银白。')).toEqual([]);
    expect(read('受暴雪影响，该公司一季度营收下降。')).toEqual([]);
    expect(read('问：《暴雪DOTA》何时发售？')).toEqual([]);
  });
});
