import fs from 'node:fs';
import path from 'node:path';
import { defineConfig } from 'vitest/config';

/**
 * An extra check on text we did not write: a reference news article a clone of DealLens does not have.
 * It runs only when DEALLENS_REFERENCE_ARTICLE names a file that exists, and says so; the suite passes
 * without it, and no file here names a path outside the repository.
 */
const REFERENCE_ARTICLE = process.env.DEALLENS_REFERENCE_ARTICLE ? path.resolve(process.env.DEALLENS_REFERENCE_ARTICLE) : '';
const hasReference = REFERENCE_ARTICLE !== '' && fs.existsSync(REFERENCE_ARTICLE);

/** Timing-style tests (linear growth, 100,000-row imports): their own project, npm run test:slow. */
const SLOW = ['src/**/*.slow.test.ts', 'test/**/*.slow.test.ts'];

const UNIT = ['src/**/*.test.ts', 'test/**/*.test.ts', 'scripts/**/*.test.ts', 'e2e/**/*.test.ts', 'bench/**/*.test.ts'];

/**
 * Unit test files that replace modules or globals (vi.mock, vi.stubGlobal, fake timers) run each in a
 * fresh worker; the rest share workers, which takes the unit run from ~40 s to ~15 s on 2 cores (a
 * fresh worker per file costs ~0.5 s). Found by reading the files, so a new test that mocks is isolated
 * without anyone listing it.
 */
function filesThatMock(dirs: string[]): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    if (!fs.existsSync(dir)) return;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules') walk(file);
      } else if (entry.name.endsWith('.test.ts') && /\bvi\.(?:mock|doMock|stubGlobal|stubEnv|useFakeTimers)\(/.test(fs.readFileSync(file, 'utf8'))) {
        found.push(path.relative(import.meta.dirname, file).split(path.sep).join('/'));
      }
    }
  };
  for (const dir of dirs) walk(path.join(import.meta.dirname, dir));
  return found;
}
const MOCKING = filesThatMock(['src', 'test', 'scripts', 'e2e', 'bench']);
const UNIT_EXCLUDE = ['e2e/**/*.e2e.test.ts', ...SLOW, ...(hasReference ? [] : ['test/reference/**'])];
/** The generated company files the background reads, written again when the company data changed. */
const FRESH_COMPANY_FILES = ['test/fresh-company-files.ts'];

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: UNIT,
          exclude: [...UNIT_EXCLUDE, ...MOCKING],
          pool: 'threads',
          isolate: false,
          environment: 'node',
          globalSetup: FRESH_COMPANY_FILES,
          // The team's reference article lives outside the repository: checked only where it is.
          env: hasReference ? { DEALLENS_REFERENCE_ARTICLE: REFERENCE_ARTICLE } : {},
        },
      },
      {
        test: { name: 'unit-mocks', include: MOCKING, exclude: UNIT_EXCLUDE, environment: 'node', globalSetup: FRESH_COMPANY_FILES },
      },
      {
        test: { name: 'slow', include: SLOW, environment: 'node', testTimeout: 60_000, fileParallelism: false, globalSetup: FRESH_COMPANY_FILES },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.e2e.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          globalSetup: ['e2e/global-setup.ts'],
        },
      },
    ],
  },
});
