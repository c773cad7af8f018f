import { describe, expect, it } from 'vitest';
import { refusedTab } from './asked-tab';

describe('refusedTab', () => {
  it('lets DealLens run in a web page it can see', () => {
    expect(refusedTab({ url: 'https://news.example.com/story' })).toBeNull();
    expect(refusedTab({ url: 'http://127.0.0.1:8080/demo.html' })).toBeNull();
  });

  it('refuses a tab it cannot see, a browser or extension page, a file, and a tab that is not there', () => {
    for (const url of [undefined, '', 'chrome://settings/', 'about:addons', 'chrome-extension://otherid/page.html', 'moz-extension://x/popup.html', 'file:///home/reader/notes.html', 'data:text/html,<p>1</p>', 'javascript:alert(1)']) {
      expect(refusedTab({ url }), String(url)).toMatch(/web page/);
    }
    expect(refusedTab(undefined)).toMatch(/no such tab|closed/i);
  });
});
