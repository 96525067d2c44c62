// An extraction as the index keeps it (and workers send it, and the cache stores it): without
// `entities.speakers`, the speakers of the document alone, which the corpus step does not read
// (it resolves `names`): about a third of an extraction's size.
import type { DocumentExtraction } from '../analysis';

const NO_SPEAKERS: DocumentExtraction['entities']['speakers'] = [];

export function compactExtraction(x: DocumentExtraction): DocumentExtraction {
  return x.entities?.speakers?.length ? { ...x, entities: { ...x.entities, speakers: NO_SPEAKERS } } : x;
}
