// What the exporters read: one article with its (corrected) annotations.
import type { Annotation, Statement } from '../analysis';

export interface ExportDocument {
  /** path relative to the corpus root, '/'-separated (the `doc` of the gold files and of decisions) */
  doc: string;
  text: string;
  annotations: Annotation[];
  statements: Statement[];
  /** the article's date (YYYY-MM-DD) when known: a reference-date decision, else its dateline */
  date: string | null;
}

export type ExportFormat = 'jsonl' | 'brat' | 'quotes-csv' | 'conll';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['jsonl', 'brat', 'quotes-csv', 'conll'];
