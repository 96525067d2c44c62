// The corrections core: file format, anchoring after edits, orphans, apply semantics, and the
// store never touching a file it cannot parse. Expectations come from hand-written texts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Annotation, DocumentAnalysis } from '../../server/src/analysis';
import { findAnchor, makeAnchor } from '../../server/src/corrections/anchor';
import { applyCorrections, correctionsOf } from '../../server/src/corrections/apply';
import { appendDecisions, parseAnnotationsFile, serializeDecision, type Decision } from '../../server/src/corrections/format';
import { recordDecisions, removeDecisionsById, UnparsableFileError } from '../../server/src/corrections/store';

const HEADER = '{"byline":"annotations","version":1}';

test('parse: header, decisions with their lines, unknown fields kept on rewrite', () => {
  const text = `${HEADER}\n{"id":"a","op":"merge","from":"Bibi","to":"Benjamin Netanyahu","reviewer":"jo","extra":{"x":1}}\n\n{"id":"b","op":"reject-speaker","name":"Doha"}\n`;
  const parsed = parseAnnotationsFile(text);
  assert.deepEqual(parsed.problems, []);
  assert.equal(parsed.hasHeader, true);
  assert.deepEqual(parsed.decisions.map((d) => [d.line, d.decision.op]), [[2, 'merge'], [4, 'reject-speaker']]);
  const line = serializeDecision(parsed.decisions[0].decision);
  assert.deepEqual(JSON.parse(line), { id: 'a', op: 'merge', from: 'Bibi', to: 'Benjamin Netanyahu', reviewer: 'jo', extra: { x: 1 } });
  // appending keeps the existing lines byte for byte
  const next = appendDecisions(text, [{ op: 'merge', from: 'Doha', to: 'Qatar', id: 'c' }])!;
  assert.ok(next.startsWith(text));
  assert.equal(next.slice(text.length), '{"id":"c","op":"merge","from":"Doha","to":"Qatar"}\n');
});

test('parse: malformed lines reported with their line, the others kept', () => {
  const text = `${HEADER}\n{"op":"merge","from":"A","to":"B"}\nnot json\n{"op":"explode"}\n{"op":"reject","doc":"a.txt"}\n{"op":"reject-speaker","name":"C"}\n`;
  const parsed = parseAnnotationsFile(text);
  assert.deepEqual(parsed.problems.map((p) => p.line), [3, 4, 5]);
  assert.match(parsed.problems[1].message, /unknown op "explode"/);
  assert.match(parsed.problems[2].message, /anchor/);
  assert.deepEqual(parsed.decisions.map((d) => d.line), [2, 6]);
  assert.match(parseAnnotationsFile('{"op":"merge","from":"A","to":"B"}\n').problems[0].message, /missing header/);
  assert.match(parseAnnotationsFile('{"byline":"annotations","version":2}\n').problems[0].message, /version 2/);
});

test('store: a malformed file is left byte-for-byte untouched; a good one is written atomically', () => {
  const dir = mkdtempSync(join(tmpdir(), 'byline-corr-'));
  const path = join(dir, '.byline', 'annotations.jsonl');
  mkdirSync(join(dir, '.byline'));
  const bad = `${HEADER}\n{"op":"merge","from":"A","to":"B","note":"é"}\n{"op":"merge",\n`;
  writeFileSync(path, bad);
  const hash = () => createHash('sha256').update(readFileSync(path)).digest('hex');
  const before = hash();
  assert.throws(() => recordDecisions(path, [{ op: 'reject-speaker', name: 'X' }]), (e: unknown) => e instanceof UnparsableFileError && e.problems[0].line === 3);
  assert.throws(() => removeDecisionsById(path, ['x']), UnparsableFileError);
  assert.equal(hash(), before);

  const fresh = join(dir, 'other', '.byline', 'annotations.jsonl');
  recordDecisions(fresh, [{ id: 'k1', op: 'reject-speaker', name: 'X', future: true }]);
  recordDecisions(fresh, [{ id: 'k2', op: 'merge', from: 'A', to: 'B' }]);
  assert.equal(readFileSync(fresh, 'utf8'), `${HEADER}\n{"id":"k1","op":"reject-speaker","name":"X","future":true}\n{"id":"k2","op":"merge","from":"A","to":"B"}\n`);
  removeDecisionsById(fresh, ['k1']);
  assert.equal(readFileSync(fresh, 'utf8'), `${HEADER}\n{"id":"k2","op":"merge","from":"A","to":"B"}\n`);
});

const TEXT = 'Qatar said talks stalled. Later, Blinken said Qatar asked Hamas to leave.';

test('anchoring: found again after edits above, before and around; gone text is an orphan', () => {
  const start = TEXT.lastIndexOf('Qatar');
  const anchor = makeAnchor(TEXT, start, start + 5);
  assert.deepEqual(findAnchor(TEXT, anchor), { start, end: start + 5, moved: false });
  const above = 'UPDATED 12:00\n\n' + TEXT;
  assert.equal(findAnchor(above, anchor)!.start, start + 15);
  // the first "Qatar" now sits at the old offset: the context picks the right one
  const shifted = '-'.repeat(start) + TEXT;
  assert.equal(shifted.slice(start, start + 5), 'Qatar');
  assert.equal(findAnchor(shifted, anchor)!.start, 2 * start);
  const reworded = TEXT.replace('talks stalled', 'negotiations were stalled for weeks');
  assert.equal(reworded.slice(findAnchor(reworded, anchor)!.start, findAnchor(reworded, anchor)!.start + 30), 'Qatar asked Hamas to leave.');
  assert.equal(findAnchor(TEXT.replaceAll('Qatar', 'Doha'), anchor), null);
});

function analysisOf(id: string, text: string, marks: [Annotation['type'], string, string | null, number?][]): DocumentAnalysis {
  const annotations: Annotation[] = marks.map(([type, surface, entity, from]) => {
    const start = text.indexOf(surface, from ?? 0);
    assert.ok(start >= 0, surface);
    return { type, start, end: start + surface.length, text: surface, entity, subtype: entity ? 'person' : null, role: null, value: null, unit: null };
  });
  return { id, annotations, statements: [] };
}

const A = 'Bibi said no. Hamas said yes. Later Bibi met Hamas.';
const B = 'Benjamin Netanyahu said the war goes on. Doha said nothing.';
const corpus = () => [
  analysisOf('a.txt', A, [['speaker', 'Bibi', 'Bibi'], ['speaker', 'Hamas', 'Hamas'], ['mention', 'Bibi', 'Bibi', 20], ['mention', 'Hamas', 'Hamas', 30]]),
  analysisOf('b.txt', B, [['speaker', 'Benjamin Netanyahu', 'Benjamin Netanyahu'], ['speaker', 'Doha', 'Doha']]),
];
const texts = new Map([['a.txt', A], ['b.txt', B]]);

test('apply: merge renames an entity everywhere; reject-speaker drops its mentions when it is a speaker nowhere', () => {
  const input = corpus();
  const snapshot = JSON.stringify(input);
  const { results, orphans } = applyCorrections(input, texts, [
    { id: 'm', op: 'merge', from: 'Bibi', to: 'Benjamin Netanyahu' },
    { id: 'r', op: 'reject-speaker', name: 'Hamas' },
    { id: 'o', op: 'merge', from: 'Nobody', to: 'X' },
  ]);
  assert.equal(JSON.stringify(input), snapshot, 'the input is not changed');
  const a = results[0].annotations;
  assert.deepEqual(a.map((x) => [x.type, x.text, x.entity]), [['speaker', 'Bibi', 'Benjamin Netanyahu'], ['mention', 'Bibi', 'Benjamin Netanyahu']]);
  assert.deepEqual(correctionsOf(a[0]), ['m']);
  assert.deepEqual(orphans.map((o) => o.decision.id), ['o']);
  assert.match(orphans[0].reason, /Nobody/);
});

test('apply: reject here, add, set, split, anchored after an edit; orphans reported', () => {
  const edited = 'Editor’s note.\n' + A;
  const input = corpus();
  // the analyser ran on the edited text: shift a.txt's marks
  input[0] = analysisOf('a.txt', edited, [['speaker', 'Bibi', 'Bibi'], ['speaker', 'Hamas', 'Hamas'], ['mention', 'Bibi', 'Bibi', 35], ['mention', 'Hamas', 'Hamas', 45]]);
  const hamas = A.indexOf('Hamas');
  const later = A.lastIndexOf('Bibi');
  const decisions: Decision[] = [
    { id: 'r', op: 'reject', doc: 'a.txt', anchor: makeAnchor(A, hamas, hamas + 5), type: 'speaker' },
    { id: 's', op: 'set', doc: 'a.txt', anchor: makeAnchor(A, 0, 4), role: 'Prime Minister' },
    { id: 'n', op: 'add', doc: 'b.txt', anchor: makeAnchor(B, B.indexOf('the war'), B.indexOf('the war') + 7), type: 'figure', value: 1 },
    { id: 'p', op: 'split', doc: 'a.txt', anchor: makeAnchor(A, later, later + 4), to: 'Bibi Jr' },
    { id: 'g', op: 'reject', doc: 'a.txt', anchor: { start: 0, end: 6, text: 'Yasser', before: '', after: ' said' } },
    { id: 'x', op: 'reject', doc: 'missing.txt', anchor: { start: 0, end: 4, text: 'Bibi' } },
  ];
  const { results, orphans } = applyCorrections(input, new Map([['a.txt', edited], ['b.txt', B]]), decisions);
  const a = results[0].annotations;
  const at = (surface: string, from = 0) => edited.indexOf(surface, from);
  assert.equal(a.find((x) => x.type === 'speaker' && x.text === 'Hamas'), undefined, 'the rejected speaker mark is gone');
  assert.ok(a.some((x) => x.type === 'mention' && x.start === at('Hamas', 40)), 'the other Hamas mark stays');
  assert.equal(a.find((x) => x.start === at('Bibi'))!.role, 'Prime Minister');
  assert.equal(a.find((x) => x.start === at('Bibi', 30))!.entity, 'Bibi Jr');
  const fig = results[1].annotations.find((x) => x.type === 'figure')!;
  assert.deepEqual([fig.text, fig.value], ['the war', 1]);
  assert.deepEqual(orphans.map((o) => o.decision.id).sort(), ['g', 'x']);
});
