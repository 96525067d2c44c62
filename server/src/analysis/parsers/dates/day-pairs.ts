// A refiner over the dates of a text, in text order, once they have values: the second of two
// weekdays joined as a span of days ("on Thursday and into Friday", "Tuesday or Wednesday",
// "from Friday until Sunday") is the first such day after the first one, not one the tense of
// its own clause reads into the other week ("expected … on Thursday and into Friday": both ahead).
import type { Annotation } from '../../types';
import { shiftIsoDay } from './timex';

/** a weekday's name alone, maybe with its part of the day ("Friday", "Friday night") */
const WEEKDAY = /^(mon|tues|wednes|thurs|fri|satur|sun)day(?: (?:morning|afternoon|evening|night))?$/i;
/** what joins two days of one span */
const JOINED = /^(?: and(?: into)? | or | into | to | through | until | till |-|–| and on | to early )$/;
const DAY_NUMBERS: Readonly<Record<string, number>> = { mon: 1, tues: 2, wednes: 3, thurs: 4, fri: 5, satur: 6, sun: 7 };
/** an ISO date, maybe with a part of the day or a clock after it */
const DATE = /^(\d{4}-\d{2}-\d{2})(.*)$/;

export function pairDays(text: string, dates: Annotation[]): Annotation[] {
  let out: Annotation[] | null = null;
  for (let i = 1; i < dates.length; i++) {
    const a = dates[i - 1], b = dates[i];
    const wa = WEEKDAY.exec(a.text), wb = WEEKDAY.exec(b.text);
    if (!wa || !wb || typeof a.value !== 'string' || typeof b.value !== 'string' || !JOINED.test(text.slice(a.end, b.start))) continue;
    const da = DATE.exec(a.value), db = DATE.exec(b.value);
    if (!da || !db) continue;
    // (the second day's weekday in the seven after the first)
    const ahead = (DAY_NUMBERS[wb[1].toLowerCase()] - DAY_NUMBERS[wa[1].toLowerCase()] + 7) % 7 || 7;
    const day = shiftIsoDay(da[1], ahead);
    if (day === db[1]) continue;
    out ??= dates.slice();
    out[i] = { ...b, value: day + db[2] };
  }
  return out ?? dates;
}
