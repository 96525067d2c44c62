// Worker thread entry (bundled as dist/extract-worker.js): runs the article jobs the main
// thread's WorkerPool posts, in order, and posts each result back; new extractions are
// appended to the cache file from here, so their bytes never pass through the main thread.
// Jobs queued before a cancellation are answered at once as cancelled; the job running is
// stamped in a shared buffer so the pool's watchdog can enforce the per-file time budget.
import { parentPort, workerData } from 'node:worker_threads';
import { runArticleJob, type ArticleResult, type JobContext } from './article-job';
import { CacheAppender } from './extraction-cache';
import type { WorkerMessage, WorkerSetup } from './worker-pool';

const setup = workerData as WorkerSetup;
const generation = new Int32Array(setup.cancel);
const running = new Float64Array(setup.running);
let context: JobContext = { version: setup.version, cached: new Set(setup.cached), appender: setup.cacheFile ? new CacheAppender(setup.cacheFile) : null };

parentPort!.on('message', (m: WorkerMessage) => {
  if (m.type === 'retire') {
    // (the main thread no longer counts this worker: it ends once its appends are written)
    context.appender?.flush();
    parentPort!.close();
    return;
  }
  if (m.type === 'cache') {
    context.appender?.flush();
    context = { version: setup.version, cached: new Set(m.keys), appender: m.file ? new CacheAppender(m.file) : null };
    return;
  }
  const { job } = m;
  let reply: ArticleResult;
  if (job.generation !== Atomics.load(generation, 0)) {
    reply = { job: job.job, kind: 'skipped', reason: 'cancelled' };
  } else {
    running[1] = Date.now();
    running[0] = job.job;
    try {
      reply = runArticleJob(job, context);
    } catch (e) {
      reply = { job: job.job, kind: 'skipped', reason: `analysis failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}` };
    }
    running[0] = 0;
  }
  parentPort!.postMessage(reply);
});
