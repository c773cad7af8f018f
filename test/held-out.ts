// The part of each evaluation set kept aside: one item in five, chosen by a hash of its key so the
// split is stable as sets grow. Rules are written against the rest; `npm run eval -- <set> --held-out`
// scores the held-out part, once, at the end of a piece of work.

/** FNV-1a over the key's UTF-16 units. */
function hash(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

export const isHeldOut = (key: string): boolean => hash(key) % 5 === 0;

export function splitSet<T>(items: readonly T[], keyOf: (item: T, index: number) => string): { dev: T[]; heldOut: T[] } {
  const dev: T[] = [];
  const heldOut: T[] = [];
  items.forEach((item, i) => (isHeldOut(keyOf(item, i)) ? heldOut : dev).push(item));
  return { dev, heldOut };
}
