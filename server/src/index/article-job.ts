// The work done for one file of the corpus, on a worker thread (or inline without the worker
// bundle): read it from disk (unless the text is given), check its size, decode it, hash it
// into its cache key, and — unless the cache already holds that key — extract it and append
// it to the cache file. Everything per file happens here, off the main thread, which only
// decodes the result (extraction-codec.ts) and files it into the index.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { extractDocument, type AnalyzeOptions } from '../analysis';
import { decodeArticle } from '../files/decode';
import { compactExtraction } from './compact-extraction';
import { cacheKey, cacheLine, type CacheAppender } from './extraction-cache';
import { encodeExtraction } from './extraction-codec';

export interface ArticleJob {
  job: number;
  uri: string;
  /** read from this path, unless `text` is given */
  path: string | null;
  text: string | null;
  options: AnalyzeOptions;
  /** larger files are not read (bytes) */
  maxSize: number;
  /** analyse even when the cache holds the key (its entry turned out damaged) */
  fresh: boolean;
  /** the cancellation generation the job was queued in (stale ones are skipped) */
  generation: number;
}

export type ArticleResult =
  /**
   * encoded: the extraction (extraction-codec.ts); null when the cache holds `key` (the main
   * thread takes it from there). stamp: the file's size and modification time as read
   * (fileStamp), null when its text was given or it was modified too recently to tell
   */
  | { job: number; kind: 'done'; text: string; key: string; encoded: string | null; stored: boolean; stamp: string | null }
  | { job: number; kind: 'skipped'; reason: string; oversize?: number };

export interface JobContext {
  /** the analyser version the cache keys are made with */
  version: string;
  /** keys the cache holds (files with these keys are not analysed) */
  cached: ReadonlySet<string>;
  /** where new extractions go (the cache file), if anywhere */
  appender: CacheAppender | null;
}

export function runArticleJob(job: ArticleJob, context: JobContext): ArticleResult {
  let text = job.text;
  let stamp: string | null = null;
  if (text === null) {
    const read = readArticle(job.path ?? '', job.maxSize);
    if (read.kind !== 'text') return { job: job.job, kind: 'skipped', reason: read.reason, ...(read.kind === 'oversize' ? { oversize: read.size } : {}) };
    text = read.text;
    stamp = read.stamp;
  }
  const key = cacheKey(context.version, text, job.options);
  if (!job.fresh && context.cached.has(key)) return { job: job.job, kind: 'done', text, key, encoded: null, stored: false, stamp };
  const encoded = encodeExtraction(compactExtraction(extractDocument({ id: job.uri, text }, job.options)), text);
  context.appender?.add(cacheLine(key, encoded));
  return { job: job.job, kind: 'done', text, key, encoded, stored: context.appender !== null, stamp };
}

/**
 * A file's size and modification time, "size:mtimeMs": while they stay the same the file is
 * taken to hold the same text (as git's index and ESLint's cache do), so a warm start need not
 * read it. Null for a file modified less than STAMP_SETTLE_MS before `now` (or in the future):
 * a write in the same tick of a coarse clock (FAT: 2 s) could follow unseen.
 */
export function fileStamp(size: number, mtimeMs: number, now = Date.now()): string | null {
  return now - mtimeMs >= STAMP_SETTLE_MS ? `${size}:${mtimeMs}` : null;
}
export const STAMP_SETTLE_MS = 3000;

type Read = { kind: 'text'; text: string; stamp: string | null } | { kind: 'oversize'; size: number; reason: string } | { kind: 'unreadable' | 'undecodable'; reason: string };

/** Reads a file as an editor would load it; too large, unreadable or undecodable files say why. */
export function readArticle(path: string, maxSize: number): Read {
  let fd = -1;
  try {
    fd = openSync(path, 'r');
    const st = fstatSync(fd);
    const size = st.size;
    if (size > maxSize) return { kind: 'oversize', size, reason: 'over byline.maxFileSize' };
    const bytes = Buffer.allocUnsafe(size);
    let got = 0;
    while (got < size) {
      const n = readSync(fd, bytes, got, size - got, null);
      if (n === 0) break;
      got += n;
    }
    const decoded = decodeArticle(bytes.subarray(0, got));
    // (a file that grew or shrank while read gets no stamp)
    const stamp = got === size ? fileStamp(size, st.mtimeMs) : null;
    return decoded.ok ? { kind: 'text', text: decoded.text, stamp } : { kind: 'undecodable', reason: decoded.reason };
  } catch (e) {
    return { kind: 'unreadable', reason: `cannot read (${(e as NodeJS.ErrnoException).code ?? e}), skipped` };
  } finally {
    if (fd >= 0) closeSync(fd);
  }
}
