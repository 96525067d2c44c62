// The compact form of an extraction that worker threads send and the cache stores: flat arrays
// of numbers and the few strings that are not spans of the text. Every `text` field is a span
// of the document (text.slice(start, end)) and a name's key is most often nameKey(text), so
// neither is written; decoding takes the document's text back. About 4× smaller than the
// extraction's JSON, which makes the workers' replies and the cache cheaper to write, send and
// read (a structured clone of the object graph cost more than the analysis of small files).
//
//   {"r": reference, "d": [start, end, subtype, value, hasReference]×dates,
//    "f": [start, end, subtype, value, unit, modifier]×figures,
//    "n": [start, end, key or 0, words, p, o, parts or 0, speaker or 0]×names,
//    "a": acronyms, "s": statements}
//   speaker: [role, quote start or -1, quote end, cue, metonym]
//
// An extraction this form cannot hold exactly (more fields than it knows, a text that is not its
// span) is written whole instead: {"x": extraction}. decode(encode(x)) equals x, field order
// included (tests/unit/extraction-codec.test.ts, over the analyser's output for varied
// articles), so results do not depend on the path taken.
import type { Annotation, DateReference, DocumentExtraction } from '../analysis';
import type { NameOcc, PendingStatement } from '../analysis/entities/extract';
import { nameKey } from '../analysis/entities/keys';

// fields of each kind of object (a field the form does not know makes the count differ)
const DATE_FIELDS = 10; // type start end text entity subtype role value unit reference
const FIGURE_FIELDS = 10; // type start end text entity subtype role value unit modifier
const NAME_FIELDS = 7; // start end text key words p o (+ loose parts) (+ speaker)
const SPEAKER_FIELDS = 4; // role quote cue metonym
const D = 5, F = 6, N = 8;

type Speaker = [string | null, number, number, string, string | null];

interface Compact {
  r: DateReference | null;
  d: unknown[];
  f: unknown[];
  n: unknown[];
  a: Array<[string, string]>;
  s: PendingStatement[];
}

/** The extraction of `text` in its compact JSON form (the `id` is not kept). */
export function encodeExtraction(x: DocumentExtraction, text: string): string {
  return JSON.stringify(compact(x, text) ?? { x: { ...x, id: '' } });
}

function compact(x: DocumentExtraction, text: string): Compact | null {
  if (fields(x) !== 4 || fields(x.entities) !== 4 || x.entities.speakers.length) return null;
  let r: DateReference | null = null;
  const d: unknown[] = [];
  for (const a of x.dates) {
    if (fields(a) !== DATE_FIELDS || a.type !== 'date' || !isSpan(a, text) || a.entity !== null || a.role !== null || a.unit !== null || a.reference === undefined) return null;
    if (a.reference) {
      if (r && (r.date !== a.reference.date || r.source !== a.reference.source)) return null;
      if (fields(a.reference) !== 2) return null;
      r = a.reference;
    }
    d.push(a.start, a.end, a.subtype, a.value, a.reference ? 1 : 0);
  }
  const f: unknown[] = [];
  for (const a of x.figures) {
    if (fields(a) !== FIGURE_FIELDS || a.type !== 'figure' || !isSpan(a, text) || a.entity !== null || a.role !== null || a.modifier === undefined) return null;
    f.push(a.start, a.end, a.subtype, a.value, a.unit, a.modifier);
  }
  const n: unknown[] = [];
  for (const o of x.entities.names) {
    const loose = o.loose === true && Array.isArray(o.parts);
    if (fields(o) !== NAME_FIELDS + (loose ? 2 : 0) + (o.speaker ? 1 : 0) || o.text !== text.slice(o.start, o.end)) return null;
    let speaker: Speaker | 0 = 0;
    if (o.speaker) {
      const s = o.speaker;
      if (fields(s) !== SPEAKER_FIELDS || (s.quote && fields(s.quote) !== 2)) return null;
      speaker = [s.role, s.quote ? s.quote.start : -1, s.quote ? s.quote.end : -1, s.cue, s.metonym];
    }
    n.push(o.start, o.end, o.key === nameKey(o.text) ? 0 : o.key, o.words, o.p, o.o, loose ? o.parts : 0, speaker);
  }
  return { r, d, f, n, a: x.entities.acronyms, s: x.entities.statements };
}

/** the number of an object's own fields (no allocation) */
function fields(o: object): number {
  let n = 0;
  for (const k in o) if (Object.prototype.hasOwnProperty.call(o, k)) n++;
  return n;
}

function isSpan(a: Annotation, text: string): boolean {
  return a.text === text.slice(a.start, a.end);
}

/** The extraction `encodeExtraction` wrote for `text`, with `id`; throws on a malformed form. */
export function decodeExtraction(json: string, text: string, id: string): DocumentExtraction {
  const c = JSON.parse(json) as Compact | { x: DocumentExtraction };
  if (c && typeof c === 'object' && 'x' in c) {
    const x = c.x;
    if (!x || !Array.isArray(x.dates) || !Array.isArray(x.figures) || !x.entities || !Array.isArray(x.entities.names)) throw new Error('bad shape');
    return { ...x, id };
  }
  if (!c || !Array.isArray(c.d) || !Array.isArray(c.f) || !Array.isArray(c.n) || !Array.isArray(c.a) || !Array.isArray(c.s)) throw new Error('bad shape');
  if (c.d.length % D || c.f.length % F || c.n.length % N) throw new Error('bad length');
  const dates: Annotation[] = [];
  const dd = c.d as Array<number & string>;
  for (let i = 0; i < dd.length; i += D) {
    const start = num(dd[i]), end = num(dd[i + 1]);
    dates.push({ type: 'date', start, end, text: intern(span(text, start, end)), entity: null, subtype: dd[i + 2], role: null, value: dd[i + 3], unit: null, reference: dd[i + 4] ? c.r : null });
  }
  const figures: Annotation[] = [];
  const ff = c.f as Array<number & string>;
  for (let i = 0; i < ff.length; i += F) {
    const start = num(ff[i]), end = num(ff[i + 1]);
    figures.push({ type: 'figure', start, end, text: intern(span(text, start, end)), entity: null, subtype: ff[i + 2], role: null, value: ff[i + 3], unit: ff[i + 4], modifier: ff[i + 5] });
  }
  const names: NameOcc[] = [];
  const nn = c.n as Array<number & string & number[] & Speaker>;
  for (let i = 0; i < nn.length; i += N) {
    const start = num(nn[i]), end = num(nn[i + 1]);
    const t = intern(span(text, start, end));
    const key = nn[i + 2] || keyOf(t), w = nn[i + 3], p = nn[i + 4], og = nn[i + 5];
    const parts = nn[i + 6];
    const s = nn[i + 7];
    const speaker = s ? { role: s[0] === null ? null : words.get(s[0], same), quote: s[1] >= 0 ? { start: s[1], end: s[2] } : null, cue: words.get(s[3], same), metonym: s[4] } : null;
    // (each shape in one literal, in the extractor's key order: properties added afterwards
    // went to a separate property array, about 11 MB at 10,000 articles)
    if (parts) names.push(speaker ? { start, end, text: t, key, words: w, p, o: og, loose: true, parts, speaker } : { start, end, text: t, key, words: w, p, o: og, loose: true, parts });
    else names.push(speaker ? { start, end, text: t, key, words: w, p, o: og, speaker } : { start, end, text: t, key, words: w, p, o: og });
  }
  return { id, dates, figures, entities: { speakers: [], names, acronyms: c.a, statements: c.s } };
}

// One copy of each name, date and figure text and of each name key, shared by every document:
// names repeat across a corpus, and a copy per mark was a third of the decoded extractions'
// heap. V8 makes a slice of 13 characters or more a view that keeps its whole document alive,
// so such texts are kept as copies of their own (`own`): a decoded extraction holds no part of
// its document's text, which the index may then drop (CorpusIndex.release).
const SLICE_MIN = 13;

/** a string → string table emptied when it holds `max` entries */
class BoundedTable {
  private map = new Map<string, string>();

  constructor(private readonly max = 1 << 18) {}

  get(key: string, make: (key: string) => string): string {
    const known = this.map.get(key);
    if (known !== undefined) return known;
    if (this.map.size >= this.max) this.map = new Map();
    const value = make(key);
    // (the table's own key too: a slice as a key would keep its document alive)
    this.map.set(make === own ? value : own(key), value);
    return value;
  }
}

const same = (s: string) => s;
/** a string that is no view into another (JSON.parse builds each string anew) */
const own = (s: string): string => (s.length >= SLICE_MIN ? (JSON.parse(JSON.stringify(s)) as string) : s);
const texts = new BoundedTable();
/** cues and roles, parsed from the encoded form (no slices of the text): "said", "according to" (32,882 copies at 10,000 articles) */
const words = new BoundedTable();
const keys = new BoundedTable();
const keysByText = new BoundedTable();

function intern(s: string): string {
  return texts.get(s, own);
}

function keyOf(text: string): string {
  return keysByText.get(text, (t) => keys.get(own(nameKey(t)), same));
}

function num(v: unknown): number {
  if (typeof v !== 'number') throw new Error('bad offset');
  return v;
}

function span(text: string, start: number, end: number): string {
  if (start < 0 || end > text.length || start > end) throw new Error('span outside the text');
  return text.slice(start, end);
}
