// How full the server's JavaScript heap may get during a scan before it stops taking more
// files. Past it, resolving the corpus could exhaust the heap and crash the server, which
// loses everything; stopping leaves a working index of part of the corpus and a visible note.
//
// The corpus step grows the heap of the files it resolves by about RESOLUTION_GROWTH
// (measured on the bench corpus: 350 → 546 MB at the end of a 10,000-article scan), so the
// scan stops when the heap, grown by that much for the share of files not resolved yet (long
// scans resolve as they go), would pass HEAP_BUDGET of the limit. The heap's used size counts
// garbage not collected yet, much of it during a scan: when the used size alone says stop, a
// full collection is run to measure what is really kept (once per tenth of the limit grown).
// BYLINE_HEAP_BUDGET (a fraction of the heap limit) overrides the budget, for tests.
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

export const HEAP_BUDGET = 0.8;
export const RESOLUTION_GROWTH = 1.6;

export interface HeapUse {
  usedMb: number;
  limitMb: number;
}

export function heapUse(): HeapUse {
  const h = getHeapStatistics();
  return { usedMb: Math.round(h.used_heap_size / 1048576), limitMb: Math.round(h.heap_size_limit / 1048576) };
}

/** the used size below which no collection is forced again (set after each forced one) */
let measuredBelow = 0;

/** `unresolved`: the share (0–1) of the indexed files the corpus step has not resolved yet */
export function overHeapBudget(unresolved: number, budget = Number(process.env.BYLINE_HEAP_BUDGET) || HEAP_BUDGET): boolean {
  const over = (used: number, limit: number) => used * (1 + (RESOLUTION_GROWTH - 1) * unresolved) > limit * budget;
  let h = getHeapStatistics();
  if (!over(h.used_heap_size, h.heap_size_limit) || h.used_heap_size < measuredBelow) return false;
  const gc = collector();
  if (!gc) return true;
  gc();
  h = getHeapStatistics();
  measuredBelow = h.used_heap_size + h.heap_size_limit / 10;
  return over(h.used_heap_size, h.heap_size_limit);
}

let gcFunction: (() => void) | null | undefined;

/** V8's full collection, made available at run time (null where the engine refuses) */
function collector(): (() => void) | null {
  if (gcFunction === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      gcFunction = runInNewContext('gc') as () => void;
    } catch {
      gcFunction = null;
    }
  }
  return gcFunction;
}
