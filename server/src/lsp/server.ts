// The Byline language server: LSP handlers wired to the workspace index. Handlers stay thin:
// they bring the index up to date (cheap unless something changed) and call the request logic
// in diagnostics.ts, hover.ts, navigation.ts, symbols.ts and sidebar.ts.
import {
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeParams,
  type InitializeResult,
  type WorkspaceFolder,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { normalizeUri, pathToUri } from '../index/uris';
import { CORRECTIONS_CAPABILITIES, CorrectionsFeature } from './corrections-feature';
import { hoverAt } from './hover';
import { definition, entityAt, highlights, neighbourMention, references } from './navigation';
import { asResult } from './raw-json';
import {
  EntitiesRequest,
  EntityAtRequest,
  IndexChangedNotification,
  MentionsRequest,
  NeighbourMentionRequest,
  type EntitiesParams,
  type EntityAtParams,
  type IndexChangedParams,
  type MentionsParams,
  type NeighbourMentionParams,
} from './protocol';
import { DiagnosticsPublisher } from './publish';
import { sidebarEntities, sidebarMentions } from './sidebar';
import { documentSymbols, workspaceSymbols } from './symbols';
import { Workspace } from './workspace';

const INDEX_CHANGED_DELAY_MS = 100;

export function runServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  let workspace: Workspace | null = null;
  let publisher: DiagnosticsPublisher | null = null;
  let initializedAt = 0;
  let folderChanges = false;
  let notifyTimer: NodeJS.Timeout | null = null;
  let initializeParams: InitializeParams | null = null;

  const notifyIndexChanged = () => {
    if (notifyTimer) return;
    notifyTimer = setTimeout(() => {
      notifyTimer = null;
      if (!workspace) return;
      const params: IndexChangedParams = { files: workspace.index.size, indexing: workspace.indexing, version: workspace.index.version };
      void connection.sendNotification(IndexChangedNotification, params);
    }, INDEX_CHANGED_DELAY_MS);
  };

  /** the workspace, brought up to date for a request */
  const fresh = (): Workspace | null => {
    if (!workspace) return null;
    workspace.touch();
    if (workspace.index.pending) workspace.flushNow();
    return workspace;
  };
  const corrections = new CorrectionsFeature(connection, fresh);

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    initializedAt = performance.now();
    const caps = params.capabilities;
    folderChanges = !!caps.workspace?.workspaceFolders;
    const folders: WorkspaceFolder[] =
      params.workspaceFolders ??
      (params.rootUri ? [{ uri: params.rootUri, name: 'root' }] : params.rootPath ? [{ uri: pathToUri(params.rootPath), name: 'root' }] : []);
    workspace = new Workspace(
      connection,
      {
        configuration: !!caps.workspace?.configuration,
        dynamicWatchers: !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration,
        dynamicConfiguration: !!caps.workspace?.didChangeConfiguration?.dynamicRegistration,
        workDoneProgress: !!caps.window?.workDoneProgress,
      },
      folders,
    );
    publisher = new DiagnosticsPublisher(connection, workspace);
    workspace.onChanged = () => {
      publisher!.publishAll(workspace!.index.lastChangedUris);
      notifyIndexChanged();
    };
    workspace.onTargetsChanged = () => publisher!.publishAll();
    corrections.init(workspace, folders);
    // no decisions: post-processing gives every analysis back unchanged (a persisted resolution may be used)
    workspace.index.postProcessIdle = () => {
      const store = corrections.store;
      return !!store && !!workspace && workspace.folderUris().every((u) => store.decisionsOf(u).length === 0);
    };
    initializeParams = params;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        documentHighlightProvider: true,
        documentSymbolProvider: { label: 'Byline' },
        workspaceSymbolProvider: true,
        ...CORRECTIONS_CAPABILITIES,
        workspace: { workspaceFolders: { supported: true, changeNotifications: !!caps.workspace?.workspaceFolders } },
      },
      serverInfo: { name: 'byline' },
    };
  });

  connection.onInitialized(async () => {
    const ws = workspace!;
    await ws.loadSettings();
    await ws.registerConfigurationChanges();
    await ws.registerWatchers();
    await corrections.registerWatcher(initializeParams!);
    if (folderChanges) {
      connection.workspace.onDidChangeWorkspaceFolders(async (e) => {
        ws.setFolders(e.added, e.removed);
        corrections.foldersChanged(e.added, e.removed);
        await ws.loadSettings();
        await ws.registerWatchers();
        await ws.scan();
      });
    }
    await ws.scan();
    ws.log(`index complete ${Math.round(performance.now() - initializedAt)} ms after initialize`);
  });

  connection.onDidChangeConfiguration(async (change) => {
    const ws = workspace;
    if (!ws) return;
    const indexedChanged = await ws.loadSettings(change.settings);
    if (indexedChanged) {
      await ws.registerWatchers();
      ws.reapplyOptions();
      await ws.scan();
    } else {
      publisher?.publishAll();
    }
  });

  // the corrections file is not an article: its editor text goes to the corrections
  const isCorrections = (uri: string) => corrections.isAnnotationsFile(uri);
  documents.onDidOpen((e) => (isCorrections(e.document.uri) ? corrections.editorText(e.document.uri, e.document.getText()) : workspace?.openOrChange(e.document.uri, e.document.getText())));
  documents.onDidChangeContent((e) => (isCorrections(e.document.uri) ? corrections.editorText(e.document.uri, e.document.getText()) : workspace?.openOrChange(e.document.uri, e.document.getText())));
  documents.onDidClose((e) => (isCorrections(e.document.uri) ? corrections.editorClosed(e.document.uri) : void workspace?.close(e.document.uri)));
  connection.onDidChangeWatchedFiles((e) => {
    corrections.filesChanged(e.changes);
    void workspace?.filesChanged(e.changes);
  });

  connection.onHover((p) => {
    const ws = fresh();
    return ws && hoverAt(ws.index, normalizeUri(p.textDocument.uri), p.position);
  });
  connection.onDefinition((p) => {
    const ws = fresh();
    return ws && definition(ws.index, normalizeUri(p.textDocument.uri), p.position);
  });
  connection.onReferences((p) => {
    const ws = fresh();
    return ws && asResult(references(ws.index, normalizeUri(p.textDocument.uri), p.position, p.context.includeDeclaration));
  });
  connection.onDocumentHighlight((p) => {
    const ws = fresh();
    return ws && highlights(ws.index, normalizeUri(p.textDocument.uri), p.position);
  });
  connection.onDocumentSymbol((p) => {
    const ws = fresh();
    return ws ? documentSymbols(ws.index, normalizeUri(p.textDocument.uri)) : [];
  });
  connection.onWorkspaceSymbol((p) => {
    const ws = fresh();
    return ws ? workspaceSymbols(ws.index, p.query) : [];
  });
  connection.onRequest(EntitiesRequest, (p: EntitiesParams | undefined) => {
    const ws = fresh();
    return ws ? sidebarEntities(ws.index, p ?? {}, ws.indexing) : { indexing: true, files: 0, version: 0, groups: [], entities: [] };
  });
  connection.onRequest(MentionsRequest, (p: MentionsParams) => {
    const ws = fresh();
    return ws && sidebarMentions(ws.index, p);
  });
  connection.onRequest(NeighbourMentionRequest, (p: NeighbourMentionParams) => {
    const ws = fresh();
    return ws && neighbourMention(ws.index, normalizeUri(p.textDocument.uri), p.position, p.direction);
  });
  connection.onRequest(EntityAtRequest, (p: EntityAtParams) => {
    const ws = fresh();
    return ws && entityAt(ws.index, normalizeUri(p.textDocument.uri), p.position);
  });

  documents.listen(connection);
  connection.listen();
}
