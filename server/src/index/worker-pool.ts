// A pool of worker threads doing the per-file work of indexing (article-job.ts: read, decode,
// hash, extract), so cold indexing uses every core while the main thread only files results
// and answers requests. Each worker holds several jobs ahead (DEPTH), so it never waits for a
// busy main thread. A watchdog reads what each worker is running (a shared buffer the worker
// stamps) and terminates a worker whose job runs over the per-file time budget: that file is
// reported as skipped, the worker's other jobs go back to the queue, and a fresh worker takes
// its place. Cancelling drops the queued jobs and, through a shared counter, those the
// workers hold. Workers idle for 10 s exit, giving their memory back (a scan lets them go as soon
// as its files are done, before the corpus step); the next job starts new ones. Without the worker bundle (tests run from source), jobs run on the main
// thread, yielding between files.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { runArticleJob, type ArticleJob, type ArticleResult } from './article-job';
import { CacheAppender } from './extraction-cache';

export const DEFAULT_FILE_BUDGET_MS = 20_000;
/** jobs given to one worker ahead of its replies */
const DEPTH = 32;
const WATCHDOG_MS = 250;
/** workers idle this long exit (their memory goes back); the next job starts new ones */
export const DEFAULT_IDLE_MS = 10_000;

/** what a worker is given at start */
export interface WorkerSetup {
  version: string;
  cached: string[];
  /** the cache file new extractions are appended to */
  cacheFile: string | null;
  /** Int32Array[1]: the current cancellation generation */
  cancel: SharedArrayBuffer;
  /** Float64Array[2]: the job the worker is running (0: none) and when it started (Date.now()) */
  running: SharedArrayBuffer;
}

/** main thread → worker */
export type WorkerMessage = { type: 'job'; job: ArticleJob } | { type: 'cache'; keys: string[]; file: string | null } | { type: 'retire' };

/** what a caller asks of the pool: a job without the pool's own numbering */
export type FileRequest = Omit<ArticleJob, 'job' | 'generation'>;

interface Job {
  request: ArticleJob;
  resolve: (r: ArticleResult) => void;
}

interface Slot {
  worker: Worker;
  /** jobs posted to the worker, in the order it runs them */
  jobs: Job[];
  running: Float64Array;
}

export interface PoolOptions {
  budgetMs?: number;
  idleMs?: number;
  size?: number;
  script?: string | null;
}

export class WorkerPool {
  private readonly queue: Job[] = [];
  private readonly slots: Slot[] = [];
  private readonly cancel = new Int32Array(new SharedArrayBuffer(4));
  private cached: Set<string> = new Set();
  private cacheFile: string | null = null;
  private appender: CacheAppender | null = null;
  private nextJob = 1;
  private closed = false;
  private watchdog: NodeJS.Timeout | null = null;
  private idleTimer: NodeJS.Timeout | null = null;
  private readonly idleMs: number;
  readonly size: number;
  readonly script: string | null;
  private readonly budgetMs: number;

  constructor(
    private readonly version: string,
    options: PoolOptions = {},
  ) {
    const script = options.script === undefined ? join(__dirname, 'extract-worker.js') : options.script;
    this.script = script && existsSync(script) ? script : null;
    this.size = this.script ? (options.size ?? Math.max(1, Math.min(8, availableParallelism()))) : 1;
    this.budgetMs = options.budgetMs ?? DEFAULT_FILE_BUDGET_MS;
    this.idleMs = options.idleMs ?? DEFAULT_IDLE_MS;
  }

  /** worker threads running now */
  get workerCount(): number {
    return this.slots.length;
  }

  get threaded(): boolean {
    return this.script !== null;
  }

  /** number of jobs waiting or running */
  get load(): number {
    return this.queue.length + this.slots.reduce((n, s) => n + s.jobs.length, 0);
  }

  /**
   * Tells the workers which cache keys need no analysis (the cache's entries, after it loaded)
   * and which file they append new extractions to.
   */
  setCache(keys: Set<string>, file: string | null): void {
    this.cached = keys;
    this.cacheFile = file;
    this.appender?.flush();
    this.appender = file ? new CacheAppender(file) : null;
    const message: WorkerMessage = { type: 'cache', keys: [...keys], file };
    for (const s of this.slots) s.worker.postMessage(message);
  }

  /**
   * Starts the worker threads now, before there are jobs (each loads the analyser bundle, which
   * takes a while): a scan does this while it reads its caches. Workers left without jobs exit
   * after the idle time.
   */
  start(): void {
    if (!this.script || this.closed) return;
    while (this.slots.length < this.size) this.spawn();
    if (this.load === 0) this.idleTimer ??= setTimeout(() => this.retire(), this.idleMs).unref();
  }

  /** Reads (unless the text is given), hashes and, when not cached, extracts one file. */
  run(file: FileRequest): Promise<ArticleResult> {
    return new Promise((resolve) => {
      const job = this.nextJob++;
      if (this.closed) return resolve({ job, kind: 'skipped', reason: 'indexing stopped' });
      this.queue.push({ request: { job, ...file, generation: Atomics.load(this.cancel, 0) }, resolve });
      this.pump();
    });
  }

  /** Drops the jobs not started yet, here and in the workers (they resolve as cancelled). */
  cancelQueued(): void {
    Atomics.add(this.cancel, 0, 1);
    for (const job of this.queue.splice(0)) job.resolve({ job: job.request.job, kind: 'skipped', reason: 'cancelled' });
  }

  close(): void {
    this.closed = true;
    this.cancelQueued();
    for (const s of this.slots) void s.worker.terminate();
    this.slots.length = 0;
    this.stopWatchdog();
    if (this.idleTimer) clearTimeout(this.idleTimer);
  }

  private pump(): void {
    if (!this.script) {
      this.pumpInline();
      return;
    }
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    while (this.queue.length) {
      let slot: Slot | null = null;
      for (const s of this.slots) if (s.jobs.length < DEPTH && (!slot || s.jobs.length < slot.jobs.length)) slot = s;
      if ((!slot || slot.jobs.length > 0) && this.slots.length < this.size) slot = this.spawn();
      if (!slot) return;
      const job = this.queue.shift()!;
      slot.jobs.push(job);
      slot.worker.postMessage({ type: 'job', job: job.request } satisfies WorkerMessage);
    }
    this.startWatchdog();
  }

  private spawn(): Slot {
    const running = new Float64Array(new SharedArrayBuffer(16));
    const workerData: WorkerSetup = { version: this.version, cached: [...this.cached], cacheFile: this.cacheFile, cancel: this.cancel.buffer as SharedArrayBuffer, running: running.buffer as SharedArrayBuffer };
    // a small young generation keeps each worker's memory down; the old generation has room
    // for a file at byline.maxFileSize
    // a worker's stdout goes to stderr: with --stdio the server's stdout is the protocol
    const worker = new Worker(this.script!, { workerData, stdout: true, resourceLimits: { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 512 } });
    worker.stdout.pipe(process.stderr, { end: false });
    worker.unref();
    const slot: Slot = { worker, jobs: [], running };
    worker.on('message', (m: ArticleResult) => {
      const i = slot.jobs.findIndex((j) => j.request.job === m.job);
      if (i < 0) return;
      const [job] = slot.jobs.splice(i, 1);
      job.resolve(m);
      this.pump();
      if (this.load === 0) this.idleTimer ??= setTimeout(() => this.retire(), this.idleMs).unref();
    });
    worker.on('error', (e) => this.lose(slot, `worker failed: ${e instanceof Error ? e.message : e}`));
    worker.on('exit', () => this.lose(slot, 'worker exited'));
    this.slots.push(slot);
    return slot;
  }

  /**
   * Lets the workers exit now when none has work (each first appends what it holds for the
   * cache): a scan calls this when its files are done, so the workers' memory is given back
   * before the corpus step, the peak of the server's memory, rather than after the idle time.
   */
  retireIdle(): void {
    if (!this.script || this.load > 0) return;
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    for (const slot of this.slots.splice(0)) slot.worker.postMessage({ type: 'retire' } satisfies WorkerMessage);
    this.stopWatchdog();
  }

  /** Lets idle workers exit (the idle timer's end). */
  private retire(): void {
    this.idleTimer = null;
    this.retireIdle();
  }

  private startWatchdog(): void {
    if (this.watchdog || !this.slots.some((s) => s.jobs.length)) return;
    this.watchdog = setInterval(() => {
      const now = Date.now();
      for (const slot of [...this.slots]) {
        const job = slot.running[0];
        if (job !== 0 && now - slot.running[1] > this.budgetMs) this.overBudget(slot, job);
      }
      if (!this.slots.some((s) => s.jobs.length)) this.stopWatchdog();
    }, WATCHDOG_MS);
    this.watchdog.unref();
  }

  private stopWatchdog(): void {
    if (this.watchdog) clearInterval(this.watchdog);
    this.watchdog = null;
  }

  private overBudget(slot: Slot, job: number): void {
    this.removeSlot(slot);
    void slot.worker.terminate();
    const reason = `analysis took over ${Math.round(this.budgetMs / 1000)} s (the per-file time budget), skipped`;
    this.requeue(slot, (j) => (j.request.job === job ? reason : null));
  }

  /** A worker died: the job it was running fails with `reason`, its other jobs run elsewhere. */
  private lose(slot: Slot, reason: string): void {
    if (!this.slots.includes(slot)) return;
    this.removeSlot(slot);
    const running = slot.running[0] || slot.jobs[0]?.request.job;
    this.requeue(slot, (j) => (j.request.job === running ? reason : null));
  }

  private requeue(slot: Slot, failure: (j: Job) => string | null): void {
    const again: Job[] = [];
    for (const j of slot.jobs) {
      const reason = failure(j);
      if (reason) j.resolve({ job: j.request.job, kind: 'skipped', reason });
      else again.push(j);
    }
    slot.jobs = [];
    this.queue.unshift(...again);
    if (!this.closed) this.pump();
  }

  private removeSlot(slot: Slot): void {
    const i = this.slots.indexOf(slot);
    if (i >= 0) this.slots.splice(i, 1);
  }

  private inlineRunning = false;
  private pumpInline(): void {
    if (this.inlineRunning) return;
    this.inlineRunning = true;
    const step = () => {
      const job = this.queue.shift();
      if (!job) {
        this.inlineRunning = false;
        return;
      }
      try {
        job.resolve(runArticleJob(job.request, { version: this.version, cached: this.cached, appender: this.appender }));
      } catch (e) {
        job.resolve({ job: job.request.job, kind: 'skipped', reason: `analysis failed: ${e instanceof Error ? e.message : e}` });
      }
      setImmediate(step);
    };
    setImmediate(step);
  }
}
