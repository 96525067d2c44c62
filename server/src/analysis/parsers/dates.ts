// PLACEHOLDER — replaced by the dates parser. Contract:
//   findReferenceDate(text, options) → DateReference | null  (options.referenceDate wins, else a dateline)
//   parseDates(text, reference) → Annotation[] of type 'date'
import type { Annotation, AnalyzeOptions, DateReference } from '../types';

export function findReferenceDate(_text: string, options: AnalyzeOptions): DateReference | null {
  return options.referenceDate ? { date: options.referenceDate, source: 'option' } : null;
}

export function parseDates(_text: string, _reference: DateReference | null): Annotation[] {
  return [];
}
