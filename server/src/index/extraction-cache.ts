// The persisted cache of per-file extractions, keyed by a hash of the file's text, its analyse
// options and the analyser's version (a hash of the extraction bundle), so reopening a
// workspace does not re-analyse unchanged files. One append-only file of self-checking lines:
//
//   {"byline-cache":2,"version":"…"}                 header: another version → ignored
//   <key> TAB <crc32 of json> TAB <length> TAB <json> one extraction (extraction-codec.ts)
//
// A line that fails its check (torn write, disk corruption, edits) is dropped and its file is
// analysed again; the cache is never trusted. Appends go out in batches; rewrite() compacts
// it to the live entries by writing a temporary file and renaming it over the old one.
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, writeFileSync, writeSync } from 'node:fs';
import { appendFile, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import type { AnalyzeOptions, DocumentExtraction } from '../analysis';
import { readWhole } from '../files/read-whole';
import { decodeExtraction } from './extraction-codec';

export const CACHE_FILE = 'extractions.jsonl';
const FORMAT = 2;

let version: string | null = null;

export function analyserVersion(): string {
  if (version !== null) return version;
  for (const f of [join(__dirname, 'extract-worker.js'), process.argv[1]]) {
    try {
      if (f && existsSync(f)) return (version = createHash('sha1').update(readFileSync(f)).digest('hex').slice(0, 16));
    } catch {
      // try the next
    }
  }
  return (version = 'unversioned');
}

/** a prefetched cache file: its bytes (undefined while read, null when unreadable) and the keys taken before its parse */
interface Prefetched {
  bytes: Buffer | null | undefined;
  taken: Set<string>;
}

export class ExtractionCache {
  /**
   * entries read from disk and not yet used: the bytes of their JSON (views of the file's one
   * buffer, outside the JS heap; each is decoded, checked and parsed when used, then dropped)
   */
  private entries = new Map<string, Buffer>();
  /** entries in the file never used by the scan, forgotten to free the file's buffer (release()) */
  private readonly unused = new Set<string>();
  /** the JSON's length (UTF-16 units) of each entry in `entries` */
  private readonly lengths = new Map<string, number>();
  /** keys known to be in the file (used, or written) */
  private readonly known = new Set<string>();
  private pending: string[] = [];
  private writing: Promise<void> = Promise.resolve();
  private headerWritten = false;
  /** prefetch(): the file is being read (or was), and parsed when an entry is first needed (settle()) */
  private prefetched: Prefetched | null = null;
  /** lines dropped because they failed their check, since load */
  corrupt = 0;
  hits = 0;

  constructor(
    readonly dir: string,
    readonly version: string,
    private readonly log: (message: string) => void = () => {},
  ) {}

  get file(): string {
    return join(this.dir, CACHE_FILE);
  }

  get size(): number {
    this.settle();
    return this.entries.size + this.unused.size + this.known.size;
  }

  /**
   * Makes sure the file exists with this version's header, so that worker threads can append
   * entries to it themselves (CacheAppender); returns its path, or null when it cannot be made.
   */
  openForAppends(): string | null {
    this.settle();
    if (this.headerWritten) return this.file;
    try {
      mkdirSync(this.dir, { recursive: true });
      const tmp = `${this.file}.${process.pid}.tmp`;
      writeFileSync(tmp, this.header() + this.pending.splice(0).join(''));
      renameSync(tmp, this.file);
      this.headerWritten = true;
      return this.file;
    } catch (e) {
      this.log(`cannot write cache ${this.file} (${e instanceof Error ? e.message : e})`);
      return null;
    }
  }

  /** Records an entry a worker appended to the file. */
  appended(key: string): void {
    this.settle();
    this.known.add(key);
  }

  /** Forgets the bytes of the entries not used yet (after a scan), so the file's buffer can go. */
  release(): void {
    this.settle();
    for (const k of this.entries.keys()) this.unused.add(k);
    this.entries.clear();
    this.lengths.clear();
  }

  keyOf(text: string, options: AnalyzeOptions): string {
    return cacheKey(this.version, text, options);
  }

  /** whether the file is read or being read but not parsed yet (prefetch()) */
  get unparsed(): boolean {
    return this.prefetched !== null;
  }

  /** has(key), or true while the file is not parsed (take() then trusts it holds the key) */
  mayHave(key: string): boolean {
    return this.prefetched !== null || this.has(key);
  }

  /** whether the cache holds an unused entry for a key */
  has(key: string): boolean {
    this.settle();
    return this.entries.has(key);
  }

  /** keys of the entries read from disk and not used yet (files with these texts need no analysis) */
  availableKeys(): Set<string> {
    this.settle();
    return new Set(this.entries.keys());
  }

  /** Reads the cache file; a missing, stale or unreadable one leaves the cache empty. */
  async load(): Promise<void> {
    this.prefetched = null;
    let data: Buffer | null;
    try {
      data = await readWhole(this.file);
    } catch {
      data = null;
    }
    this.parse(data);
  }

  /**
   * Starts reading the file and returns: the entries are parsed when first needed (a warm start
   * that adopts the saved resolution needs none before it answers, and parsing 30 MB of entries
   * took the main thread about 100 ms). Until then take() trusts that the file holds an entry;
   * one it does not hold decodes to null.
   */
  prefetch(): void {
    const state: Prefetched = { bytes: undefined, taken: new Set() };
    this.prefetched = state;
    readWhole(this.file).then(
      (b) => { if (state.bytes === undefined) state.bytes = b; },
      () => { if (state.bytes === undefined) state.bytes = null; },
    );
  }

  /** Parses a prefetched file now (reading it now if its read has not finished). */
  private settle(): void {
    const state = this.prefetched;
    if (state === null) return;
    this.prefetched = null;
    let data = state.bytes;
    if (data === undefined) {
      try {
        data = readFileSync(this.file);
      } catch {
        data = null;
      }
    }
    this.parse(data);
    // the entries taken before the parse: theirs to decode, used now
    for (const key of state.taken) {
      const bytes = this.entries.get(key);
      if (bytes === undefined) continue;
      this.entries.delete(key);
      this.taken.set(key, { bytes, length: this.lengths.get(key) });
      this.lengths.delete(key);
      this.known.add(key);
    }
  }

  /** entries taken before the file was parsed, kept for their decoders (see take()) */
  private readonly taken = new Map<string, { bytes: Buffer; length: number | undefined }>();

  private parse(data: Buffer | null): void {
    this.entries.clear();
    this.lengths.clear();
    this.unused.clear();
    this.known.clear();
    if (data === null) return;
    const nl = data.indexOf(10);
    let header: { 'byline-cache'?: number; version?: string } | null = null;
    try {
      header = JSON.parse(data.toString('utf8', 0, nl < 0 ? data.length : nl));
    } catch {
      header = null;
    }
    if (!header || header['byline-cache'] !== FORMAT || header.version !== this.version) {
      this.log(`cache ${this.file} is from another analyser version or unreadable: rebuilding it`);
      return;
    }
    this.headerWritten = true;
    let pos = nl + 1;
    while (pos < data.length) {
      let end = data.indexOf(10, pos);
      if (end < 0) end = data.length;
      const line = data.subarray(pos, end);
      pos = end + 1;
      // key, crc and length checked here on the bytes (the crc is over the JSON's UTF-8); the
      // length (in UTF-16 units) when the entry is decoded
      const t1 = line.indexOf(9), t2 = line.indexOf(9, t1 + 1), t3 = line.indexOf(9, t2 + 1);
      const json = t3 < 0 ? null : line.subarray(t3 + 1);
      if (t1 !== 40 || t2 < 0 || !json || line.toString('latin1', t1 + 1, t2) !== crcOf(json)) {
        if (line.length) this.corrupt++;
        continue;
      }
      this.entries.set(line.toString('latin1', 0, 40), json);
      this.lengths.set(line.toString('latin1', 0, 40), Number(line.toString('latin1', t2 + 1, t3)));
    }
    if (this.corrupt) this.log(`cache ${this.file}: ${this.corrupt} damaged entr${this.corrupt === 1 ? 'y' : 'ies'} dropped (those files are analysed again)`);
  }

  /** the cached extraction for a key (of `text`), or null (a damaged entry is dropped) */
  get(key: string, uri: string, text: string): DocumentExtraction | null {
    this.settle();
    const bytes = this.entries.get(key);
    if (bytes === undefined) return null;
    try {
      const json = bytes.toString('utf8');
      if (json.length !== this.lengths.get(key)) throw new Error('bad length');
      this.lengths.delete(key);
      const x = decodeExtraction(json, text, uri);
      this.hits++;
      this.entries.delete(key);
      this.known.add(key);
      return x;
    } catch {
      this.entries.delete(key);
      this.lengths.delete(key);
      this.corrupt++;
      return null;
    }
  }

  /**
   * The cached extraction for a key (of `text`), to be decoded when called (null then if the
   * entry is damaged), or null when the cache does not hold the key. Counts as a hit now.
   */
  take(key: string, uri: string, text: string | (() => string)): (() => DocumentExtraction | null) | null {
    if (this.prefetched !== null) {
      // (not parsed yet: counted now, looked up when decoded)
      if (this.prefetched.taken.has(key)) return null;
      this.prefetched.taken.add(key);
      this.hits++;
      return () => {
        this.settle();
        const got = this.taken.get(key);
        this.taken.delete(key);
        return got === undefined ? this.missing() : this.decode(got.bytes, got.length, uri, text);
      };
    }
    const bytes = this.entries.get(key);
    if (bytes === undefined) return null;
    const length = this.lengths.get(key);
    this.entries.delete(key);
    this.lengths.delete(key);
    this.known.add(key);
    this.hits++;
    return () => this.decode(bytes, length, uri, text);
  }

  private decode(bytes: Buffer, length: number | undefined, uri: string, text: string | (() => string)): DocumentExtraction | null {
    try {
      const json = bytes.toString('utf8');
      if (json.length !== length) throw new Error('bad length');
      return decodeExtraction(json, typeof text === 'string' ? text : text(), uri);
    } catch {
      this.corrupt++;
      return null;
    }
  }

  /** an entry taken before the parse that the file did not hold (or held damaged) */
  private missing(): null {
    this.corrupt++;
    return null;
  }

  /** Adds an extraction (its encodeExtraction form) to be written. */
  put(key: string, encoded: string): void {
    this.settle();
    if (this.known.has(key) || this.entries.has(key) || this.unused.has(key)) return;
    this.known.add(key);
    this.pending.push(cacheLine(key, encoded));
    if (this.pending.length >= 256) void this.write();
  }

  /** Appends the entries put since the last write. */
  write(): Promise<void> {
    this.settle();
    if (!this.pending.length) return this.writing;
    const lines = this.pending.splice(0);
    this.writing = this.writing.then(async () => {
      try {
        await mkdir(this.dir, { recursive: true });
        if (!this.headerWritten) {
          await this.replace(lines.join(''));
          return;
        }
        // a leading newline ends a line torn by an earlier crash, so this batch stays sound
        await appendFile(this.file, '\n' + lines.join(''));
      } catch (e) {
        this.log(`cannot write cache ${this.file} (${e instanceof Error ? e.message : e})`);
      }
    });
    return this.writing;
  }

  /** Rewrites the cache with only the given keys (dropping entries of changed or deleted files). */
  rewrite(live: Iterable<string>): Promise<void> {
    this.settle();
    const keep = new Set(live);
    for (const k of [...this.entries.keys()]) if (!keep.has(k)) this.entries.delete(k);
    for (const k of [...this.unused]) if (!keep.has(k)) this.unused.delete(k);
    for (const k of [...this.known]) if (!keep.has(k)) this.known.delete(k);
    void this.write();
    this.writing = this.writing.then(async () => {
      try {
        // the file holds every entry written so far: keep the live, sound ones
        let data = '';
        try {
          data = await readFile(this.file, 'utf8');
        } catch {
          data = '';
        }
        const out: string[] = [];
        const seen = new Set<string>();
        for (const line of data.split('\n').slice(1)) {
          const t1 = line.indexOf('\t');
          const key = line.slice(0, t1);
          if (t1 !== 40 || !keep.has(key) || seen.has(key) || !sound(line)) continue;
          seen.add(key);
          out.push(line + '\n');
        }
        await mkdir(this.dir, { recursive: true });
        await this.replace(out.join(''));
      } catch (e) {
        this.log(`cannot write cache ${this.file} (${e instanceof Error ? e.message : e})`);
      }
    });
    return this.writing;
  }

  private async replace(body: string): Promise<void> {
    const tmp = `${this.file}.${process.pid}.tmp`;
    await writeFile(tmp, this.header() + body);
    await rename(tmp, this.file);
    this.headerWritten = true;
  }

  private header(): string {
    return JSON.stringify({ 'byline-cache': FORMAT, version: this.version }) + '\n';
  }
}

/**
 * Appends cache lines to the cache file from a worker thread, in batches. Each batch starts
 * with a newline (ending a line torn by a crash or by another writer) and is one append
 * write; lines are self-checking, so whatever interleaves badly is dropped on load.
 */
export class CacheAppender {
  private lines: string[] = [];
  private bytes = 0;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    readonly file: string,
    private readonly batchBytes = 256 * 1024,
    private readonly delayMs = 100,
  ) {}

  add(line: string): void {
    this.lines.push(line);
    this.bytes += line.length;
    if (this.bytes >= this.batchBytes) this.flush();
    else this.timer ??= setTimeout(() => this.flush(), this.delayMs);
  }

  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (!this.lines.length) return;
    const body = '\n' + this.lines.join('');
    this.lines = [];
    this.bytes = 0;
    let fd = -1;
    try {
      fd = openSync(this.file, 'a');
      writeSync(fd, body);
    } catch {
      // not cached: those files are analysed again next time
    } finally {
      if (fd >= 0) closeSync(fd);
    }
  }
}

/** the cache key of a text analysed with some options by an analyser version */
export function cacheKey(version: string, text: string, options: AnalyzeOptions): string {
  return createHash('sha1').update(version).update('\0').update(options.referenceDate ?? '').update('\0').update(text).digest('hex');
}

/** one line of the cache file: key, checksum and length of the JSON, the JSON (encodeExtraction's) */
export function cacheLine(key: string, json: string): string {
  return `${key}\t${crcOf(json)}\t${json.length}\t${json}\n`;
}

/** whether a cache line passes its length and checksum */
function sound(line: string): boolean {
  const t1 = line.indexOf('\t'), t2 = line.indexOf('\t', t1 + 1), t3 = line.indexOf('\t', t2 + 1);
  if (t1 !== 40 || t2 < 0 || t3 < 0) return false;
  const json = line.slice(t3 + 1);
  return Number(line.slice(t2 + 1, t3)) === json.length && line.slice(t1 + 1, t2) === crcOf(json);
}

function crcOf(s: string | Uint8Array): string {
  return crc32(s).toString(16).padStart(8, '0');
}
