// The corpus index: per-file extractions (cacheable, computed by workers or on edit) and the
// corpus-wide resolution kept up to date incrementally (analysis/corpus/incremental.ts): an
// edit re-extracts that file and re-derives only the files whose annotations can change; the
// entity table is updated by per-file contributions (entity-record.ts). No LSP here: positions
// are plain {line, character} objects, so the index can be tested and benchmarked on its own.
//
// Changes (setText/setExtracted/remove) are queued; flush() applies them. Readers call flush()
// first, so answers always match the latest text, and a burst of edits costs one update.
import { extractDocument } from '../analysis';
import type { Annotation, AnalyzeOptions, DocumentAnalysis, DocumentExtraction, EntityKind } from '../analysis';
import { IncrementalCorpus } from '../analysis/corpus/incremental';
import { groupOf, labelOf } from './entity-id';
import { EntityRecord, type AdoptedFrom, type Mark, type StatementRef } from './entity-record';
import { LineMap } from './line-map';
import { compactExtraction } from './compact-extraction';
import type { ResolvedSnapshot } from './resolved-snapshot';
import { SnapshotData } from './snapshot-data';
import { UNPACED, type Pacer } from './pacer';

export { EntityRecord, type Mark, type StatementRef };

export type Extract = (doc: { id: string; text: string }, options: AnalyzeOptions) => DocumentExtraction;

export interface IndexedFile {
  uri: string;
  /** (read from disk when the index dropped it: a getter, read once per IndexedFile) */
  readonly text: string;
  lines: LineMap;
  /** annotations sorted by start offset (after the last flush) */
  annotations: Annotation[];
  statements: DocumentAnalysis['statements'];
}

/**
 * A file's text, or what reads it when first needed: a warm start takes files whose size and
 * modification time did not change from the persisted resolution without reading them
 * (lsp/workspace.ts); the reader gives the text on disk and deals with a file that changed.
 */
export type TextSource = string | (() => string);

/** how many texts read again of files whose text was dropped (release()) are kept, most recent last (BYLINE_RECENT_TEXTS: for tests) */
const RECENT_TEXTS = Math.max(1, Number(process.env.BYLINE_RECENT_TEXTS) || 256);

class Entry {
  lines: LineMap | null = null;
  /** gives the extraction when it is first needed (the cache's entry, decoded then); null: extract the text */
  load: (() => DocumentExtraction | null) | null = null;
  /** its line in the adopted snapshot, decoded into analysis/ents/records on first use (-1: none) */
  snap = -1;
  private source: TextSource;
  /** the text was dropped (release): read on each use, through the index's few recent texts */
  private dropped: Map<Entry, string> | null = null;

  constructor(
    readonly uri: string,
    text: TextSource,
    readonly options: AnalyzeOptions,
    public extraction: DocumentExtraction | null,
    public analysis: DocumentAnalysis | null,
    /** the entity records this file contributes to */
    public records: EntityRecord[],
    /** per annotation (parallel to analysis.annotations): the number of its entity record */
    public ents: Int32Array,
  ) {
    this.source = text;
  }

  get text(): string {
    if (typeof this.source === 'string') return this.source;
    const recent = this.dropped;
    if (!recent) return (this.source = this.source());
    let text = recent.get(this);
    if (text === undefined) {
      text = this.source();
      if (recent.size >= RECENT_TEXTS) recent.delete(recent.keys().next().value!);
    } else recent.delete(this);
    recent.set(this, text);
    return text;
  }

  /**
   * The text for one pass over every file (a snapshot): a dropped text is read without being
   * kept among the recent ones, where it would outlive young collections and be garbage of the
   * old generation when pushed out (10,000 texts at once, the server's peak of memory).
   */
  textOnce(): string {
    if (typeof this.source === 'string') return this.source;
    return this.dropped?.get(this) ?? (this.dropped ? this.source() : this.text);
  }

  /** the text's length (from its line map when the text was dropped) */
  get length(): number {
    return this.lines && this.dropped ? this.lines.length : this.text.length;
  }

  /** whether the text was released: what is read now may not be the text the extraction was made from */
  get released(): boolean {
    return this.dropped !== null;
  }

  /** whether the text is in memory (not still to be read) */
  get hasText(): boolean {
    return typeof this.source === 'string';
  }

  /** Takes the text back (the text read again is the one the extraction was made from). */
  restore(text: string): void {
    if (!this.dropped) return;
    this.dropped.delete(this);
    this.dropped = null;
    this.source = text;
  }

  /** Keeps `read` instead of the text (its line map is made first). */
  release(read: () => string, recent: Map<Entry, string>): void {
    if (typeof this.source !== 'string') return;
    this.lines ??= new LineMap(this.source);
    this.source = read;
    this.dropped = recent;
  }
}

const NO_ENTS = new Int32Array(0);
const NO_RECORDS: EntityRecord[] = [];
const NO_URIS: ReadonlySet<string> = new Set();

const EMPTY_EXTRACTION = (id: string): DocumentExtraction => ({ id, dates: [], figures: [], entities: { speakers: [], names: [], acronyms: [], statements: [] } });

export class CorpusIndex {
  private readonly entries = new Map<string, Entry>();
  private order: string[] | null = [];
  private ordinals = new Map<string, number>();
  /** files whose text changed and must be extracted */
  private readonly dirty = new Set<string>();
  /** files extracted, not yet given to the resolver */
  private readonly ready = new Set<string>();
  private readonly removed = new Set<string>();
  private resolver = new IncrementalCorpus();
  private entityTable = new Map<string, EntityRecord>();
  private nextEntityNum = 1;
  /** entity number → record (the records a file adopted from a snapshot contributes to) */
  private readonly byNum = new Map<number, EntityRecord>();
  /** texts of released files read again lately (Entry.text) */
  private readonly recentTexts = new Map<Entry, string>();
  private everything = false;
  /** the persisted resolution the files were adopted from (adopt()), while some are not decoded */
  private snapshot: ResolvedSnapshot | null = null;
  /**
   * the files as adopted, while the resolver does not hold them yet: built in steps
   * (buildStep) or at once before the first update (completeResolver)
   */
  private unbuilt: Entry[] | null = null;
  private building: Generator<void, unknown, void> | null = null;
  /**
   * A step run on resolved analyses before they are indexed (the user's corrections, see
   * ../corrections): gets the analyses of the files that changed and what gives the text of the
   * i-th (read when asked: a released text is on disk), in corpus order (every file after
   * invalidate()), returns the analyses.
   */
  postProcess: ((analyses: DocumentAnalysis[], textOf: (i: number) => string) => DocumentAnalysis[]) | null = null;
  /** whether postProcess now gives every analysis back unchanged (no corrections): a snapshot may then be written and adopted */
  postProcessIdle: () => boolean = () => false;
  /** increases whenever a flush changed the resolution */
  version = 0;
  lastResolveMs = 0;
  /** files re-derived by the last flush */
  get lastChanged(): number {
    return this.lastChangedUris.size;
  }

  /** the files whose analysis the last flush changed */
  lastChangedUris: ReadonlySet<string> = NO_URIS;

  constructor(
    private readonly extract: Extract = extractDocument,
    private readonly log: (message: string) => void = () => {},
  ) {}

  get size(): number {
    return this.entries.size;
  }

  get pending(): boolean {
    return this.dirty.size > 0 || this.ready.size > 0 || this.removed.size > 0 || this.everything;
  }

  /** files extracted (by workers, or from the cache) and not yet resolved */
  get streamed(): number {
    return this.ready.size;
  }

  has(uri: string): boolean {
    return this.entries.has(uri);
  }

  /** the text a file was last given (null when not indexed); a text still to be read is read now */
  textOf(uri: string): string | null {
    return this.entries.get(uri)?.text ?? null;
  }

  /** whether a file's text is in memory (false: not indexed, or to be read when first needed) */
  hasText(uri: string): boolean {
    return this.entries.get(uri)?.hasText ?? false;
  }

  /**
   * Drops a file's text from memory: `read` gives it back when needed (and deals with a file
   * changed on disk). Its marks keep no slice of the text (extraction-codec.ts interns them), so
   * the text can go. Only for a file whose extraction is made and not still to be loaded.
   */
  release(uri: string, read: () => string): void {
    const e = this.entries.get(uri);
    if (e && e.hasText && e.extraction && !e.load && !this.dirty.has(uri)) e.release(read, this.recentTexts);
  }

  /** whether a file's text was released (release()) */
  isReleased(uri: string): boolean {
    return this.entries.get(uri)?.released ?? false;
  }

  /**
   * Gives a released file its text back, known by the caller to be the text its extraction was
   * made from (an editor opening the file unchanged): nothing is analysed again.
   */
  restore(uri: string, text: string): void {
    this.entries.get(uri)?.restore(text);
  }

  /**
   * Makes the next flush extract a file again from its text (the text read on demand turned out
   * not to be the one its extraction was made from).
   */
  refresh(uri: string): void {
    if (!this.entries.has(uri)) return;
    this.ready.delete(uri);
    this.dirty.add(uri);
  }

  /** Sets a file's text (from disk or from the editor). Cheap: extraction waits for flush(). */
  setText(uri: string, text: string, options: AnalyzeOptions = {}): void {
    const old = this.entries.get(uri);
    if (old && !old.released && old.text === text && sameOptions(old.options, options)) return;
    this.put(uri, text, options, null, old);
    this.dirty.add(uri);
    this.ready.delete(uri);
  }

  /** Sets a file's text with its extraction already made (by a worker, or from the cache). */
  setExtracted(uri: string, text: string, options: AnalyzeOptions, extraction: DocumentExtraction): void {
    this.setDeferred(uri, text, options, null, extraction);
  }

  /**
   * Sets a file's text with its extraction to be taken from `load` when first needed (the
   * cache's entry: a warm start that adopts a snapshot needs none of them before the first
   * edit); if `load` gives null, the text is extracted then.
   */
  setDeferred(uri: string, text: TextSource, options: AnalyzeOptions, load: (() => DocumentExtraction | null) | null, extraction: DocumentExtraction | null = null): void {
    const old = this.entries.get(uri);
    if (old && !old.released && typeof text === 'string' && old.text === text && sameOptions(old.options, options) && (old.extraction || old.load)) return;
    this.put(uri, text, options, extraction && { ...compactExtraction(extraction), id: uri }, old);
    this.entries.get(uri)!.load = load ?? (extraction ? null : () => null);
    this.dirty.delete(uri);
    this.ready.add(uri);
  }

  private put(uri: string, text: TextSource, options: AnalyzeOptions, extraction: DocumentExtraction | null, old: Entry | undefined): void {
    if (!old) this.order = null;
    // an adopted file's snapshot data is read against its text: read it before the text goes
    if (old && old.snap >= 0) this.analysisOf(old);
    this.removed.delete(uri);
    this.entries.set(uri, new Entry(uri, text, options, extraction, old?.analysis ?? null, old?.records ?? NO_RECORDS, old?.ents ?? NO_ENTS));
  }

  /** Removes a file, or every file under a folder URI. Returns the URIs removed. */
  remove(uri: string): string[] {
    const removed: string[] = [];
    const prefix = uri.endsWith('/') ? uri : uri + '/';
    for (const key of this.entries.keys()) {
      if (key === uri || key.startsWith(prefix)) removed.push(key);
    }
    for (const key of removed) {
      this.dropEntities(key, this.entries.get(key)!);
      this.entries.delete(key);
      this.dirty.delete(key);
      this.ready.delete(key);
      this.removed.add(key);
    }
    if (removed.length) this.order = null;
    return removed;
  }

  /** Makes the next flush post-process every file again (postProcess's inputs changed). */
  invalidate(): void {
    this.everything = true;
  }

  /** URIs in corpus order (by URI, i.e. by path within a folder). */
  uris(): string[] {
    if (!this.order) {
      this.order = [...this.entries.keys()].sort(compareUris);
      this.ordinals = new Map(this.order.map((u, i) => [u, i]));
      // entity views are in corpus order: rebuilt on next use
      for (const rec of this.entityTable.values()) rec.reorder();
    }
    return this.order;
  }

  /** a file's position in corpus order */
  private readonly ordinal = (uri: string): number => {
    this.uris();
    return this.ordinals.get(uri) ?? Number.MAX_SAFE_INTEGER;
  };

  /**
   * Extracts changed files and updates the resolution. Returns true when anything changed.
   * Without `streamed`, files extracted elsewhere (workers, the cache) stay pending: during the
   * initial scan an edit or a request resolves only what the editor changed, and the thousands
   * of files streaming in are resolved once, when the scan asks.
   */
  flush(streamed = true): boolean {
    if (!(streamed ? this.pending : this.dirty.size > 0 || this.removed.size > 0 || this.everything)) return false;
    const started = performance.now();
    const set: DocumentExtraction[] = [];
    if (streamed) {
      for (const uri of this.ready) {
        const e = this.entries.get(uri);
        if (e) set.push(this.extractionOf(e));
      }
      this.ready.clear();
    }
    for (const uri of this.dirty) {
      const entry = this.entries.get(uri);
      if (!entry) continue;
      try {
        entry.extraction = compactExtraction(this.extract({ id: uri, text: entry.text }, entry.options));
      } catch (e) {
        this.log(`${uri}: analysis failed, file left without annotations (${e instanceof Error ? e.stack : e})`);
        entry.extraction = EMPTY_EXTRACTION(uri);
      }
      set.push(entry.extraction);
    }
    this.dirty.clear();
    let changed: Set<string>;
    try {
      // the resolver holds the adopted files first (their answers are the snapshot's)
      this.completeResolver();
      changed = this.resolver.update(set, [...this.removed]);
    } catch (e) {
      // the incremental tables are suspect: rebuild them from every extraction
      this.log(`corpus resolution failed, rebuilding it (${e instanceof Error ? e.stack : e})`);
      this.resolver = new IncrementalCorpus();
      this.unbuilt = null;
      this.building = null;
      try {
        changed = this.resolver.update([...this.entries.values()].map((x) => this.extractionOf(x)));
      } catch (e2) {
        this.log(`corpus resolution failed again (${e2 instanceof Error ? e2.stack : e2})`);
        changed = new Set(this.entries.keys());
      }
    }
    this.removed.clear();
    if (this.everything) {
      changed = new Set(this.entries.keys());
      this.everything = false;
    }
    const uris = [...changed].filter((u) => this.entries.has(u)).sort(compareUris);
    const entries = uris.map((u) => this.entries.get(u)!);
    let analyses = entries.map((e) => this.resolver.analysis(e.uri) ?? { id: e.uri, annotations: [], statements: [] });
    if (this.postProcess && entries.length) {
      try {
        analyses = this.postProcess(analyses, (i) => entries[i].text);
      } catch (e) {
        this.log(`post-processing failed, uncorrected results kept (${e instanceof Error ? e.stack : e})`);
      }
    }
    entries.forEach((entry, i) => {
      const a = analyses[i] ?? { id: entry.uri, annotations: [], statements: [] };
      const valid = inOrder(a.annotations, entry.length);
      // (an adopted file's entity records are read from the snapshot before its analysis goes)
      this.dropEntities(entry.uri, entry);
      entry.analysis = { id: entry.uri, annotations: valid, statements: a.statements ?? [] };
      this.addEntities(entry);
    });
    this.lastChangedUris = new Set(uris);
    this.version++;
    this.lastResolveMs = performance.now() - started;
    return true;
  }

  /** a file's extraction, taken from its loader (or extracted) when first needed */
  private extractionOf(e: Entry): DocumentExtraction {
    if (e.extraction) return e.extraction;
    let x: DocumentExtraction | null = null;
    try {
      x = e.load?.() ?? null;
    } catch {
      x = null;
    }
    e.load = null;
    if (x) e.extraction = { ...compactExtraction(x), id: e.uri };
    else {
      try {
        e.extraction = compactExtraction(this.extract({ id: e.uri, text: e.text }, e.options));
      } catch (err) {
        this.log(`${e.uri}: analysis failed, file left without annotations (${err instanceof Error ? err.stack : err})`);
        e.extraction = EMPTY_EXTRACTION(e.uri);
      }
    }
    return e.extraction;
  }

  // ---- a persisted resolution (resolved-snapshot.ts) ---------------------------------------

  /** whether the resolver does not hold the adopted files yet (buildStep) */
  get resolverPending(): boolean {
    return this.unbuilt !== null;
  }

  /**
   * Takes the resolution of the corpus from a snapshot instead of resolving it, when it was
   * made from exactly these files: the same URIs in corpus order, each with the same cache key
   * (`keyOf`: a hash of its text and options), and no post-processing would change an
   * analysis. What was resolved before (files open in the editor during the scan) is dropped:
   * the snapshot answers for them too. Files are decoded from it on first use; the resolver
   * gets the files' extractions later (buildStep, or before the first update). Returns false,
   * changing nothing, when the snapshot does not fit.
   */
  adopt(snap: ResolvedSnapshot, keyOf: (uri: string) => string | null): boolean {
    if (this.unbuilt || this.snapshot) return false;
    if (this.postProcess && !this.postProcessIdle()) return false;
    const uris = this.uris();
    if (uris.length === 0 || uris.length !== snap.uris.length) return false;
    for (let i = 0; i < uris.length; i++) {
      const uri = uris[i];
      if (snap.uris[i] !== uri || keyOf(uri) !== snap.keys[i]) return false;
    }
    const nums = new Set<number>();
    for (const r of snap.records) {
      if (!(r[1] === 'speaker' || r[1] === 'date' || r[1] === 'figure') || nums.has(r[0]) || !(r[0] > 0)) return false;
      nums.add(r[0]);
    }
    // start over: the resolver and the entity table hold at most some of these files
    if (this.resolver.size !== 0) this.resolver = new IncrementalCorpus();
    for (const rec of this.entityTable.values()) rec.reorder();
    this.entityTable.clear();
    this.byNum.clear();
    for (const g of Object.values(this.byLabel)) g.clear();
    const from: AdoptedFrom = { adoptedDocs: (at) => this.snapshotDocs(at), adoptedDefinition: (at) => this.snapshotMark(at) };
    snap.records.forEach((r, at) => {
      const [num, g, label] = r;
      const group = g as EntityRecord['group'];
      const id = `${group}:${label}`;
      const rec = new EntityRecord(id, num, group, label, this.ordinal, this.source);
      rec.adopt(r[3], r[4], { roles: r[5], mentions: r[6], files: r[7], quoted: r[8], kind: r[9], corrected: r[10] }, from, at);
      this.entityTable.set(id, rec);
      this.byLabel[group].set(label, rec);
      this.byNum.set(num, rec);
      if (num >= this.nextEntityNum) this.nextEntityNum = num + 1;
    });
    const adopted: Entry[] = [];
    uris.forEach((uri, i) => {
      const e = this.entries.get(uri)!;
      e.snap = i;
      e.analysis = null;
      e.records = NO_RECORDS;
      e.ents = NO_ENTS;
      // an open file's editor text is the text on disk (same key): extracted when the resolver needs it
      if (!e.extraction && !e.load) e.load = () => null;
      adopted.push(e);
    });
    this.dirty.clear();
    this.ready.clear();
    this.removed.clear();
    this.everything = false;
    this.snapshot = snap;
    this.unbuilt = adopted;
    this.lastChangedUris = new Set(uris);
    this.version++;
    return true;
  }

  /**
   * Gives the resolver the adopted files for about `ms` milliseconds (decoding their cached
   * extractions, then building its tables). Returns true when it holds them all.
   */
  buildStep(ms: number): boolean {
    if (!this.unbuilt) return true;
    const files = this.unbuilt;
    this.building ??= (function* (index: CorpusIndex) {
      const set: DocumentExtraction[] = [];
      for (let i = 0; i < files.length; i++) {
        set.push(index.extractionOf(files[i]));
        if ((i & 127) === 127) yield;
      }
      yield* index.resolver.build(set);
    })(this);
    const until = performance.now() + ms;
    try {
      do {
        if (this.building.next().done) {
          this.building = null;
          this.unbuilt = null;
          return true;
        }
      } while (performance.now() < until);
    } catch (e) {
      // an update rebuilds the resolver from every extraction (flush)
      this.building = null;
      this.resolver = new IncrementalCorpus();
      throw e;
    }
    return false;
  }

  /** Gives the resolver every adopted file now (an update is about to run). */
  private completeResolver(): void {
    if (this.unbuilt) this.buildStep(Infinity);
  }

  /** a file's analysis, decoded from the snapshot on first use */
  private analysisOf(e: Entry): DocumentAnalysis | null {
    if (e.snap < 0) return e.analysis;
    const snap = this.snapshot;
    try {
      if (!snap) throw new Error('no snapshot');
      const data = snap.file(e.snap, e.text);
      const records = data.records.map((n) => this.byNum.get(n));
      if (records.some((r) => !r) || data.ents.some((n) => !this.byNum.has(n))) throw new Error('unknown entity');
      e.analysis = { id: e.uri, annotations: data.annotations, statements: data.statements };
      e.ents = data.ents;
      e.records = records as EntityRecord[];
      e.snap = -1;
      return e.analysis;
    } catch (err) {
      this.distrust(err);
      return e.analysis;
    }
  }

  /**
   * The snapshot failed a file's decoding although it passed its checks (it is not what this
   * version writes): every adopted file is resolved again now, as without a snapshot.
   */
  private distrust(err: unknown): void {
    this.log(`the persisted resolution could not be read, resolving the corpus again (${err instanceof Error ? err.message : err})`);
    this.snapshot = null;
    for (const rec of this.entityTable.values()) rec.reorder();
    this.entityTable.clear();
    this.byNum.clear();
    for (const g of Object.values(this.byLabel)) g.clear();
    for (const e of this.entries.values()) {
      e.snap = -1;
      e.analysis = null;
      e.records = NO_RECORDS;
      e.ents = NO_ENTS;
    }
    this.everything = true;
    this.flush(false);
  }

  /** an adopted record's definition: the mark its snapshot entry points to */
  private snapshotMark(at: number): Mark | null {
    const r = this.snapshot?.records[at];
    const uri = r && r[11] >= 0 ? this.snapshot!.uris[r[11]] : undefined;
    const a = uri !== undefined ? this.file(uri)?.annotations[r![12]] : undefined;
    return uri !== undefined && a ? { uri, annotation: a } : null;
  }

  /** an adopted record's documents in corpus order, with their packed counts */
  private snapshotDocs(at: number): Map<string, number> {
    const out = new Map<string, number>();
    const snap = this.snapshot;
    if (!snap) return out;
    let d: number[];
    try {
      d = snap.docs(at);
    } catch (err) {
      this.distrust(err);
      return out;
    }
    for (let i = 0; i < d.length; i += 2) out.set(snap.uris[d[i]], d[i + 1]);
    return out;
  }

  /**
   * What a snapshot stores of the index (resolved-snapshot.ts), or null when it cannot be
   * written now: changes pending, a file without a cache key, post-processing that changes
   * analyses, or a resolution taken from a snapshot (it is already on disk). Taken in slices
   * (`pace`, so requests are answered between them): null too when the index changed meanwhile.
   */
  async snapshotData(keyOf: (uri: string) => string | null, pace: Pacer = UNPACED, stampOf: (uri: string) => string | null = () => null): Promise<SnapshotData | null> {
    const writable = () => !(this.pending || this.unbuilt || this.snapshot || (this.postProcess && !this.postProcessIdle()));
    if (!writable()) return null;
    const version = this.version;
    const uris = this.uris();
    const records = [...this.entityTable.values()];
    const data = new SnapshotData(uris.length, records.length);
    for (const uri of uris) {
      if (pace.due()) {
        await pace.pause();
        if (this.version !== version || !writable()) return null;
      }
      const e = this.entries.get(uri)!;
      const key = keyOf(uri);
      if (key === null || !e.analysis) return null;
      data.addFile({ uri, key, stamp: stampOf(uri), text: e.hasText ? e.text : () => e.textOnce(), annotations: e.analysis.annotations, statements: e.analysis.statements, ents: e.ents, records: e.records.map((r) => r.num) });
    }
    for (const rec of records) {
      if (pace.due()) {
        await pace.pause();
        if (this.version !== version || !writable()) return null;
      }
      const docs = rec.contributions();
      if (!docs) return null;
      const def = rec.definition;
      const at = def ? this.entries.get(def.uri)?.analysis?.annotations.indexOf(def.annotation) ?? -1 : -1;
      if (def && at < 0) return null;
      data.addEntity({ num: rec.num, group: rec.group, label: rec.label, count: rec.count, statements: rec.statementCount, summary: rec.summaryOf(), definition: def ? [this.ordinals.get(def.uri)!, at] : null, docs });
    }
    return this.version === version && writable() ? data : null;
  }

  file(uri: string): IndexedFile | null {
    const e = this.entries.get(uri);
    const a = e && this.analysisOf(e);
    if (!e || !a) return null;
    if (!e.lines) e.lines = new LineMap(e.text);
    let text: string | null = null;
    return {
      uri,
      get text() {
        return (text ??= e.text);
      },
      lines: e.lines,
      annotations: a.annotations,
      statements: a.statements,
    };
  }

  /** The annotation at an offset (a cursor just after a mark still counts). */
  annotationAt(uri: string, offset: number): Annotation | null {
    const f = this.file(uri);
    if (!f) return null;
    const list = f.annotations;
    let lo = 0, hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].end <= offset) lo = mid + 1; else hi = mid;
    }
    if (lo < list.length && list[lo].start <= offset) return list[lo];
    if (lo > 0 && list[lo - 1].end === offset) return list[lo - 1];
    return null;
  }

  /** Builds every entity's corpus-order summary now (after indexing), not on the first sidebar request. */
  warmViews(): void {
    // one pass over the files in corpus order (not one pass per entity over its files)
    const uris = this.uris();
    const byNum = new Map<number, EntityRecord>();
    for (const rec of this.entityTable.values()) {
      rec.beginSummary();
      byNum.set(rec.num, rec);
    }
    for (const uri of uris) {
      const e = this.entries.get(uri)!;
      const a = this.analysisOf(e);
      if (!a) continue;
      const { annotations, statements } = a;
      const ents = e.ents;
      for (let i = 0; i < ents.length; i++) byNum.get(ents[i])?.summaryMark(uri, annotations[i]);
      for (const s of statements) if (s.quote) this.byLabel.speaker.get(s.entity)?.summaryQuoted();
    }
  }

  entity(id: string): EntityRecord | undefined {
    return this.entityTable.get(id);
  }

  entityOf(a: Annotation): EntityRecord | undefined {
    return this.byLabel[groupOf(a)].get(labelOf(a));
  }

  entities(): IterableIterator<EntityRecord> {
    return this.entityTable.values();
  }

  private readonly source = (uri: string) => {
    const e = this.entries.get(uri);
    const a = e && this.analysisOf(e);
    return e && a ? { annotations: a.annotations, ents: e.ents, statements: a.statements } : null;
  };

  /** per group: label → record (the same records as entityTable, found without building ids) */
  private readonly byLabel = { speaker: new Map<string, EntityRecord>(), date: new Map<string, EntityRecord>(), figure: new Map<string, EntityRecord>() };

  private record(group: EntityRecord['group'], label: string): EntityRecord {
    const labels = this.byLabel[group];
    let rec = labels.get(label);
    if (!rec) {
      const id = `${group}:${label}`;
      rec = new EntityRecord(id, this.nextEntityNum++, group, label, this.ordinal, this.source);
      this.entityTable.set(id, rec);
      labels.set(label, rec);
      this.byNum.set(rec.num, rec);
    }
    return rec;
  }

  private addEntities(entry: Entry): void {
    // grouped by entity first: one update of each record this file contributes to
    const uri = entry.uri;
    const { annotations, statements } = entry.analysis!;
    const ents = new Int32Array(annotations.length);
    const local = new Map<EntityRecord, { marks: number; statements: number }>();
    for (let i = 0; i < annotations.length; i++) {
      const a = annotations[i];
      const group = groupOf(a), label = labelOf(a);
      const rec = this.record(group, label);
      ents[i] = rec.num;
      let l = local.get(rec);
      if (!l) local.set(rec, (l = { marks: 0, statements: 0 }));
      l.marks++;
      if (a.type === 'speaker') l.statements++;
    }
    for (const s of statements) {
      const rec = this.record('speaker', s.entity);
      let l = local.get(rec);
      if (!l) local.set(rec, (l = { marks: 0, statements: 0 }));
      l.statements++;
    }
    entry.ents = ents;
    for (const [rec, l] of local) rec.setContribution(uri, l.marks, l.statements);
    entry.records = [...local.keys()];
  }

  private dropEntities(uri: string, entry: Entry): void {
    if (entry.snap >= 0) this.analysisOf(entry);
    for (const rec of entry.records) {
      rec.drop(uri);
      if (rec.empty && this.entityTable.get(rec.id) === rec) {
        this.entityTable.delete(rec.id);
        this.byLabel[rec.group].delete(rec.label);
        this.byNum.delete(rec.num);
      }
    }
    entry.records = NO_RECORDS;
    entry.ents = NO_ENTS;
  }
}

/** The entity's definition: its first full-name mark in corpus order, else its first speaker mark, else its first mark. */
export function definitionOf(rec: EntityRecord): Mark | null {
  return rec.definition;
}

export function entityKind(rec: EntityRecord): EntityKind | null {
  return rec.kind === 'person' || rec.kind === 'org' ? rec.kind : null;
}

/** annotations inside the text, sorted by start then end (the list itself when it already is: the resolver's usually are) */
function inOrder(list: Annotation[], length: number): Annotation[] {
  let ok = true;
  for (let i = 0; ok && i < list.length; i++) {
    const x = list[i];
    ok = x.start >= 0 && x.end <= length && x.start <= x.end && (i === 0 || list[i - 1].start < x.start || (list[i - 1].start === x.start && list[i - 1].end <= x.end));
  }
  if (ok) return list;
  const valid = list.filter((x) => x.start >= 0 && x.end <= length && x.start <= x.end);
  return valid.sort((x, y) => x.start - y.start || x.end - y.end);
}

export function compareUris(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function sameOptions(a: AnalyzeOptions, b: AnalyzeOptions): boolean {
  return (a.referenceDate ?? '') === (b.referenceDate ?? '');
}
