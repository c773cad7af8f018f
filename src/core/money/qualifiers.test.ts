import { describe, expect, it } from 'vitest';
import type { ApproxKind } from '../types';
import { qualifierAfter, qualifierBefore } from './qualifiers';

/** The qualifier before the amount that starts at the first digit of `s`. */
const before = (s: string) => qualifierBefore(s, s.search(/[0-9$€£¥]/), false)?.kind ?? null;
/** The qualifier after the amount that ends at the marker "|" of `s` (the marker removed). */
const after = (s: string) => qualifierAfter(s.replace('|', ''), s.indexOf('|'));

describe('qualifiers the right way round', () => {
  it.each<[string, ApproxKind]>([
    ['as little as $5', 'at-least'], ['as low as $5', 'at-least'], ['starting at $5', 'at-least'],
    ['just shy of $5bn', 'under'], ['short of $5bn', 'under'], ['topping $5bn', 'over'], ['upward of $5bn', 'over'],
    ['in the region of $5bn', 'about'], ['至多5亿元', 'up-to'], ['最低5亿元', 'at-least'], ['低至99元', 'at-least'],
    ['高于5亿元', 'over'], ['小于5亿元', 'under'], ['未满5亿元', 'under'],
    // A negation the tables do not list turns the bound round: never shown the wrong way.
    ['never more than $5bn', 'up-to'], ['not under $5bn', 'at-least'], ['不超5亿元', 'up-to'], ['未超过5亿元', 'up-to'],
    ['没有超过5亿元', 'up-to'], ['并未低于5亿元', 'at-least'],
    // Listed with their negation, they are read as listed.
    ['no more than $5bn', 'up-to'], ['not less than $5bn', 'at-least'], ['不超过5亿元', 'up-to'], ['不少于5亿元', 'at-least'],
    ['more than $5bn', 'over'], ['超过5亿元', 'over'],
  ])('%s → %s', (s, kind) => expect(before(s)).toBe(kind));

  it.each<[string, ApproxKind | null]>([
    ['$5bn| or less', 'up-to'], ['$5bn| or more', 'at-least'], ['$5bn| and up', 'at-least'], ['$5bn| at most', 'up-to'],
    ['$5bn|+', 'over'], ['Rs 5 crore|-plus', 'over'], ['1亿元|左右', 'about'],
    // A price "from" (元起) is the price as written: not a bound.
    ['1999元|起', null], ['$5bn| in cash', null],
  ])('%s → %s', (s, kind) => expect(after(s)).toBe(kind));
});
