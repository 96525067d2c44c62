// Applies the user's decisions to the analyser's corpus resolution: a post-step, pure (the
// input results are not changed), run by the server's index, the CLI exports and tests alike.
//
// Order, whatever the order of lines in the file:
//   1. reference-date   dates of that article re-valued against the given date
//   2. reject, set, add  marks of one article (in file order)
//   3. merge, split      entity names, corpus-wide (in file order)
//   4. reject-speaker    a name's speaker marks and statements dropped everywhere; its
//                        mentions too when it is then a speaker nowhere. Marks a decision
//                        added are kept.
// A decision that finds nothing to act on (its text is gone from the article, no entity of
// that name, no mark at that span) is an orphan: reported, not dropped from the file.
import { extractDocument } from '../analysis';
import type { Annotation, DocumentAnalysis, Statement } from '../analysis';
import { findAnchor } from './anchor';
import type { Decision } from './format';

export interface Orphan {
  decision: Decision;
  reason: string;
}

export interface Applied {
  decision: Decision;
  /** marks the decision added, changed or removed */
  marks: number;
}

export interface CorrectionsResult {
  results: DocumentAnalysis[];
  orphans: Orphan[];
  applied: Applied[];
  /** per decision, the result ids of the articles where it changed something */
  touched: Map<Decision, Set<string>>;
}

export interface ApplyOptions {
  /** the decision `doc` of a result id (default: the id itself); null: no decision applies */
  docOf?: (id: string) => string | null;
  /**
   * The results are part of the corpus only (an incremental update): a decision about an
   * article not among them is not an orphan, and this says whether a name is still a
   * speaker in the articles left out (for reject-speaker's mentions).
   */
  partial?: { speakerElsewhere: (name: string) => boolean };
}

/** ids of the decisions that added or changed a mark (for the sidebar's "corrected" items) */
const correctedBy = new WeakMap<Annotation, string[]>();
const addedMarks = new WeakSet<Annotation>();

export function correctionsOf(a: Annotation): readonly string[] {
  return correctedBy.get(a) ?? [];
}

/** whether a decision added or changed this mark (it may have no id) */
export function isCorrected(a: Annotation): boolean {
  return correctedBy.has(a);
}

export function applyCorrections(
  input: DocumentAnalysis[],
  texts: Map<string, string>,
  decisions: Decision[],
  options: ApplyOptions = {},
): CorrectionsResult {
  const docOf = options.docOf ?? ((id: string) => id);
  const results: DocumentAnalysis[] = input.map((r) => ({
    id: r.id,
    annotations: r.annotations.map((a) => copy(a)),
    statements: r.statements.map((s) => ({ ...s })),
  }));
  const byDoc = new Map<string, DocumentAnalysis>();
  for (const r of results) {
    const doc = docOf(r.id);
    if (doc !== null && !byDoc.has(doc)) byDoc.set(doc, r);
  }
  const orphans: Orphan[] = [];
  const applied: Applied[] = [];
  const touched = new Map<Decision, Set<string>>();
  const touch = (d: Decision, r: DocumentAnalysis) => (touched.get(d) ?? touched.set(d, new Set()).get(d)!).add(r.id);
  const done = (decision: Decision, marks: number) => applied.push({ decision, marks });
  const orphan = (decision: Decision, reason: string) => orphans.push({ decision, reason });
  const spanOf = (d: Decision): { r: DocumentAnalysis; text: string; start: number; end: number } | null => {
    const r = byDoc.get(d.doc!);
    const text = r ? texts.get(r.id) : undefined;
    if (!r || text === undefined) {
      if (!options.partial) orphan(d, `no article ${d.doc}`);
      return null;
    }
    touch(d, r);
    const found = findAnchor(text, d.anchor!);
    if (!found) {
      orphan(d, `“${d.anchor!.text}” is no longer in ${d.doc}`);
      return null;
    }
    return { r, text, start: found.start, end: found.end };
  };

  // 1. reference dates
  for (const d of decisions) {
    if (d.op !== 'reference-date') continue;
    const r = byDoc.get(d.doc!);
    const text = r ? texts.get(r.id) : undefined;
    if (!r || text === undefined) {
      if (!options.partial) orphan(d, `no article ${d.doc}`);
      continue;
    }
    touch(d, r);
    const redone = extractDocument({ id: r.id, text }, { referenceDate: d.date }).dates;
    const bySpan = new Map(redone.map((x) => [`${x.start}:${x.end}`, x]));
    let n = 0;
    for (const a of r.annotations) {
      if (a.type !== 'date') continue;
      const x = bySpan.get(`${a.start}:${a.end}`);
      if (!x) continue;
      a.value = x.value;
      a.reference = x.reference ?? null;
      mark(a, d);
      n++;
    }
    done(d, n);
  }

  // 2. marks of one article
  for (const d of decisions) {
    if (d.op !== 'reject' && d.op !== 'set' && d.op !== 'add') continue;
    const at = spanOf(d);
    if (!at) continue;
    const { r, text, start, end } = at;
    if (d.op === 'reject') {
      const before = r.annotations.length;
      r.annotations = r.annotations.filter((a) => !(a.start === start && a.end === end && (!d.type || a.type === d.type)));
      const n = before - r.annotations.length;
      if (n === 0) orphan(d, `no ${d.type ?? 'mark'} at “${d.anchor!.text}” in ${d.doc} any more`);
      else done(d, n);
    } else if (d.op === 'set') {
      const a = r.annotations.find((x) => x.start === start && x.end === end && x.type !== 'mention') ?? r.annotations.find((x) => x.start === start && x.end === end);
      if (!a) {
        orphan(d, `no mark at “${d.anchor!.text}” in ${d.doc} any more`);
        continue;
      }
      setAttributes(a, d);
      if ((a.type === 'speaker' || a.type === 'mention') && !a.entity) a.entity = a.text;
      if (a.type === 'date' || a.type === 'figure') a.entity = null;
      mark(a, d);
      done(d, 1);
    } else {
      const type = d.type!;
      const added: Annotation = {
        type,
        start,
        end,
        text: text.slice(start, end),
        entity: type === 'speaker' || type === 'mention' ? (d.entity ?? text.slice(start, end)) : null,
        subtype: d.subtype ?? null,
        role: d.role ?? null,
        value: d.value ?? null,
        unit: d.unit ?? null,
      };
      if (d.quote !== undefined) added.quote = d.quote;
      const before = r.annotations.length;
      r.annotations = r.annotations.filter((a) => a.end <= start || a.start >= end);
      r.annotations.push(added);
      addedMarks.add(added);
      mark(added, d);
      done(d, 1 + before - (r.annotations.length - 1));
    }
  }

  // 3. entity names
  const speakerMarks = () => results.flatMap((r) => r.annotations.filter((a) => a.type === 'speaker' || a.type === 'mention'));
  for (const d of decisions) {
    if (d.op === 'merge') {
      const from = d.from!, to = d.to!;
      const all = speakerMarks();
      const target = all.find((a) => a.entity === to && a.subtype);
      let n = 0;
      for (const r of results) {
        for (const a of r.annotations) {
          if ((a.type !== 'speaker' && a.type !== 'mention') || a.entity !== from) continue;
          a.entity = to;
          if (target) a.subtype = target.subtype;
          mark(a, d);
          touch(d, r);
          n++;
        }
        for (const s of r.statements) if (s.entity === from) (s.entity = to), touch(d, r), n++;
      }
      if (n === 0) orphan(d, `no entity named “${from}”`);
      else done(d, n);
    } else if (d.op === 'split') {
      if (d.anchor) {
        const at = spanOf(d);
        if (!at) continue;
        const a = at.r.annotations.find((x) => x.start === at.start && x.end === at.end && (x.type === 'speaker' || x.type === 'mention'));
        if (!a) {
          orphan(d, `no speaker or mention at “${d.anchor.text}” in ${d.doc} any more`);
          continue;
        }
        a.entity = d.to!;
        mark(a, d);
        done(d, 1);
      } else {
        let n = 0;
        for (const r of results) {
          for (const a of r.annotations) {
            if ((a.type !== 'speaker' && a.type !== 'mention') || a.entity !== d.from || a.text !== d.match) continue;
            a.entity = d.to!;
            mark(a, d);
            touch(d, r);
            n++;
          }
        }
        if (n === 0) orphan(d, `no mark “${d.match}” of “${d.from}”`);
        else done(d, n);
      }
    }
  }

  // 4. names rejected as speakers
  for (const d of decisions) {
    if (d.op !== 'reject-speaker') continue;
    const name = d.name!;
    const named = (a: Annotation) => (a.entity ?? a.text) === name;
    let n = 0;
    for (const r of results) {
      const before = r.annotations.length + r.statements.length;
      r.annotations = r.annotations.filter((a) => !(a.type === 'speaker' && named(a) && !addedMarks.has(a)));
      r.statements = r.statements.filter((s: Statement) => s.entity !== name);
      const k = before - r.annotations.length - r.statements.length;
      if (k) touch(d, r), (n += k);
    }
    const stillSpeaker = results.some((r) => r.annotations.some((a) => a.type === 'speaker' && named(a))) || !!options.partial?.speakerElsewhere(name);
    if (!stillSpeaker) {
      for (const r of results) {
        const before = r.annotations.length;
        r.annotations = r.annotations.filter((a) => !(a.type === 'mention' && named(a) && !addedMarks.has(a)));
        if (before !== r.annotations.length) touch(d, r), (n += before - r.annotations.length);
      }
    }
    if (n === 0) orphan(d, `no speaker named “${name}”`);
    else done(d, n);
  }

  for (const r of results) r.annotations.sort((a, b) => a.start - b.start || a.end - b.end);
  return { results, orphans, applied, touched };
}

/** reference dates set by decisions, by doc (for callers that re-extract themselves) */
export function referenceDates(decisions: Decision[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const d of decisions) if (d.op === 'reference-date' && d.doc && d.date) out.set(d.doc, d.date);
  return out;
}

function setAttributes(a: Annotation, d: Decision): void {
  if (d.type !== undefined) a.type = d.type;
  if (d.entity !== undefined) a.entity = d.entity;
  if (d.subtype !== undefined) a.subtype = d.subtype;
  if (d.role !== undefined) a.role = d.role;
  if (d.value !== undefined) a.value = d.value;
  if (d.unit !== undefined) a.unit = d.unit;
  if (d.quote !== undefined) a.quote = d.quote;
}

function copy(a: Annotation): Annotation {
  const c = { ...a };
  const ids = correctedBy.get(a);
  if (ids) correctedBy.set(c, [...ids]);
  if (addedMarks.has(a)) addedMarks.add(c);
  return c;
}

function mark(a: Annotation, d: Decision): void {
  if (!d.id) {
    if (!correctedBy.has(a)) correctedBy.set(a, []);
    return;
  }
  const ids = correctedBy.get(a);
  if (ids) {
    if (!ids.includes(d.id)) ids.push(d.id);
  } else correctedBy.set(a, [d.id]);
}
