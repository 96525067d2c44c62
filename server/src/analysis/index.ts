// Public surface of the analyser.
export { analyze, analyzeCorpus, extractDocument, resolveCorpus, type DocumentExtraction } from './analyze';
export type * from './types';
