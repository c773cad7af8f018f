// npm start: builds DealLens and opens our demo article in Chromium with the extension loaded.
// With a display the browser stays open for you; without one it runs headless, prints what it
// found, clicks "2.5 billion yuan" and saves a screenshot with the highlights and the open card.
import fs from 'node:fs';
import path from 'node:path';
import { launchChromium } from '../e2e/chromium-driver';
import { demoAmountPoint } from '../e2e/demo-page';
import { startFixtureServer } from '../e2e/fixture-server';
import { waitFor } from '../e2e/wait-for';
import { writeGeneratedData } from './build-data';
import { buildTarget } from './build';
import { ensureTools, MissingToolsError } from './system-tools';

const ROOT = path.resolve(import.meta.dirname, '..');
const SHOT = path.join(ROOT, 'out/demo.png');

async function main(): Promise<number> {
  try {
    ensureTools(['chromium']);
  } catch (error) {
    if (!(error instanceof MissingToolsError)) throw error;
    console.error(`DealLens demo: ${error.message}`);
    return 1;
  }
  writeGeneratedData();
  await buildTarget('chrome');
  console.log('built dist/chrome');
  const server = await startFixtureServer();
  const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
  // A fresh profile that has allowed the demo's site (127.0.0.1), as a reader does on the first-run page.
  const browser = await launchChromium({ headless });
  const page = await browser.newPage();
  const url = `${server.url}/demo.html`;
  await page.goto(url);
  console.log(`opened ${url} in Chromium${headless ? ' (headless: no display)' : ''}`);
  const found = await waitFor(async () => {
    const texts = await page.evaluate(
      () => ({
        companies: [...(CSS.highlights.get('deallens-company') ?? [])].map((r) => (r as Range).toString()),
        money: [...(CSS.highlights.get('deallens-money') ?? [])].map((r) => (r as Range).toString()),
      }),
      null,
    );
    if (!texts.money.length) throw new Error('no highlights yet');
    return texts;
  });
  console.log(`\nCompanies (${found.companies.length} mentions): ${[...new Set(found.companies)].join(', ')}`);
  console.log(`Amounts (${found.money.length}): ${found.money.join(' · ')}`);

  const box = await demoAmountPoint(page);
  if (box) {
    await page.click(box.x, box.y);
    const card = await waitFor(async () => {
      const c = await page.readCard();
      if (!c?.text.includes('≈')) throw new Error(`card not ready: ${c?.text ?? 'no card'}`);
      return c;
    });
    console.log(`\nCard for "2.5 billion yuan":\n  ${card.text}`);
  }
  if (!headless) {
    console.log('\nThe browser stays open; close it or press Ctrl-C to stop.');
    await new Promise<void>((resolve) => process.once('SIGINT', () => resolve()));
  } else {
    fs.mkdirSync(path.dirname(SHOT), { recursive: true });
    await page.screenshot(SHOT);
    console.log(`\nScreenshot with highlights and the open card: ${path.relative(process.cwd(), SHOT)}`);
  }
  await browser.close();
  await server.close();
  return 0;
}

process.exitCode = await main();
