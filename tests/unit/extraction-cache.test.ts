// The persisted extraction cache: round-trips, and a damaged or stale cache is detected and
// rebuilt (never trusted).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractDocument } from '../../server/src/analysis';
import { ExtractionCache } from '../../server/src/index/extraction-cache';
import { encodeExtraction } from '../../server/src/index/extraction-codec';
import { compactExtraction } from '../../server/src/index/compact-extraction';

/** what the index stores of a text's extraction, encoded as workers send it */
const encoded = (text: string) => encodeExtraction(compactExtraction(extractDocument({ id: '', text })), text);

const TEXT = 'Jane Q. Okafor said on Monday that 40 percent of homes were affected.';

test('the cache round-trips extractions and finds them by content', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'byline-cache-'));
  const a = new ExtractionCache(dir, 'v1');
  const x = compactExtraction(extractDocument({ id: 'file:///a.txt', text: TEXT }));
  a.put(a.keyOf(TEXT, {}), encodeExtraction(x, TEXT));
  await a.write();
  const b = new ExtractionCache(dir, 'v1');
  await b.load();
  assert.deepStrictEqual(b.get(b.keyOf(TEXT, {}), 'file:///b.txt', TEXT), { ...x, id: 'file:///b.txt' });
  assert.equal(b.get(b.keyOf(TEXT + ' ', {}), 'file:///b.txt', TEXT + ' '), null, 'another text misses');
  assert.notEqual(b.keyOf(TEXT, { referenceDate: '2024-01-01' }), b.keyOf(TEXT, {}), 'options are part of the key');
});

test('a corrupt or stale cache is detected and rebuilt', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'byline-cache-'));
  const a = new ExtractionCache(dir, 'v1');
  const other = 'Smith said the talks would resume.';
  a.put(a.keyOf(TEXT, {}), encoded(TEXT));
  a.put(a.keyOf(other, {}), encoded(other));
  await a.write();
  // damage the first entry (a flipped character inside its JSON) and tear the end of the file
  const file = a.file;
  const lines = readFileSync(file, 'utf8').split('\n');
  const damaged = lines[1].replace('[', '{');
  assert.notEqual(damaged, lines[1]);
  lines[1] = damaged;
  writeFileSync(file, lines.join('\n').slice(0, -20));
  const b = new ExtractionCache(dir, 'v1');
  await b.load();
  assert.equal(b.get(b.keyOf(TEXT, {}), 'u', TEXT), null, 'the damaged entry is not trusted');
  assert.equal(b.get(b.keyOf(other, {}), 'u', other), null, 'the torn entry is not trusted');
  assert.ok(b.corrupt >= 2);
  // rebuilt: written again, then read back whole
  b.put(b.keyOf(TEXT, {}), encoded(TEXT));
  await b.rewrite([b.keyOf(TEXT, {})]);
  const c = new ExtractionCache(dir, 'v1');
  await c.load();
  assert.equal(c.corrupt, 0);
  assert.ok(c.get(c.keyOf(TEXT, {}), 'u', TEXT));
  // another analyser version: the whole cache is ignored
  const d = new ExtractionCache(dir, 'v2');
  await d.load();
  assert.equal(d.size, 0);
});

test('a prefetched cache is parsed when first needed: entries taken before are decoded after, a missing or damaged one decodes to null, and they are no longer available', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'byline-cache-'));
  const a = new ExtractionCache(dir, 'v1');
  const other = 'Smith said the talks would resume.';
  const third = 'Jones said on Monday that 12 people were hurt.';
  for (const t of [TEXT, other, third]) a.put(a.keyOf(t, {}), encoded(t));
  await a.write();
  // damage the second entry
  const lines = readFileSync(a.file, 'utf8').split('\n');
  const at = lines.findIndex((l) => l.startsWith(a.keyOf(other, {})));
  lines[at] = lines[at].replace('[', '{');
  writeFileSync(a.file, lines.join('\n'));
  const b = new ExtractionCache(dir, 'v1');
  b.prefetch();
  assert.equal(b.unparsed, true);
  assert.equal(b.mayHave('0'.repeat(40)), true, 'unparsed: every key may be there');
  const load = b.take(b.keyOf(TEXT, {}), 'file:///a.txt', TEXT);
  const damaged = b.take(b.keyOf(other, {}), 'file:///b.txt', other);
  const missing = b.take(b.keyOf('Never cached.', {}), 'file:///c.txt', 'Never cached.');
  assert.ok(load && damaged && missing);
  assert.equal(b.take(b.keyOf(TEXT, {}), 'file:///a.txt', TEXT), null, 'taken once');
  assert.equal(b.hits, 3);
  await new Promise((r) => setTimeout(r, 50));
  assert.equal(b.unparsed, true, 'the read alone does not parse');
  assert.deepEqual(load(), { ...compactExtraction(extractDocument({ id: 'file:///a.txt', text: TEXT })), id: 'file:///a.txt' });
  assert.equal(b.unparsed, false);
  assert.equal(damaged(), null);
  assert.equal(missing(), null);
  assert.ok(b.corrupt >= 2);
  // the untaken, sound entry is still available; the taken ones are not
  assert.deepEqual([...b.availableKeys()], [b.keyOf(third, {})]);
  // a cache parsed before its read finished reads the file then
  const c = new ExtractionCache(dir, 'v1');
  c.prefetch();
  assert.ok(c.has(c.keyOf(third, {})));
});
