// Word-level look-backs before a date head: "earlier this | week", "the past several | weeks",
// "a couple of | weeks ago", "last | Friday", "Wed., | Nov. 13", "mid-| June". They walk back over
// at most a few tokens with plain character tests, so each costs O(1) per candidate.
import { NUMBER_WORDS, WEEKDAYS } from './lexicon';

export interface Token {
  /** lower-case */
  word: string;
  start: number;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 10 || c === 13;
}

function isAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/** The letters/digits run that ends before `pos` after 1-3 spaces; null when there is none. */
export function prevToken(text: string, pos: number): Token | null {
  let i = pos;
  let spaces = 0;
  while (i > 0 && spaces < 4 && isSpace(text.charCodeAt(i - 1))) { i--; spaces++; }
  if (spaces === 0 || spaces > 3) return null;
  const end = i;
  while (i > 0 && end - i < 24 && isAlnum(text.charCodeAt(i - 1))) i--;
  if (i === end || (i > 0 && isAlnum(text.charCodeAt(i - 1)))) return null;
  return { word: text.slice(i, end).toLowerCase(), start: i };
}

const MODS = new Set(['last', 'this', 'next', 'past', 'coming', 'previous', 'following', 'recent', 'same', 'that']);
const QUANT_WORDS = new Set(['few', 'several', 'many', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine',
  'ten', 'eleven', 'twelve', 'fifteen', 'twenty', 'thirty']);

function isNumber(w: string): boolean {
  return w.length <= 3 && /^\d+$/.test(w);
}

export interface RelativeBefore {
  /** earlier / later */
  edge?: Token;
  /** the / that / this */
  det?: Token;
  mod: Token;
  quant?: string;
}

/** "(earlier|later) (the|that|this) MOD (QUANT)" right before a unit word. */
export function relativeBefore(text: string, pos: number): RelativeBefore | null {
  let t = prevToken(text, pos);
  if (!t) return null;
  let quant: string | undefined;
  if (QUANT_WORDS.has(t.word) || isNumber(t.word)) {
    quant = t.word;
    t = prevToken(text, t.start);
  } else if (t.word === 'of') {
    const couple = prevToken(text, t.start);
    if (!couple || couple.word !== 'couple') return null;
    quant = 'couple of';
    t = prevToken(text, couple.start);
  }
  if (!t || !MODS.has(t.word)) return null;
  const out: RelativeBefore = { mod: t, quant };
  let u = prevToken(text, t.start);
  if (u && (u.word === 'the' || u.word === 'that' || u.word === 'this')) {
    out.det = u;
    u = prevToken(text, u.start);
  }
  if (u && (u.word === 'earlier' || u.word === 'later')) out.edge = u;
  return out;
}

const EDGES = new Set(['end', 'start', 'beginning', 'middle', 'turn', 'close']);

/** "the end of" right before `pos` ("the end of [the] year"); where it starts, or -1. */
export function edgeOfBefore(text: string, pos: number): number {
  const of = prevToken(text, pos);
  if (!of || of.word !== 'of') return -1;
  const edge = prevToken(text, of.start);
  if (!edge) return -1;
  // "the first half of November", "the second half of the month" (a half of a month is that month)
  if (edge.word === 'half') {
    const nth = prevToken(text, edge.start);
    if (!nth || (nth.word !== 'first' && nth.word !== 'second' && nth.word !== 'latter' && nth.word !== 'last')) return -1;
    const the = prevToken(text, nth.start);
    return the && the.word === 'the' ? the.start : nth.start;
  }
  if (!EDGES.has(edge.word)) return -1;
  const the = prevToken(text, edge.start);
  return the && the.word === 'the' ? the.start : edge.start;
}

/** "the" (or "over the") right before; the position of "the". */
export function theBefore(text: string, pos: number): number {
  const t = prevToken(text, pos);
  return t && t.word === 'the' ? t.start : -1;
}

/** The quantity before "days ago": "three", "a couple of", "a few", "24", "several"; null if none. */
export function quantityBefore(text: string, pos: number): { start: number; n: number | null } | null {
  const t = prevToken(text, pos);
  if (!t) return null;
  const w = t.word;
  if (isNumber(w)) {
    // (the last group of a number with thousands: "700,000 years ago" is 700000, from its start)
    let a = t.start;
    const digit = (i: number) => { const c = text.charCodeAt(i); return c >= 48 && c <= 57; };
    while (a >= 2 && text.charCodeAt(a - 1) === 44 && digit(a - 2)) {
      a -= 2;
      while (a > 0 && digit(a - 1)) a--;
    }
    return { start: a, n: Number(text.slice(a, t.start + w.length).replace(/,/g, '')) };
  }
  // (not half of one: "less than half an hour later" is a duration, figures.ts)
  if (w === 'a' || w === 'an') return prevToken(text, t.start)?.word === 'half' ? null : { start: t.start, n: 1 };
  // (a unit after its tens and a hyphen: "Twenty-two months ago" is 22)
  if (NUMBER_WORDS[w] < 10 && text.charCodeAt(t.start - 1) === 45) {
    let a = t.start - 1;
    while (a > 0 && a > t.start - 9 && isAlnum(text.charCodeAt(a - 1))) a--;
    const tens = NUMBER_WORDS[text.slice(a, t.start - 1).toLowerCase()];
    if (tens >= 20 && tens % 10 === 0 && tens < 100) return { start: a, n: tens + NUMBER_WORDS[w] };
  }
  if (w === 'one') return { start: t.start, n: 1 };
  if (w in NUMBER_WORDS) return { start: t.start, n: NUMBER_WORDS[w] };
  if (w === 'few' || w === 'several' || w === 'some' || w === 'many') {
    const a = w === 'few' ? prevToken(text, t.start) : null;
    return { start: a && a.word === 'a' ? a.start : t.start, n: null };
  }
  if (w === 'of') {
    const head = prevToken(text, t.start);
    if (!head) return null;
    if (head.word === 'couple' || head.word === 'pair') {
      const a = prevToken(text, head.start);
      return { start: a && a.word === 'a' ? a.start : head.start, n: 2 };
    }
    if (head.word === 'hundreds' || head.word === 'thousands') return { start: head.start, n: null };
  }
  return null;
}

/** "last" / "this" / "next" / "coming" / "past" (with "this past") before a weekday or month. */
export function modifierBefore(text: string, pos: number): { start: number; mod: 'last' | 'this' | 'next' } | null {
  const t = prevToken(text, pos);
  if (!t) return null;
  let mod: 'last' | 'this' | 'next';
  switch (t.word) {
    case 'last': case 'past': mod = 'last'; break;
    case 'next': case 'coming': mod = 'next'; break;
    case 'this': mod = 'this'; break;
    default: return null;
  }
  let start = t.start;
  if (t.word === 'past' || t.word === 'coming') {
    const u = prevToken(text, t.start);
    if (u && u.word === 'this') start = u.start;
  }
  return { start, mod };
}

/** An abbreviated (or full) weekday before a calendar date: "Wed., Nov. 13", "Wed 13 Nov". */
export function weekdayBefore(text: string, pos: number): number {
  let i = pos;
  let spaces = 0;
  while (i > 0 && spaces < 4 && isSpace(text.charCodeAt(i - 1))) { i--; spaces++; }
  if (spaces === 0 || spaces > 3) return -1;
  if (text.charCodeAt(i - 1) === 44) i--; // ,
  const dot = text.charCodeAt(i - 1) === 46;
  if (dot) i--; // .
  const end = i;
  while (i > 0 && end - i < 10 && isAlnum(text.charCodeAt(i - 1))) i--;
  if (i === end || (i > 0 && isAlnum(text.charCodeAt(i - 1)))) return -1;
  if (dot && end - i > 5) return -1; // "Wed. Nov. 13", not "on Tuesday. Mar 5" 
  const w = text.slice(i, end);
  return w.charCodeAt(0) >= 65 && w.charCodeAt(0) <= 90 && w.toLowerCase() in WEEKDAYS ? i : -1;
}

/** "mid-" right before `pos` ("mid-June", "mid-2020"). */
export function midBefore(text: string, pos: number): boolean {
  if (pos < 4 || text.charCodeAt(pos - 1) !== 45) return false;
  const w = text.slice(pos - 4, pos - 1).toLowerCase();
  // (and Reuters' "end-March stocks")
  return (w === 'mid' || w === 'end') && (pos === 4 || !isAlnum(text.charCodeAt(pos - 5)));
}
