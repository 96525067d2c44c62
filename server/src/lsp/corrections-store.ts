// The server's side of the corrections file: one `.byline/annotations.jsonl` per workspace
// folder, read at start and again whenever it changes (watched files, or the editor's text
// while it is open), applied to the corpus index as its post-processing step, and written
// (atomically, appending) when the user records a decision. Problems of the file (malformed
// lines) and orphaned decisions are published as diagnostics on the file itself.
import { relative } from 'node:path';
import { DiagnosticSeverity, type Connection, type Diagnostic, type FileEvent } from 'vscode-languageserver';
import type { DocumentAnalysis } from '../analysis';
import { applyCorrections, type Orphan } from '../corrections/apply';
import { ANNOTATIONS_FILE, newDecisionId, parseAnnotationsFile, type Decision, type ParsedFile } from '../corrections/format';
import { annotationsPathOf, readText, recordDecisions, removeDecisionsById } from '../corrections/store';
import { normalizeUri, pathToUri, uriToPath } from '../index/uris';
import { toPosix } from '../index/workspace-scan';
import type { Workspace } from './workspace';

interface FolderCorrections {
  /** folder URI (normalized, no trailing slash) */
  uri: string;
  path: string;
  fileUri: string;
  filePath: string;
  text: string;
  parsed: ParsedFile;
  /** true while the editor holds the file open (its text wins over the disk) */
  fromEditor: boolean;
  orphans: Orphan[];
  /** per decision: articles (URIs) where it changed something, and why it is an orphan (null: it is not) */
  status: Map<Decision, { docs: Set<string>; reason: string | null }>;
}

export interface DecisionSummary {
  id: string;
  op: string;
  line: number;
  folder: string;
  file: string;
  summary: string;
  orphaned: boolean;
}

export class CorrectionsStore {
  private folders: FolderCorrections[] = [];
  private published = new Map<string, string>();
  private publishTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly connection: Connection,
    private readonly workspace: Workspace,
  ) {
    workspace.index.postProcess = (analyses, textOf) => this.apply(analyses, textOf);
  }

  static isAnnotationsFile(uri: string): boolean {
    return normalizeUri(uri).endsWith('/' + ANNOTATIONS_FILE);
  }

  setFolders(uris: string[]): void {
    const keep = new Map(this.folders.map((f) => [f.uri, f]));
    this.folders = [];
    for (const raw of uris) {
      const uri = normalizeUri(raw).replace(/\/$/, '');
      const path = uriToPath(uri);
      if (!path) continue;
      const old = keep.get(uri);
      if (old) {
        this.folders.push(old);
        continue;
      }
      const filePath = annotationsPathOf(path);
      const f: FolderCorrections = { uri, path, fileUri: pathToUri(filePath), filePath, text: '', parsed: parseAnnotationsFile(''), fromEditor: false, orphans: [], status: new Map() };
      this.folders.push(f);
      this.reload(f);
    }
    for (const [uri, f] of keep) if (!this.folders.some((x) => x.uri === uri)) this.send(f.fileUri, []);
    this.changed();
  }

  /** the folder an article or annotations file belongs to (the innermost) */
  folderOf(uri: string): FolderCorrections | null {
    const u = normalizeUri(uri);
    let best: FolderCorrections | null = null;
    for (const f of this.folders) if ((u.startsWith(f.uri + '/') || u === f.uri) && (!best || f.uri.length > best.uri.length)) best = f;
    return best;
  }

  /** the decision `doc` of an article URI: its path relative to its folder, '/'-separated */
  docOf(uri: string): string | null {
    const f = this.folderOf(uri);
    const p = uriToPath(normalizeUri(uri));
    return f && p ? toPosix(relative(f.path, p)) : null;
  }

  private reload(f: FolderCorrections): boolean {
    if (f.fromEditor) return false;
    let text: string;
    try {
      text = readText(f.filePath);
    } catch (e) {
      this.workspace.log(`${f.filePath}: cannot read (${(e as NodeJS.ErrnoException).code ?? e})`);
      text = '';
    }
    return this.setText(f, text);
  }

  private setText(f: FolderCorrections, text: string): boolean {
    if (text === f.text && f.parsed) return false;
    f.text = text;
    f.parsed = parseAnnotationsFile(text);
    f.status = new Map();
    for (const p of f.parsed.problems) this.workspace.log(`${f.filePath}:${p.line}: ${p.message}`);
    return true;
  }

  /** the index must resolve again, and the file's diagnostics be published */
  private changed(): void {
    this.workspace.index.invalidate();
    this.workspace.scheduleFlush();
    this.schedulePublish();
  }

  // ---- changes -----------------------------------------------------------------------------

  /** watched-file events: reloads the corrections files among them */
  filesChanged(changes: FileEvent[]): void {
    let any = false;
    for (const c of changes) {
      const uri = normalizeUri(c.uri);
      if (!uri.includes('/.byline')) continue;
      for (const f of this.folders) if (f.fileUri === uri || f.fileUri.startsWith(uri + '/')) any = this.reload(f) || any;
    }
    if (any) this.changed();
  }

  /** the file opened or edited in the editor: its text applies at once */
  editorText(uri: string, text: string): void {
    const f = this.folders.find((x) => x.fileUri === normalizeUri(uri));
    if (!f) return;
    f.fromEditor = true;
    if (this.setText(f, text)) this.changed();
  }

  editorClosed(uri: string): void {
    const f = this.folders.find((x) => x.fileUri === normalizeUri(uri));
    if (!f) return;
    f.fromEditor = false;
    if (this.reload(f)) this.changed();
  }

  // ---- recording ---------------------------------------------------------------------------

  /**
   * Appends decisions to the corrections file of the folder holding `uri` and applies them at
   * once. Throws when the file on disk does not parse (it is then left untouched).
   */
  record(uri: string, decisions: Decision[]): Decision[] {
    const f = this.folderOf(uri);
    if (!f) throw new Error(`${uri} is not in a workspace folder`);
    const taken = f.parsed.decisions.map((d) => d.decision.id ?? '');
    const withIds = decisions.map((d) => {
      const id = d.id ?? newDecisionId(taken);
      taken.push(id);
      return { ...d, id };
    });
    const text = recordDecisions(f.filePath, withIds);
    if (!f.fromEditor) this.setText(f, text);
    this.changed();
    this.workspace.flushNow();
    return withIds;
  }

  /** Removes decisions by id (from every folder's file). Returns how many were removed. */
  undo(ids: string[]): number {
    let removed = 0;
    for (const f of this.folders) {
      const here = f.parsed.decisions.filter((d) => d.decision.id && ids.includes(d.decision.id));
      if (here.length === 0) continue;
      const text = removeDecisionsById(f.filePath, ids);
      if (!f.fromEditor) this.setText(f, text);
      removed += here.length;
    }
    if (removed) {
      this.changed();
      this.workspace.flushNow();
    }
    return removed;
  }

  list(): DecisionSummary[] {
    const out: DecisionSummary[] = [];
    for (const f of this.folders) {
      for (const { decision: d, line } of f.parsed.decisions) {
        if (!d.id) continue;
        out.push({ id: d.id, op: d.op, line, folder: f.uri, file: f.fileUri, summary: summarize(d), orphaned: f.orphans.some((o) => o.decision === d) });
      }
    }
    return out;
  }

  decisionsOf(folderUri: string): Decision[] {
    return this.folders.find((f) => f.uri === folderUri)?.parsed.decisions.map((d) => d.decision) ?? [];
  }

  // ---- applying ----------------------------------------------------------------------------

  /**
   * The index's post-processing step: each folder's decisions on that folder's articles. The
   * index may pass only the articles an edit changed: orphans are then worked out from what
   * each decision did in every article so far.
   */
  apply(analyses: DocumentAnalysis[], textOf: (i: number) => string): DocumentAnalysis[] {
    const out = analyses.slice();
    const index = this.workspace.index;
    const ids = new Set(analyses.map((a) => a.id));
    const full = index.uris().every((u) => ids.has(u));
    const partial = full
      ? undefined
      : {
          speakerElsewhere: (name: string) =>
            !!index.entity(`speaker:${name}`)?.marks.some((m) => !ids.has(m.uri) && m.annotation.type === 'speaker'),
        };
    for (const f of this.folders) {
      const decisions = f.parsed.decisions.map((d) => d.decision);
      const positions: number[] = [];
      analyses.forEach((a, i) => {
        if (this.folderOf(a.id) === f) positions.push(i);
      });
      if (decisions.length === 0) {
        f.orphans = [];
        continue;
      }
      const subset = positions.map((i) => analyses[i]);
      const textMap = new Map(positions.map((i) => [analyses[i].id, textOf(i)]));
      const result = applyCorrections(subset, textMap, decisions, { docOf: (id) => this.docOf(id), partial });
      positions.forEach((pos, k) => (out[pos] = result.results[k]));
      const reasons = new Map(result.orphans.map((o) => [o.decision, o.reason]));
      const here = new Set(subset.map((a) => a.id));
      const docsHere = new Set(subset.map((a) => this.docOf(a.id)));
      for (const d of decisions) {
        const prev = f.status.get(d);
        const touched = result.touched.get(d) ?? new Set<string>();
        if (full || !prev) {
          f.status.set(d, { docs: touched, reason: reasons.get(d) ?? null });
        } else if (d.doc !== undefined && d.anchor !== undefined || d.op === 'reference-date') {
          if (docsHere.has(d.doc!)) f.status.set(d, { docs: touched, reason: reasons.get(d) ?? null });
        } else {
          const docs = new Set([...prev.docs].filter((u) => !here.has(u)));
          for (const u of touched) docs.add(u);
          f.status.set(d, { docs, reason: docs.size ? null : (reasons.get(d) ?? prev.reason ?? 'it no longer applies anywhere') });
        }
      }
      f.orphans = decisions.flatMap((d) => {
        const reason = f.status.get(d)?.reason;
        return reason ? [{ decision: d, reason }] : [];
      });
    }
    this.schedulePublish();
    return out;
  }

  // ---- diagnostics on the corrections file -------------------------------------------------

  private schedulePublish(): void {
    if (this.publishTimer) return;
    this.publishTimer = setTimeout(() => {
      this.publishTimer = null;
      this.publish();
    }, 20);
  }

  publish(): void {
    for (const f of this.folders) {
      const lines = f.text.split('\n');
      const lineRange = (line: number) => ({
        start: { line: line - 1, character: 0 },
        end: { line: line - 1, character: (lines[line - 1] ?? '').replace(/\r$/, '').length },
      });
      const diagnostics: Diagnostic[] = [];
      for (const p of f.parsed.problems) {
        diagnostics.push({
          range: lineRange(p.line),
          severity: DiagnosticSeverity.Error,
          source: 'byline',
          code: 'malformed-decision',
          message: `Line ${p.line}: ${p.message}. This line is ignored; Byline will not write to this file until it is fixed.`,
        });
      }
      for (const o of f.orphans) {
        const line = f.parsed.decisions.find((d) => d.decision === o.decision)?.line;
        if (!line) continue;
        diagnostics.push({
          range: lineRange(line),
          severity: DiagnosticSeverity.Warning,
          source: 'byline',
          code: 'orphaned-decision',
          message: `Orphaned decision (${o.decision.op}): ${o.reason}`,
          data: { id: o.decision.id ?? null },
        });
      }
      this.send(f.fileUri, diagnostics);
    }
  }

  private send(uri: string, diagnostics: Diagnostic[]): void {
    const json = JSON.stringify(diagnostics);
    if ((this.published.get(uri) ?? '[]') === json) return;
    this.published.set(uri, json);
    void this.connection.sendDiagnostics({ uri, diagnostics });
  }
}

export function summarize(d: Decision): string {
  const where = d.anchor ? `“${d.anchor.text}” in ${d.doc}` : d.doc ?? '';
  switch (d.op) {
    case 'reject':
      return `Reject ${d.type ?? 'mark'} ${where}`;
    case 'reject-speaker':
      return `Reject “${d.name}” as a speaker everywhere`;
    case 'add':
      return `Mark ${where} as ${d.type}`;
    case 'merge':
      return `Merge “${d.from}” into “${d.to}”`;
    case 'split':
      return d.anchor ? `Split ${where} off as “${d.to}”` : `Split “${d.match}” off “${d.from}” as “${d.to}”`;
    case 'set': {
      const fields = (['type', 'entity', 'subtype', 'role', 'value', 'unit'] as const).filter((k) => d[k] !== undefined).map((k) => `${k} = ${JSON.stringify(d[k])}`);
      return `Set ${fields.join(', ')} on ${where}`;
    }
    case 'reference-date':
      return `Reference date of ${d.doc}: ${d.date}`;
  }
}
