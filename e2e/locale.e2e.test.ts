// DealLens in a Chinese browser: every surface (e2e/surfaces.ts) in each browser with its UI in zh-CN,
// read for English. Latin words are allowed only as names (the data's companies, investors and
// publishers, and the article's own words the popup quotes), codes, units and the few words of
// e2e/latin-words.ts. One launch per browser. The browsers need their Chinese resources
// (chromium-l10n, firefox-esr-l10n-zh-cn: `npm test` installs them); a browser that comes up in
// English fails with the command that installs them, and never skips.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './chromium-driver';
import { namesOnSurface } from './data-names';
import type { ExtensionDriver, ReaderSetup } from './driver';
import { launchFirefox } from './firefox-driver';
import { startFixtureServer } from './fixture-server';
import { foreignWords } from './latin-words';
import { SURFACES, visitSurfaces } from './surfaces';

function describeChinese(name: string, launch: (setup: ReaderSetup) => Promise<ExtensionDriver>): void {
  describe(`DealLens in ${name} with a Chinese interface`, () => {
    let browser: ExtensionDriver | undefined;
    let server: Awaited<ReturnType<typeof startFixtureServer>> | undefined;
    beforeAll(async () => {
      server = await startFixtureServer();
      browser = await launch({ lang: 'zh-CN' });
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('shows no English on any surface: only names, codes and units in Latin letters', async () => {
      const english: Record<string, string[]> = {};
      const visited: string[] = [];
      await visitSurfaces(browser!, server!.url, async (surface) => {
        visited.push(surface.name);
        // Chinese text is there at all (a surface left in English would also fail below).
        expect(surface.text, surface.name).toMatch(/[\u4e00-\u9fff]/);
        const found = foreignWords(surface.text, namesOnSurface(surface.quoted));
        if (found.length) english[surface.name] = found;
        // Dates as a Chinese reader writes them ("2023年10月20日"), never the store's "2023-10-20".
        expect(surface.text, surface.name).not.toMatch(/\b\d{4}-\d{2}(-\d{2})?\b/);
        // A deal names a company the data knows in Chinese by its Chinese name ("智谱 · 融资"), not "Zhipu AI · 融资".
        expect(surface.text, surface.name).not.toMatch(/\b(Zhipu AI|Baichuan AI|Moonshot AI|Alibaba Group|Tencent) · /);
      });
      expect(visited).toEqual([...SURFACES]);
      expect(english).toEqual({});
    });
  });
}

describeChinese('Chromium', launchChromium);
describeChinese('Firefox ESR', launchFirefox);
