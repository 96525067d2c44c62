// JSONL output: one annotation a line, in the gold files' shape, with `doc` set to the file path.
import type { DocumentAnalysis } from '../analysis';

export function formatJsonl(results: DocumentAnalysis[]): string {
  const lines: string[] = [];
  for (const r of results) {
    for (const a of r.annotations) lines.push(JSON.stringify({ doc: r.id, ...a }));
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}
