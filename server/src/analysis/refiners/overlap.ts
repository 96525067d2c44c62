// Refiner: removes candidates that overlap a candidate of a stronger type.
// Dates win over names and figures ("Oct. 8" is not a figure), names win over figures
// ("F-16" in a name is not a figure). Within a type, the longer span wins. One nesting is kept:
// the count of a stretch of time inside a date is a figure too ("two" in "the past two years",
// "nine" in "the first nine months of 2025"), as the gold sets write it; not that of a date
// counted from another ("five years ago").
import type { Annotation, AnnotationType } from '../types';

const STRENGTH: Record<AnnotationType, number> = { date: 3, speaker: 2, mention: 2, figure: 1 };

/** a date counted back or on: "five years ago", "two years earlier", "10 months after" */
const COUNTED_FROM = /\b(?:ago|earlier|later|before|after)$/i;

const byStart = (a: Annotation, b: Annotation) => a.start - b.start;

export function removeOverlaps(candidates: Annotation[]): Annotation[] {
  // In start order, the candidates fall into clusters of transitively overlapping spans; the
  // greedy choice below only ever compares spans of one cluster, so it runs per cluster (most
  // are a single span, kept as is) and the clusters' results, in order, are the answer.
  const sorted = candidates.slice().sort(byStart); // the inputs are a few sorted runs: near-linear
  const n = sorted.length;
  for (let i = 0; i < n; i++) if (sorted[i].end <= sorted[i].start) return greedy(candidates); // empty spans: the general case
  const kept: Annotation[] = [];
  let nested: Annotation[] | null = null;
  let i = 0;
  while (i < n) {
    let j = i + 1;
    let maxEnd = sorted[i].end;
    while (j < n && sorted[j].start < maxEnd) { if (sorted[j].end > maxEnd) maxEnd = sorted[j].end; j++; }
    if (j === i + 1) kept.push(sorted[i]);
    else {
      const cluster = sorted.slice(i, j);
      const won = greedy(cluster);
      for (const c of won) kept.push(c);
      // (clusters are a few spans; a long chain of overlaps, which no article has, keeps none)
      if (cluster.length <= 16) for (const c of cluster) if (c.type === 'figure' && c.subtype === 'duration' && !won.includes(c) && countInDate(c, won)) (nested ??= []).push(c);
    }
    i = j;
  }
  return nested ? [...kept, ...nested].sort(byStart) : kept;
}

/** Is a figure inside a date the cluster kept, and clear of every other span kept? */
function countInDate(f: Annotation, won: Annotation[]): boolean {
  let inDate = false;
  for (const w of won) {
    if (w.end <= f.start || w.start >= f.end) continue;
    if (w.type !== 'date' || w.start > f.start || w.end < f.end) return false;
    // (not a date counted back or on from another: "five years ago", "three days later", as the
    // gold sets write 154 of 159)
    if (COUNTED_FROM.test(w.text)) return false;
    inDate = true;
  }
  return inDate;
}

function greedy(candidates: Annotation[]): Annotation[] {
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
