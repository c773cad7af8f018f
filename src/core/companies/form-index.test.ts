import { describe, expect, it } from 'vitest';
import { eachFormAt, formHeads } from './form-index';
import { NotedMap } from './noted-collections';

const places = (text: string, forms: ReadonlyMap<string, unknown>, startsHere = (at: number) => at === 0 || !/\w/.test(text[at - 1]!)) => {
  const out: string[] = [];
  eachFormAt(text, formHeads(forms), startsHere, (form, at) => out.push(`${at}:${form}`));
  return out;
};

describe('eachFormAt', () => {
  it('finds every form where a word may start, longer and shorter ones at the same place, one-unit forms too', () => {
    const forms = new Map([['Halvardsen', 1], ['Halvardsen Mining', 1], ['HMC', 1], ['云雀', 1], ['X', 1]]);
    // (The caller checks the end: "Halvardsens" is its to refuse.)
    expect(places('Halvardsen Mining (HMC) and 云雀; AHMC, X-ray, Halvardsens', forms)).toEqual(['0:Halvardsen', '0:Halvardsen Mining', '19:HMC', '28:云雀', '38:X', '45:Halvardsen']);
  });

  it('asks where a word may start only where a form could', () => {
    const asked: number[] = [];
    places('abc HMC', new Map([['HMC', 1]]), (at) => (asked.push(at), true));
    expect(asked).toEqual([4]);
    expect(places('HMC', new Map())).toEqual([]);
  });
});

describe('formHeads', () => {
  it("keeps a page's index and brings it up to date with the forms set since, starting again after a delete", () => {
    const forms = new NotedMap<string, number>();
    forms.set('Alpha', 1);
    const heads = formHeads(forms);
    forms.set('Beta', 2);
    expect(formHeads(forms)).toBe(heads);
    expect(places('Alpha Beta', forms)).toEqual(['0:Alpha', '6:Beta']);
    forms.delete('Alpha');
    expect(formHeads(forms)).not.toBe(heads);
    expect(places('Alpha Beta', forms)).toEqual(['6:Beta']);
  });
});
