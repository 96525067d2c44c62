// Document symbols (Speakers / Dates / Figures, each with its marks) and workspace symbols
// (one per speaker entity, at its definition, by case-insensitive substring or fuzzy match).
import { SymbolKind, type DocumentSymbol, type WorkspaceSymbol } from 'vscode-languageserver';
import type { Annotation } from '../analysis';
import { definitionOf, type CorpusIndex, type EntityRecord } from '../index/corpus-index';
import { labelOf } from '../index/entity-id';
import { describeAnnotation } from './describe';
import { locationOf } from './navigation';

/** the cap VS Code's TypeScript extension asks of tsserver for workspace symbols (navto) */
const MAX_WORKSPACE_SYMBOLS = 256;

export function documentSymbols(index: CorpusIndex, uri: string): DocumentSymbol[] {
  const file = index.file(uri);
  if (!file) return [];
  const whole = file.lines.rangeOf(0, file.lines.length);
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

/** speaker entities sorted by label (the tie-break of equal scores), rebuilt when the index changes */
interface SymbolTable {
  version: number;
  records: EntityRecord[];
  lowerLabels: string[];
}
const tables = new WeakMap<CorpusIndex, SymbolTable>();
/** a symbol per record, valid while the record's generation stands (its definition may move) */
const symbolOf = new WeakMap<EntityRecord, { generation: number; symbol: WorkspaceSymbol | null }>();

function symbolTable(index: CorpusIndex): SymbolTable {
  const cached = tables.get(index);
  if (cached && cached.version === index.version) return cached;
  const records: EntityRecord[] = [];
  for (const rec of index.entities()) if (rec.group === 'speaker' && rec.count > 0) records.push(rec);
  records.sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
  const table = { version: index.version, records, lowerLabels: records.map((r) => r.lowerLabel) };
  tables.set(index, table);
  return table;
}

function symbol(index: CorpusIndex, rec: EntityRecord): WorkspaceSymbol | null {
  const hit = symbolOf.get(rec);
  if (hit && hit.generation === rec.generation) return hit.symbol;
  const def = definitionOf(rec);
  const loc = def && locationOf(index, def);
  const value: WorkspaceSymbol | null = loc && {
    name: rec.label,
    kind: rec.kind === 'org' ? SymbolKind.Namespace : SymbolKind.Object,
    containerName: [rec.kind, rec.roles[0]].filter(Boolean).join(', ') || undefined,
    location: loc,
  };
  symbolOf.set(rec, { generation: rec.generation, symbol: value });
  return value;
}

/** Builds the table of speakers now (after indexing), not on the first query. */
export function warmWorkspaceSymbols(index: CorpusIndex): void {
  symbolTable(index);
}

/**
 * Speakers whose name matches the query: word-start substring matches, then other substring
 * matches, then subsequence matches, each by name. One scan of the sorted lower-case names
 * sorts the matches into those three buckets, so no sort runs per query.
 */
export function workspaceSymbols(index: CorpusIndex, query: string): WorkspaceSymbol[] {
  const q = query.trim().toLowerCase();
  const { records, lowerLabels } = symbolTable(index);
  const buckets: number[][] = [[], [], []];
  for (let i = 0; i < lowerLabels.length; i++) {
    const score = matchScore(lowerLabels[i], q);
    if (score >= 0) buckets[score].push(i);
  }
  const out: WorkspaceSymbol[] = [];
  for (const bucket of buckets) {
    for (const i of bucket) {
      if (out.length >= MAX_WORKSPACE_SYMBOLS) return out;
      const s = symbol(index, records[i]);
      if (s) out.push(s);
    }
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
