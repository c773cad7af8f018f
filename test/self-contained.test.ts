// A clone of DealLens stands on its own: no file in the tree reads a path outside it. The team's
// reference article is read only when DEALLENS_REFERENCE_ARTICLE names it (vitest.config.ts).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');
// This file is left out of its own scan: its examples of what is caught are outside paths.
const ALLOWED = new Set(['test/self-contained.test.ts']);
/** The team's shared folder, as a sibling path, built so that this file does not name it either. */
const SHARED = ['..', 'shared'].join('/');
const CODE = /\.(ts|tsx|js|mjs|cjs|json|sh|html|css)$/;

/** Every path `git` knows in the tree, committed or not (ignored files left out). */
function treeFiles(): string[] {
  const out = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: ROOT, encoding: 'utf8' });
  return out.split('\0').filter((f) => f && fs.existsSync(path.join(ROOT, f)));
}

/** Where `file` (relative to the root, with `text`) reaches outside the tree; empty when it does not. */
export function outsidePaths(file: string, text: string, root = ROOT): string[] {
  const found: string[] = [];
  const inside = (p: string) => p === root || p.startsWith(root + path.sep);
  // The team's shared folder by name, in code, comments and docs alike.
  for (const m of text.matchAll(/(?:\.\.\/)+shared\b|\bshared\/fixtures\b/g)) found.push(m[0]);
  // Absolute paths into this workplace's folders.
  for (const m of text.matchAll(/['"`](\/work\/[^'"`\s]*)/g)) found.push(m[1]!);
  if (!CODE.test(file) || file.endsWith('.md')) return found;
  const dir = path.dirname(path.join(root, file));
  // Paths read from the file's folder: import statements, new URL(…, import.meta.url), paths built on
  // import.meta.dirname or __dirname. (Code held in strings, as the lint tests lint, is not read here.)
  const fromFile = [
    /^\s*(?:import|export)\b[^'"`\n]*?\bfrom\s*['"`]([^'"`]+)['"`]/gm,
    /^[^'"`\n]*\bimport\(\s*['"`]([^'"`]+)['"`]\s*\)/gm,
    /\bnew URL\(\s*['"`]([^'"`]+)['"`]\s*,\s*import\.meta\.url/g,
    /\b(?:import\.meta\.dirname|__dirname)\s*,\s*((?:['"`][^'"`]*['"`]\s*,?\s*)+)/g,
  ];
  for (const pattern of fromFile) {
    for (const m of text.matchAll(pattern)) {
      const parts = [...m[1]!.matchAll(/['"`]([^'"`]*)['"`]/g)].map((p) => p[1]!);
      const literal = parts.length ? parts.join('/') : m[1]!;
      if (literal.startsWith('.') && !inside(path.resolve(dir, literal))) found.push(literal);
    }
  }
  // Paths read from the repository's root, where a climb out of it is always outside.
  for (const m of text.matchAll(/\b(?:ROOT|root|process\.cwd\(\))\s*,\s*['"`](\.\.(?:\/[^'"`]*)?)['"`]/g)) found.push(m[1]!);
  return [...new Set(found)];
}

describe('the repository stands on its own', () => {
  it('reads no path outside the tree', () => {
    const files = treeFiles().filter((f) => !ALLOWED.has(f) && !/\.(png|jpg|ico|zip|woff2?)$/.test(f));
    expect(files.length).toBeGreaterThan(100);
    const offenders = files.flatMap((f) => outsidePaths(f, fs.readFileSync(path.join(ROOT, f), 'utf8')).map((p) => `${f}: ${p}`));
    expect(offenders).toEqual([]);
  });

  it('catches each way of reaching out', () => {
    expect(outsidePaths('e2e/server.ts', `const A = path.resolve(ROOT, '${SHARED}/fixtures/a.txt');`)).toEqual([SHARED, `${SHARED}/fixtures/a.txt`]);
    expect(outsidePaths('src/core/x.test.ts', "readFileSync(new URL('../../../../elsewhere/a.txt', import.meta.url))")).toEqual(['../../../../elsewhere/a.txt']);
    expect(outsidePaths('scripts/x.ts', "path.join(ROOT, '..', 'data')")).toEqual(['..']);
    expect(outsidePaths('scripts/x.ts', "path.join(import.meta.dirname, '..', '..', 'data')")).toEqual(['../../data']);
    expect(outsidePaths('src/a.ts', "import { b } from '../../b';")).toEqual(['../../b']);
    expect(outsidePaths('src/a.ts', "const b = await import('../../b.json');")).toEqual(['../../b.json']);
    expect(outsidePaths('bench/x.ts', "fs.readFileSync('/work/other/file.xml')")).toEqual(['/work/other/file.xml']);
    expect(outsidePaths('README.md', `Copy it from ${SHARED}/fixtures first.`)).toEqual([SHARED]);
    expect(outsidePaths('README.md', 'Tests read shared/fixtures.')).toEqual(['shared/fixtures']);
  });

  it('lets paths inside the tree through', () => {
    expect(outsidePaths('src/core/deals/a.test.ts', "import { x } from '../../../test/fixtures';\nconst b = new URL('../../data/b.json', import.meta.url);")).toEqual([]);
    expect(outsidePaths('e2e/x.ts', "const ROOT = path.resolve(import.meta.dirname, '..');")).toEqual([]);
  });

  it('reads the reference article only where a variable names it, and only when it exists', () => {
    const config = fs.readFileSync(path.join(ROOT, 'vitest.config.ts'), 'utf8');
    expect(config).toMatch(/const hasReference = REFERENCE_ARTICLE !== '' && fs\.existsSync\(REFERENCE_ARTICLE\);/);
    expect(config).toMatch(/hasReference \? \[\] : \['test\/reference\/\*\*'\]/);
    // Everything else under test/reference reads the article only through the variable the config sets.
    for (const f of fs.readdirSync(path.join(ROOT, 'test/reference'))) {
      expect(outsidePaths(`test/reference/${f}`, fs.readFileSync(path.join(ROOT, 'test/reference', f), 'utf8')), f).toEqual([]);
    }
  });
});
