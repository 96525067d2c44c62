// The date parser: weekdays, calendar dates, months, years, times and relative expressions
// ("last week", "earlier this month", "a couple of weeks ago"), as TIMEX3 values.
//
//   findReferenceDate(text, options) → DateReference | null  (options.referenceDate wins, else a dateline)
//   parseDates(text, reference)      → Annotation[] of type 'date'
//
// One linear regex pass finds candidates (dates/pattern.ts, dates/scan.ts); values come from the
// text alone (dates/timex.ts) or, when a reference date is known, from chrono-node on the few
// candidates that need one (dates/resolve.ts). See shared/gold/GUIDELINES.md.
import type { Annotation, AnalyzeOptions, DateReference } from '../types';
import { findDateline, footerSlug, shortYearStamp } from './dates/dateline';
import { scanCandidates } from './dates/scan';
import { absoluteValue, isoDate, needsReference } from './dates/timex';
import { resolvePartial, resolveValue } from './dates/resolve';
import { joinDayParts, joinTimes } from './dates/join-times';
import { joinMonths } from './dates/month-joins';
import { joinWeekdays } from './dates/week-joins';
import { pairDays } from './dates/day-pairs';
import { shortYears } from './dates/short-years';
import { joinClockRanges, joinStretches } from './dates/stretches';
import { countBack, sameDays } from './dates/counted-back';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isIsoDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() + 1 === Number(m[2]) && d.getUTCDate() === Number(m[3]);
}

export function findReferenceDate(text: string, options: AnalyzeOptions): DateReference | null {
  const option = options.referenceDate?.trim();
  if (option && isIsoDate(option)) return { date: option, source: 'option' };
  return findDateline(text);
}

export function parseDates(text: string, reference: DateReference | null): Annotation[] {
  const out: Annotation[] = [];
  for (const c of scanCandidates(text)) {
    let value = absoluteValue(c);
    let ref: DateReference | null = null;
    // an ambiguous "07/08/2025" that is the article's date read one way is that date (its dateline)
    if (c.ambiguous && reference && c.year !== undefined && c.month !== undefined && c.day !== undefined) {
      if (reference.date === isoDate(c.year, c.month, c.day) || reference.date === isoDate(c.year, c.day, c.month)) value = reference.date;
    }
    if (reference && needsReference(c)) {
      const resolved = reference.date.startsWith('XXXX') ? resolvePartial(c, reference.date) : resolveValue(text, c, reference);
      if (resolved !== null) {
        value = resolved;
        ref = reference;
      }
    }
    out.push({
      type: 'date',
      start: c.start,
      end: c.end,
      text: text.slice(c.start, c.end),
      entity: null,
      subtype: c.subtype,
      role: null,
      value,
      unit: null,
      reference: ref,
    });
  }
  // a wire's closing slug, "(Colombo/Mar19/2026)", "03-05-26 1618ET": the scanner reads neither
  const slug = footerSlug(text);
  const clear = (x: { start: number; end: number }) => !out.some((a) => a.start < x.end && x.start < a.end);
  if (slug && clear(slug)) {
    out.push({ type: 'date', start: slug.start, end: slug.end, text: text.slice(slug.start, slug.end), entity: null, subtype: slug.value.length > 10 ? 'time' : null, role: null, value: slug.value, unit: null, reference: null });
  }
  // (and a stamp with a two-digit year, "27.06.26 18:40", the dateline's own)
  const stamp = shortYearStamp(text, reference);
  if (stamp && clear(stamp)) out.push({ type: 'date', start: stamp.start, end: stamp.end, text: text.slice(stamp.start, stamp.end), entity: null, subtype: 'date', role: null, value: stamp.value, unit: null, reference: null });
  for (const y of shortYears(text, reference)) if (clear(y)) out.push(y);
  out.sort((a, b) => a.start - b.start);
  return sameDays(text, joinClockRanges(text, countBack(text, pairDays(text, joinWeekdays(text, joinDayParts(text, joinTimes(text, joinStretches(text, joinMonths(text, out)), reference)))), reference)));
}
