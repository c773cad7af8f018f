/**
 * Our demo article (demo/zhipu-2023.html) inside the built extension, for the first-run page's
 * "Try it on a sample article". Extension pages get no content scripts, so the build's copy loads
 * content.js and content.css itself (scripts/build.ts).
 */
export const DEMO_ARTICLE_PATH = 'demo/zhipu-2023.html';
