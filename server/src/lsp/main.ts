// Bundle entry of the language server for the VS Code client (dist/server.js). The transport
// comes from argv (--node-ipc, --stdio, --socket=, --pipe=), as with any vscode-languageserver.
import { startServer } from './start';

startServer();
