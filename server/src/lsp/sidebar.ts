// `byline/entities`: the whole corpus's entities for the sidebar, with a snippet per mark.
import { correctionsOf } from '../corrections/apply';
import type { CorpusIndex, EntityRecord } from '../index/corpus-index';
import { trimText } from './describe';
import type { EntitiesParams, EntitiesResult, SidebarEntity, SidebarMention } from './protocol';

const GROUP_ORDER = { speaker: 0, date: 1, figure: 2 } as const;
const SNIPPET = 120;

export function sidebarEntities(index: CorpusIndex, params: EntitiesParams, indexing: boolean): EntitiesResult {
  const filter = params.filter?.trim().toLowerCase() ?? '';
  const limit = params.mentionLimit != null && params.mentionLimit >= 0 ? Math.floor(params.mentionLimit) : 200;
  const records: EntityRecord[] = [];
  for (const rec of index.entities()) {
    if (rec.marks.length === 0) continue; // statements tied to a name with no mark
    if (filter && !rec.label.toLowerCase().includes(filter)) continue;
    records.push(rec);
  }
  records.sort(
    (a, b) => GROUP_ORDER[a.group] - GROUP_ORDER[b.group] || b.marks.length - a.marks.length || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0),
  );
  const entities: SidebarEntity[] = records.map((rec) => {
    const mentions: SidebarMention[] = [];
    for (const m of rec.marks.slice(0, limit)) {
      const file = index.file(m.uri);
      if (!file) continue;
      const range = file.lines.rangeOf(m.annotation.start, m.annotation.end);
      const corrected = correctionsOf(m.annotation);
      mentions.push({ uri: m.uri, range, type: m.annotation.type, snippet: snippet(file.lines.lineText(range.start.line), range.start.character), ...(corrected.length ? { corrected: [...corrected] } : {}) });
    }
    const corrected = [...new Set(rec.marks.flatMap((m) => correctionsOf(m.annotation)))];
    return {
      id: rec.id,
      group: rec.group,
      label: rec.label,
      kind: rec.kind,
      roles: rec.roles,
      statements: rec.group === 'speaker' ? rec.statements.length : 0,
      count: rec.marks.length,
      mentions,
      truncated: rec.marks.length > limit,
      ...(corrected.length ? { corrected } : {}),
    };
  });
  return { indexing, files: index.size, entities };
}

/** the line around a mark, cut to about 120 characters with the mark kept in view */
function snippet(line: string, character: number): string {
  if (line.length <= SNIPPET) return trimText(line, SNIPPET);
  const start = Math.max(0, Math.min(character - 40, line.length - SNIPPET));
  const cut = line.slice(start, start + SNIPPET);
  return (start > 0 ? '…' : '') + trimText(cut, SNIPPET) + (start + SNIPPET < line.length ? '…' : '');
}
