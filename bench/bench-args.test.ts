import { describe, expect, it } from 'vitest';
import { parseBenchArgs } from './bench-args';

describe('parseBenchArgs', () => {
  it('runs every part in Chromium when nothing is named', () => {
    expect(parseBenchArgs([])).toEqual({ parts: [], browsers: ['chromium'], dirs: [], real: false });
  });

  it('takes parts and a browser, as two words or with =', () => {
    expect(parseBenchArgs(['pages', '--browser', 'firefox'])).toMatchObject({ parts: ['pages'], browsers: ['firefox'] });
    expect(parseBenchArgs(['--browser=both', 'pages', 'cold'])).toMatchObject({ parts: ['pages', 'cold'], browsers: ['chromium', 'firefox'] });
  });

  it('takes folders of saved pages, which ask for the real-page run', () => {
    expect(parseBenchArgs(['pages', '--dir', '/tmp/a', '--dir=/tmp/b'])).toMatchObject({ dirs: ['/tmp/a', '/tmp/b'], real: true });
    expect(parseBenchArgs(['pages', '--real'])).toMatchObject({ dirs: [], real: true });
  });

  it('refuses what it does not know, and an option without its value', () => {
    expect(() => parseBenchArgs(['pages', '--browser', 'safari'])).toThrow(/expected chromium, firefox or both/);
    expect(() => parseBenchArgs(['pages', '--browser'])).toThrow(/--browser needs a value/);
    expect(() => parseBenchArgs(['pages', '--dir', '--real'])).toThrow(/--dir needs a value/);
    expect(() => parseBenchArgs(['pagez'])).toThrow(/unknown part pagez/);
    expect(() => parseBenchArgs(['--fast'])).toThrow(/unknown option --fast/);
  });
});
