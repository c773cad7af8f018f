import { describe, expect, it } from 'vitest';
import { zhUnreadBackers } from './zh-unread-backers';

describe('backers the reader left out at the head of a Chinese list', () => {
  it('takes names that end like an institution after a backers cue', () => {
    const before = '该公司今日宣布完成4亿元C轮融资，本轮投资方为国投招商和';
    expect(zhUnreadBackers(before, 100).map((c) => [c.text, c.start])).toEqual([['国投招商', 100 + before.indexOf('国投招商')]]);
    expect(zhUnreadBackers('本轮新股东包括国投招商、华润资本、', 0).map((c) => c.text)).toEqual(['国投招商', '华润资本']);
  });

  it('takes none without a cue, or when a name does not end like an institution', () => {
    expect(zhUnreadBackers('公司与国投招商和', 0)).toEqual([]);
    expect(zhUnreadBackers('投资方包括张先生和', 0)).toEqual([]);
  });
});
