import { describe, expect, it } from 'vitest';
import { leadInLength } from './en-lead-in';

const rest = (s: string) => s.slice(leadInLength(s));

describe('leadInLength', () => {
  it('skips datelines', () => {
    expect(rest('MUMBAI: Vardhan Foods has completed its takeover')).toBe('Vardhan Foods has completed its takeover');
    expect(rest('NEW DELHI, June 3 (Reuters) - Adani Ports said')).toBe('Adani Ports said');
    expect(rest('Aug 14 (Reuters) - Mars has agreed to buy')).toBe('Mars has agreed to buy');
    expect(rest('BOSTON, Oct. 14, 2025 /PRNewswire/ -- Veridian Bio, a company')).toBe('Veridian Bio, a company');
  });
  it('skips a round-up’s lead-in', () => {
    expect(rest('In other deals this week, Crestline Software bought Atlas Forms')).toBe('Crestline Software bought Atlas Forms');
    expect(rest('Separately, Ironvale agreed to acquire Mailgard')).toBe('Ironvale agreed to acquire Mailgard');
    expect(rest('MUMBAI: On Tuesday, Vardhan Foods said')).toBe('Vardhan Foods said');
    expect(rest('Deals of the week: French grocer Maison Verte bought')).toBe('French grocer Maison Verte bought');
    expect(rest('Elsewhere in funding: Lagos-based Kora Pay raised')).toBe('Lagos-based Kora Pay raised');
  });
  it('leaves a name that opens the sentence', () => {
    expect(leadInLength('Crestline Software bought Atlas Forms')).toBe(0);
    expect(leadInLength('IBM said on Monday it would buy HashiCorp')).toBe(0);
    expect(leadInLength('Harvest Lane Markets and FreshPoint Grocers announced a merger')).toBe(0);
    expect(leadInLength('UK-based Wayve raised $1 billion')).toBe(0);
  });
});
