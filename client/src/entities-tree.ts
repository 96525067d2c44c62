// The "Corpus entities" view: a tree of groups (Speakers, Dates, Figures) → entities →
// mentions, with sorting, a filter and "reveal the entity under the cursor". The server sends
// a page at a time: each group's first 200 entities (`byline/entities`, sorted there), an
// entity's mentions when it is expanded (`byline/mentions`), and the next page when the user
// clicks a group's or an entity's "Show more…" item, so a corpus of any size opens at once. Items a correction changed look different
// (their `corrected` ids drive the "Undo Correction" item action), and a last group lists the
// recorded corrections themselves, so a rejected mark (gone from the tree) can be undone too.
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
  EntitySort,
  IndexChangedParams,
  MentionsParams,
  MentionsRequest,
  MentionsResult,
  SidebarEntity,
  SidebarMention,
} from '../../server/src/lsp/protocol';
import { CorpusState } from './corpus-state';
import { DecisionSummary, listCorrections } from './corrections';

export const VIEW_ID = 'byline.entities';
const PAGE = 200;
const GROUPS: { group: EntityGroup; label: string; icon: string }[] = [
  { group: 'speaker', label: 'Speakers', icon: 'quote' },
  { group: 'date', label: 'Dates', icon: 'calendar' },
  { group: 'figure', label: 'Figures', icon: 'symbol-number' },
];

export type SortOrder = EntitySort;
type TreeState = 'loading' | 'indexing' | 'empty' | 'noMatch' | 'ready';
/** how a corrected item looks: the "modified" colour of the explorer, a pencil */
const CORRECTED_ICON = 'edit';
const CORRECTED_COLOR = 'gitDecoration.modifiedResourceForeground';

// `corrected`: ids of the decisions behind an item, read by `byline.undoCorrections`
// `children`: the pages loaded so far (an entity's mentions: once it is first expanded);
// `total`: how many the server has, so a "Show more…" item follows while some are not loaded
interface GroupNode { kind: 'group'; group: EntityGroup; label: string; icon: string; total: number; children: EntityNode[]; more?: MoreNode }
interface EntityNode { kind: 'entity'; entity: SidebarEntity; parent: GroupNode; children?: MentionNode[]; more?: MoreNode; corrected?: string[] }
interface MentionNode { kind: 'mention'; mention: SidebarMention; index: number; parent: EntityNode; corrected?: string[] }
interface MoreNode { kind: 'more'; parent: GroupNode | EntityNode; loading?: Promise<void> }
interface CorrectionsNode { kind: 'corrections'; children: CorrectionNode[] }
interface CorrectionNode { kind: 'correction'; decision: DecisionSummary; parent: CorrectionsNode; corrected: string[] }
export type Node = GroupNode | EntityNode | MentionNode | MoreNode | CorrectionsNode | CorrectionNode;
type TopNode = GroupNode | CorrectionsNode;

export class EntitiesTree implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  readonly view: vscode.TreeView<Node>;
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private groups: TopNode[] | undefined;
  private loading: Promise<TopNode[]> | undefined;
  /** the index the tree's last answer was read from */
  private shown: IndexChangedParams | undefined;
  /** the recorded decisions by id, from the last load (for tooltips) */
  private decisions = new Map<string, DecisionSummary>();
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
      state.onDidChange(() => void this.stateChanged()),
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

  /**
   * The server or its index changed: asks again, unless the tree already shows that index (it
   * asked after the change, e.g. for a new filter, or an answer on its way does). A second
   * refresh would not change what it shows, but for a moment its items would answer no clicks:
   * VS Code forgets the items of a refreshed tree until it has fetched them again.
   */
  private async stateChanged(): Promise<void> {
    await this.loading?.catch(() => undefined);
    const now = this.state.index;
    const shown = this.shown;
    if (now && shown && !this.stale && now.version === shown.version && now.files === shown.files && now.indexing === shown.indexing) return;
    this.refresh();
  }

  setSort(sort: SortOrder): void {
    this.sort = sort;
    void this.memento.update('byline.sort', sort);
    this.setContext('byline.sort', sort);
    this.stale = true; // the server sorts: the first pages change
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
    let node = await this.findOrPage(await this.load(), at.id);
    if (!node && this.filter) {
      this.setFilter(''); // the filter hides it
      node = await this.findOrPage(await this.load(), at.id);
    }
    if (!node) {
      this.stale = true; // the index moved on since the last answer
      node = await this.findOrPage(await this.load(), at.id);
    }
    if (!node) {
      void vscode.window.showInformationMessage(`Byline: "${at.id}" is not in the corpus index yet.`);
      return false;
    }
    await vscode.commands.executeCommand(`${VIEW_ID}.focus`);
    await this.view.reveal(node, { select: true, focus: true, expand: true });
    return true;
  }

  /** Loads the next page of a group's entities or of an entity's mentions (a "Show more…" item). */
  showMore(node: MoreNode): Promise<void> {
    // a second click while the page loads does not load it twice
    node.loading ??= (async () => {
      try {
        const parent = node.parent;
        if (parent.kind === 'group') await this.loadEntities(parent);
        else await this.loadMentions(parent);
        this.changed.fire(parent);
      } finally {
        node.loading = undefined;
      }
    })();
    return node.loading;
  }

  // --- TreeDataProvider ---

  async getChildren(node?: Node): Promise<Node[]> {
    if (!node) return (await this.load()).filter((g) => g.children.length > 0);
    if (node.kind === 'corrections') return node.children;
    if (node.kind === 'group') return withMore(node, node.children, node.total);
    if (node.kind === 'entity') {
      if (!node.children) await this.loadMentions(node);
      return withMore(node, node.children ?? [], node.entity.count);
    }
    return [];
  }

  getParent(node: Node): Node | undefined {
    return node.kind === 'group' || node.kind === 'corrections' ? undefined : node.parent;
  }

  getTreeItem(node: Node): vscode.TreeItem {
    switch (node.kind) {
      case 'group': {
        const item = new vscode.TreeItem(`${node.label} (${node.total})`, vscode.TreeItemCollapsibleState.Expanded);
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
        return this.markCorrected(item, e.corrected);
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
        return this.markCorrected(item, m.corrected);
      }
      case 'corrections': {
        const item = new vscode.TreeItem(`Corrections (${node.children.length})`, vscode.TreeItemCollapsibleState.Collapsed);
        item.id = 'group:corrections';
        item.iconPath = new vscode.ThemeIcon('history');
        item.tooltip = 'The decisions recorded in .byline/annotations.jsonl, oldest first';
        item.contextValue = 'corrections';
        return item;
      }
      case 'correction': {
        const d = node.decision;
        const item = new vscode.TreeItem(d.summary, vscode.TreeItemCollapsibleState.None);
        item.id = `correction:${d.id}`;
        item.description = `line ${d.line}${d.orphaned ? ' · orphaned' : ''}`;
        item.tooltip = new vscode.MarkdownString()
          .appendText(`${d.summary}\n\n.byline/annotations.jsonl, line ${d.line}`)
          .appendText(d.orphaned ? '\n\nOrphaned: the text it was made on is no longer in the article.' : '');
        item.iconPath = new vscode.ThemeIcon(d.orphaned ? 'warning' : CORRECTED_ICON, new vscode.ThemeColor(d.orphaned ? 'list.warningForeground' : CORRECTED_COLOR));
        item.contextValue = 'correction';
        return item;
      }
      case 'more': {
        const parent = node.parent;
        const [shown, total, what] =
          parent.kind === 'group' ? [parent.children.length, parent.total, parent.label.toLowerCase()] : [parent.children?.length ?? 0, parent.entity.count, 'mentions'];
        const item = new vscode.TreeItem('Show more…', vscode.TreeItemCollapsibleState.None);
        item.id = `${parent.kind === 'group' ? `group:${parent.group}` : parent.entity.id}#more`;
        item.description = `${shown.toLocaleString()} of ${total.toLocaleString()}`;
        item.tooltip = `${shown} of ${total} ${what} shown. Click to show ${Math.min(PAGE, total - shown)} more.`;
        item.iconPath = new vscode.ThemeIcon('ellipsis');
        item.contextValue = 'more';
        item.command = { command: 'byline.showMore', title: 'Show More', arguments: [node] };
        return item;
      }
    }
  }

  /** a corrected entity or mention: pencil icon, "(corrected)", its decisions in the tooltip, an undo action */
  private markCorrected(item: vscode.TreeItem, ids: string[] | undefined): vscode.TreeItem {
    if (!ids?.length) return item;
    item.iconPath = new vscode.ThemeIcon(CORRECTED_ICON, new vscode.ThemeColor(CORRECTED_COLOR));
    item.description = `(corrected) ${item.description ?? ''}`.trim();
    item.contextValue = `${item.contextValue}.corrected`;
    const tooltip = item.tooltip instanceof vscode.MarkdownString ? item.tooltip : new vscode.MarkdownString().appendText(String(item.tooltip ?? ''));
    tooltip.appendMarkdown('\n\n---\n\n').appendText(ids.length === 1 ? 'Corrected by:' : `Corrected by ${ids.length} decisions:`);
    for (const id of ids) tooltip.appendText(`\n• ${this.decisions.get(id)?.summary ?? id}`);
    item.tooltip = tooltip;
    return item;
  }

  // --- data ---

  private load(): Promise<TopNode[]> {
    if (this.groups && !this.stale) return Promise.resolve(this.groups);
    if (this.loading) return this.loading;
    this.stale = false;
    this.loading = (async () => {
      try {
        const [result, decisions] = await Promise.all([this.request(this.params({ limit: PAGE })), this.requestCorrections()]);
        this.decisions = new Map(decisions.map((d) => [d.id, d]));
        this.groups = result ? [...this.build(result), this.buildCorrections(decisions)] : [];
        this.shown = result && { version: result.version, files: result.files, indexing: result.indexing };
        this.updateState(result);
        return this.groups;
      } finally {
        this.loading = undefined;
      }
    })();
    return this.loading;
  }

  /** the filter and sort of the view, with a page */
  private params(page: EntitiesParams): EntitiesParams {
    return { filter: this.filter || undefined, sort: this.sort, ...page };
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

  /** the next page of a group (up to `reveal`, an entity id, when given) */
  private async loadEntities(node: GroupNode, reveal?: string): Promise<void> {
    const result = await this.request(this.params({ group: node.group, offset: node.children.length, limit: PAGE, reveal }));
    const page = result?.groups.find((g) => g.group === node.group);
    if (!result || !page) return;
    node.total = page.total;
    // the index may have moved on between pages: an entity already shown is not shown twice
    const shown = new Set(node.children.map((e) => e.entity.id));
    for (const entity of result.entities) if (!shown.has(entity.id)) node.children.push(entityNode(entity, node));
  }

  /** the next page of an entity's mentions (the first when it is expanded) */
  private async loadMentions(node: EntityNode): Promise<void> {
    if (!this.state.running) return;
    const loaded = node.children ?? [];
    const params: MentionsParams = { id: node.entity.id, offset: loaded.length, limit: PAGE };
    let result: MentionsResult;
    try {
      result = await this.client.sendRequest<MentionsResult>(MentionsRequest, params);
    } catch (error) {
      this.client.warn(`byline/mentions failed: ${error instanceof Error ? error.message : String(error)}`);
      return;
    }
    if (!result) return this.refresh(); // the entity is gone from the index
    node.entity = { ...node.entity, count: result.count };
    node.children = [...loaded, ...result.mentions.map((mention, i) => ({ kind: 'mention' as const, mention, index: result.offset + i, parent: node, corrected: mention.corrected }))];
  }

  /** the recorded decisions; none when the server cannot list them */
  private async requestCorrections(): Promise<DecisionSummary[]> {
    if (!this.state.running) return [];
    try {
      return await listCorrections(this.client);
    } catch (error) {
      this.client.warn(`byline.listCorrections failed: ${error instanceof Error ? error.message : String(error)}`);
      return [];
    }
  }

  private build(result: EntitiesResult): GroupNode[] {
    return GROUPS.map(({ group, label, icon }) => {
      const node: GroupNode = { kind: 'group', group, label, icon, total: result.groups.find((g) => g.group === group)?.total ?? 0, children: [] };
      node.children = result.entities.filter((e) => e.group === group).map((entity) => entityNode(entity, node));
      return node;
    });
  }

  private buildCorrections(decisions: DecisionSummary[]): CorrectionsNode {
    const node: CorrectionsNode = { kind: 'corrections', children: [] };
    const filter = this.filter.toLowerCase();
    node.children = decisions
      .filter((d) => !filter || d.summary.toLowerCase().includes(filter))
      .map((decision) => ({ kind: 'correction', decision, parent: node, corrected: [decision.id] }));
    return node;
  }

  /** the entity's node, loading its group's pages up to it when it is not shown yet */
  private async findOrPage(groups: TopNode[], id: string): Promise<EntityNode | undefined> {
    const find = () => {
      for (const g of groups) if (g.kind === 'group') for (const e of g.children) if (e.entity.id === id) return e;
      return undefined;
    };
    const group = groups.find((g): g is GroupNode => g.kind === 'group' && id.startsWith(`${g.group}:`));
    if (find() || !group || group.children.length >= group.total) return find();
    await this.loadEntities(group, id);
    this.changed.fire(group);
    return find();
  }

  private updateState(result: EntitiesResult | undefined): void {
    const count = result?.groups.reduce((n, g) => n + g.total, 0) ?? 0;
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

function entityNode(entity: SidebarEntity, parent: GroupNode): EntityNode {
  return { kind: 'entity', entity, parent, corrected: entity.corrected };
}

/** the loaded children, then a "Show more…" item while the server has more */
function withMore<T extends Node>(parent: GroupNode | EntityNode, children: T[], total: number): (T | MoreNode)[] {
  if (children.length >= total) return children;
  parent.more ??= { kind: 'more', parent };
  return [...children, parent.more];
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
