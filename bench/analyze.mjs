// Benchmark (not a test): whole-corpus analysis on one thread over ≥ 20 MB of generated
// news-like text plus the seed articles, through the built analyser bundle (dist/analysis.js).
// Prints per-stage figures; the last line is one JSON object: {"mb", "mb_per_s", "peak_rss_mb"}.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { generateCorpus } from './corpus.mjs';

const require = createRequire(import.meta.url);
const root = join(import.meta.dirname, '..');
const { extractDocument, resolveCorpus } = require(join(root, 'dist', 'analysis.js'));

const targetMb = Number(process.argv.find((a) => a.startsWith('--mb='))?.slice(5) ?? 24);
const docs = readdirSync(join(root, 'seeds')).map((f) => ({ id: f, text: readFileSync(join(root, 'seeds', f), 'utf8') }));
let bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
for (const { name, text } of generateCorpus({ articles: 1e9, seed: 42 })) {
  if (bytes >= targetMb * 1e6) break;
  docs.push({ id: name, text });
  bytes += Buffer.byteLength(text);
}
const mb = bytes / 1e6;

// Warm up the JIT on a small slice, then measure the whole corpus once.
resolveCorpus(docs.slice(0, 50).map((d) => extractDocument(d)));
globalThis.gc?.();
const t0 = process.hrtime.bigint();
const extractions = docs.map((d) => extractDocument(d));
const t1 = process.hrtime.bigint();
const results = resolveCorpus(extractions);
const t2 = process.hrtime.bigint();
const seconds = Number(t2 - t0) / 1e9;
const count = results.reduce((n, r) => n + r.annotations.length, 0);
const peakRssMb = process.resourceUsage().maxRSS / 1024;

console.log(`corpus: ${docs.length} articles, ${mb.toFixed(1)} MB`);
console.log(`extract (per document): ${(Number(t1 - t0) / 1e6).toFixed(0)} ms`);
console.log(`resolve (corpus step):  ${(Number(t2 - t1) / 1e6).toFixed(0)} ms`);
console.log(`annotations: ${count}`);
console.log(`throughput: ${(mb / seconds).toFixed(1)} MB/s, peak RSS ${peakRssMb.toFixed(0)} MB`);
console.log(JSON.stringify({ mb: +mb.toFixed(1), mb_per_s: +(mb / seconds).toFixed(1), peak_rss_mb: Math.round(peakRssMb) }));
