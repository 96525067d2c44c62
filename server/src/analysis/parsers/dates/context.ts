// Small look-arounds on the text next to a candidate: the previous / next word and the clause
// before it. All bounded, so they cost O(1) per candidate.

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 10 || c === 13;
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

export interface Word {
  text: string;
  start: number;
  end: number;
}

/** The word (letters, inner ' ’ . -) that ends right before `pos`, skipping up to 3 spaces; null if none. */
export function prevWord(text: string, pos: number): Word | null {
  let i = pos;
  let spaces = 0;
  while (i > 0 && isSpace(text.charCodeAt(i - 1)) && spaces < 4) { i--; spaces++; }
  const end = i;
  while (i > 0 && end - i < 30) {
    const c = text.charCodeAt(i - 1);
    if (isLetter(c) || ((c === 39 || c === 0x2019 || c === 46 || c === 45) && i - 1 > 0 && isLetter(text.charCodeAt(i - 2)) && i < end)) i--;
    else break;
  }
  return end > i ? { text: text.slice(i, end), start: i, end } : null;
}

/** The word that starts right after `pos`, skipping up to 3 spaces; null if none. */
export function nextWord(text: string, pos: number): Word | null {
  let i = pos;
  let spaces = 0;
  while (i < text.length && isSpace(text.charCodeAt(i)) && spaces < 4) { i++; spaces++; }
  const start = i;
  while (i < text.length && i - start < 30 && isLetter(text.charCodeAt(i))) i++;
  return i > start ? { text: text.slice(start, i), start, end: i } : null;
}

export function isCapitalized(word: string): boolean {
  const c = word.charCodeAt(0);
  return c >= 65 && c <= 90;
}

/** The sentence-ish stretch before `pos` (back to a period, question mark or line break; at most 80 chars). */
export function clauseBefore(text: string, pos: number, max = 80): string {
  const from = Math.max(0, pos - max);
  let i = pos;
  while (i > from) {
    const c = text.charCodeAt(i - 1);
    if (c === 10 || c === 13 || c === 63 || c === 33) break;
    if (c === 46 && i < text.length && isSpace(text.charCodeAt(i)) && i - 2 >= 0 && !isAbbrevDot(text, i - 1)) break;
    i--;
  }
  return text.slice(i, pos);
}

/** The sentence-ish stretch after `pos` (up to a sentence's period, question mark or line break; at most 80 chars). */
export function clauseAfter(text: string, pos: number): string {
  const to = Math.min(text.length, pos + 80);
  let i = pos;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13 || c === 63 || c === 33) break;
    if (c === 46 && (i + 1 >= text.length || isSpace(text.charCodeAt(i + 1))) && !isAbbrevDot(text, i)) break;
    i++;
  }
  return text.slice(pos, i);
}

function isAbbrevDot(text: string, dot: number): boolean {
  // "Oct. 8", "U.S. officials": a one-to-four letter word before the period is likely an abbreviation
  let i = dot;
  while (i > 0 && isLetter(text.charCodeAt(i - 1)) && dot - i < 5) i--;
  // (and "p.m.", "a.m.": a letter between two periods)
  if (dot - i === 1 && i > 0 && text.charCodeAt(i - 1) === 46) return true;
  return dot - i > 0 && dot - i <= 4 && (i === 0 || !isLetter(text.charCodeAt(i - 1))) && isCapitalized(text.slice(i, dot));
}
