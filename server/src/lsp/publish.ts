// Publishes diagnostics: for open documents (scope `open`) or every indexed file (scope
// `workspace`), clearing files that are no longer targets. Skips files whose diagnostics did
// not change since the last publication; an open file whose analysis just changed (the one
// being edited) is sent without that comparison, which would serialise its diagnostics a
// second time.
import type { Connection } from 'vscode-languageserver';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { diagnosticsFor } from './diagnostics';
import { formatSize, type Workspace } from './workspace';

export class DiagnosticsPublisher {
  /** normalized URI → the last diagnostics sent (and the URI they were sent under); JSON made on first comparison */
  private readonly sent = new Map<string, Sent>();

  constructor(
    private readonly connection: Connection,
    private readonly workspace: Workspace,
  ) {}

  /** `changed`: files whose analysis changed since the last call (sent without comparing when open) */
  publishAll(changed: ReadonlySet<string> = NONE): void {
    const { index, open } = this.workspace;
    const targets = new Set<string>();
    for (const uri of open.keys()) if (index.has(uri) || this.workspace.oversize.has(uri)) targets.add(uri);
    if (this.workspace.anyWorkspaceScope()) {
      for (const uri of index.uris()) if (this.workspace.settingsFor(uri).diagnostics.scope === 'workspace') targets.add(uri);
    }
    for (const uri of targets) {
      const size = this.workspace.oversize.get(uri);
      const diagnostics = size !== undefined ? [oversizeNote(size, this.workspace.settingsFor(uri).maxFileSize)] : diagnosticsFor(index, uri, this.workspace.settingsFor(uri));
      const clientUri = open.get(uri) ?? uri;
      const last = this.sent.get(uri);
      let next: Sent = { uri: clientUri, diagnostics, json: null };
      // (only for open files: kept as objects until compared, the diagnostics of a whole
      // workspace-scope corpus would take more memory than their JSON)
      if (last && last.uri === clientUri && !(changed.has(uri) && open.has(uri))) {
        next = { uri: clientUri, diagnostics: null, json: JSON.stringify(diagnostics) };
        if (next.json === jsonOf(last)) continue;
      }
      if (last && last.uri !== clientUri) void this.connection.sendDiagnostics({ uri: last.uri, diagnostics: [] });
      this.sent.set(uri, next);
      void this.connection.sendDiagnostics({ uri: clientUri, diagnostics });
    }
    for (const [uri, last] of this.sent) {
      if (targets.has(uri)) continue;
      this.sent.delete(uri);
      void this.connection.sendDiagnostics({ uri: last.uri, diagnostics: [] });
    }
  }
}

const NONE: ReadonlySet<string> = new Set();

/** what was sent: the diagnostics, or once compared, their JSON (smaller to keep) */
interface Sent {
  uri: string;
  diagnostics: Diagnostic[] | null;
  json: string | null;
}

function jsonOf(sent: Sent): string {
  if (sent.json === null) {
    sent.json = JSON.stringify(sent.diagnostics);
    sent.diagnostics = null;
  }
  return sent.json;
}

function oversizeNote(size: number, max: number): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    source: 'byline',
    code: 'too-large',
    message: `Byline: this file (${formatSize(size)}) is larger than byline.maxFileSize (${formatSize(max)}) and is not analysed`,
  };
}
