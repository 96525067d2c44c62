// The index follows the disk (workspace/didChangeWatchedFiles), and bad input never stops the
// server: binary, invalid UTF-8, empty, CRLF and BOM files in the workspace.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Hover } from 'vscode-languageserver-protocol';
import type { EntitiesResult } from '../../server/src/lsp/protocol';
import { makeWorkspace, seedNames, TestClient, textAt, uriOf } from './harness';

let client: TestClient;
let folder: string;
const seeds = seedNames();

before(async () => {
  folder = makeWorkspace();
  const first = readFileSync(join(folder, seeds[0]), 'utf8');
  writeFileSync(join(folder, 'bad-binary.txt'), Buffer.from([0x48, 0x69, 0x00, 0x01, 0x02, 0xff]));
  writeFileSync(join(folder, 'bad-utf8.md'), Buffer.from([0x48, 0xc3, 0x28, 0x20, 0xa0, 0xa1, 0x0a]));
  writeFileSync(join(folder, 'empty.txt'), '');
  // copies of the first seed under its own name (so any analyser treats them alike)
  mkdirSync(join(folder, 'crlf'));
  mkdirSync(join(folder, 'bom'));
  writeFileSync(join(folder, 'crlf', seeds[0]), first.replace(/\r?\n/g, '\r\n'));
  writeFileSync(join(folder, 'bom', seeds[0]), '\uFEFF' + first);
  writeFileSync(join(folder, 'ignored.json'), '{"not": "an article"}');
  client = await TestClient.start({ folder, settings: { diagnostics: { scope: 'workspace' } } });
});
after(async () => client?.stop());

const entities = () => client.request<EntitiesResult>('byline/entities', { limit: 0 });

test('binary and invalid UTF-8 files are skipped with a log message; the rest is indexed', async () => {
  const result = await entities();
  assert.equal(result.files, seeds.length + 3, 'seeds + empty + CRLF + BOM');
  assert.ok(client.logs.some((l) => l.includes('bad-binary.txt') && /binary/.test(l)), client.logs.join('\n'));
  assert.ok(client.logs.some((l) => l.includes('bad-utf8.md') && /UTF-8/.test(l)), client.logs.join('\n'));
  assert.ok(!client.diagnostics.has(uriOf(join(folder, 'bad-binary.txt'))));
});

test('CRLF and BOM files: diagnostics ranges match the text as the editor has it', async () => {
  await client.settle();
  const first = readFileSync(join(folder, seeds[0]), 'utf8');
  const expected = client.diagnostics.get(uriOf(join(folder, seeds[0])))!.length;
  for (const name of [join('crlf', seeds[0]), join('bom', seeds[0])]) {
    const text = readFileSync(join(folder, name), 'utf8').replace(/^\uFEFF/, '');
    const list = client.diagnostics.get(uriOf(join(folder, name)));
    assert.ok(list, `${name} published (scope workspace)`);
    assert.equal(list.length, expected, `${name}: as many diagnostics as the file it copies`);
    for (const d of list) assert.equal(textAt(text, d.range), (d.data as { text: string }).text, `${name}: ${d.message}`);
  }
  // the same files opened in the editor
  const crlf = await client.openAndWait(join(folder, 'crlf', seeds[0]));
  await client.settle();
  for (const d of client.diagnostics.get(crlf.uri)!) assert.equal(textAt(crlf.text, d.range), (d.data as { text: string }).text);
  const line = first.split('\n')[0];
  const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: crlf.uri }, position: { line: 0, character: line.length + 1 } });
  assert.equal(hover, null, 'past the end of a CRLF line is nothing');
});

test('an empty file: no diagnostics, requests answer', async () => {
  const { uri, diagnostics } = await client.openAndWait(join(folder, 'empty.txt'));
  assert.deepEqual(diagnostics, []);
  assert.equal(await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } }), null);
  assert.deepEqual(await client.request('textDocument/documentSymbol', { textDocument: { uri } }), []);
  assert.equal(await client.request('byline/neighbourMention', { textDocument: { uri }, position: { line: 3, character: 9 }, direction: 'next' }), null);
  assert.equal(await client.request('byline/entityAt', { textDocument: { uri }, position: { line: 0, character: 0 } }), null);
});

test('files created, changed, renamed and deleted on disk update the index', async () => {
  const base = (await entities()).files;
  const created = join(folder, 'new-article.txt');
  copyFileSync(join(folder, seeds[1]), created);
  await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(created), type: 1 }] });
  await client.waitFor(() => client.indexChanged.at(-1)?.files === base + 1, 5000, 'created file indexed');
  await client.waitFor(() => client.diagnostics.has(uriOf(created)), 5000, 'created file published (scope workspace)');

  writeFileSync(created, '');
  await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(created), type: 2 }] });
  await client.waitFor(() => client.diagnostics.get(uriOf(created))!.length === 0, 5000, 'changed file re-read');

  const renamed = join(folder, 'renamed-article.txt');
  copyFileSync(join(folder, seeds[1]), created);
  renameSync(created, renamed);
  await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
    changes: [
      { uri: uriOf(created), type: 3 },
      { uri: uriOf(renamed), type: 1 },
    ],
  });
  await client.waitFor(() => client.diagnostics.has(uriOf(renamed)) && client.diagnostics.get(uriOf(created))!.length === 0, 5000, 'rename followed');
  assert.equal((await entities()).files, base + 1);

  rmSync(renamed);
  await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(renamed), type: 3 }] });
  await client.waitFor(() => client.indexChanged.at(-1)?.files === base, 5000, 'deleted file dropped');
  assert.equal((await entities()).files, base);

  // a file that turns binary is dropped, with a message
  writeFileSync(join(folder, 'empty.txt'), Buffer.from([0, 1, 2]));
  client.close(uriOf(join(folder, 'empty.txt')));
  await client.waitFor(() => client.indexChanged.at(-1)?.files === base - 1, 5000, 'binary file dropped');
  assert.equal(client.proc.exitCode, null, 'server still running');
});

test('a client without workspace/configuration or dynamic registration gets the defaults', async () => {
  const plain = await TestClient.start({ folder: makeWorkspace(), capabilities: {} });
  try {
    assert.equal(plain.registrations.length, 0);
    const { diagnostics } = await plain.openAndWait(join(plain.folder, seeds[0]));
    for (const d of diagnostics) assert.equal(d.severity, d.code === 'speaker' ? 3 : 4);
    const result = await plain.request<EntitiesResult>('byline/entities', {});
    assert.equal(result.files, seeds.length);
  } finally {
    await plain.stop();
  }
});
