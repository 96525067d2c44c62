// One sidebar entity (a speaker, a date value, a figure value) as per-document contributions:
// an edit replaces one document's marks without touching the others. The corpus-order views
// (marks, statements, roles, kind, definition) are built on first use after a change.
import type { Annotation, Span } from '../analysis';
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

interface Contribution {
  marks: Annotation[];
  statements: StatementRef[];
}

export class EntityRecord {
  private readonly byDoc = new Map<string, Contribution>();
  private view: { marks: Mark[]; statements: StatementRef[]; roles: string[]; definition: Mark | null } | null = null;
  /** number of marks, kept without building the views */
  count = 0;

  constructor(
    readonly id: string,
    readonly group: EntityGroup,
    readonly label: string,
  ) {}

  get empty(): boolean {
    return this.byDoc.size === 0;
  }

  /** this document's share (created on demand) */
  contribution(uri: string): Contribution {
    let c = this.byDoc.get(uri);
    if (!c) {
      this.byDoc.set(uri, (c = { marks: [], statements: [] }));
      this.view = null;
    }
    return c;
  }

  addMark(uri: string, a: Annotation): void {
    this.contribution(uri).marks.push(a);
    this.count++;
    this.view = null;
  }

  drop(uri: string): void {
    const c = this.byDoc.get(uri);
    if (!c) return;
    this.count -= c.marks.length;
    this.byDoc.delete(uri);
    this.view = null;
  }

  /** every mark in corpus order (files by URI, then offset) */
  get marks(): Mark[] {
    return this.build().marks;
  }

  get statements(): StatementRef[] {
    return this.build().statements;
  }

  /** speakers: roles in corpus order of first appearance */
  get roles(): string[] {
    return this.build().roles;
  }

  /** speakers: person | org; dates/figures: subtype (of the first mark) */
  get kind(): string | null {
    return this.build().marks[0]?.annotation.subtype ?? null;
  }

  /** its first full-name mark in corpus order, else its first speaker mark, else its first mark */
  get definition(): Mark | null {
    return this.build().definition;
  }

  /** the number of marks in one document */
  countIn(uri: string): number {
    return this.byDoc.get(uri)?.marks.length ?? 0;
  }

  get files(): number {
    let n = 0;
    for (const c of this.byDoc.values()) if (c.marks.length) n++;
    return n;
  }

  private build() {
    if (this.view) return this.view;
    const uris = [...this.byDoc.keys()].sort();
    const marks: Mark[] = [];
    const statements: StatementRef[] = [];
    const roles: string[] = [];
    for (const uri of uris) {
      const c = this.byDoc.get(uri)!;
      for (const a of c.marks) {
        marks.push({ uri, annotation: a });
        if (a.role && !roles.includes(a.role)) roles.push(a.role);
      }
      statements.push(...c.statements);
    }
    const definition =
      marks.find((m) => m.annotation.text === this.label) ?? marks.find((m) => m.annotation.type === 'speaker') ?? marks[0] ?? null;
    this.view = { marks, statements, roles, definition };
    return this.view;
  }
}
