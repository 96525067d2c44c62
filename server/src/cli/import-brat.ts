// `byline import-brat DIR [--corpus ROOT]`: reads brat `.ann` files (under DIR, named like the
// corpus's articles relative to DIR) and records what differs from Byline's marks as
// corrections in ROOT's `.byline/annotations.jsonl`, replacing the earlier per-article
// decisions of those articles. ROOT defaults to the folder above DIR holding a corrections
// file, else DIR.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseBratAnn } from '../export/brat';
import { decisionsFromBrat } from '../export/brat-import';
import type { Decision } from '../corrections/format';
import { rewriteDecisions } from '../corrections/format';
import { findCorpusRoot, readText, writeAtomic } from '../corrections/store';
import { parseArgs, UsageError } from './args';
import { corrected, loadCorpus } from './corpus';

const USAGE = 'usage: byline import-brat DIR [--corpus ROOT]';

export function runImportBrat(argv: string[]): number {
  let parsed;
  try {
    parsed = parseArgs(argv, ['corpus']);
  } catch (e) {
    if (e instanceof UsageError) return usage(e.message);
    throw e;
  }
  if (parsed.positional.length !== 1) return usage('give one DIR');
  const dir = resolve(parsed.positional[0]);
  const warn = (m: string) => process.stderr.write(`byline: ${m}\n`);
  const root = resolve(parsed.options.get('corpus') ?? findCorpusRoot(dir) ?? dir);
  const anns = listAnn(dir);
  if (anns.length === 0) {
    warn(`${dir}: no .ann files`);
    return 1;
  }
  const corpus = loadCorpus([root], undefined, undefined, warn);
  if (corpus.parsed.problems.length) {
    warn(`${corpus.annotationsPath} has malformed lines: fix them first (the file is left as it is)`);
    return 1;
  }
  const byDoc = new Map(corpus.articles.map((a) => [a.doc, a]));
  const imported = new Map<string, string>(); // doc → ann text
  for (const ann of anns) {
    const stem = relative(dir, ann).split('\\').join('/').replace(/\.ann$/, '');
    const doc = [`${stem}.txt`, `${stem}.md`].find((d) => byDoc.has(d));
    if (!doc) {
      warn(`${ann}: no article ${stem}.txt in ${root}, skipped`);
      continue;
    }
    const beside = join(dir, ...doc.split('/'));
    if (existsSync(beside) && readFileSync(beside, 'utf8').replace(/^\uFEFF/, '') !== byDoc.get(doc)!.text) {
      warn(`${ann}: its text differs from ${doc} in the corpus (offsets would not match), skipped`);
      continue;
    }
    imported.set(doc, readFileSync(ann, 'utf8'));
  }
  // what Byline finds with the decisions kept (all but the imported articles' own ones)
  const all = corpus.parsed.decisions;
  const replaced = (d: Decision) => !!d.doc && imported.has(d.doc) && ['reject', 'add', 'set', 'split'].includes(d.op) && !!d.anchor;
  const kept = all.filter((p) => !replaced(p.decision)).map((p) => p.decision);
  const base = corrected(corpus, kept).docs;
  const fresh: Decision[] = [];
  for (const d of base) {
    const ann = imported.get(d.doc);
    if (ann === undefined) continue;
    const { annotations, problems } = parseBratAnn(ann, d.text);
    for (const p of problems) warn(`${d.doc.replace(/\.(txt|md)$/, '.ann')}:${p.line}: ${p.message}`);
    fresh.push(...decisionsFromBrat(d.doc, d.text, annotations, d.annotations));
  }
  let n = 0;
  for (const d of fresh) d.id = `b${(++n).toString(36)}${Math.random().toString(36).slice(2, 7)}`;
  const before = readText(corpus.annotationsPath);
  const next = rewriteDecisions(before, (p) => replaced(p.decision), fresh);
  if (next === null) return 1;
  writeAtomic(corpus.annotationsPath, next);
  process.stderr.write(`byline: ${imported.size} article(s) imported, ${fresh.length} decision(s) written to ${corpus.annotationsPath}\n`);
  return 0;
}

function listAnn(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    let entries;
    try {
      entries = readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const e of entries) {
      const full = join(d, e.name);
      if (e.isDirectory() && !e.name.startsWith('.') && e.name !== 'node_modules') walk(full);
      else if (e.isFile() && e.name.endsWith('.ann')) out.push(full);
    }
  };
  walk(dir);
  return out;
}

function usage(message: string): number {
  process.stderr.write(`byline import-brat: ${message}\n${USAGE}\n`);
  return 2;
}
