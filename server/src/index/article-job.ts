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
  /** encoded: the extraction (extraction-codec.ts); null when the cache holds `key` (the main thread takes it from there) */
  | { job: number; kind: 'done'; text: string; key: string; encoded: string | null; stored: boolean }
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
  if (text === null) {
    const read = readArticle(job.path ?? '', job.maxSize);
    if (read.kind !== 'text') return { job: job.job, kind: 'skipped', reason: read.reason, ...(read.kind === 'oversize' ? { oversize: read.size } : {}) };
    text = read.text;
  }
  const key = cacheKey(context.version, text, job.options);
  if (!job.fresh && context.cached.has(key)) return { job: job.job, kind: 'done', text, key, encoded: null, stored: false };
  const encoded = encodeExtraction(compactExtraction(extractDocument({ id: job.uri, text }, job.options)), text);
  context.appender?.add(cacheLine(key, encoded));
  return { job: job.job, kind: 'done', text, key, encoded, stored: context.appender !== null };
}

type Read = { kind: 'text'; text: string } | { kind: 'oversize'; size: number; reason: string } | { kind: 'unreadable' | 'undecodable'; reason: string };

/** Reads a file as an editor would load it; too large, unreadable or undecodable files say why. */
export function readArticle(path: string, maxSize: number): Read {
  let fd = -1;
  try {
    fd = openSync(path, 'r');
    const size = fstatSync(fd).size;
    if (size > maxSize) return { kind: 'oversize', size, reason: 'over byline.maxFileSize' };
    const bytes = Buffer.allocUnsafe(size);
    let got = 0;
    while (got < size) {
      const n = readSync(fd, bytes, got, size - got, null);
      if (n === 0) break;
      got += n;
    }
    const decoded = decodeArticle(bytes.subarray(0, got));
    return decoded.ok ? { kind: 'text', text: decoded.text } : { kind: 'undecodable', reason: decoded.reason };
  } catch (e) {
    return { kind: 'unreadable', reason: `cannot read (${(e as NodeJS.ErrnoException).code ?? e}), skipped` };
  } finally {
    if (fd >= 0) closeSync(fd);
  }
}
