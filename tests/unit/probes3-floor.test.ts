// Quality floor on probe set 3 (tests/heldout/probes3): ten made-up articles in ten publishers'
// styles (1994 AP wire, Reuters markets, BBC politics, Guardian feature, US local crime, football
// report, obituary, science, Sudan conflict, Chennai metro), with a full gold of all four types
// written blind by a helper session that never ran the analyser (NOTES.md: its judgement calls).
// Scored blind, before the fixes they led to: speaker F1 0.914 (entity 0.865), mention 0.772,
// date 0.940, figure 0.958. After: 0.986 (0.972), 0.837, 0.967, 0.973. Date value accuracy stays
// near 0.85 by design: the gold keeps "Tuesday" partial where the analyser resolves it against
// the article's own dateline, as issue 2 asks. Floors: reached minus about 0.04.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scoreCli } from '../support/score-cli';

test('probe set 3 scores at or above the floor', () => {
  const score = scoreCli('tests/heldout/probes3/articles', 'tests/heldout/probes3/gold.jsonl');
  const report = JSON.stringify(score);
  const floor = (type: string, key: 'f1' | 'entity_accuracy' | 'value_accuracy', min: number) =>
    assert.ok(score[type][key] >= min, `${type} ${key} ${score[type][key]} < ${min}: ${report}`);
  floor('speaker', 'f1', 0.94);
  floor('speaker', 'entity_accuracy', 0.93);
  floor('mention', 'f1', 0.79);
  floor('date', 'f1', 0.92);
  floor('figure', 'f1', 0.93);
  floor('figure', 'value_accuracy', 0.93);
});
