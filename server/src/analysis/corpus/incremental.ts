// Incremental form of the corpus step (resolveCorpus): the entity tables of entities/resolve.ts
// kept as per-document contributions that can be added and removed, so an edit re-derives only
// the documents whose answers can change. It gives exactly the annotations resolveCorpus gives
// for the same documents in corpus order (URI order); tests/unit/incremental-resolve.test.ts
// checks that over random edit sequences.
//
// What a document's annotations depend on, and how a change finds the documents to redo:
//   name keys       → count, documents, person/org evidence, speaker count per key (KeyInfo)
//   lookups         → idOf(key): acronyms, suffix/prefix/initials candidate lists, pick()
//   entity ids      → whether any speaker resolves to it (isEntity)
//   canonical names → best text and evidence per entity id, over every document using it
// A change marks the name keys whose info changed, the lookups whose candidate lists contain
// them, then the documents that looked those up; documents whose isEntity answers flip, and
// documents using an entity whose canonical name or subtype changed, follow.
import type { Annotation, DocumentAnalysis } from '../types';
import type { DocumentExtraction } from '../analyze';
import type { NameOcc } from '../entities/extract';
import { brandForm, givesNoForm, givesWay, pickBefore, type PickRank, longNameInitials, ownPersonForms, isCompanyName, longerStarts, orgFirstWords, orgLike, ownForm, looseEntitySpans, nameSuffixes, orgSuffixes, resolveStatements, withoutGenericSuffix } from '../entities/resolve';
import { countryGroup, countryName } from '../entities/lexicon/places';
import { GENERIC_ORG_SUFFIX, ORG_MARKERS } from '../entities/lexicon/words';
import { acronymKey, acronymsOf, displayName, nameKey } from '../entities/keys';
import { removeOverlaps } from '../refiners/overlap';

const MAX_SUFFIX_WORDS = 6;
const MAX_CANDIDATES = 8;
const SPACES = /[\s\u00a0]+/;
const NONE: string[] = [];
const NO_REFS = new Int32Array(0);
/** Doc.stats: numbers per name key, and their places in a row */
const STATS = 6, N = 0, P = 1, O = 2, SP = 3, FIRM = 4, FIRST = 5;
/** documents handled between two yields of build() */
const BUILD_STEP = 256;

type ListKind = 's' | 'p' | 'i' | 'o' | 'f';

interface KeyInfo {
  count: number;
  p: number;
  o: number;
  speakers: number;
  /** occurrences outside headlines' loose runs (resolve.ts: a key with none gives no candidate lists) */
  firm: number;
  /** documents containing the key → index of its first occurrence there */
  docs: Map<Doc, number>;
  /** the list entries the key is registered under ("s\0blinken") */
  entries: string[];
  /** the first document (in corpus order) containing the key; null when not known */
  firstDoc: Doc | null;
}

interface Ref {
  occ: NameOcc;
  id: string;
  start: number;
  end: number;
  text: string;
}

/** an entity reference to part of a name occurrence (Doc.refAt < 0); its id is in Doc.refIds */
interface SubRef {
  occ: NameOcc;
  start: number;
  end: number;
  text: string;
}

/** a canonical form and the document giving it */
interface Canon {
  best: string;
  uri: string;
  rank: number;
}

interface Contribution {
  p: number;
  o: number;
  org: boolean;
  multi: boolean;
  best: string | null;
  /** rank of `best` in resolve.ts's order of canonical forms (see rankOf) */
  rank: number;
}

interface Doc {
  uri: string;
  ex: DocumentExtraction;
  names: NameOcc[];
  /** per name key: its row in stats (objects per key were about 20 MB at 10,000 articles) */
  keyStats: Map<string, number>;
  /** per row, STATS numbers: occurrences, person and organisation evidence, speaker occurrences, firm occurrences, index of the first */
  stats: Int32Array;
  acronyms: Map<string, string>;
  baseIds: string[];
  /** the entity ids its speakers resolve to, each with its count: [id, n, id, n, …] (a map per document was 7.5 MB at 10,000 articles) */
  speakerIds: SpeakerCounts;
  /** name keys, sub-span keys and entity ids it looked up (distinct; arrays: far smaller than sets) */
  lookups: string[];
  subLookups: string[];
  deps: string[];
  /**
   * its entity references, in order: a whole name occurrence (its index in names) or, written
   * ~i, subRefs[i]; refIds has the entity id of each. (Objects per reference, and the
   * per-entity contributions kept beside them, were about 50 MB at 10,000 articles; the
   * contributions are derived from these again when needed: contributions())
   */
  refAt: Int32Array;
  refIds: string[];
  subRefs: SubRef[];
  result: DocumentAnalysis | null;
}

export interface IncrementalStats {
  /** documents whose ids were re-derived, whose entity refs were re-derived, whose output was rebuilt */
  lookedUp: number;
  expanded: number;
  rebuilt: number;
}

export class IncrementalCorpus {
  private readonly docs = new Map<string, Doc>();
  private readonly keys = new Map<string, KeyInfo>();
  private readonly lists = new Map<string, Set<string>>();
  private readonly listCache = new Map<string, string[]>();
  private readonly acrDefs = new Map<string, Map<Doc, string>>();
  private readonly revAcr = new Map<string, Set<string>>();
  /** documents by what they looked up (one document kept as is, more in a set: most keys have one) */
  private readonly lookupDocs = new Map<string, DocSet>();
  private readonly subLookupDocs = new Map<string, DocSet>();
  private readonly speakerIdCount = new Map<string, number>();
  private readonly depDocs = new Map<string, DocSet>();
  private readonly evidence = new Map<string, { p: number; o: number; org: number; multi: number }>();
  private readonly contribDocs = new Map<string, Set<Doc>>();
  private readonly canon = new Map<string, string>();
  /** the document giving each entity its canonical name, with the rank of that name */
  private readonly canonFrom = new Map<string, { uri: string; rank: number }>();
  /**
   * entities whose canonical document lost its contribution, with the best contribution added
   * since (null: none yet; 'unknown': one of those was taken back again): recomputed over all
   * documents, unless the canonical document comes back as good as before (addExpansion)
   */
  private readonly canonLost = new Map<string, Canon | null | 'unknown'>();
  lastStats: IncrementalStats = { lookedUp: 0, expanded: 0, rebuilt: 0 };
  /**
   * firstBuild(): the answers of idOf that do not depend on the document, per key (the tables
   * do not change while it derives every document, and a much-used key is asked thousands of times)
   */
  private idMemo: Map<string, string> | null = null;

  get size(): number {
    return this.docs.size;
  }

  /**
   * the resolved analysis of a document (as resolveCorpus gives it), or null when unknown;
   * derived on first use after firstBuild() (an update re-derives it when it changes)
   */
  analysis(uri: string): DocumentAnalysis | null {
    const d = this.docs.get(uri);
    if (!d) return null;
    return (d.result ??= this.output(d));
  }

  /**
   * What update(set) does on an empty resolver, without what undoes or compares earlier state.
   * Returns the ids of the documents added; their analyses are derived when asked for
   * (analysis()).
   */
  private firstBuild(set: DocumentExtraction[]): Set<string> {
    const steps = this.build(set);
    let r = steps.next();
    while (!r.done) r = steps.next();
    return r.value;
  }

  /**
   * Builds the tables of an empty resolver from `set` in steps (firstBuild), so a caller can
   * spread the build over turns of the event loop (a warm start resolves from a persisted
   * snapshot and builds these tables afterwards, for the first edit). Yields about every
   * BUILD_STEP documents; nothing else may use the resolver until the iterator is done.
   */
  build(set: DocumentExtraction[]): Generator<void, Set<string>, void> {
    if (this.docs.size !== 0) throw new Error('build() needs an empty resolver');
    return this.buildSteps(set);
  }

  private *buildSteps(set: DocumentExtraction[]): Generator<void, Set<string>, void> {
    const touchedAcr = new Set<string>();
    const none = () => {};
    const byId = new Map<string, DocumentExtraction>();
    for (const ex of set) byId.set(ex.id, ex); // the last of one id wins, as in update()
    const docs: Doc[] = [];
    let n = 0;
    for (const ex of byId.values()) {
      const d = makeDoc(ex);
      this.docs.set(ex.id, d);
      this.addKeys(d, new Map(), touchedAcr, none, NO_KEYS);
      docs.push(d);
      if (++n % BUILD_STEP === 0) yield;
    }
    // reindex(): every key is new (the lookups it would return are every document's)
    const lookups = new Set<string>();
    for (const key of this.keys.keys()) {
      this.reindexKey(key, lookups);
      if (++n % (BUILD_STEP * 8) === 0) yield;
    }
    const touchedIds = new Set<string>();
    // phase 1 of update() for every document (every lookup is new)
    this.idMemo = new Map();
    try {
      for (const d of docs) {
        this.deriveIds(d);
        this.register(this.lookupDocs, d.lookups, d);
        eachCount(d.speakerIds, (id, n) => this.addCount(this.speakerIdCount, id, n));
        if (++n % BUILD_STEP === 0) yield;
      }
      // phase 2 (every document looked up new entities), then phase 3's canonical names
      for (const d of docs) {
        this.expandRefs(d);
        this.addExpansion(d, touchedIds);
        if (++n % BUILD_STEP === 0) yield;
      }
    } finally {
      this.idMemo = null;
    }
    for (const id of touchedIds) this.recomputeCanon(id);
    this.lastStats = { lookedUp: docs.length, expanded: docs.length, rebuilt: docs.length };
    return new Set(byId.keys());
  }

  /**
   * Adds or replaces the extractions in `set` (keyed by their id) and removes the documents in
   * `remove`. Returns the ids of the documents whose analysis changed (removed ones excluded).
   */
  update(set: DocumentExtraction[], remove: string[] = []): Set<string> {
    if (this.docs.size === 0) return this.firstBuild(set);
    const keyDelta = new Map<string, string>();
    // answers of lookups before this update (a lookup whose answers stay the same redoes nothing);
    // not worth it when most of the corpus changes
    const bulk = set.length + remove.length >= Math.max(50, this.docs.size / 4);
    const before = new Map<string, string>();
    const capture = (lookup: string) => {
      if (!bulk && !before.has(lookup)) before.set(lookup, this.lookupSig(lookup));
    };
    const touchedAcr = new Set<string>();
    const wasEntity = new Map<string, boolean>();
    const oldLook = new Map<string, { name: string; subtype: string }>();
    const touchedIds = new Set<string>();
    const redo = new Set<Doc>();

    const noteId = (id: string) => {
      if (!wasEntity.has(id)) wasEntity.set(id, this.isEntity(id));
    };
    const detach = (d: Doc, same: ReadonlySet<string> = NO_KEYS) => {
      this.removeKeys(d, keyDelta, touchedAcr, capture, same);
      eachCount(d.speakerIds, (id, n) => {
        noteId(id);
        this.addCount(this.speakerIdCount, id, -n);
      });
      d.speakerIds = NO_COUNTS;
      this.unregister(this.lookupDocs, d.lookups, d);
      d.lookups = NONE;
      this.dropExpansion(d, touchedIds, oldLook);
    };

    for (const uri of remove) {
      const d = this.docs.get(uri);
      if (!d) continue;
      detach(d);
      this.docs.delete(uri);
    }
    for (const ex of set) {
      const old = this.docs.get(ex.id);
      const d = makeDoc(ex);
      // an edit keeps most of a document's names as they were: their lookups need no snapshot
      // (a lookup reached through a changed key without one counts as changed)
      const same = old && !bulk ? sameKeys(old, d) : NO_KEYS;
      if (old) {
        detach(old, same);
        this.docs.delete(ex.id);
      }
      this.docs.set(ex.id, d);
      this.addKeys(d, keyDelta, touchedAcr, capture, same);
      redo.add(d);
    }

    // keys whose info changed (a document replaced by one with the same names changes none)
    const touchedKeys = new Set<string>();
    for (const [key, delta] of keyDelta) if (delta !== '') touchedKeys.add(key);
    // lookups whose answer may have changed, then the documents that made them
    const lookups = this.reindex(touchedKeys, touchedAcr, bulk ? null : before);
    for (const k of lookups) {
      addAll(redo, this.lookupDocs.get(k));
      addAll(redo, this.subLookupDocs.get(k));
    }

    // phase 1: the id of every name occurrence; speaker ids
    for (const d of redo) {
      eachCount(d.speakerIds, (id, n) => {
        noteId(id);
        this.addCount(this.speakerIdCount, id, -n);
      });
      this.unregister(this.lookupDocs, d.lookups, d);
      this.deriveIds(d);
      this.register(this.lookupDocs, d.lookups, d);
      eachCount(d.speakerIds, (id, n) => {
        noteId(id);
        this.addCount(this.speakerIdCount, id, n);
      });
    }
    // documents that asked whether an id is an entity, when the answer flipped
    const expand = new Set<Doc>(redo);
    for (const [id, was] of wasEntity) {
      if (was === this.isEntity(id)) continue;
      addAll(expand, this.depDocs.get(id));
    }
    // phase 2: sub-span entities, entity refs, per-entity contributions
    for (const d of expand) {
      this.dropExpansion(d, touchedIds, oldLook);
      this.expandRefs(d);
      this.addExpansion(d, touchedIds);
    }
    // phase 3: canonical names of touched entities; documents using a changed one
    const rebuild = new Set<Doc>(expand);
    for (const id of touchedIds) {
      this.recomputeCanon(id);
      const before = oldLook.get(id);
      if (!before || before.name !== this.nameOf(id) || before.subtype !== this.subtypeOf(id)) {
        for (const d of this.contribDocs.get(id) ?? []) rebuild.add(d);
      }
    }
    const changed = new Set<string>();
    for (const d of rebuild) {
      if (this.docs.get(d.uri) !== d) continue;
      d.result = this.output(d);
      changed.add(d.uri);
    }
    this.lastStats = { lookedUp: redo.size, expanded: expand.size, rebuilt: rebuild.size };
    return changed;
  }

  // ---- name keys -----------------------------------------------------------------------------

  private addKeys(d: Doc, delta: Map<string, string>, touchedAcr: Set<string>, capture: (lookup: string) => void, same: ReadonlySet<string>): void {
    const st = d.stats;
    for (const [key, row] of d.keyStats) {
      const s = row * STATS;
      let k = this.keys.get(key);
      if (!same.has(key)) {
        capture(key);
        if (k) for (const e of k.entries) capture(e.slice(2));
      }
      if (!k) {
        k = { count: 0, p: 0, o: 0, speakers: 0, firm: 0, docs: new Map(), entries: [], firstDoc: null };
        this.keys.set(key, k);
      }
      k.count += st[s + N];
      k.p += st[s + P];
      k.o += st[s + O];
      k.speakers += st[s + SP];
      k.firm += st[s + FIRM];
      k.docs.set(d, st[s + FIRST]);
      if (k.firstDoc !== null && d.uri < k.firstDoc.uri) k.firstDoc = d;
      if (k.docs.size === 1) k.firstDoc = d;
      // a key this update did not take from a document (removeKeys) changed; one it did may be
      // back as it was
      const removed = delta.get(key);
      delta.set(key, removed !== undefined && (removed === UNCHANGED_KEY ? same.has(key) : removed === this.signature(key, k, row, d)) ? '' : 'changed');
    }
    for (const [a, long] of d.acronyms) {
      capture(a);
      let defs = this.acrDefs.get(a);
      if (!defs) this.acrDefs.set(a, (defs = new Map()));
      defs.set(d, long);
      let rev = this.revAcr.get(long);
      if (!rev) this.revAcr.set(long, (rev = new Set()));
      rev.add(a);
      touchedAcr.add(a);
    }
  }

  private removeKeys(d: Doc, delta: Map<string, string>, touchedAcr: Set<string>, capture: (lookup: string) => void, same: ReadonlySet<string>): void {
    const st = d.stats;
    for (const [key, row] of d.keyStats) {
      const s = row * STATS;
      const k = this.keys.get(key)!;
      if (!same.has(key)) {
        capture(key);
        for (const e of k.entries) capture(e.slice(2));
      }
      // what the key had from this document; a re-add with the same signature cancels it
      // a key the document uses alike before and after an edit, in a document that is not its
      // first, gives the same signature (only a first document adds the order of its keys)
      delta.set(key, delta.has(key) ? 'changed' : same.has(key) && this.firstDocOf(k) !== d ? UNCHANGED_KEY : this.signature(key, k, row, d));
      k.count -= st[s + N];
      k.p -= st[s + P];
      k.o -= st[s + O];
      k.speakers -= st[s + SP];
      k.firm -= st[s + FIRM];
      k.docs.delete(d);
      if (k.firstDoc === d) k.firstDoc = null;
    }
    for (const [a] of d.acronyms) {
      capture(a);
      const defs = this.acrDefs.get(a);
      defs?.delete(d);
      if (defs && defs.size === 0) this.acrDefs.delete(a);
      touchedAcr.add(a);
    }
  }

  /**
   * What a document gives a key: counts, evidence, and — when it is the key's first document —
   * the index of its first occurrence (which orders candidate lists).
   */
  private signature(key: string, k: KeyInfo, row: number, d: Doc): string {
    const st = d.stats, s = row * STATS;
    let order = '';
    if (this.firstUriOf(k) === d.uri) {
      // candidate lists order keys by first occurrence: what matters is which keys of the same
      // first document come before this one in each list it is in
      for (const e of k.entries) {
        const before: string[] = [];
        for (const c of this.lists.get(e) ?? []) {
          if (c === key) continue;
          const cs = d.keyStats.get(c);
          if (cs !== undefined && st[cs * STATS + FIRST] < st[s + FIRST] && this.firstUriOf(this.keys.get(c)!) === d.uri) before.push(c);
        }
        order += `|${e}:${before.sort().join(',')}`;
      }
    }
    return `${st[s + N]},${st[s + P]},${st[s + O]},${st[s + SP]},${st[s + FIRM]},${d.uri}${order}`;
  }

  private firstUriOf(k: KeyInfo): string {
    return this.firstDocOf(k)?.uri ?? '';
  }

  private firstDocOf(k: KeyInfo): Doc | null {
    if (k.firstDoc === null) {
      for (const d of k.docs.keys()) if (k.firstDoc === null || d.uri < k.firstDoc.uri) k.firstDoc = d;
    }
    return k.firstDoc;
  }

  /** Re-registers touched keys in the candidate lists; returns the lookups that may answer differently. */
  private reindex(touched: Set<string>, touchedAcr: Set<string>, before: Map<string, string> | null): Set<string> {
    let lookups = new Set<string>();
    for (const key of touched) this.reindexKey(key, lookups);
    for (const a of touchedAcr) lookups.add(a);
    if (before) {
      // keep the lookups whose answers may differ: their lists, the order of their candidates'
      // counts (which decides pick() in every document), their acronym or speaker status
      const changed = new Set<string>();
      for (const x of lookups) if (!before.has(x) || before.get(x) !== this.lookupSig(x)) changed.add(x);
      lookups = changed;
    }
    // idOf follows acronyms to their long form (up to 3 deep)
    let frontier = [...lookups];
    for (let depth = 0; depth < 3 && frontier.length; depth++) {
      const next: string[] = [];
      for (const x of frontier) {
        for (const a of this.revAcr.get(x) ?? []) {
          if (!lookups.has(a)) {
            lookups.add(a);
            next.push(a);
          }
        }
      }
      frontier = next;
    }
    return lookups;
  }

  /** Re-registers one key in the candidate lists; adds the lookups that may answer differently. */
  private reindexKey(key: string, lookups: Set<string>): void {
    const k = this.keys.get(key)!;
    lookups.add(key);
    for (const e of k.entries) {
      this.lists.get(e)?.delete(key);
      this.listCache.delete(e);
      lookups.add(e.slice(2));
    }
    if (k.docs.size === 0) {
      this.keys.delete(key);
      return;
    }
    k.entries = this.entriesOf(key);
    for (const e of k.entries) {
      let l = this.lists.get(e);
      if (!l) this.lists.set(e, (l = new Set()));
      l.add(key);
      this.listCache.delete(e);
      lookups.add(e.slice(2));
    }
  }

  /** the candidate lists a key belongs to, as resolve() builds them */
  private entriesOf(key: string): string[] {
    if (this.keys.get(key)!.firm === 0) return [];
    const words = key.split(' ');
    if (words.length < 2) return [];
    // (a longer name is found by its initials alone, as resolve.ts has it)
    if (words.length > MAX_SUFFIX_WORDS) return longNameInitials(key, words, this.keys.get(key)).map((ini) => 'i\0' + ini);
    // ("… News Staff" is a descriptor: no prefixes or suffixes; "World Health Organization" still has its initials)
    const generic = GENERIC_ORG_SUFFIX.has(words[words.length - 1]);
    const out: string[] = [];
    if (orgLike(key, words, this.keys.get(key))) {
      if (!generic) for (const pre of longerStarts(words)) out.push('p\0' + pre);
      if (!generic) for (const suf of orgSuffixes(words)) out.push('o\0' + suf);
      for (const ini of acronymsOf(key)) out.push('i\0' + ini);
    } else if (!generic) {
      for (const suf of nameSuffixes(words)) out.push('s\0' + suf);
      for (const g of ownPersonForms(words, this.keys.get(key))) out.push('o\0' + g);
    }
    if (!generic || isCompanyName(words)) for (const f of orgFirstWords(words)) out.push('f\0' + f);
    return out;
  }

  /** everything idOf(lookup, d) depends on, for documents whose own names did not change */
  private lookupSig(x: string): string {
    let sig = this.acr(x) ?? '';
    const full = this.list('s', x);
    if (full) {
      if (full.length === 1) sig += '|' + full[0];
      else {
        // pick(): the first candidate with the highest count (a document's own candidates first)
        const order = full.map((c, i) => ({ i, n: this.keys.get(c)!.count })).sort((a, b) => b.n - a.n || a.i - b.i);
        sig += '|' + full.join(',') + '#' + order.map((o) => o.i).join(',');
      }
    }
    const pre = this.list('p', x);
    sig += '|' + (pre ? (pre.length === 1 ? pre[0] : '*') : '') + ((this.keys.get(x)?.speakers ?? 0) > 0 ? '!' : '');
    if (x.length >= 2 && x.length <= 6 && x.indexOf(' ') < 0) {
      const ini = this.list('i', x);
      sig += '|' + (ini ? (ini.length === 1 ? ini[0] : '*') : '');
    }
    return sig;
  }

  /** a candidate list in corpus order of first occurrence, at most 8 long */
  private list(kind: ListKind, lookup: string): string[] | null {
    const e = kind + '\0' + lookup;
    const cached = this.listCache.get(e);
    if (cached) return cached.length ? cached : null;
    const set = this.lists.get(e);
    let out: string[] = [];
    if (set && set.size) {
      const ranked = [...set].map((key) => ({ key, pos: this.firstPos(key) }));
      ranked.sort((a, b) => (a.pos.uri < b.pos.uri ? -1 : a.pos.uri > b.pos.uri ? 1 : a.pos.idx - b.pos.idx));
      out = ranked.slice(0, MAX_CANDIDATES).map((r) => r.key);
    }
    this.listCache.set(e, out);
    return out.length ? out : null;
  }

  private firstPos(key: string): { uri: string; idx: number } {
    const k = this.keys.get(key)!;
    const d = this.firstDocOf(k);
    return d ? { uri: d.uri, idx: k.docs.get(d)! } : { uri: '', idx: 0 };
  }


  private acr(a: string): string | undefined {
    const defs = this.acrDefs.get(a);
    if (!defs) return undefined;
    let best: Doc | null = null, long: string | undefined;
    for (const [d, l] of defs) {
      if (!best || d.uri < best.uri) {
        best = d;
        long = l;
      }
    }
    return long;
  }

  /** the entity id of a key as used in document `d` (resolve.ts idOf) */
  private idOf(key: string, d: Doc, depth = 0): string {
    const known = this.idMemo?.get(key);
    if (known !== undefined) return known;
    const g = countryGroup(key);
    if (g) return g;
    const long = this.acr(key);
    if (long && depth < 3) return this.idOf(long, d, depth + 1);
    const full = this.list('s', key);
    // several candidates: pick() prefers the document's own
    if (full) return full.length === 1 ? this.remember(key, full[0], long) : this.pick(full, d);
    // the one longer organisation name of the document that ends with the key (resolve.ts; per document: not remembered)
    const own = this.list('o', key);
    if (own) {
      const only = ownForm(own, (c) => d.keyStats.has(c));
      if (only !== null) return only;
    }
    const pre = this.list('p', key);
    const first = this.list('f', key);
    const speaks = (this.keys.get(key)?.speakers ?? 0) > 0;
    // (with such names elsewhere, the answer below holds for this document only)
    const keep = (id: string) => (own || (speaks && (pre || first)) ? id : this.remember(key, id, long));
    if (pre && pre.length === 1 && !speaks) return keep(pre[0]);
    // a short form that speaks, of an organisation named in full in its article (resolve.ts)
    if ((pre || first) && speaks) {
      const only = brandForm(key, pre, first, (c) => d.keyStats.has(c));
      if (only !== null) return only;
    }
    const short = acronymKey(key);
    if (short !== null) {
      const ini = this.list('i', short);
      if (ini && ini.length === 1) return keep(ini[0]);
    }
    return keep(key);
  }

  /** an answer of idOf that holds for every document (a key with an acronym's long form depends on the depth) */
  private remember(key: string, id: string, long: string | undefined): string {
    if (this.idMemo !== null && long === undefined) this.idMemo.set(key, id);
    return id;
  }

  private pick(cands: string[], d: Doc): string {
    if (cands.length === 1) return cands[0];
    let best = cands[0], bestRank: PickRank | null = null;
    const inDoc = (c: string) => d.keyStats.has(c);
    for (const c of cands) {
      // (a shorter form of another gives way to it: resolve.ts)
      if (givesWay(c, cands, inDoc)) continue;
      // (the document's own small table, not the key's table of every document using it)
      const row = d.keyStats.get(c);
      const rank: PickRank = { first: row === undefined ? -1 : d.stats[row * STATS + FIRST], count: this.keys.get(c)!.count };
      if (bestRank === null || pickBefore(rank, bestRank)) {
        best = c;
        bestRank = rank;
      }
    }
    return best;
  }

  private isEntity(id: string): boolean {
    return (this.speakerIdCount.get(id) ?? 0) > 0;
  }

  // ---- per-document derivation ---------------------------------------------------------------

  private deriveIds(d: Doc): void {
    d.baseIds = new Array(d.names.length);
    const speakerIds = new Map<string, number>();
    // key → id: a document names most entities several times
    const ids = new Map<string, string>();
    d.names.forEach((occ, i) => {
      if (occ.speaker?.metonym) {
        d.baseIds[i] = occ.speaker.metonym;
        this.addCount(speakerIds, occ.speaker.metonym, 1);
        return;
      }
      let id = ids.get(occ.key);
      if (id === undefined) ids.set(occ.key, (id = this.idOf(occ.key, d)));
      d.baseIds[i] = id;
      if (occ.speaker) this.addCount(speakerIds, id, 1);
    });
    const counts: SpeakerCounts = [];
    for (const [id, n] of speakerIds) counts.push(id, n);
    d.speakerIds = counts;
    d.lookups = [...ids.keys()];
  }

  private expandRefs(d: Doc): void {
    const deps = new Set<string>();
    const sub = new Set<string>();
    // (the references are kept in order: whole occurrences and generic-suffix spans as the
    // names come, then the loose runs' spans)
    const at: number[] = [];
    const ids: string[] = [];
    const subRefs: SubRef[] = [];
    const extra: Ref[] = [];
    const subIds = new Map<string, string>();
    const idOfText = (text: string) => {
      const k = nameKey(text);
      sub.add(k);
      let id = subIds.get(k);
      if (id === undefined) subIds.set(k, (id = this.idOf(k, d)));
      deps.add(id);
      return id;
    };
    const addSub = (id: string, occ: NameOcc, start: number, end: number, text: string) => {
      at.push(~subRefs.length);
      ids.push(id);
      subRefs.push({ occ, start, end, text });
    };
    d.names.forEach((occ, i) => {
      const id = d.baseIds[i];
      deps.add(id);
      if (this.isEntity(id)) {
        at.push(i);
        ids.push(id);
        return;
      }
      // (a speaker whose id is no entity's has nothing inside it either)
      if (occ.speaker) return;
      if (occ.loose && occ.parts) {
        extra.push(...looseEntitySpans(occ, idOfText, (x) => this.isEntity(x)));
        return;
      }
      const words = occ.text.split(SPACES);
      if (words.length >= 2 && GENERIC_ORG_SUFFIX.has(words[words.length - 1].toLowerCase())) {
        const { start: s, end: e, text } = withoutGenericSuffix(occ);
        const xid = idOfText(text);
        if (this.isEntity(xid) && occ.text.slice(s - occ.start, e - occ.start) === text) addSub(xid, occ, s, e, text);
      }
    });
    for (const r of extra) if (this.isEntity(r.id)) addSub(r.id, r.occ, r.start, r.end, r.text);
    d.refAt = Int32Array.from(at);
    d.refIds = ids;
    d.subRefs = subRefs;
    d.deps = [...deps];
    d.subLookups = [...sub];
  }

  /** contributions(d).get(id)'s best form and rank, or null (for one entity of many documents: no map of all) */
  private bestForm(d: Doc, id: string): { best: string; rank: number } | null {
    let best: string | null = null, rank = -1;
    for (let i = 0; i < d.refAt.length; i++) {
      if (d.refIds[i] !== id) continue;
      const a = d.refAt[i];
      const occ = a >= 0 ? d.names[a] : d.subRefs[~a].occ;
      if (givesNoForm(occ)) continue;
      const text = a >= 0 ? occ.text : d.subRefs[~a].text;
      const r = rankOf(text, text.split(SPACES).length);
      if (best === null || r > rank) {
        best = text;
        rank = r;
      }
    }
    return best === null ? null : { best, rank };
  }

  /** calls `f` for each entity reference of `d`, in order */
  private eachRef(d: Doc, f: (occ: NameOcc, id: string, start: number, end: number, text: string) => void): void {
    for (let i = 0; i < d.refAt.length; i++) {
      const a = d.refAt[i];
      if (a >= 0) {
        const occ = d.names[a];
        f(occ, d.refIds[i], occ.start, occ.end, occ.text);
      } else {
        const r = d.subRefs[~a];
        f(r.occ, d.refIds[i], r.start, r.end, r.text);
      }
    }
  }

  /**
   * what `d`'s references give each entity: evidence, and the best canonical form (derived
   * again when needed: addExpansion, dropExpansion and recomputeCanon see the same references)
   */
  private contributions(d: Doc): Map<string, Contribution> {
    const contrib = new Map<string, Contribution>();
    // per distinct text: several words, an organisation marker, its rank as a canonical form
    const forms = new Map<string, { multi: boolean; org: boolean; rank: number }>();
    this.eachRef(d, (occ, id, _s, _e, text) => {
      let c = contrib.get(id);
      if (!c) contrib.set(id, (c = { p: 0, o: 0, org: false, multi: false, best: null, rank: -1 }));
      c.p += occ.p;
      c.o += occ.o;
      if (givesNoForm(occ)) return;
      let f = forms.get(text);
      if (!f) {
        const words = text.split(SPACES);
        forms.set(text, (f = { multi: words.length > 1, org: words.some((w) => ORG_MARKERS.has(w.toLowerCase())), rank: rankOf(text, words.length) }));
      }
      if (f.multi) c.multi = true;
      if (f.org) c.org = true;
      if (c.best === null || f.rank > c.rank) {
        c.best = text;
        c.rank = f.rank;
      }
    });
    return contrib;
  }

  private addExpansion(d: Doc, touchedIds: Set<string>): void {
    this.register(this.depDocs, d.deps, d);
    this.register(this.subLookupDocs, d.subLookups, d);
    const contrib = this.contributions(d);
    for (const [id, c] of contrib) {
      let ev = this.evidence.get(id);
      if (!ev) this.evidence.set(id, (ev = { p: 0, o: 0, org: 0, multi: 0 }));
      ev.p += c.p;
      ev.o += c.o;
      ev.org += c.org ? 1 : 0;
      ev.multi += c.multi ? 1 : 0;
      if (c.best !== null) {
        const lost = this.canonLost.get(id);
        if (lost === undefined) {
          const cur = this.canonFrom.get(id);
          if (!cur || c.rank > cur.rank || (c.rank === cur.rank && d.uri < cur.uri)) {
            this.canonFrom.set(id, { uri: d.uri, rank: c.rank });
            this.canon.set(id, c.best);
          }
        } else if (lost !== 'unknown') {
          const since = lost === null || c.rank > lost.rank || (c.rank === lost.rank && d.uri < lost.uri) ? { best: c.best, uri: d.uri, rank: c.rank } : lost;
          const was = this.canonFrom.get(id);
          if (was && was.uri === d.uri && c.rank >= was.rank) {
            // the canonical document is back, as good as before (an edit): every document not
            // added since ranks below it, so the best form is among those added since
            this.canonFrom.set(id, { uri: since.uri, rank: since.rank });
            this.canon.set(id, since.best);
            this.canonLost.delete(id);
          } else this.canonLost.set(id, since);
        }
      }
      let docs = this.contribDocs.get(id);
      if (!docs) this.contribDocs.set(id, (docs = new Set()));
      docs.add(d);
      touchedIds.add(id);
    }
  }

  private dropExpansion(d: Doc, touchedIds: Set<string>, oldLook: Map<string, { name: string; subtype: string }>): void {
    this.unregister(this.depDocs, d.deps, d);
    this.unregister(this.subLookupDocs, d.subLookups, d);
    d.deps = NONE;
    d.subLookups = NONE;
    for (const [id, c] of this.contributions(d)) {
      if (!oldLook.has(id)) oldLook.set(id, { name: this.nameOf(id), subtype: this.subtypeOf(id) });
      const ev = this.evidence.get(id)!;
      ev.p -= c.p;
      ev.o -= c.o;
      ev.org -= c.org ? 1 : 0;
      ev.multi -= c.multi ? 1 : 0;
      const lost = this.canonLost.get(id);
      if (lost === undefined) {
        if (this.canonFrom.get(id)?.uri === d.uri) this.canonLost.set(id, null);
      } else if (lost !== null && lost !== 'unknown' && lost.uri === d.uri) this.canonLost.set(id, 'unknown');
      const docs = this.contribDocs.get(id)!;
      docs.delete(d);
      if (docs.size === 0) {
        this.contribDocs.delete(id);
        this.evidence.delete(id);
      }
      touchedIds.add(id);
    }
    d.refAt = NO_REFS;
    d.refIds = NONE;
    d.subRefs = [];
  }

  private recomputeCanon(id: string): void {
    if (!this.canonLost.has(id) && this.contribDocs.has(id)) return; // kept up to date as contributions came in
    this.canonLost.delete(id);
    let best: string | null = null, bestUri = '', bestRank = -1;
    for (const d of this.contribDocs.get(id) ?? []) {
      const c = this.bestForm(d, id);
      if (c === null) continue;
      if (best === null || c.rank > bestRank || (c.rank === bestRank && d.uri < bestUri)) {
        best = c.best;
        bestUri = d.uri;
        bestRank = c.rank;
      }
    }
    if (best === null) {
      this.canon.delete(id);
      this.canonFrom.delete(id);
    } else {
      this.canon.set(id, best);
      this.canonFrom.set(id, { uri: bestUri, rank: bestRank });
    }
  }

  private nameOf(id: string): string {
    const canon = this.canon.get(id);
    return canon !== undefined ? displayName(canon) : id.startsWith('@') ? countryName(id) : id;
  }

  private subtypeOf(id: string): 'person' | 'org' {
    if (id.startsWith('@')) return 'org';
    const ev = this.evidence.get(id);
    if (!ev) return 'org';
    if (ev.org > 0) return 'org';
    if (ev.p > ev.o) return 'person';
    if (ev.o > ev.p) return 'org';
    return ev.multi > 0 ? 'person' : 'org';
  }

  private output(d: Doc): DocumentAnalysis {
    const annotations: Annotation[] = [];
    this.eachRef(d, (occ, id, start, end, text) => {
      const sp = occ.speaker;
      const entity = this.nameOf(id), subtype = this.subtypeOf(id);
      if (sp) annotations.push({ type: 'speaker', start, end, text, entity, subtype, value: null, unit: null, role: sp.role, quote: sp.quote, cue: sp.cue });
      else annotations.push({ type: 'mention', start, end, text, entity, subtype, value: null, unit: null, role: null });
    });
    annotations.sort((a, b) => a.start - b.start);
    const e = d.ex.entities;
    const statements = resolveStatements({ names: d.names, acronyms: e.acronyms ?? [], statements: e.statements ?? [] }, annotations);
    return { id: d.uri, annotations: removeOverlaps([...d.ex.dates, ...d.ex.figures, ...annotations]), statements };
  }

  // ---- small helpers -------------------------------------------------------------------------

  private addCount(m: Map<string, number>, key: string, n: number): void {
    const v = (m.get(key) ?? 0) + n;
    if (v === 0) m.delete(key);
    else m.set(key, v);
  }

  private register(m: Map<string, DocSet>, keys: readonly string[], d: Doc): void {
    for (const k of keys) {
      const s = m.get(k);
      if (s === undefined) m.set(k, d);
      else if (s instanceof Set) s.add(d);
      else if (s !== d) m.set(k, new Set([s, d]));
    }
  }

  private unregister(m: Map<string, DocSet>, keys: readonly string[], d: Doc): void {
    for (const k of keys) {
      const s = m.get(k);
      if (s === undefined) continue;
      if (s instanceof Set) {
        s.delete(d);
        if (s.size === 0) m.delete(k);
      } else if (s === d) m.delete(k);
    }
  }
}

/** entity ids and their counts, flattened: [id, n, id, n, …] */
type SpeakerCounts = Array<string | number>;
const NO_COUNTS: SpeakerCounts = [];

function eachCount(counts: SpeakerCounts, f: (id: string, n: number) => void): void {
  for (let k = 0; k < counts.length; k += 2) f(counts[k] as string, counts[k + 1] as number);
}

/** one document, or several */
type DocSet = Doc | Set<Doc>;

function addAll(to: Set<Doc>, from: DocSet | undefined): void {
  if (from === undefined) return;
  if (from instanceof Set) for (const d of from) to.add(d);
  else to.add(from);
}

const NO_KEYS: ReadonlySet<string> = new Set();
/** removeKeys's mark for a key whose signature the edit cannot change (see there) */
const UNCHANGED_KEY = '=';

/** the name keys two versions of a document use alike (same counts, evidence and first occurrence) */
function sameKeys(a: Doc, b: Doc): Set<string> {
  const out = new Set<string>();
  for (const [key, row] of b.keyStats) {
    const ra = a.keyStats.get(key);
    if (ra === undefined) continue;
    let same = true;
    for (let j = 0; j < STATS && same; j++) same = a.stats[ra * STATS + j] === b.stats[row * STATS + j];
    if (same) out.add(key);
  }
  return out;
}

function makeDoc(ex: DocumentExtraction): Doc {
  const names = ex.entities?.names ?? [];
  const keyStats = new Map<string, number>();
  const rows: number[] = [];
  names.forEach((occ, i) => {
    let row = keyStats.get(occ.key);
    if (row === undefined) {
      keyStats.set(occ.key, (row = keyStats.size));
      rows.push(0, 0, 0, 0, 0, i);
    }
    const s = row * STATS;
    rows[s + N]++;
    if (!occ.loose) rows[s + FIRM]++;
    rows[s + P] += occ.p;
    rows[s + O] += occ.o;
    if (occ.speaker) rows[s + SP]++;
  });
  const stats = Int32Array.from(rows);
  const acronyms = new Map<string, string>();
  for (const [a, long] of ex.entities?.acronyms ?? []) if (!acronyms.has(a)) acronyms.set(a, long);
  return {
    uri: ex.id, ex, names, keyStats, stats, acronyms, baseIds: [], speakerIds: NO_COUNTS, lookups: NONE, subLookups: NONE,
    deps: NONE, refAt: NO_REFS, refIds: NONE, subRefs: [], result: null,
  };
}

/**
 * resolve.ts's order of canonical forms as one number (higher is better): more words, then
 * not all capitals, then longer; equal ranks keep the first form in corpus order.
 */
function rankOf(text: string, words: number): number {
  return words * 2 ** 32 + (text === text.toUpperCase() ? 0 : 2 ** 31) + Math.min(text.length, 2 ** 31 - 1);
}
