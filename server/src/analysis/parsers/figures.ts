// PLACEHOLDER — replaced by the figures parser. Contract: parseFigures(text) → Annotation[] of type 'figure'.
import type { Annotation } from '../types';

export function parseFigures(_text: string): Annotation[] {
  return [];
}
