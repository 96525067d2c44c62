// The "Corpus entities" view: the server's `byline/entities` answer as a tree of groups
// (Speakers, Dates, Figures) → entities → mentions, with sorting, a filter, "… N more"
// paging and "reveal the entity under the cursor".
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/node';
import {
  EntitiesParams,
  EntitiesRequest,
  EntitiesResult,
  EntityAtParams,
  EntityAtRequest,
  EntityAtResult,
  EntityGroup,
  SidebarEntity,
  SidebarMention,
} from '../../server/src/lsp/protocol';
import { CorpusState } from './corpus-state';

export const VIEW_ID = 'byline.entities';
const PAGE = 200;
const GROUPS: { group: EntityGroup; label: string; icon: string }[] = [
  { group: 'speaker', label: 'Speakers', icon: 'quote' },
  { group: 'date', label: 'Dates', icon: 'calendar' },
  { group: 'figure', label: 'Figures', icon: 'symbol-number' },
];

export type SortOrder = 'count' | 'name';
type TreeState = 'loading' | 'indexing' | 'empty' | 'noMatch' | 'ready';

interface GroupNode { kind: 'group'; group: EntityGroup; label: string; icon: string; children: EntityNode[] }
interface EntityNode { kind: 'entity'; entity: SidebarEntity; parent: GroupNode; children?: (MentionNode | MoreNode)[] }
interface MentionNode { kind: 'mention'; mention: SidebarMention; index: number; parent: EntityNode }
interface MoreNode { kind: 'more'; remaining: number; parent: EntityNode }
export type Node = GroupNode | EntityNode | MentionNode | MoreNode;

export class EntitiesTree implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  readonly view: vscode.TreeView<Node>;
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private groups: GroupNode[] | undefined;
  private loading: Promise<GroupNode[]> | undefined;
  private stale = true;
  private filter = '';
  private sort: SortOrder;

  constructor(
    private readonly client: LanguageClient,
    private readonly state: CorpusState,
    private readonly memento: vscode.Memento,
  ) {
    this.sort = memento.get<SortOrder>('byline.sort', 'count');
    this.view = vscode.window.createTreeView(VIEW_ID, { treeDataProvider: this, showCollapseAll: true });
    this.disposables.push(
      this.view,
      state.onDidChange(() => this.refresh()),
      this.view.onDidChangeVisibility((e) => {
        if (e.visible && this.stale) this.changed.fire(undefined);
      }),
    );
    this.setContext('byline.sort', this.sort);
    this.setContext('byline.filtered', false);
    this.setTreeState('loading');
  }

  /** Asks the server again (now when the view is visible, else when it next becomes visible). */
  refresh(): void {
    this.stale = true;
    if (this.view.visible) this.changed.fire(undefined);
  }

  setSort(sort: SortOrder): void {
    this.sort = sort;
    void this.memento.update('byline.sort', sort);
    this.setContext('byline.sort', sort);
    if (this.groups) for (const g of this.groups) this.sortEntities(g.children);
    this.changed.fire(undefined);
  }

  async promptFilter(): Promise<void> {
    const value = await vscode.window.showInputBox({
      title: 'Filter Corpus Entities',
      prompt: 'Show only entities whose name contains this text (case-insensitive). Leave empty to show all.',
      placeHolder: 'e.g. Blinken, 2024, percent',
      value: this.filter,
    });
    if (value !== undefined) this.setFilter(value);
  }

  setFilter(value: string): void {
    this.filter = value.trim();
    this.view.description = this.filter ? `Filter: ${this.filter}` : undefined;
    this.setContext('byline.filtered', this.filter !== '');
    this.stale = true;
    this.changed.fire(undefined);
  }

  /** Reveals the entity under the editor's cursor (`byline/entityAt`). */
  async revealEntityAt(editor: vscode.TextEditor | undefined): Promise<boolean> {
    if (!editor) {
      void vscode.window.showInformationMessage('Byline: open an article and put the cursor on a speaker, date or figure.');
      return false;
    }
    if (!this.state.running) {
      void vscode.window.showWarningMessage('Byline: the language server is not running.');
      return false;
    }
    const params: EntityAtParams = {
      textDocument: { uri: editor.document.uri.toString() },
      position: { line: editor.selection.active.line, character: editor.selection.active.character },
    };
    const at = await this.client.sendRequest<EntityAtResult>(EntityAtRequest, params);
    if (!at) {
      vscode.window.setStatusBarMessage('$(info) Byline: no speaker, date or figure under the cursor', 4000);
      return false;
    }
    let node = this.find(await this.load(), at.id);
    if (!node && this.filter) {
      this.setFilter(''); // the filter hides it
      node = this.find(await this.load(), at.id);
    }
    if (!node) {
      this.stale = true; // the index moved on since the last answer
      node = this.find(await this.load(), at.id);
    }
    if (!node) {
      void vscode.window.showInformationMessage(`Byline: "${at.id}" is not in the corpus index yet.`);
      return false;
    }
    await vscode.commands.executeCommand(`${VIEW_ID}.focus`);
    await this.view.reveal(node, { select: true, focus: true, expand: true });
    return true;
  }

  /** Loads the rest of an entity's mentions (the "… N more" item). */
  async showMore(node: MoreNode): Promise<void> {
    const entityNode = node.parent;
    const limit = entityNode.entity.mentions.length + PAGE;
    const result = await this.request({ filter: entityNode.entity.label, mentionLimit: limit });
    const fresh = result?.entities.find((e) => e.id === entityNode.entity.id);
    if (!fresh) return this.refresh();
    entityNode.entity = fresh;
    entityNode.children = undefined;
    this.changed.fire(entityNode);
  }

  // --- TreeDataProvider ---

  async getChildren(node?: Node): Promise<Node[]> {
    if (!node) return (await this.load()).filter((g) => g.children.length > 0);
    if (node.kind === 'group') return node.children;
    if (node.kind === 'entity') return (node.children ??= mentionNodes(node));
    return [];
  }

  getParent(node: Node): Node | undefined {
    return node.kind === 'group' ? undefined : node.parent;
  }

  getTreeItem(node: Node): vscode.TreeItem {
    switch (node.kind) {
      case 'group': {
        const item = new vscode.TreeItem(`${node.label} (${node.children.length})`, vscode.TreeItemCollapsibleState.Expanded);
        item.id = `group:${node.group}`;
        item.iconPath = new vscode.ThemeIcon(node.icon);
        item.contextValue = 'group';
        return item;
      }
      case 'entity': {
        const e = node.entity;
        const item = new vscode.TreeItem(e.label, vscode.TreeItemCollapsibleState.Collapsed);
        item.id = e.id;
        item.description = [String(e.count), ...e.roles.slice(0, 1)].join(' · ');
        item.tooltip = entityTooltip(e);
        item.iconPath = new vscode.ThemeIcon(e.group === 'speaker' ? (e.kind === 'org' ? 'organization' : 'person') : e.group === 'date' ? 'calendar' : 'symbol-number');
        item.contextValue = `entity.${e.group}`;
        return item;
      }
      case 'mention': {
        const m = node.mention;
        const uri = vscode.Uri.parse(m.uri);
        const line = m.range.start.line + 1;
        const item = new vscode.TreeItem(`${path.posix.basename(uri.path)}:${line}`, vscode.TreeItemCollapsibleState.None);
        item.id = `${node.parent.entity.id}#${node.index}`;
        item.description = focusSnippet(m.snippet, node.parent.entity.label);
        item.tooltip = new vscode.MarkdownString().appendText(`${vscode.workspace.asRelativePath(uri)}:${line}:${m.range.start.character + 1} (${m.type})\n\n`).appendText(m.snippet);
        item.resourceUri = uri;
        item.iconPath = new vscode.ThemeIcon(m.type === 'speaker' ? 'comment' : 'circle-small');
        item.contextValue = 'mention';
        item.command = { command: 'byline.openMention', title: 'Open Mention', arguments: [m.uri, m.range] };
        return item;
      }
      case 'more': {
        const item = new vscode.TreeItem(`… ${node.remaining} more`, vscode.TreeItemCollapsibleState.None);
        item.id = `${node.parent.entity.id}#more`;
        item.description = 'load more';
        item.tooltip = `Only the first ${node.parent.entity.mentions.length} mentions are shown. Click to load more.`;
        item.contextValue = 'more';
        item.command = { command: 'byline.showMoreMentions', title: 'Load More Mentions', arguments: [node] };
        return item;
      }
    }
  }

  // --- data ---

  private load(): Promise<GroupNode[]> {
    if (this.groups && !this.stale) return Promise.resolve(this.groups);
    if (this.loading) return this.loading;
    this.stale = false;
    this.loading = (async () => {
      try {
        const result = await this.request({ filter: this.filter || undefined, mentionLimit: PAGE });
        this.groups = result ? this.build(result) : [];
        this.updateState(result);
        return this.groups;
      } finally {
        this.loading = undefined;
      }
    })();
    return this.loading;
  }

  private async request(params: EntitiesParams): Promise<EntitiesResult | undefined> {
    if (!this.state.running) return undefined;
    try {
      const result = await this.client.sendRequest<EntitiesResult>(EntitiesRequest, params);
      this.state.observe(result.files, result.indexing);
      return result;
    } catch (error) {
      this.client.warn(`byline/entities failed: ${error instanceof Error ? error.message : String(error)}`);
      this.stale = true;
      return undefined;
    }
  }

  private build(result: EntitiesResult): GroupNode[] {
    return GROUPS.map(({ group, label, icon }) => {
      const node: GroupNode = { kind: 'group', group, label, icon, children: [] };
      node.children = result.entities.filter((e) => e.group === group).map((entity) => ({ kind: 'entity', entity, parent: node }));
      this.sortEntities(node.children);
      return node;
    });
  }

  private sortEntities(nodes: EntityNode[]): void {
    const byName = (a: EntityNode, b: EntityNode) => a.entity.label.localeCompare(b.entity.label, undefined, { numeric: true, sensitivity: 'base' });
    nodes.sort(this.sort === 'name' ? byName : (a, b) => b.entity.count - a.entity.count || byName(a, b));
  }

  private find(groups: GroupNode[], id: string): EntityNode | undefined {
    for (const g of groups) for (const e of g.children) if (e.entity.id === id) return e;
    return undefined;
  }

  private updateState(result: EntitiesResult | undefined): void {
    const count = result?.entities.length ?? 0;
    let state: TreeState;
    if (!result) state = 'loading';
    else if (count > 0) state = 'ready';
    else if (result.indexing) state = 'indexing';
    else state = this.filter ? 'noMatch' : 'empty';
    this.setTreeState(state);
    this.view.message = result?.indexing && count > 0 ? `$(sync~spin) Indexing… ${result.files} files so far` : undefined;
  }

  private setTreeState(state: TreeState): void {
    this.setContext('byline.treeState', state);
  }

  private setContext(key: string, value: unknown): void {
    void vscode.commands.executeCommand('setContext', key, value);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

function mentionNodes(node: EntityNode): (MentionNode | MoreNode)[] {
  const e = node.entity;
  const children: (MentionNode | MoreNode)[] = e.mentions.map((mention, index) => ({ kind: 'mention', mention, index, parent: node }));
  const remaining = e.count - e.mentions.length;
  if (e.truncated && remaining > 0) children.push({ kind: 'more', remaining, parent: node });
  return children;
}

/** Starts a long snippet shortly before the entity's name, so a narrow sidebar still shows it. */
function focusSnippet(snippet: string, label: string): string {
  const words = label.split(/\s+/).filter((w) => w.length > 2);
  const lower = snippet.toLowerCase();
  const at = words.map((w) => lower.indexOf(w.toLowerCase())).filter((i) => i >= 0).sort((a, b) => a - b)[0];
  if (at === undefined || at <= 24) return snippet;
  const from = snippet.lastIndexOf(' ', at - 12);
  return `…${snippet.slice(from > 0 ? from + 1 : at - 12)}`;
}

function entityTooltip(e: SidebarEntity): vscode.MarkdownString {
  const md = new vscode.MarkdownString();
  md.appendMarkdown('**').appendText(e.label).appendMarkdown('**');
  if (e.kind) md.appendText(` — ${e.kind}`);
  if (e.roles.length) md.appendText(`\n\nRoles: ${e.roles.join('; ')}`);
  const counts = e.group === 'speaker' ? `${e.statements} statements, ${e.count} mentions` : `${e.count} mentions`;
  md.appendText(`\n\n${counts}`);
  return md;
}
