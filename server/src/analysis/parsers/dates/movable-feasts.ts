// Holidays whose day moves from year to year but follows a rule: the n-th (or last) weekday of
// a month (US Thanksgiving, Labor Day, Memorial Day) or Easter, each shifted by some days (Black
// Friday is the day after Thanksgiving, Good Friday two days before Easter). Holidays set by a
// lunar or religious calendar (Diwali, Eid, Ramadan) have no such rule and stay without a value.
// chrono-node knows no holidays, so the rule is computed here.

import { placeCount } from '../../text-country';

/** n-th weekday (1 Monday … 7 Sunday) of a month, n = -1 for the last; or Easter Sunday */
export type Movable = { month: number; weekday: number; n: number; shift: number } | { easter: true; shift: number };

/** the holiday names of pattern.ts HOLIDAY with a rule, lower case, one space */
export const MOVABLE_FEASTS: Readonly<Record<string, Movable>> = {
  thanksgiving: { month: 11, weekday: 4, n: 4, shift: 0 },
  'thanksgiving day': { month: 11, weekday: 4, n: 4, shift: 0 },
  'black friday': { month: 11, weekday: 4, n: 4, shift: 1 },
  'cyber monday': { month: 11, weekday: 4, n: 4, shift: 4 },
  'labor day': { month: 9, weekday: 1, n: 1, shift: 0 },
  'memorial day': { month: 5, weekday: 1, n: -1, shift: 0 },
  // (the Tuesday after the first Monday of November: the US's, as "Election Day" in capitals is)
  'election day': { month: 11, weekday: 1, n: 1, shift: 1 },
  easter: { easter: true, shift: 0 },
  'easter sunday': { easter: true, shift: 0 },
  'easter monday': { easter: true, shift: 1 },
  'good friday': { easter: true, shift: -2 },
  // (the Church's other days counted from Easter)
  'ash wednesday': { easter: true, shift: -46 },
  'palm sunday': { easter: true, shift: -7 },
  'maundy thursday': { easter: true, shift: -3 },
  'holy saturday': { easter: true, shift: -1 },
  'ascension day': { easter: true, shift: 39 },
  pentecost: { easter: true, shift: 49 },
  'pentecost sunday': { easter: true, shift: 49 },
  'whit sunday': { easter: true, shift: 49 },
  'whit monday': { easter: true, shift: 50 },
};

/** the same holidays kept on other days by Canada and New Zealand */
const CANADIAN_FEASTS: Readonly<Record<string, Movable>> = {
  thanksgiving: { month: 10, weekday: 1, n: 2, shift: 0 },
  'thanksgiving day': { month: 10, weekday: 1, n: 2, shift: 0 },
  'labour day': { month: 9, weekday: 1, n: 1, shift: 0 },
};
const NEW_ZEALAND_FEASTS: Readonly<Record<string, Movable>> = {
  'labour day': { month: 10, weekday: 1, n: 4, shift: 0 },
  "king's birthday": { month: 6, weekday: 1, n: 1, shift: 0 },
  "queen's birthday": { month: 6, weekday: 1, n: 1, shift: 0 },
};

/**
 * The rule of a holiday named `key` (lower case, one space) in this text: Canada's Thanksgiving
 * is the second Monday of October; New Zealand's Labour Day the fourth Monday of October and its
 * King's Birthday the first Monday of June. Which country is the text's by the places it names
 * (two at least, more than of the other); otherwise the US rule, or none.
 */
export function feastIn(key: string, text: string): Movable | undefined {
  const ca = CANADIAN_FEASTS[key], nz = NEW_ZEALAND_FEASTS[key];
  if (ca || nz) {
    const c = ca ? placeCount(text, 'canada', 6) : 0, z = nz ? placeCount(text, 'new-zealand', 6) : 0;
    if (ca && c >= 2 && c > z) return ca;
    if (nz && z >= 2 && z > c) return nz;
  }
  return MOVABLE_FEASTS[key];
}

/** The earliest month and day the holiday can fall on (which year is meant is chosen from it). */
export function earliestDay(mv: Movable): { month: number; day: number } {
  if ('easter' in mv) return shifted(Date.UTC(2000, 2, 22), mv.shift);
  return shifted(Date.UTC(2000, mv.month - 1, mv.n > 0 ? 1 + 7 * (mv.n - 1) : 22), mv.shift);
}

/** The holiday's month and day in year `y`. */
export function dayIn(y: number, mv: Movable): { month: number; day: number } {
  if ('easter' in mv) return shifted(easterSunday(y), mv.shift);
  return shifted(Date.UTC(y, mv.month - 1, nthWeekday(y, mv.month, mv.weekday, mv.n)), mv.shift);
}

function shifted(utc: number, days: number): { month: number; day: number } {
  const d = new Date(utc + days * 86400000);
  return { month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** the day of the month of its n-th given weekday, or of its last one (n = -1) */
function nthWeekday(y: number, month: number, weekday: number, n: number): number {
  if (n < 0) {
    const lastDay = new Date(Date.UTC(y, month, 0));
    const last = lastDay.getUTCDay() || 7;
    return lastDay.getUTCDate() - ((last - weekday + 7) % 7);
  }
  const first = new Date(Date.UTC(y, month - 1, 1)).getUTCDay() || 7;
  return 1 + ((weekday - first + 7) % 7) + 7 * (n - 1);
}

/** Easter Sunday of the Gregorian calendar (the Meeus/Jones/Butcher computus), as a UTC time */
function easterSunday(y: number): number {
  const a = y % 19, b = Math.floor(y / 100), c = y % 100;
  const d = Math.floor(b / 4), e = b % 4, f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4), k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return Date.UTC(y, month - 1, day);
}
