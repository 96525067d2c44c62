// Quality floor on the held-out articles (tests/heldout/articles, hand annotation in
// tests/heldout/gold.jsonl, speakers and mentions only): the CLI's output scored against the
// gold. Reached when written: speaker F1 1.00, mention F1 0.96, entity accuracy 1.00.
// Floors (reached minus ~0.05): speaker F1 ≥ 0.95, mention F1 ≥ 0.91, entity accuracy ≥ 0.95.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');

test('held-out articles score at or above the floor', () => {
  const out = execFileSync(process.execPath, [join(root, 'dist', 'byline.js'), 'annotate', join(root, 'tests/heldout/articles'), '--format', 'jsonl'], {
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  const pred = join(mkdtempSync(join(tmpdir(), 'byline-heldout-')), 'pred.jsonl');
  writeFileSync(pred, out);
  const score = JSON.parse(
    execFileSync(process.execPath, [join(root, 'tests/gold/score.mjs'), join(root, 'tests/heldout/gold.jsonl'), pred, '--json', '--types', 'speaker,mention'], { encoding: 'utf8' }),
  );
  const report = JSON.stringify(score);
  assert.ok(score.speaker.f1 >= 0.95, `speaker F1 ${score.speaker.f1} < 0.95: ${report}`);
  assert.ok(score.mention.f1 >= 0.91, `mention F1 ${score.mention.f1} < 0.91: ${report}`);
  assert.ok(score.speaker.entity_accuracy >= 0.95, `speaker entity accuracy ${score.speaker.entity_accuracy} < 0.95`);
  assert.ok(score.mention.entity_accuracy >= 0.95, `mention entity accuracy ${score.mention.entity_accuracy} < 0.95`);
});
