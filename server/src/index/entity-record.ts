// One sidebar entity (a speaker, a date value, a figure value) as per-document contributions:
// an edit replaces one document's marks without touching the others. The corpus-order views
// (marks, statements, roles, kind, definition) are built on first use after a change.
import type { Annotation, Span } from '../analysis';
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

const NO_ROLES: string[] = [];

interface Contribution {
  marks: Annotation[];
  statements: StatementRef[];
}

/** a document's position in corpus order (files by URI) */
export type Ordinal = (uri: string) => number;

export class EntityRecord {
  private readonly byDoc = new Map<string, Contribution>();
  /** documents in corpus order, then the corpus-order views, built on first use after a change */
  private order: string[] | null = null;
  private summaryView: {
    roles: string[];
    mentions: number;
    files: number;
    quoted: StatementRef[];
    statements: StatementRef[];
    kind: string | null;
    corrected: string[];
  } | null = null;
  private marksView: { marks: Mark[]; definition: Mark | null } | null = null;
  /** number of marks and of statements, kept without building the views */
  count = 0;
  statementCount = 0;
  readonly lowerLabel: string;

  constructor(
    readonly id: string,
    readonly group: EntityGroup,
    readonly label: string,
    private readonly ordinal: Ordinal,
  ) {
    this.lowerLabel = label.toLowerCase();
  }

  get empty(): boolean {
    return this.byDoc.size === 0;
  }

  /** views are stale; `reorder` when the set of documents changed (else their order stands) */
  private changed(reorder = true): void {
    if (reorder) this.order = null;
    this.summaryView = null;
    this.marksView = null;
  }

  /** Corpus order changed (files added or removed): views are rebuilt on next use. */
  reorder(): void {
    this.changed();
  }

  private contribution(uri: string): Contribution {
    let c = this.byDoc.get(uri);
    if (!c) this.byDoc.set(uri, (c = { marks: [], statements: [] }));
    return c;
  }

  /** Sets one document's marks (in text order) and statements. */
  setContribution(uri: string, marks: Annotation[], statements: StatementRef[]): void {
    const old = this.byDoc.get(uri);
    if (old) {
      this.count -= old.marks.length;
      this.statementCount -= old.statements.length;
    }
    this.byDoc.set(uri, { marks, statements });
    this.count += marks.length;
    this.statementCount += statements.length;
    this.changed(!old);
  }

  /** the first `n` marks in corpus order, without building the whole list */
  firstMarks(n: number): Mark[] {
    if (this.marksView) return this.marksView.marks.slice(0, n);
    const out: Mark[] = [];
    for (const uri of this.sortedUris()) {
      for (const a of this.byDoc.get(uri)!.marks) {
        if (out.length >= n) return out;
        out.push({ uri, annotation: a });
      }
    }
    return out;
  }

  /** the first role in corpus order (what roles[0] is), found without building the summary */
  get firstRole(): string | null {
    if (this.group !== 'speaker') return null;
    if (this.summaryView) return this.summaryView.roles[0] ?? null;
    for (const uri of this.sortedUris()) for (const a of this.byDoc.get(uri)!.marks) if (a.role) return a.role;
    return null;
  }

  addMark(uri: string, a: Annotation): void {
    this.contribution(uri).marks.push(a);
    this.count++;
    this.changed();
  }

  addStatement(uri: string, s: StatementRef): void {
    this.contribution(uri).statements.push(s);
    this.statementCount++;
    this.changed();
  }

  drop(uri: string): void {
    const c = this.byDoc.get(uri);
    if (!c) return;
    this.count -= c.marks.length;
    this.statementCount -= c.statements.length;
    this.byDoc.delete(uri);
    this.changed();
  }

  /** every mark in corpus order (files by URI, then offset) */
  get marks(): Mark[] {
    return this.buildMarks().marks;
  }

  /** its first full-name mark in corpus order, else its first speaker mark, else its first mark */
  get definition(): Mark | null {
    return this.buildMarks().definition;
  }

  get statements(): StatementRef[] {
    return this.summary().statements;
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

  /** statements with a quote, in corpus order */
  get quoted(): StatementRef[] {
    return this.summary().quoted;
  }

  /** statements and mention marks in one document */
  countsIn(uri: string): { statements: number; mentions: number; quoted: StatementRef[] } {
    const c = this.byDoc.get(uri);
    if (!c) return { statements: 0, mentions: 0, quoted: [] };
    let mentions = 0;
    for (const a of c.marks) if (a.type === 'mention') mentions++;
    return { statements: c.statements.length, mentions, quoted: c.statements.filter((s) => s.quote) };
  }

  private sortedUris(): string[] {
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

  private summary() {
    if (this.summaryView) return this.summaryView;
    const roles: string[] = [];
    const statements: StatementRef[] = [];
    let mentions = 0, files = 0, kind: string | null = null;
    const corrected = new Set<string>();
    for (const uri of this.sortedUris()) {
      const c = this.byDoc.get(uri)!;
      if (c.marks.length) {
        files++;
        if (kind === null) kind = c.marks[0].subtype;
      }
      for (const a of c.marks) {
        if (a.type === 'mention') mentions++;
        if (a.role && !roles.includes(a.role)) roles.push(a.role);
        for (const id of correctionsOf(a)) corrected.add(id);
      }
      for (const st of c.statements) statements.push(st);
    }
    this.summaryView = { roles, mentions, files, statements, quoted: statements.filter((x) => x.quote), kind, corrected: [...corrected] };
    return this.summaryView;
  }

  private buildMarks() {
    if (this.marksView) return this.marksView;
    const marks: Mark[] = [];
    for (const uri of this.sortedUris()) for (const a of this.byDoc.get(uri)!.marks) marks.push({ uri, annotation: a });
    const definition =
      marks.find((m) => m.annotation.text === this.label) ?? marks.find((m) => m.annotation.type === 'speaker') ?? marks[0] ?? null;
    this.marksView = { marks, definition };
    return this.marksView;
  }
}
