// The sidebar's data, a page at a time: `byline/entities` (each group's entities sorted by count
// or by name, from an offset, with the group's total) and `byline/mentions` (one entity's
// marks in corpus order, from an offset, each with a snippet). A page costs the same at any
// corpus size: the orders are kept per index version, and a mention page reads only the
// documents it covers (entity-record.ts marksPage).
import { correctionsOf } from '../corrections/apply';
import type { CorpusIndex, EntityRecord } from '../index/corpus-index';
import { trimText } from './describe';
import type {
  EntitiesParams,
  EntitiesResult,
  EntityGroup,
  EntitySort,
  GroupPage,
  MentionsParams,
  MentionsResult,
  SidebarEntity,
  SidebarMention,
} from './protocol';

const GROUPS: EntityGroup[] = ['speaker', 'date', 'figure'];
const SNIPPET = 120;
export const PAGE = 200;

/** natural order of names: "Figure 9" before "Figure 10", case and accents ignored */
const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
const byName = (a: EntityRecord, b: EntityRecord) => collator.compare(a.label, b.label) || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0);

/**
 * Per index: every record of each group in name order, kept across versions (a version adds
 * and drops few records, and sorting all names with a collator takes ~70 ms at 40,000
 * entities), and the orders served for the current version (entities with marks only).
 */
interface Orders {
  known: Set<EntityRecord>;
  names: Record<EntityGroup, EntityRecord[]>;
  version: number;
  served: Partial<Record<EntitySort, Record<EntityGroup, EntityRecord[]>>>;
}
const ordersOf = new WeakMap<CorpusIndex, Orders>();

function orders(index: CorpusIndex): Orders {
  let o = ordersOf.get(index);
  if (!o) ordersOf.set(index, (o = { known: new Set(), names: { speaker: [], date: [], figure: [] }, version: -1, served: {} }));
  if (o.version === index.version) return o;
  const fresh: Record<EntityGroup, EntityRecord[]> = { speaker: [], date: [], figure: [] };
  for (const rec of index.entities()) {
    if (o.known.has(rec)) continue;
    o.known.add(rec);
    fresh[rec.group].push(rec);
  }
  const known = o.known;
  for (const g of GROUPS) {
    const kept = o.names[g].filter((r) => index.entity(r.id) === r || (known.delete(r), false));
    o.names[g] = merge(kept, fresh[g].sort(byName));
  }
  o.version = index.version;
  o.served = {};
  return o;
}

function merge(a: EntityRecord[], b: EntityRecord[]): EntityRecord[] {
  if (!b.length) return a;
  const out: EntityRecord[] = [];
  let i = 0, j = 0;
  while (i < a.length && j < b.length) out.push(byName(a[i], b[j]) <= 0 ? a[i++] : b[j++]);
  while (i < a.length) out.push(a[i++]);
  while (j < b.length) out.push(b[j++]);
  return out;
}

/** Builds the orders the sidebar opens with now (after indexing), not on its first request. */
export function warmSidebar(index: CorpusIndex): void {
  for (const g of GROUPS) sorted(index, 'count', g);
}

/** a group's entities with marks (a name with only pronoun-tied statements has none) in one order */
function sorted(index: CorpusIndex, sort: EntitySort, group: EntityGroup): EntityRecord[] {
  const o = orders(index);
  let served = o.served[sort];
  if (!served) {
    const marked = (g: EntityGroup) => o.names[g].filter((r) => r.count > 0);
    served = { speaker: marked('speaker'), date: marked('date'), figure: marked('figure') };
    // stable: equal counts stay in name order
    if (sort === 'count') for (const g of GROUPS) served[g].sort((a, b) => b.count - a.count);
    o.served[sort] = served;
  }
  return served[group];
}

export function sidebarEntities(index: CorpusIndex, params: EntitiesParams, indexing: boolean): EntitiesResult {
  const filter = params.filter?.trim().toLowerCase() ?? '';
  const sort: EntitySort = params.sort === 'name' ? 'name' : 'count';
  const offset = Math.max(0, Math.floor(params.offset ?? 0));
  const limit = Math.max(0, Math.floor(params.limit ?? PAGE));
  const groups: GroupPage[] = [];
  const entities: SidebarEntity[] = [];
  for (const group of params.group ? [params.group] : GROUPS) {
    if (!GROUPS.includes(group)) continue;
    let list = sorted(index, sort, group);
    if (filter) list = list.filter((r) => r.lowerLabel.includes(filter));
    let end = offset + limit;
    if (params.reveal) {
      const at = list.findIndex((r) => r.id === params.reveal);
      if (at >= end) end = at + 1;
    }
    const page = list.slice(offset, end);
    groups.push({ group, total: list.length, offset, count: page.length });
    for (const rec of page) entities.push(sidebarEntity(rec));
  }
  return { indexing, files: index.size, version: index.version, groups, entities };
}

function sidebarEntity(rec: EntityRecord): SidebarEntity {
  return {
    id: rec.id,
    group: rec.group,
    label: rec.label,
    kind: rec.kind,
    roles: rec.roles,
    statements: rec.group === 'speaker' ? rec.statementCount : 0,
    count: rec.count,
    ...(rec.corrected.length ? { corrected: rec.corrected } : {}),
  };
}

export function sidebarMentions(index: CorpusIndex, params: MentionsParams): MentionsResult {
  const rec = index.entity(params.id);
  if (!rec || rec.count === 0) return null;
  const offset = Math.max(0, Math.floor(params.offset ?? 0));
  const limit = Math.max(0, Math.floor(params.limit ?? PAGE));
  const mentions: SidebarMention[] = [];
  let file = null;
  for (const m of rec.marksPage(offset, limit)) {
    if (!file || file.uri !== m.uri) file = index.file(m.uri);
    if (!file) continue;
    const range = file.lines.rangeOf(m.annotation.start, m.annotation.end);
    const corrected = correctionsOf(m.annotation);
    mentions.push({
      uri: m.uri,
      range,
      type: m.annotation.type,
      snippet: snippet(file.lines.lineText(file.text, range.start.line), range.start.character),
      ...(corrected.length ? { corrected: [...corrected] } : {}),
    });
  }
  return { id: rec.id, count: rec.count, offset, mentions };
}

/** the line around a mark, cut to about 120 characters with the mark kept in view */
function snippet(line: string, character: number): string {
  if (line.length <= SNIPPET) return trimText(line, SNIPPET);
  const start = Math.max(0, Math.min(character - 40, line.length - SNIPPET));
  const cut = line.slice(start, start + SNIPPET);
  return (start > 0 ? '…' : '') + trimText(cut, SNIPPET) + (start + SNIPPET < line.length ? '…' : '');
}
