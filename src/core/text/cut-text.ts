// Where to cut a text too long for one piece of work (the content script's slices, the background's
// steps) so that no mention is cut in two.

/**
 * A sentence ends at ".", "!" or "?" before white space and a capital, a digit, a quote or a Chinese
 * character, unless the full stop ends an abbreviation or an initial ("Robotics Inc. raised", "U.S.
 * Steel", "J. Smith"); at a Chinese full stop, "！", "？" or "；"; or at a line break. (The stop is
 * matched first and the abbreviation looked back at from it: led by the look-behind, the scan was
 * tried at every character.)
 */
const SENTENCE_END = /[.!?](?<!\b(?:Inc|Corp|Co|Ltd|Plc|Bhd|Pte|Mr|Mrs|Ms|Dr|St|No|Jr|Sr|vs|[A-Za-z])[.!?])\s(?=\s*[\p{Lu}\p{N}"“‘'(\p{Script=Han}])|[。！？；\n]/gu;
/** Any full stop before white space: inside a sentence ("Inc. raised"), but never inside a name or an amount. */
const STOP = /[.!?]\s/g;
const SPACE = /\s/g;

/** The last match of `pattern` ending at or after `from` in `text`: the offset just after it, or -1. */
function lastEndOf(pattern: RegExp, text: string, from: number): number {
  let last = -1;
  pattern.lastIndex = from;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) last = m.index + m[0].length;
  return last;
}

/**
 * Where to cut a block longer than a slice, within its first `window` characters: after the last
 * sentence end of the window's second half (a deal's sentences stay whole), else after its last full
 * stop, else after its last white space (no amount or name spans a sentence end or a full stop
 * before a space, and few span a space), else at the window's end, never between the two halves of
 * a surrogate pair.
 */
export function cutInside(window: string): number {
  const half = window.length >> 1;
  const sentence = lastEndOf(SENTENCE_END, window, half);
  if (sentence > 0) return sentence;
  const stop = lastEndOf(STOP, window, half);
  if (stop > 0) return stop;
  const space = lastEndOf(SPACE, window, half);
  if (space > 0) return space;
  const code = window.charCodeAt(window.length - 1);
  return code >= 0xd800 && code <= 0xdbff && window.length > 1 ? window.length - 1 : window.length;
}

const LINE_END = /\n/g;

/**
 * End of the part of `text` that starts at `from` and is at most `maxChars` long: the text's end when
 * it fits, else after the last line break (a block's end) in the part, else where cutInside cuts (a
 * block longer than a part). A short part costs nothing: the engine's time is per character.
 */
export function partEnd(text: string, from: number, maxChars: number): number {
  if (text.length - from <= maxChars) return text.length;
  const window = text.slice(from, from + maxChars);
  const line = lastEndOf(LINE_END, window, 0);
  return from + (line > 0 ? line : cutInside(window));
}
