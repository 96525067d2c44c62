// The persisted corpus resolution (index/resolved-snapshot.ts): an index that adopts it answers
// exactly as one that resolved the corpus, before and after edits (its resolver is built after
// adoption, at once or in steps); a snapshot that is stale, of another version, damaged, or not
// what this version writes is never trusted.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { crc32 } from 'node:zlib';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractDocument } from '../../server/src/analysis';
import { CorpusIndex } from '../../server/src/index/corpus-index';
import { cacheKey } from '../../server/src/index/extraction-cache';
import { encodeSnapshot, parseSnapshot, snapshotBytes, writeSnapshot, SNAPSHOT_FILE, type ResolvedSnapshot } from '../../server/src/index/resolved-snapshot';
import { generateCorpus } from '../../bench/corpus.mjs';
import { UNPACED, type Pacer } from '../../server/src/index/pacer';
import { SnapshotData } from '../../server/src/index/snapshot-data';

const ROOT = join(__dirname, '..', '..');

function corpus(): Map<string, string> {
  const texts = new Map<string, string>();
  for (const f of readdirSync(join(ROOT, 'seeds')).sort()) texts.set(`file:///c/seeds/${f}`, readFileSync(join(ROOT, 'seeds', f), 'utf8'));
  for (const { name, text } of generateCorpus({ articles: 30, seed: 7, people: 30, orgs: 10, skew: 6 })) texts.set(`file:///c/gen/${name}`, text);
  return texts;
}

const TEXTS = corpus();

/** a pacer whose slice is spent every n checks */
function everyN(n: number, pause: () => Promise<void>): Pacer {
  let k = 0;
  return { due: () => ++k % n === 0, pause };
}
const keyOf = (texts: Map<string, string>) => (uri: string) => (texts.has(uri) ? cacheKey('v', texts.get(uri)!, {}) : null);

/** an index that resolved the corpus itself */
function resolved(texts: Map<string, string>): CorpusIndex {
  const index = new CorpusIndex();
  for (const [uri, text] of texts) index.setExtracted(uri, text, {}, extractDocument({ id: uri, text }));
  index.flush();
  index.warmViews();
  return index;
}

async function snapshotOf(index: CorpusIndex, texts: Map<string, string>): Promise<Buffer> {
  const data = await index.snapshotData(keyOf(texts));
  assert.ok(data, 'a resolved index can be persisted');
  return snapshotBytes('v', data);
}

/** an index given the files as a warm start gives them (extractions decoded on use) */
function pending(texts: Map<string, string>): CorpusIndex {
  const index = new CorpusIndex();
  for (const [uri, text] of texts) index.setDeferred(uri, text, {}, () => extractDocument({ id: uri, text }));
  return index;
}

/** everything a request can read of an index */
function answers(index: CorpusIndex): unknown {
  const files = index.uris().map((uri) => {
    const f = index.file(uri)!;
    return [uri, JSON.stringify(f.annotations), JSON.stringify(f.statements), f.annotations.map((a) => index.entityOf(a)?.id ?? null)];
  });
  const entities = [...index.entities()]
    .map((r) => [r.id, r.count, r.statementCount, r.roles, r.kind, r.files, r.mentions, r.quotedCount, r.corrected, r.definition && [r.definition.uri, r.definition.annotation.start], r.marks.map((m) => [m.uri, m.annotation.start]), r.quoted.length])
    .sort((a, b) => (String(a[0]) < String(b[0]) ? -1 : 1));
  return { files, entities };
}

/** the same edits on any index: a speaker added to one article, one removed, one new */
function edit(index: CorpusIndex, texts: Map<string, string>): void {
  const [a, b] = [...texts.keys()];
  const text = texts.get(a)!;
  const cut = text.indexOf('\n', text.length >> 1) + 1 || text.length;
  index.setText(a, `${text.slice(0, cut)}Jane Q. Okafor said the vote was final. Okafor told reporters it was over.\n${text.slice(cut)}`, {});
  index.remove(b);
  const extra = 'Mayor Lee Smith said, “It is simply not true.” Antony Blinken said the talks would continue.';
  index.setText('file:///c/gen/zz-new.txt', extra, {});
  index.flush();
}

test('an index adopting a snapshot answers as one that resolved the corpus, before and after edits', async () => {
  const full = resolved(TEXTS);
  const snap = await parseSnapshot(await snapshotOf(full, TEXTS), 'v');
  assert.ok(snap, 'the snapshot reads back');
  const warm = pending(TEXTS);
  assert.equal(warm.adopt(snap, keyOf(TEXTS)), true, 'the snapshot fits');
  assert.equal(warm.pending, false, 'nothing is left to resolve');
  assert.equal(warm.resolverPending, true, 'the resolver is built later');
  assert.deepStrictEqual(answers(warm), answers(full));
  edit(full, TEXTS);
  edit(warm, TEXTS);
  assert.equal(warm.resolverPending, false);
  assert.deepStrictEqual(answers(warm), answers(full), 'after edits');
});

test('the resolver of an adopting index can be built in steps, between reads, before the first edit', async () => {
  // enough files for several steps
  const texts = new Map(TEXTS);
  for (const { name, text } of generateCorpus({ articles: 300, seed: 8, people: 60, orgs: 10, skew: 6 })) texts.set(`file:///c/more/${name}`, text);
  const full = resolved(texts);
  const snap = (await parseSnapshot(await snapshotOf(full, texts), 'v'))!;
  const warm = pending(texts);
  assert.ok(warm.adopt(snap, keyOf(texts)));
  let steps = 0;
  while (!warm.buildStep(0)) {
    steps++;
    // reads in between are answered from the snapshot
    if (steps === 1) warm.file([...texts.keys()][3]);
  }
  assert.ok(steps > 1, 'several steps');
  edit(full, texts);
  edit(warm, texts);
  assert.deepStrictEqual(answers(warm), answers(full));
});

test('a snapshot is not used when a file changed, was added or removed, or post-processing would change analyses', async () => {
  const full = resolved(TEXTS);
  const bytes = await snapshotOf(full, TEXTS);
  const uris = [...TEXTS.keys()];
  const variants: Array<[string, Map<string, string>]> = [
    ['a changed file', new Map([...TEXTS].map(([u, t], i) => [u, i === 2 ? t + '\nSmith said so.' : t]))],
    ['a file more', new Map([...TEXTS, ['file:///c/gen/zz.txt', 'Smith said so.']])],
    ['a file less', new Map([...TEXTS].filter(([u]) => u !== uris[4]))],
  ];
  for (const [what, texts] of variants) {
    const index = pending(texts);
    assert.equal(index.adopt((await parseSnapshot(bytes, 'v'))!, keyOf(texts)), false, what);
    index.flush();
    assert.deepStrictEqual(answers(index), answers(resolved(texts)), `${what}: resolved as without a snapshot`);
  }
  const corrected = pending(TEXTS);
  corrected.postProcess = (analyses) => analyses;
  assert.equal(corrected.adopt((await parseSnapshot(bytes, 'v'))!, keyOf(TEXTS)), false, 'post-processing that may change analyses');
  corrected.postProcessIdle = () => true;
  assert.equal(corrected.adopt((await parseSnapshot(bytes, 'v'))!, keyOf(TEXTS)), true, 'post-processing that changes nothing');
});

test('an index that resolved some files already (open in the editor during the scan) adopts a snapshot of the same files', async () => {
  const full = resolved(TEXTS);
  const bytes = await snapshotOf(full, TEXTS);
  const uris = [...TEXTS.keys()];
  const logs: string[] = [];
  const warm = new CorpusIndex(undefined, (m) => logs.push(m));
  // two files opened and resolved first, the rest pending
  for (const uri of uris.slice(0, 2)) warm.setText(uri, TEXTS.get(uri)!, {});
  warm.flush(false);
  assert.ok(warm.file(uris[0])!.annotations.length > 0);
  for (const uri of uris.slice(2)) warm.setDeferred(uri, TEXTS.get(uri)!, {}, () => extractDocument({ id: uri, text: TEXTS.get(uri)! }));
  // and one open with a text edited since: the snapshot does not fit
  const edited = new Map(TEXTS).set(uris[1], TEXTS.get(uris[1]) + '\nSmith said so.');
  assert.equal(warm.adopt((await parseSnapshot(bytes, 'v'))!, keyOf(edited)), false, 'an edited open file');
  assert.equal(warm.adopt((await parseSnapshot(bytes, 'v'))!, keyOf(TEXTS)), true);
  assert.deepStrictEqual(answers(warm), answers(full));
  edit(full, TEXTS);
  edit(warm, TEXTS);
  assert.deepStrictEqual(answers(warm), answers(full), 'after edits');
  assert.deepStrictEqual(logs, [], 'no resolution failed on the way');
});

test('no snapshot is taken of an index that changes while it is taken, or has changes pending', async () => {
  const index = resolved(TEXTS);
  const [a] = TEXTS.keys();
  let pauses = 0;
  const taken = await index.snapshotData(keyOf(TEXTS), everyN(50, async () => void pauses++));
  assert.ok(taken && pauses > 0, 'taken in slices');
  const edited = await index.snapshotData(keyOf(TEXTS), everyN(50, async () => {
    index.setText(a, TEXTS.get(a) + '\nSmith said so.', {});
    index.flush();
  }));
  assert.equal(edited, null, 'an edit meanwhile');
  index.setText(a, TEXTS.get(a)!, {});
  assert.equal(await index.snapshotData(keyOf(TEXTS)), null, 'a change pending');
  index.flush();
  assert.ok(await index.snapshotData(keyOf(TEXTS)));
});

test('a snapshot written in slices has the same bytes as one written at once', async () => {
  const index = resolved(TEXTS);
  const data = (await index.snapshotData(keyOf(TEXTS)))!;
  const bytes = async (pace: Pacer) => {
    const chunks: Buffer[] = [];
    await encodeSnapshot('v', data, (c) => chunks.push(c), pace);
    return Buffer.concat(chunks);
  };
  let pauses = 0;
  const sliced = await bytes(everyN(3, async () => void pauses++));
  assert.ok(pauses > 20, `paused ${pauses} times`);
  assert.ok(sliced.equals(await bytes(UNPACED)));
});

test('a damaged snapshot, or one of another version, is not trusted', async () => {
  const full = resolved(TEXTS);
  const bytes = await snapshotOf(full, TEXTS);
  assert.equal(await parseSnapshot(bytes, 'v2'), null, 'another version');
  // a byte changed anywhere: in a file line, in the table, shapes or entities, in the header
  const nl = bytes.lastIndexOf(10, bytes.length - 2);
  for (const at of [10, Math.floor(nl / 2), nl - 30, nl - 2, nl + 5, bytes.length - 3]) {
    const flipped = Buffer.from(bytes);
    flipped[at] = flipped[at] === 0x31 ? 0x32 : 0x31;
    assert.equal(await parseSnapshot(flipped, 'v'), null, `a byte changed at ${at} of ${bytes.length}`);
  }
  assert.equal(await parseSnapshot(bytes.subarray(0, bytes.length - 10), 'v'), null, 'cut short');
  assert.equal(await parseSnapshot(Buffer.from('{"byline-resolved":1,"version":"v"'), 'v'), null, 'no body');
});

test('a snapshot that passes its checks but cannot be read is dropped: the corpus is resolved again', async () => {
  const full = resolved(TEXTS);
  const text = (await snapshotOf(full, TEXTS)).toString('utf8');
  // a file line with a value its table does not hold, under a header (the last line) whose checksum matches
  const nl = text.lastIndexOf('\n', text.length - 2);
  const header = JSON.parse(text.slice(nl + 1));
  const body = text.slice(0, nl + 1).replace(/\{"a":\[(\d+),/, '{"a":[$1,-999999,');
  const bytes = Buffer.from(body, 'utf8');
  header.bytes = bytes.length;
  header.crc32 = crc32(bytes).toString(16).padStart(8, '0');
  const snap: ResolvedSnapshot | null = await parseSnapshot(Buffer.concat([bytes, Buffer.from(JSON.stringify(header) + '\n')]), 'v');
  assert.ok(snap, 'it passes its checks');
  const logs: string[] = [];
  const warm = new CorpusIndex(undefined, (m) => logs.push(m));
  for (const [uri, t] of TEXTS) warm.setDeferred(uri, t, {}, () => extractDocument({ id: uri, text: t }));
  assert.ok(warm.adopt(snap, keyOf(TEXTS)));
  assert.deepStrictEqual(answers(warm), answers(full));
  assert.ok(logs.some((l) => /could not be read/.test(l)), 'reported');
  edit(full, TEXTS);
  edit(warm, TEXTS);
  assert.deepStrictEqual(answers(warm), answers(full), 'after edits');
});

test('writing a snapshot removes the temporary files of writers that died, not of live ones', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'byline-snapshot-'));
  // pid 2^22 + 1 is above Linux's largest pid: no such process
  const dead = `${SNAPSHOT_FILE}.${2 ** 22 + 1}.tmp`;
  const live = `${SNAPSHOT_FILE}.${process.ppid}.tmp`;
  writeFileSync(join(dir, dead), 'half a snapshot');
  writeFileSync(join(dir, live), 'being written');
  await writeSnapshot(dir, 'v-test', SnapshotData.of([], []));
  assert.deepEqual(readdirSync(dir).sort(), [SNAPSHOT_FILE, live].sort());
});

test('a snapshot reads the texts the index dropped without keeping them among the recent texts', async () => {
  const index = resolved(TEXTS);
  const reads = new Map<string, number>();
  for (const [uri, text] of TEXTS) index.release(uri, () => (reads.set(uri, (reads.get(uri) ?? 0) + 1), text));
  const withTexts = await snapshotOf(resolved(TEXTS), TEXTS);
  assert.deepEqual(await snapshotOf(index, TEXTS), withTexts, 'the same bytes as with the texts kept');
  const [uri] = TEXTS.keys();
  assert.equal(reads.get(uri), 1, 'read once for the snapshot');
  assert.equal(index.textOf(uri), TEXTS.get(uri));
  assert.equal(reads.get(uri), 2, 'read again when asked: the snapshot did not keep it');
  index.textOf(uri);
  assert.equal(reads.get(uri), 2, 'a text asked for is kept among the recent ones');
});
