// What a resolution snapshot is written from (resolved-snapshot.ts): the index's files and
// entity records as they were when it was taken, held in columns. The snapshot is taken while
// requests are answered; what it keeps outlives many young-generation collections, and each of
// those copies what survives: 36,000 entities as objects made them pause 10–25 ms each at
// 10,000 articles. Here every entity's numbers go into a few typed arrays (outside the JS heap
// once large) and its strings and summary are kept by reference, in arrays made at their full
// size once; a file keeps references to its (immutable) analysis. Readers get plain objects
// per item (file(i), entity(j)), made when asked and dropped soon after.
import type { Annotation, Statement } from '../analysis';
import type { Summary } from './entity-record';

export interface SnapshotFile {
  uri: string;
  key: string;
  /** the file's size and modification time when it was read (article-job.ts fileStamp), if known */
  stamp?: string | null;
  text: string;
  annotations: Annotation[];
  statements: Statement[];
  /** entity number of each annotation */
  ents: Int32Array;
  /** numbers of the entity records the file contributes to */
  records: ArrayLike<number>;
}

export interface SnapshotEntity {
  num: number;
  group: string;
  label: string;
  count: number;
  statements: number;
  summary: Summary;
  /** the definition mark: file index and annotation index in it, or null */
  definition: [number, number] | null;
  /** per file with a contribution, in corpus order: file index, packed counts (entity-record.ts) */
  docs: ArrayLike<number>;
}

/** a growable array of numbers (a typed array, doubled when full) */
class NumberPool {
  data = new Float64Array(1024);
  length = 0;

  push(v: number): void {
    if (this.length === this.data.length) this.grow(this.length + 1);
    this.data[this.length++] = v;
  }

  append(values: ArrayLike<number>): void {
    if (this.length + values.length > this.data.length) this.grow(this.length + values.length);
    this.data.set(values, this.length);
    this.length += values.length;
  }

  private grow(need: number): void {
    let size = this.data.length * 2;
    while (size < need) size *= 2;
    const next = new Float64Array(size);
    next.set(this.data.subarray(0, this.length));
    this.data = next;
  }
}

/** a file as added: its text may be what reads it (a text the index dropped, read when written) */
export type SnapshotFileInput = Omit<SnapshotFile, 'text'> & { text: string | (() => string) };

export class SnapshotData {
  private files = 0;
  private readonly uris: string[];
  private readonly keys: string[];
  private readonly stamps: (string | null)[];
  private readonly texts: (string | (() => string))[];
  private readonly annotations: Annotation[][];
  private readonly statementLists: Statement[][];
  private readonly entLists: Int32Array[];
  /** file i's record numbers: records[recordAt[i] .. recordAt[i + 1]) */
  private readonly recordAt: Int32Array;
  private readonly records = new NumberPool();

  private entities = 0;
  /** per entity: num, count, statements, definition file, definition mark (-1: none) */
  private readonly numbers: Float64Array;
  private readonly groups: string[];
  private readonly labels: string[];
  private readonly summaries: Summary[];
  /** entity j's documents: docs[docAt[j] .. docAt[j + 1]) */
  private readonly docAt: Float64Array;
  private readonly docs = new NumberPool();

  constructor(
    readonly fileCount: number,
    readonly entityCount: number,
  ) {
    this.uris = new Array<string>(fileCount);
    this.keys = new Array<string>(fileCount);
    this.stamps = new Array<string | null>(fileCount);
    this.texts = new Array<string | (() => string)>(fileCount);
    this.annotations = new Array<Annotation[]>(fileCount);
    this.statementLists = new Array<Statement[]>(fileCount);
    this.entLists = new Array<Int32Array>(fileCount);
    this.recordAt = new Int32Array(fileCount + 1);
    this.numbers = new Float64Array(5 * entityCount);
    this.groups = new Array<string>(entityCount);
    this.labels = new Array<string>(entityCount);
    this.summaries = new Array<Summary>(entityCount);
    this.docAt = new Float64Array(entityCount + 1);
  }

  /** the data of lists of files and entities (tests) */
  static of(files: SnapshotFile[], entities: SnapshotEntity[]): SnapshotData {
    const d = new SnapshotData(files.length, entities.length);
    for (const f of files) d.addFile(f);
    for (const e of entities) d.addEntity(e);
    return d;
  }

  /** true when every file and entity it was made for has been added */
  get complete(): boolean {
    return this.files === this.fileCount && this.entities === this.entityCount;
  }

  addFile(f: SnapshotFileInput): void {
    const i = this.files++;
    if (i >= this.fileCount) throw new Error('more files than announced');
    this.uris[i] = f.uri;
    this.keys[i] = f.key;
    this.stamps[i] = f.stamp ?? null;
    this.texts[i] = f.text;
    this.annotations[i] = f.annotations;
    this.statementLists[i] = f.statements;
    this.entLists[i] = f.ents;
    this.records.append(f.records);
    this.recordAt[i + 1] = this.records.length;
  }

  addEntity(e: SnapshotEntity): void {
    const j = this.entities++;
    if (j >= this.entityCount) throw new Error('more entities than announced');
    const n = this.numbers, at = 5 * j;
    n[at] = e.num;
    n[at + 1] = e.count;
    n[at + 2] = e.statements;
    n[at + 3] = e.definition ? e.definition[0] : -1;
    n[at + 4] = e.definition ? e.definition[1] : -1;
    this.groups[j] = e.group;
    this.labels[j] = e.label;
    this.summaries[j] = e.summary;
    this.docs.append(e.docs);
    this.docAt[j + 1] = this.docs.length;
  }

  file(i: number): SnapshotFile {
    const text = this.texts[i];
    return {
      uri: this.uris[i],
      key: this.keys[i],
      stamp: this.stamps[i],
      text: typeof text === 'string' ? text : text(),
      annotations: this.annotations[i],
      statements: this.statementLists[i],
      ents: this.entLists[i],
      records: this.records.data.subarray(this.recordAt[i], this.recordAt[i + 1]),
    };
  }

  /** entity j's group and label (what the snapshot's order sorts by) */
  groupOf(j: number): string {
    return this.groups[j];
  }

  labelOf(j: number): string {
    return this.labels[j];
  }

  entity(j: number): SnapshotEntity {
    const n = this.numbers, at = 5 * j;
    return {
      num: n[at],
      group: this.groups[j],
      label: this.labels[j],
      count: n[at + 1],
      statements: n[at + 2],
      summary: this.summaries[j],
      definition: n[at + 3] >= 0 ? [n[at + 3], n[at + 4]] : null,
      docs: this.docs.data.subarray(this.docAt[j], this.docAt[j + 1]),
    };
  }
}
