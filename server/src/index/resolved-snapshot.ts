// The corpus resolution persisted next to the extraction cache, so a warm start need not redo
// the corpus step: every file's resolved annotations and statements with their entity numbers,
// and the entity table (counts, summary, files). One file, written after a scan that resolved
// the corpus (streamed, so its text is never whole in memory), read on the next start:
//
//   <uri> TAB <cache key> TAB <size:mtime, or nothing> TAB {"a":[shape, values…]…,"o":objects,"s":statements,"e":entity numbers,"r":records}  ×N, corpus order
//   [file, packed counts…]  ×M (each entity's files, in corpus order)
//   [values marks refer to…]
//   [[keys of a shape of marks…]…]
//   [[num, group, label, count, statements, roles, mentions, files, quoted, kind, corrected, def file, def mark]×M]
//   {"byline-resolved":4,"version":…,"files":N,"entities":M,"crc32":…,"bytes":…}   (of the lines above)
//
// Entities come about in the sidebar's name order (so its first sort finds them in long runs).
//
// It is trusted only whole and only for exactly the files it was made from: the header's
// version (analyser and server bundle), the body's SHA-1, and every file's URI and cache key
// (a hash of its text and options) in corpus order must match (CorpusIndex.adopt); anything
// else and the corpus is resolved as without it. A file's line is decoded when the file is
// first read (most never are before the first edit); annotations are stored by shape (their
// keys in order) with a span's text left out, so decoding gives back equal objects, key order
// included (tests/unit/resolved-snapshot.test.ts).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { crc32 } from 'node:zlib';
import { mkdir, open, readdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Annotation, Statement } from '../analysis';
import { readWhole } from '../files/read-whole';
import type { Summary } from './entity-record';
import { pacer, sortPaced, type Pacer } from './pacer';
import type { SnapshotData } from './snapshot-data';

export const SNAPSHOT_FILE = 'resolved.jsonl';
const FORMAT = 4;
/** characters encoded before a chunk goes out */
const CHUNK = 1 << 18;
/** the longest stretch of snapshot work between two turns of the event loop (requests wait at most that) */
export const SLICE_MS = 4;

export type { SnapshotEntity, SnapshotFile } from './snapshot-data';

/** a decoded file line */
export interface SnapshotFileData {
  annotations: Annotation[];
  statements: Statement[];
  ents: Int32Array;
  records: number[];
}

/** an entity's fixed fields: [num, group, label, count, statements, roles, mentions, files, quoted, kind, corrected, def file, def mark] */
export type SnapshotRecord = [number, string, string, number, number, string[], number, number, number, string | null, string[], number, number];

/** the version a snapshot must carry: the analyser's and the server bundle's (the corpus step's code) */
export function snapshotVersion(analyser: string): string {
  const h = createHash('sha1').update(analyser);
  try {
    if (__filename.endsWith('.js') && existsSync(__filename)) h.update(readFileSync(__filename));
  } catch {
    // the analyser version alone
  }
  return h.digest('hex').slice(0, 16);
}

/**
 * Gives the snapshot's bytes to `out` in chunks of about 256 KB (throws when a value cannot
 * be stored exactly: then none should be kept). Works in slices of SLICE_MS between turns of
 * the event loop: requests are answered meanwhile (the objects given do not change: the index
 * replaces analyses, it does not edit them). Returns the number of bytes.
 */
export async function encodeSnapshot(version: string, data: SnapshotData, out: (chunk: Buffer) => unknown, pace: Pacer = pacer(SLICE_MS)): Promise<number> {
  if (!data.complete) throw new Error('incomplete snapshot data');
  const shapes = new Map<string, number>();
  const shapeList: string[][] = [];
  let body: string[] = [];
  let pending = 0, bytes = 0;
  let crc = 0;
  const emit = async (line: string, force = false) => {
    body.push(line);
    pending += line.length;
    if (pending < CHUNK && !force) return;
    const chunk = Buffer.from(body.join(''), 'utf8');
    body = [];
    pending = 0;
    crc = crc32(chunk, crc);
    bytes += chunk.length;
    await out(chunk);
  };
  // values other than small whole numbers: one table for the file (strings, other numbers,
  // null, booleans; decoded once, shared by every mark), objects in their file's own table
  const table: unknown[] = [];
  const tableIndex = new Map<unknown, number>();
  const global = (v: unknown): number => {
    const key = typeof v === 'number' ? `#${v}` : v;
    let i = tableIndex.get(key);
    if (i === undefined) {
      tableIndex.set(key, (i = table.length));
      table.push(v);
    }
    return -(2 * i + 1);
  };
  // the shape of the last annotation of each type: most annotations of a type share one
  const lastShape = new Map<unknown, number>();
  for (let i = 0; i < data.fileCount; i++) {
    if (pace.due()) await pace.pause();
    const f = data.file(i);
    if (/[\t\n\r]/.test(f.uri) || (f.stamp && !/^[\d.:]+$/.test(f.stamp)) || f.ents.length !== f.annotations.length) throw new Error(`cannot store ${f.uri}`);
    const a: number[] = [];
    const objects: unknown[] = [];
    for (const x of f.annotations) {
      const o = x as unknown as Record<string, unknown>;
      let shape = lastShape.get(o.type);
      if (shape === undefined || !hasKeys(o, shapeList[shape])) {
        const keys = Object.keys(o);
        const sig = keys.join(',');
        shape = shapes.get(sig);
        if (shape === undefined) {
          if (keys.indexOf('text') >= 0 && (keys.indexOf('start') > keys.indexOf('text') || keys.indexOf('end') > keys.indexOf('text'))) throw new Error('text before its span');
          shapes.set(sig, (shape = shapeList.length));
          shapeList.push(keys);
        }
        lastShape.set(o.type, shape);
      }
      a.push(shape);
      for (const k of shapeList[shape]) {
        const v = o[k];
        if (typeof v === 'number') {
          if (!Number.isFinite(v)) throw new Error(`cannot store ${k} of a mark in ${f.uri}`);
          a.push(v >= 0 && v <= 0x7fffffff && Math.floor(v) === v && !Object.is(v, -0) ? v : global(v));
        } else if (typeof v === 'string') {
          a.push(k === 'text' && v === f.text.slice(x.start, x.end) ? 0 : global(v));
        } else if (v === null || typeof v === 'boolean') a.push(global(v));
        else if (typeof v === 'object' && plain(v)) {
          a.push(-(2 * objects.length + 2));
          objects.push(v);
        } else throw new Error(`cannot store ${k} of a mark in ${f.uri}`);
      }
    }
    if (!plain(f.statements)) throw new Error(`cannot store the statements of ${f.uri}`);
    await emit(`${f.uri}\t${f.key}\t${f.stamp ?? ''}\t${JSON.stringify({ a, o: objects, s: f.statements, e: Array.from(f.ents), r: Array.from(f.records) })}\n`);
  }
  // (close to the collator's order, for far less: the sidebar's sort runs through it in long runs)
  const m = data.entityCount;
  const lower = new Array<string>(m);
  const order = new Array<number>(m);
  for (let j = 0; j < m; j++) {
    lower[j] = data.labelOf(j).toLowerCase();
    order[j] = j;
    if (pace.due()) await pace.pause();
  }
  const group = (j: number) => data.groupOf(j);
  const sorted = await sortPaced(order, (a, b) => (group(a) < group(b) ? -1 : group(a) > group(b) ? 1 : compare(lower[a], lower[b]) || compare(data.labelOf(a), data.labelOf(b))), pace);
  for (const j of sorted) {
    if (pace.due()) await pace.pause();
    await emit(`[${Array.prototype.join.call(data.entity(j).docs, ',')}]\n`); // (JSON.stringify of the numbers: whole numbers below 2^53)
  }
  await emit(JSON.stringify(table) + '\n');
  await emit(JSON.stringify(shapeList) + '\n');
  // one line, an entity at a time
  for (let k = 0; k < m; k++) {
    if (pace.due()) await pace.pause();
    const e = data.entity(sorted[k]);
    const s = e.summary;
    const head: SnapshotRecord = [e.num, e.group, e.label, e.count, e.statements, s.roles, s.mentions, s.files, s.quoted, s.kind, s.corrected, e.definition?.[0] ?? -1, e.definition?.[1] ?? -1];
    if (!plain(head)) throw new Error(`cannot store entity ${e.label}`);
    await emit((k === 0 ? '[' : ',') + JSON.stringify(head));
  }
  await emit((m ? ']' : '[]') + '\n', true);
  const header = { 'byline-resolved': FORMAT, version, files: data.fileCount, entities: m, crc32: hex8(crc), bytes };
  const last = Buffer.from(JSON.stringify(header) + '\n');
  await out(last);
  return bytes + last.length;
}

/** the snapshot's bytes in one buffer (tests) */
export async function snapshotBytes(version: string, data: SnapshotData): Promise<Buffer> {
  const chunks: Buffer[] = [];
  await encodeSnapshot(version, data, (c) => chunks.push(c));
  return Buffer.concat(chunks);
}

/** Writes a snapshot atomically (a temporary file, written as it is encoded, renamed over the old one); its size in bytes. */
export async function writeSnapshot(dir: string, version: string, data: SnapshotData, pace?: Pacer): Promise<number> {
  await mkdir(dir, { recursive: true });
  await removeStaleTemporaries(dir);
  const file = join(dir, SNAPSHOT_FILE);
  const tmp = `${file}.${process.pid}.tmp`;
  const handle = await open(tmp, 'w');
  let bytes = 0;
  try {
    bytes = await encodeSnapshot(version, data, (chunk) => handle.write(chunk), pace);
  } catch (e) {
    await handle.close();
    await rm(tmp, { force: true });
    throw e;
  }
  await handle.close();
  await rename(tmp, file);
  return bytes;
}

/** Removes the temporary files of writers that died mid-write (their process is gone). */
async function removeStaleTemporaries(dir: string): Promise<void> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(`${SNAPSHOT_FILE}.`) || !name.endsWith('.tmp')) continue;
    const pid = Number(name.slice(SNAPSHOT_FILE.length + 1, -4));
    if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid || processAlive(pid)) continue;
    await rm(join(dir, name), { force: true });
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'; // alive, another user's
  }
}

/** Reads the snapshot in `dir`; null when missing, of another version, or failing its checks. */
export async function readSnapshot(dir: string, version: string): Promise<ResolvedSnapshot | null> {
  let data: Buffer;
  try {
    data = await readWhole(join(dir, SNAPSHOT_FILE));
  } catch {
    return null;
  }
  return parseSnapshot(data, version);
}

export function parseSnapshot(data: Buffer, version: string): ResolvedSnapshot | null {
  try {
    // the header is the last line
    if (data.length < 2 || data[data.length - 1] !== 10) return null;
    const nl = data.lastIndexOf(10, data.length - 2);
    const h = JSON.parse(data.toString('utf8', nl + 1, data.length - 1));
    if (!h || h['byline-resolved'] !== FORMAT || h.version !== version) return null;
    const body = data.subarray(0, nl + 1);
    if (body.length !== h.bytes || hex8(crc32(body)) !== h.crc32) return null;
    return new ResolvedSnapshot(body, h.files, h.entities);
  } catch {
    return null;
  }
}

export class ResolvedSnapshot {
  readonly uris: string[] = [];
  readonly keys: string[] = [];
  /** each file's size and modification time when it was read ('' when unknown) */
  readonly stamps: string[] = [];
  readonly records: SnapshotRecord[];
  /** byte range of each file's JSON in the body */
  private readonly spans: Int32Array;
  /** byte range of each entity's files in the body */
  private readonly docSpans: Int32Array;
  /** the values marks refer to (see encodeSnapshot) */
  private readonly table: unknown[];
  /** the keys of each shape of marks */
  private readonly shapes: string[][];

  constructor(
    private readonly body: Buffer,
    files: number,
    entities: number,
  ) {
    let pos = 0;
    const line = () => {
      const end = body.indexOf(10, pos);
      if (end < 0) throw new Error('truncated');
      const at = pos;
      pos = end + 1;
      return [at, end];
    };
    this.spans = new Int32Array(2 * files);
    for (let i = 0; i < files; i++) {
      const [at, end] = line();
      const t1 = body.indexOf(9, at), t2 = body.indexOf(9, t1 + 1), t3 = body.indexOf(9, t2 + 1);
      if (t1 < 0 || t2 < 0 || t3 < 0 || t3 > end) throw new Error('bad file line');
      this.uris.push(body.toString('utf8', at, t1));
      this.keys.push(body.toString('latin1', t1 + 1, t2));
      this.stamps.push(body.toString('latin1', t2 + 1, t3));
      this.spans[2 * i] = t3 + 1;
      this.spans[2 * i + 1] = end;
    }
    this.docSpans = new Int32Array(2 * entities);
    for (let i = 0; i < entities; i++) {
      const [at, end] = line();
      this.docSpans[2 * i] = at;
      this.docSpans[2 * i + 1] = end;
    }
    const [t0, t1] = line();
    this.table = JSON.parse(body.toString('utf8', t0, t1));
    if (!Array.isArray(this.table)) throw new Error('bad table');
    const [s0, s1] = line();
    const shapes = JSON.parse(body.toString('utf8', s0, s1));
    if (!Array.isArray(shapes) || !shapes.every((x) => Array.isArray(x) && x.every((k) => typeof k === 'string'))) throw new Error('bad shapes');
    this.shapes = shapes;
    const [h0, h1] = line();
    this.records = JSON.parse(body.toString('utf8', h0, h1));
    if (!Array.isArray(this.records) || this.records.length !== entities) throw new Error('bad entities');
    for (const x of this.records) {
      if (!Array.isArray(x) || x.length !== 13 || typeof x[0] !== 'number' || typeof x[2] !== 'string' || typeof x[3] !== 'number' || typeof x[4] !== 'number' || !Array.isArray(x[5]) || !Array.isArray(x[10])) throw new Error('bad entity');
    }
    if (pos !== body.length) throw new Error('trailing data');
  }

  private keyByUri: Map<string, string> | null = null;

  /** the cache key the snapshot has for a file (undefined: it has none) */
  keyOf(uri: string): string | undefined {
    this.keyByUri ??= new Map(this.uris.map((u, i) => [u, this.keys[i]]));
    return this.keyByUri.get(uri);
  }

  /** entity `i`'s files in corpus order: file index, packed counts (entity-record.ts), …; throws when malformed */
  docs(i: number): number[] {
    const d = JSON.parse(this.body.toString('utf8', this.docSpans[2 * i], this.docSpans[2 * i + 1]));
    if (!Array.isArray(d) || d.length % 2) throw new Error('bad entity files');
    return d;
  }

  /** file `i`'s resolved data (`text`: its text, which gives back the spans); throws when malformed */
  file(i: number, text: string): SnapshotFileData {
    const x = JSON.parse(this.body.toString('utf8', this.spans[2 * i], this.spans[2 * i + 1]));
    if (!x || !Array.isArray(x.a) || !Array.isArray(x.o) || !Array.isArray(x.s) || !Array.isArray(x.e) || !Array.isArray(x.r)) throw new Error('bad file data');
    const a = x.a as number[];
    const objects = x.o as unknown[];
    const table = this.table;
    const annotations: Annotation[] = [];
    for (let i = 0; i < a.length; ) {
      const keys = this.shapes[a[i++]];
      if (!keys) throw new Error('bad shape');
      const o: Record<string, unknown> = {};
      for (const k of keys) {
        const n = a[i++];
        let v: unknown;
        if (n >= 0) v = k === 'text' && n === 0 ? text.slice(o.start as number, o.end as number) : n;
        else {
          const w = -n - 1;
          const at = w >> 1;
          if (!((w & 1 ? at < objects.length : at < table.length) && Number.isInteger(n))) throw new Error('bad value');
          v = w & 1 ? objects[at] : table[at];
        }
        o[k] = v;
      }
      annotations.push(o as unknown as Annotation);
    }
    if (x.e.length !== annotations.length) throw new Error('bad entity numbers');
    return { annotations, statements: x.s, ents: Int32Array.from(x.e), records: x.r };
  }
}

/** whether an object's own keys are `keys`, in that order (no allocation) */
function hasKeys(o: object, keys: string[]): boolean {
  let i = 0;
  for (const k in o) if (keys[i++] !== k) return false;
  return i === keys.length;
}

/** JSON gives the value back equal (no undefined, no non-finite number, plain objects) */
function plain(v: unknown): boolean {
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return true;
  if (typeof v === 'number') return Number.isFinite(v);
  if (Array.isArray(v)) return v.every(plain);
  if (typeof v === 'object') {
    if (Object.getPrototypeOf(v) !== Object.prototype) return false;
    for (const k in v) if (!plain((v as Record<string, unknown>)[k])) return false;
    return true;
  }
  return false;
}

/** a checksum as 8 hex digits (CRC-32 finds what damage a file meets, truncation and flipped bits, at a fifth of SHA-1's time on 46 MB) */
function hex8(n: number): string {
  return n.toString(16).padStart(8, '0');
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
