// Keeps the corpus index in step with the workspace: workspace folders and their settings,
// the initial scan (with work-done progress), files opened/edited/closed in the editor, and
// files created/changed/deleted on disk (workspace/didChangeWatchedFiles). Edits mark files
// dirty; one debounced flush re-extracts them and re-resolves the corpus, then publishes.
import { existsSync, statSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
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
import { CorpusIndex } from '../index/corpus-index';
import { analyserVersion, CACHE_FILE, cacheKey, ExtractionCache } from '../index/extraction-cache';
import { readSnapshot, SNAPSHOT_FILE, snapshotVersion, writeSnapshot, SLICE_MS as SNAPSHOT_SLICE_MS, type ResolvedSnapshot } from '../index/resolved-snapshot';
import { nextTurn, pacer } from '../index/pacer';
import { WorkerPool } from '../index/worker-pool';
import { readArticle, type ArticleResult } from '../index/article-job';
import { decodeExtraction } from '../index/extraction-codec';
import type { AnalyzeOptions, DocumentExtraction } from '../analysis';
import { warmUpEditPath, type WarmUpFile } from '../index/warm-up';
import { heapUse, overHeapBudget } from '../index/heap-budget';
import { warmSidebar } from './sidebar';
import { warmWorkspaceSymbols } from './symbols';
import { diagnosticsFor } from './diagnostics';
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

/** debounce of edits in a burst (the first edit after a quiet spell is applied at once) */
const FLUSH_DELAY_MS = 50;
const QUIET_MS = 150;
/** files given to the workers at once during a scan */
const SCAN_INFLIGHT = 256;
const PROGRESS_EVERY_MS = 200;
/** files of the corpus the edit path is warmed up on (warm-up.ts) */
const WARM_UP_FILES = 8;
/** files analysed (not read from the cache) in a scan before the warm-up runs beside it */
const WARM_UP_DURING_SCAN = 64;
/** the initial scan resolves what streamed in at most this often (and only on long scans) */
const STREAM_EVERY_MS = 10_000;
/** at most this many files without a snapshot stamp are read and checked on the main thread in a warm start (Workspace.scan) */
const FEW_UNSTAMPED = 32;
/** after a warm start adopted the persisted resolution: the resolver's tables are built in slices this long */
const BUILD_SLICE_MS = 15;
/**
 * the resolution is taken and written once requests and edits have paused this long, or this
 * long after the scan at the latest: about 2 s of main-thread CPU at 10,000 articles, in slices
 * between requests, and the collections its garbage brings would slow the requests of a user
 * at work (hover p99 3 → 20–40 ms when it ran right after the scan)
 */
const SNAPSHOT_QUIET_MS = 1000;
const SNAPSHOT_WAIT_MS = 60_000;
const NO_UNCHANGED: ReadonlyMap<string, { key: string; stamp: string }> = new Map();

export class Workspace {
  readonly index: CorpusIndex;
  private folders: Folder[] = [];
  private defaults: BylineSettings = DEFAULT_SETTINGS;
  /** open documents: normalized URI → the URI the client used */
  readonly open = new Map<string, string>();
  /** true from start-up until the first scan completes, and during every later scan */
  indexing = true;
  private scanGeneration = 0;
  private flushTimer: NodeJS.Timeout | NodeJS.Immediate | null = null;
  private watcherRegistration: Disposable | null = null;
  private watchedGlobs = '';
  private lastFlush = 0;
  /** files analysed by workers (not from the cache) since the last flush, and in all */
  private analysedPending = 0;
  private analysedCount = 0;
  private pool: WorkerPool | null = null;
  private cache: ExtractionCache | null = null;
  private cacheLoaded: Promise<void> | null = null;
  /**
   * the persisted resolution read for the first scan (resolved-snapshot.ts), until the scan
   * adopts it or finds it does not fit; while it is held, cache hits are decoded only if needed
   */
  private snapshot: ResolvedSnapshot | null = null;
  /** cache key of each indexed file's text */
  private readonly cacheKeys = new Map<string, string>();
  /** each file's size and modification time when its text was read from disk (article-job.ts fileStamp), if known */
  private readonly stamps = new Map<string, string>();
  /** files skipped for their size: normalized URI → size in bytes */
  readonly oversize = new Map<string, number>();
  /** where the extraction cache lives (the client's storage path, else <first folder>/.byline/cache) */
  cacheDir: string | null = null;
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
    const first = folders.map((f) => uriToPath(normalizeUri(f.uri))).find((p) => p);
    if (first) this.cacheDir = join(first, '.byline', 'cache');
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

  anyWorkspaceScope(): boolean {
    return this.defaults.diagnostics.scope === 'workspace' || this.folders.some((f) => f.settings.diagnostics.scope === 'workspace');
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
    this.lastFlush = started;
    this.indexing = true;
    this.onChanged();
    const progress = this.support.workDoneProgress ? await this.connection.window.createWorkDoneProgress().catch(() => null) : null;
    progress?.begin('Byline: indexing articles', 0, 'looking for files', true);
    let cancelled = false;
    progress?.token.onCancellationRequested(() => {
      cancelled = true;
      this.pool?.cancelQueued();
    });
    /** the heap filled up: the scan stops taking files (heap-budget.ts) */
    let full = false;
    const stale = () => cancelled || full || generation !== this.scanGeneration;
    const skipped: string[] = [];
    try {
      // the caches are read, and the worker threads start, while the folders are walked; not
      // when a saved resolution may spare reading the files: booting two workers on a 2-core
      // machine delayed a warm start by 100–200 ms (a worker still starts for the first file read)
      const warm = !!this.cacheDir && existsSync(join(this.cacheDir, SNAPSHOT_FILE));
      // (its extraction cache is parsed when first needed, if there is one: without one, files
      // are read and analysed by workers as on a cold start)
      const cacheLoaded = this.loadCache(warm && existsSync(join(this.cacheDir!, CACHE_FILE)));
      if (!warm) this.workers().start();
      const found: string[] = [];
      for (const folder of this.folders) {
        if (!folder.path) continue;
        const files = await scanFolder(folder.path, folder.filter, (m) => this.log(m));
        for (const f of files) found.push(pathToUri(f));
        if (stale()) return;
      }
      const keep = new Set(found);
      for (const uri of this.index.uris().slice()) if (!keep.has(uri) && !this.open.has(uri)) this.index.remove(uri);
      await cacheLoaded;
      if (this.snapshot && this.snapshot.uris.length !== found.length) this.snapshot = null; // (it will not fit)
      // this scan's figures (the cache's counters run on over scans)
      const hits0 = this.cache?.hits ?? 0, analysed0 = this.analysedCount;
      // a warm start: files the snapshot was made from, with the same size and modification time, are not read now
      const unchanged = this.snapshot ? await this.unchangedFiles(this.snapshot, stale) : NO_UNCHANGED;
      if (stale()) return;
      // (the workers need the cache's keys when they read files; a warm start that reads none
      // gives them once it has answered, so the cache is not parsed before: see below)
      const unread: string[] = [];
      for (const uri of found) if (!unchanged.has(uri) && !this.open.has(uri)) unread.push(uri);
      // (a few files the snapshot has no stamp for, such as one open in the editor when it was
      // taken: read here and kept when their text is the one the snapshot was made from, rather
      // than booting a worker and parsing the extraction cache before the server answers)
      const sameText = new Set<string>();
      if (this.snapshot && this.cache?.unparsed && unread.length <= FEW_UNSTAMPED) {
        for (const uri of unread) {
          const key = this.snapshot.keyOf(uri);
          if (key !== undefined && this.indexSameText(uri, key)) sameText.add(uri);
        }
      }
      const cacheLater = unread.length === sameText.size && !!this.cache?.unparsed;
      if (!cacheLater) this.workers().setCache(this.knownKeys(this.cache?.availableKeys()), this.cache?.openForAppends() ?? null);
      let done = 0, lastReport = 0, warming = false;
      const inflight = new Set<Promise<void>>();
      let slotFree: (() => void) | null = null;
      for (const uri of found) {
        if (stale()) break;
        if (this.open.has(uri)) {
          done++;
          continue;
        }
        const known = unchanged.get(uri);
        if ((known && this.indexUnread(uri, known.key, known.stamp)) || sameText.has(uri)) {
          done++;
          continue;
        }
        const p = this.loadFromDisk(uri, stale, skipped).then(() => {
          done++;
          // a scan that analyses files leaves the main thread mostly idle while workers work:
          // the edit path is compiled then, not after the scan, when the user's first requests come
          if (!warming && this.analysedCount - analysed0 >= WARM_UP_DURING_SCAN && this.index.size >= WARM_UP_FILES) {
            warming = true;
            void warmUpEditPath(this.warmUpSample(), () => generation !== this.scanGeneration, this.afterWarmUpEdit);
          }
          if ((done & 127) === 0 && !full && overHeapBudget(this.index.streamed / Math.max(1, this.index.size))) {
            full = true;
            this.pool?.cancelQueued();
          }
          const now = performance.now();
          if (now - lastReport > PROGRESS_EVERY_MS) {
            lastReport = now;
            progress?.report(Math.round((done / Math.max(1, found.length)) * 100), `${done}/${found.length} files`);
            // on long scans, stream into the resolution (so the sidebar fills) at most every
            // STREAM_EVERY_MS and at quadrupling sizes, while workers analyse most files: a flush
            // re-derives most files already resolved, so these cost at most a third of the final
            // one. Files from the cache come fast, so a warm start resolves once, at the end.
            // (not when two thirds of the files are in: the scan's own flush comes soon, and one
            // just before it would double the corpus step's work at the end of a 10-second scan)
            const streamed = this.index.streamed;
            if (streamed >= Math.max(500, 3 * (this.index.size - streamed)) && this.analysedPending * 2 >= streamed && now - this.lastFlush > STREAM_EVERY_MS && done * 3 < found.length * 2) this.flushNow(false, true);
          }
        });
        inflight.add(p);
        void p.finally(() => {
          inflight.delete(p);
          const wake = slotFree;
          slotFree = null;
          wake?.();
        });
        // wait for a free slot (not Promise.race over the files in flight: each race would add
        // a reaction to all 256 of them, millions over a large scan)
        if (inflight.size >= SCAN_INFLIGHT) await new Promise<void>((resolve) => (slotFree = resolve));
      }
      await Promise.all(inflight);
      if (generation !== this.scanGeneration) return;
      // the workers' memory goes back before the corpus step, the peak of the server's
      this.pool?.retireIdle();
      // entries no file of this workspace used: their bytes (and the cache file's buffer) can go
      const settleCache = (): void => {
        if (cancelled || full || generation !== this.scanGeneration) return;
        this.cache?.release();
        this.pool?.setCache(this.knownKeys(), this.cache?.openForAppends() ?? null);
      };
      if (!cacheLater) settleCache();
      this.indexing = false;
      // a warm start takes the corpus step's result from disk when it was made from these very files
      const adopted = !!this.snapshot && !cancelled && !full && this.index.adopt(this.snapshot, (uri) => this.keyOf(uri));
      this.snapshot = null;
      this.flushNow(true);
      if (!adopted) this.index.warmViews(); // (an adopted snapshot brings the summaries)
      // the sidebar's orders and the symbol table on the next turn (a request before that builds them)
      setImmediate(() => {
        warmSidebar(this.index);
        warmWorkspaceSymbols(this.index);
      });
      if (adopted) this.buildResolverInSlices(generation);
      if (!warming && !cancelled && !full) void warmUpEditPath(this.warmUpSample(), () => generation !== this.scanGeneration, this.afterWarmUpEdit);
      const ms = Math.round(performance.now() - started);
      if (full) {
        const { usedMb, limitMb } = heapUse();
        this.log(`indexing stopped after ${ms} ms, out of memory for more files (heap ${usedMb} of ${limitMb} MB): ${this.index.size} of ${found.length} files indexed`);
        void this.connection.window.showWarningMessage(
          `Byline: the server would run out of memory indexing more, so only ${this.index.size} of ${found.length} articles are indexed. Narrow byline.files, or give the server more memory (NODE_OPTIONS=--max-old-space-size=…).`,
        );
      } else if (cancelled) this.log(`indexing cancelled after ${ms} ms: ${this.index.size} of ${found.length} files indexed`);
      else this.log(`indexed ${this.index.size} files in ${ms} ms (cache: ${(this.cache?.hits ?? 0) - hits0} hits, ${this.analysedCount - analysed0} analysed; ${unchanged.size ? `${unchanged.size} unchanged since the snapshot, read when first needed; ` : ''}${adopted ? 'corpus resolution read from disk; ' : ''}${this.workers().threaded ? this.workers().size + ' worker threads' : 'no worker bundle, main thread'}; ${memory()})`);
      if (skipped.length) {
        const max = this.settingsFor(skipped[0]).maxFileSize;
        void this.connection.window.showInformationMessage(
          `Byline: ${skipped.length} file${skipped.length === 1 ? '' : 's'} larger than byline.maxFileSize (${formatSize(max)}) not analysed: ${skipped.slice(0, 3).map((u) => basename(uriToPath(u) ?? u)).join(', ')}${skipped.length > 3 ? ', …' : ''}`,
        );
      }
      if (cacheLater) setImmediate(settleCache);
      void this.saveCache(!cancelled && !full);
      if (!adopted && !cancelled && !full) void this.saveSnapshot();
    } finally {
      if (generation === this.scanGeneration) this.indexing = false;
      progress?.done();
    }
  }

  /**
   * Keys the workers need not analyse: the cache's unused entries and the texts indexed now (a
   * file whose text is unchanged is then only read and hashed, as on a rescan after a settings
   * change; loadFromDisk keeps its extraction).
   */
  private knownKeys(keys = new Set<string>()): Set<string> {
    for (const k of this.cacheKeys.values()) keys.add(k);
    return keys;
  }

  /** what an edit leads to (see publish.ts): the file's diagnostics, serialised */
  private readonly afterWarmUpEdit = (index: CorpusIndex, uri: string): void => {
    JSON.stringify(diagnosticsFor(index, uri, this.settingsFor(uri)));
  };

  /** a few indexed files spread over the corpus, for warmUpEditPath */
  private warmUpSample(): WarmUpFile[] {
    const uris = this.index.uris();
    const step = Math.max(1, Math.floor(uris.length / WARM_UP_FILES));
    const out: WarmUpFile[] = [];
    for (let i = 0; i < uris.length && out.length < WARM_UP_FILES; i += step) {
      const text = this.index.textOf(uris[i]);
      if (text !== null) out.push({ text, options: this.optionsFor(uris[i]) });
    }
    return out;
  }

  /** Reads the caches (once); with `prefetch`, the extraction cache is parsed only when first needed (ExtractionCache.prefetch). */
  private loadCache(prefetch = false): Promise<void> {
    if (!this.cacheLoaded) {
      this.cacheLoaded = (async () => {
        if (!this.cacheDir) return;
        this.cache = new ExtractionCache(this.cacheDir, analyserVersion(), (m) => this.log(m));
        const snapshot = readSnapshot(this.cacheDir, snapshotVersion(analyserVersion()));
        if (prefetch) this.cache.prefetch();
        else await this.cache.load();
        this.snapshot = await snapshot;
      })();
    }
    return this.cacheLoaded;
  }

  /** the cache key of an indexed file's text (an open file's: of its editor text), or null */
  private keyOf(uri: string): string | null {
    if (!this.open.has(uri)) return this.cacheKeys.get(uri) ?? null;
    const text = this.index.textOf(uri);
    return text === null ? null : cacheKey(analyserVersion(), text, this.optionsFor(uri));
  }

  /**
   * The files the snapshot was made from whose size and modification time are what they were
   * when their text was read (the snapshot records it), and whose extraction the cache holds:
   * they hold the same text, so a warm start need not read them. Stats in slices between turns.
   */
  private async unchangedFiles(snap: ResolvedSnapshot, stale: () => boolean): Promise<Map<string, { key: string; stamp: string }>> {
    const out = new Map<string, { key: string; stamp: string }>();
    if (!this.cache) return out;
    for (let i = 0; i < snap.uris.length; i++) {
      if ((i & 511) === 511) {
        await nextTurn();
        if (stale()) return out;
      }
      const uri = snap.uris[i], stamp = snap.stamps[i], key = snap.keys[i];
      const path = stamp && !this.open.has(uri) && this.cache.mayHave(key) ? uriToPath(uri) : null;
      if (!path) continue;
      try {
        const st = statSync(path);
        if (st.isFile() && `${st.size}:${st.mtimeMs}` === stamp && st.size <= this.settingsFor(uri).maxFileSize) out.set(uri, { key, stamp });
      } catch {
        // gone or unreadable: the scan finds out
      }
    }
    return out;
  }

  /**
   * Indexes an unchanged file (unchangedFiles) without reading it: its extraction from the
   * cache and its text read when first needed. False when the cache no longer has its entry.
   */
  private indexUnread(uri: string, key: string, stamp: string): boolean {
    const path = uriToPath(uri);
    const options = this.optionsFor(uri);
    if (!path) return false;
    // (read once: the index keeps what it gives, and the cache's decoder asks for it too)
    let read: string | null = null;
    const text = () => (read ??= this.readUnread(uri, path, key, options));
    return this.indexCached(uri, key, stamp, text, options);
  }

  /** Indexes a file from its cache entry for `key`, decoded when first needed; false when the cache does not hold it. */
  private indexCached(uri: string, key: string, stamp: string | null, text: string | (() => string), options: AnalyzeOptions): boolean {
    const load = this.cache?.take(key, uri, text) ?? null;
    if (!load) return false;
    this.cacheKeys.set(uri, key);
    if (stamp) this.stamps.set(uri, stamp);
    this.oversize.delete(uri);
    this.index.setDeferred(uri, text, options, load);
    return true;
  }

  /**
   * Reads a file on the main thread and indexes it from the cache when its text has `key`
   * (its extraction decoded when first needed); false when it cannot be read or has changed.
   */
  private indexSameText(uri: string, key: string): boolean {
    const path = uriToPath(uri);
    if (!path || !this.cache) return false;
    const read = readArticle(path, this.settingsFor(uri).maxFileSize);
    const options = this.optionsFor(uri);
    if (read.kind !== 'text' || cacheKey(analyserVersion(), read.text, options) !== key) return false;
    return this.indexCached(uri, key, read.stamp, read.text, options);
  }

  /**
   * The text of a file indexed unread, read now. A file that changed although its size and
   * modification time did not (or that is gone) is analysed again from what is on disk now;
   * until then its marks are those of the text it had.
   */
  private readUnread(uri: string, path: string, key: string, options: AnalyzeOptions): string {
    const read = readArticle(path, this.settingsFor(uri).maxFileSize);
    const text = read.kind === 'text' ? read.text : '';
    const now = read.kind === 'text' ? cacheKey(analyserVersion(), text, options) : null;
    if (now !== key) {
      this.log(`${path}: ${read.kind === 'text' ? 'changed on disk with the same size and modification time' : read.reason}; indexed again`);
      this.stamps.delete(uri);
      setImmediate(() => {
        if (this.open.has(uri) || this.cacheKeys.get(uri) !== key) return;
        this.cacheKeys.delete(uri);
        if (now === null) this.index.remove(uri);
        else {
          this.cacheKeys.set(uri, now);
          this.index.refresh(uri);
        }
        this.scheduleFlush();
      });
    }
    return text;
  }

  /** Gives the resolver the adopted files in slices between requests, so the first edit finds it ready. */
  private buildResolverInSlices(generation: number): void {
    const step = () => {
      // (a flush completes it at once when it needs it)
      if (generation !== this.scanGeneration || !this.index.resolverPending) return;
      try {
        if (!this.index.buildStep(BUILD_SLICE_MS)) setImmediate(step);
      } catch (e) {
        this.log(`building the corpus resolver failed, the next update rebuilds it (${e instanceof Error ? e.stack : e})`);
      }
    };
    setImmediate(step);
  }

  /** Persists the corpus resolution for the next start (resolved-snapshot.ts), unless it cannot be (see snapshotData). */
  private async saveSnapshot(): Promise<void> {
    const dir = this.cacheDir;
    if (!dir) return;
    const generation = this.scanGeneration;
    this.touch(); // (the quiet counts from now: the scan's end is when requests start)
    try {
      const latest = performance.now() + SNAPSHOT_WAIT_MS;
      while (performance.now() - this.lastActivity < SNAPSHOT_QUIET_MS && performance.now() < latest) {
        await new Promise((resolve) => setTimeout(resolve, 250));
        if (generation !== this.scanGeneration) return;
      }
      const started = performance.now();
      const data = await this.index.snapshotData((uri) => this.keyOf(uri), pacer(SNAPSHOT_SLICE_MS), (uri) => (this.open.has(uri) ? null : this.stamps.get(uri) ?? null));
      if (!data || generation !== this.scanGeneration) return;
      const bytes = await writeSnapshot(dir, snapshotVersion(analyserVersion()), data, pacer(SNAPSHOT_SLICE_MS));
      this.log(`resolution snapshot written for the next start (${data.fileCount} files, ${data.entityCount} entities, ${formatSize(bytes)}, ${Math.round(performance.now() - started)} ms)`);
    } catch (e) {
      this.log(`cannot write the resolution snapshot (${e instanceof Error ? e.message : e})`);
    }
  }

  /** when the last request or edit came (see saveSnapshot) */
  private lastActivity = performance.now();

  /** Notes a request or an edit. */
  touch(): void {
    this.lastActivity = performance.now();
  }

  /** the workspace folders' URIs */
  folderUris(): string[] {
    return this.folders.map((f) => f.uri);
  }

  /** Writes new cache entries; after a full scan, compacts the cache when it holds many dead ones. */
  private async saveCache(compact: boolean): Promise<void> {
    const cache = this.cache;
    if (!cache) return;
    if (compact && (cache.size > this.cacheKeys.size * 1.5 + 100 || cache.corrupt > 0)) await cache.rewrite(this.cacheKeys.values());
    else await cache.write();
  }

  private workers(): WorkerPool {
    this.pool ??= new WorkerPool(analyserVersion());
    return this.pool;
  }

  /** Reads a file from disk into the index (from the cache, or analysed by a worker); a file that cannot be read or decoded, or is too large, is skipped. */
  private async loadFromDisk(uri: string, stale: () => boolean = () => false, skipped: string[] = []): Promise<boolean> {
    const path = uriToPath(uri);
    if (!path) return false;
    await this.loadCache();
    const options = this.optionsFor(uri);
    const maxSize = this.settingsFor(uri).maxFileSize;
    let r = await this.workers().run({ uri, path, text: null, options, maxSize, fresh: false });
    if (this.open.has(uri)) return false; // opened while we read: the editor's text wins
    if (r.kind === 'skipped') {
      if (r.oversize !== undefined) {
        if (!this.oversize.has(uri)) this.log(`${path}: ${formatSize(r.oversize)}, over byline.maxFileSize (${formatSize(maxSize)}), not analysed`);
        this.oversize.set(uri, r.oversize);
        skipped.push(uri);
        this.index.remove(uri);
      } else if (!stale()) {
        this.log(`${path}: ${r.reason}`);
        this.index.remove(uri);
      }
      return false;
    }
    this.oversize.delete(uri);
    const { text, key } = r;
    this.analysed(r);
    if (r.stamp) this.stamps.set(uri, r.stamp);
    else this.stamps.delete(uri);
    // (a file indexed unread holds the text of its cache key: not read just to compare)
    if (this.index.has(uri) && (this.index.hasText(uri) ? this.index.textOf(uri) === text : this.cacheKeys.get(uri) === key)) return true;
    // a file the snapshot does not have as it is now: it will not fit, cache hits are decoded as they come
    if (this.snapshot && this.snapshot.keyOf(uri) !== key) this.snapshot = null;
    if (r.encoded === null && this.snapshot) {
      // a snapshot may make decoding it unnecessary: decoded when first needed
      const load = this.cache?.take(key, uri, text) ?? null;
      if (load) {
        this.cacheKeys.set(uri, key);
        this.index.setDeferred(uri, text, options, load);
        return true;
      }
    }
    let extraction = r.encoded !== null ? this.decoded(r.encoded, text, uri) : this.cache?.get(key, uri, text) ?? null;
    if (!extraction) {
      // the worker took the cache's word for it, but the entry was damaged: analyse the text
      r = await this.workers().run({ uri, path: null, text, options, maxSize, fresh: true });
      if (this.open.has(uri)) return false;
      extraction = r.kind === 'done' && r.encoded !== null ? this.decoded(r.encoded, text, uri) : null;
      if (r.kind === 'skipped' || !extraction) {
        if (!stale()) {
          this.log(`${path}: ${r.kind === 'skipped' ? r.reason : 'not analysed'}`);
          this.index.remove(uri);
        }
        return false;
      }
      this.analysed(r);
    }
    if (r.kind === 'done' && r.encoded !== null) this.analysedPending++;
    this.cacheKeys.set(uri, key);
    this.index.setExtracted(uri, text, options, extraction);
    // a closed file's text is read again from disk when needed, not kept (its stamp, checked
    // then with its cache key, tells a file changed since)
    if (r.kind === 'done' && r.stamp) this.index.release(uri, () => this.readReleased(uri, path, key, options));
    return true;
  }

  /**
   * The text of a file whose text the index released, read now. A file changed on disk since
   * (or gone) is read and indexed again on the next turn; until then its marks are those of the
   * text it had.
   */
  private readReleased(uri: string, path: string, key: string, options: AnalyzeOptions): string {
    const read = readArticle(path, this.settingsFor(uri).maxFileSize);
    const text = read.kind === 'text' ? read.text : '';
    if (read.kind === 'text' && cacheKey(analyserVersion(), text, options) === key) return text;
    setImmediate(() => {
      if (this.open.has(uri) || this.cacheKeys.get(uri) !== key || this.rereading.has(uri)) return;
      this.log(`${path}: ${read.kind === 'text' ? 'changed on disk' : read.reason}; indexed again`);
      this.rereading.add(uri);
      void this.loadFromDisk(uri)
        .then((ok) => {
          if (!ok && !this.open.has(uri)) this.index.remove(uri);
          this.scheduleFlush();
        })
        .finally(() => this.rereading.delete(uri));
    });
    return text;
  }

  /** released files found changed on disk, being read again (readReleased) */
  private readonly rereading = new Set<string>();

  /** Counts a worker's analysis and records its cache entry. */
  private analysed(r: ArticleResult): void {
    if (r.kind !== 'done' || r.encoded === null) return;
    this.analysedCount++;
    if (r.stored) this.cache?.appended(r.key);
    else this.cache?.put(r.key, r.encoded);
  }

  /** a worker's extraction, decoded (null, and logged, if it cannot be: the file is left out) */
  private decoded(encoded: string, text: string, uri: string): DocumentExtraction | null {
    try {
      return decodeExtraction(encoded, text, uri);
    } catch (e) {
      this.log(`${uri}: the analysis result could not be read (${e instanceof Error ? e.message : e})`);
      return null;
    }
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
    this.touch();
    const uri = normalizeUri(clientUri);
    const wasOpen = this.open.has(uri);
    this.open.set(uri, clientUri);
    const max = this.settingsFor(uri).maxFileSize;
    if (text.length > max) {
      // too large to analyse: kept out of the index, with a note on the file (see publish.ts)
      if (!this.oversize.has(uri)) this.log(`${uri}: ${formatSize(text.length)}, over byline.maxFileSize (${formatSize(max)}), not analysed`);
      this.oversize.set(uri, text.length);
      this.index.remove(uri);
      this.onTargetsChanged();
      this.scheduleFlush();
      return;
    }
    if (this.oversize.delete(uri)) this.onTargetsChanged();
    // (a closed file whose text the index released, opened unchanged: its text back, no new analysis,
    // so the entities it names keep their summaries)
    const options = this.optionsFor(uri);
    const key = this.cacheKeys.get(uri);
    if (key !== undefined && this.index.isReleased(uri) && cacheKey(analyserVersion(), text, options) === key) this.index.restore(uri, text);
    this.index.setText(uri, text, options);
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
    const quiet = performance.now() - this.lastFlush > QUIET_MS;
    const run = () => {
      this.flushTimer = null;
      this.flushNow();
    };
    // (after a quiet spell at once, on the next turn: a timer of 0 waits a millisecond or more)
    this.flushTimer = quiet ? setImmediate(run) : setTimeout(run, FLUSH_DELAY_MS);
  }

  /**
   * Brings the index up to date now (before answering a request, or when the debounce fires);
   * while the initial scan runs, only with the editor's changes unless `streamed` (see CorpusIndex.flush).
   */
  flushNow(force = false, streamed = !this.indexing): void {
    if (this.flushTimer) {
      if ('refresh' in this.flushTimer) clearTimeout(this.flushTimer);
      else clearImmediate(this.flushTimer);
      this.flushTimer = null;
    }
    let changed = false;
    this.lastFlush = performance.now();
    if (streamed) this.analysedPending = 0;
    try {
      changed = this.index.flush(streamed);
      if (this.index.lastResolveMs > 100 && !this.indexing) this.log(`index update took ${Math.round(this.index.lastResolveMs)} ms (${this.index.lastChanged} files re-derived)`);
    } catch (e) {
      this.log(`index update failed (${e instanceof Error ? e.stack : e})`);
    }
    if (changed || force) this.onChanged();
  }
}

function memory(): string {
  const m = process.memoryUsage();
  return `heap ${Math.round(m.heapUsed / 1048576)} MB, RSS ${Math.round(m.rss / 1048576)} MB`;
}

export function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MB` : `${Math.ceil(bytes / 1024)} KB`;
}
