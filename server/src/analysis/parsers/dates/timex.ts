// TIMEX3 values a candidate has on its own, without a reference date: "XXXX-WXX-3" for
// Wednesday, "XXXX-10-08" for Oct. 8, "2020-04-27", "XXXX-06", "2007", "199" for the 1990s.
// Relative expressions have no value without a reference date (null).
import type { Candidate } from './scan';
import { SEASON_CODES } from './lexicon';
import { dayIn } from './movable-feasts';

export const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));
export const pad4 = (n: number): string => String(n).padStart(4, '0');
/** a whole date's value: "2025-11-26" */
/** a two-digit year's century, as most date libraries pivot it: "93" → 1993, "25" → 2025 */
export const fullYear = (yy: number): number => (yy >= 50 ? 1900 + yy : 2000 + yy);

/** a full day's value: "2025-11-04" */
export const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;

export const isoDate = (y: number, m: number, d: number): string => `${pad4(y)}-${pad2(m)}-${pad2(d)}`;

/** an ISO day ("2025-11-18") moved by whole days */
export function shiftIsoDay(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86400000).toISOString().slice(0, 10);
}

export function timeSuffix(c: Candidate): string {
  return c.part ? `T${c.part}` : '';
}

export function absoluteValue(c: Candidate): string | null {
  switch (c.kind) {
    case 'weekday':
      return c.mod ? null : `XXXX-WXX-${c.weekday}${timeSuffix(c)}`;
    case 'calendar':
      if (c.ambiguous || c.month === undefined || c.day === undefined || (c.movable && c.year === undefined)) return null;
      // (a holiday set by a rule, with its year: "Thanksgiving 2027")
      if (c.movable && c.year !== undefined) {
        const d = dayIn(c.year, c.movable);
        return isoDate(c.year, d.month, d.day);
      }
      // (a week by its day: known with the year only, "the week of March 16, 2026")
      if (c.isoWeek) return c.year !== undefined ? isoWeekOf(c.year, c.month, c.day) : null;
      return `${c.year !== undefined ? pad4(c.year) : 'XXXX'}-${pad2(c.month)}-${pad2(c.day)}`;
    case 'month':
      if (c.mod) return null;
      return `${c.year !== undefined ? pad4(c.year) : 'XXXX'}-${pad2(c.month as number)}`;
    case 'year':
      return c.toYear !== undefined ? `${pad4(c.year as number)}/${pad4(c.toYear)}` : pad4(c.year as number);
    case 'decade':
      return String(Math.floor((c.year as number) / 10));
    case 'time':
      return `XXXX-XX-XXT${pad2(c.hour as number)}:${pad2(c.minute as number)}`;
    case 'part':
      return `${c.year !== undefined ? pad4(c.year) : 'XXXX'}-${c.yearPart}`;
    case 'offset':
      // "the summer" without the article's year: the season's partial value
      return c.mod === 'the' && c.unit !== undefined && SEASON_CODES[c.unit] ? `XXXX-${SEASON_CODES[c.unit]}` : null;
    default:
      return null;
  }
}

/** Whether the value depends on the reference date (and can be resolved against one). */
export function needsReference(c: Candidate): boolean {
  switch (c.kind) {
    case 'weekday':
    case 'offset':
      return true;
    case 'calendar':
      return c.year === undefined && !c.ambiguous;
    case 'month':
      return c.year === undefined;
    case 'part':
      return c.year === undefined && (c.yearPart?.charCodeAt(0) === 81 || c.yearPart?.charCodeAt(0) === 72); // Q, H
    default:
      return false;
  }
}

/** ISO 8601 week of a day: "2026-W12" */
export function isoWeekOf(y: number, month: number, day: number): string {
  const t = new Date(Date.UTC(y, month - 1, day));
  const dow = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - dow); // the Thursday of this week decides the year
  const wy = t.getUTCFullYear();
  const week = Math.ceil(((t.getTime() - Date.UTC(wy, 0, 1)) / 86400000 + 1) / 7);
  return `${wy}-W${pad2(week)}`;
}
