// Runs the built CLI on a folder of articles and scores its JSONL output against a gold file
// with the team's scorer (tests/gold/score.mjs); returns the scorer's per-type JSON.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..');

export interface TypeScore {
  f1: number;
  /** null when nothing matched (a `>=` floor then fails, as it should) */
  entity_accuracy: number;
  value_accuracy: number;
}

export function scoreCli(articles: string, gold: string, types?: string[]): Record<string, TypeScore> {
  const out = execFileSync(process.execPath, [join(ROOT, 'dist', 'byline.js'), 'annotate', join(ROOT, articles), '--format', 'jsonl'], {
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  const pred = join(mkdtempSync(join(tmpdir(), 'byline-score-')), 'pred.jsonl');
  writeFileSync(pred, out);
  const args = [join(ROOT, 'tests/gold/score.mjs'), join(ROOT, gold), pred, '--json', ...(types ? ['--types', types.join(',')] : [])];
  return JSON.parse(execFileSync(process.execPath, args, { encoding: 'utf8' }));
}
