import { describe, expect, it } from 'vitest';
import { dayOf, pickArticleDate, type DateEvidence } from './article-date';

const none: DateEvidence = { jsonLd: [], meta: [], times: [], url: 'https://example.com/news/story' };

describe('pickArticleDate', () => {
  it('prefers JSON-LD, then meta tags, then <time>, then the URL', () => {
    const all: DateEvidence = {
      jsonLd: ['{"@type":"NewsArticle","datePublished":"2023-10-20T09:30:00+08:00"}'],
      meta: [{ key: 'article:published_time', content: '2023-10-19T00:00:00Z' }],
      times: ['2023-10-18'],
      url: 'https://example.com/2023/10/17/story',
    };
    expect(pickArticleDate(all)).toEqual({ day: '2023-10-20', source: 'JSON-LD datePublished' });
    expect(pickArticleDate({ ...all, jsonLd: [] })).toEqual({ day: '2023-10-19', source: 'meta article:published_time' });
    expect(pickArticleDate({ ...all, jsonLd: [], meta: [] })).toEqual({ day: '2023-10-18', source: '<time datetime>' });
    expect(pickArticleDate({ ...none, url: all.url })).toEqual({ day: '2023-10-17', source: 'date in the URL' });
  });

  it('reads JSON-LD graphs and arrays and skips broken JSON-LD', () => {
    expect(pickArticleDate({ ...none, jsonLd: ['{broken', '[{"@graph":[{"@type":"WebPage"},{"datePublished":"2021-03-04"}]}]'] })?.day).toBe('2021-03-04');
  });

  it('ranks meta keys by trust, whatever their order on the page', () => {
    const meta = [{ key: 'date', content: '2020-01-01' }, { key: 'og:published_time', content: '2020-02-02T10:00:00Z' }];
    expect(pickArticleDate({ ...none, meta })).toEqual({ day: '2020-02-02', source: 'meta og:published_time' });
  });

  it('finds dates in URLs written several ways, and none where there is none', () => {
    expect(pickArticleDate({ ...none, url: 'https://www.scmp.com/tech/article/2023-10-20/zhipu' })?.day).toBe('2023-10-20');
    expect(pickArticleDate({ ...none, url: 'https://example.com/2023/1/5/x' })?.day).toBe('2023-01-05');
    expect(pickArticleDate(none)).toBeNull();
    expect(pickArticleDate({ ...none, url: 'https://example.com/item/20231020' })).toBeNull();
  });

  it('rejects impossible days', () => {
    expect(dayOf('2023-13-01')).toBeNull();
    expect(dayOf('2023-02-00')).toBeNull();
    expect(dayOf('yesterday')).toBeNull();
    expect(dayOf(' 2023-10-20T00:00')).toBe('2023-10-20');
  });
});
