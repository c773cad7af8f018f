// The React hydration fixture: server-rendered markup plus the hydrating script, built once per run.
import path from 'node:path';
import { build } from 'esbuild';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { ArticleApp } from './react-app/article-app';

let script: Promise<string> | undefined;

export function reactHydrateScript(): Promise<string> {
  script ??= build({
    entryPoints: [path.join(import.meta.dirname, 'react-app/hydrate.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    minify: true,
    define: { 'process.env.NODE_ENV': '"development"' },
    logLevel: 'silent',
  }).then((r) => r.outputFiles[0]!.text);
  return script;
}

export function reactPage(): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>React article</title></head><body>
<div id="root">${renderToString(createElement(ArticleApp))}</div><script src="/react/hydrate.js"></script></body></html>`;
}
