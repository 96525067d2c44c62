// A refiner over the dates found in a text, in text order: a month (or a day of one) and the year
// word right after it are one date ("1 July next year" → 2026-07-01, "March last year" →
// 2024-03), two months joined by a dash are one interval ("April-September", "March-to-May" →
// 2025-03/2025-05) and two joined by "to" or "through" are two dates of one interval's years
// ("from October to June" → 2025-10, 2026-06), as the blind gold sets write them (dashes 67 to 2;
// "to" and "through" 15 to 5, quarters aside); of two months joined by "and", the second follows
// the first ("December and January"), as does the second of two calendar days joined by "to"
// ("from January 1 to September 30").
import type { Annotation } from '../../types';
import { SEASON_CODES } from './lexicon';
import { FULL_DATE } from './timex';

/** a month's value, with or without a day ("2025-07", "XXXX-07", "2025-07-01") */
const MONTH = /^(?:\d{4}|XXXX)-\d{2}(?:-\d{2})?$/;
/** the relative year words a month takes */
const YEAR_WORD = /^(?:next|last|this) year$/i;
/** what joins two months into a range */
const RANGE_GAP = /^(?:[-–—]|-to-| to | through )$/;
/** … that the gold writes as two dates (unless a quarter: "the January to March quarter") */
const TWO_DATES_GAP = /^ (?:to|through) $/;

/** " quarter" after a range of months */
const QUARTER_AFTER = /^ (?:quarter|period)\b/;
/** " quarter" right after a month and its year ("the March 2026 quarter") */
const QUARTER_WORD_AFTER = /^ quarter\b/;

/** "2025-04" to "2025-06": that year's second quarter ("2025-Q2"); null for another range */
function quarterOf(from: string, to: string): string | null {
  if (from.slice(0, 4) !== to.slice(0, 4)) return null;
  const m1 = Number(from.slice(5)), m2 = Number(to.slice(5));
  return m2 === m1 + 2 && m1 % 3 === 1 ? `${from.slice(0, 4)}-Q${(m1 + 2) / 3}` : null;
}

/** Are both full days, b before a? */
function dayBefore(b: Annotation, a: Annotation): boolean {
  return typeof a.value === 'string' && typeof b.value === 'string' && FULL_DATE.test(a.value) && FULL_DATE.test(b.value) && b.value < a.value;
}

function isMonth(a: Annotation): boolean {
  return typeof a.value === 'string' && MONTH.test(a.value);
}

/** a season right before a year: "spring 2023", "winter 2025/26" is not read */
const SEASON_BEFORE = /\b(spring|summer|autumn|fall|winter) $/i;

export function joinMonths(text: string, dates: Annotation[]): Annotation[] {
  const out: Annotation[] = [];
  for (let i = 0; i < dates.length; i++) {
    const a = dates[i], b = dates[i + 1];
    // "spring 2023": the season of that year (2023-SP)
    if (typeof a.value === 'string' && /^\d{4}$/.test(a.value)) {
      const season = SEASON_BEFORE.exec(text.slice(Math.max(0, a.start - 8), a.start));
      if (season && (out.length === 0 || out[out.length - 1].end <= a.start - season[0].length)) {
        const start = a.start - season[0].length;
        out.push({ ...a, start, text: text.slice(start, a.end), value: `${a.value}-${SEASON_CODES[season[1].toLowerCase()]}` });
        continue;
      }
    }
    // "the March 2026 quarter": the quarter that month ends, as New Zealand and Australian copy
    // names it (2026-Q1; the gold sets write 49 of 51 such as quarters)
    const quarterWord = typeof a.value === 'string' && /^\d{4}-(?:03|06|09|12)$/.test(a.value) && /^[A-Z][a-z]+ \d{4}$/.test(a.text) ? QUARTER_WORD_AFTER.exec(text.slice(a.end, a.end + 9)) : null;
    if (quarterWord && (out.length === 0 || out[out.length - 1].end <= a.start - 4)) {
      const the = text.slice(Math.max(0, a.start - 4), a.start).toLowerCase() === 'the ' ? a.start - 4 : a.start;
      const end = a.end + quarterWord[0].length;
      out.push({ ...a, start: the, end, text: text.slice(the, end), value: `${(a.value as string).slice(0, 4)}-Q${Number((a.value as string).slice(5)) / 3}` });
      continue;
    }
    if (b && isMonth(a) && b.start > a.end && b.start - a.end <= 9) {
      const gap = text.slice(a.end, b.start);
      // two days of a range, neither with its year written: the second follows the first ("from
      // January 1 to September 30" in January: September of the same year, not the one before)
      // (calendar days, not feasts: "From Holy Thursday to Easter Monday")
      if (TWO_DATES_GAP.test(gap) && dayBefore(b, a) && /\d/.test(a.text) && /\d/.test(b.text) && !/\d{4}/.test(a.text) && !/\d{4}/.test(b.text)) {
        const v = b.value as string, y = Number((a.value as string).slice(0, 4));
        const same = `${y}${v.slice(4)}`;
        out.push(a, { ...b, value: same > (a.value as string) ? same : `${y + 1}${v.slice(4)}` });
        i++;
        continue;
      }
      const joined = { ...a, end: b.end, text: text.slice(a.start, b.end), subtype: 'date' };
      if (gap === ' ' && YEAR_WORD.test(b.text)) {
        const year = typeof b.value === 'string' && /^\d{4}$/.test(b.value) ? b.value : null;
        out.push({ ...joined, value: year ? year + (a.value as string).slice(4) : null, reference: b.reference ?? a.reference ?? null });
        i++;
        continue;
      }
      // (both a month alone: "April-September"; not "June 3-4" nor a date then a month; nor two
      // months each with its year joined by "to", two dates: "from March 2024 to September 2025";
      // but "April 2024-March 2025" is one)
      if (RANGE_GAP.test(gap) && isMonth(b) && (a.value as string).length === 7 && (b.value as string).length === 7 && !(TWO_DATES_GAP.test(gap) && /\d{4}$/.test(a.text))) {
        // (one range: of the one dated by its start month and the one dated by its end month,
        // the one that holds the article's month, else the one that ends nearer it: "November to
        // February" in November runs into next year; "January-November" in December is this year's)
        let from = a.value as string;
        let to = b.value as string;
        // (a year written after the second month is the range's: "January-November 2027")
        const written = /\b(\d{4})$/.exec(b.text);
        if (written) {
          const m1 = Number(from.slice(5)), m2 = Number(to.slice(5));
          from = `${Number(written[1]) - (m2 < m1 ? 1 : 0)}${from.slice(4)}`;
          to = `${written[1]}${to.slice(4)}`;
        } else if (/^\d{4}/.test(from) && /^\d{4}/.test(to)) {
          const m1 = Number(from.slice(5)), m2 = Number(to.slice(5)), wraps = m2 < m1 ? 1 : 0;
          const byStart = Number(from.slice(0, 4)), byEnd = Number(to.slice(0, 4)) - wraps;
          const ref = a.reference?.date ?? b.reference?.date ?? null;
          const at = ref && /^\d{4}-\d{2}/.test(ref) ? Number(ref.slice(0, 4)) * 12 + Number(ref.slice(5, 7)) : null;
          const span = (y: number) => [y * 12 + m1, (y + wraps) * 12 + m2];
          let y = byStart;
          if (byEnd !== byStart && at !== null) {
            const [s1, e1] = span(byStart), [s2, e2] = span(byEnd);
            const holds1 = s1 <= at && at <= e1, holds2 = s2 <= at && at <= e2;
            y = holds1 ? byStart : holds2 ? byEnd : Math.abs(e2 - at) < Math.abs(e1 - at) ? byEnd : byStart;
          }
          from = `${y}${from.slice(4)}`;
          to = `${y + wraps}${to.slice(4)}`;
        }
        // a calendar quarter named by its months: "the April-June quarter" → 2025-Q2
        const q = quarterOf(from, to);
        const quarter = q !== null && QUARTER_AFTER.exec(text.slice(b.end, b.end + 10));
        if (quarter) {
          const the = text.slice(Math.max(0, a.start - 4), a.start).toLowerCase() === 'the ' ? a.start - 4 : a.start;
          const end = b.end + quarter[0].length;
          out.push({ ...joined, start: the, end, text: text.slice(the, end), value: q });
        } else if (TWO_DATES_GAP.test(gap)) {
          out.push({ ...a, value: from });
          out.push({ ...b, value: to });
        } else out.push({ ...joined, value: `${from}/${to}` });
        i++;
        continue;
      }
      // "between April and July 2024": the first month in the year written after the second
      // (or the year before, across the year's end)
      if (gap === ' and ' && isMonth(b) && /^\d{4}-\d{2}$/.test(a.value as string) && /^\d{4}-\d{2}$/.test(b.value as string) && /\b\d{4}$/.test(b.text) && !/\d/.test(a.text) && /\bbetween $/i.test(text.slice(Math.max(0, a.start - 8), a.start))) {
        const from = a.value as string, to = b.value as string;
        const y = Number(to.slice(0, 4)) - (Number(to.slice(5)) < Number(from.slice(5)) ? 1 : 0);
        out.push({ ...a, value: `${y}${from.slice(4)}` });
        out.push(b);
        i++;
        continue;
      }
      // two months written without a year and joined by "and" or "or", the second early in the
      // next year: it follows the first ("December and January would be …" → 2025-12, 2026-01)
      if (AND_GAP.test(gap) && isMonth(b) && /^\d{4}-\d{2}$/.test(a.value as string) && /^\d{4}-\d{2}$/.test(b.value as string) && !/\d/.test(b.text)) {
        const from = a.value as string, to = b.value as string;
        // (across the year's end, a few months on: not "November and October", two past months)
        const m1 = Number(from.slice(5)), m2 = Number(to.slice(5));
        if (m2 < m1 && 12 - m1 + m2 <= 3 && to.slice(0, 4) <= from.slice(0, 4)) {
          out.push(a);
          out.push({ ...b, value: `${Number(from.slice(0, 4)) + 1}${to.slice(4)}` });
          i++;
          continue;
        }
      }
    }
    out.push(a);
  }
  return out;
}

/** what joins two months that are both meant (not a range) */
const AND_GAP = /^ (?:and|or) $/;
