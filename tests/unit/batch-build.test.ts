// A first resolution of many files is done in batch (resolveCorpus) and the resolver's tables
// for edits are built afterwards, a slice at a time (CorpusIndex.buildStep). The answers must be
// those of the incremental path: right away, after the build, and after edits made before the
// build ended (which finish it) or after it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CorpusIndex } from '../../server/src/index/corpus-index';
import { extractDocument } from '../../server/src/analysis';
import { generateCorpus } from '../../bench/corpus.mjs';

const ROOT = join(import.meta.dirname, '..', '..');

function corpus(): Map<string, string> {
  const texts = new Map<string, string>();
  for (const f of readdirSync(join(ROOT, 'seeds')).sort()) texts.set(`file:///c/seeds/${f}`, readFileSync(join(ROOT, 'seeds', f), 'utf8'));
  for (const { name, text } of generateCorpus({ articles: 60, seed: 5, people: 40, orgs: 15, skew: 6 })) texts.set(`file:///c/gen/${name}`, text);
  return texts;
}

/** an index of the texts as a scan fills it (extractions streamed in), flushed once */
function indexOf(texts: Map<string, string>, batchMin: number): CorpusIndex {
  const index = new CorpusIndex();
  index.batchMin = batchMin;
  for (const [uri, text] of texts) index.setExtracted(uri, text, {}, extractDocument({ id: uri, text }));
  index.flush();
  return index;
}

function answers(index: CorpusIndex): string {
  const out: string[] = [];
  for (const uri of index.uris()) {
    const f = index.file(uri)!;
    out.push(uri, JSON.stringify(f.annotations), JSON.stringify(f.statements));
  }
  for (const r of [...index.entities()].sort((a, b) => (a.id < b.id ? -1 : 1))) out.push(`${r.id} ${r.count} ${r.statementCount}`);
  return out.join('\n');
}

const EDIT = 'Jane Q. Okafor, a spokeswoman for the Northfield Water Authority, said the vote was final.\n';

test('a batch first resolution answers as the incremental one, before and after its tables are built', () => {
  const texts = corpus();
  const incremental = indexOf(texts, Infinity);
  assert.equal(incremental.building, false);
  const batch = indexOf(texts, 20);
  assert.equal(batch.building, true, 'the tables are still to be built');
  assert.equal(answers(batch), answers(incremental), 'answers right after the batch resolution');
  let steps = 0;
  while (batch.buildStep(0)) steps++;
  assert.ok(steps > 10, `built in slices (${steps})`);
  assert.equal(batch.building, false);
  // the same edits on both: a new speaker in one file, then a file removed
  for (const index of [incremental, batch]) {
    const uri = [...texts.keys()][7];
    index.setText(uri, EDIT + texts.get(uri)!, {});
    index.flush();
    index.remove([...texts.keys()][3]);
    index.flush();
  }
  assert.equal(answers(batch), answers(incremental), 'answers after edits');
});

test('an edit before the build ends finishes it, and gives the answers of a whole-corpus build', () => {
  const texts = corpus();
  const batch = indexOf(texts, 20);
  assert.ok(batch.buildStep(0), 'one slice done, more to do');
  const uri = [...texts.keys()][12];
  const edited = EDIT + texts.get(uri)!;
  batch.setText(uri, edited, {});
  batch.flush();
  assert.equal(batch.building, false, 'the edit finished the build');
  const whole = indexOf(new Map([...texts].map(([u, t]) => [u, u === uri ? edited : t])), Infinity);
  assert.equal(answers(batch), answers(whole));
});
