// A closed file's text released from memory (CorpusIndex.release): opened again unchanged, its
// text is restored without a new analysis; set again without restore, it is analysed again.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CorpusIndex } from '../../server/src/index/corpus-index';
import { extractDocument } from '../../server/src/analysis';

const A = 'Finance Minister Laura Chen said on Monday that taxes would rise by 4 percent. “We have no choice,” Chen said.';
const B = 'Chen told reporters the port would close. The Harbour Authority said 300 workers were affected on Monday.';

test('a released text restored unchanged is not analysed again, and its marks and text stand', () => {
  let calls = 0;
  const index = new CorpusIndex((doc, options) => (calls++, extractDocument(doc, options)));
  index.setText('file:///a.txt', A);
  index.setText('file:///b.txt', B);
  index.flush();
  const marks = JSON.stringify(index.file('file:///a.txt')!.annotations);
  const before = calls;
  let reads = 0;
  index.release('file:///a.txt', () => (reads++, A));
  assert.equal(index.isReleased('file:///a.txt'), true);
  assert.equal(index.textOf('file:///a.txt'), A);
  assert.equal(reads, 1);
  index.restore('file:///a.txt', A);
  assert.equal(index.isReleased('file:///a.txt'), false);
  index.setText('file:///a.txt', A);
  index.flush();
  assert.equal(calls, before, 'no new analysis');
  assert.equal(JSON.stringify(index.file('file:///a.txt')!.annotations), marks);
  assert.equal(index.textOf('file:///a.txt'), A);
  assert.equal(reads, 1, 'the restored text is not read again');
  // (set again while released, with no restore: its text is not trusted as the indexed one)
  index.release('file:///b.txt', () => B);
  index.setText('file:///b.txt', B);
  index.flush();
  assert.equal(calls, before + 1);
});
