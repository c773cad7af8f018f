// The article's publication date, from the most explicit evidence the page gives, in this order:
// JSON-LD datePublished, meta tags, <time datetime>, a date in the URL.

export interface ArticleDate {
  day: string;
  source: string;
}

const META_NAMES = [
  'article:published_time', 'og:published_time', 'datePublished', 'pubdate', 'publishdate',
  'date', 'dc.date.issued', 'dc.date', 'parsely-pub-date', 'sailthru.date',
];

/** "2023-10-13T08:00:00+08:00" → "2023-10-13" as written by the publisher (its own calendar day). */
export function dayOf(value: string | null | undefined): string | null {
  const m = value?.trim().match(/^(\d{4})-(\d{2})-(\d{2})/);
  if (!m) return null;
  const [, y, mo, d] = m;
  return +mo! >= 1 && +mo! <= 12 && +d! >= 1 && +d! <= 31 ? `${y}-${mo}-${d}` : null;
}

function fromJsonLd(doc: Document): string | null {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const stack: unknown[] = [JSON.parse(script.textContent ?? '')];
      while (stack.length) {
        const item = stack.pop();
        if (Array.isArray(item)) stack.push(...item);
        else if (item && typeof item === 'object') {
          const record = item as Record<string, unknown>;
          const day = typeof record.datePublished === 'string' ? dayOf(record.datePublished) : null;
          if (day) return day;
          if (record['@graph']) stack.push(record['@graph']);
        }
      }
    } catch {
      // Broken JSON-LD is common; the next source decides.
    }
  }
  return null;
}

export function detectArticleDate(doc: Document, url: string): ArticleDate | null {
  const jsonLd = fromJsonLd(doc);
  if (jsonLd) return { day: jsonLd, source: 'JSON-LD datePublished' };
  for (const name of META_NAMES) {
    const meta = doc.querySelector(`meta[property="${name}" i], meta[name="${name}" i], meta[itemprop="${name}" i]`);
    const day = dayOf(meta?.getAttribute('content'));
    if (day) return { day, source: `meta ${name}` };
  }
  const time = doc.querySelector('article time[datetime], time[datetime]');
  const timeDay = dayOf(time?.getAttribute('datetime'));
  if (timeDay) return { day: timeDay, source: '<time datetime>' };
  const inUrl = url.match(/\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:\/|$|[^\d])/);
  if (inUrl) {
    const day = dayOf(`${inUrl[1]}-${inUrl[2]!.padStart(2, '0')}-${inUrl[3]!.padStart(2, '0')}`);
    if (day) return { day, source: 'date in the URL' };
  }
  return null;
}
