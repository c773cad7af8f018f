// The lint rule that keeps the layers of src/ apart (LAYERS in eslint.config.js) must catch what it
// promises to catch: for each layer, a forbidden import is reported and an allowed one is not.
import fs from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');
const eslint = new ESLint({ cwd: ROOT });
const lintAt = async (file: string, code: string) => {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  return result!.messages.map((m) => m.message);
};
/** One import of `source` that is used, so that only the layer rule can complain. */
const importing = (source: string) => `import { x } from '${source}';\nexport const y = x;\n`;
const forbids = (layer: string, target: string) => [expect.stringMatching(new RegExp(`^src/${layer} may not import src/${target} \\(`))];

const PAGES = ['popup', 'options', 'deals', 'welcome'];

// file: where the snippet is linted; forbidden: import → the layer it reaches; allowed: imports that pass.
const LAYERS: { file: string; forbidden: [string, string][]; allowed: string[] }[] = [
  {
    file: 'src/background/example.ts',
    forbidden: [['../ui/i18n', 'ui'], ['../content/scan-page', 'content'], ...PAGES.map((p): [string, string] => [`../${p}/${p}`, p])],
    allowed: ['../core/types', '../messages/contract', '../platform/i18n', '../data/companies', './today', 'idb'],
  },
  {
    file: 'src/background/rates/example.ts',
    forbidden: [['../../content/inventory', 'content'], ['../../ui/format-money', 'ui']],
    allowed: ['../../core/fx/convert', '../deal-store/deal-db', './live-rates'],
  },
  {
    file: 'src/content/example.ts',
    forbidden: [['../background/handlers', 'background'], ['../data/companies', 'data'], ...PAGES.map((p): [string, string] => [`../${p}/${p}`, p])],
    allowed: ['../core/types', '../messages/send', '../platform/settings', '../ui/highlight-style', './scan-page', 'webextension-polyfill'],
  },
  {
    file: 'src/content/card/example.tsx',
    forbidden: [['../../background/today', 'background'], ['../../popup/popup', 'popup'], ['../../../src/background/today', 'background']],
    allowed: ['../../ui/deal-summary', '../../platform/i18n', '../article-date', './card.css?inline', 'preact/hooks'],
  },
  ...PAGES.map((page) => ({
    file: `src/${page}/example.tsx`,
    forbidden: [
      ['../background/handlers', 'background'],
      ['../content/card/money-card', 'content'],
      ['../data/deals', 'data'],
      ...PAGES.filter((p) => p !== page).map((p): [string, string] => [`../${p}/${p}`, p]),
    ] as [string, string][],
    allowed: ['../core/types', '../messages/send', '../platform/settings-storage', '../ui/format-money', `./${page}`],
  })),
  {
    file: 'src/ui/example.ts',
    forbidden: [['../background/today', 'background'], ['../content/card/card-host', 'content'], ['../data/deals', 'data'], ...PAGES.map((p): [string, string] => [`../${p}/${p}`, p])],
    allowed: ['../core/types', '../messages/contract', '../platform/i18n', './format-money', '../../public/_locales/en/messages.json'],
  },
  {
    file: 'src/messages/example.ts',
    forbidden: [['../background/handlers', 'background'], ['../content/inventory', 'content'], ['../popup/popup', 'popup'], ['../ui/totals', 'ui']],
    allowed: ['../core/types', '../platform/settings', './contract'],
  },
  {
    file: 'src/platform/example.ts',
    forbidden: [['../background/today', 'background'], ['../content/site-switch', 'content'], ['../options/options', 'options'], ['../ui/format-money', 'ui'], ['../messages/contract', 'messages']],
    allowed: ['../core/types', '../data/deals', './settings', './deal-transfer/csv-text'],
  },
  {
    file: 'src/data/deals/example.ts',
    forbidden: [['../../platform/settings', 'platform'], ['../../background/today', 'background'], ['../../ui/i18n', 'ui']],
    allowed: ['../../core/types', '../companies', './index'],
  },
  {
    file: 'src/cli/example.ts',
    forbidden: [['../platform/settings', 'platform'], ['../background/handlers', 'background'], ['../ui/format-money', 'ui']],
    allowed: ['../core', '../data/companies', './html-to-text', 'node:fs'],
  },
];

describe('layer rule', () => {
  for (const { file, forbidden, allowed } of LAYERS) {
    const layer = file.split('/')[1]!;
    describe(file, () => {
      it.each(forbidden)('rejects an import of %s', async (source, target) => {
        expect(await lintAt(file, importing(source))).toEqual(forbids(layer, target));
      });

      it.each(allowed)('accepts an import of %s', async (source) => {
        expect(await lintAt(file, importing(source))).toEqual([]);
      });
    });
  }

  it('sees every way of naming a module, type-only imports included', async () => {
    const file = 'src/background/example.ts';
    const bad = forbids('background', 'content');
    expect(await lintAt(file, "import type { PageScan } from '../content/scan-page';\nexport type A = PageScan;\n")).toEqual(bad);
    expect(await lintAt(file, "import { type PageScan } from '../content/scan-page';\nexport type A = PageScan;\n")).toEqual(bad);
    expect(await lintAt(file, "import '../content/index';\n")).toEqual(bad);
    expect(await lintAt(file, "export { scanPage } from '../content/scan-page';\n")).toEqual(bad);
    expect(await lintAt(file, "export type { PageScan } from '../content/scan-page';\n")).toEqual(bad);
    expect(await lintAt(file, "export * from '../content/scan-page';\n")).toEqual(bad);
    expect(await lintAt(file, "export const a = () => import('../content/scan-page');\n")).toEqual(bad);
    expect(await lintAt(file, 'export const a = () => import(`../content/scan-page`);\n')).toEqual(bad);
    expect(await lintAt(file, "export type A = typeof import('../content/scan-page');\n")).toEqual(bad);
    // (typescript-eslint's no-require-imports objects to this form as well)
    expect(await lintAt(file, "import scan = require('../content/scan-page');\nexport const a = scan;\n")).toEqual(expect.arrayContaining(bad));
  });

  it('resolves the path rather than matching its text', async () => {
    expect(await lintAt('src/content/example.ts', importing('../content/../background/today'))).toEqual(forbids('content', 'background'));
    expect(await lintAt('src/content/example.ts', importing('./../../src/background/today'))).toEqual(forbids('content', 'background'));
    expect(await lintAt('src/background/example.ts', importing('../ui/../platform/i18n'))).toEqual([]);
    expect(await lintAt('src/popup/example.tsx', importing('../popup'))).toEqual([]);
    expect(await lintAt('src/popup/example.tsx', importing('../popup-extras/x'))).toEqual(forbids('popup', 'popup-extras'));
  });

  it('covers every folder of src/: a new one needs a row in LAYERS', async () => {
    const folders = fs.readdirSync(path.join(ROOT, 'src'), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
    expect(folders).toEqual(expect.arrayContaining(['background', 'content', 'ui', 'popup', 'core']));
    for (const folder of folders) {
      const config = (await eslint.calculateConfigForFile(path.join(ROOT, 'src', folder, 'example.ts'))) as { rules: Record<string, unknown> };
      const rule = folder === 'core' ? 'deallens/core-stays-pure' : 'deallens/layer-imports';
      expect(config.rules[rule], `src/${folder} has ${rule}`).toBeDefined();
    }
  });
});
