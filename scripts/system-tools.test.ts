import { describe, expect, it } from 'vitest';
import { ensureTools, findTool, MissingToolsError, type Machine } from './system-tools';

/** A machine with `files`; apt-get "installs" by adding the binaries of the packages it is given. */
function machine(files: string[], over: Partial<Machine> & { sudo?: boolean; aptFails?: boolean } = {}) {
  const present = new Set(files);
  const ran: string[] = [];
  const logged: string[] = [];
  const binaries: Record<string, string> = {
    chromium: '/usr/bin/chromium', 'firefox-esr': '/usr/bin/firefox-esr', zip: '/usr/bin/zip', unzip: '/usr/bin/unzip',
    'chromium-l10n': '/usr/lib/chromium/locales/zh-CN.pak', 'firefox-esr-l10n-zh-cn': '/usr/lib/firefox-esr/browser/extensions/langpack-zh-CN@firefox-esr.mozilla.org.xpi', 'fonts-wqy-microhei': '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc',
  };
  const m: Machine = {
    env: {},
    exists: (f) => present.has(f),
    isRoot: false,
    hasAptGet: true,
    hasPasswordlessSudo: () => over.sudo ?? false,
    run: (command) => {
      ran.push(command.join(' '));
      if (over.aptFails) return 100;
      const at = command.indexOf('install');
      if (at >= 0) for (const pkg of command.slice(at + 1).filter((a) => !a.startsWith('-'))) present.add(binaries[pkg]!);
      return 0;
    },
    log: (line) => logged.push(line),
    ...over,
  };
  return { m, ran, logged };
}

describe('findTool', () => {
  it('takes the environment variable first, then the usual paths', () => {
    expect(findTool('chromium', { env: { CHROMIUM_PATH: '/opt/c' }, exists: (f) => f === '/opt/c' || f === '/usr/bin/chromium' })).toBe('/opt/c');
    expect(findTool('firefox', { env: {}, exists: (f) => f === '/usr/bin/firefox' })).toBe('/usr/bin/firefox');
    expect(findTool('chromium', { env: { CHROMIUM_PATH: '/opt/gone' }, exists: (f) => f === '/usr/bin/chromium' })).toBeNull();
  });
});

describe('ensureTools', () => {
  it('installs nothing when everything is there', () => {
    const { m, ran } = machine(['/usr/bin/chromium', '/usr/bin/firefox-esr']);
    expect(ensureTools(['chromium', 'firefox'], m)).toEqual({ chromium: '/usr/bin/chromium', firefox: '/usr/bin/firefox-esr' });
    expect(ran).toEqual([]);
  });

  it('as root, installs what is missing with apt-get, saying what it runs', () => {
    const { m, ran, logged } = machine(['/usr/bin/chromium'], { isRoot: true });
    expect(ensureTools(['chromium', 'firefox', 'zip'], m)).toEqual({ chromium: '/usr/bin/chromium', firefox: '/usr/bin/firefox-esr', zip: '/usr/bin/zip' });
    expect(ran).toEqual(['apt-get update -qq', 'apt-get install -y -qq firefox-esr zip']);
    expect(logged).toEqual(['DealLens needs firefox, zip: running apt-get update -qq', 'DealLens needs firefox, zip: running apt-get install -y -qq firefox-esr zip']);
  });

  it("installs the browsers' Chinese resources and a Chinese font the same way, by their files", () => {
    const { m, ran } = machine(['/usr/bin/chromium', '/usr/lib/chromium/locales/zh-CN.pak'], { isRoot: true });
    expect(ensureTools(['chromium-zh', 'firefox-zh', 'cjk-font'], m)).toEqual({
      'chromium-zh': '/usr/lib/chromium/locales/zh-CN.pak',
      'firefox-zh': '/usr/lib/firefox-esr/browser/extensions/langpack-zh-CN@firefox-esr.mozilla.org.xpi',
      'cjk-font': '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc',
    });
    expect(ran).toEqual(['apt-get update -qq', 'apt-get install -y -qq firefox-esr-l10n-zh-cn fonts-wqy-microhei']);
  });

  it('with password-less sudo, installs through sudo -n', () => {
    const { m, ran } = machine([], { sudo: true });
    ensureTools(['chromium'], m);
    expect(ran).toEqual(['sudo -n apt-get update -qq', 'sudo -n apt-get install -y -qq chromium']);
  });

  it('otherwise stops with the exact command to run, installing nothing', () => {
    const { m, ran } = machine(['/usr/bin/zip']);
    expect(() => ensureTools(['chromium', 'firefox', 'zip'], m)).toThrow(MissingToolsError);
    expect(() => ensureTools(['chromium', 'firefox'], m)).toThrow(/Install with: sudo apt-get install -y chromium firefox-esr\n\(or set CHROMIUM_PATH to its binary; or set FIREFOX_PATH to its binary\)/);
    expect(() => ensureTools(['chromium'], machine([], { isRoot: true, hasAptGet: false }).m)).toThrow(/apt-get is not there/);
    expect(ran).toEqual([]);
  });

  it('never installs around a path the reader set that does not exist', () => {
    const { m, ran } = machine([], { isRoot: true, env: { CHROMIUM_PATH: '/opt/chrome/chrome' } });
    expect(() => ensureTools(['chromium'], m)).toThrow(/CHROMIUM_PATH=\/opt\/chrome\/chrome does not exist/);
    expect(ran).toEqual([]);
  });

  it('says so when apt-get fails', () => {
    const { m } = machine([], { isRoot: true, aptFails: true });
    expect(() => ensureTools(['unzip'], m)).toThrow('apt-get update -qq failed (exit 100). Install by hand with: sudo apt-get install -y unzip');
  });
});
