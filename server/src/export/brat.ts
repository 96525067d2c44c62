// brat standoff (.ann): one text-bound annotation per mark, typed Speaker, Mention, Date or
// Figure; speakers' and mentions' entity as a normalisation (`N… Reference T… Byline:Name`,
// the name itself in the third column); the other attributes as a JSON AnnotatorNotes line;
// each speaker's statement as a Quote span tied to it by a `Said` relation.
//
//   T1	Speaker 57 71	Antony Blinken
//   N1	Reference T1 Byline:Antony_Blinken	Antony Blinken
//   #1	AnnotatorNotes T1	{"subtype":"person","role":"US Secretary of State"}
//   T2	Quote 80 152	…
//   R1	Said Arg1:T1 Arg2:T2
import type { Annotation, AnnotationType } from '../analysis';
import type { ExportDocument } from './document';

const TYPE_NAMES: Record<AnnotationType, string> = { speaker: 'Speaker', mention: 'Mention', date: 'Date', figure: 'Figure' };
const TYPES_BY_NAME = new Map(Object.entries(TYPE_NAMES).map(([k, v]) => [v.toLowerCase(), k as AnnotationType]));

/** brat's annotation.conf for these files */
export const BRAT_CONF = `[entities]
Speaker
Mention
Date
Figure
Quote

[relations]
Said	Arg1:Speaker, Arg2:Quote

[events]

[attributes]
`;

export function formatBratAnn(doc: ExportDocument): string {
  const lines: string[] = [];
  let t = 0, n = 0, r = 0, note = 0;
  for (const a of doc.annotations) {
    const id = `T${++t}`;
    lines.push(`${id}\t${TYPE_NAMES[a.type]} ${fragments(doc.text, a.start, a.end)}\t${fragmentText(doc.text, a.start, a.end)}`);
    if ((a.type === 'speaker' || a.type === 'mention') && a.entity) {
      lines.push(`N${++n}\tReference ${id} Byline:${a.entity.replace(/\s+/g, '_')}\t${a.entity}`);
    }
    const notes: Record<string, unknown> = {};
    for (const k of ['subtype', 'role', 'value', 'unit'] as const) if (a[k] !== null && a[k] !== undefined) notes[k] = a[k];
    if (Object.keys(notes).length) lines.push(`#${++note}\tAnnotatorNotes ${id}\t${JSON.stringify(notes)}`);
    if (a.type === 'speaker' && a.quote && a.quote.end > a.quote.start) {
      const q = `T${++t}`;
      lines.push(`${q}\tQuote ${fragments(doc.text, a.quote.start, a.quote.end)}\t${fragmentText(doc.text, a.quote.start, a.quote.end)}`);
      lines.push(`R${++r}\tSaid Arg1:${id} Arg2:${q}`);
    }
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}

/** brat offsets: one fragment per line (brat spans cannot cross a line break) */
function fragments(text: string, start: number, end: number): string {
  const parts: string[] = [];
  let s = start;
  for (let i = start; i <= end; i++) {
    if (i === end || text[i] === '\n' || text[i] === '\r') {
      if (i > s) parts.push(`${s} ${i}`);
      s = i + 1;
    }
  }
  return parts.length ? parts.join(';') : `${start} ${end}`;
}

function fragmentText(text: string, start: number, end: number): string {
  return text.slice(start, end).split(/\r?\n|\r/).filter((x) => x.length).join(' ');
}

export interface BratProblem {
  line: number;
  message: string;
}

/** Reads an .ann file into annotations (Quote spans become speakers' quotes). */
export function parseBratAnn(ann: string, text: string): { annotations: Annotation[]; problems: BratProblem[] } {
  const problems: BratProblem[] = [];
  const spans = new Map<string, { type: string; start: number; end: number; line: number }>();
  const entities = new Map<string, string>();
  const notes = new Map<string, Record<string, unknown>>();
  const said: [string, string][] = [];
  ann.split('\n').forEach((raw, i) => {
    const line = i + 1;
    const src = raw.replace(/\r$/, '');
    if (!src.trim()) return;
    const cols = src.split('\t');
    const id = cols[0];
    const head = (cols[1] ?? '').split(' ');
    if (id.startsWith('T')) {
      const frags = head.slice(1).join(' ').split(';').map((f) => f.trim().split(/\s+/).map(Number));
      const start = frags[0]?.[0], end = frags[frags.length - 1]?.[1];
      if (!Number.isInteger(start) || !Number.isInteger(end) || start! < 0 || end! > text.length || end! < start!) {
        problems.push({ line, message: `bad offsets "${head.slice(1).join(' ')}"` });
        return;
      }
      spans.set(id, { type: head[0], start: start!, end: end!, line });
    } else if (id.startsWith('N')) {
      const target = head[1];
      const name = cols[2] ?? head[2]?.replace(/^[^:]*:/, '').replace(/_/g, ' ');
      if (target && name) entities.set(target, name);
    } else if (id.startsWith('#')) {
      if (head[0] !== 'AnnotatorNotes' || !head[1]) return;
      try {
        const v = JSON.parse(cols.slice(2).join('\t'));
        if (v && typeof v === 'object') notes.set(head[1], v);
      } catch {
        // a note written by hand: not Byline's attributes
      }
    } else if (id.startsWith('R')) {
      if (head[0] !== 'Said') return;
      const arg = (k: string) => head.find((h) => h.startsWith(k + ':'))?.slice(k.length + 1);
      const a1 = arg('Arg1'), a2 = arg('Arg2');
      if (a1 && a2) said.push([a1, a2]);
    }
  });
  const annotations: Annotation[] = [];
  const byId = new Map<string, Annotation>();
  for (const [id, s] of spans) {
    const type = TYPES_BY_NAME.get(s.type.toLowerCase());
    if (!type) {
      if (s.type.toLowerCase() !== 'quote') problems.push({ line: s.line, message: `unknown type "${s.type}"` });
      continue;
    }
    const n = notes.get(id) ?? {};
    const str = (v: unknown) => (typeof v === 'string' ? v : null);
    const a: Annotation = {
      type,
      start: s.start,
      end: s.end,
      text: text.slice(s.start, s.end),
      entity: type === 'speaker' || type === 'mention' ? (entities.get(id) ?? text.slice(s.start, s.end)) : null,
      subtype: str(n.subtype),
      role: str(n.role),
      value: typeof n.value === 'number' || typeof n.value === 'string' ? n.value : null,
      unit: str(n.unit),
    };
    annotations.push(a);
    byId.set(id, a);
  }
  for (const [speaker, quote] of said) {
    const a = byId.get(speaker), q = spans.get(quote);
    if (a && q) a.quote = { start: q.start, end: q.end };
  }
  annotations.sort((x, y) => x.start - y.start || x.end - y.end);
  return { annotations, problems };
}
