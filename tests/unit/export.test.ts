// Every export format round-trips the seeds with corrections applied: jsonl scored against
// itself and checked against the text, brat exported then imported gives the same marks,
// CoNLL tokens re-aligned give the same spans, the quotes CSV quotes the articles verbatim.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeAnchor } from '../../server/src/corrections/anchor';
import { parseConll } from '../../server/src/export/conll';
import { parseCsv } from '../../server/src/export/quotes-csv';

const root = join(__dirname, '..', '..');
const cli = join(root, 'dist', 'byline.js');
const HEADER = '{"byline":"annotations","version":1}';
let ws: string;
const texts = new Map<string, string>();

const byline = (...args: string[]) => execFileSync(process.execPath, [cli, ...args], { encoding: 'utf8', maxBuffer: 64 << 20, stdio: ['ignore', 'pipe', 'pipe'] });
const rows = (jsonl: string) => jsonl.split('\n').filter(Boolean).map((l) => JSON.parse(l));

before(() => {
  execFileSync(process.execPath, [join(root, 'esbuild.mjs'), '--only=cli', '--quiet'], { cwd: root });
  ws = mkdtempSync(join(tmpdir(), 'byline-export-'));
  cpSync(join(root, 'seeds'), ws, { recursive: true });
  for (const f of readdirSync(ws)) texts.set(f, readFileSync(join(ws, f), 'utf8'));
  const a = texts.get('000_c73052790901fafe.txt')!;
  const blinken = a.indexOf('Antony Blinken');
  const brussels = a.indexOf('Brussels');
  mkdirSync(join(ws, '.byline'));
  writeFileSync(
    join(ws, '.byline', 'annotations.jsonl'),
    [
      HEADER,
      { id: 'r1', op: 'reject', doc: '000_c73052790901fafe.txt', anchor: makeAnchor(a, blinken, blinken + 14), type: 'speaker' },
      { id: 'a1', op: 'add', doc: '000_c73052790901fafe.txt', anchor: makeAnchor(a, brussels, brussels + 8), type: 'mention', entity: 'Brussels', subtype: 'org' },
      { id: 'm1', op: 'merge', from: 'Steve Witkoff', to: 'Witkoff the Envoy' },
    ]
      .map((x) => (typeof x === 'string' ? x : JSON.stringify(x)))
      .join('\n') + '\n',
  );
});

test('jsonl: the gold shape, corrections applied, texts true to the articles, scores 1.0 against itself', () => {
  const out = byline('export', ws, '--format', 'jsonl');
  const list = rows(out);
  assert.ok(list.length > 50);
  for (const r of list) {
    assert.deepEqual(Object.keys(r), ['doc', 'type', 'start', 'end', 'text', 'entity', 'subtype', 'role', 'value', 'unit']);
    assert.equal(texts.get(r.doc)!.slice(r.start, r.end), r.text);
  }
  const a = texts.get('000_c73052790901fafe.txt')!;
  assert.ok(!list.some((r) => r.doc.startsWith('000') && r.start === a.indexOf('Antony Blinken') && r.type === 'speaker'), 'rejected');
  assert.ok(list.some((r) => r.doc.startsWith('000') && r.start === a.indexOf('Brussels') && r.type === 'mention' && r.entity === 'Brussels'), 'added');
  assert.ok(!list.some((r) => r.entity === 'Steve Witkoff') && list.some((r) => r.entity === 'Witkoff the Envoy' && r.text === 'Steve Witkoff'), 'merged');
  const file = join(ws, '..', `${Date.now()}-export.jsonl`);
  writeFileSync(file, out);
  const score = JSON.parse(execFileSync(process.execPath, [join(root, 'tests/gold/score.mjs'), file, file, '--json'], { encoding: 'utf8' }));
  for (const type of ['speaker', 'mention', 'date', 'figure']) {
    assert.equal(score[type].f1, 1, type);
    if (score[type].entity_accuracy !== null) assert.equal(score[type].entity_accuracy, 1);
  }
  rmSync(file);
});

test('brat: export then import gives the same annotations', () => {
  const expected = byline('export', ws, '--format', 'jsonl');
  const out = mkdtempSync(join(tmpdir(), 'byline-brat-'));
  byline('export', ws, '--format', 'brat', '--out', out);
  assert.ok(existsSync(join(out, 'annotation.conf')));
  const ann = readFileSync(join(out, '000_c73052790901fafe.ann'), 'utf8');
  const a = texts.get('000_c73052790901fafe.txt')!;
  for (const line of ann.split('\n').filter((l) => l.startsWith('T'))) {
    const [, head, surface] = line.split('\t');
    const frags = head.split(' ').slice(1).join(' ').split(';').map((f) => f.split(' ').map(Number));
    assert.equal(frags.map(([s, e]) => a.slice(s, e)).join(' '), surface, line);
  }
  assert.match(readFileSync(join(out, '001_cea1704696997801.ann'), 'utf8'), /\tReference T\d+ Byline:Witkoff_the_Envoy\tWitkoff the Envoy\n/);
  assert.match(ann, /\nR\d+\tSaid Arg1:T\d+ Arg2:T\d+\n/);

  // without the corrections, import brat's marks as corrections: the export is the same again
  const corrections = join(ws, '.byline', 'annotations.jsonl');
  const saved = readFileSync(corrections, 'utf8');
  rmSync(corrections);
  try {
    assert.notEqual(byline('export', ws, '--format', 'jsonl'), expected, 'the corrections matter');
    const r = spawnSync(process.execPath, [cli, 'import-brat', out, '--corpus', ws], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const imported = readFileSync(corrections, 'utf8');
    assert.ok(imported.startsWith(HEADER + '\n'));
    assert.equal(byline('export', ws, '--format', 'jsonl'), expected);
    // importing again changes nothing
    spawnSync(process.execPath, [cli, 'import-brat', out, '--corpus', ws], { encoding: 'utf8' });
    assert.equal(byline('export', ws, '--format', 'jsonl'), expected);
  } finally {
    writeFileSync(corrections, saved);
  }
});

test('conll: BIO tokens re-aligned with the texts give the same marks', () => {
  const expected = rows(byline('export', ws, '--format', 'jsonl'));
  const conll = byline('export', ws, '--format', 'conll');
  assert.match(conll, /^-DOCSTART-\t000_c73052790901fafe\.txt\n\n/);
  assert.match(conll, /\nAntony\tB-SPEAKER\nBlinken\tI-SPEAKER\n|\nAntony\tO\nBlinken\tO\n/);
  const back = parseConll(conll, texts);
  const key = (r: { type: string; start: number; end: number }) => `${r.type}:${r.start}:${r.end}`;
  for (const [doc, text] of texts) {
    const want = expected.filter((r) => r.doc === doc).map(key).sort();
    const got = (back.get(doc) ?? []).map(key).sort();
    assert.deepEqual(got, want, doc);
    assert.ok(text.length > 0);
  }
});

test('quotes-csv: one row per statement, quoted verbatim, with article and line', () => {
  const csv = byline('export', ws, '--format', 'quotes-csv');
  const table = parseCsv(csv);
  assert.deepEqual(table[0], ['speaker', 'role', 'organisation', 'quote', 'article', 'line', 'date']);
  assert.ok(table.length > 5);
  for (const [speaker, , , quote, article, line] of table.slice(1)) {
    const text = texts.get(article)!;
    assert.ok(text, article);
    const lines = text.split('\n');
    const flat = lines.slice(Number(line) - 1).join(' ').replace(/\s+/g, ' ');
    assert.ok(flat.includes(quote), `${article}:${line} holds “${quote}”`);
    assert.notEqual(speaker, 'Steve Witkoff');
  }
  assert.ok(table.some((r) => r[0] === 'Witkoff the Envoy'), 'the merged name is the speaker');
});
