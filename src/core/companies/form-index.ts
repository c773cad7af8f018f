// The forms a page defined (page-links.ts), found in a text in one pass: each place where a word may
// start is looked up by its first two characters, instead of a search of the whole text per form (a
// list page defines thousands of forms: one search each, on every slice, made its read quadratic:
// 1 MB of such a page took ~5 s, 59% of it there).
import { NotedMap } from './noted-collections';

/**
 * Forms by their first UTF-16 unit, then their second (a one-unit form under 0xffff + 1), with a
 * table of the first units for the one test most places of a text stop at.
 */
interface Heads {
  starts: Uint8Array;
  byFirst: Map<number, Map<number, string[]>>;
  size: number;
}

/** The key of a one-unit form's (absent) second unit. */
const NONE = 0x10000;

const newHeads = (): Heads => ({ starts: new Uint8Array(0x10000), byFirst: new Map(), size: 0 });

function addForm(heads: Heads, form: string): void {
  if (form.length === 0) return;
  const first = form.charCodeAt(0);
  const second = form.length === 1 ? NONE : form.charCodeAt(1);
  let bySecond = heads.byFirst.get(first);
  if (!bySecond) heads.byFirst.set(first, (bySecond = new Map()));
  const list = bySecond.get(second);
  if (!list) bySecond.set(second, [form]);
  else if (!list.includes(form)) list.push(form);
  else return;
  heads.starts[first] = 1;
  heads.size++;
}

/** A page's forms indexed so far: a NotedMap's index is kept and brought up to date, not built again. */
const kept = new WeakMap<NotedMap<string, unknown>, { heads: Heads; noted: number; deletes: number }>();

/** The forms of `forms` by head (a key may stay after its form was deleted: look each match up again). */
export function formHeads(forms: ReadonlyMap<string, unknown>): Heads {
  if (!(forms instanceof NotedMap)) {
    const heads = newHeads();
    for (const form of forms.keys()) addForm(heads, form);
    return heads;
  }
  let index = kept.get(forms);
  // (Deletes are rare: a form two companies share. The index then starts again.)
  if (!index || index.deletes !== forms.deletes) {
    index = { heads: newHeads(), noted: 0, deletes: forms.deletes };
    kept.set(forms, index);
    for (const form of forms.keys()) addForm(index.heads, form);
    index.noted = forms.noted.length;
  }
  for (; index.noted < forms.noted.length; index.noted++) addForm(index.heads, forms.noted[index.noted]!);
  return index.heads;
}

/**
 * Calls `found(form, at)` for each place in `text` where a form of `heads` starts at a place
 * `startsHere(at)` allows, in text order (forms with the same head in no set order).
 */
export function eachFormAt(text: string, heads: Heads, startsHere: (at: number) => boolean, found: (form: string, at: number) => void): void {
  if (heads.size === 0) return;
  const { starts, byFirst } = heads;
  const n = text.length;
  for (let at = 0; at < n; at++) {
    const first = text.charCodeAt(at);
    if (starts[first] === 0 || !startsHere(at)) continue;
    const bySecond = byFirst.get(first)!;
    const pair = at + 1 < n ? bySecond.get(text.charCodeAt(at + 1)) : undefined;
    if (pair) for (const form of pair) if (text.startsWith(form, at)) found(form, at);
    if (bySecond.has(NONE)) found(String.fromCharCode(first), at);
  }
}
