// npm run screenshots: every surface (the demo article with a money card and with a company card open,
// the popup, the deals page, the options, the welcome page) in English and Chinese, light and dark,
// in Chromium and Firefox, as out/screens/<browser>-<lang>-<scheme>-<surface>.png with the surface's
// text beside it (.txt), to look at before a change is called done (`npm run screenshots -- chromium`
// shoots one browser). `npm run package` takes the store screenshots from here. For Chinese, each text
// dump's Latin words that are not names, codes or units are listed (the check of e2e/locale.e2e.test.ts).
import fs from 'node:fs';
import path from 'node:path';
import { launchChromium } from '../e2e/chromium-driver';
import { namesOnSurface } from '../e2e/data-names';
import type { ExtensionDriver, ReaderSetup } from '../e2e/driver';
import { launchFirefox } from '../e2e/firefox-driver';
import { startFixtureServer } from '../e2e/fixture-server';
import { foreignWords } from '../e2e/latin-words';
import { visitSurfaces } from '../e2e/surfaces';
import { writeGeneratedData } from './build-data';
import { buildTarget } from './build';
import { ensureTools, MissingToolsError } from './system-tools';

const ROOT = path.resolve(import.meta.dirname, '..');
export const SCREENS = path.join(ROOT, 'out/screens');

const BROWSERS: Record<'chromium' | 'firefox', (setup: ReaderSetup) => Promise<ExtensionDriver>> = {
  chromium: (setup) => launchChromium(setup),
  firefox: (setup) => launchFirefox(setup),
};
const LANGS = [['en', 'en'], ['zh-CN', 'zh_CN']] as const;
const SCHEMES = ['light', 'dark'] as const;

async function main(): Promise<number> {
  try {
    ensureTools(['chromium', 'firefox', 'chromium-zh', 'firefox-zh', 'cjk-font']);
  } catch (error) {
    if (!(error instanceof MissingToolsError)) throw error;
    console.error(`DealLens screenshots: ${error.message}`);
    return 1;
  }
  const only = process.argv.slice(2);
  writeGeneratedData();
  for (const target of ['chrome', 'firefox'] as const) await buildTarget(target);
  // The browsers asked for are shot anew; the others' pictures stay.
  const asked = Object.keys(BROWSERS).filter((name) => !only.length || only.includes(name));
  fs.mkdirSync(SCREENS, { recursive: true });
  for (const file of fs.readdirSync(SCREENS)) if (asked.some((name) => file.startsWith(`${name}-`))) fs.rmSync(path.join(SCREENS, file));
  const server = await startFixtureServer();
  let english = 0;
  try {
    for (const [name, launch] of Object.entries(BROWSERS)) {
      if (!asked.includes(name)) continue;
      for (const [lang, file] of LANGS) {
        for (const colorScheme of SCHEMES) {
          const browser = await launch({ lang, colorScheme });
          try {
            await visitSurfaces(browser, server.url, async (surface) => {
              const base = path.join(SCREENS, `${name}-${file}-${colorScheme}-${surface.name}`);
              await surface.page.screenshot(`${base}.png`);
              fs.writeFileSync(`${base}.txt`, `${surface.text}\n`);
              const found = lang === 'zh-CN' ? foreignWords(surface.text, namesOnSurface(surface.quoted)) : [];
              english += found.length;
              console.log(`${path.relative(ROOT, base)}.png${found.length ? `  English: ${found.join(' ')}` : ''}`);
            });
          } finally {
            await browser.close();
          }
        }
      }
    }
  } finally {
    await server.close();
  }
  if (english) console.log(`\n${english} English words in the Chinese surfaces (see above)`);
  return 0;
}

process.exitCode = await main();
