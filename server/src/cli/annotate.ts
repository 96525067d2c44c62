// `byline annotate PATH...`: analyses the files as one corpus and prints annotations.
import { readFileSync } from 'node:fs';
import { analyzeCorpus } from '../analysis';
import type { CorpusDocument } from '../analysis';
import { collectArticleFiles } from '../files/collect';
import { decodeArticle } from '../files/decode';
import { parseArgs, UsageError } from './args';
import { formatJsonl } from './format-jsonl';
import { formatTable } from './format-table';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function runAnnotate(argv: string[]): number {
  let parsed;
  try {
    parsed = parseArgs(argv, ['format', 'reference-date']);
  } catch (e) {
    if (e instanceof UsageError) return usage(e.message);
    throw e;
  }
  const format = parsed.options.get('format') ?? 'table';
  if (format !== 'jsonl' && format !== 'table') return usage(`--format must be jsonl or table, not '${format}'`);
  const referenceDate = parsed.options.get('reference-date');
  if (referenceDate !== undefined && (!DATE.test(referenceDate) || Number.isNaN(Date.parse(referenceDate)))) {
    return usage(`--reference-date must be a date as YYYY-MM-DD, not '${referenceDate}'`);
  }
  if (parsed.positional.length === 0) return usage('no PATH given');

  const { files, problems } = collectArticleFiles(parsed.positional);
  for (const p of problems) process.stderr.write(`byline: ${p}\n`);
  const docs = readDocuments(files);
  if (docs.length === 0) {
    process.stderr.write('byline: no article could be read\n');
    return 1;
  }
  const results = analyzeCorpus(docs, { referenceDate });
  process.stdout.write(format === 'jsonl' ? formatJsonl(results) : formatTable(results, new Map(docs.map((d) => [d.id, d.text]))));
  return 0;
}

function readDocuments(files: string[]): CorpusDocument[] {
  const docs: CorpusDocument[] = [];
  for (const file of files) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch (e) {
      process.stderr.write(`byline: ${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? e})\n`);
      continue;
    }
    const decoded = decodeArticle(bytes);
    if (!decoded.ok) {
      process.stderr.write(`byline: ${file}: ${decoded.reason}\n`);
      continue;
    }
    docs.push({ id: file, text: decoded.text });
  }
  return docs;
}

function usage(message: string): number {
  process.stderr.write(`byline annotate: ${message}\nusage: byline annotate PATH... [--format jsonl|table] [--reference-date YYYY-MM-DD]\n`);
  return 2;
}
