// Cross-file navigation over an entity's marks: definition, references, highlights, the
// next/previous mark (byline/neighbourMention) and the sidebar id under the cursor.
import { DocumentHighlightKind, type DocumentHighlight, type Location } from 'vscode-languageserver';
import type { Annotation } from '../analysis';
import { definitionOf, type CorpusIndex, type EntityRecord, type Mark } from '../index/corpus-index';
import type { LineMap, Position } from '../index/line-map';
import type { EntityAtResult, NeighbourMentionResult } from './protocol';
import { RawJson } from './raw-json';
import { locationsJson } from './locations-json';

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

/**
 * An entity's reference list as last built, valid while the record's generation stands: per
 * mark its URI and its range as four numbers. Compact on purpose: kept Location objects (four
 * per mark) would survive into the old generation of the heap, and copying them there costs
 * more than making them again per request.
 */
interface References {
  generation: number;
  uris: string[];
  /** start line, start character, end line, end character per mark */
  ranges: Int32Array;
  /** index of the definition among the marks (-1 when none) */
  definitionAt: number;
}

/**
 * The last few entities' reference lists per index: a list of the most-mentioned speaker has
 * tens of thousands of locations, and the same entity is asked again (peek, then the
 * references view, then back after a jump) while nothing changed.
 */
const REFERENCES_KEPT = 8;
const referenceLists = new WeakMap<CorpusIndex, Map<EntityRecord, References>>();

function referenceList(index: CorpusIndex, rec: EntityRecord): References {
  let kept = referenceLists.get(index);
  if (!kept) referenceLists.set(index, (kept = new Map()));
  const hit = kept.get(rec);
  if (hit && hit.generation === rec.generation) {
    kept.delete(rec); // most recently used last
    kept.set(rec, hit);
    return hit;
  }
  // one pass over the entity's marks in corpus order: no Mark objects, one line map lookup per file
  const def = definitionOf(rec)?.annotation;
  const uris: string[] = [];
  const ranges = new Int32Array(rec.count * 4);
  let definitionAt = -1;
  let uri = '';
  let lines: LineMap | null = null;
  rec.eachMark((u, a) => {
    if (u !== uri) {
      uri = u;
      lines = index.file(u)?.lines ?? null;
    }
    if (!lines) return;
    if (a === def) definitionAt = uris.length;
    const { start, end } = lines.rangeOf(a.start, a.end);
    ranges.set([start.line, start.character, end.line, end.character], uris.length * 4);
    uris.push(u);
  });
  const list: References = { generation: rec.generation, uris, ranges, definitionAt };
  kept.delete(rec);
  kept.set(rec, list);
  if (kept.size > REFERENCES_KEPT) kept.delete(kept.keys().next().value!);
  return list;
}

/**
 * An entity's references, as a result that the stdio transport sends as kept JSON bytes (asked
 * again while the entity is unchanged, the same bytes go out; see raw-json.ts).
 */
export function references(index: CorpusIndex, uri: string, position: Position, includeDeclaration: boolean): RawJson<Location[]> | null {
  const t = targetAt(index, uri, position);
  if (!t || t.entity.group !== 'speaker') return null;
  const list = referenceList(index, t.entity);
  const last = lastAnswer.get(index);
  if (last && last.list === list && last.includeDeclaration === includeDeclaration) return last.answer;
  const skip = includeDeclaration ? -1 : list.definitionAt;
  const answer = new RawJson(() => locations(list, skip), () => locationsJson(list.uris, list.ranges, skip));
  lastAnswer.set(index, { list, includeDeclaration, answer });
  return answer;
}

/**
 * The last references answer per index, whose bytes go out again when the same is asked (one
 * only: the top speaker's are 20 MB at 50,000 articles). A rebuilt list is a new object.
 */
const lastAnswer = new WeakMap<CorpusIndex, { list: References; includeDeclaration: boolean; answer: RawJson<Location[]> }>();

function locations({ uris, ranges }: References, skip: number): Location[] {
  const out: Location[] = [];
  for (let i = 0; i < uris.length; i++) {
    if (i === skip) continue;
    const r = i * 4;
    out.push({ uri: uris[i], range: { start: { line: ranges[r], character: ranges[r + 1] }, end: { line: ranges[r + 2], character: ranges[r + 3] } } });
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
