// JSONL in the gold files' shape: one mark a line, {doc, type, start, end, text, entity,
// subtype, role, value, unit}, so an export can be scored with tests/gold/score.mjs.
import type { Annotation } from '../analysis';
import type { ExportDocument } from './document';

export const GOLD_FIELDS = ['type', 'start', 'end', 'text', 'entity', 'subtype', 'role', 'value', 'unit'] as const;

export function goldRow(doc: string, a: Annotation): Record<string, unknown> {
  const row: Record<string, unknown> = { doc };
  for (const k of GOLD_FIELDS) row[k] = a[k] ?? null;
  return row;
}

export function formatJsonlExport(docs: ExportDocument[]): string {
  const lines: string[] = [];
  for (const d of docs) for (const a of d.annotations) lines.push(JSON.stringify(goldRow(d.doc, a)));
  return lines.length ? lines.join('\n') + '\n' : '';
}
