// Entity-engine benchmark: CPU time (process.cpuUsage) of extractEntities and resolveEntities
// over generated news-like text mixed with the seeds. usage: node tests/heldout/bench.mjs [--mb=12]
import { readdirSync, readFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { build } from 'esbuild';
import { generateCorpus } from '../../bench/corpus.mjs';

const root = join(import.meta.dirname, '..', '..');
const out = '/tmp/byline-entities-bench/entities.cjs';
mkdirSync('/tmp/byline-entities-bench', { recursive: true });
await build({ entryPoints: [join(root, 'server/src/analysis/entities/index.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: out, logLevel: 'error', sourcemap: true });
const { extractEntities, resolveEntities } = createRequire(import.meta.url)(out);
const targetMb = Number(process.argv.find((a) => a.startsWith('--mb='))?.slice(5) ?? 12);
const seeds = readdirSync(join(root, 'seeds')).map((f) => readFileSync(join(root, 'seeds', f), 'utf8'));
const texts = [];
let bytes = 0;
let si = 0;
for (const { text } of generateCorpus({ articles: 1e9, seed: 7 })) {
  if (bytes >= targetMb * 1e6) break;
  texts.push(text); bytes += text.length;
  if (texts.length % 20 === 0) { const s = seeds[si++ % seeds.length]; texts.push(s); bytes += s.length; }
}
const mb = bytes / 1e6;
for (const t of texts.slice(0, 200)) extractEntities(t);
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1e6; };
const reps = Number(process.argv.find((a) => a.startsWith('--reps='))?.slice(7) ?? 2);
let best = Infinity, docs;
for (let r = 0; r < reps; r++) {
  const c0 = cpu();
  docs = texts.map((t) => extractEntities(t));
  best = Math.min(best, cpu() - c0);
}
let bestR = Infinity;
for (let r = 0; r < reps; r++) {
  const c1 = cpu();
  resolveEntities(docs);
  bestR = Math.min(bestR, cpu() - c1);
}
const half = docs.slice(0, docs.length >> 1);
const c2 = cpu(); resolveEntities(half); const rHalf = cpu() - c2;
console.log(`${texts.length} docs, ${mb.toFixed(1)} MB (UTF-16 chars/1e6)`);
console.log(`extractEntities: ${(mb / best).toFixed(1)} MB/s CPU (${(best * 1000).toFixed(0)} ms)`);
console.log(`resolveEntities: ${(mb / bestR).toFixed(1)} MB/s CPU (${(bestR * 1000).toFixed(0)} ms; half corpus ${(rHalf * 1000).toFixed(0)} ms)`);
