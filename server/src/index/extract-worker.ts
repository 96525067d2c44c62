// Worker thread entry (bundled as dist/extract-worker.js): runs the article jobs the main
// thread's WorkerPool posts, in order, and posts each result back; new extractions are
// appended to the cache file from here, so their bytes never pass through the main thread.
// The next READ_AHEAD files are read while one is analysed (a file not in the page cache takes
// about as long to read as to analyse). Jobs queued before a cancellation are answered at once
// as cancelled; the job being analysed is stamped in a shared buffer so the pool's watchdog can
// enforce the per-file time budget (reading does not count against it).
import { parentPort, workerData } from 'node:worker_threads';
import { analyseArticle, readArticle, skipped, type ArticleJob, type ArticleResult, type JobContext, type Read } from './article-job';
import { CacheAppender } from './extraction-cache';
import type { WorkerMessage, WorkerSetup } from './worker-pool';

const READ_AHEAD = 8;

const setup = workerData as WorkerSetup;
const generation = new Int32Array(setup.cancel);
const running = new Float64Array(setup.running);
let context: JobContext = { version: setup.version, cached: new Set(setup.cached), appender: setup.cacheFile ? new CacheAppender(setup.cacheFile) : null };

interface Queued {
  job: ArticleJob;
  read: Promise<Read> | null;
}
const queue: Queued[] = [];
let draining = false;

const cancelled = (job: ArticleJob) => job.generation !== Atomics.load(generation, 0);

/** Starts reading the files of the first READ_AHEAD jobs (not cancelled, not given their text). */
function readAhead(): void {
  for (let i = 0; i < queue.length && i < READ_AHEAD; i++) {
    const q = queue[i];
    if (!q.read && q.job.text === null && !cancelled(q.job)) q.read = readArticle(q.job.path ?? '', q.job.maxSize);
  }
}

async function drain(): Promise<void> {
  draining = true;
  while (queue.length) {
    const { job, read } = queue.shift()!;
    readAhead();
    let reply: ArticleResult;
    if (cancelled(job)) {
      reply = { job: job.job, kind: 'skipped', reason: 'cancelled' };
    } else {
      const r: Read = job.text !== null ? { kind: 'text', text: job.text } : await (read ?? readArticle(job.path ?? '', job.maxSize));
      if (r.kind !== 'text') reply = skipped(job, r);
      else {
        running[1] = Date.now();
        running[0] = job.job;
        try {
          reply = analyseArticle(job, r.text, context);
        } catch (e) {
          reply = { job: job.job, kind: 'skipped', reason: `analysis failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}` };
        }
        running[0] = 0;
      }
    }
    parentPort!.postMessage(reply);
  }
  draining = false;
}

parentPort!.on('message', (m: WorkerMessage) => {
  if (m.type === 'cache') {
    context.appender?.flush();
    context = { version: setup.version, cached: new Set(m.keys), appender: m.file ? new CacheAppender(m.file) : null };
    return;
  }
  queue.push({ job: m.job, read: null });
  readAhead();
  if (!draining) void drain();
});
