// Candidate scanner: one pass of DATE_PATTERN over the text, then cheap checks on each match
// (context words for years and ambiguous months, look-backs for "the", "earlier", "last", the
// quantity before "ago") that turn matches into structured candidates.
import { DATE_PATTERN } from './pattern';
import { isCapitalized, lookBack, nextWord, prevWord } from './context';
import {
  COUNT_NOUNS, DATE_PREPOSITIONS, DAY_PARTS, EVENT_PLURALS, MONTHS, NUMBER_WORDS, WEEKDAYS, WEEKDAY_TITLE_WORDS,
} from './lexicon';

export type Modifier = 'last' | 'this' | 'next';
export type Unit = 'day' | 'week' | 'weekend' | 'month' | 'year';

export interface Candidate {
  start: number;
  end: number;
  subtype: 'date' | 'time' | 'relative';
  /**
   * weekday / calendar / month / year / decade / time: fields below;
   * offset: `offset` units from the reference date (yesterday, last week, three days ago);
   * vague: a relative expression with no computable value (recent weeks, the day after).
   */
  kind: 'weekday' | 'calendar' | 'month' | 'year' | 'decade' | 'time' | 'offset' | 'vague';
  year?: number;
  month?: number;
  day?: number;
  weekday?: number;
  /** TIMEX3 day part: MO, AF, EV, NI */
  part?: string;
  hour?: number;
  minute?: number;
  /** weekday / month: "last Friday", "next June" */
  mod?: Modifier;
  unit?: Unit;
  offset?: number;
  /** the value is ambiguous (11/12/2024): keep the date, no value */
  ambiguous?: boolean;
}

type Groups = Record<string, string | undefined>;

const WS = '[\\s\\u00A0]{1,3}';
/** "earlier" / "later" and "the" / "that" / "this" before a relative phrase. */
const REL_PREFIX = new RegExp(`(?:\\b([Ee]arlier|[Ll]ater)${WS})?(?:\\b([Tt]he|[Tt]hat|[Tt]his)${WS})?$`);
const THE_BEFORE = new RegExp(`\\b(?:[Tt]he|[Oo]ver${WS}the)${WS}$`);
const QUANT_BEFORE = new RegExp(
  `\\b(?:[Aa]${WS}(?:few|couple${WS}of|pair${WS}of)|[Cc]ouple${WS}of|[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve|[Ff]ifteen|[Tt]wenty|[Tt]hirty|[Ff]ew|[Ss]everal|[Ss]ome|[Mm]any|[Hh]undreds${WS}of|\\d{1,3})${WS}$`,
);
const MOD_BEFORE = new RegExp(`\\b(?:[Tt]his${WS}(?=[Pp]ast|[Cc]oming))?([Ll]ast|[Tt]his|[Nn]ext|[Cc]oming|[Pp]ast)${WS}$`);
const WEEKDAY_ABBR_BEFORE = new RegExp(`\\b(Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\\.?,?${WS}$`);
const MONTH_NEAR = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/;
const YEAR_NEAR = /\b(?:1[6-9]|20)\d\d\b/;
const MID_BEFORE = /\b[Mm]id-$/;

const SEASONS = new Set(['spring', 'summer', 'autumn', 'fall', 'winter']);
const PARTS = new Set(['morning', 'afternoon', 'evening', 'night']);
const OF_HEADS = new Set(['end', 'start', 'beginning', 'middle', 'summer', 'spring', 'autumn', 'fall', 'winter',
  'half', 'class', 'part', 'as', 'rest', 'most', 'course', 'months', 'quarter', 'fall', 'close', 'turn', 'first', 'second']);
const TIME_PREPOSITIONS = new Set(['at', 'by', 'until', 'till', 'from', 'before', 'after', 'around', 'about',
  'approximately', 'since', 'to', 'between', 'and', 'shortly', 'just', 'circa']);

const DAYS_IN_MONTH = [0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function singular(unit: string): string {
  if (unit === 'centuries') return 'century';
  return unit.endsWith('s') ? unit.slice(0, -1) : unit;
}

function modOf(word: string): Modifier {
  const w = word.toLowerCase();
  return w === 'last' || w === 'past' ? 'last' : w === 'next' || w === 'coming' ? 'next' : 'this';
}

function quantity(words: string): number | null {
  const w = words.toLowerCase().replace(/[\s\u00A0]+/g, ' ').trim();
  if (/^\d+$/.test(w)) return Number(w);
  return NUMBER_WORDS[w] ?? null;
}

function validDay(month: number, day: number, year?: number): boolean {
  if (day < 1 || day > DAYS_IN_MONTH[month]) return false;
  if (month === 2 && day === 29 && year !== undefined) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return true;
}

function validYear(y: number): boolean {
  return y >= 1600 && y <= 2099;
}

/** Scans the text and returns date candidates in text order (non-overlapping). */
export function scanCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  const re = DATE_PATTERN;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const g = m.groups as Groups;
    const c = toCandidate(text, m.index, m.index + m[0].length, g);
    if (c) {
      const prev = out[out.length - 1];
      // "Wednesday, Nov. 13, 2024": one date
      if (prev && prev.kind === 'weekday' && !prev.mod && !prev.part && c.kind === 'calendar' && /^\.?,?[\s\u00A0]{1,3}$/.test(text.slice(prev.end, c.start))) {
        c.start = prev.start;
        out[out.length - 1] = c;
      } else {
        out.push(c);
      }
    }
  }
  return out;
}

function toCandidate(text: string, start: number, end: number, g: Groups): Candidate | null {
  if (g.r1mod !== undefined) return relativePhrase(text, start, end, g);
  if (g.r2unit !== undefined) {
    const the = lookBack(text, start, THE_BEFORE);
    if (!the) return null;
    if (g.r2deict) {
      const offset = (g.r2deict === 'yesterday' ? -1 : 1) + (g.r2rel === 'before' ? -1 : 1);
      if (g.r2unit === 'day') return { start: theStart(text, the), end, subtype: 'relative', kind: 'offset', unit: 'day', offset };
    }
    return { start: theStart(text, the), end, subtype: 'relative', kind: 'vague' };
  }
  if (g.we !== undefined) {
    const the = lookBack(text, start, THE_BEFORE);
    if (!the) return null;
    return { start: theStart(text, the), end, subtype: 'relative', kind: 'vague' };
  }
  if (g.agounit !== undefined) {
    const q = lookBack(text, start, QUANT_BEFORE);
    const unit = singular(g.agounit);
    const plural = unit !== g.agounit;
    if (!q && !plural) return null;
    const s = q ? q.index : start;
    const n = q ? quantity(q[0]) : null;
    if (g.agodir === 'ago' && n !== null && (unit === 'day' || unit === 'week' || unit === 'month' || unit === 'year')) {
      return { start: s, end, subtype: 'relative', kind: 'offset', unit, offset: -n };
    }
    return { start: s, end, subtype: 'relative', kind: 'vague' };
  }
  if (g.deict !== undefined) {
    const w = g.deict.toLowerCase();
    const part = g.deictpart ? DAY_PARTS[g.deictpart] : w === 'tonight' ? 'NI' : undefined;
    const offset = w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : 0;
    return { start, end, subtype: 'relative', kind: 'offset', unit: 'day', offset, part };
  }
  if (g.noon !== undefined) {
    return { start, end, subtype: 'time', kind: 'time', hour: g.noon.toLowerCase() === 'noon' ? 12 : 24, minute: 0 };
  }
  if (g.dayone !== undefined) return { start, end, subtype: 'relative', kind: 'vague' };
  if (g.mdmon !== undefined) return calendar(text, start, end, g.mdmon, g.mdday, g.mdyear ?? g.mdyear2);
  if (g.wd !== undefined) return weekday(text, start, end, g);
  if (g.dmmon !== undefined) return calendar(text, start, end, g.dmmon, g.dmday, g.dmyear);
  if (g.th !== undefined) {
    const hour = Number(g.th);
    const minute = g.tm ? Number(g.tm) : 0;
    if (hour < 1 || hour > 12) return null;
    const pm = g.tap === 'p' || g.tap === 'P';
    return { start, end, subtype: 'time', kind: 'time', hour: (hour % 12) + (pm ? 12 : 0), minute };
  }
  if (g.t2h !== undefined) {
    const hour = Number(g.t2h);
    if (hour > 23) return null;
    const before = prevWord(text, start);
    const after = nextWord(text, end);
    const ok = g.t2tz !== undefined
      || (before && TIME_PREPOSITIONS.has(before.text.toLowerCase()) && text.charCodeAt(before.end) !== 46)
      || (after && /^(?:hours|hrs|h|local)$/i.test(after.text));
    if (!ok) return null;
    return { start, end, subtype: 'time', kind: 'time', hour, minute: Number(g.t2m) };
  }
  if (g.isoy !== undefined) {
    const year = Number(g.isoy), month = Number(g.isom), day = Number(g.isod);
    if (!validYear(year) || month < 1 || month > 12 || !validDay(month, day, year)) return null;
    if (start > 0 && /[\d\-/.]/.test(text[start - 1])) return null;
    return { start, end, subtype: 'date', kind: 'calendar', year, month, day };
  }
  if (g.sla !== undefined) {
    if (start > 0 && /[\d/.]/.test(text[start - 1])) return null;
    const a = Number(g.sla), b = Number(g.slb), year = Number(g.sly);
    if (!validYear(year)) return null;
    const us = a >= 1 && a <= 12 && validDay(a, b, year);
    const eu = b >= 1 && b <= 12 && validDay(b, a, year);
    if (!us && !eu) return null;
    if (us && eu && a !== b) return { start, end, subtype: 'date', kind: 'calendar', year, ambiguous: true };
    return us ? { start, end, subtype: 'date', kind: 'calendar', year, month: a, day: b }
      : { start, end, subtype: 'date', kind: 'calendar', year, month: b, day: a };
  }
  if (g.y !== undefined) return bareYear(text, start, end, Number(g.y), g.ys !== undefined);
  return null;
}

function theStart(_text: string, the: RegExpExecArray): number {
  const m = /[Tt]he/.exec(the[0]);
  return the.index + (m ? m.index : 0);
}

/** last week, this year, the past several weeks, recent weeks, the same day, earlier this month, last night */
function relativePhrase(text: string, start: number, end: number, g: Groups): Candidate | null {
  const mod = (g.r1mod as string).toLowerCase();
  const rawUnit = g.r1unit as string;
  const unit = singular(rawUnit);
  const plural = unit !== rawUnit && !SEASONS.has(rawUnit);
  const pre = lookBack(text, start, REL_PREFIX);
  const edge = pre?.[1]?.toLowerCase();
  const det = pre?.[2]?.toLowerCase();
  let s = start;
  if (pre) s = pre.index + (pre[0].length - pre[0].trimStart().length);
  const vague = (from = s): Candidate => ({ start: from, end, subtype: 'relative', kind: 'vague' });
  // the span starts at "the"/"that"/"this" when present, at "earlier"/"later" only before this/last/next/that
  const detStart = (): number => {
    if (!pre || !det) return start;
    const i = text.lastIndexOf(pre[2], start - 1);
    return i >= 0 ? i : start;
  };

  if (g.r1q !== undefined) {
    if (!plural || !['last', 'past', 'next', 'coming', 'previous', 'following'].includes(mod)) return null;
    return vague(det ? detStart() : start);
  }
  if (plural) {
    if (unit === 'hour') return null;
    if (!['past', 'recent', 'coming', 'following'].includes(mod)) return null;
    return vague(det ? detStart() : start);
  }
  if (mod === 'recent') return null;
  if (mod === 'same') return det ? vague(detStart()) : null;
  if (mod === 'that') return edge ? vague() : null;
  const isPart = PARTS.has(unit);
  if (unit === 'day') return (mod === 'next' || mod === 'following' || mod === 'previous') && det === 'the' ? vague(detStart()) : null;
  if (isPart) {
    if (det === 'the' && (mod === 'next' || mod === 'following' || mod === 'previous')) return vague(detStart());
    if (det) return null;
    const part = DAY_PARTS[unit];
    if (mod === 'this' && unit !== 'night') return { start, end, subtype: 'relative', kind: 'offset', unit: 'day', offset: 0, part };
    if (mod === 'last') return { start, end, subtype: 'relative', kind: 'offset', unit: 'day', offset: -1, part };
    return null;
  }
  // week, weekend, month, year, decade, century, quarter, seasons
  if (det === 'the' || det === 'that') return vague(detStart());
  if (det === 'this' && (mod === 'past' || mod === 'coming')) return vague(detStart());
  if (mod === 'past' || mod === 'previous' || mod === 'following') return vague(start);
  const offset = mod === 'last' ? -1 : mod === 'this' ? 0 : 1;
  const from = edge && (mod === 'this' || mod === 'last' || mod === 'next') ? s : start;
  if (unit === 'week' || unit === 'weekend' || unit === 'month' || unit === 'year') {
    return { start: from, end, subtype: 'relative', kind: 'offset', unit, offset };
  }
  return vague(from);
}

function weekday(text: string, start: number, end: number, g: Groups): Candidate | null {
  const wd = WEEKDAYS[(g.wd as string).toLowerCase()];
  const next = nextWord(text, end);
  const before = prevWord(text, start);
  if (next && isCapitalized(next.text) && text.charCodeAt(end) !== 44) {
    if (WEEKDAY_TITLE_WORDS.has(next.text)) return null;
    if (before && /^(?:the|a|an)$/i.test(before.text) && !(next.text in MONTHS)) return null;
  }
  const c: Candidate = { start, end, subtype: 'date', kind: 'weekday', weekday: wd };
  if (g.wdpart) c.part = DAY_PARTS[g.wdpart];
  const mod = lookBack(text, start, MOD_BEFORE);
  if (mod) {
    c.start = mod.index;
    c.mod = modOf(mod[1]);
    c.subtype = 'relative';
  }
  return c;
}

function calendar(text: string, start: number, end: number, monthText: string, dayText: string | undefined,
  yearText: string | undefined): Candidate | null {
  const month = MONTHS[monthText.replace('.', '').toLowerCase()];
  let day = dayText !== undefined ? Number(dayText) : undefined;
  let year = yearText !== undefined ? Number(yearText) : undefined;
  const dayFirst = text.charCodeAt(start) >= 48 && text.charCodeAt(start) <= 57;
  const monthEnd = text.indexOf(monthText, start) + monthText.length;
  if (year !== undefined && !validYear(year)) {
    // "May 1000 people": keep the month (and day), drop the number
    year = undefined;
    end = dayFirst || dayText === undefined ? monthEnd : skipOrdinal(text, text.indexOf(dayText, monthEnd) + dayText.length);
  }
  if (day !== undefined && !validDay(month, day, year)) {
    if (dayFirst) return null; // "45 March"
    day = undefined;
    year = undefined;
    end = monthEnd;
  }
  if (day === undefined && year === undefined) {
    if (!monthAlone(text, start, end, monthText)) return null;
  }
  const c: Candidate = day !== undefined
    ? { start, end, subtype: 'date', kind: 'calendar', month, day, year }
    : { start, end, subtype: 'date', kind: 'month', month, year };
  const wd = lookBack(text, c.start, WEEKDAY_ABBR_BEFORE);
  if (wd && day !== undefined) c.start = wd.index;
  if (year === undefined) {
    const mod = lookBack(text, c.start, MOD_BEFORE);
    if (mod && (day === undefined)) {
      c.start = mod.index;
      c.mod = modOf(mod[1]);
      c.subtype = 'relative';
    }
  }
  return c;
}

function skipOrdinal(text: string, i: number): number {
  return /^(?:st|nd|rd|th)/.test(text.slice(i, i + 2)) ? i + 2 : i;
}

/** A month name on its own ("in June", "last May") — careful with May/March and first names. */
function monthAlone(text: string, start: number, end: number, monthText: string): boolean {
  const before = prevWord(text, start);
  const prev = before ? before.text.toLowerCase() : '';
  const midBefore = lookBack(text, start, MID_BEFORE) !== null;
  const abbreviated = monthText.length <= 4 && monthText !== 'May' && monthText !== 'June' && monthText !== 'July';
  const ambiguous = monthText === 'May' || monthText === 'March' || abbreviated;
  const inContext = midBefore || DATE_PREPOSITIONS.has(prev) || /^(?:early|late|mid|each|every|until|since)$/.test(prev)
    || ((prev === 'and' || prev === 'or' || prev === 'to' || prev === 'through') && MONTH_NEAR.test(text.slice(Math.max(0, start - 24), start - prev.length)));
  if (ambiguous) return inContext && !(prev === 'as' && monthText === 'May');
  if (inContext) return true;
  const next = nextWord(text, end);
  // "April Ryan", "June Carter": a first name
  if (next && isCapitalized(next.text) && /^[ \u00A0]/.test(text.slice(end, end + 1))) return false;
  if (before && isCapitalized(before.text) && /^[ \u00A0]$/.test(text.slice(before.end, start)) && before.text !== 'In') return false;
  return true;
}

function bareYear(text: string, start: number, end: number, y: number, decade: boolean): Candidate | null {
  if (!validYear(y)) return null;
  const pc = start > 0 ? text[start - 1] : '';
  if (pc === '-' && lookBack(text, start, MID_BEFORE)) {
    return decade ? null : { start, end, subtype: 'date', kind: 'year', year: y };
  }
  if (pc && /[$€£¥#@\-–/.,:+]/.test(pc)) return null;
  if (text.charCodeAt(end) === 37) return null; // %
  if (decade) {
    if (y % 10 !== 0) return null;
    return { start, end, subtype: 'date', kind: 'decade', year: y };
  }
  const before = prevWord(text, start);
  const prev = before ? before.text.toLowerCase() : '';
  const after = nextWord(text, end);
  const next = after && /^[ \u00A0]/.test(text.slice(end, end + 1)) ? after.text : '';
  const nextLower = next.toLowerCase();
  const year: Candidate = { start, end, subtype: 'date', kind: 'year', year: y };
  if (next && COUNT_NOUNS.has(nextLower)) return null;
  if (prev === 'of') {
    const head = before ? prevWord(text, before.start) : null;
    const h = head ? head.text.toLowerCase() : '';
    return OF_HEADS.has(h) || h in MONTHS ? year : null;
  }
  if (prev === 'and' || prev === 'or' || prev === 'to' || prev === 'through') {
    return YEAR_NEAR.test(text.slice(Math.max(0, start - 20), start - prev.length)) ? year : null;
  }
  if (DATE_PREPOSITIONS.has(prev)) return year;
  if (prev === 'the') {
    if (!next) return null;
    if (nextLower.endsWith('s') && !nextLower.endsWith('ss') && next === nextLower && !EVENT_PLURALS.has(nextLower)) return null;
    return year;
  }
  return null;
}
