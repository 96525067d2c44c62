// Benchmark (not a test): the REAL built language server (dist/byline.js lsp --stdio) over
// LSP on generated corpora of 1,000, 10,000 and 50,000 articles (bench/.corpus/, cached).
// Prints cold index time, peak RSS (VmHWM), request latencies and edit-to-diagnostics time in
// the cold session, then waits without requests until the server has saved its corpus
// resolution (it does so in the first quiet second), then the warm start from the extraction
// cache and that snapshot, per size; the last line is one JSON object with the 10,000-article
// figures. `--articles=N` runs one size.
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { generateCorpus } from './corpus.mjs';

const require = createRequire(import.meta.url);
const { StreamMessageReader, StreamMessageWriter } = require('vscode-jsonrpc/node');
const { createProtocolConnection } = require('vscode-languageserver-protocol');

const ROOT = join(import.meta.dirname, '..');
// a private copy of the built server: other builds of dist/ during the run would change the
// analyser version and make the warm start (rightly) distrust the cache
const PRIVATE = join(ROOT, 'bench', '.corpus', '.server');
mkdirSync(PRIVATE, { recursive: true });
for (const f of ['byline.js', 'extract-worker.js']) copyFileSync(join(ROOT, 'dist', f), join(PRIVATE, f));
const SERVER = join(PRIVATE, 'byline.js');
const one = process.argv.find((a) => a.startsWith('--articles='));
const SIZES = one ? [Number(one.slice(11))] : [1000, 10000, 50000];

function corpusDir(n) {
  const dir = join(ROOT, 'bench', '.corpus', String(n));
  if (existsSync(join(dir, '.complete'))) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let i = 0;
  for (const { name, text } of generateCorpus({ articles: n, seed: 42, skew: 8 })) {
    const sub = join(dir, String(Math.floor(i++ / 1000)).padStart(3, '0'));
    if (i % 1000 === 1) mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, name), text);
  }
  writeFileSync(join(dir, '.complete'), '');
  return dir;
}

const p99 = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(s.length * 0.99))]; };
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };

async function startServer(folder) {
  const proc = spawn(process.execPath, [...(process.env.BYLINE_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean), SERVER, 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const c = createProtocolConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
  const logs = [];
  const publishes = new Map();
  let onLog = () => {};
  c.onNotification('window/logMessage', (p) => { logs.push(p.message); onLog(p.message); });
  c.onNotification('window/showMessage', () => {});
  c.onNotification('$/progress', () => {});
  c.onNotification('byline/indexChanged', () => {});
  // (an edit's wait is woken by the notification: a client spinning on setImmediate would take
  // one of the machine's two cores from the server, 2–4 ms of each edit's latency here)
  const published = { wake: null };
  c.onNotification('textDocument/publishDiagnostics', (p) => {
    const l = publishes.get(p.uri) ?? []; l.push({ at: performance.now(), diagnostics: p.diagnostics }); publishes.set(p.uri, l);
    const w = published.wake; published.wake = null; w?.();
  });
  c.onRequest('window/workDoneProgress/create', () => null);
  c.onRequest('client/registerCapability', () => null);
  c.onRequest('workspace/configuration', (p) => p.items.map(() => null));
  c.listen();
  const t0 = performance.now();
  const indexed = new Promise((resolve, reject) => {
    onLog = (m) => { if (/\] (indexed \d+ files|indexing cancelled|indexing stopped)/.test(m)) resolve(m); };
    proc.on('exit', (code, signal) => reject(new Error(`server exited (${signal ?? code}) after ${((performance.now() - t0) / 1000).toFixed(0)} s, peak RSS ${peak()} MB`)));
  });
  let hwm = 0;
  const peak = () => hwm;
  const sampler = setInterval(() => { try { hwm = Math.round(Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${proc.pid}/status`, 'utf8'))[1]) / 1024); } catch {} }, 500);
  proc.on('exit', () => clearInterval(sampler));
  await c.sendRequest('initialize', {
    processId: process.pid, rootUri: pathToFileURL(folder).href, workspaceFolders: [{ uri: pathToFileURL(folder).href, name: 'bench' }],
    capabilities: { window: { workDoneProgress: true }, workspace: { configuration: true, workspaceFolders: true, didChangeWatchedFiles: { dynamicRegistration: true } } },
  });
  c.sendNotification('initialized', {});
  const message = await indexed;
  const seconds = (performance.now() - t0) / 1000;
  const cpu = cpuSeconds(proc.pid);
  const rssMb = () => Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${proc.pid}/status`, 'utf8'))[1]) / 1024;
  const stop = async () => { await c.sendRequest('shutdown').catch(() => {}); c.sendNotification('exit'); await new Promise((r) => setTimeout(r, 200)); proc.kill(); c.dispose(); };
  return { c, proc, seconds, cpu, message, logs, publishes, published, rssMb, stop };
}

/** CPU seconds (user + system) of the server's main thread and of the whole process (with its workers) */
function cpuSeconds(pid) {
  const ticks = (path) => { const f = readFileSync(path, 'utf8').split(') ')[1].split(' '); return (Number(f[11]) + Number(f[12])) / 100; };
  try { return { main: ticks(`/proc/${pid}/task/${pid}/stat`), total: ticks(`/proc/${pid}/stat`) }; } catch { return { main: NaN, total: NaN }; }
}

async function time(fn) { const t = performance.now(); await fn(); return performance.now() - t; }

async function run(n) {
  const folder = corpusDir(n);
  rmSync(join(folder, '.byline'), { recursive: true, force: true });
  const load0 = loadavg()[0];
  const s = await startServer(folder);
  const r = { articles: n, cold_index_s: +s.seconds.toFixed(2), cold_cpu: s.cpu, load: load0, indexed_rss_mb: Math.round(s.rssMb()) };
  // an article of about 10 KB, opened in the editor
  const files = readdirSync(join(folder, '000')).map((f) => join(folder, '000', f));
  const path = files.map((f) => [f, readFileSync(f, 'utf8')]).sort((a, b) => Math.abs(a[1].length - 10000) - Math.abs(b[1].length - 10000))[0][0];
  const text = readFileSync(path, 'utf8');
  const uri = pathToFileURL(path).href;
  s.c.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
  while (!s.publishes.get(uri)) await new Promise((res) => setTimeout(res, 5));
  const diags = s.publishes.get(uri).at(-1).diagnostics;
  const positions = diags.map((d) => d.range.start);
  const hover = [], definition = [];
  for (let i = 0; i < 300; i++) {
    const position = positions[i % positions.length];
    hover.push(await time(() => s.c.sendRequest('textDocument/hover', { textDocument: { uri }, position })));
    definition.push(await time(() => s.c.sendRequest('textDocument/definition', { textDocument: { uri }, position })));
  }
  const [top] = (await s.c.sendRequest('byline/entities', { group: 'speaker', limit: 1 })).entities;
  const [mark] = (await s.c.sendRequest('byline/mentions', { id: top.id, limit: 1 })).mentions;
  const refs = [];
  let refCount = 0;
  for (let i = 0; i < 50; i++) refs.push(await time(async () => { refCount = (await s.c.sendRequest('textDocument/references', { textDocument: { uri: mark.uri }, position: mark.range.start, context: { includeDeclaration: true } }))?.length ?? 0; }));
  const queries = ['smi', 'john', 'authority', 'mar', 'ok', 'group', 'water', 'x', 'lee', 'bank'];
  const symbols = [];
  for (let i = 0; i < 100; i++) symbols.push(await time(() => s.c.sendRequest('workspace/symbol', { query: queries[i % queries.length] })));
  // what the client asks when the sidebar opens (each group's first page), when the top entity
  // is expanded (its first page of mentions), and for the status bar (the speakers' total)
  const sidebar = [], expand = [];
  for (let i = 0; i < 5; i++) sidebar.push(await time(() => s.c.sendRequest('byline/entities', { sort: 'count', limit: 200 })));
  for (let i = 0; i < 5; i++) expand.push(await time(() => s.c.sendRequest('byline/mentions', { id: top.id, limit: 200 })));
  const status = await time(() => s.c.sendRequest('byline/entities', { group: 'speaker', limit: 0 }));
  // edits: a sentence naming a new speaker added and removed; time until the file's diagnostics change
  const edits = [];
  let version = 1;
  for (let i = 0; i < 20; i++) {
    // a sentence typed in the middle of the article (at a line break), then taken out again
    const cut = text.indexOf('\n', text.length >> 1) + 1 || text.length;
    const next = i % 2 === 0 ? `${text.slice(0, cut)}Jane Q. Okafor${i} said the vote was final.\n${text.slice(cut)}` : text;
    const before = s.publishes.get(uri).length;
    const t = performance.now();
    s.c.sendNotification('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: [{ text: next }] });
    while (s.publishes.get(uri).length === before) await new Promise((res) => (s.published.wake = res));
    edits.push(s.publishes.get(uri).at(-1).at - t);
    await new Promise((res) => setTimeout(res, 200));
  }
  // the user stops typing: in the first quiet second the server saves its corpus resolution for
  // the next start (it waits for quiet, up to a minute, not to slow requests: see workspace.ts)
  const quiet0 = performance.now();
  while (!s.logs.some((m) => /resolution snapshot written|cannot write the resolution snapshot/.test(m)) && performance.now() - quiet0 < 70000) await new Promise((res) => setTimeout(res, 50));
  r.snapshot_quiet_s = +((performance.now() - quiet0) / 1000).toFixed(1);
  r.snapshot_log = (s.logs.find((m) => /resolution snapshot|cannot write the resolution snapshot/.test(m)) ?? 'no snapshot written').replace(/^\[byline\] /, '');
  r.peak_rss_mb = Math.round(s.rssMb());
  Object.assign(r, {
    hover_p99_ms: +p99(hover).toFixed(2), definition_p99_ms: +p99(definition).toFixed(2),
    references_p99_ms: +p99(refs).toFixed(2), references_median_ms: +median(refs).toFixed(2), references_count: refCount, references_entity: top.label,
    workspace_symbol_p99_ms: +p99(symbols).toFixed(2), sidebar_ms: +median(sidebar).toFixed(1), sidebar_expand_ms: +median(expand).toFixed(1), sidebar_count_only_ms: +status.toFixed(1),
    edit_ms: +median(edits).toFixed(1), edit_p99_ms: +p99(edits).toFixed(1),
  });
  await s.stop();
  // warm start: the same workspace again, extractions from the cache
  const w = await startServer(folder);
  r.warm_start_s = +w.seconds.toFixed(2);
  r.warm_cpu = w.cpu;
  r.warm_rss_mb = Math.round(w.rssMb());
  r.warm_log = w.message.replace(/^\[byline\] /, '');
  r.cold_log = s.message.replace(/^\[byline\] /, '');
  await w.stop();
  r.load_end = loadavg()[0];
  return r;
}

const results = [];
for (const n of SIZES) {
  let r;
  try {
    r = await run(n);
  } catch (e) {
    console.log(`\n${n} articles: FAILED — ${e.message}`);
    continue;
  }
  results.push(r);
  console.log(`\n${n} articles (load average ${r.load.toFixed(1)} → ${r.load_end.toFixed(1)} on ${(await import('node:os')).availableParallelism()} cores)`);
  console.log(`  cold index          ${r.cold_index_s} s   (${r.cold_log}; CPU ${r.cold_cpu.main} s main thread, ${r.cold_cpu.total} s in all)`);
  console.log(`  peak RSS            ${r.peak_rss_mb} MB   (${r.indexed_rss_mb} MB by the end of cold indexing, ${r.warm_rss_mb} MB by the end of the warm start)`);
  console.log(`  snapshot            after ${r.snapshot_quiet_s} s without requests: ${r.snapshot_log}`);
  console.log(`  warm start          ${r.warm_start_s} s   (${r.warm_log}; CPU ${r.warm_cpu.main} s main thread, ${r.warm_cpu.total} s in all)`);
  console.log(`  hover p99           ${r.hover_p99_ms} ms`);
  console.log(`  definition p99      ${r.definition_p99_ms} ms`);
  console.log(`  references p99      ${r.references_p99_ms} ms   (${r.references_entity}: ${r.references_count} locations; median ${r.references_median_ms} ms)`);
  console.log(`  workspace symbol p99 ${r.workspace_symbol_p99_ms} ms`);
  console.log(`  sidebar data        ${r.sidebar_ms} ms   (first pages; the top entity's first mentions: ${r.sidebar_expand_ms} ms; counts only: ${r.sidebar_count_only_ms} ms)`);
  console.log(`  edit → diagnostics  ${r.edit_ms} ms median, ${r.edit_p99_ms} ms p99 (10 KB article)`);
}
if (results.length > 1) {
  console.log('\ngrowth (ratio of figures / ratio of articles; ≤ 1 means linear or better):');
  for (const k of ['cold_index_s', 'peak_rss_mb', 'warm_start_s', 'hover_p99_ms', 'references_p99_ms', 'workspace_symbol_p99_ms', 'sidebar_ms', 'edit_ms']) {
    const a = results[0], b = results.at(-1);
    const g = (b[k] / a[k]) / (b.articles / a.articles);
    console.log(`  ${k.padEnd(24)} ${g.toFixed(2)}  ${g <= 1.15 ? 'linear or better' : 'worse than linear'}`);
  }
}
const ten = results.find((r) => r.articles === 10000) ?? results.at(-1);
if (!ten) process.exit(1);
const keys = ['articles', 'cold_index_s', 'peak_rss_mb', 'warm_start_s', 'hover_p99_ms', 'references_p99_ms', 'workspace_symbol_p99_ms', 'sidebar_ms', 'edit_ms'];
console.log(JSON.stringify(Object.fromEntries(keys.map((k) => [k, ten[k]]))));
