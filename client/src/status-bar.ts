// The status-bar item: corpus size (files, speakers) or indexing progress; a click focuses
// the sidebar.
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/node';
import { EntitiesParams, EntitiesRequest, EntitiesResult } from '../../server/src/lsp/protocol';
import { CorpusState } from './corpus-state';
import { VIEW_ID } from './entities-tree';

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('byline.status', vscode.StatusBarAlignment.Left, 10);
  private readonly subscription: vscode.Disposable;
  private speakers: number | undefined;
  private generation = 0;

  constructor(
    private readonly client: LanguageClient,
    private readonly state: CorpusState,
  ) {
    this.item.name = 'Byline';
    this.item.command = { command: `${VIEW_ID}.focus`, title: 'Show Corpus Entities' };
    this.subscription = state.onDidChange(() => this.update());
    this.render();
    this.item.show();
  }

  private update(): void {
    this.render();
    if (this.state.phase === 'running' && !this.state.indexing) void this.countSpeakers();
  }

  private render(): void {
    const s = this.state;
    if (s.phase === 'starting') {
      this.show('$(sync~spin) Byline: starting…', 'Byline: starting the language server');
    } else if (s.phase === 'failed' || s.phase === 'stopped') {
      this.show('$(error) Byline', 'Byline: the language server is not running — run "Byline: Restart Language Server"');
      this.item.command = 'byline.showOutput';
      return;
    } else if (s.indexing) {
      this.show(`$(sync~spin) Byline: indexing… ${plural(s.files, 'file')}`, 'Byline: indexing the workspace\'s articles');
    } else {
      const speakers = this.speakers === undefined ? '' : `, ${plural(this.speakers, 'speaker')}`;
      this.show(`$(quote) Byline: ${plural(s.files, 'file')}${speakers}`, 'Byline: articles indexed and speakers found — click to show the corpus entities');
    }
    this.item.command = { command: `${VIEW_ID}.focus`, title: 'Show Corpus Entities' };
  }

  private async countSpeakers(): Promise<void> {
    const generation = ++this.generation;
    try {
      // the total only: no page of entities
      const params: EntitiesParams = { group: 'speaker', limit: 0 };
      const result = await this.client.sendRequest<EntitiesResult>(EntitiesRequest, params);
      if (generation !== this.generation) return;
      this.speakers = result.groups[0]?.total ?? 0;
      this.state.observe(result.files, result.indexing);
      this.render();
    } catch {
      // the server is restarting; the next indexChanged brings us back
    }
  }

  private show(text: string, tooltip: string): void {
    this.item.text = text;
    this.item.tooltip = tooltip;
  }

  dispose(): void {
    this.subscription.dispose();
    this.item.dispose();
  }
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
