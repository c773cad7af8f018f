// The article's publication date from the evidence a page gives, most explicit first:
// JSON-LD datePublished, meta tags, <time datetime>, a date in the URL. The content script and
// the CLI collect the evidence (from a live DOM or parsed HTML); the choice is made here.

export interface ArticleDate {
  day: string;
  source: string;
}

export interface DateEvidence {
  /** Text of each <script type="application/ld+json">. */
  jsonLd: string[];
  /** Meta tags as (property | name | itemprop, content), in page order. */
  meta: { key: string; content: string }[];
  /** datetime attributes of <time> elements, the article's first. */
  times: string[];
  url: string;
}

/** Meta keys that carry a publication date, most trusted first. */
export const DATE_META_KEYS = [
  'article:published_time', 'og:published_time', 'datepublished', 'pubdate', 'publishdate',
  'date', 'dc.date.issued', 'dc.date', 'parsely-pub-date', 'sailthru.date',
];

/** "2023-10-13T08:00:00+08:00" → "2023-10-13", the calendar day as the publisher wrote it. */
export function dayOf(value: string | null | undefined): string | null {
  const m = value?.trim().match(/^(\d{4})-(\d{2})-(\d{2})/);
  if (!m) return null;
  const [, y, mo, d] = m;
  return +y! >= 1990 && +mo! >= 1 && +mo! <= 12 && +d! >= 1 && +d! <= 31 ? `${y}-${mo}-${d}` : null;
}

function fromJsonLd(texts: string[]): string | null {
  for (const text of texts) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      continue; // Broken JSON-LD is common; the next piece of evidence decides.
    }
    const stack: unknown[] = [parsed];
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
  }
  return null;
}

export function pickArticleDate(evidence: DateEvidence): ArticleDate | null {
  const jsonLd = fromJsonLd(evidence.jsonLd);
  if (jsonLd) return { day: jsonLd, source: 'JSON-LD datePublished' };
  for (const key of DATE_META_KEYS) {
    for (const meta of evidence.meta) {
      if (meta.key.toLowerCase() !== key) continue;
      const day = dayOf(meta.content);
      if (day) return { day, source: `meta ${key}` };
    }
  }
  for (const time of evidence.times) {
    const day = dayOf(time);
    if (day) return { day, source: '<time datetime>' };
  }
  const inUrl = evidence.url.match(/\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:[/._-]|$)/);
  if (inUrl) {
    const day = dayOf(`${inUrl[1]}-${inUrl[2]!.padStart(2, '0')}-${inUrl[3]!.padStart(2, '0')}`);
    if (day) return { day, source: 'date in the URL' };
  }
  return null;
}
