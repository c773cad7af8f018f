// What changes hands when it is no company but assets named by the text: "sold its Montney assets to Itoshima Corp",
// "its 50 per cent stake in the Mount Kestrel copper project", "has snapped up 62 sites from Alder Taverns", "its £95m
// purchase of 28 practices from Cotswold Animal Care". The asset, as the text names it, is the deal's target; who
// sells it is the subject or follows "from". Only a phrase with a proper name or a count in it is read ("its assets"
// names nothing).
import { unknownId } from '../companies/unknown-companies';
import type { CompanyMention } from '../types';

const ASSET_NOUN = String.raw`(?:project|field|fields|mine|mines|assets|portfolio|plant|terminal|refinery|sites|practices|stores|hotels|clinics|branches|pubs|properties|acreage|block|licen[cs]e)`;
/** After a purchase's or a sale's words: an optional stake, then the asset's name ("… copper project it did not already own"). */
const ASSET = new RegExp(
  String.raw`^\s*(?:(?:its|their|the|a|an)\s+)?(?:(?:\d+(?:\.\d+)?\s*(?:%|per cent|percent)\s+)?(?:stake|interest|holding)\s+in\s+(?:the\s+)?)?((?:\d[\d,]*\s+(?:[a-z][\w-]*\s+){0,2}|(?:[A-Z][\w’'-]*\s+){1,3}(?:[a-z][\w-]*\s+){0,2})${ASSET_NOUN})\b(?=\s*(?:,|;|\.|$|\s+(?:from|to|for|in|at|off|on|it|that|which)\b))`,
);

/** The assets named right after `from` in the text, as a party-less mention, if the text names them. */
export function assetObject(text: string, from: number, end: number): CompanyMention | undefined {
  const m = ASSET.exec(text.slice(from, Math.min(end, from + 120)));
  if (!m) return undefined;
  const name = m[1]!;
  const start = from + m[0].length - name.length;
  return { start, end: start + name.length, text: name, name, id: unknownId(name) };
}
