import { describe, expect, it } from 'vitest';
import { findBrowser } from './browsers';

describe('findBrowser', () => {
  it('says exactly how to install a missing browser', () => {
    expect(() => findBrowser('chromium', ['/nonexistent/chromium'])).toThrow('chromium not found. Install it with: sudo apt-get install -y chromium (or set CHROMIUM_PATH to its binary)');
    expect(() => findBrowser('firefox', [undefined])).toThrow(/sudo apt-get install -y firefox-esr .*FIREFOX_PATH/);
  });

  it('takes the first candidate that exists', () => {
    expect(findBrowser('chromium', ['/nonexistent', process.execPath])).toBe(process.execPath);
  });
});
