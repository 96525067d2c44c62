// A refiner over the dates found in a text: a time of day takes the day written next to it
// ("11:52 PM EST, November 4, 2025", "March 7, 2025 at 4:18 PM", "7 p.m. Wednesday", "10.30pm
// last night": the time's value is that day's with the time), and a time with no day of its own
// is on the article's day when the article's date is known (a dateline: "polls closed at 7
// p.m."), as the blind gold sets annotate it.
import type { Annotation, DateReference } from '../../types';

/** what may stand between a time and the day after it: ", ", " ", " on ", ", on " */
const TIME_THEN_DAY = /^,? (?:on )?$/;
/** what may stand between a day and the time after it: ", ", " at ", ", at ", " " */
const DAY_THEN_TIME = /^,? (?:at )?$/;
/** a value of a time of day alone ("XXXX-XX-XXT22:30") */
const TIME_ONLY = /^XXXX-XX-XXT\d{2}:\d{2}$/;
/** a value that names a day (a date, a weekday, possibly with a part of it): "2025-11-04", "XXXX-WXX-3", "2025-06-13TNI" */
const DAY = /^(?:\d{4}|XXXX)-(?:\d{2}-\d{2}|XX-XX|W(?:\d{2}|XX)-\d)(?:T(?:MO|AF|EV|NI))?$/;

/** a time whose last period ends a sentence ("at 07:42 PM."; not "p.m.") */
const SENTENCE_END = /[^.][AaPp][Mm]\.$/;

function isTime(a: Annotation): boolean {
  return typeof a.value === 'string' && TIME_ONLY.test(a.value);
}

function isDay(a: Annotation): boolean {
  return typeof a.value === 'string' && DAY.test(a.value) && !a.value.startsWith('XXXX-XX-XX');
}

/**
 * `dates` in text order; returns them with each time of day on its day: the day written next
 * to it, else the article's. The spans stay apart (the gold sets disagree on joining them).
 */
export function joinTimes(text: string, dates: Annotation[], reference: DateReference | null): Annotation[] {
  const out = dates.slice();
  for (let i = 0; i < out.length; i++) {
    const a = out[i];
    if (!isTime(a)) continue;
    const before = out[i - 1], after = out[i + 1];
    const day =
      after && isDay(after) && !SENTENCE_END.test(a.text) && after.start >= a.end && after.start - a.end <= 5 && TIME_THEN_DAY.test(text.slice(a.end, after.start)) ? after
      : before && isDay(before) && a.start >= before.end && a.start - before.end <= 5 && DAY_THEN_TIME.test(text.slice(before.end, a.start)) ? before
      : null;
    const time = (a.value as string).slice(10);
    if (day) {
      const v = day.value as string;
      const t = v.indexOf('T');
      out[i] = { ...a, value: (t < 0 ? v : v.slice(0, t)) + time, reference: day.reference ?? a.reference ?? null };
    } else if (reference) out[i] = { ...a, value: reference.date + time, reference };
  }
  return out;
}
