// The deal store: deals in company and money cards, the page's deals in the popup and in the store
// (merged with the bundled deal, the page as a source), the deals page (search by any company name,
// amount order, investor filter, edit, delete with undo, merge with a preview, a refused import told in
// plain words, the template CSV, the empty store), capture on and off, and companies the reader adds.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { PageDriver } from '../driver';
import { DEAL_CSV_COLUMNS } from '../../src/platform/deal-transfer';
import { deals as bundledDeals } from '../../src/data/deals';
import { axeViolations, clickElement, clickMention, highlightTexts, type ScenarioContext, SHOTS, waitForCard, waitForHighlights } from './context';

export function describeDealsPage(scenario: ScenarioContext): void {
  describe('deal store', () => {
    let article: PageDriver;
    let dealsPage: PageDriver;
    const rows = () =>
      dealsPage.evaluate(
        () => [...document.querySelectorAll('tbody tr[data-deal]')].map((tr) => ({ id: tr.getAttribute('data-deal')!, text: tr.textContent ?? '' })),
        null,
      );
    const search = (text: string) =>
      dealsPage.evaluate((t) => {
        const box = document.querySelector('#search') as HTMLInputElement;
        box.value = t;
        box.dispatchEvent(new Event('input', { bubbles: true }));
      }, text);
    /** A real click on an element, scrolled into view first. */
    const click = async (selector: string) => {
      await dealsPage.evaluate((sel) => document.querySelector(sel)?.scrollIntoView({ block: 'center' }), selector);
      await clickElement(dealsPage, selector);
    };
    const openDeals = async (hash = '') => {
      dealsPage = await scenario().browser.openExtensionPage(`src/deals/deals.html${hash}`, 'tbody tr[data-deal]');
    };

    beforeAll(async () => {
      const { server, openHighlighted } = scenario();
      article = await openHighlighted(`${server.url}/article.html`, 20);
    });

    it('shows a company’s deals and related deals with reasons in its card', async () => {
      await clickMention(article, 'deallens-company', 'Beijing Zhipu Huazhang Technology Co.');
      const card = await waitForCard(article, /See all \d+ on the deals page/);
      // Its own rounds first ("Raised"), then related deals with why, then the way to all of them.
      expect(card.attributes).toContain('data-deallens-section=raised');
      expect(card.attributes).toContain('data-deal=zhipu-ai-2023-10-funding');
      // The company's own rounds leave its name out: "Oct 2023 · funding CN¥2.5B".
      expect(card.text).toMatch(/Raised[^]*Oct 2023 · funding CN¥2\.5B[^]*Related deals[^]*See all \d+ on the deals page/);
      expect(card.attributes.some((a) => a.startsWith('data-deal=baichuan-ai-2023'))).toBe(true);
      await article.screenshot(path.join(SHOTS, `${scenario().browser.name}-company-card.png`));
      expect(card.text).toMatch(/Baichuan AI · funding US\$300M/);
      await article.press('Escape');
    });

    it('reads the page’s deals, lists them in the popup and keeps them in the store with the page as a source', async () => {
      const tabId = await article.tabId();
      const popup = await scenario().browser.openPopup(tabId);
      await vi.waitFor(async () => {
        const n = await popup.evaluate(() => document.querySelectorAll('#deals li').length, null);
        if (n < 2) throw new Error(`${n} deals listed`);
      }, { timeout: 15_000 });
      const listed = await popup.evaluate(() => [...document.querySelectorAll('#deals li')].map((li) => li.textContent ?? ''), null);
      // The text names the Zhipu round's backers in a form the page's deal does not take as its
      // investors ("… and … are among a group of Chinese backers that have put … into Zhipu"): they
      // are checked on the store's deal the page's report is merged into, below.
      expect(listed).toHaveLength(2);
      expect(listed.some((t) => /^Zhipu AI · funding CN¥2\.5B/.test(t))).toBe(true);
      expect(listed.some((t) => /^Baichuan AI · funding US\$300M/.test(t))).toBe(true);
      const link = await popup.evaluate(() => document.querySelector('#deals li a')!.getAttribute('href') ?? '', null);
      const related = await popup.evaluate(() => [...document.querySelectorAll('#related li')].map((li) => li.textContent ?? ''), null);
      expect(related.length).toBeGreaterThan(0);
      expect(related.every((t) => /^[A-Z][a-z]{2} (\d{1,2}, )?\d{4} · /.test(t))).toBe(true);
      expect(related.every((t) => !/^[^·]+ · (Zhipu AI|Baichuan AI) · funding (CN¥2\.5B|US\$300M)/.test(t))).toBe(true);
      expect(link).toMatch(/src\/deals\/deals\.html#deal=/);

      await openDeals('#deal=zhipu-ai-2023-10-funding');
      const zhipu = (await rows()).find((r) => r.id === 'zhipu-ai-2023-10-funding');
      expect(zhipu?.text).toContain('bundled');
      expect(zhipu?.text).toMatch(/Alibaba/);
      expect(zhipu?.text).toMatch(/Tencent/);
      // The article's report is merged into the bundled deal as a second source, linked to the page.
      expect(zhipu?.text).toMatch(/127\.0\.0\.1, Oct 20, 2023/);
      // Many reports of one deal: its first three sources, then the rest folded behind "N more".
      const sources = await dealsPage.evaluate(() => {
        const row = document.querySelector('tr[data-deal="zhipu-ai-2023-10-funding"]')!;
        const more = row.querySelector<HTMLButtonElement>('[data-more-sources]');
        const count = () => row.querySelectorAll('td:nth-child(7) > div').length;
        const before = count();
        const label = more?.textContent ?? null;
        more?.click();
        return { before, label };
      }, null);
      // How many reports the store holds by now depends on the tests run before this one (a whole run: a dozen).
      expect(sources.before).toBeLessThanOrEqual(3);
      if (sources.label !== null) {
        expect(sources.before).toBe(3);
        expect(sources.label).toMatch(/^\d+ more$/);
        await vi.waitFor(async () => expect(await dealsPage.evaluate(() => document.querySelectorAll('tr[data-deal="zhipu-ai-2023-10-funding"] td:nth-child(7) > div').length, null)).toBe(3 + Number(sources.label!.split(' ')[0])));
      }
    });

    it('shows the deal an amount belongs to in its card', async () => {
      await clickMention(article, 'deallens-money', '$300 million');
      const card = await waitForCard(article, 'Deal Baichuan');
      expect(card.attributes).toContain('data-deallens-section=deal');
      expect(card.text).toMatch(/Deal Baichuan AI · funding US\$300M/);
      await article.press('Escape');
    });

    it('edits a deal found by search', async () => {
      expect(await axeViolations(dealsPage)).toEqual([]);
      await search('Baichuan');
      await vi.waitFor(async () => {
        const r = await rows();
        if (!r.length || !r.every((x) => x.text.includes('Baichuan'))) throw new Error('not filtered');
      });
      const id = (await rows())[0]!.id;
      await dealsPage.evaluate((dealId) => (document.querySelector(`tr[data-deal="${dealId}"] button[data-action="edit"]`) as HTMLButtonElement).click(), id);
      await dealsPage.evaluate(() => {
        const round = document.querySelector('form.edit input[name="round"]') as HTMLInputElement;
        round.value = 'Series A (edited)';
        (document.querySelector('form.edit') as HTMLFormElement).requestSubmit();
      }, null);
      await vi.waitFor(async () => {
        const row = (await rows()).find((r) => r.id === id);
        if (!row?.text.includes('Series A (edited)') || !row.text.includes('edited')) throw new Error('not saved');
      });
    });

    it('sorts by the amount in the home currency at each deal’s date, largest first, with an arrow, and deals without an amount last', async () => {
      await openDeals();
      // Every amount converted (EUR is the home currency from the options area on): the order needs them.
      await vi.waitFor(async () => {
        if (!(await dealsPage.evaluate(() => document.querySelectorAll('td.num[data-home-amount]').length, null))) throw new Error('no amounts in the home currency yet');
      }, { timeout: 10_000 });
      const header = () =>
        dealsPage.evaluate(() => {
          const th = document.querySelector('button[data-sort="amount"]')!.closest('th')!;
          const arrow = th.querySelector('.arrow') as HTMLElement;
          return { sort: th.getAttribute('aria-sort'), arrow: arrow.textContent, arrowWidth: arrow.getBoundingClientRect().width };
        }, null);
      const amounts = () =>
        dealsPage.evaluate(() => [...document.querySelectorAll('tbody tr[data-deal]')].map((tr) => {
          const cell = tr.querySelector('td.num') as HTMLElement;
          return { id: tr.getAttribute('data-deal')!, home: cell.dataset.homeAmount === undefined ? null : Number(cell.dataset.homeAmount), none: cell.textContent!.trim() === '—' };
        }), null);
      expect((await header()).sort).toBe('none');
      await click('button[data-sort="amount"]');
      await vi.waitFor(async () => expect(await header()).toMatchObject({ sort: 'descending', arrow: '▼' }));
      expect((await header()).arrowWidth).toBeGreaterThan(0);
      await dealsPage.screenshot(path.join(SHOTS, `${scenario().browser.name}-deals-by-amount.png`));
      const down = await amounts();
      const converted = down.filter((r) => r.home !== null).map((r) => r.home!);
      expect(converted.length).toBeGreaterThan(100);
      expect(converted).toEqual([...converted].sort((a, b) => b - a));
      // Deals without an amount come last; before them, every deal with one.
      const firstNone = down.findIndex((r) => r.none);
      expect(firstNone).toBeGreaterThan(0);
      expect(down.slice(firstNone).every((r) => r.none)).toBe(true);
      expect(down.slice(0, firstNone).every((r) => r.home !== null)).toBe(true);
      // In the home currency, not as written: Tesla's US$2B comes before Zhipu's CN¥2.5B (about €320M).
      const at = (id: string) => down.findIndex((r) => r.id === id);
      expect(at('tesla-2020-02-funding')).toBeLessThan(at('zhipu-ai-2023-10-funding'));

      await click('button[data-sort="amount"]');
      await vi.waitFor(async () => expect(await header()).toMatchObject({ sort: 'ascending', arrow: '▲' }));
      const up = await amounts();
      const upConverted = up.filter((r) => r.home !== null).map((r) => r.home!);
      expect(upConverted).toEqual([...converted].reverse());
      expect(up.slice(up.findIndex((r) => r.none)).every((r) => r.none)).toBe(true);
    });

    it('never wraps a date, even in a narrow window', async () => {
      await dealsPage.setViewport(560, 420);
      const lines = await dealsPage.evaluate(() => [...document.querySelectorAll('td.date')].map((td) => {
        const range = document.createRange();
        range.selectNodeContents(td);
        return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
      }), null);
      await dealsPage.setViewport(900, 420);
      expect(lines.length).toBeGreaterThan(100);
      expect(lines.every((n) => n === 1)).toBe(true);
    });

    it('finds a deal by any name of its companies (a former name, the Chinese one), says how many of all it shows, and says when none match', async () => {
      const count = () => dealsPage.evaluate(() => document.querySelector('#deal-count')!.textContent ?? '', null);
      const total = await dealsPage.evaluate(() => document.querySelectorAll('tbody tr[data-deal]').length, null);
      for (const query of ['Sequoia China', '智谱']) {
        await search(query);
        await vi.waitFor(async () => {
          const found = await rows();
          if (!found.some((r) => r.id === 'zhipu-ai-2023-10-funding')) throw new Error(`${query}: Zhipu's round not found`);
          expect(await count()).toBe(`${found.length} of ${total} deals`);
        });
      }
      await search('Quixotic Nonexistent');
      await vi.waitFor(async () => expect(await dealsPage.evaluate(() => document.querySelector('#no-match')?.textContent ?? '', null)).toMatch(/^No deal matches “Quixotic Nonexistent”\. Clear search and filters$/));
      expect(await rows()).toEqual([]);
      expect(await count()).toBe(`0 of ${total} deals`);
      await click('#no-match button');
      await vi.waitFor(async () => expect((await rows()).length).toBe(total));
      expect(await count()).toBe('');
    });

    it('filters on an investor when the reader clicks one, and shows every deal again when the filter is cleared', async () => {
      const total = (await rows()).length;
      await click('tr[data-deal="zhipu-ai-2023-10-funding"] a[data-investor="tencent"]');
      await vi.waitFor(async () => expect(await dealsPage.evaluate(() => document.querySelector('#investor-filter')?.textContent ?? '', null)).toMatch(/^Investor: Tencent/));
      const filtered = await dealsPage.evaluate(() => [...document.querySelectorAll('tbody tr[data-deal]')].map((tr) => ({ id: tr.getAttribute('data-deal')!, tencent: tr.querySelector('a[data-investor="tencent"]')?.getAttribute('aria-current') })), null);
      expect(filtered.length).toBeGreaterThan(1);
      expect(filtered.length).toBeLessThan(total);
      expect(filtered.every((r) => r.tencent === 'true')).toBe(true);
      expect(await dealsPage.evaluate(() => document.querySelector('#deal-count')!.textContent, null)).toBe(`${filtered.length} of ${total} deals`);
      expect(await axeViolations(dealsPage)).toEqual([]);
      await click('#investor-filter button');
      await vi.waitFor(async () => expect((await rows()).length).toBe(total));
    });

    it('deletes with a 10 s undo: undo brings the deals back, and the store loses a deal only once the 10 s are over', async () => {
      const { browser } = scenario();
      const listed = async (page: PageDriver) => page.evaluate(() => [...document.querySelectorAll('tbody tr[data-deal]')].map((tr) => tr.getAttribute('data-deal')!), null);
      const toast = () => dealsPage.evaluate(() => document.querySelector('#undo-toast')?.textContent ?? null, null);
      // Delete selected, then undo.
      for (const id of ['snap-2017-03-ipo', 'snap-2017-11-stake-sale']) await dealsPage.evaluate((dealId) => (document.querySelector(`tr[data-deal="${dealId}"] input[type="checkbox"]`) as HTMLInputElement).click(), id);
      await click('#delete-selected');
      await vi.waitFor(async () => expect(await toast()).toBe('Deleted 2 deals. Undo'));
      expect((await listed(dealsPage)).filter((id) => id.startsWith('snap-'))).toEqual([]);
      expect(await axeViolations(dealsPage)).toEqual([]);
      await click('#undo-delete');
      await vi.waitFor(async () => expect((await listed(dealsPage)).filter((id) => id.startsWith('snap-')).sort()).toEqual(['snap-2017-03-ipo', 'snap-2017-11-stake-sale']));
      expect(await toast()).toBeNull();

      // Delete one and let the 10 s pass: still in the store meanwhile, gone after.
      const id = 'jio-platforms-2020-07-stake-sale';
      await dealsPage.evaluate((dealId) => (document.querySelector(`tr[data-deal="${dealId}"] button[data-action="delete"]`) as HTMLButtonElement).click(), id);
      const deletedAt = Date.now();
      await vi.waitFor(async () => expect(await listed(dealsPage)).not.toContain(id));
      const other = await browser.openExtensionPage('src/deals/deals.html', 'tbody tr[data-deal]');
      expect(await listed(other)).toContain(id);
      await other.close();
      await vi.waitFor(async () => expect(await toast()).toBeNull(), { timeout: 15_000, interval: 250 });
      expect(Date.now() - deletedAt).toBeGreaterThanOrEqual(9_500);
      await vi.waitFor(async () => {
        const again = await browser.openExtensionPage('src/deals/deals.html', 'tbody tr[data-deal]');
        const ids = await listed(again);
        await again.close();
        expect(ids).not.toContain(id);
      }, { timeout: 10_000, interval: 500 });
    });

    it('merges two selected deals after showing both side by side and the result', async () => {
      const [a, b] = ['xai-2024-05-funding', 'xai-2024-12-funding'];
      for (const id of [a, b]) await dealsPage.evaluate((dealId) => (document.querySelector(`tr[data-deal="${dealId}"] input[type="checkbox"]`) as HTMLInputElement).click(), id);
      await click('#merge');
      const preview = () =>
        dealsPage.evaluate(() => Object.fromEntries([...document.querySelectorAll('#merge-preview tbody tr')].map((tr) => [tr.querySelector('th')!.textContent, [...tr.querySelectorAll('td')].map((td) => `${td.dataset.side}: ${td.textContent}`)])), null);
      await vi.waitFor(async () => expect(Object.keys(await preview())).toContain('Id'));
      const shown = await preview();
      expect(shown.Id).toEqual([`keep: ${a}`, `drop: ${b}`, `result: ${a}`]);
      expect(shown.Origin).toEqual(['keep: bundled', 'drop: bundled', 'result: edited']);
      // The result names every investor of both deals.
      const names = (cell: string) => cell.replace(/^\w+: /, '').replace(/ \(lead\)/g, '').split(/, and |, | and /).sort();
      expect(names(shown.Investors![2]!)).toEqual([...new Set([...names(shown.Investors![0]!), ...names(shown.Investors![1]!)])].sort());
      expect(await axeViolations(dealsPage)).toEqual([]);
      await dealsPage.screenshot(path.join(SHOTS, `${scenario().browser.name}-deals-merge-preview.png`));
      await click('#merge-confirm');
      await vi.waitFor(async () => {
        const r = await rows();
        if (r.some((x) => x.id === b) || !r.find((x) => x.id === a)?.text.includes('edited')) throw new Error('not merged yet');
      });
      expect(await dealsPage.evaluate(() => document.querySelector('#merge-preview'), null)).toBeNull();
    });

    it('captures a new deal from a page, and captures nothing once the reader switches capture off', async () => {
      const searchFor = async (text: string) => {
        await openDeals();
        await search(text);
        return rows();
      };
      const { browser, server, openHighlighted } = scenario();
      const page = await openHighlighted(`${server.url}/capture-on.html`, 2);
      await vi.waitFor(async () => {
        const found = await searchFor('Quillfeather');
        if (found.length !== 1) throw new Error(`${found.length} rows`);
        expect(found[0]!.text).toMatch(/Series A/);
        expect(found[0]!.text).toMatch(/captured/);
        expect(found[0]!.text).toMatch(/Sequoia Capital/);
      }, { timeout: 15_000, interval: 500 });

      const options = await browser.openExtensionPage('src/options/options.html', '#capture-deals');
      await options.evaluate(() => (document.querySelector('#capture-deals') as HTMLInputElement).click(), null);
      await vi.waitFor(async () => {
        const saved = await browser.evaluateInExtension(
          async () => ((await (globalThis as unknown as { browser: { storage: { sync: { get(k: string): Promise<Record<string, { captureDeals: boolean }>> } } } }).browser.storage.sync.get('settings')).settings),
          null,
        );
        if (saved?.captureDeals !== false) throw new Error('not saved yet');
      });
      await page.goto(`${server.url}/capture-off.html`);
      await waitForHighlights(page, 2);
      // The popup still lists the page's deal: capture off keeps it out of the store only.
      const popup = await browser.openPopup(await page.tabId());
      await vi.waitFor(async () => {
        if (!(await popup.evaluate(() => document.querySelectorAll('#deals li').length, null))) throw new Error('deal not read yet');
      }, { timeout: 15_000 });
      expect(await searchFor('Marrowlight')).toEqual([]);
      await options.evaluate(() => (document.querySelector('#capture-deals') as HTMLInputElement).click(), null);
    });

    it('matches a company the reader added (context menu) on pages loaded from then on', async () => {
      const { browser, server, openHighlighted } = scenario();
      const page = await openHighlighted(`${server.url}/user-company.html`, 1);
      expect(await highlightTexts(page, 'deallens-company')).toEqual(['Tencent']);
      await browser.evaluateInExtension(async () => {
        const api = (globalThis as unknown as { browser: { runtime: { getBackgroundPage?: () => Promise<unknown> } } }).browser;
        // Chromium runs this in the service worker itself; Firefox in an extension page that reaches the background page.
        const background = (api.runtime.getBackgroundPage ? await api.runtime.getBackgroundPage() : globalThis) as { deallens: { addUserCompany(n: string): Promise<void> } };
        await background.deallens.addUserCompany('Brightwater Loom');
      }, null);
      await page.goto(`${server.url}/user-company.html`);
      await vi.waitFor(async () => expect(await highlightTexts(page, 'deallens-company')).toEqual(['Brightwater Loom', 'Tencent']), { timeout: 10_000 });
      await clickMention(page, 'deallens-company', 'Brightwater Loom');
      const card = await waitForCard(page, 'Added by you');
      expect(card.text).toMatch(/^Company · DealLens Brightwater Loom/);
    });

    it('adds an unknown company from its card, by keyboard, and knows it on the next visit', async () => {
      const { browser, server, openHighlighted } = scenario();
      const page = await openHighlighted(`${server.url}/capture-on.html`, 2);
      await browser.runCommand('next-highlight', await page.tabId());
      await waitForCard(page, 'Add to DealLens as a company');
      await page.press('Tab'); // the close button
      await page.press('Tab'); // "Add to DealLens as a company"
      await page.press('Enter');
      await waitForCard(page, 'Added: matched on pages you open from now on.');
      await page.goto(`${server.url}/capture-on.html`);
      await waitForHighlights(page, 2);
      await browser.runCommand('next-highlight', await page.tabId());
      const card = await waitForCard(page, 'Added by you');
      expect(card.text).toMatch(/Quillfeather Robotics/);
      await page.close();
    });

    it('rejects a bad import with each row’s problem in plain words, the exact reason folded away, and leaves the store as it was', async () => {
      await openDeals();
      const countBefore = await dealsPage.evaluate(() => Number(document.querySelector('h1')!.textContent!.match(/\d+/)![0]), null);
      const file = path.join(SHOTS, `${scenario().browser.name}-bad-import.json`);
      fs.writeFileSync(file, JSON.stringify([
        { id: 'fine-deal-2024-01-funding', type: 'funding', target: { name: 'Fine Co' }, investors: [], date: '2024-01-05', sources: [{ publisher: 'Test', date: '2024-01-05' }], origin: 'imported', confidence: 1 },
        { id: 'evil-2024-01-funding', type: 'funding', target: { name: 'Evil' }, investors: [], date: '2024-01-05', sources: [{ publisher: 'Test', date: '2024-01-05', url: 'javascript:alert(1)' }], origin: 'imported', confidence: 1 },
      ]));
      await dealsPage.uploadFile('#import', file);
      await vi.waitFor(async () => {
        if (!(await dealsPage.evaluate(() => document.querySelector('#import-report')?.textContent ?? '', null))) throw new Error('no report');
      });
      const report = await dealsPage.evaluate(() => {
        const r = document.querySelector('#import-report')!;
        const details = r.querySelector('details')!;
        return { said: [...r.querySelectorAll(':scope > p, :scope > ul li')].map((e) => e.textContent), open: details.open, technical: details.textContent };
      }, null);
      expect(report.said).toEqual([
        'Nothing imported: 1 row has problems. Fix it and import again.',
        'Row 2 (evil-2024-01-funding): A source link is not a web address: only http and https links are kept.',
      ]);
      expect(report.open).toBe(false);
      expect(report.technical).toBe('Technical detailRow 2 (evil-2024-01-funding): sources[0].url: must be an http or https URL');
      expect(await axeViolations(dealsPage)).toEqual([]);
      const countAfter = await dealsPage.evaluate(() => Number(document.querySelector('h1')!.textContent!.match(/\d+/)![0]), null);
      expect(countAfter).toBe(countBefore);
    });

    it('offers a template CSV with the exporter’s columns', async () => {
      const template = await dealsPage.evaluate(async () => {
        const a = document.querySelector('#template-csv') as HTMLAnchorElement;
        return { name: a.getAttribute('download'), text: a.textContent, csv: await (await fetch(a.href)).text() };
      }, null);
      expect(template.name).toBe('deallens-deals-template.csv');
      expect(template.text).toBe('Template CSV');
      const [header, example] = template.csv.split('\r\n');
      expect(header).toBe(DEAL_CSV_COLUMNS.join(','));
      expect(example).toMatch(/^example-robotics-2024-01-funding,funding,/);
    });

    it('shows an empty store as a way back: restore the bundled deals, or import with the template', async () => {
      await dealsPage.evaluate(async () => {
        type Reply = { ok: true; value: { deals: { id: string }[]; next: string | null } } | { ok: false; error: { message: string } };
        const g = globalThis as unknown as { browser?: { runtime: { sendMessage(m: object): Promise<Reply> } }; chrome: { runtime: { sendMessage(m: object): Promise<Reply> } } };
        const send = async (name: string, payload: object) => {
          const reply = await (g.browser ?? g.chrome).runtime.sendMessage({ deallens: 1, name, payload });
          if (!reply.ok) throw new Error(reply.error.message);
          return reply.value;
        };
        const ids: string[] = [];
        let after: string | undefined;
        for (;;) {
          const page = await send('listDeals', { limit: 2_000, ...(after && { after }) });
          ids.push(...page.deals.map((d) => d.id));
          if (!page.next) break;
          after = page.next;
        }
        for (let i = 0; i < ids.length; i += 1_000) await send('deleteDeals', { ids: ids.slice(i, i + 1_000) });
      }, null);
      dealsPage = await scenario().browser.openExtensionPage('src/deals/deals.html', '#empty-state');
      const empty = await dealsPage.evaluate(() => ({
        text: document.querySelector('#empty-state')!.textContent,
        restore: !!document.querySelector('#empty-state #restore-bundled'),
        importer: !!document.querySelector('#empty-state input#import'),
        template: !!document.querySelector('#empty-state a#template-csv'),
        table: !!document.querySelector('table'),
      }), null);
      expect(empty).toMatchObject({ restore: true, importer: true, template: true, table: false });
      expect(empty.text).toMatch(/^No deals yet/);
      expect(await axeViolations(dealsPage)).toEqual([]);
      await dealsPage.screenshot(path.join(SHOTS, `${scenario().browser.name}-deals-empty.png`));
      await click('#restore-bundled');
      await vi.waitFor(async () => expect((await rows()).length).toBe(bundledDeals.length), { timeout: 10_000 });
      expect(await dealsPage.evaluate(() => document.querySelector('h1')!.textContent, null)).toBe(`Deals (${bundledDeals.length})`);
    });
  });
}
