// npm run build: dist/chrome and dist/firefox from the one root manifest.json.
import fs from 'node:fs/promises';
import path from 'node:path';
import { build } from 'vite';
import { contentConfig, pagesConfig, type Target } from '../vite.config';
import { writeGeneratedData } from './build-data';

export const GECKO_ID = 'deallens@deallens.dev';
const ROOT = path.resolve(import.meta.dirname, '..');

type Manifest = Record<string, unknown> & { background: Record<string, unknown> };

export function manifestFor(source: Manifest, target: Target): Manifest {
  const m: Manifest = structuredClone(source);
  // The content script (content.js + content.css) is registered at run time for the sites the
  // reader granted, or injected on demand (src/background/site-access.ts): the manifest declares none.
  if (target === 'chrome') {
    m.background = { service_worker: 'background.js', type: 'module' };
  } else {
    m.background = { scripts: ['background.js'], type: 'module' };
    m.browser_specific_settings = {
      // A fixed id keeps storage and the moz-extension:// UUID stable across installs.
      gecko: { id: GECKO_ID, strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
      gecko_android: { strict_min_version: '142.0' },
    };
  }
  return m;
}

export async function buildTarget(target: Target): Promise<void> {
  const outDir = path.join(ROOT, 'dist', target);
  await fs.rm(outDir, { recursive: true, force: true });
  process.chdir(ROOT);
  await build(pagesConfig(target));
  await build(contentConfig(target));
  await fs.copyFile(path.join(ROOT, 'src/content/highlight.css'), path.join(outDir, 'content.css'));
  const source = JSON.parse(await fs.readFile(path.join(ROOT, 'manifest.json'), 'utf8')) as Manifest;
  await fs.writeFile(path.join(outDir, 'manifest.json'), `${JSON.stringify(manifestFor(source, target), null, 2)}\n`);
}

async function sizeOf(file: string): Promise<string> {
  return `${((await fs.stat(file)).size / 1024).toFixed(1)} KB`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const targets = (process.argv.slice(2).length ? process.argv.slice(2) : ['chrome', 'firefox']) as Target[];
  writeGeneratedData();
  for (const target of targets) {
    const started = performance.now();
    await buildTarget(target);
    const dir = path.join(ROOT, 'dist', target);
    console.log(
      `built dist/${target} in ${((performance.now() - started) / 1000).toFixed(1)} s — content.js ${await sizeOf(path.join(dir, 'content.js'))}, background.js ${await sizeOf(path.join(dir, 'background.js'))}`,
    );
  }
}
