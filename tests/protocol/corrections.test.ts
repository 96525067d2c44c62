// Corrections over LSP: quick fixes that write `.byline/annotations.jsonl`, rejections that
// survive edits, merges seen by hovers/references/sidebar, F2 rename as a merge, changes to
// the file made outside the server, malformed and orphaned decisions reported on the file.
// Expectations come from the seed text (offsets found with indexOf), not from server output.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CodeAction, Command, Diagnostic, Hover, Location } from 'vscode-languageserver-protocol';
import type { EntitiesResult, MentionsResult } from '../../server/src/lsp/protocol';
import { makeWorkspace, offsetAt, positionAt, TestClient, uriOf } from './harness';

const SEED = '000_c73052790901fafe.txt';
const HEADER = '{"byline":"annotations","version":1}';

async function start(): Promise<{ client: TestClient; folder: string; file: string; uri: string; text: string }> {
  const folder = makeWorkspace();
  const client = await TestClient.start({ folder });
  const path = join(folder, SEED);
  const { uri, text } = await client.openAndWait(path);
  return { client, folder, file: join(folder, '.byline', 'annotations.jsonl'), uri, text };
}

/** speaker diagnostics whose range covers exactly `needle` at `offset` of `text` */
function speakerAt(diagnostics: Diagnostic[], text: string, offset: number, needle: string): Diagnostic | undefined {
  return diagnostics.find((d) => d.code === 'speaker' && offsetAt(text, d.range.start) === offset && offsetAt(text, d.range.end) === offset + needle.length);
}

function decisions(file: string): Record<string, unknown>[] {
  const lines = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim());
  assert.equal(lines[0], HEADER, 'the file starts with its header');
  return lines.slice(1).map((l) => JSON.parse(l));
}

const notifyChanged = (client: TestClient, file: string, type = 2) =>
  client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(file), type }] });

test('a quick fix rejects a speaker mark: the file is written, the diagnostic goes, and the rejection survives an edit above it', async () => {
  const { client, file, uri, text } = await start();
  try {
    const name = 'Antony Blinken';
    const offset = text.indexOf(name);
    const d = speakerAt(client.diagnostics.get(uri)!, text, offset, name);
    assert.ok(d, `a speaker diagnostic on "${name}"`);
    const actions = await client.request<(CodeAction | Command)[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: d.range,
      context: { diagnostics: [d], only: ['quickfix'] },
    });
    const reject = actions.find((a): a is CodeAction => 'kind' in a && /reject this mark/.test(a.title));
    assert.ok(reject?.command, `a "reject this mark" quick fix among ${actions.map((a) => a.title).join(' | ')}`);
    assert.deepEqual(reject.diagnostics, [d]);
    assert.ok(actions.some((a) => /never a speaker/.test(a.title)), 'a "reject everywhere" quick fix');
    assert.ok(actions.some((a) => /change type to date/.test(a.title)), 'a "change type" quick fix');
    assert.ok(actions.some((a) => /merge “Antony Blinken” with/.test(a.title)), 'a "merge with" quick fix');
    assert.equal(existsSync(file), false);
    await client.request('workspace/executeCommand', { command: reject.command.command, arguments: reject.command.arguments });

    // the file: header, then the decision anchored on the name with its context
    const [decision, ...rest] = decisions(file);
    assert.equal(rest.length, 0);
    assert.equal(decision.op, 'reject');
    assert.equal(decision.doc, SEED);
    assert.equal(decision.type, 'speaker');
    assert.match(String(decision.id), /\w+/);
    const anchor = decision.anchor as { start: number; end: number; text: string; before: string; after: string };
    assert.deepEqual([anchor.start, anchor.end, anchor.text], [offset, offset + name.length, name]);
    assert.ok(text.slice(0, offset).endsWith(anchor.before) && anchor.before.length > 0);
    assert.ok(text.slice(offset + name.length).startsWith(anchor.after) && anchor.after.length > 0);

    await client.waitFor(() => !speakerAt(client.diagnostics.get(uri)!, text, offset, name), 5000, 'the rejected diagnostic to go');
    const otherSpeakers = client.diagnostics.get(uri)!.filter((x) => x.code === 'speaker').length;
    assert.ok(otherSpeakers > 0, 'the other speakers keep their diagnostics');

    // an edit above: the name moves down two lines, the rejection follows it
    const prefix = 'Editor’s note: this article was updated.\n\n';
    const edited = prefix + text;
    const before = client.publishCount.get(uri) ?? 0;
    client.change(uri, edited);
    await client.waitFor(() => (client.publishCount.get(uri) ?? 0) > before, 5000, 'diagnostics after the edit');
    await client.settle();
    const after = client.diagnostics.get(uri)!;
    assert.equal(speakerAt(after, edited, offset + prefix.length, name), undefined, 'still rejected after the edit');
    assert.equal(after.filter((x) => x.code === 'speaker').length, otherSpeakers, 'the other speakers moved with the text');
  } finally {
    await client.stop();
  }
});

test('a correction announces a new index version, the one byline/entities answers with once the correction is recorded', async () => {
  // a client that asked after the change (e.g. for a new filter) can tell that the
  // notification brings nothing new, and need not ask again (client/src/entities-tree.ts)
  const { client, uri, text } = await start();
  try {
    await client.settle();
    const announced = client.indexChanged.at(-1)!;
    const before = await client.request<EntitiesResult>('byline/entities', { limit: 0 });
    assert.equal(typeof before.version, 'number', `byline/entities answers with a version: ${JSON.stringify(before)}`);
    assert.deepEqual([before.version, before.files, before.indexing], [announced.version, announced.files, announced.indexing], 'the answer and the last notification describe the same index');

    const name = 'Antony Blinken';
    const d = speakerAt(client.diagnostics.get(uri)!, text, text.indexOf(name), name)!;
    await client.request('workspace/executeCommand', { command: 'byline.correct', arguments: [{ uri, range: d.range, op: 'reject', type: 'speaker' }] });
    const after = await client.request<EntitiesResult>('byline/entities', { limit: 0 });
    assert.ok(after.version > before.version, `the version grows with the correction: ${before.version} → ${after.version}`);
    await client.waitFor(() => client.indexChanged.at(-1)!.version > before.version, 5000, 'byline/indexChanged after the correction');
    await client.settle();
    const changed = client.indexChanged.filter((p) => p.version > before.version);
    assert.ok(changed.length > 0 && changed.every((p) => p.version === after.version && p.files === after.files && !p.indexing),
      `the notifications after the correction are of the index the answer was read from (${JSON.stringify(after.version)}): ${JSON.stringify(changed)}`);
  } finally {
    await client.stop();
  }
});

test('a merge unifies hovers, references and byline/entities', async () => {
  const { client, file, uri, text, folder } = await start();
  try {
    // "Steve Witkoff" (001) merged into "Antony Blinken" (000): a test of the mechanics
    const other = join(folder, '001_cea1704696997801.txt');
    const { uri: otherUri, text: otherText } = await client.openAndWait(other);
    const witkoff = otherText.indexOf('Steve Witkoff');
    const blinken = text.indexOf('Antony Blinken');
    assert.ok(witkoff >= 0 && blinken >= 0);
    const entities = async () => (await client.request<EntitiesResult>('byline/entities', { limit: 100000 })).entities;
    const beforeList = await entities();
    const from = beforeList.find((e) => e.id === 'speaker:Steve Witkoff');
    const to = beforeList.find((e) => e.id === 'speaker:Antony Blinken');
    assert.ok(from && to, 'both are speaker entities before the merge');
    await client.request('workspace/executeCommand', { command: 'byline.correct', arguments: [{ op: 'merge', from: 'Steve Witkoff', to: 'Antony Blinken', uri }] });
    const [d] = decisions(file);
    assert.deepEqual([d.op, d.from, d.to], ['merge', 'Steve Witkoff', 'Antony Blinken']);

    const afterList = await entities();
    assert.equal(afterList.find((e) => e.id === 'speaker:Steve Witkoff'), undefined, 'no Steve Witkoff entity left');
    const merged = afterList.find((e) => e.id === 'speaker:Antony Blinken')!;
    assert.equal(merged.count, from.count + to.count, 'one entity with both entities’ marks');
    assert.ok(merged.corrected?.includes(String(d.id)), 'the sidebar entity says which decision corrected it');
    const marks = (await client.request<MentionsResult>('byline/mentions', { id: merged.id, limit: 100000 }))!.mentions;
    assert.ok(marks.some((m) => m.uri === otherUri && m.corrected?.includes(String(d.id))), 'and which marks');

    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: otherUri }, position: positionAt(otherText, witkoff + 1) });
    assert.match((hover.contents as { value: string }).value, /^\*\*Antony Blinken\*\*/, 'the hover on "Steve Witkoff" names Antony Blinken');
    const refs = await client.request<Location[]>('textDocument/references', {
      textDocument: { uri },
      position: positionAt(text, blinken + 1),
      context: { includeDeclaration: true },
    });
    assert.ok(refs.some((r) => r.uri === otherUri && offsetAt(otherText, r.range.start) === witkoff), 'references of Blinken include "Steve Witkoff"');
    assert.ok(refs.some((r) => r.uri === uri && offsetAt(text, r.range.start) === blinken));
    assert.equal(refs.length, merged.count);
  } finally {
    await client.stop();
  }
});

test('rename (F2) on an entity records a merge renaming it corpus-wide', async () => {
  const { client, file, uri, text } = await start();
  try {
    const offset = text.indexOf('Antony Blinken');
    const position = positionAt(text, offset + 3);
    const prepared = await client.request<{ placeholder: string }>('textDocument/prepareRename', { textDocument: { uri }, position });
    assert.equal(prepared.placeholder, 'Antony Blinken');
    const edit = await client.request<{ changes: object }>('textDocument/rename', { textDocument: { uri }, position, newName: 'Tony Blinken' });
    assert.deepEqual(edit.changes, {}, 'the article text is not edited');
    const [d] = decisions(file);
    assert.deepEqual([d.op, d.from, d.to], ['merge', 'Antony Blinken', 'Tony Blinken']);
    const list = (await client.request<EntitiesResult>('byline/entities', { limit: 100000 })).entities;
    assert.ok(list.some((e) => e.id === 'speaker:Tony Blinken'));
    assert.ok(!list.some((e) => e.id === 'speaker:Antony Blinken'));
    const later = text.indexOf('Blinken', offset + 20);
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: positionAt(text, later + 1) });
    assert.match((hover.contents as { value: string }).value, /Tony Blinken/);
  } finally {
    await client.stop();
  }
});

test('a change to the file from outside the server applies at once; a malformed line is reported and the file never overwritten', async () => {
  const { client, file, uri, text } = await start();
  try {
    const qatarSpeakers = () => client.diagnostics.get(uri)!.filter((d) => d.code === 'speaker' && (d.data as { entity: string }).entity === 'Qatar');
    assert.ok(qatarSpeakers().length > 0, 'Qatar is a speaker before');
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, `${HEADER}\n{"op":"reject-speaker","name":"Qatar","note":"kept"}\n`);
    notifyChanged(client, file, 1);
    await client.waitFor(() => qatarSpeakers().length === 0, 5000, 'Qatar speakers to go after the external change');

    // a malformed line 3: reported on the file with its line, line 2 still applies
    const bad = `${HEADER}\n{"op":"reject-speaker","name":"Qatar"}\n{"op":"merge","from":"Doha"\n`;
    writeFileSync(file, bad);
    const hash = () => createHash('sha256').update(readFileSync(file)).digest('hex');
    const before = hash();
    notifyChanged(client, file);
    const fileUri = uriOf(file);
    await client.waitFor(() => (client.diagnostics.get(fileUri) ?? []).some((d) => d.code === 'malformed-decision'), 5000, 'a diagnostic on the file');
    const diag = client.diagnostics.get(fileUri)!.find((d) => d.code === 'malformed-decision')!;
    assert.equal(diag.range.start.line, 2, 'on line 3 (0-based 2)');
    assert.equal(diag.range.end.character, '{"op":"merge","from":"Doha"'.length);
    assert.match(typeof diag.message === 'string' ? diag.message : '', /Line 3/);
    assert.equal(qatarSpeakers().length, 0, 'the well-formed decision still applies');

    // recording refuses to touch the file
    const name = 'Antony Blinken';
    const offset = text.indexOf(name);
    const range = { start: positionAt(text, offset), end: positionAt(text, offset + name.length) };
    await assert.rejects(client.request('workspace/executeCommand', { command: 'byline.correct', arguments: [{ op: 'reject', uri, range, type: 'speaker' }] }));
    assert.equal(hash(), before, 'the malformed file is byte-for-byte untouched');
    assert.ok(speakerAt(client.diagnostics.get(uri)!, text, offset, name), 'nothing was recorded');

    // fixed outside: the diagnostic on the file goes
    writeFileSync(file, `${HEADER}\n{"op":"reject-speaker","name":"Qatar"}\n`);
    notifyChanged(client, file);
    await client.waitFor(() => (client.diagnostics.get(fileUri) ?? []).length === 0, 5000, 'the file diagnostic to clear');
  } finally {
    await client.stop();
  }
});

test('an orphaned decision is reported on its line; marking a selection adds a mark', async () => {
  const { client, file, uri, text } = await start();
  try {
    mkdirSync(join(file, '..'), { recursive: true });
    const orphan = { id: 'gone', op: 'reject', doc: SEED, anchor: { start: 10, end: 23, text: 'Zanzibar Quux', before: 'x', after: 'y' }, type: 'speaker' };
    writeFileSync(file, `${HEADER}\n${JSON.stringify(orphan)}\n`);
    notifyChanged(client, file, 1);
    const fileUri = uriOf(file);
    await client.waitFor(() => (client.diagnostics.get(fileUri) ?? []).some((d) => d.code === 'orphaned-decision'), 5000, 'an orphan diagnostic');
    const d = client.diagnostics.get(fileUri)!.find((x) => x.code === 'orphaned-decision')!;
    assert.equal(d.range.start.line, 1);
    assert.match(typeof d.message === 'string' ? d.message : '', /Zanzibar Quux/);

    // "Brussels" is not marked; a selection code action marks it as a speaker
    const offset = text.indexOf('Brussels');
    const range = { start: positionAt(text, offset), end: positionAt(text, offset + 'Brussels'.length) };
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [] } });
    const mark = actions.find((a) => /mark “Brussels” as speaker/.test(a.title));
    assert.ok(mark?.command);
    await client.request('workspace/executeCommand', { command: mark.command.command, arguments: mark.command.arguments });
    const added = decisions(file).find((x) => x.op === 'add')!;
    assert.equal((added.anchor as { text: string }).text, 'Brussels');
    // the orphan line was kept byte for byte
    assert.equal(readFileSync(file, 'utf8').split('\n')[1], JSON.stringify(orphan));
    await client.waitFor(() => !!speakerAt(client.diagnostics.get(uri)!, text, offset, 'Brussels'), 5000, 'a speaker diagnostic on Brussels');
  } finally {
    await client.stop();
  }
});
