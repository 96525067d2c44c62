// `byline/entities`: the whole corpus's entities for the sidebar, with a snippet per mark.
// Scales to large corpora: the sorted entity list is kept per index version, counts come
// without building mark lists, and one response carries at most MAX_MENTIONS mentions in all
// (entities past the budget come with `truncated` set, and the client pages them in with a
// filter and a larger mentionLimit, as for any entity over mentionLimit).
import { correctionsOf } from '../corrections/apply';
import type { CorpusIndex, EntityRecord } from '../index/corpus-index';
import { trimText } from './describe';
import type { EntitiesParams, EntitiesResult, SidebarEntity, SidebarMention } from './protocol';

const GROUP_ORDER = { speaker: 0, date: 1, figure: 2 } as const;
const SNIPPET = 120;
export const MAX_MENTIONS = 5000;

const sorted = new WeakMap<CorpusIndex, { version: number; records: EntityRecord[] }>();

function sortedRecords(index: CorpusIndex): EntityRecord[] {
  const cached = sorted.get(index);
  if (cached && cached.version === index.version) return cached.records;
  const records: EntityRecord[] = [];
  for (const rec of index.entities()) if (rec.count > 0) records.push(rec); // skip statements tied to a name with no mark
  records.sort(
    (a, b) => GROUP_ORDER[a.group] - GROUP_ORDER[b.group] || b.count - a.count || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0),
  );
  sorted.set(index, { version: index.version, records });
  return records;
}

export function sidebarEntities(index: CorpusIndex, params: EntitiesParams, indexing: boolean): EntitiesResult {
  const filter = params.filter?.trim().toLowerCase() ?? '';
  const limit = params.mentionLimit != null && params.mentionLimit >= 0 ? Math.floor(params.mentionLimit) : 200;
  let budget = Math.max(MAX_MENTIONS, limit);
  const entities: SidebarEntity[] = [];
  for (const rec of sortedRecords(index)) {
    if (filter && !rec.label.toLowerCase().includes(filter)) continue;
    const mentions: SidebarMention[] = [];
    const take = Math.min(limit, budget, rec.count);
    if (take > 0) {
      const marks = rec.firstMarks(take); // not the whole list (cached on the record) for a page
      let file = null;
      for (let i = 0; i < marks.length; i++) {
        const m = marks[i];
        if (!file || file.uri !== m.uri) file = index.file(m.uri);
        if (!file) continue;
        const range = file.lines.rangeOf(m.annotation.start, m.annotation.end);
        const corrected = correctionsOf(m.annotation);
        mentions.push({
          uri: m.uri,
          range,
          type: m.annotation.type,
          snippet: snippet(file.lines.lineText(range.start.line), range.start.character),
          ...(corrected.length ? { corrected: [...corrected] } : {}),
        });
      }
      budget -= take;
    }
    entities.push({
      id: rec.id,
      group: rec.group,
      label: rec.label,
      kind: rec.kind,
      roles: rec.roles,
      statements: rec.group === 'speaker' ? rec.statementCount : 0,
      count: rec.count,
      mentions,
      truncated: mentions.length < rec.count,
      ...(rec.corrected.length ? { corrected: rec.corrected } : {}),
    });
  }
  return { indexing, files: index.size, entities };
}

/** the line around a mark, cut to about 120 characters with the mark kept in view */
function snippet(line: string, character: number): string {
  if (line.length <= SNIPPET) return trimText(line, SNIPPET);
  const start = Math.max(0, Math.min(character - 40, line.length - SNIPPET));
  const cut = line.slice(start, start + SNIPPET);
  return (start > 0 ? '…' : '') + trimText(cut, SNIPPET) + (start + SNIPPET < line.length ? '…' : '');
}
