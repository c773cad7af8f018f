import { describe, expect, it } from 'vitest';
import type { CompanyMention } from '../types';
import { withSeriesNumerals } from './en-name-numeral';

function mention(text: string, name: string): CompanyMention {
  const start = text.indexOf(name);
  return { start, end: start + name.length, text: name, name, id: `unknown:${name.toLowerCase()}` };
}
const names = (text: string, found: string[]) => withSeriesNumerals(text, found.map((n) => mention(text, n))).map((c) => c.name);

describe('withSeriesNumerals', () => {
  it('takes the numeral that ends a name', () => {
    expect(names('Skyward Dynamics completed its business combination with Atlas Peak Acquisition Corp. II and', ['Atlas Peak Acquisition Corp.'])).toEqual(['Atlas Peak Acquisition Corp. II']);
    expect(names('led by SoftBank Vision Fund 2, with', ['SoftBank Vision Fund'])).toEqual(['SoftBank Vision Fund 2']);
  });
  it('leaves numbers and words that are not a numeral of the name', () => {
    expect(names('Acme Fund 2 billion', ['Acme Fund'])).toEqual(['Acme Fund']);
    expect(names('Kestrel Holdings II-VI unit', ['Kestrel Holdings'])).toEqual(['Kestrel Holdings']);
    expect(names('Kestrel Holdings Inc. raised', ['Kestrel Holdings'])).toEqual(['Kestrel Holdings']);
  });
});
