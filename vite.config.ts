// Vite configurations of the extension. Each browser target is built in three passes:
// pages + background (ES modules sharing chunks), then the content script alone as a classic
// IIFE script (content scripts cannot be modules), then the document_start script that wakes the
// background (prepare.js). scripts/build.ts runs both and writes the
// per-browser manifests; `vite build` alone builds the Chrome pages pass.
import path from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig, type InlineConfig } from 'vite';

export type Target = 'chrome' | 'firefox';

/**
 * `pageMarks`: the content script leaves its User Timing marks (deallens:start, slice, paint…) in the
 * page, where the page can read them. Only the benches build with them (src/content/page-marks.ts).
 */
export interface BuildOptions {
  pageMarks?: boolean;
}

const common = (target: Target, options: BuildOptions = {}): InlineConfig => ({
  configFile: false,
  logLevel: 'warn',
  define: {
    'process.env.NODE_ENV': '"production"',
    __TARGET__: JSON.stringify(target),
    __PAGE_MARKS__: JSON.stringify(options.pageMarks === true),
  },
  // Large data (company names, rate table) ships as JSON.parse("…"), which V8 parses much faster than object literals.
  json: { stringify: true },
  build: { outDir: `dist/${target}`, emptyOutDir: false, target: 'es2022', modulePreload: { polyfill: false }, reportCompressedSize: false },
});

export function pagesConfig(target: Target, options: BuildOptions = {}): InlineConfig {
  const base = common(target, options);
  return {
    ...base,
    publicDir: 'public',
    plugins: [preact()],
    build: {
      ...base.build,
      rolldownOptions: {
        input: { popup: 'src/popup/popup.html', options: 'src/options/options.html', deals: 'src/deals/deals.html', welcome: 'src/welcome/welcome.html', background: 'src/background/index.ts' },
        output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js', assetFileNames: 'assets/[name]-[hash][extname]' },
      },
    },
  };
}

export function contentConfig(target: Target, options: BuildOptions = {}): InlineConfig {
  const base = common(target, options);
  return {
    ...base,
    publicDir: false,
    plugins: [preact()],
    // Pages get the few promise APIs they use without the polyfill (see src/content/browser-shim.ts).
    resolve: { alias: { 'webextension-polyfill': path.resolve(import.meta.dirname, 'src/content/browser-shim.ts') } },
    build: {
      ...base.build,
      // DEALLENS_NO_MINIFY=1 keeps function names, for CPU profiles of the content script.
      ...(process.env.DEALLENS_NO_MINIFY && { minify: false }),
      lib: { entry: 'src/content/index.tsx', formats: ['iife'], name: 'deallensContent', fileName: () => 'content.js', cssFileName: 'content' },
    },
  };
}

/**
 * The script registered to run at document_start beside the content script (src/content/prepare.ts):
 * one message that wakes the background while the page loads, built alone so it carries nothing else.
 */
export function prepareConfig(target: Target): InlineConfig {
  const base = common(target);
  return {
    ...base,
    publicDir: false,
    build: { ...base.build, lib: { entry: 'src/content/prepare.ts', formats: ['iife'], name: 'deallensPrepare', fileName: () => 'prepare.js' } },
  };
}

export default defineConfig(pagesConfig('chrome'));
