// Keeps the corpus index in step with the workspace: workspace folders and their settings,
// the initial scan (with work-done progress), files opened/edited/closed in the editor, and
// files created/changed/deleted on disk (workspace/didChangeWatchedFiles). Edits mark files
// dirty; one debounced flush re-extracts them and re-resolves the corpus, then publishes.
import { readFile, stat } from 'node:fs/promises';
import { relative } from 'node:path';
import {
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  WatchKind,
  type Connection,
  type Disposable,
  type FileEvent,
  type WorkspaceFolder,
} from 'vscode-languageserver';
import { decodeArticle } from '../files/decode';
import { CorpusIndex } from '../index/corpus-index';
import { excludesFromSetting, FileFilter } from '../index/file-filter';
import { normalizeUri, pathToUri, uriToPath } from '../index/uris';
import { scanFolder, toPosix } from '../index/workspace-scan';
import { DEFAULT_SETTINGS, parseSettings, type BylineSettings } from './settings';

export interface ClientSupport {
  configuration: boolean;
  dynamicWatchers: boolean;
  dynamicConfiguration: boolean;
  workDoneProgress: boolean;
}

interface Folder {
  uri: string;
  path: string | null;
  settings: BylineSettings;
  excludes: string[];
  filter: FileFilter;
}

const FLUSH_DELAY_MS = 75;
const SCAN_BATCH = 25;

export class Workspace {
  readonly index: CorpusIndex;
  private folders: Folder[] = [];
  private defaults: BylineSettings = DEFAULT_SETTINGS;
  /** open documents: normalized URI → the URI the client used */
  readonly open = new Map<string, string>();
  indexing = false;
  private scanGeneration = 0;
  private flushTimer: NodeJS.Timeout | null = null;
  private watcherRegistration: Disposable | null = null;
  private watchedGlobs = '';
  /** called after every flush that changed the index */
  onChanged: () => void = () => {};
  /** called when the set of documents to publish for may have changed without an index change */
  onTargetsChanged: () => void = () => {};

  constructor(
    private readonly connection: Connection,
    private readonly support: ClientSupport,
    folders: WorkspaceFolder[],
  ) {
    this.index = new CorpusIndex(undefined, (m) => this.log(m));
    this.folders = folders.map((f) => this.makeFolder(f.uri, DEFAULT_SETTINGS, []));
  }

  log(message: string): void {
    this.connection.console.log(`[byline] ${message}`);
  }

  private makeFolder(uri: string, settings: BylineSettings, excludes: string[]): Folder {
    const u = normalizeUri(uri).replace(/\/$/, '');
    return { uri: u, path: uriToPath(u), settings, excludes, filter: new FileFilter(settings.files, excludes) };
  }

  folderOf(uri: string): Folder | null {
    let best: Folder | null = null;
    for (const f of this.folders) if (uri.startsWith(f.uri + '/') && (!best || f.uri.length > best.uri.length)) best = f;
    return best;
  }

  settingsFor(uri: string): BylineSettings {
    return this.folderOf(uri)?.settings ?? this.defaults;
  }

  private optionsFor(uri: string) {
    const ref = this.settingsFor(uri).referenceDate;
    return ref ? { referenceDate: ref } : {};
  }

  /** whether a file on disk belongs to the corpus (under a folder, matching its globs) */
  private accepts(uri: string): boolean {
    const folder = this.folderOf(uri);
    const path = uriToPath(uri);
    if (!folder || !folder.path || !path) return false;
    return folder.filter.matches(toPosix(relative(folder.path, path)));
  }

  // ---- settings ----------------------------------------------------------------------------

  /** Reads settings for every folder. Returns true when what is indexed (globs, excludes, reference date) changed. */
  async loadSettings(pushed?: unknown): Promise<boolean> {
    const before = this.folders.map((f) => `${f.uri}|${f.settings.files}|${f.excludes.join(',')}|${f.settings.referenceDate}`).join('\n');
    if (this.support.configuration) {
      try {
        const scopes = [undefined, ...this.folders.map((f) => f.uri)];
        const items = scopes.flatMap((scopeUri) => [
          { scopeUri, section: 'byline' },
          { scopeUri, section: 'files.exclude' },
        ]);
        const values: unknown[] = await this.connection.workspace.getConfiguration(items);
        this.defaults = parseSettings(values[0]);
        this.folders = this.folders.map((f, i) => this.makeFolder(f.uri, parseSettings(values[2 + 2 * i]), excludesFromSetting(values[3 + 2 * i])));
      } catch (e) {
        this.log(`cannot read settings, using defaults (${e instanceof Error ? e.message : e})`);
      }
    } else if (pushed && typeof pushed === 'object' && 'byline' in pushed) {
      this.defaults = parseSettings((pushed as { byline: unknown }).byline);
      this.folders = this.folders.map((f) => this.makeFolder(f.uri, this.defaults, f.excludes));
    }
    const after = this.folders.map((f) => `${f.uri}|${f.settings.files}|${f.excludes.join(',')}|${f.settings.referenceDate}`).join('\n');
    return before !== after;
  }

  async registerConfigurationChanges(): Promise<void> {
    if (!this.support.dynamicConfiguration) return;
    try {
      await this.connection.client.register(DidChangeConfigurationNotification.type, { section: ['byline', 'files'] });
    } catch (e) {
      this.log(`cannot register for configuration changes (${e instanceof Error ? e.message : e})`);
    }
  }

  /** Registers workspace/didChangeWatchedFiles for the article globs (again when they change). */
  async registerWatchers(): Promise<void> {
    if (!this.support.dynamicWatchers) return;
    const globs = [...new Set(this.folders.map((f) => f.settings.files))];
    if (globs.length === 0) globs.push(this.defaults.files);
    const key = globs.join('\n');
    if (key === this.watchedGlobs && this.watcherRegistration) return;
    this.watchedGlobs = key;
    const old = this.watcherRegistration;
    this.watcherRegistration = null;
    try {
      old?.dispose();
      this.watcherRegistration = await this.connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [
          ...globs.map((globPattern) => ({ globPattern })),
          // folders created (renamed into place) or deleted
          { globPattern: '**/*', kind: WatchKind.Create | WatchKind.Delete },
        ],
      });
    } catch (e) {
      this.log(`cannot register file watchers (${e instanceof Error ? e.message : e})`);
    }
  }

  setFolders(added: WorkspaceFolder[], removed: WorkspaceFolder[]): void {
    const gone = new Set(removed.map((f) => normalizeUri(f.uri).replace(/\/$/, '')));
    this.folders = this.folders.filter((f) => !gone.has(f.uri));
    for (const f of added) this.folders.push(this.makeFolder(f.uri, this.defaults, []));
  }

  // ---- scanning ----------------------------------------------------------------------------

  /** Scans every folder and (re)builds the index from disk; open documents keep their editor text. */
  async scan(): Promise<void> {
    const generation = ++this.scanGeneration;
    const started = performance.now();
    this.indexing = true;
    this.onChanged();
    const progress = this.support.workDoneProgress ? await this.connection.window.createWorkDoneProgress().catch(() => null) : null;
    progress?.begin('Byline: indexing articles', 0, 'looking for files', false);
    try {
      const found: string[] = [];
      for (const folder of this.folders) {
        if (!folder.path) continue;
        const files = await scanFolder(folder.path, folder.filter, (m) => this.log(m));
        for (const f of files) found.push(pathToUri(f));
        if (generation !== this.scanGeneration) return;
      }
      const keep = new Set(found);
      for (const uri of this.index.uris().slice()) if (!keep.has(uri) && !this.open.has(uri)) this.index.remove(uri);
      let done = 0;
      for (let i = 0; i < found.length; i += SCAN_BATCH) {
        await Promise.all(found.slice(i, i + SCAN_BATCH).map((uri) => (this.open.has(uri) ? undefined : this.loadFromDisk(uri))));
        if (generation !== this.scanGeneration) return;
        done = Math.min(found.length, i + SCAN_BATCH);
        progress?.report(Math.round((done / Math.max(1, found.length)) * 90), `${done}/${found.length} files read`);
      }
      progress?.report(90, 'analysing the corpus');
      await new Promise((r) => setImmediate(r));
      if (generation !== this.scanGeneration) return;
      this.indexing = false;
      this.flushNow(true);
      this.log(
        `indexed ${this.index.size} files in ${Math.round(performance.now() - started)} ms ` +
          `(corpus resolution ${Math.round(this.index.lastResolveMs)} ms)`,
      );
    } finally {
      if (generation === this.scanGeneration) this.indexing = false;
      progress?.done();
    }
  }

  /** Reads a file from disk into the index; a file that cannot be read or decoded is skipped. */
  private async loadFromDisk(uri: string): Promise<boolean> {
    const path = uriToPath(uri);
    if (!path) return false;
    let bytes: Buffer;
    try {
      bytes = await readFile(path);
    } catch (e) {
      this.log(`${path}: cannot read (${(e as NodeJS.ErrnoException).code ?? e}), skipped`);
      this.index.remove(uri);
      return false;
    }
    if (this.open.has(uri)) return false; // opened while we read: the editor's text wins
    const decoded = decodeArticle(bytes);
    if (!decoded.ok) {
      this.log(`${path}: ${decoded.reason}`);
      this.index.remove(uri);
      return false;
    }
    this.index.setText(uri, decoded.text, this.optionsFor(uri));
    return true;
  }

  /** Applies the reference date of the current settings to every file (after a settings change). */
  reapplyOptions(): void {
    for (const uri of this.index.uris()) {
      const f = this.index.file(uri);
      if (f) this.index.setText(uri, f.text, this.optionsFor(uri));
    }
    this.scheduleFlush();
  }

  // ---- editor documents --------------------------------------------------------------------

  openOrChange(clientUri: string, text: string): void {
    const uri = normalizeUri(clientUri);
    const wasOpen = this.open.has(uri);
    this.open.set(uri, clientUri);
    this.index.setText(uri, text, this.optionsFor(uri));
    if (!wasOpen) this.onTargetsChanged();
    this.scheduleFlush();
  }

  async close(clientUri: string): Promise<void> {
    const uri = normalizeUri(clientUri);
    this.open.delete(uri);
    if (!(this.accepts(uri) && (await this.loadFromDisk(uri)))) this.index.remove(uri);
    this.onTargetsChanged();
    this.scheduleFlush();
  }

  // ---- files on disk -----------------------------------------------------------------------

  async filesChanged(changes: FileEvent[]): Promise<void> {
    for (const change of changes) {
      const uri = normalizeUri(change.uri);
      if (change.type === FileChangeType.Deleted) {
        if (!this.open.has(uri)) this.index.remove(uri);
        continue;
      }
      if (this.open.has(uri)) continue; // the editor's text wins while the file is open
      const path = uriToPath(uri);
      if (!path) continue;
      let isDir = false;
      try {
        isDir = (await stat(path)).isDirectory();
      } catch {
        this.index.remove(uri);
        continue;
      }
      if (isDir) {
        const folder = this.folderOf(uri);
        if (!folder?.path || !folder.filter.walksInto(toPosix(relative(folder.path, path)))) continue;
        const files = await scanFolder(folder.path, folder.filter, (m) => this.log(m), path);
        for (const f of files) await this.loadFromDisk(pathToUri(f));
      } else if (this.accepts(uri)) {
        await this.loadFromDisk(uri);
      }
    }
    this.scheduleFlush();
  }

  // ---- flushing ----------------------------------------------------------------------------

  scheduleFlush(): void {
    if (this.flushTimer) return;
    this.flushTimer = setTimeout(() => {
      this.flushTimer = null;
      this.flushNow();
    }, FLUSH_DELAY_MS);
  }

  /** Brings the index up to date now (before answering a request, or when the debounce fires). */
  flushNow(force = false): void {
    if (this.flushTimer) {
      clearTimeout(this.flushTimer);
      this.flushTimer = null;
    }
    let changed = false;
    try {
      changed = this.index.flush();
    } catch (e) {
      this.log(`index update failed (${e instanceof Error ? e.stack : e})`);
    }
    if (changed || force) this.onChanged();
  }
}
