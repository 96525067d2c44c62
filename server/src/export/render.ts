// One entry point for every export format: text formats as a string, brat as files.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { BRAT_CONF, formatBratAnn } from './brat';
import { formatConll } from './conll';
import type { ExportDocument, ExportFormat } from './document';
import { formatJsonlExport } from './jsonl';
import { formatQuotesCsv } from './quotes-csv';

export function renderText(format: Exclude<ExportFormat, 'brat'>, docs: ExportDocument[]): string {
  switch (format) {
    case 'jsonl':
      return formatJsonlExport(docs);
    case 'quotes-csv':
      return formatQuotesCsv(docs);
    case 'conll':
      return formatConll(docs);
  }
}

/**
 * Writes brat `.ann` files: beside each article under `root` (outDir null), or under outDir
 * with a copy of each text and an annotation.conf, so that outDir is a brat collection.
 * Returns the files written.
 */
export function writeBrat(docs: ExportDocument[], root: string, outDir: string | null): string[] {
  const written: string[] = [];
  const base = outDir ?? root;
  for (const d of docs) {
    const ann = join(base, ...d.doc.replace(/\.(txt|md)$/i, '').split('/')) + '.ann';
    mkdirSync(dirname(ann), { recursive: true });
    writeFileSync(ann, formatBratAnn(d));
    written.push(ann);
    if (outDir) {
      const txt = join(outDir, ...d.doc.split('/'));
      writeFileSync(txt, d.text);
      written.push(txt);
    }
  }
  if (outDir) {
    mkdirSync(outDir, { recursive: true });
    writeFileSync(join(outDir, 'annotation.conf'), BRAT_CONF);
    written.push(join(outDir, 'annotation.conf'));
  }
  return written;
}
