// Location lists written straight to JSON bytes (server/src/lsp/locations-json.ts) must be
// exactly what JSON.stringify gives for the Location objects.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { locationsJson } from '../../server/src/lsp/locations-json';

function objects(uris: string[], ranges: Int32Array, skip: number) {
  return uris.flatMap((uri, i) => (i === skip ? [] : [{ uri, range: { start: { line: ranges[4 * i], character: ranges[4 * i + 1] }, end: { line: ranges[4 * i + 2], character: ranges[4 * i + 3] } } }]));
}

test('the bytes equal JSON.stringify of the locations, with and without a skipped one', () => {
  const uris = ['file:///a.txt', 'file:///a.txt', 'file:///b%20c/Zo\u00eb "q" \\.txt', 'file:///d.txt', 'file:///d.txt'];
  const ranges = new Int32Array([0, 0, 0, 9, 9, 10, 10, 99, 100, 1000, 12345, 2147483647, 1, 2, 3, 4, 1999999999, 5, 1999999999, 60]);
  for (const skip of [-1, 0, 2, 4]) {
    assert.equal(locationsJson(uris, ranges, skip).toString('utf8'), JSON.stringify(objects(uris, ranges, skip)), `skip ${skip}`);
  }
});

test('empty and single lists', () => {
  assert.equal(locationsJson([], new Int32Array(0), -1).toString(), '[]');
  assert.equal(locationsJson(['file:///x'], new Int32Array([1, 2, 3, 4]), 0).toString(), '[]');
  assert.equal(locationsJson(['file:///x'], new Int32Array([1, 2, 3, 4]), -1).toString(), JSON.stringify(objects(['file:///x'], new Int32Array([1, 2, 3, 4]), -1)));
});
