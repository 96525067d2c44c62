// Corrections in the editor: code actions (quick fixes on Byline's diagnostics, marks on a
// selection), workspace/executeCommand commands that record decisions in the corrections
// file, rename (F2) of an entity as a corpus-wide merge, and export of the workspace.
// Wired into server.ts through this one class.
import {
  CodeActionKind,
  ResponseError,
  ErrorCodes,
  DidChangeWatchedFilesNotification,
  type CodeAction,
  type CodeActionParams,
  type Connection,
  type FileEvent,
  type InitializeParams,
  type ServerCapabilities,
  type WorkspaceFolder,
} from 'vscode-languageserver';
import type { Annotation } from '../analysis';
import { makeAnchor } from '../corrections/anchor';
import { MARK_TYPES, type Decision, type MarkType } from '../corrections/format';
import { UnparsableFileError } from '../corrections/store';
import type { CorpusIndex } from '../index/corpus-index';
import type { Range } from '../index/line-map';
import { normalizeUri } from '../index/uris';
import { CorrectionsStore } from './corrections-store';
import { exportWorkspace, type ExportRequest } from './export-command';
import type { Workspace } from './workspace';

export const Commands = {
  correct: 'byline.correct',
  undo: 'byline.undoCorrection',
  list: 'byline.listCorrections',
  exportWorkspace: 'byline.exportWorkspace',
} as const;

/** arguments of `byline.correct`: a decision, with an article URI and range instead of doc + anchor */
export interface CorrectArgs extends Partial<Decision> {
  op: Decision['op'];
  uri?: string;
  range?: Range;
}

export const CORRECTIONS_CAPABILITIES: ServerCapabilities = {
  codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.Refactor] },
  executeCommandProvider: { commands: Object.values(Commands) },
  renameProvider: { prepareProvider: true },
};

const MERGE_CANDIDATES = 5;

export class CorrectionsFeature {
  store: CorrectionsStore | null = null;
  private folders: string[] = [];
  private workspace: Workspace | null = null;

  constructor(
    private readonly connection: Connection,
    /** the workspace brought up to date for a request */
    private readonly fresh: () => Workspace | null,
  ) {
    connection.onCodeAction((p) => {
      const ws = this.fresh();
      return ws && this.store ? codeActions(ws.index, this.store, p) : [];
    });
    connection.onExecuteCommand(async (p) => this.execute(p.command, p.arguments ?? []));
    connection.onPrepareRename((p) => {
      const ws = this.fresh();
      const t = ws && entityMarkAt(ws.index, normalizeUri(p.textDocument.uri), p.position);
      if (!t) throw new ResponseError(ErrorCodes.InvalidRequest, 'Byline renames speakers and their mentions only');
      return { range: t.range, placeholder: t.annotation.entity ?? t.annotation.text };
    });
    connection.onRenameRequest((p) => {
      const ws = this.fresh();
      const uri = normalizeUri(p.textDocument.uri);
      const t = ws && entityMarkAt(ws.index, uri, p.position);
      if (!t || !this.store) throw new ResponseError(ErrorCodes.InvalidRequest, 'Byline renames speakers and their mentions only');
      const from = t.annotation.entity ?? t.annotation.text;
      const to = p.newName.trim();
      if (!to) throw new ResponseError(ErrorCodes.InvalidParams, 'the new name is empty');
      if (to !== from) this.record(uri, [{ op: 'merge', from, to }]);
      // the article text does not change: the merge decision renames the entity
      return { changes: {} };
    });
  }

  init(workspace: Workspace, folders: WorkspaceFolder[]): void {
    this.workspace = workspace;
    this.store = new CorrectionsStore(this.connection, workspace);
    this.folders = folders.map((f) => f.uri);
    this.store.setFolders(this.folders);
  }

  foldersChanged(added: WorkspaceFolder[], removed: WorkspaceFolder[]): void {
    const gone = new Set(removed.map((f) => normalizeUri(f.uri)));
    this.folders = [...this.folders.filter((u) => !gone.has(normalizeUri(u))), ...added.map((f) => f.uri)];
    this.store?.setFolders(this.folders);
  }

  /** watches the corrections files (the article watchers do not cover dot-folders) */
  async registerWatcher(params: InitializeParams): Promise<void> {
    if (!params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) return;
    try {
      await this.connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: '**/.byline/annotations.jsonl' }, { globPattern: '**/.byline' }],
      });
    } catch (e) {
      this.workspace?.log(`cannot watch the corrections files (${e instanceof Error ? e.message : e})`);
    }
  }

  isAnnotationsFile(uri: string): boolean {
    return CorrectionsStore.isAnnotationsFile(uri);
  }

  filesChanged(changes: FileEvent[]): void {
    this.store?.filesChanged(changes);
  }

  editorText(uri: string, text: string): void {
    this.store?.editorText(uri, text);
  }

  editorClosed(uri: string): void {
    this.store?.editorClosed(uri);
  }

  private record(uri: string, decisions: Decision[]): Decision[] {
    try {
      return this.store!.record(uri, decisions);
    } catch (e) {
      const message = e instanceof UnparsableFileError ? e.message : `cannot record the correction (${e instanceof Error ? e.message : e})`;
      void this.connection.window.showErrorMessage(`Byline: ${message}`);
      throw new ResponseError(ErrorCodes.InternalError, message);
    }
  }

  async execute(command: string, args: unknown[]): Promise<unknown> {
    const ws = this.fresh();
    if (!ws || !this.store) throw new ResponseError(ErrorCodes.InvalidRequest, 'the server is not initialized');
    switch (command) {
      case Commands.correct: {
        const a = (args[0] ?? {}) as CorrectArgs;
        const { decision, uri } = toDecision(ws.index, this.store, a);
        return this.record(uri, [decision]);
      }
      case Commands.undo: {
        const ids = args.flatMap((x) => (typeof x === 'string' ? [x] : Array.isArray((x as { ids?: unknown })?.ids) ? ((x as { ids: string[] }).ids) : []));
        try {
          return { removed: this.store.undo(ids) };
        } catch (e) {
          throw new ResponseError(ErrorCodes.InternalError, e instanceof Error ? e.message : String(e));
        }
      }
      case Commands.list:
        return this.store.list();
      case Commands.exportWorkspace:
        return exportWorkspace(ws.index, this.store, (args[0] ?? {}) as ExportRequest);
      default:
        throw new ResponseError(ErrorCodes.MethodNotFound, `unknown command ${command}`);
    }
  }
}

/** turns command arguments (URI + range) into a decision (doc + anchor) */
export function toDecision(index: CorpusIndex, store: CorrectionsStore, a: CorrectArgs): { decision: Decision; uri: string } {
  const { uri: rawUri, range, ...rest } = a;
  const decision: Decision = { ...rest, op: a.op };
  let uri = rawUri ? normalizeUri(rawUri) : '';
  if (rawUri && range) {
    const file = index.file(uri);
    if (!file) throw new ResponseError(ErrorCodes.InvalidParams, `${rawUri} is not an indexed article`);
    const start = file.lines.offsetAt(range.start);
    const end = file.lines.offsetAt(range.end);
    if (end <= start) throw new ResponseError(ErrorCodes.InvalidParams, 'empty range');
    decision.doc = store.docOf(uri) ?? undefined;
    decision.anchor = makeAnchor(file.text, start, end);
  } else if (rawUri && (a.op === 'reference-date' || a.op === 'reject' || a.op === 'add' || a.op === 'set')) {
    decision.doc = store.docOf(uri) ?? undefined;
  }
  if (!uri) {
    // global decisions (merge, reject-speaker) go to the first folder's file
    const first = index.uris()[0];
    if (!first) throw new ResponseError(ErrorCodes.InvalidParams, 'no article in the workspace');
    uri = first;
  }
  return { decision, uri };
}

function entityMarkAt(index: CorpusIndex, uri: string, position: { line: number; character: number }): { annotation: Annotation; range: Range } | null {
  const file = index.file(uri);
  if (!file) return null;
  const a = index.annotationAt(uri, file.lines.offsetAt(position));
  if (!a || (a.type !== 'speaker' && a.type !== 'mention')) return null;
  return { annotation: a, range: file.lines.rangeOf(a.start, a.end) };
}

// ---- code actions --------------------------------------------------------------------------

export function codeActions(index: CorpusIndex, store: CorrectionsStore, p: CodeActionParams): CodeAction[] {
  const uri = normalizeUri(p.textDocument.uri);
  const file = index.file(uri);
  if (!file) return [];
  const actions: CodeAction[] = [];
  const command = (title: string, args: CorrectArgs) => ({ title, command: Commands.correct, arguments: [{ uri: p.textDocument.uri, ...args }] });
  const seen = new Set<Annotation>();
  for (const d of p.context.diagnostics) {
    if (d.source !== 'byline' || !MARK_TYPES.includes(d.code as MarkType)) continue;
    const start = file.lines.offsetAt(d.range.start);
    const end = file.lines.offsetAt(d.range.end);
    const a = file.annotations.find((x) => x.start === start && x.end === end && x.type === d.code);
    if (!a || seen.has(a)) continue;
    seen.add(a);
    const quick = (title: string, args: CorrectArgs, preferred = false): CodeAction => ({
      title,
      kind: CodeActionKind.QuickFix,
      diagnostics: [d],
      isPreferred: preferred || undefined,
      command: command(title, args),
    });
    const label = a.type === 'speaker' ? 'speaker' : a.type;
    actions.push(quick(`Byline: not a ${label} here (reject this mark)`, { op: 'reject', range: d.range, type: a.type }, true));
    if (a.type === 'speaker') {
      const name = a.entity ?? a.text;
      actions.push(quick(`Byline: “${name}” is never a speaker (reject everywhere)`, { op: 'reject-speaker', name }));
      for (const other of mergeCandidates(index, name)) {
        actions.push(quick(`Byline: merge “${name}” with “${other}”`, { op: 'merge', from: name, to: other }));
      }
    }
    for (const t of ['speaker', 'date', 'figure'] as const) {
      if (t === a.type) continue;
      actions.push(quick(`Byline: change type to ${t}`, { op: 'set', range: d.range, type: t, ...(t === 'speaker' ? { entity: a.text } : {}) }));
    }
  }
  const s = file.lines.offsetAt(p.range.start);
  const e = file.lines.offsetAt(p.range.end);
  if (e > s && file.text.slice(s, e).trim() && !p.context.only?.every((k) => k === CodeActionKind.QuickFix)) {
    for (const t of ['speaker', 'date', 'figure'] as const) {
      const title = `Byline: mark “${short(file.text.slice(s, e))}” as ${t}`;
      actions.push({ title, kind: CodeActionKind.Refactor, command: command(title, { op: 'add', range: p.range, type: t, ...(t === 'speaker' ? { subtype: 'person' } : {}) }) });
    }
  }
  return actions;
}

/** other speaker entities worth offering as merge targets: sharing a word first, then the most marked */
function mergeCandidates(index: CorpusIndex, name: string): string[] {
  const words = new Set(name.toLowerCase().split(/\W+/).filter((w) => w.length > 2));
  const scored: { label: string; shared: number; count: number }[] = [];
  for (const rec of index.entities()) {
    if (rec.group !== 'speaker' || rec.label === name || rec.marks.length === 0) continue;
    const shared = rec.label.toLowerCase().split(/\W+/).filter((w) => words.has(w)).length;
    scored.push({ label: rec.label, shared, count: rec.marks.length });
  }
  scored.sort((a, b) => b.shared - a.shared || b.count - a.count || (a.label < b.label ? -1 : 1));
  return scored.slice(0, MERGE_CANDIDATES).map((x) => x.label);
}

function short(s: string): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > 40 ? one.slice(0, 39) + '…' : one;
}
