// npm run package: store-ready archives in web-ext-artifacts/ — the Chrome zip, the Firefox zip and,
// for the Firefox review, a sources zip of the repository (git archive) — plus the screenshots the
// e2e run made of the demo article (out/store/) and the privacy policy.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { writeGeneratedData } from './build-data';
import { buildTarget } from './build';

const ROOT = path.resolve(import.meta.dirname, '..');
const OUT = path.join(ROOT, 'web-ext-artifacts');

export async function packageExtension(): Promise<string[]> {
  const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'manifest.json'), 'utf8')) as { version: string };
  writeGeneratedData();
  fs.rmSync(OUT, { recursive: true, force: true });
  fs.mkdirSync(OUT, { recursive: true });
  const made: string[] = [];
  for (const target of ['chrome', 'firefox'] as const) {
    await buildTarget(target);
    const file = `deallens-${target}-${version}.zip`;
    // zip from inside the build so manifest.json sits at the archive's root, as the stores want.
    execFileSync('zip', ['-q', '-r', '-X', path.join(OUT, file), '.'], { cwd: path.join(ROOT, 'dist', target) });
    made.push(file);
  }
  const sources = `deallens-sources-${version}.zip`;
  execFileSync('git', ['archive', '--format=zip', '-o', path.join(OUT, sources), 'HEAD'], { cwd: ROOT });
  made.push(sources);
  fs.copyFileSync(path.join(ROOT, 'PRIVACY.md'), path.join(OUT, 'PRIVACY.md'));
  made.push('PRIVACY.md');
  const shots = path.join(ROOT, 'out/store');
  if (fs.existsSync(shots)) {
    fs.mkdirSync(path.join(OUT, 'screenshots'), { recursive: true });
    for (const shot of fs.readdirSync(shots).filter((f) => f.endsWith('.png'))) {
      fs.copyFileSync(path.join(shots, shot), path.join(OUT, 'screenshots', shot));
      made.push(`screenshots/${shot}`);
    }
  } else console.warn('no screenshots in out/store: run npm run test:e2e first');
  return made;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const made = await packageExtension();
  console.log(`web-ext-artifacts/:\n  ${made.join('\n  ')}`);
}
