// The engine as the extension ships it. The engine benches time a bundle of src/core, built here the
// way a production build bundles it (one minified module, no name-keeping), not the TypeScript that tsx
// runs: tsx keeps every function's name with a wrapper that runs each time a function makes a closure,
// ~15–30% of deal reading on the live blog, a cost the extension never pays.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

type Core = typeof import('../src/core');

const OUT_DIR = path.resolve(import.meta.dirname, '..', 'out', 'bench-engine');

let loaded: Promise<Core> | undefined;

/** The engine's public API from a fresh production-style bundle (built once per bench run). */
export function shippedEngine(): Promise<Core> {
  loaded ??= (async () => {
    fs.mkdirSync(OUT_DIR, { recursive: true });
    const outfile = path.join(OUT_DIR, `core-${process.pid}.mjs`);
    await esbuild.build({
      entryPoints: [path.resolve(import.meta.dirname, '..', 'src', 'core', 'index.ts')],
      bundle: true,
      format: 'esm',
      platform: 'neutral',
      minify: true,
      keepNames: false,
      outfile,
      logLevel: 'warning',
    });
    try {
      return (await import(pathToFileURL(outfile).href)) as Core;
    } finally {
      fs.rmSync(outfile, { force: true });
    }
  })();
  return loaded;
}
