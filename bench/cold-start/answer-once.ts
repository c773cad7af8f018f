// The measuring half of a cold-start run (bench/cold-start.ts): times the first answer from the moment
// Node started reading the bundle (globalThis.__t0, set by an --import before it), and prints one JSON line.
import fs from 'node:fs';
import type { CompanyMention, MoneyMention, PageContext } from '../../src/core/types';

type Find = (text: string, context: PageContext) => Promise<{ money: MoneyMention[]; companies: CompanyMention[] }>;

export async function answerOnce(find: Find): Promise<void> {
  const t0 = (globalThis as { __t0?: number }).__t0 ?? 0;
  // Every module of the bundle has run by now: the data is parsed.
  const modulesMs = performance.now() - t0;
  const text = fs.readFileSync(process.env.COLD_START_TEXT!, 'utf8');
  const started = performance.now();
  const found = await find(text, { lang: 'en' });
  const answeredMs = performance.now() - t0;
  const again = performance.now();
  await find(text, { lang: 'en' });
  const warmMs = performance.now() - again;
  (globalThis as { gc?: () => void }).gc?.();
  const heapMB = process.memoryUsage().heapUsed / 2 ** 20;
  // The matcher's own load (mention-finder.ts measures it; the baseline entry too).
  const matcher = performance.getEntriesByName('deallens:matcher', 'measure')[0];
  console.log(
    JSON.stringify({
      modulesMs,
      matcherReadyMs: matcher ? matcher.startTime + matcher.duration - t0 : null,
      matcherMs: matcher?.duration ?? null,
      firstAnswerMs: answeredMs - (started - t0),
      answeredMs,
      warmMs,
      heapMB,
      companies: found.companies.map((c) => `${c.start}:${c.id}`),
    }),
  );
}
