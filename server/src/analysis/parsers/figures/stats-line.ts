// A line of who scored what: a sports report's scorecard or scorers' line, where a number after
// a name is a figure (runs, goals, points), not part of the name as in "Boeing 737" or
// "Channel 4":
//
//   Pakistan 287 for 6 (Haider 104, Aslam 61, Wellalage 2-48) beat Sri Lanka 241 (…)
//   England 301-7 (50 overs): Hollis 112, Carver 64; Pathirage 3-48
//   Cons: Penhaligon 3 Pens: Penhaligon 2
//   Scorers – Castlederry: S Gilsenan 0-6 (4f), M Farrelly 0-4, R Devlin 1-0
//
// A line is one when it holds at least two entries "Name N", each number ending the entry (a
// comma, semicolon, bracket, the line's end, or the next capitalised name follows it), and no
// more lower-case words than entries: a paragraph of prose that names "Boeing 737, Airbus A320"
// and "Channel 4, BBC 2" is not one. Its pairs such as
// a bowler's "2-48" (wickets, runs) are two figures, not a range.
import { isDigit, isHSpace, isLetter, isUpper } from './text';

/** the longest line looked at (a scorecard's line is short) */
const MAX_LINE = 400;

/**
 * Whether the line holding `pos` is a line of who scored what (see above). The lines of a text
 * are read once, on the first question about it, and kept for the questions that follow.
 */
export function inStatsLine(text: string, pos: number): boolean {
  if (text !== memoText) {
    memoText = text;
    memoLines = statsLines(text);
  }
  // (binary search over the lines' [start, end) pairs)
  let lo = 0, hi = memoLines.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (pos < memoLines[2 * mid]) hi = mid - 1;
    else if (pos >= memoLines[2 * mid + 1]) lo = mid + 1;
    else return true;
  }
  return false;
}

let memoText: string | null = null;
let memoLines: number[] = [];

/** [start, end) of each line of who scored what, in text order */
function statsLines(text: string): number[] {
  const out: number[] = [];
  let a = 0;
  while (a < text.length) {
    let b = text.indexOf('\n', a);
    if (b < 0) b = text.length;
    if (b - a <= MAX_LINE) {
      const entries = countEntries(text, a, b);
      if (entries >= 2 && lowerWords(text, a, b) <= entries) out.push(a, b);
    }
    a = b + 1;
  }
  return out;
}

/** entries "Name N" in text[a, b) (a capitalised word, one space, a number with an optional "-N" or ".N") */
function countEntries(text: string, a: number, b: number): number {
  let count = 0;
  let i = a;
  while (i < b) {
    // a capitalised word
    if (!isUpper(text.charCodeAt(i)) || (i > a && isLetter(text.charCodeAt(i - 1)))) {
      i++;
      continue;
    }
    let e = i + 1;
    while (e < b && (isLetter(text.charCodeAt(e)) || text.charCodeAt(e) === 39 || text.charCodeAt(e) === 0x2019)) e++;
    if (e + 1 >= b || !isHSpace(text.charCodeAt(e)) || !isDigit(text.charCodeAt(e + 1))) {
      i = e;
      continue;
    }
    // its number
    let n = e + 1;
    while (n < b && isDigit(text.charCodeAt(n))) n++;
    const joiner = n < b ? text.charCodeAt(n) : 0;
    if ((joiner === 45 || joiner === 0x2013 || joiner === 46) && n + 1 < b && isDigit(text.charCodeAt(n + 1))) {
      n++;
      while (n < b && isDigit(text.charCodeAt(n))) n++;
    }
    if (entryEnds(text, n, b)) count++;
    i = n;
  }
  return count;
}

function entryEnds(text: string, n: number, b: number): boolean {
  if (n >= b) return true;
  const c = text.charCodeAt(n);
  if (c === 44 || c === 59 || c === 41) return true;
  if (!isHSpace(c)) return false;
  const d = n + 1 < b ? text.charCodeAt(n + 1) : 0;
  return d === 40 || isUpper(d);
}

/** words in text[a, b) that start with a lower-case letter (not a number's letters: "(4f)", "46.2 overs" counts "overs") */
function lowerWords(text: string, a: number, b: number): number {
  let count = 0;
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122 && (i === a || !(isLetter(text.charCodeAt(i - 1)) || isDigit(text.charCodeAt(i - 1)) || text.charCodeAt(i - 1) === 39 || text.charCodeAt(i - 1) === 0x2019))) count++;
  }
  return count;
}
