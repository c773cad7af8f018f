// Collects the publication-date evidence of the live page; the pure core picks the date.
import { DATE_META_KEYS, pickArticleDate, type ArticleDate } from '../core/text/article-date';

export type { ArticleDate };

export function detectArticleDate(doc: Document, url: string): ArticleDate | null {
  const meta: { key: string; content: string }[] = [];
  for (const el of doc.querySelectorAll('meta[content]')) {
    const key = el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop');
    if (key && DATE_META_KEYS.includes(key.toLowerCase())) meta.push({ key, content: el.getAttribute('content') ?? '' });
  }
  return pickArticleDate({
    jsonLd: [...doc.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent ?? ''),
    meta,
    times: firstOf(doc.querySelectorAll('article time[datetime], time[datetime]'), 20).map((t) => t.getAttribute('datetime') ?? ''),
    url,
  });
}

/** The first `n` items of a list (a live blog has thousands of <time>s; the first valid one wins). */
function firstOf<T extends Node>(list: NodeListOf<T>, n: number): T[] {
  const items: T[] = [];
  for (let i = 0; i < Math.min(n, list.length); i++) items.push(list[i]!);
  return items;
}
