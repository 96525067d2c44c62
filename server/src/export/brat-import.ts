// Turns marks read from brat back into corrections: compared with what Byline finds (the
// automatic marks with the decisions that are kept), a mark only brat has becomes `add`, a
// mark only Byline has becomes `reject`, and a mark with other attributes becomes `set`.
// Applying the result reproduces brat's marks.
import type { Annotation } from '../analysis';
import { makeAnchor } from '../corrections/anchor';
import type { Decision, MarkType } from '../corrections/format';

const ATTRIBUTES = ['entity', 'subtype', 'role', 'value', 'unit'] as const;

export function decisionsFromBrat(doc: string, text: string, brat: Annotation[], byline: Annotation[]): Decision[] {
  const key = (a: Annotation) => `${a.type}:${a.start}:${a.end}`;
  const ours = new Map(byline.map((a) => [key(a), a]));
  const theirs = new Map(brat.map((a) => [key(a), a]));
  const out: Decision[] = [];
  for (const a of byline) {
    if (!theirs.has(key(a))) out.push({ op: 'reject', doc, anchor: makeAnchor(text, a.start, a.end), type: a.type as MarkType });
  }
  for (const b of brat) {
    const a = ours.get(key(b));
    if (!a) {
      const d: Decision = { op: 'add', doc, anchor: makeAnchor(text, b.start, b.end), type: b.type as MarkType };
      for (const k of ATTRIBUTES) if (b[k] !== null && b[k] !== undefined) (d as Record<string, unknown>)[k] = b[k];
      if (b.quote) d.quote = b.quote;
      out.push(d);
      continue;
    }
    const changed: Record<string, unknown> = {};
    for (const k of ATTRIBUTES) if ((a[k] ?? null) !== (b[k] ?? null)) changed[k] = b[k] ?? null;
    if (b.type === 'speaker' && !sameSpan(a.quote, b.quote)) changed.quote = b.quote ?? null;
    if (Object.keys(changed).length) out.push({ op: 'set', doc, anchor: makeAnchor(text, b.start, b.end), type: b.type as MarkType, ...changed });
  }
  return out;
}

function sameSpan(a: { start: number; end: number } | null | undefined, b: { start: number; end: number } | null | undefined): boolean {
  return (!a && !b) || (!!a && !!b && a.start === b.start && a.end === b.end);
}
