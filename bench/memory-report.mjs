// Benchmark aid (not a test): what made up the peak RSS of the first process sampled by
// bench/memory-probe.cjs: the main thread's V8 heap by space, its malloced and external memory,
// each worker's heap and malloced memory at the nearest sample, and the rest (the runtime's
// native memory, thread stacks, the mapped binary). Then a timeline.
//   node bench/memory-report.mjs /tmp/mem.jsonl
import { readFileSync } from 'node:fs';

const all = readFileSync(process.argv[2], 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const rows = all.filter((r) => r.pid === all[0].pid);
const kept = rows.find((r) => r.kept !== undefined)?.kept;
const main = rows.filter((r) => r.th === 0 && r.kept === undefined);
const t0 = main[0].t;
const workers = [...new Set(rows.map((r) => r.th))].filter((th) => th !== 0);
const near = (th, t) => {
  let best = null;
  for (const r of rows) if (r.th === th && Math.abs(r.t - t) < 1000 && (!best || Math.abs(r.t - t) < Math.abs(best.t - t))) best = r;
  return best;
};
const secs = (r) => ((r.t - t0) / 1000).toFixed(1);

function composition(r, label) {
  const ws = workers.map((th) => near(th, r.t)).filter(Boolean);
  const w = ws.reduce((n, x) => n + x.phys + x.malloced, 0);
  const rest = r.rss - r.phys - r.malloced - r.external - w;
  console.log(`${label} at ${secs(r)} s: RSS ${r.rss} MB (anonymous ${r.anon}, file-backed ${r.file}), VmHWM ${r.hwm} MB`);
  console.log(`  main thread heap ${r.phys} MB (used ${r.used}): ${Object.entries(r.s).filter(([, v]) => v > 0).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  console.log(`  main thread malloced ${r.malloced} MB, external (array buffers etc.) ${r.external} MB`);
  for (const x of ws) console.log(`  worker ${x.th}: heap ${x.phys} MB (used ${x.used}; new ${x.s.new}, old ${x.s.old}, code ${(x.s.code + x.s.code_large_object).toFixed(1)}), malloced ${x.malloced} MB`);
  console.log(`  rest (native runtime, stacks, mapped binary): ${rest.toFixed(0)} MB`);
}

const peak = main.reduce((a, b) => (b.rss > a.rss ? b : a));
composition(peak, 'peak');
if (kept !== undefined) console.log(`  heap kept after a full collection at exit: ${kept} MB`);
console.log('\ntimeline (main RSS; main heap physical/used and new/old space; workers heap physical+malloced)');
const step = Math.max(1, Math.floor(main.length / 40));
for (let i = 0; i < main.length; i += step) {
  const r = main[i];
  const ws = workers.map((th) => near(th, r.t)).filter(Boolean);
  console.log(`${secs(r).padStart(7)} s  RSS ${String(r.rss).padStart(4)}  main ${r.phys}/${r.used} (new ${r.s.new}, old ${r.s.old}, ext ${r.external})  workers ${ws.map((x) => (x.phys + x.malloced).toFixed(0)).join(' ') || '-'}`);
}
