// Corpus step: the entity table built from every speaker of every document, canonical
// (fullest) names, coreference of short forms, aliases and acronyms, and mentions.
// Near-linear: every lookup goes through maps keyed by normalised names.
import type { Annotation, Statement } from '../types';
import type { Extraction, NameOcc } from './extract';
import { countryGroup, countryName, DEMONYM_WORDS, isPlaceKey } from './lexicon/places';
import { COMPANY_ENDS, FOREIGN_ORG_HEADS, FUNCTION_WORDS, GENERIC_ORG_SUFFIX, GIVEN_NAMES, MEMBER_PLURALS, ORG_MARKERS } from './lexicon/words';
import { acronymKey, acronymsOf, displayName, nameKey } from './keys';
import { HYPHEN_PARTICLES } from './tokens';

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
/** the most words of a name whose initials are an acronym's */
const MAX_INITIALS_WORDS = 9;

export function resolve(docs: Extraction[]): Resolved[] {
  // --- indexes over every name key in the corpus
  // docs: the documents the key occurs in, ascending
  // speaker: the key is a speaker's somewhere (a flag here rather than a set: one lookup per occurrence)
  // firm: occurrences outside headlines' loose runs (a key only ever seen in one, "UAW Sets" of "UAW
  // Sets Thursday Strike Deadline", gives no short or long forms to other names)
  const keyInfo = new Map<string, { count: number; docs: number[]; p: number; o: number; speaker: boolean; firm: number }>();
  const acr = new Map<string, string>();
  docs.forEach((d, di) => {
    for (const occ of d.names) {
      let k = keyInfo.get(occ.key);
      if (!k) { k = { count: 0, docs: [], p: 0, o: 0, speaker: false, firm: 0 }; keyInfo.set(occ.key, k); }
      k.count++;
      if (!occ.loose) k.firm++;
      if (k.docs.length === 0 || k.docs[k.docs.length - 1] !== di) k.docs.push(di);
      k.p += occ.p;
      k.o += occ.o;
      if (occ.speaker) k.speaker = true;
    }
    for (const [a, long] of d.acronyms) if (!acr.has(a)) acr.set(a, long);
  });
  const suffixIdx = new Map<string, string[]>(); // "blinken" → ["antony blinken"]
  const prefixIdx = new Map<string, string[]>(); // "all israel" → ["all israel news"]
  const initialsIdx = new Map<string, string[]>(); // "idf" → ["israel defense forces"]
  const orgSuffixIdx = new Map<string, string[]>(); // "sheriff's office" → ["harbor county sheriff's office"]
  const firstIdx = new Map<string, string[]>(); // "kanemura" → ["kanemura electric"]
  const push = (m: Map<string, string[]>, k: string, v: string) => {
    const l = m.get(k);
    if (!l) m.set(k, [v]); else if (!l.includes(v) && l.length < 8) l.push(v);
  };
  for (const [key, info] of keyInfo) {
    if (info.firm === 0) continue;
    const words = key.split(' ');
    if (words.length < 2) continue;
    // (a longer name is found by its initials alone: "DOT&PF" of "Alaska Department of
    // Transportation and Public Facilities")
    if (words.length > MAX_SUFFIX_WORDS) {
      for (const ini of longNameInitials(key, words, info)) push(initialsIdx, ini, key);
      continue;
    }
    // ("… News Staff" is a descriptor: no prefixes or suffixes; "World Health Organization" still has its initials)
    const generic = GENERIC_ORG_SUFFIX.has(words[words.length - 1]);
    if (orgLike(key, words, keyInfo.get(key))) {
      if (!generic) for (const pre of longerStarts(words)) push(prefixIdx, pre, key);
      if (!generic) for (const suf of orgSuffixes(words)) push(orgSuffixIdx, suf, key);
      for (const ini of acronymsOf(key)) push(initialsIdx, ini, key);
    } else if (!generic) {
      for (const suf of nameSuffixes(words)) push(suffixIdx, suf, key);
      for (const g of ownPersonForms(words, keyInfo.get(key))) push(orgSuffixIdx, g, key);
    }
    // (a first word that speaks, of any name: "Kanemura said" after "Kanemura Electric", "Calder
    // said" after "Calder Healthcare Group", whose generic ending is a company's)
    if (!generic || isCompanyName(words)) for (const f of orgFirstWords(words)) push(firstIdx, f, key);
  }

  let docDependent = false;
  // the index of each key's first occurrence in the document at hand (pick's order)
  let firstsOf = -1;
  const firsts = new Map<string, number>();
  const firstIn = (key: string, doc: number): number => {
    if (firstsOf !== doc) {
      firstsOf = doc;
      firsts.clear();
      docs[doc].names.forEach((occ, i) => {
        if (!firsts.has(occ.key)) firsts.set(occ.key, i);
      });
    }
    return firsts.get(key) ?? -1;
  };
  const pick = (cands: string[], doc: number): string => {
    if (cands.length === 1) return cands[0];
    docDependent = true;
    let best = cands[0], bestRank: PickRank | null = null;
    const inDoc = (c: string) => hasSorted(keyInfo.get(c)!.docs, doc);
    for (const c of cands) {
      // ("Alderley" is "Geoffrey Thomas Alderley"'s, not the headline's "Geoffrey Alderley")
      if (givesWay(c, cands, inDoc)) continue;
      const rank: PickRank = { first: firstIn(c, doc), count: keyInfo.get(c)!.count };
      if (bestRank === null || pickBefore(rank, bestRank)) { best = c; bestRank = rank; }
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
    // "the Sheriff's Office" after "the Harbor County Sheriff's Office": the one longer
    // organisation name of the same document that ends with it
    const own = orgSuffixIdx.get(key);
    if (own) {
      docDependent = true;
      const only = ownForm(own, (c) => hasSorted(keyInfo.get(c)!.docs, doc));
      if (only !== null) return only;
    }
    const pre = prefixIdx.get(key);
    if (pre && pre.length === 1 && !keyInfo.get(key)?.speaker) return pre[0];
    // a short form that speaks, of an organisation named in full in its article: "Kanemura said"
    // after "Kanemura Electric", "Coral Sea said" after "Coral Sea Lithium"
    const first = firstIdx.get(key);
    if ((pre || first) && keyInfo.get(key)?.speaker) {
      docDependent = true;
      const only = brandForm(key, pre, first, (c) => hasSorted(keyInfo.get(c)!.docs, doc));
      if (only !== null) return only;
    }
    const short = acronymKey(key);
    if (short !== null) {
      const ini = initialsIdx.get(short);
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

  // --- every occurrence, with its id: per document one id per name occurrence (parallel to
  // d.names; no record per occurrence), sub-span moves of a few, and extra sub-span references
  const ids: string[][] = new Array(docs.length);
  const speakerIds = new Set<string>();
  for (let di = 0; di < docs.length; di++) {
    const names = docs[di].names;
    const list: string[] = new Array(names.length);
    for (let i = 0; i < names.length; i++) {
      const occ = names[i];
      const sp = occ.speaker;
      if (sp?.metonym) {
        list[i] = sp.metonym;
        speakerIds.add(sp.metonym);
        continue;
      }
      const id = idIn(occ.key, di);
      list[i] = id;
      if (sp) speakerIds.add(id);
    }
    ids[di] = list;
  }

  // --- mentions need: sub-spans for generic suffixes and loose (headline) chunks
  const isEntity = (id: string) => speakerIds.has(id);
  /** per document: occurrence index → its moved span (generic suffix dropped), if any */
  const moved: Array<Map<number, Ref> | undefined> = new Array(docs.length);
  const extras: Array<Ref[] | undefined> = new Array(docs.length);
  for (let di = 0; di < docs.length; di++) {
    const d = docs[di];
    const names = d.names;
    const list = ids[di];
    let extra: Ref[] | undefined;
    for (let oi = 0; oi < names.length; oi++) {
      const occ = names[oi];
      if (occ.speaker || isEntity(list[oi])) continue;
      if (occ.loose && occ.parts) {
        for (const r of looseEntitySpans(occ, (text) => idIn(nameKey(text), di), isEntity)) (extra ??= []).push({ doc: di, ...r });
        list[oi] = '';
        continue;
      }
      // "Hamas Movement" = "Hamas", "The All Israel News Staff" ⊃ "All Israel News"
      if (textInfo(occ.text).generic) {
        const { start: s, end: e, text } = withoutGenericSuffix(occ);
        const id = idIn(nameKey(text), di);
        if (isEntity(id) && occ.text.slice(s - occ.start, e - occ.start) === text) {
          list[oi] = id;
          (moved[di] ??= new Map()).set(oi, { doc: di, occ, id, start: s, end: e, text });
        }
      }
    }
    extras[di] = extra;
  }

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
  const addEvidence = (ev: Ev, occ: NameOcc, text: string) => {
    ev.p += occ.p;
    ev.o += occ.o;
    // (a capital standing for its country gives no name to it)
    if (givesNoForm(occ)) return;
    const info = textInfo(text);
    if (info.words > 1) ev.multi = true;
    if (info.org) ev.org = true;
    const cur = ev.canon;
    if (!cur || better(text, info.words, cur, ev.canonWords)) { ev.canon = text; ev.canonWords = info.words; }
  };
  // per document: each occurrence's record (undefined: not an entity), looked up once for both passes
  const evs: Array<Array<Ev | undefined>> = new Array(docs.length);
  for (let di = 0; di < docs.length; di++) {
    const names = docs[di].names, list = ids[di], mv = moved[di];
    const docEvs: Array<Ev | undefined> = new Array(names.length);
    for (let i = 0; i < names.length; i++) {
      const ev = evidence.get(list[i]);
      docEvs[i] = ev;
      if (ev === undefined) continue; // not an entity
      const m = mv?.get(i);
      addEvidence(ev, names[i], m ? m.text : names[i].text);
    }
    evs[di] = docEvs;
    const extra = extras[di];
    if (extra) for (const r of extra) {
      const ev = evidence.get(r.id);
      if (ev !== undefined) addEvidence(ev, r.occ, r.text);
    }
  }
  const nameOf = (id: string, ev: Ev) => (ev.canon !== undefined ? displayName(ev.canon) : id.startsWith('@') ? countryName(id) : id);
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
    const entity = (id: string): Ev | undefined => {
      const ev = evidence.get(id);
      if (ev !== undefined && ev.name === undefined) { ev.name = nameOf(id, ev); ev.subtype = subtypeOf(id, ev); }
      return ev;
    };
    const annotate = (ev: Ev, occ: NameOcc, start: number, end: number, text: string) => {
      const subtype = ev.subtype as 'person' | 'org';
      const sp = occ.speaker;
      // (same fields, in the same order, as { type, ...base, role, … })
      if (sp) annotations.push({ type: 'speaker', start, end, text, entity: ev.name!, subtype, value: null, unit: null, role: sp.role, quote: sp.quote, cue: sp.cue });
      else annotations.push({ type: 'mention', start, end, text, entity: ev.name!, subtype, value: null, unit: null, role: null });
    };
    const names = d.names, list = ids[di], mv = moved[di], docEvs = evs[di];
    for (let i = 0; i < names.length; i++) {
      const ev = docEvs[i];
      if (ev === undefined) continue; // not an entity
      if (ev.name === undefined) { ev.name = nameOf(list[i], ev); ev.subtype = subtypeOf(list[i], ev); } // as entity()
      const m = mv?.get(i);
      const occ = names[i];
      if (m) annotate(ev, occ, m.start, m.end, m.text);
      else annotate(ev, occ, occ.start, occ.end, occ.text);
    }
    const extra = extras[di];
    if (extra) for (const r of extra) {
      const ev = entity(r.id);
      if (ev !== undefined) annotate(ev, r.occ, r.start, r.end, r.text);
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

/**
 * A loose (headline) chunk's sub-spans that name an entity: from left to right, the longest run
 * of up to four words whose text is an entity (shared with the incremental resolver).
 */
const GENERATIONAL = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/**
 * The shorter forms a person's name key is known by: its word suffixes ("antony blinken" →
 * "blinken"), also without a generational suffix ("joseph r biden jr" → "biden jr", "r biden",
 * "biden"); never the suffix alone.
 */
/**
 * The shorter forms an organisation's name may take later in its article: its last 2+ words
 * ("Sheriff's Office" of "Harbor County Sheriff's Office"), and a company's first word
 * ("Northgate" of "Northgate Semiconductor Corp."; not a place, "China" of "China Southern
 * Airlines", nor a common organisation word).
 */
export function orgSuffixes(words: string[]): string[] {
  const out: string[] = [];
  // an institution's head noun alone: "the Commission" of "European Commission", "the Service"
  // of "Jersey Customs and Immigration Service", "the Corporation" of "Corporation of Hamilton"
  if (words.length >= 2 && INSTITUTION_HEADS.has(words[words.length - 1])) out.push(words[words.length - 1]);
  // (not "the Ministry" of "Ministry of Health": an article names several ministries, departments or offices)
  else if (words.length >= 3 && words[1] === 'of' && (INSTITUTION_HEADS.has(words[0]) || words[0] === 'government') && !BRANCH_HEADS.has(words[0])) out.push(words[0]);
  // a ministry by its portfolio first: "Justice Ministry" of "Ministry of Justice" (one or two words, no "and")
  if (words.length >= 3 && words.length <= 4 && words[1] === 'of' && (words[0] === 'ministry' || words[0] === 'department') && !FUNCTION_WORDS.has(words[2])) out.push(`${words.slice(2).join(' ')} ${words[0]}`);
  // a body named head first in another language, by the rest or by the words before its "de":
  // "Butantan" of "Instituto Butantan", "Banco Central" of "Banco Central de Costa Rica"
  if (words.length >= 2 && FOREIGN_ORG_HEADS.has(words[0])) {
    const of = words.findIndex((w, i) => i >= 2 && ROMANCE_OF.has(w));
    out.push(of > 0 ? words.slice(0, of).join(' ') : words.slice(1).join(' '));
  }
  // (no other short form of a name with "and" in it: it may be two names, "Mei Rogers and Pinecrest University")
  if (words.includes('and') || words.includes('&')) return out;
  // the words before "of", without a country before them: "Army Corps" of "U.S. Army Corps of
  // Engineers" (their head noun alone, "the Association", may be another body's)
  const of = words.indexOf('of');
  if (of >= 2) {
    const from = isPlaceKey(words[0]) || countryGroup(words[0]) !== undefined ? 1 : 0;
    let plain = of - from >= 2;
    for (let k = from; k < of && plain; k++) if (FUNCTION_WORDS.has(words[k])) plain = false;
    if (plain) out.push(words.slice(from, of).join(' '));
  }
  for (let i = 1; i + 2 <= words.length; i++) out.push(words.slice(i).join(' '));
  // a state university without its head noun: "Montana State" of "Montana State University"
  if (words.length >= 3 && words[words.length - 1] === 'university' && words[words.length - 2] === 'state') out.push(words.slice(0, -1).join(' '));
  // a local council by its place alone: "Louth council" of "Louth County Council"
  if (words.length >= 3 && words[words.length - 1] === 'council' && PLACE_DIVISIONS.has(words[words.length - 2])) out.push(`${words.slice(0, -2).join(' ')} council`);
  // (a company's: the first word of "Redcliff City Council" or "Pinecrest University" is a place)
  const first = words[0];
  if (isCompanyName(words) && first.length >= 3 && !ORG_MARKERS.has(first) && !isPlaceKey(first) && !countryGroup(first)) {
    out.push(first, ...longerStarts(words));
  }
  return out;
}

/**
 * The first words a name may be shortened to when the short form speaks in the same article
 * ("Kanemura" of "Kanemura Electric", "Coral Sea" of "Coral Sea Lithium"): not from a place ("Redcliff City Council"), a
 * country, an organisation word or a function word.
 */
export function orgFirstWords(words: string[]): string[] {
  const first = words[0];
  if (words.length < 2 || first.length < 3 || ORG_MARKERS.has(first) || FUNCTION_WORDS.has(first) || isPlaceKey(first) || countryGroup(first) || DEMONYM_WORDS.has(first)) return [];
  return [first, ...longerStarts(words)];
}

/** words that end the name of a place: "Harbor County" of "Harbor County Sheriff's Office" is the county */
/** waters and lands a body may be named for ("Suez Canal Authority", "Tennessee Valley Authority") */
const LAND_FEATURES: ReadonlySet<string> = new Set(['canal', 'river', 'lake', 'sea', 'bay', 'strait', 'gulf', 'valley', 'dam', 'harbour', 'harbor', 'port', 'delta', 'basin', 'coast', 'mountain', 'mountains', 'forest', 'reef']);
/** the heads of public bodies that run such a feature */
const PUBLIC_BODIES: ReadonlySet<string> = new Set(['authority', 'commission', 'board', 'administration', 'agency', 'trust', 'council', 'corporation']);
const PLACE_DIVISIONS: ReadonlySet<string> = new Set(['county', 'city', 'province', 'district', 'region', 'town', 'township', 'village', 'parish', 'borough', 'island', 'islands']);

/**
 * A name's starts of two words or more, short of the whole ("Coral Sea" of "Coral Sea Lithium",
 * "Prairie Line" of "Prairie Line Carbon LLC"); not a place ("Harbor County" of "Harbor County
 * Sheriff's Office", "New York" of "New York City Transit Authority") nor a possessor ("Harbor County Sheriff's").
 */
export function longerStarts(words: string[]): string[] {
  const out: string[] = [];
  for (let i = 2; i < words.length; i++) {
    const last = words[i - 1];
    // (nor a feature of the land a public body runs: "Suez Canal" of "Suez Canal Authority"; a
    // firm or a paper keeps its start, "Sunrise Harbour Holdings", "Daily Harbor News")
    const tail = words[words.length - 1];
    if (PLACE_DIVISIONS.has(last) || (LAND_FEATURES.has(last) && PUBLIC_BODIES.has(tail)) || last.endsWith("'s") || last.endsWith("s'")) continue;
    const start = words.slice(0, i).join(' ');
    // (nor a place the rest serves: "New York" of "New York City Transit Authority", "Fort Worth"
    // of "Fort Worth Police Department")
    // ("Minas Gerais" of "Minas Gerais Coffee Growers' Federation": an institution's name of two words or
    // more after a start without one; a company's keeps its start, "Prairie Line" of "Prairie Line Carbon LLC")
    const end = words[words.length - 1];
    // (nor a body's whole name before "and" more of its field: "Ministry of Health" of "Ministry
    // of Health and Human Services", another country's)
    if (words[i] === 'and' && words.slice(0, i).some((w) => ORG_MARKERS.has(w)) && words.slice(0, i).includes('of')) continue;
    // (a hospital's short form ends with its kind, which the rest does not say: "Marrowfield
    // Regional" of "Marrowfield Regional Medical Center", "Mass General")
    if (isPlaceKey(start) || countryGroup(start) || (words.length - i >= 2 && !words.slice(0, i).some((w) => ORG_MARKERS.has(w)) && !SHORT_FORM_ENDS.has(last) && ((ORG_MARKERS.has(end) && !COMPANY_ENDS.has(end)) || words.slice(i).every((w) => ORG_MARKERS.has(w) || PLACE_DIVISIONS.has(w))))) continue;
    out.push(start);
  }
  return out;
}

/** the last words of a hospital's or a college's short form ("Marrowfield Regional", "Mass General") */
const SHORT_FORM_ENDS: ReadonlySet<string> = new Set(['regional', 'general', 'memorial', 'methodist', 'presbyterian', 'baptist']);

/** "of" in the languages of FOREIGN_ORG_HEADS */
const ROMANCE_OF: ReadonlySet<string> = new Set(['de', 'del', 'do', 'da', 'dos', 'das', 'des', 'du', 'di', 'della', 'der']);

/** the endings a society's name is shortened without */
const SOCIETY_ENDS: ReadonlySet<string> = new Set(['society', 'association', 'foundation', 'federation', 'trust']);

/**
 * The longer names a speaking short form may stand for in its article: those whose other words
 * are no organisation words but a company's ending ("Kanemura Electric", "Coral Sea Lithium", "Calder
 * Healthcare Group"; not "Harvard University",
 * "Springfield Police Department" nor a heading's "WHITE HOUSE WATCH", whose short forms name
 * something of their own).
 */
export function brandForms(key: string, pre: readonly string[] | null | undefined, first: readonly string[] | null | undefined): string[] {
  const out: string[] = [];
  const bodyName = key.split(' ').some((w) => ORG_MARKERS.has(w));
  // (any kind of place, after a hospital's short form: "Marrowfield Regional said" after "Marrowfield Regional Medical Center")
  const shortForm = SHORT_FORM_ENDS.has(key.slice(key.lastIndexOf(' ') + 1));
  const words = key.split(' ');
  const plainPair = !bodyName && words.length >= 2 && !GIVEN_NAMES.has(words[0]);
  for (const list of [pre, first]) {
    for (const c of list ?? []) {
      // (a company's ending is no such word: "Calder said" after "Calder Healthcare Group")
      const rest = c.slice(key.length + 1).split(' ');
      // (a body's whole name is no short form of itself with more words but no body's: "Bradford
      // Council" of "Bradford Council for Mosques", "National Construction Authority" of its "… Act")
      if (bodyName && !rest.some((w) => ORG_MARKERS.has(w))) continue;
      const last = rest.length - 1;
      // (nor a firm's arm in a country: "Lumora" is not "Lumora UK", nor "Jinlong" "Jinlong Australia")
      if (rest.length === 1 && countryGroup(rest[0]) !== undefined) continue;
      // (or a society's, when the short form has two words or more: "Kenya Red Cross said" after "Kenya Red Cross Society")
      // (or any body's, when the short form has two words and no given name: "Betsi Cadwaladr said"
      // after "Betsi Cadwaladr University Health Board", "Cascade Valley" of "Cascade Valley University")
      if (shortForm || (plainPair && ORG_MARKERS.has(rest[last])) || !rest.some((w, i) => ORG_MARKERS.has(w) && !(i === last && (COMPANY_ENDS.has(w) || (SOCIETY_ENDS.has(w) && key.indexOf(' ') > 0))))) out.push(c);
    }
  }
  return out;
}

/**
 * The longer name a speaking short form stands for in its article (brandForms, ownForm), or
 * null. A name with a generic ending gives way to one without: "Hanseong said" after "Hanseong
 * Electronics" and "Hanseong Group" is the former.
 */
export function brandForm(key: string, pre: readonly string[] | null | undefined, first: readonly string[] | null | undefined, inDoc: (c: string) => boolean): string | null {
  const forms = brandForms(key, pre, first);
  const specific = forms.filter((c) => !GENERIC_ORG_SUFFIX.has(c.slice(c.lastIndexOf(' ') + 1)));
  return specific.some(inDoc) || specific.length === forms.length ? ownForm(specific, inDoc) : ownForm(forms, inDoc);
}

/**
 * Of the names of one article that a short form may stand for (`own`, those `inDoc`): the only
 * one, or the longest when each other is the start or the end of it ("Halcyon Foods" and "Halcyon Foods
 * Inc." for "Halcyon"); null when there is none or a choice.
 */
export function ownForm(own: readonly string[], inDoc: (key: string) => boolean): string | null {
  let best: string | null = null;
  for (const c of own) {
    // (a name in both of brandForms' lists is one choice)
    if (!inDoc(c) || c === best) continue;
    // (one name of the document may be another's form: "Daniel Koh" of "Daniel Koh Wen Jie", a
    // headline's "City Council" of "Belize City Council")
    if (best === null || (c.length > best.length && (c.startsWith(best + ' ') || c.endsWith(' ' + best)))) best = c;
    else if (!(best.length > c.length && (best.startsWith(c + ' ') || best.endsWith(' ' + c)))) return null;
  }
  return best;
}

/**
 * The form a person's name may take later in its own article by its first word: a given name
 * ("Emma, 7, said" after "Emma Clarke"), an Arab or Malay name ("Sheikh Nawaf" after "Nawaf bin
 * Salem al-Sabah", "Ms Nadia" after "Nadia Ismail"), a surname written first ("Ms Ng" after "Ng
 * Siew Ling"); and a Spanish name's first surname ("Echeverría" of "Tomás Echeverría Lanusse").
 * Linked only in that article, only to the one name there that has it, and only when no name
 * anywhere ends with it (a surname wins: nameSuffixes).
 */
export function givenNameForms(words: string[], k: { p: number; o: number } | undefined): string[] {
  const first = words[0];
  // (a name with more person than organisation evidence: a title, a given name …)
  if (!k || k.p <= k.o || words.length < 2 || first.length < 2 || first.indexOf('-') >= 0 || NAME_LEADS.has(first) || isPlaceKey(first) || countryGroup(first)) return [];
  // and the first of two surnames, as Spanish copy writes it: "Echeverría" of "Tomás Echeverría Lanusse";
  // and the surname after an English given name in a Chinese name: "Koh" of "Daniel Koh Wen Jie"
  // (or after two given names: "Ramírez" of "Luis Alberto Ramírez Ocampo")
  // (the second given name, unlike a Chinese name's syllables, is long or known: not "Koh" of "Daniel Koh Wen Jie")
  const twoGiven = words.length === 4 && (GIVEN_NAMES.has(first) || (GIVEN_NAMES.has(words[1]) && !SYLLABLES.test(first))) && (GIVEN_NAMES.has(words[1]) || !SYLLABLES.test(words[1])) && !GIVEN_NAMES.has(words[2]) && !SYLLABLES.test(words[3]);
  const chinese = words.length === 4 && GIVEN_NAMES.has(first) && !twoGiven;
  const mid = twoGiven ? words[2] : words.length === 3 || chinese ? words[1] : '';
  return mid.length >= (chinese ? 2 : 3) && !NAME_LEADS.has(mid) && !GIVEN_NAMES.has(mid) && mid.indexOf('.') < 0 ? [first, mid] : [first];
}

/** the forms a person's name takes in its own article only: givenNameForms, and withoutMiddle (both resolvers) */
export function ownPersonForms(words: string[], k: { p: number; o: number } | undefined): string[] {
  const out = givenNameForms(words, k);
  const short = withoutMiddle(words);
  if (short !== null) out.push(short);
  return out;
}

/**
 * A person's name without its middle names or initials, as a headline or a later line writes
 * it: "Rose Koaba" of "Rose Nimbi Koaba", "Walter Kowalczyk" of "Walter J. Kowalczyk" (key
 * words); null for two words, a generational or particle ending, or a Chinese name.
 */
export function withoutMiddle(words: readonly string[]): string | null {
  if (words.length < 3 || words.length > 5) return null;
  const last = words[words.length - 1];
  if (GENERATIONAL.has(last) || NAME_LEADS.has(last) || last.length < 2 || NAME_LEADS.has(words[0]) || (SYLLABLES.test(last) && SYLLABLES.test(words[words.length - 2]))) return null;
  return words[0] + ' ' + last;
}

/** what pick() weighs of a full form a short one may stand for */
export interface PickRank {
  /** the index of its first occurrence in the document at hand (-1: none there) */
  first: number;
  /** its occurrences in the corpus */
  count: number;
}

/**
 * Whether a full form goes before another for a short form of them both ("Venugopal" of
 * "Prabhakar Venugopal" and "Arjun Venugopal"): the one the document names, then the one it names
 * first (an obituary's subject before the relatives quoted after it, even when they are quoted
 * more often), then the one the corpus names more often.
 */
export function pickBefore(a: PickRank, b: PickRank): boolean {
  if ((a.first >= 0) !== (b.first >= 0)) return a.first >= 0;
  if (a.first !== b.first) return a.first < b.first;
  return a.count > b.count;
}

/**
 * Of a short form's full forms, whether `form` gives way to another of them, being only a
 * shorter form of it: its end ("Red Wings" of "Detroit Red Wings", both full forms of "Wings"),
 * or, both in the document, the other without its middle name ("Geoffrey Alderley" of
 * "Geoffrey Thomas Alderley", for "Alderley").
 */
export function givesWay(form: string, cands: readonly string[], inDoc: (key: string) => boolean): boolean {
  const sp = form.indexOf(' ');
  const two = sp >= 0 && form.indexOf(' ', sp + 1) < 0;
  for (const c of cands) {
    if (c === form) continue;
    if (c.length > form.length && c.endsWith(form) && c.charCodeAt(c.length - form.length - 1) === 32) return true;
    if (two && inDoc(c) && withoutMiddle(c.split(' ')) === form) return true;
  }
  return false;
}

/** the acronyms a name too long for suffix and prefix lists is found by (its words split from its key) */
export function longNameInitials(key: string, words: string[], k: { p: number; o: number } | undefined): string[] {
  return words.length <= MAX_INITIALS_WORDS && orgLike(key, words, k) ? acronymsOf(key) : [];
}

/** an occurrence that gives its entity no canonical form: a capital standing for its country, a country group's key ("@…") */
export function givesNoForm(occ: NameOcc): boolean {
  return !!occ.speaker?.metonym || occ.key.charCodeAt(0) === 64;
}

/** first words of a person's name that are not a name of their own */
const NAME_LEADS: ReadonlySet<string> = new Set(['de', 'van', 'von', 'der', 'den', 'du', 'da', 'di', 'la', 'le', 'el', 'al', 'bin', 'ibn', 'st', 'saint', 'san', 'mc', 'mac', 'o']);

/**
 * A given name, then a surname that is also an organisation word: "Tom Hall", "Ann Church"
 * (a person, unless the text says otherwise: more organisation than person evidence).
 */
export function personWithMarker(words: string[], k: { p: number; o: number } | undefined): boolean {
  return words.length >= 2 && words.length <= 3 && GIVEN_NAMES.has(words[0]) && SURNAME_MARKERS.has(words[words.length - 1]) && !(k && k.o > k.p + 1);
}

/** head nouns an institution is called by alone, once named in full in its article ("the Commission") */
const INSTITUTION_HEADS: ReadonlySet<string> = new Set(['commission', 'council', 'parliament', 'ministry', 'department', 'agency', 'court', 'assembly', 'senate', 'congress', 'committee', 'authority', 'bank', 'party', 'board', 'forum', 'union', 'federation', 'association', 'institute', 'university', 'foundation', 'tribunal', 'panel', 'bureau', 'fund', 'company', 'corporation', 'group', 'treasury', 'office', 'army', 'navy', 'service', 'survey',
  // (a market's: "the Exchange" of "Cape Ann Seafood Exchange")
  'exchange']);

/** heads of one of a government's many branches */
const BRANCH_HEADS: ReadonlySet<string> = new Set(['ministry', 'department', 'office']);

/** organisation words that are also common surnames */
const SURNAME_MARKERS: ReadonlySet<string> = new Set(['hall', 'church', 'house', 'bank', 'banks', 'court', 'post', 'wing', 'guard', 'chambers', 'press', 'watch', 'trust', 'power', 'steel', 'cross']);


/** Is a name of several words one of a trade's members ("United Auto Workers", "National Union of Mineworkers"), an organisation? */
export function isMembersName(words: string[]): boolean {
  return words.length >= 2 && MEMBER_PLURALS.has(words[words.length - 1]);
}

/**
 * Does a name key (its words, and its person/organisation evidence `k`) name an organisation?
 * Both corpus resolvers index its short forms by this.
 */
export function orgLike(key: string, words: string[], k: { p: number; o: number } | undefined): boolean {
  if (countryGroup(key)) return true;
  if (personWithMarker(words, k)) return false;
  for (const w of words) if (ORG_MARKERS.has(w)) return true;
  // (and a country's acronym of one: a headline's "US FDA")
  if (isCompanyName(words) || isMembersName(words) || (words.length === 2 && acronymKey(key) === words[1])) return true;
  return !!k && k.o > k.p + 1;
}

/** Does a name of several words end like a company's ("… Energy", "… Corp.")? */
export function isCompanyName(words: string[]): boolean {
  return words.length >= 2 && COMPANY_ENDS.has(words[words.length - 1]);
}


export function nameSuffixes(words: string[]): string[] {
  const out: string[] = [];
  for (let i = 1; i < words.length; i++) {
    const suf = words.slice(i).join(' ');
    // (a place is no surname: "England" of "Natural England")
    if (!GENERATIONAL.has(suf) && !(i === words.length - 1 && (isPlaceKey(suf) || countryGroup(suf)))) out.push(suf);
  }
  if (words.length >= 3 && GENERATIONAL.has(words[words.length - 1])) {
    for (let i = 1; i < words.length - 1; i++) out.push(words.slice(i, -1).join(' '));
  }
  // a Chinese name of three syllables after an English given name: "Ang" of "Desmond Ang Kok Wee"
  if (words.length === 4 && (GIVEN_NAMES.has(words[0]) || words[0].length >= 5) && !GIVEN_NAMES.has(words[2]) && !NAME_LEADS.has(words[1]) && SYLLABLES.test(words[1]) && SYLLABLES.test(words[2]) && SYLLABLES.test(words[3])) out.push(words[1]);
  // a Korean or Cantonese given name after the surname: "Kwok" of "Vincent Kwok Wing-hang",
  // "Lee" of "Lee Jae-myung"
  const last = words[words.length - 1];
  // (not a given name before a double-barrelled surname: "Anna" of "Anna Smith-Jones")
  if (words.length >= 2 && ASIAN_GIVEN.test(last) && !HYPHEN_PARTICLES.has(last.slice(0, last.indexOf('-'))) && !GIVEN_NAMES.has(words[words.length - 2])) out.push(words[words.length - 2]);
  return out;
}

/** a two-syllable given name joined by a hyphen, as name keys write it ("wing-hang", "jae-myung"; not "al-masri": HYPHEN_PARTICLES) */
const ASIAN_GIVEN = /^[a-z]{2,5}-[a-z]{1,5}$/;
/** one syllable of a Chinese name as written in Singapore or Malaysia ("ang", "kok", "wee") */
const SYLLABLES = /^[a-z]{2,4}$/;

export function looseEntitySpans(
  occ: NameOcc,
  idOfText: (text: string) => string,
  isEntity: (id: string) => boolean,
): Array<{ occ: NameOcc; id: string; start: number; end: number; text: string }> {
  const out: Array<{ occ: NameOcc; id: string; start: number; end: number; text: string }> = [];
  const p = occ.parts!;
  const nw = p.length / 2;
  let i = 0;
  while (i < nw) {
    let matched = 0;
    // (no span starts with a small word: "the World Health Organization" of "Regional Office for
    // the Americas of the World Health Organization" is the name without "the")
    if (LOOSE_SMALL_WORDS.has(refText(occ, p[2 * i], p[2 * i + 1]))) { i++; continue; }
    for (let len = Math.min(4, nw - i); len >= 1; len--) {
      const s = p[2 * i], e = p[2 * (i + len - 1) + 1];
      const text = refText(occ, s, e);
      const id = idOfText(text);
      if (isEntity(id)) { out.push({ occ, id, start: s, end: e, text }); matched = len; break; }
    }
    i += matched || 1;
  }
  return out;
}

/**
 * The span of a name without its generic organisation suffix and a leading "The"
 * ("Hamas Movement" → "Hamas", "The All Israel News Staff" → "All Israel News"); shared with the
 * incremental resolver. Callers check that the text is found there as written.
 */
export function withoutGenericSuffix(occ: NameOcc): { start: number; end: number; text: string } {
  const words = occ.text.split(/[\s\u00a0]+/);
  let start = occ.start;
  let body = words.slice(0, -1);
  if (body[0] === 'The' && body.length > 1) { start += 4; body = body.slice(1); }
  const text = body.join(' ');
  const end = start + occ.text.slice(start - occ.start).indexOf(text) + text.length;
  return { start, end, text };
}

/** lower-case small words inside a long name, which begin none of its entities' spans */
const LOOSE_SMALL_WORDS: ReadonlySet<string> = new Set(['the', 'of', 'and', 'for', 'in', 'on', 'at', 'to', 'a', 'an', '&']);

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
