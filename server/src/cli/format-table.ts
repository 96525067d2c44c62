// Readable summary: speakers (roles, statements, mentions), then dates and figures with values.
import type { DocumentAnalysis } from '../analysis';
import { lineOfOffset, lineStarts } from '../files/lines';

interface EntityRow {
  name: string;
  kind: string;
  roles: Set<string>;
  statements: number;
  mentions: number;
  docs: Set<string>;
}

export function formatTable(results: DocumentAnalysis[], texts: Map<string, string>): string {
  const entities = new Map<string, EntityRow>();
  const dates: string[][] = [];
  const figures: string[][] = [];
  for (const r of results) {
    const starts = lineStarts(texts.get(r.id) ?? '');
    const lineOf = (a: { start: number }) => lineOfOffset(starts, a.start);
    for (const a of r.annotations) {
      if (a.type === 'speaker' || a.type === 'mention') {
        const name = a.entity ?? a.text;
        let row = entities.get(name);
        if (!row) {
          row = { name, kind: a.subtype ?? '', roles: new Set(), statements: 0, mentions: 0, docs: new Set() };
          entities.set(name, row);
        }
        if (a.role) row.roles.add(a.role);
        if (a.type === 'speaker') row.statements++;
        else row.mentions++;
        row.docs.add(r.id);
      } else if (a.type === 'date') {
        dates.push([`${r.id}:${lineOf(a)}`, oneLine(a.text), String(a.value ?? '—'), a.subtype ?? '']);
      } else {
        figures.push([`${r.id}:${lineOf(a)}`, oneLine(a.text), String(a.value ?? '—'), a.unit ?? '', a.subtype ?? '']);
      }
    }
  }
  // Statements tied to a speaker through a pronoun ("he said") count as that speaker's quotes.
  for (const r of results) {
    for (const s of r.statements) {
      const row = entities.get(s.entity);
      if (row) row.statements++;
    }
  }
  const speakers = [...entities.values()]
    .filter((e) => e.statements > 0)
    .sort((a, b) => b.statements - a.statements || b.mentions - a.mentions || a.name.localeCompare(b.name));
  const out: string[] = [];
  out.push(`${results.length} article(s): ${speakers.length} speakers, ${dates.length} dates, ${figures.length} figures`, '');
  out.push('SPEAKERS');
  out.push(...table(['speaker', 'kind', 'statements', 'mentions', 'articles', 'roles'],
    speakers.map((e) => [e.name, e.kind, String(e.statements), String(e.mentions), String(e.docs.size), [...e.roles].join('; ')])));
  out.push('', 'DATES');
  out.push(...table(['where', 'text', 'value', 'kind'], dates));
  out.push('', 'FIGURES');
  out.push(...table(['where', 'text', 'value', 'unit', 'kind'], figures));
  return out.join('\n') + '\n';
}

function table(head: string[], rows: string[][]): string[] {
  if (rows.length === 0) return ['  (none)'];
  const widths = head.map((h, i) => Math.min(60, Math.max(h.length, ...rows.map((r) => r[i].length))));
  const fmt = (r: string[]) => '  ' + r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]))).join('  ').trimEnd();
  return [fmt(head), fmt(widths.map((w) => '-'.repeat(w))), ...rows.map(fmt)];
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ');
}
