// Starts the Byline language server on the transport given in argv (--stdio, as `byline lsp
// --stdio` and the VS Code client's dist/server.js use; --node-ipc, --socket=, --pipe=).
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { runServer } from './server';
import { StdioWriter } from './stdio-writer';

export function startServer(): void {
  // over stdio, messages are written at once (stdio-writer.ts), and results made as JSON bytes
  // (raw-json.ts) as they are. The input stays a stream, so that the library still exits when
  // the client closes it; a stream input with a writer is what the library does itself with two
  // streams, though its overloads do not say so.
  const connection = process.argv.includes('--stdio')
    ? createConnection(ProposedFeatures.all, process.stdin, new StdioWriter(process.stdout) as unknown as NodeJS.WritableStream)
    : createConnection(ProposedFeatures.all);
  // stdout carries the protocol with --stdio: route stray console output to the client's log
  console.log = (...args: unknown[]) => connection.console.log(args.map(String).join(' '));
  console.info = console.log;
  console.warn = (...args: unknown[]) => connection.console.warn(args.map(String).join(' '));
  console.error = (...args: unknown[]) => connection.console.error(args.map(String).join(' '));
  process.on('uncaughtException', (e) => connection.console.error(`[byline] uncaught: ${e instanceof Error ? e.stack : e}`));
  process.on('unhandledRejection', (e) => connection.console.error(`[byline] unhandled rejection: ${e instanceof Error ? e.stack : e}`));
  runServer(connection);
}
