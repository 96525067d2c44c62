// Anchors: a decision remembers where its mark was (offsets), what it marked (text) and a
// little context either side, so that it can be found again after the article was edited.
//
// Re-finding: every occurrence of the text is scored by how much of the context around it
// still matches; the best one wins, ties going to the one nearest the old offset (so an
// unedited article keeps its exact offsets). A text found nowhere, or found only in places
// whose context matches nothing while it occurs more than once, is an orphan.
import type { Anchor } from './format';

export const CONTEXT_CHARS = 24;

export function makeAnchor(text: string, start: number, end: number): Anchor {
  return {
    start,
    end,
    text: text.slice(start, end),
    before: text.slice(Math.max(0, start - CONTEXT_CHARS), start),
    after: text.slice(end, end + CONTEXT_CHARS),
  };
}

export interface Found {
  start: number;
  end: number;
  /** true when the mark was not at its recorded offsets */
  moved: boolean;
}

export function findAnchor(text: string, anchor: Anchor): Found | null {
  const len = anchor.end - anchor.start;
  if (anchor.text.length !== len) return null;
  if (len === 0) return null;
  const candidates: number[] = [];
  for (let i = text.indexOf(anchor.text); i !== -1; i = text.indexOf(anchor.text, i + 1)) candidates.push(i);
  if (candidates.length === 0) return null;
  let best = -1, bestScore = -1, bestDistance = Infinity;
  for (const c of candidates) {
    const score = contextScore(text, c, anchor);
    const distance = Math.abs(c - anchor.start);
    if (score > bestScore || (score === bestScore && distance < bestDistance)) {
      best = c;
      bestScore = score;
      bestDistance = distance;
    }
  }
  const hasContext = (anchor.before?.length ?? 0) + (anchor.after?.length ?? 0) > 0;
  if (candidates.length > 1 && hasContext && bestScore === 0) return null;
  return { start: best, end: best + len, moved: best !== anchor.start };
}

/** characters of context that still match: common suffix of `before`, common prefix of `after` */
function contextScore(text: string, start: number, anchor: Anchor): number {
  let score = 0;
  const before = anchor.before ?? '';
  for (let k = 1; k <= before.length && start - k >= 0; k++) {
    if (text[start - k] !== before[before.length - k]) break;
    score++;
  }
  const after = anchor.after ?? '';
  const end = start + anchor.text.length;
  for (let k = 0; k < after.length && end + k < text.length; k++) {
    if (text[end + k] !== after[k]) break;
    score++;
  }
  return score;
}
