// The corrections file `.byline/annotations.jsonl`: a header line, then one decision a line.
//
//   {"byline":"annotations","version":1}
//   {"id":"d1","op":"reject","doc":"a.txt","anchor":{"start":57,"end":71,"text":"Antony Blinken","before":"…","after":"…"},"type":"speaker"}
//   {"id":"d2","op":"merge","from":"Bibi","to":"Benjamin Netanyahu"}
//
// Parsing never throws: a malformed line is reported (file line, 1-based) and skipped, the
// other decisions still count. Fields this version does not know are kept on the decision and
// written back unchanged. Pure: no file system, no editor.

export const ANNOTATIONS_DIR = '.byline';
export const ANNOTATIONS_FILE = '.byline/annotations.jsonl';
export const FORMAT_VERSION = 1;
export const HEADER = { byline: 'annotations', version: FORMAT_VERSION } as const;

export type DecisionOp = 'reject' | 'reject-speaker' | 'add' | 'merge' | 'split' | 'set' | 'reference-date';
export const DECISION_OPS: readonly DecisionOp[] = ['reject', 'reject-speaker', 'add', 'merge', 'split', 'set', 'reference-date'];
export const MARK_TYPES = ['speaker', 'mention', 'date', 'figure'] as const;
export type MarkType = (typeof MARK_TYPES)[number];

/** where a decision applies in an article: offsets plus the marked text and some context */
export interface Anchor {
  start: number;
  end: number;
  text: string;
  before?: string;
  after?: string;
}

/** the attributes a decision can give a mark (add, set) */
export interface MarkAttributes {
  type?: MarkType;
  entity?: string | null;
  subtype?: string | null;
  role?: string | null;
  value?: string | number | null;
  unit?: string | null;
  quote?: { start: number; end: number } | null;
}

export interface Decision extends MarkAttributes {
  /** short id, unique in the file (used to undo) */
  id?: string;
  op: DecisionOp;
  /** workspace-relative article path ('/'-separated) */
  doc?: string;
  anchor?: Anchor;
  /** merge: the entity renamed; split: the entity split */
  from?: string;
  /** merge/split: the new canonical name */
  to?: string;
  /** split: the surface text whose marks leave the entity (everywhere), when there is no anchor */
  match?: string;
  /** reject-speaker: the name rejected as a speaker */
  name?: string;
  /** reference-date: YYYY-MM-DD */
  date?: string;
  /** every field as read, known or not (kept on rewrite) */
  [field: string]: unknown;
}

export interface ParsedDecision {
  decision: Decision;
  /** 1-based line in the file */
  line: number;
}

export interface FormatProblem {
  line: number;
  message: string;
}

export interface ParsedFile {
  decisions: ParsedDecision[];
  problems: FormatProblem[];
  /** false when there is no header line (an empty file, or decisions without one) */
  hasHeader: boolean;
}

export function parseAnnotationsFile(text: string): ParsedFile {
  const decisions: ParsedDecision[] = [];
  const problems: FormatProblem[] = [];
  let hasHeader = false;
  let seenContent = false;
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  lines.forEach((raw, i) => {
    const line = i + 1;
    const src = raw.replace(/\r$/, '');
    if (!src.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(src);
    } catch (e) {
      problems.push({ line, message: `not JSON (${e instanceof Error ? e.message : e})` });
      seenContent = true;
      return;
    }
    if (!seenContent) {
      seenContent = true;
      if (isObject(value) && value.byline === 'annotations') {
        hasHeader = true;
        if (value.version !== FORMAT_VERSION) {
          problems.push({ line, message: `format version ${JSON.stringify(value.version)} is not supported (this Byline reads version ${FORMAT_VERSION})` });
        }
        return;
      }
      problems.push({ line, message: `missing header line ${JSON.stringify(HEADER)}` });
    }
    const checked = checkDecision(value);
    if (typeof checked === 'string') problems.push({ line, message: checked });
    else decisions.push({ decision: checked, line });
  });
  const ids = new Map<string, number>();
  for (const d of decisions) {
    if (!d.decision.id) continue;
    const first = ids.get(d.decision.id);
    if (first !== undefined) problems.push({ line: d.line, message: `id "${d.decision.id}" already used on line ${first}` });
    else ids.set(d.decision.id, d.line);
  }
  problems.sort((a, b) => a.line - b.line);
  return { decisions, problems, hasHeader };
}

/** Checks one decision object; returns it typed, or what is wrong with it. */
export function checkDecision(value: unknown): Decision | string {
  if (!isObject(value)) return 'a decision must be a JSON object';
  const op = value.op;
  if (typeof op !== 'string') return 'missing "op"';
  if (!DECISION_OPS.includes(op as DecisionOp)) return `unknown op "${op}" (one of ${DECISION_OPS.join(', ')})`;
  const d = value as Decision;
  if (d.id !== undefined && typeof d.id !== 'string') return '"id" must be a string';
  const needsDoc = op === 'reject' || op === 'add' || op === 'set' || op === 'reference-date';
  if (needsDoc && (typeof d.doc !== 'string' || !d.doc)) return `"${op}" needs "doc" (the article's workspace-relative path)`;
  if (d.doc !== undefined && typeof d.doc !== 'string') return '"doc" must be a string';
  if (op === 'reject' || op === 'add' || op === 'set' || (op === 'split' && d.anchor !== undefined)) {
    const problem = checkAnchor(d.anchor);
    if (problem) return `"${op}": ${problem}`;
    if (op === 'split' && typeof d.doc !== 'string') return '"split" with an anchor needs "doc"';
  }
  if (d.type !== undefined && !MARK_TYPES.includes(d.type as MarkType)) return `"type" must be one of ${MARK_TYPES.join(', ')}`;
  switch (op) {
    case 'add':
      if (d.type === undefined) return '"add" needs "type" (speaker, mention, date or figure)';
      break;
    case 'merge':
      if (!nonEmpty(d.from) || !nonEmpty(d.to)) return '"merge" needs "from" and "to" (entity names)';
      break;
    case 'split':
      if (!nonEmpty(d.to)) return '"split" needs "to" (the new entity name)';
      if (d.anchor === undefined && (!nonEmpty(d.from) || !nonEmpty(d.match))) return '"split" needs an "anchor", or "from" and "match"';
      break;
    case 'reject-speaker':
      if (!nonEmpty(d.name)) return '"reject-speaker" needs "name"';
      break;
    case 'reference-date':
      if (typeof d.date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(d.date) || Number.isNaN(Date.parse(d.date))) return '"reference-date" needs "date" as YYYY-MM-DD';
      break;
    case 'set':
      if (!['type', 'entity', 'subtype', 'role', 'value', 'unit', 'quote'].some((k) => k in d)) return '"set" needs at least one of type, entity, subtype, role, value, unit';
      break;
  }
  for (const k of ['entity', 'subtype', 'role', 'unit'] as const) {
    if (d[k] !== undefined && d[k] !== null && typeof d[k] !== 'string') return `"${k}" must be a string or null`;
  }
  if (d.value !== undefined && d.value !== null && typeof d.value !== 'string' && typeof d.value !== 'number') return '"value" must be a string, a number or null';
  return d;
}

function checkAnchor(a: unknown): string | null {
  if (!isObject(a)) return 'missing "anchor" ({start, end, text})';
  if (!Number.isInteger(a.start) || !Number.isInteger(a.end) || (a.start as number) < 0 || (a.end as number) < (a.start as number)) {
    return 'anchor needs integer "start" <= "end"';
  }
  if (typeof a.text !== 'string') return 'anchor needs "text"';
  if (a.before !== undefined && typeof a.before !== 'string') return 'anchor "before" must be a string';
  if (a.after !== undefined && typeof a.after !== 'string') return 'anchor "after" must be a string';
  return null;
}

/** One decision as a line (no newline): its fields in a stable order, unknown fields kept. */
export function serializeDecision(d: Decision): string {
  const order = ['id', 'op', 'doc', 'anchor', 'type', 'name', 'from', 'to', 'match', 'entity', 'subtype', 'role', 'value', 'unit', 'quote', 'date'];
  const out: Record<string, unknown> = {};
  for (const k of order) if (d[k] !== undefined) out[k] = d[k];
  for (const k of Object.keys(d)) if (!(k in out) && d[k] !== undefined) out[k] = d[k];
  return JSON.stringify(out);
}

export function serializeAnnotationsFile(decisions: Decision[]): string {
  return [JSON.stringify(HEADER), ...decisions.map(serializeDecision)].join('\n') + '\n';
}

/**
 * The file's text with decisions appended (a header first when the file has none), every
 * existing line kept byte for byte. Refuses (returns null) when the file has problems.
 */
export function appendDecisions(existing: string, decisions: Decision[]): string | null {
  const parsed = parseAnnotationsFile(existing);
  if (parsed.problems.length) return null;
  let text = existing;
  if (!parsed.hasHeader) text = JSON.stringify(HEADER) + '\n' + text;
  if (text.length && !text.endsWith('\n')) text += '\n';
  return text + decisions.map((d) => serializeDecision(d) + '\n').join('');
}

/** The file's text without the decisions with these ids, other lines kept byte for byte; null when it has problems. */
export function removeDecisions(existing: string, ids: string[]): string | null {
  return rewriteDecisions(existing, (d) => !!d.decision.id && ids.includes(d.decision.id), []);
}

/**
 * The file's text without the decisions `drop` picks, with `append` added at the end; every
 * other line kept byte for byte. Null when the file has problems (it must not be rewritten).
 */
export function rewriteDecisions(existing: string, drop: (d: ParsedDecision) => boolean, append: Decision[]): string | null {
  const parsed = parseAnnotationsFile(existing);
  if (parsed.problems.length) return null;
  const dropped = new Set(parsed.decisions.filter(drop).map((d) => d.line));
  const kept = existing.split('\n').filter((_, i) => !dropped.has(i + 1)).join('\n');
  return append.length || !parsed.hasHeader ? appendDecisions(kept, append) : kept;
}

export function newDecisionId(taken: Iterable<string> = []): string {
  const used = new Set(taken);
  for (;;) {
    const id = 'd' + Math.random().toString(36).slice(2, 10);
    if (!used.has(id)) return id;
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function nonEmpty(v: unknown): v is string {
  return typeof v === 'string' && v.trim().length > 0;
}
