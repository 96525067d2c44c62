// The analysis pipeline: parsers propose candidates per document, refiners merge and filter
// them, and a corpus step resolves speaker entities and their mentions across documents.
//
//   extractDocument(text)      per document, pure, cacheable (plain JSON data)
//   resolveCorpus(extractions) corpus-wide: entities, coreference, mentions; overlap removal
//
// No editor imports here or below: this layer is shared by the CLI, the server and tests.
import type { Annotation, AnalyzeOptions, CorpusDocument, DocumentAnalysis } from './types';
import { parseDates, findReferenceDate } from './parsers/dates';
import { parseFigures } from './parsers/figures';
import { extractEntities, resolveEntities, type DocEntities } from './entities';
import { removeOverlaps } from './refiners/overlap';
import { maskMarkup } from './markup';

export interface DocumentExtraction {
  id: string;
  dates: Annotation[];
  figures: Annotation[];
  entities: DocEntities;
}

export function extractDocument(doc: CorpusDocument, options: AnalyzeOptions = {}): DocumentExtraction {
  // Markdown markers read as spaces (same offsets); spans keep the text as written
  const text = maskMarkup(doc.text);
  const reference = findReferenceDate(text, options);
  const ex: DocumentExtraction = {
    id: doc.id,
    dates: parseDates(text, reference),
    figures: parseFigures(text),
    entities: extractEntities(text),
  };
  if (text !== doc.text) asWritten(ex, doc.text);
  return ex;
}

/** Gives every span of an extraction made on masked text the original text of its offsets. */
function asWritten(ex: DocumentExtraction, original: string): void {
  for (const a of ex.dates) a.text = original.slice(a.start, a.end);
  for (const a of ex.figures) a.text = original.slice(a.start, a.end);
  for (const o of ex.entities.names) o.text = original.slice(o.start, o.end);
}

export function resolveCorpus(extractions: DocumentExtraction[]): DocumentAnalysis[] {
  const resolved = resolveEntities(extractions.map((e) => e.entities));
  return extractions.map((e, i) => {
    const annotations = removeOverlaps([...e.dates, ...e.figures, ...resolved[i].annotations]);
    return { id: e.id, annotations, statements: resolved[i].statements };
  });
}

/** Analyses a set of documents together, so that names resolve across all of them. */
export function analyzeCorpus(docs: CorpusDocument[], options: AnalyzeOptions = {}): DocumentAnalysis[] {
  return resolveCorpus(docs.map((d) => extractDocument(d, options)));
}

/** Analyses one text on its own (a corpus of one). */
export function analyze(text: string, options: AnalyzeOptions = {}): Annotation[] {
  return analyzeCorpus([{ id: '', text }], options)[0].annotations;
}
