// Quality floor on the held-out articles (tests/heldout/articles, hand annotation in
// tests/heldout/gold.jsonl, speakers and mentions only): the CLI's output scored against the
// gold. Reached when written: speaker F1 1.00, mention F1 0.96, entity accuracy 1.00.
// Floors (reached minus ~0.05): speaker F1 ≥ 0.95, mention F1 ≥ 0.91, entity accuracy ≥ 0.95.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scoreCli } from '../support/score-cli';

test('held-out articles score at or above the floor', () => {
  const score = scoreCli('tests/heldout/articles', 'tests/heldout/gold.jsonl', ['speaker', 'mention']);
  const report = JSON.stringify(score);
  assert.ok(score.speaker.f1 >= 0.95, `speaker F1 ${score.speaker.f1} < 0.95: ${report}`);
  assert.ok(score.mention.f1 >= 0.91, `mention F1 ${score.mention.f1} < 0.91: ${report}`);
  assert.ok(score.speaker.entity_accuracy >= 0.95, `speaker entity accuracy ${score.speaker.entity_accuracy} < 0.95`);
  assert.ok(score.mention.entity_accuracy >= 0.95, `mention entity accuracy ${score.mention.entity_accuracy} < 0.95`);
});
