// Reading and writing the corrections file on disk. Writes are atomic (a temporary file in the
// same folder, then rename), keep every existing line byte for byte, and are refused when the
// file on disk does not parse: Byline never overwrites a file it could not read.
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { ANNOTATIONS_FILE, appendDecisions, parseAnnotationsFile, removeDecisions, type Decision, type FormatProblem, type ParsedFile } from './format';

export class UnparsableFileError extends Error {
  constructor(readonly path: string, readonly problems: FormatProblem[]) {
    super(`${path} has ${problems.length} malformed line${problems.length === 1 ? '' : 's'} (first: line ${problems[0]?.line}: ${problems[0]?.message}); fix it before recording corrections`);
  }
}

export function annotationsPathOf(root: string): string {
  return join(root, ...ANNOTATIONS_FILE.split('/'));
}

/** the file's text, or '' when it does not exist */
export function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return '';
    throw e;
  }
}

export function readAnnotationsFile(path: string): ParsedFile & { text: string } {
  const text = readText(path);
  return { text, ...parseAnnotationsFile(text) };
}

export function writeAtomic(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.${Math.random().toString(36).slice(2, 8)}.tmp`;
  try {
    writeFileSync(tmp, text);
    renameSync(tmp, path);
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
      // already gone
    }
    throw e;
  }
}

/** Appends decisions to the file (creating it with its header). Returns the new text. */
export function recordDecisions(path: string, decisions: Decision[]): string {
  const text = readText(path);
  const next = appendDecisions(text, decisions);
  if (next === null) throw new UnparsableFileError(path, parseAnnotationsFile(text).problems);
  writeAtomic(path, next);
  return next;
}

/** Removes the decisions with these ids. Returns the new text. */
export function removeDecisionsById(path: string, ids: string[]): string {
  const text = readText(path);
  const next = removeDecisions(text, ids);
  if (next === null) throw new UnparsableFileError(path, parseAnnotationsFile(text).problems);
  if (next !== text) writeAtomic(path, next);
  return next;
}

/** The folder holding `.byline/annotations.jsonl` at or above `start` (a file or folder), or null. */
export function findCorpusRoot(start: string): string | null {
  let dir = resolve(start);
  try {
    if (!statSync(dir).isDirectory()) dir = dirname(dir);
  } catch {
    dir = dirname(dir);
  }
  for (;;) {
    if (existsSync(annotationsPathOf(dir))) return dir;
    const up = dirname(dir);
    if (up === dir) return null;
    dir = up;
  }
}
