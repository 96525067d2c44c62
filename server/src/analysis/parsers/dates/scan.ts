// Candidate scanner: one pass of DATE_PATTERN over the text, then cheap checks on each match
// (context words for years and ambiguous months, look-backs for "the", "earlier", "last", the
// quantity before "ago") that turn matches into structured candidates.
import { DATE_SCAN, GROUP as G } from './pattern';
import { isCapitalized, nextWord, prevWord } from './context';
import { isGameReport } from './game-context';
import { earliestDay, feastIn, type Movable } from './movable-feasts';
import { GAME_CLOCK_AFTER } from '../figures/clock';
import { atSentenceStart } from '../figures/text';
import { edgeOfBefore, midBefore, modifierBefore, prevToken, quantityBefore, relativeBefore, theBefore, weekdayBefore } from './lookback';
import {
  COUNT_NOUNS, DATE_PREPOSITIONS, DAY_PARTS, EVENT_PLURALS, MONTHS, SEASON_CODES, WEEKDAYS, WEEKDAY_TITLE_WORDS,
} from './lexicon';

/** 'until': a deadline's season, the next to come ("before winter", "until summer") */
export type Modifier = 'last' | 'this' | 'next' | 'the' | 'until';
export type Unit = 'day' | 'week' | 'weekend' | 'month' | 'year' | 'spring' | 'summer' | 'autumn' | 'fall' | 'winter';

export interface Candidate {
  start: number;
  end: number;
  subtype: 'date' | 'time' | 'relative';
  /**
   * weekday / calendar / month / year / decade / time: fields below;
   * offset: `offset` units from the reference date (yesterday, last week, three days ago);
   * vague: a relative expression with no computable value (recent weeks, the day after).
   */
  kind: 'weekday' | 'calendar' | 'month' | 'year' | 'decade' | 'time' | 'offset' | 'vague' | 'part';
  year?: number;
  /** year: the last year of a span of years ("1950-53") */
  toYear?: number;
  /** part: a part of a year, as in TIMEX3 ("Q1", "H2", "SU") */
  yearPart?: string;
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
  /** calendar: a holiday whose day moves by a rule (US Thanksgiving, Easter); `month` and `day`
   * are then its earliest day, the real one is known with the year */
  movable?: Movable;
  /** calendar: a named holiday, looked forward to further than a plain date ("open on Christmas Day" in November) */
  holiday?: boolean;
  /** calendar: the ISO week of the day is meant ("the week of March 16", "the second week of April") */
  isoWeek?: boolean;
  /** weekday: any such day, named in the plural ("closed to cars on Sundays") */
  every?: boolean;
}

/** "the second week of " before a month, "the week of " before a day of one */
const NTH_WEEK_OF = /\b(?:[Tt]he )?(first|second|third|fourth) week of $/;
const WEEK_OF = /\b(?:[Tt]he )?week of $/;
const WEEK_ORDINALS: Readonly<Record<string, number>> = { first: 1, second: 2, third: 3, fourth: 4 };

/**
 * A week named by its month or its day ("the second week of April", "the week of March 16"):
 * the candidate takes the words before it and stands for the ISO week of that day (the n-th
 * week's is the one of the month's day 7n − 6).
 */
function weekOf(text: string, c: Candidate): void {
  if (c.kind !== 'month' && !(c.kind === 'calendar' && c.day !== undefined && !c.holiday && !c.movable && c.weekday === undefined)) return;
  const before = text.slice(Math.max(0, c.start - 24), c.start);
  if (c.kind === 'month') {
    const m = NTH_WEEK_OF.exec(before);
    if (!m || c.mod) return;
    c.start -= m[0].length;
    c.kind = 'calendar';
    c.day = 7 * WEEK_ORDINALS[m[1]] - 6;
  } else {
    const m = WEEK_OF.exec(before);
    if (!m) return;
    c.start -= m[0].length;
  }
  c.isoWeek = true;
}

/** a year right after a holiday's name: " 2027", ", 2025" */
const HOLIDAY_YEAR = /^,?[ \u00A0]((?:19|20)\d\d)(?![\d,.]\d|\d)/;
/** the sign before a copyright's year */
const COPYRIGHT_BEFORE = /(?:\u00A9|\(c\)) ?$/i;
/** a copyright line up to its year: "Copyright The Financial Times Limited " (the owner's words only) */
const COPYRIGHT_LINE = /(?:^|\n)(?:Copyright|\u00A9)(?: [A-Z][\w&.,'’-]*){1,8} $/;
const MONTH_NEAR = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/;
const YEAR_NEAR = /\b(?:1[6-9]|20)\d\d\b/;
const RANGE_AFTER = /^[\s\u00A0]{1,3}(?:and|or|to)[\s\u00A0]{1,3}\d{4}[\s\u00A0]{1,3}([A-Za-z]+)/;

// group numbers as plain constants (the hot path reads them per match)
const G_DEICT = G.deict;
const G_DEICTPART = G.deictpart;
const G_DMMON = G.dmmon;
const G_DMYEAR = G.dmyear;
const G_FOLLOW = G.follow;
const G_FOLLOW2 = G.follow2;
const G_ISOD = G.isod;
const G_ISOM = G.isom;
const G_MDDAY = G.mdday;
const G_MDMON = G.mdmon;
const G_MDYEAR = G.mdyear;
const G_MDYEAR2 = G.mdyear2;
const G_NUM = G.num;
const G_SLB = G.slb;
const G_SLY = G.sly;
const G_TAP = G.tap;
const G_TAP2 = G.tap2;
const G_TM = G.tm;
const G_TTZ = G.ttz;
const G_UNIT = G.unit;
const G_WD = G.wd;
const G_WDPART = G.wdpart;
const G_YS = G.ys;

const R2_UNITS = new Set(['day', 'night', 'morning', 'evening', 'week', 'month', 'year']);
const AGO_UNITS = new Set(['day', 'week', 'fortnight', 'month', 'year', 'decade', 'hour', 'century']);
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

function validDay(month: number, day: number, year?: number): boolean {
  if (day < 1 || day > DAYS_IN_MONTH[month]) return false;
  if (month === 2 && day === 29 && year !== undefined) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return true;
}

function validYear(y: number): boolean {
  return y >= 1600 && y <= 2100; // ("by 2100": climate projections)
}

/** Scans the text and returns date candidates in text order (non-overlapping). */
export function scanCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  const re = DATE_SCAN;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const start = m.index;
    const cand = toCandidate(text, start, start + m[0].length, m);
    if (!cand) continue;
    weekOf(text, cand);
    const prev = out[out.length - 1];
    if (prev === undefined) {
      out.push(cand);
    } else if (prev.kind === 'weekday' && !prev.mod && !prev.part && cand.kind === 'calendar' && !cand.movable && !cand.holiday && /^\.?,?[\s\u00A0]{1,3}$/.test(text.slice(prev.end, cand.start)) && (prev.end - prev.start <= 5 || text.charCodeAt(prev.end) !== 46)) {
      // "Wednesday, Nov. 13, 2024", "Wed. Nov. 13": one date (not "… on Tuesday. Mar 5, 2025")
      cand.start = prev.start;
      cand.weekday = prev.weekday;
      out[out.length - 1] = cand;
    } else if (cand.start < prev.end) {
      // a look-back reached into the previous candidate: keep the longer
      if (cand.end - cand.start > prev.end - prev.start) out[out.length - 1] = cand;
    } else {
      out.push(cand);
    }
    // a first day of the same month before "and", day first: "strike on 27 and 29 May" (two dates)
    if (cand.kind === 'calendar' && cand.day !== undefined && !cand.holiday && out[out.length - 1] === cand && isDigit(text.charCodeAt(cand.start))) {
      const first = FIRST_DAY.exec(text.slice(Math.max(0, cand.start - 10), cand.start));
      const day = first ? Number(first[1]) : 0;
      const s1 = first ? cand.start - first[0].length + (first[0].length - first[0].trimStart().length) : -1;
      const prevEnd = out.length > 1 ? out[out.length - 2].end : 0;
      if (first && day >= 1 && day < cand.day && s1 >= prevEnd) out.splice(out.length - 1, 0, { start: s1, end: s1 + first[1].length, subtype: 'date', kind: 'calendar', month: cand.month, day, year: cand.year });
    }
    // a second day of the same month after "and": "meet on May 18 and 19" (two dates)
    if (cand.kind === 'calendar' && cand.day !== undefined && !cand.movable && !cand.holiday && out[out.length - 1] === cand) {
      const second = SECOND_DAY.exec(text.slice(cand.end, cand.end + 24));
      if (second) {
        const day = Number(second[1]);
        if (day > cand.day && validDay(cand.month as number, day, cand.year)) {
          const s2 = cand.end + second[0].length - second[1].length;
          out.push({ start: s2, end: s2 + second[1].length, subtype: 'date', kind: 'calendar', month: cand.month, day, year: cand.year });
          re.lastIndex = Math.max(re.lastIndex, s2 + second[1].length);
        }
      }
    }
  }
  return out;
}

/** "27 and " before a day-first date ("27 and 29 May") */
const FIRST_DAY = /(?:^|[^\d.,:\-/])(\d{1,2}) (?:and|&) $/;
/** " and 19" after a day of a month (not a count: "and 19 others", "and 19%"; nor a day of a month written after it: "between 1 December and 14 December 2025") */
const SECOND_DAY = /^ (?:and|&) (\d{1,2})(?![\d%,.\-/:\u2013]\d|\d|[ \u00A0]*(?:[a-z%]|per\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b))/;

function toCandidate(text: string, start: number, end: number, m: RegExpExecArray): Candidate | null {
  const unit = m[G_UNIT];
  if (unit !== undefined) return unitPhrase(text, start, end, m, unit);
  const deict = m[G_DEICT];
  if (deict !== undefined) {
    const w = deict.toLowerCase().replace('-', '');
    // an idiom, no day: "as if there is no tomorrow"
    if (w === 'tomorrow' && prevWord(text, start)?.text.toLowerCase() === 'no') return null;
    // a programme's or a paper's name: "BBC Radio 4’s Today programme", "USA Today"
    if (deict.charCodeAt(0) <= 90 && !m[G_DEICTPART] && SHOW_WORDS.has(nextWord(text, end)?.text.toLowerCase() ?? '')) return null;
    // (or "Today" right after a capitalised word below the headline: "Mississippi Today", "L’Orient Today")
    if (w === 'today' && deict.charCodeAt(0) === 84 && start >= 2 && text.charCodeAt(start - 1) === 32 && /[A-Za-z]/.test(text[start - 2]) && /^[A-Z]/.test(prevWord(text, start)?.text ?? '') && belowHeadline(text, start)) return null;
    if (w === 'noon' || w === 'midday' || w === 'midnight') {
      return { start, end: start + w.length, subtype: 'time', kind: 'time', hour: w === 'midnight' ? 0 : 12, minute: 0 };
    }
    const part = m[G_DEICTPART] ? DAY_PARTS[m[G_DEICTPART]] : w === 'tonight' ? 'NI' : undefined;
    const offset = w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : 0;
    return { start, end, subtype: 'relative', kind: 'offset', unit: 'day', offset, part };
  }
  if (m[G_MDMON] !== undefined) return calendar(text, start, end, m[G_MDMON], m[G_MDDAY] ?? m[G.mhday] ?? m[G.gday], m[G_MDYEAR] ?? m[G_MDYEAR2] ?? m[G.mhyear] ?? m[G.gyear]);
  if (m[G_WD] !== undefined) return weekday(text, start, end, m);
  const hol = m[G.hol];
  if (hol !== undefined) {
    // (not a name: "Christmas Island", "Halloween Parade Committee")
    const next = nextWord(text, end);
    if (next && isCapitalized(next.text) && /^[ \u00A0]/.test(text.slice(end, end + 1))) return null;
    // (nor a thing named for it: "lit up like a Christmas tree", "Christmas cards")
    if (next && HOLIDAY_THINGS.has(next.text.toLowerCase()) && /^[ \u00A0]/.test(text.slice(end, end + 1))) return null;
    const key = hol.replace(/[\s\u00A0]+/g, ' ').replace('\u2019', "'").toLowerCase();
    // (US Thanksgiving, the fourth Thursday of November; Good Friday, two days before Easter)
    const movable = feastIn(key, text);
    const fixed = HOLIDAYS[key];
    // (a holiday whose day moves by no rule: a date with no value, as "Diwali")
    if (!movable && !fixed) return { start, end, subtype: 'date', kind: 'vague' };
    // (with its year: "Thanksgiving 2027", "Christmas, 2025")
    const yearAfter = HOLIDAY_YEAR.exec(text.slice(end, end + 8));
    const spanEnd = yearAfter ? end + yearAfter[0].length : end;
    const year = yearAfter ? { year: Number(yearAfter[1]) } : null;
    if (movable) return { start, end: spanEnd, subtype: 'date', kind: 'calendar', ...earliestDay(movable), movable, ...year };
    return { start, end: spanEnd, subtype: 'date', kind: 'calendar', month: fixed[0], day: fixed[1], ...(year ?? { holiday: true }) };
  }
  if (m[G.fy] !== undefined) return { start, end, subtype: 'date', kind: 'vague' };
  if (m[G.qq] !== undefined) return { start, end, subtype: 'date', kind: 'part', yearPart: `Q${m[G.qn]}`, year: m[G.qy] !== undefined ? Number(m[G.qy]) : undefined };
  if (m[G.qn2] !== undefined) return { start, end, subtype: 'date', kind: 'part', yearPart: `Q${m[G.qn2]}`, year: m[G.qy2] !== undefined ? Number(m[G.qy2]) : m[G.qy3] !== undefined ? 2000 + Number(m[G.qy3]) : undefined };
  const ockw = m[G.ockw];
  if (ockw !== undefined) {
    const hour = HOUR_WORDS.indexOf(ockw.toLowerCase()) + 1;
    const part = m[G.ockwp];
    if (part === undefined) return oclock(text, start, end, hour, 0);
    // (after a word of time only: "at two in the morning", not "two in the morning session were …")
    if (!afterTimeWord(text, start)) return null;
    const early = part.endsWith('morning') || (part.endsWith('night') && hour <= 4);
    return { start, end, subtype: 'time', kind: 'time', hour: early ? hour % 12 : (hour % 12) + 12, minute: 0 };
  }
  const num = m[G_NUM];
  if (num !== undefined) return numberPhrase(text, start, end, m, num);
  return null;
}

/** A unit word with what follows it ("ago", "after", "one") and what precedes it (look-backs). */
/** where "[the] current/last/next … financial year" starts, "year" at `start`; else -1 */
function fiscalYearStart(text: string, start: number): number {
  const fin = prevToken(text, start);
  if (!fin || (fin.word !== 'financial' && fin.word !== 'fiscal')) return -1;
  const mod = prevToken(text, fin.start);
  if (!mod || !FISCAL_MODS.has(mod.word)) return -1;
  const det = prevToken(text, mod.start);
  return det && det.word === 'the' && mod.word !== 'this' ? det.start : mod.start;
}
/** lower-case words after "the May", "the March" that are no noun the month qualifies ("the March of Dimes" aside, "the March to the sea") */
const NOT_MONTH_NOUN: ReadonlySet<string> = new Set(['and', 'for', 'from', 'into', 'towards', 'toward', 'through', 'past', 'across', 'was', 'were', 'has', 'had', 'have', 'will', 'would', 'could', 'should', 'not', 'also', 'that', 'which', 'who', 'the']);
/** capitalised small words that open a sentence before a month ("If August stays dry", "By October the …") */
const OPENING_WORDS: ReadonlySet<string> = new Set(['if', 'when', 'by', 'since', 'until', 'before', 'after', 'from', 'through', 'during', 'and', 'but', 'so', 'as', 'once', 'unless', 'while']);
/** what a month names after "the": "the May primary", "the March budget" */
const MONTH_EVENTS: ReadonlySet<string> = new Set(['primary', 'election', 'elections', 'vote', 'poll', 'polls', 'budget', 'meeting', 'session', 'deadline', 'referendum', 'census', 'report', 'figures', 'data', 'survey', 'statement', 'minutes', 'review', 'recess', 'sitting', 'summit', 'talks', 'auction', 'sale', 'sales', 'announcement', 'decision', 'hearing', 'trial', 'ruling', 'flood', 'floods', 'fires', 'fire', 'storm', 'storms', 'attack', 'attacks', 'riots', 'protests', 'strike', 'strikes', 'crash', 'earthquake', 'blackout', 'outbreak', 'rally', 'launch', 'issue', 'edition']);
const DEADLINE_BEFORE: ReadonlySet<string> = new Set(['before', 'by', 'until', 'till']);
/** the prepositions that make "the fall" a season ("in the fall"; "blamed the fall on …" is a drop) */
const FALL_BEFORE: ReadonlySet<string> = new Set(['in', 'by', 'before', 'during', 'until', 'till', 'through']);
const TITLE_CASE_MODS: ReadonlySet<string> = new Set(['this', 'next', 'last']);
const FISCAL_MODS: ReadonlySet<string> = new Set(['current', 'last', 'this', 'next', 'previous', 'coming', 'past', 'same', 'new']);

function unitPhrase(text: string, start: number, end: number, m: RegExpExecArray, rawUnit: string): Candidate | null {
  const follow = m[G_FOLLOW];
  const lower = rawUnit.toLowerCase();
  const unitEnd = start + rawUnit.length;
  if (follow !== undefined) {
    if (follow === 'one' || follow === 'One') {
      if (lower === 'day') return { start, end, subtype: 'relative', kind: 'vague' };
    } else if (follow === 'after' || follow === 'before') {
      const the = R2_UNITS.has(lower) ? theBefore(text, start) : -1;
      if (the >= 0) {
        const deict = m[G_FOLLOW2];
        if (deict !== undefined && lower === 'day') {
          const offset = (deict === 'yesterday' ? -1 : 1) + (follow === 'before' ? -1 : 1);
          return { start: the, end, subtype: 'relative', kind: 'offset', unit: 'day', offset };
        }
        return { start: the, end: deict !== undefined ? trimEnd(text, end - deict.length) : end, subtype: 'relative', kind: 'vague' };
      }
    } else {
      const ago = agoPhrase(text, start, trimEnd(text, m[G_FOLLOW2] !== undefined ? end - (m[G_FOLLOW2] as string).length : end), lower, follow);
      if (ago) return ago;
    }
  }
  // a financial or fiscal year named by its place: "the current financial year", "last fiscal year"
  // (a date with no value: its months differ from one country and firm to another)
  if (lower === 'year') {
    const fy = fiscalYearStart(text, start);
    if (fy >= 0) return { start: fy, end: unitEnd, subtype: 'relative', kind: 'vague' };
  }
  // (a quarter in title case after its ordinal: "Tallgrass Music Group’s First-Quarter Revenue
  // Jumps 18%", "Record Freight in First Quarter")
  if (rawUnit.charCodeAt(0) < 97 && !((lower === 'quarter' || lower === 'half') && TITLED_ORDINAL_BEFORE.test(text.slice(Math.max(0, start - 7), start)))) {
    // "Days", "Weeks" only before "ago"/"later"; or after "This"/"Next"/"Last" in a title-case
    // headline ("… Signals One More Reduction This Year")
    const mod = prevToken(text, start);
    if (!mod || !TITLE_CASE_MODS.has(mod.word) || text.charCodeAt(mod.start) > 90 || (lower !== 'year' && lower !== 'week' && lower !== 'month') || text.lastIndexOf('\n', start) >= 0) return null;
    return { start: mod.start, end: unitEnd, subtype: 'relative', kind: 'offset', unit: lower as Unit, offset: mod.word === 'last' ? -1 : mod.word === 'this' ? 0 : 1 };
  }
  // "the first quarter", "third-quarter profit", "the end of the first quarter of 2026"
  // (not a game's: "12 points in the fourth quarter")
  if (lower === 'quarter' || lower === 'half') {
    if (isGameReport(text)) return null;
    const part = yearPartAt(text, start, lower);
    if (part) {
      // "… of the year", "… of next year": one date, of that year
      // (or its year right after it: "First Quarter 2026 Results")
      const of = OF_YEAR.exec(text.slice(unitEnd, unitEnd + 20)) ?? YEAR_RIGHT_AFTER.exec(text.slice(unitEnd, unitEnd + 7));
      // (not a half of something else: "the second half of the match")
      if (!of && OF_OTHER.test(text.slice(unitEnd, unitEnd + 20))) return null;
      // (a half of a month is the month's, taken with it: "the first half of November")
      if (!of && lower === 'half' && OF_MONTH.test(text.slice(unitEnd, unitEnd + 14))) return null;
      const c: Candidate = { start: part.start, end: of ? unitEnd + of[0].length : unitEnd, subtype: 'date', kind: 'part', yearPart: part.value };
      if (of?.[2] !== undefined) c.year = Number(of[2]);
      else if (of) c.offset = of[1] === 'next' ? 1 : of[1] === 'last' ? -1 : 0;
      // (with a "the" before it, "the end of …" goes with it)
      const edge = part.start < start ? edgeOfBefore(text, part.start) : -1;
      if (edge >= 0) c.start = edge;
      return c;
    }
    if (lower === 'half') return null;
  }
  // a sport's or a harvest's season named from now: "this season", "last season", "the
  // previous season" (a relative date without a value, as the gold sets write it; not "the
  // festive season", "2025/26 season")
  if (lower === 'season') {
    const before = prevWord(text, start);
    const w = before?.text.toLowerCase();
    if (!before || before.end !== start - 1 || !(w === 'this' || w === 'last' || w === 'next' || w === 'previous' || w === 'following')) return null;
    const the = w === 'previous' || w === 'following' ? theBefore(text, before.start) : before.start;
    if (the < 0) return null;
    return vagueSpan(the, unitEnd);
  }
  return relativePhrase(text, start, unitEnd, rawUnit);
}

function vagueSpan(start: number, end: number): Candidate {
  return { start, end, subtype: 'relative', kind: 'vague' };
}

function trimEnd(text: string, end: number): number {
  while (end > 0 && /[\s\u00A0]/.test(text[end - 1])) end--;
  return end;
}

/** what a year glued before it by a hyphen dates ("1944-built", "2019-vintage") */
const BUILT_AFTER = /^(?:built|made|vintage|era)\b/;

/** things named for a holiday, no time of it ("a Christmas tree", "Easter eggs") */
const HOLIDAY_THINGS: ReadonlySet<string> = new Set(['tree', 'trees', 'cards', 'lights', 'decorations', 'carol', 'carols', 'pudding', 'cracker', 'crackers', 'jumper', 'jumpers', 'egg', 'eggs', 'bunny', 'costume', 'costumes', 'pumpkin', 'pumpkins', 'stocking', 'stockings', 'turkey', 'hamper', 'hampers', 'bonus', 'bonuses']);

/** a hedge right before a quantity ("nearly a decade ago") */
const HEDGE_BEFORE = /\b(?:nearly|almost|about|around|roughly|some|over|more than|less than|under|just over|just under|close to|at least)\s$/i;

/** a count's scale word right before "years ago" ("72 million years ago") */
const SCALE_BEFORE_AGO: ReadonlySet<string> = new Set(['thousand', 'million', 'billion']);

/** "three days ago", "a couple of weeks ago", "two years later", "weeks later" */
function agoPhrase(text: string, start: number, end: number, lower: string, dir: string): Candidate | null {
  const unit = singular(lower);
  if (!AGO_UNITS.has(unit)) return null;
  const plural = unit !== lower;
  const q = quantityBefore(text, start);
  if (!q && !plural) return null;
  // (thousands of years back are an age, not a date: "some 700,000 years ago", "45,000 years ago",
  // "about 72 million years ago": 7 of 7 in the gold sets)
  if (q && q.n !== null && q.n >= 1000) return null;
  if (!q && SCALE_BEFORE_AGO.has(prevToken(text, start)?.word ?? '')) return null;
  const s = q ? q.start : start;
  const n = q ? q.n : null;
  // (a count of units on or back from another event is a duration, no date: "three hours later",
  // "11 days earlier", as the gold sets write 88 of 100; "a year earlier" is one, 230 of 230)
  if (dir !== 'ago' && n !== null && n >= 2) return null;
  // (nor units without a count, "months later", "Hours later, …": 8 of 8 in the gold sets)
  if (dir !== 'ago' && !q) return null;
  if (dir === 'ago' && n !== null && (unit === 'day' || unit === 'week' || unit === 'month' || unit === 'year')) {
    return { start: s, end, subtype: 'relative', kind: 'offset', unit, offset: -n };
  }
  // ("a fortnight ago": two weeks back, as British and Australian copy counts)
  if (dir === 'ago' && n !== null && unit === 'fortnight') return { start: s, end, subtype: 'relative', kind: 'offset', unit: 'week', offset: -2 * n };
  // "a decade ago": the year ten years back, as the gold sets value it (not "nearly a decade ago", "two decades ago": vague)
  if (dir === 'ago' && n === 1 && unit === 'decade' && !HEDGE_BEFORE.test(text.slice(Math.max(0, s - 16), s))) {
    return { start: s, end, subtype: 'relative', kind: 'offset', unit: 'year', offset: -10 };
  }
  return { start: s, end, subtype: 'relative', kind: 'vague' };
}

/** Dates and times that start with a number. */
function numberPhrase(text: string, start: number, end: number, m: RegExpExecArray, num: string): Candidate | null {
  if (m[G_ISOM] !== undefined || m[G.isom2] !== undefined || m[G.isom3] !== undefined) {
    const year = Number(num), month = Number(m[G_ISOM] ?? m[G.isom2] ?? m[G.isom3]), day = Number(m[G_ISOD] ?? m[G.isod2] ?? m[G.isod3]);
    if (num.length !== 4 || !validYear(year) || month < 1 || month > 12 || !validDay(month, day, year)) return null;
    if (start > 0 && /[\d\-/.]/.test(text[start - 1])) return null;
    return { start, end, subtype: 'date', kind: 'calendar', year, month, day };
  }
  if (m[G_SLY] !== undefined || m[G.dsy] !== undefined) {
    if (num.length > 2 || (start > 0 && /[\d/.\-]/.test(text[start - 1]))) return null;
    const a = Number(num), b = Number(m[G_SLB] ?? m[G.dsb]), year = Number(m[G_SLY] ?? m[G.dsy]);
    if (!validYear(year)) return null;
    const us = a >= 1 && a <= 12 && validDay(a, b, year);
    const eu = b >= 1 && b <= 12 && validDay(b, a, year);
    if (!us && !eu) return null;
    // (both orders kept, month first: the dateline finder may tell them apart)
    if (us && eu && a !== b) return { start, end, subtype: 'date', kind: 'calendar', year, month: a, day: b, ambiguous: true };
    return us ? { start, end, subtype: 'date', kind: 'calendar', year, month: a, day: b }
      : { start, end, subtype: 'date', kind: 'calendar', year, month: b, day: a };
  }
  if (m[G.dtm] !== undefined) {
    // day first: 22.05.2025 (not a version or a decimal: 1.2.2024 needs a valid day and month)
    const d = Number(num), mo = Number(m[G.dtm]), year = Number(m[G.dty]);
    if (num.length > 2 || !validYear(year) || (start > 0 && /[\d.]/.test(text[start - 1]))) return null;
    // (the month first when the second number is past 12, as American sites print it: "01.28.2026")
    if (mo > 12 && d >= 1 && d <= 12 && validDay(d, mo, year)) return { start, end, subtype: 'date', kind: 'calendar', year, month: d, day: mo };
    if (!(mo >= 1 && mo <= 12) || !validDay(mo, d, year)) return null;
    return { start, end, subtype: 'date', kind: 'calendar', year, month: mo, day: d };
  }
  if (m[G.lcmon] !== undefined) {
    if (num.length > 2 || (start > 0 && /[\d.,:/-]/.test(text[start - 1]))) return null;
    return calendar(text, start, end, m[G.lcmon], num, m[G.lcyear]);
  }
  if (m[G.ymmon] !== undefined) {
    // (a day and a month, then a number that is no day: "15 MAR 95", read as the day-first form does)
    if (num.length <= 2) {
      const monthEnd = text.indexOf(m[G.ymmon], start + num.length) + m[G.ymmon].length;
      return calendar(text, start, monthEnd, m[G.ymmon], num, undefined);
    }
    if (num.length !== 4 || !validYear(Number(num)) || (start > 0 && /[\d.,:/-]/.test(text[start - 1]))) return null;
    return calendar(text, start, end, m[G.ymmon], m[G.ymday], num);
  }
  if (m[G_DMMON] !== undefined || m[G.dhmon] !== undefined) {
    if (num.length > 2 || (m[G.dhmon] !== undefined && start > 0 && /[\d\-]/.test(text[start - 1]))) return null;
    return calendar(text, start, end, m[G_DMMON] ?? m[G.dhmon], num, m[G_DMYEAR] ?? m[G.dhy]);
  }
  if (m[G.ock] !== undefined) {
    if (num.length > 2 || Number(num) < 1 || Number(num) > 12 || (start > 0 && /[\d.,:]/.test(text[start - 1]))) return null;
    return oclock(text, start, end, Number(num), m[G.ocm] !== undefined ? Number(m[G.ocm]) : 0);
  }
  if (m[G.th] !== undefined) {
    const hour = Number(num);
    // (only after a word of time: "at 15h", "from 10h00 to 16h00"; not "24h coverage", "a 4h30 drive")
    if (num.length > 2 || hour > 23 || (start > 0 && /[\d.,:]/.test(text[start - 1])) || !afterTimeWord(text, start)) return null;
    return { start, end, subtype: 'time', kind: 'time', hour, minute: m[G.thm] !== undefined ? Number(m[G.thm]) : 0 };
  }
  if (m[G.tmd] !== undefined) {
    const hour = Number(num);
    const ap = m[G.tapd];
    if (num.length > 2 || hour > 23 || (ap !== undefined && (hour < 1 || hour > 12)) || (start > 0 && /[\d.,]/.test(text[start - 1]))) return null;
    if (m[G.tdp] !== undefined) return dayPartTime(text, start, end, num, Number(m[G.tmd]));
    if (m[G.tdb] !== undefined) return clauseEndTime(text, start, end, num, Number(m[G.tmd]));
    return { start, end, subtype: 'time', kind: 'time', hour: ap !== undefined ? hour24(hour, ap) : hour, minute: Number(m[G.tmd]) };
  }
  const ap = m[G_TAP] ?? m[G_TAP2];
  if (ap !== undefined) {
    const hour = Number(num);
    if (num.length > 2 || hour < 1 || hour > 12) return null;
    return { start, end, subtype: 'time', kind: 'time', hour: hour24(hour, ap), minute: m[G_TM] ? Number(m[G_TM]) : 0 };
  }
  if (m[G_TM] !== undefined) {
    const hour = Number(num);
    if (num.length > 2 || hour > 23 || (start > 0 && text.charCodeAt(start - 1) === 58)) return null;
    // (a one-digit hour with seconds and no am/pm is a race time, figures.ts: "in 2:20:31 and 2:21:05")
    if (num.length === 1 && text.charCodeAt(end) === 58 && isDigit(text.charCodeAt(end + 1))) return null;
    const before = prevWord(text, start);
    const after = nextWord(text, end);
    const ok = m[G_TTZ] !== undefined
      || (before && TIME_PREPOSITIONS.has(before.text.toLowerCase()) && text.charCodeAt(before.end) !== 46)
      || (after && /^(?:hours|hrs|h|local)$/i.test(after.text))
      // (a live blog's entry stamp, alone on its line: "16:52" above "Residents told they can't return tonight")
      || ((start === 0 || text.charCodeAt(start - 1) === 10) && LINE_END_AFTER.test(text.slice(end, end + 4)));
    // (a game clock is a duration, figures.ts: "at 6:48 of the third", "with 1:12 left")
    if (!ok || GAME_CLOCK_AFTER.test(text.slice(end, end + 40))) return null;
    // (the word for hours is the time's: "at 19:15 hours on Tuesday", "07:42hrs")
    const e = after && HOURS_WORD.test(after.text) ? after.end : end;
    return { start, end: e, subtype: 'time', kind: 'time', hour, minute: Number(m[G_TM]) };
  }
  if (m[G.ttz4] !== undefined) {
    // "1012 GMT": hours and minutes (not a year: "2024 GMT" has no 24th hour … but 2359 has)
    const hour = Number(num.slice(0, 2)), minute = Number(num.slice(2));
    if (num.length !== 4 || hour > 23 || minute > 59) return null;
    // (a year after a word that takes one: "in 2019 EST rules changed")
    if (hour >= 19 && YEAR_BEFORE_ZONE.has(prevToken(text, start)?.word ?? '')) return bareYear(text, start, start + 4, Number(num), false);
    return { start, end, subtype: 'time', kind: 'time', hour, minute };
  }
  if (num.length !== 4) return null;
  // a military hour with "hrs": "at 1800 hrs", "0342hrs"
  const hrs = HRS_AFTER.exec(text.slice(end, end + 5));
  if (hrs && Number(num.slice(0, 2)) <= 23 && Number(num.slice(2)) <= 59) return { start, end: end + hrs[0].length, subtype: 'time', kind: 'time', hour: Number(num.slice(0, 2)), minute: Number(num.slice(2)) };
  const next = text.charCodeAt(end);
  if ((next === 46 || next === 44) && isDigit(text.charCodeAt(end + 1))) return null; // 2007.5, 2007,000
  if (m[G_YS] === undefined && isLetter(next)) return null; // 2000km
  return bareYear(text, start, end, Number(num), m[G_YS] !== undefined);
}

/** words before a year that a zone's abbreviation may follow (no four-digit time after them) */
const YEAR_BEFORE_ZONE: ReadonlySet<string> = new Set(['in', 'since', 'of', 'during', 'year', 'early', 'late', 'mid']);

const PLURAL_DAY_BEFORE: ReadonlySet<string> = new Set(['on', 'and', 'or', 'to', 'through', 'until', 'till']);
const H_TIME_BEFORE: ReadonlySet<string> = new Set(['at', 'from', 'until', 'till', 'to', 'by', 'after', 'before', 'between', 'and', 'around', 'about']);

/** whether the word before `start` is one of time ("at", "from", "until" …) */
function afterTimeWord(text: string, start: number): boolean {
  const before = prevWord(text, start);
  return !!before && H_TIME_BEFORE.has(before.text.toLowerCase());
}
const HOURS_WORD = /^(?:hours|hrs|h)$/i;
/** nothing more on the line */
const LINE_END_AFTER = /^[ \t]*(?:\r?\n|$)/;
const HRS_AFTER = /^ ?hrs\b/;

const HOUR_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/**
 * An hour "o'clock" (1-12, maybe with minutes: "8:30 o'clock"): in the morning when the words
 * after it say so ("3 o'clock this morning", "in the morning", "a.m."); else in the afternoon or
 * the evening, where older copy mostly puts such hours ("at 7 o'clock", "2 o'clock Saturday afternoon").
 */
/** the morning named earlier in the same sentence, no later part of the day between */
const MORNING_BEFORE = /\b(?:morning|mornings|breakfast|dawn|sunrise)\b(?![^.!?\n]*\b(?:afternoon|evening|night|tonight|p\.?m\b))[^.!?\n]*$/i;

function oclock(text: string, start: number, end: number, hour: number, minute: number): Candidate {
  // (or the sentence put the morning before it: "On a Monday morning we'll see eight people before ten o'clock")
  const morning = MORNING_AFTER.test(text.slice(end, end + 24)) || MORNING_BEFORE.test(text.slice(Math.max(0, start - 80), start));
  const h = hour === 12 ? (morning ? 0 : 12) : morning ? hour : hour + 12;
  return { start, end, subtype: 'time', kind: 'time', hour: h, minute };
}
/**
 * A time with a point and no "am" or zone, before its day or part of it ("at 11.00 on Thursday",
 * "at 5.30 every morning", "at 15.40 yesterday"): after a word of time, not a price ("closed at
 * 4.35 on Friday", "rose to 2.45 on Monday"); on the quarter hour unless a part of the day or
 * "yesterday", "today" … follows; in the afternoon, the evening or tonight, past noon.
 */
function dayPartTime(text: string, start: number, end: number, num: string, minute: number): Candidate | null {
  if (!timeWordBefore(text, start)) return null;
  const hour = Number(num);
  const after = text.slice(end, end + 24);
  const part = /^\s+(?:in the|every|this|tomorrow|yesterday)\s+(morning|afternoon|evening|night)/.exec(after);
  // (a clock's hour with its zero, "02.41 on Friday", is no price)
  if (!part && minute % 15 !== 0 && num.charCodeAt(0) !== 48 && !/^\s+(?:yesterday|today|tonight|tomorrow)/.test(after)) return null;
  const late = (part && part[1] !== 'morning') || /^\s+tonight/.test(after);
  return { start, end, subtype: 'time', kind: 'time', hour: late && hour < 12 ? hour + 12 : hour, minute };
}
/** the word of time ("at", "until" …) right before `start`, when no verb of price comes before it ("closed at 4.35"); else null */
function timeWordBefore(text: string, start: number): { text: string; start: number } | null {
  const before = prevWord(text, start);
  if (!before || !H_TIME_BEFORE.has(before.text.toLowerCase())) return null;
  const verb = prevWord(text, before.start);
  return verb && PRICE_VERBS.has(verb.text.toLowerCase()) ? null : before;
}
/**
 * A 24-hour time with a point and two digits of hour at the end of its clause or range, after a
 * word of time ("by 09.00 and found", "until 01.30.", "from 17.00 to 19.59"): not a price ("closed
 * at 19.12."), nor a range of amounts ("between 10.40 and 11.00 euros": the other end must be such a
 * time too), nor the second end of a range that is not of times.
 */
function clauseEndTime(text: string, start: number, end: number, num: string, minute: number): Candidate | null {
  const before = num.length === 2 && Number(num) <= 23 ? timeWordBefore(text, start) : null;
  if (!before) return null;
  const lower = before.text.toLowerCase();
  if ((lower === 'and' || lower === 'to') && !CLOCK_BEFORE.test(text.slice(Math.max(0, before.start - 7), before.start))) return null;
  const range = CLOCK_RANGE_AFTER.exec(text.slice(end, end + 16));
  if (range && isDigit(range[1].charCodeAt(0)) && !CLOCK_AFTER.test(range[1])) return null;
  return { start, end, subtype: 'time', kind: 'time', hour: Number(num), minute };
}
/** the first end of a range of times, before "and"/"to" */
const CLOCK_BEFORE = /\b[0-2]\d\.[0-5]\d\s+$/;
/** what follows "and"/"to" after a time, and a time that ends its clause */
const CLOCK_RANGE_AFTER = /^\s+(?:and|to)\s+(\S+(?:\s+\S+)?)/;
const CLOCK_AFTER = /^[0-2]\d\.[0-5]\d(?:[,;.)]|$|\s+(?:and|on|in|every|yesterday|today|tonight|local)\b)/;

/** verbs whose "at 4.35" is a price or a level */
const PRICE_VERBS: ReadonlySet<string> = new Set(['closed', 'close', 'closes', 'ended', 'ends', 'traded', 'trades', 'stood', 'stands', 'opened', 'finished', 'settled', 'fixed', 'priced', 'valued', 'set', 'peaked', 'bottomed', 'rate', 'rated', 'rose', 'fell', 'climbed', 'dropped', 'slipped', 'jumped', 'eased', 'gained', 'slid', 'rising', 'falling', 'up', 'down']);

const MORNING_AFTER = /^,? (?:(?:this|in the|yesterday|tomorrow|(?:on )?(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)) morning|a\.?m\.?)/i;

/** month and day of the holidays the scan knows (pattern.ts HOLIDAY) */
const HOLIDAYS: Readonly<Record<string, [number, number]>> = {
  christmas: [12, 25], 'christmas day': [12, 25], 'christmas eve': [12, 24], 'boxing day': [12, 26],
  "new year's day": [1, 1], "new year's eve": [12, 31], "valentine's day": [2, 14], halloween: [10, 31], 'bastille day': [7, 14],
  'fourth of july': [7, 4], 'australia day': [1, 26], 'anzac day': [4, 25], 'canada day': [7, 1], 'waitangi day': [2, 6],
  'youth day': [6, 16], 'may day': [5, 1], 'guy fawkes night': [11, 5], 'st patrick\'s day': [3, 17], 'st. patrick\'s day': [3, 17],
  // Labour Day is May Day outside North America, New Zealand and Australia (Canada's and New Zealand's: movable-feasts.ts)
  'labour day': [5, 1], "workers' day": [5, 1], 'workers day': [5, 1], 'pakistan day': [3, 23],
  'st stephen\'s day': [12, 26], 'st. stephen\'s day': [12, 26], 'international mother language day': [2, 21],
  // the Kurdish and Central Asian new year, on 21 March
  newroz: [3, 21], nowruz: [3, 21], navruz: [3, 21], nauryz: [3, 21],
  // the Bengali new year, on 14 April in Bangladesh
  'pahela baishakh': [4, 14], 'pohela boishakh': [4, 14], 'pohela baishakh': [4, 14], 'pahela boishakh': [4, 14],
};

/** the end of a range of months before a month: "July-", "October to " */
const RANGE_BEFORE = /(?:[-\u2013]|\b(?:to|through|and) )$/;
const QUARTER_END_MONTHS: Readonly<Record<string, number>> = { March: 1, June: 2, September: 3, December: 4 };
const QUARTER_ORDINALS: Readonly<Record<string, number>> = { first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4, final: 4 };

/**
 * The part of a year a head word at `at` names, with the words before it: "(the) summer",
 * "(the) first quarter", "third-quarter", "(the) second half"; its start and TIMEX3 code.
 */
function yearPartAt(text: string, at: number, head: string): { start: number; value: string } | null {
  const season = SEASON_CODES[head];
  if (season) {
    const the = theBefore(text, at);
    return { start: the >= 0 ? the : at, value: season };
  }
  if (head !== 'quarter' && head !== 'half') return null;
  // the ordinal before, joined by a space or a hyphen
  let e = at;
  if (e > 0 && text[e - 1] === '-') e--;
  else while (e > 0 && (text[e - 1] === ' ' || text[e - 1] === '\u00A0')) e--;
  let s = e;
  while (s > 0 && /[A-Za-z0-9]/.test(text[s - 1])) s--;
  if (s === e || (e - s > 6 && !QUARTER_END_MONTHS[text.slice(s, e)])) return null;
  // (or the month it ends in, as Australian copy names it: "the March quarter" is the first)
  const n = QUARTER_ORDINALS[text.slice(s, e).toLowerCase()] ?? (head === 'quarter' && e === at - 1 && !RANGE_BEFORE.test(text.slice(Math.max(0, s - 9), s)) ? QUARTER_END_MONTHS[text.slice(s, e)] : undefined);
  if (!n || (head === 'half' && n > 2)) return null;
  const the = theBefore(text, s);
  return { start: the >= 0 ? the : s, value: head === 'half' ? `H${n}` : `Q${n}` };
}

/** a clock hour (1–12) and its "am"/"p.m." as an hour of the day */
function hour24(hour: number, ap: string): number {
  const pm = ap.charCodeAt(0) === 112 || ap.charCodeAt(0) === 80;
  return (hour % 12) + (pm ? 12 : 0);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** words after which "last" before a count of units is the verb: "to last five days", "which last 12 days" */
const LAST_AS_VERB_AFTER: ReadonlySet<string> = new Set(['to', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'which', 'that', 'usually', 'typically', 'normally', 'generally', 'often']);

/** last week, this year, the past several weeks, recent weeks, the same day, earlier this month, last night */
function relativePhrase(text: string, start: number, end: number, rawUnit: string): Candidate | null {
  const unit = singular(rawUnit);
  const pre = relativeBefore(text, start);
  if (!pre) {
    // "the end of the year", "the start of the month": of this one
    if (unit === 'year' || unit === 'month' || unit === 'week') {
      const the = theBefore(text, start);
      const edge = the >= 0 ? edgeOfBefore(text, the) : -1;
      if (edge >= 0) return { start: edge, end, subtype: 'relative', kind: 'offset', unit, offset: 0 };
    }
    // "the summer", "the winter": the season nearest the article's date (not "the fall", most often a
    // drop, nor "the summer of 1989", read whole elsewhere)
    if (SEASON_CODES[unit] && !/^[\s\u00A0]+(?:of\b|(?:19|20)\d\d\b)/.test(text.slice(end, end + 6))) {
      const the = theBefore(text, start);
      // ("the fall" only as a time after a preposition of time: "in the fall", "by the fall")
      if (the >= 0 && (unit !== 'fall' || FALL_BEFORE.has(prevToken(text, the)?.word ?? ''))) return { start: the, end, subtype: 'date', kind: 'offset', unit: unit as Unit, offset: 0, mod: 'the' };
    }
    // a season alone as a deadline: "600 shelter beds by winter", "before summer", "until spring"
    if (SEASON_CODES[unit] && rawUnit === unit && !/^[\s\u00A0]+(?:of\b|(?:19|20)\d\d)/.test(text.slice(end, end + 6))) {
      const p = prevToken(text, start);
      if (p && DEADLINE_BEFORE.has(p.word)) return { start, end, subtype: 'date', kind: 'offset', unit: unit as Unit, offset: 0, mod: 'until' };
    }
    if (SEASON_CODES[unit] && unit !== 'fall') return null;
    // (over) the weekend
    if (unit !== 'weekend') return null;
    const the = theBefore(text, start);
    // (resolved against the article's date: the weekend before it, or the coming one when the clause looks ahead)
    return the >= 0 ? { start: the, end, subtype: 'relative', kind: 'offset', unit: 'weekend', offset: 0, mod: 'the' } : null;
  }
  const quant = pre.quant;
  const mod = pre.mod.word;
  const plural = unit !== rawUnit && !SEASONS.has(rawUnit);
  const edge = pre.edge?.word;
  const det = pre.det?.word;
  start = pre.mod.start;
  const s = pre.edge ? pre.edge.start : pre.det ? pre.det.start : start;
  // the span starts at "the"/"that"/"this" when present, at "earlier"/"later" only before this/last/next/that
  const detStart = pre.det ? pre.det.start : start;

  if (quant !== undefined) {
    if (!plural || !['last', 'past', 'next', 'coming', 'previous', 'following'].includes(mod)) return null;
    // ("following 36 hours of rain" without "the": the preposition, no stretch of time)
    if (mod === 'following' && !det) return null;
    // ("expected to last five days", "the cuts will last eight hours": the verb, a duration only)
    if (mod === 'last' && !det && LAST_AS_VERB_AFTER.has(prevToken(text, start)?.word ?? '')) return null;
    return vagueSpan(det ? detStart : start, end);
  }
  if (plural) {
    if (unit === 'hour') return null;
    if (!['past', 'recent', 'coming', 'following'].includes(mod)) return null;
    return vagueSpan(det ? detStart : start, end);
  }
  if (mod === 'recent') return null;
  if (mod === 'same') return det ? vagueSpan(detStart, end) : null;
  if (mod === 'that') return edge ? vagueSpan(s, end) : null;
  const isPart = PARTS.has(unit);
  if (unit === 'day') return (mod === 'next' || mod === 'following' || mod === 'previous') && det === 'the' ? vagueSpan(detStart, end) : null;
  if (isPart) {
    if (det === 'the' && (mod === 'next' || mod === 'following' || mod === 'previous')) return vagueSpan(detStart, end);
    if (det) return null;
    const part = DAY_PARTS[unit];
    if (mod === 'this' && unit !== 'night') return { start, end, subtype: 'relative', kind: 'offset', unit: 'day', offset: 0, part };
    if (mod === 'last') return { start, end, subtype: 'relative', kind: 'offset', unit: 'day', offset: -1, part };
    return null;
  }
  // week, weekend, month, year, decade, century, quarter, seasons
  if (det === 'the' || det === 'that') return vagueSpan(detStart, end);
  if (det === 'this' && (mod === 'past' || mod === 'coming')) return vagueSpan(detStart, end);
  if (mod === 'past' || mod === 'previous' || mod === 'following') return vagueSpan(start, end);
  const offset = mod === 'last' ? -1 : mod === 'this' ? 0 : 1;
  // ("the end of this month", "the start of next year")
  const near = mod === 'this' || mod === 'last' || mod === 'next';
  const edgeOf = near && !edge ? edgeOfBefore(text, start) : -1;
  const from = edgeOf >= 0 ? edgeOf : edge && near ? s : start;
  if (unit === 'week' || unit === 'weekend' || unit === 'month' || unit === 'year') {
    return { start: from, end, subtype: 'relative', kind: 'offset', unit, offset };
  }
  // "this spring", "last summer", "next winter" (not "the end of this summer")
  if (SEASONS.has(unit) && near && from === start) return { start, end, subtype: 'relative', kind: 'offset', unit: unit as Unit, offset };
  return vagueSpan(from, end);
}

function weekday(text: string, start: number, end: number, m: RegExpExecArray): Candidate | null {
  const wd = WEEKDAYS[(m[G_WD] as string).toLowerCase()];
  const next = nextWord(text, end);
  const before = prevWord(text, start);
  // the plural names any such day after "on" and its like ("closed on Sundays"); not days counted ("40 Sundays a year", "some Sundays")
  const every = m[G.wds] !== undefined;
  if (every && (before ? !PLURAL_DAY_BEFORE.has(before.text.toLowerCase()) : /\d\s*$/.test(text.slice(Math.max(0, start - 8), start)))) return null;
  // a kind of day's routine, no day: "bringing Sunday service to 41 branches", "Sunday hours will
  // run from 1 p.m." (8 of 9 in the gold sets; not a part of the day, "Sunday night")
  if (!every && !m[G_WDPART] && next && text.charCodeAt(end) === 32 && ROUTINE_NOUNS.has(next.text) && !(before && DATE_PREPOSITIONS.has(before.text.toLowerCase()))) return null;
  if (next && isCapitalized(next.text) && text.charCodeAt(end) !== 44) {
    if (WEEKDAY_TITLE_WORDS.has(next.text)) return null;
    if (before && /^(?:the|a|an)$/i.test(before.text) && !(next.text in MONTHS)) return null;
  }
  const c: Candidate = { start, end, subtype: 'date', kind: 'weekday', weekday: wd };
  if (m[G_WDPART]) c.part = DAY_PARTS[m[G_WDPART]];
  if (every) c.every = true;
  const mod = modifierBefore(text, start);
  if (mod) {
    c.start = mod.start;
    c.mod = mod.mod;
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
  // "the end of January", "the middle of March 2024": one date, the month's value
  // ("late November", "early May": the part of the month is in the span, as the gold sets write it)
  if (day === undefined) {
    const edge = edgeOfBefore(text, start);
    if (edge >= 0) c.start = edge;
    else {
      const part = prevWord(text, start);
      if (part && (part.text === 'late' || part.text === 'early' || part.text === 'Late' || part.text === 'Early') && /^[ \u00A0]$/.test(text.slice(part.end, start))) c.start = part.start;
      // ("mid-January" likewise)
      else if (midBefore(text, start)) c.start = start - 4;
    }
  }
  if (day !== undefined) {
    const wd = weekdayBefore(text, c.start);
    if (wd >= 0) {
      c.start = wd;
      let e = wd;
      while (e < text.length && isLetterCode(text.charCodeAt(e))) e++;
      c.weekday = WEEKDAYS[text.slice(wd, e).toLowerCase()];
    }
  } else if (year === undefined) {
    const mod = modifierBefore(text, c.start);
    if (mod) {
      c.start = mod.start;
      c.mod = mod.mod;
      c.subtype = 'relative';
    }
  }
  return c;
}

function skipOrdinal(text: string, i: number): number {
  return /^(?:st|nd|rd|th)/.test(text.slice(i, i + 2)) ? i + 2 : i;
}

/** an article and a word of the weather or a superlative right before a month: "a wet ", "the driest " */
const WEATHERED_BEFORE = /\b(?:[Aa]n?|[Tt]he|[Tt]his|[Ll]ast)[ \u00A0](?:(?:wet|dry|warm|cold|mild|hot|cool|sunny|rainy|snowy|stormy|windy|chilly|dull|grey|gray|record)|[a-z]{2,}(?:iest|est))[ \u00A0]$/;

/** A month name on its own ("in June", "last May") — careful with May/March and first names. */
function monthAlone(text: string, start: number, end: number, monthText: string): boolean {
  // (the quarter it ends is read as a quarter: "the September quarter")
  if (QUARTER_END_MONTHS[monthText] && / quarter\b/.test(text.slice(end, end + 9)) && !RANGE_BEFORE.test(text.slice(Math.max(0, start - 9), start))) return false;
  const before = prevWord(text, start);
  const prev = before ? before.text.toLowerCase() : '';
  const mid = midBefore(text, start);
  const abbreviated = monthText.length <= 4 && monthText !== 'May' && monthText !== 'June' && monthText !== 'July';
  const ambiguous = monthText === 'May' || monthText === 'March' || abbreviated;
  const inContext = mid || DATE_PREPOSITIONS.has(prev) || /^(?:early|late|mid|each|every|until|since)$/.test(prev)
    || ((prev === 'and' || prev === 'or' || prev === 'to' || prev === 'through') && MONTH_NEAR.test(text.slice(Math.max(0, start - 24), start - prev.length)))
    // (a reporting period's end: "in the nine months to March")
    || (prev === 'to' && /\b(?:months|weeks|quarter|year|period)[ \u00A0]to[ \u00A0]$/.test(text.slice(Math.max(0, start - 16), start)))
    // (the end of a range of months: "the January-March quarter")
    || ((text.charCodeAt(start - 1) === 45 || text.charCodeAt(start - 1) === 0x2013) && MONTH_NEAR.test(text.slice(Math.max(0, start - 11), start - 1)))
    // (its weather after an article: "after a wet March", "the driest March to June since 1976")
    || WEATHERED_BEFORE.test(text.slice(Math.max(0, start - 24), start));
  // (an event of that month after "the": "the May primary", "the March budget")
  // (or before any noun, capitalised after "the" as no verb is: "the May heatwave", "its March board meeting")
  if (ambiguous && !inContext && (prev === 'the' || prev === 'its' || prev === 'their') && !abbreviated) {
    const next = nextWord(text, end);
    return next !== null && /^[ \u00A0]$/.test(text.slice(end, next.start)) && (MONTH_EVENTS.has(next.text) || (/^[a-z]{3,}$/.test(next.text) && !NOT_MONTH_NOUN.has(next.text)));
  }
  if (ambiguous) return inContext && !(prev === 'as' && monthText === 'May');
  if (inContext) return true;
  const next = nextWord(text, end);
  // "April Ryan", "June Carter": a first name
  if (next && isCapitalized(next.text) && /^[ \u00A0]/.test(text.slice(end, end + 1))) return false;
  // (a name's possessive is its owner: "the Federal Reserve's January meeting")
  // (a capitalised small word that opens the sentence is none: "If August stays dry")
  if (before && isCapitalized(before.text) && /^[ \u00A0]$/.test(text.slice(before.end, start)) && before.text !== 'In' && !/['’]s?$/.test(before.text) && !OPENING_WORDS.has(prev)) return false;
  return true;
}

/** "of the year" after a quarter or a half (and "of this", "of next", "of last year", "of 2026") */
const OF_YEAR = /^ of (?:(the|this|next|last) year(?![A-Za-z])|((?:1[89]|20)\d\d)(?![\dA-Za-z]))/;
/** a year right after a quarter or a half, in the groups of OF_YEAR: "First Quarter 2026" */
const YEAR_RIGHT_AFTER = /^ ()((?:19|20)\d\d)(?![\d,.A-Za-z])/;
/** an ordinal in title case before a quarter or a half */
const TITLED_ORDINAL_BEFORE = /(?:First|Second|Third|Fourth)[- ]$/;
/** " of" and a month's name ("the first half of November") */
const OF_MONTH = new RegExp(`^ of ${MONTH_NEAR.source}`);
/** "of the" and a thing after a quarter or a half that is not a year ("the second half of the match") */
const OF_OTHER = /^ of (?:the|a|an|this|that) (?!year\b|financial\b|fiscal\b|calendar\b)[a-z]/;

/** words before "at least" and a year that make it a date ("until at least 2030") */
const DEADLINE_WORDS: ReadonlySet<string> = new Set(['until', 'till', 'by', 'before', 'from', 'since', 'through']);

/** possessive determiners before a year and what it is the year of ("its 2024 tariffs") */
const OWNERS: ReadonlySet<string> = new Set(['its', 'their', 'his', 'her', 'our']);

/**
 * Is `at` past the text's first line? (A first line of HEADLINE_MAX characters or more is no
 * headline: past that, no search, so that a long text without line breaks costs nothing.)
 */
function belowHeadline(text: string, at: number): boolean {
  return at > HEADLINE_MAX || text.lastIndexOf('\n', at) > 0;
}
const HEADLINE_MAX = 400;

/** words after a capitalised "Today" that make it a programme's name */
const SHOW_WORDS: ReadonlySet<string> = new Set(['programme', 'program', 'show', 'newspaper']);

/** verbs of planning or forecasting that act on a year's plan or outlook ("raises 2026 profit goal") */
const PLAN_VERBS: ReadonlySet<string> = new Set(['raises', 'raised', 'trims', 'trimmed', 'cuts', 'lifts', 'lifted', 'lowers', 'lowered', 'sets', 'approves', 'approved', 'passes', 'passed', 'unveils', 'unveiled', 'expects', 'expected', 'sees', 'targets', 'targeted', 'hikes', 'hiked', 'slashes', 'slashed', 'boosts', 'boosted', 'revises', 'revised', 'tables', 'tabled', 'adopts', 'adopted', 'presents', 'presented', 'reaffirms', 'reaffirmed', 'maintains', 'maintained', 'confirms', 'confirmed']);
/** verbs of a count's change before "to" ("rose to 2028") */
const CHANGE_VERBS: ReadonlySet<string> = new Set(['rose', 'risen', 'rises', 'rising', 'fell', 'fallen', 'falling', 'climbed', 'climbs', 'jumped', 'jumps', 'surged', 'soared', 'sank', 'plunged', 'dropped', 'drops', 'grew', 'grown', 'swelled', 'shrank', 'dipped', 'slid', 'tumbled', 'edged', 'declined', 'totalling', 'totaling', 'amounting', 'doubled', 'tripled']);
/** verbs of a year's end or start before it ("ended 2025 with", "to end 2026 at", "began 2026 on") */
const YEAR_EDGE_VERBS: ReadonlySet<string> = new Set(['end', 'ends', 'ended', 'ending', 'begin', 'begins', 'began', 'start', 'starts', 'started', 'finish', 'finishes', 'finished', 'close', 'closes', 'closed', 'enter', 'enters', 'entered']);

/** comparisons a year may come before ("In 2025 more …") */
const COMPARATIVES: ReadonlySet<string> = new Set(['more', 'fewer', 'less']);

/** what a year after "of" counts for: "a total of 1500", "a crowd of 2000" */
const COUNT_OF_HEADS: ReadonlySet<string> = new Set(['total', 'number', 'numbers', 'population', 'sum', 'tally', 'toll', 'maximum', 'minimum', 'average', 'crowd', 'capacity', 'count', 'estimate', 'out', 'score', 'fleet', 'batch', 'group', 'workforce', 'staff', 'force', 'fine', 'price', 'cost', 'salary', 'deposit', 'value', 'amount', 'figure', 'height', 'depth', 'length', 'distance', 'weight', 'speed', 'high', 'low', 'peak', 'range', 'sample', 'list', 'dozens', 'hundreds', 'thousands', 'one', 'each', 'any', 'some', 'none']);
/** a year right before a list's comma */
const LIST_YEAR_BEFORE = /(?:^|[^\d])(?:1[5-9]|20)\d\d$/;
/** nouns in -s that are singular */
const SINGULAR_S = /(?:ss|us|is|as)$/;

/** what a weekday names a routine of ("Sunday service", "Sunday hours") */
const ROUTINE_NOUNS: ReadonlySet<string> = new Set(['service', 'services', 'hours', 'schedule', 'schedules', 'opening', 'openings', 'shift', 'shifts', 'trading', 'worship']);

/** a capitalised event's name after a year, ending in the event's word */
const EVENT_NAME_AFTER = /^ (?:[A-Z][\w'’-]* ){0,4}(?:Awards|Championships?|Cup|Games|Olympics|Open|Festival|Census|Elections?|Summit|Conference|Marathon|Regatta|Tournament|Expo)\b/;
/** a capitalised event's name before its year (also at a compound's end: "RoboCup", "World Cup") */
const EVENT_EDITION = /^(?:(?:[A-Z][A-Za-z]*)?(?:Cup|Games)|Open|Carnival|Census|Festival|Expo|Olympics|Paralympics|Championships?|Marathon|Biennale|Eurovision)$/;

/**
 * Are the years from `start` to `end` a life's, in a headline: "Obituary: Trevor Halsall-Ince
 * (1941-2026)", "Marguerite Ferreira-Holt, 1939–2026"? (in brackets, or after a comma at the line's end)
 */
function lifespan(text: string, start: number, end: number): boolean {
  if (belowHeadline(text, start)) return false;
  return (text[start - 1] === '(' && text[end] === ')') || (text.slice(start - 2, start) === ', ' && (end === text.length || text[end] === '\n'));
}

/** two digits and no third ("27" of "2026-27") */
const FISCAL_TAIL = /^\d{2}(?!\d)/;

function bareYear(text: string, start: number, end: number, y: number, decade: boolean): Candidate | null {
  // a clock of four digits with its leading zero, as fire and police logs write it: "called at 0214"
  if (!decade && end - start === 4 && text.charCodeAt(start) === 48 && y % 100 < 60) {
    return afterTimeWord(text, start) ? { start, end, subtype: 'time', kind: 'time', hour: Math.floor(y / 100), minute: y % 100 } : null;
  }
  if (!validYear(y)) return null;
  const pc = start > 0 ? text[start - 1] : '';
  // a fiscal or season year written with the next one's last two digits: "2026-27", "2023/24"
  // (one date with no single value)
  const fc = text[end];
  if (!decade && (fc === '-' || fc === '–' || fc === '/') && FISCAL_TAIL.test(text.slice(end + 1, end + 4)) && Number(text.slice(end + 1, end + 3)) === (y + 1) % 100 && !(pc && /[\d\-–/.]/.test(pc))) {
    return { start, end: end + 3, subtype: 'date', kind: 'vague' };
  }
  // a span of years with the second's last two digits: "the 1950-53 Korean War" (1950/1953)
  if (!decade && (fc === '-' || fc === '–') && FISCAL_TAIL.test(text.slice(end + 1, end + 4)) && !(pc && /[\d\-–/.]/.test(pc))) {
    const yy = Number(text.slice(end + 1, end + 3));
    const y1 = y - (y % 100) + yy;
    if (yy > (y % 100) + 1 && y1 - y <= 30) return { start, end: end + 3, subtype: 'date', kind: 'year', year: y, toYear: y1 };
  }
  // "mid-2020", "the mid-1990s" (the span is the year or decade, as in "the early 1990s")
  if (pc === '-' && midBefore(text, start)) {
    if (decade) return y % 10 === 0 ? { start, end, subtype: 'date', kind: 'decade', year: y } : null;
    return { start, end, subtype: 'date', kind: 'year', year: y };
  }
  // a span of years is one date: "the 1991–2020 average", "the 2028-2034 budget" (1991/2020)
  // (its second year is no date of its own)
  // (but a life's years after a name are two: "Trevor Halsall-Ince (1941-2026)", "Marguerite
  // Ferreira-Holt, 1939–2026" above an obituary)
  if ((pc === '-' || pc === '–') && start >= 5 && /^\d{4}$/.test(text.slice(start - 5, start - 1)) && !/[\d\-–/.]/.test(text[start - 6] ?? '')) {
    return !decade && lifespan(text, start - 5, end) ? { start, end, subtype: 'date', kind: 'year', year: y } : null;
  }
  const nc = text[end];
  if (!decade && (nc === '-' || nc === '–') && lifespan(text, start, end + 5)) return { start, end, subtype: 'date', kind: 'year', year: y };
  // the year a thing was built or made: "the 1944-built Agios Nikolaos" (3 of 3 in the gold sets)
  if (!decade && (nc === '-' || nc === '–') && BUILT_AFTER.test(text.slice(end + 1, end + 12)) && !(pc && /[\d$€£¥#@\-–/.,:+]/.test(pc))) return { start, end, subtype: 'date', kind: 'year', year: y };
  if ((nc === '-' || nc === '–') && /^\d{4}(?!\d)/.test(text.slice(end + 1, end + 6))) {
    const y1 = Number(text.slice(end + 1, end + 5));
    if (validYear(y1) && y1 > y && !(pc && /[$€£¥#@\-–/.,:+]/.test(pc))) return { start, end: end + 5, subtype: 'date', kind: 'year', year: y, toYear: y1 };
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
  // a year's own thing: "2017’s ‘Harbour Lights For Nobody’", "2024’s Salt Year" (4 of 4 in the
  // gold sets); not a decade written with an apostrophe ("the 1990's")
  if ((fc === "'" || fc === '’') && text[end + 1] === 's' && !isLetterCode(text.charCodeAt(end + 2))) {
    return y % 10 === 0 && /^(?:the|early|mid|late)$/.test(prev) ? null : year;
  }
  // (a year that opens a sentence before a comparison: "In 2025 more than 30,000 people visited")
  if (next && COUNT_NOUNS.has(nextLower) && !(COMPARATIVES.has(nextLower) && before && /^(?:In|By|Since|During)$/.test(before.text) && atSentenceStart(text, before.start))) return null;
  // a year in brackets: a citation's "Santangelo-Kidd, A. (2026)", a work's "“Sabores” (1986)"
  if (pc === '(' && text[end] === ')') return year;
  // a list of years: "in 1979, 1986 and 1998" (the one before it a date)
  if (pc === ' ' && text[start - 2] === ',' && LIST_YEAR_BEFORE.test(text.slice(Math.max(0, start - 7), start - 2))) return year;
  // a year's levels, a year that was: "54% below 1990 levels", "that 2025 was “a year of easy wins”"
  if (nextLower === 'levels' || nextLower === 'was') return year;
  // a year that a clause is about: "warned that 2026 had started slowly", "that 2026 is on course"
  if (prev === 'that' && /^(?:is|was|had|has|will|would)$/.test(nextLower)) return year;
  if (nextLower === 'and' || nextLower === 'or' || nextLower === 'to') {
    // "between 2000 and 3000 people" is a range of numbers
    const range = RANGE_AFTER.exec(text.slice(end, end + 40));
    if (range && COUNT_NOUNS.has(range[1].toLowerCase())) return null;
  }
  if (prev === 'of') {
    const head = before ? prevWord(text, before.start) : null;
    const h = head ? head.text.toLowerCase() : '';
    // "the summer of 1989", "the fourth quarter of 2023", "the second half of 2027"
    const part = head ? yearPartAt(text, head.start, h) : null;
    if (part) return { start: part.start, end, subtype: 'date', kind: 'part', year: y, yearPart: part.value };
    // (after "of" a year is a date, "the riots of 1964", "the whole of 2026", "the same period of
    // 2025" (246 of 247 in the gold sets), unless a count is of it: "a total of 1500")
    return OF_HEADS.has(h) || h in MONTHS || !COUNT_OF_HEADS.has(h) ? year : null;
  }
  // (a year after "to" is a date, "through to 2028", "by two years, to 2034": 155 of 155 in the gold
  // sets; a count after it is none, above)
  // (not a count that rose or fell to it: "Membership rose to 2028 last month")
  if (prev === 'to' && y >= 1900 && !(before && CHANGE_VERBS.has(prevWord(text, before.start)?.text.toLowerCase() ?? ''))) return year;
  if (prev === 'and' || prev === 'or') return YEAR_NEAR.test(text.slice(Math.max(0, start - 20), start - prev.length)) ? year : null;
  // a year compared with, not a count: "no earlier than 2027", "rather than 2028" (not "more than 2000")
  if (prev === 'than' && before) {
    const p2 = prevWord(text, before.start)?.text.toLowerCase();
    if (p2 !== 'more' && p2 !== 'less' && p2 !== 'fewer') return year;
  }
  // a year a thing ended or began: "the country ended 2025 with 119 murders", "to end 2026 at 5.75%"
  if (YEAR_EDGE_VERBS.has(prev) && /^(?:with|at|on|in|as|up|down)$/.test(nextLower)) return year;
  // a year's plan or outlook that a verb of planning acts on: "raises 2026 profit goal", "approves
  // 2026 budget", "expects 2026 growth of" (a thing in the singular after it; not "hires 2000 staff")
  if (PLAN_VERBS.has(prev) && next === nextLower && /^[a-z]{3,}$/.test(nextLower) && (!nextLower.endsWith('s') || SINGULAR_S.test(nextLower)) && !COUNT_NOUNS.has(nextLower)) return year;
  if (DATE_PREPOSITIONS.has(prev)) return year;
  // a year compared with: "an increase of 8% over 2024." (5 of 5 in the gold sets)
  if (prev === 'over' && (!next || nextLower === 'and')) return year;
  // "since about 2015", "until roughly 2030"
  if ((prev === 'about' || prev === 'roughly' || prev === 'approximately') && before) {
    const p2 = prevWord(text, before.start);
    if (p2 && DATE_PREPOSITIONS.has(p2.text.toLowerCase()) && p2.end === before.start - 1) return year;
  }
  // an event's edition: "RoboCup 2026 in Incheon", "Australian Open 2026", "Carnival 2025", "Census 2022"
  if (before && EVENT_EDITION.test(before.text) && !COUNT_NOUNS.has(nextLower)) return year;
  // (or before the event's name: "dominate 2026 Australian International Beer Awards", "supports
  // 2027 Canadian Junior Curling Championships")
  if (next && EVENT_NAME_AFTER.test(text.slice(end, end + 80))) return year;
  // a budget's or a bill's year: "Budget 2027 tabled on Oct 9", "the Finance Bill 2026"
  if ((prev === 'budget' || prev === 'bill') && !COUNT_NOUNS.has(nextLower)) return year;
  // a copyright's year: "© 2026 AFP", "Copyright 2025 NPR"
  if (prev === 'copyright' || COPYRIGHT_BEFORE.test(text.slice(Math.max(0, start - 4), start))) return year;
  // (at the end of the line's owner: "Copyright The Financial Times Limited 2027.")
  if (COPYRIGHT_LINE.test(text.slice(Math.max(0, start - 80), start))) return year;
  // "until at least 2030", "by at least 2027"
  if (prev === 'least' && before) {
    const at = prevWord(text, before.start);
    const p2 = at && at.text.toLowerCase() === 'at' ? prevWord(text, at.start) : null;
    if (p2 && DEADLINE_WORDS.has(p2.text.toLowerCase())) return year;
  }
  // "the 2007 election", "the state's 2014 groundwater law", "a 2021 federal law", "a landmark
  // 2005 ruling" (an article, maybe a word, the year, then a thing in the singular)
  // (and "whose 1941 recording"; an adjective between may be hyphenated, "a dog-eared 1927 edition")
  const det = (w: string) => w === 'the' || w === 'a' || w === 'an' || w === 'its' || w === 'their' || w === 'his' || w === 'her' || w === 'our' || w === 'whose' || w.endsWith("'s") || w.endsWith('’s');
  const head2 = before && !det(prev) && /^[a-z]+(?:-[a-z]+)?$/.test(before.text) ? prevWord(text, before.start) : null;
  if (det(prev) || (head2 && det(head2.text.toLowerCase()))) {
    if (!next) return null;
    // (a plural after an article may be counted, "the 2000 workers"; after an owner it is the year's, "its 2024 tariffs")
    // (not a singular in -s: "the 1899 canvas", "the 1969 census")
    if (nextLower.endsWith('s') && !SINGULAR_S.test(nextLower) && next === nextLower && !EVENT_PLURALS.has(nextLower) && !OWNERS.has(prev)) return null;
    return year;
  }
  return null;
}

function isLetterCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
