// A long news article, generated deterministically: deal-news sentences with companies and money
// figures in the forms DealLens reads, mixed with plain prose, inline markup and Chinese sentences.
// Density is set to busy deal news: about one company mention per 20 words and one amount per 60
// (a wire story on a funding round); the bench prints the counts it got.
import { prng } from './bench-stats';

const COMPANIES = ['Alibaba Group', 'Tencent Holdings Ltd.', 'Zhipu', 'Ant Group', 'Xiaomi Corp.', 'HongShan', 'Meituan', 'Baichuan', 'OpenAI', 'Microsoft Corp.', 'Google', 'Baidu Inc.', 'Nvidia Corp.'];
const AMOUNTS = ['2.5 billion yuan', '$342 million', '$300 million', 'RMB1.5bn', 'HK$3.5 billion', '€40 million', 'US$2 billion', '$1.2bn'];
const FILLER =
  'the market for large language models kept growing as investors weighed the cost of training against the revenue that enterprise customers might bring over the next several years while regulators studied the rules'.split(' ');
const ZH = ['阿里巴巴向智谱注资25亿元。', '腾讯参与了百川智能3亿美元融资。', '小米和美团也在投资方之列。'];


export function generateArticle(words: number, seed = 42): string {
  const rand = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const paragraphs: string[] = [];
  let count = 0;
  while (count < words) {
    const sentences: string[] = [];
    for (let s = 0; s < 4; s++) {
      const filler = Array.from({ length: 10 + Math.floor(rand() * 10) }, () => pick(FILLER)).join(' ');
      const roll = rand();
      if (roll < 0.35) {
        const company = rand() < 0.3 ? `<b>${pick(COMPANIES)}</b>` : pick(COMPANIES);
        sentences.push(`${company} said ${filler}, after a round of ${pick(AMOUNTS)} led by ${pick(COMPANIES)}.`);
        count += filler.split(' ').length + 9;
      } else if (roll < 0.55) {
        sentences.push(`People familiar with ${pick(COMPANIES)} said ${filler}.`);
        count += filler.split(' ').length + 5;
      } else {
        sentences.push(`${filler[0]!.toUpperCase()}${filler.slice(1)}.`);
        count += filler.split(' ').length;
      }
    }
    if (rand() < 0.05) sentences.push(pick(ZH));
    paragraphs.push(`<p>${sentences.join(' ')}</p>`);
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Benchmark article</title>
<meta property="article:published_time" content="2023-10-20T08:00:00Z">
<style>body{max-width:42rem;margin:1rem auto;font:16px/1.6 serif}</style></head>
<body><article><h1>A long day of AI deals</h1>
${paragraphs.join('\n')}
</article></body></html>`;
}
