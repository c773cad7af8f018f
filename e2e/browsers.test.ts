import { describe, expect, it } from 'vitest';
import { findBrowser } from './browsers';

const machine = (env: Record<string, string>, files: string[]) => ({ env, exists: (f: string) => files.includes(f) });

describe('findBrowser', () => {
  it('says exactly how to install a missing browser', () => {
    expect(() => findBrowser('chromium', machine({}, []))).toThrow('chromium not found. Install it with: sudo apt-get install -y chromium (or set CHROMIUM_PATH to its binary)');
    expect(() => findBrowser('firefox', machine({}, ['/usr/bin/chromium']))).toThrow(/sudo apt-get install -y firefox-esr .*FIREFOX_PATH/);
  });

  it('takes the variable first, then the system paths in order', () => {
    expect(findBrowser('chromium', machine({ CHROMIUM_PATH: '/opt/c/chrome' }, ['/opt/c/chrome', '/usr/bin/chromium']))).toBe('/opt/c/chrome');
    expect(findBrowser('chromium', machine({}, ['/usr/bin/google-chrome', '/usr/bin/chromium']))).toBe('/usr/bin/chromium');
    expect(findBrowser('firefox', machine({}, ['/usr/bin/firefox']))).toBe('/usr/bin/firefox');
  });
});
