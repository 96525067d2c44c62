// What the client knows about the server's corpus: whether the server runs, whether it is
// still indexing, how many files it holds. Fed by the client's state and by
// `byline/indexChanged`; the sidebar, the status bar and the welcome views follow it.
import * as vscode from 'vscode';
import { LanguageClient, State } from 'vscode-languageclient/node';
import { IndexChangedNotification, IndexChangedParams } from '../../server/src/lsp/protocol';

export type ServerPhase = 'starting' | 'running' | 'failed' | 'stopped';

export class CorpusState implements vscode.Disposable {
  phase: ServerPhase = 'starting';
  indexing = true;
  files = 0;
  /** what the last `byline/indexChanged` of this server session said; undefined after a phase change */
  index: IndexChangedParams | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  /** fires when the phase or the index changed (debounced for index changes) */
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly client: LanguageClient) {
    this.disposables.push(
      client.onDidChangeState((e) => {
        if (e.newState === State.Running) this.started();
        else if (e.newState === State.Stopped && this.phase !== 'failed') this.set('stopped');
        else if (e.newState === State.Starting) this.starting();
      }),
      // registered before start: the client keeps the handler across restarts
      client.onNotification(IndexChangedNotification, (p: IndexChangedParams) => {
        this.index = p;
        this.files = p.files;
        this.indexing = p.indexing;
        this.fireSoon();
      }),
    );
  }

  get running(): boolean {
    return this.client.state === State.Running;
  }

  starting(): void {
    this.indexing = true;
    this.set('starting');
  }

  started(): void {
    if (this.phase !== 'running') this.set('running');
  }

  failed(error: unknown): void {
    this.client.error(`Byline's language server did not start: ${error instanceof Error ? error.message : String(error)}`, error, false);
    this.set('failed');
  }

  /** records what an `byline/entities` answer said about the index */
  observe(files: number, indexing: boolean): void {
    this.files = files;
    this.indexing = indexing;
  }

  private set(phase: ServerPhase): void {
    this.phase = phase;
    this.index = undefined; // a new server session numbers its versions anew
    void vscode.commands.executeCommand('setContext', 'byline.serverPhase', phase);
    this.changed.fire();
  }

  private fireSoon(): void {
    // indexChanged can arrive once per file while the first scan runs; refresh at most every 300 ms
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.changed.fire();
    }, 300);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }
}
