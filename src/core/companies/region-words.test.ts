// The region words written out in not-companies.ts are every word of the platform's English names
// of the countries and territories (Intl.DisplayNames), as not-companies.ts once computed at load.
import { describe, expect, it } from 'vitest';
import { REGION_WORDS } from './not-companies';

const REGION_CODES = (
  'AD AE AF AG AL AM AO AR AT AU AZ BA BB BD BE BF BG BH BI BJ BN BO BR BS BT BW BY BZ CA CD CF CG CH CI CL CM CN ' +
  'CO CR CU CV CY CZ DE DJ DK DM DO DZ EC EE EG ER ES ET FI FJ FR GA GB GD GE GH GM GN GQ GR GT GW GY HK HN HR HT ' +
  'HU ID IE IL IN IQ IR IS IT JM JO JP KE KG KH KM KN KP KR KW KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MG ' +
  'MK ML MM MN MO MR MT MU MV MW MX MY MZ NA NE NG NI NL NO NP NZ OM PA PE PG PH PK PL PS PT PY QA RO RS RU RW SA ' +
  'SB SC SD SE SG SI SK SL SM SN SO SR SS ST SV SY SZ TD TG TH TJ TL TM TN TO TR TT TW TZ UA UG US UY UZ VE VN YE ' +
  'ZA ZM ZW'
).split(' ');

describe('REGION_WORDS', () => {
  it('holds every word of the platform’s English country names', () => {
    const names = new Intl.DisplayNames(['en'], { type: 'region' });
    const platform = REGION_CODES.flatMap((code) => (names.of(code) ?? '').toLowerCase().split(/[\s,()&.-]+/)).filter((w) => w.length > 2 && w !== 'and' && w !== 'the');
    expect(REGION_CODES).toHaveLength(188);
    expect(platform.filter((w) => !REGION_WORDS.has(w))).toEqual([]);
  });

  it('holds lowercase words only', () => {
    expect(REGION_WORDS.size).toBeGreaterThan(200);
    for (const w of REGION_WORDS) expect(w).toMatch(/^[\p{Ll}’]+$/u);
  });
});
