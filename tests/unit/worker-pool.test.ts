// The worker pool with the real worker bundle (dist/extract-worker.js, made by `npm run build`):
// files are read and analysed on worker threads, a file over the per-file time budget is
// skipped while the jobs queued behind it on the same worker still finish, cancelling answers
// the jobs the workers hold, cached keys are not analysed again, and new extractions are
// appended to the cache file by the workers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WorkerPool, type FileRequest } from '../../server/src/index/worker-pool';
import { cacheKey } from '../../server/src/index/extraction-cache';
import { decodeExtraction } from '../../server/src/index/extraction-codec';

const SCRIPT = join(import.meta.dirname, '..', '..', 'dist', 'extract-worker.js');
const ARTICLE = 'Finance Minister Laura Chen said on Monday that taxes would rise by 4 percent.\n';

function file(path: string | null, text: string | null = null): FileRequest {
  return { uri: `file://${path ?? '/inline.txt'}`, path, text, options: {}, maxSize: 50 * 1024 * 1024, fresh: false };
}

test('worker pool: reads and analyses files on worker threads; skips unreadable and oversize files', async () => {
  assert.ok(existsSync(SCRIPT), `${SCRIPT} missing: run npm run build first`);
  const dir = mkdtempSync(join(tmpdir(), 'byline-pool-'));
  const pool = new WorkerPool('v1', { script: SCRIPT, size: 2 });
  const cacheFile = join(dir, 'cache.jsonl');
  try {
    pool.setCache(new Set(), cacheFile);
    writeFileSync(join(dir, 'a.txt'), ARTICLE);
    writeFileSync(join(dir, 'bin.txt'), Buffer.from([65, 0, 66]));
    const [a, missing, bin, big] = await Promise.all([
      pool.run(file(join(dir, 'a.txt'))),
      pool.run(file(join(dir, 'nope.txt'))),
      pool.run(file(join(dir, 'bin.txt'))),
      pool.run({ ...file(join(dir, 'a.txt')), maxSize: 10 }),
    ]);
    assert.ok(pool.threaded);
    assert.equal(a.kind, 'done');
    if (a.kind === 'done') {
      assert.equal(a.text, ARTICLE);
      assert.equal(a.key, cacheKey('v1', ARTICLE, {}));
      assert.ok(decodeExtraction(a.encoded!, a.text, 'u').entities.names.some((n) => n.text === 'Laura Chen'));
      // the worker appended the extraction to the cache file itself
      assert.equal(a.stored, true);
      const end = Date.now() + 5000;
      while (!(existsSync(cacheFile) && readFileSync(cacheFile, 'utf8').includes(`\n${a.key}\t`)) && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
      assert.ok(readFileSync(cacheFile, 'utf8').includes(`\n${a.key}\t`), 'cache line appended');
    }
    assert.match(missing.kind === 'skipped' ? missing.reason : '', /cannot read \(ENOENT\)/);
    assert.match(bin.kind === 'skipped' ? bin.reason : '', /binary/);
    assert.equal(big.kind === 'skipped' ? big.oversize : null, ARTICLE.length);
    // a key the cache holds is not analysed again (unless asked to be, fresh)
    pool.setCache(new Set([cacheKey('v1', ARTICLE, {})]), null);
    const cached = await pool.run(file(join(dir, 'a.txt')));
    assert.equal(cached.kind === 'done' && cached.encoded, null);
    const fresh = await pool.run({ ...file(null, ARTICLE), fresh: true });
    assert.ok(fresh.kind === 'done' && fresh.encoded);
  } finally {
    pool.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('worker pool: a file over the time budget is skipped; the jobs behind it still finish', async () => {
  assert.ok(existsSync(SCRIPT), `${SCRIPT} missing: run npm run build first`);
  const pool = new WorkerPool('v1', { script: SCRIPT, size: 1, budgetMs: 300 });
  try {
    // several MB of sentences: far more than 300 ms of analysis
    const slow = ARTICLE.repeat(60_000);
    const results = await Promise.all([pool.run(file(null, slow)), pool.run(file(null, ARTICLE)), pool.run(file(null, ARTICLE))]);
    assert.equal(results[0].kind, 'skipped');
    assert.match(results[0].kind === 'skipped' ? results[0].reason : '', /time budget/);
    assert.deepEqual(results.slice(1).map((r) => r.kind), ['done', 'done']);
  } finally {
    pool.close();
  }
});

test('worker pool: cancelling answers queued jobs, including those a worker holds', async () => {
  assert.ok(existsSync(SCRIPT), `${SCRIPT} missing: run npm run build first`);
  const pool = new WorkerPool('v1', { script: SCRIPT, size: 1 });
  try {
    const text = ARTICLE.repeat(200);
    const jobs = Array.from({ length: 200 }, () => pool.run(file(null, text)));
    await jobs[0];
    pool.cancelQueued();
    const results = await Promise.all(jobs);
    // the first job, and at most the one the worker was running, are done
    const done = results.filter((r) => r.kind === 'done').length;
    assert.ok(done <= 2, `${done} of 200 analysed after the cancel`);
    assert.ok(results.slice(done).every((r) => r.kind === 'skipped' && r.reason === 'cancelled'));
    assert.equal(pool.load, 0);
    // the pool still works after a cancellation
    assert.equal((await pool.run(file(null, ARTICLE))).kind, 'done');
  } finally {
    pool.close();
  }
});

test('worker pool: idle workers exit, and the next job starts new ones', async () => {
  assert.ok(existsSync(SCRIPT), `${SCRIPT} missing: run npm run build first`);
  const pool = new WorkerPool('v1', { script: SCRIPT, size: 2, idleMs: 200 });
  try {
    assert.equal((await pool.run(file(null, ARTICLE))).kind, 'done');
    assert.ok(pool.workerCount >= 1);
    const end = Date.now() + 5000;
    while (pool.workerCount > 0 && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
    assert.equal(pool.workerCount, 0, 'idle workers exited');
    assert.equal((await pool.run(file(null, ARTICLE))).kind, 'done');
    assert.ok(pool.workerCount >= 1);
  } finally {
    pool.close();
  }
});

test('worker pool: retiring idle workers writes what they hold for the cache, and the threads end', async () => {
  assert.ok(existsSync(SCRIPT), `${SCRIPT} missing: run npm run build first`);
  const dir = mkdtempSync(join(tmpdir(), 'byline-pool-'));
  const cacheFile = join(dir, 'cache.jsonl');
  // a long idle time: only retireIdle can end the workers within the test
  const pool = new WorkerPool('v1', { script: SCRIPT, size: 1, idleMs: 60_000 });
  try {
    pool.setCache(new Set(), cacheFile);
    const texts = [ARTICLE, ARTICLE.replace('Laura', 'Maria'), ARTICLE.replace('Monday', 'Tuesday')];
    const results = await Promise.all(texts.map((t) => pool.run(file(null, t))));
    const worker = (pool as unknown as { slots: { worker: import('node:worker_threads').Worker }[] }).slots[0].worker;
    const exited = new Promise<number>((resolve) => worker.once('exit', resolve));
    // (the worker appends in batches, 100 ms after the last line: nothing is written yet)
    pool.retireIdle();
    assert.equal(pool.workerCount, 0);
    // (workers are unref'd: a timer keeps the test's loop alive while it waits)
    const keep = setTimeout(() => {}, 5000);
    const code = await Promise.race([exited, new Promise<string>((r) => setTimeout(() => r('still running after 4 s'), 4000))]);
    clearTimeout(keep);
    assert.equal(code, 0, 'the thread ended by itself, not terminated');
    const cache = readFileSync(cacheFile, 'utf8');
    for (const r of results) assert.ok(r.kind === 'done' && cache.includes(`\n${r.key}\t`), 'every extraction is in the cache file');
    // a later job starts a worker again
    assert.equal((await pool.run(file(null, ARTICLE))).kind, 'done');
    assert.equal(pool.workerCount, 1);
  } finally {
    pool.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
