// A CSV of quotes (RFC 4180): speaker, role, organisation, quote, article, line, date — one
// row per statement of a named speaker (speaker marks with a quote, and statements tied to a
// speaker through a pronoun), in corpus order.
import type { Annotation } from '../analysis';
import { lineOfOffset, lineStarts } from '../files/lines';
import type { ExportDocument } from './document';

export const QUOTES_CSV_HEADER = ['speaker', 'role', 'organisation', 'quote', 'article', 'line', 'date'];

export function formatQuotesCsv(docs: ExportDocument[]): string {
  const orgs = organisations(docs);
  const rows: string[][] = [QUOTES_CSV_HEADER];
  for (const d of docs) {
    const starts = lineStarts(d.text);
    const items: { at: number; row: string[] }[] = [];
    const roleOf = new Map<string, string>();
    for (const a of d.annotations) if (a.type === 'speaker' && a.role && a.entity && !roleOf.has(a.entity)) roleOf.set(a.entity, a.role);
    for (const a of d.annotations) {
      if (a.type !== 'speaker' || !a.quote) continue;
      const name = a.entity ?? a.text;
      const role = a.role ?? roleOf.get(name) ?? '';
      items.push({ at: a.quote.start, row: [name, role, organisationOf(a, role, orgs), quoteText(d.text, a.quote), d.doc, String(lineOfOffset(starts, a.quote.start)), d.date ?? ''] });
    }
    for (const s of d.statements) {
      const role = roleOf.get(s.entity) ?? '';
      const kind = d.annotations.find((a) => a.entity === s.entity)?.subtype;
      const org = kind === 'org' ? s.entity : findOrg(role, orgs);
      items.push({ at: s.quote.start, row: [s.entity, role, org, quoteText(d.text, s.quote), d.doc, String(lineOfOffset(starts, s.quote.start)), d.date ?? ''] });
    }
    items.sort((x, y) => x.at - y.at);
    rows.push(...items.map((i) => i.row));
  }
  return rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** the organisation a speaker speaks for: itself when it is one, else an organisation named in its role */
function organisationOf(a: Annotation, role: string, orgs: [string, string][]): string {
  if (a.subtype === 'org') return a.entity ?? a.text;
  return findOrg(role, orgs);
}

function findOrg(role: string, orgs: [string, string][]): string {
  if (!role) return '';
  for (const [text, entity] of orgs) if (new RegExp(`(?<!\\w)${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\w)`).test(role)) return entity;
  return '';
}

/** organisations of the corpus: [surface form, entity name], longest form first */
function organisations(docs: ExportDocument[]): [string, string][] {
  const names = new Map<string, string>();
  for (const d of docs) for (const a of d.annotations) if ((a.type === 'speaker' || a.type === 'mention') && a.subtype === 'org') names.set(a.text, a.entity ?? a.text);
  return [...names].sort((a, b) => b[0].length - a[0].length);
}

function quoteText(text: string, q: { start: number; end: number }): string {
  return text.slice(q.start, q.end).replace(/\s+/g, ' ').trim();
}

export function csvField(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Reads CSV (RFC 4180) into rows (for tests and re-import). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [], field = '', i = 0, quoted = false;
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), (i += 2);
      else if (c === '"') (quoted = false), i++;
      else (field += c), i++;
    } else if (c === '"') (quoted = true), i++;
    else if (c === ',') row.push(field), (field = ''), i++;
    else if (c === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), (i += 2);
    else if (c === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else (field += c), i++;
  }
  if (field || row.length) row.push(field), rows.push(row);
  return rows;
}
