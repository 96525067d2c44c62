// The extension's entry point, shaped like lsp-sample's: build the server options, build the
// client options, start the client — then hand it to the parts that present its data.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { registerCommands } from './commands';
import { registerCorrections } from './corrections';
import { CorpusState } from './corpus-state';
import { EntitiesTree } from './entities-tree';
import { StatusBar } from './status-bar';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    // stdio, not IPC: the server sends large answers (references) as JSON made once (raw-json.ts)
    run: { module: serverModule, transport: TransportKind.stdio },
    debug: { module: serverModule, transport: TransportKind.stdio, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    // Articles on disk only; the server registers its own file watchers.
    documentSelector: [
      { scheme: 'file', language: 'plaintext' },
      { scheme: 'file', language: 'markdown' },
    ],
  };
  client = new LanguageClient('byline', 'Byline', serverOptions, clientOptions);

  const state = new CorpusState(client);
  const tree = new EntitiesTree(client, state, context.workspaceState);
  const statusBar = new StatusBar(client, state);
  context.subscriptions.push(state, tree, statusBar, ...registerCommands(client, tree));
  context.subscriptions.push(...registerCorrections(client));

  state.starting();
  try {
    await client.start();
    state.started();
  } catch (error) {
    state.failed(error);
  }
}

export function deactivate(): Thenable<void> | undefined {
  return client?.stop();
}
