// npm run package produces the store archives: each zip holds the built extension at its root.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './browsers';

const list = (zip: string) => execFileSync('unzip', ['-Z1', zip], { encoding: 'utf8' }).split('\n').filter(Boolean);

describe('npm run package', () => {
  it('writes the Chrome and Firefox zips, a sources zip and the privacy policy', () => {
    execFileSync('npx', ['tsx', 'scripts/package.ts'], { cwd: ROOT, stdio: 'pipe' });
    const out = path.join(ROOT, 'web-ext-artifacts');
    const version = JSON.parse(fs.readFileSync(path.join(ROOT, 'manifest.json'), 'utf8')).version;
    for (const target of ['chrome', 'firefox']) {
      const files = list(path.join(out, `deallens-${target}-${version}.zip`));
      expect(files).toEqual(expect.arrayContaining(['manifest.json', 'content.js', 'content.css', 'background.js', 'src/popup/popup.html', '_locales/zh_CN/messages.json']));
      const manifest = JSON.parse(execFileSync('unzip', ['-p', path.join(out, `deallens-${target}-${version}.zip`), 'manifest.json'], { encoding: 'utf8' }));
      expect(Boolean(manifest.browser_specific_settings)).toBe(target === 'firefox');
    }
    expect(list(path.join(out, `deallens-sources-${version}.zip`))).toEqual(expect.arrayContaining(['package.json', 'src/core/index.ts', 'README.md']));
    expect(fs.readFileSync(path.join(out, 'PRIVACY.md'), 'utf8')).toMatch(/never does/);
  });
});
