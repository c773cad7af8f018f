// Money engine throughput (issue 3, item 7): extractMoney on a large generated English/Chinese news
// text, beside Microsoft Recognizers-Text (the best peer engine) measured in the same run on a slice of
// the same text (it is too slow for the whole). Goals: ≥ 10 MB/s and ≥ 500× Recognizers-Text.
// The lead's bench/run.ts calls benchMoney(); BENCH_MONEY_MB sets the text size (default 3 MB).
import { Culture, recognizeCurrency } from '@microsoft/recognizers-text-number-with-unit';
import { extractMoney } from '../src/core/money/extract-money';
import { megabytes, prng, throughput } from './bench-stats';

const TEXT_MB = Number(process.env.BENCH_MONEY_MB ?? 3);
const RUNS = 7;
const PEER_SLICE_CHARS = 30_000;
const GOALS = { mbPerSec: 10, timesPeer: 500 };

// Sentence templates in our own words; slots are filled from the lists below.
const EN_TEMPLATES = [
  '{co} raised {en} in a round led by {co}, the company said on Tuesday.',
  'Analysts at the bank expect {co} to report revenue of {en}, up 12% from a year earlier.',
  '{co} agreed to buy a minority stake in {co} for {en}, according to a filing.',
  'The regulator fined {co} {en} for breaching data rules, the largest penalty this year.',
  'Shares of {co} rose 4.5% after the group announced a buyback of up to {en}.',
  'The fund, which closed in 2023, now manages about {en} across 40 companies.',
  '{co} said it would hire 2,000 engineers and spend {en} on new data centres.',
  'The deal values {co} at {en}, or roughly {en2}, people familiar with the matter said.',
  'Weekly active users passed 300 million in March, while costs stayed flat.',
  'The chief executive declined to comment on the talks, which began last autumn.',
];
const ZH_TEMPLATES = [
  '{zco}宣布完成{zh}融资，由{zco}领投。',
  '据知情人士透露，{zco}本轮估值约为{zh}，较上一轮上涨30%。',
  '{zco}今年第三季度营收{zh}，同比增长18%，净利润率有所提升。',
  '该基金首期募集{zh}，重点投资人工智能和新能源领域。',
  '{zco}表示，将在未来三年内投入{zh}用于研发，并新增员工5000人。',
  '监管部门对{zco}处以{zh}罚款，并要求其在2024年前完成整改。',
  '公司股价周二上涨5%，市场对其前景保持乐观。',
];
const COMPANIES = ['Alibaba', 'Tencent', 'Zhipu', 'Ant Group', 'Xiaomi', 'HongShan', 'Meituan', 'Baichuan', 'ByteDance', 'Nvidia'];
const ZH_COMPANIES = ['阿里巴巴', '腾讯', '智谱', '蚂蚁集团', '小米', '红杉中国', '美团', '百川智能', '字节跳动', '比亚迪'];
const EN_AMOUNTS = [
  '$342 million', '2.5 billion yuan', 'US$1.2bn', 'HK$3.5 billion', '€40 million', 'RMB 8 billion',
  'half a billion dollars', 'between $1bn and $2bn', '$2-3 billion', '£1.2bn', '¥500 billion', 'Rs 500 crore',
  'three million dollars', '$12.50 a share',
];
const EN_AMOUNTS_2 = ['$1.4 billion', '10 billion yuan', 'US$300 million', '€2bn'];
const ZH_AMOUNTS = ['25亿元', '3亿美元', '1.85亿元（约合2540万美元）', '数千万元', '二十五亿元', '20-30亿元', '超过10亿美元', '5000万港元', '近亿元', '１２０亿元人民币'];


/** A deterministic news text of about `mb` megabytes (UTF-16 code units / 2²⁰), paragraphs of
 * English and Chinese sentences (about one in four paragraphs Chinese). */
export function generateMoneyText(mb: number, seed = 7): string {
  const rand = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const target = mb * 1024 * 1024;
  const paragraphs: string[] = [];
  let size = 0;
  while (size < target) {
    const zh = rand() < 0.25;
    const sentences: string[] = [];
    for (let k = 0; k < 5; k++) {
      const t = zh ? pick(ZH_TEMPLATES) : pick(EN_TEMPLATES);
      sentences.push(t.replace(/\{(co|zco|en|en2|zh)\}/g, (_, slot: string) =>
        slot === 'co' ? pick(COMPANIES) : slot === 'zco' ? pick(ZH_COMPANIES) : slot === 'en' ? pick(EN_AMOUNTS)
          : slot === 'en2' ? pick(EN_AMOUNTS_2) : pick(ZH_AMOUNTS)));
    }
    const p = sentences.join(zh ? '' : ' ');
    paragraphs.push(p);
    size += p.length + 1;
  }
  return paragraphs.join('\n');
}



/** Recognizers-Text reads one culture at a time: English paragraphs with en-us, Chinese with zh-cn. */
function recognizersOver(text: string): number {
  let found = 0;
  for (const line of text.split('\n')) {
    const culture = /[\u4e00-\u9fff]/.test(line) ? Culture.Chinese : Culture.English;
    found += recognizeCurrency(line, culture).length;
  }
  return found;
}

export async function benchMoney(): Promise<{ lines: string[]; json: unknown }> {
  const text = generateMoneyText(TEXT_MB);
  const mentions = extractMoney(text).length;
  const ours = throughput(text, RUNS, (t) => extractMoney(t));

  // Same text, cut at a paragraph boundary, for the peer.
  const cut = text.indexOf('\n', PEER_SLICE_CHARS);
  const slice = text.slice(0, cut < 0 ? text.length : cut);
  const peerFound = recognizersOver(slice);
  const peer = throughput(slice, 3, recognizersOver);
  const oursOnSlice = extractMoney(slice).length;
  const ratio = ours.mbPerSec / peer.mbPerSec;

  const met = (ok: boolean) => (ok ? 'MET' : 'NOT MET');
  const lines = [
    `money engine throughput — ${megabytes(text.length).toFixed(2)} MB mixed English/Chinese news text, ${mentions} mentions`,
    `  DealLens extractMoney:  ${ours.mbPerSec.toFixed(1)} MB/s (median of ${RUNS}, ${ours.ms.toFixed(1)} ms per pass)`,
    `  Recognizers-Text:       ${peer.mbPerSec.toFixed(4)} MB/s on a ${(slice.length / 1024).toFixed(0)} K-char slice (${peer.ms.toFixed(0)} ms; ${peerFound} found vs ${oursOnSlice} by DealLens)`,
    `  ratio:                  ${ratio.toFixed(0)}×`,
    `  goal ≥ ${GOALS.mbPerSec} MB/s: ${met(ours.mbPerSec >= GOALS.mbPerSec)}`,
    `  goal ≥ ${GOALS.timesPeer}× Recognizers-Text: ${met(ratio >= GOALS.timesPeer)}`,
  ];
  return {
    lines,
    json: {
      textMB: megabytes(text.length),
      mentions,
      dealLens: { mbPerSec: ours.mbPerSec, msPerPass: ours.ms, runs: RUNS },
      recognizersText: { mbPerSec: peer.mbPerSec, msPerPass: peer.ms, sliceChars: slice.length, found: peerFound, dealLensFoundOnSlice: oursOnSlice },
      ratio,
      goals: { mbPerSec: GOALS.mbPerSec, timesPeer: GOALS.timesPeer, mbPerSecMet: ours.mbPerSec >= GOALS.mbPerSec, timesPeerMet: ratio >= GOALS.timesPeer },
    },
  };
}
