import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** E2E tests run against dist/: build it when it is missing (npm test builds it just before). */
export default function setup(): void {
  const root = path.resolve(import.meta.dirname, '..');
  const built = ['chrome', 'firefox'].every((t) => fs.existsSync(path.join(root, 'dist', t, 'manifest.json')));
  if (!built) execFileSync('npx', ['tsx', 'scripts/build.ts'], { cwd: root, stdio: 'inherit' });
}
