// Cross-file navigation over an entity's marks: definition, references, highlights, the
// next/previous mark (byline/neighbourMention) and the sidebar id under the cursor.
import { DocumentHighlightKind, type DocumentHighlight, type Location } from 'vscode-languageserver';
import type { Annotation } from '../analysis';
import { definitionOf, type CorpusIndex, type EntityRecord, type Mark } from '../index/corpus-index';
import type { Position } from '../index/line-map';
import type { EntityAtResult, NeighbourMentionResult } from './protocol';

interface Target {
  annotation: Annotation;
  entity: EntityRecord;
}

export function targetAt(index: CorpusIndex, uri: string, position: Position): Target | null {
  const file = index.file(uri);
  if (!file) return null;
  const annotation = index.annotationAt(uri, file.lines.offsetAt(position));
  if (!annotation) return null;
  const entity = index.entityOf(annotation);
  return entity ? { annotation, entity } : null;
}

export function locationOf(index: CorpusIndex, mark: Mark): Location | null {
  const file = index.file(mark.uri);
  return file ? { uri: mark.uri, range: file.lines.rangeOf(mark.annotation.start, mark.annotation.end) } : null;
}

/** Speakers and mentions only: dates and figures have no definition. */
export function definition(index: CorpusIndex, uri: string, position: Position): Location | null {
  const t = targetAt(index, uri, position);
  if (!t || t.entity.group !== 'speaker') return null;
  const def = definitionOf(t.entity);
  return def ? locationOf(index, def) : null;
}

export function references(index: CorpusIndex, uri: string, position: Position, includeDeclaration: boolean): Location[] | null {
  const t = targetAt(index, uri, position);
  if (!t || t.entity.group !== 'speaker') return null;
  const def = includeDeclaration ? null : definitionOf(t.entity);
  const out: Location[] = [];
  let file = null;
  for (const m of t.entity.marks) {
    if (def && m.annotation === def.annotation) continue;
    if (!file || file.uri !== m.uri) file = index.file(m.uri);
    if (file) out.push({ uri: m.uri, range: file.lines.rangeOf(m.annotation.start, m.annotation.end) });
  }
  return out;
}

export function highlights(index: CorpusIndex, uri: string, position: Position): DocumentHighlight[] | null {
  const t = targetAt(index, uri, position);
  const file = index.file(uri);
  if (!t || !file) return null;
  return t.entity.marks
    .filter((m) => m.uri === uri)
    .map((m) => ({
      range: file.lines.rangeOf(m.annotation.start, m.annotation.end),
      kind: m.annotation.type === 'speaker' ? DocumentHighlightKind.Write : DocumentHighlightKind.Read,
    }));
}

export function neighbourMention(
  index: CorpusIndex,
  uri: string,
  position: Position,
  direction: 'next' | 'previous',
): NeighbourMentionResult | null {
  const t = targetAt(index, uri, position);
  if (!t) return null;
  const marks = t.entity.marks;
  const i = marks.findIndex((m) => m.annotation === t.annotation);
  if (i === -1 || marks.length === 0) return null;
  const j = (i + (direction === 'next' ? 1 : -1) + marks.length) % marks.length;
  const loc = locationOf(index, marks[j]);
  return loc ? { uri: loc.uri, range: loc.range, index: j + 1, total: marks.length } : null;
}

export function entityAt(index: CorpusIndex, uri: string, position: Position): EntityAtResult {
  const t = targetAt(index, uri, position);
  return t ? { id: t.entity.id } : null;
}
