// How full the server's JavaScript heap may get during a scan before it stops taking more
// files. Past it, resolving the corpus could exhaust the heap and crash the server, which
// loses everything; stopping leaves a working index of part of the corpus and a visible note.
// BYLINE_HEAP_BUDGET (a fraction of the heap limit) overrides the default, for tests.
import { getHeapStatistics } from 'node:v8';

export const HEAP_BUDGET = 0.7;

export interface HeapUse {
  usedMb: number;
  limitMb: number;
}

export function heapUse(): HeapUse {
  const h = getHeapStatistics();
  return { usedMb: Math.round(h.used_heap_size / 1048576), limitMb: Math.round(h.heap_size_limit / 1048576) };
}

export function overHeapBudget(budget = Number(process.env.BYLINE_HEAP_BUDGET) || HEAP_BUDGET): boolean {
  const h = getHeapStatistics();
  return h.used_heap_size > h.heap_size_limit * budget;
}
