// Launches the system browsers with the built extension. A missing browser is a failure with the
// command that installs it, never a skip (npm start and npm test install it first when they may).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findTool, installCommand, type Machine } from '../scripts/system-tools';

export const ROOT = path.resolve(import.meta.dirname, '..');
export const CHROMIUM_FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];
export const FIREFOX_UUID = '0d6a5c2e-3b1f-4c4e-9a53-7f1e2d3c4b5a';

/** The browser's binary (CHROMIUM_PATH / FIREFOX_PATH, then the system paths); a missing one is an error that says how to install it. */
export function findBrowser(kind: 'chromium' | 'firefox', machine?: Pick<Machine, 'env' | 'exists'>): string {
  const found = findTool(kind, machine);
  if (!found) {
    const variable = kind === 'chromium' ? 'CHROMIUM_PATH' : 'FIREFOX_PATH';
    throw new Error(`${kind} not found. Install it with: ${installCommand([kind === 'chromium' ? 'chromium' : 'firefox-esr'])} (or set ${variable} to its binary)`);
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
