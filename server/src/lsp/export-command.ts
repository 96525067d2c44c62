// `byline.exportWorkspace`: writes the workspace's corrected annotations in one format, per
// workspace folder, under `.byline/export/` (or `out`, a folder). Reads the index, so what is
// exported is what the editor shows.
import { mkdirSync, writeFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { ResponseError, ErrorCodes } from 'vscode-languageserver';
import { referenceDates } from '../corrections/apply';
import { articleDate } from '../export/article-date';
import { EXPORT_FORMATS, type ExportDocument, type ExportFormat } from '../export/document';
import { renderText, writeBrat } from '../export/render';
import type { CorpusIndex } from '../index/corpus-index';
import { pathToUri } from '../index/uris';
import type { CorrectionsStore } from './corrections-store';

export interface ExportRequest {
  format?: ExportFormat;
  /** a folder (absolute, or relative to each workspace folder); default `.byline/export` */
  out?: string;
}

export interface ExportResult {
  /** URIs of the files written */
  files: string[];
}

const FILE_NAMES: Record<Exclude<ExportFormat, 'brat'>, string> = { jsonl: 'annotations.jsonl', 'quotes-csv': 'quotes.csv', conll: 'corpus.conll' };

export function exportWorkspace(index: CorpusIndex, store: CorrectionsStore, request: ExportRequest): ExportResult {
  const format = request.format ?? 'jsonl';
  if (!EXPORT_FORMATS.includes(format)) throw new ResponseError(ErrorCodes.InvalidParams, `format must be one of ${EXPORT_FORMATS.join(', ')}`);
  const byFolder = new Map<string, { path: string; docs: ExportDocument[]; folderUri: string }>();
  for (const uri of index.uris()) {
    const folder = store.folderOf(uri);
    const file = index.file(uri);
    const doc = store.docOf(uri);
    if (!folder || !file || doc === null) continue;
    let entry = byFolder.get(folder.uri);
    if (!entry) byFolder.set(folder.uri, (entry = { path: folder.path, docs: [], folderUri: folder.uri }));
    const dates = referenceDates(store.decisionsOf(folder.uri));
    entry.docs.push({ doc, text: file.text, annotations: file.annotations, statements: file.statements, date: articleDate(file.text, dates.get(doc)) });
  }
  const files: string[] = [];
  for (const { path, docs } of byFolder.values()) {
    const outDir = request.out ? (isAbsolute(request.out) ? request.out : join(path, request.out)) : join(path, '.byline', 'export');
    if (format === 'brat') {
      files.push(...writeBrat(docs, path, join(outDir, 'brat')).map(pathToUri));
    } else {
      mkdirSync(outDir, { recursive: true });
      const target = join(outDir, FILE_NAMES[format]);
      writeFileSync(target, renderText(format, docs));
      files.push(pathToUri(target));
    }
  }
  return { files };
}
