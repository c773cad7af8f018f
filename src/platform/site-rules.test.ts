import { describe, expect, it } from 'vitest';
import { allowedSites, annotatesAutomatically, grantsAllSites, isDenied, pageKind, patternHost, registrationFor, siteChoice, siteHost } from './site-rules';

const auto = { siteMode: 'automatic' as const, deniedSites: [] as string[] };

describe('siteHost', () => {
  it.each([
    ['www.Example.com', 'www.example.com'],
    ['https://example.com/news/1', 'example.com'],
    ['127.0.0.1:8080', '127.0.0.1'],
    ['  caixin.com ', 'caixin.com'],
  ])('%s → %s', (input, host) => expect(siteHost(input)).toBe(host));
  it.each(['', 'not a site!', 'chrome://extensions', 'ftp://x.org', 'file:///tmp/a.html'])('rejects %j', (input) => expect(siteHost(input)).toBeNull());
});

describe('registrationFor', () => {
  it('registers nothing without page grants, even with the rate hosts granted', () => {
    expect(registrationFor(['https://www.ecb.europa.eu/*', 'https://api.frankfurter.dev/*'], auto)).toBeNull();
  });
  it('registers the granted sites and excludes denied sites with their subdomains', () => {
    expect(registrationFor(['*://127.0.0.1/*', 'https://www.ecb.europa.eu/*'], { siteMode: 'automatic', deniedSites: ['example.com'] })).toEqual({
      matches: ['*://127.0.0.1/*'],
      excludeMatches: ['*://example.com/*', '*://*.example.com/*'],
    });
  });
  it('registers nothing in on-demand mode', () => {
    expect(registrationFor(['http://*/*', 'https://*/*'], { siteMode: 'on-demand', deniedSites: [] })).toBeNull();
  });
});

describe('what runs where', () => {
  const all = ['http://*/*', 'https://*/*'];
  it('knows all-sites grants and per-site grants', () => {
    expect(grantsAllSites(all)).toBe(true);
    expect(grantsAllSites(['*://a.com/*'])).toBe(false);
    expect(allowedSites(['*://b.com/*', '*://a.com/*', 'https://www.ecb.europa.eu/*', ...all])).toEqual(['a.com', 'b.com']);
    expect(patternHost('https://*/*')).toBeNull();
  });
  it('annotates granted, not denied, http(s) pages in automatic mode', () => {
    expect(annotatesAutomatically('https://a.com/x', ['*://a.com/*'], auto)).toBe(true);
    expect(annotatesAutomatically('https://b.com/x', ['*://a.com/*'], auto)).toBe(false);
    expect(annotatesAutomatically('https://news.a.com/x', all, { siteMode: 'automatic', deniedSites: ['a.com'] })).toBe(false);
    expect(annotatesAutomatically('https://a.com/x', all, { siteMode: 'on-demand', deniedSites: [] })).toBe(false);
    expect(annotatesAutomatically('chrome://newtab', all, auto)).toBe(false);
    expect(isDenied('a.com.evil.org', ['a.com'])).toBe(false);
  });
});

describe('pageKind', () => {
  it.each([
    ['https://www.reuters.com/a', 'web'],
    ['chrome://extensions/', 'browser'],
    ['about:addons', 'browser'],
    ['moz-extension://x/popup.html', 'browser'],
    ['https://chromewebstore.google.com/detail/x', 'store'],
    ['https://addons.mozilla.org/en-US/firefox/', 'store'],
    ['https://example.com/report.PDF', 'pdf'],
    ['file:///home/a.html', 'file'],
    [undefined, 'unknown'],
  ])('%s → %s', (url, kind) => expect(pageKind(url)).toBe(kind));
});

describe('siteChoice', () => {
  const rates = ['https://www.ecb.europa.eu/stats/eurofxref/*', 'https://api.frankfurter.dev/*'];
  it('is "on demand" in that mode, whatever was granted', () => {
    expect(siteChoice(['http://*/*', 'https://*/*'], { siteMode: 'on-demand' })).toBe('on-demand');
    expect(siteChoice([], { siteMode: 'on-demand' })).toBe('on-demand');
  });
  it('is "all sites" in automatic mode with access to all sites', () => {
    expect(siteChoice([...rates, 'http://*/*', 'https://*/*', '*://127.0.0.1/*'], auto)).toBe('all-sites');
    expect(siteChoice(['<all_urls>'], auto)).toBe('all-sites');
  });
  it('is "chosen sites" in automatic mode with some sites allowed, or none yet', () => {
    expect(siteChoice([...rates, 'http://127.0.0.1/*', 'https://127.0.0.1/*'], auto)).toBe('chosen-sites');
    expect(siteChoice(rates, auto)).toBe('chosen-sites');
    expect(siteChoice(['https://*/*'], auto)).toBe('chosen-sites');
  });
});
