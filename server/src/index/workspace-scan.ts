// Finds the article files of a workspace folder: walks it asynchronously, in a stable order
// (names sorted), keeping files the folder's FileFilter accepts.
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { FileFilter } from './file-filter';

/** Walks `start` (default: the folder root); paths are matched relative to `root`. */
export async function scanFolder(
  root: string,
  filter: FileFilter,
  log: (message: string) => void = () => {},
  start: string = root,
): Promise<string[]> {
  const files: string[] = [];
  // (each entry's path relative to root is its folder's and its name: no relative() per file)
  const walk = async (dir: string, relDir: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (e) {
      log(`${dir}: cannot read folder (${(e as NodeJS.ErrnoException).code ?? e})`);
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const full = join(dir, entry.name);
      const rel = relDir ? `${relDir}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (filter.walksInto(rel)) await walk(full, rel);
      } else if (entry.isFile() && filter.matches(rel)) {
        files.push(full);
      }
    }
  };
  await walk(start, toPosix(relative(root, start)));
  return files;
}

export function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}
