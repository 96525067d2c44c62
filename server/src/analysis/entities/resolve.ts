// Corpus step: the entity table built from every speaker of every document, canonical
// (fullest) names, coreference of short forms, aliases and acronyms, and mentions.
// Near-linear: every lookup goes through maps keyed by normalised names.
import type { Annotation, Statement } from '../types';
import type { Extraction, NameOcc } from './extract';
import { countryGroup, countryName } from './lexicon/places';
import { GENERIC_ORG_SUFFIX, ORG_MARKERS } from './lexicon/words';
import { initials, nameKey } from './keys';

export interface Resolved {
  annotations: Annotation[];
  statements: Statement[];
}

interface Ref {
  doc: number;
  occ: NameOcc;
  id: string;
  start: number;
  end: number;
  text: string;
}

const MAX_SUFFIX_WORDS = 6;

export function resolve(docs: Extraction[]): Resolved[] {
  // --- indexes over every name key in the corpus
  // docs: the documents the key occurs in, ascending
  const keyInfo = new Map<string, { count: number; docs: number[]; p: number; o: number }>();
  const acr = new Map<string, string>();
  const speakerKeys = new Set<string>();
  docs.forEach((d, di) => {
    for (const occ of d.names) {
      let k = keyInfo.get(occ.key);
      if (!k) { k = { count: 0, docs: [], p: 0, o: 0 }; keyInfo.set(occ.key, k); }
      k.count++;
      if (k.docs.length === 0 || k.docs[k.docs.length - 1] !== di) k.docs.push(di);
      k.p += occ.p;
      k.o += occ.o;
      if (occ.speaker) speakerKeys.add(occ.key);
    }
    for (const [a, long] of d.acronyms) if (!acr.has(a)) acr.set(a, long);
  });
  const orgLike = (key: string, words: string[]): boolean => {
    if (countryGroup(key)) return true;
    for (const w of words) if (ORG_MARKERS.has(w)) return true;
    const k = keyInfo.get(key);
    return !!k && k.o > k.p + 1;
  };
  const suffixIdx = new Map<string, string[]>(); // "blinken" → ["antony blinken"]
  const prefixIdx = new Map<string, string[]>(); // "all israel" → ["all israel news"]
  const initialsIdx = new Map<string, string[]>(); // "idf" → ["israel defense forces"]
  const push = (m: Map<string, string[]>, k: string, v: string) => {
    const l = m.get(k);
    if (!l) m.set(k, [v]); else if (!l.includes(v) && l.length < 8) l.push(v);
  };
  for (const key of keyInfo.keys()) {
    const words = key.split(' ');
    if (words.length < 2 || words.length > MAX_SUFFIX_WORDS) continue;
    if (GENERIC_ORG_SUFFIX.has(words[words.length - 1])) continue; // "… News Staff" is a descriptor
    if (orgLike(key, words)) {
      for (let i = 2; i < words.length; i++) push(prefixIdx, words.slice(0, i).join(' '), key);
      const ini = initials(key);
      if (ini.length >= 2) push(initialsIdx, ini, key);
    } else {
      for (let i = 1; i < words.length; i++) {
        const suf = words.slice(i).join(' ');
        if (suf === 'jr' || suf === 'sr') continue;
        push(suffixIdx, suf, key);
      }
    }
  }

  let docDependent = false;
  const pick = (cands: string[], doc: number): string => {
    if (cands.length === 1) return cands[0];
    docDependent = true;
    let best = cands[0], bestScore = -1;
    for (const c of cands) {
      const k = keyInfo.get(c)!;
      const score = (hasSorted(k.docs, doc) ? 1e6 : 0) + k.count;
      if (score > bestScore) { best = c; bestScore = score; }
    }
    return best;
  };

  /** the entity id of a key as used in document `doc` */
  const idOf = (key: string, doc: number, depth = 0): string => {
    const g = countryGroup(key);
    if (g) return g;
    const long = acr.get(key);
    if (long && depth < 3) return idOf(long, doc, depth + 1);
    const full = suffixIdx.get(key);
    if (full) return pick(full, doc);
    const pre = prefixIdx.get(key);
    if (pre && pre.length === 1 && !speakerKeys.has(key)) return pre[0];
    if (key.length >= 2 && key.length <= 6 && key.indexOf(' ') < 0) {
      const ini = initialsIdx.get(key);
      if (ini && ini.length === 1) return ini[0];
    }
    return key;
  };

  // ids that do not depend on the document (no choice between several full forms), by key
  // (and the others per document, for the document at hand)
  const idCache = new Map<string, string>();
  const docIds = new Map<string, string>();
  let docIdsOf = -1;
  const idIn = (key: string, doc: number): string => {
    const hit = idCache.get(key);
    if (hit !== undefined) return hit;
    if (docIdsOf !== doc) { docIds.clear(); docIdsOf = doc; }
    const local = docIds.get(key);
    if (local !== undefined) return local;
    docDependent = false;
    const id = idOf(key, doc);
    if (!docDependent) idCache.set(key, id); else docIds.set(key, id);
    return id;
  };

  // --- every occurrence, with its id
  const refs: Ref[][] = docs.map(() => []);
  const speakerIds = new Set<string>();
  docs.forEach((d, di) => {
    for (const occ of d.names) {
      if (occ.speaker?.metonym) {
        refs[di].push({ doc: di, occ, id: occ.speaker.metonym, start: occ.start, end: occ.end, text: occ.text });
        speakerIds.add(occ.speaker.metonym);
        continue;
      }
      const id = idIn(occ.key, di);
      refs[di].push({ doc: di, occ, id, start: occ.start, end: occ.end, text: occ.text });
      if (occ.speaker) speakerIds.add(id);
    }
  });

  // --- mentions need: sub-spans for generic suffixes and loose (headline) chunks
  const isEntity = (id: string) => speakerIds.has(id);
  docs.forEach((d, di) => {
    const list = refs[di];
    const extra: Ref[] = [];
    for (const r of list) {
      if (r.occ.speaker || isEntity(r.id)) continue;
      const occ = r.occ;
      if (occ.loose && occ.parts) {
        const p = occ.parts;
        const nw = p.length / 2;
        let i = 0;
        while (i < nw) {
          let matched = 0;
          for (let len = Math.min(4, nw - i); len >= 1; len--) {
            const s = p[2 * i], e = p[2 * (i + len - 1) + 1];
            const text = d.names.length ? refText(occ, s, e) : '';
            const id = idIn(nameKey(text), di);
            if (isEntity(id)) { extra.push({ doc: di, occ, id, start: s, end: e, text }); matched = len; break; }
          }
          i += matched || 1;
        }
        r.id = '';
        continue;
      }
      // "Hamas Movement" = "Hamas", "The All Israel News Staff" ⊃ "All Israel News"
      if (textInfo(occ.text).generic) {
        const words = occ.text.split(/[\s\u00a0]+/);
        let s = occ.start;
        let body = words.slice(0, -1);
        if (body[0] === 'The' && body.length > 1) { s += 4; body = body.slice(1); }
        const text = body.join(' ');
        const e = s + occ.text.slice(s - occ.start).indexOf(text) + text.length;
        const id = idIn(nameKey(text), di);
        if (isEntity(id) && occ.text.slice(s - occ.start, e - occ.start) === text) {
          r.id = id; r.start = s; r.end = e; r.text = text;
        }
      }
    }
    list.push(...extra);
  });

  // --- canonical names and subtypes
  // one record per entity id: evidence, canonical name, and (once asked) display name and subtype
  interface Ev { p: number; o: number; org: boolean; multi: boolean; canon: string | undefined; canonWords: number; name?: string; subtype?: 'person' | 'org' }
  const evidence = new Map<string, Ev>();
  for (const id of speakerIds) evidence.set(id, { p: 0, o: 0, org: false, multi: false, canon: undefined, canonWords: 0 });
  /** is a (of wa words) a better canonical name than b (of wb words)? */
  const better = (a: string, wa: number, b: string, wb: number): boolean => {
    if (wa !== wb) return wa > wb;
    if (a === b) return false;
    const ca = a === a.toUpperCase(), cb = b === b.toUpperCase();
    if (ca !== cb) return !ca;
    return a.length > b.length;
  };
  for (const list of refs) {
    for (const r of list) {
      const ev = evidence.get(r.id);
      if (ev === undefined) continue; // not an entity
      ev.p += r.occ.p;
      ev.o += r.occ.o;
      if (r.occ.speaker?.metonym) continue;
      const info = textInfo(r.text);
      if (info.words > 1) ev.multi = true;
      if (info.org) ev.org = true;
      const cur = ev.canon;
      if (!cur || better(r.text, info.words, cur, ev.canonWords)) { ev.canon = r.text; ev.canonWords = info.words; }
    }
  }
  const nameOf = (id: string, ev: Ev) => ev.canon ?? (id.startsWith('@') ? countryName(id) : id);
  const subtypeOf = (id: string, ev: Ev): 'person' | 'org' => {
    if (id.startsWith('@')) return 'org';
    if (ev.org) return 'org';
    if (ev.p > ev.o) return 'person';
    if (ev.o > ev.p) return 'org';
    return ev.multi ? 'person' : 'org';
  };

  // --- annotations and statements
  return docs.map((d, di) => {
    const annotations: Annotation[] = [];
    for (const r of refs[di]) {
      const ev = evidence.get(r.id);
      if (ev === undefined) continue; // not an entity
      if (ev.name === undefined) { ev.name = nameOf(r.id, ev); ev.subtype = subtypeOf(r.id, ev); }
      const subtype = ev.subtype as 'person' | 'org';
      const sp = r.occ.speaker;
      // (same fields, in the same order, as { type, ...base, role, … })
      if (sp) annotations.push({ type: 'speaker', start: r.start, end: r.end, text: r.text, entity: ev.name, subtype, value: null, unit: null, role: sp.role, quote: sp.quote, cue: sp.cue });
      else annotations.push({ type: 'mention', start: r.start, end: r.end, text: r.text, entity: ev.name, subtype, value: null, unit: null, role: null });
    }
    annotations.sort((a, b) => a.start - b.start);
    return { annotations, statements: resolveStatements(d, annotations) };
  });
}

interface TextInfo {
  /** number of whitespace-separated words (as split(/[\s\u00a0]+/)) */
  words: number;
  /** one of the words is an organisation marker */
  org: boolean;
  /** two or more words, the last a generic organisation suffix ("Movement", "Staff") */
  generic: boolean;
}

// Word facts of a name's text, memoised: the same texts recur across occurrences and documents.
const TEXT_INFO = new Map<string, TextInfo>();
const TEXT_INFO_MAX = 1 << 16;

function textInfo(text: string): TextInfo {
  let info = TEXT_INFO.get(text);
  if (info !== undefined) return info;
  const words = text.split(/[\s\u00a0]+/);
  let org = false;
  for (const w of words) if (ORG_MARKERS.has(w.toLowerCase())) { org = true; break; }
  info = { words: words.length, org, generic: words.length >= 2 && GENERIC_ORG_SUFFIX.has(words[words.length - 1].toLowerCase()) };
  if (TEXT_INFO.size >= TEXT_INFO_MAX) TEXT_INFO.clear();
  TEXT_INFO.set(text, info);
  return info;
}

function hasSorted(a: number[], x: number): boolean {
  let lo = 0, hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid] < x) lo = mid + 1; else hi = mid;
  }
  return lo < a.length && a[lo] === x;
}

function refText(occ: NameOcc, s: number, e: number): string {
  return occ.text.slice(s - occ.start, e - occ.start);
}

/** Attributes a document's pending statements to its resolved speakers (shared with the incremental resolver). */
export function resolveStatements(d: Extraction, annotations: Annotation[]): Statement[] {
  const speakers = annotations.filter((a) => a.type === 'speaker');
  const out: Statement[] = [];
  // attributions so far, in text order: speakers and resolved statements
  const recent: Array<{ pos: number; entity: string; subtype: string }> = [];
  let si = 0;
  for (const st of d.statements) {
    while (si < speakers.length && speakers[si].start < st.anchor.start) {
      recent.push({ pos: speakers[si].start, entity: speakers[si].entity!, subtype: speakers[si].subtype! });
      si++;
    }
    let hit: { pos: number; entity: string; subtype: string } | null = null;
    for (let k = recent.length - 1; k >= 0 && k >= recent.length - 40; k--) {
      const r = recent[k];
      if (r.pos < st.after) break;
      if (st.kind === 'any' || r.subtype === st.kind) { hit = r; break; }
    }
    if (!hit) continue;
    out.push({ anchor: st.anchor, quote: st.quote, cue: st.cue, entity: hit.entity });
    recent.push({ pos: st.anchor.start, entity: hit.entity, subtype: hit.subtype });
  }
  return out;
}
