// Which files of a workspace folder are articles: the `byline.files` glob, minus
// node_modules, .git and the workspace's `files.exclude` globs. Paths are matched relative to
// the folder, with '/' separators.
import picomatch from 'picomatch';

export const DEFAULT_FILES_GLOB = '**/*.{txt,md}';
const ALWAYS_EXCLUDED = ['**/node_modules/**', '**/.git/**', '**/node_modules', '**/.git'];

export class FileFilter {
  private readonly include: (path: string) => boolean;
  private readonly exclude: (path: string) => boolean;

  constructor(glob: string, excludes: string[] = []) {
    this.include = picomatch(glob || DEFAULT_FILES_GLOB, { dot: false });
    const ex = [...ALWAYS_EXCLUDED];
    for (const g of excludes) {
      ex.push(g);
      // an excluded folder excludes what is inside it
      if (!g.endsWith('/**')) ex.push(`${g}/**`);
    }
    this.exclude = picomatch(ex, { dot: true });
  }

  /** whether a folder (relative path) is worth walking into */
  walksInto(relativeDir: string): boolean {
    return !this.exclude(relativeDir);
  }

  matches(relativePath: string): boolean {
    return !this.exclude(relativePath) && this.include(relativePath);
  }
}

/** `files.exclude` is an object of glob → true/false (or a `when` clause, treated as true). */
export function excludesFromSetting(value: unknown): string[] {
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v === true || (typeof v === 'object' && v !== null))
    .map(([k]) => k);
}
