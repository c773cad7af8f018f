import { describe, expect, it } from 'vitest';
import { findBankInitials } from './chinese-bank-initials';

const read = (text: string) => findBankInitials(text).map((m) => `${m.text}=${m.id}`);

describe('the big state banks by their initials in a list', () => {
  it('reads each initial before a word of banks', () => {
    expect(read('央行公布新政之后，工、农、中、建四大国有银行及招行先后跟进。')).toEqual([
      '工=icbc',
      '农=agricultural-bank-of-china',
      '中=bank-of-china',
      '建=china-construction-bank',
    ]);
    expect(read('目前，工、中、建、交等银行均未公布细则。')).toEqual(['工=icbc', '中=bank-of-china', '建=china-construction-bank', '交=bank-of-communications']);
    expect(read('本报记者对工、农、中、建、交通5家国有银行做了调查。').at(-1)).toBe('交通=bank-of-communications');
  });

  it('reads no list of countries, of two initials or without a word of banks', () => {
    expect(read('中、英、美三国代表出席会议。')).toEqual([]);
    expect(read('工、农两行已经公布细则。')).toEqual([]);
    expect(read('工、农、中三方合作。')).toEqual([]);
    expect(read('中、中、建等银行。')).toEqual([]);
  });
});
