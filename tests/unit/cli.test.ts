// The `byline annotate` command on good and bad input, run as a user runs it (the built CLI).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, symlinkSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const cli = join(__dirname, '..', '..', 'dist', 'byline.js');

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function rows(stdout: string): Array<Record<string, any>> {
  return stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l));
}

const ARTICLE = 'Officials met on Monday. “We will not give up,” Jane Okafor, the mayor of Riverton, said on Tuesday.\n' +
  'Okafor added that 1,200 homes were flooded.\n';

test('bad files are reported one line each and the good ones still processed', () => {
  const dir = mkdtempSync(join(tmpdir(), 'byline-cli-'));
  writeFileSync(join(dir, 'good.txt'), ARTICLE);
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x48, 0x69, 0x00, 0x01, 0x02]));
  writeFileSync(join(dir, 'latin1.txt'), Buffer.from('Caf\xe9 said Jos\xe9 on Monday.', 'latin1'));
  writeFileSync(join(dir, 'empty.txt'), '');
  symlinkSync(join(dir, 'does-not-exist'), join(dir, 'dangling.txt'));
  const r = run('annotate', dir, join(dir, 'missing.txt'), '--format', 'jsonl');
  assert.equal(r.code, 0, r.stderr);
  const lines = r.stderr.trim().split('\n');
  assert.equal(lines.length, 4, r.stderr);
  assert.match(r.stderr, /binary\.txt: binary file/);
  assert.match(r.stderr, /latin1\.txt: not valid UTF-8/);
  assert.match(r.stderr, /dangling\.txt: cannot read/);
  assert.match(r.stderr, /missing\.txt: no such file/);
  const docs = new Set(rows(r.stdout).map((a) => a.doc));
  assert.deepEqual([...docs], [join(dir, 'good.txt')]);
});

test('exit code is non-zero only when nothing could be read', () => {
  const dir = mkdtempSync(join(tmpdir(), 'byline-cli-'));
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0, 0, 0]));
  const r = run('annotate', join(dir, 'binary.txt'), join(dir, 'nope.txt'));
  assert.notEqual(r.code, 0);
  assert.match(r.stderr, /no article could be read/);
});

test('CRLF and BOM files give offsets into the text as an editor loads it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'byline-cli-'));
  const crlf = ARTICLE.replace(/\n/g, '\r\n');
  writeFileSync(join(dir, 'crlf.txt'), crlf);
  writeFileSync(join(dir, 'bom.txt'), '\ufeff' + ARTICLE);
  const r = run('annotate', dir, '--format', 'jsonl');
  assert.equal(r.code, 0, r.stderr);
  const all = rows(r.stdout);
  const texts: Record<string, string> = { [join(dir, 'crlf.txt')]: crlf, [join(dir, 'bom.txt')]: ARTICLE };
  for (const name of Object.keys(texts)) {
    const mine = all.filter((a) => a.doc === name);
    assert.ok(mine.some((a) => a.type === 'date' && a.text === 'Tuesday'), `${name}: the date is found`);
    for (const a of mine) assert.equal(texts[name].slice(a.start, a.end), a.text, `${name}: offsets of ${a.text}`);
  }
});

test('an empty folder and an empty file are not errors', () => {
  const dir = mkdtempSync(join(tmpdir(), 'byline-cli-'));
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'sub', 'empty.md'), '');
  const r = run('annotate', dir, '--format', 'table');
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /1 article\(s\)/);
});

test('usage errors are explained', () => {
  assert.equal(run('annotate').code, 2);
  const bad = run('annotate', 'seeds', '--reference-date', '13/11/2024');
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /--reference-date must be a date/);
  assert.match(run('annotate', 'seeds', '--format', 'xml').stderr, /--format must be jsonl or table/);
  assert.match(run('frobnicate').stderr, /unknown command 'frobnicate'/);
});

test('the table names speakers, dates and figures', () => {
  const dir = mkdtempSync(join(tmpdir(), 'byline-cli-'));
  writeFileSync(join(dir, 'a.txt'), ARTICLE);
  const r = run('annotate', dir, '--format', 'table');
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /SPEAKERS[\s\S]*Jane Okafor/);
  assert.match(r.stdout, /DATES[\s\S]*Tuesday/);
  assert.match(r.stdout, /FIGURES[\s\S]*1,200/);
});
