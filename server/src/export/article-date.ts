// The date of an article for exports: a reference-date decision wins, else its dateline.
import { findReferenceDate } from '../analysis/parsers/dates';

export function articleDate(text: string, decided?: string | null): string | null {
  if (decided) return decided;
  return findReferenceDate(text, {})?.date ?? null;
}
