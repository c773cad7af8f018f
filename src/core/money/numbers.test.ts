import { describe, it, expect } from 'vitest';
import { mayHaveDecimalComma, readCnNumeral, readCnScale, readDigits, readEnScale, readYuanChange, skipGap, toAmount } from './numbers';

const digitValue = (s: string): number | null => {
  const n = readDigits(s, 0);
  return n ? toAmount(n.mant, n.dec, 0) : null;
};

describe('readDigits', () => {
  it.each([
    ['1200', 1200, 4],
    ['1,200', 1200, 5],
    ['1,200.5', 1200.5, 7],
    ['1.2', 1.2, 3],
    ['0.75', 0.75, 4],
    ['１２００', 1200, 4],
    ['１．８５', 1.85, 4],
    // Full-width digits group with the full-width comma; ASCII digits before it end at a clause's comma.
    ['１，０００，０００', 1e6, 9],
    ['100，300', 100, 3],
    ['1,000,000', 1e6, 9],
    ['1,00,000', 1e5, 8],
    ['1,2', 1, 1],
    ['1,2345', 1, 1],
    ['5.', 5, 1],
    ['12 ', 12, 2],
  ])('%s → %d (ends at %d)', (s, value, end) => {
    expect(digitValue(s)).toBe(value);
    expect(readDigits(s, 0)?.end).toBe(end);
  });

  it.each(['1.2.3', '2023.10.20', '192.168.0.1', '1234567890123456789012'])('rejects %s', (s) => {
    expect(readDigits(s, 0)).toBeNull();
  });

  it('applies scales exactly', () => {
    expect(toAmount('185', 2, 8)).toBe(185_000_000);
    expect(toAmount('25', 0, 8)).toBe(2_500_000_000);
    expect(toAmount('342', 0, 6)).toBe(342_000_000);
  });
});

describe('readCnNumeral', () => {
  it.each([
    ['二十五亿', 25e8, 25e8],
    ['一千万', 1e7, 1e7],
    ['三千五百万', 3.5e7, 3.5e7],
    ['十二亿五千万', 1.25e9, 1.25e9],
    ['两亿', 2e8, 2e8],
    ['一千零五', 1005, 1005],
    ['五万亿', 5e12, 5e12],
    ['十', 10, 10],
    ['百万', 1e6, 1e6],
    ['壹佰万', 1e6, 1e6],
    ['數千萬', 2e7, 9e7],
    ['数亿', 2e8, 9e8],
    ['十几亿', 11e8, 19e8],
    ['几十亿', 20e8, 90e8],
    ['三四千万', 3e7, 4e7],
    ['三百多万', 3e6, 3e6],
  ])('%s → %d..%d', (s, lo, hi) => {
    const n = readCnNumeral(s, 0);
    expect(n && [n.lo, n.hi, n.end]).toEqual([lo, hi, s.length]);
  });

  it('marks vague, more and bare units', () => {
    expect(readCnNumeral('数千万', 0)?.vague).toBe(true);
    expect(readCnNumeral('二十五亿', 0)?.vague).toBe(false);
    expect(readCnNumeral('三百多万', 0)?.more).toBe(true);
    expect(readCnNumeral('亿', 0)?.bareBigUnit).toBe(true);
    expect(readCnNumeral('三', 0)?.hasUnit).toBe(false);
  });

  it('does not read 数 of 数据 as "several"', () => {
    expect(readCnNumeral('数据', 0)).toBeNull();
  });
});

describe('scales', () => {
  it.each([
    ['亿', 8], ['万', 4], ['千万', 7], ['百万', 6], ['万亿', 12], ['十亿', 9], ['億', 8],
  ])('Chinese %s → 1e%d', (s, exp) => {
    expect(readCnScale(s, 0)?.exp).toBe(exp);
  });

  it.each([
    [' billion', 9], [' million', 6], ['bn', 9], [' bn', 9], ['mn', 6], ['m', 6], ['M', 6], ['MM', 6],
    [' MM', 6], ['b', 9], ['B', 9], ['k', 3], [' thousand', 3], [' trillion', 12], ['tn', 12],
    [' Million', 6], [' crore', 7], [' lakh', 5],
  ])('English %j → 1e%d', (s, exp) => {
    expect(readEnScale(s, 0)?.exp).toBe(exp);
  });

  it.each([' m', 'mm', 'nm', ' millions', 'bnx', ' k', 'kg'])('not a scale: %j', (s) => {
    expect(readEnScale(s, 0)).toBeNull();
  });
});

describe('issue 16: continental decimals, other languages’ scales, space and line breaks', () => {
  it.each([
    ['9,90', 9.9, 4], ['24,5', 24.5, 4], ['1.234,50', 1234.5, 8], ['1.234.567,89', 1234567.89, 12], ['1234,50', 1234.5, 7],
    ['１,５', 1.5, 3],
  ])('reads the decimal comma of %s when asked', (s, value, end) => {
    const n = readDigits(s, 0, true)!;
    expect(toAmount(n.mant, n.dec, 0)).toBe(value);
    expect(n.end).toBe(end);
  });

  it.each(['1,500', '1,5,6', '1.234', '12', '1,50.3', '12345678,50', '１，５'])('reads no decimal comma in %s', (s) => {
    expect(readDigits(s, 0, true)).toBeNull();
  });

  it('keeps "1,500" fifteen hundred when no decimal comma is asked for', () => {
    expect(digitValue('1,500')).toBe(1500);
    expect(mayHaveDecimalComma('9,90 €', 0)).toBe(true);
    expect(mayHaveDecimalComma('990 €', 0)).toBe(false);
  });

  it.each([
    [' Mrd.', 9, 5], [' Mrd', 9, 4], [' Mio.', 6, 5], [' mia.', 9, 5], [' Milliarden', 9, 11], [' millioner', 6, 10],
    [' bilhão', 9, 7], [' milhões', 6, 8], [' bil', 9, 4], ['bil', 9, 3], [' juta', 6, 5], [' triliun', 12, 8], ['   billion', 9, 10], ['\n million', 6, 9], ['\r\nbillion', 9, 9],
  ])('English or other %j → 1e%d (ends at %d)', (s, exp, end) => {
    expect(readEnScale(s, 0)).toMatchObject({ exp, end });
  });

  it.each([
    [' mld zł', 9, 4], [' mld. Kč', 9, 5], [' milliárd', 9, 9], [' milyar', 9, 7], [' milyon', 6, 7], [' tỷ', 9, 3],
    [' miliardi di', 9, 9], [' milioni', 6, 8], [' miljard', 9, 8],
  ])('a word of a decimal-comma language %j → 1e%d (ends at %d), continental', (s, exp, end) => {
    expect(readEnScale(s, 0)).toEqual({ exp, end, continental: true });
  });

  it('says which scale words are English', () => {
    expect(readEnScale(' million', 0)).toEqual({ exp: 6, end: 8 });
    expect(readEnScale(' Mrd.', 0)?.continental).toBe(true);
  });

  it.each(['\nMillion', '\n\nmillion', '\n \n million', '\nbn', '    billion', ' mia'])('not a scale across a break or too far: %j', (s) => {
    expect(readEnScale(s, 0)).toBeNull();
  });

  it('skips up to three spaces, or one line break with spaces around it, never a blank line', () => {
    expect(skipGap('   x', 0)).toEqual({ end: 3, broke: false });
    expect(skipGap('    x', 0)).toEqual({ end: 3, broke: false });
    expect(skipGap(' \n x', 0)).toEqual({ end: 3, broke: true });
    expect(skipGap('\r\nx', 0)).toEqual({ end: 2, broke: true });
    expect(skipGap('\n\nx', 0)).toEqual({ end: 0, broke: false });
    expect(skipGap('\n', 0)).toEqual({ end: 0, broke: false });
  });
});

describe('readYuanChange (jiao and fen after a whole number of yuan)', () => {
  it.each<[string, number | null, number]>([
    ['五角', 0.5, 2], ['五毛钱', 0.5, 3], ['九毛九', 0.99, 3], ['三角二分', 0.32, 4], ['五。', 0.5, 1], ['5角', 0.5, 2],
  ])('%s', (s, amount, end) => {
    expect(readYuanChange(s, 0)).toEqual({ amount, end });
  });

  it.each(['五花肉', '角', '五个', ''])('none: %j', (s) => {
    expect(readYuanChange(s, 0)).toBeNull();
  });
});

describe('Chinese numerals with a decimal point', () => {
  it.each<[string, number, number]>([
    ['一点五亿', 1.5e8, 4], ['十二点五万', 1.25e5, 5], ['三点二五', 3.25, 4], ['零点五亿', 5e7, 4],
  ])('%s', (s, lo, end) => {
    expect(readCnNumeral(s, 0)).toMatchObject({ lo, hi: lo, end, hasUnit: true });
  });
});
