// Diagnostics: one per speaker, date and figure annotation of a file (mentions are not
// diagnostics). An entity's first speaker mark in the file carries, as related information, its
// first mark in each of up to MAX_RELATED other files of the corpus; its later speaker marks
// point back to that first one. Both keep a publish small: it is sent on every keystroke, and
// the related lists were most of its bytes (Shift+F12 and the sidebar list every mark).
import type { Diagnostic, DiagnosticRelatedInformation } from 'vscode-languageserver';
import { DiagnosticSeverity } from 'vscode-languageserver';
import type { Annotation } from '../analysis';
import type { CorpusIndex, EntityRecord } from '../index/corpus-index';
import { baseName } from '../index/uris';
import { describeAnnotation } from './describe';
import { toLspSeverity, type BylineSettings, type DiagnosticGroup } from './settings';

/** other files listed on a speaker diagnostic, with the entity's first mark in each */
export const MAX_RELATED = 4;

/** what a diagnostic carries in `data`, so clients (and tests) can tell what it marks */
export interface DiagnosticData {
  type: DiagnosticGroup;
  text: string;
  entity: string | null;
}

export function diagnosticsFor(index: CorpusIndex, uri: string, settings: BylineSettings): Diagnostic[] {
  const file = index.file(uri);
  if (!file) return [];
  const all: Diagnostic[] = [];
  /** per entity, its first speaker mark in this file */
  const firstHere = new Map<EntityRecord, Annotation>();
  for (const a of file.annotations) {
    if (a.type === 'mention') continue;
    const severity = toLspSeverity(settings.severity[a.type]);
    if (severity === null) continue;
    const rec = index.entityOf(a);
    const diagnostic: Diagnostic = {
      range: file.lines.rangeOf(a.start, a.end),
      severity,
      source: 'byline',
      code: a.type,
      message: describeAnnotation(a, rec?.firstRole),
      data: { type: a.type, text: a.text, entity: a.entity } satisfies DiagnosticData,
    };
    const first = a.type === 'speaker' && rec ? firstHere.get(rec) : undefined;
    if (first) {
      diagnostic.relatedInformation = [
        { location: { uri, range: file.lines.rangeOf(first.start, first.end) }, message: `first statement of ${rec!.label} in this file (with its other marks in the corpus): ${first.text}` },
      ];
    } else if (a.type === 'speaker' && rec) {
      firstHere.set(rec, a);
      const related: DiagnosticRelatedInformation[] = [];
      for (const m of rec.firstMarkPerFile(MAX_RELATED, uri)) {
        const other = index.file(m.uri);
        if (!other) continue;
        const kind = m.annotation.type === 'speaker' ? 'statement' : 'mention';
        related.push({
          location: { uri: m.uri, range: other.lines.rangeOf(m.annotation.start, m.annotation.end) },
          message: `${kind} of ${rec.label} in ${baseName(m.uri)}: ${m.annotation.text}`,
        });
      }
      if (related.length) diagnostic.relatedInformation = related;
    }
    all.push(diagnostic);
  }
  const max = settings.diagnostics.maxPerFile;
  if (all.length <= max) return all;
  const left = all.length - max;
  const kept = all.slice(0, max);
  kept.push({
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    source: 'byline',
    code: 'truncated',
    message: `Byline: ${left} more annotation${left === 1 ? '' : 's'} not shown (byline.diagnostics.maxPerFile is ${max})`,
  });
  return kept;
}
