// Share and follow buttons and the link rows of a page's header and footer name social networks
// ("Share on Facebook", "Follow us on LinkedIn", "Terms · Privacy · LinkedIn · X", "分享到：微信 微博
// QQ空间"): the network as a place to post, not its company in the story (issue 16, item 5: real
// pages). A network's name is dropped there and only there:
//   - right after a share or follow phrase on its line ("Share on", "Follow us on", "分享到："), other
//     networks' buttons between ("分享 LINE Facebook"), or
//   - on a line made only of such words: networks, and the words of share buttons and footer links
//     (share, email, print, terms, privacy, cookies, 分享, 复制链接 …), split at spaces and separators.
// "Facebook shares rose" and "LinkedIn, owned by Microsoft," stay: a sentence is not made of those words.

import type { CompanyMention } from '../types';

/** Social networks and messaging apps as share and follow buttons name them (lowercase). */
const NETWORKS = new Set([
  'facebook', 'linkedin', 'twitter', 'x', 'instagram', 'youtube', 'tiktok', 'pinterest', 'reddit', 'snapchat', 'telegram',
  'whatsapp', 'wechat', 'weibo', 'line', 'threads', 'flipboard', 'tumblr', 'mastodon', 'bluesky', 'xing', 'vk',
  '微博', '新浪微博', '微信', '抖音', 'qq', 'qq空间', '今日头条', '头条', '小红书', '豆瓣', '知乎', '哔哩哔哩', 'b站',
]);

/** The other words of share buttons and footer link rows (lowercase; Chinese in simplified characters). */
const CHROME_WORDS = new Set([
  'share', 'shares', 'share this', 'on', 'to', 'via', 'with', 'us', 'follow', 'like', 'find', 'join', 'connect', 'email', 'e-mail', 'mail', 'print',
  'copy', 'link', 'url', 'comment', 'comments', 'save', 'bookmark', 'subscribe', 'newsletter', 'newsletters', 'rss', 'feed', 'terms',
  'privacy', 'policy', 'cookie', 'cookies', 'settings', 'contact', 'advertise', 'advertising', 'about', 'careers', 'help', 'faq', 'sitemap',
  'accessibility', 'this', 'article', 'story', 'page', 'the', 'and', 'of', 'use', 'conditions', 'notice', 'sign', 'up', 'in', 'log', 'app', 'apps',
  '&', 'tweet', 'post', 'send', 'more',
  '分享', '分享到', '分享至', '关注', '关注我们', '复制链接', '复制连结', '复制', '链接', '收藏', '打印', '评论', '扫一扫', '扫码', '朋友圈', '客户端', '下载',
]);

/** "Share on ", "Follow us on ", "Share this article via ", "分享到：", at the end of what comes before the name on its line. */
const SHARE_BEFORE = /(?:\b(?:share|post|tweet|follow(?: us)?|like us|find us|join us|connect with us)(?: (?:it|this(?: (?:article|story|page))?))? (?:on|to|via|at|with) ?|(?:分享到|分享至|分享|关注我们|关注)[：:]?\s*)$/i;

/** What comes before a name with the networks that end it taken off: "分享 LINE " → "分享 " (a row of share buttons). */
function withoutTrailingNetworks(before: string): string {
  let rest = before;
  for (let k = 0; k < 6; k++) {
    const last = /([^\s·|•/,，、：:]+)[\s·|•/,，、：:]*$/.exec(rest);
    if (!last || !NETWORKS.has(last[1]!.toLowerCase())) break;
    rest = rest.slice(0, last.index);
  }
  return rest;
}

/** Separators of link rows: spaces, middle dots, bars, bullets, slashes, commas and colons. */
const SEPARATORS = /[\s·|•/,，、：:()（）\u00b7\u2022]+/;

/** The line around [start, end), at most 160 characters each way, or undefined when it runs longer. */
function lineAround(text: string, start: number, end: number): string | undefined {
  let s = start;
  while (s > 0 && start - s <= 160 && text.charCodeAt(s - 1) !== 0x0a) s--;
  let e = end;
  while (e < text.length && e - end <= 160 && text.charCodeAt(e) !== 0x0a) e++;
  if (start - s > 160 || e - end > 160) return undefined;
  return text.slice(s, e);
}

/** Whether a mention is a social network named by a share or follow button or in a row of footer links. */
export function inShareChrome(text: string, m: CompanyMention): boolean {
  // Cheap gate: network names are short.
  if (m.end - m.start > 9 || !NETWORKS.has(m.text.toLowerCase())) return false;
  if (SHARE_BEFORE.test(withoutTrailingNetworks(text.slice(Math.max(0, m.start - 60), m.start)))) return true;
  const line = lineAround(text, m.start, m.end);
  // (Two words at least: a name alone on its line is a heading or a list item, a company as much as a button.)
  const words = line?.split(SEPARATORS).filter(Boolean);
  if (words && words.length >= 2 && words.every((w) => NETWORKS.has(w.toLowerCase()) || CHROME_WORDS.has(w.toLowerCase()))) return true;
  return inButtonRun(text, m);
}

/** How far a run of buttons is followed around a name (characters each way). */
const RUN_REACH = 80;

/**
 * "STORE Facebook Twitter RSS SHOP NOW", "Follow 247Sports Facebook Twitter instagram": a page's text puts a row of
 * buttons on one line with the menu around it. The name stands among networks and button words only, three networks
 * in the run at least, or two and a share or follow word.
 */
function inButtonRun(text: string, m: CompanyMention): boolean {
  const before = text.slice(Math.max(0, m.start - RUN_REACH), m.start).split(SEPARATORS);
  const after = text.slice(m.end, m.end + RUN_REACH).split(SEPARATORS);
  let networks = 1;
  let tokens = 1;
  let share = false;
  const take = (words: string[]) => {
    // The first word of `before` and the last of `after` may be cut: they end the run.
    for (const w of words) {
      if (w === '') continue;
      const lower = w.toLowerCase();
      if (NETWORKS.has(lower)) networks++;
      // (A sentence's small words end the run: "Facebook and Twitter said" names two companies.)
      else if (CHROME_WORDS.has(lower) && !SENTENCE_WORDS.has(lower)) share ||= /^(?:share|follow|分享|分享到|关注)$/.test(lower);
      else break;
      tokens++;
    }
  };
  take(before.slice(1).reverse());
  take(after.slice(0, -1));
  return networks >= 3 || (networks >= 2 && (share || tokens >= 3));
}
const SENTENCE_WORDS = new Set(['and', '&', 'the', 'of', 'on', 'to', 'in', 'with', 'via', 'us', 'this', 'like', 'use']);
