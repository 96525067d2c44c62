// Diagnostics: one per speaker, date and figure annotation of a file (mentions are not
// diagnostics), with the entity's other marks as related information.
import type { Diagnostic, DiagnosticRelatedInformation } from 'vscode-languageserver';
import { DiagnosticSeverity } from 'vscode-languageserver';
import type { CorpusIndex } from '../index/corpus-index';
import { baseName } from '../index/uris';
import { describeAnnotation } from './describe';
import { toLspSeverity, type BylineSettings, type DiagnosticGroup } from './settings';

export const MAX_RELATED = 20;

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
    if (a.type === 'speaker' && rec) {
      const related: DiagnosticRelatedInformation[] = [];
      for (const m of rec.firstMarks(MAX_RELATED + 1)) {
        if (m.annotation === a) continue;
        const other = m.uri === uri ? file : index.file(m.uri);
        if (!other) continue;
        const kind = m.annotation.type === 'speaker' ? 'statement' : 'mention';
        related.push({
          location: { uri: m.uri, range: other.lines.rangeOf(m.annotation.start, m.annotation.end) },
          message: `${kind} of ${rec.label}${m.uri === uri ? '' : ` in ${baseName(m.uri)}`}: ${m.annotation.text}`,
        });
        if (related.length >= MAX_RELATED) break;
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
