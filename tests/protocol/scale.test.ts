// Corpus scale over LSP: the extraction cache (reopening does not re-analyse; a damaged cache
// is rebuilt), cancelling the initial indexing leaves a consistent index, an edit updates
// cross-file coreference, and files over byline.maxFileSize are skipped with a note.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { createProtocolConnection } from 'vscode-languageserver-protocol';
import type { Hover, Location } from 'vscode-languageserver-protocol';
import type { EntitiesResult, MentionsResult, SidebarMention } from '../../server/src/lsp/protocol';
import { generateCorpus } from '../../bench/corpus.mjs';
import { makeWorkspace, positionAt, ROOT, SERVER, TestClient, textAt, uriOf } from './harness';

const CACHE = join('.byline', 'cache', 'extractions.jsonl');

function generated(n: number, seed = 5): string {
  const dir = mkdtempSync(join(tmpdir(), 'byline-gen-'));
  for (const { name, text } of generateCorpus({ articles: n, seed, people: 200, orgs: 50, skew: 6 })) writeFileSync(join(dir, name), text);
  return dir;
}

const indexedLog = (c: TestClient) => c.logs.find((l) => /\] indexed \d+ files/.test(l)) ?? '';

test('the extraction cache: a reopened workspace is not re-analysed; a damaged cache is rebuilt', async () => {
  const folder = makeWorkspace();
  const first = await TestClient.start({ folder });
  await first.waitFor(() => /cache: 0 hits, \d+ analysed/.test(indexedLog(first)), 10000, 'first index');
  const before = await first.request<EntitiesResult>('byline/entities', { limit: 100000 });
  await first.waitFor(() => { try { return readFileSync(join(folder, CACHE), 'utf8').split('\n').length > 2; } catch { return false; } }, 10000, 'cache written');
  const copy = mkdtempSync(join(tmpdir(), 'byline-ws-'));
  cpSync(folder, copy, { recursive: true });
  const damaged = mkdtempSync(join(tmpdir(), 'byline-ws-'));
  cpSync(folder, damaged, { recursive: true });
  await first.stop();

  const second = await TestClient.start({ folder: copy });
  try {
    await second.waitFor(() => indexedLog(second) !== '', 10000, 'second index');
    assert.match(indexedLog(second), /cache: \d+ hits, 0 analysed/);
    const after = await second.request<EntitiesResult>('byline/entities', { limit: 100000 });
    assert.deepStrictEqual(after.entities.map((e) => [e.id, e.count]), before.entities.map((e) => [e.id, e.count]), 'same entities from the cache');
  } finally {
    await second.stop();
  }

  // flip characters inside one entry and cut the last one short
  const file = join(damaged, CACHE);
  const lines = readFileSync(file, 'utf8').split('\n');
  const entry = lines.findIndex((l, i) => i > 0 && l.length > 0);
  const flipped = lines[entry].replace('[', '{');
  assert.notEqual(flipped, lines[entry]);
  lines[entry] = flipped;
  writeFileSync(file, lines.join('\n').slice(0, -30));
  const third = await TestClient.start({ folder: damaged });
  try {
    await third.waitFor(() => indexedLog(third) !== '', 10000, 'third index');
    assert.match(indexedLog(third), /cache: \d+ hits, [1-9]\d* analysed/, 'damaged entries analysed again');
    assert.ok(third.logs.some((l) => /damaged entr/.test(l)), 'the damage is reported');
    const after = await third.request<EntitiesResult>('byline/entities', { limit: 100000 });
    assert.deepStrictEqual(after.entities.map((e) => [e.id, e.count]), before.entities.map((e) => [e.id, e.count]), 'same entities after the rebuild');
  } finally {
    await third.stop();
  }
});

test('a reopened workspace reads the corpus resolution from disk; a changed file or a damaged snapshot makes it resolve again', async () => {
  const folder = generated(60, 12);
  const SNAPSHOT = join('.byline', 'cache', 'resolved.jsonl');
  /** what a client sees of the corpus: every entity with its counts, roles and mentions */
  const corpus = async (c: TestClient) => {
    const result = await c.request<EntitiesResult>('byline/entities', { limit: 100000 });
    const out: unknown[] = [];
    for (const e of result.entities) {
      const page = await c.request<MentionsResult>('byline/mentions', { id: e.id, limit: 100000 });
      out.push([e.id, e.count, e.statements, e.kind, e.roles, page!.mentions.map((m) => [m.uri, m.range.start.line, m.range.start.character])]);
    }
    return out;
  };
  const copies: string[] = [];
  try {
    const first = await TestClient.start({ folder });
    await first.waitFor(() => indexedLog(first) !== '', 20000, 'first index');
    assert.doesNotMatch(indexedLog(first), /resolution read from disk/);
    await first.waitFor(() => { try { return readFileSync(join(folder, SNAPSHOT)).length > 0; } catch { return false; } }, 20000, 'snapshot written');
    const before = await corpus(first);
    // (stop() deletes the folder)
    const kept = mkdtempSync(join(tmpdir(), 'byline-ws-'));
    cpSync(folder, kept, { recursive: true });
    copies.push(kept);
    await first.stop();
    // the workspace as it was, at the same path (the snapshot is of these URIs)
    const copy = (change: (dir: string) => void) => {
      rmSync(folder, { recursive: true, force: true });
      cpSync(kept, folder, { recursive: true });
      change(folder);
      return folder;
    };
    const warm = await TestClient.start({ folder: copy(() => {}) });
    try {
      await warm.waitFor(() => indexedLog(warm) !== '', 20000, 'warm index');
      assert.match(indexedLog(warm), /resolution read from disk/, warm.logs.join('\n'));
      assert.deepStrictEqual(await corpus(warm), before, 'the same answers from disk');
    } finally {
      await warm.stop();
    }
    // one article changed on disk: its text no longer matches the snapshot
    const name = readdirSync(kept).filter((f) => f.endsWith('.txt')).sort()[3];
    const changed = await TestClient.start({ folder: copy((dir) => writeFileSync(join(dir, name), readFileSync(join(dir, name), 'utf8') + '\nJane Q. Okafor said the vote was final.\n')) });
    try {
      await changed.waitFor(() => indexedLog(changed) !== '', 20000, 'index after a change');
      assert.doesNotMatch(indexedLog(changed), /resolution read from disk/);
      assert.ok((await changed.request<EntitiesResult>('byline/entities', { limit: 100000 })).entities.some((e) => e.id === 'speaker:Jane Q. Okafor'), 'the change is seen');
    } finally {
      await changed.stop();
    }
    // a damaged snapshot
    const damaged = await TestClient.start({
      folder: copy((dir) => {
        const file = join(dir, SNAPSHOT);
        const bytes = readFileSync(file);
        bytes[bytes.length - 40] ^= 1;
        writeFileSync(file, bytes);
      }),
    });
    try {
      await damaged.waitFor(() => indexedLog(damaged) !== '', 20000, 'index with a damaged snapshot');
      assert.doesNotMatch(indexedLog(damaged), /resolution read from disk/);
      assert.deepStrictEqual(await corpus(damaged), before, 'resolved again');
    } finally {
      await damaged.stop();
    }
  } finally {
    for (const dir of [folder, ...copies]) rmSync(dir, { recursive: true, force: true });
  }
});

test('a warm start does not read files whose size and modification time are unchanged; one changed behind that is found when read', async () => {
  const folder = generated(40, 14);
  const SNAPSHOT = join('.byline', 'cache', 'resolved.jsonl');
  // written an hour ago: a file modified seconds ago gets no stamp (a coarse clock could hide a second write)
  const past = new Date(Date.now() - 3600_000);
  const names = readdirSync(folder).filter((f) => f.endsWith('.txt')).sort();
  for (const f of names) utimesSync(join(folder, f), past, past);
  const corpus = async (c: TestClient) => {
    const result = await c.request<EntitiesResult>('byline/entities', { limit: 100000 });
    const out: unknown[] = [];
    for (const e of result.entities) {
      const page = await c.request<MentionsResult>('byline/mentions', { id: e.id, limit: 100000 });
      out.push([e.id, e.count, e.statements, e.roles, page!.mentions.map((m) => [m.uri, m.range.start.line, m.range.start.character, m.range.end.character])]);
    }
    return out;
  };
  const kept = mkdtempSync(join(tmpdir(), 'byline-ws-'));
  try {
    const first = await TestClient.start({ folder });
    await first.waitFor(() => { try { return readFileSync(join(folder, SNAPSHOT)).length > 0; } catch { return false; } }, 20000, 'snapshot written');
    assert.doesNotMatch(indexedLog(first), /unchanged since the snapshot/);
    const before = await corpus(first);
    cpSync(folder, kept, { recursive: true, preserveTimestamps: true });
    await first.stop();
    const copy = (change: (dir: string) => void) => {
      rmSync(folder, { recursive: true, force: true });
      cpSync(kept, folder, { recursive: true, preserveTimestamps: true });
      change(folder);
      return folder;
    };
    const warm = await TestClient.start({ folder: copy(() => {}) });
    try {
      assert.match(indexedLog(warm), new RegExp(`${names.length} unchanged since the snapshot, read when first needed; corpus resolution read from disk`), warm.logs.join('\n'));
      assert.deepStrictEqual(await corpus(warm), before, 'the same answers, the texts read on demand');
    } finally {
      await warm.stop();
    }
    // a file touched (its modification time changed, its text not), as one open in the editor
    // when the snapshot was taken has no stamp: read and checked by its text, taken from the
    // cache, and the saved resolution still fits
    const touched = await TestClient.start({
      folder: copy((dir) => {
        const earlier = new Date(Date.now() - 600_000);
        utimesSync(join(dir, names[0]), earlier, earlier);
      }),
    });
    try {
      assert.match(indexedLog(touched), new RegExp(`cache: ${names.length} hits, 0 analysed; ${names.length - 1} unchanged since the snapshot, read when first needed; corpus resolution read from disk`), touched.logs.join('\n'));
      assert.deepStrictEqual(await corpus(touched), before, 'the same answers');
    } finally {
      await touched.stop();
    }
    // a speaker's name rewritten in place, the file's size and modification time kept: the
    // warm start takes it unread, and finds the change when it reads the text
    let name = '', from = '', to = '';
    for (const f of names) {
      const m = /\b([A-Z][a-z]+) ([A-Z][a-z]+) said\b/.exec(readFileSync(join(kept, f), 'utf8'));
      if (m && m[1] !== m[2]) {
        [name, from, to] = [f, `${m[1]} ${m[2]} said`, `${m[2]} ${m[1]} said`];
        break;
      }
    }
    assert.ok(name, 'a file with a named speaker');
    const behind = await TestClient.start({
      folder: copy((dir) => {
        const path = join(dir, name);
        const text = readFileSync(path, 'utf8');
        writeFileSync(path, text.replace(from, to));
        utimesSync(path, past, past);
      }),
    });
    try {
      assert.match(indexedLog(behind), new RegExp(`${names.length} unchanged since the snapshot`));
      const label = to.replace(/ said$/, '');
      await corpus(behind); // (reads every text, if the edit-path warm-up has not read that one yet)
      await behind.waitFor(() => behind.logs.some((l) => l.includes(`${name}: changed on disk with the same size and modification time`)), 10000, 'the change noticed');
      let labels: string[] = [];
      for (let i = 0; i < 50 && !labels.includes(label); i++) {
        labels = (await behind.request<EntitiesResult>('byline/entities', { limit: 100000 })).entities.map((e) => e.label);
        await new Promise((r) => setTimeout(r, 100));
      }
      assert.ok(labels.includes(label), `the rewritten speaker ${label} is indexed: ${labels.join(', ')}`);
      // (the file is read once: the index and the cache's decoder share what was read)
      assert.equal(behind.logs.filter((l) => l.includes(`${name}: changed on disk`)).length, 1, behind.logs.join('\n'));
    } finally {
      await behind.stop();
    }
  } finally {
    for (const dir of [folder, kept]) rmSync(dir, { recursive: true, force: true });
  }
});

test('cancelling the initial indexing leaves a consistent index', async () => {
  const folder = generated(400);
  const proc = spawn(process.execPath, [SERVER, 'lsp', '--stdio'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
  const c = createProtocolConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
  const logs: string[] = [];
  let cancelled = false;
  c.onNotification('window/logMessage', (p: { message: string }) => void logs.push(p.message));
  c.onNotification('$/progress', (p: { token: string; value: { kind: string; percentage?: number } }) => {
    // cancel once some files are in
    if (!cancelled && p.value.kind === 'report' && (p.value.percentage ?? 0) > 0) {
      cancelled = true;
      void c.sendNotification('window/workDoneProgress/cancel', { token: p.token });
    }
  });
  c.onRequest('window/workDoneProgress/create', () => null);
  c.onRequest('client/registerCapability', () => null);
  c.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => null));
  c.listen();
  try {
    await c.sendRequest('initialize', { processId: process.pid, rootUri: uriOf(folder), workspaceFolders: [{ uri: uriOf(folder), name: 'gen' }], capabilities: { window: { workDoneProgress: true }, workspace: { configuration: true } } });
    await c.sendNotification('initialized', {});
    const end = Date.now() + 60000;
    while (!logs.some((l) => /indexing cancelled|\] indexed \d+ files/.test(l))) {
      assert.ok(Date.now() < end, `indexing ends\n${logs.join('\n')}`);
      await new Promise((r) => setTimeout(r, 20));
    }
    assert.ok(cancelled, 'progress was reported');
    const total = readdirSync(folder).length;
    const result = await c.sendRequest<EntitiesResult>('byline/entities', { limit: 100000 });
    assert.equal(result.indexing, false);
    assert.ok(result.files > 0 && result.files <= total);
    assert.ok(logs.some((l) => /indexing cancelled/.test(l)), `the scan stopped\n${logs.join('\n')}`);
    assert.ok(result.files < total, 'cancelled before the end');
    // every mark the sidebar lists is in an indexed file, at text of that file, and the
    // references of a speaker agree with the sidebar
    const files = new Set<string>();
    const mentionsOf = new Map<string, SidebarMention[]>();
    for (const e of result.entities) {
      const page = await c.sendRequest<MentionsResult>('byline/mentions', { id: e.id, limit: 100000 });
      assert.equal(page?.mentions.length, e.count, e.id);
      mentionsOf.set(e.id, page!.mentions);
      for (const m of page!.mentions) {
        files.add(m.uri);
        const text = readFileSync(new URL(m.uri), 'utf8');
        assert.ok(textAt(text, m.range).length > 0, `${e.id} at ${m.uri}`);
      }
    }
    assert.ok(files.size <= result.files);
    const speaker = result.entities.find((e) => e.group === 'speaker' && e.count > 1);
    if (speaker) {
      const [first] = mentionsOf.get(speaker.id)!;
      const refs = await c.sendRequest<Location[]>('textDocument/references', { textDocument: { uri: first.uri }, position: first.range.start, context: { includeDeclaration: true } });
      assert.equal(refs.length, speaker.count);
    }
  } finally {
    await c.sendRequest('shutdown').catch(() => {});
    void c.sendNotification('exit');
    await new Promise((r) => setTimeout(r, 100));
    proc.kill();
    c.dispose();
    rmSync(folder, { recursive: true, force: true });
  }
});

test('an edit in one file changes the entity of mentions in another (cross-file coreference)', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'byline-ws-'));
  const a = join(folder, 'a.txt'), b = join(folder, 'b.txt');
  writeFileSync(a, 'The council met on Monday. The vote was delayed again.\n');
  writeFileSync(b, 'The council met on Monday. Okafor said the plan would cost far more than expected.\n');
  const client = await TestClient.start({ folder });
  try {
    await client.waitFor(() => indexedLog(client) !== '', 20000, 'initial index');
    const textB = readFileSync(b, 'utf8');
    const hoverB = async () => {
      const h = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: uriOf(b) }, position: positionAt(textB, textB.indexOf('Okafor') + 1) });
      return h ? (h.contents as { value: string }).value : '';
    };
    assert.match(await hoverB(), /^\*\*Okafor\*\*/);
    const { uri } = await client.openAndWait(a);
    client.change(uri, 'Jane Q. Okafor said the vote was delayed again.\n');
    await client.waitFor(() => (client.diagnostics.get(uri) ?? []).some((d) => d.code === 'speaker'), 5000, 'speaker in a.txt');
    assert.match(await hoverB(), /^\*\*Jane Q\. Okafor\*\*/);
    const def = await client.request<Location | null>('textDocument/definition', { textDocument: { uri: uriOf(b) }, position: positionAt(textB, textB.indexOf('Okafor') + 1) });
    assert.equal(def?.uri, uri, 'definition in the edited file');
    client.change(uri, 'The vote was delayed again.\n');
    await client.waitFor(() => !(client.diagnostics.get(uri) ?? []).some((d) => d.code === 'speaker'), 5000, 'speaker gone');
    assert.match(await hoverB(), /^\*\*Okafor\*\*/);
  } finally {
    await client.stop();
  }
});

test('files over byline.maxFileSize are skipped with a note', async () => {
  const folder = makeWorkspace();
  const big = join(folder, 'huge.txt');
  writeFileSync(big, 'Antony Blinken said the talks would continue. '.repeat(30000)); // ~1.4 MB
  const client = await TestClient.start({ folder, settings: { maxFileSize: 1 } });
  try {
    await client.waitFor(() => indexedLog(client) !== '', 20000, 'initial index');
    assert.ok(client.logs.some((l) => /huge\.txt.*over byline\.maxFileSize \(1 MB\)/.test(l)), client.logs.join('\n'));
    const { diagnostics } = await client.openAndWait(big);
    assert.equal(diagnostics.length, 1);
    assert.equal(diagnostics[0].code, 'too-large');
    assert.equal(diagnostics[0].severity, 3);
    const result = await client.request<EntitiesResult>('byline/entities', { mentionLimit: 0 });
    assert.equal(result.files, readdirSync(folder).filter((f) => f.endsWith('.txt') || f.endsWith('.md')).length - 1);
  } finally {
    await client.stop();
  }
});

test('a scan that fills the heap budget stops with a note and leaves a working index of part of the corpus', async () => {
  const folder = generated(400, 9);
  // a budget any heap exceeds: the scan stops at its first check (every 128 files)
  const client = await TestClient.start({ folder, env: { BYLINE_HEAP_BUDGET: '0.000001' } });
  try {
    await client.waitFor(() => client.logs.some((l) => /indexing stopped .*out of memory for more files/.test(l)), 20000, 'the stop is logged');
    await client.waitFor(() => client.messages.some((m) => /run out of memory indexing more, so only \d+ of 400 articles are indexed/.test(m)), 5000, 'the user is told');
    const result = await client.request<EntitiesResult>('byline/entities', { limit: 5 });
    assert.equal(result.indexing, false);
    assert.ok(result.files >= 128 && result.files < 400, `${result.files} of 400 files indexed`);
    const speaker = result.entities.find((e) => e.group === 'speaker');
    assert.ok(speaker && speaker.count > 0, 'the part indexed is resolved');
  } finally {
    await client.stop();
    rmSync(folder, { recursive: true, force: true });
  }
});

test('a rescan after a settings change reads unchanged files but does not analyse them again', async () => {
  const folder = makeWorkspace();
  const client = await TestClient.start({ folder });
  try {
    await client.waitFor(() => /cache: 0 hits, [1-9]\d* analysed/.test(indexedLog(client)), 10000, 'first index');
    const before = await client.request<EntitiesResult>('byline/entities', { limit: 0 });
    // a glob that still matches every article: the index is rebuilt from a rescan
    client.settings = { files: '**/*.{txt,md,text}' };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await client.waitFor(() => client.logs.filter((l) => /\] indexed \d+ files/.test(l)).length >= 2, 10000, 'second scan');
    const second = client.logs.filter((l) => /\] indexed \d+ files/.test(l)).at(-1)!;
    assert.match(second, /, 0 analysed;/, second);
    const after = await client.request<EntitiesResult>('byline/entities', { limit: 0 });
    assert.deepEqual(after.groups, before.groups);
  } finally {
    await client.stop();
  }
});
