// npm run package: store-ready archives in web-ext-artifacts/ — the Chrome zip, the Firefox zip and,
// for the Firefox review, a sources zip of the repository (git archive) — plus the store screenshots
// (STORE_SHOTS, from `npm run screenshots` in out/screens/) and the privacy policy.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { writeGeneratedData } from './build-data';
import { buildTarget } from './build';

const ROOT = path.resolve(import.meta.dirname, '..');
const OUT = path.join(ROOT, 'web-ext-artifacts');
/** The store's screenshots (1280 × 800 but the popup), in Chromium, light, in each language of the listing. */
const STORE_SHOTS = ['en', 'zh_CN'].flatMap((lang) => ['money-card', 'company-card', 'popup', 'deals', 'options'].map((surface) => `chromium-${lang}-light-${surface}.png`));

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
  const shots = path.join(ROOT, 'out/screens');
  const missing = STORE_SHOTS.filter((shot) => !fs.existsSync(path.join(shots, shot)));
  if (missing.length) console.warn(`no store screenshots (${missing.length} missing in out/screens): run npm run screenshots first`);
  else {
    fs.mkdirSync(path.join(OUT, 'screenshots'), { recursive: true });
    for (const shot of STORE_SHOTS) {
      fs.copyFileSync(path.join(shots, shot), path.join(OUT, 'screenshots', shot));
      made.push(`screenshots/${shot}`);
    }
  }
  return made;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const made = await packageExtension();
  console.log(`web-ext-artifacts/:\n  ${made.join('\n  ')}`);
}
