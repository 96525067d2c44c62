// The corpus index: per-file extractions (cacheable, recomputed only for changed files) and
// the corpus-wide resolution built from them (entities, marks in corpus order). No LSP here:
// positions are plain {line, character} objects, so the index can be tested and benchmarked
// on its own.
//
// Changes (setText/remove) only mark files dirty; flush() re-extracts the dirty files and
// re-resolves the corpus once. Readers call flush() first, so answers always match the
// latest text, and a burst of edits costs one resolution.
import { extractDocument, resolveCorpus } from '../analysis';
import type { Annotation, AnalyzeOptions, DocumentAnalysis, DocumentExtraction, EntityKind, Span } from '../analysis';
import type { EntityGroup } from '../lsp/protocol';
import { entityIdOf, groupOf, labelOf } from './entity-id';
import { LineMap } from './line-map';

export interface Analyser {
  extract(doc: { id: string; text: string }, options: AnalyzeOptions): DocumentExtraction;
  resolve(extractions: DocumentExtraction[]): DocumentAnalysis[];
}

export const defaultAnalyser: Analyser = { extract: extractDocument, resolve: resolveCorpus };

export interface IndexedFile {
  uri: string;
  text: string;
  lines: LineMap;
  /** annotations sorted by start offset (after the last flush) */
  annotations: Annotation[];
  statements: DocumentAnalysis['statements'];
}

export interface Mark {
  uri: string;
  annotation: Annotation;
}

export interface StatementRef {
  uri: string;
  /** the speaker mark or the pronoun/cue that introduced the statement */
  anchor: Span;
  quote: Span | null;
  cue: string | null;
}

export interface EntityRecord {
  id: string;
  group: EntityGroup;
  label: string;
  /** speakers: person | org; dates/figures: subtype */
  kind: string | null;
  roles: string[];
  /** every mark in corpus order (files by URI, then offset) */
  marks: Mark[];
  statements: StatementRef[];
}

interface Entry {
  uri: string;
  text: string;
  options: AnalyzeOptions;
  lines: LineMap | null;
  extraction: DocumentExtraction | null;
  analysis: DocumentAnalysis | null;
}

export class CorpusIndex {
  private readonly entries = new Map<string, Entry>();
  private order: string[] | null = [];
  private dirty = new Set<string>();
  private membershipChanged = false;
  private entityTable = new Map<string, EntityRecord>();
  /**
   * A step run on the corpus resolution before it is indexed (the user's corrections, see
   * ../corrections): gets the analyses and the texts in corpus order, returns the analyses.
   */
  postProcess: ((analyses: DocumentAnalysis[], texts: string[]) => DocumentAnalysis[]) | null = null;
  /** increases whenever a flush changed the resolution */
  version = 0;
  lastResolveMs = 0;

  constructor(
    private readonly analyser: Analyser = defaultAnalyser,
    private readonly log: (message: string) => void = () => {},
  ) {}

  get size(): number {
    return this.entries.size;
  }

  get pending(): boolean {
    return this.dirty.size > 0 || this.membershipChanged;
  }

  has(uri: string): boolean {
    return this.entries.has(uri);
  }

  /** Sets a file's text (from disk or from the editor). Cheap: extraction waits for flush(). */
  setText(uri: string, text: string, options: AnalyzeOptions = {}): void {
    const old = this.entries.get(uri);
    if (old && old.text === text && sameOptions(old.options, options)) return;
    if (!old) {
      this.order = null;
      this.membershipChanged = true;
    }
    this.entries.set(uri, { uri, text, options, lines: null, extraction: null, analysis: old?.analysis ?? null });
    this.dirty.add(uri);
  }

  /** Removes a file, or every file under a folder URI. Returns the URIs removed. */
  remove(uri: string): string[] {
    const removed: string[] = [];
    const prefix = uri.endsWith('/') ? uri : uri + '/';
    for (const key of this.entries.keys()) {
      if (key === uri || key.startsWith(prefix)) removed.push(key);
    }
    for (const key of removed) {
      this.entries.delete(key);
      this.dirty.delete(key);
    }
    if (removed.length) {
      this.order = null;
      this.membershipChanged = true;
    }
    return removed;
  }

  /** Makes the next flush resolve again (postProcess's inputs changed). */
  invalidate(): void {
    this.membershipChanged = true;
  }

  /** URIs in corpus order (by URI, i.e. by path within a folder). */
  uris(): string[] {
    if (!this.order) this.order = [...this.entries.keys()].sort(compareUris);
    return this.order;
  }

  /** Re-extracts changed files and re-resolves the corpus. Returns true when anything changed. */
  flush(): boolean {
    if (!this.pending) return false;
    const started = performance.now();
    for (const uri of this.dirty) {
      const entry = this.entries.get(uri);
      if (!entry) continue;
      entry.lines = new LineMap(entry.text);
      try {
        entry.extraction = this.analyser.extract({ id: uri, text: entry.text }, entry.options);
      } catch (e) {
        this.log(`${uri}: analysis failed, file left without annotations (${e instanceof Error ? e.stack : e})`);
        entry.extraction = { id: uri, dates: [], figures: [], entities: { speakers: [] } } as unknown as DocumentExtraction;
      }
    }
    this.dirty.clear();
    this.membershipChanged = false;
    const uris = this.uris();
    const entries = uris.map((u) => this.entries.get(u)!);
    let analyses: DocumentAnalysis[];
    try {
      analyses = this.analyser.resolve(entries.map((e) => e.extraction!));
    } catch (e) {
      this.log(`corpus resolution failed (${e instanceof Error ? e.stack : e})`);
      analyses = entries.map((e) => ({ id: e.uri, annotations: [], statements: [] }));
    }
    if (this.postProcess) {
      try {
        analyses = this.postProcess(analyses, entries.map((e) => e.text));
      } catch (e) {
        this.log(`post-processing failed, uncorrected results kept (${e instanceof Error ? e.stack : e})`);
      }
    }
    entries.forEach((entry, i) => {
      const a = analyses[i] ?? { id: entry.uri, annotations: [], statements: [] };
      const valid = a.annotations.filter((x) => x.start >= 0 && x.end <= entry.text.length && x.start <= x.end);
      valid.sort((x, y) => x.start - y.start || x.end - y.end);
      entry.analysis = { id: entry.uri, annotations: valid, statements: a.statements ?? [] };
    });
    this.entityTable = buildEntities(entries);
    this.version++;
    this.lastResolveMs = performance.now() - started;
    return true;
  }

  file(uri: string): IndexedFile | null {
    const e = this.entries.get(uri);
    if (!e || !e.lines || !e.analysis) return null;
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

  entity(id: string): EntityRecord | undefined {
    return this.entityTable.get(id);
  }

  entityOf(a: Annotation): EntityRecord | undefined {
    return this.entityTable.get(entityIdOf(a));
  }

  entities(): IterableIterator<EntityRecord> {
    return this.entityTable.values();
  }
}

function buildEntities(entries: Entry[]): Map<string, EntityRecord> {
  const table = new Map<string, EntityRecord>();
  for (const entry of entries) {
    const analysis = entry.analysis!;
    for (const a of analysis.annotations) {
      const id = entityIdOf(a);
      let rec = table.get(id);
      if (!rec) {
        rec = { id, group: groupOf(a), label: labelOf(a), kind: a.subtype, roles: [], marks: [], statements: [] };
        table.set(id, rec);
      }
      rec.marks.push({ uri: entry.uri, annotation: a });
      if (a.role && !rec.roles.includes(a.role)) rec.roles.push(a.role);
      if (a.type === 'speaker') rec.statements.push({ uri: entry.uri, anchor: { start: a.start, end: a.end }, quote: a.quote ?? null, cue: a.cue ?? null });
    }
    for (const s of analysis.statements) {
      const id = `speaker:${s.entity}`;
      let rec = table.get(id);
      if (!rec) {
        rec = { id, group: 'speaker', label: s.entity, kind: null, roles: [], marks: [], statements: [] };
        table.set(id, rec);
      }
      rec.statements.push({ uri: entry.uri, anchor: s.anchor, quote: s.quote, cue: s.cue });
    }
  }
  return table;
}

/** The entity's definition: its first full-name mark in corpus order, else its first speaker mark, else its first mark. */
export function definitionOf(rec: EntityRecord): Mark | null {
  return (
    rec.marks.find((m) => m.annotation.text === rec.label) ??
    rec.marks.find((m) => m.annotation.type === 'speaker') ??
    rec.marks[0] ??
    null
  );
}

export function entityKind(rec: EntityRecord): EntityKind | null {
  return rec.kind === 'person' || rec.kind === 'org' ? rec.kind : null;
}

export function compareUris(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function sameOptions(a: AnalyzeOptions, b: AnalyzeOptions): boolean {
  return (a.referenceDate ?? '') === (b.referenceDate ?? '');
}
