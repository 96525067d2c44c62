// Results sent as kept JSON bytes (server/src/lsp/raw-json.ts): encodeMessage's bytes must be
// the message JSON.stringify would give, whatever the id, and other messages are untouched.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RawJson, encodeMessage } from '../../server/src/lsp/raw-json';

function decoded(msg: object): unknown {
  return JSON.parse(encodeMessage(msg as never).toString('utf8'));
}

const value = [{ uri: 'file:///a%20b/Zoë.txt', range: { start: { line: 0, character: 1 }, end: { line: 0, character: 5 } } }];

test('a response with a RawJson result carries its bytes, and equals the plain serialisation', () => {
  let made = 0;
  const raw = new RawJson(() => value, () => (made++, Buffer.from(JSON.stringify(value))));
  for (const id of [7, 'req "quoted" \\ 1', null]) {
    const msg = { jsonrpc: '2.0', id, result: raw };
    assert.deepEqual(decoded(msg), { jsonrpc: '2.0', id, result: value });
    assert.deepEqual(decoded(msg), JSON.parse(JSON.stringify(msg)), 'same as toJSON() through JSON.stringify (node IPC)');
  }
  assert.equal(made, 1, 'the bytes are made once');
});

test('the bytes are what goes out, not a re-serialisation of the value', () => {
  const raw = new RawJson(() => ['plain'], () => Buffer.from('["kept"]'));
  assert.deepEqual(decoded({ jsonrpc: '2.0', id: 1, result: raw }), { jsonrpc: '2.0', id: 1, result: ['kept'] });
  assert.equal(JSON.stringify({ result: raw }), '{"result":["plain"]}');
});

test('other messages are encoded as JSON.stringify does', () => {
  for (const msg of [
    { jsonrpc: '2.0', id: 3, result: null },
    { jsonrpc: '2.0', id: 4, result: { a: [1, 2] } },
    { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'x', diagnostics: [] } },
    { jsonrpc: '2.0', id: 5, error: { code: -32601, message: 'nope' } },
  ]) {
    const bytes = encodeMessage(msg as never).toString('utf8');
    assert.equal(bytes, JSON.stringify(msg));
  }
});
