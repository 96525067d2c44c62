// The server's stdio writer (server/src/lsp/stdio-writer.ts): a message is on the stream when
// write() returns (vscode-jsonrpc's own writer puts it there a turn of the event loop later, behind
// whatever else that turn runs), framed so that vscode-jsonrpc's reader reads back every message,
// in order, RawJson results and non-ASCII text included.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { StreamMessageReader, type Message } from 'vscode-languageserver/node';
import { RawJson } from '../../server/src/lsp/raw-json';
import { StdioWriter } from '../../server/src/lsp/stdio-writer';

test('a message is written before write() returns, with its Content-Length in bytes', () => {
  const out = new PassThrough();
  const writer = new StdioWriter(out);
  void writer.write({ jsonrpc: '2.0', method: 'window/logMessage', params: { type: 3, message: 'Zoë — indexed' } } as Message);
  const bytes = out.read() as Buffer | null;
  assert.ok(bytes, 'nothing on the stream after write() returned');
  const text = bytes.toString('utf8');
  const head = /^Content-Length: (\d+)\r\n\r\n/.exec(text);
  assert.ok(head, text.slice(0, 40));
  const body = bytes.subarray(Buffer.byteLength(head[0]));
  assert.equal(Number(head[1]), body.length);
  assert.deepEqual(JSON.parse(body.toString('utf8')), { jsonrpc: '2.0', method: 'window/logMessage', params: { type: 3, message: 'Zoë — indexed' } });
});

test('messages read back in order through vscode-jsonrpc’s reader, a RawJson result as its value', async () => {
  const out = new PassThrough();
  const writer = new StdioWriter(out);
  const reader = new StreamMessageReader(out);
  const got: Message[] = [];
  const all = new Promise<void>((resolve) => reader.listen((m) => got.push(m) === 4 && resolve()));
  const value = [{ uri: 'file:///a%20b/Zoë.txt', range: { start: { line: 0, character: 1 }, end: { line: 0, character: 5 } } }];
  const sent = [
    { jsonrpc: '2.0', id: 1, result: new RawJson(() => value, () => Buffer.from(JSON.stringify(value))) },
    { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///x', diagnostics: [] } },
    { jsonrpc: '2.0', id: 2, result: null },
    { jsonrpc: '2.0', id: 3, error: { code: -32601, message: 'unknown “method”' } },
  ];
  for (const m of sent) await writer.write(m as Message);
  await all;
  reader.dispose();
  assert.deepEqual(got, JSON.parse(JSON.stringify(sent)));
});

test('a message that cannot be encoded is reported as an error and rejected, and later messages still go', async () => {
  const out = new PassThrough();
  const writer = new StdioWriter(out);
  const errors: unknown[] = [];
  writer.onError((e) => errors.push(e));
  const cyclic: Record<string, unknown> = {};
  cyclic.self = cyclic;
  await assert.rejects(writer.write({ jsonrpc: '2.0', id: 1, result: cyclic } as Message));
  assert.equal(errors.length, 1);
  await writer.write({ jsonrpc: '2.0', id: 2, result: 'ok' } as Message);
  assert.match((out.read() as Buffer).toString('utf8'), /"result":"ok"/);
});
