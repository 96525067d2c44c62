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

export interface DocumentExtraction {
  id: string;
  dates: Annotation[];
  figures: Annotation[];
  entities: DocEntities;
}

export function extractDocument(doc: CorpusDocument, options: AnalyzeOptions = {}): DocumentExtraction {
  const reference = findReferenceDate(doc.text, options);
  return {
    id: doc.id,
    dates: parseDates(doc.text, reference),
    figures: parseFigures(doc.text),
    entities: extractEntities(doc.text),
  };
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
