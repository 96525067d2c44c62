// Refiner: removes candidates that overlap a candidate of a stronger type.
// Dates win over names and figures ("Oct. 8" is not a figure), names win over figures
// ("F-16" in a name is not a figure). Within a type, the longer span wins.
import type { Annotation, AnnotationType } from '../types';

const STRENGTH: Record<AnnotationType, number> = { date: 3, speaker: 2, mention: 2, figure: 1 };

export function removeOverlaps(candidates: Annotation[]): Annotation[] {
  const ranked = [...candidates].sort(
    (a, b) => STRENGTH[b.type] - STRENGTH[a.type] || (b.end - b.start) - (a.end - a.start) || a.start - b.start,
  );
  const kept: Annotation[] = [];
  // Kept spans never overlap each other, so a sorted array with binary search suffices.
  for (const c of ranked) {
    let lo = 0, hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (kept[mid].start < c.start) lo = mid + 1; else hi = mid;
    }
    const before = kept[lo - 1];
    const after = kept[lo];
    if ((before && before.end > c.start) || (after && after.start < c.end)) continue;
    kept.splice(lo, 0, c);
  }
  return kept;
}
