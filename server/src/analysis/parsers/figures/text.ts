// Character classes and a tiny tokenizer that reads one token forwards or backwards from a
// position. Used only around figure candidates, so it favours clarity over raw speed; every
// step is bounded by the token it reads (no regular expressions).

export const isDigit = (c: number): boolean => c >= 48 && c <= 57;

export function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

export const isUpper = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);

/** Horizontal space: space, tab, NBSP and the Unicode spaces. */
export function isHSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000;
}

export const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019;
export const isHyphen = (c: number): boolean => c === 45 || c === 0x2010 || c === 0x2011;

export type TokenKind = 'word' | 'num' | 'punct' | 'end';

export interface Token {
  kind: TokenKind;
  start: number;
  end: number;
  /** the token text ('' for end) */
  text: string;
  /** lower case text */
  lower: string;
}

const END = (pos: number): Token => ({ kind: 'end', start: pos, end: pos, text: '', lower: '' });

/**
 * Skips horizontal space and at most one line break forwards. Returns -1 when a blank line
 * (paragraph break) is reached, else the position of the next non-space character (or length).
 */
export function skipSpaceForward(text: string, pos: number): number {
  let breaks = 0;
  const n = text.length;
  while (pos < n) {
    const c = text.charCodeAt(pos);
    if (isHSpace(c)) pos++;
    else if (c === 13) pos++;
    else if (c === 10) {
      if (++breaks > 1) return -1;
      pos++;
    } else break;
  }
  return pos;
}

export function skipSpaceBackward(text: string, pos: number): number {
  let breaks = 0;
  while (pos > 0) {
    const c = text.charCodeAt(pos - 1);
    if (isHSpace(c) || c === 13) pos--;
    else if (c === 10) {
      if (++breaks > 1) return -1;
      pos--;
    } else break;
  }
  return pos;
}

/** End of a word starting at `pos` (a letter): letters, inner apostrophes/hyphens, and dotted acronyms (U.S.). */
export function wordEnd(text: string, pos: number): number {
  const n = text.length;
  let i = pos + 1;
  let segment = 1; // length of the current dot-separated segment
  let dotted = false;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isLetter(c)) {
      i++;
      segment++;
      continue;
    }
    const next = i + 1 < n ? text.charCodeAt(i + 1) : 0;
    if ((isApostrophe(c) || isHyphen(c)) && isLetter(next)) {
      i += 2;
      segment = 1;
      continue;
    }
    if (c === 46 && segment === 1 && isLetter(next) && (i + 2 >= n || !isLetter(text.charCodeAt(i + 2)))) {
      i += 2;
      dotted = true;
      segment = 1;
      continue;
    }
    break;
  }
  if (dotted && i < n && text.charCodeAt(i) === 46) i++;
  return i;
}

/** Start of the word that ends at `end` (exclusive); the mirror of wordEnd. */
export function wordStart(text: string, end: number): number {
  let i = end;
  if (i > 0 && text.charCodeAt(i - 1) === 46) i--; // trailing dot of an acronym
  let segment = 0;
  while (i > 0) {
    const c = text.charCodeAt(i - 1);
    if (isLetter(c)) {
      i--;
      segment++;
      continue;
    }
    const before = i >= 2 ? text.charCodeAt(i - 2) : 0;
    if ((isApostrophe(c) || isHyphen(c)) && isLetter(before) && segment > 0) {
      i--;
      segment = 0;
      continue;
    }
    if (c === 46 && segment === 1 && isLetter(before) && (i < 3 || !isLetter(text.charCodeAt(i - 3)))) {
      i--;
      segment = 0;
      continue;
    }
    break;
  }
  return i;
}

/** End of a run of digits, commas and dots that sit between digits ("1,200.5"). */
export function digitRunEnd(text: string, pos: number): number {
  const n = text.length;
  let i = pos;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) i++;
    else if ((c === 44 || c === 46) && i + 1 < n && isDigit(text.charCodeAt(i + 1))) i++;
    else break;
  }
  return i;
}

function tokenAt(text: string, pos: number): Token {
  const c = text.charCodeAt(pos);
  let end: number;
  let kind: TokenKind;
  if (isLetter(c)) {
    end = wordEnd(text, pos);
    kind = 'word';
  } else if (isDigit(c)) {
    end = digitRunEnd(text, pos);
    kind = 'num';
  } else {
    end = pos + 1;
    kind = 'punct';
  }
  const t = text.slice(pos, end);
  return { kind, start: pos, end, text: t, lower: kind === 'word' ? t.toLowerCase() : t };
}

// The last nextToken() answer: the figure parser often asks twice in a row for the token after
// the same position (readDigits' scale word, then atDigits). Tokens are never modified.
let lastText: string | null = null;
let lastPos = -1;
let lastToken: Token | null = null;

/** The token after `pos`, skipping space and one line break. */
export function nextToken(text: string, pos: number): Token {
  if (pos === lastPos && text === lastText) return lastToken!;
  const p = skipSpaceForward(text, pos);
  const t = p < 0 || p >= text.length ? END(pos) : tokenAt(text, p);
  lastText = text;
  lastPos = pos;
  lastToken = t;
  return t;
}

/** The token before `pos`, skipping space and one line break. */
export function prevToken(text: string, pos: number): Token {
  const p = skipSpaceBackward(text, pos);
  if (p <= 0) return END(pos);
  const c = text.charCodeAt(p - 1);
  if (isLetter(c) || (c === 46 && p >= 2 && isLetter(text.charCodeAt(p - 2)) && isAcronymDot(text, p - 1))) {
    const s = wordStart(text, p);
    const t = text.slice(s, p);
    return { kind: 'word', start: s, end: p, text: t, lower: t.toLowerCase() };
  }
  if (isDigit(c)) {
    let s = p - 1;
    while (s > 0) {
      const d = text.charCodeAt(s - 1);
      if (isDigit(d) || ((d === 44 || d === 46) && s >= 2 && isDigit(text.charCodeAt(s - 2)))) s--;
      else break;
    }
    const t = text.slice(s, p);
    return { kind: 'num', start: s, end: p, text: t, lower: t };
  }
  const t = text.slice(p - 1, p);
  return { kind: 'punct', start: p - 1, end: p, text: t, lower: t };
}

/** A dot at `i` that closes an acronym such as "U.S." (letter, dot, letter, dot). */
function isAcronymDot(text: string, i: number): boolean {
  return i >= 3 && text.charCodeAt(i - 2) === 46 && isLetter(text.charCodeAt(i - 3)) && (i < 4 || !isLetter(text.charCodeAt(i - 4)));
}

/**
 * Whether `pos` starts a sentence: only space, opening quotes or brackets since the start of the
 * text, a line break, or a sentence-ending mark.
 */
export function atSentenceStart(text: string, pos: number): boolean {
  let i = pos;
  while (i > 0) {
    const c = text.charCodeAt(i - 1);
    if (isHSpace(c) || c === 13) { i--; continue; }
    if (c === 10) return true;
    if (c === 0x201c || c === 0x2018 || c === 40 || c === 91 || c === 34 || c === 39 || c === 0x201d || c === 0x2019) { i--; continue; }
    return c === 46 || c === 33 || c === 63 || c === 58 || c === 0x2014 || c === 8226;
  }
  return true;
}

/** Whether the word starts with an upper-case letter. */
export const isCapitalized = (t: Token): boolean => t.kind === 'word' && isUpper(t.text.charCodeAt(0));

/** Whether every letter of the word is upper case ("IDF", "TWO"). */
export function isAllCaps(t: Token): boolean {
  for (let i = 0; i < t.text.length; i++) {
    const c = t.text.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
  }
  return true;
}
