// A list laid out the way the reader's language writes one ("A, B, and C"; "A、B和C"), with each item
// kept as the caller's own node (an investor's filter button) between the language's separators.

/** The items in order with the separators as strings between them (Intl.ListFormat's parts). */
export function listParts<T>(items: readonly T[], names: (item: T) => string, locale: string): (T | string)[] {
  let parts: { type: string; value: string }[];
  try {
    parts = new Intl.ListFormat([locale], { style: 'long', type: 'conjunction' }).formatToParts(items.map(names));
  } catch {
    parts = items.flatMap((item, i) => [...(i ? [{ type: 'literal', value: ', ' }] : []), { type: 'element', value: names(item) }]);
  }
  let next = 0;
  return parts.map((part) => (part.type === 'element' ? items[next++]! : part.value));
}
