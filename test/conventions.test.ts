// Layout rules of CONTRIBUTING.md ("Rules every change keeps"), checked rather than hoped for.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');

function filesUnder(dir: string, filter: (file: string) => boolean): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(rel, filter));
    else if (filter(rel)) out.push(rel);
  }
  return out;
}

describe('conventions', () => {
  const sources = filesUnder('src', (f) => /\.tsx?$/.test(f));
  const tests = [...filesUnder('src', (f) => /\.test\.ts$/.test(f)), ...filesUnder('test', (f) => /\.test\.ts$/.test(f)), ...filesUnder('e2e', (f) => /\.test\.ts$/.test(f))];

  it('names files in kebab-case, one concern each (no utils/helpers grab-bags)', () => {
    for (const file of sources) {
      const base = path.basename(file).replace(/\.(slow\.test\.|test\.|d\.)?tsx?$/, '');
      expect(base, file).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(base, file).not.toMatch(/^(utils?|helpers?|misc|common)$/);
    }
  });

  it('gives every core module a test folder-mate', () => {
    const coreDirs = new Set(filesUnder('src/core', (f) => /\.ts$/.test(f) && !f.endsWith('.test.ts')).map((f) => path.dirname(f)));
    for (const dir of coreDirs) {
      if (dir === 'src/core') continue; // index.ts and types.ts; annotate is tested by its parts and the golden pages
      expect(tests.some((t) => path.dirname(t) === dir), `${dir} has tests`).toBe(true);
    }
  });

  it('skips nothing: no .skip, .only or .todo in any test', () => {
    for (const file of tests) {
      const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
      expect(text, file).not.toMatch(/\b(it|test|describe)\.(skip|only|todo)\(|\bx(it|describe)\(/);
    }
  });
});
