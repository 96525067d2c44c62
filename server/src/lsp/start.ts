// Starts the Byline language server on the transport given in argv (`byline lsp --stdio`,
// or --node-ipc when the VS Code client starts dist/server.js).
import { createConnection, ProposedFeatures, StreamMessageWriter, type MessageWriter } from 'vscode-languageserver/node';
import { rawJsonEncoder } from './raw-json';
import { runServer } from './server';

export function startServer(): void {
  // over stdio, results made as JSON text (raw-json.ts) are written as they are; the input stays
  // a stream so that the library still exits when the client closes it
  const connection = process.argv.includes('--stdio')
    ? createConnection(ProposedFeatures.all, process.stdin, new StreamMessageWriter(process.stdout, { contentTypeEncoder: rawJsonEncoder }) as MessageWriter as unknown as NodeJS.WritableStream)
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
