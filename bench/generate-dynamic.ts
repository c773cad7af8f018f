// An article that keeps growing: a generated article (bench/generate-article.ts) whose page script
// appends more of the same paragraphs in batches, one batch per interval, once the bench calls
// window.__startBatches(). The page times its own work per batch with performance.now():
// `append` = building the batch's nodes and inserting them, `layout` = the forced layout after it,
// `frame` = the rendering of the next frame (from its requestAnimationFrame to a message posted there).
import { generateArticle } from './generate-article';

export interface DynamicOptions {
  baseWords: number;
  batches: number;
  batchSize: number;
  intervalMs: number;
  seed?: number;
}

export const DYNAMIC_DEFAULTS: DynamicOptions = { baseWords: 2_000, batches: 20, batchSize: 10, intervalMs: 100 };

/** What the page records for each batch (milliseconds, page clock). */
export interface BatchTiming {
  index: number;
  start: number;
  append: number;
  layout: number;
  frame: number;
}

/** The HTML of each batch: paragraphs of another article from the same generator. */
export function dynamicBatches(options: DynamicOptions = DYNAMIC_DEFAULTS): string[] {
  const { batches, batchSize, seed = 11 } = options;
  const wanted = batches * batchSize;
  // About 60 words a paragraph: ask for enough.
  const more = [...generateArticle(wanted * 80, seed).matchAll(/<p>.*?<\/p>/g)].map((m) => m[0]).slice(0, wanted);
  if (more.length < wanted) throw new Error(`generator gave ${more.length} paragraphs, wanted ${wanted}`);
  return Array.from({ length: batches }, (_, b) => more.slice(b * batchSize, (b + 1) * batchSize).join(''));
}

export function generateDynamicArticle(options: DynamicOptions = DYNAMIC_DEFAULTS): string {
  const { baseWords, intervalMs } = options;
  const base = generateArticle(baseWords);
  const batchHtml = dynamicBatches(options);
  const script = `<script>
(() => {
  const BATCHES = ${JSON.stringify(batchHtml)};
  const timings = [];
  window.__batchTimings = timings;
  window.__startBatches = () => new Promise((resolve) => {
    const article = document.querySelector('article');
    let index = 0;
    const step = () => {
      const rec = { index, start: performance.now(), append: 0, layout: 0, frame: -1 };
      const t0 = performance.now();
      const template = document.createElement('template');
      template.innerHTML = BATCHES[index];
      article.append(template.content);
      const t1 = performance.now();
      // The bench's mutation counter drops the page's own records (no-op without the bench).
      if (window.__benchMutations) window.__benchMutations.discardPageOwn();
      const t2 = performance.now();
      void article.offsetHeight;
      rec.append = t1 - t0;
      rec.layout = performance.now() - t2;
      requestAnimationFrame(() => {
        const f0 = performance.now();
        const channel = new MessageChannel();
        channel.port1.onmessage = () => { rec.frame = performance.now() - f0; };
        channel.port2.postMessage(0);
      });
      timings.push(rec);
      index++;
      if (index < BATCHES.length) setTimeout(step, ${intervalMs});
      else setTimeout(resolve, ${intervalMs});
    };
    step();
  });
})();
</script>`;
  return base.replace('</body>', `${script}\n</body>`);
}
