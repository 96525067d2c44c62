// PLACEHOLDER — replaced by the speaker/mention engine. Contract:
//   extractEntities(text) → DocEntities         per document, pure, plain JSON-serialisable data
//   resolveEntities(docs) → EntityResult[]      corpus step: canonical entities, coreference, mentions
import type { Annotation, Statement } from '../types';

export interface DocEntities {
  speakers: Annotation[];
}

export interface EntityResult {
  /** speaker and mention annotations with `entity` set to the canonical name */
  annotations: Annotation[];
  statements: Statement[];
}

export function extractEntities(_text: string): DocEntities {
  return { speakers: [] };
}

export function resolveEntities(docs: DocEntities[]): EntityResult[] {
  return docs.map((d) => ({ annotations: d.speakers, statements: [] }));
}
