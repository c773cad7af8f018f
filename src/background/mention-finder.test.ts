import { describe, expect, it } from 'vitest';
import { readPackagedFile } from '../../test/fixtures';
import { createCompanyData } from './company-data';
import { createPageMemory, matcherFromCompactIndex } from '../core/companies';
import { findMentions } from '../core/find-mentions';
import { createMentionFinder, MAX_EARLIER_CHARS, MAX_FIND_TEXT_CHARS, MAX_RELINK_CHARS, STEP_BUDGET_MS, STEP_CHARS } from './mention-finder';
import { WARM_UP_TEXT } from './warm-up-text';
import { ticksDuring } from '../../test/event-loop-ticks';

const companies = createCompanyData(readPackagedFile);

describe('mention finder: one memory per page run', () => {
  const names = (found: { companies: { text: string; id: string }[] }) => found.companies.map((c) => `${c.text}=${c.id}`);

  it('links a short form defined in an earlier slice of the same run, not of another run', async () => {
    const finder = createMentionFinder(async () => [], companies.index);
    const context = { lang: 'en' };
    expect(names(await finder.find('Halvardsen Mining Corp agreed to buy a copper mine.', context, 'run-1'))).toEqual(['Halvardsen Mining Corp=unknown:halvardsen-mining']);
    expect(names(await finder.find('Halvardsen said the deal would close in May.', context, 'run-1'))).toEqual(['Halvardsen=unknown:halvardsen-mining']);
    expect(names(await finder.find('Halvardsen said the deal would close in May.', context, 'run-2'))).toEqual([]);
    expect(names(await finder.find('Halvardsen said the deal would close in May.', context))).toEqual([]);
  });

  it('links a form a slice defines in the slices before it, at page offsets, when the page says where its slices start', async () => {
    const finder = createMentionFinder(async () => [], companies.index);
    const headline = 'Why Halvardsen bets on copper\n';
    const first = await finder.find(headline, {}, 'run-1', 0);
    expect(first.companies).toEqual([]);
    const second = await finder.find('Halvardsen Mining Corp (HMC) agreed to buy a copper mine.', {}, 'run-1', headline.length);
    expect(names(second)).toEqual(['Halvardsen Mining Corp=unknown:halvardsen-mining', 'HMC=unknown:halvardsen-mining']);
    expect(second.earlier?.map((m) => [m.start, m.end, m.id])).toEqual([[4, 14, 'unknown:halvardsen-mining']]);
    // The first slice's list, which the deal reader shares, has it too; once linked, it is not linked again.
    expect(names(first)).toEqual(['Halvardsen=unknown:halvardsen-mining']);
    expect((await finder.find('Halvardsen Mining Corp said more.', {}, 'run-1', 200)).earlier).toBeUndefined();
    // Without where the slice starts (a block read again), nothing is linked back.
    await finder.find('Why Nordhavn bets on zinc\n', {}, 'run-2');
    expect((await finder.find('Nordhavn Metals Ltd agreed to buy a zinc mine.', {}, 'run-2')).earlier).toBeUndefined();
  });

  it('links a data short form that counts only on a page naming its company in full, once a later slice does', async () => {
    const finder = createMentionFinder(async () => [], companies.index);
    const headline = 'What Hess means for oil\n';
    expect((await finder.find(headline, {}, 'run-1', 0)).companies).toEqual([]);
    const later = await finder.find('Hess Corporation said on Monday it would sell a stake.', {}, 'run-1', headline.length);
    expect(later.earlier?.map((m) => [m.start, m.text, m.id])).toEqual([[5, 'Hess', 'hess']]);
  });

  it('links in an earlier part of the same slice within its own answer', async () => {
    const finder = createMentionFinder(async () => [], companies.index);
    const filler = `${'The copper market was quiet on the day. '.repeat(110)}\n`;
    const slice = `Why Halvardsen bets on copper\n${filler}Halvardsen Mining Corp agreed to buy a copper mine.`;
    expect(slice.length).toBeGreaterThan(STEP_CHARS);
    const found = await finder.find(slice, {}, 'run-1', 0);
    expect(found.earlier).toBeUndefined();
    expect(names(found)).toEqual(['Halvardsen=unknown:halvardsen-mining', 'Halvardsen Mining Corp=unknown:halvardsen-mining']);
    expect(found.companies[0]!.start).toBe(4);
  });

  it('keeps only the first MAX_EARLIER_CHARS of a page for it', async () => {
    const finder = createMentionFinder(async () => [], companies.index);
    const filler = `${'The copper market was quiet on the day. '.repeat(399)}\n`;
    let at = 0;
    for (const text of ['Why Halvardsen bets on copper\n', ...Array.from({ length: Math.ceil(MAX_EARLIER_CHARS / filler.length) }, () => filler), 'Why Nordhavn bets on zinc\n']) {
      await finder.find(text, {}, 'run-1', at);
      at += text.length;
    }
    const later = await finder.find('Halvardsen Mining Corp and Nordhavn Metals Ltd agreed to merge.', {}, 'run-1', at);
    expect(later.earlier?.map((m) => m.text)).toEqual(['Halvardsen']);
  });

  it('stops linking back once a page has had MAX_RELINK_CHARS read again (a list that defines companies all along)', async () => {
    const finder = createMentionFinder(async () => [], companies.index);
    const headline = 'Why Halvardsen and Nordhavn bet on copper\n';
    const filler = `${'The copper market was quiet on the day. '.repeat(99)}\n`;
    let at = 0;
    const send = async (text: string) => {
      const found = await finder.find(text, {}, 'run-1', at);
      at += text.length;
      return found.earlier?.map((m) => m.text) ?? [];
    };
    await send(headline);
    for (let kept = headline.length; kept + filler.length <= MAX_EARLIER_CHARS; kept += filler.length) await send(filler);
    expect(await send('Halvardsen Mining Corp agreed to buy a copper mine.')).toEqual(['Halvardsen']);
    // Companies defined one after another, each read against the page's first parts again.
    const names = Array.from({ length: Math.ceil(MAX_RELINK_CHARS / MAX_EARLIER_CHARS) + 1 }, (_, i) => `Qorv${'abcdefghij'[i]}th`);
    for (const name of names) await send(`${name} Mining Corp agreed to buy a zinc mine.`);
    expect(await send('Nordhavn Metals Ltd agreed to buy a zinc mine.')).toEqual([]);
  });

  it('forgets the pages after the added companies change', async () => {
    const finder = createMentionFinder(async () => [], companies.index);
    await finder.find('Halvardsen Mining Corp agreed to buy a copper mine.', {}, 'run-1');
    finder.reset();
    expect(names(await finder.find('Halvardsen said the deal would close in May.', {}, 'run-1'))).toEqual([]);
  });
});

describe('mention finder: the bundled index and the reader’s companies', () => {
  const ids = (found: { companies: { id: string }[] }) => found.companies.map((c) => c.id);

  it('finds bundled companies and the reader’s own, which lose a name both hold, and reads the index file once', async () => {
    const reads: string[] = [];
    const counted = createCompanyData(async (file) => {
      reads.push(file);
      return readPackagedFile(file);
    });
    let mine = [{ name: 'Quillfeather Labs', aliases: ['Quillfeather'] }];
    const finder = createMentionFinder(async () => mine, counted.index);
    const text = 'Tencent and Quillfeather Labs (Quillfeather) met Alibaba.';
    expect(ids(await finder.find(text, {}))).toEqual(['tencent', 'user:quillfeather-labs', 'user:quillfeather-labs', 'alibaba-group']);
    // A reader who adds "Tencent" as their own company does not take the name from the bundled record.
    mine = [{ name: 'Tencent', aliases: [] }];
    finder.reset();
    expect(ids(await finder.find(text, {}))[0]).toBe('tencent');
    expect(reads).toEqual(['data/company-index.generated.txt']);
  });

  it('tries the index again after a failed read', async () => {
    let fail = true;
    const finder = createMentionFinder(async () => [], async () => {
      if (fail) throw new Error('no such file');
      return companies.index();
    });
    await expect(finder.find('Tencent', {})).rejects.toThrow('no such file');
    fail = false;
    expect(ids(await finder.find('Tencent', {}))).toEqual(['tencent']);
  });
});

describe('mention finder: getting ready for a page (prepare)', () => {
  const warmUps = () => performance.getEntriesByName('deallens:prepare', 'measure').length;

  it('loads the index once and reads the warm-up text, not again while the engine is warm, again once it is not', async () => {
    let reads = 0;
    const finder = (warmForMs: number) =>
      createMentionFinder(async () => [], () => {
        reads++;
        return companies.index();
      }, STEP_BUDGET_MS, warmForMs);
    performance.clearMeasures('deallens:prepare');
    const warm = finder(60_000);
    await warm.prepare();
    await warm.prepare();
    await warm.find('Tencent', {}, 'run-1');
    await warm.prepare();
    expect([reads, warmUps()]).toEqual([1, 1]);
    const cold = finder(0);
    await cold.prepare();
    await cold.find('Tencent', {}, 'run-1');
    await cold.prepare();
    expect([reads, warmUps()]).toEqual([2, 3]);
  });

  it('leaves the warm-up out when a page has asked already: its request warms the engine, and goes first', async () => {
    let loaded!: () => void;
    const ready = new Promise<void>((resolve) => (loaded = resolve));
    const finder = createMentionFinder(async () => [], async () => {
      await ready;
      return companies.index();
    }, STEP_BUDGET_MS, 0);
    performance.clearMeasures('deallens:prepare');
    const prepared = finder.prepare();
    const found = finder.find('Tencent', {}, 'run-1');
    loaded();
    await prepared;
    expect((await found).companies.map((c) => c.id)).toEqual(['tencent']);
    expect(warmUps()).toBe(0);
  });

  it('leaves no trace in a page run: a short form the warm-up text defines is not linked on the page', async () => {
    const finder = createMentionFinder(async () => [], companies.index, STEP_BUDGET_MS, 0);
    await finder.prepare();
    expect((await finder.find('Northgate said the deal would close in May.', {}, 'run-1')).companies).toEqual([]);
  });

  it('has a warm-up text that goes through both scripts: amounts in words, symbols and Chinese units, data names and a name the data does not hold', async () => {
    const found = findMentions(WARM_UP_TEXT, { companies: matcherFromCompactIndex(await companies.index()) });
    expect(new Set(found.money.map((m) => m.currency))).toEqual(new Set(['USD', 'CNY', 'HKD']));
    const ids = found.companies.map((c) => c.id);
    expect(ids).toEqual(expect.arrayContaining(['tencent', 'alibaba-group', 'unknown:northgate-robotics']));
    expect(found.companies.some((c) => /^[\u4e00-\u9fff]/.test(c.text) && !c.id.startsWith('unknown:'))).toBe(true);
    expect(found.companies.some((c) => /^[\u4e00-\u9fff]/.test(c.text) && c.id.startsWith('unknown:'))).toBe(true);
  });
});

describe('mention finder: no page holds up another', () => {
  it('refuses a text longer than two slices (a page sends at most one), so no request holds the background long', async () => {
    const finder = createMentionFinder(async () => [], companies.index);
    await expect(finder.find('Tencent '.repeat(MAX_FIND_TEXT_CHARS / 8 + 1), {}, 'hostile')).rejects.toThrow(/longer than/);
    expect((await finder.find('Tencent '.repeat(MAX_FIND_TEXT_CHARS / 8 - 1), {}, 'fine')).companies.length).toBeGreaterThan(0);
  });

  it('answers the runs in turn: a request of another page waits for one part of a slice of the first page, not all of them', async () => {
    const finder = createMentionFinder(async () => [], companies.index, 0);
    await finder.find('Tencent', {}, 'warm-up');
    const answered: string[] = [];
    const ask = (run: string, i: number) => finder.find(run === 'other-tab' ? 'Tencent and Alibaba Group met.' : 'Tencent and Alibaba Group met. '.repeat(400), {}, run).then(() => answered.push(`${run} ${i}`));
    const asked = [0, 1, 2, 3, 4].map((i) => ask('long-page', i));
    asked.push(ask('other-tab', 0));
    await Promise.all(asked);
    expect(answered.indexOf('other-tab 0')).toBe(0);
    // Each page's own slices keep their order (they share the page's memory).
    expect(answered.filter((a) => a.startsWith('long-page'))).toEqual([0, 1, 2, 3, 4].map((i) => `long-page ${i}`));
  });

  it('reads a long slice in parts cut between blocks, with the mentions the whole slice has, at its offsets', async () => {
    const block = 'Tencent agreed to pay 2.5 billion yuan (equivalent to $342 million) for a stake, Alibaba Group said. ';
    const text = Array.from({ length: 120 }, (_, i) => `${i}: ${block}`).join('\n');
    expect(text.length).toBeGreaterThan(3 * STEP_CHARS);
    const whole = findMentions(text, { context: {}, companies: matcherFromCompactIndex(await companies.index(), []), page: createPageMemory() });
    const finder = createMentionFinder(async () => [], companies.index, 0);
    const { ticks, result } = await ticksDuring(() => finder.find(text, {}, 'one-page'));
    expect(result).toEqual(whole);
    expect(result.money.filter((m) => m.equivalentOf !== undefined)).toHaveLength(120);
    // A step for each part at least: other tasks ran between them.
    expect(ticks).toBeGreaterThanOrEqual(3);
  });

  it('lets other tasks run between two steps (here a request each)', async () => {
    const finder = createMentionFinder(async () => [], companies.index, 0);
    await finder.find('Tencent', {}, 'warm-up');
    const { ticks } = await ticksDuring(() => Promise.all([0, 1, 2, 3, 4, 5].map(() => finder.find('Tencent and Alibaba Group met. '.repeat(400), {}, 'long-page'))));
    expect(ticks).toBeGreaterThanOrEqual(5);
  });
});
