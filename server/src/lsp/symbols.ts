// Document symbols (Speakers / Dates / Figures, each with its marks) and workspace symbols
// (one per speaker entity, at its definition, by case-insensitive substring or fuzzy match).
import { SymbolKind, type DocumentSymbol, type WorkspaceSymbol } from 'vscode-languageserver';
import type { Annotation } from '../analysis';
import { definitionOf, type CorpusIndex, type EntityRecord } from '../index/corpus-index';
import { labelOf } from '../index/entity-id';
import { describeAnnotation } from './describe';
import { locationOf } from './navigation';

const MAX_WORKSPACE_SYMBOLS = 500;

export function documentSymbols(index: CorpusIndex, uri: string): DocumentSymbol[] {
  const file = index.file(uri);
  if (!file) return [];
  const whole = file.lines.rangeOf(0, file.text.length);
  const range = (a: Annotation) => file.lines.rangeOf(a.start, a.end);
  const out: DocumentSymbol[] = [];

  const byEntity = new Map<string, Annotation[]>();
  for (const a of file.annotations) {
    if (a.type !== 'speaker' && a.type !== 'mention') continue;
    const key = labelOf(a);
    const list = byEntity.get(key);
    if (list) list.push(a); else byEntity.set(key, [a]);
  }
  if (byEntity.size) {
    const children: DocumentSymbol[] = [];
    for (const [name, marks] of byEntity) {
      const first = marks[0], last = marks[marks.length - 1];
      children.push({
        name,
        detail: `${first.subtype ?? ''} · ${marks.length} mark${marks.length === 1 ? '' : 's'}`.replace(/^ · /, ''),
        kind: first.subtype === 'org' ? SymbolKind.Namespace : SymbolKind.Object,
        range: file.lines.rangeOf(first.start, last.end),
        selectionRange: range(first),
        children: marks.map((m) => ({
          name: m.text,
          detail: m.type,
          kind: m.type === 'speaker' ? SymbolKind.Event : SymbolKind.Field,
          range: range(m),
          selectionRange: range(m),
        })),
      });
    }
    out.push(group('Speakers', SymbolKind.Namespace, whole, children));
  }
  for (const [type, title, kind] of [
    ['date', 'Dates', SymbolKind.Event],
    ['figure', 'Figures', SymbolKind.Number],
  ] as const) {
    const children = file.annotations
      .filter((a) => a.type === type)
      .map((a) => ({ name: a.text, detail: describeAnnotation(a).replace(/^\w+: /, ''), kind, range: range(a), selectionRange: range(a) }));
    if (children.length) out.push(group(title, SymbolKind.Namespace, whole, children));
  }
  return out;
}

function group(name: string, kind: SymbolKind, whole: DocumentSymbol['range'], children: DocumentSymbol[]): DocumentSymbol {
  return { name, detail: `${children.length}`, kind, range: whole, selectionRange: children[0].selectionRange, children };
}

export function workspaceSymbols(index: CorpusIndex, query: string): WorkspaceSymbol[] {
  const q = query.trim().toLowerCase();
  const scored: { score: number; rec: EntityRecord }[] = [];
  for (const rec of index.entities()) {
    if (rec.group !== 'speaker' || rec.count === 0) continue;
    const score = matchScore(rec.lowerLabel, q);
    if (score >= 0) scored.push({ score, rec });
  }
  scored.sort((a, b) => a.score - b.score || (a.rec.label < b.rec.label ? -1 : 1));
  // locations only for what is returned
  const out: WorkspaceSymbol[] = [];
  for (const { rec } of scored) {
    if (out.length >= MAX_WORKSPACE_SYMBOLS) break;
    const def = definitionOf(rec);
    const loc = def && locationOf(index, def);
    if (!loc) continue;
    out.push({
      name: rec.label,
      kind: rec.kind === 'org' ? SymbolKind.Namespace : SymbolKind.Object,
      containerName: [rec.kind, rec.roles[0]].filter(Boolean).join(', ') || undefined,
      location: loc,
    });
  }
  return out;
}

/** lower is better; -1 when the query does not match (substring first, then subsequence) */
export function matchScore(label: string, query: string): number {
  if (!query) return 0;
  const i = label.indexOf(query);
  if (i !== -1) return i === 0 || label[i - 1] === ' ' ? 0 : 1;
  let k = 0;
  for (let j = 0; j < label.length && k < query.length; j++) if (label[j] === query[k]) k++;
  return k === query.length ? 2 : -1;
}
