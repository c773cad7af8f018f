// Deal reading cost (issue 17, item 6): the share of the engine's time spent reading deals on the
// 8,000-word article and the 100,000-word live blog, and its growth on 1 MB of deal sentences and of
// list-like investor sentences (in our own words, made up for the bench). Goals: deals ≤ 10% of the
// engine's time; 1 MB of either family ≤ 2 s, and linear growth (the time per MB at 1 MB at most 1.25×
// the time per MB at 256 KB). The engine timed is the shipped bundle (shipped-engine.ts).
import { companies } from '../src/data/companies';
import { median, megabytes } from './bench-stats';
import { generateArticle } from './generate-article';
import { shippedEngine } from './shipped-engine';

const RUNS = 5;
const GOALS = { dealShare: 0.1, msPerMb: 2000, growth: 1.25 };

const DEAL_SENTENCES = [
  'Berlin-based Kelvara has raised €12m in a Series A led by Feldberg Ventures, with Spreewald Capital also taking part.',
  'Tencent agreed to buy a 40% stake in Harbourline Logistics for $330 million in cash.',
  'Northgate Mining Corp said it would acquire Tamarack Copper Ltd. for C$2.1 billion, its largest deal.',
  '智谱AI完成25亿元B轮融资，由阿里巴巴领投，腾讯、美团跟投。',
  'Lumora Robotics priced its IPO at $18 a share, raising $240 million, and began trading on Nasdaq.',
];
const LIST_SENTENCES = [
  'Investors in the round include Alibaba, Tencent, Meituan, Xiaomi, HongShan, Sequoia Capital, Nvidia and Microsoft, the company said.',
  'Existing backers Feldberg Ventures, Spreewald Capital, Oderbruch Partners, Kalpa Capital and Meridian Arc also took part, joined by angels Priya Raman and Sam Okafor.',
  '投资方包括阿里巴巴、腾讯、美团、小米、红杉中国、高瓴、启明创投和深创投等机构。',
];

function textOf(sentences: readonly string[], chars: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < chars; i++) {
    const s = sentences[i % sentences.length]!;
    parts.push(i % 4 === 3 ? `${s}\n` : s);
    size += s.length + 1;
  }
  return parts.join(' ');
}

export async function benchDeals(): Promise<{ lines: string[]; json: unknown }> {
  const { createCompanyMatcher, extractDeals, findMentions } = await shippedEngine();
  const matcher = createCompanyMatcher(companies);
  const time = (run: () => unknown): number => {
    const t0 = performance.now();
    run();
    return performance.now() - t0;
  };
  const lines = ['deal reading (the shipped bundle; median of 5 runs after a warm-up)'];
  const json: Record<string, unknown> = {};
  const goals: { goal: string; met: boolean }[] = [];

  for (const [label, words] of [['8,000-word article', 8_000], ['100,000-word live blog', 100_000]] as const) {
    const text = generateArticle(words);
    const found = findMentions(text, { companies: matcher });
    extractDeals(text, found.money, found.companies);
    const mentions: number[] = [];
    const deals: number[] = [];
    for (let k = 0; k < RUNS; k++) {
      let m: ReturnType<typeof findMentions> | undefined;
      mentions.push(time(() => (m = findMentions(text, { companies: matcher }))));
      deals.push(time(() => extractDeals(text, m!.money, m!.companies)));
    }
    const share = median(deals) / (median(mentions) + median(deals));
    lines.push(`  ${label.padEnd(24)} mentions ${median(mentions).toFixed(1)} ms, deals ${median(deals).toFixed(1)} ms → deals ${(100 * share).toFixed(1)}% of the engine`);
    goals.push({ goal: `${label}: deal reading ≤ ${100 * GOALS.dealShare}% of the engine's time`, met: share <= GOALS.dealShare });
    json[label] = { mentionsMs: median(mentions), dealsMs: median(deals), share };
  }

  for (const [label, sentences] of [['deal sentences', DEAL_SENTENCES], ['investor lists', LIST_SENTENCES]] as const) {
    const per: Record<string, number> = {};
    for (const chars of [256 * 1024, 1024 * 1024]) {
      const text = textOf(sentences, chars);
      const runs: number[] = [];
      for (let k = 0; k < 3; k++) {
        runs.push(time(() => {
          const m = findMentions(text, { companies: matcher });
          extractDeals(text, m.money, m.companies);
        }));
      }
      per[chars] = median(runs) / megabytes(text.length);
      json[`${label} ${chars}`] = { ms: median(runs), mb: megabytes(text.length) };
    }
    const oneMb = per[1024 * 1024]!;
    const growth = oneMb / per[256 * 1024]!;
    lines.push(`  ${label.padEnd(24)} ${oneMb.toFixed(0)} ms per MB at 1 MB (${per[256 * 1024]!.toFixed(0)} ms per MB at 256 KB; per-MB ratio ${growth.toFixed(2)})`);
    goals.push({ goal: `${label}: 1 MB read (mentions and deals) in ≤ ${GOALS.msPerMb} ms`, met: oneMb <= GOALS.msPerMb });
    goals.push({ goal: `${label}: linear (time per MB at 1 MB ≤ ${GOALS.growth}× that at 256 KB)`, met: growth <= GOALS.growth });
  }
  for (const g of goals) lines.push(`  goal: ${g.goal.padEnd(80)} ${g.met ? 'MET' : 'NOT MET'}`);
  return { lines, json: { ...json, goals } };
}
