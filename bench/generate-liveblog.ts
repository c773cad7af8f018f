// A 100,000-word live blog, generated deterministically from the benchmark article's own sentences
// (bench/generate-article.ts): thousands of short timestamped entries, each with an inline link and
// the article's bold company names, so the page has ~30,000 text nodes. The bench prints what it got.
import { generateArticle } from './generate-article';

/** The visible words of an HTML fragment (tags stripped, split on whitespace). */
export function countWords(html: string): number {
  return html.replace(/<[^>]*>/g, ' ').split(/\s+/).filter(Boolean).length;
}

/** Sentences of the generated article, in order, with their inline markup. */
export function articleSentences(words: number, seed: number): string[] {
  const body = generateArticle(words, seed);
  const paragraphs = [...body.matchAll(/<p>(.*?)<\/p>/g)].map((m) => m[1]!);
  return paragraphs.flatMap((p) => p.split(/(?<=[.。])\s+(?=[A-Z<\u4e00-\u9fff])|(?<=。)/).filter((s) => s.trim().length > 0));
}

const TAGS = ['Funding', 'Markets', 'Policy', 'Chips', 'Cloud'];

export function generateLiveBlog(words = 100_000, seed = 7): string {
  // The article generator's word count is approximate: ask for more and stop at `words`.
  const sentences = articleSentences(Math.ceil(words * 1.1), seed);
  const entries: string[] = [];
  let count = 0;
  let minute = 23 * 60 + 59;
  for (let i = 0; count < words && i < sentences.length; i++) {
    const time = `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
    minute = (minute + 24 * 60 - 1) % (24 * 60);
    // The entry's first word (or bold company) links to the entry.
    const text = sentences[i]!.replace(/^(<b>[^<]*<\/b>|\S+)/, `<a href="#e${entries.length}">$1</a>`);
    // Most entries carry a topic label of their own.
    const tag = entries.length % 4 === 3 ? '' : `<span class="tag">${TAGS[entries.length % TAGS.length]}</span> `;
    const entry = `<li class="entry" id="e${entries.length}"><time datetime="2023-10-20T${time}">${time}</time> ${tag}<p>${text}</p></li>`;
    count += countWords(entry);
    entries.push(entry);
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Live: AI deals, minute by minute</title>
<meta property="article:published_time" content="2023-10-20T00:00:00Z">
<style>body{max-width:42rem;margin:1rem auto;font:16px/1.6 serif}ol{list-style:none;padding:0}.entry{margin:0 0 1rem}.entry time{font:bold 13px sans-serif;color:#a00}.entry p{margin:.2rem 0}.tag{font:11px sans-serif;text-transform:uppercase}</style></head>
<body><main><h1>Live: AI deals, minute by minute</h1>
<ol class="live">
${entries.join('\n')}
</ol></main></body></html>`;
}
