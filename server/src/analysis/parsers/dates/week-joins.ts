// A refiner over the dates of a text, in text order, once they have values: a weekday right
// before "last week", "this week" or "next week" is one date, that day of the week named
// ("admitted on Friday last week" → the Friday of the week before the article's; "Tuesday next
// week" → the Tuesday of the week after; "last week Saturday" too), as the blind gold sets write
// them (5 of 5).
import type { Annotation } from '../../types';

/** a week's value ("2026-W16") */
const WEEK = /^(\d{4})-W(\d{2})$/;
/** a weekday's name */
const WEEKDAY = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/i;
/** the week after the weekday */
const WEEK_WORDS = /^(?:last|this|next) week$/i;
const DAY_NUMBERS: Readonly<Record<string, number>> = { mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6, sun: 7 };

export function joinWeekdays(text: string, dates: Annotation[]): Annotation[] {
  let out: Annotation[] | null = null;
  for (let i = 0; i < dates.length; i++) {
    const a = dates[i], b = dates[i + 1];
    // (or the week first, as Pacific copy writes it: "last week Saturday")
    const weekFirst = b && WEEK_WORDS.test(a.text) && WEEKDAY.test(b.text);
    const w = weekFirst ? a : b;
    const week = b && typeof w.value === 'string' ? WEEK.exec(w.value) : null;
    if (week && b.start === a.end + 1 && text[a.end] === ' ' && (weekFirst || (WEEKDAY.test(a.text) && WEEK_WORDS.test(b.text)))) {
      out ??= dates.slice(0, i);
      const dayName = weekFirst ? b.text : a.text;
      const day = dayOfIsoWeek(Number(week[1]), Number(week[2]), DAY_NUMBERS[dayName.slice(0, 3).toLowerCase()]);
      out.push({ ...a, end: b.end, text: text.slice(a.start, b.end), subtype: 'relative', value: day, reference: b.reference ?? a.reference ?? null });
      i++;
      continue;
    }
    out?.push(a);
  }
  return out ?? dates;
}

/** the ISO date of day `dow` (1 Monday … 7 Sunday) of ISO week `w` of year `y` */
function dayOfIsoWeek(y: number, w: number, dow: number): string {
  // (4 January is always in week 1)
  const jan4 = new Date(Date.UTC(y, 0, 4));
  const monday1 = Date.UTC(y, 0, 4 - ((jan4.getUTCDay() + 6) % 7));
  return new Date(monday1 + ((w - 1) * 7 + dow - 1) * 86400000).toISOString().slice(0, 10);
}
