// The background's boundary, asked from a real content script's world: the extension's isolated
// world on an annotated page, where DealLens's content script runs (scripting.executeScript with
// world ISOLATED runs there, so its messages carry the page's tab and URL as the content script's
// do). The store, imports, resets and other tabs are refused to it, over messages and over the
// request port alike, a malformed payload is refused before any handler, and the store stays as it was.
import { describe, expect, it } from 'vitest';
import type { PageDriver } from '../driver';
import { pause, rangeBox, type ScenarioContext, waitForCard } from './context';

type Reply = { ok: true; value: unknown } | { ok: false; error: { name: string; message: string } };
type Api = {
  runtime: {
    sendMessage(m: unknown): Promise<unknown>;
    connect(o: { name: string }): { postMessage(m: unknown): void; disconnect(): void; onMessage: { addListener(l: (m: { id?: number; reply?: unknown }) => void): void } };
  };
  scripting: { executeScript(o: { target: { tabId: number }; world: 'ISOLATED'; func: (...args: never[]) => unknown; args: unknown[] }): Promise<{ result?: unknown }[]> };
};
type Requests = [string, unknown][];

/** Asks each request from the content script's world of `tabId`, by message, and the last one over the request port too. */
function askFromContentScript(scenario: ScenarioContext, tabId: number, requests: Requests) {
  return scenario().browser.evaluateInExtension(
    async ([tab, asked]) => {
      const g = globalThis as unknown as { browser?: Api; chrome: Api };
      const [injected] = await (g.browser ?? g.chrome).scripting.executeScript({
        target: { tabId: tab },
        world: 'ISOLATED',
        args: [asked],
        func: (async (list: Requests) => {
          const w = globalThis as unknown as { browser?: Api; chrome: Api };
          const api = w.browser ?? w.chrome;
          const byMessage: Record<string, unknown> = {};
          for (const [name, payload] of list) byMessage[name] = await api.runtime.sendMessage({ deallens: 1, name, payload }).catch((e: unknown) => ({ thrown: String(e) }));
          const [name, payload] = list.at(-1)!;
          const port = api.runtime.connect({ name: 'deallens-requests' });
          const byPort = await new Promise((resolve) => {
            port.onMessage.addListener((m) => m.id === 1 && resolve(m.reply));
            port.postMessage({ deallens: 1, id: 1, name, payload });
            setTimeout(() => resolve('no reply over the port'), 10_000);
          });
          port.disconnect();
          return { byMessage, byPort, url: location.href };
        }) as (...args: never[]) => unknown,
      });
      return injected?.result as { byMessage: Record<string, Reply>; byPort: Reply; url: string };
    },
    [tabId, requests] as const,
  );
}

/** Every deal id in the store, asked by an extension page (which may), page by page. */
async function storeIds(page: PageDriver): Promise<string[]> {
  return page.evaluate(async () => {
    const g = globalThis as unknown as { browser?: Api; chrome: Api };
    const api = g.browser ?? g.chrome;
    const ids: string[] = [];
    let after: string | undefined;
    for (;;) {
      const reply = (await api.runtime.sendMessage({ deallens: 1, name: 'listDeals', payload: { limit: 2_000, ...(after && { after }) } })) as Reply;
      if (!reply.ok) throw new Error(`listDeals from the options page: ${reply.error.message}`);
      const { deals, next } = reply.value as { deals: { id: string }[]; next: string | null };
      ids.push(...deals.map((d) => d.id));
      if (!next) return ids;
      after = next;
    }
  }, null);
}

const refused = (name: string) => ({ ok: false, error: { name: 'RefusedError', message: `${name} is answered only for DealLens's own pages` } });

export function describeBoundary(scenario: ScenarioContext): void {
  describe('requests from a content script', () => {
    it("refuses the store, a restore, a reset and other tabs to a content script's world, and the store stays as it was", async () => {
      const { browser, server, openHighlighted } = scenario();
      const page = await openHighlighted(`${server.url}/demo.html?boundary`, 20);
      const tabId = await page.tabId();
      const options = await browser.openExtensionPage('src/options/options.html', '#refresh-rates');
      const before = await storeIds(options);
      expect(before.length).toBeGreaterThan(0);

      const asked = await askFromContentScript(scenario, tabId, [
        ['listDeals', { limit: 10 }],
        ['getSettings', {}],
        ['importDeals', { deals: [] }],
        ['resetData', {}],
        ['restoreBundledDeals', {}],
        ['companyRecords', { ids: ['alibaba-group'] }],
        ['annotateTab', { tabId }],
        ['convert', { amounts: [{ amount: 2.5e9, currency: 'CNY' }], to: 'USD', days: ['today'] }],
        ['findMentions', { text: 'x'.repeat(40_000), context: {}, source: { url: `${server.url}/demo.html`, title: 'x', date: '2024-01-02' }, run: 'boundary' }],
        ['replaceDeals', { deals: [] }],
      ]);
      expect(asked.url).toBe(`${server.url}/demo.html?boundary`);
      for (const name of ['listDeals', 'getSettings', 'importDeals', 'resetData', 'restoreBundledDeals', 'companyRecords', 'annotateTab', 'replaceDeals']) expect(asked.byMessage[name], name).toEqual(refused(name));
      expect(asked.byPort).toEqual(refused('replaceDeals'));
      // What a content script may ask is still answered, and checked: an overlong slice is refused before the engine.
      expect(asked.byMessage.convert).toMatchObject({ ok: true });
      expect(asked.byMessage.findMentions).toEqual({ ok: false, error: { name: 'InvalidRequestError', message: 'findMentions: text: must be at most 32000 characters' } });

      expect(await storeIds(options)).toEqual(before);
      expect(await page.evaluate(() => (CSS.highlights.get('deallens-company')?.size ?? 0) > 0, null)).toBe(true);
      await options.close();
      await page.close();
    });

    it('opens no card for a click the page makes up, only for the reader\'s own, and leaves no marks in the page', async () => {
      const { server, openHighlighted } = scenario();
      const page = await openHighlighted(`${server.url}/demo.html?synthetic-click`, 20);
      const box = await rangeBox(page, 'deallens-company', 'Meituan');
      expect(box).not.toBeNull();
      // A page script clicks where the highlight is: an untrusted event (isTrusted false).
      await page.evaluate(({ x, y }) => {
        const target = document.elementFromPoint(x, y)!;
        for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']) {
          target.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, composed: true, clientX: x, clientY: y, button: 0, view: window }));
        }
      }, { x: box!.x, y: box!.y });
      await pause(500);
      expect(await page.readCard()).toBeNull();
      await page.click(box!.x, box!.y);
      await waitForCard(page, /Meituan/);
      // Nothing DealLens did left an entry in the page's performance timeline (issue 19 item 10).
      expect(await page.evaluate(() => performance.getEntries().filter((e) => e.name.startsWith('deallens')).map((e) => e.name), null)).toEqual([]);
      await page.press('Escape');
      await page.close();
    });
  });
}
