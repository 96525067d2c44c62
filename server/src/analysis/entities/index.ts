// Speakers, mentions and cross-document coreference. Contract used by the pipeline:
//   extractEntities(text) → DocEntities         per document, pure, plain JSON-serialisable data
//   resolveEntities(docs) → EntityResult[]      corpus step: canonical entities, coreference, mentions
// Pieces: tokens.ts (scanner) → names.ts (proper-name chunker) → attribution.ts (speech cues)
// + roles.ts + statements.ts → extract.ts (per document) → resolve.ts (corpus).
import type { Annotation, Statement } from '../types';
import { extract, type NameOcc, type PendingStatement } from './extract';
import { resolve } from './resolve';

export type { NameOcc, PendingStatement };

export interface DocEntities {
  /** speakers as found in this document alone (entity = the name as written) */
  speakers: Annotation[];
  /** every proper-name occurrence, speakers included, with person/org evidence */
  names: NameOcc[];
  /** acronym definitions: [acronym key, long form key] */
  acronyms: Array<[string, string]>;
  /** pronoun and continuing-quote statements, attributed in the corpus step */
  statements: PendingStatement[];
}

export interface EntityResult {
  /** speaker and mention annotations with `entity` set to the canonical name */
  annotations: Annotation[];
  statements: Statement[];
}

export function extractEntities(text: string): DocEntities {
  const x = extract(text ?? '');
  const speakers: Annotation[] = [];
  for (const n of x.names) {
    if (!n.speaker) continue;
    speakers.push({
      type: 'speaker', start: n.start, end: n.end, text: n.text, entity: n.text,
      subtype: n.p > n.o ? 'person' : 'org', role: n.speaker.role, value: null, unit: null,
      quote: n.speaker.quote, cue: n.speaker.cue,
    });
  }
  return { speakers, names: x.names, acronyms: x.acronyms, statements: x.statements };
}

export function resolveEntities(docs: DocEntities[]): EntityResult[] {
  return resolve(docs.map((d) => ({ names: d.names ?? [], acronyms: d.acronyms ?? [], statements: d.statements ?? [] })));
}
