// Background work on the server's main thread (taking and writing the resolution snapshot), cut
// into slices of a few milliseconds with a turn of the event loop between them, so requests that
// arrive meanwhile wait for at most one slice. Slices are measured in time, not in items: items
// differ in cost by orders of magnitude (an entity with 10,000 files against one with one).

export interface Pacer {
  /** true when the current slice is spent: the caller should await pause() */
  due(): boolean;
  /** yields to the event loop and starts a new slice */
  pause(): Promise<void>;
}

/** the next turn of the event loop (requests and I/O callbacks run first) */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** slices of `budgetMs` of work, `pause` between them */
export function pacer(budgetMs: number, pause: () => Promise<void> = nextTurn): Pacer {
  let since = performance.now();
  return {
    due: () => performance.now() - since >= budgetMs,
    pause: async () => {
      await pause();
      since = performance.now();
    },
  };
}

/** never pauses (tests, and work that runs outside the server) */
export const UNPACED: Pacer = { due: () => false, pause: async () => {} };

const RUN = 512;

/**
 * The stable sort of `items` by `cmp` (what items.slice().sort(cmp) gives), in slices: runs of
 * RUN items sorted at once, then merged pairwise, checking the pacer as it goes.
 */
export async function sortPaced<T>(items: readonly T[], cmp: (a: T, b: T) => number, pace: Pacer): Promise<T[]> {
  let src: T[] = [];
  for (let i = 0; i < items.length; i += RUN) {
    if (pace.due()) await pace.pause();
    const run = items.slice(i, i + RUN).sort(cmp);
    for (const x of run) src.push(x);
  }
  let dst: T[] = new Array<T>(src.length);
  for (let width = RUN; width < src.length; width *= 2) {
    for (let lo = 0; lo < src.length; lo += 2 * width) {
      const mid = Math.min(lo + width, src.length), hi = Math.min(lo + 2 * width, src.length);
      let i = lo, j = mid, k = lo;
      while (k < hi) {
        // (the left run wins ties: stable)
        dst[k++] = j >= hi || (i < mid && cmp(src[j], src[i]) >= 0) ? src[i++] : src[j++];
        if ((k & 255) === 0 && pace.due()) await pace.pause();
      }
    }
    [src, dst] = [dst, src];
  }
  return src;
}
