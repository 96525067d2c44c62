// Expands command-line paths into article files: files as given, folders walked for
// .txt and .md files (skipping node_modules and dot-folders), in a stable order.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const ARTICLE_EXTENSIONS = /\.(txt|md)$/i;
const SKIPPED_DIRS = new Set(['node_modules']);

export interface Collected {
  files: string[];
  problems: string[];
}

export function collectArticleFiles(paths: string[]): Collected {
  const files: string[] = [];
  const problems: string[] = [];
  const walk = (dir: string) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      problems.push(`${dir}: cannot read folder (${(e as NodeJS.ErrnoException).code ?? e})`);
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!entry.name.startsWith('.') && !SKIPPED_DIRS.has(entry.name)) walk(full);
      } else if (ARTICLE_EXTENSIONS.test(entry.name)) {
        files.push(full);
      }
    }
  };
  for (const p of paths) {
    let stat;
    try {
      stat = statSync(p);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      problems.push(`${p}: ${code === 'ENOENT' ? 'no such file or folder' : `cannot read (${code ?? e})`}`);
      continue;
    }
    if (stat.isDirectory()) walk(p);
    else files.push(p);
  }
  return { files, problems };
}
