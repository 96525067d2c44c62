// A stand-in for the `vscode` module, enough to run the client's classes outside VS Code (the
// sidebar tree: events, a tree view, context keys, tree items), and for the few values the
// client takes from `vscode-languageclient/node` (which needs the real `vscode` to load).
// `useFakeVscode()` makes `require` return them; require the client's modules after calling it.
import Module from 'node:module';

type Listener<T> = (e: T) => unknown;

export class EventEmitter<T> {
  private listeners: Listener<T>[] = [];
  readonly event = (listener: Listener<T>) => {
    this.listeners.push(listener);
    return { dispose: () => (this.listeners = this.listeners.filter((l) => l !== listener)) };
  };
  fire(e: T): void {
    for (const l of this.listeners) l(e);
  }
  dispose(): void {
    this.listeners = [];
  }
}

export class TreeItem {
  id?: string;
  description?: string;
  tooltip?: unknown;
  iconPath?: unknown;
  contextValue?: string;
  command?: unknown;
  resourceUri?: unknown;
  constructor(readonly label: string, readonly collapsibleState?: number) {}
}

export class ThemeIcon {
  constructor(readonly id: string, readonly color?: unknown) {}
}

export class ThemeColor {
  constructor(readonly id: string) {}
}

export class MarkdownString {
  value = '';
  appendText(s: string): this {
    this.value += s;
    return this;
  }
  appendMarkdown(s: string): this {
    this.value += s;
    return this;
  }
}

export const fake = {
  /** context keys set with `setContext` */
  context: new Map<string, unknown>(),
  /** the tree views created, visible */
  views: [] as { id: string; visible: boolean; description?: string; message?: string }[],
};

export const vscode = {
  EventEmitter,
  TreeItem,
  ThemeIcon,
  ThemeColor,
  MarkdownString,
  TreeItemCollapsibleState: { None: 0, Collapsed: 1, Expanded: 2 },
  Uri: { parse: (s: string) => ({ toString: () => s, path: new URL(s).pathname }) },
  window: {
    createTreeView(id: string) {
      const visibility = new EventEmitter<{ visible: boolean }>();
      const view = { id, visible: true, onDidChangeVisibility: visibility.event, reveal: async () => {}, dispose() {} };
      fake.views.push(view);
      return view;
    },
    showInformationMessage: async () => undefined,
    showWarningMessage: async () => undefined,
    showErrorMessage: async () => undefined,
    setStatusBarMessage: () => ({ dispose() {} }),
  },
  commands: {
    async executeCommand(command: string, ...args: unknown[]) {
      if (command === 'setContext') fake.context.set(String(args[0]), args[1]);
      return undefined;
    },
    registerCommand: () => ({ dispose() {} }),
  },
  workspace: { asRelativePath: (uri: { path: string }) => uri.path },
};

/** the client's values from vscode-languageclient/node; its requests are sent through a fake client */
export const languageClient = {
  ExecuteCommandRequest: { type: { method: 'workspace/executeCommand' } },
  State: { Stopped: 1, Starting: 3, Running: 2 },
};

let installed = false;

export function useFakeVscode(): void {
  if (installed) return;
  installed = true;
  const m = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
  const load = m._load;
  m._load = function (request: string, ...rest: unknown[]) {
    if (request === 'vscode') return vscode;
    if (request === 'vscode-languageclient/node') return languageClient;
    return load.call(this, request, ...rest);
  };
}
