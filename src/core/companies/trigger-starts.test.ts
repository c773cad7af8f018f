// TRIGGER_FIRST_WORDS lists the first words of the cue scan's branches by hand: here every match the
// whole-text scan finds on the evaluation texts must be found where the scan tries (a first word
// left out of the list fails).
import { describe, expect, it } from 'vitest';
import { COMPANY_SETS } from '../../../test/companies/company-sets';
import { parseGold } from '../../../test/companies/parse-gold';
import { DEAL_PARAGRAPHS } from '../../../test/deals/eval/index';
import { LEGAL_FORMS } from './legal-forms';
import { TRIGGER, triggerMatches } from './unknown-companies';

const texts = [
  ...Object.values(COMPANY_SETS).flatMap((set) => set.map((p) => parseGold(p).text)),
  ...DEAL_PARAGRAPHS.map((p) => p.text),
  // Every legal form after a name, and words glued to digits and underscores (no word start there).
  LEGAL_FORMS.map((f) => `Kestrel Arc ${f.word} said`).join('. '),
  'a3M Co, x_led by Acme, Toronto’s Ledgerlane, start-up Vireo, Start-Up Vireo, scaleup Kora, scale-up Kora',
];

function wholeScan(text: string): string[] {
  return [...text.matchAll(new RegExp(TRIGGER.source, 'g'))].map((m) => `${m.index}:${m[0]}`);
}

describe('triggerMatches', () => {
  it('finds what a scan of the whole text finds, on every evaluation text', () => {
    let count = 0;
    for (const text of texts) {
      const expected = wholeScan(text);
      count += expected.length;
      expect([...triggerMatches(text)].map((m) => `${m.index}:${m[0]}`)).toEqual(expected);
    }
    expect(count).toBeGreaterThan(2000);
  });
});
