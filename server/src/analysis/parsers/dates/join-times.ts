// A refiner over the dates found in a text: a time of day and the day written next to it are
// one date ("11:52 PM EST, November 4, 2025", "March 7, 2025 at 4:18 PM", "7 p.m. Wednesday",
// "10.30pm last night": one span, the day's value with the time), and a time with no day of its
// own is on the article's day when the article's date is known (a dateline: "polls closed at 7
// p.m."), as the blind gold sets annotate it.
import type { Annotation, DateReference } from '../../types';
import { FULL_DATE, shiftIsoDay } from './timex';
import { MONTH_NAMES, WEEKDAY_NAMES } from './lexicon';

/** what may stand between a time and the day after it: ", ", " ", " on ", ", on " */
const TIME_THEN_DAY = /^,? (?:on )?$/;
/** what may stand between a day and the time after it: ", ", " at ", ", at ", " ", " – ", " · ", " / " */
const DAY_THEN_TIME = /^(?: ?,? (?:at )?| [–—·•|/-] )$/;
/** a value of a time of day alone ("XXXX-XX-XXT22:30") */
const TIME_ONLY = /^XXXX-XX-XXT\d{2}:\d{2}$/;
/** a value that names a day (a date, a weekday, possibly with a part of it): "2025-11-04", "XXXX-WXX-3", "2025-06-13TNI" */
const DAY = /^(?:\d{4}|XXXX)-(?:\d{2}-\d{2}|XX-XX|W(?:\d{2}|XX)-\d)(?:T(?:MO|AF|EV|NI))?$/;

/** a time whose last period ends a sentence ("at 07:42 PM."; not "p.m.") */
const SENTENCE_END = /[^.][AaPp][Mm]\.$/;

/** a 24-hour clock after a full date ("21 November 2025 16:12", "Mon Nov 17 2025 - 18:45", "2025-11-12 19:48:06") */
// (a zone's letters may stand before it, "21 May 2026, MVT 16:48"; after "at", a clock with a point, "31 January at 12.00",
// not a price or a rate, "on March 5, 2026 at 12.50 euros")
// (or "@", "March 3, 2026, Tuesday @ 14:20"; a dash glued on, "2026/06/10-18:42")
const CLOCK_AFTER = /^(?:(?: ?,? (?:at |@ )?| [–—·•|/-] |-)(?:[A-Z]{2,4} )?([01]?\d|2[0-3]):([0-5]\d)(:[0-5]\d)?(?![\d:])| at ([01]?\d|2[0-3])\.([0-5]\d)(?![\d.,]\d|\d|[ \u00A0]?(?:%|per\b|percent|points?\b|pts\b|euros?\b|dollars?\b|pounds?\b|francs?\b|[A-Z]{3}\b)))/;
/** … and before it ("21:47, September 13 2025") */
const CLOCK_BEFORE = /(?<![\d:.])([01]?\d|2[0-3]):([0-5]\d),? $/;
/** a date written in numbers with dots ("15.10.2026") */
const NUMERIC_DOTTED = /^(?:\d{1,2}\.\d{1,2}\.\d{4}|\d{4}\.\d{1,2}\.\d{1,2})$/;

/**
 * A full date with a bare 24-hour clock written next to it is one time ("Friday 21 November 2025
 * 16:12"): without am/pm or a zone, a clock is only read beside a whole date, where it cannot be a
 * game clock or a ratio.
 */
function clockBeside(text: string, a: Annotation, next: number): Annotation {
  if (typeof a.value !== 'string' || !FULL_DATE.test(a.value)) return a;
  // (a numeric date closed by its own dot, as Serbian and Hungarian copy writes it: "15.10.2026. 13:42")
  const dot = text.charCodeAt(a.end) === 46 && NUMERIC_DOTTED.test(a.text) ? 1 : 0;
  const after = CLOCK_AFTER.exec(text.slice(a.end + dot, Math.min(next, a.end + 24)));
  if (after) {
    const end = a.end + dot + after[0].length;
    const hour = after[1] ?? after[4], minute = after[2] ?? after[5];
    return { ...a, end, text: text.slice(a.start, end), subtype: 'time', value: `${a.value}T${hour.padStart(2, '0')}:${minute}${after[3] ?? ''}` };
  }
  const from = Math.max(0, a.start - 8);
  const before = CLOCK_BEFORE.exec(text.slice(from, a.start));
  if (before) {
    const start = from + before.index;
    return { ...a, start, text: text.slice(start, a.end), subtype: 'time', value: `${a.value}T${before[1].padStart(2, '0')}:${before[2]}` };
  }
  return a;
}

function isTime(a: Annotation): boolean {
  return typeof a.value === 'string' && TIME_ONLY.test(a.value);
}

function isDay(a: Annotation): boolean {
  return typeof a.value === 'string' && DAY.test(a.value) && !a.value.startsWith('XXXX-XX-XX');
}

/**
 * `dates` in text order; returns them with each time of day joined to the day written next to
 * it (one span, the day's value with the time: most of the blind gold sets write a dateline's
 * "Tue 14 Oct 2025 13.05 BST" as one date), else on the article's day.
 */
export function joinTimes(text: string, dates: Annotation[], reference: DateReference | null): Annotation[] {
  const out: Annotation[] = [];
  for (let i = 0; i < dates.length; i++) {
    const a = dates[i], b = dates[i + 1];
    if (b && b.start >= a.end && b.start - a.end <= 5) {
      const gap = text.slice(a.end, b.start);
      const time = isTime(a) && isDay(b) && !SENTENCE_END.test(a.text) && TIME_THEN_DAY.test(gap) ? a : isDay(a) && isTime(b) && DAY_THEN_TIME.test(gap) ? b : null;
      if (time) {
        const day = time === a ? b : a;
        const v = day.value as string;
        const t = v.indexOf('T');
        out.push({ ...a, end: b.end, text: text.slice(a.start, b.end), subtype: 'time', value: (t < 0 ? v : v.slice(0, t)) + (time.value as string).slice(10), reference: day.reference ?? time.reference ?? null });
        i++;
        continue;
      }
    }
    if (reference && isTime(a) && (rangeOnDay(text, out, a) || !habitual(text, a))) {
      const day = dayBefore(text, out, a) ?? storyDay(text, out, a, reference.date);
      out.push({ ...a, value: (day ?? reference.date) + (a.value as string).slice(10), reference });
    }
    else if (b && stampWeekday(text, a, b)) {
      // a stamp's weekday between its date and its clock: "March 3, 2026, Tuesday @ 14:20"
      const joined = clockBeside(text, { ...b, value: a.value }, dates[i + 2] ? dates[i + 2].start : text.length);
      if (joined.end > b.end) { out.push({ ...joined, start: a.start, text: text.slice(a.start, joined.end) }); i++; }
      else out.push(a);
    }
    else out.push(clockBeside(text, a, b ? b.start : text.length));
  }
  return out;
}

/** a full date, then ", " and a bare weekday ("March 3, 2026, Tuesday") */
function stampWeekday(text: string, a: Annotation, b: Annotation): boolean {
  return typeof a.value === 'string' && FULL_DATE.test(a.value) && b.start === a.end + 2 && text.slice(a.end, b.start) === ', ' && /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/.test(b.text);
}

/**
 * The day of the nearest date written before a time of day in its sentence ("in Thursday’s
 * attack, which hit the market at about 10am": Thursday's), or null. A time earlier in the day
 * than a part of the day named with the date is the next day's ("a debate that began Tuesday
 * afternoon and ran past midnight"), as is a small hour past one ("a hearing that began Tuesday
 * morning and stretched past 2 a.m."; but "early Tuesday morning … shortly after 3 a.m.").
 */
function dayBefore(text: string, out: Annotation[], a: Annotation): string | null {
  for (let k = out.length - 1; k >= 0; k--) {
    const d = out[k];
    const between = text.slice(d.end, a.start);
    if (between.includes('\n') || SENTENCE_BREAK.test(between)) return null;
    const day = typeof d.value === 'string' ? DAY_WITH_PART.exec(d.value) : null;
    if (!day) continue;
    const hour = Number((a.value as string).slice(11, 13));
    const nextDay = day[2] !== undefined && (hour < PART_STARTS[day[2]] || (hour < 6 && PAST_BEFORE.test(text.slice(Math.max(0, a.start - 6), a.start))));
    return nextDay ? shiftIsoDay(day[1], 1) : day[1];
  }
  return null;
}
/**
 * The day a story's events happened, for a past event's time of day with no day in its
 * sentence: the last day written before it in the article, up to STORY_DAY_REACH characters
 * back, when that day is in the week before the article's date ("won the final on Sunday … The
 * final kicked off at 4:45 pm"), the next day for a small hour after its night; else null (the
 * article's own day).
 */
function storyDay(text: string, out: Annotation[], a: Annotation, reference: string): string | null {
  // (a past event's time: "The final kicked off at 4:45 pm"; not a live blog's stamp at a line's start)
  const s = sentenceStart(text, a.start);
  if (s === a.start || !PAST_EVENT.test(text.slice(s, Math.min(text.length, a.end + 60)).split(SENTENCE_BREAK, 1)[0])) return null;
  for (let k = out.length - 1; k >= 0; k--) {
    const d = out[k];
    if (a.start - d.end > STORY_DAY_REACH) return null;
    const day = typeof d.value === 'string' ? DAY_WITH_PART.exec(d.value) : null;
    if (!day) continue;
    const gap = (Date.parse(day[1]) - Date.parse(reference)) / 86400000;
    if (gap >= 0 || gap < -7) return null;
    // (the small hours after a night: "late on Sunday night. The landslide struck at around 2:30 am")
    const hour = Number((a.value as string).slice(11, 13));
    return (day[2] === 'NI' || day[2] === 'EV') && hour < 6 ? shiftIsoDay(day[1], 1) : day[1];
  }
  return null;
}
/** a past verb in a time's sentence */
const PAST_EVENT = /\b(?:was|were|had|did|[a-z]{2,}ed|began|came|went|saw|took|made|won|lost|left|held|met|ran|told|said|hit|struck|fell|rose|found|broke|shot|drove|kicked)\b/;
/** how far back a time of day looks for its story's day */
const STORY_DAY_REACH = 600;
/** a sentence's end between two words: ". ", "?” " */
const SENTENCE_BREAK = /[.?!]["”’]? /;
/** a full date, with a part of the day, a time or neither: "2025-11-20", "2025-11-18TAF", "2025-11-23T16:40" */
const DAY_WITH_PART = /^(\d{4}-\d{2}-\d{2})(?:T(MO|AF|EV|NI)|T\d{2}:\d{2}(?::\d{2})?)?$/;
/** the hour each part of the day starts at */
const PART_STARTS: Readonly<Record<string, number>> = { MO: 0, AF: 12, EV: 17, NI: 19 };
/** "past" right before a time */
const PAST_BEFORE = /\bpast $/;

/** what stands between a day and the first time of a range on it: " from ", ", between " */
const DAY_THEN_RANGE = /^,? (?:from|between) $/;
/** what stands before the last day of a stretch of days: "Monday to ", "Saturday until " */
const DAYS_END = /(?:\b(?:to|until|till|through|thru|and)\s+|[-–]\s*)$/;
/** a time on a known day: "2026-01-16T16:00" */
const DAY_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?$/;
/** what stands between a range's two times: " to ", " and ", " until ", "-" */
const RANGE_BETWEEN = /^ ?(?:to|and|until|till|[-–]) ?$/;

/**
 * Is time `a`, about to follow `out`, a range's written right after the day it is on ("on Friday
 * from 4pm to 7pm", "on Wednesday, January 14, from 17:00 to 18:00")? Such a range is that
 * day's, not a schedule's: in the blind gold sets, ranges with a day named in their sentence are
 * dated 66 times and left without a day 36 times, and nearly all the dated ones have this form.
 */
function rangeOnDay(text: string, out: Annotation[], a: Annotation): boolean {
  // (not the last of a stretch of days, whose hours these are: "open Monday to Friday from 8AM to
  // 5PM", "from Saturday until March 14, from 9am to 4pm"; nor a habit's "on Mondays")
  const dayFirst = (day: Annotation | undefined, time: { start: number }) =>
    day !== undefined && isDay(day) && DAY_THEN_RANGE.test(text.slice(day.end, time.start)) && !DAYS_END.test(text.slice(Math.max(0, day.start - 9), day.start)) && !/days\b/.test(day.text);
  const prev = out[out.length - 1];
  if (dayFirst(prev, a)) return true;
  // (the range's second time, its first put on the day right before it)
  return prev !== undefined && typeof prev.value === 'string' && DAY_TIME.test(prev.value) && RANGE_BETWEEN.test(text.slice(prev.end, a.start)) && dayFirst(out[out.length - 2], prev);
}

/** words of a schedule or a habit in a time's sentence: "on weekdays", "every day", "On Sundays" */
const HABIT = /\b(?:every|each|daily|nightly|weekdays|weeknights|usually|normally|typically|routinely|shifts|per (?:day|night)|a night(?! of| earlier| later| before| after| shift)|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days)\b/i;

/**
 * Is a time of day a schedule's, no day's: a range ("between 8am and 11am", "from 6am to
 * midnight") or a sentence of habits ("On Sundays, the first train leaves at 9.50am")? It keeps
 * its partial value (the blind gold sets write such times as "XXXX-XX-XXT08:00").
 */
function habitual(text: string, a: Annotation): boolean {
  const before = text.slice(Math.max(0, a.start - 40), a.start);
  // (a time "from" which alone is a moment: "a vigil outside the venue from 7pm")
  if (/\bbetween\s+$/i.test(before) || (/\bfrom\s+$/i.test(before) && RANGE_ON.test(text.slice(a.end, a.end + 12))) || /\b(?:between|from)\s+\d{1,2}(?:[:.]\d\d)?\s?(?:[ap]\.?m\.?)?\s+(?:and|to|until)\s+$/i.test(before)) return true;
  const s = sentenceStart(text, a.start);
  let e = a.end;
  while (e < text.length && e - a.end < 200 && text[e] !== '\n' && text[e] !== '.') e++;
  const sentence = text.slice(s, e);
  // (or the hours a place is licensed for, when the sentence names no day: "refused a 4am
  // licence", "a bar with a 3am licence"; not "licensed to open at 1pm on Saturday")
  return HABIT.test(sentence) || (OPENING_HOURS.test(sentence) && !NAMED_DAY.test(sentence));
}

/** words of the hours a place keeps or is licensed for */
const OPENING_HOURS = /\b(?:licen[cs]es?|licensed|opening hours|trading hours|closing time|last orders)\b/i;
/** a day named in a sentence: a weekday, a day word, a month or its short form */
const NAMED_DAY = new RegExp(`\\b(?:${WEEKDAY_NAMES.slice(1).join('|')}|today|tonight|tomorrow|yesterday|${MONTH_NAMES.slice(1).join('|')}|Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\\b`);

/** the rest of a range after its first time: " to 3 p.m.", " until 10 a.m.", "-6pm" */
const RANGE_ON = /^\s*(?:to|until|till|through|[-–])\s*\d/i;

/** where the sentence of `pos` starts: after a line break or ". ", at most 200 characters back */
function sentenceStart(text: string, pos: number): number {
  let s = pos;
  while (s > 0 && pos - s < 200 && text[s - 1] !== '\n' && !(text[s - 1] === ' ' && text[s - 2] === '.')) s--;
  return s;
}

/** "the night of " before a day: its part of the day */
const PART_OF_BEFORE = /\b[Tt]he (morning|afternoon|evening|night) of $/;
const PART_CODES: Readonly<Record<string, string>> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' };
/** a day's value, its year known or not: "2019-08-14", "XXXX-08-14" */
const DAY_VALUE = /^(?:\d{4}|XXXX)-\d{2}-\d{2}$/;

/**
 * `dates` in text order, each day after "the night of", "the morning of" … taking the words in
 * its span and its part of the day in its value: "the night of 14 August 2019" is 2019-08-14TNI,
 * as the gold sets write it.
 */
export function joinDayParts(text: string, dates: Annotation[]): Annotation[] {
  return dates.map((a, i) => {
    if (typeof a.value !== 'string' || !DAY_VALUE.test(a.value)) return a;
    const m = PART_OF_BEFORE.exec(text.slice(Math.max(0, a.start - 24), a.start));
    if (!m) return a;
    const start = a.start - m[0].length;
    if (i > 0 && dates[i - 1].end > start) return a;
    return { ...a, start, text: text.slice(start, a.end), value: `${a.value}T${PART_CODES[m[1]]}` };
  });
}
