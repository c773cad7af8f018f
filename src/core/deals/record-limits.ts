// How long and of what shape a stored deal's strings may be. Capture clips to these limits and the
// import schema holds every file to the same ones, so whatever DealLens stores it can restore.

export const MAX_ID_CHARS = 200;
/** Names, rounds, page titles and publishers. */
export const MAX_NAME_CHARS = 500;
/** A source's quote in a file (captured quotes are cut shorter, at MAX_QUOTE_CHARS). */
export const MAX_STORED_QUOTE_CHARS = 5000;

/**
 * An id: words of letters (any script, with the marks lowercasing adds: "i̇") and digits joined by
 * single dashes, lowercase, after an optional namespace: "zhipu-ai", "unknown:zorblax-technologies",
 * "user:brightwater-loom", "unknown:北京某某科技".
 */
const ID = /^(?:(?:unknown|user):)?[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:-[\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*$/u;

export function isRecordId(id: string): boolean {
  return id.length <= MAX_ID_CHARS && ID.test(id) && id === id.toLowerCase();
}

/** Where to cut `text` at most `max` UTF-16 units in, never between a surrogate pair's halves. */
function cutAt(text: string, max: number): number {
  const last = text.charCodeAt(max - 1);
  return last >= 0xd800 && last <= 0xdbff ? max - 1 : max;
}

/** `text` cut to `max` characters with "…" when longer (never inside a surrogate pair). */
export function clipText(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, cutAt(text, max - 1)).trimEnd()}…`;
}

/** An id cut to MAX_ID_CHARS on a word boundary where it can be, never ending in a dash. */
export function clipId(id: string): string {
  if (id.length <= MAX_ID_CHARS) return id;
  const cut = id.slice(0, cutAt(id, MAX_ID_CHARS));
  const dash = cut.lastIndexOf('-');
  return (dash > MAX_ID_CHARS / 2 ? cut.slice(0, dash) : cut).replace(/-+$/, '');
}
