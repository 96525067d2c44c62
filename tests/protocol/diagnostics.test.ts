// Diagnostics over LSP: structure and invariants, the CLI's counts, related information across
// files, work-done progress, settings (severity off, workspace scope, cap) and edits.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cliAnnotations, makeWorkspace, messageOf, seedNames, TestClient, textAt, uriOf } from './harness';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { MAX_RELATED } from '../../server/src/lsp/diagnostics';

let client: TestClient;
let folder: string;
const CODES = new Set(['speaker', 'date', 'figure']);
const DEFAULT_SEVERITY: Record<string, number> = { speaker: 3, date: 4, figure: 4 };

before(async () => {
  folder = makeWorkspace();
  client = await TestClient.start({ folder });
});
after(async () => client?.stop());

const setSettings = async (settings: Record<string, unknown>) => {
  client.settings = settings;
  await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
};

test('initial scan reports work-done progress, registers watchers, announces the index', (t) => {
  assert.ok(client.progressCreated.length >= 1, 'window/workDoneProgress/create was requested');
  const kinds = client.progress.map((p) => p.value.kind);
  assert.equal(kinds[0], 'begin');
  assert.equal(kinds.at(-1), 'end');
  const { files, indexing, version } = client.indexChanged.at(-1)!;
  assert.deepEqual({ files, indexing }, { files: seedNames().length, indexing: false });
  assert.equal(typeof version, 'number');
  assert.ok(client.registrations.some((r) => r.method === 'workspace/didChangeWatchedFiles'), 'registered workspace/didChangeWatchedFiles');
  t.diagnostic(`initialize → index complete: ${Math.round(client.indexedMs)} ms (${seedNames().length} files); server log: ${client.logs.filter((l) => /index/.test(l)).join(' | ')}`);
});

test('diagnostics of open files: source, code, severity, range text; counts as the CLI', async () => {
  const cli = cliAnnotations(folder);
  for (const name of seedNames()) {
    const { text, diagnostics } = await client.openAndWait(join(folder, name));
    const counts: Record<string, number> = { speaker: 0, date: 0, figure: 0 };
    for (const d of diagnostics) {
      assert.equal(d.source, 'byline');
      assert.ok(CODES.has(String(d.code)), `code ${d.code}`);
      assert.equal(d.severity, DEFAULT_SEVERITY[String(d.code)]);
      const data = d.data as { text: string; type: string };
      assert.equal(textAt(text, d.range), data.text, `range text of ${messageOf(d)}`);
      const title = String(d.code)[0].toUpperCase() + String(d.code).slice(1);
      assert.ok(messageOf(d).startsWith(`${title}: `), messageOf(d));
      if (d.code !== 'speaker') assert.ok(messageOf(d).includes(data.text), `message names the text: ${messageOf(d)}`);
      counts[String(d.code)]++;
    }
    const expected: Record<string, number> = { speaker: 0, date: 0, figure: 0 };
    for (const a of cli.get(join(folder, name)) ?? []) if (a.type in expected) expected[a.type]++;
    assert.deepEqual(counts, expected, `${name}: diagnostics per code equal the CLI's annotations`);
  }
});

test("speaker diagnostics point to the entity's other marks, across files", (t) => {
  const texts = new Map(seedNames().map((n) => [uriOf(join(folder, n)), readFileSync(join(folder, n), 'utf8')]));
  let speakers = 0, crossFile = 0, pointers = 0;
  for (const [uri, list] of client.diagnostics) {
    const seen = new Map<string, Diagnostic>();
    for (const d of list) {
      if (d.code !== 'speaker') continue;
      speakers++;
      const related = d.relatedInformation ?? [];
      assert.ok(related.length <= MAX_RELATED, 'related information is capped');
      // an entity's later speaker marks in a file point to its first one, which has the list
      const entity = (d.data as { entity: string }).entity;
      const first = seen.get(entity);
      if (first) {
        pointers++;
        assert.equal(related.length, 1, `a later mark of ${entity} points back`);
        assert.equal(related[0].location.uri, uri);
        assert.deepEqual(related[0].location.range, first.range);
      } else {
        seen.set(entity, d);
        // the first mark lists other files, each once
        const files = related.map((r) => r.location.uri);
        assert.ok(!files.includes(uri), `${entity}: related marks are in other files`);
        assert.equal(new Set(files).size, files.length, `${entity}: one mark per file`);
      }
      for (const r of related) {
        const text = texts.get(r.location.uri);
        assert.ok(text !== undefined, `related location in the corpus: ${r.location.uri}`);
        assert.ok(textAt(text, r.location.range).trim().length > 0, 'related range is not empty');
        assert.ok(r.message.length > 0);
        if (r.location.uri !== uri) crossFile++;
      }
    }
  }
  assert.ok(speakers > 0, 'the analyser finds speakers in the seeds');
  assert.ok(crossFile > 0, 'some speaker has related marks in another file');
  assert.ok(pointers > 0, 'some speaker is quoted twice in a file');
});

test('edits update diagnostics from the editor text', async () => {
  const name = seedNames()[0];
  const uri = uriOf(join(folder, name));
  const original = readFileSync(join(folder, name), 'utf8');
  const count = client.diagnostics.get(uri)!.length;
  client.change(uri, '');
  await client.waitFor(() => client.diagnostics.get(uri)!.length === 0 || count === 0, 5000, 'diagnostics cleared by an empty text');
  await client.settle();
  assert.equal(client.diagnostics.get(uri)!.length, 0);
  const edited = 'A line added at the top.\n' + original;
  client.change(uri, edited);
  await client.waitFor(() => client.diagnostics.get(uri)!.length > 0 || count === 0, 5000, 'diagnostics back after the edit');
  await client.settle();
  for (const d of client.diagnostics.get(uri)!) {
    assert.ok(d.range.start.line >= 1, 'nothing marked in the added line');
    assert.equal(textAt(edited, d.range), (d.data as { text: string }).text);
  }
  const hover = await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 3 } });
  assert.equal(hover, null, 'no annotation in the added line');
  client.change(uri, original);
  await client.waitFor(() => client.diagnostics.get(uri)!.length === count, 5000, 'original diagnostics back');
});

test('settings: severity off hides a type; other severities apply', async () => {
  const uri = uriOf(join(folder, seedNames()[0]));
  await setSettings({ severity: { date: 'off', speaker: 'warning' } });
  await client.settle();
  assert.ok(!client.diagnostics.get(uri)!.some((d) => d.code === 'date'), 'no date diagnostics');
  for (const d of client.diagnostics.get(uri)!) if (d.code === 'speaker') assert.equal(d.severity, 2);
  await setSettings({});
  await client.settle();
});

test('settings: scope open clears closed files; scope workspace publishes for unopened files', async () => {
  const names = seedNames();
  const last = uriOf(join(folder, names[names.length - 1]));
  client.close(last);
  await client.waitFor(() => client.diagnostics.get(last)?.length === 0, 5000, 'closed file cleared');
  mkdirSync(join(folder, 'zz-copy'));
  const extra = join(folder, 'zz-copy', names[0]);
  writeFileSync(extra, readFileSync(join(folder, names[0]), 'utf8'));
  await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(extra), type: 1 }] });
  await client.waitFor(() => client.indexChanged.at(-1)?.files === names.length + 1, 5000, 'created file indexed');
  assert.ok(!client.diagnostics.has(uriOf(extra)), 'nothing published for an unopened file with scope open');
  const publishedBefore = client.publishCount.get(last)!;
  await setSettings({ diagnostics: { scope: 'workspace' } });
  await client.waitFor(() => client.diagnostics.has(uriOf(extra)) && client.publishCount.get(last)! > publishedBefore, 5000, 'diagnostics for unopened files');
  await client.settle();
  const text = readFileSync(extra, 'utf8');
  for (const d of client.diagnostics.get(uriOf(extra))!) assert.equal(textAt(text, d.range), (d.data as { text: string }).text);
  const firstCount = client.diagnostics.get(uriOf(join(folder, names[0])))!.length;
  assert.equal(client.diagnostics.get(uriOf(extra))!.length, firstCount, 'a copy of a file gets as many diagnostics');
  await setSettings({});
  await client.waitFor(() => client.diagnostics.get(uriOf(extra))!.length === 0, 5000, 'unopened files cleared again');
});

test('settings: maxPerFile caps diagnostics with a final note at the top', async (t) => {
  const name = seedNames()[0];
  const uri = uriOf(join(folder, name));
  const shown = cliAnnotations(folder).get(join(folder, name))?.filter((a) => a.type !== 'mention') ?? [];
  assert.ok(shown.length >= 2, 'the first seed has at least two speaker/date/figure annotations');
  await setSettings({ diagnostics: { maxPerFile: 1 } });
  await client.waitFor(() => client.diagnostics.get(uri)?.length === 2, 30_000, 'the capped diagnostics');
  const list = client.diagnostics.get(uri)!;
  assert.equal(list.length, 2);
  assert.equal(list[1].code, 'truncated');
  assert.deepEqual(list[1].range.start, { line: 0, character: 0 });
  assert.match(messageOf(list[1]), new RegExp(`\\b${shown.length - 1} more`));
  await setSettings({});
  await client.waitFor(() => client.diagnostics.get(uri)?.length === shown.length, 30_000, 'the uncapped diagnostics again');
});

test('settings: referenceDate is passed to the analyser and shown in date hovers', async () => {
  const uri = uriOf(join(folder, seedNames()[0]));
  await setSettings({ referenceDate: '2024-11-13' });
  // The first seed's "Wednesday" resolves once the server has re-read its settings and re-analysed.
  const wednesday = readFileSync(join(folder, seedNames()[0]), 'utf8').split('\n')[0].indexOf('Wednesday');
  assert.ok(wednesday > 0, 'the first seed says Wednesday on its first line');
  let value = '';
  const deadline = Date.now() + 30_000;
  for (;;) {
    const hover = await client.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: wednesday } });
    value = hover?.contents.value ?? '';
    if (/Resolved against/.test(value) || Date.now() > deadline) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const m = /Resolved against (\d{4}-\d{2}-\d{2}) \(from (.*)\)/.exec(value);
  assert.ok(m, `the date hover says what it was resolved against: ${value}`);
  assert.equal(m[1], '2024-11-13', 'the setting wins over a dateline');
  assert.match(m[2], /byline\.referenceDate/);
  assert.match(value, /Value: `2024-11-13`/, 'a Wednesday in the news before Wednesday 2024-11-13 is that day');
  await setSettings({});
  await client.settle();
});
