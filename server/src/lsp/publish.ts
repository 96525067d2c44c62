// Publishes diagnostics: for open documents (scope `open`) or every indexed file (scope
// `workspace`), clearing files that are no longer targets. Skips files whose diagnostics did
// not change since the last publication.
import type { Connection } from 'vscode-languageserver';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { diagnosticsFor } from './diagnostics';
import { formatSize, type Workspace } from './workspace';

export class DiagnosticsPublisher {
  /** normalized URI → JSON of the last diagnostics sent (and the URI they were sent under) */
  private readonly sent = new Map<string, { uri: string; json: string }>();

  constructor(
    private readonly connection: Connection,
    private readonly workspace: Workspace,
  ) {}

  publishAll(): void {
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
      const json = JSON.stringify(diagnostics);
      const last = this.sent.get(uri);
      if (last && last.json === json && last.uri === clientUri) continue;
      if (last && last.uri !== clientUri) void this.connection.sendDiagnostics({ uri: last.uri, diagnostics: [] });
      this.sent.set(uri, { uri: clientUri, json });
      void this.connection.sendDiagnostics({ uri: clientUri, diagnostics });
    }
    for (const [uri, last] of this.sent) {
      if (targets.has(uri)) continue;
      this.sent.delete(uri);
      void this.connection.sendDiagnostics({ uri: last.uri, diagnostics: [] });
    }
  }
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
