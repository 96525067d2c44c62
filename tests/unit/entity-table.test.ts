// The compact entity table (index/entity-record.ts): marks, statements and summaries derived
// from the files' tagged annotations equal what a plain grouping of the annotations gives,
// before and after edits; summaries and definitions built in one pass (warmViews) equal the ones
// built per entity.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CorpusIndex } from '../../server/src/index/corpus-index';
import { entityIdOf } from '../../server/src/index/entity-id';
import { extractDocument } from '../../server/src/analysis';

const TEXTS = [
  'Finance Minister Laura Chen said on Monday that taxes would rise by 4 percent. “We have no choice,” Chen said. She added that the budget was balanced.',
  'Chen told reporters the port would close. The Harbour Authority said 300 workers were affected on Monday.',
  '“It is a disaster,” said Ana Ruiz, mayor of Lima. Ruiz met Laura Chen in March 2024. The Harbour Authority declined to comment.',
  'Officials met for several hours. Nobody was quoted. About 300 workers marched on Monday.',
];

function summaries(index: CorpusIndex) {
  return [...index.entities()]
    .map((r) => JSON.stringify([r.id, r.count, r.statementCount, r.kind, r.roles, r.files, r.mentions, r.quoted.length, r.corrected, r.definition?.uri, r.definition?.annotation.start]))
    .sort();
}

function check(index: CorpusIndex) {
  index.flush();
  // what a plain grouping of every file's annotations gives, in corpus order
  const expected = new Map<string, string[]>();
  for (const uri of index.uris()) {
    for (const a of index.file(uri)!.annotations) {
      const id = entityIdOf(a);
      if (!expected.has(id)) expected.set(id, []);
      expected.get(id)!.push(`${uri}@${a.start}-${a.end}:${a.type}`);
    }
  }
  const got = new Map<string, string[]>();
  for (const r of index.entities()) {
    if (r.count === 0) continue;
    got.set(r.id, r.marks.map((m) => `${m.uri}@${m.annotation.start}-${m.annotation.end}:${m.annotation.type}`));
    assert.deepEqual(r.firstMarks(2), r.marks.slice(0, 2));
    assert.equal(r.statements.length, r.statementCount);
    assert.equal(r.firstRole, r.roles[0] ?? null);
    assert.equal(r.quotedCount, r.quoted.length);
    assert.deepEqual(r.firstQuoted(2, 'file:///c/0.txt'), r.quoted.filter((q) => q.uri !== 'file:///c/0.txt').slice(0, 2));
    for (const uri of index.uris()) assert.equal(r.countsIn(uri).mentions, r.marks.filter((m) => m.uri === uri && m.annotation.type === 'mention').length);
  }
  assert.deepEqual(new Map([...got].sort()), new Map([...expected].sort()));
  const lazy = summaries(index);
  index.warmViews();
  assert.deepEqual(summaries(index), lazy, 'one-pass summaries and definitions equal per-entity ones');
}

test('entity table: marks and summaries follow edits and removals', () => {
  const index = new CorpusIndex();
  TEXTS.forEach((t, i) => index.setText(`file:///c/${i}.txt`, t));
  check(index);
  const chen = index.entity('speaker:Laura Chen')!;
  assert.ok(chen.count >= 4 && chen.files >= 3, 'Chen is resolved across files');
  assert.equal(chen.definition?.annotation.text, 'Laura Chen');
  index.setText('file:///c/2.txt', TEXTS[2].replace('Laura Chen', 'Laura Chen and Laura Chen'));
  check(index);
  index.setText('file:///c/0.txt', 'Nothing here.');
  check(index);
  index.remove('file:///c/1.txt');
  check(index);
  index.setText('file:///c/9.txt', TEXTS[0]);
  check(index);
  // records keep their order of documents across edits: a document back at the front, and one
  // dropped and back again with no read of the views in between
  index.setText('file:///c/0.txt', TEXTS[0]);
  check(index);
  index.setText('file:///c/2.txt', 'Nothing here.');
  index.flush();
  index.setText('file:///c/2.txt', TEXTS[2]);
  check(index);
  assert.deepEqual([...new Set(index.entity('speaker:Laura Chen')!.marks.map((m) => m.uri))], ['file:///c/0.txt', 'file:///c/2.txt', 'file:///c/9.txt']);
});

test('corpus index: without `streamed`, a flush resolves the editor changes and leaves streamed-in files pending', () => {
  const index = new CorpusIndex();
  // files a worker (or the cache) extracted, streaming in during the initial scan
  TEXTS.slice(1).forEach((t, i) => index.setExtracted(`file:///c/${i + 1}.txt`, t, {}, extractDocument({ id: '', text: t })));
  index.setText('file:///c/0.txt', TEXTS[0]);
  assert.equal(index.flush(false), true);
  assert.ok(index.file('file:///c/0.txt')!.annotations.some((a) => a.type === 'speaker' && a.entity === 'Laura Chen'));
  assert.equal(index.file('file:///c/1.txt'), null, 'streamed file not resolved yet');
  assert.equal(index.streamed, 3);
  assert.equal(index.flush(false), false, 'nothing from the editor left');
  assert.equal(index.flush(), true);
  assert.equal(index.streamed, 0);
  // the same resolution as files given all at once
  const whole = new CorpusIndex();
  TEXTS.forEach((t, i) => whole.setText(`file:///c/${i}.txt`, t));
  whole.flush();
  for (const uri of whole.uris()) assert.deepEqual(index.file(uri)!.annotations, whole.file(uri)!.annotations, uri);
});

test("a speaker's first role follows edits that add, move and remove roles (kept, not rescanned)", () => {
  const index = new CorpusIndex();
  const uri = (i: number) => `file:///r/${i}.txt`;
  const plain = ['Ana Ruiz said the plan works.', 'Ruiz said the vote was close.', 'Ana Ruiz said the talks would go on.', 'Ruiz said nothing more.'];
  plain.forEach((t, i) => index.setText(uri(i), t));
  const firstRole = () => {
    index.flush();
    const rec = index.entity('speaker:Ana Ruiz')!;
    const kept = rec.firstRole; // read before the summary exists: the kept view
    assert.equal(kept, rec.roles[0] ?? null, 'the kept first role is the summary\'s first role');
    return kept;
  };
  assert.equal(firstRole(), null);
  index.setText(uri(2), 'Ana Ruiz, the mayor of Lima, said the talks would go on.');
  const lima = firstRole();
  assert.ok(lima, 'a role in a later file becomes the first role');
  index.setText(uri(0), 'Ana Ruiz, the governor of Cusco, said the plan works.');
  const cusco = firstRole();
  assert.ok(cusco && cusco !== lima, 'a role in an earlier file takes over');
  index.setText(uri(3), 'Ruiz, the mayor of Arequipa, said nothing more.');
  assert.equal(firstRole(), cusco, 'a role in a later file changes nothing');
  index.setText(uri(0), plain[0]);
  assert.equal(firstRole(), lima, 'the first role\'s file loses it: the next one in corpus order');
  index.remove(uri(2));
  assert.ok(firstRole() !== lima, 'the file removed');
  index.setText(uri(3), plain[3]);
  assert.equal(firstRole(), null);
});
