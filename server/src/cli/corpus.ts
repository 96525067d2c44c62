// The CLI's corpus with corrections: the article files of PATH..., their corpus root (the
// folder holding `.byline/annotations.jsonl`, or `--annotations FILE`'s), the analysis of all
// of them together, and the decisions applied. Shared by `export` and `import-brat`.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, relative, resolve } from 'node:path';
import { analyzeCorpus } from '../analysis';
import type { DocumentAnalysis } from '../analysis';
import { applyCorrections, referenceDates, type Orphan } from '../corrections/apply';
import { parseAnnotationsFile, type Decision, type ParsedFile } from '../corrections/format';
import { annotationsPathOf, findCorpusRoot } from '../corrections/store';
import { articleDate } from '../export/article-date';
import type { ExportDocument } from '../export/document';
import { collectArticleFiles } from '../files/collect';
import { decodeArticle } from '../files/decode';

export interface CliCorpus {
  root: string;
  annotationsPath: string;
  /** file path, doc (relative to root), text */
  articles: { file: string; doc: string; text: string }[];
  parsed: ParsedFile;
  analyses: DocumentAnalysis[];
}

export function loadCorpus(paths: string[], annotations: string | undefined, referenceDate: string | undefined, warn: (m: string) => void): CliCorpus {
  const { files, problems } = collectArticleFiles(paths);
  for (const p of problems) warn(p);
  let root: string;
  let annotationsPath: string;
  if (annotations) {
    annotationsPath = resolve(annotations);
    const dir = dirname(annotationsPath);
    root = basename(dir) === '.byline' ? dirname(dir) : commonDir(paths);
  } else {
    root = findCorpusRoot(paths[0] ?? '.') ?? commonDir(paths);
    annotationsPath = annotationsPathOf(root);
  }
  const articles: CliCorpus['articles'] = [];
  for (const file of files) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch (e) {
      warn(`${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? e})`);
      continue;
    }
    const decoded = decodeArticle(bytes);
    if (!decoded.ok) {
      warn(`${file}: ${decoded.reason}`);
      continue;
    }
    articles.push({ file, doc: relative(root, resolve(file)).split('\\').join('/'), text: decoded.text });
  }
  const text = existsSync(annotationsPath) ? readFileSync(annotationsPath, 'utf8') : '';
  const parsed = parseAnnotationsFile(text);
  for (const p of parsed.problems) warn(`${annotationsPath}:${p.line}: ${p.message} (line ignored)`);
  const analyses = analyzeCorpus(articles.map((a) => ({ id: a.doc, text: a.text })), { referenceDate });
  return { root, annotationsPath, articles, parsed, analyses };
}

/** the corpus with these decisions applied, as exporters read it */
export function corrected(corpus: CliCorpus, decisions: Decision[] = corpus.parsed.decisions.map((d) => d.decision)): { docs: ExportDocument[]; orphans: Orphan[] } {
  const texts = new Map(corpus.articles.map((a) => [a.doc, a.text]));
  const { results, orphans } = applyCorrections(corpus.analyses, texts, decisions);
  const dates = referenceDates(decisions);
  const docs = results.map((r, i) => ({
    doc: r.id,
    text: corpus.articles[i].text,
    annotations: r.annotations,
    statements: r.statements,
    date: articleDate(corpus.articles[i].text, dates.get(r.id)),
  }));
  return { docs, orphans };
}

function commonDir(paths: string[]): string {
  const dirs = paths.map((p) => {
    const abs = resolve(p);
    try {
      return statSync(abs).isDirectory() ? abs : dirname(abs);
    } catch {
      return dirname(abs);
    }
  });
  if (dirs.length === 0) return process.cwd();
  let common = dirs[0];
  for (const d of dirs.slice(1)) while (!(d === common || d.startsWith(common.endsWith('/') ? common : common + '/'))) common = dirname(common);
  return common;
}
