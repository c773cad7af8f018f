// Launches the system browsers with the built extension (see ../shared/TESTING.md). A missing
// browser is a failure with the command that installs it, never a skip.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '..');
export const CHROMIUM_FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];
export const FIREFOX_UUID = '0d6a5c2e-3b1f-4c4e-9a53-7f1e2d3c4b5a';

const CANDIDATES = {
  chromium: () => [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'],
  firefox: () => [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'],
};

export function findBrowser(kind: 'chromium' | 'firefox', candidates = CANDIDATES[kind]()): string {
  const found = candidates.find((p): p is string => !!p && fs.existsSync(p));
  if (!found) {
    const pkg = kind === 'chromium' ? 'chromium' : 'firefox-esr';
    throw new Error(`${kind} not found. Install it with: sudo apt-get install -y ${pkg} (or set ${kind === 'chromium' ? 'CHROMIUM_PATH' : 'FIREFOX_PATH'} to its binary)`);
  }
  return found;
}

export function extensionDir(target: 'chrome' | 'firefox'): string {
  const dir = path.join(ROOT, 'dist', target);
  if (!fs.existsSync(path.join(dir, 'manifest.json'))) throw new Error(`${dir} is not built: run npm run build`);
  return dir;
}

export function tempProfile(prefix: string): { dir: string; remove: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  return { dir, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}
