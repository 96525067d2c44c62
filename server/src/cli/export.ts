// `byline export PATH... --format jsonl|brat|quotes-csv|conll [--out FILE|DIR] [--annotations FILE]`:
// the corpus's annotations with the corrections applied, in a format other tools read.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { EXPORT_FORMATS, type ExportFormat } from '../export/document';
import { renderText, writeBrat } from '../export/render';
import { parseArgs, UsageError } from './args';
import { corrected, loadCorpus } from './corpus';

const USAGE =
  'usage: byline export PATH... --format jsonl|brat|quotes-csv|conll [--out FILE|DIR] [--annotations FILE] [--reference-date YYYY-MM-DD]';

export function runExport(argv: string[]): number {
  let parsed;
  try {
    parsed = parseArgs(argv, ['format', 'out', 'annotations', 'reference-date']);
  } catch (e) {
    if (e instanceof UsageError) return usage(e.message);
    throw e;
  }
  const format = parsed.options.get('format');
  if (!format) return usage('--format is required');
  if (!EXPORT_FORMATS.includes(format as ExportFormat)) return usage(`--format must be one of ${EXPORT_FORMATS.join(', ')}, not '${format}'`);
  if (parsed.positional.length === 0) return usage('no PATH given');
  const warn = (m: string) => process.stderr.write(`byline: ${m}\n`);
  const corpus = loadCorpus(parsed.positional, parsed.options.get('annotations'), parsed.options.get('reference-date'), warn);
  if (corpus.articles.length === 0) {
    warn('no article could be read');
    return 1;
  }
  const { docs, orphans } = corrected(corpus);
  for (const o of orphans) {
    const line = corpus.parsed.decisions.find((d) => d.decision === o.decision)?.line;
    warn(`${corpus.annotationsPath}:${line}: orphaned decision (${o.decision.op}): ${o.reason}`);
  }
  const out = parsed.options.get('out');
  if (format === 'brat') {
    const written = writeBrat(docs, corpus.root, out ? resolve(out) : null);
    process.stderr.write(`byline: wrote ${written.length} files\n`);
    return 0;
  }
  const text = renderText(format as Exclude<ExportFormat, 'brat'>, docs);
  if (out) {
    mkdirSync(dirname(resolve(out)), { recursive: true });
    writeFileSync(out, text);
  } else {
    process.stdout.write(text);
  }
  return 0;
}

function usage(message: string): number {
  process.stderr.write(`byline export: ${message}\n${USAGE}\n`);
  return 2;
}
