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
import { EntityRecord, type Mark, type StatementRef } from './entity-record';
import { LineMap } from './line-map';
import { compactExtraction } from './compact-extraction';

export { EntityRecord, type Mark, type StatementRef };

export type Extract = (doc: { id: string; text: string }, options: AnalyzeOptions) => DocumentExtraction;

export interface IndexedFile {
  uri: string;
  text: string;
  lines: LineMap;
  /** annotations sorted by start offset (after the last flush) */
  annotations: Annotation[];
  statements: DocumentAnalysis['statements'];
}

interface Entry {
  uri: string;
  text: string;
  options: AnalyzeOptions;
  lines: LineMap | null;
  extraction: DocumentExtraction | null;
  analysis: DocumentAnalysis | null;
  /** the entity records this file contributes to */
  records: EntityRecord[];
  /** per annotation (parallel to analysis.annotations): the number of its entity record */
  ents: Int32Array;
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
  private everything = false;
  /**
   * A step run on resolved analyses before they are indexed (the user's corrections, see
   * ../corrections): gets the analyses of the files that changed and their texts, in corpus
   * order (every file after invalidate()), returns the analyses.
   */
  postProcess: ((analyses: DocumentAnalysis[], texts: string[]) => DocumentAnalysis[]) | null = null;
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

  /** the text a file was last given (null when not indexed) */
  textOf(uri: string): string | null {
    return this.entries.get(uri)?.text ?? null;
  }

  /** Sets a file's text (from disk or from the editor). Cheap: extraction waits for flush(). */
  setText(uri: string, text: string, options: AnalyzeOptions = {}): void {
    const old = this.entries.get(uri);
    if (old && old.text === text && sameOptions(old.options, options)) return;
    this.put(uri, text, options, null, old);
    this.dirty.add(uri);
    this.ready.delete(uri);
  }

  /** Sets a file's text with its extraction already made (by a worker, or from the cache). */
  setExtracted(uri: string, text: string, options: AnalyzeOptions, extraction: DocumentExtraction): void {
    const old = this.entries.get(uri);
    if (old && old.text === text && sameOptions(old.options, options) && old.extraction) return;
    this.put(uri, text, options, { ...compactExtraction(extraction), id: uri }, old);
    this.dirty.delete(uri);
    this.ready.add(uri);
  }

  private put(uri: string, text: string, options: AnalyzeOptions, extraction: DocumentExtraction | null, old: Entry | undefined): void {
    if (!old) this.order = null;
    this.removed.delete(uri);
    this.entries.set(uri, { uri, text, options, lines: null, extraction, analysis: old?.analysis ?? null, records: old?.records ?? NO_RECORDS, ents: old?.ents ?? NO_ENTS });
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
        if (e?.extraction) set.push(e.extraction);
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
      changed = this.resolver.update(set, [...this.removed]);
    } catch (e) {
      // the incremental tables are suspect: rebuild them from every extraction
      this.log(`corpus resolution failed, rebuilding it (${e instanceof Error ? e.stack : e})`);
      this.resolver = new IncrementalCorpus();
      try {
        changed = this.resolver.update([...this.entries.values()].flatMap((x) => (x.extraction ? [x.extraction] : [])));
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
        analyses = this.postProcess(analyses, entries.map((e) => e.text));
      } catch (e) {
        this.log(`post-processing failed, uncorrected results kept (${e instanceof Error ? e.stack : e})`);
      }
    }
    entries.forEach((entry, i) => {
      const a = analyses[i] ?? { id: entry.uri, annotations: [], statements: [] };
      const valid = inOrder(a.annotations, entry.text.length);
      entry.analysis = { id: entry.uri, annotations: valid, statements: a.statements ?? [] };
      this.dropEntities(entry.uri, entry);
      this.addEntities(entry);
    });
    this.lastChangedUris = new Set(uris);
    this.version++;
    this.lastResolveMs = performance.now() - started;
    return true;
  }

  file(uri: string): IndexedFile | null {
    const e = this.entries.get(uri);
    if (!e || !e.analysis) return null;
    if (!e.lines) e.lines = new LineMap(e.text);
    return { uri, text: e.text, lines: e.lines, annotations: e.analysis.annotations, statements: e.analysis.statements };
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
      if (!e.analysis) continue;
      const { annotations, statements } = e.analysis;
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
    return e && e.analysis ? { annotations: e.analysis.annotations, ents: e.ents, statements: e.analysis.statements } : null;
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
    for (const rec of entry.records) {
      rec.drop(uri);
      if (rec.empty && this.entityTable.get(rec.id) === rec) {
        this.entityTable.delete(rec.id);
        this.byLabel[rec.group].delete(rec.label);
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
