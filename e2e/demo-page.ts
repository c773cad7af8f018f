import type { PageDriver } from './driver';

/**
 * Where to click "2.5 billion yuan" on the demo article: the amount in its first paragraph (the
 * headline repeats it), at the centre of its first line box. Shared by the e2e run and `npm start`.
 */
export function demoAmountPoint(page: PageDriver): Promise<{ x: number; y: number } | null> {
  return page.evaluate(() => {
    for (const r of CSS.highlights.get('deallens-money') ?? []) {
      const range = r as Range;
      const b = range.getClientRects()[0];
      if (b && range.toString() === '2.5 billion yuan' && range.startContainer.parentElement?.closest('p')) return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
    }
    return null;
  }, null);
}
