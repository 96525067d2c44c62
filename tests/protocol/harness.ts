// Test harness: starts the BUILT server (`node dist/byline.js lsp --stdio`) and speaks LSP to
// it as a real client would, over stdio with vscode-languageserver-protocol.
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { createProtocolConnection, type ProtocolConnection } from 'vscode-languageserver-protocol';
import type { Diagnostic, InitializeParams, Position, Range } from 'vscode-languageserver-protocol';
import type { IndexChangedParams } from '../../server/src/lsp/protocol';

export const ROOT = join(__dirname, '..', '..');
export const SEEDS = join(ROOT, 'seeds');
/** BYLINE_SERVER overrides the server script (default dist/byline.js, built when missing) */
export const SERVER = process.env.BYLINE_SERVER ?? join(ROOT, 'dist', 'byline.js');

export function seedNames(): string[] {
  return readdirSync(SEEDS).filter((f) => /\.(txt|md)$/.test(f)).sort();
}

/** a temp copy of seeds/ as workspace folder */
export function makeWorkspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'byline-ws-'));
  cpSync(SEEDS, dir, { recursive: true });
  return dir;
}

export const uriOf = (path: string) => pathToFileURL(path).href;

export interface StartOptions {
  folder: string;
  settings?: Record<string, unknown>;
  capabilities?: InitializeParams['capabilities'];
  /** extra environment of the server process */
  env?: Record<string, string>;
}

export class TestClient {
  readonly connection: ProtocolConnection;
  readonly diagnostics = new Map<string, Diagnostic[]>();
  readonly publishCount = new Map<string, number>();
  readonly logs: string[] = [];
  /** window/showMessage notifications and showMessageRequest requests */
  readonly messages: string[] = [];
  readonly registrations: { method: string; registerOptions?: unknown }[] = [];
  readonly progress: { token: unknown; value: { kind: string } }[] = [];
  readonly progressCreated: unknown[] = [];
  readonly indexChanged: IndexChangedParams[] = [];
  settings: Record<string, unknown>;
  stderr = '';
  initializeMs = 0;
  indexedMs = 0;
  private versions = new Map<string, number>();

  private constructor(readonly proc: ChildProcess, readonly folder: string, settings: Record<string, unknown>) {
    this.settings = settings;
    this.connection = createProtocolConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
    proc.stderr!.on('data', (d) => (this.stderr += d));
    const c = this.connection;
    c.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: Diagnostic[] }) => {
      this.diagnostics.set(p.uri, p.diagnostics);
      this.publishCount.set(p.uri, (this.publishCount.get(p.uri) ?? 0) + 1);
    });
    c.onNotification('window/logMessage', (p: { message: string }) => {
      this.logs.push(p.message);
    });
    c.onNotification('window/showMessage', (p: { message: string }) => {
      this.messages.push(p.message);
    });
    c.onRequest('window/showMessageRequest', (p: { message: string }) => {
      this.messages.push(p.message);
      return null;
    });
    c.onNotification('$/progress', (p: { token: unknown; value: { kind: string } }) => {
      this.progress.push(p);
    });
    c.onNotification('byline/indexChanged', (p: IndexChangedParams) => {
      this.indexChanged.push(p);
    });
    c.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) =>
      p.items.map((item) => (item.section === 'byline' ? this.settings : item.section === 'files.exclude' ? {} : null)),
    );
    c.onRequest('client/registerCapability', (p: { registrations: { method: string; registerOptions?: unknown }[] }) => {
      this.registrations.push(...p.registrations);
      return null;
    });
    c.onRequest('client/unregisterCapability', () => null);
    c.onRequest('window/workDoneProgress/create', (p: { token: unknown }) => {
      this.progressCreated.push(p.token);
      return null;
    });
    c.listen();
  }

  static async start(options: StartOptions): Promise<TestClient> {
    if (!process.env.BYLINE_SERVER && !existsSync(SERVER)) execFileSync(process.execPath, [join(ROOT, 'esbuild.mjs'), '--only=cli', '--quiet'], { cwd: ROOT });
    const proc = spawn(process.execPath, [SERVER, 'lsp', '--stdio'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...options.env } });
    const client = new TestClient(proc, options.folder, options.settings ?? {});
    const t0 = performance.now();
    await client.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: uriOf(options.folder),
      workspaceFolders: [{ uri: uriOf(options.folder), name: 'ws' }],
      capabilities: options.capabilities ?? {
        workspace: {
          configuration: true,
          workspaceFolders: true,
          didChangeWatchedFiles: { dynamicRegistration: true },
          didChangeConfiguration: { dynamicRegistration: true },
          symbol: {},
        },
        window: { workDoneProgress: true },
        textDocument: {
          hover: { contentFormat: ['markdown', 'plaintext'] },
          publishDiagnostics: { relatedInformation: true },
          documentSymbol: { hierarchicalDocumentSymbolSupport: true },
        },
      },
    } satisfies InitializeParams);
    client.initializeMs = performance.now() - t0;
    await client.connection.sendNotification('initialized', {});
    // the server reports indexing until its first scan is complete
    await client.waitFor(() => client.indexChanged.some((e) => !e.indexing), 60000, 'initial index');
    client.indexedMs = performance.now() - t0;
    return client;
  }

  async waitFor(predicate: () => boolean, timeoutMs = 10000, what = 'condition'): Promise<void> {
    const end = Date.now() + timeoutMs;
    while (!predicate()) {
      if (this.proc.exitCode !== null) throw new Error(`server exited (${this.proc.exitCode}) while waiting for ${what}\n${this.stderr}`);
      if (Date.now() > end) throw new Error(`timed out waiting for ${what}\nlogs:\n${this.logs.join('\n')}\n${this.stderr}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  /** waits until the server has been quiet (no new diagnostics) for `quietMs` */
  async settle(quietMs = 300): Promise<void> {
    let last = -1;
    let stableSince = Date.now();
    await this.waitFor(() => {
      const n = [...this.publishCount.values()].reduce((a, b) => a + b, 0) + this.indexChanged.length;
      if (n !== last) {
        last = n;
        stableSince = Date.now();
      }
      return Date.now() - stableSince >= quietMs;
    }, 15000, 'server to settle');
  }

  open(path: string, text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '')): string {
    const uri = uriOf(path);
    this.versions.set(uri, 1);
    void this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
    return uri;
  }

  change(uri: string, text: string): void {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    void this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
  }

  close(uri: string): void {
    void this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  /** opens a file and waits for its first diagnostics */
  async openAndWait(path: string, text?: string): Promise<{ uri: string; text: string; diagnostics: Diagnostic[] }> {
    const uri = this.open(path, text);
    await this.waitFor(() => this.diagnostics.has(uri), 10000, `diagnostics of ${path}`);
    return { uri, text: text ?? readFileSync(path, 'utf8').replace(/^\uFEFF/, ''), diagnostics: this.diagnostics.get(uri)! };
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      void this.connection.sendNotification('exit');
    } catch {
      // already gone
    }
    await new Promise((r) => setTimeout(r, 100));
    if (this.proc.exitCode === null) this.proc.kill();
    this.connection.dispose();
    rmSync(this.folder, { recursive: true, force: true });
  }
}

/** a diagnostic's message as text (LSP 3.18 allows markup) */
export function messageOf(d: Diagnostic): string {
  return typeof d.message === 'string' ? d.message : d.message.value;
}

// ---- text helpers (expectations come from the text, not from the server) ----------------------

export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

export function positionAt(text: string, offset: number): Position {
  const starts = lineStarts(text);
  let line = 0;
  while (line + 1 < starts.length && starts[line + 1] <= offset) line++;
  return { line, character: offset - starts[line] };
}

export function offsetAt(text: string, p: Position): number {
  return lineStarts(text)[p.line] + p.character;
}

export function textAt(text: string, range: Range): string {
  return text.slice(offsetAt(text, range.start), offsetAt(text, range.end));
}

/** the CLI's annotations of a folder (same analyser, independent code path) by file path */
export function cliAnnotations(folder: string): Map<string, { type: string; start: number; end: number; text: string; entity: string | null }[]> {
  const out = execFileSync(process.execPath, [SERVER, 'annotate', folder, '--format', 'jsonl'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const map = new Map<string, { type: string; start: number; end: number; text: string; entity: string | null }[]>();
  for (const line of out.split('\n')) {
    if (!line.trim()) continue;
    const a = JSON.parse(line);
    const name = String(a.doc);
    (map.get(name) ?? map.set(name, []).get(name)!).push(a);
  }
  return map;
}
