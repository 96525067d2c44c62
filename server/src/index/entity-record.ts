// One sidebar entity (a speaker, a date value, a figure value), kept compact: a number, and per
// document only the count of its marks and statements. The marks themselves are the document's
// resolved annotations, tagged with the entity's number (CorpusIndex keeps an Int32Array of
// entity numbers parallel to each file's annotations), so the table holds no per-mark objects.
// Corpus-order views are derived on use: the summary (roles, kind, counts) is cached until the
// entity changes; mark lists are cached only for entities asked for them (navigation, sidebar).
import type { Annotation, Span, Statement } from '../analysis';
import { correctionsOf } from '../corrections/apply';
import type { EntityGroup } from '../lsp/protocol';

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

/** what a record reads of one document: its annotations, their entity numbers, its statements */
export interface DocSource {
  annotations: Annotation[];
  ents: Int32Array;
  statements: Statement[];
}

/** a document's position in corpus order (files by URI) */
export type Ordinal = (uri: string) => number;
export type Source = (uri: string) => DocSource | null;

const NO_ROLES: string[] = [];
const NO_IDS: string[] = [];
/** per-document counts packed in one number: marks + statements × STMT */
const STMT = 2 ** 26;
/** (contributions(): positions in a record's document map stay below this) */
const POSITIONS = 2 ** 21;

/** where adopted records read their documents and definition (CorpusIndex, from its snapshot) */
export interface AdoptedFrom {
  /** document URI → packed counts, in corpus order */
  adoptedDocs(at: number): Map<string, number>;
  adoptedDefinition(at: number): Mark | null;
}

export interface Summary {
  roles: string[];
  mentions: number;
  files: number;
  quoted: number;
  kind: string | null;
  corrected: string[];
}

export class EntityRecord {
  /** document URI → marks + statements × STMT (see `byDoc`; made on first use) */
  private docsMap: Map<string, number> | null = null;
  /**
   * a record taken from a persisted snapshot (adopt()) reads its documents and definition from
   * it on first use: most records are never asked for them before the first edit
   */
  private adoptedFrom: AdoptedFrom | null = null;
  private adoptedAt = -1;
  private definitionPending = false;
  /**
   * documents in corpus order, then the corpus-order views, built on first use after a change;
   * the order is kept across an edit (which drops and re-adds its document's contributions), so
   * it may hold documents dropped since (`ghosts` of them), filtered out on use
   */
  private order: string[] | null = null;
  private ghosts = 0;
  private summaryView: Summary | null = null;
  private marksView: Mark[] | null = null;
  private definitionView: Mark | null | undefined = undefined;
  private quotedView: StatementRef[] | null = null;
  /**
   * the first role in corpus order and its document (uri null: no mark has a role); kept across
   * edits that cannot change it, since finding it again walks every document of an entity that
   * has no role (thousands, for a much-mentioned one; each edit's diagnostics ask it per entity)
   */
  private firstRoleView: { role: string | null; uri: string | null } | undefined = undefined;
  /** number of marks and of statements, kept without building the views */
  count = 0;
  /** increases whenever the views go stale: caches outside the record (request answers) check it */
  generation = 0;
  statementCount = 0;
  private lower: string | null = null;

  constructor(
    readonly id: string,
    /** the number files tag this entity's marks with */
    readonly num: number,
    readonly group: EntityGroup,
    readonly label: string,
    private readonly ordinal: Ordinal,
    private readonly source: Source,
  ) {
  }

  /** the label in lower case (for filters; made on first use) */
  get lowerLabel(): string {
    return (this.lower ??= this.label.toLowerCase());
  }

  get empty(): boolean {
    return this.byDoc.size === 0;
  }

  /** document URI → marks + statements × STMT */
  private get byDoc(): Map<string, number> {
    if (this.docsMap === null) {
      if (this.adoptedFrom) {
        this.docsMap = this.adoptedFrom.adoptedDocs(this.adoptedAt);
        // the snapshot lists them in corpus order (unless it changed since: reorder())
        if (this.adoptedOrder) this.order = [...this.docsMap.keys()];
        this.adoptedOrder = false;
      } else this.docsMap = new Map();
    }
    return this.docsMap;
  }

  private adoptedOrder = false;

  /**
   * Takes the record's state from a persisted snapshot (resolved-snapshot.ts): its counts and
   * summary now; its documents (in corpus order) and its definition when first needed.
   */
  adopt(count: number, statements: number, summary: Summary, from: AdoptedFrom, at: number): void {
    this.count = count;
    this.statementCount = statements;
    this.summaryView = summary;
    this.definitionView = undefined;
    this.definitionPending = true;
    this.adoptedFrom = from;
    this.adoptedAt = at;
    this.docsMap = null;
    this.adoptedOrder = true;
    this.order = null;
  }

  /**
   * What a snapshot keeps of the record: per document in corpus order, its ordinal and packed
   * counts. Built in typed arrays (no corpus-order list is made and kept for every record, no
   * objects per document: taking a snapshot of 36,000 records then makes little garbage).
   * Null when a document is not in the corpus order.
   */
  contributions(): Float64Array | null {
    const docs = this.byDoc;
    const n = docs.size;
    if (n >= POSITIONS) return null;
    const out = new Float64Array(2 * n);
    if (this.order && this.ghosts === 0) {
      let i = 0;
      for (const uri of this.order) {
        out[i++] = this.ordinal(uri);
        out[i++] = docs.get(uri)!;
      }
      return out;
    }
    // ordinal × 2^21 + position: sorted as numbers, then read back
    const keys = new Float64Array(n), packed = new Float64Array(n);
    let i = 0;
    for (const [uri, c] of docs) {
      const o = this.ordinal(uri);
      if (o >= POSITIONS) return null; // (not in the corpus, or a corpus of millions of files)
      keys[i] = o * POSITIONS + i;
      packed[i++] = c;
    }
    keys.sort();
    for (let k = 0; k < n; k++) {
      const at = keys[k] % POSITIONS;
      out[2 * k] = (keys[k] - at) / POSITIONS;
      out[2 * k + 1] = packed[at];
    }
    return out;
  }

  /** the summary (built now if it is not) */
  summaryOf(): Summary {
    return this.summary();
  }

  /** views are stale (the order of documents stands) */
  private changed(): void {
    this.generation++;
    this.summaryView = null;
    this.marksView = null;
    this.definitionView = undefined;
    this.definitionPending = false;
    this.quotedView = null;
  }

  /** Corpus order changed (files added or removed): views are rebuilt on next use. */
  reorder(): void {
    this.order = null;
    this.adoptedOrder = false;
    this.ghosts = 0;
    this.changed();
    this.firstRoleView = undefined;
  }

  /** Sets one document's number of marks and statements (the marks are tagged in the document). */
  setContribution(uri: string, marks: number, statements: number): void {
    const old = this.byDoc.get(uri);
    if (old !== undefined) {
      this.count -= old % STMT;
      this.statementCount -= Math.floor(old / STMT);
    }
    this.byDoc.set(uri, marks + statements * STMT);
    this.count += marks;
    this.statementCount += statements;
    if (old === undefined) this.place(uri);
    this.changed();
    // the document may now hold the first role: it does if it has a role and comes first
    const first = this.firstRoleView;
    if (first !== undefined) {
      if (first.uri === uri) this.firstRoleView = undefined;
      else if (first.uri === null || this.ordinal(uri) < this.ordinal(first.uri)) {
        const role = this.roleIn(uri);
        // (unless asking for ordinals rebuilt corpus order, which drops the view)
        if (role !== null && this.firstRoleView === first) this.firstRoleView = { role, uri };
      }
    }
  }

  /** Puts a document that joined in its place in the kept order (a binary search, not a sort). */
  private place(uri: string): void {
    if (!this.order) return; // built on next use
    const at = this.ordinal(uri); // it may rebuild corpus order, and reorder() this record
    const order = this.order;
    if (!order) return;
    let lo = 0, hi = order.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.ordinal(order[mid]) < at) lo = mid + 1;
      else hi = mid;
    }
    if (order[lo] === uri) this.ghosts--; // dropped and back (an edit)
    else order.splice(lo, 0, uri);
  }

  drop(uri: string): void {
    const c = this.byDoc.get(uri);
    if (c === undefined) return;
    this.count -= c % STMT;
    this.statementCount -= Math.floor(c / STMT);
    this.byDoc.delete(uri);
    if (this.order) this.ghosts++;
    this.changed();
    if (this.firstRoleView?.uri === uri) this.firstRoleView = undefined;
  }

  /** the entity's marks in one document, in text order */
  private marksIn(uri: string, out: Mark[] | null, visit?: (a: Annotation) => boolean | void): void {
    const c = this.byDoc.get(uri);
    if (!c || c % STMT === 0) return;
    const s = this.source(uri);
    if (!s) return;
    const { annotations, ents } = s;
    const num = this.num;
    for (let i = 0; i < ents.length; i++) {
      if (ents[i] !== num) continue;
      const a = annotations[i];
      if (out) out.push({ uri, annotation: a });
      if (visit && visit(a) === false) return;
    }
  }

  /** statements in one document: its speaker marks, then the statements tied to it by pronouns */
  private statementsIn(uri: string, out: StatementRef[], quotedOnly = false): void {
    const c = this.byDoc.get(uri);
    if (!c || c < STMT || this.group !== 'speaker') return;
    const s = this.source(uri);
    if (!s) return;
    const { annotations, ents } = s;
    for (let i = 0; i < ents.length; i++) {
      if (ents[i] !== this.num) continue;
      const a = annotations[i];
      if (a.type !== 'speaker' || (quotedOnly && !a.quote)) continue;
      out.push({ uri, anchor: { start: a.start, end: a.end }, quote: a.quote ?? null, cue: a.cue ?? null });
    }
    for (const st of s.statements) {
      if (st.entity !== this.label || (quotedOnly && !st.quote)) continue;
      out.push({ uri, anchor: st.anchor, quote: st.quote, cue: st.cue });
    }
  }

  /** the first `n` marks in corpus order, without building the whole list */
  firstMarks(n: number): Mark[] {
    return this.marksPage(0, n);
  }

  /** the first mark in each of the first `n` documents in corpus order other than `except` */
  firstMarkPerFile(n: number, except: string): Mark[] {
    const out: Mark[] = [];
    for (const uri of this.sortedUris()) {
      if (out.length >= n) break;
      if (uri === except) continue;
      this.marksIn(uri, null, (a) => {
        out.push({ uri, annotation: a });
        return false;
      });
    }
    return out;
  }

  /**
   * `n` marks from position `offset` in corpus order, without building the whole list: the
   * documents before the page are skipped by their mark counts, unread.
   */
  marksPage(offset: number, n: number): Mark[] {
    if (this.marksView) return this.marksView.slice(offset, offset + n);
    const out: Mark[] = [];
    let skip = Math.max(0, offset);
    for (const uri of this.sortedUris()) {
      if (out.length >= n) break;
      const marks = this.byDoc.get(uri)! % STMT;
      if (skip >= marks) {
        skip -= marks;
        continue;
      }
      this.marksIn(uri, null, (a) => {
        if (skip > 0) skip--;
        else out.push({ uri, annotation: a });
        return out.length < n;
      });
    }
    return out;
  }

  /** the first role in corpus order (what roles[0] is), found without building the summary */
  get firstRole(): string | null {
    if (this.group !== 'speaker') return null;
    if (this.summaryView) return this.summaryView.roles[0] ?? null;
    if (this.firstRoleView === undefined) {
      let first: { role: string | null; uri: string | null } = { role: null, uri: null };
      for (const uri of this.sortedUris()) {
        const role = this.roleIn(uri);
        if (role !== null) {
          first = { role, uri };
          break;
        }
      }
      this.firstRoleView = first;
    }
    return this.firstRoleView.role;
  }

  /** the first role among the entity's marks in one document */
  private roleIn(uri: string): string | null {
    let role: string | null = null;
    this.marksIn(uri, null, (a) => {
      if (a.role) role = a.role;
      return !role;
    });
    return role;
  }

  /** visits every mark in corpus order without building (or keeping) the list */
  eachMark(visit: (uri: string, a: Annotation) => void): void {
    if (this.marksView) {
      for (const m of this.marksView) visit(m.uri, m.annotation);
      return;
    }
    for (const uri of this.sortedUris()) this.marksIn(uri, null, (a) => visit(uri, a));
  }

  /** every mark in corpus order (files by URI, then offset); cached until the entity changes */
  get marks(): Mark[] {
    if (!this.marksView) {
      const marks: Mark[] = [];
      for (const uri of this.sortedUris()) this.marksIn(uri, marks);
      this.marksView = marks;
    }
    return this.marksView;
  }

  /** its first full-name mark in corpus order, else its first speaker mark, else its first mark */
  get definition(): Mark | null {
    if (this.definitionPending) {
      this.definitionPending = false;
      this.definitionView = this.adoptedFrom!.adoptedDefinition(this.adoptedAt);
    }
    if (this.definitionView !== undefined) return this.definitionView;
    let full: Mark | null = null, speaker: Mark | null = null, first: Mark | null = null;
    for (const uri of this.sortedUris()) {
      this.marksIn(uri, null, (a) => {
        if (!first) first = { uri, annotation: a };
        if (!speaker && a.type === 'speaker') speaker = { uri, annotation: a };
        if (a.text === this.label) {
          full = { uri, annotation: a };
          return false;
        }
        return true;
      });
      if (full) break;
    }
    this.definitionView = full ?? speaker ?? first;
    return this.definitionView;
  }

  /** statements in corpus order (built on each call: hover needs only their number, statementCount) */
  get statements(): StatementRef[] {
    const out: StatementRef[] = [];
    for (const uri of this.sortedUris()) this.statementsIn(uri, out);
    return out;
  }

  /** speakers: roles in corpus order of first appearance (only speaker marks have roles) */
  get roles(): string[] {
    return this.group === 'speaker' ? this.summary().roles : NO_ROLES;
  }

  /** speakers: person | org; dates/figures: subtype (of the first mark) */
  get kind(): string | null {
    return this.summary().kind;
  }

  /** ids of the corrections decisions that added or changed any of its marks */
  get corrected(): string[] {
    return this.summary().corrected;
  }

  /** files with at least one mark */
  get files(): number {
    return this.summary().files;
  }

  /** marks of type 'mention' in the corpus */
  get mentions(): number {
    return this.summary().mentions;
  }

  /** number of statements with a quote */
  get quotedCount(): number {
    return this.summary().quoted;
  }

  /** statements with a quote, in corpus order (cached until the entity changes) */
  get quoted(): StatementRef[] {
    if (!this.quotedView) {
      const out: StatementRef[] = [];
      for (const uri of this.sortedUris()) this.statementsIn(uri, out, true);
      this.quotedView = out;
    }
    return this.quotedView;
  }

  /** the first `n` statements with a quote in corpus order, outside one document (stops early) */
  firstQuoted(n: number, except: string | null = null): StatementRef[] {
    if (this.quotedView) return this.quotedView.filter((q) => q.uri !== except).slice(0, n);
    const out: StatementRef[] = [];
    for (const uri of this.sortedUris()) {
      if (out.length >= n) break;
      if (uri !== except) this.statementsIn(uri, out, true);
    }
    return out.slice(0, n);
  }

  /** statements and mention marks in one document */
  countsIn(uri: string): { statements: number; mentions: number; quoted: StatementRef[] } {
    const c = this.byDoc.get(uri);
    if (c === undefined) return { statements: 0, mentions: 0, quoted: [] };
    let mentions = 0;
    this.marksIn(uri, null, (a) => {
      if (a.type === 'mention') mentions++;
      return true;
    });
    const quoted: StatementRef[] = [];
    this.statementsIn(uri, quoted, true);
    return { statements: Math.floor(c / STMT), mentions, quoted };
  }

  private sortedUris(): string[] {
    if (this.docsMap === null) void this.byDoc; // an adopted record's documents come in corpus order
    if (this.order && this.ghosts > 0) {
      this.order = this.order.filter((u) => this.byDoc.has(u));
      this.ghosts = 0;
    }
    if (!this.order) {
      const uris = [...this.byDoc.keys()];
      if (uris.length > 1) {
        const ords = uris.map((u) => ({ u, o: this.ordinal(u) }));
        ords.sort((a, b) => a.o - b.o);
        this.order = ords.map((x) => x.u);
      } else {
        this.order = uris;
      }
    }
    return this.order;
  }

  /**
   * Starts building the summary and the definition from outside, file by file in corpus order
   * (see CorpusIndex.warmViews), so workspace symbols and hovers find them ready.
   */
  beginSummary(): void {
    this.summaryView = { roles: NO_ROLES, mentions: 0, files: 0, quoted: 0, kind: null, corrected: NO_IDS };
    this.lastSummaryUri = null;
    this.definitionView = null;
    this.warmDefinition = null;
  }

  /** one mark of the entity, in corpus order, while a summary is built */
  summaryMark(uri: string, a: Annotation): void {
    const v = this.summaryView!;
    // the definition's rule (see `definition`): a full-name mark ends the search
    const d = this.warmDefinition;
    if (!d || (d.annotation.text !== this.label && (a.text === this.label || (d.annotation.type !== 'speaker' && a.type === 'speaker')))) {
      this.warmDefinition = this.definitionView = { uri, annotation: a };
    }
    if (this.lastSummaryUri !== uri) {
      this.lastSummaryUri = uri;
      v.files++;
    }
    if (v.kind === null) v.kind = a.subtype;
    if (a.type === 'mention') v.mentions++;
    else if (a.type === 'speaker' && a.quote) v.quoted++;
    if (a.role && !v.roles.includes(a.role)) {
      if (v.roles === NO_ROLES) v.roles = [];
      v.roles.push(a.role);
    }
    const ids = correctionsOf(a);
    if (ids.length) {
      const set = new Set(v.corrected);
      for (const id of ids) set.add(id);
      v.corrected = [...set];
    }
  }

  /** one quoted statement tied to the entity by a pronoun, while a summary is built */
  summaryQuoted(): void {
    this.summaryView!.quoted++;
  }

  private lastSummaryUri: string | null = null;
  private warmDefinition: Mark | null = null;

  private summary(): Summary {
    if (this.summaryView) return this.summaryView;
    let roles = NO_ROLES, corrected: Set<string> | null = null;
    let mentions = 0, files = 0, quoted = 0, kind: string | null = null;
    const speaker = this.group === 'speaker';
    for (const uri of this.sortedUris()) {
      const c = this.byDoc.get(uri)!;
      if (c % STMT === 0 && !(speaker && c >= STMT)) continue;
      const s = this.source(uri);
      if (!s) continue;
      if (c % STMT) files++;
      const { annotations, ents } = s;
      for (let i = 0; i < ents.length; i++) {
        if (ents[i] !== this.num) continue;
        const a = annotations[i];
        if (kind === null) kind = a.subtype;
        if (a.type === 'mention') mentions++;
        else if (a.type === 'speaker' && a.quote) quoted++;
        if (a.role && !roles.includes(a.role)) {
          if (roles === NO_ROLES) roles = [];
          roles.push(a.role);
        }
        const ids = correctionsOf(a);
        if (ids.length) for (const id of ids) (corrected ??= new Set()).add(id);
      }
      if (speaker && c >= STMT) for (const st of s.statements) if (st.quote && st.entity === this.label) quoted++;
    }
    this.summaryView = { roles, mentions, files, quoted, kind, corrected: corrected ? [...corrected] : NO_IDS };
    return this.summaryView;
  }
}
