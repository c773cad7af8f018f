// HTML → text for the CLI, block by block like the content script reads a live page
// (same tag tables), so a file and the page it came from give the same mentions.
import { Parser } from 'htmlparser2';
import { DATE_META_KEYS, pickArticleDate, type DateEvidence } from '../core/text/article-date';
import { flattenLineBreaks, INLINE_TAGS, SKIPPED_TAGS } from '../core/text/html-blocks';
import type { PageContext } from '../core/types';

export interface HtmlText {
  text: string;
  lang?: string;
  /** The publication date the page declares, chosen as the extension chooses it. */
  date?: string;
  /** The site's own name (og:site_name or application-name), a publisher rather than a company. */
  siteName?: string;
  /** The host the saved page says it came from (its canonical link or og:url), as the extension knows its page's. */
  domain?: string;
}

/** The host of an http(s) address, or undefined ("https://www.bbc.com/news/x" → "www.bbc.com"). */
function hostOf(address: string | undefined): string | undefined {
  const m = /^https?:\/\/([a-z0-9.-]{1,253})(?=[/:?#]|$)/i.exec(address?.trim() ?? '');
  return m?.[1]!.toLowerCase();
}

export function htmlToText(html: string, url = ''): HtmlText {
  const evidence: DateEvidence = { jsonLd: [], meta: [], times: [], url };
  const blocks: string[] = [];
  let line = '';
  let skipDepth = 0;
  const result: HtmlText = { text: '' };
  let jsonLd: string | null = null;
  const endBlock = () => {
    if (line.trim()) blocks.push(line.replace(/ {2,}/g, ' ').trim());
    line = '';
  };
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        const tag = name.toUpperCase();
        if (tag === 'HTML' && attrs.lang) result.lang = attrs.lang;
        if (tag === 'META') {
          const key = attrs.property ?? attrs.name ?? attrs.itemprop ?? '';
          if (DATE_META_KEYS.includes(key.toLowerCase()) && attrs.content) evidence.meta.push({ key, content: attrs.content });
          if (/^(?:og:site_name|application-name)$/i.test(key) && attrs.content?.trim() && !result.siteName) result.siteName = attrs.content.trim().slice(0, 100);
          if (/^og:url$/i.test(key) && !result.domain) result.domain = hostOf(attrs.content);
        }
        if (tag === 'LINK' && /(?:^|\s)canonical(?:\s|$)/i.test(attrs.rel ?? '') && !result.domain) result.domain = hostOf(attrs.href);
        if (tag === 'TIME' && attrs.datetime) evidence.times.push(attrs.datetime);
        if (tag === 'SCRIPT' && attrs.type === 'application/ld+json') jsonLd = '';
        if (skipDepth || SKIPPED_TAGS.has(tag) || 'hidden' in attrs || (attrs.contenteditable !== undefined && attrs.contenteditable !== 'false')) {
          skipDepth++;
          return;
        }
        if (tag === 'BR' || !INLINE_TAGS.has(tag)) endBlock();
      },
      ontext(data) {
        if (jsonLd !== null) jsonLd += data;
        if (!skipDepth) line += flattenLineBreaks(data);
      },
      onclosetag(name) {
        const tag = name.toUpperCase();
        if (tag === 'SCRIPT' && jsonLd !== null) {
          evidence.jsonLd.push(jsonLd);
          jsonLd = null;
        }
        if (skipDepth) {
          // htmlparser2 closes every tag it opened (void and implied ones too), so depth balances.
          skipDepth--;
          return;
        }
        if (!INLINE_TAGS.has(tag)) endBlock();
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  endBlock();
  result.text = blocks.join('\n');
  result.domain ??= hostOf(url);
  const date = pickArticleDate(evidence);
  if (date) result.date = date.day;
  return result;
}

/** What the saved page tells about itself, as the extension's page context. */
export function pageContextOf(page: HtmlText): PageContext {
  const { lang, date, siteName, domain } = page;
  return { ...(lang && { lang }), ...(date && { date }), ...(siteName && { siteName }), ...(domain && { domain }) };
}

export function looksLikeHtml(text: string, fileName?: string): boolean {
  if (fileName && /\.x?html?$/i.test(fileName)) return true;
  return /^\s*(<!doctype html|<html[\s>])/i.test(text) || /<(p|div|article|body)[\s>]/i.test(text.slice(0, 4096));
}
