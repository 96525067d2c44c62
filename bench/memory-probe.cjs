// Benchmark aid (not a test): a preload that samples the memory of every thread of a Node
// process (the main thread and each worker: V8 spaces, malloced and external memory; the main
// thread also RSS and VmHWM) into a JSON-lines file, for bench/memory-report.mjs. Use it on the
// server the corpus bench starts:
//   MEMPROBE_OUT=/tmp/mem.jsonl BYLINE_SERVER_NODE_ARGS="--require ./bench/memory-probe.cjs" \
//     node bench/corpus-bench.mjs --articles=1000
// A busy worker drains its queue of jobs without running timers, so it is also sampled when it
// posts a reply. At exit the main thread records the heap a full collection keeps. MEMPROBE_MS:
// the interval (50 ms).
const { isMainThread, threadId, parentPort } = require('node:worker_threads');
const v8 = require('node:v8');
const fs = require('node:fs');

const out = process.env.MEMPROBE_OUT;
const mb = (bytes) => +(bytes / 1048576).toFixed(1);
if (out) {
  const every = Number(process.env.MEMPROBE_MS) || 50;
  const sample = () => {
    const h = v8.getHeapStatistics();
    const spaces = {};
    for (const s of v8.getHeapSpaceStatistics()) spaces[s.space_name.replace('_space', '')] = mb(s.physical_space_size);
    const r = { t: Date.now(), pid: process.pid, th: threadId, phys: mb(h.total_physical_size), used: mb(h.used_heap_size), malloced: mb(h.malloced_memory), ext: mb(h.external_memory), s: spaces };
    if (isMainThread) {
      const st = fs.readFileSync('/proc/self/status', 'utf8');
      const kb = (name) => Math.round(Number(new RegExp(`${name}:\\s+(\\d+)`).exec(st)?.[1] ?? NaN) / 1024);
      Object.assign(r, { rss: kb('VmRSS'), hwm: kb('VmHWM'), anon: kb('RssAnon'), file: kb('RssFile'), external: mb(process.memoryUsage().external) });
    }
    fs.appendFileSync(out, JSON.stringify(r) + '\n');
  };
  sample();
  setInterval(sample, every).unref();
  if (isMainThread) {
    // at exit (the client's 'exit' notification), the heap a full collection keeps
    let recorded = false;
    const kept = () => {
      if (recorded) return;
      recorded = true;
      v8.setFlagsFromString('--expose-gc');
      require('node:vm').runInNewContext('gc')();
      fs.appendFileSync(out, JSON.stringify({ t: Date.now(), pid: process.pid, th: 0, kept: mb(v8.getHeapStatistics().used_heap_size) }) + '\n');
    };
    process.on('exit', kept);
    // (the bench kills a server still busy 200 ms after 'exit': the collection of a large heap takes longer)
    process.on('SIGTERM', () => {
      kept();
      process.exit(143);
    });
  }
  if (!isMainThread && parentPort) {
    const post = parentPort.postMessage.bind(parentPort);
    let last = 0;
    parentPort.postMessage = (message, transfer) => {
      const now = Date.now();
      if (now - last >= every) {
        last = now;
        sample();
      }
      return post(message, transfer);
    };
  }
}
