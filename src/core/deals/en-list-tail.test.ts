import { describe, expect, it } from 'vitest';
import { unreadBackerList, unreadListHead, unreadListMiddle, unreadListTail } from './en-list-tail';

const tailOf = (text: string, after: string, read: { start: number }[] = []) => unreadListTail(text, text.indexOf(after) + after.length, text.length, read).names;

describe('the unread end of a list of backers', () => {
  it('takes the names after the last company read, up to the cue', () => {
    const text = 'Felicis, Sutter Hill Ventures, Amazon and Carnegie Mellon University were among the other investors.';
    expect(tailOf(text, 'Sutter Hill Ventures')).toEqual(['Amazon', 'Carnegie Mellon University']);
  });

  it('keeps a name that ends in an investor word whatever its other words look like', () => {
    const text = 'The round also drew Gaorong Capital, Northstar Group, Vision Plus Capital and EV Growth.';
    expect(tailOf(text, 'Northstar Group')).toEqual(['Vision Plus Capital', 'EV Growth']);
  });

  it('stops at a place, a stop word, a lower-case word and a name the reader took', () => {
    expect(tailOf('Backers include Accel, London and Paris.', 'Accel')).toEqual([]);
    expect(tailOf('Backers include Accel, The round closed.', 'Accel')).toEqual([]);
    expect(tailOf('Backers include Accel, and investors joined.', 'Accel')).toEqual([]);
    const text = 'Backers include Accel, Amazon, Samsung and UiPath.';
    expect(tailOf(text, 'Accel', [{ start: text.indexOf('Samsung') }])).toEqual(['Amazon']);
  });

  it('takes a name after who the backer is to the company', () => {
    expect(tailOf('Backers include Blackbird Ventures, Main Sequence and existing investor Square Peg.', 'Blackbird Ventures')).toEqual(['Main Sequence', 'Square Peg']);
  });
});

describe('a list of backers the reader took none of', () => {
  const names = (text: string) => unreadBackerList(text, 0, text.length).map((b) => b.name);
  it('reads the list after a cue, or before what backers do', () => {
    expect(names('Backers include Quillhaven, Fernbrook and Ostrova.')).toEqual(['Quillhaven', 'Fernbrook', 'Ostrova']);
    expect(names('Fernbrook, Ostrova and Tamsin also took part.')).toEqual(['Fernbrook', 'Ostrova', 'Tamsin']);
  });
  it('reads none without a cue, or of one name, or of places', () => {
    expect(names('Fernbrook, Ostrova and Tamsin reported higher sales.')).toEqual([]);
    expect(names('Backers include Quillhaven.')).toEqual([]);
    expect(names('Backers include London, Paris and Berlin.')).toEqual([]);
  });
});


describe('the unread middle of a list of backers', () => {
  const middleOf = (text: string, after: string, before: string) => unreadListMiddle(text, text.indexOf(after) + after.length, text.indexOf(before)).map((n) => n.name);

  it('takes the names between two companies read when the gap is all list', () => {
    const text = 'Backers include Main Sequence Ventures, which led the round, Tenacious Ventures, Artesian and the Rabobank Food & Agri Innovation Fund.';
    expect(middleOf(text, 'which led the round', 'Rabobank')).toEqual(['Tenacious Ventures', 'Artesian']);
  });

  it('takes nothing when anything but names and separators stands between', () => {
    expect(middleOf('Accel, Paris and London offices of Index Ventures', 'Accel', 'Index Ventures')).toEqual([]);
    expect(middleOf('Accel led, and Greylock joined Index Ventures', 'Accel', 'Index Ventures')).toEqual([]);
  });
});

describe('the unread head of a list of backers', () => {
  const headOf = (text: string, first: string) => unreadListHead(text, 0, text.indexOf(first)).map((n) => n.name);

  it('takes the names that open the clause before the list’s first company', () => {
    expect(headOf('Quona Capital led, and Acumen, Kepple Africa Ventures and the Shell Foundation also put money in.', 'Kepple')).toEqual(['Acumen']);
    expect(headOf('DST, Nvidia and Accel also invested.', 'Nvidia')).toEqual(['DST']);
    expect(headOf('Quarry Hill, Tallwood and Redfin Partners also participated.', 'Redfin')).toEqual(['Tallwood']);
  });

  it('takes no person, no stop word and nothing after other words', () => {
    expect(headOf('Elad Gil, Accel and Lightspeed also took part.', 'Accel')).toEqual([]);
    expect(headOf('On Tuesday, Accel and Lightspeed also took part.', 'Accel')).toEqual([]);
    expect(headOf('The round drew interest from Acumen, Accel and Lightspeed.', 'Accel')).toEqual([]);
  });
});
