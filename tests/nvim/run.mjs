#!/usr/bin/env node
// Neovim test runner (npm run test:nvim): a second, independent LSP client. Installs Debian's
// neovim when `nvim` is missing, builds nothing itself (the npm script builds dist/byline.js),
// copies seeds/ to a temp workspace, works out expectations from the seed text and the CLI,
// and runs check.lua headless. The exit code carries pass or fail.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const server = join(root, 'dist', 'byline.js');

function haveNvim() {
  return spawnSync('nvim', ['--version'], { stdio: 'ignore' }).status === 0;
}

if (!haveNvim()) {
  console.log('test:nvim: nvim not found, installing Debian\'s neovim (apt-get)…');
  const sh = (cmd) => spawnSync('sh', ['-c', cmd], { stdio: 'inherit' }).status === 0;
  if (!sh('apt-get update -qq && apt-get install -y -qq neovim') || !haveNvim()) {
    console.error('test:nvim: FAILED — Neovim is not installed and could not be installed with apt-get ' +
      '(needs root and the Debian package index). Install neovim (0.7 or later) and run again.');
    process.exit(2);
  }
}
if (!existsSync(server)) {
  console.error(`test:nvim: ${server} is missing; build it with: node esbuild.mjs --only=cli`);
  process.exit(2);
}

const workspace = mkdtempSync(join(tmpdir(), 'byline-nvim-'));
cpSync(join(root, 'seeds'), workspace, { recursive: true });
const seeds = readdirSync(workspace).filter((f) => /\.(txt|md)$/.test(f)).sort();
const file = join(workspace, seeds[0]);
const text = readFileSync(file, 'utf8');

// expectations: the CLI (same analyser, another code path) says how many marks to expect
const annotations = execFileSync(process.execPath, [server, 'annotate', file, '--format', 'jsonl'], { encoding: 'utf8' })
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l));
const expected = annotations.filter((a) => a.type !== 'mention').length;
const speakers = annotations.filter((a) => a.type === 'speaker').length;
// the hover target, found in the text (UTF-16 positions, as LSP and Neovim 0.7 use)
const name = 'Antony Blinken';
const offset = text.indexOf(name);
const before = text.slice(0, offset).split('\n');

const env = {
  ...process.env,
  BYLINE_SERVER: server,
  BYLINE_WORKSPACE: workspace,
  BYLINE_FILE: file,
  BYLINE_EXPECT_DIAGNOSTICS: String(expected),
  BYLINE_EXPECT_SPEAKERS: String(speakers),
  BYLINE_HOVER_NAME: name,
  BYLINE_HOVER_LINE: String(before.length - 1),
  BYLINE_HOVER_CHARACTER: String(before[before.length - 1].length + 1),
};
const started = Date.now();
const run = spawnSync('nvim', ['--headless', '--clean', '-c', `luafile ${join(root, 'tests', 'nvim', 'check.lua')}`], {
  env,
  cwd: root,
  encoding: 'utf8',
  timeout: 60000,
});
rmSync(workspace, { recursive: true, force: true });
process.stdout.write(run.stdout ?? '');
if (run.stderr) process.stderr.write(run.stderr);
if (run.error) {
  console.error(`test:nvim: FAILED — ${run.error.message}`);
  process.exit(1);
}
console.log(`test:nvim: ${run.status === 0 ? 'passed' : `FAILED (exit ${run.status})`} in ${Date.now() - started} ms`);
process.exit(run.status === 0 ? 0 : 1);
