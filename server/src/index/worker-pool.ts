// A pool of worker threads running the per-document extraction (extract-worker.ts), one job
// per worker at a time, so cold indexing uses every core while the main thread answers
// requests. A job over the per-file time budget terminates its worker (the file is reported
// as skipped) and a fresh worker takes its place. Without the worker bundle (tests run from
// source), jobs run on the main thread, yielding between files.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { compactExtraction } from './compact-extraction';
import { extractDocument, type AnalyzeOptions, type DocumentExtraction } from '../analysis';

export interface ExtractRequest {
  job: number;
  uri: string;
  text: string;
  options: AnalyzeOptions;
}
export type ExtractResponse = { job: number; extraction: DocumentExtraction; error?: undefined } | { job: number; error: string; extraction?: undefined };

export type ExtractResult = { ok: true; extraction: DocumentExtraction } | { ok: false; reason: string };

interface Job {
  request: ExtractRequest;
  resolve: (r: ExtractResult) => void;
}

interface Slot {
  worker: Worker;
  job: Job | null;
  timer: NodeJS.Timeout | null;
}

export const DEFAULT_FILE_BUDGET_MS = 20_000;

export class WorkerPool {
  private readonly queue: Job[] = [];
  private readonly slots: Slot[] = [];
  private nextJob = 1;
  private closed = false;
  readonly size: number;
  readonly script: string | null;

  constructor(
    private readonly budgetMs = DEFAULT_FILE_BUDGET_MS,
    size = Math.max(1, Math.min(8, availableParallelism())),
    script: string | null = join(__dirname, 'extract-worker.js'),
  ) {
    this.script = script && existsSync(script) ? script : null;
    this.size = this.script ? size : 1;
  }

  get threaded(): boolean {
    return this.script !== null;
  }

  /** number of jobs waiting or running */
  get load(): number {
    return this.queue.length + this.slots.filter((s) => s.job).length;
  }

  extract(uri: string, text: string, options: AnalyzeOptions): Promise<ExtractResult> {
    return new Promise((resolve) => {
      if (this.closed) return resolve({ ok: false, reason: 'indexing stopped' });
      this.queue.push({ request: { job: this.nextJob++, uri, text, options }, resolve });
      this.pump();
    });
  }

  /** Drops the jobs not started yet (they resolve as cancelled). */
  cancelQueued(): void {
    for (const job of this.queue.splice(0)) job.resolve({ ok: false, reason: 'cancelled' });
  }

  close(): void {
    this.closed = true;
    this.cancelQueued();
    for (const s of this.slots) void s.worker.terminate();
    this.slots.length = 0;
  }

  private pump(): void {
    if (!this.script) {
      this.pumpInline();
      return;
    }
    while (this.queue.length) {
      let slot = this.slots.find((s) => !s.job);
      if (!slot && this.slots.length < this.size) slot = this.spawn();
      if (!slot) return;
      const job = this.queue.shift()!;
      slot.job = job;
      slot.timer = setTimeout(() => this.overBudget(slot!), this.budgetMs);
      slot.worker.postMessage(job.request);
    }
  }

  private spawn(): Slot {
    // a small young generation keeps each worker's memory down; the old generation has room
    // for a file at byline.maxFileSize
    const worker = new Worker(this.script!, { resourceLimits: { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 512 } });
    worker.unref();
    const slot: Slot = { worker, job: null, timer: null };
    worker.on('message', (m: ExtractResponse) => {
      const job = slot.job;
      if (!job || job.request.job !== m.job) return;
      this.finish(slot, m.extraction ? { ok: true, extraction: m.extraction } : { ok: false, reason: `analysis failed: ${m.error}` });
    });
    worker.on('error', (e) => this.lose(slot, `worker failed: ${e instanceof Error ? e.message : e}`));
    worker.on('exit', () => this.lose(slot, 'worker exited'));
    this.slots.push(slot);
    return slot;
  }

  private finish(slot: Slot, result: ExtractResult): void {
    const job = slot.job!;
    if (slot.timer) clearTimeout(slot.timer);
    slot.job = null;
    slot.timer = null;
    job.resolve(result);
    this.pump();
  }

  private overBudget(slot: Slot): void {
    if (!slot.job) return;
    const job = slot.job;
    this.removeSlot(slot);
    void slot.worker.terminate();
    job.resolve({ ok: false, reason: `analysis took over ${Math.round(this.budgetMs / 1000)} s (the per-file time budget), skipped` });
    this.pump();
  }

  private lose(slot: Slot, reason: string): void {
    if (!this.slots.includes(slot)) return;
    this.removeSlot(slot);
    if (slot.job) slot.job.resolve({ ok: false, reason });
    if (!this.closed) this.pump();
  }

  private removeSlot(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
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
        job.resolve({ ok: true, extraction: compactExtraction(extractDocument({ id: job.request.uri, text: job.request.text }, job.request.options)) });
      } catch (e) {
        job.resolve({ ok: false, reason: `analysis failed: ${e instanceof Error ? e.message : e}` });
      }
      setImmediate(step);
    };
    setImmediate(step);
  }
}
